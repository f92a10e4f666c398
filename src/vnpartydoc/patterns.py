r"""Regex fragments shared by the value types, the JSON Schema and the extractor.

Each fact about how Party documents write things is stated here once: which characters stand
for a dash, how a Vietnamese number, a document number and a term of office are written, and
how large a number may be. :mod:`vnpartydoc.types` anchors the fragments to parse whole values
and to publish JSON Schema patterns; :mod:`vnpartydoc.extract` embeds them to find the same
values in running text.

The fragments are strings, not compiled patterns, and use only syntax that Python's ``re`` and
ECMA-262 (the dialect of JSON Schema's ``pattern``) read alike: no named groups, no inline
flags, no possessive quantifiers. Functions that take ``groups=True`` wrap the parts of a value
in Python named groups for the parsers.

Example:
    >>> import re
    >>> re.fullmatch(document_number(groups=True), "25—CT/TU").groupdict()
    {'seq': '25', 'kind': 'CT', 'issuer': 'TU'}
"""

from __future__ import annotations

import re

__all__ = [
    "CANONICAL_DOCUMENT_NUMBER",
    "CANONICAL_ISO_DATE",
    "CANONICAL_QUANTITY",
    "DASH",
    "DASH_CHARS",
    "DASH_CLASS",
    "DAY",
    "EN_DASH",
    "FRACTION",
    "GROUPED_NUMBER",
    "ISSUER_CODE",
    "KIND_CODE",
    "MAGNITUDE",
    "MAX_EXPONENT",
    "MONTH",
    "NUMBER_LABEL",
    "PLAIN_NUMBER",
    "SEQ",
    "THOUSANDS",
    "VN_NUMBER",
    "YEAR",
    "date_in_words",
    "document_number",
    "numeric_date",
    "year_span",
]

# ------------------------------------------------------------------------------------- dashes

EN_DASH = "\u2013"
"""The dash vnpartydoc prints between the ends of a range ("6,5–7")."""
DASH_CHARS = "-\u2010\u2011\u2012\u2013\u2014\u2212"
"""Hyphen-minus and the dashes real text writes in its place: hyphen, non-breaking hyphen,
figure dash, en dash, em dash and minus sign ("21 – NQ/TW", "25—CT/TU", "2020−2025")."""
DASH = re.escape(DASH_CHARS[0]) + DASH_CHARS[1:]
""":data:`DASH_CHARS` as a character-class body, safe anywhere inside ``[...]``."""
DASH_CLASS = f"[{DASH_CHARS}]"
"""One character of :data:`DASH_CHARS`, as a whole class (the hyphen first, so read literally
in every dialect)."""

# ------------------------------------------------------------------------------------ numbers

THOUSANDS = r"(?:\.\d{3})+"
"""Groups of thousands after the leading digits: the dot groups, ".000" in "164.000"."""
FRACTION = r"(?:,\d+)?"
"""An optional decimal part: the comma is the decimal mark, ",5" in "6,5"."""
GROUPED_NUMBER = rf"\d{{1,3}}{THOUSANDS}{FRACTION}"
"""A number with grouped thousands: "164.000", "1.234,5"."""
PLAIN_NUMBER = rf"\d+{FRACTION}"
"""A number without grouping: "43", "6,5"."""
VN_NUMBER = f"{GROUPED_NUMBER}|{PLAIN_NUMBER}"
"""A number in Vietnamese notation, either form (an alternation: wrap it in a group)."""

MAX_EXPONENT = 308
"""Numbers must fit a double: magnitudes up to about 1e308 and, unless 0, from 1e-308.

Larger or smaller numbers are refused (``number_out_of_range``) rather than read as infinity or
zero, as other JSON tools would (RFC 7493), and an exponent like 1e999999999 cannot make
printing the number take gigabytes.
"""
MAGNITUDE = f"a magnitude between 1e-{MAX_EXPONENT} and 1e{MAX_EXPONENT}"
"""What messages about :data:`MAX_EXPONENT` say was expected."""

# ----------------------------------------------------------------------------------- years

YEAR = r"\d{4}"
"""A year, four digits."""


def year_span(*, groups: bool = False) -> str:
    r"""Two years joined by a dash, spaced or not: "2020 - 2025", "2020–2025".

    Args:
        groups: Name the years ``start`` and ``end``.

    Example:
        >>> year_span()
        '\\d{4}\\s*[-‐‑‒–—−]\\s*\\d{4}'
    """
    return rf"{_part('start', YEAR, groups)}\s*{DASH_CLASS}\s*{_part('end', YEAR, groups)}"


# ------------------------------------------------------------------------------------- dates

DAY = r"\d{1,2}"
"""A day of the month, one or two digits."""
MONTH = r"\d{1,2}"
"""A month, one or two digits."""


def numeric_date(*, groups: bool = False, separators: str = "/.-") -> str:
    r"""A day-first numeric date: "25/9/2020", "25.9.2020", "9-8-2019".

    Args:
        groups: Name the parts ``d``, ``m`` and ``y``.
        separators: The characters that may separate the parts (a class body).

    Example:
        >>> numeric_date(separators="/")
        '\\d{1,2}\\s*[/]\\s*\\d{1,2}\\s*[/]\\s*\\d{4}'
    """
    sep = rf"\s*[{separators}]\s*"
    return (
        f"{_part('d', DAY, groups)}{sep}{_part('m', MONTH, groups)}{sep}{_part('y', YEAR, groups)}"
    )


def date_in_words(*, groups: bool = False) -> str:
    r"""A full date in words after "ngày": "25 tháng 9 năm 2020".

    Args:
        groups: Name the parts ``d``, ``m`` and ``y``.
    """
    return (
        rf"{_part('d', DAY, groups)}\s+tháng\s+{_part('m', MONTH, groups)}"
        rf"\s+năm\s+{_part('y', YEAR, groups)}"
    )


# --------------------------------------------------------------------------- document numbers

NUMBER_LABEL = r"(?:[Ss]ố\s*:?\s*)?"
"""The optional "Số" / "số" / "Số:" before a document number."""
SEQ = r"\d{1,5}"
"""A document's sequence number, 1 to 5 digits."""
KIND_CODE = r"[A-ZĐ][A-Za-zĐđ]{0,5}"
"""A document type code: NQ, QĐ, QĐi, CTr, CTHĐ …"""
ISSUER_CODE = r"[A-ZĐ]{1,12}"
"""An issuer code: TW, TU, VPTW, BTCTW, ĐH …"""


def document_number(*, groups: bool = False, seq: str = SEQ) -> str:
    r"""A Party document number: sequence, dash, type code, slash, issuer ("01-NQ/TU").

    Spaces may stand around the dash and the slash ("21 – NQ/TW"), and the dash may be any of
    :data:`DASH_CHARS`.

    Args:
        groups: Name the parts ``seq``, ``kind`` and ``issuer``.
        seq: The pattern of the sequence number, for a caller that must spell it differently
            (it must still match what :data:`SEQ` matches).

    Example:
        >>> document_number()
        '\\d{1,5}\\s*[-‐‑‒–—−]\\s*[A-ZĐ][A-Za-zĐđ]{0,5}\\s*/\\s*[A-ZĐ]{1,12}'
    """
    return (
        rf"{_part('seq', seq, groups)}\s*{DASH_CLASS}\s*"
        rf"{_part('kind', KIND_CODE, groups)}\s*/\s*{_part('issuer', ISSUER_CODE, groups)}"
    )


_CANONICAL_YEAR = "(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
_LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
CANONICAL_ISO_DATE = (
    f"(?:{_CANONICAL_YEAR}(?:-(?:0[1-9]|1[0-2]))?"
    f"|{_CANONICAL_YEAR}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
    f"|{_LEAP_YEAR}-02-29)"
)
"""A date as ``str(PartialDate)`` prints it, with the calendar: years 0001-9999, months 01-12,
days that exist (29 February only in leap years); plain classes, so that it means the same in
every regex dialect."""

_CANONICAL_NUMBER = r"-?(?:0|[1-9][0-9]{0,2}(?:\.[0-9]{3})*)(?:,[0-9]+)?"
CANONICAL_QUANTITY = f"{_CANONICAL_NUMBER}(?:{EN_DASH}{_CANONICAL_NUMBER})?"
"""A value or range as ``str(Quantity)`` prints it: no leading zero, thousands grouped by dots, a
decimal comma, an en dash between the ends ("6,5–7", "164.000")."""


CANONICAL_DOCUMENT_NUMBER = f"(?:[0-9]{{2}}|[1-9][0-9]{{2,4}})-{KIND_CODE}/{ISSUER_CODE}"
"""A document number as ``str(DocumentNumber)`` prints it, the form record files hold: no spaces,
a hyphen, and a sequence of at least two digits ("01-NQ/TU"); plain classes, so that it means the
same in the ECMA 262, Python and Rust regex dialects."""


def _part(name: str, pattern: str, named: bool) -> str:
    return f"(?P<{name}>{pattern})" if named else pattern
