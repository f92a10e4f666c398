"""The navigation of the generated pages, for generators without a plugin, and a root page.

A generator that builds its navigation from folders names the sections after them ("Van ban ›
Bai viet, Ca nhan …"). These functions give it the pages' own Vietnamese titles instead: a
``nav`` block for ``mkdocs.yml`` and a ``nav`` array for ``zensical.toml``, listing the home
page and the first page of each index, as the MkDocs plugin's navigation does, and the
``extra_css`` entry of the site's stylesheet (which ``vnpartydoc render`` writes with the pages).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Literal

from vnpartydoc.render.escape import href, inline, link
from vnpartydoc.render.options import Page
from vnpartydoc.render.pages import front_matter
from vnpartydoc.render.templating import STYLESHEET_PATH
from vnpartydoc.text import slug

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["NavFormat", "nav_entries", "nav_text", "root_page"]

NavFormat = Literal["mkdocs", "zensical"]


def nav_entries(pages: Sequence[Page], base: str = "") -> tuple[str, str, list[tuple[str, str]]]:
    """The home page and the index pages in the navigation, as (title, path) pairs.

    Args:
        pages: The pages of :func:`~vnpartydoc.render.render_site`.
        base: Folder of the pages inside the docs folder ("" when they are written to it).

    Returns:
        The home page's title and path, and the index pages' titles and paths, in order.
    """
    prefix = base.strip("/") + "/" if base.strip("/") else ""
    home = next(p for p in pages if p.kind == "home")
    indexes = [(p.title, prefix + p.path) for p in pages if p.in_nav and p is not home]
    return home.title, prefix + home.path, indexes


def nav_text(pages: Sequence[Page], fmt: NavFormat, base: str = "") -> str:
    """The navigation as a ``nav:`` block for ``mkdocs.yml`` or a ``nav`` for ``zensical.toml``.

    Titles are written as JSON strings, which YAML and TOML both read as they are. The block
    ends with the ``extra_css`` entry that links the stylesheet of the generated tables.

    Example:
        >>> from vnpartydoc.corpus import Corpus
        >>> from vnpartydoc.render import RenderOptions, render_site
        >>> pages = render_site(Corpus(), RenderOptions(indexes=("type",)))
        >>> print(nav_text(pages, "mkdocs"), end="")
        nav:
          - "Văn bản Đảng":
              - "van-ban/index.md"
              - "Văn bản theo loại": "van-ban/theo-loai/index.md"
        extra_css:
          - "assets/stylesheets/vnpartydoc.css"
    """
    title, home, indexes = nav_entries(pages, base)
    css = (base.strip("/") + "/" if base.strip("/") else "") + STYLESHEET_PATH
    q = json.dumps
    if fmt == "mkdocs":
        lines = ["nav:", f"  - {q(title, ensure_ascii=False)}:", f"      - {q(home)}"]
        lines += [f"      - {q(t, ensure_ascii=False)}: {q(p)}" for t, p in indexes]
        lines += ["extra_css:", f"  - {q(css)}"]
    else:
        lines = [
            "# Under [project] in zensical.toml (add your own pages before or after).",
            "nav = [",
            f"  {{ {q(title, ensure_ascii=False)} = [",
            f"    {q(home)},",
        ]
        lines += [f"    {{ {q(t, ensure_ascii=False)} = {q(p)} }}," for t, p in indexes]
        lines += ["  ] },", "]", f"extra_css = [{q(css)}]"]
    return "\n".join(lines) + "\n"


def root_page(pages: Sequence[Page], title: str) -> Page:
    """A page for the root of a site that has none: its title and links to the generated pages.

    Args:
        pages: The pages of :func:`~vnpartydoc.render.render_site`.
        title: Title of the page (the site's name).
    """
    home_title, home, indexes = nav_entries(pages)
    heading = f"# {inline(title)} {{#{slug(title) or 'trang-chu'}}}"
    lines = [front_matter(title, {"kind": "home"}), "", heading, ""]
    lines.append(f"- **{link(home_title, href(home))}**")
    lines += [f"    - {link(t, href(p))}" for t, p in indexes]
    markdown = "\n".join(lines) + "\n"
    return Page(path="index.md", title=title, markdown=markdown, kind="home", in_nav=True)
