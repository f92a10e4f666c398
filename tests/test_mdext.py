"""The Python-Markdown extension: embeds, references, links, warnings; usable without MkDocs."""

from __future__ import annotations

import logging
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import markdown
import pytest

from vnpartydoc.corpus import Corpus, load_corpus
from vnpartydoc.mdext import UnresolvedReference, VnPartyDocExtension
from vnpartydoc.models import Directive, Person
from vnpartydoc.render import RenderError, RenderOptions, site_data

if TYPE_CHECKING:
    from pathlib import Path

RESOLUTION = "nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi"


class _Html(HTMLParser):
    """Collects links (href, text), element names and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self.tags: list[str] = []
        self.text: list[str] = []
        self._href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "a":
            self._href = dict(attrs).get("href") or ""
            self.links.append((self._href, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._href = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._href is not None:
            href, text = self.links[-1]
            self.links[-1] = (href, text + data)


def _convert(text: str, **config: object) -> tuple[_Html, VnPartyDocExtension, str]:
    ext = VnPartyDocExtension(**config)
    html = markdown.markdown(text, extensions=[ext])
    parser = _Html()
    parser.feed(html)
    return parser, ext, html


@pytest.fixture(scope="module")
def corpus(examples_dir_module: Path) -> Corpus:
    loaded, issues = load_corpus([examples_dir_module])
    assert issues == []
    return loaded


@pytest.fixture(scope="module")
def examples_dir_module() -> Path:
    from pathlib import Path

    return Path(__file__).resolve().parent.parent / "examples"


def test_reference_by_number_and_by_id(corpus: Corpus) -> None:
    """[[vnpartydoc: …]] links by number or id, with type and number (or title) as text."""
    parsed, ext, _ = _convert(
        "Xem [[vnpartydoc: 45-CT/TW]], [[vnpartydoc: Số: 328 – QĐ/TW]] và [[vnpartydoc: to-lam]].",
        corpus=corpus,
    )
    assert parsed.links == [
        ("/van-ban/chi-thi/chi-thi-45-ct-tw-2025/", "Chỉ thị 45-CT/TW"),
        ("/van-ban/quyet-dinh/quyet-dinh-328-qd-tw-2025/", "Quyết định 328-QĐ/TW"),
        ("/van-ban/ca-nhan/to-lam/", "Tô Lâm"),
    ]
    assert ext.unresolved == []


def test_reference_with_text_and_part(corpus: Corpus) -> None:
    """Custom text after '|', and '#part' links to the part's heading."""
    parsed, _, _ = _convert(
        f"[[vnpartydoc: {RESOLUTION}#targets | các chỉ tiêu <b>2025</b>]]", corpus=corpus
    )
    assert parsed.links == [
        (f"/van-ban/nghi-quyet/{RESOLUTION}/#cac-chi-tieu-chu-yeu", "các chỉ tiêu <b>2025</b>")
    ]
    assert "b" not in parsed.tags


def test_markdown_link_with_the_vnpartydoc_scheme(corpus: Corpus) -> None:
    """[text](vnpartydoc:REF) is resolved like a reference."""
    parsed, _, _ = _convert(
        "[chỉ thị](vnpartydoc:45-CT/TW) [mục tiêu](vnpartydoc:" + RESOLUTION + "#goal)",
        corpus=corpus,
    )
    assert parsed.links == [
        ("/van-ban/chi-thi/chi-thi-45-ct-tw-2025/", "chỉ thị"),
        (f"/van-ban/nghi-quyet/{RESOLUTION}/#muc-tieu-tong-quat", "mục tiêu"),
    ]


def test_unknown_references_warn_with_the_page_and_stay_text(
    corpus: Corpus, caplog: pytest.LogCaptureFixture
) -> None:
    """Unknown references are warnings naming the page, shown as plain text, never links."""
    with caplog.at_level(logging.WARNING, logger="vnpartydoc.mdext"):
        parsed, ext, _ = _convert(
            "[[vnpartydoc: 99-NQ/TU]] [sai](vnpartydoc:khong-co)\n\n"
            "![[vnpartydoc: khong-co#targets]]\n",
            corpus=corpus,
            page="huong-dan/index.md",
        )
    assert parsed.links == []
    assert "99-NQ/TU" in parsed.text
    assert "sai" in parsed.text
    assert ext.unresolved == [
        UnresolvedReference("khong-co", "huong-dan/index.md", "no record has this id"),
        UnresolvedReference("99-NQ/TU", "huong-dan/index.md", "no document has this number"),
        UnresolvedReference("khong-co", "huong-dan/index.md", "no record has this id"),
    ]
    messages = [r.getMessage() for r in caplog.records]
    assert (
        "unknown vnpartydoc reference '99-NQ/TU' in page 'huong-dan/index.md': "
        "no document has this number" in messages
    )


def test_ambiguous_number_does_not_resolve() -> None:
    """A number held by two documents (two committee terms) needs an id."""
    docs = [
        Directive(type="chi-thi", id=f"ct-{y}", number="01-CT/TU", title=f"Chỉ thị {y}")
        for y in (2016, 2021)
    ]
    _, ext, _ = _convert("[[vnpartydoc: 01-CT/TU]]", corpus=Corpus.of(docs))
    assert ext.unresolved[0].reason == "2 documents have this number; use an id"


def test_embed_a_part(corpus: Corpus) -> None:
    """![[vnpartydoc: ID#part]] on its own line embeds that part, rendered by the templates."""
    parsed, ext, html = _convert(
        "Trước\n\n![[vnpartydoc: chi-thi-45-ct-tw-2025#signature]]\n\nSau", corpus=corpus
    )
    assert '<h2 id="chi-thi-45-ct-tw-2025-chu-ky">Chữ ký</h2>' in html
    assert ("/van-ban/ca-nhan/to-lam/", "Tô Lâm") in parsed.links
    assert "<li><strong>Chức vụ:</strong> Tổng Bí thư</li>" in html
    assert html.startswith("<p>Trước</p>")
    assert html.endswith("<p>Sau</p>")
    assert ext.unresolved == []


def test_embed_targets_makes_a_table_and_a_chart(corpus: Corpus) -> None:
    """Embedded targets come with their table (the extension loads 'tables') and SVG chart."""
    _, _, html = _convert(
        f"![[vnpartydoc: {RESOLUTION}#targets_chart]]\n\n![[vnpartydoc: {RESOLUTION}#targets]]",
        corpus=corpus,
    )
    assert "<td>Tỷ lệ đô thị hóa</td>" in html
    assert '<figure class="vnpartydoc-diagram">' in html


def test_embed_whole_record(corpus: Corpus) -> None:
    """Without a part the whole page body is embedded (no front matter, no title)."""
    _, _, html = _convert("![[vnpartydoc: to-lam]]", corpus=corpus, language="en")
    assert "<li><strong>Name:</strong> Tô Lâm</li>" in html
    assert '<h2 id="to-lam-titles">Titles</h2>' in html
    assert "title:" not in html


def test_embed_unknown_part_warns(corpus: Corpus, caplog: pytest.LogCaptureFixture) -> None:
    """An unknown part is a warning that lists the parts, and the line stays as text."""
    with caplog.at_level(logging.WARNING, logger="vnpartydoc.mdext"):
        _, ext, html = _convert("![[vnpartydoc: to-lam#targets]]", corpus=corpus)
    assert html == "<p>to-lam</p>"
    assert ext.unresolved[0].reference == "to-lam#targets"
    assert "expected 'all' or one of" in ext.unresolved[0].reason


def test_code_is_left_alone(corpus: Corpus) -> None:
    """Syntax inside fenced code blocks and code spans is not processed."""
    text = "```\n![[vnpartydoc: to-lam]]\n[[vnpartydoc: to-lam]]\n```\n\n`[[vnpartydoc: to-lam]]`\n"
    _, ext, html = _convert(text, corpus=corpus)
    code = markdown.markdown(text, extensions=["fenced_code"])
    ext2 = VnPartyDocExtension(corpus=corpus)
    with_fences = markdown.markdown(text, extensions=["fenced_code", ext2])
    assert with_fences == code
    assert "<code>[[vnpartydoc: to-lam]]</code>" in html
    assert ext.unresolved == []
    assert ext2.unresolved == []


def test_url_for_and_base_url(corpus: Corpus) -> None:
    """url_for (from a plugin) or base_url (on its own) makes the link targets."""
    parsed, _, _ = _convert("[[vnpartydoc: to-lam]]", corpus=corpus, url_for=lambda p: "../" + p)
    assert parsed.links == [("../van-ban/ca-nhan/to-lam.md", "Tô Lâm")]
    parsed, _, _ = _convert("[[vnpartydoc: to-lam]]", corpus=corpus, base_url="https://vb.example.vn/site",
                            use_directory_urls=False)  # fmt: skip
    assert parsed.links == [("https://vb.example.vn/site/van-ban/ca-nhan/to-lam.html", "Tô Lâm")]


def test_loads_records_from_paths_by_entry_point_name(examples_dir_module: Path) -> None:
    """markdown.markdown(extensions=["vnpartydoc"]) works with a paths option."""
    html = markdown.markdown(
        "[[vnpartydoc: 45-CT/TW]]",
        extensions=["vnpartydoc"],
        extension_configs={"vnpartydoc": {"paths": [str(examples_dir_module)]}},
    )
    assert (
        html == '<p><a class="vnpartydoc-ref" href="/van-ban/chi-thi/chi-thi-45-ct-tw-2025/">'
        "Chỉ thị 45-CT/TW</a></p>"
    )


def test_paths_reload_when_a_file_changes(tmp_path: Path) -> None:
    """A changed record file is read again on the next conversion."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "p.yaml").write_text("type: ca-nhan\nid: p\nname: Nguyễn Văn A\n", encoding="utf-8")
    first, _, _ = _convert("[[vnpartydoc: p]]", paths=[str(folder)])
    (folder / "p.yaml").write_text("type: ca-nhan\nid: p\nname: Trần Thị Bình\n", encoding="utf-8")
    second, _, _ = _convert("[[vnpartydoc: p]]", paths=[str(folder)])
    assert (first.links[0][1], second.links[0][1]) == ("Nguyễn Văn A", "Trần Thị Bình")


def test_invalid_record_files_are_skipped_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Invalid files in paths are warned about; the valid ones still resolve."""
    (tmp_path / "p.yaml").write_text("type: ca-nhan\nid: p\nname: Tô Lâm\n", encoding="utf-8")
    (tmp_path / "x.yaml").write_text("type: ca-nhan\nid: X\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="vnpartydoc.mdext"):
        parsed, _, _ = _convert("[[vnpartydoc: p]]", paths=[str(tmp_path)])
    assert parsed.links == [("/van-ban/ca-nhan/p/", "Tô Lâm")]
    assert any(f"{tmp_path / 'x.yaml'}:" in r.getMessage() for r in caplog.records)


def test_embedded_text_is_escaped() -> None:
    """Document text embedded in a page cannot inject HTML, links or more embeds."""
    hostile = "<script>alert(1)</script> [x](javascript:alert(1)) [[vnpartydoc: p]] {{ 7*7 }}"
    corpus = Corpus.of(
        [Person(id="p", name=hostile, titles=[{"printed": hostile, "post": "Bí thư"}])]
    )
    parsed, ext, _ = _convert("![[vnpartydoc: p]]\n\n[[vnpartydoc: p]]", corpus=corpus)
    assert "script" not in parsed.tags
    assert [h for h, _ in parsed.links if "javascript" in h] == []
    assert hostile in [t.strip() for t in parsed.text]
    assert ("/van-ban/ca-nhan/p/", hostile) in parsed.links
    assert ext.unresolved == []


def test_relative_links_for_mkdocs(corpus: Corpus) -> None:
    """With relative_links, links are .md paths relative to the page (MkDocs checks them)."""
    parsed, _, _ = _convert(
        "[[vnpartydoc: to-lam]] [[vnpartydoc: 45-CT/TW#signature]]",
        corpus=corpus,
        page="huong-dan/index.md",
        relative_links=True,
    )
    assert parsed.links == [
        ("../van-ban/ca-nhan/to-lam.md", "Tô Lâm"),
        ("../van-ban/chi-thi/chi-thi-45-ct-tw-2025.md#chu-ky", "Chỉ thị 45-CT/TW"),
    ]


def test_on_unresolved_callback(corpus: Corpus) -> None:
    """on_unresolved receives each reference that does not resolve."""
    seen: list[UnresolvedReference] = []
    _convert("[[vnpartydoc: khong-co]]", corpus=corpus, page="a.md", on_unresolved=seen.append)
    assert seen == [UnresolvedReference("khong-co", "a.md", "no record has this id")]


def test_documented_python_example(examples_dir_module: Path) -> None:
    """The Python example of docs/markdown-extension.md gives the HTML it shows."""
    doc = (examples_dir_module.parent / "docs" / "markdown-extension.md").read_text("utf-8")
    example = doc.split("```python\n", 1)[1].split("```", 1)[0]
    shown = next(line for line in example.splitlines() if line.startswith("# <p>"))
    ext = VnPartyDocExtension(paths=[str(examples_dir_module)], page="huong-dan.md")
    html = markdown.markdown("Xem [[vnpartydoc: 45-CT/TW]].", extensions=[ext])
    assert html == shown.removeprefix("# ")
    assert ext.unresolved == []


@pytest.mark.parametrize(
    ("name", "value"),
    [("language", "fr"), ("diagrams", "png"), ("page_size", 0), ("indexes", ["tac-gia"])],
)
def test_unknown_option_values_are_refused_with_the_core_message(name: str, value: object) -> None:
    """A bad render option is the core's render_option error, never silently the default."""
    with pytest.raises(RenderError) as expected:
        RenderOptions.from_settings({name: value})
    with pytest.raises(RenderError) as info:
        markdown.markdown(
            "x", extensions=["vnpartydoc"], extension_configs={"vnpartydoc": {name: value}}
        )
    assert info.value.issues == expected.value.issues
    assert info.value.issues[0].code == "render_option"
    ext = VnPartyDocExtension()
    with pytest.raises(RenderError):
        ext.setConfig(name, value)


def test_render_options_have_the_core_defaults() -> None:
    """The extension's render options default to RenderOptions' defaults."""
    assert VnPartyDocExtension().options == RenderOptions(use_directory_urls=True)
    ext = VnPartyDocExtension(language="en", diagrams="mermaid", templates_dir="")
    assert (ext.options.language, ext.options.diagrams, ext.options.templates_dir) == (
        "en",
        "mermaid",
        None,
    )


def test_instances_listed_by_name_share_what_they_loaded(tmp_path: Path) -> None:
    """Extensions built per page from the same paths and options index the records once."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "p.yaml").write_text("type: ca-nhan\nid: p\nname: LÊ VĂN CƯỜNG\n", encoding="utf-8")
    one, two = (VnPartyDocExtension(paths=[str(folder)]) for _ in range(2))
    assert one.site is two.site
    english = VnPartyDocExtension(paths=[str(folder)], language="en")
    assert english.site is not one.site
    assert english.site.options.language == "en"


def test_handed_site_data_is_used_with_its_options(corpus: Corpus) -> None:
    """Site data handed over (as the MkDocs plugin does) is what references resolve against."""
    site = site_data(corpus, RenderOptions(url_prefix="tai-lieu", language="en"))
    ext = VnPartyDocExtension(paths=["khong-co-thu-muc"])
    ext.site = site
    assert ext.corpus is corpus
    assert ext.options is site.options
    ext.page = "gioi-thieu.md"
    html = markdown.markdown("[[vnpartydoc: 45-CT/TW]]", extensions=[ext])
    assert 'href="/tai-lieu/chi-thi/chi-thi-45-ct-tw-2025/"' in html
    assert ">Directive 45-CT/TW</a>" in html
