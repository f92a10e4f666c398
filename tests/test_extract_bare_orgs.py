"""Organisations printed without their unit word or their locality, read from their shape.

"Đảng bộ Nghệ An": a province or centrally-run city named with no unit word is the province's
Party organisation, its unit taken from the province list. "Phó Bí thư Tỉnh ủy, Chủ tịch UBND
tỉnh Sơn La": a bare committee whose holder's next post names a place of its unit is that
place's committee.
"""

from __future__ import annotations

import pytest

from vnpartydoc.extract import extract_partial


def _orgs(text: str) -> list[tuple[str, str]]:
    return sorted(
        (o.id, o.level.value)
        for o in extract_partial(text).organisations
        if not o.id.startswith("dang-cong-san")
    )


@pytest.mark.parametrize(
    ("text", "org", "congress"),
    [
        (
            "Đại hội đại biểu Đảng bộ Nghệ An lần thứ XIX, nhiệm kỳ 2020 – 2025 khai mạc "
            "ngày 14/10/2020 tại Trung tâm Hội nghị tỉnh.",
            ("dang-bo-tinh-nghe-an", "province"),
            "dai-hoi-dang-bo-tinh-nghe-an-xix",
        ),
        (
            "Sáng 9/10/2020, Đại hội đại biểu Đảng bộ Hà Nội lần thứ XVII, nhiệm kỳ 2020 – "
            "2025 đã khai mạc trọng thể.",
            ("dang-bo-thanh-pho-ha-noi", "province"),
            "dai-hoi-dang-bo-thanh-pho-ha-noi-xvii",
        ),
        (
            "ĐẠI HỘI ĐẢNG BỘ NGHỆ AN LẦN THỨ XIX, NHIỆM KỲ 2020 – 2025\n\nSáng 14/10/2020, "
            "Đại hội chính thức khai mạc.",
            ("dang-bo-tinh-nghe-an", "province"),
            "dai-hoi-dang-bo-tinh-nghe-an-xix",
        ),
        (
            "Đại hội đại biểu Đảng bộ Thừa Thiên Huế lần thứ XVI, nhiệm kỳ 2020 – 2025 bế mạc "
            "ngày 17/10/2020.",
            ("dang-bo-tinh-thua-thien-hue", "province"),
            "dai-hoi-dang-bo-tinh-thua-thien-hue-xvi",
        ),
        (
            "Đại hội đại biểu Đảng bộ Huế lần thứ XVII, nhiệm kỳ 2025 – 2030 khai mạc ngày "
            "13/10/2025.",
            ("dang-bo-thanh-pho-hue", "province"),
            "dai-hoi-dang-bo-thanh-pho-hue-xvii",
        ),
    ],
)
def test_province_named_without_unit_word(text: str, org: tuple[str, str], congress: str) -> None:
    """The province list gives the unit: a province's or a centrally-run city's organisation."""
    result = extract_partial(text)
    assert _orgs(text) == [org]
    assert [c.id for c in result.congresses] == [congress]
    assert "congress_organisation_unknown" not in [i.code for i in result.issues]


def test_province_named_without_unit_word_as_a_subject() -> None:
    """Outside a congress too ("Đảng bộ Hà Nội đã lãnh đạo …")."""
    text = "Nhiệm kỳ qua, Đảng bộ Hà Nội đã lãnh đạo Thủ đô đạt tốc độ tăng trưởng 7,39 %/năm."
    assert _orgs(text) == [("dang-bo-thanh-pho-ha-noi", "province")]


@pytest.mark.parametrize(
    "text",
    [
        # a district: its unit is unknown, so it is left unread
        "Các Đảng bộ, chi bộ trực thuộc Đảng bộ Đô Lương chuẩn bị tốt Đại hội nhiệm kỳ "
        "2020 – 2025.",
        "ĐẠI HỘI ĐẢNG BỘ ĐÔ LƯƠNG LẦN THỨ XXIX, NHIỆM KỲ 2020 – 2025",
        # a person's name after "Đảng bộ" is no place
        "Thay mặt Đảng bộ, Nguyễn Văn Hùng phát biểu tại buổi lễ.",
    ],
)
def test_unknown_name_without_unit_word_stays_unread(text: str) -> None:
    """A name not in the province list gives no organisation."""
    assert _orgs(text) == []


def test_agency_named_after_a_province_stays_an_agency() -> None:
    """The school's committee ("Đảng bộ Trường Đại học Bình Dương") is no province's."""
    text = (
        "Đại hội Đảng bộ Trường Đại học Bình Dương lần VI, nhiệm kỳ 2020 – 2025 diễn ra "
        "ngày 29/5/2020."
    )
    assert ("dang-bo-tinh-binh-duong", "province") not in _orgs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Cầm Ngọc Minh, Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La; ông Nguyễn "
            "Văn Quang, Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hòa Bình.",
            [("dang-bo-tinh-hoa-binh", "province"), ("dang-bo-tinh-son-la", "province")],
        ),
        (
            "Bà Tráng Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Phó chủ tịch UBND tỉnh Sơn La; "
            "ông Bùi Văn Cửu, UV BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh Hòa Bình.",
            [("dang-bo-tinh-hoa-binh", "province"), ("dang-bo-tinh-son-la", "province")],
        ),
        (
            "Đồng chí Trần Sỹ Thanh – Phó Bí thư Thành ủy, Chủ tịch UBND TP Hà Nội; đồng chí "
            "Phan Văn Mãi – Phó Bí thư Thành ủy, Chủ tịch UBND TP Hồ Chí Minh.",
            [
                ("dang-bo-thanh-pho-ha-noi", "province"),
                ("dang-bo-thanh-pho-ho-chi-minh", "province"),
            ],
        ),
        (
            "Đồng chí Vũ Văn Diện, Ủy viên BTV Tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND TP Hạ "
            "Long, được bầu giữ chức vụ Phó Chủ tịch UBND tỉnh.",
            [("dang-bo-thanh-pho-ha-long", "district")],
        ),
    ],
)
def test_bare_committee_takes_the_place_of_the_next_post(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Two provinces named, yet each holder's chain settles the committee it names."""
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the next post is of another unit: it says nothing of the Tỉnh ủy
        "Ông Lê Văn A, Ủy viên BTV Tỉnh ủy, Bí thư Huyện ủy Mộc Châu; ông Trần Văn B, Ủy "
        "viên BTV Tỉnh ủy, Bí thư Huyện ủy Yên Châu, tỉnh Hòa Bình, và tỉnh Sơn La.",
        "Phó Bí thư Huyện ủy, Chủ tịch UBND tỉnh Sơn La dự họp cùng huyện Mộc Châu và "
        "huyện Yên Châu.",
        # a list of bodies, not a holder's chain
        "Báo cáo gửi Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La và Sở Tài chính tỉnh "
        "Hòa Bình.",
        # a word opening the next sentence is no place
        "Đồng chí Nguyễn Thanh Hải – Phó Bí thư Đảng ủy phường, Chủ tịch UBND phường Báo cáo "
        "kết quả giai đoạn 1 tại phường Tân Phú và phường Tân Định.",
        # posts held before
        "Ông là cán bộ trưởng thành từ cơ sở và kinh qua nhiều vị trí như bí thư Huyện ủy, "
        "chủ tịch UBND huyện Sa Pa, rồi về công tác tại huyện Bát Xát, tỉnh Lào Cai.",
    ],
)
def test_chain_without_the_same_holder_and_unit_settles_nothing(text: str) -> None:
    """No committee of a province is read from these chains."""
    orgs = _orgs(text)
    assert not [o for o in orgs if o[0] in {"dang-bo-tinh-son-la", "dang-bo-tinh-hoa-binh"}]
    assert not [o for o in orgs if o[0] in {"dang-bo-huyen-sa-pa", "dang-bo-phuong-bao"}]
