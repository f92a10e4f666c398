"""The navigation of the generated pages for mkdocs.yml and zensical.toml, and the root page."""

from __future__ import annotations

import tomllib

import pytest
import yaml

from vnpartydoc.corpus import Corpus
from vnpartydoc.models import Organisation
from vnpartydoc.render import Page, RenderOptions, render_site
from vnpartydoc.render.nav import nav_text, root_page

EXPECTED = [
    {
        "Văn bản Đảng": [
            "van-ban/index.md",
            {"Văn bản theo tổ chức đảng": "van-ban/theo-to-chuc/index.md"},
            {"Văn bản theo loại": "van-ban/theo-loai/index.md"},
        ]
    }
]


@pytest.fixture(scope="module")
def pages() -> list[Page]:
    """Pages of one organisation, with two indexes."""
    corpus = Corpus.of([Organisation(id="tu", name="Đảng bộ tỉnh “A”", level="province")])
    return render_site(corpus, RenderOptions(indexes=("organisation", "type")))


def test_nav_for_mkdocs_reads_as_yaml(pages: list[Page]) -> None:
    """The mkdocs.yml block lists the home page and the indexes under their titles.

    It links the stylesheet of the generated tables too.
    """
    assert yaml.safe_load(nav_text(pages, "mkdocs")) == {
        "nav": EXPECTED,
        "extra_css": ["assets/stylesheets/vnpartydoc.css"],
    }


def test_nav_for_zensical_reads_as_toml(pages: list[Page]) -> None:
    """The zensical.toml array is the same navigation, paths prefixed with the pages' folder."""
    text = nav_text(pages, "zensical", base="tao-ra/")
    assert text.startswith("# Under [project] in zensical.toml")
    home, *indexes = tomllib.loads(text)["nav"][0]["Văn bản Đảng"]
    assert home == "tao-ra/van-ban/index.md"
    assert indexes == [
        {"Văn bản theo tổ chức đảng": "tao-ra/van-ban/theo-to-chuc/index.md"},
        {"Văn bản theo loại": "tao-ra/van-ban/theo-loai/index.md"},
    ]
    assert tomllib.loads(text)["extra_css"] == ["tao-ra/assets/stylesheets/vnpartydoc.css"]


def test_root_page_links_to_the_generated_pages(pages: list[Page]) -> None:
    """The root page is titled with the site's name (escaped) and links to the index pages."""
    page = root_page(pages, "Văn bản <Đảng>")
    assert (page.path, page.kind, page.in_nav) == ("index.md", "home", True)
    assert page.title == "Văn bản <Đảng>"
    assert page.markdown.splitlines()[1] == 'title: "Văn bản &lt;Đảng&gt;"'
    assert "\n# Văn bản &lt;Đảng&gt; {#van-ban-dang}\n" in page.markdown
    assert "- **[Văn bản Đảng](van-ban/index.md)**\n" in page.markdown
    assert "    - [Văn bản theo loại](van-ban/theo-loai/index.md)\n" in page.markdown
