"""Where pages live: stable paths built only from record types, ids and slugs.

A record's page is ``<prefix>/<type>/<id>.md`` ("van-ban/nghi-quyet/nq-dai-hoi-xi.md"); index
pages live in folders named ``theo-…`` ("by …"), paginated as ``index.md``, ``trang-2.md`` …
Ids match ``[a-z0-9]+([-.][a-z0-9]+)*``, so paths never need escaping and never collide with
the index folders.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vnpartydoc.models import Congress, Document, Organisation, Person
    from vnpartydoc.render.options import RenderOptions

    Linkable = Document | Organisation | Congress | Person

__all__ = [
    "INDEX_DIRS",
    "group_dir",
    "index_path",
    "json_path",
    "page_path",
    "page_url",
    "record_type",
    "relative",
]

INDEX_DIRS = {
    "organisation": "theo-to-chuc",
    "congress": "theo-dai-hoi",
    "type": "theo-loai",
    "year": "theo-nam",
    "person": "theo-ca-nhan",
    "indicator": "theo-chi-tieu",
}
_PAGE_NAME_RE = re.compile(r"^trang-\d+$")


def _join(prefix: str, *parts: str) -> str:
    return "/".join(p for p in (prefix, *parts) if p)


def record_type(record: Linkable) -> str:
    """The ``type`` value of a record ("nghi-quyet", "ca-nhan" …)."""
    return str(getattr(record, "type", ""))


def page_path(record: Linkable, options: RenderOptions | None = None) -> str:
    """Path of a record's page relative to the docs folder.

    Example:
        >>> from vnpartydoc.models import Person
        >>> page_path(Person(id="trinh-lam-sinh", name="Trình Lam Sinh"))
        'van-ban/ca-nhan/trinh-lam-sinh.md'
    """
    prefix = "van-ban" if options is None else options.url_prefix
    return _join(prefix, record_type(record), f"{record.id}.md")


def json_path(page: str) -> str:
    """Path of the JSON published next to a page ("…/x.md" → "…/x.json")."""
    return page.removesuffix(".md") + ".json"


def group_dir(key: str) -> str:
    """Folder name of an index group; a key shaped like a page name gets a "_" in front."""
    return f"_{key}" if _PAGE_NAME_RE.match(key) else key


def index_path(prefix: str, index: str, group: str | None = None, page: int = 1) -> str:
    """Path of page ``page`` of an index, or of one group inside it.

    Example:
        >>> index_path("van-ban", "type", "nghi-quyet", 2)
        'van-ban/theo-loai/nghi-quyet/trang-2.md'
    """
    name = "index.md" if page == 1 else f"trang-{page}.md"
    folder = [INDEX_DIRS[index]] + ([group_dir(group)] if group is not None else [])
    return _join(prefix, *folder, name)


def relative(source: str, target: str) -> str:
    """Link from page ``source`` to page ``target``, both relative to the docs folder.

    Example:
        >>> relative("van-ban/theo-loai/index.md", "van-ban/chi-thi/x.md")
        '../chi-thi/x.md'
    """
    here = source.split("/")[:-1]
    there = target.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def page_url(path: str, *, use_directory_urls: bool = True) -> str:
    """URL of a page relative to the site root, as MkDocs builds it.

    Example:
        >>> page_url("van-ban/nghi-quyet/x.md"), page_url("van-ban/index.md")
        ('van-ban/nghi-quyet/x/', 'van-ban/')
        >>> page_url("van-ban/nghi-quyet/x.md", use_directory_urls=False)
        'van-ban/nghi-quyet/x.html'
    """
    stem = path.removesuffix(".md")
    if not use_directory_urls:
        return f"{stem}.html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return f"{stem}/"
