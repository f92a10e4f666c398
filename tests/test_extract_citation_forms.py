"""Citations printed with a short number and no type code."""

from __future__ import annotations

from vnpartydoc.extract import extract_partial


def test_short_number_without_type_code_is_an_unnumbered_citation() -> None:
    """Reads "chỉ thị số 45, ngày 14/4/2025 của Bộ Chính trị về …" as the Politburo's."""
    text = (
        "Thực hiện chỉ thị số 45, ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp "
        "tiến tới Đại hội XIV của Đảng, Đảng ủy xã đã ban hành kế hoạch.\n"
    )
    docs = [
        (d.type, d.number, d.issuer.organisation, d.issuer.body.value)
        for d in extract_partial(text).documents
        if d.issuer is not None and d.type != "nghi-quyet"  # not the congress's resolution
    ]
    assert docs == [("chi-thi", None, "dang-cong-san-viet-nam", "politburo")]


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


def test_plenum_without_its_term_is_not_a_citation() -> None:
    """Without its plenum and term, "Nghị quyết Trung ương" names no single document."""
    text = "Huyện ủy Mường Lát đưa Nghị quyết Trung ương vào cuộc sống.\n"
    assert [d for d in extract_partial(text).documents if d.type == "nghi-quyet"] == []
