"""Step 3: dates and date ranges, with or without a year.

Forms read: "ngày 25/9/2020", "25-9-2020", "25.9.2020", "ngày 25 tháng 9 năm 2020",
"từ ngày 23 đến ngày 25 tháng 9 năm 2020", "ngày 23 và 24 tháng 7" (two days of one month),
"từ ngày 10 đến 20/11/1976", "23 - 25/9/2020",
"2 - 3/10", "28 và 29/4/2020", "22 & 23/7/2020", "25, 26-3", "3,4 và 5/8/2020", "28/6–1/7/1996",
"từ ngày 28/6 đến ngày 1/7/1996",
and a day and month without a year after "ngày", "sáng", "chiều" … ("Sáng 14/7"). A missing
year is filled in later from context and flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from vnpartydoc.extract.scan import (
    DIGITS_RE,
    Words,
    ends_with,
    finditer_at,
    literal_first,
    lowered,
)
from vnpartydoc.types import PartialDate

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Sequence

__all__ = ["DateMention", "find_dates", "own_year", "resolve"]

_TO = r"\s*(?:[\u2013\u2014-]|đến(?:\s+(?:hết\s+)?ngày)?)\s*"
_SEP = r"(?:\s*/\s*|-|\.)"
_PRE = r"(?:(?:từ\s+)?ngày|từ|sáng|chiều|tối|trưa|hôm|đêm)"
# "(?<![\d/.,])(?P<d1>\d{1,2})": a day not right after a digit, slash, dot or comma. The
# look-behind comes after the first digit (and checks the character before it), so that re
# skips straight to digits instead of trying every offset.
_DAY = r"(?P<d1>\d(?<![\d/.,]\d)\d?)"
RANGE_LONG_RE = re.compile(
    r"(?:từ\s+)?ngày\s+(?P<d1>\d{1,2})(?:(?:\s+tháng\s+(?P<m1>\d{1,2}))?(?:\s+năm\s+(?P<y1>\d{4}))?"
    rf"{_TO}|\s*(?:và|&)\s*)(?:ngày\s+)?(?P<d2>\d{{1,2}})\s+tháng\s+(?P<m2>\d{{1,2}})"
    r"(?:\s*,?\s*(?:năm\s+|/\s*)(?P<y2>\d{4}))?",
    re.IGNORECASE,
)
RANGE_CROSS_RE = re.compile(
    rf"{_DAY}{_SEP}(?P<m1>\d{{1,2}})(?:{_SEP}(?P<y1>\d{{4}}))?"
    rf"{_TO}(?:ngày\s+)?(?P<d2>\d{{1,2}}){_SEP}(?P<m2>\d{{1,2}})(?:{_SEP}(?P<y2>\d{{4}}))?(?![\d/])",
    re.IGNORECASE,
)
RANGE_SAME_RE = re.compile(
    rf"{_DAY}(?P<mid>(?:\s*,\s*\d{{1,2}}(?![\d/.-]))*)"
    rf"\s*(?:[\u2013\u2014-]|đến(?:\s+(?:hết\s+)?ngày)?|và|&|(?P<comma>,))\s*(?P<d2>\d{{1,2}})"
    rf"{_SEP}(?P<m2>\d{{1,2}})(?:{_SEP}(?P<y2>\d{{4}}))?(?![\d/])",
    re.IGNORECASE,
)
SINGLE_LONG_RE = re.compile(
    r"ngày\s+(?P<d1>\d{1,2})\s+tháng\s+(?P<m1>\d{1,2})(?:\s*,?\s*(?:năm\s+|/\s*)(?P<y1>\d{4}))?",
    re.IGNORECASE,
)
SINGLE_NUM_RE = re.compile(
    rf"{_DAY}(?P<s>\s?/|-|\.)(?P<m1>\d{{1,2}})"
    r"(?:(?P=s)(?P<y1>\d{4}))?(?![\d/]|\.\d|,\d)",
    re.IGNORECASE,
)
# "(?:trong\s+(?:\d|hai|ba|bốn)\s+ngày|_PRE)\s+$", case-insensitive, with "(?:từ\s+)?ngày" as two
# forms and each form's first letter written out (so that re skips straight to those letters).
_PRE_FORMS = (
    r"trong\s+(?:\d|hai|ba|bốn)\s+ngày", r"từ\s+ngày", "ngày", "từ", "sáng", "chiều", "tối", "trưa",
    "hôm", "đêm",
)  # fmt: skip
PRE_BEFORE_RE = re.compile(
    rf"(?:{literal_first(_PRE_FORMS)})(?:\s+|\s*\(\s*|\s+(?i:nay|mai)(?:\s+|\s*[(,]\s*))$"
)
"""The word before a date without a year: "ngày 14/7", "Sáng 14/7", "sáng nay (23/9)", "sáng
nay, 12/10", "Ngày mai (29/6)"."""
PATTERNS = (RANGE_LONG_RE, RANGE_CROSS_RE, RANGE_SAME_RE, SINGLE_LONG_RE, SINGLE_NUM_RE)
# Where a numeric form can start: a day (as in _DAY) followed by what comes next in one of
# them (a separator and a month, or a range word and a second day). Only the first digit is
# consumed, so that days inside one candidate are found too.
DAY_START_RE = re.compile(
    r"\d(?<![\d/.,]\d)(?=\d?(?:\s*/\s*\d|[-.]\d"
    r"|\s*(?:[\u2013\u2014-]|,|&|(?i:đến(?:\s+(?:hết\s+)?ngày)?|và))\s*\d))"
)
# Where each pattern can start: a run of digits, or one of these words (case-insensitive).
_RANGE_LONG_WORDS = ("từ", "ngày")
_SINGLE_LONG_WORDS = ("ngày",)
# The words PRE_BEFORE_RE can end with (before its final whitespace).
_PRE_ENDS = ("ngày", "từ", "sáng", "chiều", "tối", "trưa", "hôm", "đêm", "nay", "mai")

Parts = tuple[int, int, int | None]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or a range as printed: day, month and year (None when not printed)."""

    start: int
    end: int
    first: Parts
    last: Parts | None

    @property
    def has_year(self) -> bool:
        """Whether a year is printed."""
        return (self.last or self.first)[2] is not None


_NEW = object.__new__
_Setter = Callable[[DateMention, object], None]
_SET_START: _Setter = vars(DateMention)["start"].__set__  # the slots' descriptors
_SET_END: _Setter = vars(DateMention)["end"].__set__
_SET_FIRST: _Setter = vars(DateMention)["first"].__set__
_SET_LAST: _Setter = vars(DateMention)["last"].__set__


def _new_mention(start: int, end: int, first: Parts, last: Parts | None) -> DateMention:
    """``DateMention(start, end, first, last)``, its slots filled directly.

    A frozen class's ``__init__`` sets each field through ``object.__setattr__``, which costs
    about twice as much; the object made is the same.
    """
    mention: DateMention = _NEW(DateMention)
    _SET_START(mention, start)
    _SET_END(mention, end)
    _SET_FIRST(mention, first)
    _SET_LAST(mention, last)
    return mention


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _pre(text: str, words: Words, line_start: int, start: int) -> re.Match[str] | None:
    """``PRE_BEFORE_RE.search`` in the (at most 24) characters of the line before ``start``."""
    if start == line_start:
        return None
    stop = start
    while stop > line_start and text[stop - 1] in " (,":  # "sáng nay (23/9)", "sáng nay, 12/10"
        stop -= 1
    if stop == start:  # the pattern ends in whitespace, a bracket or a comma
        return None
    begin = max(line_start, start - 24)
    if not ends_with(words.low, _PRE_ENDS, begin, stop):
        return None
    return PRE_BEFORE_RE.search(text, begin, start)


def _mention(match: re.Match[str], words: Words, line_start: int) -> DateMention | None:
    parts = match.groupdict()
    start = match.start()
    if match.re is not SINGLE_LONG_RE and match.re is not RANGE_LONG_RE:
        pre = _pre(match.string, words, line_start, start)
        if pre is not None:
            start, parts["pre"] = pre.start(), pre.group(0)
    d1, m1, y1 = int(parts["d1"]), _int(parts.get("m1")), _int(parts.get("y1"))
    if "d2" not in parts:
        named = match.re is SINGLE_LONG_RE or parts.get("pre")
        if m1 is None or (y1 is None and not named):
            return None
        return _new_mention(start, match.end(), (d1, m1, y1), None)
    d2, m2, y2 = int(parts["d2"]), int(parts["m2"]), _int(parts.get("y2"))
    if parts.get("mid"):  # "3,4 và 5/8/2020": a list of days, read when they run on
        days = [d1, *(int(d) for d in DIGITS_RE.findall(parts["mid"])), d2]
        if any(b != a + 1 for a, b in pairwise(days)):
            return None
    elif parts.get("comma") and d2 != d1 + 1:
        return None  # "ngày 25, 26-3" is two days running; "5, 12/3" two separate days
    m1 = m1 if m1 is not None else m2
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if m1 > m2 else y2
    if (m1, d1) >= (m2, d2) and y1 == y2:
        return None
    return _new_mention(start, match.end(), (d1, m1, y1), (d2, m2, y2))


def find_dates(
    text: str,
    spans: list[tuple[int, int]] | None = None,
    *,
    start: int = 0,
    end: int | None = None,
    words: Words | None = None,
) -> list[DateMention]:
    """Every date mention in the line ``text[start:end]`` (folded), longest forms first.

    Mentions do not overlap each other or ``spans``. ``words`` indexes :func:`lowered`
    ``text``, when the caller has it. Nothing before ``start`` is read.
    """
    end = len(text) if end is None else end
    words = Words(lowered(text)) if words is None else words
    days = [match.start() for match in DAY_START_RE.finditer(text, start, end)]
    named = words.has("tháng", start, end)  # the forms with "ngày" also have "tháng"
    if not named and not days:
        return []
    taken: list[tuple[int, int]] = list(spans or [])
    out: list[DateMention] = []
    for pattern in PATTERNS:
        found: Iterable[re.Match[str]]
        if pattern is RANGE_LONG_RE or pattern is SINGLE_LONG_RE:
            if not named:
                continue
            group = _RANGE_LONG_WORDS if pattern is RANGE_LONG_RE else _SINGLE_LONG_WORDS
            found = finditer_at(pattern, text, words.near(group, start, end), end)
        elif days:
            found = finditer_at(pattern, text, days, end)
        else:
            continue
        for match in found:
            begin, stop = match.span()
            if taken and any(begin < b and a < stop for a, b in taken):
                continue
            mention = _mention(match, words, start)
            if mention is not None:
                out.append(mention)
                taken.append((begin, stop))
    return sorted(out, key=lambda m: m.start)


def _date(parts: Parts, year: int) -> PartialDate | None:
    try:
        return PartialDate(year, parts[1], parts[0])
    except ValueError:
        return None


def resolve(
    mention: DateMention, year: int | None
) -> tuple[PartialDate | None, PartialDate | None] | None:
    """The first and last day of a mention, filling a missing year with ``year``.

    Returns None when the year is missing and no ``year`` is given, or a day does not exist.
    """
    last_parts = mention.last or mention.first
    end_year = last_parts[2] if last_parts[2] is not None else year
    if end_year is None:
        return None
    first_year = mention.first[2]
    if first_year is None:
        first_year = end_year - 1 if mention.last and mention.first[1] > last_parts[1] else end_year
    first = _date(mention.first, first_year)
    last = _date(last_parts, end_year) if mention.last else None
    if first is None or (mention.last and last is None):
        return None
    return first, last


AHEAD_BEFORE_RE = re.compile(r"(?i:đến|tới|trước|hạn|hết)\s*(?:(?i:ngày)\s*)?$")
"""Before a date, words that make it a deadline, not a day the text tells of."""


def own_year(
    fold: str,
    dates: Sequence[DateMention],
    cited: Collection[int] = (),
    held: Iterable[str | None] = (),
    stamped: Sequence[DateMention] = (),
) -> tuple[int | None, bool]:
    """The text's own year, and whether it is that year (True) or one it is not before (False).

    The text's own year is its publication's, else that of the latest day it prints.

    ``stamped`` are the dates of the page's time stamps ("Thứ Ba 20/10/2015 , 20:00 (GMT+7)"),
    the text's publication. Of the days the text prints, with their month and year, that of a
    cited document (its start is in ``cited``) and a deadline ("hoàn thành trước ngày
    31/12/2025") do not date it. Without such a day, the first year of the term of the
    congress the text tells of (``held``: the terms printed with the congresses held, not
    those cited, "Đại hội … lần thứ III, nhiệm kỳ 2025 - 2030": 2025), which opens in the year
    it is held: the text is not before it, but may be later (a review in the term's middle
    that names the congress). None when the text prints none of these.
    """
    published = [(d.last or d.first)[2] for d in stamped]
    if any(published):
        return max(year for year in published if year is not None), True
    years = [
        year
        for d in dates
        if d.start not in cited
        for day, _, year in [d.last or d.first]
        if year is not None
        and day
        and AHEAD_BEFORE_RE.search(fold, max(0, d.start - 12), d.start) is None
    ]
    if years:
        return max(years), True
    starts = [int(term[:4]) for term in held if term and term[:4].isdigit()]
    return (max(starts) if starts else None), False
