"""Congresses whose term (nhiệm kỳ) the text does not print are kept, without an invented term."""

from __future__ import annotations

import pytest

from vnpartydoc.corpus import Corpus
from vnpartydoc.extract import extract_partial
from vnpartydoc.validation import check_corpus


def _congresses(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return [
        (
            c.id,
            c.term and str(c.term),
            c.opened_on and str(c.opened_on),
            c.closed_on and str(c.closed_on),
            c.place,
        )
        for c in extract_partial(text).congresses
    ]


def test_local_congress_without_term_keeps_its_dates_place_and_delegates() -> None:
    """Dates without a year give no term; the congress keeps its dates, place and delegates."""
    text = (
        "Sơn Tây, ngày 22/9/2025\n"
        "Sáng 20/9, Đại hội đại biểu Đảng bộ thị xã Sơn Tây lần thứ XXII khai mạc tại Trung tâm "
        "Văn hóa thị xã. Dự Đại hội có 250 đại biểu chính thức đại diện cho hơn 9.000 đảng viên. "
        "Đại hội bế mạc chiều 22/9.\n"
    )
    result = extract_partial(text)
    [congress] = result.congresses
    assert (congress.id, congress.term, congress.ordinal) == (
        "dai-hoi-dang-bo-thi-xa-son-tay-xxii",
        None,
        22,
    )
    assert (str(congress.opened_on), str(congress.closed_on)) == ("2025-09-20", "2025-09-22")
    assert (congress.place, congress.delegates) == ("Trung tâm Văn hóa thị xã", 250)
    missing = [i for i in result.issues if i.code == "congress_term_missing"]
    assert [i.severity for i in missing] == ["warning"]
    assert "kept without one" in missing[0].message


def test_previous_congress_named_with_of_is_kept_without_term() -> None:
    """Keeps "Đại hội XX của Đảng bộ Thị xã …" (the previous congress) as a record, no term."""
    text = (
        "Đại hội đại biểu Đảng bộ thị xã Sơn Tây lần thứ XXI, nhiệm kỳ 2020 - 2025 diễn ra trong "
        "2 ngày 29 và 30/7/2020. Nhiệm kỳ qua, Đảng bộ thị xã đã hoàn thành các mục tiêu Nghị "
        "quyết Đại hội XX của Đảng bộ Thị xã Sơn Tây đề ra.\n"
    )
    assert _congresses(text) == [
        ("dai-hoi-dang-bo-thi-xa-son-tay-xxi", "2020 - 2025", "2020-07-29", "2020-07-30", None),
        ("dai-hoi-dang-bo-thi-xa-son-tay-xx", None, None, None, None),
    ]


def test_national_congress_still_takes_its_fixed_term() -> None:
    """A national congress printed without term still gets the table's term, not None."""
    text = (
        "Đảng bộ huyện A Lưới quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội "
        "lần thứ XVI Đảng bộ tỉnh Thừa Thiên Huế.\n"
    )
    terms = {c.id: c.term and str(c.term) for c in extract_partial(text).congresses}
    assert terms == {
        "dai-hoi-dang-cong-san-viet-nam-xiii": "2021 - 2026",
        "dai-hoi-dang-bo-tinh-thua-thien-hue-xvi": None,
    }


def test_term_printed_later_makes_one_record_not_two() -> None:
    """A congress first named without term and later with it is one record, with the term."""
    text = (
        "Đại hội XX của Đảng bộ thị xã Sơn Tây đã đề ra 5 nhiệm vụ trọng tâm. Đại hội đại biểu "
        "Đảng bộ thị xã Sơn Tây lần thứ XX, nhiệm kỳ 2015 – 2020 diễn ra từ ngày 20 đến "
        "22/7/2015 tại Hội trường Thị ủy.\n"
    )
    assert _congresses(text) == [
        ("dai-hoi-dang-bo-thi-xa-son-tay-xx", "2015 - 2020", "2015-07-20", "2015-07-22",
         "Hội trường Thị ủy"),
    ]  # fmt: skip


def test_resolution_of_a_termless_congress_has_no_term() -> None:
    """The cited resolution of a congress without term is titled by name alone, no term key."""
    text = (
        "Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX, nhiệm kỳ 2025 - 2030 đánh giá 5 năm "
        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX.\n"
    )
    result = extract_partial(text)
    cited = [d for d in result.documents if getattr(d, "congress", None)]
    by_congress = {getattr(d, "congress", None): d for d in cited}
    xix = by_congress["dai-hoi-dang-bo-tinh-nghe-an-xix"]
    assert xix.title == "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX"
    assert getattr(xix, "term", "absent") is None


def test_extracted_termless_congress_passes_the_corpus_rules() -> None:
    """The records extracted around a congress without term raise no error-severity issue."""
    text = (
        "Sơn Tây, ngày 22/9/2025\n"
        "Sáng 20/9, Đại hội lần thứ XXII Đảng bộ thị xã Sơn Tây khai mạc tại Trung tâm Văn hóa "
        "thị xã. Đại hội bế mạc chiều 22/9.\n"
    )
    result = extract_partial(text)
    assert [c.term for c in result.congresses] == [None]
    records = [*result.organisations, *result.congresses, *result.documents]
    assert [i.code for i in check_corpus(Corpus.of(records)) if i.severity == "error"] == []


@pytest.mark.parametrize(
    ("text", "orgs", "congresses"),
    [
        (
            "Đại hội Đảng bộ tỉnh lần thứ II bầu 3 đại biểu đi dự Đại hội thành lập Liên tỉnh ủy "
            "Thanh - Nghệ - Tĩnh.\n",
            [],
            [],
        ),
        (
            "Tỉnh ủy Nghệ An cử 3 đại biểu đi dự Hội nghị thành lập LIÊN TỈNH ỦY Thanh - Nghệ - "
            "Tĩnh. Đại hội Đảng bộ tỉnh lần thứ II, nhiệm kỳ 1938 - 1940 khai mạc.\n",
            ["dang-bo-tinh-nghe-an"],
            ["dai-hoi-dang-bo-tinh-nghe-an-ii"],
        ),
    ],
    ids=["no-other-province", "province-named"],
)
def test_inter_province_committee_names_no_province(
    text: str, orgs: list[str], congresses: list[str]
) -> None:
    """Reads "Liên tỉnh ủy Thanh - Nghệ - Tĩnh" as no "Tỉnh ủy Thanh": it settles no "tỉnh"."""
    result = extract_partial(text)
    assert [o.id for o in result.organisations] == orgs
    assert [c.id for c in result.congresses] == congresses
