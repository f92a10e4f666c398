"""Python-Markdown extension: embed Party documents and link to them from any page.

Usable on its own (``markdown.markdown(text, extensions=[VnPartyDocExtension(paths=[…])])``),
from ``mkdocs.yml`` (``markdown_extensions: [vnpartydoc: {paths: [documents]}]``), under
Zensical, and by the MkDocs plugin (which hands its instance the site data of its pages and
writes page-relative links).

Syntax (none of it collides with mkdocstrings' ``:::`` or with Jinja/macro braces):

- ``![[vnpartydoc: ID]]`` alone on a line embeds the record rendered by the page templates;
  ``![[vnpartydoc: ID#targets]]`` embeds one part of it (any block of its template: targets,
  signature, goal, points, tasks …).
- ``[[vnpartydoc: ID]]`` anywhere in a paragraph links to the record's page, with its type and
  number (or title) as text; ``[[vnpartydoc: 01-NQ/TU | the resolution]]`` sets the text and
  ``[[vnpartydoc: ID#targets]]`` links to a part.
- ``[any text](vnpartydoc:ID)`` is an ordinary Markdown link resolved the same way.

ID is a record id or a document number ("01-NQ/TU", "Số 45-CT/TW") held by exactly one document.
A reference that does not resolve is logged as a warning naming the page (logger
``vnpartydoc.mdext``), kept in :attr:`VnPartyDocExtension.unresolved`, and shown as plain text,
never as a broken link. Markup inside fenced code blocks and code spans is left alone.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as etree
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from vnpartydoc.corpus import Corpus, find_files, load_corpus
from vnpartydoc.errors import VnPartyDocError
from vnpartydoc.models import Document
from vnpartydoc.render import (
    RENDER_OPTIONS,
    RenderOptions,
    SiteData,
    page_url,
    render_part,
    site_data,
)
from vnpartydoc.render.context import labels_for
from vnpartydoc.render.escape import href, inline
from vnpartydoc.render.paths import record_type, relative
from vnpartydoc.text import slug
from vnpartydoc.types import DocumentNumber

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    import markdown

    from vnpartydoc.models import Congress, Organisation, Person

    Linkable = Document | Organisation | Congress | Person

__all__ = ["UnresolvedReference", "VnPartyDocExtension", "makeExtension"]

log = logging.getLogger("vnpartydoc.mdext")

_REF = r"vnpartydoc:\s*(?P<ref>[^\]\|#\n]+?)\s*(?:#(?P<part>[A-Za-z0-9_-]+))?\s*"
EMBED_RE = re.compile(rf"^ {{0,3}}!\[\[{_REF}\]\]\s*$")
INLINE_RE = rf"\[\[{_REF}(?:\|\s*(?P<text>[^\]\n]+?)\s*)?\]\]"
FENCE_RE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})")
LINK_SCHEME = "vnpartydoc:"
# Parts whose heading comes from a label: part name → label key (the rest link to "#part").
_PART_HEADINGS = {"goal": "general_goal", "all": ""}


@dataclass(frozen=True)
class UnresolvedReference:
    """A reference that did not resolve: what was written, on which page, and why."""

    reference: str
    page: str
    reason: str


_NOT_OPTIONS = frozenset({"site_url", "jsonld_in_page"})
"""Render options that do not concern embedded parts (they carry no JSON-LD)."""


def _render_config() -> dict[str, list[Any]]:
    """The extension's render options: names, defaults and help from :data:`RENDER_OPTIONS`."""
    config: dict[str, list[Any]] = {}
    for option in RENDER_OPTIONS.values():
        if option.name not in _NOT_OPTIONS:
            default = option.default
            shown = (
                "" if default is None else list(default) if isinstance(default, tuple) else default
            )
            config[option.name] = [shown, option.help]
    return config


class _LoadedSites:
    """Site data loaded from files, kept from one extension instance to the next.

    Listed by name under ``markdown_extensions``, the extension is built anew for every page
    (by MkDocs, Zensical and Python-Markdown's ``extensions=["vnpartydoc"]``); without this,
    each page would load and index every record again. Entries are keyed by the paths and the
    render options, checked against the files' modification times and sizes (a changed, added
    or removed file is read again), and only the most recent few are kept. An extension given
    a corpus, or handed site data by the MkDocs plugin, does not use it.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[tuple[str, ...], RenderOptions], tuple[object, SiteData]]
        self._entries = OrderedDict()

    def get(self, paths: Sequence[str], options: RenderOptions) -> SiteData:
        """The site data of the records under ``paths``, loaded again when a file changed."""
        files = find_files(list(paths))
        stats = [(f, f.stat()) for f in files if f.exists()]
        fingerprint = tuple((str(f), s.st_mtime_ns, s.st_size) for f, s in stats)
        key = (tuple(paths), options)
        cached = self._entries.get(key)
        if cached is not None and cached[0] == fingerprint:
            self._entries.move_to_end(key)
            return cached[1]
        corpus, issues = load_corpus(list(paths))
        for issue in issues:
            log.warning("vnpartydoc: skipped invalid record: %s", issue.format())
        site = site_data(corpus, options)
        self._entries[key] = (fingerprint, site)
        self._entries.move_to_end(key)
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)
        return site


_LOADED = _LoadedSites(size=4)


def _generator_page(md: markdown.Markdown | None) -> str | None:
    """The source path of the page ``md`` converts, where the generator records it.

    Zensical registers a ``rendering_context`` preprocessor holding the page (``.page.path``);
    MkDocs tells nothing (its plugin sets the ``page`` option instead).
    """
    if md is None or "rendering_context" not in md.preprocessors:
        return None
    path = getattr(getattr(md.preprocessors["rendering_context"], "page", None), "path", None)
    return path if isinstance(path, str) and path else None


class VnPartyDocExtension(Extension):  # type: ignore[misc]  # Markdown ships no type hints
    """Embed records and resolve references to them.

    Options are keyword arguments (or ``mdx_configs`` in ``mkdocs.yml``); ``config`` lists them
    with their defaults and meaning. The render options among them (``language``,
    ``url_prefix``, ``diagrams`` …) are :data:`~vnpartydoc.render.RENDER_OPTIONS`.

    The records come from ``paths``, from ``corpus``, or as site data handed over through
    :attr:`site`, as the MkDocs plugin does: it builds one extension for the whole site,
    hands it the data its pages were rendered from, and sets :attr:`page` before each page.

    Raises:
        RenderError: ``render_option`` when a render option gets a value it does not allow.
    """

    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "paths": [
                [],
                "files or folders of records to load; invalid files are skipped with a "
                "warning, and a changed file is read again",
            ],
            # Defaults of "" (not None): Python-Markdown turns values of None-default options
            # into booleans.
            "corpus": ["", "an already loaded Corpus (used instead of paths)"],
            "base_url": ["/", "URL of the site root, put before page URLs"],
            "url_for": [
                "",
                "a function from a docs-relative path ('van-ban/nghi-quyet/x.md') to the URL "
                "to write; overrides base_url, use_directory_urls and relative_links",
            ],
            "page": [
                "",
                "the page being converted (its docs-relative path with relative_links), "
                "used in warnings",
            ],
            "relative_links": [
                False,
                "write links as .md paths relative to page (MkDocs then checks them and turns "
                "them into URLs)",
            ],
            "on_unresolved": ["", "a function called with each UnresolvedReference"],
            **_render_config(),
        }
        super().__init__(**kwargs)
        self.unresolved: list[UnresolvedReference] = []
        self._md: markdown.Markdown | None = None
        self._site: SiteData | None = None
        self._options = self._render_options()

    # ------------------------------------------------------------------------------ settings

    @property
    def page(self) -> str:
        """The page being converted: as set, else as the generator tells (Zensical), else "?"."""
        return str(self.getConfig("page") or _generator_page(self._md) or "<page>")

    @page.setter
    def page(self, value: str) -> None:
        self.setConfig("page", value)

    @property
    def options(self) -> RenderOptions:
        """Render options built from the extension's settings."""
        return self._options

    def setConfig(self, key: str, value: Any) -> None:  # Python-Markdown's name
        """Set an option; a render option is checked at once.

        Raises:
            RenderError: ``render_option`` when a render option gets a value it does not allow.
        """
        super().setConfig(key, value)
        if hasattr(self, "_options") and (key in RENDER_OPTIONS or key in {"paths", "corpus"}):
            self._options = self._render_options()
            self._site = None

    def _render_options(self) -> RenderOptions:
        values = {name: self.getConfig(name) for name in RENDER_OPTIONS if name in self.config}
        # "" stands for unset (see __init__).
        return RenderOptions.from_settings({k: None if v == "" else v for k, v in values.items()})

    @property
    def site(self) -> SiteData:
        """The records, indexed for rendering: handed over, or loaded on first use.

        Set it to share site data already built (the MkDocs plugin hands over the data it
        rendered its pages from); its render options then apply.
        """
        if self._site is None:
            given = self.getConfig("corpus")
            paths = [str(p) for p in self.getConfig("paths") or []]
            if isinstance(given, Corpus):
                self._site = site_data(given, self._options)
            elif paths:
                self._site = _LOADED.get(paths, self._options)
            else:
                self._site = site_data(Corpus(), self._options)
        return self._site

    @site.setter
    def site(self, site: SiteData) -> None:
        self._site = site
        self._options = site.options

    @property
    def corpus(self) -> Corpus:
        """The records references resolve against."""
        return self.site.corpus

    def url(self, path: str) -> str:
        """URL of a docs-relative path, as configured."""
        url_for: Callable[[str], str] | str = self.getConfig("url_for")
        if callable(url_for):
            return url_for(path)
        if self.getConfig("relative_links"):
            return href(relative(str(self.getConfig("page") or ""), path))
        base = str(self.getConfig("base_url") or "")
        if path.endswith(".md"):
            path = page_url(path, use_directory_urls=bool(self.getConfig("use_directory_urls")))
        return base + path if base.endswith("/") or not base else f"{base}/{path}"

    # ----------------------------------------------------------------------------- resolving

    def resolve(self, reference: str) -> tuple[Linkable | None, str]:
        """The record a reference names, or None and the reason it does not resolve."""
        site = self.site
        ref = reference.strip()
        found = site.get(ref)
        if found is not None:
            return found, ""
        try:
            number = DocumentNumber.parse(ref)
        except ValueError:
            return None, "no record has this id"
        matches = site.by_number.get(number, [])
        if len(matches) == 1:
            return matches[0], ""
        if not matches:
            return None, "no document has this number"
        return None, f"{len(matches)} documents have this number; use an id"

    def fail(self, reference: str, reason: str) -> None:
        """Record and log a reference that does not resolve."""
        unresolved = UnresolvedReference(reference, self.page, reason)
        self.unresolved.append(unresolved)
        log.warning("unknown vnpartydoc reference %r in page %r: %s", reference, self.page, reason)
        callback = self.getConfig("on_unresolved")
        if callable(callback):
            callback(unresolved)

    def href(self, record: Linkable, part: str | None) -> str:
        """URL of a record's page, with the anchor of a part."""
        url = self.url(self.site.paths[record.id])
        if not part or part == "all":
            return url
        labels = labels_for(self.options.language)
        key = _PART_HEADINGS.get(part, part)
        return f"{url}#{slug(labels[key]) if key in labels else part}"

    def link_text(self, record: Linkable) -> str:
        """Default text of a link: type and number, or the title or name."""
        labels = labels_for(self.options.language)
        if isinstance(record, Document):
            if record.number is not None:
                return f"{labels.kind_name(record_type(record))} {record.number}"
            return record.title
        return getattr(record, "name", None) or record.id

    # ------------------------------------------------------------------------------ Markdown

    def reset(self) -> None:
        """Forget references of the previous document (Python-Markdown calls this)."""
        self.unresolved = []

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        """Register the processors (and the ``tables`` and ``attr_list`` extensions)."""
        self._md = md
        md.registerExtension(self)
        md.registerExtensions(["tables", "attr_list"], {})
        md.preprocessors.register(_EmbedPreprocessor(md, self), "vnpartydoc_embed", 28)
        md.inlinePatterns.register(_RefInline(INLINE_RE, md, self), "vnpartydoc_ref", 175)
        md.treeprocessors.register(_LinkTreeprocessor(md, self), "vnpartydoc_links", 15)


class _EmbedPreprocessor(Preprocessor):  # type: ignore[misc]  # Markdown ships no type hints
    """Replace ``![[vnpartydoc: …]]`` lines (outside fenced code) with rendered Markdown."""

    def __init__(self, md: markdown.Markdown, ext: VnPartyDocExtension) -> None:
        super().__init__(md)
        self.ext = ext

    def run(self, lines: list[str]) -> list[str]:
        if not any("vnpartydoc:" in line for line in lines):
            return lines
        out: list[str] = []
        fence: str | None = None
        for line in lines:
            match = FENCE_RE.match(line)
            if fence is not None:
                if match and match["fence"][0] == fence[0] and len(match["fence"]) >= len(fence):
                    fence = None
                out.append(line)
            elif match:
                fence = match["fence"]
                out.append(line)
            elif (embed := EMBED_RE.match(line)) is not None:
                out.extend(["", *self.embed(embed["ref"], embed["part"]).split("\n"), ""])
            else:
                out.append(line)
        return out

    def embed(self, reference: str, part: str | None) -> str:
        ext = self.ext
        record, reason = ext.resolve(reference)
        if record is None:
            ext.fail(reference, reason)
            return str(inline(reference))
        try:
            return render_part(record, part or "all", ext.site, url_for=ext.url).rstrip("\n")
        except VnPartyDocError as exc:
            ext.fail(f"{reference}#{part}", str(exc))
            return str(inline(reference))


class _RefInline(InlineProcessor):  # type: ignore[misc]  # Markdown ships no type hints
    """``[[vnpartydoc: ID#part | text]]`` → a link, or plain text when it does not resolve."""

    def __init__(self, pattern: str, md: markdown.Markdown, ext: VnPartyDocExtension) -> None:
        super().__init__(pattern, md)
        self.ext = ext

    def handleMatch(
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | str | None, int | None, int | None]:
        record, reason = self.ext.resolve(m["ref"])
        text = m["text"]
        if record is None:
            self.ext.fail(m["ref"], reason)
            span = etree.Element("span", {"class": "vnpartydoc-unresolved"})
            span.text = AtomicString(text or m["ref"].strip())
            return span, m.start(0), m.end(0)
        anchor = etree.Element("a", {"href": self.ext.href(record, m["part"])})
        anchor.set("class", "vnpartydoc-ref")
        anchor.text = AtomicString(text or self.ext.link_text(record))
        return anchor, m.start(0), m.end(0)


class _LinkTreeprocessor(Treeprocessor):  # type: ignore[misc]  # Markdown ships no type hints
    """Resolve ``[text](vnpartydoc:ID#part)`` links; unresolved ones become plain text."""

    def __init__(self, md: markdown.Markdown, ext: VnPartyDocExtension) -> None:
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        for element in root.iter("a"):
            href = element.get("href", "")
            if not href.startswith(LINK_SCHEME):
                continue
            reference, _, part = href[len(LINK_SCHEME) :].partition("#")
            record, reason = self.ext.resolve(reference)
            if record is None:
                self.ext.fail(reference, reason)
                element.tag = "span"
                element.attrib.clear()
                element.set("class", "vnpartydoc-unresolved")
            else:
                element.set("href", self.ext.href(record, part or None))


def makeExtension(**kwargs: Any) -> VnPartyDocExtension:
    """Entry point for ``markdown.markdown(extensions=["vnpartydoc"])``."""
    return VnPartyDocExtension(**kwargs)
