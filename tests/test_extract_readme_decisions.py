"""The labelling decisions of tests/extract_real/README.md, one constructed text each.

Each test is named after the decision it checks and reads the facts the benchmark scores
(``benchmarks/extract_scoring.found_facts``), so that the extractor and the labels read a
text the same way.
"""

from __future__ import annotations

from extract_scoring import found_facts

from vnpartydoc.extract import extract_partial


def _facts(text: str, field: str) -> set[str]:
    return set(found_facts(extract_partial(text))[field])


# Documents cited without a number: "<kind> <issuer organisation> <issuer body>".


def test_documents_kind_and_local_issuing_body() -> None:
    text = (
        "Ngày 12/3/2024, Ban Thường vụ Tỉnh ủy Quảng Nam tổ chức hội nghị. Hội nghị đã nghe "
        "Tờ trình của Ban Thường vụ Tỉnh ủy về công tác cán bộ."
    )
    assert _facts(text, "documents") == {"to-trinh dang-bo-tinh-quang-nam standing-board"}


def test_documents_kind_and_central_issuing_body() -> None:
    text = (
        "Huyện ủy Thanh Thủy triển khai Chỉ thị của Ban Bí thư về tăng cường công tác dân vận "
        "và Hướng dẫn của Ban Tổ chức Trung ương về đại hội chi bộ."
    )
    assert _facts(text, "documents") == {
        "chi-thi dang-cong-san-viet-nam secretariat",
        "huong-dan dang-cong-san-viet-nam commission",
    }


def test_documents_plenum_resolution_with_ordinal_in_digits() -> None:
    text = (
        "Sáng 20/10/2025, Đảng ủy Tập đoàn tổ chức hội nghị quán triệt, triển khai thực hiện "
        "nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII."
    )
    assert _facts(text, "documents") == {"nghi-quyet dang-cong-san-viet-nam executive-committee"}


def test_documents_plenum_resolution_with_ordinal_in_words() -> None:
    text = (
        "Các chi bộ học tập Nghị quyết Hội nghị lần thứ Tám, Ban Chấp hành Trung ương Đảng "
        "khóa XIII về Chiến lược bảo vệ Tổ quốc trong tình hình mới."
    )
    assert _facts(text, "documents") == {"nghi-quyet dang-cong-san-viet-nam executive-committee"}


def test_document_numbers_short_number_completed_from_local_issuer_with_its_place() -> None:
    text = (
        "Thực hiện Chỉ thị số 17 của Ban Thường vụ Tỉnh ủy Phú Thọ về tăng cường công tác cán "
        "bộ, Huyện ủy Thanh Thủy triển khai kế hoạch."
    )
    assert _facts(text, "document numbers") == {"chi-thi 17-CT/TU"}
    assert _facts(text, "documents") == set()


def test_document_numbers_short_number_completed_from_central_commission_code() -> None:
    text = (
        "Thực hiện Hướng dẫn số 12 của Ban Tổ chức Trung ương về đại hội chi bộ và Hướng dẫn số "
        "3 của Ủy ban Kiểm tra Trung ương, Đảng bộ huyện Thanh Thủy đã chỉ đạo tổ chức đại hội."
    )
    assert _facts(text, "document numbers") == {"huong-dan 12-HD/BTCTW", "huong-dan 03-HD/UBKTTW"}


def test_document_numbers_short_number_of_politburo_is_tw() -> None:
    text = "Thực hiện Chỉ thị 35 của Bộ Chính trị, Huyện ủy Thanh Thủy đã ban hành Kế hoạch."
    assert _facts(text, "document numbers") == {"chi-thi 35-CT/TW"}


def test_documents_de_cuong_is_not_listed() -> None:
    text = (
        "Ban Tuyên giáo Huyện ủy Thanh Thủy phát hành Đề cương tuyên truyền của Ban Tuyên giáo "
        "Tỉnh ủy Phú Thọ về kỷ niệm 95 năm Ngày thành lập Đảng."
    )
    assert _facts(text, "documents") == set()


def test_document_numbers_short_number_of_a_document_its_issuer_puts_out() -> None:
    text = (
        "Ban Thường vụ Tỉnh ủy Phú Thọ đã ban hành Kế hoạch số 08 về tổ chức đại hội đảng bộ "
        "các cấp."
    )
    assert _facts(text, "document numbers") == {"ke-hoach 08-KH/TU"}
    assert _facts(text, "documents") == set()


def test_documents_document_its_issuer_puts_out_without_a_number() -> None:
    text = "Ban Thường vụ Tỉnh ủy Phú Thọ đã ban hành Kế hoạch về tổ chức đại hội đảng bộ các cấp."
    assert _facts(text, "documents") == {"ke-hoach dang-bo-tinh-phu-tho standing-board"}


def test_documents_draft_is_not_listed() -> None:
    text = (
        "Hội nghị cho ý kiến vào dự thảo Kế hoạch của Ban Thường vụ Huyện ủy Thanh Thủy về "
        "tổ chức đại hội chi bộ."
    )
    assert _facts(text, "documents") == set()


def test_documents_congress_own_resolution_is_not_listed() -> None:
    text = (
        "Toàn Đảng bộ tập trung thực hiện Nghị quyết của Đại hội đại biểu Đảng bộ tỉnh Bến Tre "
        "lần thứ XI, nhiệm kỳ 2020 – 2025."
    )
    assert _facts(text, "documents") == set()


# Dates.


def test_dates_day_and_month_take_year_from_dateline() -> None:
    text = (
        "Sáng 2/8/2025, Đại hội đại biểu Đảng bộ huyện Yên Lập lần thứ XXV, nhiệm kỳ 2025-2030 "
        "khai mạc phiên trù bị. Ngày 3/8, Đại hội khai mạc phiên chính thức."
    )
    assert _facts(text, "dates") == {
        "dang-bo-huyen-yen-lap XXV prep 2025-08-02",
        "dang-bo-huyen-yen-lap XXV opened 2025-08-03",
    }


def test_dates_day_and_month_take_year_from_printed_term() -> None:
    text = (
        "Đại hội đại biểu Đảng bộ huyện Yên Lập lần thứ XXV, nhiệm kỳ 2025-2030, đã diễn ra "
        "thành công vào ngày 23 và 24 tháng 7 vừa qua."
    )
    assert _facts(text, "dates") == {
        "dang-bo-huyen-yen-lap XXV opened 2025-07-23",
        "dang-bo-huyen-yen-lap XXV closed 2025-07-24",
    }


def test_dates_day_and_month_without_dateline_or_term_give_no_date() -> None:
    text = "Đại hội đại biểu Đảng bộ huyện Yên Lập lần thứ XXV diễn ra ngày 23/7."
    assert _facts(text, "dates") == set()


def test_dates_national_congress_takes_its_year() -> None:
    text = "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng khai mạc ngày 19/1."
    assert _facts(text, "dates") == {"dang-cong-san-viet-nam XIV opened 2026-01-19"}


def test_dates_congress_held_on_one_day_is_opened() -> None:
    text = (
        "Đại hội đại biểu Đảng bộ huyện Yên Lập lần thứ XXV, nhiệm kỳ 2025-2030 diễn ra ngày "
        "23/7/2025."
    )
    assert _facts(text, "dates") == {"dang-bo-huyen-yen-lap XXV opened 2025-07-23"}


def test_dates_two_days_of_one_month_are_opened_and_closed() -> None:
    text = (
        "Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020 – 2025 diễn ra trong "
        "2 ngày 19 và 20/8/2020."
    )
    assert _facts(text, "dates") == {
        "dang-bo-tinh-ben-tre XI opened 2020-08-19",
        "dang-bo-tinh-ben-tre XI closed 2020-08-20",
    }


def test_dates_dateline_year_wins_over_printed_term() -> None:
    text = (
        "(BBT) – Ngày 14/12/2019, Đảng bộ phường Bắc Lệnh tổ chức Đại hội đại biểu Đảng bộ "
        "phường Bắc Lệnh lần thứ XXI, nhiệm kỳ 2020 - 2025. Đại hội khai mạc phiên chính thức "
        "ngày 15/12 tại Hội trường phường."
    )
    assert _facts(text, "dates") == {"dang-bo-phuong-bac-lenh XXI opened 2019-12-15"}


def test_dates_dateline_year_of_another_year_than_a_national_congress_is_passed_over() -> None:
    text = (
        "Ngày 20/12/2025, Ban Thường vụ Tỉnh ủy Phú Thọ tổ chức hội nghị. Đại hội đại biểu "
        "toàn quốc lần thứ XIV của Đảng khai mạc ngày 19/1."
    )
    assert _facts(text, "dates") == {"dang-cong-san-viet-nam XIV opened 2026-01-19"}


def test_dates_named_sessions_win_over_programme_range() -> None:
    text = (
        "Đại hội đại biểu Đảng bộ huyện Yên Lập lần thứ XXV diễn ra từ ngày 22-24/9/2025. Ngày "
        "23/9, Đại hội tiến hành phiên trù bị; ngày 24/9, khai mạc phiên chính thức."
    )
    assert _facts(text, "dates") == {
        "dang-bo-huyen-yen-lap XXV prep 2025-09-23",
        "dang-bo-huyen-yen-lap XXV opened 2025-09-24",
    }


def test_dates_programme_range_from_the_preparatory_day_gives_the_closing_day() -> None:
    text = (
        "Đại hội đại biểu Đảng bộ huyện Yên Lập lần thứ XXV diễn ra từ ngày 22-24/9/2025. Ngày "
        "22/9, Đại hội tiến hành phiên trù bị; ngày 23/9, khai mạc phiên chính thức."
    )
    assert _facts(text, "dates") == {
        "dang-bo-huyen-yen-lap XXV prep 2025-09-22",
        "dang-bo-huyen-yen-lap XXV opened 2025-09-23",
        "dang-bo-huyen-yen-lap XXV closed 2025-09-24",
    }


def test_dates_official_sessions_range_after_the_preparatory_day_is_kept() -> None:
    text = (
        "Sáng 21/7/2020, Đại hội đại biểu Đảng bộ huyện Duy Xuyên lần thứ XXI, nhiệm kỳ "
        "2020-2025 khai mạc phiên trù bị. Đại hội Đảng bộ huyện Duy Xuyên lần thứ XXI sẽ diễn ra "
        "chính thức trong 2 ngày 22 và 23/7/2020."
    )
    assert _facts(text, "dates") == {
        "dang-bo-huyen-duy-xuyen XXI prep 2020-07-21",
        "dang-bo-huyen-duy-xuyen XXI opened 2020-07-22",
        "dang-bo-huyen-duy-xuyen XXI closed 2020-07-23",
    }


# Places.


def test_places_after_tai_up_to_the_clause_end() -> None:
    text = (
        "Sáng 15/9/2020, Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020 - 2025 "
        "khai mạc tại Trung tâm Hội nghị tỉnh, với sự tham dự của 350 đại biểu."
    )
    assert _facts(text, "places") == {"dang-bo-tinh-ben-tre XI at Trung tâm Hội nghị tỉnh"}


def test_places_clause_ends_at_a_dash_before_a_lower_case_word() -> None:
    text = (
        "Sáng 15/9/2020, Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020 - 2025 "
        "khai mạc tại Trung tâm Văn hóa và Thể thao tỉnh – nơi từng diễn ra nhiều sự kiện lớn."
    )
    assert _facts(text, "places") == {
        "dang-bo-tinh-ben-tre XI at Trung tâm Văn hóa và Thể thao tỉnh"
    }


def test_places_dash_before_a_capital_goes_on_with_the_name() -> None:
    text = (
        "Sáng 15/9/2020, Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020 - 2025 "
        "khai mạc tại Trung tâm Văn hóa – Thể thao tỉnh, với sự tham dự của 350 đại biểu."
    )
    assert _facts(text, "places") == {
        "dang-bo-tinh-ben-tre XI at Trung tâm Văn hóa – Thể thao tỉnh"
    }


# Points.


def test_points_are_top_level_labels_of_the_main_record_only() -> None:
    text = (
        "TỈNH ỦY BẾN TRE\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
        "thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Quán triệt sâu sắc, đầy đủ nội dung Nghị quyết Đại hội XIII của Đảng đến toàn thể "
        "cán bộ, đảng viên và các tầng lớp nhân dân trong tỉnh.\n"
        "2. Cụ thể hóa các quan điểm, mục tiêu, nhiệm vụ và giải pháp phù hợp với tình hình "
        "thực tiễn của tỉnh.\n"
        "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n"
        "1. Tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh.\n"
        "a) Đổi mới phương thức lãnh đạo của Đảng đối với hệ thống chính trị.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Các cấp ủy, tổ chức đảng xây dựng kế hoạch cụ thể để triển khai thực hiện Chương "
        "trình này.\n"
    )
    assert _facts(text, "points") == {"I", "II", "III"}


# Targets and achievements.


def test_achievements_past_term_and_targets_coming_term_never_mixed() -> None:
    text = (
        "Nhiệm kỳ 2015 - 2020, Đảng bộ huyện Thanh Thủy đã lãnh đạo đạt và vượt 16/18 chỉ tiêu "
        "nghị quyết. Tốc độ tăng trưởng kinh tế bình quân đạt 8,5 %/năm; thu nhập bình quân đầu "
        "người đạt 45 triệu đồng/người/năm. Nhiệm kỳ 2020 - 2025, phấn đấu tốc độ tăng trưởng "
        "bình quân 9 %/năm."
    )
    assert _facts(text, "achievements") == {
        "16 chỉ tiêu",
        "8.5 %/năm",
        "45 triệu đồng/người/năm",
    }
    assert _facts(text, "targets") == {"9 %/năm"}


def test_achievements_descriptive_figures_and_count_of_targets_set_are_neither() -> None:
    text = (
        "Đảng bộ huyện Thanh Thủy hiện có 45 tổ chức cơ sở đảng với 5.200 đảng viên; diện tích "
        "tự nhiên 125 km2, dân số 82.000 người. Nhiệm kỳ 2020 - 2025, Đại hội đề ra 22 chỉ tiêu "
        "chủ yếu, phấn đấu tỷ lệ hộ nghèo giảm còn dưới 2 %, tỷ lệ bao phủ bảo hiểm y tế đạt "
        "trên 95 %."
    )
    assert _facts(text, "achievements") == set()
    assert _facts(text, "targets") == {"2 % less-than", "95 % more-than"}


def test_achievements_value_restated_in_brackets_is_one_the_first_form() -> None:
    text = (
        "Sau 5 năm thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện Thanh Thủy lần thứ XXIV, "
        "thu nhập bình quân đầu người ước đạt 52 triệu đồng, gần 100 % xã đạt chuẩn nông thôn "
        "mới; tỷ lệ hộ nghèo còn 1,5 % (8 hộ)."
    )
    assert _facts(text, "achievements") == {"52 triệu đồng", "100 %", "1.5 %"}


def test_achievements_clause_opened_by_a_result_period() -> None:
    text = (
        "Ngày 15/7/2020, Đảng bộ huyện Thanh Thủy khai mạc Đại hội đại biểu lần thứ XXV.\n"
        "Nhiệm kỳ 2015 - 2020, tốc độ tăng trưởng kinh tế bình quân đạt 11,8 %/năm; thu nhập "
        "bình quân đầu người đạt 45 triệu đồng."
    )
    assert _facts(text, "achievements") == {"11.8 %/năm", "45 triệu đồng"}


def _years(text: str, field: str) -> dict[str, int | None]:
    """The year of each target (its deadline) or result (its year or period's end), by fact."""
    result = extract_partial(text)
    out: dict[str, int | None] = {}
    if field == "targets":
        for t in result.targets:
            if t.achieved is None:
                out[f"{t.value} {t.unit}"] = t.deadline
    else:
        for found in result.results:
            when = found.result.measured_on or found.result.period
            year = getattr(when, "year", None) or getattr(when, "end_year", None)
            out[f"{found.result.value} {found.result.unit or ''}".strip()] = year
    return out


def test_targets_year_said_once_for_a_list_heading() -> None:
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020 - 2025\n"
        "1. Tốc độ tăng trưởng kinh tế bình quân 9 %/năm.\n"
        "2. Tỷ lệ hộ nghèo giảm còn dưới 2 %.\n"
    )
    assert _years(text, "targets") == {"9 %/năm": 2025, "2 %": 2025}


def test_targets_year_said_once_for_a_list_in_prose() -> None:
    text = (
        "Nhiệm kỳ 2025 - 2030, phường Phú Lợi đề ra các chỉ tiêu chủ yếu: thu nhập bình quân "
        "đầu người đạt 120 triệu đồng; tỷ lệ hộ nghèo dưới 0,5 %; 100 % tổ dân phố đạt chuẩn "
        "văn minh đô thị."
    )
    assert _years(text, "targets") == {"120 triệu đồng": 2030, "0,5 %": 2030, "100 %": 2030}


def test_achievements_part_of_a_total_is_the_part() -> None:
    text = (
        "Nhiệm kỳ qua, xã Phú Hưng đạt và vượt 16/18 nhiệm vụ trọng tâm; đến nay xã đạt 17/19 "
        "tiêu chí nông thôn mới."
    )
    assert _facts(text, "achievements") == {"16 nhiệm vụ", "17 tiêu chí"}


def test_targets_qualifiers_more_than_less_than_about() -> None:
    text = (
        "Nhiệm kỳ 2025 - 2030, Đảng bộ huyện Thanh Thủy đề ra các chỉ tiêu chủ yếu: tốc độ "
        "tăng trưởng trên 10 %/năm; thu nhập bình quân đầu người hơn 90 triệu đồng; tỷ lệ hộ "
        "nghèo dưới 1 %; tỷ lệ đô thị hóa khoảng 45 %; tỷ lệ che phủ rừng gần 60 %."
    )
    assert _facts(text, "targets") == {
        "10 %/năm more-than",
        "90 triệu đồng more-than",
        "1 % less-than",
        "45 % about",
        "60 % about",
    }


def test_targets_qualifiers_at_least_and_at_most() -> None:
    text = (
        "Nhiệm kỳ 2025 - 2030, Đảng bộ tỉnh đề ra các chỉ tiêu chủ yếu: tỷ trọng kinh tế số "
        "tối thiểu 20 %; tỷ lệ đảng viên hoàn thành tốt nhiệm vụ 90 % trở lên; bội chi ngân "
        "sách không vượt quá 3 %; chỉ số hạnh phúc vượt ngưỡng 70 %."
    )
    assert _facts(text, "targets") == {
        "20 % at-least",
        "90 % at-least",
        "3 % at-most",
        "70 % more-than",
    }


def test_achievements_estimate_is_exact() -> None:
    text = (
        "Nhiệm kỳ qua, huyện đạt và vượt các chỉ tiêu nghị quyết đề ra: thu nhập bình quân "
        "đầu người ước đạt 52 triệu đồng."
    )
    result = extract_partial(text)
    assert [(str(t.achieved), t.qualifier.value) for t in result.achievements] == [("52", "exact")]


def test_targets_value_restated_in_brackets_is_one_the_first_form() -> None:
    text = (
        "Các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025: tỷ lệ xã đạt chuẩn nông thôn mới đạt 50 % "
        "(8 xã); tỷ lệ thôn đạt chuẩn nông thôn mới kiểu mẫu 1,8 % (2 thôn)."
    )
    assert _facts(text, "targets") == {"50 %", "1.8 %"}


def test_achievements_share_of_the_resolution_target_is_one_achievement() -> None:
    text = (
        "Nhiệm kỳ qua, tổng thu ngân sách trên địa bàn đạt 1.250 tỷ đồng, đạt 125 % chỉ tiêu "
        "nghị quyết; kết nạp 320 đảng viên, đạt 106,6 % chỉ tiêu nghị quyết."
    )
    assert _facts(text, "achievements") == {"1250 tỷ đồng", "320 đảng viên"}


def test_achievements_figure_of_a_wider_body_for_comparison_is_an_achievement() -> None:
    text = (
        "5 năm qua, giá trị sản xuất công nghiệp của huyện tăng bình quân 12,4 %/năm, cao hơn "
        "tốc độ 7,5 %/năm toàn tỉnh."
    )
    assert _facts(text, "achievements") == {"12.4 %/năm", "7.5 %/năm"}


def test_achievements_list_opened_once_by_a_term_gives_every_item_its_end_year() -> None:
    text = (
        "Trong nhiệm kỳ 2020 - 2025, Đảng bộ xã Long Hòa đã đạt được nhiều kết quả: thu nhập "
        "bình quân đầu người đạt 68 triệu đồng; tỷ lệ hộ nghèo còn 0,8 %; kết nạp 45 đảng viên."
    )
    assert _years(text, "achievements") == {
        "68 triệu đồng": 2025,
        "0,8 %": 2025,
        "45 đảng viên": 2025,
    }


def test_targets_and_achievements_descriptive_figures_are_neither() -> None:
    text = (
        "Phường Tam Thắng có diện tích tự nhiên 11,76 km2, dân số 86.240 người; Đảng bộ phường "
        "có 74 tổ chức đảng với 5.067 đảng viên. Nhiệm kỳ 2025 - 2030, phường đề ra 27 chỉ "
        "tiêu cụ thể, trong đó thu nhập bình quân đầu người tăng 30 %."
    )
    assert _facts(text, "achievements") == set()
    assert _facts(text, "targets") == {"30 %"}
