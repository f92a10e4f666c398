"""Property tests of the target status: every qualifier, single values and ranges, exactly."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from vnpartydoc.enums import TargetQualifier
from vnpartydoc.indicators import convert, parse_unit
from vnpartydoc.scoring import NEAR_MISS, TargetStatus, status
from vnpartydoc.types import Quantity

Q = TargetQualifier
HARD = {Q.AT_LEAST, Q.MORE_THAN, Q.AT_MOST, Q.LESS_THAN}
RANK = [TargetStatus.MISSED, TargetStatus.NEAR, TargetStatus.MET, TargetStatus.EXCEEDED]
MIRROR = {
    Q.EXACT: Q.EXACT,
    Q.ABOUT: Q.ABOUT,
    Q.AT_LEAST: Q.AT_MOST,
    Q.AT_MOST: Q.AT_LEAST,
    Q.MORE_THAN: Q.LESS_THAN,
    Q.LESS_THAN: Q.MORE_THAN,
}

decimals = st.decimals(min_value=-(10**6), max_value=10**6, places=3, allow_nan=False)
qualifiers = st.sampled_from(list(Q))
directions = st.sampled_from(["higher", "lower"])


@st.composite
def targets(draw: st.DrawFn) -> Quantity:
    """A single value or a range (low < high)."""
    low = draw(decimals)
    if draw(st.booleans()):
        return Quantity(low, low)
    return Quantity(low, low + draw(st.decimals(min_value="0.001", max_value=1000, places=3)))


def _better(qualifier: Q, direction: str) -> str:
    if qualifier in (Q.AT_LEAST, Q.MORE_THAN):
        return "higher"
    if qualifier in (Q.AT_MOST, Q.LESS_THAN):
        return "lower"
    return direction


@given(targets(), qualifiers, directions, decimals, decimals)
def test_status_is_monotone_in_the_result(
    target: Quantity, qualifier: Q, direction: str, a: Decimal, b: Decimal
) -> None:
    """A better result never gets a worse status, for every qualifier and range shape."""
    worse, better = sorted((a, b))
    if _better(qualifier, direction) == "lower":
        worse, better = better, worse
    s_worse = status(target, qualifier, Quantity.of(worse), direction=direction)  # type: ignore[arg-type]
    s_better = status(target, qualifier, Quantity.of(better), direction=direction)  # type: ignore[arg-type]
    assert RANK.index(s_worse) <= RANK.index(s_better)


@given(targets(), qualifiers, directions, st.data())
def test_status_within_the_target_is_met(
    target: Quantity, qualifier: Q, direction: str, data: st.DataObject
) -> None:
    """A result inside the printed range is đạt, except a strict bound's own value (không đạt)."""
    value = data.draw(st.decimals(min_value=target.low, max_value=target.high, places=3))
    got = status(target, qualifier, Quantity.of(value), direction=direction)  # type: ignore[arg-type]
    bound = target.low if _better(qualifier, direction) == "higher" else target.high
    if qualifier in (Q.MORE_THAN, Q.LESS_THAN) and value == bound:
        assert got is TargetStatus.MISSED
    else:
        assert got is TargetStatus.MET


@given(targets(), qualifiers, directions, st.decimals(min_value="0.001", max_value=1000, places=3))
def test_status_beyond_the_better_end_is_exceeded(
    target: Quantity, qualifier: Q, direction: str, step: Decimal
) -> None:
    """Beyond the better end of the target is vượt."""
    higher = _better(qualifier, direction) == "higher"
    value = target.high + step if higher else target.low - step
    got = status(target, qualifier, Quantity.of(value), direction=direction)  # type: ignore[arg-type]
    assert got is TargetStatus.EXCEEDED


@given(targets(), qualifiers, directions, st.decimals(min_value="0.001", max_value=1000, places=3))
def test_status_short_of_the_target(
    target: Quantity, qualifier: Q, direction: str, step: Decimal
) -> None:
    """Short of the nearer end: gần đạt within 5 % for soft targets only, else không đạt."""
    higher = _better(qualifier, direction) == "higher"
    bound = target.low if higher else target.high
    value = bound - step if higher else bound + step
    got = status(target, qualifier, Quantity.of(value), direction=direction)  # type: ignore[arg-type]
    near = qualifier not in HARD and step <= NEAR_MISS * abs(bound)
    assert got is (TargetStatus.NEAR if near else TargetStatus.MISSED)


@given(targets(), qualifiers, directions, decimals)
def test_status_mirrors_between_directions(
    target: Quantity, qualifier: Q, direction: str, value: Decimal
) -> None:
    """Negating everything and swapping bounds (≥ ↔ ≤, > ↔ <) gives the same status."""
    other = "lower" if direction == "higher" else "higher"
    got = status(target, qualifier, Quantity.of(value), direction=direction)  # type: ignore[arg-type]
    mirrored = status(
        Quantity(-target.high, -target.low),
        MIRROR[qualifier],
        Quantity.of(-value),
        direction=other,  # type: ignore[arg-type]
    )
    assert got is mirrored


@given(targets(), qualifiers, decimals, decimals)
def test_a_result_range_is_judged_by_its_worse_end(
    target: Quantity, qualifier: Q, a: Decimal, b: Decimal
) -> None:
    """An achieved range counts as its lower end when higher is better, else its upper end."""
    low, high = sorted((a, b))
    worse = low if _better(qualifier, "higher") == "higher" else high
    assert status(target, qualifier, Quantity(low, high)) is status(
        target, qualifier, Quantity.of(worse)
    )


@given(targets(), qualifiers)
def test_status_without_data(target: Quantity, qualifier: Q) -> None:
    """No result, or no target value, is chưa có số liệu."""
    assert status(target, qualifier, None) is TargetStatus.NO_DATA
    assert status(None, qualifier, target) is TargetStatus.NO_DATA


scales = st.sampled_from(["", "nghìn ", "ngàn ", "triệu ", "tỷ ", "tỉ ", "nghìn tỷ ", "triệu tỷ "])


@given(decimals, scales, scales, st.sampled_from(["đồng", "USD", "tấn"]))
def test_unit_conversion_is_exact_and_reversible(
    value: Decimal, source: str, target: str, base: str
) -> None:
    """Converting between scales of one unit multiplies by a power of ten, with no rounding."""
    there = convert(value, source + base, target + base)
    assert there is not None
    shift = parse_unit(source + base).exponent - parse_unit(target + base).exponent
    assert there == value * Decimal(10) ** shift
    assert convert(there, target + base, source + base) == value


@given(decimals)
def test_percent_and_percent_per_year_never_convert(value: Decimal) -> None:
    """A level (%) and a yearly rate (%/năm) are different units."""
    assert convert(value, "%", "%/năm") is None
    assert convert(value, "%/năm", "%") is None
    assert convert(value, "tỷ đồng", "tỷ USD") is None
