"""The output of ``vnpartydoc render`` built by Zensical, a generator that runs no plugins.

``--nav`` writes the navigation with the pages' Vietnamese titles; a hand-written page uses the
Markdown extension, whose warning about an unknown reference names that page.
"""

from __future__ import annotations

import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from vnpartydoc.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ZENSICAL = Path(sys.executable).with_name("zensical")
HOME = """# Trang chủ {#trang-chu}

Xem [[vnpartydoc: nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi]] và [[vnpartydoc: nghi-quyet-xi]].
"""
NAV_TITLES = [
    "Trang chủ",
    "Văn bản Đảng",
    "Văn bản theo tổ chức đảng",
    "Văn bản theo đại hội, nhiệm kỳ",
    "Văn bản theo loại",
    "Văn bản theo năm",
    "Cá nhân",
    "Theo chỉ tiêu",
]


class NavLinks(HTMLParser):
    """The text and href of every link of the primary navigation (``md-nav__link``)."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and "md-nav__link" in (values.get("class") or "").split():
            self._href, self._text = values.get("href") or "", []

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((" ".join("".join(self._text).split()), self._href))
            self._href = None


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A Zensical project of the rendered examples and a home page; its site and build log."""
    if not ZENSICAL.is_file():
        pytest.skip("zensical is not installed (pip install -e '.[dev]')")
    project = tmp_path_factory.mktemp("zensical")
    nav = project / "nav.toml"
    assert main(["render", str(EXAMPLES), "--out", str(project / "docs"), "--nav", str(nav)]) == 0
    (project / "docs" / "index.md").write_text(HOME, encoding="utf-8")
    snippet = nav.read_text(encoding="utf-8")
    assert snippet.startswith("# Under [project] in zensical.toml")
    # The user's own home page goes before the generated pages.
    snippet = snippet.replace("nav = [\n", 'nav = [\n  { "Trang chủ" = "index.md" },\n', 1)
    (project / "zensical.toml").write_text(
        '[project]\nsite_name = "Văn bản"\n'
        + snippet
        + f"\n[project.markdown_extensions.vnpartydoc]\npaths = [{str(EXAMPLES)!r}]\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [str(ZENSICAL), "build"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return project / "site", run.stdout + run.stderr


def nav_of(page: Path) -> list[tuple[str, str]]:
    parser = NavLinks()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.links


def test_navigation_has_the_vietnamese_titles_and_working_links(built: tuple[Path, str]) -> None:
    """The navigation reads as the pages' titles, not folder names, and every link resolves."""
    site, _ = built
    page = site / "van-ban" / "nghi-quyet" / "nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi"
    links = [(text, href) for text, href in nav_of(page / "index.html") if "#" not in href]
    assert [text for text, _ in links] == NAV_TITLES
    for _, href in links:
        assert (page / href / "index.html").resolve().is_file(), href
    assert not [t for t, _ in nav_of(site / "index.html") if t in {"Van ban", "Bai viet"}]


def test_pages_carry_their_titles(built: tuple[Path, str]) -> None:
    """Each generated page is titled from its front matter, with diacritics."""
    site, _ = built
    html = (site / "van-ban" / "theo-loai" / "index.html").read_text(encoding="utf-8")
    assert "<title>Văn bản theo loại - Văn bản</title>" in html


def test_unknown_reference_is_reported_with_its_page(built: tuple[Path, str]) -> None:
    """The extension's warning names the page Zensical is converting, not a placeholder."""
    site, log = built
    assert (
        "unknown vnpartydoc reference 'nghi-quyet-xi' in page 'index.md': no record has this id"
        in log
    )
    assert "<page>" not in log
    html = (site / "index.html").read_text(encoding="utf-8")
    assert '<span class="vnpartydoc-unresolved">nghi-quyet-xi</span>' in html
    assert 'href="/van-ban/nghi-quyet/nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi/"' in html
