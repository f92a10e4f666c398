r"""Pure text helpers: NFC, whitespace, slugs, name casing and Roman numerals.

Every inbound string goes through :func:`to_nfc`: NFD Vietnamese looks the same on screen but
compares unequal in Python and breaks ``\\w`` matching.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from slugify import slugify

__all__ = [
    "collapse_ws",
    "from_roman",
    "has_invisible",
    "is_clean_utf8",
    "nfc_deep",
    "nfc_text",
    "proper_case_name",
    "slug",
    "to_nfc",
    "to_roman",
]

WHITESPACE_RE = re.compile(r"\s+")
ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
# Zero-width and bidirectional control characters: invisible, and able to make two equal-looking
# ids differ or reorder displayed text.
INVISIBLE_CLASS = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
INVISIBLE_RE = re.compile(f"[{INVISIBLE_CLASS}]")
_ROMAN_VALUES = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (composed) form.

    Example:
        >>> to_nfc("Đa\u0323i ho\u0323i") == "Đại hội"
        True
    """
    return unicodedata.normalize("NFC", text)


def nfc_text(text: str) -> str:
    """Return ``text`` in NFC, checking first (cheap) so normalised text is returned as is."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def is_clean_utf8(data: bytes) -> bool:
    r"""Tell whether UTF-8 ``data`` is NFC text without ``\u`` escapes.

    Such input needs no per-string normalising: its strings are already what the models
    store. Anything else (invalid UTF-8, NFD, escapes that may hide NFD) answers False and
    goes the per-string way. One C-level decode and one C-level check.
    """
    if b"\\" in data and b"\\u" in data:
        return False
    if data.isascii():
        return True
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return unicodedata.is_normalized("NFC", text)


def nfc_deep(value: Any) -> Any:
    """Put every string in nested dicts, lists and tuples (keys too) in NFC."""
    if isinstance(value, str):
        return nfc_text(value)
    if isinstance(value, dict):
        return {nfc_deep(k): nfc_deep(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(nfc_deep(v) for v in value)
    return value


def collapse_ws(text: str) -> str:
    """Collapse runs of whitespace to one space and strip both ends."""
    return WHITESPACE_RE.sub(" ", text).strip()


def has_invisible(text: str) -> bool:
    """Tell whether ``text`` holds zero-width or bidirectional control characters."""
    return INVISIBLE_RE.search(text) is not None


def slug(text: str) -> str:
    """Make an ASCII URL slug with python-slugify.

    Example:
        >>> slug("Nghị quyết Đại hội XI")
        'nghi-quyet-dai-hoi-xi'
    """
    return str(slugify(to_nfc(text)))


def proper_case_name(name: str) -> str:
    """Turn an ALL-CAPS byline name into proper case, after NFC.

    Names already in mixed case are returned unchanged (only NFC and whitespace are applied):
    "Trình Lam Sinh" stays, "TRÌNH LAM SINH" becomes "Trình Lam Sinh".

    Example:
        >>> proper_case_name("TRÌNH LAM SINH")
        'Trình Lam Sinh'
    """
    text = collapse_ws(to_nfc(name))
    if text != text.upper():
        return text
    return " ".join(word[:1] + word[1:].lower() for word in text.split(" "))


def to_roman(number: int) -> str:
    """Write a positive integer in Roman numerals (``11`` → ``"XI"``).

    Raises:
        ValueError: if ``number`` is not between 1 and 3999.
    """
    if not 1 <= number <= 3999:
        raise ValueError(f"cannot write {number!r} in Roman numerals; expected 1 to 3999")
    out = []
    for value, letters in _ROMAN_VALUES:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(text: str) -> int:
    """Read a Roman numeral (``"XI"`` → ``11``); case-insensitive.

    Raises:
        ValueError: if ``text`` is not a well-formed Roman numeral.
    """
    letters = text.strip().upper()
    if not letters or ROMAN_RE.match(letters) is None:
        raise ValueError(f"invalid Roman numeral {text!r}; expected like 'XI'")
    total = 0
    for current, following in zip(letters, [*letters[1:], ""], strict=True):
        value = _ROMAN_DIGITS[current]
        total += -value if following and _ROMAN_DIGITS[following] > value else value
    return total
