"""Options of the ``vnpartydoc`` plugin, as written under ``plugins:`` in ``mkdocs.yml``."""

from __future__ import annotations

from typing import Literal

from mkdocs.config import base
from mkdocs.config import config_options as opt

from vnpartydoc.render.options import INDEXES

__all__ = ["VnPartyDocConfig"]


class VnPartyDocConfig(base.Config):  # type: ignore[no-untyped-call]  # untyped in MkDocs
    """Options of the ``vnpartydoc`` plugin, written in ``mkdocs.yml``."""

    enabled = opt.Type(bool, default=True)
    """Turn the plugin off without removing it from ``mkdocs.yml``."""

    source_dirs = opt.ListOfPaths(default=[])
    """Folders (or single files) of ``.yaml``/``.json`` documents, relative to ``mkdocs.yml``.

    They may lie outside ``docs_dir``; ``mkdocs serve`` watches them too."""

    url_prefix = opt.Type(str, default="van-ban")
    """Site folder that holds the generated pages, e.g. ``van-ban`` → ``/van-ban/…``
    (``""`` puts them at the site root)."""

    language: opt.Choice[Literal["vi", "en"]] = opt.Choice(("vi", "en"), default="vi")
    """Language of the labels on generated pages: ``vi`` (Vietnamese) or ``en`` (English)."""

    indexes = opt.ListOfItems(opt.Choice(INDEXES), default=list(INDEXES))
    """Index pages to make: any of ``organisation``, ``congress``, ``type``, ``year``,
    ``person``, ``indicator`` (one page per indicator comparing organisations and terms)."""

    page_size = opt.Type(int, default=50)
    """Entries per index page; longer indexes are split into numbered pages."""

    on_invalid = opt.Choice(("warn", "fail"), default="warn")
    """What an invalid document does: ``warn`` logs it and skips the document (``mkdocs build
    --strict`` still fails on the warning); ``fail`` stops the build at once."""

    check_corpus = opt.Type(bool, default=True)
    """Run the corpus rules (unique ids and numbers, references, dates, titles) and log what
    they find: errors as warnings, warnings as info."""

    custom_templates = opt.Optional(opt.Dir(exists=True))
    """Folder of Jinja2 templates, relative to ``mkdocs.yml``, that override single blocks of
    the built-in page templates."""

    diagrams: opt.Optional[Literal["mermaid", "svg"]] = opt.Optional(opt.Choice(("mermaid", "svg")))
    """How the congress timeline and the targets-by-year picture are drawn: ``svg`` (inline
    pictures drawn at build time, any theme, offline; the default) or ``mermaid`` (drawn in the
    browser by Material from a ``mermaid.min.js`` that the site itself serves)."""

    search_fold = opt.Type(bool, default=True)
    """Add diacritic-free forms of every word to Material's search index, so that readers who
    type ``nghi quyet`` find ``Nghị quyết``."""
