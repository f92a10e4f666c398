"""A committee named without its locality takes the one locality of its unit the page names."""

from __future__ import annotations

import pytest

from vnpartydoc.extract import extract_partial


def _orgs(text: str) -> list[tuple[str, str]]:
    return sorted((o.id, o.level.value) for o in extract_partial(text).organisations)


def _codes(text: str) -> list[str]:
    return [i.code for i in extract_partial(text).issues]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng 4-4-2022, Ban Thường vụ Tỉnh ủy đã tổ chức Hội nghị lần thứ 8 Ban Chấp hành "
            "Đảng bộ tỉnh khoá XI, cho ý kiến về Đề án phát triển du lịch tỉnh Bến Tre đến năm "
            "2030.",
            [("dang-bo-tinh-ben-tre", "province")],
        ),
        (
            "BẢN TIN\n\nNghệ An tiếp tục đoàn kết, nỗ lực phấn đấu\n\nPhát biểu bế mạc hội "
            "thảo, Bí thư Tỉnh ủy THÁI THANH QUÝ nhấn mạnh: Nghệ An sẽ tiếp tục đoàn kết.",
            [("dang-bo-tinh-nghe-an", "province")],
        ),
        (
            "Ông Nguyễn Minh Tường, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Thanh "
            "Thủy cho biết: Ban Thường vụ Huyện ủy đã ban hành Thông báo Kết luận.",
            [("dang-bo-huyen-thanh-thuy", "district")],
        ),
        (
            "Ngày 12/3, Ban Thường vụ Thành ủy đã làm việc về quy hoạch chung TP Hạ Long "
            "đến năm 2040.",
            [("dang-bo-thanh-pho-ha-long", "district")],
        ),
        (
            "Đảng bộ và nhân dân Vĩnh Phúc đã đạt nhiều thành tựu; Tỉnh ủy đã lãnh đạo "
            "thực hiện thắng lợi Nghị quyết – tốc độ tăng trưởng cao hơn tỉnh Vĩnh Phúc "
            "nhiệm kỳ trước.",
            [("dang-bo-tinh-vinh-phuc", "province")],
        ),
    ],
)
def test_one_locality_named_settles_the_committee(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """The one province (or district, city) the page names is the committee's, said once."""
    assert _orgs(text) == expected
    assert _codes(text).count("locality_inferred") == 1


@pytest.mark.parametrize(
    "text",
    [
        # two provinces named: nothing settled (a title chain naming each is read apart, see
        # tests/test_extract_bare_orgs.py)
        "Ban Thường vụ Tỉnh ủy thống nhất phối hợp với tỉnh Sơn La và tỉnh Hòa Bình trong "
        "phát triển du lịch lòng hồ.",
        # a province named only to compare with it
        "Năm 2023, Ban Thường vụ Tỉnh ủy đánh giá tốc độ tăng trưởng GRDP đạt 8,2 %, cao hơn "
        "tỉnh Long An.",
        "Ban Thường vụ Tỉnh ủy đánh giá: so với Đồng Tháp, thu ngân sách thấp hơn 3 %.",
        # named only as a newspaper's name
        "Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết. Báo "
        "Ninh Thuận trân trọng giới thiệu toàn văn.",
        # named only as a ward's name
        "Ngày 24/7, Ban Thường vụ Tỉnh ủy dự Đại hội tại phường Phú Thọ. Dự có đồng chí Bùi "
        "Văn Quang – Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.",
        # two districts named
        "Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị tại huyện Tủa Chùa và huyện Mường Chà.",
        # a one-word place is a word cut short, not a name ("phường Báo cáo")
        "Đồng chí Nguyễn Thanh Hải – Phó Bí thư Đảng ủy phường, Chủ tịch UBND phường Báo cáo "
        "kết quả giai đoạn 1.",
    ],
)
def test_no_one_locality_named_settles_nothing(text: str) -> None:
    """Two localities, or one named only aside, leave the committee without an organisation."""
    assert [o for o in _orgs(text) if not o[0].startswith("dang-cong-san")] == []
    assert "locality_inferred" not in _codes(text)


def test_named_once_keeps_the_province_named_also_in_full() -> None:
    """A province named both aside and as the page's own still counts."""
    text = (
        "Tỉnh ủy đã lãnh đạo phát triển du lịch tỉnh Quảng Ngãi, so với Quảng Ngãi nhiệm kỳ "
        "trước thì tăng 12 %."
    )
    assert _orgs(text) == [("dang-bo-tinh-quang-ngai", "province")]


def test_old_congress_gets_no_five_year_term() -> None:
    """A congress of 1938 has no term inferred from its date; one of 2020 has."""
    old = (
        "Đảng bộ tỉnh Nghệ An: từ Đại hội đến Đại hội. Đại hội lần thứ II khai mạc vào ngày "
        "14-4-1938 tại làng Đông Chữ."
    )
    (congress,) = extract_partial(old).congresses
    assert (congress.ordinal, congress.term, str(congress.opened_on)) == (2, None, "1938-04-14")
    new = old.replace("14-4-1938", "14-4-2020")
    (congress,) = extract_partial(new).congresses
    assert str(congress.term) == "2020 - 2025"
