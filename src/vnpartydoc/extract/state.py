"""The discourse state: organisations and congresses in focus, and what the steps found.

A :class:`Reading` holds the cleaned page, its layout and lines, the mentions found on it, the
organisations (:class:`OrgDraft`) and congresses (:class:`CongressDraft`) they refer to, and
the issues raised while reading. It is made by :func:`vnpartydoc.extract.pipeline.read` and
turned into records by :func:`vnpartydoc.extract.records.build`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from vnpartydoc.codes import Severity, default_severity
from vnpartydoc.errors import Issue
from vnpartydoc.extract.sentences import Sentences
from vnpartydoc.positions import line_col
from vnpartydoc.text import slug as _slug

if TYPE_CHECKING:
    from vnpartydoc.extract.citations import Citation
    from vnpartydoc.extract.clean import CleanText, Line
    from vnpartydoc.extract.congress import CongressMention
    from vnpartydoc.extract.dates import DateMention
    from vnpartydoc.extract.goals import GoalMention
    from vnpartydoc.extract.layout import Layout
    from vnpartydoc.extract.orgs import OrgRef, PlaceClues
    from vnpartydoc.extract.people import PersonMention
    from vnpartydoc.extract.points import PointMention
    from vnpartydoc.extract.targets import TargetMention
    from vnpartydoc.types import PartialDate, Term

__all__ = ["CongressDraft", "OrgDraft", "Reading", "org_key", "slug"]

slug = lru_cache(maxsize=8192)(_slug)
"""Slugs of names and titles, cached (bounded: a long-running process reads many texts)."""


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
    sentences: Sentences | None = None
    """Sentence bounds of ``lines`` (made from them when not given)."""

    def __post_init__(self) -> None:
        if self.sentences is None:
            self.sentences = Sentences(self.page.fold, self.lines)

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
        assert self.sentences is not None
        return self.sentences.around(pos)


@lru_cache(maxsize=4096)
def org_key(unit: str | None, locality: str | None, national: bool) -> str:
    """Stable id of an organisation."""
    return slug(OrgDraft(unit, locality, national).name)
