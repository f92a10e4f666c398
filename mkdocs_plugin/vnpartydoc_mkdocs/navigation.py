"""Tidy the automatic navigation around the generated folders."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page as MkDocsPage

if TYPE_CHECKING:
    from collections.abc import Mapping

    from mkdocs.structure import StructureItem

__all__ = ["title_sections"]


def title_sections(item: StructureItem, titles: Mapping[str, str]) -> StructureItem:
    """Name each section after the generated index page it holds; drop one-page sections.

    MkDocs names a section after its folder ("van-ban" → "Van ban", without diacritics). A
    section that holds a generated index page takes that page's title ("Văn bản Đảng"); a
    section that holds nothing else is replaced by the page itself.
    """
    if not isinstance(item, Section):
        return item
    item.children = [title_sections(child, titles) for child in item.children]
    generated = [c for c in item.children if isinstance(c, MkDocsPage) and c.file.src_uri in titles]
    if not generated:
        return item
    index = min(generated, key=lambda page: len(page.file.src_uri))  # the folder's own index
    if len(item.children) == 1:
        index.parent = item.parent
        return index
    item.title = titles[index.file.src_uri]
    return item
