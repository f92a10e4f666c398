r"""schema.org JSON-LD for record pages: Legislation, Article, Person, Event, Organization.

The mapping follows the crosswalk of DOMAIN.md §1 (number → ``legislationIdentifier``, type →
``legislationType``, issuer → ``legislationPassedBy``, date → ``legislationDate``, signer →
``legislationCountersignedBy``, relations → ``isBasedOn``, ``legislationApplies`` …). The text
is safe inside ``<script type="application/ld+json">``: ``<``, ``>`` and ``&`` (and the
JavaScript line separators) are written as ``\u`` escapes, so no ``</script>`` can occur.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from vnpartydoc.enums import RelationKind
from vnpartydoc.models import Article, Congress, Document, Organisation, Person
from vnpartydoc.render.paths import json_path, page_url

if TYPE_CHECKING:
    from vnpartydoc.render.data import SiteData

    Linkable = Document | Organisation | Congress | Person

__all__ = ["dumps_safe", "jsonld"]

_CONTEXT = "https://schema.org"
_RELATION_TERMS = {
    RelationKind.BASED_ON: "isBasedOn",
    RelationKind.IMPLEMENTS: "legislationApplies",
    RelationKind.AMENDS: "legislationAmends",
    RelationKind.REPEALS: "legislationRepeals",
    RelationKind.REPLACES: "legislationRepeals",
    RelationKind.CITES: "citation",
}
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def dumps_safe(data: object) -> str:
    r"""Serialise to compact JSON that can sit inside a ``<script>`` element.

    Example:
        >>> print(dumps_safe({"name": "</script><b>&"}))
        {"name":"\u003c/script\u003e\u003cb\u003e\u0026"}
    """
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)


class _Builder:
    def __init__(self, site: SiteData) -> None:
        self.site = site
        base = site.options.site_url
        self.base = None if base is None else base.rstrip("/") + "/"

    def url(self, path: str) -> str | None:
        if self.base is None:
            return None
        return self.base + page_url(path, use_directory_urls=self.site.options.use_directory_urls)

    def ref(self, record: Linkable | None, kind: str, name: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"@type": kind}
        if record is not None:
            out["name"] = name or _name(record)
            url = self.url(self.site.paths[record.id])
            if url is not None:
                out["url"] = url
        elif name is not None:
            out["name"] = name
        return out

    def head(self, record: Linkable, kind: str) -> dict[str, Any]:
        out: dict[str, Any] = {"@context": _CONTEXT, "@type": kind}
        url = self.url(self.site.paths[record.id])
        if url is not None:
            out["@id"] = url
            out["url"] = url
        return out

    def encoding(self, record: Linkable) -> dict[str, Any] | None:
        if self.base is None:
            return None
        return {
            "@type": "MediaObject",
            "encodingFormat": "application/json",
            "contentUrl": self.base + json_path(self.site.paths[record.id]),
        }


def _name(record: Linkable) -> str:
    if isinstance(record, Document):
        return record.title
    if isinstance(record, Congress):
        return record.name or f"Đại hội lần thứ {record.ordinal}"
    return record.name


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v not in (None, [], "", {})}


def jsonld(record: Linkable, site: SiteData) -> str:
    """The JSON-LD of a record's page, ready for a ``<script>`` element."""
    builder = _Builder(site)
    if isinstance(record, Article):
        data = _article(record, builder)
    elif isinstance(record, Document):
        data = _legislation(record, builder)
    elif isinstance(record, Person):
        data = _person(record, builder)
    elif isinstance(record, Congress):
        data = _event(record, builder)
    else:
        data = _organisation(record, builder)
    return dumps_safe(_clean(data))


def _legislation(doc: Document, b: _Builder) -> dict[str, Any]:
    site = b.site
    org = site.organisation(doc.issuer.organisation) if doc.issuer else None
    issuer_name = doc.issuer.name if doc.issuer and doc.issuer.name else None
    data = b.head(doc, "Legislation")
    data.update(
        name=doc.title,
        alternateName=doc.summary,
        legislationIdentifier=str(doc.number) if doc.number else None,
        legislationType=doc.kind.label if doc.kind else None,
        legislationPassedBy=b.ref(org, "Organization", issuer_name) if doc.issuer else None,
        legislationDate=str(doc.issued_on) if doc.issued_on else None,
        inLanguage="vi",
        keywords=list(doc.tags),
    )
    signature = doc.signature
    if signature is not None and (signature.person or signature.name):
        person = site.person(signature.person)
        data["legislationCountersignedBy"] = b.ref(person, "Person", signature.name)
    for relation in doc.relations:
        target = site.get(relation.target)
        if isinstance(target, Document):
            data.setdefault(_RELATION_TERMS[relation.kind], []).append(
                b.ref(target, "Legislation" if not isinstance(target, Article) else "Article")
            )
    data["subjectOf"] = [{"@type": "WebPage", "url": s.url} for s in doc.sources if s.url]
    data["encoding"] = b.encoding(doc)
    return data


def _article(article: Article, b: _Builder) -> dict[str, Any]:
    site = b.site
    data = b.head(article, "Article")
    authors = []
    for author_id in article.authors:
        person = site.person(author_id)
        ref = b.ref(person, "Person", None if person else author_id)
        if person is not None:
            titles = person.titles_on(article.issued_on) if article.issued_on else person.titles
            ref["jobTitle"] = [t.printed for t in titles] or None
        authors.append(_clean(ref))
    about = []
    for target_id in article.about:
        target = site.get(target_id)
        if target is not None:
            kind = "Event" if isinstance(target, Congress) else "Legislation"
            about.append(
                b.ref(target, kind if isinstance(target, Congress | Document) else "Thing")
            )
    publication = article.publication
    data.update(
        headline=article.title,
        name=article.title,
        description=article.lead or article.summary,
        author=authors,
        about=about,
        publisher=_clean(
            {"@type": "Organization", "name": publication.name, "url": publication.url}
        )
        if publication
        else None,
        datePublished=str(article.issued_on) if article.issued_on else None,
        inLanguage="vi",
        keywords=list(article.tags),
        encoding=b.encoding(article),
    )
    return data


def _person(person: Person, b: _Builder) -> dict[str, Any]:
    data = b.head(person, "Person")
    orgs = dict.fromkeys(t.organisation for t in person.titles if t.organisation)
    data.update(
        name=person.name,
        alternateName=person.byline,
        jobTitle=[t.printed for t in person.titles],
        affiliation=[
            b.ref(org, "Organization", None if org else o)
            for o in orgs
            for org in [b.site.organisation(o)]
        ],
        encoding=b.encoding(person),
    )
    return data


def _event(congress: Congress, b: _Builder) -> dict[str, Any]:
    org = b.site.organisation(congress.organisation)
    start = congress.prep_on or congress.opened_on or congress.closed_on
    data = b.head(congress, "Event")
    data.update(
        name=_name(congress),
        description=f"Nhiệm kỳ {congress.term}" if congress.term else None,
        startDate=str(start) if start else None,
        endDate=str(congress.closed_on) if congress.closed_on else None,
        location={"@type": "Place", "name": congress.place} if congress.place else None,
        organizer=b.ref(org, "Organization", None if org else congress.organisation),
        inLanguage="vi",
        subjectOf=[{"@type": "WebPage", "url": s.url} for s in congress.sources if s.url],
        encoding=b.encoding(congress),
    )
    return data


def _organisation(org: Organisation, b: _Builder) -> dict[str, Any]:
    data = b.head(org, "Organization")
    parent = b.site.organisation(org.parent)
    data.update(
        name=org.name,
        alternateName=org.committee,
        areaServed=org.locality,
        foundingDate=str(org.valid_from) if org.valid_from else None,
        dissolutionDate=str(org.valid_to) if org.valid_to else None,
        parentOrganization=b.ref(parent, "Organization") if parent else None,
        encoding=b.encoding(org),
    )
    return data
