"""Titles in more printed shapes: lower-case roles and committees, more organs, lists of people."""

from __future__ import annotations

import pytest

from vnpartydoc.extract import extract_partial
from vnpartydoc.extract.clean import clean
from vnpartydoc.extract.localities import locality_at
from vnpartydoc.extract.people import find_people


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: [t.printed for t in p.titles] for p in extract_partial(text).people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Phó chủ tịch" with the second word in lower case, a name in capitals after "Bà"
            "Bà LÒ THỊ HẠNH, Tỉnh ủy viên, Phó chủ tịch UBND tỉnh Điện Biên, dự hội nghị.\n",
            {"Lò Thị Hạnh": ["Tỉnh ủy viên", "Phó chủ tịch UBND tỉnh Điện Biên"]},
        ),
        (  # a committee named in lower case after a commission
            "Đồng chí Hồ Văn Tâm – Phó trưởng Ban tuyên giáo tỉnh ủy, thông báo tình hình.\n",
            {"Hồ Văn Tâm": ["Phó trưởng Ban tuyên giáo tỉnh ủy"]},
        ),
        (  # "QH" for Quốc hội
            "Dự họp có Chủ tịch QH Vương Đình Huệ và các đại biểu.\n",
            {"Vương Đình Huệ": ["Chủ tịch QH"]},
        ),
        (  # a Party delegation, with its body or alone
            "Ông Đỗ Văn Chiến, Bí thư Trung ương Đảng, Bí thư Đảng đoàn, Chủ tịch Ủy ban Trung "
            "ương Mặt trận Tổ quốc Việt Nam, phát biểu.\n",
            {
                "Đỗ Văn Chiến": [
                    "Bí thư Trung ương Đảng",
                    "Bí thư Đảng đoàn",
                    "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                ]
            },
        ),
        (  # the supreme court, a veterans' association, MTTQVN
            "Ông Nguyễn Hòa Bình, Chánh án Tòa án nhân dân tối cao; đ/c Trần Văn Hùng – Chủ tịch "
            "Hội CCB tỉnh; đồng chí Bạch Ngọc Thêm, Chủ tịch Ủy ban MTTQVN huyện.\n",
            {
                "Nguyễn Hòa Bình": ["Chánh án Tòa án nhân dân tối cao"],
                "Trần Văn Hùng": ["Chủ tịch Hội CCB tỉnh"],
                "Bạch Ngọc Thêm": ["Chủ tịch Ủy ban MTTQVN huyện"],
            },
        ),
        (  # a ministry whose name has "và"
            "Ủy viên Trung ương Đảng, Thứ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng báo cáo.\n",
            {"Nguyễn Chí Dũng": ["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Kế hoạch và Đầu tư"]},
        ),
    ],
)
def test_more_roles_and_organs(text: str, expected: dict[str, list[str]]) -> None:
    """Reads posts whose role or committee is in lower case and organs named in full."""
    assert _people(text) == expected


def test_a_post_after_and_is_not_part_of_a_ministry() -> None:
    """In "Bộ trưởng Bộ Công an và Thứ trưởng …" the ministry ends before "và"."""
    text = (
        "Dự có Đại tướng TÔ LÂM, Bộ trưởng Bộ Công an và Thượng tướng Lương Tam Quang, "
        "Thứ trưởng Bộ Công an.\n"
    )
    assert _people(text) == {
        "Tô Lâm": ["Bộ trưởng Bộ Công an"],
        "Lương Tam Quang": ["Thứ trưởng Bộ Công an"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # names after the post, each with titles of its own, items set off by ";"
            "Dự có Tổng Bí thư TÔ LÂM; các đồng chí Ủy viên Bộ Chính trị: Phạm Minh Chính, Thủ "
            "tướng Chính phủ; Trần Thanh Mẫn, Chủ tịch Quốc hội; các đồng chí lãnh đạo các ban.\n",
            {
                "Tô Lâm": ["Tổng Bí thư"],
                "Phạm Minh Chính": ["Thủ tướng Chính phủ", "Ủy viên Bộ Chính trị"],
                "Trần Thanh Mẫn": ["Chủ tịch Quốc hội", "Ủy viên Bộ Chính trị"],
            },
        ),
        (  # names after their own posts, items set off by commas
            "Cùng dự có các Ủy viên Bộ Chính trị: Chủ tịch nước Lương Cường, Thủ tướng Chính "
            "phủ Phạm Minh Chính.\n",
            {
                "Lương Cường": ["Chủ tịch nước", "Ủy viên Bộ Chính trị"],
                "Phạm Minh Chính": ["Thủ tướng Chính phủ", "Ủy viên Bộ Chính trị"],
            },
        ),
        (  # the committee's term after the heading post; a name with no title of its own
            "Các đồng chí Phó Bí thư Tỉnh ủy khóa XIX: Nguyễn Hoài Anh, Ủy viên dự khuyết Trung "
            "ương Đảng; Nguyễn Hồng Phong – tiếp tục giữ chức.\n",
            {
                "Nguyễn Hoài Anh": ["Ủy viên dự khuyết Trung ương Đảng", "Phó Bí thư Tỉnh ủy"],
                "Nguyễn Hồng Phong": ["Phó Bí thư Tỉnh ủy"],
            },
        ),
    ],
)
def test_people_listed_under_a_post(text: str, expected: dict[str, list[str]]) -> None:
    """Gives the post before a list's colon to every person listed, until the sentence ends."""
    assert _people(text) == expected


def test_a_post_with_a_colon_but_no_list_head_gives_nobody_its_titles() -> None:
    """Without "các (đồng chí)" before it, a post before a colon heads no list."""
    text = "Ủy viên Bộ Chính trị: Nguyễn Văn Nên cho biết như vậy. Ông Lê Văn Hai phát biểu.\n"
    assert _people(text) == {"Lê Văn Hai": []}


def test_names_sharing_one_apposition() -> None:
    """Gives the titles after "ông A, ông B, ông C," to all three, not to a name with its own."""
    text = (
        "Phê chuẩn đối với: bà Tráng Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Phó chủ tịch UBND "
        "tỉnh Sơn La; ông Lò Minh Hùng, ông NGUYỄN QUỐC KHÁNH, ông Bùi Đức Hải, Tỉnh ủy viên, "
        "Phó chủ tịch UBND tỉnh Sơn La.\n"
    )
    shared = ["Tỉnh ủy viên", "Phó chủ tịch UBND tỉnh Sơn La"]
    assert _people(text) == {
        "Tráng Thị Xuân": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó chủ tịch UBND tỉnh Sơn La"],
        "Lò Minh Hùng": shared,
        "Nguyễn Quốc Khánh": shared,
        "Bùi Đức Hải": shared,
    }


def test_names_listed_without_their_own_honorific_share_nothing() -> None:
    """Gives the titles after "ông A, B, Tỉnh ủy viên" (no honorific before B) to B only."""
    text = "Dự có ông Lò Minh Hùng, Bùi Đức Hải, Tỉnh ủy viên, Phó chủ tịch UBND tỉnh.\n"
    assert _people(text) == {
        "Lò Minh Hùng": [],
        "Bùi Đức Hải": ["Tỉnh ủy viên", "Phó chủ tịch UBND tỉnh"],
    }


def test_a_lower_case_post_opens_the_titles_before_a_name() -> None:
    """In "có: ủy viên Bộ Chính trị, Thủ tướng X; ủy viên …, Chủ tịch QH Y" each gets both."""
    text = (
        "Tham dự cuộc họp có: ủy viên Bộ Chính trị, Thủ tướng Nguyễn Xuân Phúc; ủy viên Bộ "
        "Chính trị, Chủ tịch QH Nguyễn Thị Kim Ngân.\n"
    )
    assert _people(text) == {
        "Nguyễn Xuân Phúc": ["ủy viên Bộ Chính trị", "Thủ tướng"],
        "Nguyễn Thị Kim Ngân": ["ủy viên Bộ Chính trị", "Chủ tịch QH"],
    }


def test_a_term_after_the_titles_in_apposition() -> None:
    """Reads the post a person is elected to past ", nhiệm kỳ 2021-2026," after their titles."""
    text = (
        "Kỳ họp đã bầu đồng chí Vũ Văn Diện, Bí thư Thành ủy, Chủ tịch HĐND TP Hạ Long, nhiệm "
        "kỳ 2021-2026, giữ chức vụ Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2021–2026.\n"
    )
    assert _people(text) == {
        "Vũ Văn Diện": ["Bí thư Thành ủy", "Chủ tịch HĐND TP Hạ Long", "Phó Chủ tịch UBND tỉnh"]
    }


def test_just_elected() -> None:
    """Reads "vừa được bầu giữ chức" as an election verb."""
    text = "Ông Phạm Duy Cường, Chủ tịch UBND tỉnh Yên Bái vừa được bầu giữ chức Bí thư Tỉnh ủy.\n"
    assert _people(text) == {"Phạm Duy Cường": ["Chủ tịch UBND tỉnh Yên Bái", "Bí thư Tỉnh ủy"]}


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Đảng bộ quận", " Lê Chân lần thứ XXIV", "Lê Chân"),
        ("Bí thư Quận ủy", " Lê Chân, nhiệm kỳ 2020 – 2025", "Lê Chân"),
        ("Đảng bộ huyện", " Trần Văn Thời khóa XII", "Trần Văn Thời"),
        ("Bí thư Quận ủy", " Lê Văn Chân phát biểu", None),
        ("Bí thư Quận ủy", " Lê Chân phát biểu", None),
    ],
)
def test_a_name_like_place_before_an_ordinal_or_a_term(
    before: str, after: str, expected: str | None
) -> None:
    """A run that looks like a name is a place when a congress's ordinal or term follows it."""
    found = locality_at(before + after, len(before))
    assert (found[1] if found is not None else None) == expected


def test_congress_of_a_district_named_like_a_person() -> None:
    """Reads "Đại hội đại biểu Đảng bộ quận Lê Chân lần thứ XXIV" as that district's congress."""
    result = extract_partial(
        "Khai mạc Đại hội đại biểu Đảng bộ quận Lê Chân lần thứ XXIV, nhiệm kỳ 2020 – 2025\n"
    )
    assert [c.id for c in result.congresses] == ["dai-hoi-dang-bo-quan-le-chan-xxiv"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đồng chí Tôn Thanh Hải, HUV, Trưởng Phòng Văn hoá – Thông tin huyện, dự.\n",
            {"Tôn Thanh Hải": ["HUV", "Trưởng Phòng Văn hoá – Thông tin huyện"]},
        ),
        (
            "Đ/c Nguyễn Quyết Chiến, HUV, Trưởng Phòng nội vụ huyện, dự.\n",
            {"Nguyễn Quyết Chiến": ["HUV", "Trưởng Phòng nội vụ huyện"]},
        ),
        (  # the standing board without its committee
            "Phát biểu, đ/c Trần Thị Kim Hoa - Ủy viên BTV, Trưởng Ban dân vận tỉnh ủy, nói.\n",
            {"Trần Thị Kim Hoa": ["Ủy viên BTV", "Trưởng Ban dân vận tỉnh ủy"]},
        ),
    ],
)
def test_offices_named_in_more_ways(text: str, expected: dict[str, list[str]]) -> None:
    """Reads an office named in lower case or with a dash, and a standing board alone."""
    assert _people(text) == expected


def test_chair_and_council_in_one_word() -> None:
    """Reads "CTHĐND xã" and "Phó CTUBND" as a chair of a council, structured in full."""
    result = extract_partial(
        "Đồng chí HOÀNG DANH TRUYỀN Bí thư Đảng ủy- CTHĐND xã phát biểu. Đồng chí Nguyễn Như "
        "Hoàn Phó CTUBND giữ chức Phó Bí thư.\n"
    )
    titles = {p.name: [(t.printed, t.post, t.organ) for t in p.titles] for p in result.people}
    assert titles == {
        "Hoàng Danh Truyền": [
            ("Bí thư Đảng ủy", "Bí thư", "Đảng ủy"),
            ("CTHĐND xã", "Chủ tịch", "Hội đồng nhân dân xã"),
        ],
        "Nguyễn Như Hoàn": [
            ("Phó CTUBND", "Phó Chủ tịch", "Ủy ban nhân dân"),
            ("Phó Bí thư", "Phó Bí thư", None),
        ],
    }


def test_executive_committee_of_a_bloc() -> None:
    """Reads "Ủy viên BCH Đảng bộ Khối DNTW" whole, its organ spelt out."""
    result = extract_partial(
        "Chủ trì có đồng chí Phùng Quang Hiệp – Ủy viên BCH Đảng bộ Khối DNTW, Bí thư Đảng ủy.\n"
    )
    titles = {p.name: [(t.printed, t.organ) for t in p.titles] for p in result.people}
    assert titles == {
        "Phùng Quang Hiệp": [
            ("Ủy viên BCH Đảng bộ Khối DNTW", "Ban Chấp hành Đảng bộ Khối DNTW"),
            ("Bí thư Đảng ủy", "Đảng ủy"),
        ]
    }


def test_names_listed_after_a_plural_honorific() -> None:
    """Reads every name after "gồm các đồng chí:" as a person, up to the sentence's end."""
    text = (
        "Ban Thường vụ Tỉnh ủy gồm các đồng chí: Nguyễn Văn An, TRẦN THỊ BÌNH, Lê Văn Cường. "
        "Hội nghị bế mạc, Hà Nam tiếp tục phát triển.\n"
    )
    assert _people(text) == {"Nguyễn Văn An": [], "Trần Thị Bình": [], "Lê Văn Cường": []}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đại tá Nguyễn Thanh Phong, Chính ủy Bộ Chỉ huy quân sự tỉnh, giữ chức Phó Bí thư.\n",
            {"Nguyễn Thanh Phong": ["Chính ủy Bộ Chỉ huy quân sự tỉnh", "Phó Bí thư"]},
        ),
        (
            "Đại tá Nguyễn Đình Cương – Ủy viên BTV Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh dự.\n",
            {"Nguyễn Đình Cương": ["Ủy viên BTV Tỉnh ủy", "Chỉ huy trưởng Bộ CHQS tỉnh"]},
        ),
        (
            "Thiếu tướng Lê Hồng Nhân, Tham mưu trưởng Quân khu 4, dự hội nghị.\n",
            {"Lê Hồng Nhân": ["Tham mưu trưởng Quân khu 4"]},
        ),
    ],
)
def test_military_posts(text: str, expected: dict[str, list[str]]) -> None:
    """Reads a provincial military command in lower case or abbreviated, and a chief of staff."""
    assert _people(text) == expected


def test_one_post_printed_twice_abbreviated_is_one_title() -> None:
    """Keeps "Bộ chỉ huy quân sự tỉnh" and drops its later abbreviation "Bộ CHQS tỉnh"."""
    text = (
        "Đại tá Nguyễn Đình Cương - Uỷ viên BTV Tỉnh ủy, Chỉ huy trưởng Bộ chỉ huy quân sự "
        "tỉnh dự và chỉ đạo Đại hội.\n\nĐại tá Nguyễn Đình Cương - Uỷ viên Ban Thường vụ Tỉnh "
        "ủy, Chỉ huy trưởng Bộ CHQS tỉnh tặng hoa chúc mừng Đại hội\n"
    )
    assert _people(text) == {
        "Nguyễn Đình Cương": [
            "Uỷ viên BTV Tỉnh ủy",
            "Chỉ huy trưởng Bộ chỉ huy quân sự tỉnh",
        ]
    }


def test_deputy_commander_with_a_capital_t() -> None:
    """Reads "Phó Chỉ huy Trưởng Bộ Chỉ huy Quân sự tỉnh Quảng Trị" whole."""
    text = "Đại tá Nguyễn Tài Tình, Phó Chỉ huy Trưởng Bộ Chỉ huy Quân sự tỉnh Quảng Trị công bố.\n"
    assert _people(text) == {
        "Nguyễn Tài Tình": ["Phó Chỉ huy Trưởng Bộ Chỉ huy Quân sự tỉnh Quảng Trị"]
    }


def test_titles_broken_across_lines() -> None:
    """Reads a sentence whose lines break inside a title, or after "đồng chí", as one."""
    text = (
        "Dự Đại hội có các đồng\n"
        "chí: NGUYỄN MẠNH HIỂN, Ủy viên Trung ương Đảng, Bí thư Tỉnh\n"
        "ủy, Chủ tịch HĐND tỉnh; Triệu Thế Hùng, Phó Bí thư Tỉnh ủy.\n"
    )
    assert _people(text) == {
        "Nguyễn Mạnh Hiển": ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"],
        "Triệu Thế Hùng": ["Phó Bí thư Tỉnh ủy"],
    }


def test_one_name_a_line_is_no_broken_sentence() -> None:
    """A line naming one person is not joined to the next line, which starts a new name."""
    text = (
        "Đồng chí Nguyễn Phú Trọng\n"
        "Ông Võ Văn Thưởng, Thường trực Ban Bí thư\n"
        "Bà Trương Thị Mai, Trưởng Ban Tổ chức Trung ương\n"
    )
    fold = clean(text).fold
    found = find_people(text, fold, 0, fold.index("\n"))
    assert [(p.name, p.titles) for p in found] == [("Nguyễn Phú Trọng", [])]


def test_a_second_post_after_the_first_one_given() -> None:
    """Reads "là <post>, giữ chức <post>": both posts are the person's."""
    text = "Trước đó, ông Hầu A Lềnh là Ủy viên T.Ư Đảng, giữ chức Bí thư Tỉnh ủy Hà Giang.\n"
    assert _people(text) == {"Hầu A Lềnh": ["Ủy viên T.Ư Đảng", "Bí thư Tỉnh ủy Hà Giang"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đại tá Nguyễn Thành Tâm, Chỉ huy trưởng Bộ CHQS tỉnh, giữ chức Phó bí thư.\n",
            {"Nguyễn Thành Tâm": ["Chỉ huy trưởng Bộ CHQS tỉnh", "Phó bí thư"]},
        ),
        (
            "Đại tá Nguyễn Thanh Phong giữ chức Phó Bí thư Thường trực; đồng chí Lê Văn Ba dự.\n",
            {"Nguyễn Thanh Phong": ["Phó Bí thư Thường trực"], "Lê Văn Ba": []},
        ),
        (  # another verb: maybe a post of the past, as in a history
            "ĐH đã bầu BCH gồm 7 đồng chí, Đ/C Nguyễn Tiềm được bầu làm Bí thư.\n",
            {"Nguyễn Tiềm": []},
        ),
    ],
)
def test_a_party_post_without_its_committee(text: str, expected: dict[str, list[str]]) -> None:
    """Reads "giữ chức Phó Bí thư" with no committee after it as a title, and only there."""
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đồng chí Đỗ Văn Bữu, Chủ nhiệm Ủy ban kiểm tra tỉnh ủy, phát biểu.\n",
            {"Đỗ Văn Bữu": ["Chủ nhiệm Ủy ban kiểm tra tỉnh ủy"]},
        ),
        (
            "Tổng Biên tập Báo Nhân Dân LÊ QUỐC MINH phát biểu.\n",
            {"Lê Quốc Minh": ["Tổng Biên tập Báo Nhân Dân"]},
        ),
        (
            "Đồng chí Vi Mạnh Hùng, Tổng Biên tập Báo và Phát thanh, Truyền hình tỉnh, dự.\n",
            {"Vi Mạnh Hùng": ["Tổng Biên tập Báo và Phát thanh, Truyền hình tỉnh"]},
        ),
        (
            "Ông Trần Văn Bình, Tổng Biên tập Báo Quảng Ninh, dự.\n",
            {"Trần Văn Bình": ["Tổng Biên tập Báo Quảng Ninh"]},
        ),
        (  # the village's name is the post's place, and the name after it a person's
            "Bí thư Chi bộ thôn Đông Nguyễn Văn Dũng và Bí thư Chi bộ thôn 3 Lê Văn Hai dự.\n",
            {
                "Nguyễn Văn Dũng": ["Bí thư Chi bộ thôn Đông"],
                "Lê Văn Hai": ["Bí thư Chi bộ thôn 3"],
            },
        ),
    ],
)
def test_inspection_commissions_newspapers_and_village_cells(
    text: str, expected: dict[str, list[str]]
) -> None:
    """Reads a commission in lower case, a newspaper by its name, a village's Party cell."""
    assert _people(text) == expected


def test_posts_given_by_a_pronoun_to_the_one_person_named_before() -> None:
    """Gives the posts after "Ông là" to the only person named before it in the line."""
    text = (
        "Ông Nguyễn Văn Nên 68 tuổi, quê Tây Ninh. Ông là Ủy viên Bộ Chính trị khóa 13; trước "
        "đó là Bí thư Trung ương Đảng khóa 12.\n"
    )
    assert _people(text) == {"Nguyễn Văn Nên": ["Ủy viên Bộ Chính trị"]}


def test_a_pronoun_after_two_people_is_nobody() -> None:
    """With two people named before "Bà là", the pronoun is left unresolved."""
    text = "Bà Trần Thị Ba gặp bà Lê Thị Tư tại hội nghị. Bà là Ủy viên Ban Thường vụ Tỉnh ủy.\n"
    assert _people(text) == {"Trần Thị Ba": [], "Lê Thị Tư": []}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Nhân dân" and "Quản trị" with capitals; "kiêm" joins two posts of one person
            "Ông Võ Văn Dũng, Bí thư Tỉnh ủy, Chủ tịch Hội đồng Nhân dân tỉnh Bạc Liêu, dự họp. "
            "Đồng chí Nguyễn Chơn Hùng - Chủ tịch Hội đồng Quản trị kiêm Tổng Giám đốc PECC2 "
            "phát biểu.\n",
            {
                "Võ Văn Dũng": ["Bí thư Tỉnh ủy", "Chủ tịch Hội đồng Nhân dân tỉnh Bạc Liêu"],
                "Nguyễn Chơn Hùng": ["Chủ tịch Hội đồng Quản trị", "Tổng Giám đốc PECC2"],
            },
        ),
        (  # a commission of the Central Committee with "Đảng"; "Phó trưởng ban Ban …"
            "Ông Nguyễn Ngọc Lâm, Phó trưởng ban Tổ chức Trung ương Đảng, thông báo. Đồng chí "
            "Hồ Văn Niên, Phó trưởng ban Ban Tuyên giáo Tỉnh ủy, báo cáo.\n",
            {
                "Nguyễn Ngọc Lâm": ["Phó trưởng ban Tổ chức Trung ương Đảng"],
                "Hồ Văn Niên": ["Phó trưởng ban Ban Tuyên giáo Tỉnh ủy"],
            },
        ),
        (  # a committee named by the kind of body alone, in either case
            "Đồng chí Võ Văn Yên - Thường trực Đảng ủy Khối phát biểu; đồng chí Lê Văn Tám, Phó "
            "Bí thư Đảng ủy bệnh viện, Giám đốc bệnh viện, báo cáo.\n",
            {
                "Võ Văn Yên": ["Thường trực Đảng ủy Khối"],
                "Lê Văn Tám": ["Phó Bí thư Đảng ủy bệnh viện", "Giám đốc bệnh viện"],
            },
        ),
        (  # a school named in full after "Đảng ủy" and as an organ
            "PGS.TS Trần Văn Hai, Bí thư Đảng ủy Trường Đại học Vinh, Hiệu trưởng Trường Đại "
            "học Vinh, phát biểu.\n",
            {
                "Trần Văn Hai": [
                    "Bí thư Đảng ủy Trường Đại học Vinh",
                    "Hiệu trưởng Trường Đại học Vinh",
                ]
            },
        ),
        (  # abbreviations: "UV.BTV", "UV BTV", "UBMTTQ", "TGĐ" with a company's acronym
            "Đồng chí Dương Phú Mẫn – UV.BTV Đảng ủy – Chủ tịch UBMTTQ Việt Nam xã; đồng chí "
            "Trần Ngọc Ba, UV BTV Đảng ủy, TGĐ VRG.\n",
            {
                "Dương Phú Mẫn": ["UV.BTV Đảng ủy", "Chủ tịch UBMTTQ Việt Nam xã"],
                "Trần Ngọc Ba": ["UV BTV Đảng ủy", "TGĐ VRG"],
            },
        ),
        (  # the Youth Union's cell, with a name in either case
            "Đồng chí Vũ Thanh - Phó Bí thư Chi đoàn văn phòng và đồng chí Diệp Kim Hương - Bí "
            "thư Chi đoàn Kỹ thuật là đoàn viên tiêu biểu.\n",
            {
                "Vũ Thanh": ["Phó Bí thư Chi đoàn văn phòng"],
                "Diệp Kim Hương": ["Bí thư Chi đoàn Kỹ thuật"],
            },
        ),
        (  # the unit and the place after a committee; a district numbered
            "Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Quận 1 Trần Kim Yến chủ trì. Đồng chí "
            "Lê Văn Ba, Bí thư Thành ủy thành phố Cần Thơ, dự họp.\n",
            {
                "Trần Kim Yến": ["Ủy viên Ban Thường vụ Thành ủy", "Bí thư Quận ủy Quận 1"],
                "Lê Văn Ba": ["Bí thư Thành ủy thành phố Cần Thơ"],
            },
        ),
        (  # a place cut short by a lower-case word is left out of the title
            "Đồng chí Trần Văn Khuê - Bí thư quận ủy quận Kiến an - dự đại hội.\n",
            {"Trần Văn Khuê": ["Bí thư quận ủy"]},
        ),
    ],
)
def test_titles_named_bodies_abbreviations_and_places(
    text: str, expected: dict[str, list[str]]
) -> None:
    """Reads titles whose organ is a body named by its kind, an acronym or a numbered place."""
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "về nhận nhiệm vụ"
            "Theo quyết định, ông Võ Văn Dũng về nhận nhiệm vụ Phó trưởng Ban Nội chính Trung "
            "ương.\n",
            {"Võ Văn Dũng": ["Phó trưởng Ban Nội chính Trung ương"]},
        ),
        (  # "tham gia Ban Chấp hành, Ban Thường vụ …, giữ chức"
            "Bộ Chính trị chỉ định ông Nguyễn Khắc Thận tham gia Ban Chấp hành Đảng bộ, Ban Thường "
            "vụ Tỉnh ủy, giữ chức Bí thư Tỉnh ủy Nghệ An khóa XX, nhiệm kỳ 2025-2030.\n",
            {"Nguyễn Khắc Thận": ["Bí thư Tỉnh ủy Nghệ An"]},
        ),
        (  # who elects, between "được" and the verb
            "Đồng chí Lê Văn Bảy - Giám đốc Công ty được toàn thể đảng viên dự Đại hội tín nhiệm "
            "bầu làm Bí thư Đảng ủy Công ty.\n",
            {"Lê Văn Bảy": ["Giám đốc Công ty", "Bí thư Đảng ủy Công ty"]},
        ),
        (  # a post printed in lower case after the verb
            "Đồng chí Trần Minh Cảnh, Phó Giám đốc bệnh viện, được bầu giữ chức danh phó bí thư "
            "Đảng ủy bệnh viện.\n",
            {"Trần Minh Cảnh": ["Phó Giám đốc bệnh viện", "phó bí thư Đảng ủy bệnh viện"]},
        ),
        (  # posts given up only: nothing is given
            "Bộ Chính trị quyết định ông Nguyễn Văn Mười thôi giữ chức Bí thư Thành ủy Hải Phòng "
            "nhiệm kỳ 2010 - 2015.\n",
            {"Nguyễn Văn Mười": []},
        ),
    ],
)
def test_titles_given_by_more_verbs(text: str, expected: dict[str, list[str]]) -> None:
    """Reads the post after more appointment verbs, and none after posts given up."""
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a department of the Central Committee's office, with the office after it
            "Dự có các đồng chí: Đinh Văn Vượng - Vụ trưởng vụ địa phương 2, Văn phòng Trung ương "
            "Đảng; Lê Quang Hải – Phó vụ trưởng Vụ Địa phương 7.\n",
            {
                "Đinh Văn Vượng": ["Vụ trưởng vụ địa phương 2, Văn phòng Trung ương Đảng"],
                "Lê Quang Hải": ["Phó vụ trưởng Vụ Địa phương 7"],
            },
        ),
        (  # a congress's committee, alone and named
            "Đồng chí Đào Hồng Lan, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Tiểu ban chủ trì. "
            "Thường trực Tiểu ban Văn kiện Đại hội XIV của Đảng Nguyễn Văn Nên phát biểu.\n",
            {
                "Đào Hồng Lan": ["Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Tiểu ban"],
                "Nguyễn Văn Nên": ["Thường trực Tiểu ban Văn kiện Đại hội XIV của Đảng"],
            },
        ),
        (  # the National Assembly's bodies; the Front's Central Committee abbreviated
            "Ông Hoàng Duy Chinh, Ủy viên Ủy ban Thường vụ Quốc hội, Phó Chủ tịch Thường trực Hội "
            "đồng Dân tộc của Quốc hội; bà Nguyễn Lan Hương, Phó Chủ tịch không chuyên trách "
            "UBTƯ MTTQ Việt Nam.\n",
            {
                "Hoàng Duy Chinh": [
                    "Ủy viên Ủy ban Thường vụ Quốc hội",
                    "Phó Chủ tịch Thường trực Hội đồng Dân tộc của Quốc hội",
                ],
                "Nguyễn Lan Hương": ["Phó Chủ tịch không chuyên trách UBTƯ MTTQ Việt Nam"],
            },
        ),
        (  # an election committee; a department abbreviated with "&"
            "Đồng chí Trần Công Thành – UVBTV Huyện ủy – Chủ tịch UBBC huyện báo cáo. Phó Giám đốc "
            "Sở KH&ĐT Trần Ngọc Nam cho biết.\n",
            {
                "Trần Công Thành": ["UVBTV Huyện ủy", "Chủ tịch UBBC huyện"],
                "Trần Ngọc Nam": ["Phó Giám đốc Sở KH&ĐT"],
            },
        ),
        (  # the deputy head named by the commission alone, before the name
            "Phó ban tuyên giáo huyện ủy Lê Văn Hà báo cáo kết quả.\n",
            {"Lê Văn Hà": ["Phó ban tuyên giáo huyện ủy"]},
        ),
        (  # "Đảng bộ" before the committee's term, after "bầu … làm"
            "Ban chấp hành đã bầu đ/c Lê Đức Tánh – TGĐ công ty làm Bí thư Đảng bộ khóa XI, "
            "nhiệm kỳ 2015 – 2020.\n",
            {"Lê Đức Tánh": ["TGĐ công ty", "Bí thư Đảng bộ"]},
        ),
    ],
)
def test_titles_of_departments_committees_and_assembly_bodies(
    text: str, expected: dict[str, list[str]]
) -> None:
    """Reads posts in departments, a congress's committees and the National Assembly's bodies."""
    assert _people(text) == expected


def test_council_of_the_unit_in_focus_within_a_chain() -> None:
    """Reads "Chủ tịch UBND" printed without its unit between two posts of one chain."""
    text = (
        "Đồng chí Đỗ Văn Vì, Bí thư Đảng ủy, Chủ tịch UBND, Phó Chủ tịch Ủy ban Bầu cử phường Ái "
        "Quốc dự họp.\n"
    )
    assert _people(text) == {
        "Đỗ Văn Vì": [
            "Bí thư Đảng ủy",
            "Chủ tịch UBND",
            "Phó Chủ tịch Ủy ban Bầu cử phường Ái Quốc",
        ]
    }


def test_a_post_given_to_a_list_of_people_set_off_by_semicolons() -> None:
    """Gives the post after "vừa được bầu giữ chức" to each person of a ";" list before it."""
    text = (
        "Ông Chẩu Văn Lâm, Chủ tịch UBND tỉnh Tuyên Quang; ông Phạm Duy Cường, Chủ tịch UBND tỉnh "
        "Yên Bái vừa được bầu giữ chức Bí thư tỉnh ủy.\n"
    )
    assert _people(text) == {
        "Chẩu Văn Lâm": ["Chủ tịch UBND tỉnh Tuyên Quang", "Bí thư tỉnh ủy"],
        "Phạm Duy Cường": ["Chủ tịch UBND tỉnh Yên Bái", "Bí thư tỉnh ủy"],
    }


def test_a_post_after_the_last_of_a_list_of_guests_is_only_theirs() -> None:
    """A ";" list of guests with their titles, the last one giving a speech: nothing shared."""
    text = (
        "Dự có ông Lê Văn Một, Bí thư Huyện ủy; ông Trần Văn Hai, Chủ tịch UBND huyện phát biểu "
        "chỉ đạo.\n"
    )
    assert _people(text) == {
        "Lê Văn Một": ["Bí thư Huyện ủy"],
        "Trần Văn Hai": ["Chủ tịch UBND huyện"],
    }


def test_posts_in_lower_case_after_a_first_post_in_capitals() -> None:
    """Joins "tổng giám đốc công ty" to the chain "Bí thư Đảng ủy, …" after a name."""
    text = (
        "Về dự có đồng chí Phùng Văn Thái Bí thư Đảng ủy, tổng giám đốc công ty; đồng chí Lê "
        "Quang Trung PBT huyện ủy, chủ tịch UBND huyện.\n"
    )
    assert _people(text) == {
        "Phùng Văn Thái": ["Bí thư Đảng ủy", "tổng giám đốc công ty"],
        "Lê Quang Trung": ["PBT huyện ủy", "chủ tịch UBND huyện"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a trade union, named by its company in full or abbreviated
            "Đ/c Đoàn Ngọc Anh – Chủ tịch Công đoàn Tổng công ty phát biểu. Đại hội có sự tham dự "
            "của Chủ tịch Công đoàn TCT Trần Nguyên Nhung.\n",
            {
                "Đoàn Ngọc Anh": ["Chủ tịch Công đoàn Tổng công ty"],
                "Trần Nguyên Nhung": ["Chủ tịch Công đoàn TCT"],
            },
        ),
        (  # a school's head and its Youth Union, in lower case
            "Dự có thầy Lưu Văn Hanh – Phó hiệu trưởng nhà trường; thầy Dương Văn Hòa – Bí thư "
            "Đoàn trường.\n",
            {
                "Lưu Văn Hanh": ["Phó hiệu trưởng nhà trường"],
                "Dương Văn Hòa": ["Bí thư Đoàn trường"],
            },
        ),
        (  # "PCT TT", "CN UBKT", "UBKT" in a chain
            "Dự có đ/c Vương Phước Hải, UVBTV, CN UBKT; đ/c Nguyễn Thanh Sang, UVBTV, PCT TT UBND "
            "Quận 8.\n",
            {
                "Vương Phước Hải": ["UVBTV", "CN UBKT"],
                "Nguyễn Thanh Sang": ["UVBTV", "PCT TT UBND Quận 8"],
            },
        ),
        (  # "huyện Ủy" printed with a capital; a former post names the person
            "Đoàn đến thăm ông Phan Ngọc Nuôi, nguyên Bí thư huyện Ủy và ông Hồ Văn Tư, Phó Bí thư "
            "huyện Ủy.\n",
            {"Phan Ngọc Nuôi": [], "Hồ Văn Tư": ["Phó Bí thư huyện Ủy"]},
        ),
        (  # a numbered ward and its district
            "Dự có đồng chí Phan Thị Hồng Hoa, Đảng ủy viên, chủ tịch Ủy ban Mặt trận Tổ quốc Việt "
            "Nam phường 14 quận 6.\n",
            {
                "Phan Thị Hồng Hoa": [
                    "Đảng ủy viên",
                    "chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường 14 quận 6",
                ]
            },
        ),
        (  # "giữ nhiệm vụ" and "đắc cử chức danh"
            "Đồng chí Hà Thanh An giữ nhiệm vụ Bí thư, đồng chí Trần Văn Thoa giữ nhiệm vụ Phó Bí "
            "thư chi bộ. Đồng chí Trần Quốc Đạt đắc cử chức danh Phó Bí thư Chi bộ.\n",
            {
                "Hà Thanh An": ["Bí thư"],
                "Trần Văn Thoa": ["Phó Bí thư chi bộ"],
                "Trần Quốc Đạt": ["Phó Bí thư Chi bộ"],
            },
        ),
    ],
)
def test_titles_of_unions_schools_and_abbreviated_posts(
    text: str, expected: dict[str, list[str]]
) -> None:
    """Reads posts in trade unions and schools, more abbreviations, and more verbs."""
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự có đồng chí Trần Văn Nam, Giám đốc Trung tâm Y tế huyện, phát biểu.\n",
            {"Trần Văn Nam": ["Giám đốc Trung tâm Y tế huyện"]},
        ),
        (
            "Đồng chí Phương Văn Chương – Ủy viên Ban Chấp hành, dự đại hội.\n",
            {"Phương Văn Chương": ["Ủy viên Ban Chấp hành"]},
        ),
        (  # a part that is no title ends the apposition
            "Ông Lê Văn Tư, Chủ tịch Hội Nông dân tỉnh, người có nhiều đóng góp, phát biểu.\n",
            {"Lê Văn Tư": ["Chủ tịch Hội Nông dân tỉnh"]},
        ),
        (  # a role followed by prose up to the comma is no title
            "Ông Lê Văn Tư, Giám đốc nhiều năm liền, phát biểu.\n",
            {"Lê Văn Tư": []},
        ),
    ],
)
def test_titles_read_part_by_part_in_an_apposition(
    text: str, expected: dict[str, list[str]]
) -> None:
    """Reads each part of an apposition after a name whole as a title when it is one."""
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a chain all in lower case but its commission; a department ended by its unit
            "Chiều 4/7, đồng chí Kha Thị Tím, ủy viên ban thường vụ huyện ủy, Trưởng ban Tổ chức, "
            "trưởng phòng Nội vụ huyện đã trao huy hiệu.\n",
            {
                "Kha Thị Tím": [
                    "ủy viên ban thường vụ huyện ủy",
                    "Trưởng ban Tổ chức",
                    "trưởng phòng Nội vụ huyện",
                ]
            },
        ),
        (  # a post in lower case right after the name, then the verb
            "Kết quả ông Nguyễn Cảnh Thảo bí thư đảng ủy được bầu làm Chủ tịch HĐND xã.\n",
            {"Nguyễn Cảnh Thảo": ["bí thư đảng ủy", "Chủ tịch HĐND xã"]},
        ),
        (  # "ông A và bà B được bầu": the post goes to both
            "Ông Nguyễn Hữu Yên và bà Ngô Thị Lĩnh tiếp tục được bầu làm Phó Chủ tịch UBND xã.\n",
            {
                "Nguyễn Hữu Yên": ["Phó Chủ tịch UBND xã"],
                "Ngô Thị Lĩnh": ["Phó Chủ tịch UBND xã"],
            },
        ),
    ],
)
def test_titles_in_lower_case_and_shared_by_two_people(
    text: str, expected: dict[str, list[str]]
) -> None:
    """Reads chains printed in lower case and a post given to two people joined by "và"."""
    assert _people(text) == expected
