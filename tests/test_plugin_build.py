"""Small real builds with the plugin: errors, strict mode, collisions, overrides, themes.

Each project holds a few records copied from ``examples/national`` and uses MkDocs' own theme,
so a build takes a fraction of a second; the full example site with Material is built in
``test_plugin_sites.py``.
"""

from __future__ import annotations

import json
import logging
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

ROOT = Path(__file__).resolve().parent.parent
NATIONAL = [
    "to-chuc-dang.yaml",
    "national/chi-thi-45-ct-tw.yaml",
    "national/to-lam.yaml",
    "national/dai-hoi-xiii.yaml",
]
DIRECTIVE_PAGE = "van-ban/chi-thi/chi-thi-45-ct-tw-2025/index.html"
BROKEN = "type: chi-thi\nid: chi-thi-hong\ntitle: Chỉ thị hỏng\nissued_on: '2025-13-45'\n"
BROKEN_MESSAGE = (
    "documents/hong.yaml:4:1: date_invalid: month 13 out of range; expected 1 to 12 "
    "(got '2025-13-45') (at $.issued_on)"
)


def project(tmp_path: Path, options: str = "", theme: str = "mkdocs") -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Văn bản\n", encoding="utf-8")
    (tmp_path / "documents").mkdir()
    for name in NATIONAL:
        shutil.copy(ROOT / "examples" / name, tmp_path / "documents" / Path(name).name)
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: Văn bản\ntheme: {theme}\nplugins:\n  - vnpartydoc:\n"
        f"      source_dirs: [documents]\n{options}",
        encoding="utf-8",
    )
    return tmp_path


def run(folder: Path, *, strict: bool = False) -> Path:
    config = load_config(str(folder / "mkdocs.yml"), strict=strict)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return folder / "site"


PREFIX = "vnpartydoc_mkdocs: "


def plugin_messages(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    """Messages of the plugin's logger at ``level``, without the logger's prefix."""
    messages = [
        r.getMessage()
        for r in caplog.records
        if r.name.startswith("mkdocs.plugins.vnpartydoc_mkdocs") and r.levelno == level
    ]
    assert all(m.startswith(PREFIX) for m in messages)
    return [m.removeprefix(PREFIX) for m in messages]


class HeadParser(HTMLParser):
    """Collect <link rel=describedby> hrefs and JSON-LD scripts of <head>."""

    def __init__(self) -> None:
        super().__init__()
        self.alternates: list[str] = []
        self.jsonld: list[str] = []
        self._in_jsonld = False
        self._in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self._in_head = self._in_head or tag == "head"
        if self._in_head and tag == "link" and values.get("rel") == "describedby":
            self.alternates.append(values.get("href") or "")
        self._in_jsonld = tag == "script" and values.get("type") == "application/ld+json"

    def handle_endtag(self, tag: str) -> None:
        self._in_head = self._in_head and tag != "head"
        self._in_jsonld = False

    def handle_data(self, data: str) -> None:
        if self._in_jsonld and self._in_head:
            self.jsonld.append(data)


def head_of(html_file: Path) -> HeadParser:
    parser = HeadParser()
    parser.feed(html_file.read_text(encoding="utf-8"))
    return parser


def test_build_publishes_pages_json_and_index(tmp_path: Path) -> None:
    """Documents outside docs/ become pages with their JSON next to them and documents.json."""
    site = run(project(tmp_path))
    assert (site / DIRECTIVE_PAGE).is_file()
    record = json.loads((site / "van-ban/chi-thi/chi-thi-45-ct-tw-2025.json").read_text("utf-8"))
    assert (record["id"], record["number"]) == ("chi-thi-45-ct-tw-2025", "45-CT/TW")
    index = json.loads((site / "documents.json").read_text(encoding="utf-8"))
    assert [(d["id"], d["url"]) for d in index["documents"]] == [
        ("chi-thi-45-ct-tw-2025", "van-ban/chi-thi/chi-thi-45-ct-tw-2025/")
    ]


def test_mkdocs_theme_gets_jsonld_and_json_link_in_head(tmp_path: Path) -> None:
    """Under MkDocs' own theme the override still fills <head>: JSON-LD and the JSON link."""
    site = run(project(tmp_path))
    head = head_of(site / DIRECTIVE_PAGE)
    assert head.alternates == ["../chi-thi-45-ct-tw-2025.json"]
    (jsonld,) = head.jsonld
    data = json.loads(jsonld)
    assert (data["@type"], data["legislationIdentifier"]) == ("Legislation", "45-CT/TW")
    assert head_of(site / "index.html").jsonld == []


def test_stylesheet_is_served_and_linked_once(tmp_path: Path) -> None:
    """The tables' stylesheet is a file of the site, linked from every page exactly once."""
    from vnpartydoc.render import STYLESHEET_PATH, stylesheet

    site = run(project(tmp_path, "extra_css: [assets/stylesheets/vnpartydoc.css]\n"))
    assert (site / STYLESHEET_PATH).read_text(encoding="utf-8") == stylesheet()
    page = (site / DIRECTIVE_PAGE).read_text(encoding="utf-8")
    assert page.count('href="../../../assets/stylesheets/vnpartydoc.css"') == 1
    assert (site / "index.html").read_text("utf-8").count(f'href="{STYLESHEET_PATH}"') == 1


def test_diagrams_are_svg_outside_material(tmp_path: Path) -> None:
    """MkDocs' own theme runs no Mermaid, so unset 'diagrams' draws inline SVG there."""
    site = run(project(tmp_path))
    home = (site / "van-ban" / "index.html").read_text(encoding="utf-8")
    assert '<figure class="vnpartydoc-diagram">' in home
    assert "<svg" in home
    assert 'class="mermaid"' not in home


def test_mermaid_diagrams_load_the_sites_own_mermaid(tmp_path: Path) -> None:
    """'diagrams: mermaid' adds the site's mermaid.min.js to every page; no CDN is named."""
    folder = project(tmp_path, "      diagrams: mermaid\n", theme="material")
    (folder / "docs" / "js").mkdir()
    (folder / "docs" / "js" / "mermaid.min.js").write_text("window.mermaid = {};\n", "utf-8")
    site = run(folder)
    home = (site / "van-ban" / "index.html").read_text(encoding="utf-8")
    assert '<script src="../js/mermaid.min.js"></script>' in home
    assert '<pre data-search-exclude class="mermaid"><code>gantt' in home
    assert "unpkg" not in home


def test_mermaid_diagrams_without_a_local_mermaid_stop_the_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Without a mermaid.min.js in the site, 'diagrams: mermaid' fails with a stable code."""
    with pytest.raises(Abort, match="BuildError"):
        run(project(tmp_path, "      diagrams: mermaid\n", theme="material"))
    (message,) = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert message.startswith(
        "vnpartydoc: mkdocs.yml: mermaid_script_missing: 'diagrams: mermaid' needs a copy of "
        "Mermaid 11 in "
        "the site, so that pages work without internet: put mermaid.min.js in 'docs/'"
    )


def test_site_without_a_home_page_gets_a_root_page(tmp_path: Path) -> None:
    """With an empty docs/, the plugin supplies index.md: the site's name and the index pages."""
    folder = project(tmp_path)
    (folder / "docs" / "index.md").unlink()
    site = run(folder, strict=True)
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<h1 id="van-ban">Văn bản</h1>' in home
    assert '<a href="van-ban/">Văn bản Đảng</a>' in home
    assert '<a href="van-ban/theo-loai/">Văn bản theo loại</a>' in home


def test_invalid_document_is_warned_about_and_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Without --strict a broken file is a warning with file:line:col and code; the rest builds."""
    folder = project(tmp_path)
    (folder / "documents" / "hong.yaml").write_text(BROKEN, encoding="utf-8")
    with caplog.at_level(logging.INFO):
        site = run(folder)
    assert plugin_messages(caplog, logging.WARNING) == [f"{BROKEN_MESSAGE} [document skipped]"]
    assert (site / DIRECTIVE_PAGE).is_file()
    assert not (site / "van-ban/chi-thi/chi-thi-hong").exists()


def test_strict_build_fails_on_invalid_document(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """With --strict the same warning aborts the build."""
    folder = project(tmp_path)
    (folder / "documents" / "hong.yaml").write_text(BROKEN, encoding="utf-8")
    with pytest.raises(Abort, match="1 warnings in strict mode"):
        run(folder, strict=True)
    assert plugin_messages(caplog, logging.WARNING) == [f"{BROKEN_MESSAGE} [document skipped]"]


def test_on_invalid_fail_stops_the_build(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """on_invalid: fail turns the same problem into a PluginError at once."""
    folder = project(tmp_path, "      on_invalid: fail\n")
    (folder / "documents" / "hong.yaml").write_text(BROKEN, encoding="utf-8")
    with pytest.raises(Abort, match="BuildError"):
        run(folder)
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert errors == [f"vnpartydoc: build stopped on invalid documents:\n{BROKEN_MESSAGE}"]


def test_corpus_rule_errors_are_warnings(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A reference to a missing record is logged as a warning; check_corpus: false silences it."""
    folder = project(tmp_path)
    (folder / "documents" / "to-lam.yaml").unlink()
    run(folder)
    lines = (folder / "documents" / "chi-thi-45-ct-tw.yaml").read_text("utf-8").splitlines()
    line = lines.index("  person: to-lam") + 1
    assert plugin_messages(caplog, logging.WARNING) == [
        f"documents/chi-thi-45-ct-tw.yaml:{line}:3: unresolved_reference: no record has id "
        "'to-lam' (at $.signature.person)"
    ]
    caplog.clear()
    config = folder / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "      check_corpus: false\n", "utf-8")
    run(folder)
    assert plugin_messages(caplog, logging.WARNING) == []


def test_generated_page_never_replaces_a_docs_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A docs/ file at a generated path is kept, and the clash is a warning."""
    folder = project(tmp_path)
    (folder / "docs" / "van-ban").mkdir()
    (folder / "docs" / "van-ban" / "index.md").write_text("# Trang riêng\n", encoding="utf-8")
    site = run(folder)
    assert plugin_messages(caplog, logging.WARNING) == [
        "generated file 'van-ban/index.md' has the same path as a file in docs_dir; the file "
        "in docs_dir is kept (rename it or change 'url_prefix')"
    ]
    assert "Trang riêng" in (site / "van-ban" / "index.html").read_text(encoding="utf-8")


def test_templates_dir_overrides_one_block(tmp_path: Path) -> None:
    """A block in templates_dir replaces that block of every document page."""
    folder = project(tmp_path, "      templates_dir: overrides\n      url_prefix: tai-lieu\n")
    (folder / "overrides").mkdir()
    (folder / "overrides" / "document.md.j2").write_text(
        '{% extends "base/document.md.j2" %}\n'
        "{% block tags %}\nBản quyền: Tỉnh ủy\n{% endblock %}\n",
        encoding="utf-8",
    )
    site = run(folder)
    page = (site / "tai-lieu/chi-thi/chi-thi-45-ct-tw-2025/index.html").read_text("utf-8")
    assert "Bản quyền: Tỉnh ủy" in page
    assert "Tô Lâm" in page


def test_broken_custom_template_is_a_plugin_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A template that fails to render stops the build with the template's file and line."""
    folder = project(tmp_path, "      templates_dir: overrides\n")
    (folder / "overrides").mkdir()
    (folder / "overrides" / "document.md.j2").write_text(
        '{% extends "base/document.md.j2" %}\n'
        "{% block tags %}\n{{ no_such_value.field }}\n{% endblock %}\n",
        encoding="utf-8",
    )
    with pytest.raises(Abort, match="BuildError"):
        run(folder)
    (error,) = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert error.startswith("vnpartydoc: cannot render the documents:\n")
    assert "template_error" in error


def test_invalid_render_option_is_a_config_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """An option the renderer refuses (page_size 0) is reported when the config is read."""
    folder = project(tmp_path, "      page_size: 0\n")
    with pytest.raises(Abort, match="configuration error"):
        run(folder)
    (error,) = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert error == (
        "Config value 'plugins': Plugin 'vnpartydoc' option 'page_size': "
        "render_option: page_size must be a positive integer, got 0"
    )


def test_empty_source_dirs_is_a_plugin_error(tmp_path: Path) -> None:
    """The plugin needs at least one folder of documents."""
    folder = project(tmp_path)
    config = folder / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("[documents]", "[]"), "utf-8")
    with pytest.raises(Abort, match="BuildError"):
        run(folder)


def test_disabled_plugin_adds_nothing(tmp_path: Path) -> None:
    """enabled: false builds the site as if the plugin were not there."""
    site = run(project(tmp_path, "      enabled: false\n"))
    assert (site / "index.html").is_file()
    assert not (site / "van-ban").exists()
    assert not (site / "documents.json").exists()


def test_hand_written_pages_embed_and_link_documents(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The plugin hands its corpus to the Markdown extension: links by number, embeds by id."""
    folder = project(tmp_path)
    (folder / "docs" / "tin-tuc.md").write_text(
        "# Tin tức\n\nXem [[vnpartydoc: 45-CT/TW]].\n\n"
        "![[vnpartydoc: chi-thi-45-ct-tw-2025#signature]]\n\n"
        "Và [[vnpartydoc: 99-NQ/TW]].\n",
        encoding="utf-8",
    )
    site = run(folder)
    html = (site / "tin-tuc" / "index.html").read_text(encoding="utf-8")
    assert 'href="../van-ban/chi-thi/chi-thi-45-ct-tw-2025/"' in html
    assert "Tô Lâm" in html
    assert plugin_messages(caplog, logging.WARNING) == [
        "tin-tuc.md: unknown vnpartydoc reference '99-NQ/TW': no document has this number"
    ]


def test_automatic_navigation_uses_page_titles(tmp_path: Path) -> None:
    """Sections of generated folders carry their index page's title; other sections stay."""
    folder = project(tmp_path)
    (folder / "docs" / "huong-dan").mkdir()
    (folder / "docs" / "huong-dan" / "cai-dat.md").write_text("# Cài đặt\n", encoding="utf-8")
    site = run(folder)
    html = (site / DIRECTIVE_PAGE).read_text(encoding="utf-8")
    assert "Văn bản Đảng" in html
    assert "Van ban" not in html
    assert "Theo loai" not in html
    assert "Huong dan" in html


def test_corpus_rule_warnings_are_info(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A finding of warning severity (an unknown type code) is logged as info, not a warning."""
    folder = project(tmp_path)
    (folder / "documents" / "ket-luan.yaml").write_text(
        "type: ket-luan\nid: ket-luan-thu\nnumber: 07-ZZ/TW\ntitle: Kết luận thử\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.INFO):
        run(folder, strict=True)
    assert plugin_messages(caplog, logging.WARNING) == []
    (info,) = [m for m in plugin_messages(caplog, logging.INFO) if "unknown_kind_code" in m]
    assert info.startswith("documents/ket-luan.yaml:3:")


def test_build_keeps_neither_sources_nor_records_in_memory(tmp_path: Path) -> None:
    """Generated files come from a folder removed at shutdown; records go once pages are read."""
    folder = project(tmp_path)
    config = load_config(str(folder / "mkdocs.yml"))
    plugin = config.plugins["vnpartydoc"]
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    sources = plugin._sources.folder  # type: ignore[attr-defined]
    page = (sources / "van-ban/chi-thi/chi-thi-45-ct-tw-2025.md").read_text(encoding="utf-8")
    assert page.startswith('---\ntitle: "Chỉ thị về đại hội đảng bộ các cấp tiến tới Đại hội')
    record = json.loads((sources / "van-ban/chi-thi/chi-thi-45-ct-tw-2025.json").read_text("utf-8"))
    site_json = folder / "site/van-ban/chi-thi/chi-thi-45-ct-tw-2025.json"
    assert json.loads(site_json.read_text(encoding="utf-8")) == record
    assert len(plugin._mdext.corpus) == 0  # type: ignore[attr-defined]
    config.plugins.on_shutdown()
    assert not sources.exists()
    assert plugin._sources is None  # type: ignore[attr-defined]
