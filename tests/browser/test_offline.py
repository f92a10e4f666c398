"""Every page of two sites in Chromium with the network cut off, as on an intranet.

The sites: the project's own documentation (``mkdocs.yml`` at the root, over ``examples/``) and
the site ``vnpartydoc new`` starts (the quickstart). Every request that does not go to the
local server is aborted and recorded. On every page: no raw diagram code, no console error,
no request leaving the machine, and Material's search returns results; at a phone's width
(390 px) no page scrolls sideways. Full-page screenshots of every page at both widths go to
``tests/artifacts/offline/``. A third site asks for Mermaid and serves its own copy: its
diagrams are drawn, still without a network.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.conftest import ARTIFACTS, OPEN_SHADOW_ROOTS, ROOT

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from playwright.sync_api import Browser, ConsoleMessage, Page, Route

SHOTS = ARTIFACTS / "offline"
DESKTOP, PHONE = 1280, 390
QUERY = "nghị quyết"
RAW_DIAGRAM = ("```", "gantt", "xychart-beta", "dateFormat", "todayMarker", "#58;", "#60;")
RESOLUTION = "van-ban/nghi-quyet/nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi/"
SEARCH_META_RE = re.compile(r'<div class="md-search-result__meta">(.*?)</div>', re.DOTALL)
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def _run(command: list[str], cwd: Path) -> None:
    run = subprocess.run(
        command, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=300, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def pages_of(site: Path) -> list[str]:
    """URL paths of every page of a built site ("" for the home page)."""
    found = [p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")]
    return sorted(("" if p == "." else p + "/") for p in found)


@pytest.fixture(scope="module")
def project_site(
    tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]
) -> tuple[Path, str]:
    """The project's documentation, built as the README says: its folder and URL."""
    site = tmp_path_factory.mktemp("project") / "site"
    _run([_tool("mkdocs"), "build", "--strict", "-d", str(site)], ROOT)
    return site, serve(site)


@pytest.fixture(scope="module")
def quickstart_site(
    tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]
) -> tuple[Path, str]:
    """The site ``vnpartydoc new`` writes, built as getting-started.md says: folder and URL."""
    folder = tmp_path_factory.mktemp("quickstart")
    _run([_tool("vnpartydoc"), "new", "van-ban-tinh"], folder)
    _run([_tool("mkdocs"), "build", "--strict"], folder / "van-ban-tinh")
    site = folder / "van-ban-tinh" / "site"
    return site, serve(site)


@dataclass
class Visit:
    """One browser tab on a site, and what it saw that an offline reader must not."""

    page: Page
    base: str
    errors: list[str] = field(default_factory=list)
    offsite: list[str] = field(default_factory=list)
    html: str = ""

    def open(self, path: str) -> None:
        """Load a page; keep the HTML the server sent."""
        self.errors.clear()
        response = self.page.goto(self.base + path, wait_until="load")
        assert response is not None
        self.html = response.text()

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def tab(browser: Browser) -> Iterator[Callable[[str, int], Visit]]:
    """Tabs whose requests off localhost are aborted and recorded, with errors recorded."""
    contexts = []

    def open_tab(base: str, width: int) -> Visit:
        context = browser.new_context(viewport={"width": width, "height": 900})
        contexts.append(context)
        visit = Visit(context.new_page(), base)

        def route(r: Route) -> None:
            if r.request.url.startswith(base):
                r.continue_()
            else:
                visit.offsite.append(r.request.url)
                r.abort()

        def console(message: ConsoleMessage) -> None:
            if message.type == "error":
                visit.errors.append(f"{message.text} {message.location.get('url', '')}")

        visit.page.add_init_script(OPEN_SHADOW_ROOTS)  # to see what Mermaid draws
        visit.page.route("**/*", route)
        visit.page.on("console", console)
        visit.page.on("pageerror", lambda exc: visit.errors.append(str(exc)))
        return visit

    yield open_tab
    for context in contexts:
        context.close()


def shot_name(site: str, path: str, width: int) -> str:
    return f"{site}-{path.strip('/').replace('/', '--') or 'home'}-{width}"


def search_hits(visit: Visit) -> int:
    """Wait for Material's search to be ready, type a query; the number of results listed.

    Until its worker has loaded the index, the search box says "Initializing search" (in the
    site's language, as the page's own HTML has it); a query typed before then is dropped.
    """
    page = visit.page
    initializing = SEARCH_META_RE.search(visit.html)
    assert initializing is not None
    page.wait_for_function(
        "text => document.querySelector('.md-search-result__meta').textContent.trim() !== text",
        arg=initializing[1].strip(),
        timeout=20_000,
    )
    box = page.locator("input.md-search__input")
    box.click()  # Material answers typing in an opened search box
    box.press_sequentially(QUERY)
    results = page.locator(".md-search-result__item")
    try:
        results.first.wait_for(timeout=10_000)
    except PlaywrightTimeout:
        return 0
    count = results.count()
    page.keyboard.press("Escape")
    return count


def check_page(visit: Visit, site: str, path: str) -> list[str]:
    """What is wrong with one page, at 1280 px and then, resized, at 390 px.

    Raw diagram code and a search without results at 1280 px, sideways scrolling at 390 px,
    console errors at either.
    """
    visit.page.set_viewport_size({"width": DESKTOP, "height": 900})
    visit.open(path)
    problems = []
    text = visit.page.locator("body").inner_text()
    raw = [marker for marker in RAW_DIAGRAM if marker in text]
    if raw:
        problems.append(f"raw diagram code {raw}")
    if visit.page.locator(".mermaid:not([data-processed]) > code").count():
        problems.append("an undrawn Mermaid block")
    if search_hits(visit) == 0:
        problems.append("search never answered")
    visit.shot(shot_name(site, path, DESKTOP))
    visit.page.set_viewport_size({"width": PHONE, "height": 900})
    widths = visit.page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    if widths[0] > widths[1]:
        problems.append(f"scrolls sideways at {PHONE} px: {widths[0]} > {widths[1]}")
    visit.shot(shot_name(site, path, PHONE))
    return problems + [f"console: {e}" for e in visit.errors]


@pytest.mark.parametrize("site", ["project", "quickstart"])
def test_every_page_works_offline(
    site: str, request: pytest.FixtureRequest, tab: Callable[[str, int], Visit]
) -> None:
    """Every page, network cut off: drawn pictures, working search, no errors, fits a phone."""
    folder, base = request.getfixturevalue(f"{site}_site")
    paths = pages_of(folder)
    assert len(paths) > 15
    visit = tab(base, DESKTOP)
    problems = {path: found for path in paths if (found := check_page(visit, site, path))}
    assert problems == {}
    assert visit.offsite == []


def test_svg_pictures_follow_the_dark_palette(
    browser: Browser, quickstart_site: tuple[Path, str]
) -> None:
    """Under the dark (slate) scheme the pictures' text takes the page's light text colour."""
    _, base = quickstart_site
    context = browser.new_context(viewport={"width": DESKTOP, "height": 900}, color_scheme="dark")
    page = context.new_page()
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base) else r.abort())
    page.goto(base + RESOLUTION)
    scheme = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
    colours = page.evaluate(
        """() => [
            getComputedStyle(document.querySelector("figure.vnpartydoc-diagram svg text")).fill,
            getComputedStyle(document.querySelector("article")).color,
        ]"""
    )
    page.locator("figure.vnpartydoc-diagram").screenshot(path=str(SHOTS / "dark-targets.png"))
    context.close()
    assert scheme == "slate"
    fill, text = colours
    assert fill == text
    assert min(int(v) for v in re.findall(r"\d+", fill)[:3]) > 180  # light on a dark page


@pytest.fixture(scope="module")
def mermaid_site(
    tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str], mermaid_js: Path
) -> str:
    """The quickstart site with ``diagrams: mermaid`` and Mermaid copied into its docs/."""
    folder = tmp_path_factory.mktemp("mermaid")
    _run([_tool("vnpartydoc"), "new", "van-ban-tinh"], folder)
    project = folder / "van-ban-tinh"
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8").replace(
            "source_dirs: [documents]", "source_dirs: [documents]\n      diagrams: mermaid"
        ),
        encoding="utf-8",
    )
    (project / "docs" / "js").mkdir()
    shutil.copyfile(mermaid_js, project / "docs" / "js" / "mermaid.min.js")
    _run([_tool("mkdocs"), "build", "--strict"], project)
    return serve(project / "site")


@pytest.mark.parametrize("path", ["van-ban/", RESOLUTION])
def test_mermaid_is_drawn_from_the_sites_own_copy(
    path: str, mermaid_site: str, tab: Callable[[str, int], Visit]
) -> None:
    """Asked for, Mermaid draws the diagrams offline; search still answers; nothing leaves."""
    visit = tab(mermaid_site, DESKTOP)
    visit.open(path)
    visit.page.wait_for_function(
        "() => [...document.querySelectorAll('div.mermaid')].length > 0 && "
        "[...document.querySelectorAll('div.mermaid')]"
        ".every(d => d.shadowRoot && d.shadowRoot.querySelector('svg'))",
        timeout=30_000,
    )
    drawn = visit.page.evaluate(
        "() => [...document.querySelectorAll('div.mermaid')]"
        ".map(d => d.shadowRoot.querySelector('svg').textContent)"
    )
    assert any("2025" in text for text in drawn)
    assert search_hits(visit) > 0
    visit.shot(shot_name("mermaid", path, DESKTOP))
    assert (visit.errors, visit.offsite) == ([], [])
