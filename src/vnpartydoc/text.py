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
# Code points that are in NFC wherever they stand, whatever surrounds them: canonical combining
# class 0 and NFC quick check "Yes" (no decomposition that NFC keeps apart, and never the second
# half of a composed pair), assigned, and not invisible. Latin with Vietnamese, Greek, Cyrillic,
# punctuation and symbols. A string made of these alone is NFC as it stands, which a pattern run
# in Rust can tell without a Python call per string (see ``CLEAN_TEXT_PATTERN``).
# tests/test_text.py recomputes every property from ``unicodedata``. Normalisation stability
# keeps these properties fixed for assigned characters in every later Unicode version.
NFC_SAFE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x02FF), (0x0370, 0x0373), (0x0375, 0x0377), (0x037A, 0x037D), (0x037F, 0x037F),
    (0x0384, 0x0386), (0x0388, 0x038A), (0x038C, 0x038C), (0x038E, 0x03A1), (0x03A3, 0x0482),
    (0x0488, 0x052F), (0x1E00, 0x1EFF), (0x2002, 0x200A), (0x2010, 0x2029), (0x202F, 0x205F),
    (0x206A, 0x2071), (0x2074, 0x208E), (0x2090, 0x209C), (0x20A0, 0x20C0), (0x20DD, 0x20E0),
    (0x20E2, 0x20E4), (0x2100, 0x2125), (0x2127, 0x2129), (0x212C, 0x218B), (0x2190, 0x2328),
    (0x232B, 0x2426), (0x2440, 0x244A), (0x2460, 0x2ADB), (0x2ADD, 0x2B73), (0x2B76, 0x2B95),
    (0x2B97, 0x2BFF), (0x2E00, 0x2E5D), (0x3000, 0x3029), (0x3030, 0x303F), (0xFF01, 0xFFBE),
    (0xFFC2, 0xFFC7), (0xFFCA, 0xFFCF), (0xFFD2, 0xFFD7), (0xFFDA, 0xFFDC), (0xFFE0, 0xFFE6),
    (0xFFE8, 0xFFEE),
)  # fmt: skip


def _is_edge_space(code: int) -> bool:
    # Whitespace as Rust's ``str::trim`` (Unicode White_Space) or Python's ``str.isspace`` sees it.
    return chr(code).isspace() or code in {0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F}


def _rust_class(codes: list[int]) -> str:
    r"""A regex character class body in Rust syntax (``\x{HHHH}`` escapes) for ``codes``."""
    parts: list[str] = []
    start = prev = codes[0]
    for code in [*codes[1:], -1]:
        if code != prev + 1:
            parts.append(f"\\x{{{start:X}}}" + (f"-\\x{{{prev:X}}}" if prev != start else ""))
            start = code
        prev = code
    return "".join(parts)


def _clean_text_pattern() -> str:
    inner = [code for low, high in NFC_SAFE_RANGES for code in range(low, high + 1)]
    edge = [code for code in inner if not _is_edge_space(code)]
    return f"\\A[{_rust_class(edge)}](?:[{_rust_class(inner)}]*[{_rust_class(edge)}])?\\z"


CLEAN_TEXT_PATTERN = _clean_text_pattern()
"""Rust-regex pattern of text that needs no cleaning: non-empty, no whitespace at either end, and
only :data:`NFC_SAFE_RANGES` characters — hence NFC, and free of invisible characters."""
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
    r"""Return ``text`` in Unicode NFC (composed) form.

    Example:
        >>> decomposed = "Đa\u0323i ho\u0302\u0323i"  # the tone marks as separate characters
        >>> (len(decomposed), to_nfc(decomposed), len(to_nfc(decomposed)))
        (10, 'Đại hội', 7)
    """
    return unicodedata.normalize("NFC", text)


def nfc_text(text: str) -> str:
    """Return ``text`` in NFC, checking first (cheap) so normalised text is returned as is."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


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
