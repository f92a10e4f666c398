"""Render a whole site, one record, or one part of a record; the ``documents.json`` index."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from vnpartydoc.corpus import Corpus, Entry
from vnpartydoc.errors import Issue
from vnpartydoc.models import Document
from vnpartydoc.render.data import SiteData
from vnpartydoc.render.home import home_page
from vnpartydoc.render.indexes import index_pages
from vnpartydoc.render.options import Page, RenderError, RenderOptions
from vnpartydoc.render.pages import record_context, record_page, template_for
from vnpartydoc.render.paths import page_url, record_type
from vnpartydoc.render.templating import blocks, render_block

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from vnpartydoc.models import Congress, Organisation, Person

    Linkable = Document | Organisation | Congress | Person

__all__ = [
    "PART_ALIASES",
    "documents_index",
    "iter_site",
    "render_part",
    "render_record",
    "render_site",
    "resolve_reference",
    "site_data",
]

PART_ALIASES = {"all": "body"}
"""Part names that differ from their block names ("all" is the whole body)."""
_DEFAULT = RenderOptions()


def site_data(corpus: Corpus, options: RenderOptions = _DEFAULT) -> SiteData:
    """Index the corpus for rendering, once: every lookup a page needs.

    Keep the result and pass it instead of the corpus to render several pages or parts of one
    site (as the MkDocs plugin and the Markdown extension do); each call indexes anew.

    Example:
        >>> from vnpartydoc.corpus import Corpus
        >>> from vnpartydoc.models import Person
        >>> site = site_data(Corpus.of([Person(id="to-lam", name="TÔ LÂM")]))
        >>> site.paths["to-lam"]
        'van-ban/ca-nhan/to-lam.md'
    """
    return SiteData(corpus, options)


def _site(source: Corpus | SiteData, options: RenderOptions | None) -> SiteData:
    if isinstance(source, SiteData):
        if options is not None and options != source.options:
            message = "options differ from those the site data was indexed with"
            raise RenderError(message, issues=[Issue("render_option", message)])
        return source
    return SiteData(source, options or _DEFAULT)


def _site_with(record: Linkable, site: SiteData) -> SiteData:
    if site.records.get(record.id) is record:
        return site
    # A record outside the corpus (or a changed copy) is rendered as if it were in it.
    return SiteData(Corpus(entries=[Entry(record), *site.corpus.entries]), site.options)


def render_site(corpus: Corpus | SiteData, options: RenderOptions | None = None) -> list[Page]:
    """Render every page of the site: home, indexes, and a page per record.

    ``corpus`` may be the corpus already indexed by :func:`site_data` (with its options).

    Example:
        >>> from vnpartydoc.corpus import load_corpus
        >>> corpus, issues = load_corpus(["examples"])  # doctest: +SKIP
        >>> [p.path for p in render_site(corpus)][:2]  # doctest: +SKIP
        ['van-ban/index.md', 'van-ban/theo-to-chuc/index.md']

    Raises:
        RenderError: when a template fails.
    """
    return list(iter_site(corpus, options))


def iter_site(corpus: Corpus | SiteData, options: RenderOptions | None = None) -> Iterator[Page]:
    """Render the pages of :func:`render_site` one at a time, in the same order.

    For a caller that writes each page away: the site's pages are never all in memory at once.

    Raises:
        RenderError: when a template fails (while iterating).
    """
    site = _site(corpus, options)
    yield home_page(site)
    yield from index_pages(site)
    for record in sorted(site.records.values(), key=lambda r: site.paths[r.id]):
        yield record_page(record, site)


def render_record(
    record: Linkable, corpus: Corpus | SiteData, options: RenderOptions | None = None
) -> Page:
    """Render the page of one record, with links into the rest of the corpus (or site data).

    Raises:
        RenderError: when a template fails.
    """
    return record_page(record, _site_with(record, _site(corpus, options)))


def render_part(
    record: Linkable,
    part: str,
    corpus: Corpus | SiteData,
    options: RenderOptions | None = None,
    *,
    url_for: Callable[[str], str] | None = None,
    id_prefix: str | None = None,
) -> str:
    """Render one part of a record ("targets", "signature", "goal", "points" … or "all").

    A part is a block of the record's template, so user overrides apply to embeds too.

    Args:
        record: The record.
        part: A block name, or "all" for the whole page body without title and front matter.
        corpus: Where linked records are looked up: the corpus, or the site data of
            :func:`site_data` (with its options), which spares indexing it for each part.
        options: Render options.
        url_for: Turns a site path into the URL to write; default: relative to the
            record's own page.
        id_prefix: Put before heading ids; default: the record id and "-".

    Raises:
        RenderError: ``unknown_part`` when the template has no such block.
    """
    site = _site_with(record, _site(corpus, options))
    templates_dir = site.templates.dir
    prefix = f"{record.id}-" if id_prefix is None else id_prefix
    variables, _ = record_context(record, site, url_for=url_for, id_prefix=prefix)
    template = template_for(record, site.templates)
    block = PART_ALIASES.get(part, part)
    text = (
        None
        if block in {"front_matter", "jsonld"}
        else render_block(template, block, variables, templates_dir)
    )
    if text is None:
        known = [
            b
            for b in blocks(template, variables, templates_dir)
            if b not in {"front_matter", "jsonld"}
        ]
        message = (
            f"unknown part {part!r} of {record_type(record)} {record.id!r}; "
            f"expected 'all' or one of {', '.join(known)}"
        )
        raise RenderError(message, issues=[Issue("unknown_part", message)])
    return text


def resolve_reference(corpus: Corpus, ref: str) -> Linkable | None:
    """Find a record by id, or a document by its number ("01-NQ/TU") when only one has it."""
    return corpus.resolve(ref.strip())


def documents_index(
    pages: Sequence[Page], corpus: Corpus, *, use_directory_urls: bool = True
) -> str:
    """The site's ``documents.json``: every document with its page and JSON URLs.

    URLs are relative to the site root.
    """
    records = {e.record.id: e.record for e in reversed(corpus.entries)}
    entries = []
    for page in sorted(pages, key=lambda p: p.record_id or ""):
        record = records.get(page.record_id or "")
        if page.kind != "document" or not isinstance(record, Document):
            continue
        issuer = None
        if record.issuer is not None:
            issuer = {"organisation": record.issuer.organisation, "body": record.issuer.body.value}
            if record.issuer.name:
                issuer["name"] = record.issuer.name
        entries.append(
            {
                "id": record.id,
                "type": record_type(record),
                "number": str(record.number) if record.number else None,
                "title": record.title,
                "date": str(record.issued_on) if record.issued_on else None,
                "issuer": issuer,
                "url": page_url(page.path, use_directory_urls=use_directory_urls),
                "json": page.json_path,
            }
        )
    return (
        json.dumps({"count": len(entries), "documents": entries}, ensure_ascii=False, indent=2)
        + "\n"
    )
