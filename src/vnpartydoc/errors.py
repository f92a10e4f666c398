"""Exceptions raised by vnpartydoc.

Library users catch :class:`VnPartyDocError`; every error the library raises on bad input
derives from it and from :class:`ValueError`::

    VnPartyDocError(Exception)
    ├── DocumentLoadError(VnPartyDocError, ValueError)        unreadable file, bad syntax,
    │                                                         duplicate key, unknown format
    ├── DocumentValidationError(VnPartyDocError, ValueError)  content does not fit the model
    ├── ExtractionError(VnPartyDocError, ValueError)          no document found in a text
    └── OutputError(VnPartyDocError, OSError)                 an output file cannot be written

Each error carries a list of :class:`Issue` records: a stable ``code`` (listed in
:mod:`vnpartydoc.codes`), a ``message``, the ``path`` of the file (when known), the JSON ``loc``
of the field and, for files, the ``line`` and ``column`` (1-based) where the field sits. Errors
about one issue are made with :meth:`VnPartyDocError.from_code`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from vnpartydoc.codes import Severity

__all__ = [
    "DocumentLoadError",
    "DocumentValidationError",
    "ExtractionError",
    "Issue",
    "OutputError",
    "VnPartyDocError",
]


@dataclass(frozen=True, slots=True)
class Issue:
    """One thing wrong with an input, located as precisely as the input allows."""

    code: str
    """Stable snake_case code, listed in the documentation (e.g. ``document_number_format``)."""
    message: str
    """What is wrong and what was expected, in English."""
    path: Path | None = None
    """The file, when the input came from one."""
    loc: tuple[str | int, ...] = ()
    """JSON path of the field, e.g. ``("targets", 0, "value")``."""
    line: int | None = None
    """1-based line of the field in the file."""
    column: int | None = None
    """1-based column of the field in the file."""
    severity: Severity = field(default="error")
    """``error``, ``warning`` or ``info`` (see :data:`vnpartydoc.codes.Severity`)."""

    @property
    def json_path(self) -> str:
        """The field as a JSONPath-like string, e.g. ``$.targets[0].value``."""
        out = "$"
        for part in self.loc:
            out += f"[{part}]" if isinstance(part, int) else f".{part}"
        return out

    def format(self) -> str:
        """Render as ``file:line:col: code: message (at $.field)``, the CLI's line format."""
        where = str(self.path) if self.path is not None else "<input>"
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        text = f"{where}: {self.code}: {self.message}"
        if self.loc:
            text += f" (at {self.json_path})"
        return text


class VnPartyDocError(Exception):
    """Base class of every error vnpartydoc raises on bad input."""

    def __init__(self, message: str, *, issues: Sequence[Issue] = ()) -> None:
        super().__init__(message)
        self.issues: list[Issue] = list(issues)

    @classmethod
    def from_code(
        cls,
        code: str,
        message: str,
        *,
        path: Path | None = None,
        loc: tuple[str | int, ...] = (),
        at: tuple[int | None, int | None] | None = None,
    ) -> Self:
        """Make the error for one issue; its message is the issue's line.

        Args:
            code: The issue's code, one of :data:`vnpartydoc.codes.CODES`.
            message: What is wrong and what was expected.
            path: The file, when the input came from one.
            loc: JSON path of the field.
            at: 1-based line and column in the file.

        Example:
            >>> from pathlib import Path
            >>> error = DocumentLoadError.from_code(
            ...     "json_syntax", "expected value", path=Path("nghi-quyet.json"), at=(3, 7)
            ... )
            >>> (str(error), error.issues[0].code)
            ('nghi-quyet.json:3:7: json_syntax: expected value', 'json_syntax')
        """
        line, column = at if at is not None else (None, None)
        issue = Issue(code, message, path, loc, line, column)
        return cls(issue.format(), issues=[issue])

    @property
    def path(self) -> Path | None:
        """The file the error is about, when known."""
        return self.issues[0].path if self.issues else None


class DocumentLoadError(VnPartyDocError, ValueError):
    """A file cannot be read or parsed (syntax, encoding, duplicate keys, size limits)."""


class DocumentValidationError(VnPartyDocError, ValueError):
    """A parsed document does not fit the model; ``issues`` lists every field error."""


class ExtractionError(VnPartyDocError, ValueError):
    """No usable document, congress, organisation or person was found in a text."""


class OutputError(VnPartyDocError, OSError):
    """An output file cannot be written, or exists and may not be overwritten."""
