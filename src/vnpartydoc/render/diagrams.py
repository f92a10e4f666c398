"""Pictures made from the data: congresses over their terms, and targets by the year they fall due.

Each chart comes as a Mermaid fence (drawn by Material's Mermaid integration, through
``pymdownx.superfences``) or as inline SVG (drawn by any browser, no script). Text inside both is
escaped: Mermaid text keeps only letters, digits and plain punctuation and writes everything else
as Mermaid entity codes (``#60;``); SVG text is XML-escaped.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass
from typing import Literal

from vnpartydoc.render.escape import Md, xml_text

__all__ = [
    "CHAR_WIDTH",
    "FONT_SIZE",
    "LINE",
    "MUTED",
    "PRIMARY",
    "TEXT",
    "WIDTH",
    "Bar",
    "Span",
    "TimelineRow",
    "bar_chart",
    "figure",
    "svg_open",
    "targets_chart",
    "text_lines",
    "timeline",
    "wrap",
]

Mode = Literal["mermaid", "svg"]
_TERM_GAP_RE = re.compile(r"(\d) - (\d)")
_MERMAID_SAFE = frozenset(" ,.-\u2013()/%'")
# Colours follow the theme: Material's variables where they exist (they change under the dark
# "slate" scheme), else the text colour of the page (``currentColor``), so the pictures read on
# light and dark pages alike.
FONT_SIZE = 13
"""Size of every text in a picture, in the picture's own units (see :data:`WIDTH`)."""
_FONT = f"font-family:sans-serif;font-size:{FONT_SIZE}px"
PRIMARY = "var(--md-primary-fg-color,#4051b5)"
"""The theme's primary colour (Material's variable, a fallback elsewhere)."""
TEXT = "fill:var(--md-default-fg-color,currentColor)"
_BAR = f"fill:{PRIMARY}"
MUTED = "stroke:var(--md-default-fg-color--lighter,currentColor);stroke-opacity:.45"
_ON_BAR = "fill:var(--md-primary-bg-color,#fff)"
WIDTH = 400
"""Width of every SVG picture. A phone's page is about 358 px wide at 390 px (Material's
margins), so a picture this wide is scaled to 0.9 and its 13 px text shows at 11.6 px."""
CHAR_WIDTH = 7.0
"""Width of an average character of 13 px sans-serif text (Vietnamese, with its diacritics)."""
_CHARS = int((WIDTH - 30) / CHAR_WIDTH)
"""Characters of text on one line of a picture (a long label wraps onto further lines)."""
LINE = 17
"""Distance between two lines of text."""


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


def figure(svg: list[str], caption: str, *, css_class: str = "") -> Md:
    """A picture with its caption, as one block of raw HTML.

    A <figure> is a block-level HTML element for Python-Markdown: the SVG passes through as is
    (the SVG has no blank line, which would end the block).
    """
    classes = " ".join(["vnpartydoc-diagram", *css_class.split()])
    return Md(
        f'<figure class="{classes}">\n'
        + "\n".join(svg)
        + f"\n<figcaption>{xml_text(caption)}</figcaption>\n</figure>"
    )


def svg_open(width: int, height: int, title: str, *, desc: str | None = None) -> list[str]:
    """The opening tag of a picture ``width`` wide, its title, and its description if any.

    It is drawn at ``width`` CSS pixels where there is room and scaled down to the width of
    the page where there is not (``max-width:100%``); its text is :data:`FONT_SIZE`.
    """
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" style="max-width:100%;height:auto;{_FONT}" '
        f'role="img" aria-label="{xml_text(title)}">',
        f"<title>{xml_text(title)}</title>",
    ]
    if desc is not None:
        lines.append(f"<desc>{xml_text(desc)}</desc>")
    return lines


def wrap(text: str, size: int = _CHARS) -> list[str]:
    """Lines of at most ``size`` characters, broken between words (a long word stays whole).

    A term ("2020 - 2025") is one word: it never breaks at its dash.
    """
    joined = _TERM_GAP_RE.sub("\\1\0-\0\\2", " ".join(text.split()))
    lines = textwrap.wrap(joined, size, break_long_words=False) or [""]
    return [line.replace("\0", " ") for line in lines]


def text_lines(x: float, y: float, lines: list[str], style: str = TEXT) -> str:
    """A <text> of several lines, the first one's baseline at ``y``."""
    spans = "".join(
        f'<tspan x="{x}" dy="{0 if i == 0 else LINE}">{xml_text(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return f'<text x="{x}" y="{y}" style="{style}">{spans}</text>'


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
    return figure(_timeline_svg(rows, title), title)


def _timeline_svg(rows: list[TimelineRow], title: str) -> list[str]:
    # One band per organisation: its name (wrapped) above a bar per congress, on a shared axis.
    first = min(s.start for row in rows for s in row.spans)
    last = max(s.end for row in rows for s in row.spans)
    left, plot = 10, WIDTH - 20
    scale = plot / max(last - first, 1)
    labels = [wrap(row.label, _CHARS + 2) for row in rows]
    bands = [10 + LINE * len(lines) + 26 for lines in labels]
    height = 10 + sum(bands) + 22
    svg = svg_open(WIDTH, height, title)
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if (last - first) / s <= 8)
    for year in range(-(-first // step) * step, last + 1, step):
        x = left + (year - first) * scale
        svg.append(f'<line x1="{x:.1f}" y1="6" x2="{x:.1f}" y2="{height - 20}" style="{MUTED}"/>')
        anchor = "start" if x < left + 20 else "end" if x > WIDTH - 30 else "middle"
        svg.append(
            f'<text x="{x:.1f}" y="{height - 5}" text-anchor="{anchor}" '
            f'style="{TEXT}">{year}</text>'
        )
    y = 10
    for row, lines, band in zip(rows, labels, bands, strict=True):
        svg.append(text_lines(left, y + 12, lines))
        top = y + LINE * len(lines)
        for span in row.spans:
            x, w = left + (span.start - first) * scale, max((span.end - span.start) * scale, 4)
            svg.append(
                f'<g><title>{xml_text(span.title)}</title><rect x="{x:.1f}" y="{top}" '
                f'width="{w:.1f}" height="20" rx="3" style="{_BAR}"/>'
                f'<text x="{x + w / 2:.1f}" y="{top + 15}" text-anchor="middle" '
                f'style="{_ON_BAR}">{xml_text(span.label if w >= 22 else "")}</text></g>'
            )
        y += band
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
    return figure(_bars_svg(bars, title), title)


def _bars_svg(bars: list[Bar], title: str) -> list[str]:
    # Horizontal bars, one row per label: any number of years fits the width of a phone.
    top = max(b.value for b in bars) or 1
    left, row_h = 60, 26
    plot = WIDTH - left - 40
    height = 10 + row_h * len(bars)
    svg = svg_open(WIDTH, height, title)
    svg.append(f'<line x1="{left}" y1="4" x2="{left}" y2="{height - 4}" style="{MUTED}"/>')
    for i, bar in enumerate(bars):
        w = plot * bar.value / top
        y = 8 + i * row_h
        tip = "; ".join([f"{bar.label}: {bar.value}", *bar.items])
        svg.append(
            f"<g><title>{xml_text(tip)}</title>"
            f'<text x="{left - 8}" y="{y + 14}" text-anchor="end" style="{TEXT}">'
            f"{xml_text(bar.label)}</text>"
            f'<rect x="{left}" y="{y}" width="{w:.1f}" height="18" rx="2" style="{_BAR}"/>'
            f'<text x="{left + w + 6:.1f}" y="{y + 14}" style="{TEXT}">{bar.value}</text></g>'
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
    return figure(_targets_svg(groups, title), title)


def _targets_svg(groups: list[tuple[int, list[tuple[str, str]]]], title: str) -> list[str]:
    # The years down a line on the left; under each, its targets: the value in bold, then the
    # indicator wrapped onto as many lines as it needs (the tooltip repeats both in full).
    left = 24
    body: list[str] = []
    y = 20
    for year, items in groups:
        body.append(f'<circle cx="8" cy="{y - 5}" r="6" style="{_BAR}"/>')
        body.append(f'<text x="{left}" y="{y}" style="{TEXT};font-weight:bold">{year}</text>')
        y += LINE + 6
        for value, indicator in items:
            lines = wrap(f"{value} \u2013 {indicator}")
            text = text_lines(left, y, lines)
            if lines[0].startswith(value):  # the value in bold, unless it had to wrap itself
                first = f'dy="0">{xml_text(value)}'
                text = text.replace(
                    first, f'dy="0"><tspan style="font-weight:bold">{xml_text(value)}</tspan>', 1
                )
            tip = f"{xml_text(indicator)}: {xml_text(value)}"
            body.append(f"<g><title>{tip}</title>{text}</g>")
            y += LINE * len(lines) + 6
        y += 8
    height = y - 6
    svg = svg_open(WIDTH, height, title)
    svg.append(f'<line x1="8" y1="14" x2="8" y2="{height - 8}" style="{MUTED}"/>')
    svg.extend(body)
    svg.append("</svg>")
    return svg
