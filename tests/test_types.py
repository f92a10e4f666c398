"""Tests for vnpartydoc.types: numbers, terms, dates, quantities, ordinals."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from vnpartydoc.enums import DatePrecision
from vnpartydoc.extract.citations import NUMBER_RE
from vnpartydoc.patterns import DASH_CHARS
from vnpartydoc.types import (
    DocumentNumber,
    InvalidValueError,
    PartialDate,
    Quantity,
    Term,
    format_place_date,
    format_vn_date,
    format_vn_number,
    parse_ordinal,
    parse_vn_number,
    roman,
)

NUMBER_CASES = [
    ("01-NQ/TU", (1, "NQ", "TU"), "01-NQ/TU"),
    ("Số: 01-NQ/TU", (1, "NQ", "TU"), "01-NQ/TU"),
    ("Số 36-HD/VPTW", (36, "HD", "VPTW"), "36-HD/VPTW"),
    ("số 01-NQ/ĐH", (1, "NQ", "ĐH"), "01-NQ/ĐH"),
    ("21 – NQ/TW", (21, "NQ", "TW"), "21-NQ/TW"),
    ("8011-CV/BTCTW", (8011, "CV", "BTCTW"), "8011-CV/BTCTW"),
    ("08-QĐi/TW", (8, "QĐi", "TW"), "08-QĐi/TW"),
    ("147-CTHĐ/TU", (147, "CTHĐ", "TU"), "147-CTHĐ/TU"),
    ("5-XYZ/ABCD", (5, "XYZ", "ABCD"), "05-XYZ/ABCD"),
]


@pytest.mark.parametrize(
    ("text", "parts", "canonical"), NUMBER_CASES, ids=[c[0] for c in NUMBER_CASES]
)
def test_document_number_parses_real_text_variants(
    text: str, parts: tuple[int, str, str], canonical: str
) -> None:
    """Parses canonical and real-text numbers; prints the canonical form."""
    number = DocumentNumber.parse(text)
    assert (number.seq, number.kind_code, number.issuer_code) == parts
    assert str(number) == canonical
    assert number.symbol == canonical.split("-", 1)[1]


@pytest.mark.parametrize(
    "bad",
    [
        "202/2025/QH15",
        "08/2015/NQ-HĐND",
        "515/TTr-UBND",
        "01-NQ/ĐHKT-ĐTN",
        "NQ/TW",
        "01-NQ",
        "abc",
        "",
    ],
)
def test_document_number_rejects_lookalikes(bad: str) -> None:
    """Rejects state and Youth Union numbers and malformed text."""
    with pytest.raises(ValueError, match="invalid document number"):
        DocumentNumber.parse(bad)


@given(
    st.integers(1, 99999),
    st.sampled_from(["NQ", "QĐ", "QĐi", "CT", "KH", "CTHĐ", "BS"]),
    st.sampled_from(["TW", "TU", "VPTW", "BTCTW", "ĐH", "UBKTTU", "HU"]),
)
def test_document_number_round_trips(seq: int, kind: str, issuer: str) -> None:
    """parse(str(n)) == n for every number."""
    number = DocumentNumber(seq, kind, issuer)
    assert DocumentNumber.parse(str(number)) == number


@pytest.mark.parametrize("dash", DASH_CHARS, ids=[f"U+{ord(d):04X}" for d in DASH_CHARS])
def test_document_number_forms_agree_on_every_dash(dash: str) -> None:
    """The parser and the citation finder read every dash; files (the schema) hold the canonical."""
    text = f"25 {dash} CT/TU"
    assert str(DocumentNumber.parse(f"Số: {text}")) == "25-CT/TU"
    assert re.fullmatch(DocumentNumber.JSON_PATTERN, "25-CT/TU") is not None
    assert re.fullmatch(DocumentNumber.JSON_PATTERN, f"Số: {text}") is None
    found = NUMBER_RE.search(f"Thực hiện Chỉ thị số {text} của Ban Thường vụ Tỉnh ủy")
    assert found is not None
    assert found["number"] == text
    assert str(Term.parse(f"2020{dash}2025")) == "2020 - 2025"
    assert re.fullmatch(Term.JSON_PATTERN, "2020 - 2025") is not None
    assert re.fullmatch(Term.JSON_PATTERN, f"2020{dash}2025") is None


@pytest.mark.parametrize(
    "text",
    [
        "2020 - 2025",
        "2020-2025",
        "2020–2025",
        "2020 — 2025",
        "(nhiệm kỳ 2020-2025)",
        "Nhiệm kỳ 2020 – 2025",
    ],
)
def test_term_parses_every_dash_and_spacing(text: str) -> None:
    """Reads terms in every dash form and prints '2020 - 2025'."""
    term = Term.parse(text)
    assert (term.start_year, term.end_year) == (2020, 2025)
    assert str(term) == "2020 - 2025"
    assert 2023 in term
    assert 2026 not in term


def test_term_allows_terms_that_are_not_five_years() -> None:
    """Accepts An Giang's first term, 1976 - 1979."""
    assert str(Term.parse("1976-1979")) == "1976 - 1979"


@pytest.mark.parametrize(
    ("bad", "match"),
    [
        ("2025 - 2020", "ends before"),
        ("2020 - 2020", "ends before"),
        ("2020", "invalid term"),
        ("20-25", "invalid term"),
    ],
)
def test_term_rejects_bad_terms(bad: str, match: str) -> None:
    """Rejects reversed, empty and malformed terms."""
    with pytest.raises(ValueError, match=match):
        Term.parse(bad)


DATE_CASES = [
    ("2020-09-25", (2020, 9, 25)),
    ("2020-09", (2020, 9, None)),
    ("2020", (2020, None, None)),
    ("25/9/2020", (2020, 9, 25)),
    ("06/02/2017", (2017, 2, 6)),
    ("9-8-2019", (2019, 8, 9)),
    ("ngày 25/9/2020", (2020, 9, 25)),
    ("ngày 25 tháng 9 năm 2020", (2020, 9, 25)),
    ("Ngày 06 tháng 02 năm 2017", (2017, 2, 6)),
    ("tháng 9/2020", (2020, 9, None)),
    ("tháng 9 năm 2020", (2020, 9, None)),
    ("năm 2025", (2025, None, None)),
]


@pytest.mark.parametrize(("text", "parts"), DATE_CASES, ids=[c[0] for c in DATE_CASES])
def test_partial_date_parses_vietnamese_forms(
    text: str, parts: tuple[int, int | None, int | None]
) -> None:
    """Reads ISO, day-first numeric and long Vietnamese dates."""
    date = PartialDate.parse(text)
    assert (date.year, date.month, date.day) == parts
    assert PartialDate.parse(str(date)) == date


def test_partial_date_precision_and_bounds() -> None:
    """Knows its precision and the first and last day it may stand for."""
    assert PartialDate(2020, 9, 25).precision is DatePrecision.DAY
    month = PartialDate(2020, 2)
    assert month.precision is DatePrecision.MONTH
    assert (month.earliest(), month.latest()) == (dt.date(2020, 2, 1), dt.date(2020, 2, 29))
    year = PartialDate(2025)
    assert year.precision is DatePrecision.YEAR
    assert (year.earliest(), year.latest()) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert PartialDate(2020, 9, 23) < PartialDate(2020, 9, 25)
    assert PartialDate(2020, 9, 25) <= PartialDate(2020, 9, 25)


@pytest.mark.parametrize(
    ("bad", "match"),
    [
        ("31/2/2021", "does not exist"),
        ("2021-13-01", "month 13"),
        ("ngày 32 tháng 1 năm 2020", "does not exist"),
        ("25/9", "invalid date"),
        ("hôm qua", "invalid date"),
    ],
)
def test_partial_date_rejects_impossible_dates(bad: str, match: str) -> None:
    """Rejects days that do not exist and text that is not a date."""
    with pytest.raises(ValueError, match=match):
        PartialDate.parse(bad)


@pytest.mark.parametrize(
    ("date", "running", "place_line"),
    [
        (
            PartialDate(2020, 9, 25),
            "ngày 25 tháng 9 năm 2020",
            "An Giang, ngày 25 tháng 9 năm 2020",
        ),
        (PartialDate(2017, 2, 6), "ngày 6 tháng 2 năm 2017", "Hà Nội, ngày 06 tháng 02 năm 2017"),
        (PartialDate(2018, 4, 3), "ngày 3 tháng 4 năm 2018", "Hà Nội, ngày 03 tháng 4 năm 2018"),
        (PartialDate(2026, 1, 9), "ngày 9 tháng 1 năm 2026", "Hà Nội, ngày 09 tháng 01 năm 2026"),
        (PartialDate(2020, 9), "tháng 9 năm 2020", "Hà Nội, tháng 9 năm 2020"),
        (PartialDate(2020), "năm 2020", "Hà Nội, năm 2020"),
    ],
)
def test_dates_print_with_the_padding_rule(
    date: PartialDate, running: str, place_line: str
) -> None:
    """Running text is unpadded; the place-and-date line pads days 1–9 and months 1–2."""
    assert format_vn_date(date) == running
    place = place_line.split(",")[0]
    assert format_place_date(place, date) == place_line


def test_format_accepts_datetime_dates() -> None:
    """Takes a datetime.date as well."""
    assert format_vn_date(dt.date(2020, 9, 25)) == "ngày 25 tháng 9 năm 2020"
    assert format_place_date("Hà Nội", dt.date(2021, 2, 1)) == "Hà Nội, ngày 01 tháng 02 năm 2021"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("164.000", Decimal(164000)),
        ("6,5", Decimal("6.5")),
        ("41.303", Decimal(41303)),
        ("1.586", Decimal(1586)),
        ("1586", Decimal(1586)),
        ("70,40", Decimal("70.40")),
        ("1.234.567,89", Decimal("1234567.89")),
        ("-2,5", Decimal("-2.5")),
    ],
)
def test_parse_vn_number_reads_vietnamese_notation_exactly(text: str, value: Decimal) -> None:
    """Dots group thousands, commas mark decimals, values are exact Decimals."""
    parsed = parse_vn_number(text)
    assert parsed == value
    assert str(parsed) == str(value)


@pytest.mark.parametrize("bad", ["6.5", "1.50", "1,2,3", "12.34.5", "abc", "", "1 000"])
def test_parse_vn_number_rejects_ambiguous_or_english_notation(bad: str) -> None:
    """Rejects a dot before one or two digits (English decimals) and garbage."""
    with pytest.raises(ValueError, match="invalid number"):
        parse_vn_number(bad)


@given(
    st.decimals(
        allow_nan=False,
        allow_infinity=False,
        places=3,
        min_value=Decimal(-(10**9)),
        max_value=Decimal(10**9),
    )
)
def test_vn_number_round_trips(value: Decimal) -> None:
    """parse(format(x)) == x, digit for digit."""
    text = format_vn_number(value)
    assert parse_vn_number(text) == value


@pytest.mark.parametrize(
    ("text", "low", "high", "printed"),
    [
        ("6,5-7", "6.5", "7", "6,5–7"),
        ("6,5–7", "6.5", "7", "6,5–7"),
        ("164.000 - 176.000", "164000", "176000", "164.000–176.000"),
        ("70,4–72,2", "70.4", "72.2", "70,4–72,2"),
        ("43", "43", "43", "43"),
        ("5,2", "5.2", "5.2", "5,2"),
        ("30—35", "30", "35", "30–35"),
    ],
)
def test_quantity_parses_values_and_ranges(text: str, low: str, high: str, printed: str) -> None:
    """Reads single values and ranges with any dash; prints with an en dash."""
    quantity = Quantity.parse(text)
    assert (quantity.low, quantity.high) == (Decimal(low), Decimal(high))
    assert str(quantity) == printed
    assert Quantity.parse(str(quantity)) == quantity
    assert quantity.is_range is (low != high)


def test_quantity_rejects_reversed_ranges() -> None:
    """Rejects a range whose low end exceeds its high end."""
    with pytest.raises(ValueError, match="expected low ≤ high"):
        Quantity.parse("7–6,5")


@pytest.mark.parametrize(
    ("parse", "text", "code"),
    [
        (DocumentNumber.parse, "202/2025/QH15", "document_number_format"),
        (Term.parse, "2025 – 2020", "term_order"),
        (Term.parse, "nhiệm kỳ sau", "term_format"),
        (PartialDate.parse, "ngày 31 tháng 9 năm 2020", "date_invalid"),
        (PartialDate.parse, "tháng 13/2020", "date_invalid"),
        (PartialDate.parse, "hôm nay", "date_format"),
        (Quantity.parse, "176.000–164.000", "range_order"),
        (Quantity.parse, "6.5", "number_format"),
        (Quantity.parse_measure, "khoảng 7 %", "number_format"),
        (parse_vn_number, "1,2,3", "number_format"),
    ],
    ids=lambda v: v if isinstance(v, str) else getattr(v, "__qualname__", ""),
)
def test_parse_errors_carry_their_code(
    parse: Callable[[str], object], text: str, code: str
) -> None:
    """Parse failures are ValueErrors whose code says why, the code validation reports."""
    with pytest.raises(InvalidValueError) as info:
        parse(text)
    assert info.value.code == code
    assert isinstance(info.value, ValueError)


class _Holder(BaseModel):
    number: DocumentNumber
    term: Term
    date: PartialDate
    value: Quantity


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("number", "202/2025/QH15", "document_number_format"),
        ("term", "2025-2020", "term_order"),
        ("term", "soon", "term_format"),
        ("date", "2021-02-31", "date_invalid"),
        ("date", "hôm nay", "date_format"),
        ("value", "7-6", "range_order"),
        ("value", "6.5", "number_format"),
        ("value", True, "number_format"),
        ("value", float("nan"), "number_format"),
    ],
)
def test_value_types_give_stable_error_codes(field: str, value: object, code: str) -> None:
    """Each bad value gives its documented error code, from Python and from JSON."""
    good = {"number": "01-NQ/TU", "term": "2020 - 2025", "date": "2020-09-25", "value": "6,5"}
    with pytest.raises(ValidationError) as python_error:
        _Holder.model_validate({**good, field: value})
    assert python_error.value.errors()[0]["type"] == code
    if isinstance(value, str):
        import json

        with pytest.raises(ValidationError) as json_error:
            _Holder.model_validate_json(json.dumps({**good, field: value}))
        assert json_error.value.errors()[0]["type"] == code


def test_value_types_serialise_to_canonical_strings() -> None:
    """Dump to the canonical text and load back equal, from JSON and from instances."""
    holder = _Holder.model_validate(
        {"number": "Số: 1 – NQ/TU", "term": "2020–2025", "date": "25/9/2020", "value": 6.5}
    )
    data = holder.model_dump(mode="json")
    assert data == {
        "number": "01-NQ/TU",
        "term": "2020 - 2025",
        "date": "2020-09-25",
        "value": "6,5",
    }
    assert _Holder.model_validate_json(holder.model_dump_json()) == holder
    assert _Holder.model_validate(holder.model_dump()) == holder
    assert _Holder.model_validate({**data, "date": dt.date(2020, 9, 25)}) == holder


@pytest.mark.parametrize(("value", "expected"), [(11, 11), ("XI", 11), ("xiii", 13), ("14", 14)])
def test_parse_ordinal_reads_ints_digits_and_roman(value: object, expected: int) -> None:
    """Reads congress ordinals in any of their written forms."""
    assert parse_ordinal(value) == expected


def test_roman_prints_congress_ordinals() -> None:
    """Prints ordinals as congresses are numbered."""
    assert [roman(n) for n in (1, 11, 13, 14)] == ["I", "XI", "XIII", "XIV"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("164.000–176.000 tỷ đồng", "164.000–176.000", "tỷ đồng"),
        ("6,5–7 %", "6,5–7", "%"),
        ("6,5%", "6,5", "%"),
        ("5,2 tỷ USD", "5,2", "tỷ USD"),
        ("43", "43", None),
        ("70,4-72,2 triệu đồng/người/năm", "70,4–72,2", "triệu đồng/người/năm"),
    ],
)
def test_quantity_parse_measure_splits_the_unit(text: str, value: str, unit: str | None) -> None:
    """Reads a value or range with its unit, exactly."""
    quantity, found = Quantity.parse_measure(text)
    assert (str(quantity), found) == (value, unit)


def test_quantity_parse_measure_rejects_text_without_a_number() -> None:
    """Text that does not start with a number is not a measure."""
    with pytest.raises(ValueError, match="invalid measure"):
        Quantity.parse_measure("khoảng 72 triệu đồng")


def test_value_schema_parses_each_json_value_once_and_keeps_no_failures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """JSON values go through a bounded cache; failed parses are raised every time."""
    from pydantic_core import SchemaValidator, core_schema

    from vnpartydoc import types

    calls: list[object] = []

    def parse(value: object) -> Term:
        calls.append(value)
        return Term._validate(value)

    monkeypatch.setattr(types._ParseCache, "SIZE", 2)
    validator = SchemaValidator(core_schema.list_schema(types.value_schema(parse)))
    terms = validator.validate_json('["2020 – 2025", "2020 – 2025", "2015-2020"]')
    assert [str(t) for t in terms] == ["2020 - 2025", "2020 - 2025", "2015 - 2020"]
    assert calls == ["2020 – 2025", "2015-2020"]
    for _ in range(2):
        with pytest.raises(ValidationError) as exc:
            validator.validate_json('["2025 - 2020"]')
        assert exc.value.errors()[0]["type"] == "term_order"
    assert calls[2:] == ["2025 - 2020", "2025 - 2020"]
    validator.validate_json('["2010 - 2015"]')  # a third entry: the full cache starts again
    validator.validate_json('["2020 – 2025"]')
    assert calls[4:] == ["2010 - 2015", "2020 – 2025"]
    with pytest.raises(ValidationError) as exc:
        validator.validate_json("[2020]")
    assert exc.value.errors()[0]["type"] == "string_type"
