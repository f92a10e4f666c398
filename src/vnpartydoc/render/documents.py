"""Template variables of document pages: every part of a document, escaped or linked.

Values are plain text (escaped by the templates' ``finalize``) or already-safe
:class:`~vnpartydoc.render.escape.Md`. The variables are listed in ``docs/templates.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from vnpartydoc.models import Article, GoalDocument, Plan, Resolution
from vnpartydoc.render import fmt
from vnpartydoc.render.diagrams import targets_chart
from vnpartydoc.render.escape import Md, inline, link, safe_url
from vnpartydoc.render.paths import record_type
from vnpartydoc.render.scorecards import resolution_scorecard
from vnpartydoc.text import to_roman

if TYPE_CHECKING:
    from vnpartydoc.models import Document, Goal, Relation, Signature, Source, Target
    from vnpartydoc.render.context import PageContext

__all__ = ["article_entry", "document_vars"]


def document_vars(doc: Document, pc: PageContext) -> dict[str, Any]:
    """Variables for a document's template (``document.md.j2`` and the kind templates)."""
    out: dict[str, Any] = {
        "doc": doc,
        "type_label": pc.L.kind_name(record_type(doc)),
        "number": str(doc.number) if doc.number else None,
        "summary": pc.paragraphs(doc.summary) if doc.summary else None,
        "meta": _meta(doc, pc),
        "points": _points(doc, pc),
        "signature": _signature(doc.signature, pc) if doc.signature else None,
        "relations": [_relation(r, pc) for r in doc.relations],
        "referenced_by": [
            Md(f"{_doc_link(d.id, pc)} ({inline(pc.L.relation_name(kind))})")
            for kind, d in pc.site.incoming.get(doc.id, [])
        ],
        "articles_about": [article_entry(a, pc) for a in pc.site.articles_about.get(doc.id, [])],
        "sources": [pc.source(s) for s in doc.sources],
        "tags": Md(" \u00b7 ").join(doc.tags),
    }
    out["goal"] = _goal(doc.general_goal, pc) if isinstance(doc, GoalDocument) else None
    out.update(_resolution(doc, pc) if isinstance(doc, Resolution) else _EMPTY_RESOLUTION)
    out.update(_article(doc, pc) if isinstance(doc, Article) else _EMPTY_ARTICLE)
    out["activities"] = _activities(doc, pc) if isinstance(doc, Plan) and doc.activities else None
    return out


_EMPTY_RESOLUTION: dict[str, Any] = {
    "specific_goals": [],
    "targets": [],
    "targets_table": None,
    "targets_sources": None,
    "targets_chart": None,
    "tasks": [],
    "solutions": [],
    "breakthroughs": [],
}
_EMPTY_ARTICLE: dict[str, Any] = {
    "authors": [],
    "lead": None,
    "intro": None,
    "closing": None,
    "about": [],
}


def _relation(relation: Relation, pc: PageContext) -> Md:
    line = f"{inline(pc.L.relation_name(relation.kind))}: {_doc_link(relation.target, pc)}"
    if relation.note:
        line += f" \u2014 {inline(relation.note)}"
    return Md(line)


def _doc_link(record_id: str, pc: PageContext) -> Md:
    record = pc.site.get(record_id)
    text = pc.link(record_id)
    number = getattr(record, "number", None)
    return Md(f"{text} ({inline(str(number))})") if number is not None else text


def _meta(doc: Document, pc: PageContext) -> Md:
    L = pc.L
    items: list[tuple[str, object]] = [
        (L.type, pc.L.kind_name(record_type(doc))),
        (L.number, doc.number),
    ]
    if doc.issuer is not None:
        issuer = doc.issuer.name or L.body_name(doc.issuer.body)
        org = pc.link(doc.issuer.organisation)
        items.append((L.issuer, Md(f"{inline(issuer)} ({org})")))
    if doc.tenure is not None:
        items.append((L.tenure, to_roman(doc.tenure)))
    if isinstance(doc, Article):
        items.append((L.published_on, pc.date(doc.issued_on)))
    else:
        items.append((L.place_date, fmt.place_date(doc.place, doc.issued_on, pc.language)))
    if isinstance(doc, Resolution):
        congress = pc.site.congress(doc.congress)
        if doc.congress is not None:
            items.append((L.congress, pc.link(doc.congress)))
        term = doc.term or (congress.term if congress else None)
        items.append((L.term, str(term) if term else None))
        items.append((L.horizon, doc.horizon))
    if isinstance(doc, Article):
        items.extend(_article_meta(doc, pc))
    return pc.pairs(items)


def _article_meta(doc: Article, pc: PageContext) -> list[tuple[str, object]]:
    L = pc.L
    publication = None
    if doc.publication is not None:
        tag = f" ({doc.publication.tag})" if doc.publication.tag else ""
        publication = f"{doc.publication.name}{tag}"
    authors = _authors(doc, pc)
    url = safe_url(doc.url) if doc.url else None
    return [
        (L.authors, Md("; ").join(authors) if authors else None),
        (L.publication, publication),
        (L.article_url, link(urlsplit(doc.url or "").hostname or doc.url, url) if url else None),
        (L.about, pc.links(doc.about) if doc.about else None),
    ]


def _points(doc: Document, pc: PageContext) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for n, point in enumerate(getattr(doc, "points", ()), start=1):
        parts = [p for p in (point.label, point.heading) if p]
        title = ". ".join(parts) if parts else pc.L.format("point", n=n)
        anchor = pc.anchor(title)
        base, i = anchor, 2
        while anchor in seen:
            anchor, i = f"{base}-{i}", i + 1
        seen.add(anchor)
        text = pc.paragraphs(point.text)
        heading: Md | None = Md(f"### {inline(title)} {{#{anchor}}}")
        if point.label and not point.heading:
            heading, text = None, _run_in(point.label, text, anchor)
        out.append(
            {"title": title, "anchor": anchor, "heading": heading, "text": text, "point": point}
        )
    return out


def _run_in(label: str, text: Md, anchor: str) -> Md:
    """A label without a heading opens its paragraph, as printed: "**Thứ nhất**, các cấp ủy …".

    A label that ends in punctuation ("1.", "a)") is followed by a space; a word label by a
    comma before a lower-case word and a full stop before a capital.
    """
    first, sep, rest = str(text).partition("\n\n")  # plain str: all three are safe already
    word_joint = ", " if first[:1].islower() else ". "
    joint = " " if label[-1] in ".:)-\u2013" else word_joint
    first = f"**{inline(label)}**{joint}{first}\n{{: #{anchor} }}"
    return Md(first + sep + rest)


def _signature(sig: Signature, pc: PageContext) -> Md:
    L = pc.L
    mode = None
    if sig.mode is not None:
        mode = f"{sig.mode.value} ({L.mode_name(sig.mode)})"
        if sig.on_behalf_of:
            mode += f" {sig.on_behalf_of}"
    elif sig.on_behalf_of:
        mode = sig.on_behalf_of
    signer = pc.link(sig.person, sig.name) if sig.person else sig.name
    return pc.pairs([(L.signing_mode, mode), (L.post, sig.post), (L.signer, signer)])


def _goal(goal: Goal | None, pc: PageContext) -> dict[str, Any] | None:
    """The general goal of any document that states one: text, milestones and sources."""
    if goal is None:
        return None
    return {
        "text": pc.quote(goal.text),
        "milestones": pc.pairs(
            (pc.L.format("milestone", year=m.year), m.text) for m in goal.milestones
        ),
        "sources": Md("; ").join(pc.source(s) for s in goal.sources) if goal.sources else None,
    }


# ---------------------------------------------------------------------------------- resolutions


def _resolution(doc: Resolution, pc: PageContext) -> dict[str, Any]:
    targets = [_target(n, t, pc) for n, t in enumerate(doc.targets, start=1)]
    shared = _shared_sources(doc)
    return {
        "specific_goals": list(doc.specific_goals),
        "targets": targets,
        "targets_table": _targets_table(targets, pc, shared=bool(shared)) if targets else None,
        "targets_sources": Md("; ").join(pc.source(s) for s in shared) if shared else None,
        "targets_chart": _targets_chart(doc, pc) if targets else None,
        "scorecard": resolution_scorecard(doc, pc),
        "tasks": list(doc.tasks),
        "solutions": list(doc.solutions),
        "breakthroughs": list(doc.breakthroughs),
    }


def value_text(target: Target, pc: PageContext) -> str:
    """The target's value with its qualifier ("trên 10"), or its printed wording."""
    if target.value is None:
        return target.printed or ""
    qualifier = pc.L.qualifier_word(target.qualifier)
    value = fmt.quantity(target.value, pc.language)
    return f"{qualifier} {value}" if qualifier else value


def _target(n: int, target: Target, pc: PageContext) -> dict[str, Any]:
    if target.deadline is not None and target.period is not None:
        when = f"{target.period} ({target.deadline})"
    else:
        when = str(target.deadline or target.period or "")
    sources = [s for s in target.sources if s.url or s.document]
    return {
        "n": n,
        "indicator": target.indicator,
        "value": value_text(target, pc),
        "unit": target.unit or "",
        "measure": " ".join(p for p in (value_text(target, pc), target.unit) if p),
        "when": when,
        "year": target.year,
        "area": pc.L.area_name(target.area) if target.area else "",
        "achieved": fmt.quantity(target.achieved.value, pc.language) if target.achieved else "",
        "printed": target.printed or "",
        "sources": Md(", ").join(_target_source(i, s, pc) for i, s in enumerate(sources, 1)),
        "target": target,
    }


def _target_source(i: int, source: Source, pc: PageContext) -> Md:
    text = pc.L.source if i == 1 else f"{pc.L.source} {i}"
    url = safe_url(source.url) if source.url else None
    if url is not None:
        return link(text, url)
    return pc.link(source.document, text)


def _shared_sources(doc: Resolution) -> tuple[Source, ...]:
    """The sources every target cites, when they all cite the same ones (else none)."""
    cited = {tuple(s for s in t.sources if s.url or s.document) for t in doc.targets}
    return cited.pop() if len(cited) == 1 else ()


def _targets_table(targets: list[dict[str, Any]], pc: PageContext, *, shared: bool) -> Md:
    # The value carries its unit ("6,5–7 %/năm"), and a source cited by every row is said once
    # under the table: fewer columns leave the indicator room to read on one or two lines.
    # Results are not a column here: the scorecard table under it holds them with their status.
    L = pc.L
    columns = [("n", L.n), ("indicator", L.indicator), ("measure", L.value), ("when", L.deadline)]
    optional = [("area", L.area)]
    if not shared:
        optional.append(("sources", L.sources))
    columns.extend((key, label) for key, label in optional if any(t[key] for t in targets))
    return pc.table(
        [label for _, label in columns],
        ([t[k] for k, _ in columns] for t in targets),
        name="targets",
    )


def _targets_chart(doc: Resolution, pc: PageContext) -> Md:
    years: dict[int, list[tuple[str, str]]] = {}
    for target in doc.targets:
        if target.year is not None:
            unit = f" {target.unit}" if target.unit else ""
            value = f"{value_text(target, pc)}{unit}"
            years.setdefault(target.year, []).append((value, target.indicator))
    groups = sorted(years.items())
    return targets_chart(groups, pc.L.targets_chart, pc.site.options.diagrams)


# ------------------------------------------------------------------------------ articles, plans


def _author_titles(doc: Article, pc: PageContext) -> list[tuple[Md, list[str]]]:
    """Each author's link with the titles they held on the article's date (all if undated)."""
    authors = []
    for author_id in doc.authors:
        person = pc.site.person(author_id)
        titles = []
        if person is not None:
            held = person.titles_on(doc.issued_on) if doc.issued_on else person.titles
            titles = [t.printed for t in held]
        authors.append((pc.link(author_id), titles))
    return authors


def _authors(doc: Article, pc: PageContext) -> list[Md]:
    return [
        Md(f"{line} \u2014 {inline(', '.join(titles))}") if titles else line
        for line, titles in _author_titles(doc, pc)
    ]


def article_entry(doc: Article, pc: PageContext) -> Md:
    """An article as a list entry: its link, then its authors with their titles."""
    names = [
        Md(f"{line} ({inline(', '.join(titles))})") if titles else line
        for line, titles in _author_titles(doc, pc)
    ]
    if not names:
        return pc.link(doc.id)
    return Md(f"{pc.link(doc.id)} \u2014 {Md('; ').join(names)}")


def _article(doc: Article, pc: PageContext) -> dict[str, Any]:
    return {
        "authors": _authors(doc, pc),
        "lead": pc.paragraphs(doc.lead) if doc.lead else None,
        "intro": Md("\n\n").join(pc.paragraphs(p) for p in doc.intro) if doc.intro else None,
        "closing": Md("\n\n").join(pc.paragraphs(p) for p in doc.closing) if doc.closing else None,
        "about": [pc.link(a) for a in doc.about],
    }


def _activities(doc: Plan, pc: PageContext) -> Md:
    L = pc.L
    rows = [
        [n, a.what, a.lead or "", ", ".join(a.partners), pc.short_date(a.deadline)]
        for n, a in enumerate(doc.activities, start=1)
    ]
    return pc.table([L.n, L.activity, L.lead_by, L.partners, L.deadline], rows)
