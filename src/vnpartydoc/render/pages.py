"""Record pages: one Markdown page per document, person, congress and organisation."""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from vnpartydoc.models import Article, Congress, Document, Organisation, Person, Resolution
from vnpartydoc.render.context import PageContext, labels_for
from vnpartydoc.render.documents import document_vars
from vnpartydoc.render.entities import congress_vars, organisation_vars, person_vars
from vnpartydoc.render.escape import Md, link
from vnpartydoc.render.jsonld import jsonld
from vnpartydoc.render.options import Page, PageKind
from vnpartydoc.render.paths import json_path, record_type
from vnpartydoc.render.templating import render_template
from vnpartydoc.serialization import dumps

if TYPE_CHECKING:
    from collections.abc import Callable

    import jinja2

    from vnpartydoc.render.data import SiteData
    from vnpartydoc.render.templating import Templates

    Linkable = Document | Organisation | Congress | Person

__all__ = ["front_matter", "record_context", "record_page", "template_for"]


# Characters YAML readers refuse, or read as line breaks or a byte-order mark: written as \u
# escapes inside the double-quoted (JSON) strings of the front matter.
_YAML_UNSAFE_RE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\x85\u2028\u2029\ufeff]"
)


def _yaml_scalar(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    # A JSON string is a valid YAML double-quoted scalar; much faster than a YAML emitter.
    text = json.dumps(str(value), ensure_ascii=False)
    return _YAML_UNSAFE_RE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def front_matter(title: str, meta: dict[str, Any]) -> Md:
    """YAML front matter with the title and the ``vnpartydoc`` keys.

    The title is HTML-escaped: MkDocs themes print ``page.meta.title`` and ``page.title``
    without escaping (in ``<title>``, in Material's header), where the browser decodes the
    entities back to the text.

    Example:
        >>> print(front_matter("Nghị quyết: <01>", {"id": "x", "page": 2}))
        ---
        title: "Nghị quyết: &lt;01&gt;"
        vnpartydoc:
          id: "x"
          page: 2
        ---
    """
    lines = ["---", f"title: {_yaml_scalar(html.escape(title))}", "vnpartydoc:"]
    lines.extend(f"  {key}: {_yaml_scalar(value)}" for key, value in meta.items())
    lines.append("---")
    return Md("\n".join(lines))


def _family(record: Linkable) -> str:
    if isinstance(record, Resolution):
        return "resolution"
    if isinstance(record, Article):
        return "article"
    if isinstance(record, Document):
        return "document"
    if isinstance(record, Person):
        return "person"
    return "congress" if isinstance(record, Congress) else "organisation"


@lru_cache(maxsize=256)
def _names(type_value: str, family: str) -> tuple[str, ...]:
    names = [f"{type_value}.md.j2", f"{family}.md.j2"]
    if family in {"resolution", "article"}:
        names.append("document.md.j2")
    return tuple(names)


def template_for(record: Linkable, templates: Templates) -> jinja2.Template:
    """The template of a record: ``<type>.md.j2``, then its family's, e.g. ``resolution.md.j2``."""
    return templates.select(_names(record_type(record), _family(record)))


def _kind(record: Linkable) -> PageKind:
    if isinstance(record, Document):
        return "document"
    if isinstance(record, Person):
        return "person"
    return "congress" if isinstance(record, Congress) else "organisation"


def _vars(record: Linkable, pc: PageContext) -> dict[str, Any]:
    if isinstance(record, Document):
        return document_vars(record, pc)
    if isinstance(record, Person):
        return person_vars(record, pc)
    if isinstance(record, Congress):
        return congress_vars(record, pc)
    return organisation_vars(record, pc)


def record_context(
    record: Linkable,
    site: SiteData,
    *,
    url_for: Callable[[str], str] | None = None,
    id_prefix: str = "",
) -> tuple[dict[str, Any], str | None]:
    """Template variables of a record's page, and its JSON-LD.

    Args:
        record: The record.
        site: The indexed corpus.
        url_for: Turns site paths into URLs (for pages shown elsewhere, like embeds).
        id_prefix: Put before heading ids.
    """
    options = site.options
    labels = labels_for(options.language)
    path = site.paths.get(record.id) or ""
    pc = PageContext(site, labels, path=path, url_for=url_for, id_prefix=id_prefix)
    title = pc.name(record)
    ld = jsonld(record, site)
    variables = _vars(record, pc)
    own_json = json_path(path)
    variables.update(
        title=title,
        record=record,
        h=pc,
        L=labels,
        language=options.language,
        json_link=link(labels.json_link, pc.url(own_json)),
        front_matter=front_matter(
            title,
            {"id": record.id, "kind": _kind(record), "json": own_json.rsplit("/", 1)[-1]},
        ),
        jsonld_script=Md(f'<script type="application/ld+json">{ld}</script>')
        if options.jsonld_in_page
        else Md(""),
    )
    return variables, ld


def record_page(record: Linkable, site: SiteData) -> Page:
    """Render a record's page."""
    variables, ld = record_context(record, site)
    template = template_for(record, site.templates)
    markdown = render_template(template, variables, site.templates.dir)
    path = site.paths[record.id]
    return Page(
        path=path,
        title=variables["title"],
        markdown=markdown,
        kind=_kind(record),
        record_id=record.id,
        json_path=json_path(path),
        json_text=dumps(record, "json"),  # type: ignore[arg-type]
        jsonld=ld,
    )
