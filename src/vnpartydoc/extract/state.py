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
from vnpartydoc.extract.scan import slug
from vnpartydoc.positions import line_col

if TYPE_CHECKING:
    from vnpartydoc.extract.citations import Citation
    from vnpartydoc.extract.clean import CleanText, Line
    from vnpartydoc.extract.congress import CongressMention
    from vnpartydoc.extract.dates import DateMention
    from vnpartydoc.extract.goals import GoalMention
    from vnpartydoc.extract.layout import Layout
    from vnpartydoc.extract.mentions import Mentions
    from vnpartydoc.extract.orgs import OrgRef, PlaceClues
    from vnpartydoc.extract.people import PersonMention
    from vnpartydoc.extract.points import PointMention
    from vnpartydoc.extract.sentences import Sentences
    from vnpartydoc.extract.targets import TargetMention
    from vnpartydoc.types import PartialDate, Term

__all__ = ["CongressDraft", "OrgDraft", "Reading", "org_key"]


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
        if self.unit == "chi bộ":  # a Party cell: "Chi bộ <name>"
            return f"Chi bộ {self.locality}"
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
    """The page, its layout and mentions, and the discourse state built over them.

    The page, layout, sentences and mentions are not changed; :mod:`vnpartydoc.extract.discourse`
    fills ``orgs``, ``org_refs``, ``congresses`` and ``used_dates``, and every stage may add
    ``issues``.
    """

    page: CleanText
    layout: Layout
    lines: list[Line]
    mentions: Mentions
    sentences: Sentences
    issues: list[Issue] = field(default_factory=list)
    orgs: dict[str, OrgDraft] = field(default_factory=dict)
    """Organisations in the text, by id."""
    org_refs: list[tuple[OrgRef, str]] = field(default_factory=list)
    """Organisations named without their locality, with the id they were read as."""
    congresses: dict[tuple[str, int], CongressDraft] = field(default_factory=dict)
    """Congresses in the text, by (organisation id, ordinal)."""
    used_dates: set[int] = field(default_factory=set)
    """Starts of the dates already given a role (a citation's, a congress's)."""
    seen: set[tuple[str, str]] = field(default_factory=set)
    """Issues raised once a text, by (kind, subject)."""

    @property
    def dates(self) -> list[DateMention]:
        """Dates on the page."""
        return self.mentions.dates

    @property
    def citations(self) -> list[Citation]:
        """Documents cited on the page."""
        return self.mentions.citations

    @property
    def context(self) -> PlaceClues:
        """Organisations named on the page, and the clues for an unnamed locality."""
        return self.mentions.places

    @property
    def people(self) -> list[PersonMention]:
        """People named with their titles."""
        return self.mentions.people

    @property
    def goal(self) -> GoalMention | None:
        """The general goal, if the text sets one."""
        return self.mentions.goal

    @property
    def targets(self) -> list[TargetMention]:
        """Targets and results."""
        return self.mentions.targets

    @property
    def points(self) -> list[PointMention]:
        """Numbered points of the body."""
        return self.mentions.points

    def issue(self, code: str, message: str, at: int | None = None) -> None:
        """Record an issue located at a text offset.

        Its severity is the code's (see :mod:`vnpartydoc.codes`), at most ``warning``: reading
        a text reports what it is unsure of, and a date that does not exist is no error there.
        """
        line, column = line_col(self.page.raw, at) if at is not None else (None, None)
        severity: Severity = "info" if default_severity(code) == "info" else "warning"
        self.issues.append(Issue(code, message, None, (), line, column, severity))


@lru_cache(maxsize=4096)
def org_key(unit: str | None, locality: str | None, national: bool) -> str:
    """Stable id of an organisation."""
    return slug(OrgDraft(unit, locality, national).name)
