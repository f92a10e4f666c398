"""Options of the renderer, the pages it returns, and its error."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from vnpartydoc.errors import VnPartyDocError

__all__ = ["INDEXES", "IndexName", "Page", "PageKind", "RenderError", "RenderOptions"]

IndexName = Literal["organisation", "congress", "type", "year", "person", "indicator"]
INDEXES: tuple[IndexName, ...] = get_args(IndexName)
PageKind = Literal["document", "person", "congress", "organisation", "index", "home"]


class RenderError(VnPartyDocError, ValueError):
    """Rendering failed: bad options, a broken template, or an unknown part to embed."""


@dataclass(frozen=True)
class RenderOptions:
    """How pages are rendered.

    Example:
        >>> RenderOptions(language="en", page_size=20).url_prefix
        'van-ban'
    """

    language: Literal["vi", "en"] = "vi"
    """Language of the labels; document text is never translated."""
    url_prefix: str = "van-ban"
    """Folder of the generated pages in the site (no leading or trailing slash; may be "")."""
    indexes: tuple[str, ...] = INDEXES
    """Index pages to make: organisation, congress, type, year, person, indicator."""
    page_size: int = 50
    """Entries per index page; longer lists continue on further pages."""
    templates_dir: Path | None = None
    """Folder of template overrides (rendered in a sandbox)."""
    diagrams: Literal["mermaid", "svg"] = "svg"
    """Diagrams as inline SVG drawn at build time (any theme, offline) or as Mermaid fences."""
    site_url: str | None = None
    """Absolute URL of the site, to write absolute URLs into JSON-LD; None leaves them out."""
    use_directory_urls: bool = True
    """Whether the site serves "x.md" at "x/" (MkDocs' default) or at "x.html"."""
    jsonld_in_page: bool = False
    """Also put the JSON-LD into the page body, for generators without a theme hook."""

    def __post_init__(self) -> None:
        if self.language not in ("vi", "en"):
            raise RenderError.from_code(
                "render_option", f"unknown language {self.language!r}; expected 'vi' or 'en'"
            )
        if self.diagrams not in ("mermaid", "svg"):
            raise RenderError.from_code(
                "render_option", f"unknown diagrams {self.diagrams!r}; expected 'mermaid' or 'svg'"
            )
        if (
            isinstance(self.page_size, bool)
            or not isinstance(self.page_size, int)
            or (self.page_size < 1)
        ):
            raise RenderError.from_code(
                "render_option", f"page_size must be a positive integer, got {self.page_size!r}"
            )
        unknown = [name for name in self.indexes if name not in INDEXES]
        if unknown:
            raise RenderError.from_code(
                "render_option",
                f"unknown index {unknown[0]!r}; expected some of {', '.join(INDEXES)}",
            )
        prefix = self.url_prefix
        if prefix != prefix.strip("/") or any(
            part in {"", ".", ".."} for part in prefix.split("/") if prefix
        ):
            raise RenderError.from_code(
                "render_option",
                f"url_prefix {prefix!r} must be a relative folder like 'van-ban' (or '')",
            )
        if self.templates_dir is not None and not Path(self.templates_dir).is_dir():
            raise RenderError.from_code(
                "templates_dir",
                f"templates folder {str(self.templates_dir)!r} does not exist",
                path=Path(self.templates_dir),
            )


@dataclass(frozen=True)
class Page:
    """One generated page, with what the site publishes next to it."""

    path: str
    """POSIX path of the .md file relative to docs_dir, e.g. "van-ban/nghi-quyet/x.md"."""
    title: str
    """Page title (plain text, not escaped)."""
    markdown: str
    """Complete page source, front matter included."""
    kind: PageKind
    """document, person, congress, organisation, index or home."""
    record_id: str | None = None
    """Id of the record the page shows."""
    json_path: str | None = None
    """Site path of the record's JSON, published next to the page."""
    json_text: str | None = None
    """That JSON (``vnpartydoc.dumps(record, "json")``)."""
    jsonld: str | None = None
    """schema.org JSON-LD, safe inside ``<script type="application/ld+json">``."""
    in_nav: bool = False
    """Whether the page belongs in the navigation (home and first index pages only)."""
