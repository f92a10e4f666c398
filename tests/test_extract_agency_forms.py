"""Party committees of agencies, companies and blocs: their names, levels and congresses."""

from __future__ import annotations

import pytest

from vnpartydoc.enums import Level
from vnpartydoc.extract import extract_partial
from vnpartydoc.extract.agencies import agency_level

CONGRESSES = [
    (
        "Trong các ngày 16 và 17-7-2020, tại Hà Nội, Đảng bộ Tập đoàn Điện lực Việt Nam (EVN) "
        "đã tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2020-2025.\n",
        ("dang-bo-tap-doan-dien-luc-viet-nam", Level.DISTRICT, 3, "2020 - 2025"),
    ),
    (
        "Tại Đại hội đại biểu lần thứ III Đảng bộ Tập đoàn Dầu khí Quốc gia Việt Nam nhiệm kỳ "
        "2020 - 2025, các đại biểu thảo luận văn kiện.\n",
        ("dang-bo-tap-doan-dau-khi-quoc-gia-viet-nam", Level.DISTRICT, 3, "2020 - 2025"),
    ),
    (
        "VOV.VN - Đại hội đại biểu Đảng bộ khối các cơ quan Trung ương lần thứ XIII, nhiệm kỳ "
        "2020 - 2025 khai mạc.\n",
        ("dang-bo-khoi-cac-co-quan-trung-uong", Level.PROVINCE, 13, "2020 - 2025"),
    ),
    (
        "Phiên chính thức Đại hội đại biểu Đảng bộ UBND tỉnh lần thứ I, nhiệm kỳ 2025-2030 sẽ "
        "khai mạc vào sáng 05/8.\n",
        ("dang-bo-ubnd-tinh", Level.DISTRICT, 1, "2025 - 2030"),
    ),
    (
        "(BBNĐT) Ngày 10 và 11-2, Đảng bộ Văn phòng UBND tỉnh Đại hội lần thứ VIII, nhiệm kỳ "
        "2020-2025.\n",
        ("dang-bo-van-phong-ubnd-tinh", Level.GRASSROOTS, 8, "2020 - 2025"),
    ),
    (
        "ĐẢNG BỘ TỔNG CÔNG TY SÔNG ĐÀ TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XII, NHIỆM KỲ 2020 - 2025\n",
        ("dang-bo-tong-cong-ty-song-da", Level.DISTRICT, 12, "2020 - 2025"),
    ),
    (
        "Vào ngày 05/6 tới đây, Đảng bộ Trường Đại học Sư phạm Huế sẽ tổ chức Đại hội Đảng bộ "
        "Trường Đại học Sư phạm Huế lần VII, nhiệm kỳ 2020 – 2025.\n",
        ("dang-bo-truong-dai-hoc-su-pham-hue", Level.GRASSROOTS, 7, "2020 - 2025"),
    ),
    (
        "ĐẠI HỘI ĐẢNG BỘ TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN LẦN THỨ XXVII, NHIỆM KỲ 2025–2030\n",
        ("dang-bo-truong-dai-hoc-kinh-te-quoc-dan", Level.GRASSROOTS, 27, "2025 - 2030"),
    ),
    (
        "Ngày 14/8/2025, Đảng bộ Bộ Nông nghiệp và Môi trường tổ chức Đại hội đại biểu lần thứ I, "
        "nhiệm kỳ 2025 - 2030.\n",
        ("dang-bo-bo-nong-nghiep-va-moi-truong", Level.DISTRICT, 1, "2025 - 2030"),
    ),
    (
        "Chiều 20/8, Đảng bộ Tổng Liên đoàn Lao động Việt Nam tổ chức Đại hội đại biểu lần thứ I, "
        "nhiệm kỳ 2025-2030.\n",
        ("dang-bo-tong-lien-doan-lao-dong-viet-nam", Level.DISTRICT, 1, "2025 - 2030"),
    ),
    (
        "Trong 2 ngày 15 và 16/7, Đảng bộ Quân khu 9 tổ chức Đại hội đại biểu lần thứ XI, "
        "nhiệm kỳ 2025-2030.\n",
        ("dang-bo-quan-khu-9", Level.DISTRICT, 11, "2025 - 2030"),
    ),
    (
        "Kế hoạch số 65-KH/ĐU tổ chức Đại hội Đảng bộ cơ quan chính quyền Quận 10 lần thứ V "
        "nhiệm kỳ 2020 – 2025.\n",
        ("dang-bo-co-quan-chinh-quyen-quan-10", Level.GRASSROOTS, 5, "2020 - 2025"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CONGRESSES,
    ids=[
        "group-before",
        "group-after",
        "central-bloc",
        "people-committee",
        "office",
        "caps",
        "university-lan",
        "university-caps",
        "ministry",
        "unions",
        "military-region",
        "agency-of-a-numbered-district",
    ],
)
def test_agency_congress_is_read(text: str, expected: tuple[str, Level, int, str]) -> None:
    """Reads the agency's committee as the organisation holding the congress, with its level."""
    result = extract_partial(text)
    org, level, ordinal, term = expected
    assert [(c.organisation, c.ordinal, str(c.term)) for c in result.congresses] == [
        (org, ordinal, term)
    ]
    assert {o.id: o.level for o in result.organisations}[org] is level


def test_committee_of_a_numbered_district_has_the_number_as_locality() -> None:
    """Reads "Quận ủy Quận 3" as the committee of Quận 3, not of a district called "Quận"."""
    text = (
        "Kế hoạch số 221-KH/QU của Ban Thường vụ Quận ủy Quận 3 về tổ chức Đại hội Đảng bộ Quận "
        "lần thứ XII (nhiệm kỳ 2020-2025).\n"
    )
    result = extract_partial(text)
    assert [(c.organisation, c.ordinal) for c in result.congresses] == [("dang-bo-quan-3", 12)]


def test_agency_committee_in_a_title_is_an_organisation() -> None:
    """Names the bloc of a title ("Bí thư Đảng ủy Khối …") as an organisation of its own."""
    text = (
        "Tới dự có đồng chí Nguyễn Quốc Khánh, Ủy viên Ban Thường vụ Đảng ủy Khối Doanh nghiệp "
        "Trung ương, Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn.\n"
    )
    orgs = {o.id: o for o in extract_partial(text).organisations}
    assert orgs["dang-bo-khoi-doanh-nghiep-trung-uong"].level is Level.PROVINCE
    assert orgs["dang-bo-khoi-doanh-nghiep-trung-uong"].committee == (
        "Đảng ủy Khối Doanh nghiệp Trung ương"
    )
    assert orgs["dang-bo-khoi-doanh-nghiep-trung-uong"].locality is None


def test_bloc_of_the_province_takes_the_province_named() -> None:
    """Appends the province the page names to a bloc named "… tỉnh"."""
    text = (
        "Sáng 20/6, Đảng bộ Khối các cơ quan tỉnh tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ "
        "2020 - 2025. Dự có lãnh đạo Tỉnh ủy Thái Nguyên.\n"
    )
    congresses = extract_partial(text).congresses
    assert [c.organisation for c in congresses] == ["dang-bo-khoi-cac-co-quan-tinh-thai-nguyen"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đảng bộ Tập đoàn tổ chức Đại hội lần thứ III, nhiệm kỳ 2020 - 2025.\n", []),
        ("Đảng ủy Công ty về kế hoạch đại hội chi bộ trực thuộc.\n", []),
    ],
    ids=["group-without-name", "company-without-name"],
)
def test_head_word_alone_names_no_agency(text: str, expected: list[str]) -> None:
    """Reads no organisation from "Đảng bộ Tập đoàn" or "Đảng ủy Công ty" without a name."""
    assert [o.id for o in extract_partial(text).organisations] == expected


@pytest.mark.parametrize(
    ("head", "name", "level"),
    [
        ("Khối", "các cơ quan Trung ương", Level.PROVINCE),
        ("khối", "DNTW", Level.PROVINCE),
        ("các cơ quan", "Đảng Trung ương", Level.PROVINCE),
        ("Khối", "các cơ quan tỉnh Thái Nguyên", Level.DISTRICT),
        ("Tập đoàn", "Cao su Việt Nam", Level.DISTRICT),
        ("UBND", "tỉnh", Level.DISTRICT),
        ("Công an", "tỉnh", Level.DISTRICT),
        ("UBND", "phường Quảng Phú", Level.GRASSROOTS),
        ("Sở", "Nội vụ", Level.GRASSROOTS),
        ("Công ty", "cổ phần Tập đoàn Tiến Bộ", Level.GRASSROOTS),
    ],
)
def test_agency_level(head: str, name: str, level: Level) -> None:
    """Gives blocs, groups and provincial bodies the level of the committees they sit under."""
    assert agency_level(head, name) is level


def test_online_paper_tag_names_no_province() -> None:
    """Reads no province from an online paper's tag ("BBNĐT" is no "Đồng Tháp")."""
    text = (
        "(BBNĐT) Ngày 28-2, Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ "
        "2020 - 2025 triển khai nhiệm vụ.\n"
    )
    result = extract_partial(text)
    assert result.congresses == []
    assert result.organisations == []


@pytest.mark.parametrize(
    ("text", "central"),
    [
        ("Bộ Chính trị chỉ định ông Hầu A Lềnh giữ chức Bí thư Tỉnh ủy Tuyên Quang.\n", True),
        (
            "Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII).\n",
            True,
        ),
        ("Sáng 4/12, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc.\n", True),
        ("Dự có đồng chí Trần Văn A, Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Quảng Trị.\n", False),
        (
            "Đồng chí Tô Lâm – Tổng Bí thư BCH Trung ương Đảng Cộng sản Việt Nam gửi lẵng hoa "
            "chúc mừng Đại hội.\n",
            False,
        ),
    ],
    ids=["politburo-decides", "issuer", "organisers", "in-a-title", "party-in-a-title"],
)
def test_central_body_names_the_party_outside_titles(text: str, central: bool) -> None:
    """Names the Party where a Central body acts, not where it is part of a title."""
    ids = [o.id for o in extract_partial(text).organisations]
    assert ("dang-cong-san-viet-nam" in ids) is central


def test_locality_cut_short_is_no_organisation() -> None:
    """Reads no province from a name cut by an ellipsis ("Tỉnh ủy Lào…")."""
    text = "Ông Trịnh Việt Hùng được điều động giữ chức Bí thư Tỉnh ủy Lào…\n"
    result = extract_partial(text)
    assert [o.id for o in result.organisations] == []
    assert {p.name: [t.printed for t in p.titles] for p in result.people} == {
        "Trịnh Việt Hùng": ["Bí thư Tỉnh ủy"]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trong các ngày 21, 22/7, Đảng bộ Công an tỉnh Thái Bình đã tổ chức thành công Đại "
            "hội đại biểu lần thứ XII, nhiệm kỳ 2020-2025.\n",
            ("dang-bo-cong-an-tinh-thai-binh", Level.DISTRICT, "2020-07-21", "2020-07-22"),
        ),
        (
            "Sáng 9.8, Đảng bộ Văn phòng Chính phủ (VPCP) tổ chức Đại hội đại biểu lần thứ XXVII, "
            "nhiệm kỳ 2025 - 2030.\n",
            ("dang-bo-van-phong-chinh-phu", Level.DISTRICT, "2025-08-09", None),
        ),
    ],
    ids=["provincial-police", "government-office"],
)
def test_police_and_central_office_committees(
    text: str, expected: tuple[str, Level, str, str | None]
) -> None:
    """Gives a province's police and the Government Office's committees the district level."""
    result = extract_partial(text)
    org, level, opened, closed = expected
    assert {o.id: o.level for o in result.organisations}[org] is level
    congress = result.congresses[0]
    assert (str(congress.opened_on), str(congress.closed_on) if congress.closed_on else None) == (
        opened,
        closed,
    )


def test_party_cell_holds_its_own_congress() -> None:
    """Reads "Chi bộ <name>" as a cell, whose congress it is, not its parent committee's."""
    text = (
        "Được sự đồng ý của Đảng ủy Công ty CP Tập đoàn Tiến Bộ, Chi bộ Khối Sản xuất và Kinh "
        "doanh tổ chức Đại hội lần thứ IV, nhiệm kỳ 2022-2025.\n"
    )
    result = extract_partial(text)
    orgs = {o.id: o for o in result.organisations}
    assert orgs["chi-bo-khoi-san-xuat-va-kinh-doanh"].level is Level.CELL
    assert orgs["chi-bo-khoi-san-xuat-va-kinh-doanh"].name == "Chi bộ Khối Sản xuất và Kinh doanh"
    assert orgs["dang-bo-cong-ty-cp-tap-doan-tien-bo"].level is Level.GRASSROOTS
    assert [(c.organisation, c.ordinal) for c in result.congresses] == [
        ("chi-bo-khoi-san-xuat-va-kinh-doanh", 4)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Các chi bộ trực thuộc đã tổ chức đại hội.\n",
        "Đồng chí Trần Ngọc Sinh – Bí thư chi bộ nhiệm kỳ 2020-2022 trình bày báo cáo.\n",
        "Ngày 9/5/2020 các chi bộ khối Văn phòng đã tổ chức đại hội.\n",
    ],
    ids=["plural", "in-a-title", "lower-case-office"],
)
def test_cell_without_a_name_is_no_organisation(text: str) -> None:
    """Reads no cell from "chi bộ" without a name of capitalised words or a hamlet's name."""
    assert [o.id for o in extract_partial(text).organisations] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đảng ủy Khối các cơ quan Trung ương và Đảng ủy Công an Trung ương chỉ đạo.\n",
            {
                "dang-bo-khoi-cac-co-quan-trung-uong": Level.PROVINCE,
                "dang-bo-cong-an-trung-uong": Level.PROVINCE,
            },
        ),
        (
            "Đảng bộ Bộ đội Biên phòng tỉnh Quảng Trị tổ chức Đại hội đại biểu lần thứ XVI, "
            "nhiệm kỳ 2020 - 2025.\n",
            {"dang-bo-bo-doi-bien-phong-tinh-quang-tri": Level.DISTRICT},
        ),
        (
            "Đảng bộ Văn phòng Tỉnh ủy tổ chức Đại hội lần thứ X, nhiệm kỳ 2020 - 2025.\n",
            {"dang-bo-van-phong-tinh-uy": Level.GRASSROOTS},
        ),
    ],
    ids=["central-committees-joined-by-va", "border-guard", "provincial-office"],
)
def test_agency_names_end_before_the_next_committee(text: str, expected: dict[str, Level]) -> None:
    """Ends an agency's name before "và Đảng ủy …", and reads "Tỉnh ủy" inside a name."""
    assert {o.id: o.level for o in extract_partial(text).organisations} == expected


def test_bloc_named_as_every_provinces_is_no_organisation() -> None:
    """Reads no organisation from "Đảng ủy Khối Doanh nghiệp" with no place at all."""
    text = (
        "Chiều 16/7, Đảng ủy Khối Doanh nghiệp tổ chức Hội nghị sơ kết công tác xây dựng Đảng "
        "6 tháng đầu năm.\n"
    )
    assert [o.id for o in extract_partial(text).organisations] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự có lãnh đạo Tỉnh ủy – HĐND – UBND - Ủy ban MTTQ Việt Nam tỉnh Bình Phước.\n",
            "dang-bo-tinh-binh-phuoc",
        ),
        (
            "Ngày 17/5/2022, Đảng ủy, UBND xã Tiên Cảnh đã tổ chức Hội nghị biểu dương.\n",
            "dang-bo-xa-tien-canh",
        ),
    ],
    ids=["province-after-state-bodies", "commune-after-its-people-committee"],
)
def test_committee_takes_the_place_named_after_a_list_of_state_bodies(
    text: str, expected: str
) -> None:
    """Reads the place after "Tỉnh ủy – HĐND – UBND …", "Đảng ủy, UBND xã …" as the committee's."""
    assert [o.id for o in extract_partial(text).organisations] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "SKĐS - Thủ tướng chủ trì họp theo Công văn số 59-CV/BCĐ của Ban Chỉ đạo Trung ương.\n",
        "Sau 15 năm thực hiện Nghị quyết Trung ương 7 khóa X về nông nghiệp, nông thôn.\n",
    ],
    ids=["steering-committee", "plenum-resolution"],
)
def test_central_steering_committee_and_plenum_name_the_party(text: str) -> None:
    """Reads the Party from "Ban Chỉ đạo Trung ương" and "Nghị quyết Trung ương 7"."""
    assert "dang-cong-san-viet-nam" in [o.id for o in extract_partial(text).organisations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 12/10, Đảng bộ Chính phủ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ "
            "2025-2030.\n",
            [("dang-bo-chinh-phu", Level.PROVINCE)],
        ),
        (
            "Dự có đồng chí Lê Thành Long, Ủy viên Ban Thường vụ Đảng ủy Chính phủ.\n",
            [("dang-bo-chinh-phu", Level.PROVINCE)],
        ),
        (
            "Đại hội đại biểu Đảng bộ Quân đội lần thứ XII, nhiệm kỳ 2025-2030 khai mạc.\n",
            [("dang-bo-quan-doi", Level.PROVINCE)],
        ),
        ("Phó Thủ tướng Chính phủ dự hội nghị.\n", []),
    ],
    ids=["government", "government-in-a-title", "army", "state-body-only"],
)
def test_committee_named_by_the_state_body_it_leads(
    text: str, expected: list[tuple[str, Level]]
) -> None:
    """Reads "Đảng bộ Chính phủ", "Đảng ủy Chính phủ", "Đảng bộ Quân đội" as committees."""
    assert [(o.id, o.level) for o in extract_partial(text).organisations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 3/8/2022 Chi bộ 7b, phường Bắc Lệnh tổ chức Đại hội chi bộ lần thứ XXI.\n",
            ["chi-bo-7b-phuong-bac-lenh"],
        ),
        (
            "Huyện ủy chọn Chi bộ Trường Trung học phổ thông Võ Thị Hồng tổ chức đại hội điểm.\n",
            ["chi-bo-truong-trung-hoc-pho-thong-vo-thi-hong"],
        ),
        (
            "Sáp nhập chi bộ 6 và chi bộ 7 trực thuộc Đảng bộ phường Khuê Trung; Chi bộ 22 quản "
            "lý 25 đảng viên.\n",
            ["dang-bo-phuong-khue-trung"],
        ),
        ("Hiện nay 100% thôn, làng, trường học đều có chi bộ Đảng.\n", []),
        ("Riêng chi bộ Công an xã sẽ tổ chức Đại hội trong tháng 3/2025.\n", []),
        ("Biểu dương đội ngũ bí thư chi bộ bản và người có uy tín.\n", []),
        ("Các đảng bộ, chi bộ cơ sở đã tổ chức đại hội.\n", []),
    ],
    ids=[
        "number-and-ward", "school-with-its-grade", "number-alone", "the-party-word",
        "cut-compound", "hamlet-word-alone", "grassroots-cells",
    ],
)  # fmt: skip
def test_cell_is_listed_when_named_fully(text: str, expected: list[str]) -> None:
    """Lists a cell named by its number and ward, or a school by its grade and name.

    Not a number alone, "chi bộ Đảng", a name cut inside a compound, a hamlet word alone.
    """
    assert sorted(o.id for o in extract_partial(text).organisations) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự hội nghị có đại diện Đảng ủy Khối Doanh nghiệp Trung ương. Đồng chí Nguyễn Quốc "
            "Khánh, Ủy viên Ban Thường vụ Đảng ủy khối DNTW, phát biểu.\n",
            {"dang-bo-khoi-doanh-nghiep-trung-uong": Level.PROVINCE},
        ),
        (
            "Đồng chí Phùng Quang Hiệp – Ủy viên BCH Đảng bộ Khối DNTW, Bí thư Đảng ủy.\n",
            {"dang-bo-khoi-doanh-nghiep-trung-uong": Level.PROVINCE},
        ),
        (
            "Phó Bí thư Đảng ủy Quân sự T.Ư, Bộ trưởng Quốc phòng dự Đại hội Đảng bộ Quân đội.\n",
            {"dang-bo-quan-doi": Level.PROVINCE},
        ),
        ("Lãnh đạo Đảng ủy Khối DN khen thưởng các tập thể xuất sắc.\n", {}),
        ("Trong quý III, Đảng ủy khối Doanhnghiệp và các chi bộ trực thuộc nỗ lực.\n", {}),
        (
            "Đảng ủy Khối DN tỉnh Thái Nguyên tổ chức hội nghị.\n",
            {"dang-bo-khoi-doanh-nghiep-tinh-thai-nguyen": Level.DISTRICT},
        ),
    ],
    ids=[
        "full-and-run-together", "run-together-alone", "cut-at-its-dot", "every-provinces-short",
        "glued-every-provinces", "short-with-province",
    ],
)  # fmt: skip
def test_agency_short_forms_are_read_as_meant(text: str, expected: dict[str, Level]) -> None:
    """Writes out "DN", "TW" and "T.Ư" in a committee's name: one organisation, fullest name.

    A bloc that is every province's ("Khối DN", "khối Doanhnghiệp") stays no organisation;
    the Central Military Party Committee is the army's.
    """
    assert {o.id: o.level for o in extract_partial(text).organisations} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ĐẠI HỘI ĐIỂM NHIỆM KỲ 2025-2030\n"
            "Sáng 30/7, Đảng bộ cơ quan UBND xã Vân Tụ tổ chức Đại hội lần thứ nhất.\n"
            "Đồng chí Nguyễn Như Hoàn được bầu giữ chức Phó Bí thư Đảng ủy cơ quan UBND xã ; Ủy "
            "ban kiểm tra Đảng ủy cơ quan UBND\nxã gồm 03 đồng chí.\n",
            ["dang-bo-co-quan-ubnd-xa-van-tu"],
        ),
        (
            "Về dự Đại hội điểm của xã (Chi bộ thôn Bãi Màu) có đồng chí Bạch Ngọc Thêm, phụ trách "
            "sinh hoạt chi bộ Bãi Màu.\n",
            ["chi-bo-thon-bai-mau"],
        ),
        (
            "Đảng ủy Khối các cơ quan tỉnh Thái Nguyên, Đảng ủy Khối các cơ quan Trung ương "
            "phối hợp; Đảng ủy Khối các cơ quan chỉ đạo.\n",
            ["dang-bo-khoi-cac-co-quan-tinh-thai-nguyen", "dang-bo-khoi-cac-co-quan-trung-uong"],
        ),
        ("Đảng bộ cơ quan gồm các chi bộ: chi bộ Văn phòng HĐND-UBND, chi bộ phòng Kinh tế.\n", []),
    ],
    ids=[
        "cut-by-unit-and-line", "cell-without-its-hamlet-word", "two-longer-names",
        "cut-at-a-dash",
    ],
)  # fmt: skip
def test_committee_named_short_is_its_fullest_printing(text: str, expected: list[str]) -> None:
    """Reads a committee's name cut short as the one longer name the page prints.

    Two different longer names leave it as printed; a cell's name cut at a glued dash is none.
    """
    assert sorted(o.id for o in extract_partial(text).organisations) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 1930, đại biểu đi dự Đại hội thành lập Liên tỉnh ủy Thanh - Nghệ - Tĩnh.\n",
            [],
        ),
        (
            "Đồng chí Thái Thanh Quý, Bí thư Tỉnh ủy Nghệ An dự hội nghị.\n",
            ["dang-bo-tinh-nghe-an"],
        ),
    ],
    ids=["joint-committee", "province-committee"],
)
def test_joint_committee_of_provinces_is_no_province(text: str, expected: list[str]) -> None:
    """Reads no province from "Liên tỉnh ủy …", several provinces' joint committee."""
    assert sorted(o.id for o in extract_partial(text).organisations) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo đó, Đảng bộ xã Trần Hợi được Ban Thường vụ Tỉnh ủy chọn chỉ đạo đại hội điểm.\n",
            ["dang-bo-xa-tran-hoi"],
        ),
        ("Bí thư Đảng bộ xã Trần Văn Nam phát biểu chỉ đạo.\n", []),
    ],
    ids=["two-words-after-the-unit", "three-word-name"],
)
def test_place_that_opens_with_a_family_name(text: str, expected: list[str]) -> None:
    """Reads two words after "Đảng bộ xã" as the place even when the first is a family name."""
    assert sorted(o.id for o in extract_partial(text).organisations) == expected
