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


def test_achievements_clause_opened_by_a_result_period() -> None:
    text = (
        "Ngày 15/7/2020, Đảng bộ huyện Thanh Thủy khai mạc Đại hội đại biểu lần thứ XXV.\n"
        "Nhiệm kỳ 2015 - 2020, tốc độ tăng trưởng kinh tế bình quân đạt 11,8 %/năm; thu nhập "
        "bình quân đầu người đạt 45 triệu đồng."
    )
    assert _facts(text, "achievements") == {"11.8 %/năm", "45 triệu đồng"}


# People and titles: every person named, titles held at the time of the text, as printed.


def test_titles_case_and_abbreviations_kept_as_printed() -> None:
    text = (
        "Dự hội nghị có đồng chí Lò Văn Pấng – UV BTV Đảng ủy, TGĐ VRG; đồng chí Hà Thị Mai, "
        "phó bí thư Huyện ủy, Chủ tịch HĐND huyện.\n"
    )
    assert _facts(text, "titles") == {
        "Lò Văn Pấng: UV BTV Đảng ủy",
        "Lò Văn Pấng: TGĐ VRG",
        "Hà Thị Mai: phó bí thư Huyện ủy",
        "Hà Thị Mai: Chủ tịch HĐND huyện",
    }


def test_titles_khoa_dropped_after_a_title() -> None:
    text = (
        "Ông Vương Đình Huệ, Bí thư Thành ủy Hà Nội khóa XVI, tiếp tục được bầu giữ chức Bí thư "
        "Thành ủy Hà Nội khóa XVII, nhiệm kỳ 2020 - 2025.\n"
    )
    assert _facts(text, "titles") == {"Vương Đình Huệ: Bí thư Thành ủy Hà Nội"}


def test_titles_khoa_in_brackets_dropped_and_the_post_given_after_it_kept() -> None:
    text = (
        "Bộ Chính trị điều động ông Trần Văn Lâm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hậu "
        "Giang (khóa 9) giữ chức Phó Trưởng Ban Kinh tế Trung ương.\n"
    )
    assert _facts(text, "titles") == {
        "Trần Văn Lâm: Ủy viên Trung ương Đảng",
        "Trần Văn Lâm: Bí thư Tỉnh ủy Hậu Giang",
        "Trần Văn Lâm: Phó Trưởng Ban Kinh tế Trung ương",
    }


def test_titles_khoa_dropped_from_inside_a_title() -> None:
    text = (
        "Đồng chí Hoàng Thị Nhung, Đại biểu Quốc hội khóa XV tỉnh Tuyên Quang, phát biểu tại "
        "hội nghị.\n"
    )
    assert _facts(text, "titles") == {"Hoàng Thị Nhung: Đại biểu Quốc hội tỉnh Tuyên Quang"}


def test_titles_a_title_in_several_forms_is_one_fact_in_its_fullest_form() -> None:
    text = (
        "Đồng chí Lê Thanh Bình, Chủ tịch UBND phường Quảng Phú, phát biểu. Chủ tịch UBND "
        "phường Lê Thanh Bình cho biết phường đã hoàn thành kế hoạch.\n"
    )
    assert _facts(text, "titles") == {"Lê Thanh Bình: Chủ tịch UBND phường Quảng Phú"}


def test_titles_former_posts_are_no_titles_but_name_the_person() -> None:
    text = (
        "Dự lễ có đồng chí Nguyễn Văn Ba, nguyên Bí thư Tỉnh ủy; nguyên Chủ tịch UBND tỉnh Trần "
        "Văn Hai và đồng chí Lê Thị Tư, Phó Chủ tịch HĐND tỉnh.\n"
    )
    assert _facts(text, "people") == {"Nguyễn Văn Ba", "Trần Văn Hai", "Lê Thị Tư"}
    assert _facts(text, "titles") == {"Lê Thị Tư: Phó Chủ tịch HĐND tỉnh"}


def test_titles_posts_given_up_are_no_titles_the_new_post_is() -> None:
    text = (
        "Quyết định đồng chí Phạm Văn Mười thôi giữ chức Bí thư Thành ủy Hải Phòng nhiệm kỳ 2010 "
        "- 2015, thôi giữ chức Chủ tịch HĐND thành phố, giữ chức vụ Phó Chánh Văn phòng Trung "
        "ương Đảng.\n"
    )
    assert _facts(text, "titles") == {"Phạm Văn Mười: Phó Chánh Văn phòng Trung ương Đảng"}


def test_titles_degrees_and_military_ranks_are_no_titles() -> None:
    text = (
        "PGS.TS Nguyễn Văn Mạnh, Bí thư Đảng ủy, Hiệu trưởng Trường Đại học Vinh; Đại tá Lê Văn "
        "Sáu, Chỉ huy trưởng Bộ CHQS tỉnh, dự đại hội.\n"
    )
    assert _facts(text, "titles") == {
        "Nguyễn Văn Mạnh: Bí thư Đảng ủy",
        "Nguyễn Văn Mạnh: Hiệu trưởng Trường Đại học Vinh",
        "Lê Văn Sáu: Chỉ huy trưởng Bộ CHQS tỉnh",
    }


def test_titles_head_of_a_central_working_delegation_is_a_title() -> None:
    text = (
        "Đồng chí Lê Minh Hưng, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương, Trưởng đoàn "
        "công tác của Bộ Chính trị, phát biểu chỉ đạo.\n"
    )
    assert "Lê Minh Hưng: Trưởng đoàn công tác của Bộ Chính trị" in _facts(text, "titles")


def test_people_bylines_and_photo_credits_in_proper_case() -> None:
    text = (
        "Đại hội Đảng bộ xã Tân Lập lần thứ XV\n"
        "Đồng chí Vi Văn Năm, Bí thư Đảng ủy xã phát biểu. Ảnh: Hồng Đạt/TTXVN\n"
        "PHƯƠNG THUẬN\n"
    )
    assert {"Hồng Đạt", "Phương Thuận"} <= _facts(text, "people")


def test_people_a_name_in_two_spellings_is_listed_twice() -> None:
    text = (
        "Bà Bùi Thị Tĩnh, Phó Bí thư Huyện ủy, phát biểu khai mạc. Sau đó, bà Bùi Thị Tỉnh trình "
        "bày báo cáo chính trị.\n"
    )
    assert {"Bùi Thị Tĩnh", "Bùi Thị Tỉnh"} <= _facts(text, "people")


def test_titles_of_a_company_committee_kept_whole() -> None:
    text = (
        "Đồng chí Vũ Văn Yên - Thường trực Đảng ủy Khối phát biểu. Đồng chí Nguyễn Chơn Hùng - "
        "Chủ tịch Hội đồng Quản trị kiêm Tổng Giám đốc PECC3 được toàn thể đảng viên tín nhiệm "
        "bầu làm Bí thư Đảng ủy Công ty.\n"
    )
    assert _facts(text, "titles") == {
        "Vũ Văn Yên: Thường trực Đảng ủy Khối",
        "Nguyễn Chơn Hùng: Chủ tịch Hội đồng Quản trị",
        "Nguyễn Chơn Hùng: Tổng Giám đốc PECC3",
        "Nguyễn Chơn Hùng: Bí thư Đảng ủy Công ty",
    }


def test_titles_a_post_the_text_says_the_person_leaves_is_no_title() -> None:
    text = (
        "Ủy ban Kiểm tra Thành ủy đã kỷ luật các ông: Đỗ Văn Vì, Bí thư Đảng ủy, Chủ tịch UBND "
        "phường Ái Quốc; Nguyễn Văn Thái, Phó Bí thư Đảng ủy, Chủ tịch HĐND phường Ái Quốc.\n"
        "Ban Thường vụ Thành ủy đã quyết định cho thôi giữ chức Bí thư Đảng ủy phường đối với ông "
        "Đỗ Văn Vì, cho thôi giữ chức Phó Bí thư Đảng ủy phường đối với ông Nguyễn Văn Thái.\n"
    )
    assert _facts(text, "titles") == {
        "Đỗ Văn Vì: Chủ tịch UBND phường Ái Quốc",
        "Nguyễn Văn Thái: Chủ tịch HĐND phường Ái Quốc",
    }


def test_titles_a_post_left_after_the_name_is_no_title() -> None:
    text = (
        "Bộ Chính trị quyết định ông Ngô Chí Cường, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Vĩnh "
        "Long thôi giữ chức Bí thư Tỉnh ủy Vĩnh Long.\n"
    )
    assert _facts(text, "titles") == {"Ngô Chí Cường: Ủy viên Trung ương Đảng"}


def test_titles_a_post_left_later_in_the_sentence_is_no_title() -> None:
    text = (
        "Bộ Chính trị quyết định ông Ngô Chí Cường, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Vĩnh "
        "Long thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy Vĩnh Long, thôi chức vụ Bí thư "
        "Tỉnh ủy Vĩnh Long nhiệm kỳ 2020-2025.\n"
    )
    assert _facts(text, "titles") == {"Ngô Chí Cường: Ủy viên Trung ương Đảng"}


# Organisations: ids, levels, the Party, state bodies.


def test_organisation_agency_with_its_locality_printed_appends_it() -> None:
    text = (
        "Sáng 22/5/2020, Đảng bộ cơ quan UBND huyện Thanh Ba tổ chức Đại hội lần thứ V, nhiệm kỳ "
        "2020 - 2025, với 176 đảng viên."
    )
    assert _facts(text, "organisation") == {"dang-bo-co-quan-ubnd-huyen-thanh-ba grassroots"}


def test_organisation_agency_without_its_locality_keeps_its_name_as_printed() -> None:
    text = (
        "Ngày 30/7/2025, Đảng bộ UBND tỉnh tổ chức phiên trù bị Đại hội đại biểu lần thứ I. "
        "Đồng chí Trần Duy Đông, Chủ tịch UBND tỉnh Phú Thọ, chủ trì."
    )
    assert _facts(text, "organisation") == {"dang-bo-ubnd-tinh district"}


def test_organisation_bloc_of_the_province_takes_the_province_named() -> None:
    text = (
        "Ngày 5/6/2020, Đảng bộ Khối các cơ quan tỉnh tổ chức Đại hội đại biểu lần thứ XV. Dự "
        "Đại hội có lãnh đạo tỉnh Thái Nguyên."
    )
    assert _facts(text, "organisation") == {"dang-bo-khoi-cac-co-quan-tinh-thai-nguyen district"}


def test_organisation_bloc_of_a_district_is_grassroots() -> None:
    text = (
        "Dự đại hội có các đồng chí trong Đảng bộ khối DN huyện Đông Anh; đại hội diễn ra đúng "
        "quy định của Đảng cộng sản Việt Nam."
    )
    assert _facts(text, "organisation") == {
        "dang-bo-khoi-doanh-nghiep-huyen-dong-anh grassroots",
        "dang-cong-san-viet-nam central",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đảng bộ xã Long Xuyên tổ chức hội nghị.", "dang-bo-xa-long-xuyen grassroots"),
        ("Đảng bộ phường Vĩnh Tân tổ chức hội nghị.", "dang-bo-phuong-vinh-tan grassroots"),
        ("Đảng bộ tỉnh An Giang tổ chức hội nghị.", "dang-bo-tinh-an-giang province"),
        ("Đảng bộ TP Hồ Chí Minh tổ chức hội nghị.", "dang-bo-thanh-pho-ho-chi-minh province"),
        ("Đảng bộ Chính phủ tổ chức hội nghị.", "dang-bo-chinh-phu province"),
        (
            "Đảng bộ Khối Doanh nghiệp Trung ương tổ chức hội nghị.",
            "dang-bo-khoi-doanh-nghiep-trung-uong province",
        ),
        ("Đảng bộ NHPT tổ chức hội nghị.", "dang-bo-nhpt district"),
        ("Đây là đại hội điểm của Đảng bộ EVNHCMC.", "dang-bo-evnhcmc district"),
        (
            "Đảng bộ Công an tỉnh Thái Bình tổ chức hội nghị.",
            "dang-bo-cong-an-tinh-thai-binh district",
        ),
        (
            "Đảng bộ Ban Chỉ huy Bộ đội Biên phòng tỉnh Thanh Hóa tổ chức hội nghị.",
            "dang-bo-ban-chi-huy-bo-doi-bien-phong-tinh-thanh-hoa district",
        ),
        (
            "Đảng bộ Cục Thuế tỉnh Sơn La tổ chức hội nghị.",
            "dang-bo-cuc-thue-tinh-son-la grassroots",
        ),
        (
            "Đảng bộ Bệnh viện Đa khoa huyện Kim Sơn tổ chức hội nghị.",
            "dang-bo-benh-vien-da-khoa-huyen-kim-son grassroots",
        ),
        (
            "Đảng bộ Trường Đại học Bình Dương tổ chức hội nghị.",
            "dang-bo-truong-dai-hoc-binh-duong grassroots",
        ),
    ],
    ids=[
        "commune", "ward", "province", "centrally-run-city", "government", "central-bloc",
        "initials-bank", "initials-corporation", "province-police", "border-guard-command",
        "tax-department", "district-hospital", "university",
    ],
)  # fmt: skip
def test_organisation_levels(text: str, expected: str) -> None:
    assert _facts(text, "organisation") == {expected}


def test_organisation_printed_with_and_without_the_unit_word_is_one() -> None:
    text = (
        "CÁC CHI BỘ THUỘC ĐẢNG BỘ CỤC THUẾ TỈNH SƠN LA TỔ CHỨC ĐẠI HỘI\n\n"
        "Thực hiện Kế hoạch của Đảng uỷ Cục Thuế Sơn La, tiến tới Đại hội đại biểu Đảng bộ Cục "
        "Thuế lần thứ X (nhiệm kỳ 2020 - 2025)."
    )
    assert _facts(text, "organisation") == {"dang-bo-cuc-thue-tinh-son-la grassroots"}
    assert _facts(text, "congress") == {"dang-bo-cuc-thue-tinh-son-la X"}


def test_organisation_name_cut_by_the_end_of_the_excerpt_is_not_another() -> None:
    text = (
        "Đại hội Đảng bộ Bệnh viện Phổi Hải Phòng lần thứ XVIII, nhiệm kỳ 2025-2030\n\n"
        "Chiều 14/6, Đảng bộ Bệnh viện Phổi Hải Phòng tổ chức Đại hội lần thứ XVIII, nhiệm kỳ "
        "2025-2030.\n\nCông tác xây dựng Đảng được Đảng bộ Bệnh viện Ph"
    )
    assert _facts(text, "organisation") == {"dang-bo-benh-vien-phoi-hai-phong grassroots"}


def test_organisation_central_only_as_issuer_or_organiser_not_for_a_title() -> None:
    title_only = (
        "Dự Đại hội có đồng chí Lê Thành Long, Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ."
    )
    issuer = "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ."
    assert "dang-cong-san-viet-nam central" not in _facts(title_only, "organisation")
    assert _facts(issuer, "organisation") == {"dang-cong-san-viet-nam central"}


def test_organisation_state_bodies_are_never_listed() -> None:
    text = (
        "Ngày 10/7/2025, HĐND tỉnh Phú Thọ khóa XIX tổ chức kỳ họp thứ 2. UBND tỉnh Phú Thọ ban "
        "hành Kế hoạch số 68/KH-UBND; Quốc hội và Chính phủ chỉ đạo."
    )
    assert _facts(text, "organisation") == set()
    assert _facts(text, "congress") == set()
    assert _facts(text, "document numbers") == set()


def test_organisation_committee_place_from_the_holders_fatherland_front_post() -> None:
    text = (
        "Tới dự có đồng chí Trần Duy Tưởng - Ủy viên Ban Thường vụ Quận ủy, Chủ tịch Ủy ban Mặt "
        "trận Tổ quốc Việt Nam quận Kiến An."
    )
    assert _facts(text, "organisation") == {"dang-bo-quan-kien-an district"}


# Congresses: ordinals, "khóa", several cells.


def test_congress_khoa_names_the_committee_not_a_congress() -> None:
    text = (
        "Đồng chí Đinh Tiến Dũng, Bí thư Thành ủy Hà Nội khoá XVII, dự Hội nghị Ban Chấp hành "
        "Đảng bộ tỉnh Hà Nam lần thứ 18, khóa XIX."
    )
    assert _facts(text, "congress") == set()


def test_congress_dai_hoi_written_with_khoa_is_that_congress() -> None:
    text = "Ngày 14/10/2020, Đại hội Đảng bộ tỉnh Bến Tre khóa XI khai mạc."
    assert _facts(text, "congress") == {"dang-bo-tinh-ben-tre XI"}


def test_congress_electing_the_committee_of_a_khoa_is_that_congress() -> None:
    text = (
        "Đại hội đại biểu Đảng bộ thành phố Hà Nội đã bầu Ban Chấp hành Đảng bộ thành phố khóa "
        "XVII gồm 71 đồng chí."
    )
    assert _facts(text, "congress") == {"dang-bo-thanh-pho-ha-noi XVII"}


def test_congress_without_an_ordinal_gives_no_congress_term_or_date() -> None:
    text = (
        "Ngày 28/7/2025, Đảng bộ xã Tường Hạ tổ chức Đại hội đại biểu Đảng bộ nhiệm kỳ 2025-2030."
    )
    assert _facts(text, "congress") == set()
    assert _facts(text, "term") == set()
    assert _facts(text, "dates") == set()


def test_congress_ordinal_in_arabic_numerals_is_roman() -> None:
    text = (
        "(HPĐT)- Theo kế hoạch, Đại hội đại biểu Đảng bộ phường Vạn Hương lần thứ 10, nhiệm kỳ "
        "2025-2030 sẽ diễn ra trong hai ngày 24 và 25-2."
    )
    assert _facts(text, "congress") == {"dang-bo-phuong-van-huong X"}
    assert _facts(text, "dates") == {
        "dang-bo-phuong-van-huong X opened 2025-02-24",
        "dang-bo-phuong-van-huong X closed 2025-02-25",
    }


def test_congress_of_several_unnamed_cells_is_no_organisations() -> None:
    text = (
        "Sau Đại hội điểm, các chi bộ trực thuộc Đảng bộ Cục QLTT tỉnh Tiền Giang tổ chức đồng "
        "loạt Đại hội. Đến nay, 8/8 chi bộ đã tổ chức thành công Đại hội lần thứ II, nhiệm kỳ "
        "2022-2025."
    )
    assert _facts(text, "organisation") == {"dang-bo-cuc-qltt-tinh-tien-giang grassroots"}
    assert _facts(text, "congress") == set()


def test_congress_of_cells_under_a_committee_named_after_thuoc_is_not_the_committees() -> None:
    text = (
        "Trong thời gian 05 ngày (từ ngày 04 đến ngày 08/01/2020) 10 Chi bộ trực thuộc Đảng bộ "
        "Cục Thuế tỉnh Sơn La đã tổ chức Đại hội lần thứ nhất nhiệm kỳ (2020 - 2023)."
    )
    assert _facts(text, "congress") == set()


# Dates and places of a congress, said away from its name.


def test_dates_range_from_the_preparatory_day_without_a_named_opening_gives_no_opening() -> None:
    text = (
        "Chiều ngày 15/8, Đảng bộ phường Vĩnh Tân tổ chức phiên làm việc thứ I (phiên trù bị) Đại "
        "hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030. Đại hội đại biểu Đảng bộ "
        "phường Vĩnh Tân lần thứ I, nhiệm kỳ 2025 - 2030 diễn ra trong 2 ngày 15/8-16/8/2025."
    )
    assert _facts(text, "dates") == {
        "dang-bo-phuong-vinh-tan I prep 2025-08-15",
        "dang-bo-phuong-vinh-tan I closed 2025-08-16",
    }


def test_dates_preparatory_session_told_of_a_bare_dai_hoi_on_a_one_congress_page() -> None:
    text = (
        "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp "
        "tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Trong hai ngày 19 và 20/5 "
        "Đảng bộ Bệnh viện Phổi Hải Phòng đã tổ chức Đại hội lần thứ III, nhiệm kỳ 2020-2025.\n\n"
        "Đại hội Đảng bộ phiên thứ nhất (phiên trù bị) diễn ra vào ngày 19/5 để chuẩn bị."
    )
    assert {f for f in _facts(text, "dates") if " III " in f} == {
        "dang-bo-benh-vien-phoi-hai-phong III prep 2020-05-19",
        "dang-bo-benh-vien-phoi-hai-phong III closed 2020-05-20",
    }


def test_places_of_a_meeting_before_the_congress_are_not_the_congresss() -> None:
    text = (
        "Chào mừng Đại hội Đảng bộ quận Sơn Trà lần thứ VI, nhiệm kỳ 2020-2025, chiều ngày "
        "02/7/2020, tại Hội trường Trung tâm Hành chính quận Sơn Trà, Ban Thường vụ Quận Đoàn đã "
        "tổ chức buổi gặp mặt 63 đại biểu chính thức tham dự Đại hội."
    )
    assert _facts(text, "places") == set()
    assert _facts(text, "dates") == set()


def test_places_said_before_the_congress_name_in_the_lead() -> None:
    text = (
        "Sáng nay 27/9, tại Trung tâm Hội nghị và Biểu diễn TP Hải Phòng, Đại hội đại biểu Đảng "
        "bộ thành phố Hải Phòng lần thứ I, nhiệm kỳ 2025 - 2030 chính thức khai mạc."
    )
    assert _facts(text, "places") == {
        "dang-bo-thanh-pho-hai-phong I at Trung tâm Hội nghị và Biểu diễn TP Hải Phòng"
    }
    assert _facts(text, "dates") == {"dang-bo-thanh-pho-hai-phong I opened 2025-09-27"}


def test_organisation_a_count_after_a_committee_word_is_no_locality() -> None:
    text = (
        "Đại hội đã bầu Ban Chấp hành Đảng bộ huyện Duyên Hải gồm 41 đồng chí; bầu Ban Thường vụ "
        "Huyện ủy 13 đồng chí."
    )
    assert _facts(text, "organisation") == {"dang-bo-huyen-duyen-hai district"}


def test_organisation_numbered_ward_or_urban_district_keeps_its_number() -> None:
    text = "Đồng chí Nguyễn Văn Hiếu, Bí thư Quận ủy Quận 3, dự hội nghị."
    assert _facts(text, "organisation") == {"dang-bo-quan-3 district"}


def test_organisation_three_word_place_with_a_rare_family_word_is_one_place() -> None:
    text = (
        "Đại hội được tổ chức theo đúng tinh thần chỉ đạo của Quận ủy Nam Từ Liêm và Điều lệ "
        "Đảng Cộng sản Việt Nam."
    )
    assert _facts(text, "organisation") == {
        "dang-bo-quan-nam-tu-liem district",
        "dang-cong-san-viet-nam central",
    }


def test_organisation_in_a_headline_in_capitals_ends_before_its_verb() -> None:
    text = (
        "ĐẢNG BỘ XÃ TÂN PHÚ TỔ CHỨC ĐẠI HỘI LẦN THỨ I\n\nSáng 12/8/2025, Đảng bộ xã Tân Phú tổ "
        "chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030."
    )
    assert _facts(text, "organisation") == {"dang-bo-xa-tan-phu grassroots"}


def test_dates_named_sessions_in_a_sentence_whose_subject_is_a_session() -> None:
    text = (
        "Đại hội Đảng bộ thành phố Cần Thơ lần thứ XVI được tổ chức từ ngày 9 - 11/10/2020. "
        "Phiên trù bị diễn ra chiều 9/10; phiên khai mạc sáng 10/10."
    )
    assert _facts(text, "dates") == {
        "dang-bo-thanh-pho-can-tho XVI prep 2020-10-09",
        "dang-bo-thanh-pho-can-tho XVI opened 2020-10-10",
        "dang-bo-thanh-pho-can-tho XVI closed 2020-10-11",
    }


def test_organisation_name_ends_before_the_verb_closing_the_sentence() -> None:
    text = "Đồng chí Nguyễn Văn G, Phó Bí thư Đảng ủy Văn phòng Trung ương Đảng dự."
    assert _facts(text, "organisation") == {"dang-bo-van-phong-trung-uong-dang district"}


def test_organisation_initials_the_page_spells_out_are_read_as_the_words() -> None:
    text = (
        "Đại hội đại biểu Đảng bộ Ban Chỉ huy Bộ đội Biên phòng tỉnh Thanh Hóa lần thứ I\n\n"
        "Sáng ngày 14/7/2025, Đảng bộ Ban Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Thanh Hóa đã tổ "
        "chức Đại hội đại biểu lần thứ nhất. Trong nhiệm kỳ vừa qua, Đảng bộ Ban Chỉ huy BĐBP "
        "tỉnh đã hoàn thành tốt các nhiệm vụ."
    )
    assert _facts(text, "organisation") == {
        "dang-bo-ban-chi-huy-bo-doi-bien-phong-tinh-thanh-hoa district"
    }


def test_organisation_compound_word_before_a_lower_case_unit_word_stays_in_the_name() -> None:
    text = (
        "Đại hội đại biểu Đảng bộ Trường Chính trị tỉnh Nghệ An lần thứ XV, nhiệm kỳ 2025 - 2030 "
        "diễn ra ngày 12/5/2025."
    )
    assert _facts(text, "congress") == {"dang-bo-truong-chinh-tri-tinh-nghe-an XV"}


def test_congress_held_by_the_committee_around_another_named_inside_it() -> None:
    text = "Ngày 20/5/2020, Đảng bộ Văn phòng Tỉnh ủy Hà Tĩnh tổ chức Đại hội lần thứ XI."
    assert _facts(text, "congress") == {"dang-bo-van-phong-tinh-uy-ha-tinh XI"}
    assert _facts(text, "organisation") == {
        "dang-bo-van-phong-tinh-uy-ha-tinh grassroots",
        "dang-bo-tinh-ha-tinh province",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đảng bộ, chính quyền và Nhân dân xã Hưng Vũ quyết tâm thực hiện thắng lợi Nghị quyết.",
            {"dang-bo-xa-hung-vu grassroots"},
        ),
        (
            "Đảng bộ và nhân dân Vĩnh Phúc đã đạt nhiều thành tựu.",
            {"dang-bo-tinh-vinh-phuc province"},
        ),
        (
            "Đảng bộ, chính quyền và Nhân dân các dân tộc tỉnh Lai Châu đoàn kết.",
            {"dang-bo-tinh-lai-chau province"},
        ),
        ("Đảng bộ và nhân dân đã nỗ lực vượt qua khó khăn.", set()),
    ],
    ids=["commune", "province-alone", "province-peoples", "no-place"],
)
def test_organisation_named_with_the_people_of_its_place(text: str, expected: set[str]) -> None:
    assert _facts(text, "organisation") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đảng bộ Chi cục Thuế khu vực Thủ Đức tổ chức Đại hội lần thứ I.",
            "dang-bo-chi-cuc-thue-khu-vuc-thu-duc I",
        ),
        (
            "Đảng bộ Trường Tiểu học số 1 Kim Sơn tổ chức Đại hội lần thứ V.",
            "dang-bo-truong-tieu-hoc-so-1-kim-son V",
        ),
    ],
    ids=["khu-vuc", "so-1"],
)
def test_organisation_lower_case_words_inside_an_agency_name(text: str, expected: str) -> None:
    assert _facts(text, "congress") == {expected}


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
