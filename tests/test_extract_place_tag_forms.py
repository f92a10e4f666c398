"""Where a congress met ("tại …") and the publication tag that opens an article, in real shapes.

Constructed texts in the shapes of the real-text corpus (tests/extract_real/dev): every case
names its shape, and the counter-cases are "tại" phrases that are no congress's place and
brackets that are no publication tag.
"""

from __future__ import annotations

import pytest

from vnpartydoc.extract import extract_partial

CONGRESS = "Đại hội đại biểu Đảng bộ huyện Vĩnh Thạnh lần thứ XII, nhiệm kỳ 2020-2025"


def _tag(text: str) -> tuple[str | None, str | None]:
    """(tag, publication name) of the article read from ``text``."""
    document = extract_partial(text).document
    publication = getattr(document, "publication", None)
    if publication is None:
        return None, None
    return publication.tag, publication.name


TAG_CASES = [
    (
        "Vĩnh Thạnh sẵn sàng cho Đại hội Đảng bộ huyện\n\nThứ Tư, 08/04/2015, 08:11 [GMT+7]\n\n"
        f"(QBĐT) - Sáng 7-4, {CONGRESS} khai mạc.\n",
        "QBĐT",
    ),
    (
        "Vĩnh Thạnh chọn người xứng đáng vào Ban Chấp hành khóa mới\n\n"
        "Đồng chí Bí thư Tỉnh ủy phát biểu tại Hội nghị.\n"
        f"(PLVN) - Ngày 25/5, {CONGRESS} khai mạc.\n",
        "PLVN",
    ),
    (
        "Banner\n\n(TTV) Người dân Vĩnh Thạnh hướng về Đại hội\n\n"
        f"Ngày mai (29/6), {CONGRESS} chính thức khai mạc, với chủ đề “Phát huy truyền thống "
        "đoàn kết; xây dựng huyện Vĩnh Thạnh phát triển bền vững”.\n",
        "TTV",
    ),
    (f"Hà Nội (TTXVN 1/12) {CONGRESS} đã thông qua Nghị quyết Đại hội.\n", "TTXVN"),
    (
        "TẬP TRUNG SỰ LÃNH ĐẠO CỦA CẤP ỦY, BẢO ĐẢM CHO ĐẠI HỘI ĐẢNG BỘ HUYỆN VĨNH THẠNH LẦN THỨ "
        "XII THÀNH CÔNG TỐT ĐẸP, ĐÚNG TIẾN ĐỘ, ĐÚNG CHỈ THỊ CỦA TRUNG ƯƠNG VÀ TỈNH ỦY\n"
        f"(BKTO) - Sáng 12/7, {CONGRESS} khai mạc.\n",
        "BKTO",
    ),
]


@pytest.mark.parametrize(
    ("text", "tag"),
    TAG_CASES,
    ids=["after-date", "after-caption", "headline", "dateline", "long-title"],
)
def test_tag_is_read_before_the_body(text: str, tag: str) -> None:
    """The tag opening the lead is read also after a date line, a caption or a banner."""
    assert _tag(text)[0] == tag


def test_a_name_in_the_tag_place_names_the_publication() -> None:
    """A name in the tag's place ("(Dân trí) -") names the paper; a tag is an abbreviation."""
    text = f"(Dân trí) - 8h sáng 12/10, {CONGRESS} khai mạc.\n"
    assert _tag(text) == (None, "Dân trí")


@pytest.mark.parametrize(
    "text",
    [
        f"(Hà Nội) {CONGRESS} khai mạc sáng 12/10.\n",
        f"(Ảnh minh họa) {CONGRESS} khai mạc sáng 12/10.\n",
        (
            f"Sáng 12/10, {CONGRESS} khai mạc với sự tham dự của 250 đại biểu chính thức, đại "
            "diện cho hơn 4.000 đảng viên trong toàn Đảng bộ huyện, cùng nhiều đồng chí lãnh "
            "đạo tỉnh.\n"
            "Đại hội đã nghe báo cáo chính trị của Ban Chấp hành khóa XI trình Đại hội, thảo "
            "luận các văn kiện và bầu Ban Chấp hành khóa mới với 39 đồng chí, đúng quy chế.\n"
            "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội với sự nhất trí rất cao của "
            "toàn thể đại biểu dự Đại hội trong phiên bế mạc chiều cùng ngày.\n"
            "(TTXVN) - Đại hội bế mạc.\n"
        ),
    ],
    ids=["place", "caption", "deep-in-body"],
)
def test_no_tag(text: str) -> None:
    """A bracketed place or remark, or a tag-like line deep in the body, is no tag."""
    assert _tag(text) == (None, None)
