"""``vnpartydoc render``: plain Markdown pages, their JSON and documents.json on disk."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

import pytest

from vnpartydoc.cli import main
from vnpartydoc.corpus import load_corpus
from vnpartydoc.models import Document
from vnpartydoc.render import stylesheet

if TYPE_CHECKING:
    from pathlib import Path

RESOLUTION = "van-ban/nghi-quyet/nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi"


def test_render_writes_pages_json_and_index(
    examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Writes every page, the JSON next to each record page, and documents.json."""
    out = tmp_path / "site"
    assert main(["render", str(examples_dir), "--out", str(out)]) == 0
    page = (out / f"{RESOLUTION}.md").read_text(encoding="utf-8")
    assert page.startswith('---\ntitle: "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh An Giang')
    assert '<script type="application/ld+json">{"@context":"https://schema.org"' in page
    assert '<figure class="vnpartydoc-diagram">' in page  # SVG by default: any generator shows it
    record = json.loads((out / f"{RESOLUTION}.json").read_text(encoding="utf-8"))
    assert record["congress"] == "dai-hoi-dang-bo-tinh-an-giang-xi"
    index = json.loads((out / "documents.json").read_text(encoding="utf-8"))
    corpus, _ = load_corpus([examples_dir])
    assert index["count"] == sum(isinstance(e.record, Document) for e in corpus.entries)
    assert (out / "van-ban/index.md").is_file()
    css = (out / "assets/stylesheets/vnpartydoc.css").read_text(encoding="utf-8")
    assert css == stylesheet()
    assert ".vnpartydoc-table-scorecard" in css  # the widths of the generated tables
    written = [f for f in out.rglob("*") if f.is_file()]
    pages = sum(f.suffix == ".md" for f in written)
    assert f"wrote {len(written)} files ({pages} pages)" in capsys.readouterr().err


def test_render_options_reach_the_pages(examples_dir: Path, tmp_path: Path) -> None:
    """Language, URL prefix and diagram options shape the written pages."""
    out = tmp_path / "site"
    argv = ["render", str(examples_dir), "--out", str(out), "--language", "en",
            "--url-prefix", "docs/party", "--diagrams", "mermaid", "--html-urls"]  # fmt: skip
    assert main(argv) == 0
    page = (out / "docs/party/nghi-quyet/nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi.md").read_text(
        encoding="utf-8"
    )
    assert "## Main targets {#main-targets}" in page
    assert "```mermaid\ntimeline\n" in page
    index = json.loads((out / "documents.json").read_text(encoding="utf-8"))
    assert index["documents"][0]["url"].startswith("docs/party/bai-viet/")
    assert index["documents"][0]["url"].endswith(".html")


def test_render_refuses_a_non_empty_folder(
    examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --force an existing, non-empty output folder is left untouched."""
    out = tmp_path / "site"
    out.mkdir()
    (out / "keep.md").write_text("mine", encoding="utf-8")
    assert main(["render", str(examples_dir), "--out", str(out)]) == 1
    assert "output_exists" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["keep.md"]
    assert main(["render", str(examples_dir), "--out", str(out), "--force"]) == 0
    assert (out / "keep.md").read_text(encoding="utf-8") == "mine"
    assert (out / "documents.json").is_file()


def test_render_invalid_input_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An invalid record is reported as file:line:col: code: message and nothing is written."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "ok.yaml").write_text("type: ca-nhan\nid: to-lam\nname: Tô Lâm\n", encoding="utf-8")
    bad = src / "bad.yaml"
    bad.write_text("type: chi-thi\nid: ct\ntitle: Chỉ thị\nnumber: 45/CT-TW\n", encoding="utf-8")
    out = tmp_path / "site"
    assert main(["render", str(src), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:4:1: document_number_format:" in err
    assert "invalid input; nothing written" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_render_usage_errors(
    examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing source or a bad option is a usage error (exit code 2)."""
    assert main(["render", str(tmp_path / "khong-co"), "--out", str(tmp_path / "o")]) == 2
    assert (
        main(["render", str(examples_dir), "--out", str(tmp_path / "o"), "--page-size", "0"]) == 2
    )
    assert "page_size must be a positive integer" in capsys.readouterr().err


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    return src


def test_render_refuses_duplicate_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two records with one id would share a page: nothing is written."""
    src = _folder(tmp_path, {"a.yaml": "type: ca-nhan\nid: to-lam\nname: Tô Lâm\n",
                             "b.yaml": "type: ca-nhan\nid: to-lam\nname: Tô Lâm\n"})  # fmt: skip
    out = tmp_path / "site"
    assert main(["render", str(src), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{src / 'b.yaml'}:2:1: duplicate_id:" in err
    assert "invalid input; nothing written" in err
    assert not out.exists()


def test_render_reports_other_corpus_issues_and_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reference to a missing record is reported; the pages are still written, unless strict."""
    src = _folder(
        tmp_path,
        {"ct.yaml": "type: chi-thi\nid: ct\ntitle: Chỉ thị\nrelations:\n"
                    "  - kind: implements\n    target: khong-co\n"},
    )  # fmt: skip
    out = tmp_path / "site"
    assert main(["render", str(src), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"{src / 'ct.yaml'}:6:5: unresolved_reference:" in err
    page = (out / "van-ban/chi-thi/ct.md").read_text(encoding="utf-8")
    assert "- thực hiện: khong-co (không có trong dữ liệu)\n" in page
    strict_out = tmp_path / "strict"
    assert main(["render", str(src), "--out", str(strict_out), "--strict"]) == 1
    assert not strict_out.exists()


def test_render_refuses_to_write_inside_its_input(
    examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Even with --force, pages and JSON never go inside an input folder (they would be re-read)."""
    import shutil

    src = tmp_path / "tai-lieu"
    shutil.copytree(examples_dir, src)
    before = sorted(p for p in src.rglob("*"))
    for out in (src, src / "site"):
        assert main(["render", str(src), "--out", str(out), "--force"]) == 1
        assert f"{out}: output_in_input:" in capsys.readouterr().err
    assert sorted(p for p in src.rglob("*")) == before


def test_render_nav_writes_the_mkdocs_block(examples_dir: Path, tmp_path: Path) -> None:
    """--nav FILE.yml writes the nav: block with the pages' titles, paths relative to --out."""
    nav = tmp_path / "nav.yml"
    argv = ["render", str(examples_dir), "--out", str(tmp_path / "docs"), "--nav", str(nav)]
    assert main(argv) == 0
    lines = nav.read_text(encoding="utf-8").splitlines()
    assert lines[:3] == ["nav:", '  - "Văn bản Đảng":', '      - "van-ban/index.md"']
    assert '      - "Văn bản theo đại hội, nhiệm kỳ": "van-ban/theo-dai-hoi/index.md"' in lines


def test_render_nav_with_an_unknown_suffix_is_a_usage_error(
    examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--nav must end in .yml, .yaml or .toml; nothing is written otherwise (exit code 2)."""
    out = tmp_path / "docs"
    argv = ["render", str(examples_dir), "--out", str(out), "--nav", str(tmp_path / "nav.txt")]
    assert main(argv) == 2
    assert "expected a file ending in .yml, .yaml or .toml" in capsys.readouterr().err
    assert not out.exists()


def test_new_writes_a_site_and_refuses_a_folder_in_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`new` writes the starter files into a new folder; a second run there exits 1."""
    site = tmp_path / "van-ban-tinh"
    assert main(["new", str(site)]) == 0
    written = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert written == [
        "docs/index.md",
        "documents/bai-viet-hoc-tap-quan-triet.yaml",
        "documents/chi-thi-hoc-tap-nghi-quyet.yaml",
        "documents/dai-hoi-xi.yaml",
        "documents/nghi-quyet-dai-hoi-xi.yaml",
        "documents/to-chuc-dang.yaml",
        "documents/trinh-lam-sinh.yaml",
        "mkdocs.yml",
    ]
    assert main(["validate", str(site / "documents")]) == 0
    capsys.readouterr()
    assert main(["new", str(site)]) == 1
    assert capsys.readouterr().err.startswith(
        f"{site}: output_exists: refusing to write a new site"
    )


BAD_RENDER_ARGS = [
    (["--language", "fr"], "unknown language 'fr'; expected 'vi' or 'en'"),
    (["--diagrams", "png"], "unknown diagrams 'png'; expected 'svg' or 'mermaid'"),
    (["--indexes", "type,tac-gia"], "unknown indexes item 'tac-gia'"),
    (["--page-size", "nhiều"], "page_size must be a positive integer, got 'nhiều'"),
    (["--url-prefix", "/van-ban"], "url_prefix '/van-ban' must be a relative folder"),
]


@pytest.mark.parametrize(
    ("args", "message"), BAD_RENDER_ARGS, ids=[a[0] for a, _ in BAD_RENDER_ARGS]
)
def test_render_rejects_bad_option_values_with_the_core_message(
    examples_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    """A bad render option is a usage error carrying the render_option code and message."""
    out = tmp_path / "o"
    assert main(["render", str(examples_dir), "--out", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"vnpartydoc: error: render_option: {message}")
    assert not out.exists()


def test_render_arguments_are_the_render_options() -> None:
    """Every render option but jsonld_in_page is an argument, with its default in the help."""
    from vnpartydoc.cli import build_parser
    from vnpartydoc.render import RENDER_OPTIONS

    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    render = sub.choices["render"]
    flags = {s for a in render._actions for s in a.option_strings}
    for option in RENDER_OPTIONS.values():
        assert (option.flag in flags) == (option.name != "jsonld_in_page")
    text = render.format_help()
    assert "(default: vi)" in text
    assert "(default: svg)" in text
    assert "(default: 50)" in text


def test_render_indexes_templates_alias_and_html_urls(examples_dir: Path, tmp_path: Path) -> None:
    """--indexes limits the index pages; --templates and --html-urls are earlier spellings."""
    templates = tmp_path / "mau"
    templates.mkdir()
    (templates / "person.md.j2").write_text(
        '{% extends "base/person.md.j2" %}{% block titles %}CHỨC DANH RIÊNG{% endblock %}',
        encoding="utf-8",
    )
    out = tmp_path / "site"
    argv = ["render", str(examples_dir), "--out", str(out), "--indexes", "type,year",
            "--templates", str(templates), "--html-urls"]  # fmt: skip
    assert main(argv) == 0
    made = sorted(p.name for p in (out / "van-ban").iterdir() if p.name.startswith("theo-"))
    assert made == ["theo-loai", "theo-nam"]
    assert "CHỨC DANH RIÊNG" in (out / "van-ban/ca-nhan/to-lam.md").read_text(encoding="utf-8")
    index = json.loads((out / "documents.json").read_text(encoding="utf-8"))
    assert index["documents"][0]["url"].endswith(".html")
    out2 = tmp_path / "site2"
    assert main(["render", str(examples_dir), "--out", str(out2), "--no-use-directory-urls"]) == 0
    assert (out2 / "documents.json").read_text(encoding="utf-8") == (
        out / "documents.json"
    ).read_text(encoding="utf-8")
