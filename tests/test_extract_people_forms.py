"""People: honorifics before names, short references, and places after titles."""

from __future__ import annotations

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
