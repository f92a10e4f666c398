"""The page word index of ``extract/scan.py`` gives what plain ``str.find`` would."""

from __future__ import annotations

import re

import pytest

from vnpartydoc.extract.clean import fold
from vnpartydoc.extract.scan import Words, lowered, sub_each

PAGE = lowered(
    "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ MỸ HÒA HƯNG LẦN THỨ XII, NHIỆM KỲ 2020 – 2025\n"
    "Xã đạt và vượt 15/17 chỉ tiêu; năm năm năm liền xã đạt chuẩn nông thôn mới.\n"
    "Kết quả nhiệm kỳ qua: thu nhập bình quân đạt 52 triệu đồng/người/năm (kỳ vừa qua).\n"
    "“Đặc biệt”, Bí thư Đảng ủy xã Mỹ Hòa Hưng – Đặng Văn Xã – phát biểu."
)
WORDS = (
    "xã", "năm năm", "năm", "kỳ qua", "kỳ vừa qua", "đặc", "đảng", "tỉnh", "kết quả",
    "vượt", "ủy", "mỹ", "nhiệm kỳ", "“đặc", "–", "ađa", "xãxã",
)  # fmt: skip


def occurrences(text: str, word: str) -> list[int]:
    """Every offset where ``word`` starts, overlapping ones too (the index must give these)."""
    return [at for at in range(len(text)) if text.startswith(word, at)]


@pytest.mark.parametrize("word", WORDS)
def test_word_offsets_are_every_occurrence(word: str) -> None:
    words = Words(PAGE)
    expected = occurrences(PAGE, word)
    assert words.starts((word,), 0, len(PAGE)) == expected
    assert words.has(word, 0, len(PAGE)) is bool(expected)


def test_a_word_overlapping_itself_is_found_at_each_start() -> None:
    at = PAGE.find("năm năm năm")
    assert Words(PAGE).starts(("năm năm",), at, at + 11) == [at, at + 4]


def test_lines_with_a_word_of_a_group() -> None:
    lines, start = [], 0
    for line in PAGE.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    words = Words(PAGE)
    assert words.lines_with(("kỳ qua", "đặc"), lines) == [2, 3]
    assert words.lines_with(("xã",), lines) == [0, 1, 3]
    assert words.lines_with(("tỉnh",), lines) == []


def test_fold_moves_old_tone_marks_wherever_they_are() -> None:
    text = "Tỉnh uỷ khoá XI; HOÀ BÌNH, Thuỷ lợi — quý, hoàn thành, Hoà Thuận UỶ BAN"
    assert fold(text) == "Tỉnh ủy khóa XI; HÒA BÌNH, Thủy lợi — quý, hoàn thành, Hòa Thuận ỦY BAN"


def test_sub_each_is_the_substitution_of_the_alternation() -> None:
    parts = tuple(re.compile(rf"({c})(\d)") for c in "xyz")
    text = "x1 ax2 y3z4 zz5 w6 x"
    expected = re.sub(r"([xyz])(\d)", lambda m: m[2] + m[1].upper(), text)
    assert (
        sub_each(parts, lambda m: m[2] + m[1].upper(), text) == expected == "1X a2X 3Y4Z z5Z w6 x"
    )
    assert sub_each(parts, lambda m: "", "no match here") == "no match here"
