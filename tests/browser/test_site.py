"""The example site in headless Chromium: what a reader sees, searches and cannot be attacked by.

Screenshots go to tests/artifacts/ (ignored by git).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    from tests.browser.conftest import Watched

ROOT = Path(__file__).resolve().parents[2]

RESOLUTION = "van-ban/nghi-quyet/nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi/"
ARTICLE = "van-ban/bai-viet/bai-viet-hoc-tap-quan-triet-nghi-quyet-dai-hoi-xi-an-giang/"
AUTHOR = "van-ban/ca-nhan/trinh-lam-sinh/"
TITLES = ("Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy")


@pytest.fixture(scope="module")
def example_site(
    tmp_path_factory: pytest.TempPathFactory,
    serve: Callable[[Path], str],
    build_site: Callable[..., Path],
) -> str:
    """The examples built with Material and the plugin, served on localhost."""
    site = build_site(
        tmp_path_factory.mktemp("example"), [ROOT / "examples"], site_name="Văn bản mẫu"
    )
    return serve(site)


def column(watched: Watched, header: str) -> list[str]:
    """The cells of the targets table's column named ``header``."""
    return watched.page.evaluate(
        """header => {
            const named = t => [...t.querySelectorAll("th")]
                .some(th => th.innerText.trim() === header);
            const table = [...document.querySelectorAll("article table")].find(named);
            const index = [...table.querySelectorAll("th")]
                .findIndex(th => th.innerText.trim() === header);
            return [...table.querySelectorAll("tbody tr")]
                .map(tr => tr.children[index].innerText.trim());
        }""",
        header,
    )


def test_resolution_page_shows_congress_term_targets_and_author(
    watched: Watched, example_site: str
) -> None:
    """The seed resolution: congress XI, term 2020 - 2025, targets for 2025 and 2030, its article.

    The article about the resolution is listed on it with its author and both titles, and links
    to the article's page, which names them too.
    """
    watched.page.goto(example_site + RESOLUTION)
    main = watched.page.locator("article")
    text = main.inner_text()
    assert "Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI" in text
    assert "Nhiệm kỳ: 2020 - 2025" in text
    deadlines = column(watched, "Thời hạn")
    assert deadlines.count("2025") == 6
    assert deadlines.count("2030") == 1
    assert "2025 - 2030" in deadlines
    assert "Trình Lam Sinh (Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo Tỉnh ủy)" in text
    watched.screenshot("resolution")
    assert (watched.dialogs, watched.errors) == ([], [])
    related = main.locator("a", has_text="Học tập, quán triệt và triển khai Nghị quyết Đại hội XI")
    related.first.click()
    watched.page.wait_for_url(example_site + ARTICLE)
    article = watched.page.locator("article").inner_text()
    assert "Trình Lam Sinh — Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo Tỉnh ủy" in article


def test_article_page_shows_author_with_both_titles(watched: Watched, example_site: str) -> None:
    """The article names its author with both titles and links to the author's page."""
    watched.page.goto(example_site + ARTICLE)
    text = watched.page.locator("article").inner_text()
    assert "Trình Lam Sinh — Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo Tỉnh ủy" in text
    watched.page.locator("article a", has_text="Trình Lam Sinh").first.click()
    watched.page.wait_for_url(example_site + AUTHOR)
    person = watched.page.locator("article").inner_text()
    assert all(title in person for title in TITLES)
    watched.screenshot("author")


SEARCHES = [
    ("nghi quyet dai hoi", RESOLUTION, "search-nghi-quyet-dai-hoi"),
    ("Trinh Lam Sinh", AUTHOR, "search-trinh-lam-sinh"),
]


@pytest.mark.parametrize(("query", "expected", "shot"), SEARCHES, ids=[q for q, _, _ in SEARCHES])
def test_search_without_diacritics_finds_the_page(
    watched: Watched, example_site: str, query: str, expected: str, shot: str
) -> None:
    """Material's search box finds the page when the reader types no diacritics."""
    page = watched.page
    page.goto(example_site)
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially(query, delay=20)
    results = page.locator(".md-search-result__item > .md-search-result__link")
    results.first.wait_for(timeout=10_000)
    hrefs = [h.removeprefix(example_site) for h in results.evaluate_all("a => a.map(x => x.href)")]
    assert expected in hrefs
    if expected == AUTHOR:
        assert hrefs[0] == AUTHOR
    watched.screenshot(shot)


HOSTILE = """\
type: nghi-quyet
id: nghi-quyet-thu-nghiem
title: "Nghị quyết <script>window.__pwned = 1; alert(1)</script>"
summary: "Xem [x](javascript:alert(1)) và {{ 7*7 }}"
tasks:
  - "<img src=x onerror=\\"window.__pwned = 2; alert(2)\\">"
  - "{% raw %}{{ config }}{% endraw %} [bấm vào](javascript:window.__pwned=3)"
  - "<a href=\\"javascript:alert(3)\\">liên kết</a>"
issuer:
  organisation: dang-bo-thu-nghiem
  body: standing-board
  name: "<svg onload=alert(4)>Ban Thường vụ</svg>"
"""
ORGANISATION = """\
type: to-chuc-dang
id: dang-bo-thu-nghiem
name: "Đảng bộ <b onmouseover=alert(5)>thử nghiệm</b> {{ 7*7 }}"
level: province
"""


@pytest.fixture(scope="module")
def hostile_site(
    tmp_path_factory: pytest.TempPathFactory,
    serve: Callable[[Path], str],
    build_site: Callable[..., Path],
) -> str:
    """A site of documents whose text tries to inject script, links and template code."""
    documents = tmp_path_factory.mktemp("hostile-documents")
    (documents / "nghi-quyet.yaml").write_text(HOSTILE, encoding="utf-8")
    (documents / "to-chuc.yaml").write_text(ORGANISATION, encoding="utf-8")
    site = build_site(tmp_path_factory.mktemp("hostile"), [documents], site_name="Thử nghiệm")
    return serve(site)


SCRIPT = "Nghị quyết <script>window.__pwned = 1; alert(1)</script>"
HOSTILE_PAGES = [
    (
        "van-ban/nghi-quyet/nghi-quyet-thu-nghiem/",
        [
            SCRIPT,
            "Xem [x](javascript:alert(1)) và {{ 7*7 }}",
            '<img src=x onerror="window.__pwned = 2; alert(2)">',
            "{% raw %}{{ config }}{% endraw %} [bấm vào](javascript:window.__pwned=3)",
            '<a href="javascript:alert(3)">liên kết</a>',
        ],
    ),
    (
        "van-ban/to-chuc-dang/dang-bo-thu-nghiem/",
        ["<b onmouseover=alert(5)>thử nghiệm</b> {{ 7*7 }}"],
    ),
    ("van-ban/", [SCRIPT]),
    ("van-ban/theo-loai/nghi-quyet/", [SCRIPT, "<svg onload=alert(4)>Ban Thường vụ</svg>"]),
]


@pytest.mark.parametrize(("path", "literals"), HOSTILE_PAGES, ids=[p for p, _ in HOSTILE_PAGES])
def test_document_text_shows_as_text(
    watched: Watched, hostile_site: str, path: str, literals: list[str]
) -> None:
    """No script runs, no javascript: link exists, no template expression is evaluated."""
    page = watched.page
    page.goto(hostile_site + path)
    page.mouse.move(400, 300)
    page.wait_for_timeout(300)
    assert watched.dialogs == []
    assert page.evaluate("() => window.__pwned === undefined")
    hrefs = page.evaluate("() => [...document.querySelectorAll('[href]')].map(a => a.href)")
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")]
    text = page.locator("article").inner_text()
    assert "49" not in text
    assert [literal for literal in literals if literal not in text] == []
    watched.screenshot("hostile-" + path.strip("/").replace("/", "-"))
