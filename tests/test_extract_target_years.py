"""Targets and results told apart by the text's own year: deadlines, periods, wrapped lines."""

from __future__ import annotations

from vnpartydoc.extract import extract_partial
from vnpartydoc.extract.dates import find_dates
from vnpartydoc.extract.scan import Words, lowered
from vnpartydoc.extract.target_context import own_year


def _values(text: str) -> tuple[set[str], set[str]]:
    """The values of the targets and of the results (their achieved value) of ``text``."""
    result = extract_partial(text)
    targets = {f"{t.value} {t.unit}".strip() for t in result.targets if t.achieved is None}
    results = {f"{t.achieved} {t.unit}".strip() for t in result.achievements}
    results |= {f"{t.achieved} {t.unit}".strip() for t in result.targets if t.achieved}
    return targets, results


def _year(text: str) -> int | None:
    words = Words(lowered(text))
    return own_year(text, find_dates(text, start=0, end=len(text), words=words))


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
