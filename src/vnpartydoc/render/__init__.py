"""Render records to Markdown pages with Jinja2 templates; MkDocs-free.

Every generator gets the same pages: the MkDocs plugin hands them to MkDocs, ``vnpartydoc
render`` writes them to disk, and the Markdown extension (:mod:`vnpartydoc.mdext`) embeds parts
of them in hand-written pages.

Example:
    >>> from vnpartydoc.corpus import Corpus
    >>> from vnpartydoc.models import Person
    >>> corpus = Corpus.of([Person(id="trinh-lam-sinh", name="TRÌNH LAM SINH")])
    >>> page = render_record(corpus.people[0], corpus)
    >>> page.path, page.title
    ('van-ban/ca-nhan/trinh-lam-sinh.md', 'Trình Lam Sinh')
"""

from __future__ import annotations

from vnpartydoc.render.data import SiteData
from vnpartydoc.render.options import (
    INDEXES,
    RENDER_OPTIONS,
    Page,
    RenderError,
    RenderOption,
    RenderOptions,
)
from vnpartydoc.render.output import run_cli, site_files
from vnpartydoc.render.paths import json_path, page_path, page_url
from vnpartydoc.render.site import (
    documents_index,
    iter_site,
    render_part,
    render_record,
    render_site,
    resolve_reference,
    site_data,
)
from vnpartydoc.render.templating import STYLESHEET_PATH, stylesheet

__all__ = [
    "INDEXES",
    "RENDER_OPTIONS",
    "STYLESHEET_PATH",
    "Page",
    "RenderError",
    "RenderOption",
    "RenderOptions",
    "SiteData",
    "documents_index",
    "iter_site",
    "json_path",
    "page_path",
    "page_url",
    "render_part",
    "render_record",
    "render_site",
    "resolve_reference",
    "run_cli",
    "site_data",
    "site_files",
    "stylesheet",
]
