"""Stage 3: mentions. Everything the page names, found line by line, before it is interpreted.

Input: the cleaned page (:class:`~vnpartydoc.extract.clean.CleanText`) and its
:class:`~vnpartydoc.extract.layout.Layout`. Output: :class:`Mentions`, made once and then only
read. Each kind of mention has its own module:

- dates: :mod:`~vnpartydoc.extract.dates`;
- document citations ("Nghị quyết số 18-NQ/TW"): :mod:`~vnpartydoc.extract.citations`;
- organisations, and the clues that give an unnamed locality: :mod:`~vnpartydoc.extract.orgs`;
- congresses: :mod:`~vnpartydoc.extract.congress`;
- people with their titles: :mod:`~vnpartydoc.extract.people` (titles:
  :mod:`~vnpartydoc.extract.titles`);
- the general goal: :mod:`~vnpartydoc.extract.goals`; targets and results:
  :mod:`~vnpartydoc.extract.targets` (values: :mod:`~vnpartydoc.extract.quantities`);
- numbered points: :mod:`~vnpartydoc.extract.points`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vnpartydoc.extract.citations import Citation, find_citations, metadata_citations
from vnpartydoc.extract.congress import CONGRESS_WORDS, CongressMention, find_congresses
from vnpartydoc.extract.credits import credit_line, find_credits
from vnpartydoc.extract.dates import DateMention, find_dates, own_year
from vnpartydoc.extract.goals import GoalMention, find_goal
from vnpartydoc.extract.layout import PLACE_DATE_RE
from vnpartydoc.extract.orgs import OrgRef, find_orgs
from vnpartydoc.extract.people import PersonMention, find_people
from vnpartydoc.extract.placeclues import PlaceClues
from vnpartydoc.extract.points import PointMention, find_points
from vnpartydoc.extract.targets import TargetMention, find_targets

if TYPE_CHECKING:
    from vnpartydoc.extract.clean import CleanText, Line
    from vnpartydoc.extract.layout import Layout

__all__ = ["Mentions", "find_mentions"]

STAMPS = frozenset({"timestamp", "number"})
"""Reasons :mod:`~vnpartydoc.extract.clean` sets aside a line for that mark a time stamp."""


@dataclass(frozen=True)
class Mentions:
    """What a page names, in page order; not changed once found (frozen)."""

    dates: list[DateMention]
    citations: list[Citation]
    cited_dates: set[int]
    """Starts of the dates that belong to a citation ("ban hành ngày 25/10/2017")."""
    places: PlaceClues
    """Organisations named on the page, and the clues for a locality left unnamed."""
    congresses: list[CongressMention]
    people: list[PersonMention]
    goal: GoalMention | None
    targets: list[TargetMention]
    points: list[PointMention]


def find_mentions(page: CleanText, layout: Layout, lines: list[Line] | None = None) -> Mentions:
    """Find every mention on the content lines of ``page`` (and the title, for congresses).

    ``lines``: ``layout.content``, when the caller has it (it is sorted at each call).
    """
    lines = layout.content if lines is None else lines
    fold, raw, words = page.fold, page.raw, page.words
    dates: list[DateMention] = []
    citations: list[Citation] = []
    for line in lines:
        dates.extend(find_dates(fold, start=line.start, end=line.end, words=words))
        citations.extend(find_citations(fold, line.start, line.end, words))
    if words.has_near("hiệu:", 0, len(fold)):  # "Số hiệu:" of a metadata table, also in a menu
        table = metadata_citations(fold, page.kept)
        spans = [(c.start, c.end) for c in table]
        citations = [c for c in citations if not any(a <= c.start < b for a, b in spans)]
        citations = sorted(citations + table, key=lambda c: c.start)
    cited_dates: set[int] = set()
    for citation in citations:
        if citation.date_span is not None:
            cited_dates.update(
                m.start for m in dates if m.start <= citation.date_span[0] < m.end + 5
            )
    places = _places(page, layout, lines)
    congresses: list[CongressMention] = []
    spans = [(line.start, line.end) for line in lines]
    for i in words.lines_with(CONGRESS_WORDS, spans):  # lines with "đại", as in "Đại hội"
        congresses.extend(find_congresses(fold, spans[i][0], spans[i][1], words))
    title = layout.title
    if title is not None and title not in lines:
        congresses.extend(find_congresses(fold, title.start, title.end, words))
    people: list[PersonMention] = []
    for line in lines:
        people.extend(find_people(raw, fold, line.start, line.end))
    for line, reason in page.ignored:
        # "Ông A - Bí thư Tỉnh ủy. Ảnh: Hồng Đạt/TTXVN", "Theo: Thúy Hường": people are named
        if reason in {"caption", "source"}:
            people.extend(find_people(raw, fold, line.start, line.end))
    for line in layout.menu:  # "Thực hiện: A - B", "CTV X (…)" after the text, set apart
        if credit_line(fold, line.start, line.end):
            people.extend(find_credits(fold, line.start, line.end))
    goal = find_goal(raw, fold, spans, words, title=(title.start, title.end) if title else None)
    held = [c.term for c in congresses if not c.reference]
    year, exact = own_year(fold, dates, cited_dates, held, _stamped(page))
    targets = find_targets(raw, fold, spans, words, year=year if exact else None, floor=year)
    body = [(ln.start, ln.end, ln.text, raw[ln.start : ln.end]) for ln in layout.body]
    head = None
    if title is not None and title not in layout.body:
        head = (title.start, title.end, fold[title.start : title.end], raw[title.start : title.end])
    points = find_points(body, title=head)
    return Mentions(
        dates, citations, cited_dates, places, congresses, people, goal, targets, points
    )


def _stamped(page: CleanText) -> list[DateMention]:
    """The dates of the first time stamp of the page that has any: its publication."""
    for line, reason in page.ignored:
        if reason in STAMPS and page.fold.find("/", line.start, line.end) >= 0:
            found = find_dates(page.fold, start=line.start, end=line.end, words=page.words)
            if found:
                return found
    return []


def _places(page: CleanText, layout: Layout, lines: list[Line]) -> PlaceClues:
    refs: list[OrgRef] = []
    for line in lines:
        refs.extend(find_orgs(page.fold, line.start, line.end, page.words))
    ranges = [(ln.start, ln.end) for ln in lines]
    if layout.title is not None:
        ranges.append((layout.title.start, layout.title.end))
    place = None
    for line in layout.header + layout.summary:
        match = PLACE_DATE_RE.search(page.fold, line.start, line.end)
        if match is not None:
            place = page.cut(match.start("place"), match.end("place"))
    return PlaceClues(refs, page.fold, ranges, layout.tag, place)
