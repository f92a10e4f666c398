"""Scorecard rows as JSON and CSV, written and read back without loss.

Exact decimals stay exact: JSON holds them as strings ("6.5"), so no reader rounds them to a
double; CSV holds them as plain digits with a decimal point, or, for spreadsheets set to
Vietnamese, a decimal comma with ";" between columns (the list separator such spreadsheets
expect). A UTF-8 byte-order mark, which spreadsheet programs need to read Vietnamese text as
UTF-8, is optional on writing and skipped on reading. Each row also carries its status label
("Đạt"), for people; readers take the status from its code.

Example:
    >>> rows_from_csv(rows_to_csv([])) == []
    True
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from vnpartydoc.errors import DocumentLoadError, Issue
from vnpartydoc.scoring import ScorecardRow, TargetStatus

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["FIELDS", "rows_from_csv", "rows_from_json", "rows_to_csv", "rows_to_json"]

FIELDS = [f.name for f in dataclasses.fields(ScorecardRow)]
"""Column names, in order: the fields of :class:`~vnpartydoc.scorecard.ScorecardRow`."""
_LABEL = "status_label"
_DECIMALS = {"target_low", "target_high", "achieved_low", "achieved_high"}
_INTS = {"n", "year"}
_BOM = "\ufeff"


def _cell(name: str, value: object, decimal_comma: bool) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.replace(".", ",") if decimal_comma else text
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _record(row: ScorecardRow, decimal_comma: bool) -> dict[str, str | None]:
    out = {name: _cell(name, getattr(row, name), decimal_comma) for name in FIELDS}
    out[_LABEL] = row.status.label
    return out


def rows_to_json(rows: Sequence[ScorecardRow]) -> str:
    """Rows as a JSON array of objects (exact decimals as strings), ending in a newline."""
    data = [_record(row, decimal_comma=False) for row in rows]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def rows_to_csv(
    rows: Sequence[ScorecardRow], *, bom: bool = False, decimal_comma: bool = False
) -> str:
    """Rows as CSV with a header line; empty cells for missing values.

    Args:
        rows: The rows.
        bom: Start with a UTF-8 byte-order mark, for spreadsheet programs.
        decimal_comma: Write "6,5" and separate columns with ";".
    """
    out = io.StringIO()
    writer = csv.DictWriter(
        out, [*FIELDS, _LABEL], delimiter=";" if decimal_comma else ",", lineterminator="\r\n"
    )
    writer.writeheader()
    writer.writerows(_record(row, decimal_comma) for row in rows)
    return (_BOM if bom else "") + out.getvalue()


def _fail(message: str, where: str) -> DocumentLoadError:
    issue = Issue("scorecard_format", f"{message} ({where})")
    return DocumentLoadError(issue.format(), issues=[issue])


def _value(name: str, text: Any, decimal_comma: bool, where: str) -> object:
    if text is None or text == "":
        return False if name == "estimated" else None
    if not isinstance(text, str):
        raise _fail(f"{name} must be a string, got {text!r}", where)
    try:
        if name in _DECIMALS:
            return Decimal(text.replace(",", ".") if decimal_comma else text)
        if name in _INTS:
            return int(text)
        if name == "estimated":
            return {"true": True, "false": False}[text]
        if name == "status":
            return TargetStatus(text)
    except (InvalidOperation, ValueError, KeyError) as exc:
        raise _fail(f"invalid {name} {text!r}", where) from exc
    return text


def _row(record: dict[str, Any], decimal_comma: bool, where: str) -> ScorecardRow:
    missing = [name for name in ("resolution", "n", "indicator", "status") if not record.get(name)]
    if missing:
        raise _fail(f"missing {', '.join(missing)}", where)
    values = {name: _value(name, record.get(name), decimal_comma, where) for name in FIELDS}
    return ScorecardRow(**values)  # type: ignore[arg-type]


def rows_from_json(text: str) -> list[ScorecardRow]:
    """Read rows written by :func:`rows_to_json`.

    Raises:
        DocumentLoadError: ``scorecard_format`` when the text is not such an array.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _fail(f"invalid JSON: {exc.msg}", f"line {exc.lineno}") from exc
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise _fail("expected a JSON array of objects", "top level")
    return [_row(item, False, f"item {i}") for i, item in enumerate(data, start=1)]


def rows_from_csv(text: str, *, decimal_comma: bool = False) -> list[ScorecardRow]:
    """Read rows written by :func:`rows_to_csv` (with or without the byte-order mark).

    Raises:
        DocumentLoadError: ``scorecard_format`` on a missing column or a bad value.
    """
    reader = csv.DictReader(
        io.StringIO(text.removeprefix(_BOM)), delimiter=";" if decimal_comma else ","
    )
    absent = [name for name in FIELDS if name not in (reader.fieldnames or [])]
    if absent:
        raise _fail(f"missing column {absent[0]!r}", "header")
    return [_row(record, decimal_comma, f"line {reader.line_num}") for record in reader]
