"""Step 4b: give each congress its term, its dates (preparatory, opening, closing) and place.

Input: the page, its sentences and dates, and the mentions of each congress (grouped by
:mod:`~vnpartydoc.extract.discourse`). Output: a frozen
:class:`~vnpartydoc.extract.state.CongressDraft` per congress, and the issues raised, in order.

Dates are taken only from the sentences about the congress (:mod:`~vnpartydoc.extract.about`:
not "thực hiện Nghị quyết Đại hội …") where an event verb is present ("diễn ra", "khai mạc",
"bế mạc" …), or that open with a date and name the congress with no event word at all (a
headline-style lead: "Ngày 10 và 11-2, Đảng bộ … Đại hội lần thứ VIII"). A keyword
next to a date sets its role (in the date's own clause: not across a semicolon); a range gives
the opening and closing days, unless the named sessions (trù bị, khai mạc) disagree with it
(:func:`_sessions_over_range`). A date given a role
is not read again for another congress. A missing year comes from the text's dateline (a
national congress's only when it is the year the congress met), else from the congress term
(printed, or a national congress's), else from the nearest dated mention, and is flagged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from types import MappingProxyType
from typing import TYPE_CHECKING

from vnpartydoc.extract.about import sentences_about, subject_sentences, unnumbered_about
from vnpartydoc.extract.dates import DateMention, resolve
from vnpartydoc.extract.lexicon import national_congress_years
from vnpartydoc.extract.scan import finditer_at, literal_first
from vnpartydoc.extract.state import CongressDraft, issue_at, org_key
from vnpartydoc.extract.terms import Key, printed_terms, term_of
from vnpartydoc.extract.venues import place_in
from vnpartydoc.types import PartialDate, Term

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from vnpartydoc.errors import Issue
    from vnpartydoc.extract.clean import CleanText
    from vnpartydoc.extract.congress import CongressMention
    from vnpartydoc.extract.sentences import Sentences

__all__ = ["link", "year_for"]

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


def link(
    page: CleanText,
    sentences: Sentences,
    dates: Sequence[DateMention],
    cited_dates: set[int],
    groups: Mapping[Key, Sequence[CongressMention]],
    org_spans: Mapping[str, Sequence[tuple[int, int, str]]],
) -> tuple[dict[Key, CongressDraft], list[Issue]]:
    """Give every congress its term, dates and place.

    Args:
        page: The cleaned page.
        sentences: Its sentence bounds.
        dates: The dates on the page.
        cited_dates: Starts of the dates that belong to a citation (never a congress's).
        groups: The mentions of each congress, by (organisation id, ordinal).
        org_spans: Where each organisation is named in full, by id.

    Returns:
        A draft per congress, in the order of ``groups``, and the issues raised, in order.
    """
    issues: list[Issue] = []
    terms = printed_terms(page, sentences, groups)
    dateline = _dateline_year(page, sentences, dates, cited_dates)
    starts = sorted(m.start for mentions in groups.values() for m in mentions)
    used = set(cited_dates)
    read: dict[Key, tuple[Term | None, dict[str, list[Vote]], tuple[str, int, int] | None]] = {}
    for key, mentions in groups.items():
        term, found = term_of(page.raw, key, terms[key], mentions)
        issues += found
        votes: dict[str, list[Vote]] = {}
        place = None
        about = sentences_about(page.fold, sentences, mentions, starts)
        about += unnumbered_about(page, sentences, org_spans.get(key[0], ()), starts, terms[key])
        more = len(groups) == 1 and key[0] != org_key(None, None, True)
        while about:
            for start, end in sorted(set(about)):
                if not _held(page, start, end) and not _dateline(page, dates, mentions, start, end):
                    continue
                for role, vote in _roles(page, dates, used, mentions, start, end, starts):
                    votes.setdefault(role, []).append(vote)
                    used.add(vote[1])
                if place is None:
                    place = place_in(page, start, end, mentions, starts)
            about = []
            if more and ("opened" not in votes or "closed" not in votes):  # the page's only one
                about, more = subject_sentences(page, sentences, starts, terms[key]), False
        read[key] = (term, _sessions_over_range(_in_its_year(key, votes)), place)
    drafts = {}
    for key, mentions in groups.items():
        term, votes, place = read[key]
        if term is None and votes:
            term, found = _term_from_dates(page.raw, votes, mentions)
            issues += found
        year = dateline if dateline is not None and _in_year(key, dateline) else None
        resolved, found = _resolve_dates(page.raw, dates, votes, term, year)
        issues += found
        drafts[key] = CongressDraft(
            key[0], key[1], tuple(mentions), tuple(terms[key]), term,
            MappingProxyType(resolved),
            MappingProxyType({role: tuple(found) for role, found in votes.items()}), place,
        )  # fmt: skip
    return drafts, issues


def _in_its_year(key: Key, votes: dict[str, list[Vote]]) -> dict[str, list[Vote]]:
    """The dates read for a congress, a national one's only in the year it met.

    "tiến tới … Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, từ ngày 16/1/2020 đến
    13/3/2020, đã tổ chức thành công … 03 điểm đại hội": those days are not Congress XIII's
    (2021).
    """
    if key[0] != org_key(None, None, True) or key[1] not in national_congress_years():
        return votes
    year = national_congress_years()[key[1]]
    kept = {
        role: [v for v in found if not v[2].has_year or (v[2].last or v[2].first)[2] == year]
        for role, found in votes.items()
    }
    return {role: found for role, found in kept.items() if found}


def _sessions_over_range(votes: dict[str, list[Vote]]) -> dict[str, list[Vote]]:
    """The dates read for a congress, its named sessions' before a programme's range.

    "diễn ra từ ngày 22-24/9/2025. Ngày 23/9, Đại hội tiến hành phiên trù bị; ngày 24/9, khai
    mạc phiên chính thức": a range that starts before the preparatory session, or on a day that
    is neither the preparatory nor the opening session's, disagrees with the named sessions and
    is left out, both its days. A range from the preparatory day (the whole programme) gives the
    closing day, the named opening the opening; one from the day after the preparatory session
    ("phiên trù bị" 21/7, "phiên chính thức … trong 2 ngày 22 và 23/7") is the official sessions'.
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
            if v[1] not in left_out
            and not (role == "opened" and opening is not None and v[1] in from_prep)
        ]
        for role, found in votes.items()
    }
    return {role: found for role, found in kept.items() if found}


def _month_day(vote: Vote) -> tuple[int, int]:
    """The month and day of a vote's (first) date, in that order, to compare."""
    return vote[2].first[1], vote[2].first[0]


def _in_year(key: Key, year: int) -> bool:
    """Whether a congress may have met in ``year``: a national one only in its own."""
    if key[0] != org_key(None, None, True):
        return True
    return national_congress_years().get(key[1], year) == year


def _held(page: CleanText, start: int, end: int) -> bool:
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


def _dateline(
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


def _roles(
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


def year_for(
    dates: Sequence[DateMention], pos: int, term: Term | None, dateline: int | None = None
) -> tuple[int | None, str]:
    """A year for a date printed without one, and where it came from.

    The dateline's year first (the text's own date), then the term's first year (printed, or a
    national congress's), then the nearest date printed with a year, before ``pos`` if any.
    """
    if dateline is not None:
        return dateline, "the dateline"
    if term is not None:
        return term.start_year, f"the term {term}"
    dated = [d for d in dates if d.has_year]
    before = [d for d in dated if d.start < pos]
    pick = before[-1] if before else (dated[0] if dated else None)
    if pick is None:
        return None, ""
    year = (pick.last or pick.first)[2]
    return year, "a nearby date"


def _dateline_year(
    page: CleanText, sentences: Sentences, dates: Sequence[DateMention], cited: set[int]
) -> int | None:
    """The year of the text's dateline: its first date, when it opens its sentence.

    "(BBT) – Ngày 14/12/2019, Đảng bộ phường … tổ chức Đại hội …, nhiệm kỳ 2020 - 2025": the
    day a news text is about, printed before what happened on it.
    """
    if not dates or dates[0].start in cited or not dates[0].has_year:
        return None
    date = dates[0]
    start = sentences.around(date.start)[0]
    gap = DATELINE_RE.match(page.fold, start, date.start)
    if gap is None or gap.end() != date.start:
        return None
    return (date.last or date.first)[2]


def _resolve_dates(
    raw: str,
    dates: Sequence[DateMention],
    votes: dict[str, list[Vote]],
    term: Term | None,
    dateline: int | None,
) -> tuple[dict[str, tuple[PartialDate, DateMention]], list[Issue]]:
    """The date of each role: the best-voted one that exists, its year filled in if need be."""
    resolved: dict[str, tuple[PartialDate, DateMention]] = {}
    issues: list[Issue] = []
    for role, role_votes in votes.items():
        for _, _, mention in sorted(role_votes, key=lambda v: (-v[0], v[1])):
            picked, found = _pick(raw, dates, term, dateline, role, mention)
            issues += found
            if picked is not None:
                resolved[role] = (picked, mention)
                break
    return resolved, issues


def _pick(
    raw: str,
    dates: Sequence[DateMention],
    term: Term | None,
    dateline: int | None,
    role: str,
    mention: DateMention,
) -> tuple[PartialDate | None, list[Issue]]:
    """The day a date mention gives a role, or None (with the issue) if it gives none."""
    year = None
    issues = []
    if not mention.has_year:
        year, source = year_for(dates, mention.start, term, dateline)
        if year is None:
            message = "a congress date has no year and none can be inferred"
            return None, [issue_at("date_year_missing", message, raw, mention.start)]
        message = f"date printed without a year; {year} taken from {source}"
        issues.append(issue_at("date_year_inferred", message, raw, mention.start))
    found = resolve(mention, year)
    if found is None:
        message = "a congress date does not exist"
        return None, [*issues, issue_at("date_invalid", message, raw, mention.start)]
    first, last = found
    return (last if role == "closed" and last is not None else first), issues


FIVE_YEAR_TERMS_SINCE = 1986
"""The first year of the five-year terms (the VI national congress): an older congress's term
is not five years from its date ("Đại hội lần thứ II … ngày 14-4-1938")."""


def _term_from_dates(
    raw: str, votes: dict[str, list[Vote]], mentions: Sequence[CongressMention]
) -> tuple[Term | None, list[Issue]]:
    """A five-year term from the first date with a year read for the congress, flagged."""
    dated = [v for vs in votes.values() for v in vs if v[2].has_year]
    if not dated:
        return None, []
    date = dated[0][2]
    year = (date.last or date.first)[2]
    assert year is not None
    if year < FIVE_YEAR_TERMS_SINCE:
        return None, []
    term = Term(year, year + 5)
    message = f"the congress term is not printed; {term} inferred from its date"
    return term, [issue_at("term_inferred", message, raw, mentions[0].start)]
