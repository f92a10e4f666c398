"""Template variables of person, congress and organisation pages, and document tables."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vnpartydoc.models import Article
from vnpartydoc.render import fmt
from vnpartydoc.render.data import document_sort_key
from vnpartydoc.render.diagrams import Span, TimelineRow, timeline
from vnpartydoc.render.documents import article_entry
from vnpartydoc.render.escape import Md, inline
from vnpartydoc.render.paths import index_path, record_type
from vnpartydoc.render.scorecards import organisation_indicators
from vnpartydoc.text import to_roman

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vnpartydoc.models import Congress, Document, Organisation, Person
    from vnpartydoc.render.context import PageContext

__all__ = [
    "congress_span",
    "congress_spans",
    "congress_vars",
    "documents_table",
    "organisation_vars",
    "person_docs",
    "person_vars",
    "term_cell",
    "validity",
]


def documents_table(docs: Sequence[Document], pc: PageContext) -> Md:
    """A table of documents: date, number, title (linked), type, issuer."""
    L = pc.L
    rows = []
    for doc in docs:
        issuer = ""
        if doc.issuer is not None:
            org = pc.site.organisation(doc.issuer.organisation)
            issuer = doc.issuer.name or (org.name if org else "")
        rows.append(
            [
                pc.short_date(doc.issued_on),
                doc.number or "",
                pc.link(doc.id),
                pc.L.kind_name(record_type(doc)),
                issuer,
            ]
        )
    return pc.table([L.date, L.number, L.doc_title, L.type, L.issuer], rows)


def _listing(docs: Sequence[Document], index: str, key: str, pc: PageContext) -> dict[str, Any]:
    """The first page of a record's documents, and a link to the whole list if it is longer."""
    options = pc.site.options
    limit = options.page_size if index in options.indexes else len(docs)
    more = None
    if len(docs) > limit:
        target = index_path(options.url_prefix, index, key)
        more = Md(f"[{inline(pc.L.format('all_documents', count=len(docs)))}]({pc.url(target)})")
    return {
        "documents": docs,
        "documents_table": documents_table(docs[:limit], pc) if docs else None,
        "all_documents": more,
    }


def validity(org: Organisation, pc: PageContext) -> str:
    """When an organisation existed ("từ ngày 1 tháng 7 năm 2025"), or ""."""
    parts = []
    if org.valid_from is not None:
        parts.append(pc.L.format("valid_from", date=pc.date(org.valid_from)))
    if org.valid_to is not None:
        parts.append(pc.L.format("valid_to", date=pc.date(org.valid_to)))
    return " ".join(parts)


# ------------------------------------------------------------------------------------- people


def person_docs(person_id: str, pc: PageContext) -> list[Document]:
    """Documents a person signed or wrote, newest first."""
    signed = pc.site.signed_by.get(person_id, [])
    written = pc.site.written_by.get(person_id, [])
    return sorted({d.id: d for d in [*signed, *written]}.values(), key=document_sort_key)


def person_vars(person: Person, pc: PageContext) -> dict[str, Any]:
    """Variables of a person's page."""
    L = pc.L
    titles = sorted(
        person.titles,
        key=lambda t: (t.held_from is None, t.held_from.earliest() if t.held_from else 0),
    )
    titles_rows = [
        [
            t.printed,
            t.post,
            t.organ or "",
            pc.link(t.organisation) if t.organisation else "",
            pc.short_date(t.held_from),
            pc.short_date(t.held_to),
        ]
        for t in titles
    ]
    headers = [L.title, L.post, L.organ, L.organisation, L.held_from, L.held_to]
    signed = pc.site.signed_by.get(person.id, [])
    written = pc.site.written_by.get(person.id, [])
    out: dict[str, Any] = {
        "person": person,
        "meta": pc.pairs([(L.name, person.name), (L.byline, person.byline)]),
        "titles": pc.table(headers, titles_rows) if titles else None,
        "signed": _then_table(person, signed, pc) if signed else None,
        "written": _then_table(person, written, pc) if written else None,
        "sources": [pc.source(s) for s in person.sources],
    }
    out.update(_listing(person_docs(person.id, pc), "person", person.id, pc))
    return out


def _then_table(person: Person, docs: Sequence[Document], pc: PageContext) -> Md:
    """Documents with the titles the person held on each date."""
    L = pc.L
    limit = pc.site.options.page_size
    rows = []
    for doc in docs[:limit]:
        held = person.titles_on(doc.issued_on) if doc.issued_on else person.titles
        then = ", ".join(t.printed for t in held)
        if not then and not isinstance(doc, Article) and doc.signature is not None:
            then = doc.signature.post or ""
        rows.append([pc.short_date(doc.issued_on), doc.number or "", pc.link(doc.id), then])
    return pc.table([L.date, L.number, L.doc_title, L.titles_then], rows)


# ---------------------------------------------------------------------------------- congresses


def congress_span(congress: Congress, pc: PageContext) -> Span | None:
    """A congress as a bar of the timeline; None when its term is unknown (no years to span)."""
    if congress.term is None:
        return None
    roman = to_roman(congress.ordinal)
    title = f"{pc.congress_name(congress)} ({congress.term})"
    return Span(roman, congress.term.start_year, congress.term.end_year, title)


def congress_spans(congresses: Sequence[Congress], pc: PageContext) -> list[Span]:
    """The timeline bars of the congresses whose term is known, in order."""
    return [span for c in congresses if (span := congress_span(c, pc)) is not None]


def term_cell(congress: Congress) -> str:
    """A congress's term in a table cell: empty when unknown, like any other unknown fact."""
    return "" if congress.term is None else str(congress.term)


def _congress_dates(congress: Congress, pc: PageContext) -> str | None:
    start = congress.prep_on or congress.opened_on
    if start is not None and congress.closed_on is not None:
        return fmt.date_range(start, congress.closed_on, pc.language)
    return pc.date(start or congress.closed_on)


def congress_vars(congress: Congress, pc: PageContext) -> dict[str, Any]:
    """Variables of a congress's page."""
    L = pc.L
    delegates = fmt.number(congress.delegates, pc.language) if congress.delegates else None
    meta = pc.pairs(
        [
            (L.organisation, pc.link(congress.organisation)),
            (L.ordinal, to_roman(congress.ordinal)),
            (L.term, term_cell(congress) or None),  # an unknown term: no row
            (L.form, L["form_" + congress.form]),
            (L.dates, _congress_dates(congress, pc)),
            (L.prep_on, pc.date(congress.prep_on)),
            (L.opened_on, pc.date(congress.opened_on)),
            (L.closed_on, pc.date(congress.closed_on)),
            (L.place, congress.place),
            (L.delegates, delegates),
        ]
    )
    out: dict[str, Any] = {
        "congress": congress,
        "meta": meta,
        "articles_about": [
            article_entry(a, pc) for a in pc.site.articles_about.get(congress.id, [])
        ],
        "sources": [pc.source(s) for s in congress.sources],
    }
    out.update(_listing(pc.site.docs_by_congress.get(congress.id, []), "congress", congress.id, pc))
    return out


# ------------------------------------------------------------------------------- organisations


def organisation_vars(org: Organisation, pc: PageContext) -> dict[str, Any]:
    """Variables of an organisation's page."""
    L = pc.L
    meta = pc.pairs(
        [
            (L.level, L.level_name(org.level)),
            (L.committee, org.committee),
            (L.locality, org.locality),
            (L.issuer_code, org.issuer_code),
            (L.parent, pc.link(org.parent) if org.parent else None),
            (L.valid, validity(org, pc)),
            (L.predecessors, pc.links(org.predecessors) if org.predecessors else None),
            (L.successors, pc.links(org.successors) if org.successors else None),
        ]
    )
    congresses = pc.site.congresses_by_org.get(org.id, [])
    rows = [
        [to_roman(c.ordinal), pc.link(c.id), term_cell(c), _congress_dates(c, pc) or ""]
        for c in congresses
    ]
    chart = timeline(
        [TimelineRow(org.name, congress_spans(congresses, pc))],
        L.chart_timeline,
        pc.site.options.diagrams,
    )
    out: dict[str, Any] = {
        "organisation": org,
        "meta": meta,
        "children": [pc.link(c.id) for c in pc.site.children.get(org.id, [])],
        "congresses": pc.table([L.ordinal, L.congress, L.term, L.dates], rows) if rows else None,
        "timeline": chart or None,
        "indicators": organisation_indicators(org, pc),
        "sources": [pc.source(s) for s in org.sources],
    }
    out.update(_listing(pc.site.docs_by_org.get(org.id, []), "organisation", org.id, pc))
    return out
