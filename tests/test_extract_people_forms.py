"""People: honorifics before names, short references, and places after titles."""

from __future__ import annotations

import pytest

from vnpartydoc.extract import extract_partial


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: [t.printed for t in p.titles] for p in extract_partial(text).people}


def test_honorific_before_a_full_name_is_not_part_of_it() -> None:
    """Reads "Ông Lương Văn Toàn, Bí thư Thành ủy Cần Thơ" as the name without "Ông"."""
    text = (
        "Ông Lương Văn Toàn, Bí thư Thành ủy Cần Thơ, được chỉ định giữ chức Bí thư Thành ủy "
        "Cần Thơ mới. Bà Đặng Thị Hoa, Phó Bí thư Thành ủy, dự hội nghị.\n"
    )
    assert _people(text) == {
        "Lương Văn Toàn": ["Bí thư Thành ủy Cần Thơ"],
        "Đặng Thị Hoa": ["Phó Bí thư Thành ủy"],
    }


def test_honorific_before_a_given_name_alone_is_no_new_person() -> None:
    """Reads "Ông Toàn" after the full name as a short reference, not a second person."""
    text = (
        "Ông Lương Văn Toàn, Bí thư Thành ủy Cần Thơ, phát biểu. Ông Toàn 55 tuổi, "
        "Ủy viên Trung ương Đảng.\n"
    )
    assert list(_people(text)) == ["Lương Văn Toàn"]


def test_place_after_a_title_is_not_a_person() -> None:
    """In "giữ chức Bí thư Huyện ủy Hà Quảng" the two words after the title are its place."""
    text = (
        "Đồng chí Trần Văn Khải tiếp tục được bầu giữ chức Bí thư Huyện ủy Hà Quảng, "
        "nhiệm kỳ 2020 - 2025.\n"
    )
    people = _people(text)
    assert "Hà Quảng" not in people
    assert "Trần Văn Khải" in people


def test_two_word_name_with_common_family_name_after_a_title_is_kept() -> None:
    """Keeps "Lê Hòa" after "Phó Bí thư Tỉnh ủy": Lê is a common family name."""
    assert _people("Phó Bí thư Tỉnh ủy Lê Hòa phát biểu tại hội nghị.\n") == {
        "Lê Hòa": ["Phó Bí thư Tỉnh ủy"]
    }


def test_ethnic_minority_family_names() -> None:
    """Reads names that start with a Mông or Tây Nguyên family name ("Giàng", "Ksor")."""
    text = (
        "Đồng chí Giàng Seo Phử – Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị; "
        "đồng chí Ksor Phước Hà, Bí thư Huyện ủy, phát biểu.\n"
    )
    assert _people(text) == {
        "Giàng Seo Phử": ["Phó Bí thư Thường trực Huyện ủy"],
        "Ksor Phước Hà": ["Bí thư Huyện ủy"],
    }


def test_title_with_its_place_before_the_name() -> None:
    """Reads "Bí thư Tỉnh ủy Quảng Trị Nguyễn Văn Dũng" as a title with its place, then a name."""
    assert _people("Bí thư Tỉnh ủy Quảng Trị Nguyễn Văn Dũng phát biểu khai mạc.\n") == {
        "Nguyễn Văn Dũng": ["Bí thư Tỉnh ủy Quảng Trị"]
    }


def test_titles_of_central_bodies_in_a_chain() -> None:
    """Reads "T.Ư", "BCH Trung ương", "Đảng ủy Chính phủ" and "Trưởng đoàn ĐBQH" in titles."""
    text = (
        "Dự hội nghị có đồng chí Lê Minh Khái, Ủy viên BCH Trung ương Đảng, Bí thư T.Ư Đảng, "
        "Ủy viên Ban Thường vụ Đảng ủy Chính phủ, Phó Thủ tướng Chính phủ; đồng chí "
        "Đỗ Thị Lan, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh.\n"
    )
    assert _people(text) == {
        "Lê Minh Khái": [
            "Ủy viên BCH Trung ương Đảng",
            "Bí thư T.Ư Đảng",
            "Ủy viên Ban Thường vụ Đảng ủy Chính phủ",
            "Phó Thủ tướng Chính phủ",
        ],
        "Đỗ Thị Lan": ["Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh"],
    }


def _titles_of(text: str) -> dict[str, list[str]]:
    return {p.name: [t.printed for t in p.titles] for p in extract_partial(text).people}


def test_former_post_before_a_name_is_no_title() -> None:
    """Keeps the person named by a former post ("nguyên Tổng Bí thư …") but not the post."""
    text = (
        "Dự có nguyên Tổng Bí thư Nông Đức Mạnh; Tổng Bí thư Tô Lâm; "
        "nguyên Chủ tịch nước Trương Tấn Sang.\n"
    )
    assert _titles_of(text) == {
        "Nông Đức Mạnh": [],
        "Tô Lâm": ["Tổng Bí thư"],
        "Trương Tấn Sang": [],
    }


def test_title_naming_an_agency_committee_is_kept_whole() -> None:
    """Keeps the bloc or company a committee title names ("Bí thư Đảng ủy Khối …")."""
    text = (
        "Xin giới thiệu bài viết của ông Lại Xuân Lâm - Phó Bí thư Đảng ủy Khối các cơ quan "
        "Trung ương. Dự có đồng chí Đỗ Đình Hữu, Tỉnh ủy viên, Bí thư Đảng ủy khối các Cơ quan "
        "và Doanh nghiệp tỉnh.\n"
    )
    assert _titles_of(text) == {
        "Lại Xuân Lâm": ["Phó Bí thư Đảng ủy Khối các cơ quan Trung ương"],
        "Đỗ Đình Hữu": ["Tỉnh ủy viên", "Bí thư Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quang cảnh Đại hội. Ảnh: Hồng Đạt/TTXVN\n", {"Hồng Đạt": []}),
        ("Các đại biểu dự đại hội (Ảnh: Đỗ Gia Tuấn).\n", {"Đỗ Gia Tuấn": []}),
        (
            "Ông Hầu A Lềnh phát biểu tại hội nghị ẢNH: GIA HÂN\n",
            {"Hầu A Lềnh": [], "Gia Hân": []},
        ),
        ("Quang cảnh Đại hội. Ảnh: Báo Nhân Dân\n", {}),
        ("Quang cảnh Đại hội. Ảnh: Internet\n", {}),
        ("Đại hội thành công tốt đẹp.\n\nTheo: Thúy Hường\n", {"Thúy Hường": []}),
        ("Đại hội thành công tốt đẹp.\n\nTheo Báo Nhân Dân\n", {}),
        (
            "Ông Nguyễn Văn Nên - Bí thư Thành ủy TP HCM. Ảnh: Quỳnh Trần\n",
            {"Nguyễn Văn Nên": ["Bí thư Thành ủy TP HCM"], "Quỳnh Trần": []},
        ),
    ],
    ids=["credit", "bracketed", "capitals", "newspaper", "one-word", "by", "paper", "caption"],
)
def test_photo_credits_and_captions_name_people(text: str, expected: dict[str, list[str]]) -> None:
    """Names the photographer of a credit, and the people a caption names with their titles."""
    people = extract_partial(text).people
    assert {p.name: [t.printed for t in p.titles] for p in people} == expected


def test_name_in_capitals_after_its_titles() -> None:
    """Reads a name printed in capitals after its titles, in proper case."""
    text = "Bí thư Thị ủy, Chủ tịch UBND thị xã Đức Phổ TRẦN PHƯỚC HIỀN\n"
    assert _titles_of(text) == {
        "Trần Phước Hiền": ["Bí thư Thị ủy", "Chủ tịch UBND thị xã Đức Phổ"]
    }


def test_post_later_in_the_sentence_is_no_title_before_the_name() -> None:
    """Gives no title printed after the name behind another verb ("phê chuẩn làm …")."""
    text = (
        "Tháng 11/2013, ông Nguyễn Văn Nên được Quốc hội phê chuẩn làm Bộ trưởng, "
        "Chủ nhiệm Văn phòng Chính phủ.\n"
    )
    assert _titles_of(text) == {"Nguyễn Văn Nên": []}


def test_titles_in_apposition_after_an_unread_one() -> None:
    """Takes the titles of an apposition past a first title no post is read from."""
    text = (
        "Đồng chí Đào Hồng Lan, Ủy viên Hội đồng Giáo sư nhà nước, Phó Bí thư Thường trực "
        "Tỉnh ủy, chủ trì.\n"
    )
    assert _titles_of(text) == {"Đào Hồng Lan": ["Phó Bí thư Thường trực Tỉnh ủy"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Vũ Xuân Cường, Phó Chủ tịch HĐND tỉnh và ông Trịnh Xuân Trường, Phó Chủ tịch "
            "UBND tỉnh Lào Cai được Ban Chấp hành bầu giữ chức Phó Bí thư Tỉnh ủy Lào Cai.\n",
            {
                "Vũ Xuân Cường": ["Phó Chủ tịch HĐND tỉnh", "Phó Bí thư Tỉnh ủy Lào Cai"],
                "Trịnh Xuân Trường": [
                    "Phó Chủ tịch UBND tỉnh Lào Cai",
                    "Phó Bí thư Tỉnh ủy Lào Cai",
                ],
            },
        ),
        (
            "Ông Hầu A Lềnh được chỉ định là Bí thư Tỉnh ủy Tuyên Quang.\n",
            {"Hầu A Lềnh": ["Bí thư Tỉnh ủy Tuyên Quang"]},
        ),
        (
            "Ông Nguyễn Quốc Lập tái cử chức Bí thư Huyện ủy Hương Sơn.\n",
            {"Nguyễn Quốc Lập": ["Bí thư Huyện ủy Hương Sơn"]},
        ),
        (
            "Đồng chí Trần Duy Bình tiếp tục được bầu giữ chức Bí thư Huyện ủy Hà Trung.\n",
            {"Trần Duy Bình": ["Bí thư Huyện ủy Hà Trung"]},
        ),
    ],
    ids=["by-the-committee", "appointed", "re-elected-to", "kept"],
)
def test_election_and_appointment_verbs(text: str, expected: dict[str, list[str]]) -> None:
    """Gives the post a person is elected, appointed or kept in, whatever the verb's form."""
    assert _titles_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đồng chí Nguyễn Vũ Trường Sơn, Phó bí thư Đảng ủy, Tổng giám đốc Tập đoàn và đồng "
            "chí Phạm Xuân Cảnh, Thành viên HĐTV Tập đoàn chủ trì.\n",
            {
                "Nguyễn Vũ Trường Sơn": ["Phó bí thư Đảng ủy", "Tổng giám đốc Tập đoàn"],
                "Phạm Xuân Cảnh": ["Thành viên HĐTV Tập đoàn"],
            },
        ),
        (
            "Dự có Bộ trưởng Bộ Công an Lương Tam Quang; Giám đốc Sở Công Thương Trần Quang "
            "Tuấn.\n",
            {
                "Lương Tam Quang": ["Bộ trưởng Bộ Công an"],
                "Trần Quang Tuấn": ["Giám đốc Sở Công Thương"],
            },
        ),
        (
            "Đồng chí Nguyễn Thị Thanh, UVT.Ư Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc "
            "hội tỉnh dự.\n",
            {
                "Nguyễn Thị Thanh": [
                    "UVT.Ư Đảng",
                    "Bí thư Tỉnh ủy",
                    "Trưởng đoàn Đại biểu Quốc hội tỉnh",
                ]
            },
        ),
        (
            "Đồng chí Phạm Thị Hồng Nhung, Phó trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy; "
            "đồng chí Lê Văn Sáu, Chủ tịch Hội Nông dân tỉnh; đồng chí Trần Ngọc Sinh, Bí thư "
            "chi bộ.\n",
            {
                "Phạm Thị Hồng Nhung": ["Phó trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy"],
                "Lê Văn Sáu": ["Chủ tịch Hội Nông dân tỉnh"],
                "Trần Ngọc Sinh": ["Bí thư chi bộ"],
            },
        ),
    ],
    ids=["company", "ministry-department", "abbreviation-and-delegation", "mass-bodies"],
)
def test_posts_of_companies_ministries_and_mass_bodies(
    text: str, expected: dict[str, list[str]]
) -> None:
    """Reads posts in companies, ministries, departments, mass bodies and Party cells."""
    assert _titles_of(text) == expected


@pytest.mark.parametrize("word", ["Phô", "Phí", "Pho"])
def test_misspelt_vice_is_reported_not_read_as_another_title(word: str) -> None:
    """Leaves out "Phô Bí thư Tỉnh ủy" with an issue, never reading it as "Bí thư Tỉnh ủy"."""
    text = (
        f"Đồng chí Bùi Đức Hinh, {word} Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh phát biểu "
        "chỉ đạo Đại hội.\n"
    )
    result = extract_partial(text)
    assert {p.name: [t.printed for t in p.titles] for p in result.people} == {
        "Bùi Đức Hinh": ["Chủ tịch Ủy ban MTTQ tỉnh"]
    }
    assert [i.code for i in result.issues if i.code == "title_misspelt"] == ["title_misspelt"]


def test_vice_spelt_right_is_no_issue() -> None:
    """Reads "Phó Bí thư Tỉnh ủy" as the post it is, with no issue."""
    text = "Đồng chí Bùi Đức Hinh, Phó Bí thư Tỉnh ủy, phát biểu chỉ đạo Đại hội.\n"
    result = extract_partial(text)
    assert _titles_of(text) == {"Bùi Đức Hinh": ["Phó Bí thư Tỉnh ủy"]}
    assert "title_misspelt" not in [i.code for i in result.issues]


def test_title_printed_with_old_tone_marks_is_one_title() -> None:
    """Keeps one title for "Huyện ủy" and "Huyện uỷ" printed for the same person."""
    text = (
        "Bí thư Huyện ủy Mỹ Đức Bạch Liên Hương phát biểu.\n\n"
        "Bí thư Huyện uỷ Mỹ Đức Bạch Liên Hương chúc mừng.\n"
    )
    people = extract_partial(text).people
    assert [(p.name, len(p.titles)) for p in people] == [("Bạch Liên Hương", 1)]


def test_committee_term_after_a_post_does_not_break_the_titles() -> None:
    """Reads the titles on both sides of "khóa XV" and leaves the khóa out of them."""
    text = (
        "Ông Đặng Xuân Phong, Phó Bí thư Tỉnh ủy Lào Cai khóa XV, Chủ tịch UBND tỉnh Lào Cai "
        "được Ban Chấp hành bầu giữ chức Bí thư Tỉnh ủy Lào Cai.\n"
    )
    assert _titles_of(text) == {
        "Đặng Xuân Phong": [
            "Phó Bí thư Tỉnh ủy Lào Cai",
            "Chủ tịch UBND tỉnh Lào Cai",
            "Bí thư Tỉnh ủy Lào Cai",
        ]
    }


def test_titles_naming_the_party_and_the_state_in_full() -> None:
    """Keeps "… Đảng Cộng sản Việt Nam" and "… Nước CHXHCN Việt Nam" in the titles."""
    text = (
        "Đồng chí Tô Lâm – Tổng Bí thư BCH Trung ương Đảng Cộng sản Việt Nam và đồng chí "
        "Lương Cường – Chủ tịch Nước CHXHCN Việt Nam gửi lẵng hoa chúc mừng.\n"
    )
    assert _titles_of(text) == {
        "Tô Lâm": ["Tổng Bí thư BCH Trung ương Đảng Cộng sản Việt Nam"],
        "Lương Cường": ["Chủ tịch Nước CHXHCN Việt Nam"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự đại hội có ông Nguyễn Văn Út, phó bí thư Tỉnh ủy, chủ tịch UBND tỉnh Tây Ninh.\n",
            {"Nguyễn Văn Út": ["phó bí thư Tỉnh ủy", "chủ tịch UBND tỉnh Tây Ninh"]},
        ),
        ("Ông Nguyễn Văn An, người dân xã Long Hòa, cho biết.\n", {"Nguyễn Văn An": []}),
    ],
    ids=["lower-case-posts", "no-post"],
)
def test_posts_printed_in_lower_case_after_a_name(
    text: str, expected: dict[str, list[str]]
) -> None:
    """Reads posts printed in lower case in the apposition after a name, with their organ."""
    assert _titles_of(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thiếu tướng Vũ Như Hà phát biểu tại đại hội.\n", "Vũ Như Hà"),
        ("Ngày 1.8, thượng tướng Lê Văn Tuyến dự đại hội.\n", "Lê Văn Tuyến"),
        ("PGS.TS Nguyễn Văn Minh trình bày tham luận.\n", "Nguyễn Văn Minh"),
    ],
    ids=["rank", "rank-lower-case", "degree"],
)
def test_rank_or_degree_before_a_name_names_a_person(text: str, name: str) -> None:
    """Reads a person after a military rank or an academic degree, which is no title."""
    assert _titles_of(text) == {name: []}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chủ tịch UBND TP Hồ Chí Minh Phan Văn Mãi phát biểu.\n",
            {"Phan Văn Mãi": ["Chủ tịch UBND TP Hồ Chí Minh"]},
        ),
        (
            "Đồng chí Nguyễn Văn Hưng, Trưởng Công an huyện báo cáo.\n",
            {"Nguyễn Văn Hưng": ["Trưởng Công an huyện"]},
        ),
    ],
    ids=["long-run-of-capitals", "police-chief"],
)
def test_name_after_a_long_place_and_a_police_chief(
    text: str, expected: dict[str, list[str]]
) -> None:
    """Reads the whole name after a title ending in a long place, and a police chief's post."""
    assert _titles_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đại tá Nguyễn Văn Hải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh dự.\n",
            {"Nguyễn Văn Hải": ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]},
        ),
        (
            "Trung tướng Nguyễn Doãn Anh, Tư lệnh Quân khu 4 phát biểu.\n",
            {"Nguyễn Doãn Anh": ["Tư lệnh Quân khu 4"]},
        ),
        (
            "Đồng chí Lê Văn Sơn, Chánh án TAND tỉnh; đồng chí Lê Văn Tư, Chính ủy Bộ Chỉ huy "
            "Bộ đội Biên phòng tỉnh.\n",
            {
                "Lê Văn Sơn": ["Chánh án TAND tỉnh"],
                "Lê Văn Tư": ["Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
            },
        ),
    ],
    ids=["military-command", "military-region", "court-and-border-guard"],
)
def test_posts_of_the_armed_forces_and_the_courts(
    text: str, expected: dict[str, list[str]]
) -> None:
    """Reads posts in a province's military command, a military region and the courts."""
    assert _titles_of(text) == expected


def test_post_right_after_a_name_without_a_comma_ends_the_name() -> None:
    """In "đồng chí Phùng Văn Thái Bí thư Đảng ủy" the name stops where the post starts."""
    text = (
        "Về dự có đồng chí PHÙNG VĂN THÁI Bí thư Đảng ủy, đồng chí Trần Văn Sơ Phó bí thư "
        "Đảng ủy.\n"
    )
    assert _titles_of(text) == {
        "Phùng Văn Thái": ["Bí thư Đảng ủy"],
        "Trần Văn Sơ": ["Phó bí thư Đảng ủy"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đồng chí Võ Thanh Mỹ, Bí thư Đảng ủy Phường 12, trình bày báo cáo.\n",
            {"Võ Thanh Mỹ": ["Bí thư Đảng ủy Phường 12"]},
        ),
        (
            "Đồng chí Đào Hồng Lan, Ủy viên Dự khuyết Trung ương Đảng – Phó Bí thư Thường "
            "trực Tỉnh ủy, chủ trì.\n",
            {
                "Đào Hồng Lan": [
                    "Ủy viên Dự khuyết Trung ương Đảng",
                    "Phó Bí thư Thường trực Tỉnh ủy",
                ]
            },
        ),
        (
            "Dự có đồng chí Ma Thị Thúy, Tỉnh ủy viên, Phó trưởng Đoàn đại biểu Quốc hội tỉnh.\n",
            {"Ma Thị Thúy": ["Tỉnh ủy viên", "Phó trưởng Đoàn đại biểu Quốc hội tỉnh"]},
        ),
        (
            "Dự có đồng chí Nông Thị Bích Huệ, Phó Bí thư Thường trực chuyên trách Đảng ủy "
            "UBND tỉnh.\n",
            {"Nông Thị Bích Huệ": ["Phó Bí thư Thường trực chuyên trách Đảng ủy UBND tỉnh"]},
        ),
    ],
)
def test_posts_in_more_printed_forms(text: str, expected: dict[str, list[str]]) -> None:
    """Numbered wards, "Dự khuyết" in capitals, "Phó trưởng Đoàn", "chuyên trách"."""
    assert _titles_of(text) == expected


def test_three_word_name_after_a_committee_is_no_place() -> None:
    """In "Bí thư Tỉnh ủy Thái Thanh Quý" three words after the committee make a name."""
    assert _titles_of("Bí thư Tỉnh ủy Thái Thanh Quý nhấn mạnh: phải làm tốt.\n") == {
        "Thái Thanh Quý": ["Bí thư Tỉnh ủy"]
    }


def test_province_before_a_title_is_no_person() -> None:
    """In "Thành ủy Hà Nội, Phó Bí thư … Nguyễn Thị Tuyến" the title goes to the name after it."""
    text = (
        "Thay mặt Ban Thường vụ Thành ủy Hà Nội, Phó Bí thư Thường trực Thành ủy "
        "Nguyễn Thị Tuyến báo cáo kết quả.\n"
    )
    assert _titles_of(text) == {"Nguyễn Thị Tuyến": ["Phó Bí thư Thường trực Thành ủy"]}


def test_former_posts_in_an_apposition_are_no_titles() -> None:
    """In "Bùi Văn Tỉnh, nguyên Ủy viên …" the person is named, the former post is no title."""
    text = (
        "Có các đồng chí: Nguyễn Phi Long, Bí thư Tỉnh ủy; Bùi Văn Tỉnh, nguyên Ủy viên Ban "
        "Chấp hành Trung ương Đảng; Nguyễn Văn Quang – Nguyên Phó Bí thư Tỉnh ủy.\n"
    )
    assert _titles_of(text) == {
        "Nguyễn Phi Long": ["Bí thư Tỉnh ủy"],
        "Bùi Văn Tỉnh": [],
        "Nguyễn Văn Quang": [],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trước đó, ông Nguyễn Văn Sơn là Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Tuyên Quang.\n",
            {"Nguyễn Văn Sơn": ["Phó bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Tuyên Quang"]},
        ),
        (
            "Đồng chí Lê Văn Hiểu được Bộ Chính trị chỉ định giữ chức Bí thư Tỉnh ủy Quảng Nam.\n",
            {"Lê Văn Hiểu": ["Bí thư Tỉnh ủy Quảng Nam"]},
        ),
    ],
)
def test_posts_after_la_and_after_an_appointing_body(
    text: str, expected: dict[str, list[str]]
) -> None:
    """Reads "ông X là <posts>" and "được Bộ Chính trị chỉ định giữ chức <post>"."""
    assert _titles_of(text) == expected


def test_abbreviated_honorific_and_credit_before_an_agency() -> None:
    """Names "Đ/C Nguyễn Tiềm" by "Đ/C"; credits Minh Phú in "Ảnh: Minh Phú - TTXVN"."""
    text = "Đại hội bầu 7 Đ/C, Đ/C Nguyễn Tiềm được bầu làm Bí thư. Ảnh: Minh Phú - TTXVN\n"
    assert _titles_of(text) == {"Nguyễn Tiềm": [], "Minh Phú": []}


def test_post_before_the_person_appointed_to_it() -> None:
    """In "Chủ tịch UBND tỉnh … được chỉ định là ông X" the post goes to the name after it."""
    text = (
        "Chủ tịch HĐND tỉnh Tuyên Quang được chỉ định là ông NGUYỄN VĂN SƠN. Chủ tịch UBND "
        "tỉnh được bầu làm bà Lê Thị Hà.\n"
    )
    assert _titles_of(text) == {
        "Nguyễn Văn Sơn": ["Chủ tịch HĐND tỉnh Tuyên Quang"],
        "Lê Thị Hà": ["Chủ tịch UBND tỉnh"],
    }


def test_central_military_commission_is_an_organ() -> None:
    """Reads "Bí thư Quân ủy Trung ương" as one post in a chain before the name."""
    text = "Tổng Bí thư, Bí thư Quân ủy Trung ương Nguyễn Phú Trọng dự và chỉ đạo Hội nghị.\n"
    assert _titles_of(text) == {"Nguyễn Phú Trọng": ["Tổng Bí thư", "Bí thư Quân ủy Trung ương"]}


def test_commission_names_printed_in_lower_case() -> None:
    """Reads "Trưởng Ban tổ chức Tỉnh ủy", "Phó Trưởng Ban tuyên giáo Huyện ủy" as printed."""
    text = (
        "Dự có đồng chí LÊ TIẾN THẮNG, Trưởng Ban tổ chức Tỉnh ủy; đồng chí Hoàng Thị Mai, "
        "Phó Trưởng Ban tuyên giáo Huyện ủy.\n"
    )
    assert _titles_of(text) == {
        "Lê Tiến Thắng": ["Trưởng Ban tổ chức Tỉnh ủy"],
        "Hoàng Thị Mai": ["Phó Trưởng Ban tuyên giáo Huyện ủy"],
    }


_BODY = (
    "Đại hội đại biểu Đảng bộ thị trấn Kbang lần thứ IX, nhiệm kỳ 2020 – 2025 đã thành công tốt "
    "đẹp. Đồng chí Nguyễn Văn Thu, Bí thư Huyện ủy dự và chỉ đạo đại hội, biểu dương những kết "
    "quả mà Đảng bộ thị trấn đã đạt được trong nhiệm kỳ qua.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "credited"),
    [
        ("Thực hiện: Đắc Nhân - Ngọc Thành\n", {"Đắc Nhân", "Ngọc Thành"}),
        ("CTV Hồng Hạnh (huyện Kbang)\n", {"Hồng Hạnh"}),
        ("Trần Long - Thuỳ Linh - Ảnh: Thanh Hải\n", {"Trần Long", "Thùy Linh", "Thanh Hải"}),
        ("Ảnh: Báo Gia Lai\n", set()),
    ],
    ids=["several-after-thuc-hien", "contributor", "names-before-photo", "a-body"],
)
def test_credit_lines_after_the_text_name_people(tail: str, credited: set[str]) -> None:
    """Reads the people a short credit line after the text names, each without a title."""
    people = _people(_BODY + tail)
    assert {name for name in people if name != "Nguyễn Văn Thu"} == credited
    assert all(people[name] == [] for name in credited)


def test_author_marked_done_at_the_end_of_a_paragraph() -> None:
    """Names "Hồ Giang" of "… diễn ra Đại hội. Hồ Giang (thực hiện)"."""
    text = "Lực lượng vũ trang đã bảo vệ an toàn tuyệt đối Đại hội. Hồ Giang (thực hiện)\n"
    assert _people(text) == {"Hồ Giang": []}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đồng chí Lăng Văn Lịch phát biểu tại hội nghị.\n", {"Lăng Văn Lịch": []}),
        (
            "Đồng chí Y Thanh Hà Niê Kđăm, Bí thư Đảng ủy Khối Doanh nghiệp Trung ương dự.\n",
            {"Y Thanh Hà Niê Kđăm": ["Bí thư Đảng ủy Khối Doanh nghiệp Trung ương"]},
        ),
        ("Ông Phương Văn Chương dự lễ.\n", {"Phương Văn Chương": []}),
        ("Đoàn công tác đến thăm đồng chí Bạc Liêu.\n", {}),  # a province, no name
        ("Tỉnh mới gồm Bình Dương, Bà Rịa Vũng Tàu và TP HCM.\n", {}),  # "Bà" of a province
        ("Lăng Văn Lịch phát biểu tại hội nghị.\n", {}),  # no honorific, no title: nobody
    ],
    ids=["unlisted-family-name", "five-words", "ong", "province", "ba-ria", "no-honorific"],
)
def test_a_name_after_an_honorific_needs_no_listed_family_name(
    text: str, expected: dict[str, list[str]]
) -> None:
    """Reads the run after "đồng chí", "ông", "bà" as a name whatever its family name."""
    assert _people(text) == expected
