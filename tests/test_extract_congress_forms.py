"""Congress names with the province set off, an all-members congress, a bare "Đảng bộ"."""

from __future__ import annotations

import pytest

from vnpartydoc.extract import extract_partial

CASES = [
    (
        "Sáng 3-7, Đại hội đại biểu Đảng bộ huyện Vĩnh Lợi (Bạc Liêu) lần thứ XIV, "
        "nhiệm kỳ 2020 - 2025 khai mạc.\n",
        ("dang-bo-huyen-vinh-loi", 14, "2020 - 2025"),
    ),
    (
        "Tiếp tục chương trình Đại hội đại biểu Đảng bộ huyện Kỳ Anh Hà Tĩnh lần thứ XXIII "
        "nhiệm kỳ 2015-2020, các đại biểu thảo luận báo cáo chính trị.\n",
        ("dang-bo-huyen-ky-anh", 23, "2015 - 2020"),
    ),
    (
        "Trong 2 ngày (14 và 15-5), Đảng bộ xã Phú Thuận (Thoại Sơn, An Giang) tổ chức Đại hội "
        "đảng viên lần thứ XII (nhiệm kỳ 2020 – 2025).\n",
        ("dang-bo-xa-phu-thuan", 12, "2020 - 2025"),
    ),
    (
        "Ngày 21-4, Đảng bộ phường Hòa Khê tiến hành Đại hội đại biểu Đảng bộ lần thứ XVI, "
        "nhiệm kỳ 2020-2025.\n",
        ("dang-bo-phuong-hoa-khe", 16, "2020 - 2025"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["bracket", "after", "members", "bare"])
def test_congress_is_read(text: str, expected: tuple[str, int, str]) -> None:
    """Reads the organisation, the ordinal and the term."""
    found = [(c.organisation, c.ordinal, str(c.term)) for c in extract_partial(text).congresses]
    assert found == [expected]

