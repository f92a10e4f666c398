"""The scorecard: each target of a resolution held against its result, and rows to compare.

A target's **status** is derived from its value (one number or a range), its qualifier and the
result, exactly, with :class:`~decimal.Decimal` arithmetic:

- **vượt** (exceeded): the result lies beyond the better end of the target (above the top of
  "6,5–7", above "43", below "dưới 1 %" for a rate that should fall);
- **đạt** (met): the result lies within the target, ends included ("6,8" against "6,5–7";
  "75" against "≥ 75"), and satisfies a strict qualifier ("trên 10" needs more than 10);
- **gần đạt** (nearly met): only for targets printed as a plain value or range, or "khoảng":
  the result falls short of the target's nearer end by at most 5 % of that end
  (:data:`NEAR_MISS`), e.g. "6,2" against "6,5–7" (short by 0,3, which is ≤ 0,325). A target
  with a bound ("từ … trở lên", "tối thiểu", "trên", "dưới", "không quá") is a hard line: short of
  it is "không đạt", so "73" against "≥ 75" is not met;
- **không đạt** (missed): anything else;
- **chưa có số liệu** (no data): the target has no value, there is no result yet, or the result's
  unit does not convert to the target's.

Which end is better comes from the qualifier ("từ … trở lên" and "trên" ask for more; "không
quá" and "dưới" for less), else from the indicator (:data:`~vnpartydoc.indicators.INDICATORS`;
a poverty rate is better lower), else higher. A result given as a range is judged by its worse
end. Results in convertible units ("nghìn tỷ đồng" for a target in "tỷ đồng") are converted
exactly before comparing.

Example:
    >>> status(Quantity.parse("6,5–7"), TargetQualifier.EXACT, Quantity.parse("6,8")).label
    'Đạt'
    >>> status(Quantity.parse("75"), TargetQualifier.AT_LEAST, Quantity.parse("73")).label
    'Không đạt'
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from vnpartydoc.enums import TargetQualifier
from vnpartydoc.indicators import INDICATORS, IndicatorKey, convert
from vnpartydoc.models import Organisation, Resolution
from vnpartydoc.types import Quantity, Term

if TYPE_CHECKING:
    from vnpartydoc.corpus import Corpus
    from vnpartydoc.indicators import Direction
    from vnpartydoc.models import Target

__all__ = [
    "NEAR_MISS",
    "ScorecardRow",
    "TargetStatus",
    "achieved_in_target_unit",
    "rows_for",
    "scorecard",
    "status",
    "target_status",
]

NEAR_MISS = Decimal("0.05")
"""Largest shortfall, as a share of the target's nearer end, that counts as "gần đạt"."""


class TargetStatus(StrEnum):
    """How a result compares with its target."""

    EXCEEDED = "vuot"
    MET = "dat"
    NEAR = "gan-dat"
    MISSED = "khong-dat"
    NO_DATA = "chua-co-so-lieu"

    @property
    def label(self) -> str:
        """Vietnamese name ("Đạt")."""
        return _STATUS[self][0]

    @property
    def label_en(self) -> str:
        """English name ("Met")."""
        return _STATUS[self][1]

    @property
    def symbol(self) -> str:
        """A sign printed next to the name, so the status never rests on colour alone."""
        return _STATUS[self][2]

    @property
    def reached(self) -> bool:
        """Whether the target is met or exceeded ("đạt và vượt")."""
        return self in (TargetStatus.EXCEEDED, TargetStatus.MET)


_STATUS = {
    TargetStatus.EXCEEDED: ("Vượt", "Exceeded", "\u25b2"),
    TargetStatus.MET: ("Đạt", "Met", "\u2713"),
    TargetStatus.NEAR: ("Gần đạt", "Nearly met", "\u2248"),
    TargetStatus.MISSED: ("Không đạt", "Missed", "\u2717"),
    TargetStatus.NO_DATA: ("Chưa có số liệu", "No data", "\u2013"),
}
_HARD = {
    TargetQualifier.AT_LEAST,
    TargetQualifier.MORE_THAN,
    TargetQualifier.AT_MOST,
    TargetQualifier.LESS_THAN,
}
_STRICT = {TargetQualifier.MORE_THAN, TargetQualifier.LESS_THAN}


def _direction(qualifier: TargetQualifier, default: Direction) -> Direction:
    if qualifier in (TargetQualifier.AT_LEAST, TargetQualifier.MORE_THAN):
        return "higher"
    if qualifier in (TargetQualifier.AT_MOST, TargetQualifier.LESS_THAN):
        return "lower"
    return default


def status(
    target: Quantity | None,
    qualifier: TargetQualifier,
    achieved: Quantity | None,
    *,
    direction: Direction = "higher",
) -> TargetStatus:
    """Compare a result with a target value (see the module docs for the exact rule).

    Args:
        target: The target value or range; None gives "chưa có số liệu".
        qualifier: The target's qualifier.
        achieved: The result, in the target's unit; None gives "chưa có số liệu".
        direction: Which way is better when the qualifier does not say.
    """
    if target is None or achieved is None:
        return TargetStatus.NO_DATA
    if _direction(qualifier, direction) == "lower":  # mirror: lower is better ⇔ negated higher
        target = Quantity(-target.high, -target.low)
        achieved = Quantity(-achieved.high, -achieved.low)
    low, high, value = target.low, target.high, achieved.low  # the worse end of a range
    if value > high:
        return TargetStatus.EXCEEDED
    if value >= low and not (qualifier in _STRICT and value == low):
        return TargetStatus.MET
    if qualifier not in _HARD and low - value <= NEAR_MISS * abs(low):
        return TargetStatus.NEAR
    return TargetStatus.MISSED


def achieved_in_target_unit(target: Target) -> Quantity | None:
    """The result of a target in the target's own unit; None when absent or not convertible."""
    result = target.achieved
    if result is None:
        return None
    if result.unit is None or target.unit is None or result.unit == target.unit:
        return result.value
    low = convert(result.value.low, result.unit, target.unit)
    high = convert(result.value.high, result.unit, target.unit)
    return None if low is None or high is None else Quantity(low, high)


def target_status(target: Target) -> TargetStatus:
    """The status of one target, with its result converted to its unit."""
    key = target.indicator_key
    direction: Direction = INDICATORS[key].direction if key is not None else "higher"
    achieved = achieved_in_target_unit(target)
    return status(target.value, target.qualifier, achieved, direction=direction)


# ------------------------------------------------------------------------------------ rows


@dataclass(frozen=True, slots=True)
class ScorecardRow:
    """One target of one resolution with its result: a row of a scorecard or a comparison.

    Numbers are exact decimals; text fields are as printed in the records.
    """

    organisation: str | None
    """Id of the issuing organisation."""
    organisation_name: str | None
    """Its name ("Đảng bộ tỉnh An Giang")."""
    resolution: str
    """Id of the resolution."""
    term: str | None
    """Term the target belongs to: the resolution's term if the target's period or year lies in
    it, else the target's own period."""
    n: int
    """Position of the target in the resolution (from 1)."""
    indicator: str
    """The indicator as worded in the resolution."""
    key: str | None
    """Normalised indicator key ("grdp-growth"), given or inferred."""
    qualifier: str
    """exact, at-least, more-than, at-most, less-than or about."""
    target: str | None
    """Target value or range in Vietnamese notation ("6,5–7")."""
    target_low: Decimal | None
    target_high: Decimal | None
    unit: str | None
    """Unit of the target (and of the achieved numbers)."""
    year: int | None
    """Year the target falls due."""
    achieved: str | None
    """Result as recorded, in Vietnamese notation, with its unit if it has its own."""
    achieved_low: Decimal | None
    """Result in the target's unit (exactly converted); None if absent or not convertible."""
    achieved_high: Decimal | None
    measured: str | None
    """Period or date the result was measured."""
    estimated: bool
    """Whether the result is an estimate ("ước đạt")."""
    reported_in: str | None
    """Id of the document that reports the result."""
    source: str | None
    """First URL given for the result."""
    status: TargetStatus


def _term_of(target: Target, resolution: Resolution) -> Term | None:
    """The resolution's term for targets inside it ("2021 - 2025" counts in "2020 - 2025")."""
    term, period = resolution.term, target.period
    if term is not None and period is not None:
        inside = period.start_year >= term.start_year and period.end_year <= term.end_year
        return term if inside else period
    if period is not None:
        return period
    year = target.year
    return term if term is not None and (year is None or year in term) else None


def _row(resolution: Resolution, n: int, target: Target, org: Organisation | None) -> ScorecardRow:
    result = target.achieved
    converted = achieved_in_target_unit(target)
    achieved = None
    if result is not None:
        own_unit = result.unit is not None and result.unit != target.unit
        achieved = f"{result.value} {result.unit}" if own_unit else str(result.value)
    term = _term_of(target, resolution)
    key = target.indicator_key
    urls = [s.url for s in result.sources if s.url] if result is not None else []
    return ScorecardRow(
        organisation=resolution.issuer.organisation if resolution.issuer else None,
        organisation_name=org.name if org is not None else None,
        resolution=resolution.id,
        term=str(term) if term is not None else None,
        n=n,
        indicator=target.indicator,
        key=key.value if key is not None else None,
        qualifier=target.qualifier.value,
        target=str(target.value) if target.value is not None else None,
        target_low=target.value.low if target.value is not None else None,
        target_high=target.value.high if target.value is not None else None,
        unit=target.unit,
        year=target.year,
        achieved=achieved,
        achieved_low=converted.low if converted is not None else None,
        achieved_high=converted.high if converted is not None else None,
        measured=result.when if result is not None else None,
        estimated=result.estimated if result is not None else False,
        reported_in=result.reported_in if result is not None else None,
        source=urls[0] if urls else None,
        status=target_status(target),
    )


def rows_for(
    resolution: Resolution, organisation: Organisation | None = None
) -> list[ScorecardRow]:
    """The scorecard rows of one resolution (``organisation`` names its issuer in the rows)."""
    return [_row(resolution, n, t, organisation) for n, t in enumerate(resolution.targets, 1)]


def scorecard(
    corpus: Corpus,
    *,
    indicator: IndicatorKey | str | None = None,
    term: Term | str | None = None,
    organisation: str | None = None,
    resolution: str | None = None,
) -> list[ScorecardRow]:
    """Every target of every resolution in the corpus with its result and status.

    Rows come in corpus order, targets in the order of their resolution. Filters combine.

    Args:
        corpus: The records.
        indicator: Keep targets with this normalised key ("grdp-growth").
        term: Keep targets of this term ("2020 - 2025").
        organisation: Keep resolutions issued by this organisation id.
        resolution: Keep this resolution id.

    Raises:
        ValueError: on an unknown indicator key or a malformed term.

    Example:
        >>> from vnpartydoc.corpus import load_corpus
        >>> corpus, _ = load_corpus(["examples"])  # doctest: +SKIP
        >>> rows = scorecard(corpus, indicator="grdp-growth", term="2020 - 2025")  # doctest: +SKIP
    """
    key = IndicatorKey(indicator) if indicator is not None else None
    wanted = str(Term.parse(str(term))) if term is not None else None
    orgs = {o.id: o for o in reversed(corpus.organisations)}
    rows = []
    for doc in corpus.documents:
        if not isinstance(doc, Resolution) or resolution not in (None, doc.id):
            continue
        org_id = doc.issuer.organisation if doc.issuer else None
        if organisation is not None and org_id != organisation:
            continue
        org = orgs.get(org_id) if org_id is not None else None
        for n, target in enumerate(doc.targets, start=1):
            row = _row(doc, n, target, org)
            if (key is None or row.key == key.value) and (wanted is None or row.term == wanted):
                rows.append(row)
    return rows
