"""Charts and scorecard tables measured in headless Chromium, at a phone's width and a desktop's.

At 390 px every picture on the indicator pages and the An Giang XI resolution page shows its
text at 11 px or more, no text runs out of its picture, no page scrolls sideways, and the tables
of targets and results fit the screen with the indicator as their widest column. At 1280 px a
picture keeps its own size (400 px wide, 13 px text). Under the dark scheme the chart's text
takes the page's text colour. Screenshots of each chart go to ``tests/artifacts/chart/``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.browser.conftest import ARTIFACTS, ROOT
from vnpartydoc.corpus import load_corpus
from vnpartydoc.indicators import IndicatorKey
from vnpartydoc.render.diagrams import FONT_SIZE, WIDTH
from vnpartydoc.scoring import scorecard

if TYPE_CHECKING:
    from collections.abc import Callable

    from playwright.sync_api import Browser, Page

SHOTS = ARTIFACTS / "chart"
PHONE, DESKTOP = 390, 1280
SMALLEST_TEXT = 11
RESOLUTION = "van-ban/nghi-quyet/nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi/"
ORGANISATION = "van-ban/to-chuc-dang/dang-bo-tinh-an-giang/"
CHARTS = "figure.vnpartydoc-diagram svg"
# Each picture: its drawn width, its viewBox width, the smallest text as drawn (CSS px), and the
# texts that reach outside it.
MEASURE_CHARTS = """sel => [...document.querySelectorAll(sel)].map(svg => {
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll("text")];
    const sizes = texts.map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
    const outside = texts.filter(t => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
    }).map(t => t.textContent);
    return {width: box.width, height: box.height, viewbox: svg.viewBox.baseVal.width,
            smallest: Math.min(...sizes), largest: Math.max(...sizes), outside};
})"""
# Each marked table: its name, whether it fits its scroll box, and its columns' widths.
MEASURE_TABLES = """() => [...document.querySelectorAll("div.vnpartydoc-table")].map(mark => {
    const next = mark.nextElementSibling;
    const table = next.tagName === "TABLE" ? next : next.querySelector("table");
    const box = next.tagName === "TABLE" ? table : next;
    const cells = [...table.querySelector("tbody tr").children];
    return {name: [...mark.classList].find(c => c !== "vnpartydoc-table").slice(17),
            fits: box.scrollWidth <= box.clientWidth + 1,
            widths: cells.map(c => c.getBoundingClientRect().width),
            lines: cells.map(c => {  // the line boxes of the cell's text
                const range = document.createRange();
                range.selectNodeContents(c);
                return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
            })};
})"""
# Scroll the comparison's box: how far it went, and how far its first column moved.
STICKY = """() => {
    const box = document.querySelector(".vnpartydoc-table-comparison").nextElementSibling;
    const cell = box.querySelector("tbody td");
    box.scrollLeft = 100;  // past the box's own padding: the column is at its edge now
    const before = cell.getBoundingClientRect().left;
    box.scrollLeft = 200;
    return [box.scrollLeft, Math.round(cell.getBoundingClientRect().left - before)];
}"""
SIDEWAYS = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


CONFIG = f"""\
site_name: Văn bản mẫu
theme:
  name: material
  language: vi
  font: false
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
plugins:
  - search
  - vnpartydoc:
      source_dirs: [{ROOT / "examples"}]
"""


@pytest.fixture(scope="module")
def site(
    tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]
) -> tuple[Path, str]:
    """The examples built with Material (light and dark palettes) and the plugin."""
    project = tmp_path_factory.mktemp("chart")
    (project / "docs").mkdir()
    (project / "docs" / "index.md").write_text("# Văn bản mẫu\n", encoding="utf-8")
    (project / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    config = load_config(str(project / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    config.plugins.on_shutdown()
    return project / "site", serve(project / "site")


def _indicator_pages(folder: Path) -> list[str]:
    root = folder / "van-ban" / "theo-chi-tieu"
    return sorted(
        f"van-ban/theo-chi-tieu/{p.parent.name}/"
        for p in root.glob("*/index.html")
        if p.parent.name in {k.value for k in IndicatorKey}
    )


def _page(
    browser: Browser, base: str, width: int, scheme: Literal["light", "dark"] = "light"
) -> Page:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base) else r.abort())
    return page


def _charts(page: Page) -> list[dict[str, Any]]:
    return page.evaluate(MEASURE_CHARTS, CHARTS)  # type: ignore[no-any-return]


def test_charts_read_on_a_phone(browser: Browser, site: tuple[Path, str]) -> None:
    """At 390 px: text of every picture ≥ 11 px, inside its picture; no sideways scroll."""
    folder, base = site
    paths = [*_indicator_pages(folder), RESOLUTION]
    assert len(paths) >= 5
    page = _page(browser, base, PHONE)
    measured: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        page.goto(base + path)
        measured[path] = _charts(page)
        assert page.evaluate(SIDEWAYS) == 0, path
        SHOTS.mkdir(parents=True, exist_ok=True)
        name = path.strip("/").replace("/", "--")
        figures = page.locator("figure.vnpartydoc-diagram")
        for i in range(figures.count()):
            figures.nth(i).screenshot(path=str(SHOTS / f"{name}-{i}-{PHONE}.png"))
    page.context.close()
    assert all(measured.values()), "every page has a picture"
    for path, charts in measured.items():
        for chart in charts:
            assert chart["viewbox"] == WIDTH
            assert chart["width"] < PHONE
            assert chart["smallest"] >= SMALLEST_TEXT, (path, chart)
            assert chart["outside"] == [], (path, chart)
    scorecard_charts = [c for p, cs in measured.items() if "theo-chi-tieu" in p for c in cs]
    assert min(c["smallest"] for c in scorecard_charts) == pytest.approx(
        FONT_SIZE * scorecard_charts[0]["width"] / WIDTH
    )


def test_charts_keep_their_size_on_a_desktop(browser: Browser, site: tuple[Path, str]) -> None:
    """At 1280 px a picture is drawn at its own 400 px, its text at 13 px, not blown up."""
    folder, base = site
    page = _page(browser, base, DESKTOP)
    for path in [*_indicator_pages(folder), RESOLUTION]:
        page.goto(base + path)
        for chart in _charts(page):
            assert chart["width"] == WIDTH, path
            assert chart["smallest"] == chart["largest"] == FONT_SIZE, path
            assert chart["height"] < 3 * DESKTOP, path
        assert page.evaluate(SIDEWAYS) == 0, path
    page.context.close()


def test_tables_fit_a_phone_with_the_indicator_widest(
    browser: Browser, site: tuple[Path, str]
) -> None:
    """At 390 px targets, results and indicators fit; the term of a comparison is one line."""
    _, base = site
    page = _page(browser, base, PHONE)
    tables: dict[str, dict[str, Any]] = {}
    for path in [RESOLUTION, ORGANISATION, "van-ban/theo-chi-tieu/grdp-per-head/"]:
        page.goto(base + path)
        assert page.evaluate(SIDEWAYS) == 0, path
        tables.update({t["name"]: t for t in page.evaluate(MEASURE_TABLES)})
        page.screenshot(path=str(SHOTS / f"tables-{path.strip('/').split('/')[-1]}-{PHONE}.png"))
    scrolled, moved = page.evaluate(STICKY)
    page.context.close()
    assert scrolled == 200  # the comparison scrolls inside its box …
    assert moved == 0  # … under its first column
    assert set(tables) == {"targets", "scorecard", "indicators", "comparison"}
    for name in ("targets", "scorecard"):
        widths = tables[name]["widths"]
        assert tables[name]["fits"], name
        assert widths[1] == max(widths), name  # the indicator
        assert widths[0] < 40, name  # the number: as wide as its digits
    indicators = tables["indicators"]["widths"]
    assert tables["indicators"]["fits"]
    assert indicators[0] == max(indicators)
    comparison = tables["comparison"]
    assert comparison["lines"][1] == 1  # "2020 - 2025" on one line
    assert min(comparison["widths"][i] for i in (0, 2, 3)) > max(comparison["widths"][6], 60)


def test_chart_rows_match_the_table(browser: Browser, site: tuple[Path, str]) -> None:
    """Each chart row's tooltip has the records' target, result and status, in table order."""
    _, base = site
    page = _page(browser, base, DESKTOP)
    page.goto(base + "van-ban/theo-chi-tieu/grdp-per-head/")
    titles = page.evaluate(
        "() => [...document.querySelectorAll('figure.vnpartydoc-scorecard svg > g > title')]"
        ".map(t => t.textContent)"
    )
    page.context.close()
    corpus, _ = load_corpus([ROOT / "examples"])
    rows = sorted(
        scorecard(corpus, indicator="grdp-per-head"),
        key=lambda r: (r.term or "~", r.organisation_name or ""),
    )
    assert len(titles) == len(rows)
    for title, row in zip(titles, rows, strict=True):
        assert title.startswith(f"{row.organisation_name} (")
        estimated = "ước " if row.estimated else ""
        assert f"Mục tiêu {row.target}; Kết quả {estimated}{row.achieved or '–'};" in title
        assert title.endswith(f"{row.status.symbol} {row.status.label}")
    later = [t for t in titles if "(mục tiêu đến 2030)" in t]
    assert later
    assert all("Nghị quyết Đại hội XI" in t for t in later)


def test_chart_follows_the_dark_palette(browser: Browser, site: tuple[Path, str]) -> None:
    """Under the dark (slate) scheme the chart's text has the page's light text colour."""
    _, base = site
    page = _page(browser, base, PHONE, scheme="dark")
    page.goto(base + "van-ban/theo-chi-tieu/grdp-per-head/")
    scheme = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
    fill, text = page.evaluate(
        """() => [
            getComputedStyle(document.querySelector("figure.vnpartydoc-scorecard svg text")).fill,
            getComputedStyle(document.querySelector("article")).color,
        ]"""
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.locator("figure.vnpartydoc-scorecard").screenshot(
        path=str(SHOTS / f"dark-grdp-per-head-{PHONE}.png")
    )
    page.context.close()
    assert scheme == "slate"
    assert fill == text
    assert min(int(v) for v in re.findall(r"\d+", fill)[:3]) > 180  # light on a dark page
