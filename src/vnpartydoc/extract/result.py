"""The result of an extraction: records, issues, and where each value was read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from vnpartydoc.extract.clean import squeeze

if TYPE_CHECKING:
    from collections.abc import Iterable

    from vnpartydoc.errors import Issue
    from vnpartydoc.indicators import IndicatorKey
    from vnpartydoc.models import (
        Congress,
        Document,
        Goal,
        Organisation,
        Person,
        Record,
        Result,
        Target,
    )

__all__ = [
    "ExtractionResult",
    "ReportedResult",
    "ResultStatus",
    "Span",
    "new_span",
    "spans_from",
]

ResultStatus = Literal["matched", "superseded", "ambiguous", "unit-mismatch", "unmatched"]
"""What became of an achievement: set on its target (``matched``); fitting a target that keeps
a later result (``superseded``); fitting several targets (``ambiguous``); fitting one but for a
unit that does not convert (``unit-mismatch``); fitting none (``unmatched``)."""


@dataclass(frozen=True, slots=True)
class Span:
    """Where a value was read: character offsets in the NFC text and the field it fed.

    Example:
        ``Span(120, 122, "dai-hoi-dang-bo-tinh-an-giang-xi", "ordinal", "XI")``: the congress
        ordinal was read from ``text[120:122]``.
    """

    start: int
    """Offset of the first character, in the NFC text (``ExtractionResult.text``)."""
    end: int
    """Offset after the last character."""
    record: str
    """Id of the record the value went into ("" for values kept on the result only)."""
    field: str
    """Dotted path of the field in that record, e.g. ``titles.1`` or ``points.0``."""
    text: str
    """The text read, as printed."""


@dataclass(slots=True)
class _SpanFill:
    """A :class:`Span` being made: the same slots, filled in by a plain ``__init__``.

    Once filled, its class is set to :class:`Span` (the layouts are the same), which gives the
    same object as the constructor makes, without the frozen dataclass's detour through
    ``object.__setattr__`` for every field (extraction makes dozens of spans per text).
    """

    start: int
    end: int
    record: str
    field: str
    text: str


assert _SpanFill.__slots__ == Span.__slots__


def new_span(start: int, end: int, record: str, field: str, text: str) -> Span:
    """``Span(start, end, record, field, text)``, made without the frozen ``__init__``."""
    span = _SpanFill(start, end, record, field, text)
    span.__class__ = Span  # type: ignore[assignment]
    return span  # type: ignore[return-value]


def spans_from(
    raw: str, places: Iterable[tuple[int, int, str, str]], *, plain: bool = False
) -> list[Span]:
    """Spans of ``(start, end, record, field)`` places in ``raw``, text whitespace-collapsed.

    Same as ``new_span(start, end, record, field, squeeze(raw[start:end]))`` for each place;
    ``plain`` as for :func:`~vnpartydoc.extract.clean.squeeze`.
    """
    out: list[_SpanFill] = []
    append = out.append
    for start, end, record, field_ in places:
        text = raw[start:end]
        if not plain or "\n" in text or "  " in text or text[:1] == " " or text[-1:] == " ":
            text = squeeze(text, plain)  # most text needs no squeezing: its test, inline
        span = _SpanFill(start, end, record, field_, text)
        span.__class__ = Span  # type: ignore[assignment]
        append(span)
    return out  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class ReportedResult:
    """An achievement read from the text, as a result held against the targets it reports on.

    Example:
        A text saying "Nhiệm kỳ 2020 - 2025, GRDP bình quân đầu người ước đạt 72,5 triệu đồng"
        matched against the An Giang XI resolution gives ``status="matched"``,
        ``resolution="nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi"``, ``target=1`` and a
        result ``72,5`` for ``2020 - 2025``, estimated.
    """

    achievement: int
    """Index of the achievement in :attr:`ExtractionResult.achievements`."""
    indicator: str
    """The indicator as printed, without the period before it or "ước" after it."""
    key: IndicatorKey | None
    """Normalised indicator inferred from the wording and unit, if one of the vocabulary."""
    result: Result
    """The result: value, unit (None when it is the target's), period or year measured,
    whether estimated, the document that reports it and a source quoting the clause."""
    resolution: str | None
    """Id of the resolution it reports on, when known (matched, or the term's resolution)."""
    target: int | None
    """Index of the target in that resolution's ``targets`` when matched or superseded."""
    candidates: tuple[int, ...]
    """Indexes of the targets of ``resolution`` it fits, when ambiguous."""
    status: ResultStatus
    """What became of it (see :data:`ResultStatus`)."""
    inferred: tuple[str, ...]
    """What was not printed but inferred: ``period`` (the term before the congress in focus),
    ``unit`` (a denominator the indicator implies); each has an issue."""
    span: Span | None
    """Where the value was read."""

    @property
    def matched(self) -> bool:
        """Whether the result is set on its target."""
        return self.status == "matched"


@dataclass(frozen=True)
class ExtractionResult:
    """What :func:`~vnpartydoc.extract.extract` found in a text."""

    text: str
    """The input in NFC; every span indexes into it."""
    document: Document | None = None
    """The main record: the article, or the Party document the text is."""
    documents: list[Document] = field(default_factory=list)
    """Other documents: cited ones, and congress resolutions the text is about."""
    organisations: list[Organisation] = field(default_factory=list)
    """Party organisations named."""
    congresses: list[Congress] = field(default_factory=list)
    """Congresses named."""
    people: list[Person] = field(default_factory=list)
    """People named, with their titles."""
    targets: list[Target] = field(default_factory=list)
    """Every target read (those of a resolution are also in that resolution's record), as read:
    a result matched to one is set on the resolution's record only (see ``results``)."""
    issues: list[Issue] = field(default_factory=list)
    """What was uncertain or missing (severity "warning" or "info")."""
    spans: list[Span] = field(default_factory=list)
    """Where each extracted value was read."""
    ignored: list[Span] = field(default_factory=list)
    """Lines set aside as site chrome or noise; ``field`` holds the reason."""
    achievements: list[Target] = field(default_factory=list)
    """Results already reached that the text reports (past term, mid-term review), never new
    targets: each has ``achieved`` (its qualifier applies to it) and, where the text prints the
    earlier target beside it ("36/35 đảng viên"), that target as ``value``."""
    results: list[ReportedResult] = field(default_factory=list)
    """Each achievement held against the known targets (same order as ``achievements``): a
    matched one is also set as ``achieved`` on its target, in the resolution's record among
    ``documents``; the others stay here only (see :attr:`unmatched`)."""
    goal: Goal | None = None
    """The general goal read, with its milestones: the one a record holds (a resolution, plan or
    strategy), or, when the text names no document it is the goal of, the goal alone."""

    def records(self) -> list[Record]:
        """Every record, main document first, ready for :func:`vnpartydoc.dumps`."""
        out: list[Record] = []
        if self.document is not None:
            out.append(self.document)  # type: ignore[arg-type]
        out.extend(self.organisations)
        out.extend(self.congresses)
        out.extend(self.people)
        out.extend(self.documents)  # type: ignore[arg-type]
        return out

    @property
    def is_empty(self) -> bool:
        """Whether nothing usable was found (no organisation, congress, person, document…)."""
        return not (
            self.organisations
            or self.congresses
            or self.people
            or self.documents
            or self.targets
            or self.achievements
            or self.goal is not None
        ) and (self.document is None or getattr(self.document, "type", "") == "bai-viet")

    @property
    def unmatched(self) -> list[ReportedResult]:
        """Results not set on a target (ambiguous, unit mismatch, unmatched, superseded)."""
        return [r for r in self.results if not r.matched]

    def spans_for(self, record: str) -> list[Span]:
        """The spans of one record, by id."""
        return [span for span in self.spans if span.record == record]
