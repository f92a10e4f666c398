"""Stage 3, mentions: where the values of a line are new targets and where results.

Targets are read only where the text sets them ("các chỉ tiêu chủ yếu", "đề ra 18 chỉ tiêu",
"phấn đấu", "mục tiêu cụ thể": :data:`TARGET_ANCHOR_RE`). Results already reached are told
apart from new targets by the last cue before them: a result cue ("nhiệm kỳ qua", "5 năm qua",
"đạt và vượt các chỉ tiêu", "hoàn thành các chỉ tiêu", "đạt được kết quả", "thành tựu":
:data:`RESULT_CUE_RE`) turns the values after it to results, a target anchor turns them back
to targets. A clause that opens with a past term ("Nhiệm kỳ 2015 - 2020, …") turns to results,
one that opens with a coming period to targets (:func:`find_periods`). Past and coming are told
by the text's own year (:func:`~vnpartydoc.extract.dates.own_year`: the latest day it prints,
not a cited document's nor a deadline's), else by the other periods the text names. Whether a
target anchor tells of targets reached is :func:`~vnpartydoc.extract.reached.anchor_reached`.
A deadline after the text's year ("… đến năm 2030 đạt 95 triệu đồng" in a text of 2025) makes
its item a target; one that opens
a clause and is not after it ("Đến năm 2020, …" in a text of 2020) turns to results
(:func:`deadline_cues`). :func:`line_switches` lists the turns of one line, in order.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vnpartydoc.extract.reached import anchor_reached
from vnpartydoc.extract.scan import digit_runs, search_at

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vnpartydoc.extract.scan import Words

__all__ = [
    "ANCHOR_NEEDS",
    "DEADLINE_WORDS",
    "PERIOD_RE",
    "PERIOD_WORDS",
    "RESULT_NEEDS",
    "TARGET_ANCHOR_RE",
    "Opening",
    "Switch",
    "deadline_cues",
    "find_periods",
    "line_switches",
]

TARGET_ANCHOR_RE = re.compile(
    r"(?i:chỉ\s+tiêu\s+(?:chủ\s+yếu|cụ\s+thể|chính|sau|như\s+sau)|các\s+chỉ\s+tiêu"
    r"|(?<![/\d])(?<!/\s)\d+\s+(?:nhóm\s+)?chỉ\s+tiêu(?!\s+đạt)|chỉ\s+tiêu(?=\s*:)"
    r"|mục\s+tiêu\s+cụ\s+thể|mục\s+tiêu\s+(?:đến|tới)\s+năm\s+\d{4}"
    r"|phấn\s+đấu"
    r"|(?:(?<=đặt\s)|(?<=với\s)|(?<=qua\s))(?<!so\svới\s)(?:mục|chỉ)\s+tiêu"
    r"(?!\s+(?:tổng\s+quát|chung|quốc\s+gia|chủ\s+yếu|cụ\s+thể|đề\s+ra|nghị\s+quyết|kế\s+hoạch))"
    r"(?=\s+[^\W\d]))"
)
LIST_HEADING_RE = re.compile(
    r"\s*(?:(?:[IVX]{1,4}|\d{1,2})\s*[.\-\u2013)]\s*)?(?i:phương\s+hướng\s*,\s*)?(?i:mục\s+tiêu)"
    r"\s*,\s*(?i:nhiệm\s+vụ)(?:\s+(?i:chủ\s+yếu))?\s+(?:(?i:(?:đến|tới)\s+năm)\s+\d{4}"
    r"|(?i:nhiệm\s+kỳ|giai\s+đoạn)\s*\d{4}\s*[-\u2013]\s*\d{4})\s*:?\s*$"
)
"""A heading line over a list of targets: "I. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ
2015- 2020:", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2020". In running prose the same words
name the directions a congress adopts and set nothing."""
_HEADING_LONGEST = 160
"""Longer lines are no headings."""
# Lower-case words (or signs) the patterns can start with, besides a run of digits.
_ANCHOR_WORDS = ("chỉ", "các", "mục", "phấn")  # TARGET_ANCHOR_RE
ANCHOR_NEEDS = ("tiêu", "phấn")  # every TARGET_ANCHOR_RE form has one


RESULT_CUE_RE = re.compile(
    r"(?i:nhiệm\s+kỳ\s+(?:vừa\s+)?qua|(?:5|năm|những)\s+năm\s+qua|thành\s+tựu"
    r"|đạt\s+(?:được\s+)?(?:nhiều\s+)?kết\s+quả|kết\s+quả\s*[,:]"
    r"|(?:đạt\s+và\s+vượt|hoàn\s+thành(?:\s+toàn\s+diện|\s+tốt)?|thực\s+hiện\s+(?:đạt|thắng\s+lợi))"
    r"(?:\s+(?:hầu\s+hết|phần\s+lớn|nhiều))?(?:\s+các)?\s+(?:chỉ\s+tiêu|mục\s+tiêu)"
    r"(?:\s+chủ\s+yếu)?(?:\s+của)?\s+(?:nghị\s+quyết|kế\s+hoạch|đại\s+hội|đề\s+ra)"
    r"|đạt\s*(?:,|\s+và)\s*vượt\s+kế\s+hoạch|đạt\s+(?:được\s+)?nhiều\s+chỉ\s+tiêu"
    r"|tháng\s+(?:đầu\s+năm(?:\s+\d{4})?\s*,|(?:đầu\s+)?năm\s+(?:19|20)\d\d(?!\s*[-\u2013]))"
    r"|từ\s+đầu\s+(?:năm|nhiệm\s+kỳ)(?:\s+(?:đến|tới)\s+nay)?|(?:đến|tới)\s+nay"
    r"|(?P<inner>ước\s+(?:đạt|tính|thực\s+hiện)|đã\s+(?:xét\s+)?kết\s+nạp|kết\s+nạp\s+được)"
    r"|(?P<after>vượt\s+(?:các\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)"
    r"|(?:đạt|bằng)\s+[\d.,]+\s*%\s*(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|nghị\s+quyết))"
    r"|(?P<since>năm\s+(?:thực\s+hiện|triển\s+khai)))"
)
"""Where the values that follow are results already reached, not new targets. "năm thực hiện"
is one only after "sau 5" or "qua 5" (SINCE_RE): "Sau 5 năm thực hiện Nghị quyết, …". A report
of the year so far is one too: "9 tháng năm 2018", "Từ đầu năm đến nay", "Đến nay", an
estimate ("ước đạt") and members admitted ("đã kết nạp", "kết nạp được"); these ``inner`` cues
stand after the indicator, so the turn is at the start of their clause. A value said to exceed
its target or plan ("đạt 65 triệu đồng, vượt chỉ tiêu Nghị quyết") is a result: these ``after``
cues turn the item they close, when they follow its value after a comma ("đạt và vượt chỉ tiêu
giảm hộ nghèo" and "đạt 100% chỉ tiêu" are common targets); so is its share of the plan reached
("thu ngân sách ước đạt 106,8 tỷ đồng, đạt 108,64% kế hoạch")."""
PLAN_BEFORE_RE = re.compile(r"(?i:kế\s+hoạch\s+năm|dự\s+kiến|phấn\s+đấu|mục\s+tiêu)")
"""Before an inner cue in its item, words that make the item a plan: "ước đạt" there is the
value planned, not one reached."""
SINCE_RE = re.compile(r"(?i:sau|qua)\s+(?:\d{1,2}|(?i:năm|mười))\s+$")
RESULT_NEEDS = (
    "kỳ qua", "kỳ vừa qua", "năm qua", "thành tựu", "kết quả", "và vượt", "hoàn thành",
    "thắng lợi", "thực hiện đạt", "vượt kế hoạch", "nhiều chỉ tiêu",
    "năm thực hiện", "năm triển khai", "tháng năm", "đầu năm", "đến nay", "ước đạt", "kết nạp",
    "vượt chỉ", "% kế hoạch", "% dự toán", "% chỉ tiêu", "% nghị quyết", "% so với",
)  # fmt: skip
"""One of these is in every RESULT_CUE_RE form but the rarest ("ước tính", "vượt mục tiêu",
"tới nay"), which are read where another is near: each word costs a search of the page."""
_RESULT_FIRSTS = (
    "nhiệm", "5", "năm", "những", "thành", "đạt", "kết", "hoàn", "thực", "tháng", "từ", "đã",
    "bằng",
)  # fmt: skip
"""The words a RESULT_CUE_RE form starts with, when its word of RESULT_NEEDS comes later in it
("từ đầu năm", "đã kết nạp"); a form that starts with that word ("đến nay", "ước đạt", "vượt
chỉ tiêu") is tried where the word is."""
PERIOD_RE = re.compile(
    r"(?i:nhiệm\s+kỳ|giai\s+đoạn)\s*\(?\s*(?P<a>(?:19|20)\d\d)\s*[-\u2013\u2014]\s*(?P<b>(?:19|20)\d\d)"
    r"(?P<comma>\s*\)?\s*,)?"
)
"""A term or period with its years: "nhiệm kỳ 2020 - 2025", "giai đoạn 2026-2030"; with a comma
after it, it may open a clause ("Nhiệm kỳ 2015 - 2020, …", "Giai đoạn 2026 - 2030, …")."""
IN_BEFORE_RE = re.compile(r"(?i:trong)$")
PERIOD_WORDS = ("nhiệm kỳ", "giai đoạn")  # PERIOD_RE, as the page's index spells them


def _anchor(fold: str, words: Words, start: int, end: int) -> re.Match[str] | None:
    """``TARGET_ANCHOR_RE.search(fold, start, end)``: each form has "tiêu" or "phấn"."""
    if not words.starts(ANCHOR_NEEDS, start, end):
        return None
    offsets = sorted({*words.near(_ANCHOR_WORDS, start, end), *digit_runs(fold, start, end)})
    return search_at(TARGET_ANCHOR_RE, fold, offsets, end)


Switch = tuple[int, bool, bool]
"""Where a line turns (offset), to results (True) or targets (False), and whether the item
starts there (False for a cue inside the item: "ước đạt", ", vượt chỉ tiêu")."""
Opening = tuple[int, int, bool]
"""A clause that opens with a period or a deadline: (start, end of the cue, whether results
follow: True after a past one, False after a coming one)."""
DEADLINE_AT_RE = re.compile(
    r"(?i:đến|tới)\s+năm\s+(?P<year>(?:19|20)\d\d)(?!\s*[-\u2013\u2014]\s*\d)(?P<comma>\s*,)?"
)
"""A deadline: "đến năm 2030", "tới năm 2025," (not the start of a period "đến năm 2020-2025")."""
DEADLINE_WORDS = ("đến năm", "tới năm")  # DEADLINE_AT_RE, as the page's index spells them


def find_periods(
    fold: str,
    words: Words,
    lines: list[tuple[int, int]],
    year: int | None = None,
    floor: int | None = None,
) -> dict[int, list[Opening]]:
    """The clauses that open with a past or a coming period, by line.

    With the text's own ``year`` known, a period that ends by it is past ("Nhiệm kỳ 2015 -
    2020, …" in a text of 2020) and one that starts from it is coming ("Giai đoạn 2026 - 2030,
    …" in a text of 2025). A year the text is not before (``floor``) tells past periods only.
    Otherwise, or for a period around that year, the periods the text names decide: those that
    end before the latest one are past, the latest is coming; a period named alone decides
    nothing.
    """
    floor = year if floor is None else floor
    ends: set[int] = set()
    found: list[tuple[int, int, int, int, int]] = []
    for i in words.lines_with(PERIOD_WORDS, lines):
        start, end = lines[i]
        for pos in words.starts(PERIOD_WORDS, start, end):
            match = PERIOD_RE.match(fold, pos, end)
            if match is None:
                continue
            ends.add(int(match["b"]))
            if match["comma"] and _opens_clause(fold, start, pos):
                found.append((i, pos, match.end(), int(match["a"]), int(match["b"])))
    latest = max(ends, default=0)
    earlier = max((e for e in ends if e < latest), default=None)
    openings: dict[int, list[Opening]] = {}
    for i, pos, cue_end, first, last in found:
        if floor is not None and last <= floor:
            past = True
        elif year is not None and first >= year:
            past = False
        elif earlier is not None and last <= earlier:
            past = True
        elif earlier is not None and last == latest:
            past = False
        else:
            continue
        openings.setdefault(i, []).append((pos, cue_end, past))
    if floor is not None:
        _dated_openings(fold, lines, floor, openings, coming=year is not None)
    return openings


DATED_RE = re.compile(
    r"(?:(?i:trong)\s+)?(?:"
    r"(?:(?i:từ)\s+)?(?i:năm)\s+(?:19|20)\d\d\s*[-\u2013]\s*(?P<last>(?:19|20)\d\d)\s*,"
    r"|(?i:năm)\s+(?P<year>(?:19|20)\d\d)\s*,"
    r"|(?i:từ)\s+(?i:tháng|năm)\s+(?:\d{1,2}\s*/\s*)?(?:19|20)\d\d\s+(?i:đến|tới)\s+"
    r"(?:(?i:tháng|năm)\s+)?(?:\d{1,2}\s*/\s*)?(?P<end>(?:19|20)\d\d)\s*,"
    r")"
)
"""A year or a span of months or years that may open a clause: "Năm 2024, …", "Từ năm
2020-2024, …", "Từ tháng 6/2020 đến 3/2025, …"."""
_DATED_FIRSTS = ("Năm", "năm", "Từ", "từ", "Trong", "trong")
"""The words a DATED_RE form (after "Trong", perhaps) starts with."""


def _clause_starts(fold: str, start: int, end: int) -> list[int]:
    """Where the clauses of a line start: at its start and after each ". ", "; " and ": "."""
    out = [start]
    for sep in (". ", "; ", ": "):
        at = fold.find(sep, start, end)
        while at >= 0:
            out.append(at + 2)
            at = fold.find(sep, at + 2, end)
    return out


def _dated_openings(
    fold: str,
    lines: list[tuple[int, int]],
    year: int,
    openings: dict[int, list[Opening]],
    *,
    coming: bool,
) -> None:
    """Add to ``openings`` the clauses that open with a year other than the text's own.

    A year before it is followed by results ("Năm 2024, Bệnh viện … khám sàng lọc cho hơn
    10.000 người dân" in a text of 2025), one after it by targets, and a span that ends by it
    ("Từ tháng 6/2020 đến 3/2025, …") by results. The text's own year tells nothing: a plan
    or a report of that year. Without ``coming``, ``year`` is one the text is not before, and
    a later year tells nothing either.
    """
    for i, (start, end) in enumerate(lines):
        for pos in _clause_starts(fold, start, end):
            if not fold.startswith(_DATED_FIRSTS, pos):
                continue  # most clauses
            match = DATED_RE.match(fold, pos, end)
            if match is None:
                continue
            last = match["end"] or match["last"]
            if last:
                past = int(last) <= year
            elif int(match["year"]) != year:
                past = int(match["year"]) < year
            else:
                continue
            if past or (coming and not last):
                openings.setdefault(i, []).append((pos, match.end(), past))
        if i in openings:
            openings[i].sort()


def _opens_clause(fold: str, start: int, at: int) -> bool:
    """Whether ``at`` opens a clause (after "Trong", perhaps), not one inside a clause.

    "Đại hội … nhiệm kỳ 2020 - 2025, …" names a congress; it does not open a clause.
    """
    before = fold[start:at].rstrip()
    if IN_BEFORE_RE.search(before):  # "Trong nhiệm kỳ 2020 - 2025, …"
        before = before[:-5].rstrip()
    return not before or before[-1] in ".;:"


def deadline_cues(
    fold: str,
    words: Words,
    start: int,
    end: int,
    year: int | None,
    *,
    results: bool = False,
    floor: int | None = None,
) -> list[tuple[int, Switch]]:
    """The turns the deadlines of a line make: (where the deadline is, the turn).

    A deadline after the text's own ``year`` turns its item to targets from the item's start:
    "Tổng kim ngạch xuất khẩu đến năm 2020 đạt 530 triệu USD" in a text of 2015. One that is
    not after it turns to results only when it opens a clause ("Đến năm 2020, toàn tỉnh có
    50 % xã đạt chuẩn" in a text of 2020), as a past term does. When the year is not known, a
    deadline turns to targets only outside results: not in a line that goes on with results
    (``results``), nor after a result cue in its line ("5 năm qua, … GRDP bình quân đầu người
    đến năm 2020 khoảng 5.300 USD" reports a result). A year the text is not before
    (``floor``) tells the clauses of results only.
    """
    floor = year if floor is None else floor
    out: list[tuple[int, Switch]] = []
    for pos in words.starts(DEADLINE_WORDS, start, end):
        match = DEADLINE_AT_RE.match(fold, pos, end)
        if match is None:
            continue
        deadline = int(match["year"])
        if floor is not None and deadline <= floor:
            if match["comma"] and _opens_clause(fold, start, pos):
                out.append((pos, (match.end(), True, True)))
        elif (year is None and not results) or (year is not None and deadline > year):
            out.append((pos, (_item_start(fold, start, pos), False, False)))
    return out


def line_switches(
    fold: str,
    words: Words,
    start: int,
    end: int,
    *,
    cued: bool,
    anchored: bool,
    period_cues: list[Opening],
    deadlines: Sequence[tuple[int, Switch]] = (),
    weak: bool = False,
) -> list[Switch]:
    """Where the line turns to results (True) or to targets (False), by cue end, in order.

    An inner cue ("ước đạt") turns its whole clause, from the clause's start; it does not cut
    the item there.

    A target anchor inside a result cue ("đạt và vượt các chỉ tiêu") is part of the cue.
    ``period_cues`` (see :func:`find_periods`): a clause opening with a past term turns to
    results, one opening with a coming period to targets. ``deadlines`` (see
    :func:`deadline_cues`) turn where they say, unless they are part of a result cue, or
    they are ``weak`` (the text's year is not known) and a result cue comes before them.
    """
    cues: list[tuple[int, int]] = []
    turns: list[tuple[int, bool]] = []
    needs = words.starts(RESULT_NEEDS, start, end) if cued else []
    places = sorted({*words.near(_RESULT_FIRSTS, start, end), *needs}) if needs else []
    j, last = 0, len(needs)
    for pos in places:  # few lines have any
        while j < last and needs[j] < pos:
            j += 1
        if j == last:
            break  # no word of RESULT_NEEDS after here: no cue either
        if (cues and pos < cues[-1][1]) or needs[j] - pos > 60:
            continue  # a cue holds one of RESULT_NEEDS within its first words
        match = RESULT_CUE_RE.match(fold, pos, end)
        if match is not None and (
            not match["since"] or SINCE_RE.search(fold, max(start, pos - 12), pos) is not None
        ):
            cues.append((pos, match.end()))
            if match["inner"]:
                if PLAN_BEFORE_RE.search(fold, _item_start(fold, start, pos), pos) is not None:
                    cues.pop()  # "Kế hoạch năm 2023, … dự kiến … doanh thu ước đạt …": a plan
                    continue
                turns.append((_clause_start(fold, start, pos), False))
            elif match["after"]:
                if not _after_value(fold, start, pos):
                    cues.pop()  # "đạt và vượt chỉ tiêu giảm hộ nghèo" is itself a target
                    continue
                turns.append((_item_start(fold, start, pos), False))
            else:
                turns.append((match.end(), True))
    out = [(b, True, moves) for b, moves in turns]
    if period_cues:
        for a, b, turn in period_cues:
            if not any(x <= a < y for x, y in cues):
                out.append((b, turn, True))
                if turn:
                    cues.append((a, b))
    for at, switch in deadlines:
        if not any(x <= at < y for x, y in cues) and not (weak and any(x < at for x, _ in cues)):
            out.append(switch)
    if anchored and end - start <= _HEADING_LONGEST:
        heading = LIST_HEADING_RE.match(fold, start, end)
        if heading is not None:
            out.append((heading.end(), False, True))
    pos = start
    while anchored and pos < end:
        anchor = _anchor(fold, words, pos, end)
        if anchor is None:
            break
        if not any(a <= anchor.start() < b for a, b in cues):
            reached = anchor_reached(fold, start, end, anchor)
            out.append((anchor.end(), reached, True))
            if reached:
                cues.append((anchor.start(), anchor.end()))
            if not cues:
                break  # without a result cue only the first anchor matters
        pos = anchor.end()
    return sorted(out)


def _clause_start(fold: str, start: int, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last ", ", "; ", ": " or ". " before it."""
    cut = max(fold.rfind(sep, start, at) for sep in (", ", "; ", ": ", ". "))
    return start if cut < 0 else cut + 2


def _item_start(fold: str, start: int, at: int) -> int:
    """Where the item holding ``at`` starts: after the last "; ", ": " or ". " before it."""
    cut = max(fold.rfind(sep, start, at) for sep in ("; ", ": ", ". "))
    return start if cut < 0 else cut + 2


def _after_value(fold: str, start: int, at: int) -> bool:
    """Whether ``at`` follows a comma that closes a clause with a digit: "… 65 triệu đồng, "."""
    before = fold[max(start, at - 80) : at].rstrip()
    return before.endswith(",") and any(c.isdigit() for c in before[-40:])
