"""Targets and results told apart by the text's own year: deadlines, periods, wrapped lines."""

from __future__ import annotations

from vnpartydoc.extract import extract_partial
from vnpartydoc.extract.dates import find_dates, own_year
from vnpartydoc.extract.scan import Words, lowered


def _values(text: str) -> tuple[set[str], set[str]]:
    """The values of the targets and of the results (their achieved value) of ``text``."""
    result = extract_partial(text)
    targets = {f"{t.value} {t.unit}".strip() for t in result.targets if t.achieved is None}
    results = {f"{t.achieved} {t.unit}".strip() for t in result.achievements}
    results |= {f"{t.achieved} {t.unit}".strip() for t in result.targets if t.achieved}
    return targets, results


def _year(text: str) -> int | None:
    words = Words(lowered(text))
    year, exact = own_year(text, find_dates(text, start=0, end=len(text), words=words))
    assert exact or year is None
    return year


def test_own_year_is_the_latest_day_printed() -> None:
    text = "Ngày 20/10/2015, Đại hội Đảng bộ tỉnh Vĩnh Long lần thứ X bế mạc; ngày 19/10/2015 …"
    assert _year(text) == 2015


def test_own_year_passes_over_a_deadline_day() -> None:
    text = (
        "Ngày 12/3/2024, Ban Thường vụ Huyện ủy họp; các xã hoàn thành trước ngày 31/12/2025 "
        "và chậm nhất đến ngày 30/6/2026."
    )
    assert _year(text) == 2024


def test_own_year_unknown_without_a_full_day() -> None:
    assert _year("Nhiệm kỳ 2015 - 2020, thu nhập bình quân đạt 45 triệu đồng.") is None


def test_a_deadline_after_the_text_year_makes_its_item_a_target() -> None:
    text = (
        "Ngày 20/10/2015, Đại hội Đảng bộ tỉnh Bến Tre lần thứ X bế mạc.\n"
        "Đại hội thống nhất: thu nhập bình quân của người dân nông thôn đến năm 2020 là "
        "44,5 triệu đồng/người/năm. Tổng kim ngạch xuất khẩu đến năm 2020 đạt 530 triệu USD."
    )
    targets, results = _values(text)
    assert targets == {"44,5 triệu đồng/người/năm", "530 triệu USD"}
    assert results == set()


def test_a_deadline_of_the_text_year_opening_a_clause_gives_results() -> None:
    text = (
        "Ngày 12/8/2020, Đảng bộ huyện Thanh Thủy tổng kết nhiệm kỳ.\n"
        "Đến năm 2020, toàn huyện có 50 % xã đạt chuẩn nông thôn mới; thu nhập bình quân "
        "đạt 45 triệu đồng/người/năm."
    )
    targets, results = _values(text)
    assert targets == set()
    assert results == {"50 %", "45 triệu đồng/người/năm"}


def test_an_undated_deadline_after_a_result_cue_stays_a_result() -> None:
    text = (
        "5 năm qua, tỉnh đạt nhiều kết quả quan trọng. Kinh tế tăng trưởng khá, GRDP bình "
        "quân đầu người đến năm 2020 khoảng 5.300 USD, gấp 1,7 lần so năm 2015."
    )
    targets, results = _values(text)
    assert targets == set()
    assert results == {"5.300 USD"}


def test_an_undated_deadline_alone_makes_a_target() -> None:
    text = (
        "Về xã hội: Đến năm 2025, tỉ lệ lao động qua đào tạo là 70 %; tỉ lệ tham gia bảo hiểm "
        "y tế đạt 95 % dân số."
    )
    targets, _ = _values(text)
    assert targets == {"70 %", "95 %"}


def test_a_sentence_broken_by_a_line_break_goes_on_as_targets() -> None:
    text = (
        "Về kinh tế: Đến năm 2025, GDP bình quân đầu người khoảng 4.700 - 5.000 USD; tốc độ tăng\n"
        "       năng suất lao động xã hội bình quân trên 6,5%/năm; tỉ lệ đô thị hóa khoảng\n"
        "       45%; kinh tế số đạt khoảng 20% GDP.\n"
        "Đại hội bầu Ban Chấp hành gồm 45 đồng chí.\n"
    )
    targets, results = _values(text)
    assert targets == {"4.700–5.000 USD", "6,5 %/năm", "45 %", "20 % GDP"}
    assert results == set()


def test_a_lone_past_period_in_a_dated_text_gives_results() -> None:
    text = (
        "Ngày 15/7/2020, Đảng bộ huyện Thanh Thủy khai mạc Đại hội.\n"
        "Nhiệm kỳ 2015 - 2020, tốc độ tăng trưởng kinh tế bình quân đạt 11,8 %/năm; thu nhập "
        "bình quân đầu người đạt 45 triệu đồng."
    )
    targets, results = _values(text)
    assert results == {"11,8 %/năm", "45 triệu đồng"}
    assert targets == set()


def test_a_lone_coming_period_in_a_dated_text_stays_targets() -> None:
    text = (
        "Ngày 20/9/2025, Đảng bộ tỉnh An Giang khai mạc Đại hội, đề ra các chỉ tiêu chủ yếu.\n"
        "Giai đoạn 2026 - 2030, tăng trưởng GRDP bình quân đạt 8-8,5 %; GRDP bình quân đầu "
        "người đến năm 2030 đạt 150 triệu đồng."
    )
    targets, results = _values(text)
    assert targets == {"8–8,5 %", "150 triệu đồng"}
    assert results == set()


def test_a_lone_period_in_an_undated_text_decides_nothing() -> None:
    text = "Giai đoạn 2026 - 2030, tăng trưởng GRDP bình quân đạt 8-8,5 %."
    assert _values(text) == (set(), set())


def test_the_year_of_the_congress_held_dates_an_undated_text() -> None:
    text = (
        "Ngày 21/3, Đảng bộ Bệnh viện Đa khoa tỉnh tổ chức Đại hội Đại biểu lần thứ III, nhiệm "
        "kỳ 2025 - 2030.\n"
        "Nhiệm kỳ 2020 - 2025, bệnh viện thực hiện 598.123 lượt khám, công suất sử dụng giường "
        "bệnh trung bình đạt 83,5 %/năm."
    )
    targets, results = _values(text)
    assert results == {"598.123 lượt", "83,5 %/năm"}
    assert targets == set()


def test_the_page_time_stamp_dates_the_text() -> None:
    text = (
        "Đẩy mạnh các phong trào thi đua yêu nước tại đơn vị\n\n"
        "Cập nhật, 09:17, Thứ Năm, 09/07/2020 (GMT+7)\n\n"
        "Trong giai đoạn 2015- 2020, doanh số cho vay của Ngân hàng CSXH chi nhánh tỉnh đạt "
        "2.365 tỷ đồng, với gần 139.700 lượt khách hàng vay; nợ xấu chiếm tỷ lệ 0,48%."
    )
    targets, results = _values(text)
    assert results == {"2.365 tỷ đồng", "139.700 lượt khách hàng", "0,48 %"}
    assert targets == set()


def test_targets_said_to_be_reached_turn_to_results() -> None:
    text = (
        "Ngày 15/8/2025, Đảng bộ phường Kinh Môn khai mạc Đại hội.\n"
        "Các chỉ tiêu của Đại hội Đảng bộ đề ra cơ bản đạt. Cụ thể: tổng doanh thu đạt 50,8 "
        "ngàn tỷ đồng; thu nhập bình quân đầu người đạt 86 triệu đồng."
    )
    targets, results = _values(text)
    assert results == {"50,8 ngàn tỷ đồng", "86 triệu đồng"}
    assert targets == set()


def test_a_count_of_targets_reached_turns_to_results() -> None:
    text = (
        "Hơn hai năm qua, thành phố hoàn thành và hoàn thành vượt mức 18 chỉ tiêu phân kỳ Nghị "
        "quyết Đại hội. Tốc độ gia tăng giá trị sản xuất đạt 12,5%."
    )
    targets, results = _values(text)
    assert results == {"18 chỉ tiêu", "12,5 %"}
    assert targets == set()


def test_targets_set_stay_targets_before_a_reached_verb() -> None:
    text = (
        "Đại hội đề ra các chỉ tiêu nhằm hoàn thành mục tiêu: thu nhập bình quân đầu người đạt "
        "90 triệu đồng."
    )
    targets, results = _values(text)
    assert targets == {"90 triệu đồng"}
    assert results == set()


def test_a_baseline_opening_the_item_leaves_its_value() -> None:
    text = (
        "Kết quả 5 năm qua, các doanh nghiệp trong Khối đạt tổng doanh thu trên 6.489.180 tỉ "
        "đồng. So với năm 2010, năm 2015 vốn chủ sở hữu của các tập đoàn tăng tới trên 74,3%, "
        "đạt 1.178.000 tỉ đồng."
    )
    _, results = _values(text)
    assert results == {"6.489.180 tỉ đồng", "74,3 %", "1.178.000 tỉ đồng"}


def test_from_a_value_of_a_year_up_to_another_is_the_second() -> None:
    text = (
        "Nhiệm kỳ qua, các chỉ tiêu đạt và vượt: nộp ngân sách Nhà nước từ 3,8 ngàn tỷ đồng năm "
        "2015 lên xấp xỉ 5 ngàn tỷ đồng năm 2020."
    )
    _, results = _values(text)
    assert results == {"5 ngàn tỷ đồng"}


def test_a_sentence_of_results_reports_them_from_its_start() -> None:
    text = (
        "Kinh tế có bước phát triển. Tốc độ tăng trưởng đạt bình quân 12,4%; thu nhập bình "
        "quân đầu người năm 2020 ước đạt 50,1 triệu đồng/năm."
    )
    targets, results = _values(text)
    assert results == {"12,4 %", "50,1 triệu đồng/năm"}
    assert targets == set()


def test_a_sentence_before_the_results_is_not_read() -> None:
    text = "Xã có 1.200 hộ dân. Năm 2020, thu nhập bình quân đầu người ước đạt 50,1 triệu đồng/năm."
    targets, results = _values(text)
    assert results == {"50,1 triệu đồng/năm"}
    assert targets == set()


def test_a_clause_opened_by_a_year_before_the_text_year_gives_results() -> None:
    text = (
        "Chiều 14/6/2025, Đảng bộ Bệnh viện Phổi tổ chức Đại hội.\n"
        "Năm 2024, Bệnh viện tổ chức khám sàng lọc chủ động cho hơn 10.000 người dân; từ "
        "tháng 6/2020 đến 3/2025, bệnh viện thực hiện 598.123 lượt khám."
    )
    targets, results = _values(text)
    assert results == {"10.000 người", "598.123 lượt"}
    assert targets == set()


def test_a_clause_opened_by_the_text_year_tells_nothing() -> None:
    text = "Chiều 14/1/2026, Đảng ủy xã tổng kết.\nNăm 2026, xã thu ngân sách 230 tỷ đồng."
    assert _values(text) == (set(), set())


def test_the_term_of_the_congress_held_tells_past_years_only() -> None:
    text = (
        "Đại hội đại biểu Đảng bộ huyện Chợ Mới lần thứ XII, nhiệm kỳ 2020 – 2025 đề ra các chỉ "
        "tiêu chủ yếu.\n"
        "Năm 2024, tỷ lệ lao động qua đào tạo 71,3%.\nNăm 2019, thu nhập bình quân 45 triệu "
        "đồng."
    )
    targets, results = _values(text)
    assert results == {"45 triệu đồng"}
    assert targets == set()


def test_a_target_named_by_its_noun_after_a_verb_of_setting() -> None:
    text = (
        "Ngày 27/7/2021, Quốc hội thông qua Nghị quyết về Kế hoạch 5 năm, với mục tiêu tốc độ "
        "tăng trưởng GDP bình quân 6,5-7%. Năm 2016 đặt mục tiêu tăng trưởng 6,7%."
    )
    targets, results = _values(text)
    assert targets == {"6,5–7 %", "6,7 %"}
    assert results == set()


def test_a_comparison_with_the_target_is_no_target() -> None:
    text = (
        "Nhiệm kỳ qua, sản lượng bình quân 5 năm tăng 43%/năm, gấp 2,5 lần so với chỉ tiêu "
        "Đại hội đề ra; doanh thu tăng 51,5%."
    )
    targets, results = _values(text)
    assert targets == set()
    assert results == {"43 %/năm", "51,5 %"}


def test_a_span_of_years_opening_a_clause_gives_results() -> None:
    text = (
        "Chiều 14/6/2025, Đảng bộ Bệnh viện Phổi tổ chức Đại hội.\n"
        "Từ năm 2020-2024, số bệnh nhân lao được thu dung điều trị trên 1.500 người mỗi năm.\n"
        "Kết quả điều trị thành công đạt 87-92%.\n"
    )
    targets, results = _values(text)
    assert results == {"1.500 người", "87–92 %"}
    assert targets == set()


def test_a_share_of_the_plan_reached_makes_its_item_a_result() -> None:
    text = (
        "Thu ngân sách nhà nước trên địa bàn ước đạt 106,8 tỷ đồng, đạt 108,64% kế hoạch; tổng "
        "giá trị sản xuất 8.185 tỷ đồng, bằng 100,01% so với kế hoạch."
    )
    targets, results = _values(text)
    assert results == {"106,8 tỷ đồng", "8.185 tỷ đồng"}
    assert targets == set()


def test_a_share_of_the_quota_in_a_list_of_targets_stays_a_target() -> None:
    text = (
        "Đại hội đề ra các chỉ tiêu chủ yếu: thu ngân sách tăng bình quân 5-10%; gọi công dân "
        "nhập ngũ hằng năm đạt 100% chỉ tiêu."
    )
    targets, results = _values(text)
    assert targets == {"5–10 %", "100 %"}
    assert results == set()


def test_doctors_and_beds_per_ten_thousand_people() -> None:
    text = "Đến năm 2025, có 10 bác sĩ và 30 giường bệnh/1 vạn dân."
    targets, _ = _values(text)
    assert targets == {"10 bác sĩ", "30 giường bệnh/1 vạn dân"}
