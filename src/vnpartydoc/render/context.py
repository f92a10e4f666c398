"""What one page needs to build its pieces: links, names, dates, headings, tables.

Every method returns either plain text (escaped later by the template's ``finalize``) or
:class:`~vnpartydoc.render.escape.Md` (already safe Markdown). Links are built only from record
ids and the page paths derived from them; URLs from documents are kept only if they are http(s).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from vnpartydoc.labels import Labels
from vnpartydoc.models import Congress, Document, Organisation, Person
from vnpartydoc.render import fmt
from vnpartydoc.render.escape import Md, href, inline, link, paragraphs, safe_url
from vnpartydoc.render.paths import relative
from vnpartydoc.text import slug, to_roman

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from vnpartydoc.models import Source
    from vnpartydoc.render.data import SiteData
    from vnpartydoc.types import PartialDate

    Linkable = Document | Organisation | Congress | Person

__all__ = ["EMPTY_CELL", "TABLE_CLASS", "PageContext", "labels_for"]

EMPTY_CELL = "\u2014"
"""What a table cell with nothing to show holds (an em dash)."""
TABLE_CLASS = "vnpartydoc-table"
"""Class of the marker before a named table (:meth:`PageContext.table`)."""


@lru_cache(maxsize=512)
def _slug(text: str) -> str:
    return slug(text)


@lru_cache(maxsize=2)
def labels_for(language: str) -> Labels:
    """The (shared) labels of a language."""
    return Labels("en" if language == "en" else "vi")


class PageContext:
    """Helpers bound to one page: where it is (for relative links) and its labels.

    Args:
        site: The indexed corpus.
        labels: Labels in the page's language.
        path: The page's own path, for relative links; ignored when ``url_for`` is given.
        url_for: Turns a site path ("van-ban/nghi-quyet/x.md") into the URL to write.
        id_prefix: Put before heading ids, so embedded parts do not clash with their host page.
    """

    def __init__(
        self,
        site: SiteData,
        labels: Labels,
        *,
        path: str,
        url_for: Callable[[str], str] | None = None,
        id_prefix: str = "",
    ) -> None:
        self.site = site
        self.L = labels
        self.language = labels.language
        self.path = path
        self.url_for = url_for
        self.id_prefix = id_prefix

    # ------------------------------------------------------------------------------ links

    def url(self, path: str) -> str:
        """URL of a site path as seen from this page."""
        if self.url_for is not None:
            return self.url_for(path)
        return href(relative(self.path, path))

    def link(self, record_id: str | None, text: object = None) -> Md:
        """Link to a record's page; an id not in the data stays plain text with a note."""
        record = self.site.get(record_id)
        if record is None:
            shown = text if text is not None else record_id
            return inline(f"{shown} ({self.L.missing})")
        return link(
            text if text is not None else self.name(record), self.url(self.site.paths[record.id])
        )

    def links(self, record_ids: Iterable[str]) -> Md:
        """Links to several records, comma-separated."""
        return Md(", ").join(self.link(rid) for rid in record_ids)

    def source(self, source: Source) -> Md:
        """A source: a link to the URL or to the record, then its note."""
        parts: list[Md] = []
        url = safe_url(source.url) if source.url is not None else None
        if url is not None:
            parts.append(link(urlsplit(source.url or "").hostname or source.url, url))
        if source.document is not None:
            parts.append(self.link(source.document))
        if source.note is not None:
            parts.append(inline(source.note))
        return Md(" \u2014 ").join(parts)

    # ------------------------------------------------------------------------------ names

    def name(self, record: Linkable) -> str:
        """Display name of a record."""
        if isinstance(record, Document):
            return record.title
        if isinstance(record, Congress):
            return self.congress_name(record)
        return record.name

    def congress_name(self, congress: Congress) -> str:
        """The congress's printed name, or one made from its organisation and ordinal."""
        if congress.name is not None:
            return congress.name
        org = self.site.organisation(congress.organisation)
        return self.L.format(
            "congress_of",
            org=org.name if org else congress.organisation,
            roman=to_roman(congress.ordinal),
        )

    # ------------------------------------------------------------------------------ dates

    def date(self, value: PartialDate | None) -> str | None:
        """A date in words, or None."""
        return None if value is None else fmt.date(value, self.language)

    def short_date(self, value: PartialDate | None) -> str:
        """A date for a table cell ("" when unknown)."""
        return "" if value is None else fmt.short_date(value, self.language)

    # --------------------------------------------------------------------------- markdown

    def anchor(self, text: str) -> str:
        """A heading id for ``text`` (with this page's prefix)."""
        return self.id_prefix + (_slug(text) or "muc")

    def heading(self, key: str, level: int = 2) -> Md:
        """A heading with an explicit id, from a label key: ``## Nguồn {#nguon}``."""
        text = self.L[key]
        return Md(f"{'#' * level} {inline(text)} {{#{self.anchor(text)}}}")

    def table(
        self, headers: Sequence[object], rows: Iterable[Sequence[object]], *, name: str = ""
    ) -> Md:
        """A Markdown table; every cell is escaped unless it is already :class:`Md`.

        An empty cell shows "—", so a reader sees that nothing is known rather than a gap.
        A ``name`` ("targets") puts an empty ``<div class="vnpartydoc-table
        vnpartydoc-table-targets" hidden>`` before the table, which the site's stylesheet
        (:func:`vnpartydoc.render.stylesheet`) gives its column widths by.
        """
        marker = ""
        if name:
            marker = f'<div class="{TABLE_CLASS} {TABLE_CLASS}-{name}" hidden></div>\n\n'
        lines = [
            "| " + " | ".join(inline(h) for h in headers) + " |",
            "|" + "|".join("---" for _ in headers) + "|",
        ]
        lines.extend(
            "| " + " | ".join(inline(c) if c not in (None, "") else EMPTY_CELL for c in row) + " |"
            for row in rows
        )
        return Md(marker + "\n".join(lines))

    def bullets(self, items: Iterable[object], *, numbered: bool = False) -> Md:
        """A bulleted (or numbered) list, one escaped line per item."""
        marker = "1." if numbered else "-"
        return Md("\n".join(f"{marker} {inline(item)}" for item in items))

    def pairs(self, items: Iterable[tuple[str, object]]) -> Md:
        """A list of "**label:** value" lines, skipping empty values."""
        return self.bullets(
            Md(f"**{inline(label)}:** {inline(value)}")
            for label, value in items
            if value not in (None, "")
        )

    def md(self, text: object) -> Md:
        """Escape text for one line."""
        return inline(text)

    def paragraphs(self, text: object) -> Md:
        """Escape text of one or more paragraphs."""
        return paragraphs(text)

    def quote(self, text: object) -> Md:
        """Escaped paragraphs as a block quote."""
        return Md("\n>\n".join(f"> {p}" for p in paragraphs(text).split("\n\n")))
