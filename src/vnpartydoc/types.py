"""Value types: document numbers, terms, partial dates, Vietnamese numbers and ranges.

Each type parses the forms found in real text, normalises while validating, prints one
canonical form, and round-trips: ``T.parse(str(x)) == x``. Each also plugs into pydantic
(validation from a string or an instance, serialisation to the canonical string, a JSON Schema
``string`` with a pattern).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, ClassVar, Self

from pydantic_core import PydanticCustomError, core_schema

from vnpartydoc.enums import DatePrecision
from vnpartydoc.patterns import (
    CANONICAL_DOCUMENT_NUMBER,
    CANONICAL_ISO_DATE,
    CANONICAL_QUANTITY,
    DASH,
    DASH_CLASS,
    DAY,
    EN_DASH,
    MAGNITUDE,
    MAX_EXPONENT,
    MONTH,
    NUMBER_LABEL,
    VN_NUMBER,
    YEAR,
    document_number,
    numeric_date,
    year_span,
)
from vnpartydoc.text import collapse_ws, from_roman, to_nfc, to_roman

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue

__all__ = [
    "DocumentNumber",
    "InvalidValueError",
    "PartialDate",
    "Quantity",
    "Term",
    "format_place_date",
    "format_vn_date",
    "format_vn_number",
    "parse_ordinal",
    "parse_vn_number",
]

DOCUMENT_NUMBER_RE = re.compile(f"^{NUMBER_LABEL}{document_number(groups=True)}$")
# "(nhiệm kỳ 2020-2025)": the words and the brackets are optional.
TERM_RE = re.compile(rf"^\(?\s*(?:nhiệm\s+kỳ\s*)?{year_span(groups=True)}\s*\)?$", re.IGNORECASE)
ISO_DATE_RE = re.compile(rf"^(?P<y>{YEAR})(?:-(?P<m>\d{{2}})(?:-(?P<d>\d{{2}}))?)?$")
DATE_RES = (
    ISO_DATE_RE,
    *(
        re.compile(f"^{form}$")
        for form in (
            rf"(?:ngày\s+)?{numeric_date(groups=True)}",
            rf"(?:ngày\s+(?P<d>{DAY})\s+)?tháng\s+(?P<m>{MONTH})\s*(?:năm\s+|/\s*)(?P<y>{YEAR})",
            rf"năm\s+(?P<y>{YEAR})",
        )
    ),
)
"""The date forms :meth:`PartialDate.parse` reads, in the order it tries them: ISO, numeric
("25/9/2020"), in words ("ngày 25 tháng 9 năm 2020", "tháng 9/2020"), a year ("năm 2025")."""
VN_NUMBER_RE = re.compile(rf"^[+-]?(?:{VN_NUMBER})$")
MEASURE_RE = re.compile(
    rf"^(?P<value>[+-]?\d[\d.,]*(?:\s*{DASH_CLASS}\s*[+-]?\d[\d.,]*)?)\s*(?P<unit>\S.*)?$"
)
RANGE_SPLIT_RE = re.compile(
    rf"^(?P<low>[+-]?[^{DASH}\s]+)\s*{DASH_CLASS}\s*(?P<high>[+-]?[^{DASH}\s]+)$"
)  # each end may carry a sign: "-1–0" is the range from -1 to 0


def _custom(code: str, message: str, value: object) -> PydanticCustomError:
    """A pydantic error whose message shows the value as ``{value}`` (its repr, shortened)."""
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return PydanticCustomError(code, message, {"value": shown})


class _ParseCache(dict[Any, Any]):
    """Parsed values by their input, filled on a miss and emptied when full.

    pydantic-core calls the C-level ``dict.__getitem__`` of this cache: a value seen before
    ("2020 - 2025", "6,5–7") costs a lookup, with no Python frame. Failed parses are not kept.
    """

    __slots__ = ("_parse",)
    SIZE: ClassVar[int] = 16384

    def __init__(self, parse: Callable[[Any], Any]) -> None:
        super().__init__()
        self._parse = parse

    def __missing__(self, key: Any) -> Any:
        value = self._parse(key)
        if len(self) >= self.SIZE:
            self.clear()
        self[key] = value
        return value


def value_schema(
    validate: Callable[[Any], Any], *, numbers: bool = False, kind: type | None = None
) -> core_schema.CoreSchema:
    """Core schema of a value type: parse strings (and numbers), serialise with ``str``.

    From JSON, values are strings (or whole numbers) and go through a cache of parsed results
    that pydantic-core reads directly: the same "2020 - 2025" or "6,5–7" is parsed once, not once
    per document. From Python, instances pass through and other inputs are parsed.

    Args:
        validate: Turns an input into the value, raising ``PydanticCustomError`` if it cannot.
        numbers: Also take JSON whole numbers (numbers with a fraction are refused here:
            pydantic reads them as doubles, which would round "0.1000000000000000055"; the
            loaders read them exactly instead).
        kind: The value's class, when ``validate`` returns its instances as they are: they
            then pass without a call to ``validate`` (one Python call fewer per value).
    """
    cache = _ParseCache(validate)
    accepted: core_schema.CoreSchema = core_schema.str_schema(strict=True)
    if numbers:
        accepted = core_schema.union_schema(
            [accepted, core_schema.int_schema(strict=True)],
            mode="left_to_right",
            custom_error_type="value_type",
            custom_error_message="expected a string or a whole number",
        )
    lookup = cache.__getitem__
    return core_schema.json_or_python_schema(
        json_schema=core_schema.chain_schema(
            [accepted, core_schema.no_info_plain_validator_function(lookup)]
        ),
        python_schema=core_schema.no_info_plain_validator_function(
            (lambda value: lookup(value) if value.__class__ is str else validate(value))
            if kind is None
            else (
                lambda value: (
                    value
                    if value.__class__ is kind
                    else lookup(value)
                    if value.__class__ is str
                    else validate(value)
                )
            )
        ),
        serialization=core_schema.to_string_ser_schema(),
    )


class InvalidValueError(ValueError):
    """A value type cannot read its input; ``code`` is the issue code that says why.

    Example:
        >>> try:
        ...     Term.parse("2025 - 2020")
        ... except InvalidValueError as exc:
        ...     print(exc.code)
        term_order
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        """Stable issue code, e.g. ``date_invalid`` (see :mod:`vnpartydoc.codes`)."""


class _ValueType:
    """The pydantic hooks the value types share (see :func:`value_schema`).

    A value type sets :attr:`JSON_PATTERN` and :attr:`JSON_EXAMPLES` for its JSON Schema and
    defines ``_read`` (an input other than an instance → the value, or
    ``PydanticCustomError``).
    """

    __slots__ = ()
    JSON_PATTERN: ClassVar[str]
    """Pattern of the value's string form in the JSON Schema."""
    JSON_EXAMPLES: ClassVar[tuple[str, ...]]
    """Examples of the string form in the JSON Schema."""
    FROM_NUMBERS: ClassVar[bool] = False
    """Whether JSON whole numbers are read too (a year, a quantity)."""

    @classmethod
    def _validate(cls, value: object) -> Self:
        return value if isinstance(value, cls) else cls._read(value)

    @classmethod
    def _read(cls, value: object) -> Self:
        """Make the value from another input, or raise ``PydanticCustomError``."""
        raise NotImplementedError  # pragma: no cover - every value type defines it

    @classmethod
    def _json_schema(cls) -> JsonSchemaValue:
        return {"type": "string", "pattern": cls.JSON_PATTERN, "examples": list(cls.JSON_EXAMPLES)}

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return value_schema(cls._validate, numbers=cls.FROM_NUMBERS, kind=cls)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return cls._json_schema()


# --------------------------------------------------------------------------- document numbers


@dataclass(frozen=True, slots=True, order=True)
class DocumentNumber(_ValueType):
    """Number and symbol of a Party document (`số và ký hiệu`): ``01-NQ/TU``.

    Example:
        >>> n = DocumentNumber.parse("Số: 21 – NQ/TW")
        >>> (n.seq, n.kind_code, n.issuer_code, str(n))
        (21, 'NQ', 'TW', '21-NQ/TW')
    """

    seq: int
    kind_code: str
    issuer_code: str

    JSON_PATTERN: ClassVar[str] = f"^{CANONICAL_DOCUMENT_NUMBER}$"  # what str() prints
    JSON_EXAMPLES: ClassVar[tuple[str, ...]] = ("01-NQ/TU",)

    @classmethod
    def parse(cls, text: str) -> Self:
        """Parse "01-NQ/TU", "Số: 01-NQ/TU" or "21 – NQ/TW".

        Raises:
            InvalidValueError: ``document_number_format`` if ``text`` is not a Party document
                number.
        """
        match = DOCUMENT_NUMBER_RE.match(collapse_ws(to_nfc(text)))
        if match is None:
            raise InvalidValueError(
                "document_number_format",
                f"invalid document number {text!r}; expected like '01-NQ/TU'",
            )
        return cls(int(match["seq"]), match["kind"], match["issuer"])

    def __str__(self) -> str:
        return f"{self.seq:02d}-{self.kind_code}/{self.issuer_code}"

    @property
    def symbol(self) -> str:
        """The symbol without the sequence number, e.g. ``NQ/TU``."""
        return f"{self.kind_code}/{self.issuer_code}"

    @classmethod
    def _read(cls, value: object) -> Self:
        if isinstance(value, str):
            try:
                return cls.parse(value)
            except InvalidValueError:
                pass
        raise _custom(
            "document_number_format",
            "invalid document number {value}; expected like '01-NQ/TU'",
            value,
        )


# --------------------------------------------------------------------------------------- terms


@dataclass(frozen=True, slots=True, order=True)
class Term(_ValueType):
    """A term of office (`nhiệm kỳ`) as a pair of years; prints "2020 - 2025".

    Example:
        >>> str(Term.parse("2020–2025"))
        '2020 - 2025'
    """

    start_year: int
    end_year: int

    JSON_PATTERN: ClassVar[str] = r"^[0-9]{4} - [0-9]{4}$"  # canonical: what str() prints
    JSON_EXAMPLES: ClassVar[tuple[str, ...]] = ("2020 - 2025",)

    @classmethod
    def parse(cls, text: str) -> Self:
        """Parse "2020 - 2025", "2020-2025", "2020–2025" or "(nhiệm kỳ 2020-2025)".

        Raises:
            InvalidValueError: ``term_format`` if the text is not a pair of years,
                ``term_order`` if the end is not after the start.
        """
        match = TERM_RE.match(collapse_ws(to_nfc(text)))
        if match is None:
            raise InvalidValueError(
                "term_format", f"invalid term {text!r}; expected like '2020 - 2025'"
            )
        start, end = int(match["start"]), int(match["end"])
        if end <= start:
            raise InvalidValueError("term_order", f"term {text!r} ends before it starts")
        return cls(start, end)

    def __str__(self) -> str:
        return f"{self.start_year:04d} - {self.end_year:04d}"  # "0220 - 2025" parses back

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.start_year <= year <= self.end_year

    @classmethod
    def _read(cls, value: object) -> Self:
        if not isinstance(value, str):
            raise _custom("term_format", "invalid term {value}; expected like '2020 - 2025'", value)
        match = TERM_RE.match(collapse_ws(to_nfc(value)))
        if match is None:
            raise _custom("term_format", "invalid term {value}; expected like '2020 - 2025'", value)
        start, end = int(match["start"]), int(match["end"])
        if end <= start:
            raise _custom("term_order", "term {value} must end after it starts", value)
        return cls(start, end)


# ------------------------------------------------------------------------------- partial dates


@dataclass(frozen=True, slots=True)
class PartialDate(_ValueType):
    """A date known to the day, the month or only the year; stored as ISO "2020-09-25".

    Parses ISO ("2020-09-25", "2020-09", "2020"), day-first numeric dates ("25/9/2020",
    "9-8-2019"), and the long Vietnamese forms ("ngày 25 tháng 9 năm 2020", "tháng 9/2020",
    "năm 2025").

    Example:
        >>> d = PartialDate.parse("ngày 25 tháng 9 năm 2020")
        >>> (str(d), d.precision.value)
        ('2020-09-25', 'day')
    """

    year: int
    month: int | None = None
    day: int | None = None

    JSON_PATTERN: ClassVar[str] = f"^{CANONICAL_ISO_DATE}$"
    JSON_EXAMPLES: ClassVar[tuple[str, ...]] = ("2020-09-25", "2020-09", "2020")
    FROM_NUMBERS: ClassVar[bool] = True

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise InvalidValueError(
                "date_invalid", f"year {self.year!r} out of range; expected 1 to 9999"
            )
        if self.month is None:
            if self.day is not None:
                raise InvalidValueError("date_invalid", "a date with a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise InvalidValueError(
                "date_invalid", f"month {self.month!r} out of range; expected 1 to 12"
            )
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise InvalidValueError(
                    "date_invalid",
                    f"day {self.day!r} does not exist in {self.month:02d}/{self.year}; "
                    f"expected 1 to {last}",
                )

    @classmethod
    def parse(cls, text: str) -> Self:
        """Parse any supported form.

        Raises:
            InvalidValueError: ``date_format`` if the text is not a date, ``date_invalid`` if it
                names a day that does not exist.
        """
        clean = collapse_ws(to_nfc(text)).lower()
        for pattern in DATE_RES:
            match = pattern.match(clean)
            if match is not None:
                parts = match.groupdict()
                month, day = parts.get("m"), parts.get("d")
                return cls(
                    int(parts["y"]),
                    int(month) if month else None,
                    int(day) if day else None,
                )
        raise InvalidValueError(
            "date_format", f"invalid date {text!r}; expected like '2020-09-25' or '25/9/2020'"
        )

    @classmethod
    def from_date(cls, value: dt.date) -> Self:
        """Make a day-precision date from a :class:`datetime.date`."""
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> DatePrecision:
        """Whether the day, the month or only the year is known."""
        if self.day is not None:
            return DatePrecision.DAY
        return DatePrecision.MONTH if self.month is not None else DatePrecision.YEAR

    def earliest(self) -> dt.date:
        """The first day the date may stand for."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day the date may stand for."""
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __lt__(self, other: PartialDate) -> bool:
        return self.earliest() < other.earliest()

    def __le__(self, other: PartialDate) -> bool:
        return self.earliest() <= other.earliest()

    def vietnamese(self, *, padded: bool = False) -> str:
        """Print in words: "ngày 25 tháng 9 năm 2020", "tháng 9 năm 2020", "năm 2020".

        With ``padded`` the place-and-date rule applies: days 1–9 and months 1–2 take a leading
        zero ("ngày 06 tháng 02 năm 2017", "ngày 03 tháng 4 năm 2018").
        """
        if self.month is None:
            return f"năm {self.year}"
        month = f"{self.month:02d}" if padded and self.month <= 2 else str(self.month)
        if self.day is None:
            return f"tháng {month} năm {self.year}"
        day = f"{self.day:02d}" if padded else str(self.day)
        return f"ngày {day} tháng {month} năm {self.year}"

    @classmethod
    def _read(cls, value: object) -> Self:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls.from_date(value)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str):
            match = ISO_DATE_RE.match(value)
            try:
                if match is not None:
                    m, d = match["m"], match["d"]
                    return cls(int(match["y"]), int(m) if m else None, int(d) if d else None)
                return cls.parse(value)
            except InvalidValueError as exc:
                if exc.code != "date_format":
                    raise PydanticCustomError(
                        exc.code, "{reason}", {"value": value, "reason": str(exc)}
                    ) from exc
        raise _custom(
            "date_format",
            "invalid date {value}; expected like '2020-09-25' or '25/9/2020'",
            value,
        )


def format_vn_date(value: PartialDate | dt.date) -> str:
    """Print a date the way running text does: "ngày 25 tháng 9 năm 2020"."""
    date = value if isinstance(value, PartialDate) else PartialDate.from_date(value)
    return date.vietnamese()


def format_place_date(place: str, value: PartialDate | dt.date) -> str:
    """Print the place-and-date line: "Hà Nội, ngày 06 tháng 02 năm 2017".

    Days 1–9 and months 1–2 are zero-padded; months 3–12 are not (HD 36-HD/VPTW).
    """
    date = value if isinstance(value, PartialDate) else PartialDate.from_date(value)
    return f"{place}, {date.vietnamese(padded=True)}"


# ----------------------------------------------------------------------------------- numbers


def parse_vn_number(text: str) -> Decimal:
    """Parse a number in Vietnamese notation exactly: "164.000" → 164000, "6,5" → 6.5.

    A dot groups thousands and a comma is the decimal mark. A dot followed by one or two digits
    ("6.5") is rejected: it is probably an English-style copy and would be misread.

    Raises:
        InvalidValueError: ``number_format`` if the text is not a number in this notation.
    """
    clean = to_nfc(text).strip()
    if VN_NUMBER_RE.match(clean) is None:
        raise InvalidValueError(
            "number_format",
            f"invalid number {text!r}; expected Vietnamese notation like '164.000' or '6,5'",
        )
    try:
        return Decimal(clean.replace(".", "").replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the patterns admit only digits
        raise InvalidValueError("number_format", f"invalid number {text!r}") from exc


def format_vn_number(value: Decimal | int) -> str:
    """Print a number in Vietnamese notation: 164000 → "164.000", 6.5 → "6,5"."""
    text = format(Decimal(value), "f")
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = sign + ".".join(groups)
    return f"{out},{fraction}" if fraction else out


@dataclass(frozen=True, slots=True)
class Quantity(_ValueType):
    """A value or a range in Vietnamese notation: "43", "6,5–7", "164.000–176.000".

    Example:
        >>> q = Quantity.parse("164.000-176.000")
        >>> (q.low, q.high, str(q))
        (Decimal('164000'), Decimal('176000'), '164.000–176.000')
    """

    low: Decimal
    high: Decimal

    JSON_PATTERN: ClassVar[str] = f"^{CANONICAL_QUANTITY}$"  # what str() prints
    JSON_EXAMPLES: ClassVar[tuple[str, ...]] = ("6,5–7", "164.000–176.000", "43")
    FROM_NUMBERS: ClassVar[bool] = True

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise InvalidValueError(
                "range_order",
                f"range starts at {format_vn_number(self.low)} but ends at "
                f"{format_vn_number(self.high)}; expected low ≤ high",
            )

    @classmethod
    def parse(cls, text: str) -> Self:
        """Parse one number or a range of two, joined by a hyphen or a dash.

        Raises:
            InvalidValueError: ``number_format`` on a malformed number, ``range_order`` on a
                range whose low end exceeds its high end.
        """
        clean = collapse_ws(to_nfc(text))
        match = RANGE_SPLIT_RE.match(clean)
        if match is None:
            value = parse_vn_number(clean)
            return cls(value, value)
        return cls(parse_vn_number(match["low"]), parse_vn_number(match["high"]))

    @classmethod
    def parse_measure(cls, text: str) -> tuple[Self, str | None]:
        """Parse a value or range followed by its unit: "164.000–176.000 tỷ đồng", "6,5%".

        Example:
            >>> q, unit = Quantity.parse_measure("6,5–7 %")
            >>> (str(q), unit)
            ('6,5–7', '%')

        Raises:
            InvalidValueError: ``number_format`` if the text does not start with a number in
                Vietnamese notation.
        """
        match = MEASURE_RE.match(collapse_ws(to_nfc(text)))
        if match is None:
            raise InvalidValueError(
                "number_format", f"invalid measure {text!r}; expected like '6,5–7 %'"
            )
        return cls.parse(match["value"]), match["unit"]

    @classmethod
    def of(cls, value: Decimal | int | str) -> Self:
        """Make a single-value quantity."""
        number = value if isinstance(value, Decimal) else Decimal(value)
        return cls(number, number)

    @property
    def is_range(self) -> bool:
        """Whether the quantity is a range rather than one value."""
        return self.low != self.high

    def __str__(self) -> str:
        if self.low == self.high and str(self.low) == str(self.high):
            return format_vn_number(self.low)
        return f"{format_vn_number(self.low)}{EN_DASH}{format_vn_number(self.high)}"

    @classmethod
    def _read(cls, value: object) -> Self:
        if isinstance(value, bool):
            raise _custom("number_format", "expected a number or range, got {value}", value)
        if isinstance(value, int | float | Decimal):
            number = value if isinstance(value, Decimal) else Decimal(str(value))
            if not number.is_finite():
                raise _custom("number_format", "expected a finite number, got {value}", value)
            if number and abs(number.adjusted()) > MAX_EXPONENT:
                raise _custom(
                    "number_out_of_range",
                    f"number {{value}} out of range; expected {MAGNITUDE}",
                    value,
                )
            return cls.of(number)
        if isinstance(value, str):
            try:
                return cls.parse(value)
            except InvalidValueError as exc:
                raise PydanticCustomError(
                    exc.code, "{reason}", {"value": value, "reason": str(exc)}
                ) from exc
        raise _custom("number_format", "expected a number or range, got {value}", value)

    @classmethod
    def _json_schema(cls) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": cls.JSON_PATTERN,
            "examples": list(cls.JSON_EXAMPLES),
        }


# ---------------------------------------------------------------------------------- ordinals


def parse_ordinal(value: object) -> int:
    """Read a congress ordinal from an int, a digit string or a Roman numeral ("XI" → 11).

    Raises:
        PydanticCustomError: ``ordinal_format`` when the value is none of these, and
            ``ordinal_range`` when it is below 1 or above 3999 (no Roman numeral).
    """
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str):
        clean = value.strip()
        if clean.isascii() and clean.isdigit():
            number = int(clean) if len(clean) <= 6 else MAX_ORDINAL + 1
        else:
            try:
                number = from_roman(clean)
            except ValueError:
                number = None
    if number is None:
        raise _custom(
            "ordinal_format", "invalid ordinal {value}; expected an integer or 'XI'", value
        )
    if not 1 <= number <= MAX_ORDINAL:
        raise _custom("ordinal_range", "ordinal {value} must be from 1 to 3999", value)
    return number


MAX_ORDINAL = 3999
"""Largest ordinal: the largest number Roman numerals write."""


def roman(number: int) -> str:
    """Print an ordinal in Roman numerals, as congresses are numbered ("XI")."""
    return to_roman(number)
