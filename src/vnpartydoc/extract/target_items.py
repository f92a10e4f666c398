"""Stage 3, mentions: one target or result read from a list item or a clause.

:func:`items` cuts a line into list items (at ";" and sentence stops), :func:`clauses` cuts an
item into clauses when it holds more than one value, and :func:`read_target` reads the
indicator, value, unit, qualifier and deadline of one of them as a :class:`TargetMention`.
Where the items are targets or results is decided by :mod:`vnpartydoc.extract.target_context`;
:mod:`vnpartydoc.extract.targets` walks the lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpartydoc.enums import TargetArea, TargetQualifier
from vnpartydoc.extract.clean import squeeze
from vnpartydoc.extract.lexicon import NUMBER
from vnpartydoc.extract.quantities import (
    ACHIEVED_TAIL_RE,
    NUMBER_AT_DIGIT,
    NUMBER_VALUE_RE,
    UNIT,
    UNIT_FIRST,
    qualifier_of,
    unit_of,
    value_at,
)
from vnpartydoc.extract.scan import Words, literal_first
from vnpartydoc.types import Quantity

__all__ = [
    "AREAS",
    "COMPARED_RE",
    "DEADLINE_RE",
    "LIST_ITEM_RE",
    "TargetMention",
    "area_heading",
    "changes_only",
    "clauses",
    "has_achieved",
    "items",
    "read_target",
]

LIST_ITEM_RE = re.compile(r"\s*(?:\(\d{1,2}\)|[-+•*]|\d{1,2}[.)](?!\d)|[a-zđ]\))\s*")
AREA_RE = re.compile(
    r"\s*(?:\(?[a-zđ\d]{1,2}[.)]\s*)?(?i:về)\s+(?P<area>(?i:kinh\s+tế|văn\s+hóa|xã\s+hội|môi\s+trường"
    r"|quốc\s+phòng|an\s+ninh|xây\s+dựng\s+đảng|xây\s+dựng\s+Đảng))"
)
AREAS = {
    "kinh tế": TargetArea.ECONOMY,
    "văn hóa": TargetArea.SOCIETY,
    "xã hội": TargetArea.SOCIETY,
    "môi trường": TargetArea.ENVIRONMENT,
    "quốc phòng": TargetArea.DEFENCE,
    "an ninh": TargetArea.DEFENCE,
    "xây dựng đảng": TargetArea.PARTY_BUILDING,
}
ACHIEVED_RE = re.compile(
    rf"(?P<a>{NUMBER_AT_DIGIT})\s*/\s*(?P<target>{NUMBER})\s*{UNIT_FIRST}(?P<unit>(?i:{UNIT}))"
)
ITEM_SEP_RE = re.compile(r";|[.…](?=\s|$)")
CLAUSE_SEP_RE = re.compile(r",\s+|\s+(?i:và)\s+")
"""Where one item may hold a second target: "…85% trở lên, tổ văn hóa đạt 78% trở lên"."""
COMPARED_RE = re.compile(r"(?i:so\s+với|so\s+cùng\s+kỳ|so\s+năm)")
"""A clause that compares the value before it ("tăng 8% so với năm 2020") belongs to it, unless
it names its own indicator first ("hộ cận nghèo giảm 1,51% so với đầu năm")."""
CHANGE_WORDS = frozenset({"tăng", "giảm", "gấp", "bằng", "đạt", "vượt", "hơn", "so", "còn"})
"""The words a clause that only compares the value before it starts with."""
CHANGE_RE = re.compile(
    r"(?i:tăng|giảm)\s+(?:\d|(?i:gấp)\s)|(?i:đạt|bằng)\s+[\d.,]+\s*%\s*$"
    r"|(?i:vượt)\s+(?:(?i:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán|mục\s+tiêu)\s+)?\d"
    r"|(?i:cao|thấp)\s+(?i:hơn)\s"
)
"""A clause that is only the change of the value before it, its share of the plan or what it
exceeds the plan by ("đạt 711 tỷ đồng, tăng 84,7%", "đạt 85,3 tỷ đồng, đạt 108%", "kết nạp 139
đảng viên, vượt chỉ tiêu 9 đảng viên", "…, cao hơn kế hoạch thành phố giao 15%"), belongs to it
too."""
WIDER_RE = re.compile(
    r"(?i:cao|thấp)\s+(?i:hơn)\s(?:(?!,\s)[^;]){0,40}?\d(?:(?!,\s)[^;]){0,30}?\s(?i:toàn\s+(?:tỉnh|quốc|thành\s+phố|huyện|ngành)"
    r"|cả\s+nước|bình\s+quân\s+chung|mức\s+chung)"
)
"""A clause that gives a wider body's figure for comparison ("…, cao hơn tốc độ 7,5 %/năm toàn
tỉnh"): a value of its own, not how much the value before it beats the plan."""
SCORE_UNIT_RE = re.compile(r"^(?i:chỉ\s+tiêu|tiêu\s+chí)")
SHARE_OF_PLAN_RE = re.compile(
    r"\s*(?:(?i:so(?:\s+với)?)\s+)?(?i:kế\s+hoạch|nghị\s+quyết|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu)"
)
"""After a percentage, the plan it is a share of: "đạt 108,64% kế hoạch", "bằng 128% so với
nghị quyết". Among results such a share restates the indicator's value, it is no indicator of
its own; among new targets "đạt 100% chỉ tiêu" is the target."""
TO_VALUE_RE = re.compile(
    r"\s*(?:\([^()\n]{0,30}\)\s*|(?i:năm)\s+\d{4}\s+)?(?i:xuống|lên)(?:\s+(?i:còn|mức|đến|tới))?\s+(?=\S)"
)
"""After "từ A", where the value it changed to starts: "… xuống còn ", "… (năm 2010) lên ",
"… năm 2015 lên "."""
# "(?i:đến\s+năm)…" and "(?i:5\s+năm|năm\s+năm|cả\s+nhiệm\s+kỳ|giai\s+đoạn …)" with each form's
# first character written out, so that re skips straight to those characters.
DEADLINE_RE = re.compile("(?:" + literal_first((r"đến\s+năm",)) + r")\s+(?P<year>\d{4})\s*,?")
FIVE_YEARS_RE = re.compile(
    r"5(?i:\s+năm)|"
    + literal_first((r"năm\s+năm", r"cả\s+nhiệm\s+kỳ", r"giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}"))
)
TRIM_RE = re.compile(r"(?:\s+(?i:đạt|là|ở\s+mức|đạt\s+mức|còn|bằng|trong\s+đó|có))+\s*[:,]?\s*$")
# Every character a TRIM_RE match can hold: whitespace, the letters of its words in both
# cases, ":" and ",".
_TRIM_CHARS = "".join(
    sorted(
        {chr(c) for c in range(0x3001) if chr(c).isspace()}
        | {c for word in ("đạt", "là", "ở mức", "còn", "bằng", "trong đó", "có") for c in word}
        | {
            c.upper()
            for word in ("đạt", "là", "ở mức", "còn", "bằng", "trong đó", "có")
            for c in word
        }
        | {":", ","}
    )
)


@dataclass
class TargetMention:
    """A target read from one list item."""

    indicator: str
    value: Quantity
    unit: str
    qualifier: TargetQualifier
    achieved: Quantity | None
    deadline: int | None
    five_years: bool
    area: TargetArea | None
    printed: str
    start: int
    end: int
    value_span: tuple[int, int]
    result: bool = False
    """Whether the value is a result already reached (past term), not a new target."""


def _trim(text: str) -> str:
    """``TRIM_RE.sub("", text)``: the match runs to the end and holds only ``_TRIM_CHARS``."""
    match = TRIM_RE.search(text, len(text.rstrip(_TRIM_CHARS)))
    return text if match is None else text[: match.start()] + text[match.end() :]


def _after_heading(fold: str, begin: int, value: int) -> int:
    """Where the target starts when a list heading's tail comes first.

    "Các chỉ tiêu chủ yếu: Tỷ lệ hộ nghèo giảm còn dưới 2%" leaves "chủ yếu: " before the
    first item: a lower-case phrase and a colon, then a capitalised indicator.
    """
    colon = fold.rfind(":", begin, value)
    if colon < 0:
        return begin
    head, tail = fold[begin:colon].strip(), fold[colon + 1 : value].lstrip()
    if head[:1].islower() and tail[:1].isupper() and len(head.split()) <= 6:
        return value - len(tail)
    return begin


def _to_value(fold: str, words: Words, match: re.Match[str], end: int) -> re.Match[str]:
    """The value "từ A … xuống B" or "từ A … lên B" comes to: B, when A is "từ" a start.

    "Tỷ lệ hộ nghèo giảm từ 19,6% (năm 2010) xuống còn 7,5%" is 7,5%; the first value is the
    start it changed from.
    """
    qual = match["qual"] if "qual" in match.re.groupindex else None
    if not qual or qual.lower() != "từ" or match["b"]:
        return match
    to = TO_VALUE_RE.match(fold, match.end(), end)
    if to is None:
        return match
    found = value_at(fold, words, to.end(), end)
    return found if found is not None and found.start() == to.end() else match


def read_target(
    raw: str,
    fold: str,
    words: Words,
    start: int,
    end: int,
    area: TargetArea | None,
    *,
    results: bool = False,
) -> TargetMention | None:
    """The target (or, with ``results``, the result) of one item or clause, if it has one."""
    item = LIST_ITEM_RE.match(fold, start, end)
    begin = item.end() if item else start
    match = value_at(fold, words, begin, end)
    if match is None or SCORE_UNIT_RE.match(match["unit"]):
        return None
    if results and match["unit"].startswith("%") and SHARE_OF_PLAN_RE.match(fold, match.end(), end):
        return None
    begin = _after_heading(fold, begin, match.start())
    first = match.start()  # the indicator ends here, also when the value is the "lên" one
    match = _to_value(fold, words, match, end)
    try:
        if match["target"]:
            value, achieved = Quantity.parse(match["target"]), Quantity.parse(match["a"])
        else:
            printed_value = match["a"] + (f"-{match['b']}" if match["b"] else "")
            value, achieved = Quantity.parse(printed_value), None
    except ValueError:
        return None
    indicator = _trim(raw[begin:first]).strip(" :;,.-")
    deadline = DEADLINE_RE.search(fold, begin, end)
    if deadline is not None and deadline.start() < first:
        indicator = _trim(raw[begin : deadline.start()] + raw[deadline.end() : first])
    indicator = squeeze(indicator).strip(" :;,.-")
    if not indicator:
        indicator = squeeze(raw[match.end() : end]).strip(" :;,.")
    printed = squeeze(raw[begin:end]).strip(" ;.")
    return TargetMention(
        indicator or printed,
        value,
        unit_of(match["unit"]),
        qualifier_of(match),
        achieved,
        int(deadline["year"]) if deadline else None,
        FIVE_YEARS_RE.search(fold, begin, end) is not None,
        area,
        printed,
        begin,
        end,
        (match.start(), match.end()),
    )


def items(fold: str, start: int, end: int) -> list[tuple[int, int]]:
    """The list items of ``fold[start:end]``, cut at ";" and at sentence stops.

    A stop before a lower-case word ends an abbreviation ("70,0 Tr. đồng"), not a sentence.
    """
    out, pos = [], start
    for sep in ITEM_SEP_RE.finditer(fold, start, end):
        if sep.group() != ";" and fold[sep.end() + 1 : sep.end() + 2].islower():
            continue
        out.append((pos, sep.start()))
        pos = sep.end()
    if pos < end:
        out.append((pos, end))
    return [(a, b) for a, b in out if fold[a:b].strip()]


def changes_only(fold: str, start: int, end: int, *, bare: bool = True) -> bool:
    """Whether the stretch names no indicator: a change word (or, with ``bare``, nothing) first.

    "tăng 8% so với năm 2020" only compares; so does a bare "8% so với năm 2020" after a comma.
    """
    value = NUMBER_VALUE_RE.search(fold, start, end)
    head = fold[start : value.start() if value is not None else end].split(maxsplit=1)
    return head[0].lower() in CHANGE_WORDS if head else bare


def clauses(fold: str, start: int, end: int) -> list[tuple[int, int]]:
    """An item cut after each clause that holds a value, when another value follows.

    Commas inside an indicator ("Tỷ lệ thôn, làng văn hóa: 100%") stay: a clause without a
    value is joined to the next one, and a clause comparing the value before it to another
    ("…, tăng 8% so với năm 2020") or telling only its change ("…, tăng 28,7%") is joined to
    the previous one.
    """
    first = NUMBER_VALUE_RE.search(fold, start, end)
    if first is None or NUMBER_VALUE_RE.search(fold, first.end(), end) is None:
        return [(start, end)]  # one value at most: nothing to cut (most items)
    out, pos = [], start
    for sep in CLAUSE_SEP_RE.finditer(fold, start, end):
        if NUMBER_VALUE_RE.search(fold, pos, sep.start()) is not None:
            out.append((pos, sep.start()))
            pos = sep.end()
    out.append((pos, end))
    merged = [out[0]]
    for a, b in out[1:]:
        if (
            NUMBER_VALUE_RE.search(fold, a, b) is None
            or (COMPARED_RE.search(fold, a, b) and changes_only(fold, a, b))
            or (CHANGE_RE.match(fold, a, b) and not WIDER_RE.match(fold, a, b))
        ):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def has_achieved(fold: str, start: int, end: int) -> bool:
    """Whether ``ACHIEVED_RE`` matches in ``fold[start:end]`` (it starts at a number)."""
    return (
        fold.find("/", start, end) >= 0
        and ACHIEVED_TAIL_RE.search(fold, start, end) is not None
        and ACHIEVED_RE.search(fold, start, end) is not None
    )


def area_heading(fold: str, start: int, end: int) -> re.Match[str] | None:
    """``AREA_RE.match(fold, start, end)``, tried only where its first character can be."""
    if start >= end:
        return None
    first = fold[start]
    if first in "vV(đ" or "a" <= first <= "z" or first.isspace() or first.isdecimal():
        return AREA_RE.match(fold, start, end)
    return None
