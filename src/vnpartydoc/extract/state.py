"""The discourse state's types, and the reading the records stage is built from.

Every type here is immutable once made: the discourse stage (:mod:`~vnpartydoc.extract.discourse`)
returns a :class:`Discourse` whose organisations (:class:`OrgDraft`) and congresses
(:class:`CongressDraft`) are frozen dataclasses in read-only mappings, with the issues it raised
as a tuple; :func:`vnpartydoc.extract.pipeline.read` puts it, with the earlier stages' outputs,
into a frozen :class:`Reading`, which :func:`vnpartydoc.extract.records.build` only reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from vnpartydoc.codes import Severity, default_severity
from vnpartydoc.errors import Issue
from vnpartydoc.extract.scan import slug
from vnpartydoc.positions import line_col

if TYPE_CHECKING:
    from collections.abc import Mapping

    from vnpartydoc.extract.citations import Citation
    from vnpartydoc.extract.clean import CleanText, Line
    from vnpartydoc.extract.congress import CongressMention
    from vnpartydoc.extract.dates import DateMention
    from vnpartydoc.extract.goals import GoalMention
    from vnpartydoc.extract.layout import Layout
    from vnpartydoc.extract.mentions import Mentions
    from vnpartydoc.extract.orgs import OrgRef
    from vnpartydoc.extract.people import PersonMention
    from vnpartydoc.extract.placeclues import PlaceClues
    from vnpartydoc.extract.points import PointMention
    from vnpartydoc.extract.sentences import Sentences
    from vnpartydoc.extract.targets import TargetMention
    from vnpartydoc.types import PartialDate, Term

__all__ = ["CongressDraft", "Discourse", "OrgDraft", "Reading", "issue_at", "org_key"]


@dataclass(frozen=True, slots=True)
class OrgDraft:
    """An organisation the text is about, as the records stage is to build it."""

    unit: str | None
    locality: str | None
    national: bool
    spans: tuple[tuple[int, int, str], ...] = ()
    """Where it is named in full: (start, end, field)."""

    @property
    def name(self) -> str:
        """Official name."""
        if self.national:
            return "Đảng Cộng sản Việt Nam"
        if self.unit == "chi bộ":  # a Party cell: "Chi bộ <name>"
            return f"Chi bộ {self.locality}"
        if self.unit == self.locality:  # named by its agency's initials: "Đảng bộ NHPT"
            return f"Đảng bộ {self.unit}"
        return f"Đảng bộ {self.unit} {self.locality}"


@dataclass(frozen=True, slots=True)
class CongressDraft:
    """A congress the text is about, with the facts the discourse stage settled for it."""

    org: str
    """Id of its organisation (a key of :attr:`Discourse.orgs`)."""
    ordinal: int
    mentions: tuple[CongressMention, ...]
    """Its mentions, in the order they were joined to it (page order, then the unattached)."""
    terms: tuple[tuple[str, tuple[int, int]], ...]
    """Terms printed for it ("2020 - 2025") and their spans, the one first read first."""
    term: Term | None
    """Its term: the first valid one printed, else one inferred (with an issue)."""
    resolved: Mapping[str, tuple[PartialDate, DateMention]]
    """Its dates by role (``prep``, ``opened``, ``closed``), each with the mention read."""
    votes: Mapping[str, tuple[tuple[int, int, DateMention], ...]]
    """The dates read for each role, as (2 when a role word or a range says so, else 1; start;
    the mention): what :attr:`resolved` was settled from, kept so that a term found later
    (printed away from the congress) can date them."""
    place: tuple[str, int, int] | None
    """Where it met, as printed, and the span."""
    term_source: str | None = None
    """Where :attr:`term` was read when it is printed away from the congress (see
    :func:`~vnpartydoc.extract.terms.terms_printed_away`), else None."""


@dataclass(frozen=True, slots=True)
class Discourse:
    """Stage 4's output: what the mentions refer to. Made once by :func:`~.discourse.follow`."""

    orgs: Mapping[str, OrgDraft]
    """Organisations in the text, by id, in the order first read (read-only)."""
    org_refs: tuple[tuple[OrgRef, str], ...]
    """Organisations named without their locality, with the id they were read as."""
    congresses: Mapping[tuple[str, int], CongressDraft]
    """Congresses in the text, by (organisation id, ordinal) (read-only)."""
    issues: tuple[Issue, ...]
    """What the stage was unsure of, in the order it was read."""


@dataclass(frozen=True, slots=True)
class Reading:
    """The outputs of stages 1 to 4, the records stage's input; nothing in it is changed.

    The properties name the parts the records read most, so a phase writes ``reading.orgs``
    rather than ``reading.discourse.orgs``.
    """

    page: CleanText
    layout: Layout
    lines: list[Line]
    """The content lines (``layout.content``), worked out once."""
    mentions: Mentions
    sentences: Sentences
    discourse: Discourse

    @property
    def orgs(self) -> Mapping[str, OrgDraft]:
        """Organisations in the text, by id."""
        return self.discourse.orgs

    @property
    def org_refs(self) -> tuple[tuple[OrgRef, str], ...]:
        """Organisations named without their locality, with the id they were read as."""
        return self.discourse.org_refs

    @property
    def congresses(self) -> Mapping[tuple[str, int], CongressDraft]:
        """Congresses in the text, by (organisation id, ordinal)."""
        return self.discourse.congresses

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


def issue_at(code: str, message: str, raw: str, at: int | None) -> Issue:
    """An issue located at offset ``at`` of ``raw`` (its line and column), or at none.

    Its severity is the code's (see :mod:`vnpartydoc.codes`), at most ``warning``: reading a
    text reports what it is unsure of, and a date that does not exist is no error there.
    """
    line, column = line_col(raw, at) if at is not None else (None, None)
    severity: Severity = "info" if default_severity(code) == "info" else "warning"
    return Issue(code, message, None, (), line, column, severity)


@lru_cache(maxsize=4096)
def org_key(unit: str | None, locality: str | None, national: bool) -> str:
    """Stable id of an organisation."""
    return slug(OrgDraft(unit, locality, national).name)
