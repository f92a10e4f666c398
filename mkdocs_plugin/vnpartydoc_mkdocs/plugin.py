"""The ``vnpartydoc`` MkDocs plugin: YAML/JSON documents become pages of the site.

A thin adapter: it finds the files, calls the core (:mod:`vnpartydoc.corpus`,
:mod:`vnpartydoc.render`, :mod:`vnpartydoc.validation`), hands the Markdown it returns to MkDocs
and turns what the core reports into log messages or a :class:`~mkdocs.exceptions.PluginError`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import InclusionLevel

from vnpartydoc.corpus import Corpus, load_corpus
from vnpartydoc.errors import VnPartyDocError
from vnpartydoc.mdext import VnPartyDocExtension
from vnpartydoc.render import (
    RENDER_OPTIONS,
    STYLESHEET_PATH,
    RenderOptions,
    documents_index,
    iter_site,
    site_data,
    stylesheet,
)
from vnpartydoc.render.nav import root_page
from vnpartydoc.validation import check_corpus
from vnpartydoc_mkdocs.config import VnPartyDocConfig
from vnpartydoc_mkdocs.extensions import add_mermaid_script, add_theme_dir, ensure_extensions
from vnpartydoc_mkdocs.navigation import title_sections
from vnpartydoc_mkdocs.report import Reporter, log
from vnpartydoc_mkdocs.search import add_diacritic_free_fields
from vnpartydoc_mkdocs.sources import GeneratedSources

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page as MkDocsPage

    from vnpartydoc.mdext import UnresolvedReference
    from vnpartydoc.render import Page

__all__ = ["VnPartyDocPlugin"]


class VnPartyDocPlugin(BasePlugin[VnPartyDocConfig]):  # type: ignore[no-untyped-call]
    """Publish Party documents as pages, index pages, JSON and JSON-LD."""

    def __init__(self) -> None:
        self._head: dict[str, dict[str, str]] = {}
        self._titles: dict[str, str] = {}
        self._options = RenderOptions()
        # The site's data lives here: the extension is handed it (as mkdocs-autorefs does).
        self._mdext = VnPartyDocExtension(relative_links=True, on_unresolved=self._unresolved)
        self._sources: GeneratedSources | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Check the options, add the Markdown extensions and the theme override folder."""
        if not self.config.enabled:
            return None
        if not self.config.source_dirs:
            raise PluginError(
                "vnpartydoc: option 'source_dirs' is empty; list the folders of documents, "
                "e.g. 'source_dirs: [documents]'"
            )
        try:
            self._options = self._render_options(config)
        except VnPartyDocError as exc:
            raise PluginError(f"vnpartydoc: invalid option: {exc}") from exc
        ensure_extensions(config, self._mdext, mermaid=self._options.diagrams == "mermaid")
        add_theme_dir(config)
        if STYLESHEET_PATH not in config.extra_css:
            config.extra_css.append(STYLESHEET_PATH)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        """Load the documents, render them and add the pages and JSON files to the site."""
        if not self.config.enabled:
            return None
        reporter = Reporter(config, fail=self.config.on_invalid == "fail")
        if self._options.diagrams == "mermaid":
            try:
                add_mermaid_script(config, files)
            except VnPartyDocError as exc:
                raise PluginError(f"vnpartydoc: {exc}") from exc
        corpus, issues = load_corpus(self.config.source_dirs)
        reporter.skipped(issues)
        if self.config.check_corpus:
            reporter.rules(check_corpus(corpus))
        site = site_data(corpus, self._options)
        self._head, self._titles = {}, {}
        self._mdext.site = site
        self._drop_sources()
        self._sources = GeneratedSources()
        listed: list[Page] = []  # what documents.json needs, without the pages' text
        try:
            for page in iter_site(site):
                self._add_page(files, config, page, reporter)
                listed.append(replace(page, markdown="", json_text=None, jsonld=None))
            index = documents_index(listed, corpus, use_directory_urls=config.use_directory_urls)
        except VnPartyDocError as exc:
            raise PluginError(f"vnpartydoc: cannot render the documents:\n{exc}") from exc
        if not any(files.get_file_from_path(name) for name in ("index.md", "README.md")):
            self._add_page(files, config, root_page(listed, config.site_name), reporter)
        self._add(files, config, "documents.json", index, reporter)
        self._add(files, config, STYLESHEET_PATH, stylesheet(), reporter)
        log.debug("vnpartydoc: %d records, %d pages", len(corpus), len(listed))
        return files

    def on_page_markdown(
        self, markdown: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files
    ) -> str | None:
        """Tell the Markdown extension the page; give the theme a generated page's JSON-LD."""
        if not self.config.enabled:
            return None
        self._mdext.page = page.file.src_uri
        head = self._head.get(page.file.src_uri)
        meta = page.meta.get("vnpartydoc")
        if head is not None and isinstance(meta, dict):
            meta.update(head)
        return None

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation | None:
        """Name the sections of generated folders after their index pages (automatic nav only)."""
        if self.config.enabled and config.nav is None:
            nav.items = [title_sections(item, self._titles) for item in nav.items]
        return nav

    @event_priority(-100)  # after other plugins' on_env, which may still convert Markdown
    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        """Let go of the documents: every page is converted, the rest of the build needs none."""
        if self.config.enabled:
            # For thousands of documents, the records would otherwise stay in memory while
            # MkDocs writes the pages, its busiest time.
            self._head, self._titles = {}, {}
            self._mdext.site = site_data(Corpus(), self._options)
        return env

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer | None:
        """Rebuild when a document or a custom template changes, also outside ``docs_dir``."""
        if self.config.enabled:
            custom = self.config.templates_dir
            for path in [*self.config.source_dirs, *([custom] if custom else [])]:
                server.watch(path)
        return server

    @event_priority(-100)  # after the search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Add diacritic-free words to Material's search index."""
        if self.config.enabled and self.config.search_fold:
            add_diacritic_free_fields(Path(config.site_dir) / "search" / "search_index.json")

    def on_shutdown(self) -> None:
        """Remove the generated sources of the last build."""
        self._drop_sources()

    # ---------------------------------------------------------------------------------- helpers

    def _drop_sources(self) -> None:
        if self._sources is not None:
            self._sources.close()
            self._sources = None

    def _render_options(self, config: MkDocsConfig) -> RenderOptions:
        settings = {name: self.config[name] for name in RENDER_OPTIONS if name in self.config}
        settings.update(
            site_url=config.site_url or None, use_directory_urls=config.use_directory_urls
        )
        return RenderOptions.from_settings(settings)

    def _add_page(self, files: Files, config: MkDocsConfig, page: Page, rep: Reporter) -> None:
        level = InclusionLevel.UNDEFINED if page.in_nav else InclusionLevel.NOT_IN_NAV
        if not self._add(files, config, page.path, page.markdown, rep, level):
            return
        if page.in_nav:
            self._titles[page.path] = page.title
        head = {"jsonld": page.jsonld, "json_path": page.json_path}
        self._head[page.path] = {key: value for key, value in head.items() if value}
        if page.json_path and page.json_text is not None:
            self._add(files, config, page.json_path, page.json_text, rep)

    @staticmethod
    def _unresolved(reference: UnresolvedReference) -> None:
        log.warning(
            "%s: unknown vnpartydoc reference %r: %s",
            reference.page,
            reference.reference,
            reference.reason,
        )

    def _add(
        self,
        files: Files,
        config: MkDocsConfig,
        path: str,
        content: str,
        reporter: Reporter,
        inclusion: InclusionLevel = InclusionLevel.NOT_IN_NAV,
    ) -> bool:
        if files.get_file_from_path(path) is not None:
            reporter.collision(path)
            return False
        assert self._sources is not None  # made in on_files
        files.append(self._sources.file(config, path, content, inclusion))
        return True
