"""People read across lines: names signing a text alone on its last line, and their negatives."""

from __future__ import annotations

import pytest

from vnpartydoc.extract import extract_partial

_BODY = (
    "Sáng 14/5, Đảng bộ xã Trần Hợi tổ chức Đại hội đại biểu lần thứ XIII, nhiệm kỳ 2020 – "
    "2025. Đồng chí LÊ THỊ NHUNG, Bí thư Huyện ủy, dự và phát biểu chỉ đạo Đại hội; các đại biểu "
    "đã thảo luận, đóng góp ý kiến vào “Báo cáo chính trị” trình Đại hội.\n\n"
)


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: [t.printed for t in p.titles] for p in extract_partial(text).people}


@pytest.mark.parametrize(
    ("last", "names"),
    [
        ("Nguyễn Nhàn", ["Nguyễn Nhàn"]),
        ("Minh Hiếu – Mai Huyền", ["Minh Hiếu", "Mai Huyền"]),
        ("Chí Kiên", ["Chí Kiên"]),
        ("Bội Phương\n\nTin cùng chuyên mục", ["Bội Phương"]),
    ],
    ids=["full-name", "two-authors", "pen-name", "before-chrome"],
)
def test_names_alone_on_the_last_line_sign_the_text(last: str, names: list[str]) -> None:
    """A line of names in mixed case after the last paragraph is the article's byline."""
    people = _people(_BODY + last + "\n")
    assert people == {"Lê Thị Nhung": ["Bí thư Huyện ủy"], **{name: [] for name in names}}


@pytest.mark.parametrize(
    "last",
    [
        "Quảng Ninh",
        "Ông Đinh Thế Huynh",
        "Đồng chí Lê Thị Nhung",
        "Tin Tức Sự Kiện",
        "Hội Nông Dân",
        "Bình Dương\nĐồng Nai\nTây Ninh\nLạc Dương",
        "Quay lên trên",
        "Nguyễn Văn Bình phát biểu.",
        "ĐỒNG HÀNH CÙNG DOANH NGHIỆP",
    ],
    ids=[
        "province", "honorific", "comrade", "menu", "mass-body", "tag-list", "chrome",
        "sentence", "slogan",
    ],
)  # fmt: skip
def test_other_short_last_lines_name_nobody(last: str) -> None:
    """A province, a caption with an honorific, a menu, a list of tags or a slogan is no byline."""
    people = _people(_BODY + last + "\n")
    assert "Lê Thị Nhung" in people
    assert set(people) - {"Lê Thị Nhung", "Đinh Thế Huynh", "Nguyễn Văn Bình"} == set()


def test_a_name_line_before_the_last_paragraph_is_no_byline() -> None:
    """Only the lines after the last paragraph can sign the text."""
    text = "Nguyễn Nhàn\n\n" + _BODY
    assert _people(text) == {"Lê Thị Nhung": ["Bí thư Huyện ủy"]}


def test_the_late_holder_of_a_post_has_no_title() -> None:
    """The post of a person who died is no title: "cố Bí thư Thành ủy … Nguyễn Bá Thanh"."""
    text = (
        "Con trai cố Bí thư Thành ủy Đà Nẵng Nguyễn Bá Thanh – ông NGUYỄN BÁ CẢNH, Bí thư "
        "Thành đoàn Đà Nẵng, đạt tỉ lệ 81,52 %.\n"
    )
    people = _people(text)
    assert people["Nguyễn Bá Thanh"] == []
    assert people["Nguyễn Bá Cảnh"] == ["Bí thư Thành đoàn Đà Nẵng"]


def test_a_post_taken_from_somebody_else_is_no_apposition() -> None:
    """A post after "cho thôi giữ chức" or "không giới thiệu" goes to nobody named before it."""
    text = (
        "Ban Thường vụ Thành ủy quyết định cho thôi giữ chức Bí thư Đảng ủy phường đối với ông "
        "Đỗ Văn Vì, cho thôi giữ chức Phó Bí thư Đảng ủy phường đối với ông Nguyễn Văn Thái, "
        "quyết định không giới thiệu ứng cử chức danh Chủ tịch UBND phường Ái Quốc.\n"
    )
    people = _people(text)
    assert people.get("Đỗ Văn Vì", []) == []
    assert people.get("Nguyễn Văn Thái", []) == []


def test_a_post_won_again_after_a_comma_is_kept() -> None:
    """An election verb after a comma gives the post: "đồng chí X, tái đắc cử Bí thư Huyện ủy"."""
    text = "Kết quả, đồng chí Phan Văn Duy, tái đắc cử Bí thư Huyện ủy, với số phiếu 100%.\n"
    assert _people(text) == {"Phan Văn Duy": ["Bí thư Huyện ủy"]}


def test_central_bodies_written_t_u_and_the_army() -> None:
    """Trung ương written "T.Ư" in a post, the army's political department, a bare ministry."""
    text = (
        "Dự Đại hội có các đồng chí: Hồ Đức Việt, Ủy viên Bộ Chính trị, Trưởng ban Tổ chức "
        "T.Ư; Đại tướng Phùng Quang Thanh, Phó Bí thư Đảng ủy Quân sự T.Ư, Bộ trưởng Quốc "
        "phòng; Đại tướng Lê Văn Dũng, Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam.\n"
    )
    assert _people(text) == {
        "Hồ Đức Việt": ["Ủy viên Bộ Chính trị", "Trưởng ban Tổ chức T.Ư"],
        "Phùng Quang Thanh": ["Phó Bí thư Đảng ủy Quân sự T.Ư", "Bộ trưởng Quốc phòng"],
        "Lê Văn Dũng": ["Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam"],
    }


def test_abbreviated_ward_posts() -> None:
    """Abbreviated posts: "QUV" (member of the district committee), "PBT Thường trực"."""
    text = (
        "Dự buổi lễ có đồng chí Vũ Thành Liêm – QUV, Bí thư Đảng ủy phường, đồng chí Nguyễn "
        "Hồng Minh, PBT Thường trực Đảng ủy phường.\n"
    )
    people = extract_partial(text).people
    titles = {p.name: [(t.printed, t.post, t.organ) for t in p.titles] for p in people}
    assert titles == {
        "Vũ Thành Liêm": [
            ("QUV", "Ủy viên", "Ban Chấp hành Đảng bộ quận"),
            ("Bí thư Đảng ủy phường", "Bí thư", "Đảng ủy phường"),
        ],
        "Nguyễn Hồng Minh": [
            ("PBT Thường trực Đảng ủy phường", "Phó Bí thư Thường trực", "Đảng ủy phường")
        ],
    }


def test_youth_union_committee_keeps_its_place() -> None:
    """The city's name after the Youth Union committee is kept: "Bí thư Thành đoàn Đà Nẵng"."""
    text = "Ông Nguyễn Bá Cảnh (Bí thư Thành đoàn Đà Nẵng) đạt tỉ lệ 81,52%.\n"
    assert _people(text) == {"Nguyễn Bá Cảnh": ["Bí thư Thành đoàn Đà Nẵng"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Đỗ Tiến Đông, PCT UBND tỉnh Gia Lai (đứng giữa). Ảnh Hồng Thi.\n",
            {"Đỗ Tiến Đông": ["PCT UBND tỉnh Gia Lai"], "Hồng Thi": []},
        ),
        ("Quang cảnh Đại hội. Ảnh: Thành Cường\n", {"Thành Cường": []}),
        ("Quang cảnh Đại hội. Ảnh: Thành Ủy Hà Nội\n", {}),
        (
            "Ông Lê Hồng Minh – tân Phó Chủ tịch tỉnh Sơn La. Ảnh Người đưa tin\n",
            {"Lê Hồng Minh": []},
        ),
        ("Các em học sinh đến thăm. Ảnh minh họa\n", {}),
    ],
    ids=["bare-credit", "thanh-given-name", "thanh-committee", "bare-paper", "illustration"],
)
def test_photo_credits_without_a_colon_and_given_names_like_bodies(
    text: str, expected: dict[str, list[str]]
) -> None:
    """A credit without its colon ending a caption ("Ảnh Hồng Thi."); "Thành Cường" is a name."""
    assert _people(text) == expected


def test_honorific_inside_a_word_names_nobody() -> None:
    """The "ông" ending "phổ thông" before a school's name is no honorific."""
    text = (
        "Ban Thường vụ Huyện ủy chọn Chi bộ Trường Trung học phổ thông Võ Thị Hồng chỉ đạo tổ "
        "chức đại hội điểm.\n"
    )
    assert _people(text) == {}


def test_lower_case_post_right_after_a_name_without_a_comma() -> None:
    """A post in lower case after a name and a space, then the others in either case."""
    text = (
        "Đồng chí Lê Đình Sơn ủy viên BCH TW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, cùng các "
        "đ/c trong BTV Tỉnh ủy đã tới dự.\n"
    )
    assert _people(text) == {
        "Lê Đình Sơn": ["ủy viên BCH TW Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]
    }


def test_a_lower_case_verb_after_a_name_is_no_post() -> None:
    """Only a post is read after the space: "Đồng chí Lê Đình Sơn chủ trì …" gives none."""
    text = "Đồng chí LÊ ĐÌNH SƠN chủ trì hội nghị Ban Thường vụ Tỉnh ủy.\n"
    assert _people(text) == {"Lê Đình Sơn": []}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ông Lê Hồng Minh, Tỉnh ủy viên, Giám đốc Sở Kế hoạch và Đầu tư.\n",
            "Giám đốc Sở Kế hoạch và Đầu tư",
        ),
        (
            "Đồng chí Trần Văn Ánh, Giám đốc Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh, dự.\n",
            "Giám đốc Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh",
        ),
    ],
    ids=["planning", "with-province"],
)
def test_department_named_with_and(text: str, title: str) -> None:
    """A department's name joined by "và" is kept whole, with the province after it."""
    assert next(iter(_people(text).values()))[-1] == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tham dự có các đồng chí: Lê Thị Phương Anh – Phó Bí thư Thường trực Đảng ủy phường; "
            "Nguyễn Thanh Hải – Phó Bí thư, Chủ tịch UBND phường.\n",
            {
                "Lê Thị Phương Anh": ["Phó Bí thư Thường trực Đảng ủy phường"],
                "Nguyễn Thanh Hải": ["Phó Bí thư", "Chủ tịch UBND phường"],
            },
        ),
        (
            "Đồng chí Nguyễn Phước Sơn, PBT, Chủ tịch UBND phường, dự buổi lễ.\n",
            {"Nguyễn Phước Sơn": ["PBT", "Chủ tịch UBND phường"]},
        ),
        ("Đồng chí Nguyễn Phước Sơn, Phó Bí thư, phát biểu.\n", {"Nguyễn Phước Sơn": []}),
        ("Dự có các đồng chí Bí thư, Phó Bí thư, Chủ tịch UBND các xã.\n", {}),
    ],
    ids=["dash", "abbreviation", "alone", "plural-no-name"],
)
def test_deputy_secretary_without_committee_heading_a_chain(
    text: str, expected: dict[str, list[str]]
) -> None:
    """A bare "Phó Bí thư" is a title when a full post follows it after a comma."""
    assert _people(text) == expected


def test_a_clause_after_a_ward_post_is_no_place() -> None:
    """A capitalised verb after a ward post is no ward's name ("phường Báo cáo kết quả")."""
    text = "Đồng chí Nguyễn Thanh Hải, Chủ tịch UBND phường Báo cáo kết quả giai đoạn 1.\n"
    assert _people(text) == {"Nguyễn Thanh Hải": ["Chủ tịch UBND phường"]}


def test_a_city_of_one_word_after_a_post_is_kept() -> None:
    """A province of one word before a lower-case verb stays the post's place."""
    text = "Ông Nguyễn Văn Phương, Chủ tịch UBND thành phố Huế phát biểu.\n"
    assert _people(text) == {"Nguyễn Văn Phương": ["Chủ tịch UBND thành phố Huế"]}


_LEAD = (
    "Chiều 23/9, tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ tỉnh khóa XVII đã tiến hành bầu "
    "Ban Thường vụ, Bí thư và các Phó Bí thư Tỉnh ủy theo đúng quy định của Điều lệ Đảng. "
)


def test_a_post_heading_a_list_over_lines_goes_to_each_person() -> None:
    """The post of a lead ("bầu bổ sung 4 Ủy viên Bộ Chính trị …:") goes to each item below."""
    text = (
        "Ngày 16/5, Ban Chấp hành Trung ương Đảng đã bầu bổ sung 2 Ủy viên Bộ Chính trị khóa "
        "XIII, gồm các ông, bà:\n"
        "Ông Lê Minh Hưng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương.\n"
        "Bà Bùi Thị Minh Hoài, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương.\n"
    )
    assert _people(text) == {
        "Lê Minh Hưng": [
            "Bí thư Trung ương Đảng",
            "Trưởng Ban Tổ chức Trung ương",
            "Ủy viên Bộ Chính trị",
        ],
        "Bùi Thị Minh Hoài": [
            "Bí thư Trung ương Đảng",
            "Trưởng Ban Dân vận Trung ương",
            "Ủy viên Bộ Chính trị",
        ],
    }


def test_numbered_and_dashed_items_short_lines_included() -> None:
    """Numbered or dashed items, short ones too, after "Hội nghị đã bầu 3 Phó Bí thư …:"."""
    text = (
        _LEAD + "Kết quả, Hội nghị đã bầu 3 Phó Bí thư Tỉnh ủy khóa XVII, gồm các đồng chí:\n"
        "1. Đồng chí NGUYỄN VĂN AN, Chủ tịch UBND tỉnh\n"
        "2. Trần Thị Bình – Trưởng Ban Tổ chức Tỉnh ủy\n"
        "- Bà Lê Thị Cúc\n\n"
        "Tin cùng chuyên mục\n"
    )
    assert _people(text) == {
        "Nguyễn Văn An": ["Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"],
        "Trần Thị Bình": ["Trưởng Ban Tổ chức Tỉnh ủy", "Phó Bí thư Tỉnh ủy"],
        "Lê Thị Cúc": ["Phó Bí thư Tỉnh ủy"],
    }


@pytest.mark.parametrize(
    "lead",
    [
        "Dự hội nghị có Phó Bí thư Tỉnh ủy và các đại biểu sau:",
        "Ban Thường vụ Tỉnh ủy khóa XVII gồm 15 đồng chí:",
        "Hội nghị đã bầu 3 Phó Bí thư Tỉnh ủy khóa XVII.",
    ],
    ids=["post-without-count", "no-post", "no-colon"],
)
def test_a_line_above_a_list_gives_no_post_without_its_shape(lead: str) -> None:
    """Only a lead with a count, "các" or a verb before its posts and a colon after gives them."""
    text = _LEAD + lead + "\nĐồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh, dự hội nghị.\n"
    assert _people(text) == {"Nguyễn Văn An": ["Chủ tịch UBND tỉnh"]}


def test_a_list_ends_at_a_line_that_is_no_item() -> None:
    """A paragraph after the items closes the list: the person it names gets no listed post."""
    text = (
        _LEAD + "Hội nghị đã bầu 2 Phó Bí thư Tỉnh ủy, gồm các đồng chí:\n"
        "- Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh\n"
        "Phát biểu tại hội nghị, đồng chí Hoàng Văn Bảo, Giám đốc Công an tỉnh, đề nghị …\n"
        "- Đồng chí Lê Văn Cường, Trưởng Ban Dân vận Tỉnh ủy\n"
    )
    people = _people(text)
    assert people["Nguyễn Văn An"] == ["Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"]
    assert "Phó Bí thư Tỉnh ủy" not in people["Lê Văn Cường"]


def test_a_list_headed_by_former_posts_names_people_without_them() -> None:
    """After "các đồng chí nguyên Tổng Bí thư …:" the names are people, with no title."""
    text = (
        "Dự Đại hội, có các đồng chí nguyên Tổng Bí thư BCH T.Ư Đảng Cộng sản Việt Nam: Đỗ "
        "Mười, Lê Khả Phiêu; Nguyễn Tấn Dũng, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ.\n"
    )
    assert _people(text) == {
        "Đỗ Mười": [],
        "Lê Khả Phiêu": [],
        "Nguyễn Tấn Dũng": ["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"],
    }


def test_youth_union_committee_written_with_a_capital_d() -> None:
    """The district's Youth Union written "huyện Đoàn"; "xã Đoàn Kết" is a commune's name."""
    text = (
        "Tham gia cùng đoàn có đồng chí Phan Thị Ngọc Cẩm – Phó Bí thư huyện Đoàn; đồng chí Viên "
        "Thế Tấn – Phó Chủ tịch UBND xã Đoàn Kết.\n"
    )
    assert _people(text) == {
        "Phan Thị Ngọc Cẩm": ["Phó Bí thư huyện Đoàn"],
        "Viên Thế Tấn": ["Phó Chủ tịch UBND xã Đoàn Kết"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thủ tướng Chính phủ phê chuẩn kết quả bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh Gia "
            "Lai, nhiệm kỳ 2016 - 2021 đối với ông Đỗ Tiến Đông, Tỉnh ủy viên, Giám đốc Sở Xây "
            "dựng.\n",
            {
                "Đỗ Tiến Đông": [
                    "Tỉnh ủy viên",
                    "Giám đốc Sở Xây dựng",
                    "Phó Chủ tịch UBND tỉnh Gia Lai",
                ]
            },
        ),
        (
            "Thủ tướng Chính phủ phê chuẩn kết quả miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Sơn "
            "La, nhiệm kỳ 2016 - 2021 đối với ông BÙI ĐỨC HẢI để nghỉ hưu theo chế độ.\n",
            {"Bùi Đức Hải": []},
        ),
    ],
    ids=["approved", "dismissed"],
)
def test_post_approved_for_a_person_named_after_it(
    text: str, expected: dict[str, list[str]]
) -> None:
    """An election approved "đối với ông X" gives the post; a dismissal does not."""
    assert _people(text) == expected


def test_secretary_of_the_committee_in_focus_heading_a_chain() -> None:
    """The bare "Bí thư Đảng bộ" between other posts is a title."""
    text = "Đồng chí Lê Minh Hiền – Tỉnh ủy viên, Bí thư Đảng bộ, Chủ tịch HĐND xã đã dự.\n"
    assert _people(text) == {"Lê Minh Hiền": ["Tỉnh ủy viên", "Bí thư Đảng bộ", "Chủ tịch HĐND xã"]}


@pytest.mark.parametrize(
    "text",
    [
        _BODY + "Đọc Tiếp\n",
        _BODY + "Chia Sẻ Bài Viết\n",
        "Các đại biểu dự đại hội. Ảnh Minh Họa\n",
        "Các đại biểu dự đại hội. Ảnh Tư Liệu.\n",
    ],
    ids=["read-more", "share", "illustration", "archive"],
)
def test_chrome_in_title_case_names_nobody(text: str) -> None:
    """Links and photo notes printed in title case are neither bylines nor credits."""
    assert set(_people(text)) - {"Lê Thị Nhung"} == set()
