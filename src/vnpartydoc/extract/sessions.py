"""Step 4b: which dates of a sentence are a congress's days, and in which role.

:mod:`~vnpartydoc.extract.linking` asks, for each sentence about a congress, whether it says
the congress is held (:func:`held`: an event word, "diễn ra", "khai mạc" …, that no noun makes a
topic) or opens with a date in headline style (:func:`opens_with_date`), then reads its dates
with their roles (:func:`roles`: "trù bị" → ``prep``, "khai mạc" → ``opened``, "bế mạc" →
``closed``; a range gives both ends), and drops a programme's range where the named sessions
disagree with it (:func:`sessions_over_range`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from vnpartydoc.extract.dates import DateMention
from vnpartydoc.extract.scan import finditer_at, literal_first

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vnpartydoc.extract.clean import CleanText
    from vnpartydoc.extract.congress import CongressMention

__all__ = [
    "DATELINE_RE",
    "Vote",
    "held",
    "opens_with_date",
    "roles",
    "sessions_over_range",
]

EVENT_FORMS = (
    r"diễn\s+ra", r"tiến\s+hành", r"tổ\s+chức", r"khai\s+mạc", r"bế\s+mạc", r"họp",
    r"tr[ùụ]\s+bị", r"làm\s+việc", r"kết\s+thúc", r"triệu\s+tập", r"phiên\s+chính\s+thức",
    r"thành\s+công",
)  # fmt: skip
"""Words saying a congress is held; "triệu tập" (convened: "quyết định triệu tập Đại hội XIII từ
ngày 25-1 đến ngày 2-2-2021 tại Thủ đô Hà Nội") gives its days and place as well, "thành công"
(held: "Từ ngày 14 -17/10, tại …, Đại hội … đã thành công") too. "trụ bị" is a common slip."""
EVENT_RE = re.compile(f"(?i:{'|'.join(EVENT_FORMS)})")
EVENT_SCAN_RE = re.compile(literal_first(EVENT_FORMS))
"""EVENT_RE written so that re skips ahead to the words' first letters (same matches)."""
NOT_HELD_WORDS = ("thời gian", "công tác", "kế hoạch", "chuẩn bị", "chúc", "hoàn")
"""Before an event word, a word that makes it no event: "thông báo về dự kiến thời gian tổ
chức Đại hội", "công tác tổ chức Đại hội", "chúc Đại hội thành công", "hoàn thành công tác"."""
ACTIVITY_RE = re.compile(r"\s+(?i:bầu|thảo\s+luận|biểu\s+quyết|lấy\s+phiếu)")
"""After an event word, an activity of a congress in session ("đã tiến hành bầu trực tiếp Bí
thư"): that day is neither its first nor its last."""
ROLE_RES = (
    ("prep", re.compile(r"(?i:tr[ùụ]\s+bị)")),
    ("opened", re.compile(r"(?i:khai\s+mạc(?!\s+(?:phiên\s+)?(?:họp\s+)?tr[ùụ]\s+bị))")),
    # "khai mạc (phiên họp) trù bị" opens the preparatory session: its day is "prep"
    ("closed", re.compile(r"(?i:bế\s+mạc|kết\s+thúc|đến\s+(?:hết\s+)?ngày)")),
    # "dự kiến diễn ra đến ngày 10/7/2020": the last day ("từ … đến ngày …" is one range)
)
GOING_ON_RE = re.compile(r"(?i:tiếp\s+tục|ngày\s+làm\s+việc\s+thứ)")
"""A day in the middle of a congress ("tiếp tục ngày làm việc thứ 3"): neither its first nor
its last day unless a role word says so."""
# Lower-case words the patterns start with.
_ROLE_WORDS = {
    "prep": ("trù", "trụ"), "opened": ("khai",), "closed": ("bế", "kết", "đến"),
}  # ROLE_RES  # fmt: skip

Vote = tuple[int, int, DateMention]
"""A date read for a role: (2 when a role word or a range says so, else 1; its start; it)."""


def held(page: CleanText, start: int, end: int) -> bool:
    """Whether the sentence says a congress is held: an event word no noun makes a topic."""
    match = EVENT_SCAN_RE.search(page.fold, start, end)
    while match is not None:
        before = page.low[max(start, match.start() - 14) : match.start()].rstrip()
        if not before.endswith(NOT_HELD_WORDS) and not ACTIVITY_RE.match(page.fold, match.end()):
            return True
        match = EVENT_SCAN_RE.search(page.fold, match.end(), end)
    return False


DATELINE_RE = re.compile(
    r"\s*(?:\([^()\n]{1,16}\)\s*[-\u2013]?\s*)?(?:(?i:sáng|chiều|tối|trưa)\s+)?(?:(?i:ngày)\s+)?"
)
"""What may open a sentence before its date: a publication tag, a time of day, "ngày"."""


def opens_with_date(
    page: CleanText,
    dates: Sequence[DateMention],
    mentions: Sequence[CongressMention],
    start: int,
    end: int,
) -> bool:
    """Whether the sentence opens with a date and then names the congress, with no event word.

    "(BBNĐT) Ngày 10 và 11-2, Đảng bộ Văn phòng UBND tỉnh Đại hội lần thứ VIII, nhiệm kỳ
    2020-2025.": a news lead in headline style, "Đại hội" its verb; the date is the congress's.
    A sentence with an event word that :func:`_held` turned down ("thông báo về dự kiến thời
    gian tổ chức Đại hội", "hoàn thành công tác bầu") stays turned down.
    """
    i = bisect_left(dates, start, key=lambda d: d.start)
    if i == len(dates) or dates[i].start >= end:
        return False
    date = dates[i]
    if page.fold[date.end : date.end + 1] != "," or not any(
        date.end < m.start < end and not m.reference for m in mentions
    ):
        return False
    gap = DATELINE_RE.match(page.fold, start, date.start)
    if gap is None or gap.end() != date.start:
        return False
    return EVENT_SCAN_RE.search(page.fold, start, end) is None


def roles(
    page: CleanText,
    dates: Sequence[DateMention],
    used: set[int],
    own_mentions: Sequence[CongressMention],
    start: int,
    end: int,
    starts: list[int],
) -> list[tuple[str, Vote]]:
    """The dates of one sentence about a congress, each with its role, the role words' first.

    A date nearer another congress's mention, one already ``used``, or a day in the middle of
    the congress without a role word is left out.
    """
    fold, words = page.fold, page.words
    in_sentence = [d for d in dates if start <= d.start < end and d.start not in used]
    mentions = starts[bisect_left(starts, start) : bisect_left(starts, end)]
    own = [m.start for m in own_mentions if start <= m.start < end]
    out: list[tuple[str, Vote]] = []
    for i, date in enumerate(in_sentence):
        before = [m for m in mentions if m < date.start]
        owner = before[-1] if before else (mentions[0] if mentions else None)
        if own and owner not in own:
            continue
        lo = in_sentence[i - 1].end if i else start
        hi = in_sentence[i + 1].start if i + 1 < len(in_sentence) else end
        # a role word across a semicolon is another clause's ("phiên trù bị; ngày 24/9, khai mạc")
        lo = max(lo, fold.rfind(";", lo, date.start) + 1)
        semicolon = fold.find(";", date.end, hi)
        hi = hi if semicolon < 0 else semicolon
        role = None
        best = None
        for name, pattern in ROLE_RES:
            for match in finditer_at(pattern, fold, words.near(_ROLE_WORDS[name], lo, hi), hi):
                distance = min(abs(match.start() - date.end), abs(date.start - match.end()))
                if best is None or distance < best:
                    role, best = name, distance
        if role is None and GOING_ON_RE.search(fold, lo, hi) is not None:
            continue
        if date.last is not None and role != "prep":
            # a range names both days: as good as a role word
            out.extend((name, (2, date.start, date)) for name in ("opened", "closed"))
        else:
            out.append((role or "opened", (2 if role else 1, date.start, date)))
    return _last_day_closes(out)


def _last_day_closes(out: list[tuple[str, Vote]]) -> list[tuple[str, Vote]]:
    """Of days a sentence gives without role words, the last, if later, is the closing day.

    "bắt đầu từ chiều ngày 02/6/2020 và cả ngày 03/6/2020": the congress runs from one to the
    other, as "từ ngày 2 đến 3/6" says it.
    """
    bare = [i for i, (role, vote) in enumerate(out) if vote[0] == 1 and vote[2].last is None]
    if len(bare) < 2:
        return out
    first, last = out[bare[0]][1][2].first, out[bare[-1]][1][2].first
    if (last[2] or 0, last[1], last[0]) <= (first[2] or 0, first[1], first[0]):
        return out
    out = list(out)
    out[bare[-1]] = ("closed", out[bare[-1]][1])
    return out


def sessions_over_range(votes: dict[str, list[Vote]]) -> dict[str, list[Vote]]:
    """The dates read for a congress, its named sessions' before a programme's range.

    "diễn ra từ ngày 22-24/9/2025. Ngày 23/9, Đại hội tiến hành phiên trù bị; ngày 24/9, khai
    mạc phiên chính thức": a range that starts before the preparatory session, or on a day that
    is neither the preparatory nor the opening session's, disagrees with the named sessions and
    is left out, both its days. A range from the preparatory day (the whole programme) gives the
    closing day only: the opening is the named opening's, or none ("phiên làm việc thứ I (phiên
    trù bị)" 15/8, "diễn ra trong 2 ngày 15/8-16/8/2025"); one from the day after the
    preparatory session ("phiên trù bị" 21/7, "phiên chính thức … trong 2 ngày 22 và 23/7") is
    the official sessions'.
    """
    prep, opening = (
        min((v for v in votes.get(role, ()) if v[0] == 2 and v[2].last is None), default=None,
            key=lambda v: v[1])
        for role in ("prep", "opened")
    )  # fmt: skip
    ranges = [v for v in votes.get("opened", ()) if v[2].last is not None]
    if not ranges or (prep is None and opening is None):
        return votes
    day = _month_day
    left_out: set[int] = set()
    from_prep: set[int] = set()
    for vote in ranges:
        first = day(vote)
        if prep is not None and first == day(prep):
            from_prep.add(vote[1])
        elif (prep is not None and first < day(prep)) or (
            opening is not None and first != day(opening)
        ):
            left_out.add(vote[1])
    kept = {
        role: [
            v
            for v in found
            if v[1] not in left_out and not (role == "opened" and v[1] in from_prep)
        ]
        for role, found in votes.items()
    }
    return {role: found for role, found in kept.items() if found}


def _month_day(vote: Vote) -> tuple[int, int]:
    """The month and day of a vote's (first) date, in that order, to compare."""
    return vote[2].first[1], vote[2].first[0]
