"""Scorecards in headless Chromium: the An Giang XI results, and one indicator compared.

What the reader sees is checked against the records themselves (``vnpartydoc.scorecard``), so
a number or a status that drifted between data and page fails here. Requests stay on localhost.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from vnpartydoc.corpus import load_corpus
from vnpartydoc.enums import TargetQualifier
from vnpartydoc.labels import Labels
from vnpartydoc.scoring import ScorecardRow, scorecard

if TYPE_CHECKING:
    from collections.abc import Callable

    from tests.browser.conftest import Watched

ROOT = Path(__file__).resolve().parents[2]
RESOLUTION_ID = "nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi"
RESOLUTION = f"van-ban/nghi-quyet/{RESOLUTION_ID}/"
GROWTH = "van-ban/theo-chi-tieu/grdp-growth/"
ORGANISATION = "van-ban/to-chuc-dang/dang-bo-tinh-an-giang/"
TABLE_ROWS = """header => {
    const named = t => [...t.querySelectorAll("th")].some(th => th.innerText.trim() === header);
    const table = [...document.querySelectorAll("article table")].find(named);
    return [...table.querySelectorAll("tbody tr")]
        .map(tr => [...tr.children].map(td => td.innerText.trim()));
}"""


@pytest.fixture(scope="module")
def site(
    tmp_path_factory: pytest.TempPathFactory,
    serve: Callable[[Path], str],
    build_site: Callable[..., Path],
) -> str:
    """The examples built with Material and the plugin, served on localhost."""
    built = build_site(
        tmp_path_factory.mktemp("scorecard"), [ROOT / "examples"], site_name="Văn bản mẫu"
    )
    return serve(built)


def _target_cell(row: ScorecardRow) -> str:
    """The target as the page prints it: qualifier word, value, unit ("tối thiểu 7,5 %/năm")."""
    word = Labels("vi").qualifier_word(TargetQualifier(row.qualifier))
    return " ".join(part for part in (word, row.target, row.unit) if part)


def _rows(watched: Watched, header: str) -> list[list[str]]:
    return watched.page.evaluate(TABLE_ROWS, header)  # type: ignore[no-any-return]


def _clean(watched: Watched) -> None:
    # Material asks Google Fonts for Roboto (blocked here); nothing else may leave the machine.
    theme = ("https://fonts.googleapis.com/", "https://fonts.gstatic.com/")
    assert watched.errors == []
    assert [u for u in watched.offsite if not u.startswith(theme)] == []
    assert watched.dialogs == []


def test_an_giang_xi_scorecard_matches_the_records(watched: Watched, site: str) -> None:
    """The resolution page shows every target's result and status exactly as the data has them."""
    watched.page.goto(site + RESOLUTION)
    corpus, _ = load_corpus([ROOT / "examples"])
    expected = scorecard(corpus, resolution=RESOLUTION_ID)
    heading = watched.page.locator("h2#ket-qua-thuc-hien-chi-tieu")
    assert heading.is_visible()
    rows = _rows(watched, "Đánh giá")
    assert [r[0] for r in rows] == [str(e.n) for e in expected]
    for row, want in zip(rows, expected, strict=True):
        assert row[1] == want.indicator
        assert row[5] == f"{want.status.symbol} {want.status.label}"
        assert row[3].split(" ")[0] == (want.achieved or "—")  # an empty cell reads "—"
    measured = [e for e in expected if e.achieved is not None]
    assert len(measured) >= 4  # GRDP per head, new-countryside communes and districts
    for want in measured:
        row = rows[want.n - 1]
        assert row[2:] == [
            _target_cell(want),
            f"{Labels('vi').estimated + ' ' if want.estimated else ''}{want.achieved} {want.unit}",
            _vi_date(want.measured or ""),
            f"{want.status.symbol} {want.status.label}",
        ]
    due = [e for e in expected if e.term == "2020 - 2025"]
    reached = sum(e.status.reached for e in due)
    summary = watched.page.get_by_text("chỉ tiêu đạt và vượt").first.inner_text()
    assert summary.startswith(f"{reached}/{len(due)} chỉ tiêu đạt và vượt")
    legend = watched.page.locator("article li").all_inner_texts()
    assert any(t.startswith("✗ Không đạt:") for t in legend)
    assert any(t.startswith("≈ Gần đạt:") for t in legend)
    watched.screenshot("scorecard-an-giang-xi")
    _clean(watched)


def test_indicator_page_compares_three_organisations(watched: Watched, site: str) -> None:
    """GRDP growth: An Giang, Long An and Tiền Giang side by side, table and SVG chart agree."""
    watched.page.goto(site + GROWTH)
    corpus, _ = load_corpus([ROOT / "examples"])
    expected = scorecard(corpus, indicator="grdp-growth")
    rows = _rows(watched, "Đánh giá")
    organisations = {r[0] for r in rows if r[1] == "2020 - 2025"}
    assert organisations == {e.organisation_name for e in expected if e.term == "2020 - 2025"}
    assert len(organisations) >= 3
    assert sorted((r[0], r[1], r[4], r[7]) for r in rows) == sorted(
        (e.organisation_name, e.term, _target_cell(e), f"{e.status.symbol} {e.status.label}")
        for e in expected
    )
    chart = watched.page.locator("figure.vnpartydoc-scorecard svg")
    assert chart.get_attribute("role") == "img"
    assert chart.locator("rect.vnpartydoc-target").count() == len(expected)
    assert "Tốc độ tăng trưởng GRDP bình quân" in (
        chart.locator("title").first.text_content() or ""
    )
    description = chart.locator("desc").text_content() or ""
    assert all(f"{e.organisation_name} ({e.term})" in description for e in expected)
    box = chart.bounding_box()
    assert box is not None
    assert box["width"] > 300
    assert watched.page.locator("script[src*='cdn'], script[src^='http']").count() == 0
    watched.screenshot("scorecard-grdp-growth")
    _clean(watched)


def test_organisation_page_lists_its_indicators_across_terms(watched: Watched, site: str) -> None:
    """An Giang's page: GRDP growth for 2020 - 2025 and 2025 - 2030, linked to the comparison.

    The 2025 - 2030 target was set by congress XI (2020 - 2025), and its row says so.
    """
    watched.page.goto(site + ORGANISATION)
    rows = _rows(watched, "Đánh giá")
    growth = [r for r in rows if r[0] == "Tốc độ tăng trưởng GRDP bình quân"]
    assert [r[1] for r in growth] == ["2020 - 2025", "2025 - 2030 (Nghị quyết Đại hội XI)"]
    watched.page.get_by_role("link", name="Tốc độ tăng trưởng GRDP bình quân").first.click()
    watched.page.wait_for_url("**/theo-chi-tieu/grdp-growth/")
    assert watched.page.locator("h1").inner_text() == "Tốc độ tăng trưởng GRDP bình quân"
    _clean(watched)


def _vi_date(iso: str) -> str:
    """An ISO date as Vietnamese tables print it: "2024-03-28" → "28/3/2024"."""
    return "/".join(str(int(part)) for part in reversed(iso.split("-")))
