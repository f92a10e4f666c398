"""The corpus indexed for rendering: every lookup a page needs, built once in O(n).

Records with a repeated id keep the first one (the corpus rules report the duplicate). Lists
are sorted so pages come out the same whatever order the files were loaded in: documents newest
first (undated last), then by id.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import cached_property
from typing import TYPE_CHECKING

from vnpartydoc.enums import BodyKind
from vnpartydoc.models import Article, Congress, Document, Organisation, Person, Resolution
from vnpartydoc.render.paths import page_path, record_type
from vnpartydoc.render.templating import Templates

if TYPE_CHECKING:
    from vnpartydoc.corpus import Corpus
    from vnpartydoc.enums import RelationKind
    from vnpartydoc.render.options import RenderOptions
    from vnpartydoc.types import DocumentNumber

    Linkable = Document | Organisation | Congress | Person

__all__ = ["SiteData", "document_sort_key"]


def document_sort_key(doc: Document) -> tuple[int, int, str]:
    """Newest first, undated last, then by id."""
    if doc.issued_on is None:
        return (1, 0, doc.id)
    return (0, -doc.issued_on.earliest().toordinal(), doc.id)


def _congress_start(congress: Congress, *, for_congress_body: bool) -> dt.date | None:
    # A committee's term starts the day after its congress closes (HD 36 §1.3.1); documents of
    # the congress itself count from its first sitting. Neither dates nor term: unknown (None).
    if not for_congress_body and congress.closed_on is not None:
        return congress.closed_on.latest() + dt.timedelta(days=1)
    for day in (congress.prep_on, congress.opened_on, congress.closed_on):
        if day is not None:
            return day.earliest()
    return None if congress.term is None else dt.date(congress.term.start_year, 1, 1)


class SiteData:
    """Lookups over a corpus for one set of render options."""

    def __init__(self, corpus: Corpus, options: RenderOptions) -> None:
        self.corpus = corpus
        self.options = options
        self.templates = Templates(options.templates_dir)
        self.records: dict[str, Linkable] = {}
        for entry in corpus:
            self.records.setdefault(entry.record.id, entry.record)
        self.paths = {rid: page_path(r, options) for rid, r in self.records.items()}
        values = list(self.records.values())
        self.documents = sorted(
            (r for r in values if isinstance(r, Document)), key=document_sort_key
        )
        self.organisations = sorted(
            (r for r in values if isinstance(r, Organisation)), key=lambda o: (o.name, o.id)
        )
        self.congresses = sorted(
            (r for r in values if isinstance(r, Congress)),
            key=lambda c: (c.organisation, c.ordinal, c.id),
        )
        self.people = sorted(
            (r for r in values if isinstance(r, Person)), key=lambda p: (p.name, p.id)
        )

    def get(self, record_id: str | None) -> Linkable | None:
        """The record with this id, or None."""
        return None if record_id is None else self.records.get(record_id)

    def organisation(self, record_id: str | None) -> Organisation | None:
        """The organisation with this id, or None."""
        found = self.get(record_id)
        return found if isinstance(found, Organisation) else None

    def congress(self, record_id: str | None) -> Congress | None:
        """The congress with this id, or None."""
        found = self.get(record_id)
        return found if isinstance(found, Congress) else None

    def person(self, record_id: str | None) -> Person | None:
        """The person with this id, or None."""
        found = self.get(record_id)
        return found if isinstance(found, Person) else None

    @cached_property
    def by_number(self) -> dict[DocumentNumber, list[Document]]:
        """Documents by number (numbers repeat across committee terms)."""
        out: dict[DocumentNumber, list[Document]] = defaultdict(list)
        for doc in self.documents:
            if doc.number is not None:
                out[doc.number].append(doc)
        return dict(out)

    @cached_property
    def docs_by_org(self) -> dict[str, list[Document]]:
        """Documents by issuing organisation."""
        out: dict[str, list[Document]] = defaultdict(list)
        for doc in self.documents:
            if doc.issuer is not None:
                out[doc.issuer.organisation].append(doc)
        return dict(out)

    @cached_property
    def docs_by_kind(self) -> dict[str, list[Document]]:
        """Documents by type value ("nghi-quyet", "bai-viet" …)."""
        out: dict[str, list[Document]] = defaultdict(list)
        for doc in self.documents:
            out[record_type(doc)].append(doc)
        return dict(out)

    @cached_property
    def docs_by_year(self) -> dict[int, list[Document]]:
        """Documents by year of issue (undated documents are left out)."""
        out: dict[int, list[Document]] = defaultdict(list)
        for doc in self.documents:
            if doc.issued_on is not None:
                out[doc.issued_on.year].append(doc)
        return dict(out)

    @cached_property
    def congresses_by_org(self) -> dict[str, list[Congress]]:
        """Congresses of each organisation, by ordinal."""
        out: dict[str, list[Congress]] = defaultdict(list)
        for congress in self.congresses:
            out[congress.organisation].append(congress)
        return dict(out)

    @cached_property
    def children(self) -> dict[str, list[Organisation]]:
        """Organisations directly under each organisation."""
        out: dict[str, list[Organisation]] = defaultdict(list)
        for org in self.organisations:
            if org.parent is not None:
                out[org.parent].append(org)
        return dict(out)

    @cached_property
    def signed_by(self) -> dict[str, list[Document]]:
        """Documents each person signed."""
        out: dict[str, list[Document]] = defaultdict(list)
        for doc in self.documents:
            if doc.signature is not None and doc.signature.person is not None:
                out[doc.signature.person].append(doc)
        return dict(out)

    @cached_property
    def written_by(self) -> dict[str, list[Article]]:
        """Articles each person wrote."""
        out: dict[str, list[Article]] = defaultdict(list)
        for doc in self.documents:
            if isinstance(doc, Article):
                for author in dict.fromkeys(doc.authors):
                    out[author].append(doc)
        return dict(out)

    @cached_property
    def articles_about(self) -> dict[str, list[Article]]:
        """Articles about each record."""
        out: dict[str, list[Article]] = defaultdict(list)
        for doc in self.documents:
            if isinstance(doc, Article):
                for target in dict.fromkeys(doc.about):
                    out[target].append(doc)
        return dict(out)

    @cached_property
    def incoming(self) -> dict[str, list[tuple[RelationKind, Document]]]:
        """Relations pointing at each document: (kind, the document that points)."""
        out: dict[str, list[tuple[RelationKind, Document]]] = defaultdict(list)
        for doc in self.documents:
            for relation in doc.relations:
                out[relation.target].append((relation.kind, doc))
        return dict(out)

    @cached_property
    def docs_by_congress(self) -> dict[str, list[Document]]:
        """Documents of each congress and the committee term it opened."""
        out: dict[str, list[Document]] = defaultdict(list)
        for doc in self.documents:
            for congress_id in self._congresses_of(doc):
                out[congress_id].append(doc)
        return dict(out)

    def _congresses_of(self, doc: Document) -> list[str]:
        if isinstance(doc, Resolution) and self.congress(doc.congress) is not None:
            return [doc.congress]  # type: ignore[list-item]
        if isinstance(doc, Article):
            found = []
            for target in doc.about:
                record = self.get(target)
                if isinstance(record, Congress):
                    found.append(record.id)
                elif isinstance(record, Document) and not isinstance(record, Article):
                    found.extend(self._congresses_of(record))
            return list(dict.fromkeys(found))
        if doc.issuer is None or doc.issued_on is None:
            return []
        on_congress = doc.issuer.body == BodyKind.CONGRESS
        day = doc.issued_on.earliest()
        chosen = None
        for congress in self.congresses_by_org.get(doc.issuer.organisation, []):
            start = _congress_start(congress, for_congress_body=on_congress)
            if start is not None and start <= day:  # an undated congress takes no documents
                chosen = congress.id
        return [chosen] if chosen is not None else []
