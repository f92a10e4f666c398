"""Congress names with the province set off, an all-members congress, a bare "Đảng bộ"."""

from __future__ import annotations

import pytest

from vnpartydoc.extract import extract_partial
from vnpartydoc.extract.dates import find_dates

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


def _dates(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (str(c.opened_on) if c.opened_on else None, str(c.closed_on) if c.closed_on else None)
        for c in extract_partial(text).congresses
    ]


def test_ended_is_the_closing_day() -> None:
    """Dates the closing day by "đã kết thúc", as by "bế mạc"."""
    text = (
        "Chiều 12-6, Đại hội đại biểu Đảng bộ huyện Phước Long lần thứ XII, "
        "nhiệm kỳ 2020 - 2025 đã kết thúc.\n"
    )
    assert _dates(text) == [(None, "2020-06-12")]


def test_a_day_in_the_middle_is_no_opening_day() -> None:
    """Takes a day it "tiếp tục ngày làm việc thứ 2" for neither the first nor the last."""
    text = (
        "Sáng 16.8, Đại hội đại biểu Đảng bộ huyện Nga Sơn lần thứ XXIII, "
        "nhiệm kỳ 2020 - 2025 tiếp tục ngày làm việc thứ 2.\n"
    )
    assert _dates(text) == [(None, None)]


DATED = [
    (
        "VOV.VN - Sáng nay (14/10), Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ XVI, "
        "nhiệm kỳ 2020-2025 chính thức khai mạc.\n",
        ("2020-10-14", None),
    ),
    (
        "Sáng nay 1/10, tại Hội trường tỉnh, Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I, "
        "nhiệm kỳ 2025 – 2030 đã khai mạc.\n",
        ("2025-10-01", None),
    ),
    (
        "Ngày 25 /7, Đảng bộ xã Yên Lạc tổ chức Đại hội đại biểu lần thứ I, "
        "nhiệm kỳ 2025 - 2030.\n",
        ("2025-07-25", None),
    ),
    (
        "Sáng 9/10, Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ 2025 - 2030 đã "
        "thông qua Nghị quyết.\nĐại hội diễn ra từ ngày 07/10/2025 đến ngày 09/10/2025.\n",
        ("2025-10-07", "2025-10-09"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED, ids=["brackets", "nay", "space", "range"])
def test_congress_dates(text: str, expected: tuple[str | None, str | None]) -> None:
    """Reads "sáng nay (14/10)", "Sáng nay 1/10", "Ngày 25 /7"; a range beats a bare day."""
    assert _dates(text) == [expected]


def test_national_congress_keeps_its_own_term() -> None:
    """A term printed for the local congresses in the sentence is not the national one's."""
    text = (
        "Thực hiện Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu "
        "toàn quốc lần thứ XIII của Đảng, các cấp ủy lãnh đạo thực hiện nghị quyết đại hội "
        "đảng bộ các cấp nhiệm kỳ 2015-2020.\n"
    )
    found = [(c.organisation, c.ordinal, str(c.term)) for c in extract_partial(text).congresses]
    assert found == [("dang-cong-san-viet-nam", 13, "2021 - 2026")]


def test_latest_national_congress_runs_five_years() -> None:
    """The latest national congress in the list takes the usual five-year term."""
    text = "Các cấp ủy thi đua chào mừng Đại hội XIV của Đảng.\n"
    found = [(c.organisation, c.ordinal, str(c.term)) for c in extract_partial(text).congresses]
    assert found == [("dang-cong-san-viet-nam", 14, "2026 - 2031")]


def test_place_in_a_ward() -> None:
    """Reads "tại phường Hạc Thành, tỉnh Thanh Hóa" as the congress's place."""
    text = (
        "Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2025 - 2030 diễn ra từ "
        "ngày 14/10/2025 đến ngày 16/10/2025, tại phường Hạc Thành, tỉnh Thanh Hóa.\n"
    )
    assert [c.place for c in extract_partial(text).congresses] == [
        "phường Hạc Thành, tỉnh Thanh Hóa"
    ]


def _prep_opened_closed(text: str) -> list[tuple[str | None, ...]]:
    return [
        tuple(str(d) if d else None for d in (c.prep_on, c.opened_on, c.closed_on))
        for c in extract_partial(text).congresses
    ]


def test_two_days_set_off_by_a_comma_are_the_first_and_last() -> None:
    """Reads "Ngày 25, 26-3" as a congress held on two days running."""
    text = (
        "Ngày 25, 26-3, Đảng bộ xã Cổ Lũng đã tổ chức Đại hội Đảng bộ xã lần thứ XXI, "
        "nhiệm kỳ 2020-2025.\n"
    )
    assert _prep_opened_closed(text) == [(None, "2020-03-25", "2020-03-26")]


def test_days_apart_after_a_comma_are_no_range() -> None:
    """Reads no two-day congress from "ngày 5, 12/3" (two days that are not consecutive)."""
    text = (
        "Ngày 5, 12/3/2020, Đảng bộ xã Cổ Lũng đã tổ chức Đại hội Đảng bộ xã lần thứ XXI, "
        "nhiệm kỳ 2020-2025.\n"
    )
    assert _prep_opened_closed(text) == [(None, "2020-03-12", None)]


def test_opening_of_the_preparatory_session_is_the_preparatory_day() -> None:
    """Dates the preparatory session by "khai mạc Phiên trù bị", not the opening."""
    text = (
        "Sáng 13/10, tại Trung tâm Hội nghị và Triển lãm tỉnh, Đại hội Đại biểu Đảng bộ tỉnh "
        "Bình Dương lần thứ XI, nhiệm kỳ 2020 – 2025 đã khai mạc Phiên trù bị.\n"
    )
    assert _prep_opened_closed(text) == [("2020-10-13", None, None)]


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        (
            "8h sáng nay, 12/10, Đại hội đại biểu lần thứ XVII (nhiệm kỳ 2020-2025) Đảng bộ thành "
            "phố Hà Nội chính thức khai mạc.\n",
            "2020-10-12",
        ),
        (
            "Ngày mai (29/6), Đại hội đại biểu Đảng bộ huyện Na Hang lần thứ XXII, nhiệm kỳ "
            "2020-2025 chính thức được khai mạc.\n",
            "2020-06-29",
        ),
        (
            "Sáng mai, Đại hội đại biểu Đảng bộ huyện Na Hang lần thứ XXII, nhiệm kỳ "
            "2020-2025 chính thức được khai mạc.\n",
            None,
        ),
    ],
    ids=["this-morning-comma", "tomorrow-bracket", "tomorrow-no-date"],
)
def test_day_after_today_or_tomorrow(text: str, opened: str | None) -> None:
    """Reads the day printed after "sáng nay," or "Ngày mai (…)", and none from the words alone."""
    assert [
        str(c.opened_on) if c.opened_on else None for c in extract_partial(text).congresses
    ] == [opened]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày mai (29/6), Đại hội đại biểu Đảng bộ huyện Na Hang lần thứ XXII chính thức được "
            "khai mạc. Đại hội Đảng bộ huyện Na Hang (nhiệm kỳ 2020-2025) đang được nhân dân kỳ "
            "vọng.\n",
            ("dang-bo-huyen-na-hang", 22, "2020 - 2025", "2020-06-29"),
        ),
        (
            "Ban Chấp hành Đảng bộ tỉnh Lào Cai khóa XVI, nhiệm kì 2020 - 2025 ra mắt Đại hội. "
            "Tại phiên cuối, Đại hội Đảng bộ tỉnh Lào Cai khóa XVI bầu đoàn đại biểu.\n",
            ("dang-bo-tinh-lao-cai", 16, "2020 - 2025", None),
        ),
        (
            "Nhiệm kỳ 2015 - 2020, Ban Chấp hành Đảng bộ huyện Hà Trung đã lãnh đạo thực hiện "
            "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI đề ra.\n",
            ("dang-bo-huyen-ha-trung", 21, "2015 - 2020", None),
        ),
    ],
    ids=["named-without-ordinal", "committee-of-the-khoa", "sentence-starts-with-term"],
)
def test_term_printed_away_from_the_ordinal(
    text: str, expected: tuple[str, int, str, str | None]
) -> None:
    """Takes the term printed with the organisation elsewhere, and dates the congress by it."""
    result = extract_partial(text)
    found = [
        (c.organisation, c.ordinal, str(c.term), str(c.opened_on) if c.opened_on else None)
        for c in result.congresses
    ]
    assert found == [expected]
    assert "term_inferred" in [i.code for i in result.issues]


def test_no_term_is_guessed_from_the_next_congress() -> None:
    """Keeps a congress whose term is printed nowhere without one, even next to its successor."""
    text = (
        "Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX, nhiệm kỳ 2025 - 2030 đánh giá 5 năm "
        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX.\n"
    )
    result = extract_partial(text)
    assert [(c.ordinal, c.term and str(c.term)) for c in result.congresses] == [
        (20, "2025 - 2030"),
        (19, None),
    ]
    assert [i.code for i in result.issues if i.code.startswith(("term", "congress_term"))] == [
        "congress_term_missing"
    ]


def test_place_keeps_its_bracketed_city() -> None:
    """Keeps "(Hà Nội)" after the venue as part of the congress's place."""
    text = (
        "Sáng 17/7/2025, Đại hội đại biểu Đảng bộ Thông tấn xã Việt Nam lần thứ 27, nhiệm kỳ "
        "2025 - 2030 khai mạc tại Trung tâm Thông tấn Quốc gia (Hà Nội).\n"
    )
    assert [c.place for c in extract_partial(text).congresses] == [
        "Trung tâm Thông tấn Quốc gia (Hà Nội)"
    ]


@pytest.mark.parametrize(
    ("text", "delegates"),
    [
        (
            "Sáng 13/10, Đại hội đại biểu Đảng bộ tỉnh Hậu Giang lần thứ XIV, nhiệm kỳ 2020 - 2025 "
            "khai mạc với sự tham dự của 349 đại biểu chính thức, đại diện 33.000 đảng viên.\n",
            349,
        ),
        (
            "Sáng 20/01, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng chính thức khai mạc. Dự "
            "đại hội có 1.586 đại biểu, đại diện cho hơn 5,6 triệu đảng viên.\n",
            1586,
        ),
        (
            "Dự Đại hội có các đồng chí lãnh đạo tỉnh và 299 đại biểu đại diện cho 8.516 đảng "
            "viên. Phiên chính thức Đại hội đại biểu Đảng bộ UBND tỉnh lần thứ I, nhiệm kỳ "
            "2025-2030 sẽ khai mạc vào sáng 05/8.\n",
            299,
        ),
        (
            "Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ XVI, nhiệm kỳ 2020 - 2025 bầu 17 đại "
            "biểu chính thức đi dự Đại hội đại biểu toàn quốc.\n",
            None,
        ),
        (
            "Đại hội đại biểu Đảng bộ các cơ quan Đảng Trung ương lần thứ I, nhiệm kỳ 2025-2030 "
            "đã tiến hành phiên trù bị. Dự Đại hội có gần 300 đại biểu chính thức.\n",
            None,
        ),
    ],
    ids=["official", "thousands", "sentence-before", "delegation", "round-figure"],
)
def test_delegates_of_the_congress(text: str, delegates: int | None) -> None:
    """Reads the count of the congress's delegates, not its delegation nor a round figure."""
    assert [c.delegates for c in extract_partial(text).congresses][:1] == [delegates]


def _sessions(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [
        (
            str(c.prep_on) if c.prep_on else None,
            str(c.opened_on) if c.opened_on else None,
            str(c.closed_on) if c.closed_on else None,
            c.place,
        )
        for c in extract_partial(text).congresses
    ]


def test_sentence_naming_the_organisation_without_ordinal_dates_its_congress() -> None:
    """Dates a session from "Đại hội đại biểu Đảng bộ X nhiệm kỳ …" without "lần thứ"."""
    text = (
        "Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ I, nhiệm kỳ 2025-2030 diễn ra trong 3 "
        "ngày. Sáng 24/9, đại biểu tham dự Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn nhiệm kỳ "
        "2025-2030, phiên trù bị. Cả ngày 25/9 và buổi sáng ngày 26/9, đại biểu tham dự Đại hội "
        "đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ I, nhiệm kỳ 2025-2030, phiên chính thức và bế "
        "mạc.\n"
    )
    assert _sessions(text) == [("2025-09-24", "2025-09-25", "2025-09-26", None)]


def test_sentence_citing_or_with_another_term_dates_no_congress() -> None:
    """Takes no day from "Nghị quyết Đại hội Đảng bộ X" or from one printed with another term."""
    text = (
        "Đại hội đại biểu Đảng bộ huyện Mỹ Hào lần thứ XXI, nhiệm kỳ 2020-2025 thảo luận văn "
        "kiện. Ngày 10/7/2019, Huyện ủy tổ chức sơ kết Nghị quyết Đại hội Đảng bộ huyện Mỹ Hào "
        "nhiệm kỳ 2015-2020. Ngày 12/5/2015, Đại hội đại biểu Đảng bộ huyện Mỹ Hào nhiệm kỳ "
        "2015-2020 khai mạc.\n"
    )
    assert _sessions(text) == [(None, None, None, None)]


def test_success_dates_and_places_the_congress_set_before_it() -> None:
    """Reads "Từ ngày 14 -17/10, tại …, Đại hội … đã thành công" as its days and place."""
    text = (
        "08:05 21/10/2020\n\nTừ ngày 14 -17/10, tại Trung tâm Hội nghị tỉnh Bến Tre, Đại hội đại "
        "biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020 - 2025 đã thành công.\n"
    )
    assert _sessions(text) == [
        (None, "2020-10-14", "2020-10-17", "Trung tâm Hội nghị tỉnh Bến Tre")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 28/9, Ban Thường vụ Tỉnh ủy có thông báo về dự kiến thời gian tổ chức Đại hội đại "
        "biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025-2030.\n",
        "Chiều 9/7, Đại hội đại biểu lần thứ XXIV Đảng bộ huyện Ba Vì, nhiệm kỳ 2020-2025, hoàn "
        "thành công tác bầu Ban Chấp hành Đảng bộ.\n",
    ],
    ids=["time-of-holding", "work-done"],
)
def test_a_topic_or_a_task_is_no_holding(text: str) -> None:
    """Takes no day from "thời gian tổ chức Đại hội" or "hoàn thành công tác bầu"."""
    assert _sessions(text) == [(None, None, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chiều ngày 25/9, Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XV, nhiệm kỳ "
            "2020-2025 đã diễn ra phiên họp trụ bị.\n",
            ("2020-09-25", None, None, None),
        ),
        (
            "Sáng ngày 09/7/2020, Đại hội đại biểu Đảng bộ huyện Vĩnh Thuận lần thứ XII, nhiệm kỳ "
            "2020-2025 sẽ chính thức khai mạc, thời gian Đại hội dự kiến diễn ra đến ngày "
            "10/7/2020.\n",
            (None, "2020-07-09", "2020-07-10", None),
        ),
    ],
    ids=["misspelt-preparatory", "until-the-day"],
)
def test_session_words(text: str, expected: tuple[str | None, ...]) -> None:
    """Reads "trụ bị" as "trù bị", and the day after "đến ngày" as the last."""
    assert _sessions(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trong 03 ngày, 3,4 và 5/8/2020, Đảng bộ huyện Long Thành đã trọng thể tổ chức Đại "
            "hội Đại biểu lần thứ VI, nhiệm kỳ 2020 – 2025.\n",
            (None, "2020-08-03", "2020-08-05", None),
        ),
        (
            "Phiên chính thức Đại hội đại biểu Đảng bộ huyện Quế Sơn lần thứ XXII, nhiệm kỳ "
            "2020-2025 sẽ diễn ra trong 02 ngày 22 & 23/7/2020.\n",
            (None, "2020-07-22", "2020-07-23", None),
        ),
        (
            "Đại hội đại biểu Đảng bộ Trường Đại học Huế lần thứ XXX sẽ được tổ chức trong thời "
            "gian 1,5 ngày bắt đầu từ chiều ngày 02/6/2020 và cả ngày 03/6/2020.\n",
            (None, "2020-06-02", "2020-06-03", None),
        ),
    ],
    ids=["list-of-days", "ampersand", "two-days-without-role-words"],
)
def test_days_of_a_congress_printed_as_a_list(text: str, expected: tuple[str | None, ...]) -> None:
    """Reads a run of days ("3,4 và 5/8", "22 & 23/7", "… và cả ngày …") as first and last."""
    assert _sessions(text) == [expected]


def test_list_of_days_that_do_not_run_on_is_no_range() -> None:
    """Leaves "5, 12 và 19/3/2020" (three separate days) as the last day only."""
    text = "Các chi bộ họp vào các ngày 5, 12 và 19/3/2020.\n"
    assert [(d.first, d.last) for d in find_dates(text)] == [((19, 3, 2020), None)]


def test_national_congress_takes_no_day_of_another_year() -> None:
    """Gives Congress XIII (2021) none of the 2020 days of the local model congresses."""
    text = (
        "Tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, từ ngày 16/1/2020 đến "
        "13/3/2020, đã tổ chức thành công 03 điểm đại hội.\n"
    )
    assert _sessions(text) == [(None, None, None, None)]


def test_unit_only_congress_is_the_one_named_before_it_in_the_sentence() -> None:
    """Reads "Đảng bộ tỉnh" after "Đảng bộ tỉnh Bắc Giang" as Bắc Giang, not the page's other."""
    text = (
        "Chiều ngày 25/9, tại Trung tâm hội nghị tỉnh Quảng Ninh, Đại hội đại biểu Đảng bộ tỉnh "
        "Quảng Ninh lần thứ XV, nhiệm kỳ 2020-2025 đã diễn ra phiên họp trù bị. Đại hội đại biểu "
        "Đảng bộ tỉnh Quảng Ninh lần thứ XV bế mạc.\nNgày 24/8, Ban Chấp hành Đảng bộ tỉnh Bắc "
        "Giang tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng "
        "bộ tỉnh lần thứ XIX, nhiệm kỳ 2020-2025.\n"
    )
    found = {(c.organisation, c.ordinal) for c in extract_partial(text).congresses}
    assert found == {("dang-bo-tinh-quang-ninh", 15), ("dang-bo-tinh-bac-giang", 19)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 2/6, Đảng bộ cơ quan Ủy ban MTTQ Việt Nam tỉnh Nam Định tổ chức Đại hội Đảng lần "
            "thứ II nhiệm kỳ 2020-2025.\n",
            ("dang-bo-co-quan-uy-ban-mttq-viet-nam-tinh-nam-dinh", 2, "2020-06-02"),
        ),
        (
            "Ngày 30/1/2021, Đảng bộ tỉnh Nam Định tổ chức quán triệt Nghị quyết Đại hội Đảng lần "
            "thứ XIII.\n",
            ("dang-cong-san-viet-nam", 13, None),
        ),
    ],
    ids=["held-by-an-organisation", "cited-by-one"],
)
def test_party_congress_held_by_an_organisation_is_its_own(
    text: str, expected: tuple[str, int, str | None]
) -> None:
    """Reads "<Đảng bộ …> tổ chức Đại hội Đảng lần thứ II" as that organisation's congress."""
    found = [
        (c.organisation, c.ordinal, str(c.opened_on) if c.opened_on else None)
        for c in extract_partial(text).congresses
    ]
    assert found == [expected]


def test_localities_after_a_comma_sit_between_organisation_and_ordinal() -> None:
    """Reads "Đảng bộ Phường 1, TP. Vũng Tàu lần thứ X" with its day and place."""
    text = (
        "Sáng 11/6, tại Hội trường Thành ủy Bà Rịa, Đại hội đại biểu Đảng bộ Phường 2, TP. Bà "
        "Rịa lần thứ X, nhiệm kỳ 2020-2025 đã khai mạc.\n"
    )
    result = extract_partial(text)
    assert [(c.organisation, c.ordinal, str(c.term)) for c in result.congresses] == [
        ("dang-bo-phuong-2", 10, "2020 - 2025")
    ]
    assert _sessions(text) == [(None, "2020-06-11", None, "Hội trường Thành ủy Bà Rịa")]


def test_on_a_page_about_one_congress_a_later_session_sentence_dates_it() -> None:
    """Dates the congress from "Phiên Đại hội chính thức … 22 & 23/7/2020" two sentences on."""
    text = (
        "Sáng ngày 21/7/2020, Đại hội Đại biểu Đảng bộ huyện Núi Thành lần thứ XXI, nhiệm kỳ "
        "2020-2025 tổ chức phiên Đại hội trù bị tại Hội trường Nhà văn hóa huyện. Tham dự đại "
        "hội có 192/195 đại biểu chính thức được triệu tập. Phiên Đại hội chính thức sẽ diễn ra "
        "trong 02 ngày 22 & 23/7/2020.\n"
    )
    assert _sessions(text) == [
        ("2020-07-21", "2020-07-22", "2020-07-23", "Hội trường Nhà văn hóa huyện")
    ]


def test_an_activity_in_session_is_no_holding() -> None:
    """Takes no day from "Chiều 9/7, đại hội … đã tiến hành bầu trực tiếp Bí thư"."""
    text = (
        "Chiều 9/7, đại hội Đảng bộ huyện Ứng Hòa đã tiến hành bầu trực tiếp Bí thư Huyện ủy. "
        "Đại hội đại biểu lần thứ XXIV Đảng bộ huyện Ứng Hòa, nhiệm kỳ 2020-2025, bầu 39 người.\n"
    )
    assert _sessions(text) == [(None, None, None, None)]


DATELINE_CASES = [
    (
        "(BBNĐT) Ngày 10 và 11-2, Đảng bộ Văn phòng UBND tỉnh Bắc Ninh Đại hội lần thứ VIII, "
        "nhiệm kỳ 2020-2025.\n",
        ("2020-02-10", "2020-02-11"),
    ),
    (
        "Sáng 14/7, Đảng bộ xã Hưng Thịnh Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2020 – 2025.\n",
        ("2020-07-14", None),
    ),
    (  # an event word turned down stays turned down: an announcement, not the congress's day
        "Ngày 28/9, Ban Thường vụ Thành ủy TP.HCM có thông báo về dự kiến thời gian tổ chức "
        "Đại hội đại biểu Đảng bộ TP.HCM lần thứ I, nhiệm kỳ 2025-2030.\n",
        (None, None),
    ),
    (  # the date does not open the sentence
        "Đảng bộ xã Hưng Thịnh, ngày 14/7, Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2020 – 2025.\n",
        (None, None),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), DATELINE_CASES, ids=["range", "time-of-day", "announced", "mid"]
)
def test_dateline_without_event_word_dates_the_congress(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """Reads a lead "Ngày 10 và 11-2, Đảng bộ … Đại hội lần thứ VIII" as the congress's days."""
    (congress,) = extract_partial(text).congresses
    found = (congress.opened_on, congress.closed_on)
    assert tuple(None if d is None else str(d) for d in found) == expected


def test_congress_with_days_out_of_order_is_kept_without_them() -> None:
    """Keeps the congress and its term when its closing day is printed before its opening."""
    text = (
        "Đại hội đại biểu Đảng bộ huyện Mỹ Đức lần thứ XXIV, nhiệm kỳ 2020 – 2025 khai mạc "
        "ngày 9/7/2020 và bế mạc ngày 8/7/2020 tại Hội trường Trung tâm Chính trị huyện.\n"
    )
    result = extract_partial(text)
    (congress,) = result.congresses
    assert (congress.id, str(congress.term), congress.opened_on, congress.closed_on) == (
        "dai-hoi-dang-bo-huyen-my-duc-xxiv",
        "2020 - 2025",
        None,
        None,
    )
    codes = [i.code for i in result.issues]
    assert "congress_dates_conflict" in codes
    assert "record_invalid" not in codes
    assert not [s for s in result.spans if s.field in ("opened_on", "closed_on")]
