"""How a result read from a text fits a known target: wording, period and unit.

The pure rules of :mod:`vnpartydoc.extract.achieved`, each testable alone:

- :func:`read_when`: the period or year a result covers, from its sentence;
- :func:`clean_indicator`: the indicator without the period it starts with or "ước" it ends with;
- :func:`window` and :func:`in_window`: the years a target covers, and whether a result's
  period ends inside them;
- :func:`unit_fit` and :func:`own_unit`: whether a result's unit is the target's (at another
  scale, or with a denominator the indicator implies), and the unit the result then carries.

Example:
    >>> unit_fit("nghìn tỷ đồng", "tỷ đồng", None)
    'scaled'
    >>> unit_fit("%", "%/năm", None) is None
    True
    >>> unit_fit("triệu đồng", "triệu đồng/người/năm", IndicatorKey.GRDP_PER_HEAD)
    'implied'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from vnpartydoc.extract.ids import congress_id
from vnpartydoc.extract.scan import slug  # cached: a corpus repeats its wordings
from vnpartydoc.indicators import INDICATORS, IndicatorKey, completes, parse_unit
from vnpartydoc.patterns import DASH_CLASS, YEAR, year_span
from vnpartydoc.types import Term

if TYPE_CHECKING:
    from vnpartydoc.models import Congress, Resolution, Result, Target

__all__ = [
    "UnitFit",
    "When",
    "clean_indicator",
    "in_window",
    "is_estimate",
    "own_unit",
    "previous_congress",
    "rank",
    "read_when",
    "same_wording",
    "unit_fit",
    "window",
    "wording",
]

UnitFit = Literal["same", "scaled", "implied"]
"""How a result's unit fits its target's: the same unit, the same at another scale ("nghìn tỷ
đồng" for "tỷ đồng"), or the target's without denominators the indicator implies."""

PERIOD_RE = re.compile(
    rf"(?P<span>{year_span(groups=True)})|(?i:năm)\s+(?P<year>{YEAR})(?!\s*{DASH_CLASS}\s*\d)"
)
"""A period ("2020 - 2025") or a year ("năm 2024") that dates the values after it."""
COMPARED_RE = re.compile(
    r"(?i:so\s+với(?:\s+(?:cùng\s+kỳ|cuối|đầu))?|so|lần|gấp)\s+(?i:năm\s+|giai\s+đoạn\s+|nhiệm\s+kỳ\s+)?$"
)
"""What makes a period a baseline, not the time of the value: "tăng 5 % so với năm 2020",
"gấp 1,5 lần năm 2020", "so với giai đoạn 2015 - 2020"."""
SENTENCE_END_RE = re.compile(r"[.!?](?=\s)")
"""Where a sentence ends in a line: a stop before a space (not "41.303")."""
ESTIMATE_RE = re.compile(r"(?<!\w)(?i:ước)(?!\w)")
""""ước đạt", "ước tính", "ước thực hiện": the value is an estimate."""
LEAD_RE = re.compile(
    r"^(?:[^:]{1,40}:\s+)?"
    rf"(?:(?i:nhiệm\s+kỳ|giai\s+đoạn|đến\s+năm|năm)\s+(?:{year_span()}|{YEAR})\s*,?\s*)?"
)
"""What the indicator wording may start with that is no part of it: the tail of a list heading
("đề ra: tỷ lệ đô thị hóa") and a period ("Nhiệm kỳ 2020 - 2025, GRDP …")."""
TAIL_RE = re.compile(r"\s+(?i:ước(?:\s+tính|\s+thực\s+hiện)?)$")
""""ước" left at the end of the wording when "đạt" was cut off."""
_PERIOD_WORDS_RE = re.compile(r"-(?:5-nam|nam-nam|binh-quan|giai-doan|ca-nhiem-ky)(?=-)")
"""Words that say how a value is counted, not what it measures ("5 năm", "bình quân")."""


@dataclass(frozen=True, slots=True)
class When:
    """The period or the year a result covers, and whether it was inferred, not printed."""

    period: Term | None = None
    year: int | None = None
    inferred: bool = False

    @property
    def end(self) -> int | None:
        """The last year covered."""
        return self.period.end_year if self.period is not None else self.year


def read_when(text: str, start: int) -> When | None:
    """The period or year printed nearest before ``start`` in its sentence; None if none.

    Example:
        >>> read_when("Nhiệm kỳ 2020 - 2025, GRDP ước đạt 72,5 triệu đồng", 35)
        When(period=Term(start_year=2020, end_year=2025), year=None, inferred=False)
    """
    line = text.rfind("\n", 0, start) + 1  # a sentence does not run across lines
    begin = max((m.end() for m in SENTENCE_END_RE.finditer(text, line, start)), default=line)
    last = None
    for found in PERIOD_RE.finditer(text, begin, start):
        if COMPARED_RE.search(text, max(begin, found.start() - 30), found.start()) is None:
            last = found  # the last one that is not a baseline counts
    if last is None:
        return None
    if last["year"]:
        return When(year=int(last["year"]))
    first, end = int(last["start"]), int(last["end"])
    return When(period=Term(first, end)) if first < end else None


def clean_indicator(indicator: str) -> tuple[str, bool]:
    """The indicator wording alone, and whether it ended in "ước" (an estimate).

    What leads it (:data:`LEAD_RE`) and a trailing "ước" are taken off.

    Example:
        >>> clean_indicator("Nhiệm kỳ 2020 - 2025, GRDP bình quân đầu người ước")
        ('GRDP bình quân đầu người', True)
        >>> clean_indicator("đề ra: tỷ lệ đô thị hóa")
        ('tỷ lệ đô thị hóa', False)
    """
    cleaned = LEAD_RE.sub("", indicator, count=1) or indicator
    bare = TAIL_RE.sub("", cleaned)
    return (bare or indicator), bare != cleaned


def is_estimate(printed: str) -> bool:
    """Whether the printed clause says the value is an estimate ("ước đạt", "ước tính")."""
    return ESTIMATE_RE.search(printed) is not None


def same_wording(a: str, b: str) -> bool:
    """Whether two indicator wordings name the same thing, "5 năm" and "bình quân" aside."""
    return wording(a) == wording(b)


def wording(indicator: str) -> str:
    """The words of an indicator that say what it measures, as a slug ("-so-xa-dat-chuan-")."""
    return _PERIOD_WORDS_RE.sub("", f"-{slug(indicator)}-")


def window(target: Target, resolution: Resolution) -> Term | None:
    """The years a target covers.

    Its period; else the resolution's term when the target falls due in it; else from the end
    of that term to the target's year ("đến năm 2030"); for a resolution without a term, the
    five years (a congress term) before the target's year.
    """
    if target.period is not None:
        return target.period
    term, year = resolution.term, target.year
    if term is None:
        return Term(year - 5, year) if year is not None else None
    if year is None or year in term:
        return term
    return Term(term.end_year, year) if year > term.end_year else None


def in_window(when: When, years: Term | None) -> bool:
    """Whether a result covering ``when`` reports on a target covering ``years``.

    The result's last year lies in the target's years, after the first (the first year is the
    baseline the term starts from). An undated result fits any target.
    """
    end = when.end
    if end is None:
        return True
    return years is not None and years.start_year < end <= years.end_year


def unit_fit(unit: str | None, target_unit: str | None, key: IndicatorKey | None) -> UnitFit | None:
    """How the result's ``unit`` fits the target's; None when it does not convert."""
    if unit is None or target_unit is None:
        return "same" if unit == target_unit else None
    if unit == target_unit:
        return "same"
    have, want = parse_unit(unit), parse_unit(target_unit)
    if have.base == want.base:
        return "scaled"
    return "implied" if _implied(have.base, want.base, key) else None


def _implied(base: str, target_base: str, key: IndicatorKey | None) -> bool:
    """Whether ``base`` is ``target_base`` with some of the key's implied denominators left out.

    The denominators are :attr:`vnpartydoc.indicators.Indicator.implied_per`.
    """
    return key is not None and completes(base, target_base, INDICATORS[key].implied_per)


def own_unit(unit: str | None, target_unit: str | None, fit: UnitFit) -> str | None:
    """The ``unit`` a result carries: None in the target's unit, else its own at another scale.

    An implied unit takes the target's full unit at the printed scale ("triệu đồng" for
    "triệu đồng/người/năm" is that unit; "tỷ đồng" would be "tỷ đồng/người/năm").
    """
    if unit is None or target_unit is None or fit == "same":
        return None
    if fit == "implied":
        have, want = parse_unit(unit), parse_unit(target_unit)
        if have.exponent == want.exponent:
            return None
        words = unit.split()
        scale = words[: len(words) - len(have.base.split())]  # the words parse_unit took off
        return " ".join([*scale, want.base])
    return unit


def rank(result: Result) -> tuple[int, bool]:
    """How late a result is: the last year it covers, and a final figure after an estimate."""
    end = result.period.end_year if result.period is not None else 0
    if result.measured_on is not None:
        end = result.measured_on.year
    return end, not result.estimated


def previous_congress(focus: Congress, congresses: list[Congress]) -> tuple[str, Term] | None:
    """Id and term of the congress before ``focus``, whose term its past-term results cover.

    A known one's, else the extractor's id for it and the term of the same length that ends
    the year the focus term starts; None before a first congress or when neither term is known.

    Example:
        >>> from vnpartydoc.models import Congress
        >>> xii = Congress.model_validate({"type": "dai-hoi", "ordinal": 12, "term": "2025 - 2030",
        ...     "id": "dai-hoi-dang-bo-tinh-an-giang-xii", "organisation": "dang-bo-tinh-an-giang"})
        >>> previous_congress(xii, [])
        ('dai-hoi-dang-bo-tinh-an-giang-xi', Term(start_year=2020, end_year=2025))
    """
    for congress in congresses:
        same = congress.organisation == focus.organisation
        if same and congress.ordinal == focus.ordinal - 1 and congress.term is not None:
            return congress.id, congress.term
    if focus.term is None:  # no years to count back from
        return None
    start, end = focus.term.start_year, focus.term.end_year
    if focus.ordinal <= 1 or start <= end - start:
        return None
    previous = congress_id(focus.organisation, focus.ordinal - 1)
    return previous, Term(start - (end - start), start)
