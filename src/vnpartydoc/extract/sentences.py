"""Stage 2: sentences. Where the sentence around an offset starts and ends.

Input: the cleaned page (:class:`~vnpartydoc.extract.clean.CleanText`) and its content lines
(page order). Output: sentence bounds, ``(start, end)`` offsets into the page, asked for one
offset at a time (:meth:`Sentences.around`). A sentence never crosses a line; it ends at ".",
"!", "?" or "…" (a closing quote may follow) before a capital, an opening quote or "(".
Each line is split once, on first use, and its ends are kept.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from vnpartydoc.extract.lexicon import UPPER

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vnpartydoc.extract.clean import Line

__all__ = ["SENTENCE_END_RE", "Sentences"]

# "[.!?…][.!?…]*" is "[.!?…]+" written so that re can skip ahead to the punctuation.
SENTENCE_END_RE = re.compile(rf"[.!?…][.!?…]*[”\"]?\s+(?=[{UPPER}“\"(])")


class Sentences:
    """Sentence bounds of a page, found line by line as they are asked for."""

    __slots__ = ("_ends", "_fold", "_lines", "_starts")

    def __init__(self, fold: str, lines: Sequence[Line]) -> None:
        self._fold = fold
        self._lines = lines
        self._starts: list[int] = []
        """Start offsets of ``lines`` (which are in page order), once asked for."""
        self._ends: dict[int, list[tuple[int, int]]] = {}
        """Sentence ends (spans of SENTENCE_END_RE) of each line read so far, by line start."""

    def around(self, pos: int) -> tuple[int, int]:
        """Bounds of the sentence around ``pos`` (``(pos, pos)`` outside every line)."""
        if not self._starts:
            self._starts = [ln.start for ln in self._lines]
        i = bisect_right(self._starts, pos) - 1
        if i < 0 or pos >= self._lines[i].end:
            return pos, pos
        line = self._lines[i]
        ends = self._ends.get(line.start)
        if ends is None:
            found = SENTENCE_END_RE.finditer(self._fold, line.start, line.end)
            ends = self._ends[line.start] = [match.span() for match in found]
        start = line.start
        for end_start, end_end in ends:
            if end_end <= pos:
                start = end_end
            else:
                return start, end_start + 1
        return start, line.end
