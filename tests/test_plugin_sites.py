"""The example site built by the real ``mkdocs`` and ``properdocs`` commands.

Material, ``--strict``; then what the site holds: pages, JSON, JSON-LD, navigation, search.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from vnpartydoc.corpus import load_corpus
from vnpartydoc.render import RenderOptions, page_url, render_site
from vnpartydoc.serialization import loads

if TYPE_CHECKING:
    from vnpartydoc.render import Page

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
RESOLUTION = "van-ban/nghi-quyet/nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi/index.html"
MKDOCS_YML = f"""site_name: Văn bản mẫu
theme:
  name: material
  language: vi
plugins:
  - search
  - vnpartydoc:
      source_dirs: [{EXAMPLES}]
"""


def command(name: str) -> list[str]:
    """The console script next to this interpreter."""
    return [str(Path(sys.executable).with_name(name))]


def build_with(tool: str, project: Path) -> Path:
    (project / "docs").mkdir(parents=True)
    (project / "docs" / "index.md").write_text("# Văn bản mẫu\n", encoding="utf-8")
    (project / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    run = subprocess.run(
        [*command(tool), "build", "--strict", "-f", "mkdocs.yml"],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "WARNING" not in run.stderr
    return project / "site"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example site built by ``mkdocs build --strict``."""
    return build_with("mkdocs", tmp_path_factory.mktemp("mkdocs"))


@pytest.fixture(scope="module")
def pages() -> list[Page]:
    """The pages the renderer makes of the examples."""
    corpus, issues = load_corpus([EXAMPLES])
    assert issues == []
    return render_site(corpus, RenderOptions())


def files_of(site: Path) -> list[str]:
    return sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file())


def test_properdocs_builds_the_same_site(site: Path, tmp_path: Path) -> None:
    """ProperDocs loads the plugin through the mkdocs.plugins entry point: same files."""
    other = build_with("properdocs", tmp_path)
    assert files_of(other) == files_of(site)
    html = (other / RESOLUTION).read_text(encoding="utf-8")
    assert '<script type="application/ld+json">' in html


def test_every_record_has_its_page_and_json(site: Path, pages: list[Page]) -> None:
    """Each generated page is in the site; each record's JSON is next to its page, lossless."""
    corpus, _ = load_corpus([EXAMPLES])
    for page in pages:
        assert (site / page_url(page.path) / "index.html").is_file(), page.path
        if page.record_id is not None:
            assert page.json_path is not None
            text = (site / page.json_path).read_text(encoding="utf-8")
            assert loads(text, "json") == corpus.get(page.record_id)


def test_documents_json_lists_every_document(site: Path) -> None:
    """documents.json at the site root names every document and its page."""
    corpus, _ = load_corpus([EXAMPLES])
    index = json.loads((site / "documents.json").read_text(encoding="utf-8"))
    assert sorted(d["id"] for d in index["documents"]) == sorted(d.id for d in corpus.documents)
    for entry in index["documents"]:
        assert (site / entry["url"] / "index.html").is_file()
        assert (site / entry["json"]).is_file()


class Links(HTMLParser):
    """Collect hrefs of the primary navigation, the JSON-LD and the alternate link."""

    def __init__(self) -> None:
        super().__init__()
        self.nav: list[str] = []
        self.jsonld: list[str] = []
        self.alternate: list[str] = []
        self._script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        href = values.get("href") or ""
        if tag == "a" and "md-nav__link" in classes and not href.startswith("#"):
            self.nav.append(href)
        if tag == "link" and values.get("rel") == "describedby":
            self.alternate.append(href)
        self._script = tag == "script" and values.get("type") == "application/ld+json"

    def handle_endtag(self, tag: str) -> None:
        self._script = False

    def handle_data(self, data: str) -> None:
        if self._script:
            self.jsonld.append(data)


def links(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_navigation_holds_index_pages_only(site: Path, pages: list[Page]) -> None:
    """The navigation of a document page lists the home and index pages, no record pages."""
    nav = links(site / RESOLUTION).nav
    targets = {os.path.normpath(Path(RESOLUTION).parent / href) for href in nav}
    in_nav = {page_url(p.path).rstrip("/") for p in pages if p.in_nav}
    assert targets - {"."} == in_nav
    assert len(in_nav) == 7  # home and six indexes


ARTICLE = "van-ban/bai-viet/bai-viet-hoc-tap-quan-triet-nghi-quyet-dai-hoi-xi-an-giang/index.html"
JSONLD_TYPES = [
    (RESOLUTION, "Legislation"),
    (ARTICLE, "Article"),
    ("van-ban/ca-nhan/trinh-lam-sinh/index.html", "Person"),
    ("van-ban/dai-hoi/dai-hoi-dang-bo-tinh-an-giang-xi/index.html", "Event"),
]


@pytest.mark.parametrize(("path", "kind"), JSONLD_TYPES, ids=[k for _, k in JSONLD_TYPES])
def test_pages_carry_jsonld_and_a_json_link(site: Path, path: str, kind: str) -> None:
    """Document, article, person and congress pages carry schema.org JSON-LD in <head>."""
    found = links(site / path)
    (jsonld,) = found.jsonld
    assert json.loads(jsonld)["@type"] == kind
    (alternate,) = found.alternate
    assert (site / path).parent.joinpath(alternate).resolve().is_file()


def test_search_index_has_diacritic_free_words(site: Path) -> None:
    """Material's index gains title_folded/text_folded; the author's page folds to 'trinh'."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["fields"]["title_folded"] == {"boost": 1000.0}
    by_location = {d["location"]: d for d in index["docs"]}
    person = by_location["van-ban/ca-nhan/trinh-lam-sinh/"]
    assert (person["title"], person["title_folded"]) == ("Trình Lam Sinh", "trinh")
    resolution = by_location["van-ban/nghi-quyet/nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi/"]
    assert {"nghi", "quyet", "dai", "hoi"} <= set(resolution["title_folded"].split())


def test_diagrams_are_svg_drawn_at_build_time(site: Path) -> None:
    """Under Material too, the targets picture is inline SVG: no Mermaid, nothing to fetch."""
    html = (site / RESOLUTION).read_text(encoding="utf-8")
    assert '<figure class="vnpartydoc-diagram">\n<svg xmlns="http://www.w3.org/2000/svg"' in html
    assert "mermaid" not in html


def test_project_documentation_builds_strict(tmp_path: Path) -> None:
    """The README's main job: the project's own site (docs/ + examples/) passes --strict."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    run = subprocess.run(
        [*command("mkdocs"), "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "WARNING" not in run.stderr
    reference = (tmp_path / "site" / "reference" / "format" / "index.html").read_text("utf-8")
    assert "Stable id, unique in a corpus; also the page slug." in reference
    options = (tmp_path / "site" / "plugin" / "index.html").read_text("utf-8")
    assert "<code>search_fold</code>" in options
    assert (tmp_path / "site" / "van-ban" / "nghi-quyet").is_dir()
