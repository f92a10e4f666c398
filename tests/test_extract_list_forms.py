"""People read across lines: names signing a text alone on its last line, and their negatives."""

from __future__ import annotations

import pytest

from vnpartydoc.extract import extract_partial

_BODY = (
    "Sáng 14/5, Đảng bộ xã Trần Hợi tổ chức Đại hội đại biểu lần thứ XIII, nhiệm kỳ 2020 – "
    "2025. Đồng chí LÊ THỊ NHUNG, Bí thư Huyện ủy, dự và phát biểu chỉ đạo Đại hội; các đại biểu "
    "đã thảo luận, đóng góp ý kiến vào “Báo cáo chính trị” trình Đại hội.\n\n"
)


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: [t.printed for t in p.titles] for p in extract_partial(text).people}


@pytest.mark.parametrize(
    ("last", "names"),
    [
        ("Nguyễn Nhàn", ["Nguyễn Nhàn"]),
        ("Minh Hiếu – Mai Huyền", ["Minh Hiếu", "Mai Huyền"]),
        ("Chí Kiên", ["Chí Kiên"]),
        ("Bội Phương\n\nTin cùng chuyên mục", ["Bội Phương"]),
    ],
    ids=["full-name", "two-authors", "pen-name", "before-chrome"],
)
def test_names_alone_on_the_last_line_sign_the_text(last: str, names: list[str]) -> None:
    """A line of names in mixed case after the last paragraph is the article's byline."""
    people = _people(_BODY + last + "\n")
    assert people == {"Lê Thị Nhung": ["Bí thư Huyện ủy"], **{name: [] for name in names}}


@pytest.mark.parametrize(
    "last",
    [
        "Quảng Ninh",
        "Ông Đinh Thế Huynh",
        "Đồng chí Lê Thị Nhung",
        "Tin Tức Sự Kiện",
        "Hội Nông Dân",
        "Bình Dương\nĐồng Nai\nTây Ninh\nLạc Dương",
        "Quay lên trên",
        "Nguyễn Văn Bình phát biểu.",
        "ĐỒNG HÀNH CÙNG DOANH NGHIỆP",
    ],
    ids=[
        "province", "honorific", "comrade", "menu", "mass-body", "tag-list", "chrome",
        "sentence", "slogan",
    ],
)  # fmt: skip
def test_other_short_last_lines_name_nobody(last: str) -> None:
    """A province, a caption with an honorific, a menu, a list of tags or a slogan is no byline."""
    people = _people(_BODY + last + "\n")
    assert "Lê Thị Nhung" in people
    assert set(people) - {"Lê Thị Nhung", "Đinh Thế Huynh", "Nguyễn Văn Bình"} == set()


def test_a_name_line_before_the_last_paragraph_is_no_byline() -> None:
    """Only the lines after the last paragraph can sign the text."""
    text = "Nguyễn Nhàn\n\n" + _BODY
    assert _people(text) == {"Lê Thị Nhung": ["Bí thư Huyện ủy"]}
