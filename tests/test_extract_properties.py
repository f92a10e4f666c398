"""Property tests: extraction never fails with anything but the library's own errors."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vnpartydoc import ExtractionError, loads
from vnpartydoc.extract import extract, extract_partial
from vnpartydoc.serialization import dumps

WORDS = [
    "Đại hội", "đại biểu", "Đảng bộ", "tỉnh", "huyện", "xã", "An Giang", "lần thứ", "thứ lần", "XI",
    "XIV", "14", "khóa", "nhiệm kỳ", "2020", "-", "–", "2025", "ngày", "25/9/2020", "23 - 25/9",
    "từ ngày", "đến", "tháng", "năm", "Chỉ thị",
    "số", "35-CT/TW", "Kế hoạch", "của", "Ban Thường vụ",
    "Tỉnh ủy", "về", "Phó Bí thư", "Chủ tịch UBND tỉnh", "Nguyễn Văn An", "TRÌNH LAM SINH", "\n",
    "(TUAG)-", "Thứ nhất,", "I-", "1.", "a)",
    "(1)", "đạt", "khoảng", "6,5-7%", "45.799/36.875 tỷ đồng",
    "mục tiêu tổng quát", "“", "”", "đến năm 2030", ",", ".", ";", "Ảnh:", "Lượt xem: 12", "T/M",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_extract_partial_never_raises_on_any_text(text: str) -> None:
    """Returns a result for any string."""
    result = extract_partial(text)
    for record in result.records():
        assert loads(dumps(record, "json"), "json") == record


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))
def test_extract_on_party_like_text_raises_only_extraction_error(text: str) -> None:
    """Raises nothing but ExtractionError; what it returns dumps to YAML that loads back."""
    try:
        result = extract(text)
    except ExtractionError as exc:
        issues = exc.issues
        assert issues[0].code == "nothing_found"
        return
    for record in result.records():
        assert loads(dumps(record, "yaml"), "yaml") == record
    for span in result.spans:
        assert 0 <= span.start <= span.end <= len(result.text)
