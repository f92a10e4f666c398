"""Stage 5: records. Turn a :class:`~vnpartydoc.extract.state.Reading` into validated records.

Input: the reading (page, layout, mentions and the :class:`~vnpartydoc.extract.state.Discourse`,
all frozen; this stage only reads them). Output: an
:class:`~vnpartydoc.extract.result.ExtractionResult` with every record, its spans, and the
discourse stage's issues followed by this stage's.
:func:`build` runs these phases in order, each a function with its inputs and outputs named:

1. :func:`~vnpartydoc.extract.records.bodies.organisation_records` (``bodies.py``);
2. :func:`~vnpartydoc.extract.records.bodies.congress_records`, then the congress in focus;
3. :func:`_cited_documents`: a record per cited document (``documents.py``), a congress
   resolution's number kept for that congress;
4. :func:`_congress_resolutions`: the resolution of each congress the text speaks of;
5. :func:`_goal_and_targets`: the general goal, targets and results (``aims.py``);
6. :func:`_implementing`: a cited plan or directive about a congress implements its resolution;
   then :func:`~vnpartydoc.extract.records.aims.cited_goal`: a goal no congress resolution
   holds goes to the cited or named document it is reported of;
7. :func:`~vnpartydoc.extract.records.people.people_records` (``people.py``);
8. :func:`~vnpartydoc.extract.records.main.main_record`: the article or document the text is;
9. :func:`~vnpartydoc.extract.records.aims.read_goal`: the general goal for the result, also
   one no document holds; then :func:`_result`: everything gathered into the result.

Each phase writes the places it read values from, and its issues, through the one
:class:`~vnpartydoc.extract.records.builder.Builder` (the records stage's own); phases do not
change one another's records.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from vnpartydoc.enums import BodyKind, DocumentKind
from vnpartydoc.extract.ids import congress_id
from vnpartydoc.extract.records.aims import (
    cited_goal,
    general_goal,
    own_goal,
    read_goal,
    target_records,
)
from vnpartydoc.extract.records.bodies import (
    congress_records,
    congress_resolution,
    organisation_records,
)
from vnpartydoc.extract.records.builder import Builder
from vnpartydoc.extract.records.documents import cited_document, is_own_citation, own_number
from vnpartydoc.extract.records.main import main_record, title_text
from vnpartydoc.extract.records.people import people_records
from vnpartydoc.extract.result import ExtractionResult, spans_from
from vnpartydoc.extract.scan import ends_with
from vnpartydoc.models import Resolution
from vnpartydoc.types import DocumentNumber

if TYPE_CHECKING:
    from vnpartydoc.extract.citations import Citation
    from vnpartydoc.extract.state import CongressDraft, Reading
    from vnpartydoc.models import Congress, Document, Goal, Organisation, Person, Target

__all__ = ["build"]

_RESOLUTION_BEFORE_RE = re.compile(r"(?i:nghị\s+quyết)\s*$")

Cited = list[tuple["Citation", "Document"]]
"""Cited documents with the citation each was read from, in text order."""
CongressNumbers = dict[str, tuple[str, tuple[int, int] | None]]
"""Congress id → number of its resolution as cited ("" when cited without one) and its span."""


def build(reading: Reading) -> ExtractionResult:
    """Build every record and return the result."""
    b = Builder(reading)
    organisations = organisation_records(b)
    congresses = congress_records(b)
    drafts = {congress_id(d.org, d.ordinal): d for d in reading.congresses.values()}
    main_congress = None
    if congresses:
        main_congress = max(
            congresses, key=lambda c: (len(drafts[c.id].mentions), -drafts[c.id].mentions[0].start)
        )
    cited, documents, congress_number = _cited_documents(b, drafts)
    title = title_text(reading)
    main_congress_id = main_congress.id if main_congress else None
    layout = reading.layout
    if layout.kind is DocumentKind.RESOLUTION and main_congress is not None and title:
        summary_start = title[1]
        for cid, draft in drafts.items():
            if any(summary_start <= m.start <= title[2] for m in draft.mentions):
                main_congress_id = cid
    resolutions = _congress_resolutions(b, congresses, drafts, congress_number, main_congress_id)
    targets, achievements = _goal_and_targets(
        b, resolutions, drafts, main_congress, main_congress_id
    )
    _implementing(b, cited, documents, drafts, resolutions)
    cited_goal(b, cited, documents, resolutions)
    people, authors = people_records(b)
    main = main_record(
        b, reading, title, congresses, resolutions, main_congress_id, cited, authors, targets
    )
    goal = read_goal(b, [main, *documents.values()], resolutions)
    return _result(
        b,
        main,
        resolutions,
        documents,
        organisations,
        congresses,
        people,
        targets,
        achievements,
        goal=goal,
    )


def _cited_documents(
    b: Builder, drafts: dict[str, CongressDraft]
) -> tuple[Cited, dict[str, Document], CongressNumbers]:
    """Phase 3: a record per document cited (once per id), and congress resolutions' numbers.

    The document's own number in its header is no citation; "Nghị quyết số 01-NQ/ĐH" of a
    congress named in the citation is that congress's resolution, not a document of its own.
    """
    reading = b.reading
    cited: Cited = []
    documents: dict[str, Document] = {}
    congress_number: CongressNumbers = {}
    own = [(ln.start, ln.end) for ln in reading.layout.header] if reading.layout.kind else []
    found = own_number(reading) if own else None
    own_text = str(DocumentNumber.parse(found[0]["number"])) if found is not None else None
    for cit in reading.citations:
        if (
            own
            and any(start <= cit.start < end for start, end in own)
            and is_own_citation(reading, own_text, cit)
        ):
            continue  # "Số 25-CT/TU" in the header: the document's own number, not a citation
        if (
            cit.body is BodyKind.CONGRESS
            and cit.number is not None
            and cit.kind is DocumentKind.RESOLUTION
        ):
            owner = _congress_at(drafts, cit)
            if owner is not None:
                congress_number[owner] = (str(cit.number), cit.number_span)
                continue
        doc = cited_document(b, cit)
        if doc is not None and doc.id not in documents:
            documents[doc.id] = doc
            cited.append((cit, doc))
    for cit, doc in cited:
        if doc.number is None and cit.about_span is not None:
            for cid, draft in drafts.items():
                if any(cit.about_span[0] <= m.start < cit.about_span[1] for m in draft.mentions):
                    congress_number.setdefault(cid, ("", None))
    return cited, documents, congress_number


def _congress_at(drafts: dict[str, CongressDraft], cit: Citation) -> str | None:
    if cit.body_span is None:
        return None
    for cid, draft in drafts.items():
        if any(cit.body_span[0] <= m.start <= cit.body_span[1] for m in draft.mentions):
            return cid
    return None


def _congress_resolutions(
    b: Builder,
    congresses: list[Congress],
    drafts: dict[str, CongressDraft],
    congress_number: CongressNumbers,
    main_congress_id: str | None,
) -> dict[str, dict[str, Any]]:
    """Phase 4: data of the resolutions of congresses, by congress id.

    A congress has one when the text cites its resolution, names it after "Nghị quyết", or
    sets goals or targets for it (the congress in focus), or when the text is its resolution.
    """
    reading = b.reading
    is_document = reading.layout.kind is not None
    main_kind = reading.layout.kind
    resolutions: dict[str, dict[str, Any]] = {}
    for congress in congresses:
        draft = drafts[congress.id]
        wanted = (
            congress.id in congress_number
            or any(
                ends_with(reading.page.low, ("quyết",), max(0, m.start - 15), m.start)
                and _RESOLUTION_BEFORE_RE.search(reading.page.fold, max(0, m.start - 15), m.start)
                for m in draft.mentions
            )
            or (congress.id == main_congress_id and (reading.goal or reading.targets))
        )
        if wanted or (
            is_document and main_kind is DocumentKind.RESOLUTION and congress.id == main_congress_id
        ):
            data = congress_resolution(b, draft, congress)
            number = congress_number.get(congress.id)
            if number and number[0]:
                data["number"] = number[0]
                if number[1]:
                    b.span(*number[1], data["id"], "number")
            resolutions[congress.id] = data
    return resolutions


def _goal_and_targets(
    b: Builder,
    resolutions: dict[str, dict[str, Any]],
    drafts: dict[str, CongressDraft],
    main_congress: Congress | None,
    main_congress_id: str | None,
) -> tuple[list[Target], list[Target]]:
    """Phase 5: the goal and targets go to the resolution of the congress in focus.

    The goal does not when it is the text's own (a plan or strategy printed with its heading,
    see :func:`~vnpartydoc.extract.records.aims.own_goal`). Returns the targets and the results
    already reached; without a resolution to hold them the targets are on the result only, and
    said so.
    """
    reading = b.reading
    goal_holder = resolutions.get(main_congress_id or "")
    term = str(main_congress.term) if main_congress and main_congress.term else None
    if main_congress_id and main_congress_id in drafts:
        term = str(drafts[main_congress_id].term) if drafts[main_congress_id].term else term
    if goal_holder is not None and not own_goal(reading):
        goal = general_goal(b, goal_holder["id"])
        if goal is not None:
            goal_holder["general_goal"] = goal
    targets = target_records(b, goal_holder["id"] if goal_holder else "", term)
    achievements = target_records(b, "", term, results=True)
    if goal_holder is not None and targets:
        goal_holder["targets"] = targets
        goal_holder["horizon"] = None
    elif targets and goal_holder is None:
        b.issue(
            "targets_without_resolution",
            "targets were read but no resolution holds them; they are on the result only",
            next(m.start for m in reading.targets if not m.result),
        )
    return targets, achievements


def _implementing(
    b: Builder,
    cited: Cited,
    documents: dict[str, Document],
    drafts: dict[str, CongressDraft],
    resolutions: dict[str, dict[str, Any]],
) -> None:
    """Phase 6: relate cited documents to the congress resolutions they implement.

    A cited document without a number, about a congress whose resolution is built, implements
    that resolution (its record in ``documents`` is replaced).
    """
    for cit, doc in cited:
        if cit.about_span is None or doc.number is not None:
            continue
        for cid, draft in drafts.items():
            if cid in resolutions and any(
                cit.about_span[0] <= m.start < cit.about_span[1] for m in draft.mentions
            ):
                data = doc.model_dump(mode="json", exclude_defaults=True, by_alias=True)
                data["relations"] = [{"kind": "implements", "target": resolutions[cid]["id"]}]
                rebuilt = b.make(type(doc), data, cit.start)
                if rebuilt is not None:
                    documents[doc.id] = rebuilt


def _result(
    b: Builder,
    main: Document | None,
    resolutions: dict[str, dict[str, Any]],
    documents: dict[str, Document],
    organisations: list[Organisation],
    congresses: list[Congress],
    people: list[Person],
    targets: list[Target],
    achievements: list[Target],
    *,
    goal: Goal | None,
) -> ExtractionResult:
    """Phase 9: the congress resolutions (but the main record's) validated, and the result."""
    reading = b.reading
    docs: list[Document] = []
    for cid, data in resolutions.items():
        if main is not None and isinstance(main, Resolution) and main.congress == cid:
            continue
        record = b.make(Resolution, data, None)
        if record is not None:
            docs.append(record)
    docs.extend(documents.values())
    return ExtractionResult(
        reading.page.raw,
        main,
        docs,
        organisations,
        congresses,
        people,
        targets,
        [*reading.discourse.issues, *b.issues],
        spans_from(reading.page.raw, b.places, plain=reading.page.plain),
        spans_from(
            reading.page.raw,
            [(ln.start, ln.end, "", reason) for ln, reason in reading.page.ignored]
            + [(ln.start, ln.end, "", "menu") for ln in reading.layout.menu],
            plain=reading.page.plain,
        ),
        achievements=achievements,
        goal=goal,
    )
