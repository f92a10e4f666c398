"""Checks across records: they return :class:`~vnpartydoc.errors.Issue` lists, never raise.

Model validation (one record) happens while loading. The rules here need several records or
judge content that is allowed but suspicious:

========================  ========  =========================================================
code                      severity  rule
========================  ========  =========================================================
duplicate_id              error     every id is unique in the corpus
unresolved_reference      error     every id a record names exists, with the right kind
duplicate_number          error     numbers are unique in their numbering scope: one series
                                    per congress; one per type and committee term otherwise
date_outside_issuer       error     a document is dated within its issuer's validity
date_outside_congress     error     a congress document is dated within the congress
date_outside_term         error     a document is dated within the committee term (khóa)
                                    it states
signer_title_not_held     error     the signer held a title on the signing date
signer_title_unknown      warning   the signer has no dated title to check
source_empty              error     a source names a url or a document
target_outside_horizon    error     a target's deadline lies within the resolution's horizon
result_without_value      error     a result belongs to a target with a value to compare with
result_unit_mismatch      error     a result's unit converts to its target's unit
result_outside_term       warning   a result was measured after its target's term began
indicator_unit_mismatch   warning   a target with an indicator key has a unit that converts to
                                    the indicator's unit
unknown_kind_code         warning   a number's type code is not a known code
issuer_code_mismatch      warning   a number's issuer code differs from its issuer's code
========================  ========  =========================================================
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vnpartydoc.enums import BodyKind, kinds_for_code
from vnpartydoc.errors import Issue
from vnpartydoc.indicators import INDICATORS, parse_unit
from vnpartydoc.models import (
    Article,
    Congress,
    Document,
    GoalDocument,
    Organisation,
    Person,
    Resolution,
    Source,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from vnpartydoc.corpus import Corpus, Entry
    from vnpartydoc.models import Target
    from vnpartydoc.types import PartialDate

__all__ = ["CommitteeTerm", "check", "check_corpus", "committee_terms", "has_errors"]

Loc = tuple[str | int, ...]
_CONGRESS_BODIES = {BodyKind.CONGRESS, BodyKind.PRESIDIUM}


@dataclass(frozen=True, slots=True)
class CommitteeTerm:
    """A committee term (`khóa`): from the day after a congress closes to the next one's close."""

    organisation: str
    tenure: int
    congress: str
    starts_on: dt.date | None
    ends_on: dt.date | None

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` falls inside the term (open ends count as unbounded)."""
        after_start = self.starts_on is None or day >= self.starts_on
        return after_start and (self.ends_on is None or day <= self.ends_on)


def has_errors(issues: list[Issue]) -> bool:
    """Whether any issue has error severity."""
    return any(i.severity == "error" for i in issues)


def committee_terms(congresses: list[Congress]) -> list[CommitteeTerm]:
    """Derive committee terms from congresses (DOMAIN.md §3, HD 36 §1.3.1).

    Example:
        >>> from vnpartydoc import Congress
        >>> c = Congress(id="dh-xi", organisation="ag", ordinal=11, term="2020 - 2025",
        ...              closed_on="2020-09-25")
        >>> committee_terms([c])[0].starts_on
        datetime.date(2020, 9, 26)
    """
    by_org: dict[str, list[Congress]] = defaultdict(list)
    for congress in congresses:
        by_org[congress.organisation].append(congress)
    terms = []
    for org, items in sorted(by_org.items()):
        items.sort(key=lambda c: c.ordinal)
        for current, following in zip(items, [*items[1:], None], strict=True):
            start = current.closed_on.latest() + dt.timedelta(days=1) if current.closed_on else None
            end = following.closed_on.latest() if following and following.closed_on else None
            terms.append(CommitteeTerm(org, current.ordinal, current.id, start, end))
    return terms


def check(
    record: Document | Organisation | Congress | Person, *, path: Path | None = None
) -> list[Issue]:
    """Single-record content checks: unknown type codes, issuer codes to confirm."""
    issues: list[Issue] = []
    issues.extend(
        Issue("source_empty", "a source needs a url or a document id", path, loc)
        for loc, source in _sources(record)
        if source.url is None and source.document is None
    )
    number = record.number if isinstance(record, Document) else None
    if number is not None and kinds_for_code(number.kind_code) is None:
        issues.append(
            Issue(
                "unknown_kind_code",
                f"type code {number.kind_code!r} in {str(number)!r} is not a known code; check it",
                path,
                ("number",),
                severity="warning",
            )
        )
    return issues


def check_corpus(corpus: Corpus) -> list[Issue]:
    """Run every corpus rule; issues come sorted by file and field."""
    context = _CorpusRules.of(corpus)
    issues = list(context.duplicate_ids())
    for entry in corpus:
        issues.extend(check(entry.record, path=entry.path))
        issues.extend(context.references(entry))
        if isinstance(entry.record, Document):
            issues.extend(context.document_rules(entry.record, entry.path))
    issues.extend(context.duplicate_numbers())
    return sorted(issues, key=lambda i: (str(i.path or ""), [str(p) for p in i.loc], i.code))


@dataclass
class _CorpusRules:
    """The corpus indexed once, so that each rule looks up its scope instead of scanning.

    Terms and congresses are grouped by organisation: a document is compared only with the
    terms and congresses of its own issuer, which keeps the rules linear in the corpus size.
    """

    corpus: Corpus
    ids: dict[str, list[Entry]]
    terms: dict[str, list[CommitteeTerm]]
    """Committee terms by organisation, in order of tenure."""
    congresses: dict[str, list[Congress]]
    """Congresses by organisation, in load order."""
    ids_of: dict[type, list[str]] = field(default_factory=dict)
    """Ids by expected record class, built when an unknown id is first met."""
    suggestions: dict[tuple[str, type], str | None] = field(default_factory=dict)
    """Closest known id for each unknown one, computed once per unknown id."""

    @classmethod
    def of(cls, corpus: Corpus) -> _CorpusRules:
        ids: dict[str, list[Entry]] = defaultdict(list)
        congresses: dict[str, list[Congress]] = defaultdict(list)
        for entry in corpus:
            ids[entry.record.id].append(entry)
            if isinstance(entry.record, Congress):
                congresses[entry.record.organisation].append(entry.record)
        terms: dict[str, list[CommitteeTerm]] = defaultdict(list)
        for term in committee_terms([c for items in congresses.values() for c in items]):
            terms[term.organisation].append(term)
        return cls(corpus, ids, terms, congresses)

    def duplicate_ids(self) -> list[Issue]:
        issues = []
        for record_id, entries in self.ids.items():
            for entry in entries[1:]:
                first = entries[0].path
                issues.append(
                    Issue(
                        "duplicate_id",
                        f"id {record_id!r} is already used" + (f" in {first}" if first else ""),
                        entry.path,
                        ("id",),
                    )
                )
        return issues

    def _kind_of(self, record_id: str) -> type | None:
        entries = self.ids.get(record_id)
        return type(entries[0].record) if entries else None

    def references(self, entry: Entry) -> list[Issue]:
        issues = []
        for loc, target, expected in _references(entry.record):
            kind = self._kind_of(target)
            if kind is None and target in self.corpus.broken_ids:
                continue
            if kind is None:
                message = f"no record has id {target!r}" + self._did_you_mean(target, expected)
                issues.append(Issue("unresolved_reference", message, entry.path, loc))
            elif not issubclass(kind, expected):
                issues.append(
                    Issue(
                        "unresolved_reference",
                        f"{target!r} is a {kind.__name__}; expected a {expected.__name__}",
                        entry.path,
                        loc,
                    )
                )
        return issues

    def _did_you_mean(self, target: str, expected: type) -> str:
        """``; did you mean 'x'?`` naming the closest id of the expected kind, if one is close."""
        key = (target, expected)
        if key not in self.suggestions:
            if expected not in self.ids_of:
                self.ids_of[expected] = [
                    i for i, e in self.ids.items() if isinstance(e[0].record, expected)
                ]
            self.suggestions[key] = _closest(target, self.ids_of[expected])
        found = self.suggestions[key]
        return f"; did you mean {found!r}?" if found else ""

    def _organisation(self, record_id: str) -> Organisation | None:
        entries = self.ids.get(record_id, [])
        found = entries[0].record if entries else None
        return found if isinstance(found, Organisation) else None

    def document_rules(self, doc: Document, path: Path | None) -> list[Issue]:
        issues = []
        if doc.issuer is not None and doc.issued_on is not None:
            org = self._organisation(doc.issuer.organisation)
            if org is not None:
                issues.extend(_within_validity(doc, org, path))
        if doc.number is not None and doc.issuer is not None:
            org = self._organisation(doc.issuer.organisation)
            if (
                org is not None
                and org.issuer_code
                and org.issuer_code != doc.number.issuer_code
                and doc.issuer.body not in _CONGRESS_BODIES
            ):
                issues.append(
                    Issue(
                        "issuer_code_mismatch",
                        f"number {str(doc.number)!r} has "
                        f"issuer code {doc.number.issuer_code!r} but {org.id!r} "
                        f"uses {org.issuer_code!r}",
                        path,
                        ("number",),
                        severity="warning",
                    )
                )
        issues.extend(self._tenure_dates(doc, path))
        if isinstance(doc, Resolution):
            issues.extend(self._congress_dates(doc, path))
            issues.extend(_target_horizon(doc, path))
            issues.extend(_results(doc, path, self._kind_of))
        issues.extend(self._signer(doc, path))
        return issues

    def _tenure_dates(self, doc: Document, path: Path | None) -> list[Issue]:
        if doc.tenure is None or doc.issuer is None or doc.issued_on is None:
            return []
        for term in self.terms.get(doc.issuer.organisation, ()):
            if term.tenure == doc.tenure:
                if term.contains(doc.issued_on.earliest()) or term.contains(doc.issued_on.latest()):
                    return []
                span = f"{term.starts_on or '…'} to {term.ends_on or '…'}"
                return [
                    Issue(
                        "date_outside_term",
                        f"dated {doc.issued_on} but committee term {doc.tenure} ran from {span}",
                        path,
                        ("issued_on",),
                    )
                ]
        return []

    def _congress_dates(self, doc: Resolution, path: Path | None) -> list[Issue]:
        entries = self.ids.get(doc.congress or "", [])
        congress = entries[0].record if entries else None
        if not isinstance(congress, Congress) or doc.issued_on is None:
            return []
        start = congress.prep_on or congress.opened_on
        end = congress.closed_on
        day = doc.issued_on
        if (start and day.latest() < start.earliest()) or (end and day.earliest() > end.latest()):
            span = f"{start or '?'} to {end or '?'}"
            return [
                Issue(
                    "date_outside_congress",
                    f"dated {day} but congress {congress.id!r} sat from {span}",
                    path,
                    ("issued_on",),
                )
            ]
        return []

    def _signer(self, doc: Document, path: Path | None) -> list[Issue]:
        if doc.signature is None or doc.signature.person is None or doc.issued_on is None:
            return []
        entries = self.ids.get(doc.signature.person, [])
        person = entries[0].record if entries else None
        if not isinstance(person, Person):
            return []
        if not person.titles or all(t.held_on(doc.issued_on) is None for t in person.titles):
            return [
                Issue(
                    "signer_title_unknown",
                    f"{person.name} has no dated title to check against {doc.issued_on}",
                    path,
                    ("signature", "person"),
                    severity="warning",
                )
            ]
        if any(t.held_on(doc.issued_on) for t in person.titles):
            return []
        return [
            Issue(
                "signer_title_not_held",
                f"{person.name} held none of their titles on {doc.issued_on}",
                path,
                ("signature", "person"),
            )
        ]

    def _scope(self, doc: Document) -> tuple[object, ...] | None:
        if doc.number is None or doc.issuer is None:
            return None
        org = doc.issuer.organisation
        if doc.issuer.body in _CONGRESS_BODIES:
            congress = doc.congress if isinstance(doc, Resolution) else None
            return ("congress", org, congress or self._congress_on(org, doc.issued_on))
        kind = doc.kind.value if doc.kind else doc.number.kind_code
        body = doc.issuer.body.value
        if doc.tenure is not None:
            return ("committee", org, body, kind, f"khóa {doc.tenure}")
        if doc.issued_on is None:
            return ("committee", org, body, kind, None)
        day = doc.issued_on.earliest()
        for term in self.terms.get(org, ()):
            if term.contains(day):
                return ("committee", org, body, kind, f"khóa {term.tenure}")
        return ("committee", org, body, kind, doc.issued_on.year)

    def _congress_on(self, org: str, day: PartialDate | None) -> object:
        """The congress of ``org`` sitting on ``day`` (its id), else the year, else None."""
        if day is None:
            return None
        for congress in self.congresses.get(org, ()):
            start = congress.prep_on or congress.opened_on
            if (
                start is not None
                and congress.closed_on is not None
                and start.earliest() <= day.earliest() <= congress.closed_on.latest()
            ):
                return congress.id
        return day.year

    def duplicate_numbers(self) -> list[Issue]:
        seen: dict[tuple[object, ...], Entry] = {}
        issues = []
        for entry in self.corpus:
            doc = entry.record
            if not isinstance(doc, Document) or doc.number is None:
                continue
            scope = self._scope(doc)
            if scope is None:
                continue
            key = (*scope, doc.number.seq)
            if key in seen:
                other = seen[key].record
                issues.append(
                    Issue(
                        "duplicate_number",
                        f"number {str(doc.number)!r} is already "
                        f"used by {other.id!r} in the same numbering scope",
                        entry.path,
                        ("number",),
                    )
                )
            else:
                seen[key] = entry
        return issues


def _closest(target: str, ids: list[str]) -> str | None:
    """The known id most like ``target`` (difflib ratio ≥ 0.8), among those one edit away.

    Ids one insertion, deletion or change away from ``target`` share its first half or its last
    half, so that cheap test picks the few candidates difflib then ranks: the cost stays linear
    in the number of ids even when many references are unknown.
    """
    half = (len(target) - 1) // 2
    head, tail = target[:half], target[half + 1 :]
    near = [
        i
        for i in ids
        if abs(len(i) - len(target)) <= 1 and (i.startswith(head) or i.endswith(tail))
    ]
    found = difflib.get_close_matches(target, near, n=1, cutoff=0.8)
    return found[0] if found else None


def _within_validity(doc: Document, org: Organisation, path: Path | None) -> list[Issue]:
    day = doc.issued_on
    assert day is not None
    if (org.valid_from and day.latest() < org.valid_from.earliest()) or (
        org.valid_to and day.earliest() > org.valid_to.latest()
    ):
        span = f"{org.valid_from or '…'} to {org.valid_to or '…'}"
        return [
            Issue(
                "date_outside_issuer",
                f"dated {day} but {org.name} existed from {span}",
                path,
                ("issued_on",),
            )
        ]
    return []


def _target_horizon(doc: Resolution, path: Path | None) -> list[Issue]:
    horizon = doc.horizon_year()
    start = doc.term.start_year if doc.term else (doc.issued_on.year if doc.issued_on else None)
    issues = []
    for index, target in enumerate(doc.targets):
        year = target.year
        if year is None:
            continue
        if (horizon is not None and year > horizon) or (start is not None and year < start):
            issues.append(
                Issue(
                    "target_outside_horizon",
                    f"target due in {year} lies outside "
                    f"the resolution's horizon {start or '…'}–{horizon or '…'}",
                    path,
                    ("targets", index, "deadline"),
                )
            )
    return issues


def _results(
    doc: Resolution, path: Path | None, kind_of: Callable[[str], type | None]
) -> list[Issue]:
    """Results refer to real targets, in units that agree, reported by existing documents."""
    issues = []
    for t, target in enumerate(doc.targets):
        loc: Loc = ("targets", t)
        key = target.key  # an inferred key matches its unit by construction
        if key is not None and target.unit is not None:
            wanted = INDICATORS[key].unit
            if not parse_unit(target.unit).convertible(parse_unit(wanted)):
                message = f"unit {target.unit!r} does not convert to {wanted!r} of {key.value!r}"
                issues.append(
                    Issue(
                        "indicator_unit_mismatch", message, path, (*loc, "unit"), severity="warning"
                    )
                )
        result = target.achieved
        if result is None:
            continue
        loc = (*loc, "achieved")
        if target.value is None:
            message = f"result {str(result.value)!r} has no target value to compare with"
            issues.append(Issue("result_without_value", message, path, (*loc, "value")))
        if result.unit is not None and result.unit != target.unit:
            ok = target.unit is not None and parse_unit(result.unit).convertible(
                parse_unit(target.unit)
            )
            if not ok:
                message = (
                    f"result unit {result.unit!r} does not convert to the target's unit "
                    f"{target.unit!r}; expected the same unit at another scale"
                )
                issues.append(Issue("result_unit_mismatch", message, path, (*loc, "unit")))
        if result.reported_in is not None:
            kind = kind_of(result.reported_in)
            if kind is None or not issubclass(kind, Document):
                message = f"no document has id {result.reported_in!r}"
                issues.append(Issue("unresolved_reference", message, path, (*loc, "reported_in")))
        issues.extend(_result_term(target, doc, path, loc))
    return issues


def _result_term(target: Target, doc: Resolution, path: Path | None, loc: Loc) -> list[Issue]:
    result = target.achieved
    term = target.period or doc.term
    if result is None or term is None:
        return []
    year = result.period.end_year if result.period else None
    if result.measured_on is not None:
        year = result.measured_on.year
    if year is None or year >= term.start_year:
        return []
    message = f"result measured in {year}, before the target's term {term} began"
    return [Issue("result_outside_term", message, path, loc, severity="warning")]


def _sources(record: object) -> list[tuple[Loc, Source]]:
    """Every source a record cites, with its field path."""
    found: list[tuple[Loc, Source]] = [
        (("sources", i), s) for i, s in enumerate(getattr(record, "sources", []))
    ]
    if isinstance(record, Resolution):
        for t, target in enumerate(record.targets):
            found.extend((("targets", t, "sources", i), s) for i, s in enumerate(target.sources))
            if target.achieved is not None:
                found.extend(
                    (("targets", t, "achieved", "sources", i), s)
                    for i, s in enumerate(target.achieved.sources)
                )
    if isinstance(record, GoalDocument) and record.general_goal is not None:
        found.extend(
            (("general_goal", "sources", i), s) for i, s in enumerate(record.general_goal.sources)
        )
    if isinstance(record, Person):
        for t, title in enumerate(record.titles):
            found.extend((("titles", t, "sources", i), s) for i, s in enumerate(title.sources))
    return found


def _references(record: object) -> list[tuple[Loc, str, type]]:
    """Every (field path, id, expected record class) a record refers to."""
    out: list[tuple[Loc, str, type]] = []
    if isinstance(record, Document):
        if record.issuer is not None:
            out.append((("issuer", "organisation"), record.issuer.organisation, Organisation))
        if record.signature is not None and record.signature.person is not None:
            out.append((("signature", "person"), record.signature.person, Person))
        out.extend(
            (("relations", i, "target"), r.target, Document) for i, r in enumerate(record.relations)
        )
        if isinstance(record, Resolution) and record.congress is not None:
            out.append((("congress",), record.congress, Congress))
        if isinstance(record, Article):
            out.extend((("authors", i), a, Person) for i, a in enumerate(record.authors))
            out.extend((("about", i), a, object) for i, a in enumerate(record.about))
    elif isinstance(record, Organisation):
        if record.parent is not None:
            out.append((("parent",), record.parent, Organisation))
        out.extend(
            (("predecessors", i), o, Organisation) for i, o in enumerate(record.predecessors)
        )
        out.extend((("successors", i), o, Organisation) for i, o in enumerate(record.successors))
    elif isinstance(record, Congress):
        out.append((("organisation",), record.organisation, Organisation))
    elif isinstance(record, Person):
        out.extend(
            (("titles", i, "organisation"), t.organisation, Organisation)
            for i, t in enumerate(record.titles)
            if t.organisation is not None
        )
    sources = getattr(record, "sources", [])
    out.extend(
        (("sources", i, "document"), s.document, object)
        for i, s in enumerate(sources)
        if s.document is not None
    )
    return out
