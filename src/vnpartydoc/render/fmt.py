"""Dates, numbers and quantities written the way each label language writes them.

Vietnamese uses the forms of Party documents ("ngày 25 tháng 9 năm 2020", "6,5–7",
"164.000"); English uses "25 September 2020", "6.5–7", "164,000". Outputs are plain text, to be
escaped by the caller.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from vnpartydoc.patterns import EN_DASH
from vnpartydoc.types import format_place_date, format_vn_number

if TYPE_CHECKING:
    from vnpartydoc.enums import Language
    from vnpartydoc.types import PartialDate, Quantity

__all__ = ["date", "date_range", "number", "place_date", "quantity", "short_date"]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def date(value: PartialDate, language: Language) -> str:
    """A date in words: "ngày 25 tháng 9 năm 2020" / "25 September 2020"."""
    if language == "vi":
        return value.vietnamese()
    if value.month is None:
        return str(value.year)
    month = f"{_MONTHS[value.month - 1]} {value.year}"
    return month if value.day is None else f"{value.day} {month}"


def short_date(value: PartialDate, language: Language) -> str:
    """A date for tables: "25/9/2020" / "2020-09-25" (month or year only when that is known)."""
    if language == "en":
        return str(value)
    if value.month is None:
        return str(value.year)
    month_year = f"{value.month}/{value.year}"
    return month_year if value.day is None else f"{value.day}/{month_year}"


def place_date(place: str | None, value: PartialDate | None, language: Language) -> str | None:
    """The place-and-date line ("An Giang, ngày 25 tháng 9 năm 2020"), or what is known of it."""
    if value is None:
        return place
    if place is None:
        return date(value, language)
    if language == "vi":
        return format_place_date(place, value)
    return f"{place}, {date(value, language)}"


def date_range(start: PartialDate, end: PartialDate, language: Language) -> str:
    """A span of days: "từ ngày 23 đến ngày 25 tháng 9 năm 2020" / "23–25 September 2020"."""
    if start == end:
        return date(start, language)
    same_month = start.year == end.year and start.month == end.month and start.month is not None
    both_days = start.day is not None and end.day is not None
    if language == "vi":
        if same_month and both_days:
            return f"từ ngày {start.day} đến {end.vietnamese()}"
        if start.year == end.year and both_days:
            return f"từ ngày {start.day} tháng {start.month} đến {end.vietnamese()}"
        return f"từ {start.vietnamese()} đến {end.vietnamese()}"
    if same_month and both_days:
        return f"{start.day}{EN_DASH}{date(end, language)}"
    return f"{date(start, language)} {EN_DASH} {date(end, language)}"


def number(value: Decimal | int, language: Language) -> str:
    """A number: "1.587" / "1,587", "6,5" / "6.5"."""
    if language == "vi":
        return format_vn_number(value)
    text = format(Decimal(value), "f")
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    grouped = f"{int(whole):,}"
    return f"{sign}{grouped}.{fraction}" if fraction else f"{sign}{grouped}"


def quantity(value: Quantity, language: Language) -> str:
    """A value or range: "6,5–7" / "6.5–7"."""
    if language == "vi":
        return str(value)
    if not value.is_range and str(value.low) == str(value.high):
        return number(value.low, language)
    return f"{number(value.low, language)}{EN_DASH}{number(value.high, language)}"
