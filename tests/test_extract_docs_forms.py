"""Documents, goals, points, targets and results in the shapes real pages print them."""

from __future__ import annotations

import pytest

from vnpartydoc.enums import TargetQualifier
from vnpartydoc.extract import extract_partial
from vnpartydoc.types import PartialDate

# --- targets and results -----------------------------------------------------------------


def _targets(text: str) -> list[tuple[str, str, int | None]]:
    return [(str(t.value), t.unit, t.deadline) for t in extract_partial(text).targets]


def _results(text: str) -> list[tuple[str, str]]:
    return [(str(t.achieved), t.unit) for t in extract_partial(text).achievements]


def test_year_and_ty_trong_are_no_value() -> None:
    """Reads "đến năm 2025 tỷ trọng … 73,8%" as 73,8 % (not "2025 tỷ"), 2025 for the list."""
    text = (
        "Hội nghị Ban Chấp hành Đảng bộ huyện Yên Sơn cho ý kiến về Đề án tái cơ cấu nông "
        "nghiệp. Trong đó phấn đấu đến năm 2025 tỷ trọng ngành nông nghiệp chiếm 73,8%; lâm "
        "nghiệp chiếm 20,9%; 60% xã đạt chuẩn nông thôn mới.\n"
    )
    assert _targets(text) == [("73,8", "%", 2025), ("20,9", "%", 2025), ("60", "%", 2025)]


@pytest.mark.parametrize(
    ("printed", "unit"),
    [
        ("5,8 triệu đồng/người/tháng", "triệu đồng/người/tháng"),
        ("4,5 triệu du khách", "triệu du khách"),
        ("2 triệu lượt du khách", "triệu lượt du khách"),
        ("850 tỷ đồng/năm", "tỷ đồng/năm"),
    ],
    ids=["per-month", "du-khach", "luot-du-khach", "per-year"],
)
def test_compound_units(printed: str, unit: str) -> None:
    """Keeps a rate per month and visitor counts whole in the unit."""
    text = (
        f"Nhiệm kỳ 2025 – 2030, xã Tân Phú đề ra các chỉ tiêu chủ yếu: doanh thu đạt {printed}.\n"
    )
    ((_, found, _),) = _targets(text)
    assert found == unit


def test_share_of_plan_and_change_are_not_results() -> None:
    """Drops "đạt 108,64% kế hoạch", "tăng 28,7%" and "đạt 108%" after the value they restate."""
    text = (
        "Năm 2023, phần lớn các chỉ tiêu kinh tế - xã hội của huyện Chư Sê đều đạt, vượt kế "
        "hoạch đề ra. Thu ngân sách nhà nước ước đạt 106,8 tỷ đồng, đạt 108,64% kế hoạch, "
        "tăng 143,15% so với năm 2022. Tổng doanh thu đạt 14.167 tỷ đồng, tăng 28,7%; thu "
        "ngân sách xã đạt 85,3 tỷ đồng, đạt 108%. Thu nhập bình quân đạt 74,3% so với Nghị "
        "quyết.\n"
    )
    assert _results(text) == [("106,8", "tỷ đồng"), ("14.167", "tỷ đồng"), ("85,3", "tỷ đồng")]
    assert extract_partial(text).targets == []


def test_share_of_the_quota_is_a_new_target() -> None:
    """Among new targets, "đạt 100% chỉ tiêu" is the target."""
    text = (
        "Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu: thu ngân sách "
        "tăng bình quân hằng năm 5-10%; gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu.\n"
    )
    assert _targets(text) == [("5–10", "%", None), ("100", "%", None)]


@pytest.mark.parametrize(
    ("printed", "value", "unit"),
    [
        ("tăng 1 đến 2 xã đạt chuẩn nông thôn mới", "1–2", "xã"),
        ("giá trị sản xuất đạt 230 triệu đồng/ha/năm", "230", "triệu đồng/ha/năm"),
        ("giảm tỷ suất sinh thô 0,30%0/năm", "0,30", "%0/năm"),
    ],
    ids=["range-den", "per-hectare", "per-mille"],
)
def test_more_value_shapes(printed: str, value: str, unit: str) -> None:
    """Reads a range said with "đến", a rate per hectare and a rate per mille.

    The term said once before the list is each target's year (tests/extract_real/README.md).
    """
    text = f"Nhiệm kỳ 2020 – 2025, Đảng bộ xã Vọng Đông đề ra các chỉ tiêu: {printed}.\n"
    assert _targets(text) == [(value, unit, 2025)]


def test_count_of_targets_split_with_a_spaced_slash_is_no_anchor() -> None:
    """Reads no new targets from "quốc phòng 2/ 2 chỉ tiêu" among results."""
    text = (
        "Trong nhiệm kỳ qua, xã thực hiện đạt các chỉ tiêu nghị quyết đại hội đề ra. Kết quả, "
        "kinh tế 4/4 chỉ tiêu; quốc phòng-an ninh 2/ 2 chỉ tiêu. Trong nhiệm kỳ đã kết nạp được "
        "36/35 đảng viên mới, đạt 103% chỉ tiêu giao.\n"
    )
    assert extract_partial(text).targets == []


def test_headline_figure_restated_in_the_body_is_one_target() -> None:
    """A headline's "60%" that the body sets again is read once, where the body sets it."""
    text = (
        "Chiêm Hóa phấn đấu đến năm 2025 có 60% xã đạt chuẩn nông thôn mới\n"
        "Sáng 13-4, Ban Chấp hành Đảng bộ huyện Chiêm Hóa tổ chức hội nghị đánh giá kết quả "
        "lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I.\n"
        "Hội nghị cho ý kiến về Đề án tái cơ cấu ngành nông nghiệp. Trong đó phấn đấu đến năm "
        "2025 tỷ trọng ngành nông nghiệp chiếm 73,8%; 60% xã đạt chuẩn nông thôn mới.\n"
    )
    assert [value for value, _, _ in _targets(text)] == ["73,8", "60"]


def test_past_term_opening_a_clause_turns_to_results() -> None:
    """Reads results after a past term that opens a clause, targets after the latest period."""
    text = (
        "Ngày 22/7, Đảng bộ xã Đại Đồng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - "
        "2030.\n"
        "Nhiệm kỳ 2020 - 2025, Đảng bộ xã đã lãnh đạo toàn diện, thu nhập bình quân đầu người "
        "đạt 63 triệu đồng/người/năm; thành lập mới được 3 chi bộ.\n"
        "Giai đoạn 2025 - 2030, thu nhập bình quân đầu người đạt 90 triệu đồng/người/năm; 100% "
        "thôn đạt chuẩn nông thôn mới.\n"
    )
    assert _results(text) == [("63", "triệu đồng/người/năm"), ("3", "chi bộ")]
    assert _targets(text) == [("90", "triệu đồng/người/năm", None), ("100", "%", None)]


@pytest.mark.parametrize(
    "lead",
    ["8 tháng đầu năm 2023, Tây Ninh", "Sau 5 năm thực hiện Nghị quyết, tỉnh"],
    ids=["months-so-far", "after-five-years"],
)
def test_reporting_periods_open_results(lead: str) -> None:
    """Values after "8 tháng đầu năm 2023," or "Sau 5 năm thực hiện" are results."""
    text = f"{lead} thu hút 4 triệu lượt du khách, doanh thu đạt 1.900 tỷ đồng.\n"
    assert _results(text) == [("4", "triệu lượt du khách"), ("1.900", "tỷ đồng")]


@pytest.mark.parametrize(
    ("printed", "unit"),
    [
        ("thu hút 28 dự án", "dự án"),
        ("200 cơ sở sản xuất", "cơ sở"),
        ("8 khu dân cư kiểu mẫu", "khu dân cư"),
        ("25 tuyến phố văn minh", "tuyến phố"),
        ("105.000 lượt", "lượt"),
        ("300 lượt lao động", "lượt lao động"),
    ],
    ids=["du-an", "co-so", "khu-dan-cu", "tuyen-pho", "luot", "luot-lao-dong"],
)
def test_count_nouns(printed: str, unit: str) -> None:
    """Counts take the noun printed after the value."""
    text = f"Nhiệm kỳ qua, phường đạt và vượt các chỉ tiêu nghị quyết đề ra: {printed}.\n"
    assert [found for _, found in _results(text)] == [unit]


def test_goal_with_its_deadline_sets_targets() -> None:
    """Figures after "Mục tiêu đến năm 2030, …" are targets of that year."""
    text = (
        "Mục tiêu đến năm 2030, Việt Nam cơ bản đạt được các tiêu chí của nước công nghiệp; tỷ "
        "trọng công nghiệp đạt trên 40%.\n"
    )
    ((value, unit, deadline),) = _targets(text)
    assert (value, unit, deadline) == ("40", "%", 2030)
    assert extract_partial(text).targets[0].qualifier is TargetQualifier.MORE_THAN


def test_many_targets_reached_opens_results() -> None:
    """Reads values after "đạt nhiều chỉ tiêu" as results of the half year."""
    text = (
        "6 tháng đầu năm, các doanh nghiệp trong Đảng bộ Khối vẫn nỗ lực đạt nhiều chỉ tiêu "
        "kinh tế quan trọng. Tổng doanh thu đạt 14.167 tỷ đồng; kim ngạch xuất khẩu đạt 58 "
        "triệu USD.\n"
    )
    assert _results(text) == [("14.167", "tỷ đồng"), ("58", "triệu USD")]


def test_congress_named_with_dai_bieu_still_has_results() -> None:
    """Reads results after a congress named "Đại hội đại biểu …"; votes stay out."""
    text = (
        "Trong nhiệm kỳ qua, tỉnh lãnh đạo thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh "
        "lần thứ X đạt nhiều thành quả: thu ngân sách 45.799/36.875 tỷ đồng; kết nạp 8.793/6.500 "
        "đảng viên.\n"
        "Kết quả, đồng chí TRẦN VĂN AN tái đắc cử Bí thư Tỉnh ủy với tỷ lệ phiếu đạt 100%.\n"
    )
    assert _results(text) == [("45.799", "tỷ đồng"), ("8.793", "đảng viên")]


def test_bare_magnitude_still_reads_as_money() -> None:
    """A bare "tỷ" at a clause end is still "tỷ đồng"."""
    text = "Nhiệm kỳ 2025 – 2030, phường Hòa Bình phấn đấu thu ngân sách đạt 1.800 tỷ.\n"
    assert _targets(text) == [("1.800", "tỷ đồng", None)]
    assert extract_partial(text).targets[0].qualifier is TargetQualifier.EXACT


# --- cited documents ---------------------------------------------------------------------


def _cited(text: str) -> list[tuple[str, str | None, PartialDate | None]]:
    return [
        (d.type, str(d.number) if d.number else None, d.issued_on)
        for d in extract_partial(text).documents
    ]


def test_notice_of_conclusion_is_a_notice() -> None:
    """Reads "Thông báo Kết luận số 411-TBKL/HU" as a notice, not a conclusion."""
    text = (
        "Thực hiện Thông báo Kết luận số 411-TBKL/HU ngày 10/6/2022 của Ban Thường vụ Huyện ủy "
        "Thanh Thủy về phát triển du lịch.\n"
    )
    assert _cited(text) == [("thong-bao", "411-TBKL/HU", PartialDate.parse("10/6/2022"))]


def test_party_number_in_state_order_is_read_as_meant() -> None:
    """Reads "Nghị Quyết số 22/NQ-TU" as 22-NQ/TU; leaves "Nghị quyết số 30/NQ-CP" alone."""
    text = (
        "Nghị Quyết số 22/NQ-TU ngày 08/6/2022 của Tỉnh ủy Kiên Giang về chuyển đổi số.\n"
        "Căn cứ Nghị quyết số 30/NQ-CP ngày 08/3/2023 của Chính phủ.\n"
    )
    assert _cited(text) == [("nghi-quyet", "22-NQ/TU", PartialDate.parse("08/6/2022"))]


def test_date_opening_the_issuers_sentence_is_the_issue_date() -> None:
    """Takes "Ngày 14-11-2016" before "Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành …"."""
    text = (
        "LTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số "
        "10-NQ/TU về huy động nguồn lực đầu tư kết cấu hạ tầng giai đoạn 2016-2020.\n"
    )
    assert _cited(text) == [("nghi-quyet", "10-NQ/TU", PartialDate.parse("14/11/2016"))]


def test_date_of_another_sentence_is_not_the_issue_date() -> None:
    """A date in an earlier clause, cut off by a full stop, dates nothing."""
    text = (
        "Ngày 14-11-2016, hội nghị bế mạc. Sau đó Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị "
        "quyết số 10-NQ/TU về huy động nguồn lực.\n"
    )
    assert _cited(text) == [("nghi-quyet", "10-NQ/TU", None)]


def _unnumbered(text: str) -> list[tuple[str, str, str]]:
    return [
        (d.type, d.issuer.organisation, d.issuer.body.value)
        for d in extract_partial(text).documents
        if d.number is None and d.issuer is not None
    ]


def test_unnumbered_citation_without_a_subject() -> None:
    """Reads "4 Nghị quyết của Bộ Chính trị" with no "về …" after it."""
    text = (
        "Tại Hội nghị toàn quốc quán triệt, triển khai thực hiện 4 Nghị quyết của Bộ Chính trị, "
        "đồng chí NGUYỄN VĂN AN trình bày chuyên đề.\n"
    )
    assert _unnumbered(text) == [("nghi-quyet", "dang-cong-san-viet-nam", "politburo")]


def test_unnumbered_citation_whose_body_is_named_with_its_place() -> None:
    """Reads "Chỉ thị của Ban Thường vụ Tỉnh ủy Hậu Giang" with its issuer whole, place and all."""
    text = "Các cấp ủy thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy Hậu Giang.\n"
    docs = [
        (d.type, d.issuer.organisation, d.issuer.name)
        for d in extract_partial(text).documents
        if d.issuer is not None
    ]
    assert docs == [("chi-thi", "dang-bo-tinh-hau-giang", "Ban Thường vụ Tỉnh ủy Hậu Giang")]


def test_unnumbered_citation_whose_body_name_goes_on_is_left_out() -> None:
    """Leaves out a citation whose issuer's name goes on past what is read, not cut it short."""
    text = "Các cấp ủy thực hiện Chỉ thị của Ban Thường vụ Đảng ủy Khối Doanh nghiệp.\n"
    assert _unnumbered(text) == []


def test_committee_term_is_no_place() -> None:
    """Reads no place "Khóa XVI" in "Ban Chấp hành Đảng bộ tỉnh Khóa XVI"."""
    text = (
        "Trích yếu\nChương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số "
        "45-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng về đội ngũ trí thức.\n"
    )
    assert _unnumbered(text) == []


def test_plenum_with_terms_in_brackets() -> None:
    """Reads "Nghị quyết Trung ương 4 (khóa XI, XII)" as a Central Committee resolution."""
    text = "Đảng ủy tiếp tục thực hiện Nghị quyết Trung ương 4 (khóa XI, XII) trong năm 2019.\n"
    result = extract_partial(text)
    (doc,) = result.documents
    assert (doc.type, doc.number, doc.issuer.body.value if doc.issuer else None) == (
        "nghi-quyet",
        None,
        "executive-committee",
    )


def test_own_number_followed_by_its_date() -> None:
    """A document's number in its lead, followed by "ngày …", dates the document."""
    text = (
        "Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban "
        "Thường vụ Tỉnh ủy về phát triển thị xã Sông Cầu.\n\n"
        "NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển thị xã Sông Cầu\n\n"
        "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy ban hành "
        "Nghị quyết như sau:\n"
    )
    document = extract_partial(text).document
    assert document is not None
    assert (document.type, str(document.number), document.issued_on) == (
        "nghi-quyet",
        "10-NQ/TU",
        PartialDate.parse("18/8/2021"),
    )


# --- points ------------------------------------------------------------------------------


def _points(text: str) -> list[str]:
    document = extract_partial(text).document
    assert document is not None
    return [p.label for p in getattr(document, "points", [])]


def test_lone_roman_one_is_the_top_level() -> None:
    """An excerpt ending inside part "I-" has that part; its "1." items stay under it."""
    text = (
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI\n"
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 diễn ra từ ngày 12 đến "
        "ngày 15 tháng 10 năm 2020.\n"
        "QUYẾT NGHỊ\n"
        "I- Tán thành những nội dung về đánh giá kết quả nhiệm kỳ 2015 - 2020 nêu trong Báo cáo "
        "chính trị.\n"
        "1. Về kết quả, Đại hội khẳng định: kinh tế tăng trưởng khá.\n"
        "2. Về hạn chế, Đại hội chỉ rõ: hạ tầng còn thiếu.\n"
    )
    assert _points(text) == ["I"]


def test_lone_roman_one_after_arabic_items_is_no_point() -> None:
    """A Roman "I" that comes after "1." and "2." is no top level of its own."""
    text = (
        "Tin hoạt động của Huyện ủy Tân Kỳ\n"
        "1. Huyện ủy tổ chức hội nghị quán triệt nghị quyết của Tỉnh ủy.\n"
        "2. Hội nghị thống nhất các nhiệm vụ trọng tâm.\n"
        "I- Các nội dung khác được bàn tại hội nghị.\n"
    )
    assert _points(text) == ["1", "2"]


def test_title_line_that_is_part_one() -> None:
    """A text whose first line is "I. MỤC ĐÍCH, YÊU CẦU" and whose body goes on with "II."."""
    text = (
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "- Nâng cao nhận thức, ý thức trách nhiệm của cấp ủy đảng, chính quyền, Mặt trận Tổ "
        "quốc và các tổ chức chính trị - xã hội, cán bộ, đảng viên và các tầng lớp nhân dân về "
        "ý nghĩa, tầm quan trọng của Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030.\n"
        "- Công tác tuyên truyền cần được thực hiện thường xuyên, liên tục, có trọng tâm, "
        "trọng điểm, đa dạng về hình thức, phù hợp với từng đối tượng.\n"
        "II. NỘI DUNG TUYÊN TRUYỀN\n"
        "1. Tuyên truyền ý nghĩa, mục đích, tầm quan trọng, cơ sở khoa học của việc lập Quy "
        "hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050. Trong đó tập trung "
        "làm rõ các định hướng, giải pháp đột phá mang tầm chiến lược dài hạn.\n"
    )
    assert _points(text) == ["I", "II"]


# --- general goals -----------------------------------------------------------------------


def _milestones(text: str) -> dict[str, list[int]]:
    """Milestone years by the resolution that holds the goal."""
    result = extract_partial(text)
    out = {}
    for doc in [*result.documents, *([result.document] if result.document else [])]:
        goal = getattr(doc, "general_goal", None)
        if goal is not None:
            out[str(doc.number) if doc.number else doc.id] = [m.year for m in goal.milestones]
    return out


def test_goal_of_a_cited_resolution_from_its_first_deadline() -> None:
    """Gives "Mục tiêu đến năm 2030, … Đến năm 2045, …" to the resolution cited before it."""
    text = (
        "Đồng chí TRẦN TUẤN ANH truyền đạt Nghị quyết số 29-NQ/TW, ngày 17/11/2022, Hội nghị "
        "Trung ương 6 khóa XIII về công nghiệp hóa, hiện đại hóa đất nước. Mục tiêu đến năm "
        "2030, Việt Nam cơ bản đạt được các tiêu chí của nước công nghiệp. Đến năm 2045, Việt "
        "Nam trở thành nước phát triển, có thu nhập cao.\n"
    )
    assert _milestones(text) == {"29-NQ/TW": [2030, 2045]}


def test_goal_goes_on_in_a_vision_paragraph() -> None:
    """A later paragraph opening with "Tầm nhìn tới năm 2045, …" carries the goal on."""
    text = (
        "Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW ngày 22/12/2024 về khoa học, công nghệ.\n"
        "Nghị quyết đặt mục tiêu đến năm 2030, Việt Nam thuộc nhóm 3 nước dẫn đầu Đông Nam Á "
        "về nghiên cứu và phát triển trí tuệ nhân tạo.\n"
        "Tầm nhìn tới năm 2045, Việt Nam thuộc nhóm 30 nước dẫn đầu thế giới về đổi mới sáng "
        "tạo.\n"
    )
    assert _milestones(text) == {"57-NQ/TW": [2030, 2045]}


def test_targets_after_a_goal_word_and_a_deadline_are_no_goal() -> None:
    """Reads no goal from "các mục tiêu đến năm 2025: thu nhập …", a list of targets."""
    text = (
        "Thực hiện Nghị quyết số 05-NQ/TU ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy Hà Giang, "
        "huyện đề ra các mục tiêu đến năm 2025: thu nhập bình quân đạt 60 triệu đồng; đến năm "
        "2030 đạt 90 triệu đồng.\n"
    )
    assert _milestones(text) == {}


def test_resolution_text_holds_its_own_goal() -> None:
    """A resolution with its heading and no congress holds the goal it sets."""
    text = (
        "TỈNH ỦY KIÊN GIANG\nSố 22-NQ/TU\nKiên Giang, ngày 08 tháng 6 năm 2022\n"
        "NGHỊ QUYẾT\nvề chuyển đổi số tỉnh Kiên Giang đến năm 2025, định hướng đến năm 2030\n"
        "Mục tiêu tổng quát: Đến năm 2025, Kiên Giang cơ bản hoàn thành chính quyền số; đến "
        "năm 2030, Kiên Giang là tỉnh khá về chuyển đổi số của vùng.\n"
    )
    assert _milestones(text) == {"22-NQ/TU": [2025, 2030]}


# --- counts of targets reached, ellipses, "những năm qua" ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "reached"),
    [
        ("Trong nhiệm kỳ 2020–2025, Đảng bộ xã đã thực hiện đạt và vượt 19/22 chỉ tiêu nghị "
         "quyết đề ra.", ("19", "22")),
        ("Nhiệm kỳ 2020 - 2025, xã Bình Ba có 80/80 chỉ tiêu về phát triển kinh tế - xã hội, "
         "quốc phòng - an ninh đạt và vượt so với Nghị quyết đề ra.", ("80", "80")),
        ("Báo cáo chính trị nêu rõ: 10 chỉ tiêu chủ yếu của Đại hội Đảng bộ xã lần thứ XX, "
         "nhiệm kỳ 2015-2020 đã hoàn thành và hoàn thành vượt mức.", ("10", "None")),
    ],
    ids=["cue-before", "cue-after-so-voi", "da-hoan-thanh"],
)  # fmt: skip
def test_count_of_targets_reached_is_a_result(sentence: str, reached: tuple[str, str]) -> None:
    """Reads "đạt và vượt 19/22 chỉ tiêu", "… chỉ tiêu … đã hoàn thành" as targets reached."""
    text = (
        "Đại hội đại biểu Đảng bộ xã Hưng Vũ lần thứ I, nhiệm kỳ 2025 – 2030.\n" + sentence + "\n"
    )
    result = extract_partial(text)
    assert [(str(t.achieved), str(t.value), t.unit) for t in result.achievements] == [
        (reached[0], reached[1], "chỉ tiêu")
    ]
    assert result.targets == []


def test_count_of_targets_set_is_no_result() -> None:
    """Reads no result from "đề ra 18 chỉ tiêu, … đã hoàn thành": it counts the targets set."""
    text = (
        "Nhiệm kỳ qua, Đảng bộ xã Tân Lập đề ra 18 chỉ tiêu, đến nay đã hoàn thành và vượt "
        "15/18 chỉ tiêu.\n"
    )
    assert [(str(t.achieved), t.unit) for t in extract_partial(text).achievements] == [
        ("15", "chỉ tiêu")
    ]


def test_an_ellipsis_ends_a_target() -> None:
    """Ends a target at an ellipsis: "… BHYT… Đến năm 2025: 100% các trường …"."""
    text = (
        "Một số chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025: phấn đấu 97% người dân tham gia BHYT… "
        "Đến năm 2025: 100% các trường mầm non, mẫu giáo, tiểu học và THCS đạt chuẩn; 60% "
        "học sinh THCS được học 2 buổi/ngày.\n"
    )
    assert _targets(text) == [("97", "%", 2025), ("100", "%", 2025), ("60", "%", 2025)]


def test_nhung_nam_qua_opens_results() -> None:
    """Reads "Trong những năm qua, … cung cấp 100% dịch vụ công" as a result."""
    text = (
        "Trong những năm qua, tỉnh Kiên Giang đã tập trung xây dựng Chính quyền số, cung cấp "
        "100% dịch vụ công trực tuyến mức độ cao cho người dân.\n"
    )
    assert _results(text) == [("100", "%")]
    assert _targets(text) == []


def test_truong_hoc_unit() -> None:
    """Keeps "trường học" whole as the unit of "20 trường học đạt chuẩn quốc gia"."""
    text = (
        "Nhiệm kỳ 2025 – 2030, xã Vọng Đông đề ra các chỉ tiêu, như: xây dựng 20 trường học "
        "đạt chuẩn quốc gia.\n"
    )
    assert _targets(text) == [("20", "trường học", 2030)]
