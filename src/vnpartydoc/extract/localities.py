"""Localities and names in runs of capitalised words.

A run of capitalised words after a post is a place ("Bí thư Huyện ủy Thoại Sơn"), a person
("Bí thư Tỉnh ủy Nguyễn Văn A") or both ("Châu Thành Nguyễn Văn An"); family names tell them
apart (``data/surnames.txt``), and the province list gives a place its canonical spelling.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from vnpartydoc.extract.lexicon import (
    CAP_WORD,
    CAPS_WORD,
    LOWER,
    UPPER,
    WORD_BOUNDARY_AFTER,
    province_re,
    provinces,
    surnames,
)
from vnpartydoc.text import proper_case_name

__all__ = [
    "HCM_RE",
    "NAME_RUN_RE",
    "NON_SPACE_RE",
    "locality_at",
    "proper_or_known",
    "split_name",
]

# Two to seven capitalised words, not glued to a word, digit, dot or slash before them. The first
# letter comes before the look-behind (which then checks the character before it), so ``re`` can
# skip straight to capital letters: ``[U](?<!…)(?:[l]*|[U]+)`` is ``(?<!…)(?:CAP_WORD|CAPS_WORD)``.
NAME_RUN_RE = re.compile(
    rf"[{UPPER}](?<![{LOWER}{UPPER}\d./].)(?:[{LOWER}]*|[{UPPER}]+)"
    rf"(?:\s+(?:{CAP_WORD}|{CAPS_WORD})){{1,6}}{WORD_BOUNDARY_AFTER}"
)
HCM_RE = re.compile(r"TP\.?\s*HCM|TPHCM|(?:TP\.?|[Tt]hành\s+phố)\s*Hồ\s+Chí\s+Minh")
LOCALITY_WORD_RE = re.compile(rf"{CAP_WORD}{WORD_BOUNDARY_AFTER}|\d{{1,2}}(?!\d)")
NON_SPACE_RE = re.compile(r"\S+")


@lru_cache(maxsize=4096)
def proper_or_known(text: str) -> str | None:
    """Canonical spelling of a locality: the province list's, else proper case."""
    if not text:
        return None
    known = provinces().get(" ".join(text.split()).lower())
    return known.name if known is not None else proper_case_name(text)


def split_name(words: list[str], *, allow_locality: bool) -> int | None:
    """Index where a person's name starts in a run of capitalised words, or None.

    A name is 2 to 4 words and starts with a family name; common family names are preferred,
    so "Châu Thành Nguyễn Văn An" splits into the locality "Châu Thành" and the name.
    """
    return _split_name(tuple(words), allow_locality)


@lru_cache(maxsize=4096)
def _split_name(words: tuple[str, ...], allow_locality: bool) -> int | None:
    strong, every = surnames()
    candidates = [
        i
        for i in range(len(words) if allow_locality else 1)
        if 2 <= len(words) - i <= 4 and words[i].capitalize() in every
    ]
    for i in candidates:
        if words[i].capitalize() in strong:
            return i
    return candidates[0] if candidates else None


def locality_at(text: str, pos: int, end: int | None = None) -> tuple[int, str] | None:
    """A locality right after ``pos`` (before ``end``): (end offset, canonical name).

    It stops before a person's name.
    """
    end = len(text) if end is None else end
    start = pos
    while start < end and text[start] == " ":
        start += 1
    if start == pos and pos < end and text[pos] != ".":
        return None
    if start >= end or not (text[start].isupper() or text[start] == "t" or text[start].isdecimal()):
        return None  # every form below starts with a capital, "t" or a digit
    match = _locality_re().match(text, start, end)
    if match is None or text.startswith(("…", "..."), match.end()):
        return None  # "Tỉnh ủy Lào…": a name cut short is no place
    if match.lastgroup == "hcm":
        return match.end(), "Hồ Chí Minh"
    if match.lastgroup == "province":
        return match.end(), proper_or_known(match.group(0)) or match.group(0)
    found = _run_locality(match.group(0))
    if found is None and match.lastgroup == "run" and _ORDINAL_OR_TERM_RE.match(text, match.end()):
        # "Đảng bộ quận Lê Chân lần thứ XXIV", "Bí thư Quận ủy Lê Chân, nhiệm kỳ …": a run
        # that looks like a name but is followed by a congress's ordinal or term is the place
        found = _short_run_locality(match.group(0))
    return None if found is None else (match.start() + found[0], found[1])


_ORDINAL_OR_TERM_RE = re.compile(r",?\s+(?:lần\s+thứ|khóa|khoá|nhiệm\s+kỳ)\s")


@lru_cache(maxsize=1024)
def _short_run_locality(run: str) -> tuple[int, str] | None:
    """A run of two or three words as a whole place: (end offset in the run, canonical name)."""
    words = run.split()
    if not 2 <= len(words) <= 3:
        return None
    return len(run), proper_or_known(" ".join(words)) or " ".join(words)


@cache
def _locality_re() -> re.Pattern[str]:
    """HCM_RE, a province, NAME_RUN_RE, then LOCALITY_WORD_RE, in that order, as one pattern."""
    return re.compile(
        f"(?P<hcm>{HCM_RE.pattern})|(?P<province>{province_re().pattern})"
        f"|(?P<run>{NAME_RUN_RE.pattern})|(?P<word>{LOCALITY_WORD_RE.pattern})"
    )


# Word pairs that end a place name in a capitalised run: headlines print "ĐẢNG BỘ HUYỆN THOẠI
# SƠN LẦN THỨ XII" or "… Nhiệm Kỳ 2020 - 2025" in capitals, where every word looks like a name.
_AFTER_PLACE = {
    ("lần", "thứ"), ("thứ", "lần"), ("nhiệm", "kỳ"), ("nhiệm", "kì"), ("tổ", "chức"),
    ("đại", "hội"), ("khai", "mạc"), ("bế", "mạc"), ("tiến", "hành"), ("long", "trọng"),
    ("thành", "công"),
}  # fmt: skip
"""Pairs that end a place in capitals: the ordinal or term, or the verb of a headline ("ĐẢNG BỘ
XÃ TÂN PHÚ TỔ CHỨC ĐẠI HỘI LẦN THỨ I")."""
_AFTER_PLACE_WORDS = {"khóa", "khoá"}


def _place_words(words: list[str]) -> int:
    """How many words of a capitalised run can belong to a place name."""
    for i, word in enumerate(words):
        low = word.lower()
        if low in _AFTER_PLACE_WORDS:
            return i
        if i + 1 < len(words) and (low, words[i + 1].lower()) in _AFTER_PLACE:
            return i
    return len(words)


@lru_cache(maxsize=4096)
def _run_locality(run: str) -> tuple[int, str] | None:
    """The locality at the start of a run of words: (end offset in the run, canonical name)."""
    spans = [(m.start(), m.end()) for m in NON_SPACE_RE.finditer(run)]
    words = [run[a:b] for a, b in spans]
    words = words[: _place_words(words)]
    if not words:
        return None
    cut = split_name(words, allow_locality=True)
    if cut == 0 and len(words) < 3 and words[0].capitalize() not in surnames()[0]:
        cut = None  # "Hà Trung" is a place; "Thái Thanh Quý", three words, a name
    elif cut == 1 and len(words) == 3 and words[1].capitalize() not in surnames()[0]:
        cut = None  # "Nam Từ Liêm" is a place, not "Nam" and a two-word name of a rare family
    keep = words if cut is None else words[:cut]
    if not keep:
        return None
    return spans[len(keep) - 1][1], proper_or_known(" ".join(keep)) or " ".join(keep)
