"""Stage 3, mentions: quantities, a number with its qualifier and unit.

Values such as "trên 8 %", "1,5 triệu tỷ đồng", "45.799/36.875 tỷ đồng", "từ 90 % trở lên".

:func:`value_at` finds the first value in a stretch of folded text; :func:`unit_of` and
:func:`qualifier_of` read a match's unit and qualifier. Numbers are parsed by
:class:`~vnpartydoc.types.Quantity` from the match's groups.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vnpartydoc.enums import TargetQualifier
from vnpartydoc.extract.lexicon import DASH, NUMBER
from vnpartydoc.extract.scan import Words, ends_with, search_at
from vnpartydoc.patterns import FRACTION, THOUSANDS

__all__ = [
    "ACHIEVED_TAIL_RE",
    "NUMBER_AT_DIGIT",
    "NUMBER_VALUE_RE",
    "UNIT",
    "UNIT_FIRST",
    "VALUE_RE",
    "qualifier_of",
    "unit_of",
    "value_at",
]


_PER = r"(?:/(?:người|ha)(?:/(?:năm|tháng))?|/(?:năm|tháng))?"
"""A rate after a money or count unit: "/người/năm", "/người/tháng", "/ha/năm", "/năm"."""
UNIT = (
    r"(?:%0?|‰)(?:\s*/\s*năm)?(?:\s+(?:GRDP|GDP))?"
    r"|(?:nghìn\s+tỷ|ngàn\s+tỷ|nghìn|ngàn|triệu|tỷ|tỉ)\s+(?:đồng|USD|tấn|lượt\s+(?:du\s+)?khách"
    rf"|du\s+khách|lượt|người|ha|việc\s+làm|buồng|lao\s+động|hộ(?!\w)){_PER}"
    r"|(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\w/])(?!\s+(?:trọng|lệ|suất)(?!\w))"
    rf"|(?:nghìn|ngàn|triệu|tỷ|tỉ)(?=/){_PER}|(?:tỷđ|trđ|tr\.\s*(?:đồng|đ))(?!\w){_PER}"
    rf"|USD{_PER}|đồng\s+chí|đồng{_PER}"
    r"|(?:kg|tấn|tạ)/ha|kg(?:/người(?:/năm)?)?(?![\w])"
    r"|(?:bác\s+sĩ|giường\s+bệnh)(?:\s*/\s*(?:1\s+)?vạn\s+dân)?|lao\s+động|doanh\s+nghiệp|đảng\s+viên"
    r"|hợp\s+tác\s+xã|lượt(?:\s+(?:du\s+khách|khách\s+hàng|khách|người|lao\s+động))?|căn\s+nhà|tổ\s+chức\s+cơ\s+sở\s+đảng"
    r"|cơ\s+sở|dự\s+án|chi\s+bộ|khu\s+dân\s+cư|tuyến\s+(?:phố|đường)|công\s+trình"
    r"|sản\s+phẩm(?:\s+OCOP)?"
    r"|trường(?:\s+học)?(?![\w])"
    r"|(?:ha|km|tấn|MW|hộ|người|xã|huyện|phường|thị\s+trấn|ấp|khóm)(?![\w])"
)
"""Units as printed after a value. A bare magnitude is "tỷ đồng" ("1.800 tỷ"), never the
"tỷ" of "tỷ trọng" or "tỷ lệ"; a magnitude before a count noun counts that noun ("6,3 triệu
việc làm", "1,3 triệu buồng") or a rate ("36 triệu/người/năm"); "tỷđ", "trđ" and "Tr. đồng"
are money abbreviated; "đồng chí" counts comrades, it is no money."""
# The characters a unit can start with, in either case (including the Kelvin sign, which
# re.IGNORECASE reads as "k"): a look-ahead for them turns down most numbers at once.
UNIT_FIRST = "(?=[%‰nNtTuUđĐbBgGlLdDhHcCkK\u212amMxXpPsSấẤ])"
_QUAL = (
    r"trên|hơn|vượt\s+ngưỡng|vượt|dưới|chưa\s+đến|khoảng|gần|xấp\s+xỉ|ước|tối\s+thiểu|ít\s+nhất|không\s+dưới"
    r"|tối\s+đa|không\s+quá|không\s+vượt\s+quá|từ|≥|>=|≤|<=|>|<"
)
_VALUE_TAIL = (
    rf"(?:\s*%?\s*(?:[{DASH}]|(?i:đến)(?=\s+\d))\s*(?P<b>{NUMBER}))?(?:\s*/\s*(?P<target>{NUMBER}))?"
    rf"\s*{UNIT_FIRST}(?P<unit>(?i:{UNIT}))(?P<more>\s*(?i:trở\s+lên|trở\s+xuống))?"
)
VALUE_RE = re.compile(rf"(?:(?P<qual>(?i:{_QUAL}))\s*)?(?<![\d.,/])(?P<a>{NUMBER}){_VALUE_TAIL}")
# "(?<![\d.,/])NUMBER" with the first digit taken out of NUMBER's two forms and put before the
# look-behind (which then checks the character before it), so that re skips straight to digits.
NUMBER_AT_DIGIT = rf"\d(?<![\d.,/]\d)(?:\d{{0,2}}{THOUSANDS}{FRACTION}|\d*{FRACTION})"
NUMBER_VALUE_RE = re.compile(rf"(?P<a>{NUMBER_AT_DIGIT}){_VALUE_TAIL}")
"""VALUE_RE without a qualifier."""
ACHIEVED_TAIL_RE = re.compile(rf"/\s*(?:{NUMBER})\s*{UNIT_FIRST}(?i:{UNIT})")
"""What every ACHIEVED_RE match has: the slash, the target and the unit (a pattern that skips
to slashes, which are rarer than the digits ACHIEVED_RE starts at)."""
PERCENT_A_YEAR_RE = re.compile(r"^%\s*/\s*năm")
YEAR_BEFORE_RE = re.compile(r"(?i:năm)\s+$")
"""A year, not a value, follows: "đến năm 2025 tỷ trọng nông nghiệp …"."""
# The words the qualifiers end with.
_QUALIFIER_ENDS = (
    "trên", "hơn", "vượt", "ngưỡng", "dưới", "đến", "khoảng", "gần", "xỉ", "ước", "thiểu", "nhất",
    "đa", "quá", "từ", "≥", "=", "≤", ">", "<",
)  # fmt: skip
_QUALIFIER_WORDS = (
    "trên", "hơn", "vượt", "dưới", "chưa", "khoảng", "gần", "xấp", "ước", "tối", "ít", "không",
    "từ", "≥", "≤", ">", "<",
)  # fmt: skip
_QUALIFIERS = {
    "trên": TargetQualifier.MORE_THAN, "hơn": TargetQualifier.MORE_THAN,
    "vượt": TargetQualifier.MORE_THAN, "vượt ngưỡng": TargetQualifier.MORE_THAN,
    ">": TargetQualifier.MORE_THAN,
    "dưới": TargetQualifier.LESS_THAN, "chưa đến": TargetQualifier.LESS_THAN,
    "<": TargetQualifier.LESS_THAN,
    "khoảng": TargetQualifier.ABOUT, "gần": TargetQualifier.ABOUT,
    "xấp xỉ": TargetQualifier.ABOUT, "ước": TargetQualifier.ABOUT,
    "tối thiểu": TargetQualifier.AT_LEAST, "ít nhất": TargetQualifier.AT_LEAST,
    "không dưới": TargetQualifier.AT_LEAST, "≥": TargetQualifier.AT_LEAST,
    ">=": TargetQualifier.AT_LEAST,
    "tối đa": TargetQualifier.AT_MOST, "không quá": TargetQualifier.AT_MOST,
    "không vượt quá": TargetQualifier.AT_MOST, "≤": TargetQualifier.AT_MOST,
    "<=": TargetQualifier.AT_MOST,
}  # fmt: skip


def qualifier_of(match: re.Match[str]) -> TargetQualifier:
    """The qualifier of a value match ("trên" more than, "từ … trở lên" at least …)."""
    qual = match["qual"] if "qual" in match.re.groupindex else None  # see value_at
    word = " ".join((qual or "").lower().split())
    if match["more"]:
        more = match["more"].lower()
        return TargetQualifier.AT_MOST if "xuống" in more else TargetQualifier.AT_LEAST
    if word == "từ":
        return TargetQualifier.EXACT if match["b"] else TargetQualifier.AT_LEAST
    return _QUALIFIERS.get(word, TargetQualifier.EXACT)


@lru_cache(maxsize=512)
def unit_of(text: str) -> str:
    """A unit as printed, spaces normalised ("tỷ" is "tỷ đồng", "% / năm" is "%/năm")."""
    unit = " ".join(text.split()).replace(" /", "/").replace("/ ", "/")
    unit = PERCENT_A_YEAR_RE.sub("%/năm", unit)
    return f"{unit} đồng" if unit.lower() in {"nghìn", "ngàn", "triệu", "tỷ", "tỉ"} else unit


def _is_year(fold: str, number: re.Match[str]) -> bool:
    """Whether a value's number is the year of "năm 2025" ("đến năm 2025 tỷ trọng …")."""
    at = number.start()
    return (
        number.end("a") - at == 4
        and fold.startswith(("19", "20"), at)
        and YEAR_BEFORE_RE.search(fold, max(0, at - 6), at) is not None
    )


def _per(fold: str, begin: int, at: int) -> bool:
    """Whether the number at ``at`` is the "1 ha" of "giá trị sản xuất/ 1 ha": a denominator."""
    at -= 1
    while at >= begin and fold[at] == " ":
        at -= 1
    return at >= begin and fold[at] == "/"


def value_at(fold: str, words: Words, begin: int, end: int) -> re.Match[str] | None:
    """``VALUE_RE.search(fold, begin, end)``, or the same value found by NUMBER_VALUE_RE.

    A value is a number, perhaps after a qualifier and spaces. The first number that makes a
    value is found by a pattern that skips to digits; an earlier start can only be a qualifier
    ending right before that number. Without one, VALUE_RE would match at the number with the
    same span and groups as NUMBER_VALUE_RE (which has no "qual" group), so that match is
    returned as it is. The year of "năm 2025" is never a value, nor a number after "/" ("giá trị
    sản xuất/ 1 ha đất canh tác").
    """
    number = NUMBER_VALUE_RE.search(fold, begin, end)
    while number is not None and (_is_year(fold, number) or _per(fold, begin, number.start())):
        number = NUMBER_VALUE_RE.search(fold, number.end("a"), end)
    if number is None:
        return None
    at = number.start()
    if ends_with(words.low, _QUALIFIER_ENDS, begin, at):
        found = search_at(VALUE_RE, fold, words.near(_QUALIFIER_WORDS, begin, at), end)
        if found is not None:
            return found
    return number
