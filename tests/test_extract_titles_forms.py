"""Titles in more printed shapes: lower-case roles and committees, more organs, lists of people."""

from __future__ import annotations

import pytest

from vnpartydoc.extract import extract_partial


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: [t.printed for t in p.titles] for p in extract_partial(text).people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Phó chủ tịch" with the second word in lower case, a name in capitals after "Bà"
            "Bà LÒ THỊ HẠNH, Tỉnh ủy viên, Phó chủ tịch UBND tỉnh Điện Biên, dự hội nghị.\n",
            {"Lò Thị Hạnh": ["Tỉnh ủy viên", "Phó chủ tịch UBND tỉnh Điện Biên"]},
        ),
        (  # a committee named in lower case after a commission
            "Đồng chí Hồ Văn Tâm – Phó trưởng Ban tuyên giáo tỉnh ủy, thông báo tình hình.\n",
            {"Hồ Văn Tâm": ["Phó trưởng Ban tuyên giáo tỉnh ủy"]},
        ),
        (  # "QH" for Quốc hội
            "Dự họp có Chủ tịch QH Vương Đình Huệ và các đại biểu.\n",
            {"Vương Đình Huệ": ["Chủ tịch QH"]},
        ),
        (  # a Party delegation, with its body or alone
            "Ông Đỗ Văn Chiến, Bí thư Trung ương Đảng, Bí thư Đảng đoàn, Chủ tịch Ủy ban Trung "
            "ương Mặt trận Tổ quốc Việt Nam, phát biểu.\n",
            {
                "Đỗ Văn Chiến": [
                    "Bí thư Trung ương Đảng",
                    "Bí thư Đảng đoàn",
                    "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                ]
            },
        ),
        (  # the supreme court, a veterans' association, MTTQVN
            "Ông Nguyễn Hòa Bình, Chánh án Tòa án nhân dân tối cao; đ/c Trần Văn Hùng – Chủ tịch "
            "Hội CCB tỉnh; đồng chí Bạch Ngọc Thêm, Chủ tịch Ủy ban MTTQVN huyện.\n",
            {
                "Nguyễn Hòa Bình": ["Chánh án Tòa án nhân dân tối cao"],
                "Trần Văn Hùng": ["Chủ tịch Hội CCB tỉnh"],
                "Bạch Ngọc Thêm": ["Chủ tịch Ủy ban MTTQVN huyện"],
            },
        ),
        (  # a ministry whose name has "và"
            "Ủy viên Trung ương Đảng, Thứ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng báo cáo.\n",
            {"Nguyễn Chí Dũng": ["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Kế hoạch và Đầu tư"]},
        ),
    ],
)
def test_more_roles_and_organs(text: str, expected: dict[str, list[str]]) -> None:
    """Reads posts whose role or committee is in lower case and organs named in full."""
    assert _people(text) == expected


def test_a_post_after_and_is_not_part_of_a_ministry() -> None:
    """In "Bộ trưởng Bộ Công an và Thứ trưởng …" the ministry ends before "và"."""
    text = (
        "Dự có Đại tướng TÔ LÂM, Bộ trưởng Bộ Công an và Thượng tướng Lương Tam Quang, "
        "Thứ trưởng Bộ Công an.\n"
    )
    assert _people(text) == {
        "Tô Lâm": ["Bộ trưởng Bộ Công an"],
        "Lương Tam Quang": ["Thứ trưởng Bộ Công an"],
    }
