"""A general goal stated as a vision, with no "mục tiêu tổng quát" lead-in."""

from __future__ import annotations

from vnpartydoc.extract import extract_partial
from vnpartydoc.models import Resolution

HEAD = (
    "Đại hội đại biểu Đảng bộ huyện Đông Sơn lần thứ XXV, nhiệm kỳ 2025 – 2030 bế mạc sáng 20-8.\n"
)


def _goal(text: str) -> list[tuple[int, str]] | None:
    result = extract_partial(text)
    for document in result.documents:
        if isinstance(document, Resolution) and document.general_goal is not None:
            return [(m.year, m.text) for m in document.general_goal.milestones]
    return None


def test_vision_sentence_is_the_goal() -> None:
    """Two deadlines in rising years, each followed by words only, make the goal."""
    text = HEAD + (
        "Đại hội thống nhất: đến năm 2030, Đông Sơn là huyện nông thôn mới kiểu mẫu, "
        "đến năm 2040 trở thành thị xã xanh, văn minh, đáng sống.\n"
    )
    assert _goal(text) == [
        (2030, "Đông Sơn là huyện nông thôn mới kiểu mẫu"),
        (2040, "trở thành thị xã xanh, văn minh, đáng sống"),
    ]


def test_deadlines_with_figures_are_targets_not_a_goal() -> None:
    """A sentence whose deadlines carry figures states targets, never the general goal."""
    text = HEAD + (
        "Phấn đấu đến năm 2027 tỷ lệ hộ nghèo còn dưới 1 %, "
        "đến năm 2030 thu nhập bình quân đạt 90 triệu đồng/người.\n"
    )
    assert _goal(text) is None


def test_one_deadline_is_no_vision() -> None:
    """A single "đến năm" is a plain deadline, not a staged goal."""
    text = HEAD + "Đến năm 2030, Đông Sơn là huyện nông thôn mới kiểu mẫu.\n"
    assert _goal(text) is None


def test_named_goal_comes_first() -> None:
    """The goal after "mục tiêu tổng quát" wins over a vision sentence elsewhere."""
    text = HEAD + (
        "Đến năm 2030 huyện giàu đẹp, đến năm 2045 huyện văn minh.\n"
        "Mục tiêu tổng quát: “Xây dựng Đảng bộ trong sạch, vững mạnh; "
        "phấn đấu đến năm 2030 Đông Sơn đạt chuẩn đô thị loại IV”.\n"
    )
    assert _goal(text) == [(2030, "Đông Sơn đạt chuẩn đô thị loại IV")]


def test_named_goal_told_with_la_and_no_quotes() -> None:
    """Without quotes or colon, "Mục tiêu tổng quát … là …" gives the goal and its milestones."""
    text = HEAD + (
        "Mục tiêu tổng quát của nhiệm kỳ là xây dựng Đảng bộ huyện trong sạch, vững mạnh; "
        "phấn đấu đến năm 2030 Đông Sơn đạt chuẩn huyện nông thôn mới kiểu mẫu.\n"
    )
    assert _goal(text) == [(2030, "Đông Sơn đạt chuẩn huyện nông thôn mới kiểu mẫu")]


def test_goal_after_colon_keeps_its_colon_reading() -> None:
    """With "là:" the goal starts after the colon, as before."""
    text = HEAD + (
        "Mục tiêu tổng quát là: Xây dựng Đảng bộ huyện trong sạch, vững mạnh; "
        "phấn đấu đến năm 2030 Đông Sơn đạt chuẩn huyện nông thôn mới kiểu mẫu.\n"
    )
    assert _goal(text) == [(2030, "Đông Sơn đạt chuẩn huyện nông thôn mới kiểu mẫu")]


def test_later_milestones_said_with_their_year_only() -> None:
    """After "đến năm 2025 …", ", năm 2030 …" and ", năm 2045 …" are later milestones."""
    text = HEAD + (
        "Đại hội thông qua Nghị quyết với 24 mục tiêu chủ yếu, phấn đấu đến năm 2025 Đông Sơn "
        "tiếp tục là huyện phát triển khá của tỉnh, năm 2030 Đông Sơn trở thành thị xã, "
        "năm 2045 là thị xã văn minh, hiện đại.\n"
    )
    assert _goal(text) == [
        (2025, "Đông Sơn tiếp tục là huyện phát triển khá của tỉnh"),
        (2030, "Đông Sơn trở thành thị xã"),
        (2045, "là thị xã văn minh, hiện đại"),
    ]


def test_a_year_alone_before_the_deadline_is_no_milestone() -> None:
    """Starts no milestone at ", năm 2020", a year before the deadline said first."""
    text = HEAD + (
        "Mục tiêu tổng quát: “Đến năm 2030, Đông Sơn là huyện nông thôn mới kiểu mẫu, "
        "năm 2020 đã là huyện nông thôn mới, đến năm 2040 trở thành thị xã xanh”.\n"
    )
    assert _goal(text) == [
        (2030, "Đông Sơn là huyện nông thôn mới kiểu mẫu, năm 2020 đã là huyện nông thôn mới"),
        (2040, "trở thành thị xã xanh"),
    ]
