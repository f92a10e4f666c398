"""Scorecards on pages: results, indicators across terms, one indicator compared.

A resolution's page shows its results; an organisation's page its indicators across terms; the
"Theo chỉ tiêu" index compares one indicator across organisations and terms.

Every status is written as a sign and a word ("✓ Đạt"), never as a colour alone, and every page
with a table of statuses has the legend. The comparison chart is inline SVG drawn at build time
(no script, no network), with a title, a description and the table next to it as its text.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from vnpartydoc.enums import TargetQualifier
from vnpartydoc.indicators import INDICATORS, IndicatorKey, convert
from vnpartydoc.models import Resolution
from vnpartydoc.render import fmt
from vnpartydoc.render.context import labels_for
from vnpartydoc.render.escape import Md, inline, link, xml_text
from vnpartydoc.render.paths import index_path
from vnpartydoc.scoring import ScorecardRow, TargetStatus, rows_for
from vnpartydoc.types import Quantity, format_vn_number

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vnpartydoc.labels import Labels
    from vnpartydoc.models import Organisation
    from vnpartydoc.render.context import PageContext
    from vnpartydoc.render.data import SiteData
    from vnpartydoc.render.indexes import _List

__all__ = ["indicator_lists", "organisation_indicators", "resolution_scorecard", "status_text"]


def status_text(status: TargetStatus, labels: Labels) -> str:
    """A status as sign and word: "✓ Đạt"."""
    word = status.label if labels.language == "vi" else status.label_en
    return f"{status.symbol} {word}"


def legend(pc: PageContext) -> Md:
    """What each status means, one line each."""
    items = [f"{status_text(s, pc.L)}: {pc.L['status_' + s.name.lower()]}" for s in TargetStatus]
    return Md(f"**{inline(pc.L.legend)}:**\n\n{pc.bullets(items)}")


def _target_text(row: ScorecardRow, pc: PageContext) -> str:
    if row.target is None:
        return ""
    quantity = Quantity(row.target_low or Decimal(0), row.target_high or Decimal(0))
    word = pc.L.qualifier_word(TargetQualifier(row.qualifier))
    return " ".join(p for p in (word, fmt.quantity(quantity, pc.language), row.unit or "") if p)


def _achieved_text(row: ScorecardRow, pc: PageContext) -> str:
    if row.achieved is None:
        return ""
    value, _, own_unit = row.achieved.partition(" ")  # a value never holds a space
    if pc.language == "en":
        value = fmt.quantity(Quantity.parse(value), "en")
    unit = own_unit or row.unit or ""
    text = f"{value} {unit}".strip()
    return f"{pc.L.estimated} {text}" if row.estimated else text


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
            [r.n, r.indicator, _target_text(r, pc), _achieved_text(r, pc), r.measured or "",
             status_text(r.status, L)]
            for r in rows
        ),
    )  # fmt: skip
    return Md(f"**{inline(summary)}**\n\n{table}\n\n{legend(pc)}")


def _indicator_link(key: str, pc: PageContext) -> Md:
    label = _indicator_label(IndicatorKey(key), pc.L)
    return link(label, pc.url(index_path(pc.site.options.url_prefix, "indicator", key)))


def _indicator_label(key: IndicatorKey, labels: Labels) -> str:
    entry = INDICATORS[key]
    return entry.label if labels.language == "vi" else entry.label_en


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
            [_indicator_link(r.key or "", pc), r.term or L.format("milestone", year=r.year),
             _target_text(r, pc), _achieved_text(r, pc), status_text(r.status, L)]
            for r in rows
        ),
    )  # fmt: skip
    return Md(f"{table}\n\n{legend(pc)}")


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
            _List("indicator", key, _indicator_label(IndicatorKey(key), labels), rows,
                  _comparison_table, _intro(IndicatorKey(key)),
                  _chart(IndicatorKey(key), charted, len(rows)))
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
             L.format("milestone", year=r.year), pc.link(r.resolution), r.indicator,
             _target_text(r, pc), _achieved_text(r, pc), r.measured or "",
             status_text(r.status, L)]
            for r in rows
        ),
    )  # fmt: skip


# ------------------------------------------------------------------------------ the chart

_TEXT = "fill:var(--md-default-fg-color,#333)"
_RANGE = "fill:var(--md-primary-fg-color,#4051b5);fill-opacity:.35"
_EDGE = "stroke:var(--md-primary-fg-color,#4051b5);stroke-width:2"
_MARK = "fill:var(--md-accent-fg-color,#c51162);stroke:var(--md-default-bg-color,#fff)"
_AXIS = "stroke:var(--md-default-fg-color--lighter,#bbb)"


def _in_unit(value: Decimal | None, row: ScorecardRow, unit: str) -> Decimal | None:
    if value is None or row.unit is None:
        return None
    return convert(value, row.unit, unit)


def _chart(key: IndicatorKey, rows: Sequence[ScorecardRow], total: int) -> Any:
    def draw(pc: PageContext) -> Md | None:
        return indicator_chart(key, rows, pc.L, total=total)

    return draw


def indicator_chart(
    key: IndicatorKey, rows: Sequence[ScorecardRow], labels: Labels, *, total: int | None = None
) -> Md | None:
    """Each organisation's target (a band from low to high) and result (a diamond) by term.

    Values are converted exactly to the indicator's unit; rows whose unit does not convert are
    left out of the chart (they stay in the table). ``total`` is the number of rows in the
    table, when the chart shows only the first of them.
    """
    unit = INDICATORS[key].unit
    bars = []
    for row in rows:
        low, high = _in_unit(row.target_low, row, unit), _in_unit(row.target_high, row, unit)
        if low is None or high is None:
            continue
        name = row.organisation_name or row.organisation or row.resolution
        when = row.term or labels.format("milestone", year=row.year)
        bars.append((f"{name} ({when})", low, high, _in_unit(row.achieved_low, row, unit), row))
    if not bars:
        return None
    title = labels.format("indicator_chart", label=_indicator_label(key, labels), unit=unit)
    note = labels.chart_key
    if total is not None and total > len(rows):
        note += " " + labels.format("chart_first", shown=len(rows), total=total)
    return Md(_svg(bars, title, labels, note))


def _num(value: Decimal, labels: Labels) -> str:
    text = format_vn_number(value)
    return text if labels.language == "vi" else text.replace(".", "\u2009").replace(",", ".")


def _svg(bars: list[Any], title: str, labels: Labels, note: str) -> str:
    values = [v for _, low, high, got, _ in bars for v in (low, high, got) if v is not None]
    top = max(max(values), Decimal(0))
    bottom = min(min(values), Decimal(0))
    span = (top - bottom) or Decimal(1)
    left, plot, row_h = 250, 320, 34
    width, height = left + plot + 150, 30 + row_h * len(bars)

    def x(value: Decimal) -> float:
        return left + float((value - bottom) / span) * plot

    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" style="max-width:100%;height:auto;font-family:sans-serif;'
        f'font-size:13px" role="img" aria-labelledby="vnpd-sc-t vnpd-sc-d">',
        f'<title id="vnpd-sc-t">{xml_text(title)}</title>',
    ]
    described = []
    for i, (name, low, high, got, row) in enumerate(bars):
        y = 10 + i * row_h
        band = (
            f"{_num(low, labels)}\u2013{_num(high, labels)}" if low != high else _num(low, labels)
        )
        result = _num(got, labels) if got is not None else "\u2013"
        said = f"{name}: {labels.target_value} {band}; {labels.result} {result}; "
        said += status_text(row.status, labels)
        described.append(said)
        lines.append(f"<g><title>{xml_text(said)}</title>")
        lines.append(f'<text x="0" y="{y + 17}" style="{_TEXT}">{xml_text(name[:40])}</text>')
        w = max(x(high) - x(low), 3)
        lines.append(
            f'<rect x="{x(low):.1f}" y="{y + 4}" width="{w:.1f}" height="18" rx="2" '
            f'style="{_RANGE};{_EDGE}"/>'
        )
        if got is not None:
            cx, cy = x(got), y + 13
            lines.append(
                f'<path d="M{cx:.1f} {cy - 9} L{cx + 9:.1f} {cy} L{cx:.1f} {cy + 9} '
                f'L{cx - 9:.1f} {cy} Z" style="{_MARK}"/>'
            )
        label = f"{band} \u2192 {result}"
        if got is not None:
            label += f" {row.status.symbol}"
        lines.append(
            f'<text x="{left + plot + 12}" y="{y + 17}" style="{_TEXT}">{xml_text(label)}</text>'
        )
        lines.append("</g>")
    lines.insert(2, f'<desc id="vnpd-sc-d">{xml_text(". ".join(described))}</desc>')
    axis_y = height - 12
    lines.append(
        f'<line x1="{left}" y1="{axis_y}" x2="{left + plot}" y2="{axis_y}" style="{_AXIS}"/>'
    )
    for value in (bottom, top):
        lines.append(
            f'<text x="{x(value):.1f}" y="{height - 1}" text-anchor="middle" '
            f'style="{_TEXT}">{xml_text(_num(value, labels))}</text>'
        )
    lines.append("</svg>")
    caption = xml_text(f"{title}. {note}")
    return (
        '<figure class="vnpartydoc-diagram vnpartydoc-scorecard">\n' + "\n".join(lines)
        + f"\n<figcaption>{caption}</figcaption>\n</figure>"
    )  # fmt: skip
