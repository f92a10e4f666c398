"""Indicators made comparable: a small vocabulary of common targets, and units that convert.

Congress resolutions name the same indicator in many ways ("tốc độ tăng trưởng GRDP bình quân
5 năm", "tăng trưởng kinh tế (GRDP) bình quân"). A target may carry a normalised ``key`` from
:class:`IndicatorKey`; when it has none, :func:`infer_key` guesses one from the wording. Each
key has a Vietnamese label, the unit values are compared in and the direction in which a value
is better (a poverty rate is better lower).

Units convert only where they are the same unit at another scale: "tỷ đồng", "nghìn tỷ đồng"
and "triệu tỷ đồng" differ by powers of ten, as do "triệu USD" and "tỷ USD". Conversion is exact
(a shift of the decimal exponent, never a rounding). "%" and "%/năm" are different units and
never convert into each other: a level is not a yearly rate.

Example:
    >>> convert(Decimal("5.2"), "tỷ USD", "triệu USD")
    Decimal('5.2E+3')
    >>> infer_key("Tốc độ tăng trưởng GRDP bình quân 5 năm", "%/năm")
    <IndicatorKey.GRDP_GROWTH: 'grdp-growth'>
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from vnpartydoc.text import collapse_ws, slug, to_nfc

__all__ = [
    "INDICATORS",
    "Direction",
    "Indicator",
    "IndicatorKey",
    "Unit",
    "completes",
    "convert",
    "infer_key",
    "parse_unit",
]

Direction = Literal["higher", "lower"]


class IndicatorKey(StrEnum):
    """Normalised key of a common indicator; labels and units are in :data:`INDICATORS`."""

    GRDP_GROWTH = "grdp-growth"
    GRDP_PER_HEAD = "grdp-per-head"
    SOCIAL_INVESTMENT = "social-investment"
    BUDGET_REVENUE = "budget-revenue"
    EXPORT_TURNOVER = "export-turnover"
    URBANISATION = "urbanisation"
    NEW_COUNTRYSIDE_COMMUNES = "new-countryside-communes"
    POVERTY_REDUCTION = "poverty-reduction"
    POVERTY_RATE = "poverty-rate"
    HEALTH_INSURANCE = "health-insurance"
    TRAINED_LABOUR = "trained-labour"
    DOCTORS = "doctors"
    FOREST_COVER = "forest-cover"
    CLEAN_WATER = "clean-water"
    NEW_PARTY_MEMBERS = "new-party-members"

    @property
    def indicator(self) -> Indicator:
        """The vocabulary entry of this key."""
        return INDICATORS[self]


@dataclass(frozen=True, slots=True)
class Indicator:
    """One entry of the vocabulary."""

    key: IndicatorKey
    label: str
    """Vietnamese name, as a page heading."""
    label_en: str
    """English name."""
    unit: str
    """Unit the indicator is compared in; values in convertible units are converted to it."""
    direction: Direction
    """Whether a higher or a lower value is better (for targets without a qualifier)."""
    words: tuple[str, ...]
    """Slugs of wordings that name the indicator ("tang-truong-grdp")."""
    unless: tuple[str, ...] = ()
    """Slugs of wordings that rule it out ("nang-cao" for advanced new-countryside communes)."""
    units: tuple[str, ...] = ()
    """When not empty, the wording names this indicator only with a unit of one of these."""
    implied_per: frozenset[str] = frozenset()
    """Denominators the indicator's name already says, which reports leave out of the unit:
    GRDP per head "đạt 72,5 triệu đồng" is per person and per year."""

    def fits(self, base: str) -> bool:
        """Whether a unit of ``base`` measures this indicator.

        It does when ``base`` is the base of the indicator's unit, or that base with some of
        :attr:`implied_per` left out ("đồng" for "đồng/người/năm").

            >>> INDICATORS[IndicatorKey.GRDP_PER_HEAD].fits("đồng")
            True
            >>> INDICATORS[IndicatorKey.GRDP_PER_HEAD].fits("usd")
            False
        """
        return completes(base, parse_unit(self.unit).base, self.implied_per)


def completes(base: str, full: str, implied: frozenset[str]) -> bool:
    """Whether unit ``base`` is ``full`` itself, or ``full`` with some ``implied`` left out.

    Both are bases as :func:`parse_unit` gives them ("đồng/người/năm").
    """
    if base == full:
        return True
    head, *per = base.split("/")
    full_head, *full_per = full.split("/")
    if head != full_head or not set(per) <= set(full_per):
        return False
    return set(full_per) - set(per) <= implied


_I = Indicator
_K = IndicatorKey
_ENTRIES = (
    _I(_K.GRDP_GROWTH, "Tốc độ tăng trưởng GRDP bình quân", "Average GRDP growth", "%/năm",
       "higher", ("tang-truong-grdp", "tang-truong-kinh-te", "tang-truong-tong-san-pham",
                  "tang-tong-san-pham", "grdp-tang-binh-quan")),
    _I(_K.GRDP_PER_HEAD, "GRDP bình quân đầu người", "GRDP per head", "triệu đồng/người/năm",
       "higher", ("grdp-binh-quan-dau-nguoi", "tong-san-pham-tren-dia-ban-binh-quan-dau-nguoi"),
       implied_per=frozenset({"người", "năm"})),
    _I(_K.SOCIAL_INVESTMENT, "Tổng vốn đầu tư toàn xã hội", "Total social investment",
       "tỷ đồng", "higher", ("von-dau-tu-xa-hoi", "von-dau-tu-toan-xa-hoi",
                             "von-dau-tu-phat-trien-toan-xa-hoi")),
    _I(_K.BUDGET_REVENUE, "Thu ngân sách nhà nước trên địa bàn", "State budget revenue",
       "tỷ đồng", "higher", ("thu-ngan-sach",)),
    _I(_K.EXPORT_TURNOVER, "Kim ngạch xuất khẩu", "Export turnover", "triệu USD", "higher",
       ("kim-ngach-xuat-khau",)),
    _I(_K.URBANISATION, "Tỷ lệ đô thị hóa", "Urbanisation rate", "%", "higher",
       ("do-thi-hoa",)),
    _I(_K.NEW_COUNTRYSIDE_COMMUNES, "Tỷ lệ xã đạt chuẩn nông thôn mới",
       "Share of communes meeting the new-countryside standard", "%", "higher",
       ("xa-dat-chuan-nong-thon-moi", "xa-nong-thon-moi", "xa-dat-chuan-ntm"),
       ("nang-cao", "kieu-mau"), ("%",)),
    _I(_K.POVERTY_REDUCTION, "Mức giảm tỷ lệ hộ nghèo bình quân", "Average fall in the poverty "
       "rate", "%/năm", "higher", ("ho-ngheo",), (), ("%/năm",)),
    _I(_K.POVERTY_RATE, "Tỷ lệ hộ nghèo", "Poverty rate", "%", "lower", ("ho-ngheo",),
       (), ("%",)),
    _I(_K.HEALTH_INSURANCE, "Tỷ lệ dân số tham gia bảo hiểm y tế",
       "Health-insurance coverage", "%", "higher", ("bao-hiem-y-te",)),
    _I(_K.TRAINED_LABOUR, "Tỷ lệ lao động qua đào tạo", "Share of trained workers", "%",
       "higher", ("lao-dong-qua-dao-tao", "lao-dong-duoc-dao-tao")),
    _I(_K.DOCTORS, "Số bác sĩ trên một vạn dân", "Doctors per 10,000 people", "bác sĩ/vạn dân",
       "higher", ("bac-si",), implied_per=frozenset({"vạn dân"})),
    _I(_K.FOREST_COVER, "Tỷ lệ che phủ rừng", "Forest cover", "%", "higher", ("che-phu-rung",)),
    _I(_K.CLEAN_WATER, "Tỷ lệ hộ dân sử dụng nước sạch", "Households with clean water", "%",
       "higher", ("nuoc-sach",)),
    _I(_K.NEW_PARTY_MEMBERS, "Kết nạp đảng viên mới", "New Party members admitted", "đảng viên",
       "higher", ("ket-nap-dang-vien", "ket-nap-moi", "phat-trien-dang-vien")),
)  # fmt: skip
INDICATORS: dict[IndicatorKey, Indicator] = {entry.key: entry for entry in _ENTRIES}
"""The vocabulary, in the order indicators are listed (and matched by :func:`infer_key`)."""


@functools.lru_cache(maxsize=4096)
def infer_key(indicator: str, unit: str | None = None) -> IndicatorKey | None:
    """Guess the key of a target from its indicator wording (and unit, where that decides).

    The first entry of :data:`INDICATORS` whose wording occurs wins; None when none does.
    A unit that does not measure the entry (:meth:`Indicator.fits`) rules the entry out, so a
    GRDP per head "khoảng 3.485 USD" or a one-year growth in "%" gets no key (it could not be
    compared with the others). Results are cached: a corpus repeats the same wordings many times.

        >>> infer_key("GRDP bình quân đầu người", "USD") is None
        True
    """
    words = f"-{slug(indicator)}-"
    dimension = parse_unit(unit).base if unit else None
    for entry in _ENTRIES:
        if not any(f"-{w}-" in words for w in entry.words):
            continue
        if any(f"-{w}-" in words for w in entry.unless):
            continue
        if entry.units and dimension not in {parse_unit(u).base for u in entry.units}:
            continue
        if dimension is not None and not entry.fits(dimension):
            continue
        return entry.key
    return None


# ------------------------------------------------------------------------------------ units

_SCALES = {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9}
_SLASH_RE = re.compile(r"\s*/\s*")


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as a power of ten times a base unit: "nghìn tỷ đồng" is 10^12 × "đồng"."""

    exponent: int
    base: str
    """The unit without its scale words, case-folded, spaces around "/" removed."""

    def convertible(self, other: Unit) -> bool:
        """Whether values convert between the two units (same base unit)."""
        return self.base == other.base


@functools.lru_cache(maxsize=1024)
def parse_unit(text: str) -> Unit:
    """Split a unit into its scale words and base unit.

    Example:
        >>> parse_unit("nghìn tỷ đồng")
        Unit(exponent=12, base='đồng')
        >>> parse_unit("%/năm")
        Unit(exponent=0, base='%/năm')
    """
    words = _SLASH_RE.sub("/", collapse_ws(to_nfc(text))).split(" ")
    exponent = 0
    while len(words) > 1 and words[0].casefold() in _SCALES:
        exponent += _SCALES[words.pop(0).casefold()]
    return Unit(exponent, " ".join(words).casefold())


def convert(value: Decimal, unit: str, to: str) -> Decimal | None:
    """Convert ``value`` from ``unit`` to ``to`` exactly; None when the units do not convert.

    The digits are kept and only the decimal exponent moves, so no precision is lost.
    """
    source, target = parse_unit(unit), parse_unit(to)
    if not source.convertible(target):
        return None
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):  # pragma: no cover - models hold finite numbers only
        return None
    return Decimal((sign, digits, exponent + source.exponent - target.exponent))
