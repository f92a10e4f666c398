"""The chart of one indicator compared across organisations and terms, and its row labels.

Inline SVG drawn at build time (no script, no network) with the shared picture helpers of
:mod:`vnpartydoc.render.diagrams`: one row per organisation and term, its name wrapped above its
bar, the target a hatched band and the result a diamond. Every row's tooltip and the chart's
description say in full what the row shows; the table next to the chart holds every number.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING, Any

from vnpartydoc.enums import TargetQualifier
from vnpartydoc.indicators import INDICATORS, IndicatorKey, convert
from vnpartydoc.models import Resolution
from vnpartydoc.render import fmt
from vnpartydoc.render.diagrams import (
    CHAR_WIDTH,
    LINE,
    MUTED,
    PRIMARY,
    TEXT,
    WIDTH,
    figure,
    svg_open,
    text_lines,
    wrap,
)
from vnpartydoc.render.escape import Md, xml_text
from vnpartydoc.text import to_roman
from vnpartydoc.types import Quantity, Term

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from vnpartydoc.labels import Labels
    from vnpartydoc.render.context import PageContext
    from vnpartydoc.render.data import SiteData
    from vnpartydoc.scoring import ScorecardRow, TargetStatus

__all__ = [
    "beyond_term",
    "chart_for",
    "indicator_chart",
    "indicator_label",
    "resolution_label",
    "resolution_name",
    "status_text",
]


def status_text(status: TargetStatus, labels: Labels) -> str:
    """A status as sign and word: "✓ Đạt"."""
    word = status.label if labels.language == "vi" else status.label_en
    return f"{status.symbol} {word}"


def indicator_label(key: IndicatorKey, labels: Labels) -> str:
    """The indicator's name in the page's language."""
    entry = INDICATORS[key]
    return entry.label if labels.language == "vi" else entry.label_en


def resolution_label(row: ScorecardRow, site: SiteData, labels: Labels) -> str:
    """Name the resolution that set a row's target, and the year past its term it aims at.

    A resolution adopted by a congress on record is named after it ("Nghị quyết Đại hội XI"),
    another by its title; a target past the resolution's own term adds its year ("(mục tiêu
    đến 2030)"), so a 2025 - 2030 target set by the 2020 - 2025 congress does not read as the
    next congress's.
    """
    name = resolution_name(row.resolution, site, labels)
    year = beyond_term(row, site)
    return name if year is None else f"{name} ({labels.format('target_for', year=year)})"


def resolution_name(resolution: str, site: SiteData, labels: Labels) -> str:
    """A resolution's short name: after its congress when one is on record, else its title."""
    doc = site.get(resolution)
    if not isinstance(doc, Resolution):
        return resolution
    congress = site.congress(doc.congress)
    if congress is None:
        return doc.title
    short = labels.format("congress_short", roman=to_roman(congress.ordinal))
    return labels.format("resolution_of", congress=short)


def beyond_term(row: ScorecardRow, site: SiteData) -> int | None:
    """The year a row's target aims at, when it lies past its resolution's own term."""
    return _beyond_term(row, site.get(row.resolution))


def _beyond_term(row: ScorecardRow, doc: object) -> int | None:
    """The year a row's target aims at, when it lies past the resolution's own term."""
    if not isinstance(doc, Resolution) or doc.term is None:
        return None
    if row.term is not None:
        return None if row.term == str(doc.term) else Term.parse(row.term).end_year
    return row.year if row.year is not None and row.year not in doc.term else None


# ------------------------------------------------------------------------------ the chart

# The target is a hatched band, the result a solid diamond: told apart by shape and pattern, not
# only by colour (the legend says which is which). Colours are the theme's (diagrams.py).
_MARK = (
    "fill:var(--md-accent-fg-color,#c51162);stroke:var(--md-default-bg-color,#fff);stroke-width:1.5"
)
_BAND = f"stroke:{PRIMARY};stroke-width:1.5"
_BOLD = f"{TEXT};font-weight:bold"
_SIDE = 10
"""Margin at the left and right of the picture."""
_END = 9
"""Room inside the plot at each end for half a diamond."""
_BAR_H = 14


@dataclass(frozen=True)
class _Drawn:
    """One row of the chart: its words, already wrapped, and its numbers in the chart's unit."""

    head: list[str]
    lines: list[str]
    tip: str
    low: Decimal
    high: Decimal
    got: Decimal | None


def _in_unit(value: Decimal | None, row: ScorecardRow, unit: str) -> Decimal | None:
    if value is None or row.unit is None:
        return None
    return convert(value, row.unit, unit)


def chart_for(key: IndicatorKey, rows: Sequence[ScorecardRow], total: int) -> Any:
    """The chart of an indicator page: drawn for the page it lands on (its site and labels)."""

    def draw(pc: PageContext) -> Md | None:
        notes = {
            (r.resolution, r.n): resolution_label(r, pc.site, pc.L)
            for r in rows
            if _beyond_term(r, pc.site.get(r.resolution))
        }
        return indicator_chart(key, rows, pc.L, total=total, notes=notes)

    return draw


def indicator_chart(
    key: IndicatorKey,
    rows: Sequence[ScorecardRow],
    labels: Labels,
    *,
    total: int | None = None,
    notes: Mapping[tuple[str, int], str] | None = None,
) -> Md | None:
    """Each organisation's target (a hatched band from low to high) and result (a diamond).

    One row per organisation and term, its label above its bar, wrapped to the picture's width
    (:data:`~vnpartydoc.render.diagrams.WIDTH`, which keeps the text legible on a phone).
    Values are converted exactly to the indicator's unit; rows whose unit does not convert are
    left out of the chart (they stay in the table).

    Args:
        key: The indicator.
        rows: The rows to draw, in order.
        labels: Labels of the page's language.
        total: The number of rows in the table, when the chart shows only the first of them.
        notes: A line to add under a row's label, by (resolution id, target position): which
            resolution set the target (:func:`resolution_label`).
    """
    unit = INDICATORS[key].unit
    drawn = []
    for row in rows:
        low, high = _in_unit(row.target_low, row, unit), _in_unit(row.target_high, row, unit)
        if low is not None and high is not None:
            note = (notes or {}).get((row.resolution, row.n))
            drawn.append(_drawn_row(row, low, high, labels, note, unit))
    if not drawn:
        return None
    title = labels.format("indicator_chart", label=indicator_label(key, labels), unit=unit)
    caption = f"{title}. {labels.chart_key}"
    if total is not None and total > len(rows):
        caption += " " + labels.format("chart_first", shown=len(rows), total=total)
    svg = _chart_svg(drawn, title, labels, f"vnpd-hatch-{key.value}")
    return figure(svg, caption, css_class="vnpartydoc-scorecard")


def _drawn_row(
    row: ScorecardRow, low: Decimal, high: Decimal, labels: Labels, note: str | None, unit: str
) -> _Drawn:
    name = row.organisation_name or row.organisation or row.resolution
    milestone = labels.format("milestone", year=row.year)  # "Đến năm 2030", inside brackets
    head = f"{name} ({row.term or milestone[:1].lower() + milestone[1:]})"
    word = labels.qualifier_word(TargetQualifier(row.qualifier))
    band = " ".join(p for p in (word, fmt.quantity(Quantity(low, high), labels.language)) if p)
    got = _in_unit(row.achieved_low, row, unit)
    high_got = _in_unit(row.achieved_high, row, unit)
    result = "\u2013"
    if got is not None:
        result = fmt.quantity(Quantity(got, high_got or got), labels.language)
        result = f"{labels.estimated} {result}" if row.estimated else result
    status = status_text(row.status, labels)
    values = f"{labels.target_value} {band}"
    values += f" \u00b7 {labels.result} {result}" if got is not None else ""
    said = f"{labels.target_value} {band}; {labels.result} {result}; {status}"
    lines = [*(wrap(note, _chars()) if note else []), *wrap(f"{values} \u00b7 {status}", _chars())]
    tip = f"{head}, {note}: {said}" if note else f"{head}: {said}"
    return _Drawn(wrap(head, _chars(bold=True)), lines, tip, low, high, got)


def _chars(*, bold: bool = False) -> int:
    """Characters of a line across the picture (bold text is wider)."""
    return int((WIDTH - 2 * _SIDE) / (CHAR_WIDTH * (1.08 if bold else 1)))


def ticks(bottom: Decimal, top: Decimal) -> list[Decimal]:
    """Round values for an axis from ``bottom`` (or below) to ``top`` (or above).

    Evenly spaced by 1, 2, 2,5 or 5 times a power of ten, at most four steps; at least two
    values, also when ``bottom`` equals ``top``.

    Example:
        >>> [str(t) for t in ticks(Decimal(0), Decimal("7.5"))]
        ['0', '2', '4', '6', '8']
    """
    if top <= bottom:  # one value: an axis around it
        top = bottom + (abs(bottom) or Decimal(1))
    span = top - bottom
    power = Decimal(10) ** (span / 4).adjusted()
    step = next(m * power for m in (1, 2, Decimal("2.5"), 5, 10) if span / (m * power) <= 4)
    first = (bottom / step).to_integral_value(rounding=ROUND_FLOOR) * step
    last = (top / step).to_integral_value(rounding=ROUND_CEILING) * step
    return [first + i * step for i in range(int((last - first) / step) + 1)]


def _chart_svg(rows: list[_Drawn], title: str, labels: Labels, hatch: str) -> list[str]:
    values = [v for r in rows for v in (r.low, r.high, r.got) if v is not None]
    axis_values = ticks(min(min(values), Decimal(0)), max(max(values), Decimal(0)))
    left, right = _SIDE + _END, WIDTH - _SIDE - _END
    scale = (right - left) / float(axis_values[-1] - axis_values[0])

    def x(value: Decimal) -> float:
        return left + float(value - axis_values[0]) * scale

    body, y = _legend(labels, hatch), 44
    for row in rows:
        body.append(f"<g><title>{xml_text(row.tip)}</title>")
        body.append(text_lines(_SIDE, y, row.head, _BOLD))
        y += LINE * len(row.head)
        body.append(text_lines(_SIDE, y, row.lines))
        y += LINE * (len(row.lines) - 1) + 7
        width = max(x(row.high) - x(row.low), 4)
        body.append(
            f'<rect class="vnpartydoc-target" x="{x(row.low):.1f}" y="{y}" width="{width:.1f}" '
            f'height="{_BAR_H}" style="fill:url(#{hatch});{_BAND}"/>'
        )
        if row.got is not None:
            body.append(_diamond(x(row.got), y + _BAR_H / 2, css_class="vnpartydoc-result"))
        body.append("</g>")
        y += _BAR_H + 26
    axis = y - 12
    height = axis + 20
    svg = svg_open(WIDTH, height, title, desc=". ".join(r.tip for r in rows))
    svg.append(_hatch(hatch))
    for i, tick in enumerate(axis_values):
        anchor = "start" if i == 0 else "end" if i == len(axis_values) - 1 else "middle"
        shown = xml_text(fmt.number(tick.normalize(), labels.language))
        svg.append(
            f'<line x1="{x(tick):.1f}" y1="30" x2="{x(tick):.1f}" y2="{axis}" style="{MUTED}"/>'
            f'<text x="{x(tick) + {"start": -6, "end": 6}.get(anchor, 0):.1f}" y="{axis + 16}" '
            f'text-anchor="{anchor}" style="{TEXT}">{shown}</text>'
        )
    svg.extend(body)
    svg.append("</svg>")
    return svg


def _diamond(cx: float, cy: float, r: float = 7, *, css_class: str = "") -> str:
    named = f' class="{css_class}"' if css_class else ""
    return (
        f'<path{named} d="M{cx:.1f} {cy - r:.1f} L{cx + r:.1f} {cy:.1f} L{cx:.1f} {cy + r:.1f} '
        f'L{cx - r:.1f} {cy:.1f} Z" style="{_MARK}"/>'
    )


def _hatch(hatch: str) -> str:
    return (
        f'<defs><pattern id="{hatch}" width="6" height="6" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="6" height="6" style="fill:{PRIMARY};'
        f'fill-opacity:.12"/><line x1="1" y1="0" x2="1" y2="6" style="stroke:{PRIMARY};'
        'stroke-width:2"/></pattern></defs>'
    )


def _legend(labels: Labels, hatch: str) -> list[str]:
    """What the band and the diamond mean, on one line at the top."""
    second = _SIDE + 30 + CHAR_WIDTH * len(labels.target_value) + 24
    return [
        f'<rect x="{_SIDE}" y="8" width="24" height="{_BAR_H}" style="fill:url(#{hatch});{_BAND}"/>'
        f'<text x="{_SIDE + 30}" y="19" style="{TEXT}">{xml_text(labels.target_value)}</text>',
        _diamond(second + 7, 15)
        + f'<text x="{second + 20:.0f}" y="19" style="{TEXT}">{xml_text(labels.result)}</text>',
    ]
