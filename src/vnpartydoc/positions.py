"""Locate JSON fields: map each JSON path to its line and column.

Used only when something is wrong (a validation error, a duplicate key), so the fast C JSON
parser reads the happy path and this small scanner runs on the error path alone.
"""

from __future__ import annotations

import bisect
import contextlib
import re
from json.decoder import scanstring  # type: ignore[attr-defined]

__all__ = ["find_duplicate_key", "json_positions", "line_col"]

Loc = tuple[str | int, ...]
_SCALAR_RE = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null")
_WS_RE = re.compile(r"[ \t\r\n]*")


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


class _Scanner:
    def __init__(self, text: str, *, duplicates: bool) -> None:
        self.text = text
        self.out: dict[Loc, tuple[int, int]] = {}
        self.duplicates = duplicates
        self.duplicate: tuple[Loc, tuple[int, int]] | None = None
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def pos(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def skip(self, i: int) -> int:
        match = _WS_RE.match(self.text, i)
        return match.end() if match else i

    def value(self, i: int, loc: Loc, depth: int) -> int:
        i = self.skip(i)
        self.out.setdefault(loc, self.pos(i))
        if depth > 500 or i >= len(self.text):
            raise ValueError("stop")
        char = self.text[i]
        if char == "{":
            return self.obj(i + 1, loc, depth)
        if char == "[":
            return self.arr(i + 1, loc, depth)
        if char == '"':
            end: int = scanstring(self.text, i + 1)[1]
            return end
        match = _SCALAR_RE.match(self.text, i)
        if match is None:
            raise ValueError("stop")
        return match.end()

    def obj(self, i: int, loc: Loc, depth: int) -> int:
        seen: set[str] = set()
        i = self.skip(i)
        if self.text[i] == "}":
            return i + 1
        while True:
            i = self.skip(i)
            key, end = scanstring(self.text, i + 1)
            if self.duplicates and key in seen and self.duplicate is None:
                self.duplicate = ((*loc, key), self.pos(i))
            seen.add(key)
            self.out[(*loc, key)] = self.pos(i)
            i = self.skip(end)
            i = self.value(i + 1, (*loc, key), depth + 1)
            i = self.skip(i)
            if self.text[i] == "}":
                return i + 1
            i += 1

    def arr(self, i: int, loc: Loc, depth: int) -> int:
        i = self.skip(i)
        if self.text[i] == "]":
            return i + 1
        index = 0
        while True:
            i = self.value(i, (*loc, index), depth + 1)
            i = self.skip(i)
            if self.text[i] == "]":
                return i + 1
            i += 1
            index += 1


def find_duplicate_key(text: str) -> tuple[Loc, tuple[int, int]] | None:
    """The JSON path and (line, column) of the first key repeated in one object, if any."""
    scanner = _Scanner(text, duplicates=True)
    with contextlib.suppress(ValueError, IndexError):
        scanner.value(0, (), 0)
    return scanner.duplicate


def json_positions(text: str) -> dict[Loc, tuple[int, int]]:
    """Map every JSON path in ``text`` to its (line, column), as far as the text parses.

    Keys map to the position of the key; list items to the start of the item.
    """
    scanner = _Scanner(text, duplicates=False)
    with contextlib.suppress(ValueError, IndexError):  # malformed tail: keep what was found
        scanner.value(0, (), 0)
    return scanner.out
