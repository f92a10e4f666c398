"""Scorecards on pages: results, indicators across terms, one indicator compared.

A resolution's page shows its results; an organisation's page its indicators across terms; the
"Theo chỉ tiêu" index compares one indicator across organisations and terms.

Every status is written as a sign and a word ("✓ Đạt"), never as a colour alone, and every page
with a table of statuses has the legend. The comparison chart is drawn by
:mod:`vnpartydoc.render.scorechart`.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from vnpartydoc.enums import TargetQualifier
from vnpartydoc.indicators import INDICATORS, IndicatorKey
from vnpartydoc.models import Resolution
from vnpartydoc.render import fmt
from vnpartydoc.render.context import labels_for
from vnpartydoc.render.escape import Md, inline, link
from vnpartydoc.render.paths import index_path
from vnpartydoc.render.scorechart import (
    beyond_term,
    chart_for,
    indicator_label,
    resolution_label,
    resolution_name,
    status_text,
)
from vnpartydoc.scoring import TargetStatus, rows_for
from vnpartydoc.types import InvalidValueError, PartialDate, Quantity

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vnpartydoc.enums import Language
    from vnpartydoc.labels import Labels
    from vnpartydoc.models import Organisation
    from vnpartydoc.render.context import PageContext
    from vnpartydoc.render.data import SiteData
    from vnpartydoc.render.indexes import _List
    from vnpartydoc.scoring import ScorecardRow

__all__ = [
    "achieved_text",
    "indicator_lists",
    "measured_text",
    "organisation_indicators",
    "resolution_scorecard",
    "status_text",
    "target_text",
]


def legend(pc: PageContext) -> Md:
    """What each status means, one line each."""
    items = [f"{status_text(s, pc.L)}: {pc.L['status_' + s.name.lower()]}" for s in TargetStatus]
    return Md(f"**{inline(pc.L.legend)}:**\n\n{pc.bullets(items)}")


def target_text(row: ScorecardRow, labels: Labels) -> str:
    """The target as a reader says it: qualifier word, value, unit ("tối thiểu 7,5 %/năm")."""
    if row.target is None:
        return ""
    quantity = Quantity(row.target_low or Decimal(0), row.target_high or Decimal(0))
    word = labels.qualifier_word(TargetQualifier(row.qualifier))
    return " ".join(p for p in (word, fmt.quantity(quantity, labels.language), row.unit or "") if p)


def achieved_text(row: ScorecardRow, labels: Labels) -> str:
    """The result with its unit, marked when estimated ("ước 107,38 triệu đồng/người/năm")."""
    if row.achieved is None:
        return ""
    value, _, own_unit = row.achieved.partition(" ")  # a value never holds a space
    if labels.language == "en":
        value = fmt.quantity(Quantity.parse(value), "en")
    unit = own_unit or row.unit or ""
    text = f"{value} {unit}".strip()
    return f"{labels.estimated} {text}" if row.estimated else text


def measured_text(row: ScorecardRow, language: Language) -> str:
    """When the result was measured, as tables print dates ("28/3/2024"), or its period."""
    if row.measured is None:
        return ""
    try:
        return fmt.short_date(PartialDate.parse(row.measured), language)
    except InvalidValueError:  # a period, "2021 - 2025", is printed as it is
        return row.measured


def _cell(text: str) -> Md | str:
    """A value with its unit for a table cell: a compound unit may break after its slashes.

    "triệu đồng/người/năm" is one word to a browser, wider than a phone's column; ``<wbr>``
    lets it wrap there, and adds no character to what a reader copies or searches.
    """
    if not text:
        return text
    escaped = str(inline(text))  # a slash may come out as "&#47;"
    return Md(escaped.replace("/", "/<wbr>").replace("&#47;", "&#47;<wbr>"))


def _reached(rows: Sequence[ScorecardRow], term: str | None) -> tuple[int, int]:
    due = [r for r in rows if r.target is not None and (term is None or r.term == term)]
    return sum(r.status.reached for r in due), len(due)


def resolution_scorecard(doc: Resolution, pc: PageContext) -> Md | None:
    """The resolution's scorecard, when at least one of its targets has a result."""
    if not any(t.achieved is not None for t in doc.targets):
        return None
    org = pc.site.organisation(doc.issuer.organisation) if doc.issuer else None
    rows = rows_for(doc, org)
    L = pc.L
    term = str(doc.term) if doc.term is not None else None
    reached, total = _reached(rows, term)
    no_data = sum(r.status is TargetStatus.NO_DATA for r in rows if term is None or r.term == term)
    summary = L.format("scorecard_count", reached=reached, total=total, no_data=no_data)
    table = pc.table(
        [L.n, L.indicator, L.target_value, L.result, L.measured, L.status],
        (
            [r.n, r.indicator, _cell(target_text(r, pc.L)), _cell(achieved_text(r, pc.L)),
             _cell(measured_text(r, pc.language)), status_text(r.status, L)]
            for r in rows
        ),
        name="scorecard",
    )  # fmt: skip
    return Md(f"**{inline(summary)}**\n\n{table}\n\n{legend(pc)}")


def _indicator_link(key: str, pc: PageContext) -> Md:
    label = indicator_label(IndicatorKey(key), pc.L)
    return link(label, pc.url(index_path(pc.site.options.url_prefix, "indicator", key)))


def organisation_indicators(org: Organisation, pc: PageContext) -> Md | None:
    """The organisation's targets with an indicator key, across its resolutions and terms."""
    rows = [
        row
        for doc in pc.site.docs_by_org.get(org.id, [])
        if isinstance(doc, Resolution)
        for row in rows_for(doc, org)
        if row.key is not None
    ]
    if not rows:
        return None
    order = list(IndicatorKey)
    rows.sort(key=lambda r: (order.index(IndicatorKey(r.key or "")), r.year or 0))
    L = pc.L
    table = pc.table(
        [L.indicator, L.term, L.target_value, L.result, L.status],
        (
            [_indicator_link(r.key or "", pc), _term_cell(r, pc),
             _cell(target_text(r, pc.L)), _cell(achieved_text(r, pc.L)), status_text(r.status, L)]
            for r in rows
        ),
        name="indicators",
    )  # fmt: skip
    return Md(f"{table}\n\n{legend(pc)}")


def _term_cell(row: ScorecardRow, pc: PageContext) -> Md:
    """The term a row's target is for; one past its resolution's own term names the resolution.

    A 2025 - 2030 target set by the 2020 - 2025 congress would otherwise read as the next
    congress's.
    """
    term = inline(row.term or pc.L.format("milestone", year=row.year))
    if beyond_term(row, pc.site) is None:
        return term
    return Md(f"{term} ({pc.link(row.resolution, resolution_name(row.resolution, pc.site, pc.L))})")


# ------------------------------------------------------------------------------ the index


def _site_rows(site: SiteData) -> list[ScorecardRow]:
    rows: list[ScorecardRow] = []
    for doc in site.documents:
        if isinstance(doc, Resolution):
            org = site.organisation(doc.issuer.organisation) if doc.issuer else None
            rows.extend(r for r in rows_for(doc, org) if r.key is not None)
    return rows


def indicator_lists(site: SiteData) -> list[_List]:
    """The "Theo chỉ tiêu" index: a list of indicators, and a comparison page for each."""
    from vnpartydoc.render.indexes import _List

    by_key: dict[str, list[ScorecardRow]] = defaultdict(list)
    for row in _site_rows(site):
        by_key[row.key or ""].append(row)
    keys = [k.value for k in IndicatorKey if k.value in by_key]
    labels = labels_for(site.options.language)

    def table(items: Sequence[Any], pc: PageContext) -> Md:
        rows = [
            [_indicator_link(k, pc), INDICATORS[IndicatorKey(k)].unit,
             len({r.organisation for r in by_key[k]}), len(by_key[k])]
            for k in items
        ]  # fmt: skip
        return pc.table(
            [pc.L.indicator, pc.L.unit, pc.L.organisations_count, pc.L.targets_count], rows
        )

    lists = [_List("indicator", None, labels.index_indicator, keys, table)]
    for key in keys:
        rows = sorted(by_key[key], key=lambda r: (r.term or "~", r.organisation_name or ""))
        charted = rows[: site.options.page_size]  # the rows of the first page, which has it
        lists.append(
            _List("indicator", key, indicator_label(IndicatorKey(key), labels), rows,
                  _comparison_table, _intro(IndicatorKey(key)),
                  chart_for(IndicatorKey(key), charted, len(rows)))
        )  # fmt: skip
    return lists


def _intro(key: IndicatorKey) -> Any:
    def intro(pc: PageContext) -> Md:
        entry = INDICATORS[key]
        better = pc.L.better_higher if entry.direction == "higher" else pc.L.better_lower
        text = pc.L.format("compare_unit", unit=entry.unit, better=better)
        return Md(f"{inline(text)}\n\n{legend(pc)}")

    return intro


def _comparison_table(rows: Sequence[Any], pc: PageContext) -> Md:
    L = pc.L
    return pc.table(
        [L.organisation, L.term, L.resolution, L.indicator, L.target_value, L.result, L.measured,
         L.status],
        (
            [pc.link(r.organisation) if r.organisation else "", r.term or
             L.format("milestone", year=r.year),
             pc.link(r.resolution, resolution_label(r, pc.site, L)), r.indicator,
             _cell(target_text(r, pc.L)), _cell(achieved_text(r, pc.L)),
             _cell(measured_text(r, pc.language)),
             status_text(r.status, L)]
            for r in rows
        ),
        name="comparison",
    )  # fmt: skip
