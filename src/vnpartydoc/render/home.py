"""The overview page at the top of the generated pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnpartydoc.models import Resolution
from vnpartydoc.render.context import PageContext, labels_for
from vnpartydoc.render.diagrams import Bar, bar_chart
from vnpartydoc.render.entities import documents_table
from vnpartydoc.render.escape import Md, link
from vnpartydoc.render.indexes import INDEX_TITLES, timeline_of
from vnpartydoc.render.options import Page
from vnpartydoc.render.pages import front_matter
from vnpartydoc.render.paths import index_path
from vnpartydoc.render.templating import render_template

if TYPE_CHECKING:
    from vnpartydoc.models import Document
    from vnpartydoc.render.data import SiteData

__all__ = ["home_page"]


def _targets_by_year(site: SiteData, pc: PageContext) -> Md | None:
    years: dict[int, list[str]] = {}
    for doc in site.documents:
        if isinstance(doc, Resolution):
            for target in doc.targets:
                if target.year is not None:
                    years.setdefault(target.year, []).append(target.indicator)
    bars = [Bar(str(y), len(items), items[:20]) for y, items in sorted(years.items())]
    return bar_chart(bars, pc.L.chart_targets, pc.L.targets_count, site.options.diagrams) or None


def home_page(site: SiteData) -> Page:
    """The overview page at the top of the generated pages."""
    options = site.options
    labels = labels_for(options.language)
    path = "/".join(p for p in (options.url_prefix, "index.md") if p)
    pc = PageContext(site, labels, path=path)
    overview = labels.format(
        "overview",
        documents=len(site.documents),
        congresses=len(site.congresses),
        organisations=len(site.organisations),
        people=len(site.people),
    )
    browse = [
        link(labels[INDEX_TITLES[i]], pc.url(index_path(options.url_prefix, i)))
        for i in options.indexes
    ]
    latest: list[Document] = site.documents[: min(10, options.page_size)]
    variables = {
        "title": labels.home,
        "h": pc,
        "L": labels,
        "language": options.language,
        "front_matter": front_matter(labels.home, {"kind": "home"}),
        "jsonld_script": Md(""),
        "overview": overview,
        "browse": browse,
        "timeline": timeline_of(site)(pc),
        "targets_chart": _targets_by_year(site, pc),
        "latest": documents_table(latest, pc) if latest else None,
    }
    template = site.templates.select(["home.md.j2"])
    markdown = render_template(template, variables, site.templates.dir)
    return Page(path=path, title=labels.home, markdown=markdown, kind="home", in_nav=True)
