"""Stage 3, mentions: targets and results, each a quantity with its indicator and deadline.

Targets are read only where the text sets them ("các chỉ tiêu chủ yếu", "đề ra 18 chỉ tiêu",
"phấn đấu", "mục tiêu cụ thể" and the list items after them), one per item, and anywhere in
the "achieved/target" notation ("45.799/36.875 tỷ đồng"). Values are read by
:mod:`vnpartydoc.extract.quantities`; the general goal by :mod:`vnpartydoc.extract.goals`.

:func:`find_targets` walks the lines. The parts it joins are each in their module:

- :mod:`vnpartydoc.extract.target_context`: where a line turns to new targets (a target cue:
  "phấn đấu", "chỉ tiêu chủ yếu", "đề ra 16 chỉ tiêu") or to results already reached (a result
  cue: "nhiệm kỳ qua", "5 năm qua", "đạt và vượt các chỉ tiêu", "thành tựu"; a clause that
  opens with a past term);
- :mod:`vnpartydoc.extract.target_items`: the items and clauses of a line and the
  :class:`TargetMention` each holds;
- :mod:`vnpartydoc.extract.reached`: counts of the targets reached ("đạt và vượt 19/22 chỉ
  tiêu").

A deadline said once for a list ("phấn đấu đến năm 2025 tỷ trọng nông nghiệp 73,8%; lâm
nghiệp 20,9%") holds for the targets after it in that list. A paragraph of results carries on
into the next paragraph, as list items carry on a list of targets.
"""

from __future__ import annotations

import re

from vnpartydoc.enums import TargetQualifier
from vnpartydoc.extract.reached import NOUNS as COUNTED
from vnpartydoc.extract.reached import reached_counts
from vnpartydoc.extract.scan import Words, lowered, search_at
from vnpartydoc.extract.target_context import (
    ANCHOR_NEEDS,
    DEADLINE_WORDS,
    PERIOD_RE,
    PERIOD_WORDS,
    RESULT_NEEDS,
    deadline_cues,
    find_periods,
    line_switches,
)
from vnpartydoc.extract.target_items import (
    AREAS,
    COMPARED_RE,
    DEADLINE_RE,
    LIST_ITEM_RE,
    TargetMention,
    area_heading,
    changes_only,
    clauses,
    has_achieved,
    items,
    read_target,
)

__all__ = ["TargetMention", "find_targets"]

DIGIT_RE = re.compile(r"\d")
"""Every value has a digit: an item without one is passed over at once."""
NOISE_RE = re.compile(
    r"(?:(?<=\d)|(?<=\d\s))(?i:đại\s+biểu)|(?i:phiếu|đại\s+diện\s+cho|được\s+bầu|trúng\s+cử|đắc\s+cử)"
    r"|(?<!\w)(?i:bầu)\s+(?:\d|(?i:đoàn|ban|bí\s+thư))"
)
"""Counts of delegates and members at the congress, of those it elects ("bầu 15 đồng chí vào
Ban Chấp hành"), and votes: never results nor targets ("Nghị quyết Đại hội đại biểu …" names a
congress, it counts nothing)."""
_NOISE_FIRSTS = ("đại", "phiếu", "được", "trúng", "đắc", "bầu")
"""The words a NOISE_RE form starts with: it is tried only where one is (scan.search_at)."""
DESCRIPTIVE_RE = re.compile(
    r"(?i:dân\s+số|diện\s+tích(?:\s+tự\s+nhiên)?)\s*(?:(?i:là|khoảng|hơn|trên|gần)\s+)?\d"
    r"|(?<!\w)(?i:có|với|gồm)\s+(?:(?i:tổng\s+số|hơn|trên|gần)\s+)?[\d.]+\s+"
    r"(?i:đảng\s+viên|chi\s+bộ|chi,\s+đảng\s+bộ|tổ\s+chức\s+cơ\s+sở)"
)
"""A clause that describes the place or the Party body, neither a target nor a result: its
population or area ("dân số 14 triệu"), the members or cells it has ("Đảng bộ có tổng số 5.356
đảng viên", "hiện có 73 chi, đảng bộ")."""
_DESCRIPTIVE_FIRSTS = ("dân", "diện", "có", "với", "gồm")
"""The words a DESCRIPTIVE_RE form starts with."""


def find_targets(
    raw: str,
    fold: str,
    lines: list[tuple[int, int]],
    words: Words | None = None,
    *,
    year: int | None = None,
    floor: int | None = None,
) -> list[TargetMention]:
    """Targets in target context, results in result context, and achieved/target values anywhere.

    ``words`` indexes :func:`lowered` ``fold``, when the caller has it; ``year`` is the text's
    own year (:func:`~vnpartydoc.extract.dates.own_year`), when known: it tells past
    periods and deadlines from coming ones; ``floor``, a year the text is not before, tells
    past ones only.
    """
    words = Words(lowered(fold)) if words is None else words
    out: list[TargetMention] = []
    active, area, result, carry = False, None, False, False
    said_once: int | None = None  # a deadline said once for the targets of a list
    anchored = set(words.lines_with(ANCHOR_NEEDS, lines))  # the lines an anchor can be in
    cued = set(words.lines_with(RESULT_NEEDS, lines))  # the lines a result cue can be in
    openings = find_periods(fold, words, lines, year, floor)
    dated = set(words.lines_with(DEADLINE_WORDS, lines))  # the lines a deadline can be in
    for i, (start, end) in enumerate(lines):
        heading = area_heading(fold, start, end)
        if heading is not None:
            area = AREAS.get(" ".join(heading["area"].lower().split()).replace("đảng", "đảng"))
        period_cues = openings.get(i, [])
        deadlines = (
            deadline_cues(fold, words, start, end, year, results=active and result, floor=floor)
            if i in dated
            else []
        )
        switches = (
            line_switches(
                fold,
                words,
                start,
                end,
                cued=i in cued,
                anchored=i in anchored,
                period_cues=period_cues,
                deadlines=deadlines,
                weak=year is None,
            )
            if i in cued or i in anchored or period_cues or deadlines
            else []
        )
        cue = any(turn for _, turn, _ in switches)
        going = active and (
            heading is not None or LIST_ITEM_RE.match(fold, start, end) is not None or carry
        )  # a list, or a paragraph of results, goes on into this line
        if not going:
            result, said_once = False, None
        active, carry = going or bool(switches), False
        if i in cued and any(words.low.find(n, start, end) >= 0 for n in COUNTED):
            out.extend(reached_counts(raw, fold, words.low, start, end))
        if not active and not has_achieved(fold, start, end):  # no achieved/target value here
            continue  # (one in an item would also match in the whole line)
        # Which of the checks of items and clauses can find anything in this line at all.
        compared = words.low.find("so ", start, end) >= 0  # every COMPARED_RE form
        if not going and switches and all(turn for _, turn, _ in switches):
            # Only results in this line: its sentence reports them from its start ("Tốc độ
            # tăng trưởng đạt bình quân 12,4%; Thu nhập … năm 2020 ước đạt 50,1 triệu đồng").
            stop = fold.rfind(". ", start, switches[0][0])
            back = start if stop < 0 else stop + 2
            if back < switches[0][0]:
                switches.insert(0, (back, True, False))
        for a, b in items(fold, start, end):
            while switches and switches[0][0] < b:
                at, result, moves = switches.pop(0)
                if moves:
                    a = max(a, at)  # the item starts after the cue in it
                going = True
                since = max(start, at - 40, fold.rfind(". ", start, at) + 1)  # this sentence
                said = None if result else DEADLINE_RE.search(fold, since, at)
                if said is not None:  # "Mục tiêu đến năm 2030, …": the list's deadline
                    said_once = int(said["year"])
                elif not result:  # "Nhiệm kỳ 2025-2030, phường đề ra các chỉ tiêu …": its end
                    said_once = _list_period(fold, words, start, end, at) or said_once
            if DIGIT_RE.search(fold, a, b) is None:
                continue  # no value in the item (most items of prose): nothing to read
            if going or has_achieved(fold, a, b):
                if going and compared and _compares_only(fold, a, b):
                    continue
                previous, noisy = None, None  # noisy: whether the item is noise, once asked
                for c, d in clauses(fold, a, b) if going else [(a, b)]:
                    target = read_target(
                        raw, fold, words, c, d, area if going else None, results=going and result
                    )
                    if target is None:
                        continue
                    if going:  # the checks that need a value, made only when there is one
                        if noisy is None:
                            noisy = _found(NOISE_RE, _NOISE_FIRSTS, words, fold, a, b)
                        if noisy:
                            break
                        if _found(DESCRIPTIVE_RE, _DESCRIPTIVE_FIRSTS, words, fold, c, d):
                            continue
                    if going or target.achieved is not None:
                        target.result = going and result and not _names_target(words, c, target)
                        if going and not target.result:
                            _of_total(target)
                        _share_qualifier(words.low, c, target, previous)
                        previous = target
                        if going and not result:  # "đến năm 2025 A 73,8%; B 20,9%": both 2025
                            said_once = target.deadline or said_once
                            target.deadline = said_once
                        out.append(target)
        # One paragraph on from a result cue; and the next line of a sentence cut by a line break.
        carry = active and ((result and cue) or _wrapped(fold, lines, i))
    return out


def _list_period(fold: str, words: Words, start: int, end: int, at: int) -> int | None:
    """The last year of the period a list of targets is set for, said once before its items.

    The period is in the sentence of the cue that opens the list, up to the colon after it
    ("Nhiệm kỳ 2025 - 2030, phường đề ra các chỉ tiêu chủ yếu: …"), or in a heading line that
    holds no value ("CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020 - 2025").
    """
    since = fold.rfind(". ", start, at) + 1 or start
    colon = fold.find(":", at, end)
    stop = colon if colon >= 0 else end
    found = None
    for pos in words.starts(PERIOD_WORDS, since, stop):
        found = PERIOD_RE.match(fold, pos, stop) or found  # the last one
    if found is None or (colon < 0 and DIGIT_RE.search(fold, found.end(), end)):
        return None
    return int(found["b"])


def _wrapped(fold: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i`` breaks off a sentence that the next line goes on with.

    It ends with no stop, and the next line starts in lower case or with a digit:
    "… tốc độ tăng năng" / "suất lao động xã hội bình quân trên 6,5%/năm; …".
    """
    if i + 1 == len(lines):
        return False
    start, end = lines[i]
    while end > start and fold[end - 1].isspace():
        end -= 1
    if end == start or fold[end - 1] in ".!?:;…":
        return False
    at, stop = lines[i + 1]
    while at < stop and fold[at].isspace():
        at += 1
    return at < stop and (fold[at].islower() or fold[at].isdigit())


def _names_target(words: Words, start: int, target: TargetMention) -> bool:
    """Whether a clause among results restates a target: "mục tiêu" before a bounded value.

    "… góp phần hoàn thành mục tiêu hằng năm kết nạp đảng viên đạt từ 3% trở lên" gives the
    target, not a result; a value without a bound ("mục tiêu giảm nghèo đạt 2,1%") and the
    national target programmes ("chương trình mục tiêu quốc gia") stay results.
    """
    if target.qualifier is TargetQualifier.EXACT:
        return False
    at = words.low.find("mục tiêu", start, target.value_span[0])
    return at >= 0 and not words.low.endswith("chương trình ", max(0, at - 13), at)


def _compares_only(fold: str, start: int, end: int) -> bool:
    """Whether an item only compares the value before it: "…: 100%; tăng 9% so với năm 2015".

    A comparison that opens the item, before a comma, is its baseline, not the whole item:
    "So với năm 2010, năm 2015 vốn chủ sở hữu … tăng 74,3%" names its indicator after it.
    """
    if COMPARED_RE.search(fold, start, end) is None:
        return False
    lead = COMPARED_RE.match(fold, start + len(fold[start:end]) - len(fold[start:end].lstrip()))
    if lead is not None:
        comma = fold.find(", ", lead.end(), end)
        if comma >= 0 and not fold[comma + 2 : comma + 3].isdigit():
            start = comma + 2
    return changes_only(fold, start, end, bare=False)


def _of_total(target: TargetMention) -> None:
    """A new target "4/4 trường", "3/4 trường học" is so many of a total: the value is the first.

    "a/b" among results is the result over its target ("45.799/36.875 tỷ đồng"); among new
    targets a count no larger than its total counts the part to reach.
    """
    part, total = target.achieved, target.value
    if part is not None and not target.unit.startswith("%") and part.high <= total.low:
        target.value, target.achieved = part, None


def _share_qualifier(
    low: str, start: int, target: TargetMention, previous: TargetMention | None
) -> None:
    """Give a value right after "và", with no qualifier of its own, that of the value before it.

    "ít nhất 35 triệu lượt khách quốc tế và 120 triệu lượt khách nội địa": both at least.
    """
    if (
        previous is not None
        and target.qualifier is TargetQualifier.EXACT
        and previous.qualifier is not TargetQualifier.EXACT
        and target.value_span[0] == start
        and low.endswith("và ", max(0, start - 4), start)
    ):
        target.qualifier = previous.qualifier


def _found(
    pattern: re.Pattern[str], firsts: tuple[str, ...], words: Words, fold: str, start: int, end: int
) -> bool:
    """``pattern.search(fold, start, end)``, tried only where one of its ``firsts`` words is."""
    offsets = words.near(firsts, start, end)
    return bool(offsets) and search_at(pattern, fold, offsets, end) is not None
