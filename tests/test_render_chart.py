"""Tests of the indicator comparison chart, which resolution set a target, and table markers.

The chart is parsed as XML: its size, its text size, and that every line it prints is said in
full in a <title> (the line a phone shows wrapped, the tooltip whole).
"""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnpartydoc.corpus import Corpus, load_corpus
from vnpartydoc.models import Congress, Organisation, Resolution, Target
from vnpartydoc.render import STYLESHEET_PATH, RenderOptions, render_site, stylesheet
from vnpartydoc.render.context import TABLE_CLASS
from vnpartydoc.render.diagrams import CHAR_WIDTH, FONT_SIZE, LINE, WIDTH, wrap
from vnpartydoc.render.scorechart import ticks
from vnpartydoc.scoring import scorecard

if TYPE_CHECKING:
    from vnpartydoc.enums import Language

ROOT = Path(__file__).resolve().parent.parent
SVG = "{http://www.w3.org/2000/svg}"
PHONE_CONTENT = 358
"""Width of a page's content at a 390 px viewport under Material (16 px margins)."""
GROWTH_PAGE = "van-ban/theo-chi-tieu/grdp-growth/index.md"
FIGURE_RE = re.compile(
    r'<figure class="vnpartydoc-diagram vnpartydoc-scorecard">.*?</figure>', re.S
)


def _corpus() -> Corpus:
    """Three provinces; Bạc Liêu's congress XVI also sets a 2025 - 2030 target."""
    orgs = [
        Organisation(id="dang-bo-tinh-bac-lieu", name="Đảng bộ tỉnh BẠC LIÊU", level="province"),
        Organisation(id="dang-bo-tinh-ca-mau", name="Đảng bộ tỉnh Cà Mau", level="province"),
        Organisation(
            id="dang-bo-tinh-ba-ria-vung-tau",
            name="Đảng bộ tỉnh Bà Rịa – Vũng Tàu (khóa “mới” nhiệm kỳ đầu tiên sau hợp nhất)",
            level="province",
        ),
    ]
    congress = Congress(
        type="dai-hoi",
        id="dai-hoi-dang-bo-tinh-bac-lieu-xvi",
        organisation="dang-bo-tinh-bac-lieu",
        ordinal=16,
        term="2020 - 2025",
    )

    def growth(value: str, period: str, achieved: str | None = None, **more: str) -> Target:
        return Target(
            indicator="Tốc độ tăng trưởng GRDP bình quân", key="grdp-growth", value=value,
            unit="%/năm", period=period, achieved=achieved, **more,
        )  # fmt: skip

    resolutions = [
        Resolution(
            type="nghi-quyet", id="nq-bac-lieu", congress=congress.id, term="2020 - 2025",
            title="Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bạc Liêu lần thứ XVI",
            issuer={"organisation": "dang-bo-tinh-bac-lieu", "body": "congress"},
            targets=[growth("6,5–7", "2020 - 2025", "6,8"), growth("7–7,5", "2025 - 2030")],
        ),
        Resolution(
            type="nghi-quyet", id="nq-ca-mau", term="2020 - 2025",
            title="Nghị quyết Đại hội Đảng bộ tỉnh Cà Mau – nhiệm kỳ 2020 - 2025",
            issuer={"organisation": "dang-bo-tinh-ca-mau", "body": "congress"},
            targets=[growth("8", "2021 - 2025", "7,9")],
        ),
        Resolution(
            type="nghi-quyet", id="nq-brvt", term="2020 - 2025",
            title="Nghị quyết “Đại hội” Đảng bộ tỉnh Bà Rịa – Vũng Tàu",
            issuer={"organisation": "dang-bo-tinh-ba-ria-vung-tau", "body": "congress"},
            targets=[growth("10", "2020 - 2025", "10,5", qualifier="at-least")],
        ),
    ]  # fmt: skip
    return Corpus.of([*orgs, congress, *resolutions])


def _page(corpus: Corpus, path: str = GROWTH_PAGE, language: Language = "vi") -> str:
    pages = render_site(corpus, RenderOptions(diagrams="svg", language=language))
    return next(p for p in pages if p.path == path).markdown


def _chart(markdown: str) -> ET.Element:
    found = FIGURE_RE.search(markdown)
    assert found is not None
    return ET.fromstring(found[0])[0]


def _lines(element: ET.Element) -> list[str]:
    """The lines an element prints: one per <tspan> of a multi-line <text>, else its text."""
    lines = []
    for text in element.iter(f"{SVG}text"):
        spans = list(text.iter(f"{SVG}tspan"))
        outer = [s for s in spans if s.get("dy") is not None]
        lines.extend(["".join(s.itertext()) for s in outer] or ["".join(text.itertext())])
    return lines


@pytest.fixture(scope="module")
def chart() -> ET.Element:
    """The GRDP growth chart of the constructed corpus."""
    return _chart(_page(_corpus()))


def test_chart_size_fits_a_phone(chart: ET.Element) -> None:
    """400 wide, 13 px text everywhere: at a phone's 358 px the text is at least 11 px."""
    assert chart.get("viewBox", "").split()[:3] == ["0", "0", str(WIDTH)]
    assert chart.get("width") == str(WIDTH)
    height = int(chart.get("height", "0"))
    assert chart.get("viewBox", "").split()[3] == str(height)
    assert f"font-size:{FONT_SIZE}px" in chart.get("style", "")
    assert "max-width:100%" in chart.get("style", "")
    assert FONT_SIZE * PHONE_CONTENT / WIDTH >= 11
    sizes = [e.get("style", "") for e in chart.iter() if "font-size" in e.get("style", "")]
    assert sizes == [chart.get("style")]  # no text anywhere is made smaller
    assert not [e for e in chart.iter() if e.get("font-size") or e.get("transform")]


def test_chart_lines_fit_its_width(chart: ET.Element) -> None:
    """No printed line is longer than the picture holds (bold names a little shorter)."""
    room = WIDTH - 20
    for text in chart.iter(f"{SVG}text"):
        bold = "bold" in text.get("style", "")
        for line in _lines(text):
            assert len(line) * CHAR_WIDTH * (1.08 if bold else 1) <= room, line
    ys = [float(t.get("y", "0")) for t in chart.iter(f"{SVG}text")]
    assert max(ys) <= int(chart.get("height", "0"))


def test_chart_says_every_row_in_full_in_its_title(chart: ET.Element) -> None:
    """Each row's wrapped name and note are in its tooltip whole, and so are its numbers."""
    rows = chart.findall(f"{SVG}g")
    assert len(rows) == 4
    for row in rows:
        title = row.findtext(f"{SVG}title") or ""
        bold = [t for t in row.iter(f"{SVG}text") if "bold" in t.get("style", "")]
        assert " ".join(_lines(bold[0])) in title
        for line in _lines(row):
            for number in re.findall(r"\d[\d.,–]*", line):
                assert number in title, (number, title)
            for word in ("Đạt", "Vượt", "Không đạt", "Chưa có số liệu"):
                assert (word in line) <= (word in title)
    desc = chart.findtext(f"{SVG}desc") or ""
    assert all((row.findtext(f"{SVG}title") or "") in desc for row in rows)
    long_name = "Đảng bộ tỉnh Bà Rịa – Vũng Tàu (khóa “mới” nhiệm kỳ đầu tiên sau hợp nhất)"
    assert any(long_name in (r.findtext(f"{SVG}title") or "") for r in rows)


def test_chart_rows_match_the_records(chart: ET.Element) -> None:
    """Target, result and status of each row are the records' own (sign and word)."""
    titles = [row.findtext(f"{SVG}title") or "" for row in chart.findall(f"{SVG}g")]
    assert titles == [
        "Đảng bộ tỉnh Bà Rịa – Vũng Tàu (khóa “mới” nhiệm kỳ đầu tiên sau hợp nhất) "
        "(2020 - 2025): Mục tiêu tối thiểu 10; Kết quả 10,5; ▲ Vượt",
        "Đảng bộ tỉnh BẠC LIÊU (2020 - 2025): Mục tiêu 6,5–7; Kết quả 6,8; ✓ Đạt",
        "Đảng bộ tỉnh Cà Mau (2020 - 2025): Mục tiêu 8; Kết quả 7,9; ≈ Gần đạt",
        "Đảng bộ tỉnh BẠC LIÊU (2025 - 2030), Nghị quyết Đại hội XVI (mục tiêu đến 2030): "
        "Mục tiêu 7–7,5; Kết quả –; – Chưa có số liệu",
    ]


def test_chart_tells_target_from_result_by_shape_and_legend(chart: ET.Element) -> None:
    """The target is a hatched rectangle, the result a diamond path; the legend names both."""
    pattern = chart.find(f"{SVG}defs/{SVG}pattern")
    assert pattern is not None
    assert pattern.find(f"{SVG}line") is not None  # hatching, not a flat colour
    targets = [e for e in chart.iter(f"{SVG}rect") if e.get("class") == "vnpartydoc-target"]
    results = [e for e in chart.iter(f"{SVG}path") if e.get("class") == "vnpartydoc-result"]
    assert len(targets) == 4
    assert len(results) == 3  # the 2025 - 2030 target has no result yet
    assert all(f"url(#{pattern.get('id')})" in t.get("style", "") for t in targets)
    assert all(len(re.findall(r"[ML]", r.get("d", ""))) == 4 for r in results)
    legend = _lines(chart)[:8]
    assert "Mục tiêu" in legend
    assert "Kết quả" in legend


def test_chart_positions_follow_the_values(chart: ET.Element) -> None:
    """A band spans its target's low to high on the axis; the diamond sits on the result."""
    ticks = {
        "".join(t.itertext()): float(t.get("x", "0"))
        for t in chart.iter(f"{SVG}text")
        if t.get("text-anchor") in ("start", "middle", "end")
    }
    labels = list(ticks)
    assert labels[0] == "0"
    lines = list(chart.findall(f"{SVG}line"))
    zero, top = float(lines[0].get("x1", "0")), float(lines[-1].get("x1", "0"))
    scale = (top - zero) / float(Decimal(labels[-1].replace(".", "").replace(",", ".")))
    row = next(g for g in chart.findall(f"{SVG}g") if "(2020 - 2025): Mục tiêu 6,5–7" in
               (g.findtext(f"{SVG}title") or ""))  # fmt: skip
    band = row.find(f"{SVG}rect")
    diamond = row.find(f"{SVG}path")
    assert band is not None
    assert diamond is not None
    assert float(band.get("x", "0")) == pytest.approx(zero + 6.5 * scale, abs=0.1)
    assert float(band.get("width", "0")) == pytest.approx(0.5 * scale, abs=0.1)
    assert diamond.get("d", "").startswith(f"M{zero + 6.8 * scale:.1f} ")


def test_wrap_keeps_a_term_whole() -> None:
    """A term never breaks at its dash; other words wrap at spaces."""
    text = "Nghị quyết Đại hội Đảng bộ tỉnh Cà Mau lần thứ XVI, nhiệm kỳ 2020 - 2025"
    for size in range(20, 60):
        lines = wrap(text, size)
        assert " ".join(lines) == text
        assert not any(line.endswith("2020") or line.startswith("-") for line in lines)
    assert LINE > FONT_SIZE


def test_row_says_which_resolution_set_a_later_target() -> None:
    """The 2025 - 2030 row of a 2020 - 2025 congress names that congress and its aim."""
    markdown = _page(_corpus())
    rows = [line for line in markdown.splitlines() if line.startswith("| [Đảng bộ tỉnh BẠC")]
    assert [r.split(" | ")[1:3] for r in rows] == [
        ["2020 - 2025", "[Nghị quyết Đại hội XVI](../../nghi-quyet/nq-bac-lieu.md)"],
        ["2025 - 2030",
         "[Nghị quyết Đại hội XVI (mục tiêu đến 2030)](../../nghi-quyet/nq-bac-lieu.md)"],
    ]  # fmt: skip
    ca_mau = next(line for line in markdown.splitlines() if "Cà Mau](" in line)
    assert "[Nghị quyết Đại hội Đảng bộ tỉnh Cà Mau – nhiệm kỳ 2020 - 2025](" in ca_mau
    english = _page(_corpus(), language="en")
    assert "[Resolution of Congress XVI (target for 2030)](" in english


def test_organisation_indicators_name_the_resolution_of_a_later_target() -> None:
    """The organisation page's 2025 - 2030 row names congress XVI; its own term's row does not."""
    pages = {p.path: p.markdown for p in render_site(_corpus(), RenderOptions())}
    markdown = pages["van-ban/to-chuc-dang/dang-bo-tinh-bac-lieu.md"]
    rows = [line for line in markdown.splitlines() if line.startswith("| [Tốc độ tăng trưởng")]
    assert [r.split(" | ")[1] for r in rows] == [
        "2020 - 2025",
        "2025 - 2030 ([Nghị quyết Đại hội XVI](../nghi-quyet/nq-bac-lieu.md))",
    ]


def test_tables_are_marked_for_the_stylesheet() -> None:
    """Targets, scorecard, comparison and indicators tables each follow their marker."""
    pages = {p.path: p.markdown for p in render_site(_corpus(), RenderOptions())}
    resolution = pages["van-ban/nghi-quyet/nq-bac-lieu.md"]
    organisation = pages["van-ban/to-chuc-dang/dang-bo-tinh-bac-lieu.md"]
    for markdown, names in [
        (resolution, ["targets", "scorecard"]),
        (pages[GROWTH_PAGE], ["comparison"]),
        (organisation, ["indicators"]),
    ]:
        found = re.findall(
            rf'<div class="{TABLE_CLASS} {TABLE_CLASS}-(\w+)" hidden></div>\n\n\|', markdown
        )
        assert found == names
    css = stylesheet()
    for name in ("targets", "scorecard", "comparison", "indicators"):
        assert f".{TABLE_CLASS}-{name}" in css
    assert css.count("{") == css.count("}")
    assert STYLESHEET_PATH.endswith(".css")


def test_compound_units_may_wrap_after_their_slashes() -> None:
    """A scorecard cell lets "%/năm" wrap after the slash, and keeps the text as it is."""
    markdown = _page(_corpus(), "van-ban/nghi-quyet/nq-bac-lieu.md")
    assert "| 6,5–7 %/<wbr>năm | 6,8 %/<wbr>năm |" in markdown


QUALIFIER_WORDS = {
    "exact": "",
    "at-least": "tối thiểu ",
    "at-most": "tối đa ",
    "more-than": "trên ",
    "less-than": "dưới ",
    "about": "khoảng ",
}


def test_examples_chart_matches_the_records() -> None:
    """On each example indicator page the chart's rows are the records', number for number."""
    corpus, _ = load_corpus([ROOT / "examples"])
    pages = {p.path: p.markdown for p in render_site(corpus, RenderOptions(diagrams="svg"))}
    checked = 0
    for row_key in ("grdp-growth", "grdp-per-head"):
        chart = _chart(pages[f"van-ban/theo-chi-tieu/{row_key}/index.md"])
        titles = [g.findtext(f"{SVG}title") or "" for g in chart.findall(f"{SVG}g")]
        expected = sorted(
            scorecard(corpus, indicator=row_key),
            key=lambda r: (r.term or "~", r.organisation_name or ""),
        )
        assert len(titles) == len(expected)
        for title, row in zip(titles, expected, strict=True):
            assert title.startswith(f"{row.organisation_name} (")
            word = QUALIFIER_WORDS[row.qualifier]
            assert f"Mục tiêu {word}{row.target};" in title
            result = row.achieved or "–"
            assert f"Kết quả {'ước ' if row.estimated else ''}{result};" in title
            assert title.endswith(f"{row.status.symbol} {row.status.label}")
            checked += 1
    assert checked >= 6


@given(
    st.decimals(min_value=-(10**6), max_value=10**6, places=3, allow_nan=False),
    st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False),
)
def test_axis_ticks_cover_the_values_evenly(bottom: Decimal, span: Decimal) -> None:
    """Ticks start at or below the lowest value and end at or above the highest, evenly."""
    values = ticks(bottom, bottom + span)
    assert 2 <= len(values) <= 6
    assert values[0] <= bottom
    assert values[-1] >= bottom + span
    steps = {b - a for a, b in itertools.pairwise(values)}
    assert len(steps) == 1
    (step,) = steps
    mantissa = step.scaleb(-step.adjusted()).normalize()
    assert mantissa in {1, 2, Decimal("2.5"), 5}
