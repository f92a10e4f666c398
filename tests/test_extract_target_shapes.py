"""Targets and results in the printed shapes of congress news, reviews and agency reports."""

from __future__ import annotations

import pytest

from vnpartydoc.extract import extract_partial
from vnpartydoc.extract.quantities import unit_of, value_at
from vnpartydoc.extract.scan import Words, lowered


def _facts(items: list) -> list[tuple[str, str | None, str]]:  # type: ignore[type-arg]
    """(value, unit, qualifier) of targets, or of results (their achieved value)."""
    out = []
    for t in items:
        value = t.achieved if t.achieved is not None else t.value
        out.append((str(value), t.unit, t.qualifier.value))
    return out


UNITS = [
    ("tạo ra khoảng 6,3 triệu việc làm", "triệu việc làm"),
    ("nhu cầu khoảng 1,3 triệu buồng lưu trú", "triệu buồng"),
    ("thu nhập năm 2022 đạt 39,49 triệu/người/năm", "triệu/người/năm"),
    ("Tổng giá trị sản xuất năm 2020 đạt 1.184 tỷđ", "tỷđ"),
    ("Thu nhập bình quân đầu người: 60trđ/người/năm", "trđ/người/năm"),
    ("Thu nhập bình quân đạt 70,0 Tr. đồng đến năm 2020", "Tr. đồng"),
    ("năng suất bình quân 1,37 tấn/ha", "tấn/ha"),
    ("bình quân lương thực đầu người 557kg/người/năm", "kg/người/năm"),
    ("kết nạp được 80 đồng chí", "đồng chí"),
    ("phát triển ít nhất 5 sản phẩm OCOP từ 3 sao trở lên", "sản phẩm OCOP"),
]


@pytest.mark.parametrize(("text", "unit"), UNITS, ids=[u for _, u in UNITS])
def test_value_unit_shapes(text: str, unit: str) -> None:
    """Reads counts after a magnitude, rates after a magnitude, abbreviated money, per hectare."""
    match = value_at(text, Words(lowered(text)), 0, len(text))
    assert match is not None
    assert unit_of(match["unit"]) == unit


def test_comrades_are_no_money() -> None:
    """Reads "15 đồng chí" as a count of people, never as "đồng"."""
    text = "bầu 15 đồng chí vào Ban Chấp hành"
    match = value_at(text, Words(lowered(text)), 0, len(text))
    assert match is not None
    assert unit_of(match["unit"]) != "đồng"


def test_a_denominator_is_no_value() -> None:
    """Takes the "1 ha" of "giá trị sản xuất/ 1 ha" for a denominator, not a value."""
    text = "Đến nay, giá trị sản xuất/ 1 ha đất canh tác trên địa bàn huyện đạt 103,5 triệu đồng."
    assert _facts(extract_partial(text).achievements) == [("103,5", "triệu đồng", "exact")]


def test_a_change_from_one_value_to_another_is_the_second() -> None:
    """Reads "giảm từ 19,6% (năm 2010) xuống còn 7,5%" as 7,5%, not the level before."""
    text = (
        "5 năm qua, tỉnh Bắc Giang đạt kết quả khá toàn diện. Tỉ lệ hộ nghèo giảm từ 19,6% "
        "(năm 2010) xuống còn 7,5%; thu nhập bình quân đầu người năm 2015 ước đạt 1.545 USD.\n"
    )
    assert _facts(extract_partial(text).achievements) == [
        ("7,5", "%", "exact"),
        ("1.545", "USD", "exact"),
    ]


def test_a_clause_with_its_own_indicator_is_its_own_value() -> None:
    """Reads "…, hộ cận nghèo giảm 1,51% so với đầu năm" as a second result."""
    text = (
        "Năm 2020, xã TRUNG ĐỒNG đạt nhiều kết quả tích cực: tỷ lệ hộ nghèo giảm 1,76%, "
        "hộ cận nghèo giảm 1,51% so với đầu năm.\n"
    )
    assert _facts(extract_partial(text).achievements) == [
        ("1,76", "%", "exact"),
        ("1,51", "%", "exact"),
    ]


def test_what_a_result_exceeds_the_plan_by_is_no_result() -> None:
    """Keeps one result in "kết nạp được 139 đảng viên, vượt chỉ tiêu 9 đảng viên"."""
    text = (
        "Từ đầu năm đến nay, Đảng bộ Khối kết nạp được 139 đảng viên, vượt chỉ tiêu 9 đảng viên.\n"
    )
    assert _facts(extract_partial(text).achievements) == [("139", "đảng viên", "exact")]


def test_those_elected_are_neither_targets_nor_results() -> None:
    """After "các chỉ tiêu chủ yếu", "bầu 15 đồng chí vào Ban Chấp hành" sets no target."""
    text = (
        "Đại hội đã biểu quyết thông qua các chỉ tiêu chủ yếu của nhiệm kỳ 2020 – 2025; bầu 15 "
        "đồng chí vào Ban Chấp hành khóa mới và bầu đoàn đại biểu đi dự Đại hội cấp trên 29 "
        "đồng chí.\n"
    )
    result = extract_partial(text)
    assert result.targets == []
    assert result.achievements == []


REPORTS = [
    (
        "9 tháng năm 2018, 62,5% số đơn vị xác định được lợi nhuận, với tổng lợi nhuận đạt trên "
        "996 tỷ đồng.\n",
        [("62,5", "%", "exact"), ("996", "tỷ đồng", "more-than")],
    ),
    (
        "Từ đầu năm đến nay, Đảng ủy Khối đã xét kết nạp 90 đảng viên mới.\n",
        [("90", "đảng viên", "exact")],
    ),
    (
        "Doanh thu quí III ước đạt hơn 9.216 tỷ đồng.\n",
        [("9.216", "tỷ đồng", "more-than")],
    ),
    (
        "Trong quí III đã kết nạp 32 đảng viên.\n",
        [("32", "đảng viên", "exact")],
    ),
    (
        "Đến nay, 18/23 hộ đã được hỗ trợ xóa nhà tạm, nhà dột nát.\n",
        [("18", "hộ", "exact")],
    ),
]


@pytest.mark.parametrize(
    ("text", "facts"), REPORTS, ids=["9-thang", "tu-dau-nam", "uoc", "da", "den-nay"]
)
def test_reports_of_the_year_so_far_are_results(
    text: str, facts: list[tuple[str, str, str]]
) -> None:
    """Reads values after "9 tháng năm 2018", "Từ đầu năm đến nay", "ước đạt" as results."""
    result = extract_partial(text)
    assert _facts(result.achievements) == facts
    assert result.targets == []


def test_a_target_for_the_rest_of_the_year_stays_a_target() -> None:
    """After a report of the months past, "phấn đấu" turns the values after it to targets."""
    text = (
        "6 tháng đầu năm 2022, tổng thu ngân sách đạt 5,6 tỷ đồng; 6 tháng cuối năm phấn đấu "
        "thu ngân sách đạt 4 tỷ đồng.\n"
    )
    result = extract_partial(text)
    assert _facts(result.achievements) == [("5,6", "tỷ đồng", "exact")]
    assert _facts(result.targets) == [("4", "tỷ đồng", "exact")]


def test_descriptive_counts_are_neither_targets_nor_results() -> None:
    """The members, cells, population or area of the place are left out of results."""
    text = (
        "Từ đầu năm đến nay, Đảng ủy Khối đã xét kết nạp 90 đảng viên mới (đầu nhiệm kỳ, Đảng "
        "bộ Khối có tổng số 5.356 đảng viên). Phường có diện tích 11,76 km, dân số 86.240 người.\n"
    )
    assert _facts(extract_partial(text).achievements) == [("90", "đảng viên", "exact")]


def test_a_target_restated_among_results_is_a_target() -> None:
    """Reads "hoàn thành mục tiêu … đạt từ 3% trở lên" among results as the target."""
    text = (
        "Từ đầu năm đến nay, Đảng ủy Khối đã kết nạp 90 đảng viên mới, góp phần hoàn thành "
        "mục tiêu hằng năm kết nạp đảng viên đạt từ 3% trở lên.\n"
    )
    result = extract_partial(text)
    assert _facts(result.achievements) == [("90", "đảng viên", "exact")]
    assert _facts(result.targets) == [("3", "%", "at-least")]


HEADED_LIST = (
    "I. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2015 – 2020:\n"
    "1. Kinh tế:\n"
    "- Tổng giá trị sản xuất trên địa bàn năm 2020 đạt 1.184 tỷđ, tăng gấp 2 lần so với năm "
    "2015.\n"
    "- Số doanh nghiệp trên địa bàn năm 2020: 60 doanh nghiệp, tăng 42,9% so với năm 2015.\n"
    "2. Văn hoá – xã hội:\n"
    "- Tỷ lệ khu phố có nhà văn hoá đến năm 2020: 100%; tăng 9% so với năm 2015.\n"
    "- Số trường đạt chuẩn quốc gia 4/4 trường.\n"
)


def test_a_heading_over_a_list_sets_its_items_as_targets() -> None:
    """Reads the items under "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ … NHIỆM KỲ …" as targets."""
    result = extract_partial(HEADED_LIST)
    assert _facts(result.targets) == [
        ("1.184", "tỷđ", "exact"),
        ("60", "doanh nghiệp", "exact"),
        ("100", "%", "exact"),
        ("4", "trường", "exact"),
    ]
    assert result.achievements == []


def test_the_same_words_in_prose_set_no_target() -> None:
    """Sets no target for "phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ …" inside a sentence."""
    text = (
        "Đại hội xác định phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2020 – 2025 và bầu Ban Chấp "
        "hành gồm 15 đồng chí; xã có 3 trường học.\n"
    )
    assert extract_partial(text).targets == []


def test_the_part_i_heading_is_the_point_over_its_items() -> None:
    """Gives the text one point, "I", when its title is part I and items "1.", "2." follow."""
    result = extract_partial(HEADED_LIST)
    assert result.document is not None
    assert [p.label for p in getattr(result.document, "points", [])] == ["I"]


def test_a_qualifier_before_two_values_joined_by_va_holds_for_both() -> None:
    """Reads "ít nhất 35 triệu lượt khách … và 120 triệu lượt khách …" as two minima."""
    text = (
        "Mục tiêu cụ thể đến năm 2025: phấn đấu đón được ít nhất 35 triệu lượt khách quốc tế và "
        "120 triệu lượt khách nội địa.\n"
    )
    assert _facts(extract_partial(text).targets) == [
        ("35", "triệu lượt khách", "at-least"),
        ("120", "triệu lượt khách", "at-least"),
    ]


COUNTS = [
    (
        "Nhiệm kỳ qua, Đảng bộ thị trấn đã có 24/29 chỉ tiêu hoàn thành, kinh tế phát triển khá.\n",
        ("24", "chỉ tiêu"),
    ),
    ("Nhiệm kỳ qua, 30/33 chỉ tiêu nghị quyết đạt và vượt kế hoạch.\n", ("30", "chỉ tiêu")),
    ("Năm 2022 hoàn thành 19/19 tiêu chí nông thôn mới.\n", ("19", "tiêu chí")),
    ("Nhiệm kỳ qua, xã đạt và vượt 16/18 nhiệm vụ trọng tâm.\n", ("16", "nhiệm vụ")),
    (
        "Đảng ủy xã Tân Hộ Cơ thực hiện đạt 24/28 chỉ tiêu nghị quyết giữa nhiệm kỳ.\n",
        ("24", "chỉ tiêu"),
    ),
]


@pytest.mark.parametrize(
    ("text", "fact"), COUNTS, ids=["after", "ke-hoach", "tieu-chi", "nhiem-vu", "dat"]
)
def test_counts_of_things_reached_are_results(text: str, fact: tuple[str, str]) -> None:
    """Reads "24/29 chỉ tiêu hoàn thành", "hoàn thành 19/19 tiêu chí", "đạt 24/28 chỉ tiêu"."""
    found = [(str(t.achieved), t.unit) for t in extract_partial(text).achievements]
    assert found == [fact]


def test_a_count_of_targets_set_is_no_result() -> None:
    """Reads no result in "đề ra 22 chỉ tiêu" and "phấn đấu đạt 19/19 tiêu chí"."""
    text = (
        "Nhiệm kỳ qua, xã đạt nhiều kết quả; Đại hội đề ra 22 chỉ tiêu, phấn đấu đạt 19/19 tiêu "
        "chí nông thôn mới nâng cao.\n"
    )
    assert extract_partial(text).achievements == []


def _milestones(text: str) -> list[int]:
    result = extract_partial(text)
    for doc in [result.document, *result.documents]:
        goal = getattr(doc, "general_goal", None)
        if goal is not None:
            return [m.year for m in goal.milestones]
    return []


def test_a_named_goal_may_start_at_its_deadline_in_lower_case() -> None:
    """Reads "mục tiêu tổng quát đến năm 2025 đưa tỉnh …" as the goal, from its deadline."""
    text = (
        "Quán triệt Nghị quyết số 12-NQ/TU ngày 5/3/2021 của Ban Chấp hành Đảng bộ tỉnh Lâm "
        "Đồng về phát triển du lịch, với mục tiêu tổng quát đến năm 2025 đưa du lịch trở thành "
        "ngành kinh tế mũi nhọn. Đến năm 2030, Lâm Đồng trở thành trung tâm du lịch của cả "
        "nước.\n"
    )
    assert _milestones(text) == [2025, 2030]


def test_a_later_goal_paragraph_carries_the_goal_on() -> None:
    """Takes "Mục tiêu đến năm 2030, du lịch …" after the goal as its next milestone."""
    text = (
        "Quán triệt Nghị quyết số 08-NQ/TW ngày 16/01/2017 của Bộ Chính trị về phát triển du "
        "lịch.\n"
        "Mục tiêu đến năm 2025, Việt Nam trở thành điểm đến hấp dẫn của khu vực.\n"
        "Mục tiêu đến năm 2030, du lịch thực sự là ngành kinh tế mũi nhọn.\n"
    )
    assert _milestones(text) == [2025, 2030]


def test_a_list_of_targets_by_a_deadline_is_no_goal() -> None:
    """Names no goal for "Mục tiêu tổng quát đến năm 2025: thu nhập …" (a colon lists targets)."""
    text = (
        "Quán triệt Nghị quyết số 12-NQ/TU ngày 5/3/2021 của Ban Chấp hành Đảng bộ tỉnh Lâm "
        "Đồng. Mục tiêu tổng quát đến năm 2025: thu nhập bình quân đạt 90 triệu đồng.\n"
    )
    assert _milestones(text) == []


def test_a_heading_with_its_deadline_sets_the_bulleted_items_as_targets() -> None:
    """Reads the "- …" items under "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2020" as targets."""
    text = (
        "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2020\n"
        "* Về kinh tế:\n"
        "- Tổng thu ngân sách đến năm 2020 đạt 30,4 tỷ đồng, tăng bình quân hàng năm 3,59%\n"
        "- Thu nhập bình quân đầu người/năm đạt 70,0 Tr. đồng đến năm 2020, tăng gấp 2,15 lần "
        "so với năm 2015.\n"
    )
    result = extract_partial(text)
    assert _facts(result.targets) == [
        ("30,4", "tỷ đồng", "exact"),
        ("3,59", "%", "exact"),
        ("70,0", "Tr. đồng", "exact"),
    ]
    assert {t.deadline for t in result.targets} == {2020}


def test_a_count_to_reach_is_no_result() -> None:
    """Reads no result in "phấn đấu đến năm 2025 có 5 xã hoàn thành 19/19 tiêu chí"."""
    text = (
        "Nhiệm kỳ qua, huyện đạt nhiều kết quả. Huyện phấn đấu đến năm 2025 có 5 xã hoàn thành "
        "19/19 tiêu chí nông thôn mới nâng cao.\n"
    )
    assert [t.unit for t in extract_partial(text).achievements] == []


def test_a_result_naming_a_programme_or_an_exact_goal_stays_a_result() -> None:
    """Keeps "chương trình mục tiêu quốc gia … 100%" and "mục tiêu giảm nghèo đạt 2,1%" results."""
    text = (
        "Nhiệm kỳ qua, thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, trên 90% "
        "xã đạt chuẩn; mục tiêu giảm nghèo đạt 2,1%.\n"
    )
    result = extract_partial(text)
    assert _facts(result.achievements) == [("90", "%", "more-than"), ("2,1", "%", "exact")]
    assert result.targets == []


def test_a_value_said_to_exceed_its_target_is_a_result() -> None:
    """Reads "đạt 65 triệu đồng, vượt chỉ tiêu Nghị quyết" as a result, with no other cue."""
    text = "Năm 2024, thu nhập bình quân đầu người đạt 65 triệu đồng, vượt chỉ tiêu Nghị quyết.\n"
    result = extract_partial(text)
    assert _facts(result.achievements) == [("65", "triệu đồng", "exact")]
    assert result.targets == []


def test_reaching_and_exceeding_a_target_in_a_list_of_targets_is_a_target() -> None:
    """Keeps the values around "đạt và vượt chỉ tiêu giảm hộ nghèo" in a list of targets."""
    text = (
        "Đại hội đề ra các chỉ tiêu chủ yếu: thu ngân sách tăng bình quân hằng năm 5-10%; đạt và "
        "vượt chỉ tiêu giảm hộ nghèo; hộ gia đình văn hóa 85% trở lên.\n"
    )
    result = extract_partial(text)
    assert _facts(result.targets) == [("5–10", "%", "exact"), ("85", "%", "at-least")]
    assert result.achievements == []


def test_a_cue_inside_an_item_keeps_the_values_before_it() -> None:
    """Keeps "3 chi bộ" before "…, kết nạp được 143 đảng viên" among the results."""
    text = (
        "Nhiệm kỳ qua, tỷ lệ hộ nghèo giảm xuống còn 6,2%. Đảng bộ thành lập mới được 3 chi bộ, "
        "kết nạp được 143 đảng viên.\n"
    )
    assert _facts(extract_partial(text).achievements) == [
        ("6,2", "%", "exact"),
        ("3", "chi bộ", "exact"),
        ("143", "đảng viên", "exact"),
    ]


def test_targets_completed_beyond_the_mark_are_counted() -> None:
    """Reads "hoàn thành và hoàn thành vượt mức 25/25 chỉ tiêu đề ra" as 25 targets reached."""
    text = "Năm 2025, Đảng bộ xã Tây Đô hoàn thành và hoàn thành vượt mức 25/25 chỉ tiêu đề ra.\n"
    assert _facts(extract_partial(text).achievements) == [("25", "chỉ tiêu", "exact")]


def test_an_estimate_in_a_plan_is_no_result() -> None:
    """Reads no result in "Kế hoạch năm 2023, tỉnh dự kiến … doanh thu ước đạt 1.800 tỉ đồng"."""
    text = (
        "Kế hoạch năm 2023, Tây Ninh dự kiến sẽ đón khoảng 5 triệu du khách, doanh thu ước đạt "
        "1.800 tỉ đồng.\n"
    )
    assert extract_partial(text).achievements == []


def test_how_much_a_value_beats_the_plan_is_no_value() -> None:
    """Reads one result in "doanh thu ước đạt hơn 30.813 tỷ đồng, cao hơn kế hoạch … 15%"."""
    text = (
        "Nhiệm kỳ qua, tổng doanh thu ước đạt hơn 30.813 tỷ đồng, cao hơn kế hoạch thành phố "
        "giao 15%.\n"
    )
    assert _facts(extract_partial(text).achievements) == [("30.813", "tỷ đồng", "more-than")]
