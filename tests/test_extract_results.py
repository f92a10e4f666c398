"""Results of the past term are kept apart from the new term's targets."""

from __future__ import annotations

from vnpartydoc.enums import TargetQualifier
from vnpartydoc.extract import extract_partial
from vnpartydoc.types import Quantity

CONGRESS = (
    "ĐẠI HỘI ĐẢNG BỘ XÃ TÂN HƯNG LẦN THỨ I, NHIỆM KỲ 2025 – 2030\n"
    "Ngày 12/8, Đảng bộ xã Tân Hưng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030, "
    "với 150 đại biểu đại diện cho 1.320 đảng viên.\n"
    "Nhiệm kỳ qua, Đảng bộ xã đạt và vượt các chỉ tiêu Nghị quyết đề ra: thu nhập bình quân đầu "
    "người đạt 68 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 1,9%; kết nạp hơn 120 đảng viên.\n"
    "Giá trị sản xuất tăng bình quân 9,4%/năm.\n"
    "Nhiệm kỳ 2025 – 2030, Đảng bộ đề ra 15 chỉ tiêu chủ yếu: thu nhập bình quân đầu người đến "
    "năm 2030 đạt 110 triệu đồng/người/năm; tỷ lệ hộ nghèo dưới 1%.\n"
)


def _values(targets: list) -> list[tuple[str | None, str | None, str | None]]:  # type: ignore[type-arg]
    return [
        (str(t.value) if t.value else None, str(t.achieved) if t.achieved else None, t.unit)
        for t in targets
    ]


def test_past_term_results_are_achievements() -> None:
    """Values after "nhiệm kỳ qua … đạt và vượt" are results, and the next paragraph too."""
    result = extract_partial(CONGRESS)
    assert _values(result.achievements) == [
        (None, "68", "triệu đồng/người/năm"),
        (None, "1,9", "%"),
        (None, "120", "đảng viên"),
        (None, "9,4", "%/năm"),
    ]
    assert result.achievements[2].qualifier is TargetQualifier.MORE_THAN


def test_new_term_targets_stay_targets() -> None:
    """Values after "đề ra 15 chỉ tiêu chủ yếu" are the new targets, results are not among them."""
    result = extract_partial(CONGRESS)
    assert _values(result.targets) == [
        ("110", None, "triệu đồng/người/năm"),
        ("1", None, "%"),
    ]
    assert result.targets[0].deadline == 2030
    assert result.targets[1].qualifier is TargetQualifier.LESS_THAN


def test_delegate_counts_and_votes_are_not_results() -> None:
    """Counts of delegates, members and votes after a result cue are left out."""
    text = (
        "Kết quả, đồng chí NGUYỄN VĂN BA tái đắc cử Bí thư Huyện ủy với 100% số phiếu; "
        "39 người được bầu vào Ban Chấp hành.\n"
    )
    assert extract_partial(text).achievements == []


def test_achieved_over_target_in_a_result_paragraph() -> None:
    """Keeps the earlier target beside the result in "36/35 đảng viên" after a result cue."""
    text = (
        "ĐẠI HỘI ĐẢNG BỘ XÃ PHÚ AN LẦN THỨ XIII, NHIỆM KỲ 2020 – 2025\n"
        "Trong nhiệm kỳ qua đã kết nạp được 36/35 đảng viên mới.\n"
    )
    (result,) = extract_partial(text).achievements
    assert result.achieved is not None
    assert (result.value, result.achieved.value) == (Quantity.parse("35"), Quantity.parse("36"))
    assert result.unit == "đảng viên"


def test_several_targets_in_one_clause() -> None:
    """Reads each value of "…85% trở lên, tổ văn hóa đạt 78% trở lên" and "8%-8,5%" ranges."""
    text = (
        "Nhiệm kỳ 2025 – 2030, Đảng bộ phường Tân An đề ra chỉ tiêu: tăng trưởng bình quân "
        "hằng năm 8%-8,5%; hộ gia đình văn hóa 90% trở lên, tổ dân phố văn hóa đạt 80% trở lên "
        "và thu ngân sách đạt 120 tỷ đồng, tăng 10% so với năm 2025; tỷ lệ thôn, khu phố "
        "văn hóa: 100%.\n"
    )
    found = [(str(t.value), t.unit, t.qualifier.value) for t in extract_partial(text).targets]
    assert found == [
        ("8–8,5", "%", "exact"),
        ("90", "%", "at-least"),
        ("80", "%", "at-least"),
        ("120", "tỷ đồng", "exact"),
        ("100", "%", "exact"),
    ]
