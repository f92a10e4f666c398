"""The rules that decide whether a result read from a text fits a target (extract/fit.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from vnpartydoc.extract.fit import (
    When,
    clean_indicator,
    in_window,
    is_estimate,
    own_unit,
    previous_congress,
    rank,
    read_when,
    same_wording,
    unit_fit,
    window,
)
from vnpartydoc.indicators import IndicatorKey, convert
from vnpartydoc.models import Congress, Resolution, Result, Target
from vnpartydoc.types import PartialDate, Quantity, Term

PER_HEAD = IndicatorKey.GRDP_PER_HEAD

UNIT_CASES = [
    ("%/năm", "%/năm", IndicatorKey.GRDP_GROWTH, "same"),
    ("nghìn tỷ đồng", "tỷ đồng", IndicatorKey.BUDGET_REVENUE, "scaled"),
    ("tỷ USD", "triệu USD", IndicatorKey.EXPORT_TURNOVER, "scaled"),
    ("triệu đồng", "triệu đồng/người/năm", PER_HEAD, "implied"),
    ("triệu đồng/người", "triệu đồng/người/năm", PER_HEAD, "implied"),
    ("triệu đồng/năm", "triệu đồng/người/năm", PER_HEAD, "implied"),
    ("bác sĩ", "bác sĩ/vạn dân", IndicatorKey.DOCTORS, "implied"),
    ("%", "%/năm", IndicatorKey.GRDP_GROWTH, None),
    ("%/năm", "%", IndicatorKey.URBANISATION, None),
    ("triệu USD", "tỷ đồng", IndicatorKey.EXPORT_TURNOVER, None),
    ("triệu đồng", "triệu đồng/người/năm", None, None),  # no indicator, nothing implied
    ("triệu đồng/tháng", "triệu đồng/người/năm", PER_HEAD, None),  # a month is not a year
    ("xã", "%", IndicatorKey.NEW_COUNTRYSIDE_COMMUNES, None),
    (None, "%", None, None),
]


@pytest.mark.parametrize(
    ("unit", "target", "key", "fit"), UNIT_CASES, ids=[f"{c[0]}->{c[1]}" for c in UNIT_CASES]
)
def test_unit_fit(unit: str | None, target: str, key: IndicatorKey | None, fit: str | None) -> None:
    """A unit fits when it is the same, the same at another scale, or lacks an implied per."""
    assert unit_fit(unit, target, key) == fit


@pytest.mark.parametrize(
    ("unit", "target", "fit", "own"),
    [
        ("%/năm", "%/năm", "same", None),
        ("nghìn tỷ đồng", "tỷ đồng", "scaled", "nghìn tỷ đồng"),
        ("triệu đồng", "triệu đồng/người/năm", "implied", None),
        ("nghìn đồng", "triệu đồng/người/năm", "implied", "nghìn đồng/người/năm"),
    ],
)
def test_own_unit(unit: str, target: str, fit: str, own: str | None) -> None:
    """A result carries no unit in the target's own, else its own unit that converts to it."""
    assert own_unit(unit, target, fit) == own  # type: ignore[arg-type]
    if own is not None:  # the unit carried converts exactly to the target's
        assert convert(Decimal("72.5"), own, target) is not None
        assert unit_fit(own, target, None) == "scaled"


READ_CASES = [
    ("Nhiệm kỳ 2020 – 2025, GRDP ước đạt 72,5 triệu đồng", When(period=Term(2020, 2025))),
    ("Giai đoạn 2021-2025, tăng trưởng bình quân đạt 6,8%/năm", When(period=Term(2021, 2025))),
    ("Nhiệm kỳ 2020 - 2025, tỷ lệ đô thị hóa năm 2024 đạt 44%", When(year=2024)),
    ("Năm 2024 đạt 44%. Tỷ lệ hộ nghèo còn 1,2%", None),  # the year is in another sentence
    ("Tỷ lệ hộ nghèo còn 1,2%", None),
    ("Thu ngân sách năm 2020-2025 đạt 41.303 tỷ đồng", When(period=Term(2020, 2025))),
    (
        "Nhiệm kỳ 2020 - 2025, đô thị hóa tăng 5% so với năm 2020; thu ngân sách đạt 45,8 nghìn tỷ",
        When(period=Term(2020, 2025)),  # "so với năm 2020" is the baseline of the other value
    ),
    ("Năm 2024, GRDP gấp 1,5 lần năm 2019; thu ngân sách đạt 9 nghìn tỷ", When(year=2024)),
    ("Tăng 12% so với giai đoạn 2015 - 2020; thu ngân sách đạt 9 nghìn tỷ", None),
]


@pytest.mark.parametrize(("text", "when"), READ_CASES, ids=[c[0][:30] for c in READ_CASES])
def test_read_when(text: str, when: When | None) -> None:
    """The period or year printed last before the value, in its sentence."""
    value = max(text.rfind(" đạt "), text.rfind(" còn ")) + 5
    assert read_when(text, value) == when


@pytest.mark.parametrize(
    ("indicator", "clean", "estimate"),
    [
        ("Nhiệm kỳ 2020 – 2025, GRDP bình quân đầu người ước", "GRDP bình quân đầu người", True),
        ("đề ra: tốc độ tăng trưởng GRDP bình quân", "tốc độ tăng trưởng GRDP bình quân", False),
        ("Năm 2024, thu ngân sách ước tính", "thu ngân sách", True),
        ("Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo", False),
        ("Thu nhập ước", "Thu nhập", True),
    ],
)
def test_clean_indicator(indicator: str, clean: str, estimate: bool) -> None:
    """A leading heading tail or period and a trailing "ước" are no part of the indicator."""
    assert clean_indicator(indicator) == (clean, estimate)


def test_is_estimate_needs_the_word() -> None:
    """The word "ước" makes an estimate; "được", which holds its letters, does not."""
    assert is_estimate("GRDP ước đạt 72,5 triệu đồng")
    assert not is_estimate("đạt được 72,5 triệu đồng")


def test_same_wording_sets_aside_how_a_value_is_counted() -> None:
    """Two wordings differing by "5 năm" or "bình quân" name one indicator; others do not."""
    assert same_wording(
        "Số xã đạt chuẩn nông thôn mới nâng cao 5 năm", "số xã đạt chuẩn nông thôn mới nâng cao"
    )
    assert not same_wording(
        "Số xã đạt chuẩn nông thôn mới nâng cao", "Số xã đạt chuẩn nông thôn mới"
    )


RESOLUTION = Resolution.model_validate(
    {
        "type": "nghi-quyet",
        "id": "nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi",
        "title": "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI",
        "term": "2020 - 2025",
    }
)


@pytest.mark.parametrize(
    ("target", "years"),
    [
        ({"period": "2021 - 2025"}, Term(2021, 2025)),
        ({"deadline": 2025}, Term(2020, 2025)),
        ({"deadline": 2030}, Term(2025, 2030)),
        ({}, Term(2020, 2025)),
    ],
)
def test_window(target: dict[str, object], years: Term) -> None:
    """A target covers its period, its resolution's term, or the years after it to its deadline."""
    made = Target.model_validate({"indicator": "GRDP bình quân đầu người", "value": "1", **target})
    assert window(made, RESOLUTION) == years


def test_window_of_a_resolution_without_a_term() -> None:
    """Without a term, a target covers the five years to its deadline, and nothing without one."""
    bare = RESOLUTION.model_copy(update={"term": None})
    due = Target.model_validate({"indicator": "Tỷ lệ đô thị hóa", "value": "43", "deadline": 2025})
    assert window(due, bare) == Term(2020, 2025)
    assert window(due.model_copy(update={"deadline": None}), bare) is None


@pytest.mark.parametrize(
    ("when", "years", "inside"),
    [
        (When(period=Term(2020, 2025)), Term(2020, 2025), True),
        (When(period=Term(2020, 2025)), Term(2025, 2030), False),  # 2025 is that term's baseline
        (When(year=2024), Term(2020, 2025), True),
        (When(year=2020), Term(2020, 2025), False),
        (When(period=Term(2015, 2020)), Term(2020, 2025), False),
        (When(), Term(2025, 2030), True),
    ],
)
def test_in_window(when: When, years: Term, inside: bool) -> None:
    """A result fits a target whose years hold its last year, after the first."""
    assert in_window(when, years) is inside


def test_rank_orders_later_and_final_over_earlier_and_estimated() -> None:
    """A result for 2020 – 2025 is later than one for 2024; a final one beats an estimate."""
    value = Quantity.parse("1")
    year = Result(value=value, measured_on=PartialDate(2024))
    term = Result(value=value, period=Term(2020, 2025), estimated=True)
    final = Result(value=value, period=Term(2020, 2025))
    assert rank(year) < rank(term) < rank(final)


def _congress(ordinal: int, term: str, org: str = "dang-bo-tinh-an-giang") -> Congress:
    return Congress.model_validate(
        {
            "type": "dai-hoi",
            "id": f"dai-hoi-{org}-{ordinal}",
            "organisation": org,
            "ordinal": ordinal,
            "term": term,
        }
    )


def test_previous_congress_prefers_a_known_one() -> None:
    """A known congress before gives its id and term; else the same length, ending at the start."""
    focus = _congress(12, "2025 - 2030")
    known = _congress(11, "2019 - 2025")
    other = _congress(11, "2020 - 2025", org="dang-bo-tinh-kien-giang")
    assert previous_congress(focus, [other, known]) == (known.id, Term(2019, 2025))
    assert previous_congress(focus, [other]) == (
        "dai-hoi-dang-bo-tinh-an-giang-xi",
        Term(2020, 2025),
    )
    assert previous_congress(_congress(1, "2025 - 2030"), []) is None
