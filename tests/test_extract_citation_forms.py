"""Citations printed with a short number and no type code."""

from __future__ import annotations

import pytest

from vnpartydoc.extract import extract_partial


def test_short_number_without_type_code_is_completed_from_kind_and_issuer() -> None:
    """Reads "chỉ thị số 45, ngày 14/4/2025 của Bộ Chính trị" as Directive 45-CT/TW."""
    text = (
        "Thực hiện chỉ thị số 45, ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp "
        "tiến tới Đại hội XIV của Đảng, Đảng ủy xã đã ban hành kế hoạch.\n"
    )
    docs = [
        (d.type, str(d.number), str(d.issued_on), d.issuer.organisation, d.issuer.body.value)
        for d in extract_partial(text).documents
        if d.issuer is not None and d.type != "nghi-quyet"  # not the congress's resolution
    ]
    assert docs == [("chi-thi", "45-CT/TW", "2025-04-14", "dang-cong-san-viet-nam", "politburo")]


SHORT_NUMBERS = [
    ("Thực hiện Chỉ thị 05 của Bộ Chính trị, các chi bộ tổ chức học tập.\n", "05-CT/TW"),
    (
        "Sơ kết 2 năm thực hiện kết luận số 01 ngày 18/5/2021, của bộ chính trị về học tập.\n",
        "01-KL/TW",
    ),
    (
        "Hội nghị sơ kết Nghị quyết số 19 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa "
        "XII.\n",
        "19-NQ/TW",
    ),
    ("Thực hiện Chỉ thị số 17 của Ban Thường vụ Tỉnh ủy về công tác dư luận xã hội.\n", "17-CT/TU"),
    ("Triển khai Kế hoạch số 116 của Ban Thường vụ Thành ủy về đại hội chi bộ.\n", None),
    ("Thực hiện Kế hoạch số 47 của Đảng ủy phường Hương Xuân về đại hội chi bộ.\n", "47-KH/ĐU"),
    ("Thực hiện Kế hoạch số 22 của Đảng ủy Khối các cơ quan tỉnh về đại hội chi bộ.\n", None),
    ("Thực hiện Chỉ thị và Kế hoạch số 12 của Ban Thường vụ Huyện ủy về đại hội.\n", None),
]


@pytest.mark.parametrize(
    ("text", "number"),
    SHORT_NUMBERS,
    ids=["no-so", "lower-case", "central", "province", "city", "ward", "bloc", "two-kinds"],
)
def test_short_number_completed_only_when_issuer_settles_the_code(
    text: str, number: str | None
) -> None:
    """Completes a short number for a Central body and a province's, district's committee."""
    numbers = [str(d.number) for d in extract_partial(text).documents if d.number is not None]
    assert numbers == ([number] if number else [])


def test_draft_is_no_cited_document() -> None:
    """Leaves out "dự thảo kế hoạch của Ban Thường vụ Huyện ủy": a draft, not a document."""
    text = (
        "Hội nghị cho ý kiến dự thảo kế hoạch của Ban Thường vụ Huyện ủy Cai Lậy về đại hội "
        "đảng bộ huyện.\n"
    )
    assert [d.type for d in extract_partial(text).documents] == []


def test_date_in_words_after_a_number_is_its_issue_date() -> None:
    """Reads "Kế hoạch số 65-KH/ĐU ngày 25 tháng 12 năm 2019" as issued on 2019-12-25."""
    text = "Đảng ủy cơ quan đã xây dựng Kế hoạch số 65-KH/ĐU ngày 25 tháng 12 năm 2019.\n"
    assert [(str(d.number), str(d.issued_on)) for d in extract_partial(text).documents] == [
        ("65-KH/ĐU", "2019-12-25")
    ]


def test_issuer_that_put_out_a_circular_dates_it() -> None:
    """Reads "Ngày 28/5/2020, Đảng uỷ … đã ra Thông tri số 19 -TT/ĐU" as issued that day."""
    text = (
        "Ngày 28/5/2020, Đảng uỷ Trường Đại học Vinh đã ra Thông tri số 19 -TT/ĐU về triệu tập "
        "đại biểu.\n"
    )
    assert [(str(d.number), str(d.issued_on)) for d in extract_partial(text).documents] == [
        ("19-TT/ĐU", "2020-05-28")
    ]


def test_plenum_with_its_term_in_arabic_numerals() -> None:
    """Reads "Nghị quyết Trung ương 7 khóa 10" as the Central Committee's resolution."""
    text = "Sau 15 năm thực hiện Nghị quyết Trung ương 7 khóa 10 về nông nghiệp, nông thôn.\n"
    docs = [
        (d.type, d.number, d.issuer.organisation, d.issuer.body.value)
        for d in extract_partial(text).documents
        if d.issuer is not None
    ]
    assert docs == [("nghi-quyet", None, "dang-cong-san-viet-nam", "executive-committee")]


def test_state_number_is_still_left_alone() -> None:
    """Leaves out "Quyết định số 1234/QĐ-UBND … của UBND tỉnh", a state document."""
    text = "Theo Quyết định số 1234/QĐ-UBND ngày 2/3/2024 của UBND tỉnh về quy hoạch.\n"
    assert extract_partial(text).documents == []


def test_executive_committee_with_its_place_is_the_issuer() -> None:
    """Reads "Kế hoạch số 27, ngày 5/3/2024 của Ban Chấp hành Đảng bộ huyện Cẩm Xuyên về …"."""
    text = (
        "Thực hiện Kế hoạch số 27, ngày 5/3/2024 của Ban Chấp hành Đảng bộ huyện Cẩm Xuyên "
        "về tổ chức đại hội chi bộ trực thuộc, Chi bộ thôn Tân Lộc tiến hành đại hội.\n"
    )
    docs = [
        (d.type, d.number, d.issuer.organisation, d.issuer.body.value, d.issuer.name)
        for d in extract_partial(text).documents
        if d.issuer is not None
    ]
    assert docs == [
        (
            "ke-hoach",
            None,
            "dang-bo-huyen-cam-xuyen",
            "executive-committee",
            "Ban Chấp hành Đảng bộ huyện Cẩm Xuyên",
        )
    ]


def test_executive_committee_without_a_place_names_no_issuer() -> None:
    """Without its place, "Ban Chấp hành Đảng bộ" does not tell which organisation issued it."""
    text = (
        "Thực hiện Kế hoạch số 27, ngày 5/3/2024 của Ban Chấp hành Đảng bộ về tổ chức đại hội "
        "chi bộ trực thuộc nhiệm kỳ 2025 – 2027.\n"
    )
    assert [d.issuer for d in extract_partial(text).documents if d.type == "ke-hoach"] == [None]


def test_plenum_resolution_cited_in_two_wordings_is_one_document() -> None:
    """Both "Hội nghị lần thứ Mười" and "Trung ương 10" of term XII name one resolution."""
    text = (
        "Sáng 12-4, Huyện ủy Mường Lát quán triệt các Nghị quyết Hội nghị lần thứ Mười, "
        "Ban Chấp hành Trung ương Đảng khóa XII.\n"
        "Đồng chí Bí thư Huyện ủy yêu cầu triển khai Nghị quyết Trung ương 10 khoá XII "
        "đến từng chi bộ.\n"
    )
    docs = [
        (d.type, d.id, d.title, d.issuer.organisation, d.issuer.body.value)
        for d in extract_partial(text).documents
        if d.issuer is not None
    ]
    assert docs == [
        (
            "nghi-quyet",
            "nghi-quyet-hoi-nghi-trung-uong-10-khoa-xii",
            "Nghị quyết Hội nghị Trung ương 10 khóa XII",
            "dang-cong-san-viet-nam",
            "executive-committee",
        )
    ]


def test_plenum_without_its_term_has_no_plenum_in_its_title() -> None:
    """Reads "Nghị quyết Trung ương" alone as the Central Committee's resolution, no plenum.

    README: "nghị quyết trung ương" is a document of the Central Committee; no plenum or term is
    made up for it.
    """
    text = "Huyện ủy Mường Lát đưa Nghị quyết Trung ương vào cuộc sống.\n"
    docs = [d for d in extract_partial(text).documents if d.type == "nghi-quyet"]
    assert [(d.title, d.issuer.body.value if d.issuer else None) for d in docs] == [
        ("Nghị quyết", "executive-committee")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 28/9, Ban Thường vụ Thành ủy TP.HCM có thông báo về dự kiến thời gian tổ chức "
            "Đại hội đại biểu Đảng bộ TP.HCM lần thứ I, nhiệm kỳ 2025-2030.\n",
            [("thong-bao", "dang-bo-thanh-pho-ho-chi-minh", "standing-board")],
        ),
        (
            "Bộ Chính trị vừa ban hành Kết luận về tiếp tục thực hiện Nghị quyết số 19-NQ/TW.\n",
            [("ket-luan", "dang-cong-san-viet-nam", "politburo")],
        ),
        (
            "Đồng chí Bí thư Tỉnh ủy có ý kiến về kế hoạch của ngành.\n",
            [],
        ),
    ],
    ids=["notice-of-a-city-board", "conclusion-of-the-politburo", "no-body-no-document"],
)
def test_document_put_out_by_the_body_opening_the_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Reads "<body> có/ban hành <kind> về …" as a document of that body, without a number."""
    docs = [
        (d.type, d.issuer.organisation, d.issuer.body.value)
        for d in extract_partial(text).documents
        if d.issuer is not None and d.number is None and d.issuer.body.value != "congress"
    ]
    assert docs == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy Hậu Giang về tổ chức đại hội chi bộ.\n",
            [("chi-thi", None, "dang-bo-tinh-hau-giang", "standing-board")],
        ),
        (
            "Tỉnh ủy Tuyên Quang vừa ban hành Nghị quyết số 29-NQ/TU ngày 16/6/2021 về du lịch.\n",
            [("nghi-quyet", "29-NQ/TU", "dang-bo-tinh-tuyen-quang", "executive-committee")],
        ),
    ],
    ids=["unnumbered", "numbered-issued-by-the-subject"],
)
def test_committee_named_with_its_place_is_the_issuer(
    text: str, expected: list[tuple[str, str | None, str, str]]
) -> None:
    """Reads "Ban Thường vụ Tỉnh ủy Hậu Giang", "Tỉnh ủy Tuyên Quang" as the issuing bodies."""
    docs = [
        (d.type, str(d.number) if d.number else None, d.issuer.organisation, d.issuer.body.value)
        for d in extract_partial(text).documents
        if d.issuer is not None
    ]
    assert docs == expected


def test_date_wrapped_onto_the_next_line_is_its_issue_date() -> None:
    """Reads "Kế hoạch số 119- KH/TU, ngày⏎05/11/2019" (a hard-wrapped line) as issued that day."""
    text = (
        "Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ\n"
        "các cấp tiến tới Đại hội XIII của Đảng và Kế hoạch số 119- KH/TU, ngày\n"
        "05/11/2019 của Ban Chấp hành Đảng bộ tỉnh Tây Ninh về đại hội đảng bộ các cấp.\n"
    )
    assert [(str(d.number), str(d.issued_on)) for d in extract_partial(text).documents] == [
        ("35-CT/TW", "2019-05-30"),
        ("119-KH/TU", "2019-11-05"),
    ]


def test_date_after_a_blank_line_is_not_the_issue_date() -> None:
    """Leaves "Kế hoạch số 154-KH/TU, ngày" undated when the date opens the next paragraph."""
    text = (
        "Ban Thường vụ Tỉnh ủy Tây Ninh ban hành Kế hoạch số 154-KH/TU, ngày\n\n"
        "07/10/2019 được chọn làm ngày khai mạc hội nghị.\n"
    )
    assert [(str(d.number), d.issued_on) for d in extract_partial(text).documents] == [
        ("154-KH/TU", None)
    ]


def _numbers(text: str) -> list[tuple[str, str | None]]:
    return [
        (str(d.number), str(d.issued_on) if d.issued_on else None)
        for d in extract_partial(text).documents
        if d.number is not None
    ]


CASED_CODES = [
    ("HƯỚNG DẪN THỰC HIỆN QUY ĐỊNH SỐ 07-QĐI/TW CỦA BỘ CHÍNH TRỊ\n", "07-QĐi/TW"),
    ("Tổng kết Chương trình số 03-Ctr/TU ngày 28/6/2016 của Thành ủy Hà Nội.\n", "03-Ctr/TU"),
    ("THỰC HIỆN CHƯƠNG TRÌNH SỐ 09-CTR/TU CỦA TỈNH ỦY BẾN TRE\n", "09-CTr/TU"),
]


@pytest.mark.parametrize(("text", "number"), CASED_CODES, ids=["capitals", "as-printed", "ctr"])
def test_type_code_in_capitals_is_spelt_as_the_known_code(text: str, number: str) -> None:
    """Only a line in capitals loses a code's case: "QĐI" is "QĐi"; a mixed "Ctr" stays."""
    assert [n for n, _ in _numbers(text)] == [number]


SLIPS = [
    ("Thực hiện Kết luận số 445-KL/TƯ ngày 13/5/2022 của Tỉnh ủy Thừa Thiên Huế.\n", "445-KL/TU"),
    ("Thực hiện Nghị quyết số 13-NQ/TƯ của Huyện ủy A Lưới về giao thông.\n", "13-NQ/TU"),
    ("Thực hiện Nghị quyết số 60-NQ/TƯ của Ban Chấp hành Trung ương Đảng.\n", "60-NQ/TW"),
    ("Quán triệt Nghị quyết số 57-NQ/TƯ về khoa học, công nghệ.\n", "57-NQ/TW"),
    (
        "TỈNH ỦY THỪA THIÊN HUẾ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 445-KL/TƯ\nThừa Thiên Huế, ngày 13 "
        "tháng 5 năm 2022\nK ÉT LUẬN\nHội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh họp ngày "
        "26/4/2022 đã thảo luận và kết luận về kết cấu hạ tầng.\n",
        "445-KL/TU",
    ),
]


@pytest.mark.parametrize(
    ("text", "number"), SLIPS, ids=["province", "district", "central", "no-issuer", "heading"]
)
def test_issuer_code_printed_tu_is_read_as_meant(text: str, number: str) -> None:
    """Reads "TƯ" as a local committee's "TU" when one issued the document, else as TW."""
    assert [n for n, _ in _numbers(text)] == [number]


def test_issued_date_after_the_issuer_counts_only_with_its_year() -> None:
    """Reads "… của Bộ Chính trị (khóa XII) ban hành ngày 25/10/2017", not a day with no year."""
    dated = (
        "Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII ban hành "
        "ngày 25/10/2017 về sắp xếp bộ máy.\n"
    )
    undated = (
        "Thực hiện Kế hoạch số 35-KH/TU của Ban Thường vụ Tỉnh ủy Phú Thọ, ngày 14/10 Đại hội "
        "bầu Ban Chấp hành.\n"
    )
    assert _numbers(dated) == [("18-NQ/TW", "2017-10-25")]
    assert _numbers(undated) == [("35-KH/TU", None)]


def test_issued_date_opening_the_sentence_of_a_document_its_issuer_puts_out() -> None:
    """Dates "Ngày 06/8/2022, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 09 về …"."""
    text = (
        "Ngày 06/8/2022, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 09 về công tác dư "
        "luận xã hội.\n"
    )
    assert _numbers(text) == [("09-CT/TU", "2022-08-06")]


def _documents(text: str) -> list[tuple[str, str, str]]:
    return sorted(
        (d.type, d.issuer.organisation, d.issuer.body.value)
        for d in extract_partial(text).documents
        if d.number is None and d.issuer is not None
    )


CENTRAL_RESOLUTIONS = [
    "Các chi bộ tiếp tục thực hiện nghị quyết trung ương về xây dựng Đảng.\n",
    "Đảng bộ khối tiếp tục thực hiện Nghị quyết Trung ương 4 về xây dựng, chỉnh đốn Đảng.\n",
    "Dấu ấn chuyển đổi số trong các Nghị quyết Hội nghị Ban Chấp hành Trung ương Đảng năm 2022.\n",
]


@pytest.mark.parametrize("text", CENTRAL_RESOLUTIONS, ids=["lower-case", "plenum", "conference"])
def test_central_committee_resolution_without_plenum_and_term(text: str) -> None:
    """Reads the Central Committee's resolution named with neither its plenum nor its term."""
    assert _documents(text) == [("nghi-quyet", "dang-cong-san-viet-nam", "executive-committee")]


def test_youth_union_central_resolution_is_no_party_document() -> None:
    """Leaves out "Nghị quyết Trung ương Đoàn": the Youth Union's Central Committee."""
    text = "Các cơ sở đoàn thực hiện Nghị quyết Trung ương Đoàn về công tác thanh niên.\n"
    assert _documents(text) == []


ADJACENT = [
    (
        "Công văn Ban Thường vụ Tỉnh ủy Phú Thọ tạm dừng tổ chức đại hội đảng các cấp.\n",
        [("cong-van", "dang-bo-tinh-phu-tho", "standing-board")],
    ),
    (
        "Đảng bộ thực hiện Chỉ thị Ban Bí thư về công tác dân vận.\n",
        [("chi-thi", "dang-cong-san-viet-nam", "secretariat")],
    ),
    ("Ủy ban nhân dân tỉnh báo cáo Ban Thường vụ Tỉnh ủy Phú Thọ về dự án.\n", []),
    ("Hội nghị cho ý kiến dự thảo Kế hoạch Ban Thường vụ Tỉnh ủy Phú Thọ.\n", []),
]


@pytest.mark.parametrize(
    ("text", "documents"), ADJACENT, ids=["letter", "central", "verb", "draft"]
)
def test_kind_and_issuing_body_side_by_side(
    text: str, documents: list[tuple[str, str, str]]
) -> None:
    """Reads a capitalised kind with its issuing body right after it, without "của"."""
    assert _documents(text) == documents


def test_working_rules_named_in_full() -> None:
    """Reads "Quy chế làm việc của Ủy ban Kiểm tra Trung ương khóa XII", the kind's full name."""
    text = "- Căn cứ Quy chế làm việc của Ủy ban Kiểm tra Trung ương khóa XII;\n"
    assert _documents(text) == [("quy-che", "dang-cong-san-viet-nam", "inspection-commission")]


METADATA = [
    (
        "Chỉ thị về đẩy mạnh học tập và làm theo Bác\nSố hiệu: 05-CT/TW\nLoại văn bản: Chỉ thị\n"
        "Nơi ban hành: Ban Chấp hành Trung ương\nNgười ký: Nguyễn Phú Trọng\n"
        "Ngày ban hành: 15/05/2016\n",
        [("05-CT/TW", "2016-05-15")],
    ),
    (
        "Cơ quan ban hành: Bộ Chính trị\nSố hiệu: 35-CT/TW\nNgày ban hành: 30/05/2019\n",
        [("35-CT/TW", "2019-05-30")],
    ),
    (
        "CHỈ THỊ\nSố hiệu: 01/CT-UBND\nNgày ban hành: 05/01/2022\n"
        "Cơ quan ban hành: Ủy ban nhân dân tỉnh Phú Thọ\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "numbers"), METADATA, ids=["party", "lines-only", "state"])
def test_metadata_table_gives_number_and_issued_date(
    text: str, numbers: list[tuple[str, str]]
) -> None:
    """Reads "Số hiệu:" with the "Ngày ban hành:" near it; a state paper's number is none."""
    assert _numbers(text) == numbers


def test_issuer_with_its_term_before_the_verb() -> None:
    """Reads "Ban Chấp hành Đảng bộ tỉnh Phú Thọ khóa XVIII đã ban hành Nghị quyết về …"."""
    text = (
        "Ngày 03-8-2018, Ban Chấp hành Đảng bộ tỉnh Phú Thọ khóa XVIII đã ban hành Nghị quyết về "
        "phát triển nông nghiệp.\n"
    )
    assert _documents(text) == [("nghi-quyet", "dang-bo-tinh-phu-tho", "executive-committee")]


LOCAL_ISSUERS = [
    (
        "Các chi bộ thực hiện Nghị quyết của Đảng ủy xã Hùng Lô về phát triển kinh tế.\n",
        [("nghi-quyet", "dang-bo-xa-hung-lo", "executive-committee")],
    ),
    (
        "Các chi bộ triển khai Kế hoạch của Ban Thường vụ Đảng ủy phường Phúc La về đại hội.\n",
        [("ke-hoach", "dang-bo-phuong-phuc-la", "standing-board")],
    ),
    (
        "Các huyện thực hiện Kết luận của Hội nghị Ban Chấp hành Đảng bộ tỉnh Phú Thọ lần thứ 18 "
        "về kinh tế.\n",
        [("ket-luan", "dang-bo-tinh-phu-tho", "executive-committee")],
    ),
    ("Các huyện thực hiện Nghị quyết của Hội nghị Ban Chấp hành Đảng bộ tỉnh về kinh tế.\n", []),
    (
        "Đảng bộ xã Hùng Lô tổ chức hội nghị. Các chi bộ thực hiện Nghị quyết của Đảng ủy xã về "
        "phát triển kinh tế.\n",
        [("nghi-quyet", "dang-bo-xa-hung-lo", "executive-committee")],
    ),
]


@pytest.mark.parametrize(
    ("text", "documents"),
    LOCAL_ISSUERS,
    ids=["commune", "ward-board", "plenum", "no-place", "commune-named-elsewhere"],
)
def test_local_issuer_named_with_its_commune_or_plenum(
    text: str, documents: list[tuple[str, str, str]]
) -> None:
    """Reads a commune's or ward's committee and a local plenum as issuers, with their place."""
    assert _documents(text) == documents


def test_document_of_several_issuing_bodies_is_told_of_each() -> None:
    """Reads "Kết luận của Bộ Chính trị, Ban Bí thư" as a conclusion of each body it names."""
    text = "Các cấp ủy quán triệt Kết luận của Bộ Chính trị, Ban Bí thư về sắp xếp bộ máy.\n"
    assert _documents(text) == [
        ("ket-luan", "dang-cong-san-viet-nam", "politburo"),
        ("ket-luan", "dang-cong-san-viet-nam", "secretariat"),
    ]


def test_short_number_of_several_issuing_bodies_is_not_completed() -> None:
    """Leaves "Kết luận số 126 của Bộ Chính trị, Ban Bí thư" without a made-up number."""
    text = "Thực hiện Kết luận số 126 của Bộ Chính trị, Ban Bí thư về sắp xếp bộ máy.\n"
    assert _numbers(text) == []


def test_next_clause_subject_is_no_second_issuer() -> None:
    """Keeps "Chỉ thị 35 của Bộ Chính trị, Huyện ủy Thanh Thủy đã ban hành …" to one issuer."""
    text = "Thực hiện Chỉ thị 35 của Bộ Chính trị, Huyện ủy Thanh Thủy đã ban hành Kế hoạch.\n"
    assert _numbers(text) == [("35-CT/TW", None)]
    assert _documents(text) == []


PASSIVE = [
    (
        "Nghị quyết số 18-NQ/TW được Ban Chấp hành Trung ương ban hành ngày 25/10/2017 đã đi vào "
        "cuộc sống.\n",
        [("18-NQ/TW", "2017-10-25")],
    ),
    (
        "Chỉ thị số 35-CT/TW ngày 30/5/2019 được Ban Thường vụ Huyện ủy Thanh Thủy quán triệt.\n",
        [("35-CT/TW", "2019-05-30")],
    ),
]


@pytest.mark.parametrize(("text", "numbers"), PASSIVE, ids=["issued-by", "read-by"])
def test_body_after_duoc_is_the_issuer_only_with_the_verb_of_issuing(
    text: str, numbers: list[tuple[str, str]]
) -> None:
    """Reads "… được Ban Chấp hành Trung ương ban hành ngày …"; a body that reads it is none."""
    assert _numbers(text) == numbers
    issuers = [d.issuer for d in extract_partial(text).documents if d.number is not None]
    assert (issuers[0] is not None) is (numbers[0][0] == "18-NQ/TW")
