"""The extraction pipeline: read the page step by step and gather what each step finds."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from vnpartydoc.codes import Severity, default_severity
from vnpartydoc.enums import BodyKind
from vnpartydoc.errors import Issue
from vnpartydoc.extract.citations import Citation, find_citations
from vnpartydoc.extract.clean import CleanText, clean
from vnpartydoc.extract.congress import (
    CONGRESS_WORDS,
    CongressMention,
    OrgRef,
    PlaceClues,
    find_congresses,
    find_orgs,
    resolve_locality,
)
from vnpartydoc.extract.dates import DateMention, find_dates, resolve
from vnpartydoc.extract.layout import Layout, read_layout
from vnpartydoc.extract.lexicon import UPPER, literal_first
from vnpartydoc.extract.people import PersonMention, find_people
from vnpartydoc.extract.points import PointMention, find_points
from vnpartydoc.extract.targets import GoalMention, TargetMention, find_goal, find_targets
from vnpartydoc.patterns import date_in_words, document_number
from vnpartydoc.positions import line_col
from vnpartydoc.text import slug as _slug
from vnpartydoc.types import PartialDate, Term

slug = lru_cache(maxsize=8192)(_slug)
"""Slugs of names and titles, cached (bounded: a long-running process reads many texts)."""

if TYPE_CHECKING:
    from vnpartydoc.extract.clean import Line

__all__ = ["CongressDraft", "OrgDraft", "Reading", "read"]

# "[.!?…][.!?…]*" is "[.!?…]+" written so that re can skip ahead to the punctuation.
SENTENCE_END_RE = re.compile(rf"[.!?…][.!?…]*[”\"]?\s+(?=[{UPPER}“\"(])")
EVENT_FORMS = (
    r"diễn\s+ra", r"tiến\s+hành", r"tổ\s+chức", r"khai\s+mạc", r"bế\s+mạc", r"họp", r"trù\s+bị",
    r"làm\s+việc", r"kết\s+thúc",
)  # fmt: skip
EVENT_RE = re.compile(f"(?i:{'|'.join(EVENT_FORMS)})")
EVENT_SCAN_RE = re.compile(literal_first(EVENT_FORMS))
"""EVENT_RE written so that re skips ahead to the words' first letters (same matches)."""
ROLE_RES = (
    ("prep", re.compile(r"(?i:trù\s+bị)")),
    ("opened", re.compile(r"(?i:khai\s+mạc)")),
    ("closed", re.compile(r"(?i:bế\s+mạc|kết\s+thúc)")),
)
GOING_ON_RE = re.compile(r"(?i:tiếp\s+tục|ngày\s+làm\s+việc\s+thứ)")
"""A day in the middle of a congress ("tiếp tục ngày làm việc thứ 3"): neither its first nor
its last day unless a role word says so."""
SUBJECT_RE = re.compile(r"\s*(?:[A-ZĐ][a-zà-ỹđ]+\s+)?(?i:đại\s+hội)\b")
PLACE_RE = re.compile(
    rf"(?<![\w])tại\s+(?P<place>(?:(?:thị\s+xã|thành\s+phố|huyện|tỉnh|phường|xã|Thủ\s+đô)\s+)?[{UPPER}]"
    r"[^,.;()\n]{1,80}?(?:,\s*(?:Thủ\s+đô|thành\s+phố|TP\.?|tỉnh)\s+[^,.;()\n]{1,30}?)?)"
    r"(?=\s*(?:[,.;()]|$)|\s+(?:với|có|từ|trong|đã|đến|sau|nhằm|để|long|được|xác)\b)"
)
PLACE_DATE_RE = re.compile(
    rf"(?P<place>[{UPPER}][^\d,\n]{{1,40}}?),\s*(?P<date>ngày\s+{date_in_words()})"
)
HEADER_NUMBER_RE = re.compile(rf"(?i:số)\s*:?\s*(?P<number>{document_number()})")
BASED_ON_RE = re.compile(r"(?i:căn\s+cứ)\s*$")
IMPLEMENTS_RE = re.compile(r"(?i:thực\s+hiện|triển\s+khai)\s*$")


@dataclass
class OrgDraft:
    """An organisation to build."""

    unit: str | None
    locality: str | None
    national: bool
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        """Official name."""
        if self.national:
            return "Đảng Cộng sản Việt Nam"
        return f"Đảng bộ {self.unit} {self.locality}"


@dataclass
class CongressDraft:
    """A congress to build, with votes for its term and dates."""

    org: str
    ordinal: int
    mentions: list[CongressMention] = field(default_factory=list)
    terms: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    dates: dict[str, list[tuple[int, int, DateMention]]] = field(default_factory=dict)
    place: tuple[str, int, int] | None = None
    term: Term | None = None
    resolved: dict[str, tuple[PartialDate, DateMention]] = field(default_factory=dict)


@dataclass
class Reading:
    """Everything the steps found, before records are built."""

    page: CleanText
    layout: Layout
    lines: list[Line]
    issues: list[Issue] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    orgs: dict[str, OrgDraft] = field(default_factory=dict)
    org_refs: list[tuple[OrgRef, str]] = field(default_factory=list)
    congresses: dict[tuple[str, int], CongressDraft] = field(default_factory=dict)
    people: list[PersonMention] = field(default_factory=list)
    goal: GoalMention | None = None
    targets: list[TargetMention] = field(default_factory=list)
    points: list[PointMention] = field(default_factory=list)
    context: PlaceClues | None = None
    used_dates: set[int] = field(default_factory=set)
    seen: set[tuple[str, str]] = field(default_factory=set)
    line_starts: list[int] = field(default_factory=list)
    """Start offsets of ``lines`` (which are in page order), once asked for."""
    sentence_ends: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    """Sentence ends (spans of SENTENCE_END_RE) of each line read so far, by line start."""

    def issue(self, code: str, message: str, at: int | None = None) -> None:
        """Record an issue located at a text offset.

        Its severity is the code's (see :mod:`vnpartydoc.codes`), at most ``warning``: reading
        a text reports what it is unsure of, and a date that does not exist is no error there.
        """
        line, column = line_col(self.page.raw, at) if at is not None else (None, None)
        severity: Severity = "info" if default_severity(code) == "info" else "warning"
        self.issues.append(Issue(code, message, None, (), line, column, severity))

    def sentence(self, pos: int) -> tuple[int, int]:
        """Bounds of the sentence around ``pos``."""
        if not self.line_starts:
            self.line_starts = [ln.start for ln in self.lines]
        i = bisect_right(self.line_starts, pos) - 1
        if i < 0 or pos >= self.lines[i].end:
            return pos, pos
        line = self.lines[i]
        ends = self.sentence_ends.get(line.start)
        if ends is None:
            found = SENTENCE_END_RE.finditer(self.page.fold, line.start, line.end)
            ends = self.sentence_ends[line.start] = [match.span() for match in found]
        start = line.start
        for end_start, end_end in ends:
            if end_end <= pos:
                start = end_end
            else:
                return start, end_start + 1
        return start, line.end


@lru_cache(maxsize=4096)
def org_key(unit: str | None, locality: str | None, national: bool) -> str:
    """Stable id of an organisation."""
    return slug(OrgDraft(unit, locality, national).name)


def _scan(reading: Reading) -> None:
    fold, words = reading.page.fold, reading.page.words
    for line in reading.lines:
        reading.dates.extend(find_dates(fold, start=line.start, end=line.end, words=words))
        reading.citations.extend(find_citations(fold, line.start, line.end, words))
    for citation in reading.citations:
        if citation.date_span is not None:
            reading.used_dates.update(
                m.start for m in reading.dates if m.start <= citation.date_span[0] < m.end + 5
            )


def _context(reading: Reading) -> PlaceClues:
    page, layout = reading.page, reading.layout
    refs: list[OrgRef] = []
    for line in reading.lines:
        refs.extend(find_orgs(page.fold, line.start, line.end, page.words))
    ranges = [(ln.start, ln.end) for ln in reading.lines]
    if layout.title is not None:
        ranges.append((layout.title.start, layout.title.end))
    place = None
    for line in layout.header + layout.summary:
        match = PLACE_DATE_RE.search(page.fold, line.start, line.end)
        if match is not None:
            place = page.cut(match.start("place"), match.end("place"))
    return PlaceClues(refs, page.fold, ranges, layout.tag, place)


def _org(reading: Reading, ref: OrgRef, at: int) -> str | None:
    assert reading.context is not None
    if ref.national:
        key = org_key(None, None, True)
        if key not in reading.orgs:
            reading.orgs[key] = OrgDraft(None, None, True)
        return key
    if ref.unit is None:
        return None
    locality = ref.locality
    if locality is None:
        locality = resolve_locality(ref.unit, reading.context)
        if locality is None:
            reading.issue(
                "organisation_unresolved",
                f"cannot tell which 'Đảng bộ {ref.unit}' is meant; name its locality",
                at,
            )
            return None
        if ("locality", ref.unit) not in reading.seen:
            reading.seen.add(("locality", ref.unit))
            reading.issue(
                "locality_inferred",
                f"'{ref.unit}' has no name here; read as {ref.unit} {locality} "
                "from the rest of the text",
                at,
            )
    key = org_key(ref.unit, locality, False)
    if key not in reading.orgs:
        reading.orgs[key] = OrgDraft(ref.unit, locality, False)
    return key


def _organisations(reading: Reading) -> None:
    assert reading.context is not None
    for ref in reading.context.orgs:
        if ref.explicit and (ref.locality or ref.national):
            key = _org(reading, ref, ref.start)
            if key is not None:
                reading.orgs[key].spans.append((ref.start, ref.end, "name"))
    for ref in reading.context.orgs:
        if ref.explicit and not ref.locality and not ref.national:
            named = [o for o in reading.orgs.values() if o.unit == ref.unit]
            if named or (reading.layout.header and ref.start < reading.layout.header[-1].end + 1):
                key = _org(reading, ref, ref.start)
                if key is not None:
                    reading.org_refs.append((ref, key))


def _congress_org(reading: Reading, mention: CongressMention) -> str | None:
    if mention.org is not None:
        return _org(reading, mention.org, mention.start)
    start, _ = reading.sentence(mention.start)
    assert reading.context is not None
    before = [
        o
        for o in reading.context.orgs
        if o.explicit and start <= o.start and o.end <= mention.start
    ]
    if before:
        return _org(reading, before[-1], mention.start)
    return None


def _congresses(reading: Reading) -> None:
    fold, words = reading.page.fold, reading.page.words
    mentions: list[CongressMention] = []
    spans = [(line.start, line.end) for line in reading.lines]
    for i in words.lines_with(CONGRESS_WORDS, spans):  # lines with "đại", as in "Đại hội"
        mentions.extend(find_congresses(fold, spans[i][0], spans[i][1], words))
    title = reading.layout.title
    if title is not None and title not in reading.lines:
        mentions.extend(find_congresses(fold, title.start, title.end, words))
    pending = []
    for mention in mentions:
        key = _congress_org(reading, mention)
        if key is None:
            pending.append(mention)
            continue
        _add(reading, key, mention)
    for mention in pending:
        same = [k for k in reading.congresses if k[1] == mention.ordinal]
        keys = [same[0][0]] if same else list(reading.orgs) if len(reading.orgs) == 1 else []
        if keys:
            _add(reading, keys[0], mention)
        else:
            reading.issue(
                "congress_organisation_unknown",
                f"congress {mention.ordinal} is named without its organisation",
                mention.start,
            )


def _add(reading: Reading, key: str, mention: CongressMention) -> None:
    draft = reading.congresses.setdefault(
        (key, mention.ordinal), CongressDraft(key, mention.ordinal)
    )
    draft.mentions.append(mention)
    if mention.source == "khoa":
        reading.issue(
            "ordinal_from_khoa",
            f"'khóa {mention.ordinal}' read as congress {mention.ordinal} "
            "(the committee it elected)",
            mention.ordinal_span[0],
        )
    elif mention.source == "thu-lan":
        reading.issue("ordinal_word_order", "'thứ lần' read as 'lần thứ'", mention.start)
    if mention.term is not None and mention.term_span is not None:
        draft.terms.append((mention.term, mention.term_span))


def read(text: str) -> Reading:
    """Run the reading steps over ``text``."""
    page = clean(text)
    layout = read_layout(page)
    reading = Reading(page, layout, layout.content)
    _scan(reading)
    reading.context = _context(reading)
    _organisations(reading)
    _congresses(reading)
    from vnpartydoc.extract.linking import link

    link(reading)
    fold, raw = page.fold, page.raw
    for line in reading.lines:
        reading.people.extend(find_people(raw, fold, line.start, line.end))
    ranges = [(ln.start, ln.end) for ln in reading.lines]
    reading.goal = find_goal(raw, fold, ranges, page.words)
    reading.targets = find_targets(raw, fold, ranges, page.words)
    body = [
        (ln.start, ln.end, fold[ln.start : ln.end], raw[ln.start : ln.end]) for ln in layout.body
    ]
    reading.points = find_points(body)
    _ = Counter, BodyKind, resolve, BASED_ON_RE, IMPLEMENTS_RE, HEADER_NUMBER_RE
    return reading
