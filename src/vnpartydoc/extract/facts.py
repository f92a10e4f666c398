"""Facts of an extraction as comparable strings, for scoring against labelled texts.

Each field maps to a set of short strings (see ``tests/extract_corpus/README.md``), so precision
and recall are set comparisons. Text is NFC and old tone placement is folded ("uỷ" → "ủy").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnpartydoc.enums import TargetQualifier
from vnpartydoc.extract.clean import fold
from vnpartydoc.models import Resolution
from vnpartydoc.text import to_nfc, to_roman

if TYPE_CHECKING:
    from vnpartydoc.extract.result import ExtractionResult

__all__ = ["FIELDS", "facts", "normalise"]

FIELDS = (
    "congress", "organisation", "term", "dates", "places", "document numbers", "documents",
    "people", "titles", "targets", "milestones", "points", "kind", "tag",
)  # fmt: skip
"""Fields scored, in table order."""


def normalise(fact: str) -> str:
    """NFC, folded tone placement, single spaces."""
    return " ".join(fold(to_nfc(str(fact))).split())


def facts(result: ExtractionResult) -> dict[str, set[str]]:
    """The facts of a result, by field."""
    out: dict[str, set[str]] = {name: set() for name in FIELDS}
    for org in result.organisations:
        out["organisation"].add(f"{org.id} {org.level.value}")
    for congress in result.congresses:
        key = f"{congress.organisation} {to_roman(congress.ordinal)}"
        out["congress"].add(key)
        out["term"].add(f"{key} {congress.term}")
        for field, word in (("prep_on", "prep"), ("opened_on", "opened"), ("closed_on", "closed")):
            value = getattr(congress, field)
            if value is not None:
                out["dates"].add(f"{key} {word} {value}")
        if congress.place:
            out["places"].add(f"{key} at {congress.place}")
    documents = [*result.documents, *([result.document] if result.document else [])]
    for doc in documents:
        if doc.number is not None:
            out["document numbers"].add(f"{getattr(doc, 'type', '')} {doc.number}")
            if doc.issued_on is not None:
                out["dates"].add(f"{doc.number} issued {doc.issued_on}")
            if doc.place:
                out["places"].add(f"{doc.number} at {doc.place}")
        elif (
            doc is not result.document
            and doc.issuer is not None
            and not (isinstance(doc, Resolution) and doc.congress)
        ):
            out["documents"].add(
                f"{getattr(doc, 'type', '')} {doc.issuer.organisation} {doc.issuer.body.value}"
            )
    for person in result.people:
        out["people"].add(person.name)
        for title in person.titles:
            out["titles"].add(f"{person.name}: {title.printed}")
    for target in result.targets:
        fact = f"{target.value} {target.unit}"
        if target.qualifier is not TargetQualifier.EXACT:
            fact += f" {target.qualifier.value}"
        if target.achieved is not None:
            fact += f" achieved {target.achieved}"
        out["targets"].add(fact)
    for doc in documents:
        if isinstance(doc, Resolution) and doc.general_goal is not None:
            out["milestones"].update(str(m.year) for m in doc.general_goal.milestones)
    if result.document is not None:
        out["points"].update(
            point.label for point in getattr(result.document, "points", []) if point.label
        )
        out["kind"].add(getattr(result.document, "type", ""))
        publication = getattr(result.document, "publication", None)
        if publication is not None and publication.tag:
            out["tag"].add(publication.tag)
    return {name: {normalise(f) for f in values} for name, values in out.items()}
