"""Index pages (by organisation, congress and term, type, year, person) and the home page.

Each index has a first-level list (of organisations, congresses, types …) and one list of
documents per group; both are cut into pages of ``page_size`` entries. Only the home page and the
first page of each index go into the navigation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vnpartydoc.enums import DocumentKind
from vnpartydoc.render.context import PageContext, labels_for
from vnpartydoc.render.diagrams import Bar, TimelineRow, bar_chart, timeline
from vnpartydoc.render.entities import (
    congress_spans,
    documents_table,
    person_docs,
    term_cell,
    validity,
)
from vnpartydoc.render.escape import Md, inline, link
from vnpartydoc.render.options import Page
from vnpartydoc.render.pages import front_matter
from vnpartydoc.render.paths import index_path
from vnpartydoc.render.templating import render_template

if TYPE_CHECKING:
    from vnpartydoc.render.data import SiteData

__all__ = ["INDEX_TITLES", "index_pages", "timeline_of"]

PcFn = Callable[[PageContext], Md | None]
TableFn = Callable[[Sequence[Any], PageContext], Md]


@dataclass
class _List:
    """One paginated list: its place, its title and how to draw it."""

    index: str
    group: str | None
    title: str
    items: Sequence[Any]
    table: TableFn
    intro: PcFn | None = None
    diagram: PcFn | None = None


def _pager(page: int, pages: int, spec: _List, pc: PageContext) -> Md | None:
    if pages == 1:
        return None
    prefix = pc.site.options.url_prefix
    parts = [inline(pc.L.format("page_of", page=page, pages=pages))]
    if page > 1:
        target = index_path(prefix, spec.index, spec.group, page - 1)
        parts.append(link(pc.L.previous, pc.url(target)))
    if page < pages:
        target = index_path(prefix, spec.index, spec.group, page + 1)
        parts.append(link(pc.L.next, pc.url(target)))
    return Md(" \u00b7 ").join(parts)


def _render_list(spec: _List, site: SiteData) -> list[Page]:
    options = site.options
    labels = labels_for(options.language)
    template = site.templates.select(["index.md.j2"])
    size = options.page_size
    chunks = [spec.items[i : i + size] for i in range(0, len(spec.items), size)] or [[]]
    pages = []
    for n, chunk in enumerate(chunks, start=1):
        path = index_path(options.url_prefix, spec.index, spec.group, n)
        pc = PageContext(site, labels, path=path)
        title = spec.title if n == 1 else labels.format("page_suffix", title=spec.title, page=n)
        meta = {"kind": "index", "index": spec.index, "group": spec.group, "page": n}
        variables = {
            "title": title,
            "h": pc,
            "L": labels,
            "language": options.language,
            "front_matter": front_matter(title, meta),
            "jsonld_script": Md(""),
            "intro": spec.intro(pc) if spec.intro else None,
            "diagram": spec.diagram(pc) if spec.diagram and n == 1 else None,
            "table": spec.table(chunk, pc) if chunk else None,
            "pager": _pager(n, len(chunks), spec, pc),
        }
        markdown = render_template(template, variables, site.templates.dir)
        in_nav = n == 1 and spec.group is None
        pages.append(Page(path=path, title=title, markdown=markdown, kind="index", in_nav=in_nav))
    return pages


def _count_link(count: int, index: str, group: str, pc: PageContext) -> Md:
    if count == 0:
        return inline("0")
    return link(str(count), pc.url(index_path(pc.site.options.url_prefix, index, group)))


def _record_intro(record_id: str) -> PcFn:
    return lambda pc: pc.link(record_id)


def _docs_table(docs: Sequence[Any], pc: PageContext) -> Md:
    return documents_table(docs, pc)


# ------------------------------------------------------------------------------------ indexes


def _by_organisation(site: SiteData) -> list[_List]:
    docs = site.docs_by_org

    def table(orgs: Sequence[Any], pc: PageContext) -> Md:
        L = pc.L
        rows = [
            [pc.link(o.id), L.level_name(o.level), validity(o, pc),
             _count_link(len(docs.get(o.id, [])), "organisation", o.id, pc)]
            for o in orgs
        ]  # fmt: skip
        return pc.table([L.organisation, L.level, L.valid, L.count], rows)

    lists = [
        _List(
            "organisation",
            None,
            labels_for(site.options.language).index_organisation,
            site.organisations,
            table,
        )
    ]
    for org in site.organisations:
        if org.id in docs:
            lists.append(
                _List(
                    "organisation",
                    org.id,
                    org.name,
                    docs[org.id],
                    _docs_table,
                    _record_intro(org.id),
                )
            )
    return lists


def _org_label(site: SiteData, org_id: str) -> str:
    """An organisation's name, with the years it existed when it did not always exist."""
    org = site.organisation(org_id)
    if org is None:
        return org_id
    if org.valid_from is None and org.valid_to is None:
        return org.name
    start = str(org.valid_from.year) if org.valid_from else ""
    end = str(org.valid_to.year) if org.valid_to else ""
    return f"{org.name} ({start}\u2013{end})"


def timeline_of(site: SiteData) -> PcFn:
    """A function drawing the timeline of every organisation's congresses, for a page."""

    def draw(pc: PageContext) -> Md | None:
        rows: dict[str, list[Any]] = {}
        for congress in site.congresses:
            rows.setdefault(congress.organisation, []).extend(congress_spans([congress], pc))
        names = {o: _org_label(site, o) for o in rows}
        ordered = sorted(rows, key=lambda o: (names[o], o))
        chart = timeline(
            [TimelineRow(names[o], rows[o]) for o in ordered],
            pc.L.chart_timeline,
            site.options.diagrams,
        )
        return chart or None

    return draw


def _by_congress(site: SiteData) -> list[_List]:
    docs = site.docs_by_congress

    def table(congresses: Sequence[Any], pc: PageContext) -> Md:
        L = pc.L
        rows = [
            [pc.link(c.id), pc.link(c.organisation), term_cell(c),
             _count_link(len(docs.get(c.id, [])), "congress", c.id, pc)]
            for c in congresses
        ]  # fmt: skip
        return pc.table([L.congress, L.organisation, L.term, L.count], rows)

    title = labels_for(site.options.language).index_congress
    lists = [_List("congress", None, title, site.congresses, table, diagram=timeline_of(site))]
    for congress in site.congresses:
        if congress.id in docs:
            name = PageContext(site, labels_for(site.options.language), path="").congress_name(
                congress
            )
            title = name if congress.term is None else f"{name} ({congress.term})"
            lists.append(
                _List("congress", congress.id, title, docs[congress.id],
                      _docs_table, _record_intro(congress.id))
            )  # fmt: skip
    return lists


def _kind_order(kind: str) -> tuple[int, str]:
    members = list(DocumentKind._value2member_map_)
    return (members.index(kind), kind) if kind in members else (len(members), kind)


def _by_type(site: SiteData) -> list[_List]:
    docs = site.docs_by_kind
    kinds = sorted(docs, key=_kind_order)

    def table(items: Sequence[Any], pc: PageContext) -> Md:
        rows = [[pc.L.kind_name(k), _count_link(len(docs[k]), "type", k, pc)] for k in items]
        return pc.table([pc.L.type, pc.L.count], rows)

    labels = labels_for(site.options.language)
    lists = [_List("type", None, labels.index_type, kinds, table)]
    lists.extend(_List("type", k, labels.kind_name(k), docs[k], _docs_table) for k in kinds)
    return lists


def _by_year(site: SiteData) -> list[_List]:
    docs = site.docs_by_year
    years = sorted(docs, reverse=True)

    def table(items: Sequence[Any], pc: PageContext) -> Md:
        rows = [[y, _count_link(len(docs[y]), "year", str(y), pc)] for y in items]
        return pc.table([pc.L.year, pc.L.count], rows)

    def chart(pc: PageContext) -> Md | None:
        bars = [Bar(str(y), len(docs[y]), []) for y in sorted(docs)]
        return bar_chart(bars, pc.L.index_year, pc.L.count, site.options.diagrams) or None

    labels = labels_for(site.options.language)
    lists = [_List("year", None, labels.index_year, years, table, diagram=chart)]
    lists.extend(
        _List("year", str(y), labels.format("year_n", year=y), docs[y], _docs_table) for y in years
    )
    return lists


def _by_person(site: SiteData) -> list[_List]:
    labels = labels_for(site.options.language)
    pc0 = PageContext(site, labels, path="")
    docs = {p.id: person_docs(p.id, pc0) for p in site.people}

    def table(people: Sequence[Any], pc: PageContext) -> Md:
        rows = [
            [pc.link(p.id), ", ".join(t.printed for t in p.titles),
             _count_link(len(docs[p.id]), "person", p.id, pc)]
            for p in people
        ]  # fmt: skip
        return pc.table([pc.L.name, pc.L.titles, pc.L.count], rows)

    lists = [_List("person", None, labels.index_person, site.people, table)]
    lists.extend(
        _List("person", p.id, p.name, docs[p.id], _docs_table, _record_intro(p.id))
        for p in site.people
        if docs[p.id]
    )
    return lists


def _by_indicator(site: SiteData) -> list[_List]:
    from vnpartydoc.render.scorecards import indicator_lists  # it builds on _List

    return indicator_lists(site)


_BUILDERS: dict[str, Callable[[SiteData], list[_List]]] = {
    "organisation": _by_organisation,
    "congress": _by_congress,
    "type": _by_type,
    "year": _by_year,
    "person": _by_person,
    "indicator": _by_indicator,
}
INDEX_TITLES = {
    "organisation": "index_organisation",
    "congress": "index_congress",
    "type": "index_type",
    "year": "index_year",
    "person": "index_person",
    "indicator": "index_indicator",
}


def index_pages(site: SiteData) -> list[Page]:
    """Every page of every index chosen in the options."""
    pages: list[Page] = []
    for index in site.options.indexes:
        for spec in _BUILDERS[index](site):
            pages.extend(_render_list(spec, site))
    return pages
