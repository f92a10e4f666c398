"""Extraction of the seed article and of each form the extractor reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnpartydoc import ExtractionError, loads
from vnpartydoc.extract import extract, extract_partial, run_cli
from vnpartydoc.models import Article, Directive, Plan, Resolution
from vnpartydoc.serialization import dumps

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "an-giang-xi-article.txt"


@pytest.fixture(scope="module")
def seed():  # type: ignore[no-untyped-def]
    return extract(SEED.read_text(encoding="utf-8"))


def test_seed_congress(seed) -> None:  # type: ignore[no-untyped-def]
    """Reads congress XI of the An Giang provincial organisation, its term and its dates."""
    (congress,) = seed.congresses
    assert congress.id == "dai-hoi-dang-bo-tinh-an-giang-xi"
    assert (congress.ordinal, str(congress.term)) == (11, "2020 - 2025")
    assert (str(congress.opened_on), str(congress.closed_on)) == ("2020-09-23", "2020-09-25")
    (org,) = seed.organisations
    assert (org.id, org.name, org.level.value, org.locality) == (
        "dang-bo-tinh-an-giang",
        "Đảng bộ tỉnh An Giang",
        "province",
        "An Giang",
    )


def test_seed_goal_and_documents(seed) -> None:  # type: ignore[no-untyped-def]
    """Reads the general goal with its 2025 and 2030 milestones and the cited directive and plan."""
    resolution = next(d for d in seed.documents if isinstance(d, Resolution))
    assert resolution.congress == "dai-hoi-dang-bo-tinh-an-giang-xi"
    goal = resolution.general_goal
    assert goal is not None
    assert goal.text.startswith("Nâng cao năng lực lãnh đạo của Đảng bộ")
    assert [(m.year, m.text) for m in goal.milestones] == [
        (
            2025,
            "kinh tế An Giang thuộc nhóm đầu khu vực Đồng bằng sông Cửu Long và đạt mức trung "
            "bình cả nước",
        ),
        (2030, "đạt trên mức trung bình cả nước"),
    ]
    cited = [d for d in seed.documents if isinstance(d, Directive | Plan)]
    assert sorted(d.type for d in cited) == ["chi-thi", "ke-hoach"]
    for doc in cited:
        assert doc.number is None
        assert doc.issued_on is None
        assert doc.issuer is not None
        assert doc.issuer.body.value == "standing-board"
        assert doc.issuer.organisation == "dang-bo-tinh-an-giang"
        assert [r.target for r in doc.relations] == [resolution.id]


def test_seed_article_points_author_and_noise(seed) -> None:  # type: ignore[no-untyped-def]
    """Reads six points, the author with two titles and the TUAG tag, nothing from chrome."""
    article = seed.document
    assert isinstance(article, Article)
    assert [p.label for p in article.points] == [
        "Thứ nhất",
        "Thứ hai",
        "Thứ ba",
        "Thứ tư",
        "Thứ năm",
        "Thứ sáu",
    ]
    assert article.publication is not None
    assert article.publication.tag == "TUAG"
    (person,) = seed.people
    assert (person.id, person.name, person.byline) == (
        "trinh-lam-sinh",
        "Trình Lam Sinh",
        "TRÌNH LAM SINH",
    )
    assert [(t.printed, t.post, t.organ, t.organisation) for t in person.titles] == [
        ("Tỉnh ủy viên", "Ủy viên", "Ban Chấp hành Đảng bộ tỉnh", "dang-bo-tinh-an-giang"),
        (
            "Phó Trưởng Ban Tuyên giáo Tỉnh ủy",
            "Phó Trưởng Ban",
            "Ban Tuyên giáo Tỉnh ủy",
            "dang-bo-tinh-an-giang",
        ),
    ]
    assert article.authors == ["trinh-lam-sinh"]
    text = seed.text
    for noise in ("Đang có 50", "Số lần xem các bài viết", "18095454", "Giải phóng miền Nam"):
        at = text.index(noise)
        assert not any(s.start <= at < s.end for s in seed.spans), noise
        assert any(s.start <= at < s.end for s in seed.ignored), noise


def test_seed_spans_point_at_their_text(seed) -> None:  # type: ignore[no-untyped-def]
    """Every span's text is the NFC text between its offsets."""
    assert seed.spans
    for span in seed.spans:
        assert " ".join(seed.text[span.start : span.end].split()) == span.text
    ordinal = [s for s in seed.spans if s.field == "ordinal"]
    assert {s.text for s in ordinal} == {"XI"}


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_seed_records_round_trip(seed, fmt) -> None:  # type: ignore[no-untyped-def]
    """Every record dumps and loads back equal."""
    for record in seed.records():
        assert loads(dumps(record, fmt), fmt) == record


CONGRESS_FORMS = [
    (
        "Đại hội đại biểu Đảng bộ tỉnh Sóc Trăng thứ lần XIV , nhiệm kỳ 2020 -2025 diễn ra ngày "
        "14/10/2020.",
        "dang-bo-tinh-soc-trang",
        14,
        "2020 - 2025",
    ),
    (
        "Đại hội đại biểu Đảng bộ tỉnh Long An lần thứ XInhiệm kỳ 2020—2025 đã diễn ra.",
        "dang-bo-tinh-long-an",
        11,
        "2020 - 2025",
    ),
    (
        "Đại hội Đảng bộ huyện Chợ Mới lần thứ 12 (nhiệm kỳ 2020 – 2025) diễn ra ngày 10/7/2020.",
        "dang-bo-huyen-cho-moi",
        12,
        "2020 - 2025",
    ),
    (
        "Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ nhất, nhiệm kỳ 1976 - 1979 họp tại Long "
        "Xuyên.",
        "dang-bo-tinh-an-giang",
        1,
        "1976 - 1979",
    ),
    (
        "Đại hội Đảng bộ tỉnh Hậu Giang khóa XIV, nhiệm kỳ 2020-2025 bế mạc.",
        "dang-bo-tinh-hau-giang",
        14,
        "2020 - 2025",
    ),
    ("Đại hội XIII của Đảng đã thành công tốt đẹp.", "dang-cong-san-viet-nam", 13, "2021 - 2026"),
    (
        "Đại hội Đảng bộ xã Vĩnh Hòa lần XII, nhiệm kỳ 2020 - 2025 diễn ra.",
        "dang-bo-xa-vinh-hoa",
        12,
        "2020 - 2025",
    ),
]


@pytest.mark.parametrize(
    ("text", "org", "ordinal", "term"),
    CONGRESS_FORMS,
    ids=[c[1] + str(c[2]) for c in CONGRESS_FORMS],
)
def test_congress_forms(text: str, org: str, ordinal: int, term: str) -> None:
    """Reads the ordinal in every form, the organisation and the term in every dash form."""
    (congress,) = extract(text).congresses
    assert (congress.organisation, congress.ordinal, str(congress.term)) == (org, ordinal, term)


DATE_FORMS = [
    ("từ ngày 23 đến ngày 25 tháng 9 năm 2020", "2020-09-23", "2020-09-25"),
    ("từ ngày 10 đến 20/11/2020", "2020-11-10", "2020-11-20"),
    ("từ 28/6–1/7/2020", "2020-06-28", "2020-07-01"),
    ("trong hai ngày 2 - 3/10", "2020-10-02", "2020-10-03"),
    ("trong 2 ngày 28 và 29/4/2020", "2020-04-28", "2020-04-29"),
]


@pytest.mark.parametrize(("dates", "opened", "closed"), DATE_FORMS, ids=[d[0] for d in DATE_FORMS])
def test_date_ranges(dates: str, opened: str, closed: str) -> None:
    """Reads ranges within and across months; a missing year comes from the term, flagged."""
    result = extract(
        f"Đại hội Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020 - 2025 diễn ra {dates}."
    )
    (congress,) = result.congresses
    assert (str(congress.opened_on), str(congress.closed_on)) == (opened, closed)
    inferred = [i for i in result.issues if i.code == "date_year_inferred"]
    assert bool(inferred) == ("2020" not in dates)


def test_citations_and_lookalikes() -> None:
    """Reads number, kind, issuer and date; ignores state and Youth Union numbers."""
    result = extract(
        "Ngày 30/5/2019, Bộ Chính trị ban hành Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp. "
        "Thực hiện Kế hoạch 248-KH/TU và Nghị quyết số 12/2019/NQ-HĐND, Nghị quyết số "
        "01-NQ/ĐHKT-ĐTN."
    )
    by_number = {str(d.number): d for d in result.documents}
    assert sorted(by_number) == ["248-KH/TU", "35-CT/TW"]
    directive = by_number["35-CT/TW"]
    assert (directive.type, str(directive.issued_on)) == ("chi-thi", "2019-05-30")
    assert directive.issuer is not None
    assert directive.issuer.body.value == "politburo"
    assert by_number["248-KH/TU"].type == "ke-hoach"


def test_targets_values_units_qualifiers() -> None:
    """Reads ranges, units, qualifiers and the achieved/target notation."""
    result = extract(
        "Đại hội Đảng bộ tỉnh Cà Mau lần thứ XVI, nhiệm kỳ 2020 - 2025 đề ra các chỉ tiêu chủ yếu: "
        "tăng trưởng bình quân 6,5-7%/năm; GRDP bình quân đầu người khoảng 70,4-72,2 triệu "
        "đồng/người/năm; "
        "tỷ lệ hộ nghèo dưới 1%; kết nạp từ 3.000 đảng viên trở lên. Thu ngân sách đạt "
        "45.799/36.875 tỷ đồng."
    )
    got = [
        (str(t.value), t.unit, t.qualifier.value, str(t.achieved) if t.achieved else None)
        for t in result.targets
    ]
    assert got == [
        ("6,5–7", "%/năm", "exact", None),
        ("70,4–72,2", "triệu đồng/người/năm", "about", None),
        ("1", "%", "less-than", None),
        ("3.000", "đảng viên", "at-least", None),
        ("36.875", "tỷ đồng", "exact", "45.799"),
    ]


def test_people_before_and_after_names() -> None:
    """Reads titles before a name, after a name, abbreviations, several people."""
    result = extract(
        "Dự có Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Thanh Bình; đồng chí Trần Thị Mỹ Lệ "
        "– HUV, "
        "PCT UBND huyện và đồng chí Lê Văn Toàn. Chủ tịch Hồ Chí Minh đã dạy."
    )
    people = {p.name: [(t.printed, t.post, t.organ) for t in p.titles] for p in result.people}
    assert people == {
        "Nguyễn Thanh Bình": [
            ("Phó Bí thư Tỉnh ủy", "Phó Bí thư", "Tỉnh ủy"),
            ("Chủ tịch UBND tỉnh", "Chủ tịch", "Ủy ban nhân dân tỉnh"),
        ],
        "Trần Thị Mỹ Lệ": [
            ("HUV", "Ủy viên", "Ban Chấp hành Đảng bộ huyện"),
            ("PCT UBND huyện", "Phó Chủ tịch", "Ủy ban nhân dân huyện"),
        ],
        "Lê Văn Toàn": [],
    }


def test_nothing_found_raises_extraction_error() -> None:
    """Raises ExtractionError with code nothing_found; extract_partial returns an empty result."""
    with pytest.raises(ExtractionError) as info:
        extract("Trang chủ\nĐang có 12 khách và không thành viên đang online\nHôm nay trời đẹp.")
    assert info.value.issues[0].code == "nothing_found"
    assert extract_partial("").is_empty


def test_text_too_long_is_refused() -> None:
    """Refuses text over the limit with a text_too_long issue."""
    assert extract_partial("Đại hội " * 10, max_chars=20).issues[0].code == "text_too_long"


def test_run_cli_prints_yaml_that_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Prints YAML documents that load back, and writes one file per record with --out."""
    assert run_cli([SEED], "yaml", None) == 0
    out = capsys.readouterr().out
    docs = out.split("---\n")
    assert len(docs) == 7
    assert loads(docs[0], "yaml").type == "bai-viet"
    assert run_cli([SEED], "json", tmp_path) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert "dai-hoi-dang-bo-tinh-an-giang-xi.json" in written
    assert len(written) == 7
    junk = tmp_path / "junk.txt"
    junk.write_text("không có gì", encoding="utf-8")
    assert run_cli([junk], "yaml", None) == 1


def test_run_cli_refuses_oversized_and_irregular_files_without_reading_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file too big for MAX_CHARS and a FIFO are reported, exit 1, and nothing blocks."""
    import os

    from vnpartydoc import extract as package

    monkeypatch.setattr(package, "MAX_CHARS", 10)
    big = tmp_path / "big.txt"
    big.write_text("Đại hội Đảng bộ tỉnh An Giang lần thứ XI", encoding="utf-8")
    assert run_cli([big], "yaml", None) == 1
    err = capsys.readouterr().err
    assert f"{big}: text_too_long: the file has more than 43 bytes" in err
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    assert run_cli([fifo], "yaml", None) == 1
    assert f"cannot read {fifo}: not a regular file" in capsys.readouterr().err
    monkeypatch.setattr(package, "MAX_CHARS", 20)  # 83 bytes allowed: read, then refused
    assert run_cli([big], "yaml", None) == 1
    assert "text_too_long: text has 40 characters; the limit is 20" in capsys.readouterr().err


DISTRICT_TEXT = (
    "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN THOẠI SƠN LẦN THỨ XII\n\n"
    "Sáng ngày 15/7/2020, Đảng bộ huyện Thoại Sơn long trọng tổ chức Đại hội đại biểu Đảng bộ "
    "huyện lần thứ XII, nhiệm kỳ 2020 – 2025. Dự Đại hội có đồng chí Lê Hồng Quang, Ủy viên "
    "Trung ương Đảng, Bí thư Tỉnh ủy An Giang; Đảng bộ tỉnh An Giang chỉ đạo sát sao.\n\n"
    "Đại hội thống nhất mục tiêu xây dựng Đảng bộ xã Vọng Thê trong sạch, vững mạnh.\n"
)


def test_parents_are_read_when_the_text_names_one_organisation_above() -> None:
    """A district gets the only province as parent, a commune the only district; both flagged."""
    result = extract(DISTRICT_TEXT)
    parents = {o.id: o.parent for o in result.organisations}
    assert parents == {
        "dang-bo-huyen-thoai-son": "dang-bo-tinh-an-giang",
        "dang-bo-tinh-an-giang": None,
        "dang-bo-xa-vong-the": "dang-bo-huyen-thoai-son",
    }
    inferred = [i for i in result.issues if i.code == "parent_inferred"]
    assert [i.severity for i in inferred] == ["info", "info"]
    assert {(s.record, s.text) for s in result.spans if s.field == "parent"} == {
        ("dang-bo-huyen-thoai-son", "Tỉnh ủy An Giang"),  # named so first, in "Bí thư Tỉnh ủy …"
        ("dang-bo-xa-vong-the", "ĐẢNG BỘ HUYỆN THOẠI SƠN"),  # its first mention: the headline
    }


def test_no_parent_when_the_level_above_is_ambiguous() -> None:
    """Two provinces in the text: the district's parent is left open, and no issue is made."""
    text = DISTRICT_TEXT.replace(
        "chỉ đạo sát sao.", "chỉ đạo sát sao; Đảng bộ tỉnh Kiên Giang gửi lẵng hoa chúc mừng."
    )
    result = extract(text)
    parents = {o.id: o.parent for o in result.organisations}
    assert parents["dang-bo-huyen-thoai-son"] is None
    assert parents["dang-bo-xa-vong-the"] == "dang-bo-huyen-thoai-son"
    assert sum(i.code == "parent_inferred" for i in result.issues) == 1


@pytest.mark.parametrize(
    "heading",
    [
        "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN THOẠI SƠN LẦN THỨ XII",
        "Đại Hội Đại Biểu Đảng Bộ Huyện Thoại Sơn Lần Thứ XII, Nhiệm Kỳ 2020 – 2025",
        "ĐẢNG BỘ HUYỆN THOẠI SƠN KHÓA XII",
    ],
)
def test_capitalised_headlines_end_the_place_name_before_the_ordinal(heading: str) -> None:
    """In capitalised headlines, "lần thứ", "nhiệm kỳ" and "khóa" are not part of the place."""
    text = heading + "\n\n" + DISTRICT_TEXT.split("\n\n", 1)[1]
    ids = {o.id for o in extract(text).organisations}
    assert "dang-bo-huyen-thoai-son" in ids
    assert not any(i.startswith("dang-bo-huyen-thoai-son-") for i in ids)


DIRECTIVE_TEXT = """BAN THƯỜNG VỤ TỈNH ỦY KIÊN GIANG
Số 25-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Kiên Giang, ngày 20 tháng 4 năm 2021
CHỈ THỊ
về lãnh đạo tổ chức học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu \
toàn quốc lần thứ XIII của Đảng
Thực hiện Kế hoạch số 01-KH/TW ngày 17/3/2021 của Bộ Chính trị và Hướng dẫn số 09-HD/BTGTW \
của Ban Tuyên giáo Trung ương, Ban Thường vụ Tỉnh ủy yêu cầu:
1. Các cấp ủy, tổ chức đảng tổ chức học tập nghiêm túc, hoàn thành trước ngày 30/6/2021.
2. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp biên soạn tài liệu.
3. Báo Kiên Giang mở chuyên mục tuyên truyền.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Đỗ Thanh Bình
"""


def test_directive_without_blank_lines_keeps_title_points_and_own_number_apart() -> None:
    """The summary ends before the lead-in; points are read; its own number is no citation."""
    result = extract(DIRECTIVE_TEXT)
    directive = result.document
    assert isinstance(directive, Directive)
    assert directive.title == (
        "Chỉ thị về lãnh đạo tổ chức học tập, quán triệt và triển khai thực hiện Nghị quyết "
        "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
    )
    assert str(directive.number) == "25-CT/TU"
    assert [p.label for p in directive.points] == ["1", "2", "3"]
    assert [(r.kind.value, r.target) for r in directive.relations] == [
        ("implements", "ke-hoach-01-kh-tw-2021"),
        ("cites", "huong-dan-09-hd-btgtw"),
    ]
    assert all(str(d.number) != "25-CT/TU" for d in result.documents if d is not directive)


@pytest.mark.parametrize(
    "line",
    ["Số: 25—CT/TU", "Số 25 \u2013 CT/TU", "SỐ: 25\u2212CT/TU", "Số 25\u2011CT/TU"],
    ids=["em-dash", "en-dash-spaced", "minus-caps", "non-breaking-hyphen"],
)
def test_header_number_with_any_dash_is_the_directive_number(line: str) -> None:
    """A header number written with any dash DocumentNumber accepts is read, not lost."""
    result = extract(DIRECTIVE_TEXT.replace("Số 25-CT/TU", line))
    assert isinstance(result.document, Directive)
    assert str(result.document.number) == "25-CT/TU"


COMMUNE_TEXT = """ĐẠI HỘI ĐẢNG BỘ XÃ PHÚ HỮU LẦN THỨ XIII, NHIỆM KỲ 2020 - 2025
(ĐCSVN) - Trong 2 ngày 10 - 11/3/2020, Đảng bộ xã Phú Hữu, huyện An Phú tổ chức Đại hội đại \
biểu lần thứ XIII, nhiệm kỳ 2020 - 2025.
Đại hội đề ra mục tiêu: Phấn đấu đến năm 2025, xã đạt chuẩn nông thôn mới nâng cao.
Các chỉ tiêu chủ yếu: Tỷ lệ hộ nghèo giảm còn dưới 2%; 100% ấp đạt chuẩn văn hóa.
"""


def test_goal_after_muc_tieu_colon_and_targets_after_the_list_heading() -> None:
    """A goal after "mục tiêu:"; the heading's "chủ yếu:" is not part of an indicator."""
    result = extract(COMMUNE_TEXT)
    (resolution,) = [d for d in result.documents if isinstance(d, Resolution)]
    assert resolution.general_goal is not None
    assert resolution.general_goal.text == (
        "Phấn đấu đến năm 2025, xã đạt chuẩn nông thôn mới nâng cao."
    )
    assert [m.year for m in resolution.general_goal.milestones] == [2025]
    assert [(t.indicator, str(t.value), t.qualifier.value) for t in resolution.targets] == [
        ("Tỷ lệ hộ nghèo giảm", "2", "less-than"),
        ("ấp đạt chuẩn văn hóa", "100", "exact"),
    ]


def test_title_elected_after_a_name_with_titles_in_apposition() -> None:
    """A title the person is elected to after titles set off by commas is added to them."""
    text = (
        "Bế mạc Đại hội đại biểu Đảng bộ tỉnh Đồng Tháp lần thứ XI\n\n"
        "Từ ngày 30/9 đến ngày 2/10/2020, Đảng bộ tỉnh Đồng Tháp tổ chức Đại hội đại biểu lần "
        "thứ XI, nhiệm kỳ 2020 - 2025.\n"
        "Đồng chí Lê Quốc Phong, Ủy viên Trung ương Đảng, được bầu giữ chức Bí thư Tỉnh ủy "
        "khóa XI.\n"
    )
    (person,) = extract(text).people
    assert person.name == "Lê Quốc Phong"
    assert [(t.printed, t.organisation) for t in person.titles] == [
        ("Ủy viên Trung ương Đảng", "dang-cong-san-viet-nam"),
        ("Bí thư Tỉnh ủy", "dang-bo-tinh-dong-thap"),
    ]
