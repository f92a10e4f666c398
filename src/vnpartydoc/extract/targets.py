"""Stage 3, mentions: targets and results, each a quantity with its indicator and deadline.

Targets are read only where the text sets them ("các chỉ tiêu chủ yếu", "đề ra 18 chỉ tiêu",
"phấn đấu", "mục tiêu cụ thể" and the list items after them), one per item, and anywhere in
the "achieved/target" notation ("45.799/36.875 tỷ đồng"). Values are read by
:mod:`vnpartydoc.extract.quantities`; the general goal by :mod:`vnpartydoc.extract.goals`.

A deadline said once for a list ("phấn đấu đến năm 2025 tỷ trọng nông nghiệp 73,8%; lâm
nghiệp 20,9%") holds for the targets after it in that list.

Results already reached are told apart from new targets by the last cue before them in their
paragraph: a result cue ("nhiệm kỳ qua", "5 năm qua", "đạt và vượt các chỉ tiêu", "hoàn thành
các chỉ tiêu", "đạt được kết quả", "thành tựu") makes the values after it results
(``TargetMention.result``), a target cue ("phấn đấu", "chỉ tiêu chủ yếu", "đề ra 16 chỉ tiêu")
makes them targets again. A paragraph of results carries on into the next paragraph, as list
items carry on a list of targets.
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
from vnpartydoc.extract.scan import Words, digit_runs, literal_first, lowered, search_at
from vnpartydoc.types import Quantity

__all__ = ["TargetMention", "find_targets"]

TARGET_ANCHOR_RE = re.compile(
    r"(?i:chỉ\s+tiêu\s+(?:chủ\s+yếu|cụ\s+thể|chính|sau|như\s+sau)|các\s+chỉ\s+tiêu"
    r"|(?<![/\d])(?<!/\s)\d+\s+(?:nhóm\s+)?chỉ\s+tiêu(?!\s+đạt)|chỉ\s+tiêu(?=\s*:)"
    r"|mục\s+tiêu\s+cụ\s+thể|mục\s+tiêu\s+(?:đến|tới)\s+năm\s+\d{4}"
    r"|phấn\s+đấu)"
)
LIST_ITEM_RE = re.compile(r"\s*(?:\(\d{1,2}\)|[-+•*]|\d{1,2}[.)]|[a-zđ]\))\s*")
AREA_RE = re.compile(
    r"\s*(?:\(?[a-zđ\d]{1,2}[.)]\s*)?(?i:về)\s+(?P<area>(?i:kinh\s+tế|văn\s+hóa|xã\s+hội|môi\s+trường"
    r"|quốc\s+phòng|an\s+ninh|xây\s+dựng\s+đảng|xây\s+dựng\s+Đảng))"
)
_AREAS = {
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
RESULT_CUE_RE = re.compile(
    r"(?i:nhiệm\s+kỳ\s+(?:vừa\s+)?qua|(?:5|năm|những)\s+năm\s+qua|thành\s+tựu"
    r"|đạt\s+(?:được\s+)?(?:nhiều\s+)?kết\s+quả|kết\s+quả\s*[,:]"
    r"|(?:đạt\s+và\s+vượt|hoàn\s+thành(?:\s+toàn\s+diện|\s+tốt)?|thực\s+hiện\s+(?:đạt|thắng\s+lợi))"
    r"(?:\s+(?:hầu\s+hết|phần\s+lớn|nhiều))?(?:\s+các)?\s+(?:chỉ\s+tiêu|mục\s+tiêu)"
    r"(?:\s+chủ\s+yếu)?(?:\s+của)?\s+(?:nghị\s+quyết|kế\s+hoạch|đại\s+hội|đề\s+ra)"
    r"|đạt\s*(?:,|\s+và)\s*vượt\s+kế\s+hoạch|đạt\s+(?:được\s+)?nhiều\s+chỉ\s+tiêu"
    r"|tháng\s+đầu\s+năm(?:\s+\d{4})?\s*,"
    r"|(?P<since>năm\s+(?:thực\s+hiện|triển\s+khai)))"
)
"""Where the values that follow are results already reached, not new targets. "năm thực hiện"
is one only after "sau 5" or "qua 5" (SINCE_RE): "Sau 5 năm thực hiện Nghị quyết, …"."""
SINCE_RE = re.compile(r"(?i:sau|qua)\s+(?:\d{1,2}|(?i:năm|mười))\s+$")
_RESULT_NEEDS = (
    "kỳ qua", "kỳ vừa qua", "năm qua", "thành tựu", "kết quả", "và vượt", "hoàn thành",
    "thắng lợi", "thực hiện đạt", "vượt kế hoạch", "nhiều chỉ tiêu", "tháng đầu năm",
    "năm thực hiện", "năm triển khai",
)  # fmt: skip
"""One of these is in every RESULT_CUE_RE form (a cheap test of a line first)."""
_RESULT_FIRSTS = ("nhiệm", "5", "năm", "những", "thành", "đạt", "kết", "hoàn", "thực", "tháng")
"""The words a RESULT_CUE_RE form starts with."""
COUNT_BEFORE_RE = re.compile(r"(?<![\d/.,])(?<!/\s)(?P<a>\d{1,3})(?:\s*/\s*(?P<of>\d{1,3}))?\s+$")
"""The count before "chỉ tiêu": "19/22 chỉ tiêu", "10 chỉ tiêu"."""
_REACHED = r"(?i:đạt\s+và\s+vượt|hoàn\s+thành(?:\s+và\s+vượt|\s+vượt)?)"
REACHED_BEFORE_RE = re.compile(rf"{_REACHED}\s+$")
REACHED_AFTER_RE = re.compile(
    r"(?:(?!(?i:chỉ\s+tiêu|phấn\s+đấu))[^.;\n]){0,160}?"
    rf"(?:(?i:đã)\s+{_REACHED}|{_REACHED}\s+(?i:so\s+với))"
)
"""A count of the targets reached: "đạt và vượt 19/22 chỉ tiêu nghị quyết đề ra", "80/80 chỉ
tiêu … đạt và vượt so với Nghị quyết", "10 chỉ tiêu chủ yếu của Đại hội … đã hoàn thành": the
cue before the count, or after "chỉ tiêu" in the same clause."""
SET_BEFORE_RE = re.compile(r"(?i:đề\s+ra|phấn\s+đấu(?:\s+đạt)?|với)\s+$")
"""Before a count of targets, words that make it the targets set, not those reached."""
PERIOD_RE = re.compile(
    r"(?i:nhiệm\s+kỳ|giai\s+đoạn)\s*\(?\s*(?P<a>(?:19|20)\d\d)\s*[-\u2013\u2014]\s*(?P<b>(?:19|20)\d\d)"
    r"(?P<comma>\s*\)?\s*,)?"
)
"""A term or period with its years: "nhiệm kỳ 2020 - 2025", "giai đoạn 2026-2030"; with a comma
after it, it may open a clause ("Nhiệm kỳ 2015 - 2020, …", "Giai đoạn 2026 - 2030, …")."""
IN_BEFORE_RE = re.compile(r"(?i:trong)$")
_PERIOD_WORDS = ("nhiệm kỳ", "giai đoạn")  # PERIOD_RE, as the page's index spells them
RESULT_NOISE_RE = re.compile(
    r"\d\s*(?i:đại\s+biểu)|(?i:phiếu|đại\s+diện\s+cho|được\s+bầu|trúng\s+cử|đắc\s+cử)"
)
"""Counts of delegates and members at the congress, and votes, never results ("Nghị quyết Đại
hội đại biểu …" names a congress, it counts nothing)."""
ITEM_SEP_RE = re.compile(r";|[.…](?=\s|$)")
CLAUSE_SEP_RE = re.compile(r",\s+|\s+(?i:và)\s+")
"""Where one item may hold a second target: "…85% trở lên, tổ văn hóa đạt 78% trở lên"."""
COMPARED_RE = re.compile(r"(?i:so\s+với|so\s+cùng\s+kỳ|so\s+năm)")
"""A clause that compares the value before it ("tăng 8% so với năm 2020") belongs to it."""
CHANGE_RE = re.compile(r"(?i:tăng|giảm)\s+(?:\d|(?i:gấp)\s)|(?i:đạt|bằng)\s+[\d.,]+\s*%\s*$")
"""A clause that is only the change of the value before it, or its share of the plan ("đạt
711 tỷ đồng, tăng 84,7%", "đạt 85,3 tỷ đồng, đạt 108%"), belongs to it too."""
SCORE_UNIT_RE = re.compile(r"^(?i:chỉ\s+tiêu|tiêu\s+chí)")
SHARE_OF_PLAN_RE = re.compile(
    r"\s*(?:(?i:so\s+với)\s+)?(?i:kế\s+hoạch|nghị\s+quyết|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu)"
)
"""After a percentage, the plan it is a share of: "đạt 108,64% kế hoạch", "bằng 128% so với
nghị quyết". Among results such a share restates the indicator's value, it is no indicator of
its own; among new targets "đạt 100% chỉ tiêu" is the target."""
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
# Lower-case words (or signs) the patterns can start with, besides a run of digits.
_ANCHOR_WORDS = ("chỉ", "các", "mục", "phấn")  # TARGET_ANCHOR_RE
_ANCHOR_NEEDS = ("tiêu", "phấn")  # every TARGET_ANCHOR_RE form has one


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


def _target(
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
    try:
        if match["target"]:
            value, achieved = Quantity.parse(match["target"]), Quantity.parse(match["a"])
        else:
            printed_value = match["a"] + (f"-{match['b']}" if match["b"] else "")
            value, achieved = Quantity.parse(printed_value), None
    except ValueError:
        return None
    indicator = _trim(raw[begin : match.start()]).strip(" :;,.-")
    deadline = DEADLINE_RE.search(fold, begin, end)
    if deadline is not None and deadline.start() < match.start():
        indicator = _trim(raw[begin : deadline.start()] + raw[deadline.end() : match.start()])
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


def _items(fold: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for sep in ITEM_SEP_RE.finditer(fold, start, end):
        out.append((pos, sep.start()))
        pos = sep.end()
    if pos < end:
        out.append((pos, end))
    return [(a, b) for a, b in out if fold[a:b].strip()]


def _clauses(fold: str, start: int, end: int) -> list[tuple[int, int]]:
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
            or COMPARED_RE.search(fold, a, b)
            or CHANGE_RE.match(fold, a, b)
        ):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _anchor(fold: str, words: Words, start: int, end: int) -> re.Match[str] | None:
    """``TARGET_ANCHOR_RE.search(fold, start, end)``: each form has "tiêu" or "phấn"."""
    if not words.starts(_ANCHOR_NEEDS, start, end):
        return None
    offsets = sorted({*words.near(_ANCHOR_WORDS, start, end), *digit_runs(fold, start, end)})
    return search_at(TARGET_ANCHOR_RE, fold, offsets, end)


def _achieved(fold: str, start: int, end: int) -> bool:
    """Whether ``ACHIEVED_RE`` matches in ``fold[start:end]`` (it starts at a number)."""
    return (
        fold.find("/", start, end) >= 0
        and ACHIEVED_TAIL_RE.search(fold, start, end) is not None
        and ACHIEVED_RE.search(fold, start, end) is not None
    )


def _heading(fold: str, start: int, end: int) -> re.Match[str] | None:
    """``AREA_RE.match(fold, start, end)``, tried only where its first character can be."""
    if start >= end:
        return None
    first = fold[start]
    if first in "vV(đ" or "a" <= first <= "z" or first.isspace() or first.isdecimal():
        return AREA_RE.match(fold, start, end)
    return None


Opening = tuple[int, int, int]
"""A clause that opens with a period: (start, end of the cue, the period's last year)."""


def _periods(
    fold: str, words: Words, lines: list[tuple[int, int]]
) -> tuple[tuple[int, int] | None, dict[int, list[Opening]]]:
    """The periods the text names, and the clauses they open, by line.

    The first item is the last year of the earlier periods and that of the latest one, or None
    unless the text names periods that end in different years (a past term beside the new
    one).
    """
    ends: set[int] = set()
    openings: dict[int, list[Opening]] = {}
    for i in words.lines_with(_PERIOD_WORDS, lines):
        start, end = lines[i]
        for pos in words.starts(_PERIOD_WORDS, start, end):
            match = PERIOD_RE.match(fold, pos, end)
            if match is None:
                continue
            ends.add(int(match["b"]))
            if match["comma"] and _opens_clause(fold, start, pos):
                openings.setdefault(i, []).append((pos, match.end(), int(match["b"])))
    if len(ends) < 2:
        return None, {}
    latest = max(ends)
    return (max(e for e in ends if e < latest), latest), openings


def _opens_clause(fold: str, start: int, at: int) -> bool:
    """Whether ``at`` opens a clause (after "Trong", perhaps), not one inside a clause.

    "Đại hội … nhiệm kỳ 2020 - 2025, …" names a congress; it does not open a clause.
    """
    before = fold[start:at].rstrip()
    if IN_BEFORE_RE.search(before):  # "Trong nhiệm kỳ 2020 - 2025, …"
        before = before[:-5].rstrip()
    return not before or before[-1] in ".;:"


def _period_cues(openings: list[Opening], periods: tuple[int, int]) -> list[tuple[int, int, bool]]:
    """Clauses that open with a past period (results follow) or the latest one (targets)."""
    out = []
    for a, b, last in openings:
        if last <= periods[0]:
            out.append((a, b, True))
        elif last == periods[1]:
            out.append((a, b, False))
    return out


def _switches(
    fold: str,
    words: Words,
    start: int,
    end: int,
    *,
    cued: bool,
    anchored: bool,
    period_cues: list[tuple[int, int, bool]],
) -> list[tuple[int, bool]]:
    """Where the line turns to results (True) or to targets (False), by cue end, in order.

    A target anchor inside a result cue ("đạt và vượt các chỉ tiêu") is part of the cue.
    ``period_cues`` (see :func:`_period_cues`): a clause opening with a past term turns to
    results, one opening with the latest period to targets.
    """
    cues: list[tuple[int, int]] = []
    needs = words.starts(_RESULT_NEEDS, start, end) if cued else []
    for pos in words.near(_RESULT_FIRSTS, start, end) if needs else ():  # few lines
        if (cues and pos < cues[-1][1]) or not any(0 <= at - pos <= 60 for at in needs):
            continue  # a cue holds one of _RESULT_NEEDS within its first words
        match = RESULT_CUE_RE.match(fold, pos, end)
        if match is not None and (
            not match["since"] or SINCE_RE.search(fold, max(start, pos - 12), pos) is not None
        ):
            cues.append((pos, match.end()))
    out = [(b, True) for _, b in cues]
    if period_cues:
        for a, b, turn in period_cues:
            if not any(x <= a < y for x, y in cues):
                out.append((b, turn))
                if turn:
                    cues.append((a, b))
    pos = start
    while anchored and pos < end:
        anchor = _anchor(fold, words, pos, end)
        if anchor is None:
            break
        if not any(a <= anchor.start() < b for a, b in cues):
            out.append((anchor.end(), False))
            if not cues:
                break  # without a result cue only the first anchor matters
        pos = anchor.end()
    return sorted(out)


def find_targets(
    raw: str, fold: str, lines: list[tuple[int, int]], words: Words | None = None
) -> list[TargetMention]:
    """Targets in target context, results in result context, and achieved/target values anywhere.

    ``words`` indexes :func:`lowered` ``fold``, when the caller has it.
    """
    words = Words(lowered(fold)) if words is None else words
    out: list[TargetMention] = []
    active, area, result, carry = False, None, False, False
    said_once: int | None = None  # a deadline said once for the targets of a list
    anchored = set(words.lines_with(_ANCHOR_NEEDS, lines))  # the lines an anchor can be in
    cued = set(words.lines_with(_RESULT_NEEDS, lines))  # the lines a result cue can be in
    periods, openings = _periods(fold, words, lines)
    for i, (start, end) in enumerate(lines):
        heading = _heading(fold, start, end)
        if heading is not None:
            area = _AREAS.get(" ".join(heading["area"].lower().split()).replace("đảng", "đảng"))
        period_cues = _period_cues(openings[i], periods) if periods and i in openings else []
        switches = (
            _switches(
                fold,
                words,
                start,
                end,
                cued=i in cued,
                anchored=i in anchored,
                period_cues=period_cues,
            )
            if i in cued or i in anchored or period_cues
            else []
        )
        cue = any(turn for _, turn in switches)
        going = active and (
            heading is not None or LIST_ITEM_RE.match(fold, start, end) is not None or carry
        )  # a list, or a paragraph of results, goes on into this line
        if not going:
            result, said_once = False, None
        active, carry = going or bool(switches), False
        if not active and not _achieved(fold, start, end):  # no achieved/target value here
            continue  # (one in an item would also match in the whole line)
        for a, b in _items(fold, start, end):
            while switches and switches[0][0] < b:
                at, result = switches.pop(0)
                a, going = max(a, at), True  # the item starts after the cue in it
                since = max(start, at - 40, fold.rfind(". ", start, at) + 1)  # this sentence
                said = None if result else DEADLINE_RE.search(fold, since, at)
                if said is not None:  # "Mục tiêu đến năm 2030, …": the list's deadline
                    said_once = int(said["year"])
            if going or _achieved(fold, a, b):
                if result and going and RESULT_NOISE_RE.search(fold, a, b):
                    continue
                for c, d in _clauses(fold, a, b) if going else [(a, b)]:
                    target = _target(
                        raw, fold, words, c, d, area if going else None, results=going and result
                    )
                    if target is not None and (going or target.achieved is not None):
                        target.result = going and result
                        if going and not result:  # "đến năm 2025 A 73,8%; B 20,9%": both 2025
                            said_once = target.deadline or said_once
                            target.deadline = said_once
                        out.append(target)
        carry = active and result and cue  # one paragraph on from a result cue
        if i in cued and words.low.find("chỉ tiêu", start, end) >= 0:
            out.extend(_reached_counts(raw, fold, words.low, start, end))
    return out


def _reached_counts(raw: str, fold: str, low: str, start: int, end: int) -> list[TargetMention]:
    """Counts of the targets reached, as results in "chỉ tiêu" (see REACHED_AFTER_RE).

    ``low`` is :func:`lowered` ``fold``; each "chỉ tiêu" in it is looked at, and the count
    before it.
    """
    out = []
    pos = low.find("chỉ tiêu", start, end)
    while pos >= 0:
        count = COUNT_BEFORE_RE.search(fold, max(start, pos - 12), pos)
        after = pos + len("chỉ tiêu")
        if (
            count is not None
            and not SET_BEFORE_RE.search(fold, max(start, count.start() - 16), count.start())
            and (
                REACHED_BEFORE_RE.search(fold, max(start, count.start() - 30), count.start())
                or REACHED_AFTER_RE.match(fold, after, end)
            )
        ):
            reached, of = Quantity.parse(count["a"]), count["of"]
            printed = squeeze(raw[count.start() : after])
            out.append(
                TargetMention(
                    printed,
                    Quantity.parse(of) if of else reached,
                    "chỉ tiêu",
                    TargetQualifier.EXACT,
                    reached if of else None,
                    None,
                    False,
                    None,
                    printed,
                    count.start(),
                    after,
                    (count.start(), count.end() - len(count[0]) + len(count[0].rstrip())),
                    result=True,
                )
            )
        pos = low.find("chỉ tiêu", after, end)
    return out
