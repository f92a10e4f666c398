"""Rendering records to pages: golden pages for the examples, exact values, determinism."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import markdown
import pytest

from vnpartydoc.corpus import Corpus, load_corpus
from vnpartydoc.models import (
    Directive,
    Document,
    GenericDocument,
    Goal,
    Organisation,
    Person,
    Plan,
    Resolution,
)
from vnpartydoc.render import (
    Page,
    RenderError,
    RenderOptions,
    documents_index,
    page_path,
    page_url,
    render_part,
    render_record,
    render_site,
    resolve_reference,
    site_data,
)
from vnpartydoc.render.fmt import short_date

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

RESOLUTION = "nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi"
ARTICLE = "bai-viet-hoc-tap-quan-triet-nghi-quyet-dai-hoi-xi-an-giang"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    from pathlib import Path

    loaded, issues = load_corpus([Path(__file__).resolve().parent.parent / "examples"])
    assert issues == []
    return loaded


@pytest.fixture(scope="module")
def pages(corpus: Corpus) -> dict[str, Page]:
    return {p.path: p for p in render_site(corpus)}


def _by_id(pages: dict[str, Page], record_id: str) -> Page:
    return next(p for p in pages.values() if p.record_id == record_id)


def test_render_examples_match_golden(
    pages: dict[str, Page], golden: Callable[[str, str], None]
) -> None:
    """Every page of the example site equals its golden Markdown file."""
    for path, page in pages.items():
        golden(f"render/vi/{path}", page.markdown)


def test_render_examples_in_english_and_svg_match_golden(
    corpus: Corpus, golden: Callable[[str, str], None]
) -> None:
    """English labels and SVG diagrams, for the pages that carry diagrams and most labels."""
    options = RenderOptions(language="en", diagrams="svg")
    wanted = {
        "van-ban/index.md",
        f"van-ban/nghi-quyet/{RESOLUTION}.md",
        f"van-ban/bai-viet/{ARTICLE}.md",
        "van-ban/to-chuc-dang/dang-bo-tinh-an-giang.md",
        "van-ban/theo-dai-hoi/index.md",
        "van-ban/ca-nhan/to-lam.md",
    }
    rendered = {p.path: p for p in render_site(corpus, options) if p.path in wanted}
    assert set(rendered) == wanted
    for path, page in rendered.items():
        golden(f"render/en-svg/{path}", page.markdown)


def test_render_documents_json_matches_golden(
    corpus: Corpus, pages: dict[str, Page], golden: Callable[[str, str], None]
) -> None:
    """documents.json lists every document with its page and JSON URLs."""
    text = documents_index(list(pages.values()), corpus)
    golden("render/documents.json", text)
    data = json.loads(text)
    assert data["count"] == len(corpus.documents) == len(data["documents"])
    entry = next(d for d in data["documents"] if d["id"] == "chi-thi-45-ct-tw-2025")
    assert entry == {
        "id": "chi-thi-45-ct-tw-2025",
        "type": "chi-thi",
        "number": "45-CT/TW",
        "title": "Chỉ thị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ "
        "XIV của Đảng",
        "date": "2025-04-14",
        "issuer": {
            "organisation": "dang-cong-san-viet-nam",
            "body": "politburo",
            "name": "Bộ Chính trị",
        },
        "url": "van-ban/chi-thi/chi-thi-45-ct-tw-2025/",
        "json": "van-ban/chi-thi/chi-thi-45-ct-tw-2025.json",
    }
    html_urls = json.loads(documents_index(list(pages.values()), corpus, use_directory_urls=False))
    assert html_urls["documents"][1]["url"] == "van-ban/chi-thi/chi-thi-45-ct-tw-2025.html"


def test_render_resolution_shows_congress_term_and_targets(pages: dict[str, Page]) -> None:
    """The seed resolution's page shows congress XI, term 2020 - 2025 and targets for 2025, 2030."""
    text = _by_id(pages, RESOLUTION).markdown
    assert (
        "- **Đại hội:** [Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI]"
        "(../dai-hoi/dai-hoi-dang-bo-tinh-an-giang-xi.md)"
    ) in text
    assert "- **Nhiệm kỳ:** 2020 - 2025\n" in text
    assert "| TT | Chỉ tiêu | Mức | Thời hạn | Lĩnh vực |\n" in text
    assert (
        "| 2 | GRDP bình quân đầu người | 70,4–72,2 triệu đồng/người/năm | 2025 | Kinh tế |" in text
    )
    assert (
        "| 12 | GRDP bình quân đầu người | 112–115 triệu đồng/người/năm | 2030 | Kinh tế |" in text
    )
    assert "| 6 | Tỷ lệ đô thị hóa | 43 % | 2025 | — |\n" in text
    # every target cites the same article: one note under the table instead of 13 links
    assert text.count("](https://m.saigondautu.com.vn/") == 2  # the note, the list of sources
    assert "\n\nNguồn: [m.saigondautu.com.vn](https://m.saigondautu.com.vn/" in text
    assert '<tspan style="font-weight:bold">7–7,5 %/năm</tspan> – Tốc độ tăng trưởng' in text
    assert "- **Đến năm 2030:** đạt trên mức trung bình cả nước" in text


def test_render_article_shows_author_with_both_titles(pages: dict[str, Page]) -> None:
    """The article names its author, linked, with both titles held."""
    text = _by_id(pages, ARTICLE).markdown
    assert (
        "- **Tác giả:** [Trình Lam Sinh](../ca-nhan/trinh-lam-sinh.md) — Tỉnh ủy viên, "
        "Phó Trưởng Ban Tuyên giáo Tỉnh ủy\n"
    ) in text
    assert "### Thứ" not in text
    assert "\n\n**Thứ sáu**, nhanh chóng sơ kết rút kinh nghiệm" in text
    assert "\n{: #thu-sau }\n" in text


def test_render_person_page_lists_titles_and_signed_documents(pages: dict[str, Page]) -> None:
    """A person's page has the titles over time and the documents signed, with the title then."""
    text = _by_id(pages, "to-lam").markdown
    assert (
        "| Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam khóa XIII | Tổng Bí thư |"
        in text
    )
    assert "| 14/4/2025 | 45-CT/TW | [Chỉ thị về đại hội" in text


def test_render_signature_and_relations(pages: dict[str, Page]) -> None:
    """Signature shows mode, post and the signer's page; relations link to their target."""
    directive = _by_id(pages, "chi-thi-45-ct-tw-2025").markdown
    assert (
        "- **Hình thức ký:** T/M (thay mặt) Bộ Chính trị\n- **Chức vụ:** Tổng Bí thư\n" in directive
    )
    assert "- **Người ký:** [Tô Lâm](../ca-nhan/to-lam.md)" in directive
    plan = _by_id(pages, "ke-hoach-hoc-tap-nghi-quyet-dai-hoi-xi-an-giang").markdown
    assert (
        "- thực hiện: [Nghị quyết Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI, nhiệm kỳ "
        f"2020 - 2025](../nghi-quyet/{RESOLUTION}.md)" in plan
    )


def test_render_organisation_links_mergers(pages: dict[str, Page]) -> None:
    """The merged An Giang links its predecessors and the years it exists."""
    text = _by_id(pages, "dang-bo-tinh-an-giang-2025").markdown
    assert "- **Thời gian tồn tại:** từ ngày 1 tháng 7 năm 2025\n" in text
    assert (
        "- **Hợp nhất từ:** [Đảng bộ tỉnh An Giang](dang-bo-tinh-an-giang.md), "
        "[Đảng bộ tỉnh Kiên Giang](dang-bo-tinh-kien-giang.md)\n"
    ) in text


def test_render_congress_page(pages: dict[str, Page]) -> None:
    """A congress page shows ordinal, term, dates and delegates in Vietnamese notation."""
    text = _by_id(pages, "dai-hoi-toan-quoc-xiii").markdown
    assert "- **Lần thứ:** XIII\n- **Nhiệm kỳ:** 2021 - 2026\n" in text
    assert "- **Thời gian:** từ ngày 25 tháng 1 đến ngày 1 tháng 2 năm 2021\n" in text
    assert "- **Số đại biểu:** 1.587\n" in text


def test_render_pages_carry_json_and_jsonld(corpus: Corpus, pages: dict[str, Page]) -> None:
    """Record pages carry their JSON and schema.org JSON-LD of the right type."""
    kinds = {
        RESOLUTION: "Legislation",
        ARTICLE: "Article",
        "to-lam": "Person",
        "dai-hoi-toan-quoc-xiii": "Event",
        "dang-bo-tinh-an-giang": "Organization",
    }
    for record_id, kind in kinds.items():
        page = _by_id(pages, record_id)
        assert page.json_path == page.path.removesuffix(".md") + ".json"
        assert json.loads(page.json_text or "")["id"] == record_id
        assert json.loads(page.jsonld or "")["@type"] == kind
        assert f'  json: "{record_id}.json"\n' in page.markdown
    legislation = json.loads(_by_id(pages, "chi-thi-45-ct-tw-2025").jsonld or "")
    assert legislation["legislationIdentifier"] == "45-CT/TW"
    assert legislation["legislationType"] == "Chỉ thị"
    assert legislation["legislationPassedBy"] == {"@type": "Organization", "name": "Bộ Chính trị"}
    assert legislation["legislationDate"] == "2025-04-14"
    assert legislation["legislationCountersignedBy"] == {"@type": "Person", "name": "Tô Lâm"}
    assert legislation["inLanguage"] == "vi"
    plan = json.loads(_by_id(pages, "ke-hoach-hoc-tap-nghi-quyet-dai-hoi-xi-an-giang").jsonld or "")
    assert plan["legislationApplies"][0]["name"].startswith("Nghị quyết Đại hội đại biểu")
    article = json.loads(_by_id(pages, ARTICLE).jsonld or "")
    assert article["author"] == [
        {
            "@type": "Person",
            "name": "Trình Lam Sinh",
            "jobTitle": ["Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"],
        }
    ]
    event = json.loads(_by_id(pages, "dai-hoi-toan-quoc-xiii").jsonld or "")
    assert (event["startDate"], event["endDate"]) == ("2021-01-25", "2021-02-01")


def test_render_jsonld_absolute_urls_with_site_url(corpus: Corpus) -> None:
    """With site_url, JSON-LD carries absolute page and JSON URLs."""
    options = RenderOptions(site_url="https://vb.example.vn/docs/")
    page = render_record(corpus.get("to-lam"), corpus, options)  # type: ignore[arg-type]
    data = json.loads(page.jsonld or "")
    assert data["@id"] == "https://vb.example.vn/docs/van-ban/ca-nhan/to-lam/"
    assert (
        data["encoding"]["contentUrl"] == "https://vb.example.vn/docs/van-ban/ca-nhan/to-lam.json"
    )


def test_render_nav_holds_only_home_and_first_index_pages(pages: dict[str, Page]) -> None:
    """Only the home page and the first page of each index go into the navigation."""
    in_nav = sorted(p.path for p in pages.values() if p.in_nav)
    assert in_nav == [
        "van-ban/index.md",
        "van-ban/theo-ca-nhan/index.md",
        "van-ban/theo-chi-tieu/index.md",
        "van-ban/theo-dai-hoi/index.md",
        "van-ban/theo-loai/index.md",
        "van-ban/theo-nam/index.md",
        "van-ban/theo-to-chuc/index.md",
    ]


def test_render_is_deterministic_whatever_the_load_order(corpus: Corpus) -> None:
    """The same records give the same bytes, in any order."""
    first = [(p.path, p.markdown, p.jsonld) for p in render_site(corpus)]
    reversed_corpus = Corpus(entries=list(reversed(corpus.entries)))
    assert [(p.path, p.markdown, p.jsonld) for p in render_site(reversed_corpus)] == first


def _many(count: int) -> Corpus:
    org = Organisation(id="tu", name="Đảng bộ tỉnh Thử", level="province", issuer_code="TU")
    docs = [
        Directive(
            type="chi-thi",
            id=f"ct-{i:02d}",
            number=f"{i}-CT/TU",
            title=f"Chỉ thị số {i}",
            issuer={"organisation": "tu", "body": "standing-board"},
            issued_on=f"2021-03-{i:02d}",
        )
        for i in range(1, count + 1)
    ]
    return Corpus.of([org, *docs])


def test_render_index_pages_paginate() -> None:
    """Lists longer than page_size continue on numbered pages linked by a pager."""
    pages = {
        p.path: p for p in render_site(_many(5), RenderOptions(page_size=2, indexes=("type",)))
    }
    group = [p for p in pages if p.startswith("van-ban/theo-loai/chi-thi/")]
    assert sorted(group) == [
        "van-ban/theo-loai/chi-thi/index.md",
        "van-ban/theo-loai/chi-thi/trang-2.md",
        "van-ban/theo-loai/chi-thi/trang-3.md",
    ]
    second = pages["van-ban/theo-loai/chi-thi/trang-2.md"].markdown
    assert 'title: "Chỉ thị (trang 2)"' in second
    assert "Trang 2/3 · [Trang trước](index.md) · [Trang sau](trang-3.md)" in second
    assert second.count("| [Chỉ thị số") == 2
    assert "[Chỉ thị số 3](../../chi-thi/ct-03.md)" in second  # newest first: 5, 4 | 3, 2 | 1
    assert not any(p.in_nav for p in pages.values() if "/chi-thi/" in p.path)


def test_render_record_page_links_to_the_whole_list() -> None:
    """An organisation with more documents than page_size links to its full index."""
    corpus = _many(3)
    page = render_record(corpus.organisations[0], corpus, RenderOptions(page_size=2))
    assert "[Tất cả 3 văn bản](../theo-to-chuc/tu/index.md)" in page.markdown
    assert page.markdown.count("| [Chỉ thị số") == 2


def test_render_in_english() -> None:
    """English labels, English dates and numbers; document text stays Vietnamese."""
    corpus = _many(1)
    page = render_record(corpus.documents[0], corpus, RenderOptions(language="en"))
    assert "- **Document type:** Directive\n- **Number:** 01-CT/TU\n" in page.markdown
    assert "- **Place and date:** 1 March 2021\n" in page.markdown
    assert "# Chỉ thị số 1\n" in page.markdown


def test_render_record_outside_the_corpus(corpus: Corpus) -> None:
    """A record not in the corpus renders with links into the corpus."""
    extra = Resolution(
        type="nghi-quyet",
        id="nq-moi",
        title="Nghị quyết mới",
        relations=[{"kind": "implements", "target": RESOLUTION}],
    )
    page = render_record(extra, corpus)
    assert page.path == "van-ban/nghi-quyet/nq-moi.md"
    assert f"lần thứ XI, nhiệm kỳ 2020 - 2025]({RESOLUTION}.md)" in page.markdown


def test_render_unknown_relation_target_is_plain_text() -> None:
    """A relation to an id not in the data is text with a note, not a link; its note follows."""
    doc = Directive(
        type="chi-thi",
        id="ct",
        title="Chỉ thị",
        relations=[{"kind": "replaces", "target": "chi-thi-35-ct-tw", "note": "từ ngày 14/4/2025"}],
    )
    page = render_record(doc, Corpus.of([doc]))
    assert (
        "- thay thế: chi-thi-35-ct-tw (không có trong dữ liệu) — từ ngày 14/4/2025\n"
        in page.markdown
    )


THAI_BINH_GOAL = Goal.model_validate(
    {
        "text": "Tới năm 2030, Thái Bình trở thành địa phương thuộc nhóm phát triển khá và là "
        "một trong những trung tâm phát triển công nghiệp của vùng Đồng bằng sông Hồng; "
        "tầm nhìn đến năm 2050, Thái Bình là tỉnh phát triển của vùng",
        "milestones": [
            {"year": 2030, "text": "Thái Bình trở thành địa phương thuộc nhóm phát triển khá"},
            {"year": 2050, "text": "Thái Bình là tỉnh phát triển của vùng Đồng bằng sông Hồng"},
        ],
        "sources": [{"url": "https://moc.gov.vn/tl/tin-tuc/79604/quy-hoach-tinh-thai-binh.aspx"}],
    }
)


class _Sections(HTMLParser):
    """The text of each h2 section of a page, by heading id: (blockquotes, list items)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: dict[str, tuple[list[str], list[str]]] = {}
        self._open: list[str] = []
        self._section: tuple[list[str], list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h2":
            self._section = self.sections.setdefault(dict(attrs).get("id") or "", ([], []))
        elif self._section is not None and tag in {"blockquote", "li"}:
            self._section[0 if tag == "blockquote" else 1].append("")
        self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._section is None or not {"blockquote", "li"} & set(self._open):
            return
        kind = 0 if "blockquote" in self._open else 1
        self._section[kind][-1] += data


def _goal_section(page_markdown: str) -> tuple[list[str], list[str]]:
    body = page_markdown.split("\n---\n", 1)[1]  # without the front matter
    parser = _Sections()
    parser.feed(markdown.markdown(body, extensions=["attr_list", "tables"]))
    return parser.sections["muc-tieu-tong-quat"]


@pytest.mark.parametrize("kind", ["ke-hoach", "quy-hoach", "chien-luoc", "chuong-trinh", "de-an"])
def test_render_plan_and_strategy_pages_show_their_general_goal(kind: str) -> None:
    """A plan's or a strategy's page shows its goal, quoted, and a line per milestone year."""
    model = Plan if kind == "ke-hoach" else GenericDocument
    doc = model.model_validate(
        {
            "type": kind,
            "id": "qh-thai-binh",
            "title": "Quy hoạch tỉnh Thái Bình thời kỳ 2021 – 2030, tầm nhìn đến năm 2050",
            "general_goal": THAI_BINH_GOAL,
        }
    )
    quotes, items = _goal_section(render_record(doc, Corpus.of([doc])).markdown)
    assert [q.strip() for q in quotes] == [THAI_BINH_GOAL.text]
    assert items == [
        "Đến năm 2030: Thái Bình trở thành địa phương thuộc nhóm phát triển khá",
        "Đến năm 2050: Thái Bình là tỉnh phát triển của vùng Đồng bằng sông Hồng",
    ]


def test_render_goal_part_is_the_same_on_a_plan_and_a_resolution() -> None:
    """The goal of a plan renders as a resolution's does, and is a part the extension embeds."""
    plan = Plan(type="ke-hoach", id="kh", title="Kế hoạch", general_goal=THAI_BINH_GOAL)
    resolution = Resolution(
        type="nghi-quyet", id="kh", title="Nghị quyết", general_goal=plan.general_goal
    )
    corpus = Corpus.of([plan])
    shown = render_part(plan, "goal", corpus)
    assert shown == render_part(resolution, "goal", Corpus.of([resolution]))
    assert shown.startswith("## Mục tiêu tổng quát {#kh-muc-tieu-tong-quat}\n\n> Tới năm 2030,")
    assert "\n- **Đến năm 2050:** Thái Bình là tỉnh phát triển" in shown
    assert "Nguồn: [moc.gov.vn](https://moc.gov.vn/" in shown
    plain = Plan(type="ke-hoach", id="kh", title="Kế hoạch")
    assert "muc-tieu-tong-quat" not in render_record(plain, Corpus.of([plain])).markdown


# ---------------------------------------------------------------------------------- parts


def test_render_part_targets(corpus: Corpus) -> None:
    """A part is one block of the page, with prefixed heading ids and links from its page."""
    record = corpus.get(RESOLUTION)
    text = render_part(record, "targets", corpus)  # type: ignore[arg-type]
    assert text.startswith(
        f"## Các chỉ tiêu chủ yếu {{#{RESOLUTION}-cac-chi-tieu-chu-yeu}}\n\n"
        '<div class="vnpartydoc-table vnpartydoc-table-targets" hidden></div>\n\n| TT |'
    )
    assert text.count("\n| ") == 14  # separator row excluded: header + 13 targets
    signature = render_part(
        corpus.get("chi-thi-45-ct-tw-2025"),
        "signature",
        corpus,  # type: ignore[arg-type]
        url_for=lambda path: "/site/" + path,
        id_prefix="",
    )
    assert signature == (
        "## Chữ ký {#chu-ky}\n\n- **Hình thức ký:** T/M (thay mặt) Bộ Chính trị\n"
        "- **Chức vụ:** Tổng Bí thư\n- **Người ký:** [Tô Lâm](/site/van-ban/ca-nhan/to-lam.md)\n"
    )


def test_render_part_all_is_the_body(corpus: Corpus) -> None:
    """Part "all" is the page without front matter and title."""
    text = render_part(corpus.get("to-lam"), "all", corpus)  # type: ignore[arg-type]
    assert text.startswith("- **Họ và tên:** Tô Lâm\n")
    assert "title:" not in text
    assert "# Tô Lâm" not in text


def test_render_unknown_part_is_an_error(corpus: Corpus) -> None:
    """An unknown part names the parts that exist."""
    with pytest.raises(RenderError) as info:
        render_part(corpus.get("to-lam"), "targets", corpus)  # type: ignore[arg-type]
    assert info.value.issues[0].code == "unknown_part"
    assert "signed" in str(info.value)


# ----------------------------------------------------------------------------- small pieces


def test_page_path_and_url() -> None:
    """Paths come from type and id; URLs follow MkDocs' directory URLs."""
    person = Person(id="to-lam", name="Tô Lâm")
    assert page_path(person) == "van-ban/ca-nhan/to-lam.md"
    assert page_path(person, RenderOptions(url_prefix="")) == "ca-nhan/to-lam.md"
    assert page_url("van-ban/index.md") == "van-ban/"
    assert page_url("index.md") == ""
    assert (
        page_url("van-ban/ca-nhan/to-lam.md", use_directory_urls=False)
        == "van-ban/ca-nhan/to-lam.html"
    )


def test_resolve_reference_by_id_and_number(corpus: Corpus) -> None:
    """References resolve by id or by a number in any printed form."""
    assert resolve_reference(corpus, "to-lam").id == "to-lam"  # type: ignore[union-attr]
    assert resolve_reference(corpus, "Số: 45 – CT/TW").id == "chi-thi-45-ct-tw-2025"  # type: ignore[union-attr]
    assert resolve_reference(corpus, "99-NQ/TU") is None


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({"language": "fr"}, "render_option"),
        ({"page_size": 0}, "render_option"),
        ({"indexes": ("tags",)}, "render_option"),
        ({"url_prefix": "/van-ban"}, "render_option"),
        ({"url_prefix": "a/../b"}, "render_option"),
        ({"diagrams": "png"}, "render_option"),
    ],
)
def test_render_options_reject_bad_values(options: dict[str, object], code: str) -> None:
    """Bad options raise RenderError with a stable code."""
    with pytest.raises(RenderError) as info:
        RenderOptions(**options)  # type: ignore[arg-type]
    assert info.value.issues[0].code == code


def test_render_options_missing_templates_dir(tmp_path: Path) -> None:
    """A templates folder that does not exist is an error naming it."""
    with pytest.raises(RenderError) as info:
        RenderOptions(templates_dir=tmp_path / "khong-co")
    assert info.value.issues[0].code == "templates_dir"


def test_latest_documents_are_dated_newest_first_then_undated(
    pages: dict[str, Page], corpus: Corpus
) -> None:
    """'Văn bản mới nhất' lists dated documents newest first, undated ones after, shown as —."""
    home = pages["van-ban/index.md"].markdown
    table = home[home.index("## Văn bản mới nhất") :].split("\n\n")[1].splitlines()[2:]
    dates = [row.split(" | ")[0].removeprefix("| ") for row in table]
    documents = [e.record for e in corpus.entries if isinstance(e.record, Document)]
    dated = sorted((d.issued_on for d in documents if d.issued_on is not None), reverse=True)
    undated = sum(d.issued_on is None for d in documents)
    assert dates == [short_date(d, "vi") for d in dated] + ["—"] * undated
    assert dates[0] == "14/4/2025"  # 45-CT/TW, the newest dated example
    assert "| — | 328-QĐ/TW | [Quyết định thành lập Đảng bộ tỉnh An Giang" in home


def test_render_from_site_data_equals_render_from_corpus(corpus: Corpus) -> None:
    """Site data indexed once renders the same pages and parts as the corpus itself."""
    options = RenderOptions(language="en")
    site = site_data(corpus, options)
    assert render_site(site) == render_site(corpus, options)
    person = corpus.get("to-lam")
    assert render_part(person, "all", site) == render_part(person, "all", corpus, options)  # type: ignore[arg-type]
    assert render_record(person, site) == render_record(person, corpus, options)  # type: ignore[arg-type]
    with pytest.raises(RenderError) as info:
        render_site(site, RenderOptions(language="vi"))
    assert info.value.issues[0].code == "render_option"
