"""Where a congress met ("tại …"), its sessions' days, and the publication tag of an article.

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


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        (f"VOV.VN - Sáng 12/10, {CONGRESS} khai mạc.\n", "VOV.VN"),
        (f"TPO – Chiều 9/7, {CONGRESS} bầu Bí thư.\n", "TPO"),
        (f"NDĐT - Sau hơn hai ngày làm việc, {CONGRESS} đã kết thúc.\n", "NDĐT"),
    ],
)
def test_a_code_in_capitals_before_a_dash_is_a_tag(text: str, tag: str) -> None:
    """Without brackets, a code in capitals followed by a dash opens the lead as a tag."""
    assert _tag(text)[0] == tag


@pytest.mark.parametrize(
    "text",
    [
        f"TP.HCM - Sáng 12/10, {CONGRESS} khai mạc.\n",  # a city, not a paper
        f"Kinhtedothi- Sáng 12/10, {CONGRESS} khai mạc.\n",  # a name in mixed case
        f"BNEWS Sáng 12/10, {CONGRESS} khai mạc.\n",  # no dash
    ],
)
def test_a_city_a_mixed_case_name_or_a_code_without_dash_is_no_tag(text: str) -> None:
    """Only a capitals code with a dash after it is read; a city abbreviation never is."""
    assert _tag(text)[0] is None


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


def _places(text: str) -> dict[tuple[str, int], str | None]:
    """The place read for each congress of ``text``."""
    return {(c.organisation, c.ordinal): c.place for c in extract_partial(text).congresses}


VINH_THANH = ("dang-bo-huyen-vinh-thanh", 12)
PLACE_CASES = [
    (
        f"Sáng 20/7, tại Trung tâm Hội nghị Quốc gia (Hà Nội), {CONGRESS} khai mạc.\n",
        "Trung tâm Hội nghị Quốc gia (Hà Nội)",
    ),
    (
        f"{CONGRESS} đã long trọng khai mạc tại Trung tâm Hội nghị tỉnh, Thủ đô Hà Nội.\n",
        "Trung tâm Hội nghị tỉnh, Thủ đô Hà Nội",
    ),
    (f"{CONGRESS} diễn ra tại hội trường Huyện ủy vào sáng 20/7.\n", "hội trường Huyện ủy"),
    (f"{CONGRESS} được tổ chức tại TP.HCM.\n", "TP.HCM"),
    (
        f"{CONGRESS} diễn ra tại xã Vĩnh Quang, huyện Vĩnh Thạnh, tỉnh Bình Định.\n",
        "xã Vĩnh Quang, huyện Vĩnh Thạnh, tỉnh Bình Định",
    ),
    (
        f"{CONGRESS} khai mạc vào ngày 14-7-2020 tại làng Đông Chữ (nay thuộc xã Nghi Trường, "
        "huyện Vĩnh Thạnh) với trên 300 đại biểu.\n",
        "làng Đông Chữ (nay thuộc xã Nghi Trường, huyện Vĩnh Thạnh)",
    ),
    (
        f"Chiều 6/7, Huyện ủy tổ chức họp báo về {CONGRESS}. Theo đó, Đại hội diễn ra từ "
        "11-13/7 tại Hội trường Trung tâm Chính trị huyện.\n",
        "Hội trường Trung tâm Chính trị huyện",
    ),
    (
        f"Chiều ngày 8/7/2020 tại Hội trường A UBND huyện Vĩnh Thạnh, {CONGRESS} đã diễn ra "
        "phiên họp trù bị.\n",
        "Hội trường A UBND huyện Vĩnh Thạnh",
    ),
]


@pytest.mark.parametrize(
    ("text", "place"),
    PLACE_CASES,
    ids=[
        "bracket",
        "capital",
        "lower-case",
        "abbreviation",
        "chain",
        "village",
        "lead-in",
        "before",
    ],
)
def test_place_is_read_to_the_clause_end(text: str, place: str) -> None:
    """The place after "tại" in a sentence about the congress, as printed to its clause end."""
    assert _places(text) == {VINH_THANH: place}


NO_PLACE_CASES = [
    f"Sáng 20/7, {CONGRESS} khai mạc, đồng chí Bí thư Tỉnh ủy phát biểu tại Đại hội.\n",
    f"Sáng 20/7, {CONGRESS} khai mạc; các đại biểu thảo luận tại Phiên trù bị.\n",
    f"{CONGRESS} khai mạc, thông qua danh sách bầu cử nêu tại Tờ trình số 12 ngày 20/7.\n",
    f"{CONGRESS} khai mạc với 250 đại biểu đại diện 4.000 đảng viên sinh hoạt tại Chi bộ Ấp 1.\n",
    f"{CONGRESS} khai mạc; đồng chí Nguyễn Văn An, trú tại phường Hòa Khê, được bầu.\n",
    (
        "Ngày 25/5, tại Hà Nội, Ban Thường vụ Huyện ủy tổ chức Hội nghị cho ý kiến về dự thảo "
        f"Văn kiện {CONGRESS}.\n"
    ),
    f"Tối 19/7, tại Nhà hát huyện đã diễn ra chương trình văn nghệ chào mừng {CONGRESS}.\n",
    (
        "Sáng 18/7, tại Hội trường Huyện ủy, Ban Thường vụ Huyện ủy tổ chức Hội nghị tập huấn "
        f"nghiệp vụ phục vụ {CONGRESS}.\n"
    ),
    f"Chiều 6/7, tại Hội trường Huyện ủy, Huyện ủy tổ chức họp báo thông tin về {CONGRESS}.\n",
]


NO_PLACE_IDS = [
    "speech",
    "session",
    "paper",
    "membership",
    "residence",
    "conference",
    "show",
    "training",
    "press",
]


@pytest.mark.parametrize(
    "text",
    NO_PLACE_CASES,
    ids=NO_PLACE_IDS,
)
def test_other_tai_phrases_are_no_place(text: str) -> None:
    """A "tại" naming an event, a paper, a residence, or another event's venue is no place."""
    assert _places(text) == {VINH_THANH: None}


def test_place_goes_to_the_congress_named_before_it() -> None:
    """A place after one congress is not the place of another named later in the sentence."""
    text = (
        f"{CONGRESS} khai mạc tại Hội trường Huyện ủy và bầu đoàn đại biểu dự Đại hội đại biểu "
        "Đảng bộ tỉnh Bình Định lần thứ XX, nhiệm kỳ 2020-2025.\n"
    )
    assert _places(text) == {
        VINH_THANH: "Hội trường Huyện ủy",
        ("dang-bo-tinh-binh-dinh", 20): None,
    }


@pytest.mark.parametrize("session", ["phiên trù bị", "phiên họp trù bị"])
def test_opening_the_preparatory_session_is_its_day(session: str) -> None:
    """Opening the preparatory session ("khai mạc phiên trù bị") dates it, not the opening."""
    text = (
        f"Chiều 21/7/2020, tại Hội trường Huyện ủy, {CONGRESS} đã khai mạc {session}. "
        "Đại hội sẽ diễn ra chính thức trong 2 ngày 22 và 23/7/2020.\n"
    )
    (congress,) = extract_partial(text).congresses
    days = (congress.prep_on, congress.opened_on, congress.closed_on)
    assert tuple(str(day) for day in days) == ("2020-07-21", "2020-07-22", "2020-07-23")


def test_convening_gives_days_and_place() -> None:
    """A congress convened for given days at a place ("triệu tập … tại …") is held there then.

    The conference that decides it only sets the scene ("Tại Hội nghị lần thứ 14, …").
    """
    text = (
        "Tại Hội nghị lần thứ 14, Ban Chấp hành Đảng bộ huyện Vĩnh Thạnh quyết định triệu tập "
        f"{CONGRESS} từ ngày 25-7 đến ngày 27-7-2020 tại Hội trường Trung tâm Chính trị huyện.\n"
    )
    (congress,) = extract_partial(text).congresses
    days = (str(congress.opened_on), str(congress.closed_on))
    assert (days, congress.place) == (
        ("2020-07-25", "2020-07-27"),
        "Hội trường Trung tâm Chính trị huyện",
    )
