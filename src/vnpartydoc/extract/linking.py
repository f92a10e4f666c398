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
(:func:`~vnpartydoc.extract.sessions.sessions_over_range`). A date given a role
is not read again for another congress. A missing year comes from the text's dateline (a
national congress's only when it is the year the congress met), else from the congress term
(printed, or a national congress's), else from the nearest dated mention, and is flagged.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from vnpartydoc.extract.about import sentences_about, subject_sentences, unnumbered_about
from vnpartydoc.extract.dates import DateMention, resolve
from vnpartydoc.extract.lexicon import national_congress_years
from vnpartydoc.extract.sessions import (
    DATELINE_RE,
    Vote,
    held,
    opens_with_date,
    roles,
    sessions_over_range,
)
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
    local = [key for key in groups if key[0] != org_key(None, None, True)]
    used = set(cited_dates)
    read: dict[Key, tuple[Term | None, dict[str, list[Vote]], tuple[str, int, int] | None]] = {}
    for key, mentions in groups.items():
        term, found = term_of(page.raw, key, terms[key], mentions)
        issues += found
        votes: dict[str, list[Vote]] = {}
        place = None
        about = sentences_about(page.fold, sentences, mentions, starts)
        about += unnumbered_about(page, sentences, org_spans.get(key[0], ()), starts, terms[key])
        more = local == [key]
        wanted: frozenset[str] | None = None  # every role
        while about:
            for start, end in sorted(set(about)):
                if not held(page, start, end) and not opens_with_date(
                    page, dates, mentions, start, end
                ):
                    continue
                for role, vote in roles(page, dates, used, mentions, start, end, starts):
                    if wanted is None or role in wanted or (vote[0] == 2 and not vote[2].last):
                        votes.setdefault(role, []).append(vote)
                        used.add(vote[1])
                if place is None:
                    place = place_in(page, start, end, mentions, starts)
            about = []
            if more and not votes.keys() >= _ROLES:  # the page's only local congress
                more = False
                if "opened" not in votes or "closed" not in votes:
                    about = subject_sentences(page, sentences, starts, terms[key])
                elif "trù bị" in page.low or "trụ bị" in page.low:
                    about = subject_sentences(page, sentences, starts, terms[key])
                    wanted = _PREP_ONLY  # its days are known: its named sessions only
        read[key] = (term, sessions_over_range(_in_its_year(key, votes)), place)
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


_ROLES = frozenset({"prep", "opened", "closed"})
_PREP_ONLY = frozenset({"prep"})


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


def _in_year(key: Key, year: int) -> bool:
    """Whether a congress may have met in ``year``: a national one only in its own."""
    if key[0] != org_key(None, None, True):
        return True
    return national_congress_years().get(key[1], year) == year


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
