"""The labelling decisions of tests/extract_real/README.md, one constructed text each.

Each test is named after the decision it checks and reads the facts the benchmark scores
(``benchmarks/extract_scoring.found_facts``), so that the extractor and the labels read a
text the same way.
"""

from __future__ import annotations

import pytest
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


def test_document_numbers_spaced_number_is_written_as_document_number_prints_it() -> None:
    text = (
        "Thực hiện Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư về công tác dư luận "
        "xã hội, Huyện ủy Thanh Thủy ban hành kế hoạch."
    )
    assert _facts(text, "document numbers") == {"ket-luan 100-KL/TW"}


def test_document_numbers_short_number_without_a_named_issuer_is_not_labelled() -> None:
    text = "Thực hiện Chỉ thị số 12 về công tác cán bộ, các chi bộ tổ chức học tập."
    assert _facts(text, "document numbers") == set()


def test_document_numbers_symbol_slip_of_a_provincial_committee_is_read_as_meant() -> None:
    text = (
        "Sau 10 năm thực hiện Kết luận số 445-KL/TƯ ngày 13/5/2022 của Tỉnh ủy Thừa Thiên Huế, "
        "hệ thống kết cấu hạ tầng có bước phát triển nhanh."
    )
    assert _facts(text, "document numbers") == {"ket-luan 445-KL/TU"}
    assert _facts(text, "dates") == {"445-KL/TU issued 2022-05-13"}


def test_document_numbers_scrambled_central_symbol_is_read_as_meant() -> None:
    text = (
        "Thực hiện Nghị quyết số 60-NQ/TƯ ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng, "
        "Tỉnh ủy Phú Thọ ban hành kế hoạch sắp xếp bộ máy."
    )
    assert _facts(text, "document numbers") == {"nghi-quyet 60-NQ/TW"}


def test_document_numbers_qd_takes_the_kind_of_the_documents_own_heading() -> None:
    text = (
        "TỈNH ỦY PHÚ THỌ\nSố 05-QĐ/TU\nPhú Thọ, ngày 10 tháng 3 năm 2023\nQUY ĐỊNH\n"
        "về trách nhiệm nêu gương của cán bộ, đảng viên\n\nĐiều 1. Phạm vi điều chỉnh"
    )
    assert _facts(text, "document numbers") == {"quy-dinh 05-QĐ/TU"}


def test_document_numbers_document_cited_twice_is_one_fact_with_its_issued_date() -> None:
    text = (
        "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, Huyện ủy Thanh Thủy ban "
        "hành kế hoạch. Theo Chỉ thị số 35-CT/TW, đại hội chi bộ tổ chức trước tháng 6."
    )
    assert _facts(text, "document numbers") == {"chi-thi 35-CT/TW"}
    assert _facts(text, "dates") == {"35-CT/TW issued 2019-05-30"}


def test_document_numbers_one_document_in_capitals_and_in_running_text_is_one_fact() -> None:
    text = (
        "HƯỚNG DẪN THỰC HIỆN QUY ĐỊNH SỐ 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ\n"
        "Căn cứ Quy định số 07-QĐi/TW, ngày 28/8/2018 của Bộ Chính trị về xử lý kỷ luật tổ "
        "chức đảng vi phạm;"
    )
    assert _facts(text, "document numbers") == {"quy-dinh 07-QĐi/TW"}
    assert _facts(text, "dates") == {"07-QĐi/TW issued 2018-08-28"}


def test_document_numbers_state_papers_are_not_party_numbers() -> None:
    text = (
        "Thực hiện Kế hoạch số 68/KH-UBND ngày 3/3/2021 của UBND tỉnh Phú Thọ và Công văn số "
        "4912/UBND-NC, Huyện ủy Thanh Thủy chỉ đạo các xã."
    )
    assert _facts(text, "document numbers") == set()


def test_document_numbers_citations_above_the_documents_own_header_are_kept() -> None:
    text = (
        "(Mặt trận) - Ban Biên tập đăng toàn văn Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ "
        "Chính trị (trong Quy định số 172-QĐ/TW, thành viên Đảng đoàn do Ban Bí thư quyết "
        "định).\n\nBAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 97-QĐ/TW\n"
        "Hà Nội, ngày 07 tháng 02 năm 2023\nQUY ĐỊNH\nCHỨC NĂNG, NHIỆM VỤ CỦA ĐẢNG ĐOÀN\n\n"
        "- Căn cứ Điều lệ Đảng;"
    )
    assert _facts(text, "document numbers") == {"quy-dinh 97-QĐ/TW", "quy-dinh 172-QĐ/TW"}


def test_dates_issued_date_printed_after_the_issuer() -> None:
    text = (
        "Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương ban hành ngày "
        "25/10/2017 về sắp xếp bộ máy, Huyện ủy Thanh Thủy ban hành kế hoạch."
    )
    assert _facts(text, "dates") == {"18-NQ/TW issued 2017-10-25"}


def test_dates_issued_date_opening_the_sentence_of_a_short_number() -> None:
    text = (
        "Ngày 06/8/2022, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 09 về công tác "
        "dư luận xã hội."
    )
    assert _facts(text, "document numbers") == {"chi-thi 09-CT/TU"}
    assert _facts(text, "dates") == {"09-CT/TU issued 2022-08-06"}


def test_documents_central_committee_resolution_named_without_a_plenum() -> None:
    text = (
        "Các chi bộ tiếp tục thực hiện nghị quyết trung ương về xây dựng, chỉnh đốn Đảng; Đảng "
        "bộ huyện Thanh Thủy đạt nhiều kết quả."
    )
    assert _facts(text, "documents") == {"nghi-quyet dang-cong-san-viet-nam executive-committee"}


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


@pytest.mark.xfail(
    strict=True,
    reason="a clause opened by a past term ('Nhiệm kỳ 2015 - 2020, …'), no other period "
    "named, gives no result (target_context.py)",
)
def test_achievements_clause_opened_by_a_result_period() -> None:
    text = (
        "Nhiệm kỳ 2015 - 2020, tốc độ tăng trưởng kinh tế bình quân đạt 11,8 %/năm; thu nhập "
        "bình quân đầu người đạt 45 triệu đồng."
    )
    assert _facts(text, "achievements") == {"11.8 %/năm", "45 triệu đồng"}


# Main record's kind, points and milestones: a heading that runs on, visions with anniversaries,
# one deadline heading a goal.


def test_kind_heading_running_on_in_capitals_is_the_main_record_kind() -> None:
    text = (
        "(ĐCSVN) – Tỉnh ủy Thanh Hóa trân trọng giới thiệu toàn văn báo cáo.\n"
        "BÁO CÁO CHÍNH TRỊ\n"
        "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH THANH HÓA KHÓA XIX\n"
        "I- ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025\n"
        "Nhiệm kỳ qua, Đảng bộ và Nhân dân trong tỉnh đã nỗ lực vượt qua khó khăn, thách thức.\n"
        "1. Về phát triển kinh tế\n"
        "II- PHƯƠNG HƯỚNG, MỤC TIÊU NHIỆM KỲ 2025 - 2030\n"
        "Nhiệm kỳ tới, Đảng bộ tỉnh tiếp tục xây dựng Đảng và hệ thống chính trị trong sạch, "
        "vững mạnh toàn diện, phát triển kinh tế - xã hội nhanh và bền vững.\n"
    )
    assert _facts(text, "kind") == {"bao-cao"}
    assert _facts(text, "points") == {"I", "II"}


def test_kind_heading_with_issuer_then_lower_case_summary_cites_no_document() -> None:
    text = (
        "TOÀN VĂN: Nghị quyết của Bộ Chính trị về công tác dân vận\n"
        "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về tăng cường công tác dân vận trong tình hình mới\n"
        "I- TÌNH HÌNH\n"
        "Những năm qua, công tác dân vận của Đảng đã đạt được những kết quả quan trọng, góp "
        "phần củng cố vững chắc khối đại đoàn kết toàn dân tộc và niềm tin của Nhân dân.\n"
        "II- MỤC TIÊU\n"
        "Nâng cao nhận thức của cấp ủy, tổ chức đảng, chính quyền về vị trí, vai trò của công "
        "tác dân vận trong tình hình mới, bảo đảm sự lãnh đạo của Đảng.\n"
    )
    assert _facts(text, "kind") == {"nghi-quyet"}
    assert _facts(text, "documents") == set()
    assert _facts(text, "points") == {"I", "II"}


def test_kind_heading_running_on_names_its_congress() -> None:
    text = (
        "KẾ HOẠCH TUYÊN TRUYỀN ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIV CỦA ĐẢNG\n"
        "Nâng cao nhận thức cho cán bộ, đảng viên và Nhân dân về những thành tựu của đất nước "
        "sau 40 năm đổi mới dưới sự lãnh đạo của Đảng.\n"
    )
    assert _facts(text, "kind") == {"ke-hoach"}
    assert _facts(text, "congress") == {"dang-cong-san-viet-nam XIV"}


def test_kind_heading_that_turns_to_a_sentence_is_a_title_only() -> None:
    text = (
        "KẾ HOẠCH số 12 đã được triển khai tới các chi bộ\n"
        "Sáng 5/3, Đảng ủy xã Tân Phú tổ chức hội nghị triển khai kế hoạch tuyên truyền.\n"
    )
    assert _facts(text, "kind") == {"bai-viet"}


def test_milestones_vision_with_anniversaries_after_its_deadlines() -> None:
    text = (
        "Đại hội xác định quyết sách để thực hiện thắng lợi các mục tiêu phát triển đất nước "
        "đến năm 2030 khi Đảng ta tròn 100 năm thành lập (1930 - 2030); hiện thực hoá tầm nhìn "
        "phát triển đến năm 2045, kỷ niệm 100 năm thành lập nước (1945 - 2045).\n"
    )
    assert _facts(text, "milestones") == {"2030", "2045"}


def test_milestones_vision_with_a_figure_is_a_target_not_a_goal() -> None:
    text = (
        "Tỉnh phấn đấu đến năm 2025 thu nhập bình quân đầu người đạt 80 triệu đồng, đến năm "
        "2030 đạt 120 triệu đồng.\n"
    )
    assert _facts(text, "milestones") == set()


def test_milestones_one_deadline_heading_the_goal_a_sentence_sets() -> None:
    text = (
        "Đại hội đại biểu Đảng bộ tỉnh Bạc Liêu lần thứ XVI đã đề ra các mục tiêu, nhiệm vụ cụ "
        "thể để tỉnh phát triển nhanh và bền vững, phấn đấu đến năm 2030 trở thành tỉnh khá "
        "của cả nước.\n"
    )
    assert _facts(text, "milestones") == {"2030"}


def test_milestones_one_deadline_quoted_from_a_cited_document_is_its_task() -> None:
    text = (
        "Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương đã đề ra mục tiêu phải chuyển đổi "
        "số mạnh mẽ “đến năm 2025 hoàn thành xây dựng cơ sở dữ liệu quốc gia về đất đai”.\n"
    )
    assert _facts(text, "milestones") == set()


def test_milestones_one_deadline_without_goal_words_is_no_goal() -> None:
    text = "Huyện phấn đấu đến năm 2030 hoàn thành xây dựng trụ sở mới của Huyện ủy.\n"
    assert _facts(text, "milestones") == set()


def test_points_last_point_cut_short_by_the_excerpt_is_still_a_point() -> None:
    text = (
        "Sáng 14-10, Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2025 - 2030 "
        "tiến hành phiên trù bị tại Trung tâm Hội nghị tỉnh. Đại hội có các nhiệm vụ sau:\n"
        "Một là, tổng kết việc thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, "
        "nhiệm kỳ 2020 - 2025 và xác định phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ tới.\n"
        "Hai là, thảo luận, đóng góp ý ki\n"
    )
    assert _facts(text, "points") == {"Một là", "Hai là"}


def test_points_short_last_line_after_a_point_that_does_not_follow_it_is_chrome() -> None:
    text = (
        "Sáng 14-10, Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2025 - 2030 "
        "tiến hành phiên trù bị tại Trung tâm Hội nghị tỉnh. Đại hội có các nhiệm vụ sau:\n"
        "Một là, tổng kết việc thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, "
        "nhiệm kỳ 2020 - 2025 và xác định phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ tới.\n"
        "Ba là tin liên quan\n"
    )
    assert "Ba là" not in _facts(text, "points")


def test_milestones_goal_after_a_comma_with_its_vision_said_before_it() -> None:
    text = (
        "Nhiệm kỳ 2025-2030, tầm nhìn đến năm 2040, Đảng bộ xã Nghĩa Trụ đề ra mục tiêu tổng "
        "quát, xây dựng Đảng bộ, hệ thống chính trị trong sạch, vững mạnh; phát huy truyền "
        "thống, ý chí, khát vọng, sức mạnh đại đoàn kết toàn dân.\n"
    )
    assert _facts(text, "milestones") == {"2040"}


def test_milestones_goal_words_listed_after_a_comma_without_a_deadline_give_none() -> None:
    text = (
        "Đại hội thảo luận mục tiêu tổng quát, nhiệm vụ, giải pháp chủ yếu của nhiệm kỳ "
        "2025 - 2030 và bầu Ban Chấp hành Đảng bộ xã khóa mới.\n"
    )
    assert _facts(text, "milestones") == set()
