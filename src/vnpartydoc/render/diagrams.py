"""Pictures made from the data: congresses over their terms, and targets by the year they fall due.

Each chart comes as a Mermaid fence (drawn by Material's Mermaid integration, through
``pymdownx.superfences``) or as inline SVG (drawn by any browser, no script). Text inside both is
escaped: Mermaid text keeps only letters, digits and plain punctuation and writes everything else
as Mermaid entity codes (``#60;``); SVG text is XML-escaped.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

from vnpartydoc.render.escape import Md, xml_text

__all__ = ["Bar", "Span", "TimelineRow", "bar_chart", "targets_chart", "timeline"]

Mode = Literal["mermaid", "svg"]
_MERMAID_SAFE = frozenset(" ,.-\u2013()/%'")
_FONT = "font-family:sans-serif;font-size:12px"
_TEXT = "fill:var(--md-default-fg-color,#333)"
_BAR = "fill:var(--md-primary-fg-color,#4051b5)"
_MUTED = "stroke:var(--md-default-fg-color--lighter,#bbb)"
_ON_BAR = "fill:var(--md-primary-bg-color,#fff)"


@dataclass(frozen=True)
class Span:
    """One bar of a timeline: a congress over its term."""

    label: str
    start: int
    end: int
    title: str


@dataclass(frozen=True)
class TimelineRow:
    """One row of a timeline: an organisation and its congresses."""

    label: str
    spans: list[Span]


@dataclass(frozen=True)
class Bar:
    """One bar of a bar chart, with the items it counts (for the tooltip)."""

    label: str
    value: int
    items: list[str]


def _mm(text: str) -> str:
    """Escape text for a Mermaid label: unsafe characters become entity codes."""
    out = []
    for char in " ".join(text.split()):
        if char in _MERMAID_SAFE or unicodedata.category(char)[0] in "LN":
            out.append(char)
        else:
            out.append(f"#{ord(char)};")
    return "".join(out)


def _fence(lines: list[str]) -> Md:
    return Md("```mermaid\n" + "\n".join(lines) + "\n```")


def _figure(svg: list[str], caption: str) -> Md:
    # A <figure> is a block-level HTML element for Python-Markdown: the SVG passes through as is.
    return Md(
        '<figure class="vnpartydoc-diagram">\n'
        + "\n".join(svg)
        + f"\n<figcaption>{xml_text(caption)}</figcaption>\n</figure>"
    )


def _svg_open(width: int, height: int, title: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" style="max-width:100%;height:auto;{_FONT}" '
        f'role="img" aria-label="{xml_text(title)}">',
        f"<title>{xml_text(title)}</title>",
    ]


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "\u2026"


# ------------------------------------------------------------------------------------ timeline


def timeline(rows: list[TimelineRow], title: str, mode: Mode) -> Md:
    """Congresses of each organisation as bars over the years of their terms."""
    rows = [row for row in rows if row.spans]
    if not rows:
        return Md("")
    if mode == "mermaid":
        lines = ["gantt", f"    title {_mm(title)}", "    dateFormat YYYY", "    axisFormat %Y"]
        lines.append("    todayMarker off")
        for row in rows:
            lines.append(f"    section {_mm(row.label)}")
            lines.extend(f"    {_mm(s.label)} : {s.start}, {s.end}" for s in row.spans)
        return _fence(lines)
    return _figure(_timeline_svg(rows, title), title)


def _timeline_svg(rows: list[TimelineRow], title: str) -> list[str]:
    first = min(s.start for row in rows for s in row.spans)
    last = max(s.end for row in rows for s in row.spans)
    left, plot, row_h = 230, 520, 30
    scale = plot / max(last - first, 1)
    height = 40 + row_h * len(rows)
    svg = _svg_open(left + plot + 20, height, title)
    step = 5 if last - first <= 60 else 10
    for year in range(first - first % step + step * (first % step != 0), last + 1, step):
        x = left + (year - first) * scale
        svg.append(f'<line x1="{x:.1f}" y1="10" x2="{x:.1f}" y2="{height - 20}" style="{_MUTED}"/>')
        svg.append(
            f'<text x="{x:.1f}" y="{height - 5}" text-anchor="middle" style="{_TEXT}">{year}</text>'
        )
    for i, row in enumerate(rows):
        y = 12 + i * row_h
        svg.append(
            f'<text x="0" y="{y + 15}" style="{_TEXT}">{xml_text(_clip(row.label, 34))}</text>'
        )
        for span in row.spans:
            x, w = left + (span.start - first) * scale, max((span.end - span.start) * scale, 4)
            svg.append(
                f'<g><title>{xml_text(span.title)}</title><rect x="{x:.1f}" y="{y}" '
                f'width="{w:.1f}" height="20" rx="3" style="{_BAR}"/>'
                f'<text x="{x + w / 2:.1f}" y="{y + 14}" text-anchor="middle" '
                f'style="{_ON_BAR}">{xml_text(span.label)}</text></g>'
            )
    svg.append("</svg>")
    return svg


# ----------------------------------------------------------------------------------- bar chart


def bar_chart(bars: list[Bar], title: str, axis: str, mode: Mode) -> Md:
    """A bar per year: how many targets fall due then."""
    if not bars:
        return Md("")
    if mode == "mermaid":
        top = max(b.value for b in bars)
        return _fence(
            [
                "xychart-beta",
                f'    title "{_mm(title)}"',
                "    x-axis [" + ", ".join(f'"{_mm(b.label)}"' for b in bars) + "]",
                f'    y-axis "{_mm(axis)}" 0 --> {top + 1}',
                "    bar [" + ", ".join(str(b.value) for b in bars) + "]",
            ]
        )
    return _figure(_bars_svg(bars, title), title)


def _bars_svg(bars: list[Bar], title: str) -> list[str]:
    top = max(b.value for b in bars) or 1
    slot, plot_h, base = 64, 150, 175
    width = 20 + slot * len(bars)
    svg = _svg_open(width, base + 25, title)
    svg.append(f'<line x1="10" y1="{base}" x2="{width - 10}" y2="{base}" style="{_MUTED}"/>')
    for i, bar in enumerate(bars):
        h = plot_h * bar.value / top
        x = 20 + i * slot
        tip = "; ".join([f"{bar.label}: {bar.value}", *bar.items])
        svg.append(
            f'<g><title>{xml_text(tip)}</title><rect x="{x}" y="{base - h:.1f}" '
            f'width="{slot - 20}" height="{h:.1f}" rx="2" style="{_BAR}"/>'
            f'<text x="{x + (slot - 20) / 2:.1f}" y="{base - h - 5:.1f}" text-anchor="middle" '
            f'style="{_TEXT}">{bar.value}</text>'
            f'<text x="{x + (slot - 20) / 2:.1f}" y="{base + 17}" text-anchor="middle" '
            f'style="{_TEXT}">{xml_text(bar.label)}</text></g>'
        )
    svg.append("</svg>")
    return svg


# ------------------------------------------------------------------------ targets of one document


def targets_chart(groups: list[tuple[int, list[tuple[str, str]]]], title: str, mode: Mode) -> Md:
    """The targets of one resolution placed on the years they fall due.

    Args:
        groups: (year, [(value with unit, indicator), …]) in year order.
        title: Title of the chart.
        mode: "mermaid" or "svg".
    """
    groups = [(year, items) for year, items in groups if items]
    if not groups:
        return Md("")
    if mode == "mermaid":
        lines = ["timeline", f"    title {_mm(title)}"]
        for year, items in groups:
            texts = [_mm(f"{indicator}: {value}") for value, indicator in items]
            lines.append(f"    {year} : {texts[0]}")
            lines.extend(f"         : {text}" for text in texts[1:])
        return _fence(lines)
    return _figure(_targets_svg(groups, title), title)


def _targets_svg(groups: list[tuple[int, list[tuple[str, str]]]], title: str) -> list[str]:
    # Each target on one line: the value (bold, never cut) and as much of the indicator as fits;
    # the tooltip has all of it.
    column, line_h = 340, 18
    width = 20 + column * len(groups)
    height = 60 + line_h * max(len(items) for _, items in groups)
    svg = _svg_open(width, height, title)
    svg.append(f'<line x1="10" y1="24" x2="{width - 10}" y2="24" style="{_MUTED}"/>')
    for i, (year, items) in enumerate(groups):
        x = 20 + i * column
        svg.append(f'<circle cx="{x + 6}" cy="24" r="6" style="{_BAR}"/>')
        svg.append(f'<text x="{x + 18}" y="18" style="{_TEXT};font-weight:bold">{year}</text>')
        for j, (value, indicator) in enumerate(items):
            y = 50 + j * line_h
            room = max(52 - len(value), 8)
            svg.append(
                f'<text x="{x}" y="{y}" style="{_TEXT}"><title>{xml_text(indicator)}: '
                f'{xml_text(value)}</title><tspan style="font-weight:bold">{xml_text(value)}'
                f"</tspan> {xml_text(_clip(indicator, room))}</text>"
            )
    svg.append("</svg>")
    return svg
