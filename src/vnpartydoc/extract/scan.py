"""Speed: every trick that keeps extraction fast, in one place, so the domain code stays plain.

Each helper gives exactly what the plain code would, only faster; rules never live here.

- :func:`finditer_at`, :func:`search_at`, :class:`Words`: patterns tried only where they can
  start (below). :class:`Words` finds a word whose first letter is not a frequent one with
  ``re`` (which skips to that letter) rather than ``str.find``.
- :func:`literal_first`: a case-insensitive alternation written so that ``re`` skips ahead.
- :func:`word_run_re`: words counted :data:`RUN` at a time, one match for many words.
- :func:`sub_each`: a substitution whose pattern starts with one of a few letters, run as one
  pattern per letter.
- :data:`slug`, :data:`from_roman`, :data:`to_roman`: bounded caches of pure functions called
  once per mention (a long-running process reads many texts).
- Elsewhere, because they need their class: :func:`vnpartydoc.extract.result.new_span` makes
  a frozen :class:`~vnpartydoc.extract.result.Span` without its slow constructor, and
  :class:`~vnpartydoc.extract.clean.Line` is a plain, unfrozen dataclass for the same reason;
  :func:`~vnpartydoc.extract.result.spans_from` tests inline whether a span's text needs
  squeezing; :meth:`~vnpartydoc.extract.records.builder.Builder.make` calls a model's validator
  without ``model_validate``'s Python frame. In the models, values already of their type pass
  :func:`vnpartydoc.types.value_schema` without a further call, and the checks of a file's
  notation cost one Python call less when no file is read.

Fast scanning:

Python's ``re`` jumps straight to the next possible start of a match only when the pattern begins
with a literal or a plain character class. A pattern that begins with a look-behind or a
case-insensitive word is tried at every offset, about ten times slower per character. The
steps therefore find where a match can begin with ``str.find`` on :func:`lowered` text (or with
a cheap pattern) and try the full pattern only there: :func:`finditer_at` and
:func:`search_at` give exactly the matches ``finditer`` and ``search`` would.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from re import Match
from typing import TYPE_CHECKING

from vnpartydoc.text import from_roman as _from_roman
from vnpartydoc.text import slug as _slug
from vnpartydoc.text import to_roman as _to_roman

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = [
    "DIGITS_RE",
    "RUN",
    "Words",
    "digit_runs",
    "ends_with",
    "finditer_at",
    "from_roman",
    "literal_first",
    "lowered",
    "search_at",
    "slug",
    "starts",
    "sub_each",
    "to_roman",
    "word_run_re",
]

slug = lru_cache(maxsize=8192)(_slug)
"""Slugs of names and titles, cached."""
from_roman = lru_cache(maxsize=256)(_from_roman)
"""Roman numerals of congresses and points, cached."""
to_roman = lru_cache(maxsize=64)(_to_roman)
"""Roman numerals of congress ordinals, cached."""

RUN = 16
"""Words read by one match of a :func:`word_run_re` pattern."""


def word_run_re(letters: str) -> re.Pattern[str]:
    """Up to :data:`RUN` words of ``letters`` (a character class body) in one match.

    Group k closes after the k-th word, so ``lastindex`` is the number of words matched. One
    match reads many words, where ``findall`` would start a match (and allocate its stack) for
    each one. Every word is optional, so the pattern always matches.
    """
    return re.compile(
        "".join(rf"(?:[^{letters}]*+[{letters}]++()" for _ in range(RUN)) + ")?+" * RUN
    )


# Every character re.IGNORECASE matches to these letters; others match only their two cases.
_CASES = {"i": "iIİı", "k": "kK\u212a", "s": "sSſ"}


def literal_first(forms: tuple[str, ...]) -> str:
    """``(?i:a|b|…)`` with each form's first letter written out in every case.

    The forms are grouped by first letter, keeping their order, and each group becomes
    ``x(?i:rest|…)|X(?i:rest|…)``: alternatives that start with a literal letter, which lets
    ``re`` skip straight to those letters instead of trying every offset.
    """
    groups: dict[str, list[str]] = {}
    for form in forms:
        assert form[0].isalpha()
        groups.setdefault(form[0].lower(), []).append(form[1:])
    return "|".join(
        f"{letter}(?i:{'|'.join(rests)})"
        for lower, rests in groups.items()
        for letter in _CASES.get(lower, lower + lower.upper())
    )


DIGITS_RE = re.compile(r"\d+")
"""A run of digits (``\\d``, as every pattern here reads digits)."""


def lowered(text: str) -> str:
    """Lower-case ``text`` character for character: same length, same offsets.

    A character of the copy equals a lower-case Vietnamese or ASCII letter exactly when
    ``re.IGNORECASE`` matches the original character to that letter ("İ" and "ı" read as "i",
    "ſ" as "s", as ``re`` does), so a word that is not in the copy cannot be matched
    case-insensitively in the text.

    Example:
        >>> lowered("ĐẠI HỘI İ")
        'đại hội i'
    """
    low = text.lower()
    if len(low) != len(text):  # only "İ" lower-cases to two characters
        low = text.replace("İ", "i").lower()
    if "ı" in low or "ſ" in low:
        low = low.replace("ı", "i").replace("ſ", "s")
    return low


def starts(low: str, words: Iterable[str], start: int, end: int) -> list[int]:
    """Sorted offsets in ``low[start:end]`` where one of ``words`` begins and ends."""
    found: set[int] = set()
    for word in words:
        at = low.find(word, start, end)
        while at >= 0:
            found.add(at)
            at = low.find(word, at + 1, end)
    return sorted(found)


_COMMON_FIRST = frozenset(" nhticg")
"""The characters most frequent in lowered Vietnamese text (each over 3 % of the characters
of the dev texts), most words' first letters among them."""


@lru_cache(maxsize=1024)
def _literal(word: str) -> re.Pattern[str] | None:
    """``word`` as a pattern when ``re`` finds its every occurrence faster than ``str.find``.

    ``re`` skips ahead to the first character of a literal pattern and compares the rest there,
    which beats ``str.find`` (whose skips are short for short words) unless that character
    is frequent. Its matches do not overlap, so the word must not be able to overlap itself
    (no proper prefix of it is also a suffix, as in "năm năm"): then they are every occurrence.
    """
    if not word or word[0] in _COMMON_FIRST:
        return None
    if any(word.endswith(word[:k]) for k in range(1, len(word))):
        return None
    return re.compile(re.escape(word))


class Words:
    """Where lower-case words occur in a :func:`lowered` page.

    Each word is looked for once in the whole page, and each group of words (a tuple, the
    words one pattern can start with) is merged once, so a step asks for the offsets in a line
    at the cost of a bisection, not one ``str.find`` per word and line.
    """

    def __init__(self, low: str) -> None:
        self.low = low
        self._words: dict[str, list[int]] = {}
        self._groups: dict[tuple[str, ...], tuple[list[int], list[int], int]] = {}
        self.memo: dict[tuple[str, int, int], object] = {}
        """Answers that depend only on the page and a stretch of it, for steps that ask the
        same question more than once: (question, start, end) → answer."""

    def _find(self, word: str) -> list[int]:
        found = self._words.get(word)
        if found is None:
            literal = _literal(word)
            if literal is not None:  # see _literal: re finds it faster than str.find
                found = [match.start() for match in literal.finditer(self.low)]
            else:
                found, find = [], self.low.find
                at = find(word)
                while at >= 0:
                    found.append(at)
                    at = find(word, at + 1)
            self._words[word] = found
        return found

    def _group(self, group: tuple[str, ...]) -> tuple[list[int], list[int], int]:
        """Offsets of the group's words, where each ends (the shortest there), longest word."""
        if len(group) == 1:
            offsets, size = self._find(group[0]), len(group[0])
            merged = offsets, [at + size for at in offsets], size
            self._groups[group] = merged
            return merged
        stops: dict[int, int] = {}
        for word in group:
            for at in self._find(word):
                stop = at + len(word)
                if stops.get(at, stop + 1) > stop:
                    stops[at] = stop
        offsets = sorted(stops)
        merged = offsets, [stops[at] for at in offsets], max(map(len, group))
        self._groups[group] = merged
        return merged

    def starts(self, group: tuple[str, ...], start: int, end: int) -> list[int]:
        """Sorted offsets in ``[start, end)`` where a word of ``group`` begins and ends."""
        offsets, stops, longest = self._groups.get(group) or self._group(group)
        i = bisect_left(offsets, start)
        j = bisect_left(offsets, end, i)
        if i == j:
            return []
        fits = bisect_left(offsets, end - longest + 1, i, j)  # words from here may overrun end
        out = offsets[i:fits]
        for k in range(fits, j):
            if stops[k] <= end:
                out.append(offsets[k])
        return out

    def lines_with(self, group: tuple[str, ...], spans: list[tuple[int, int]]) -> list[int]:
        """Indexes of the ``spans`` (in page order, not overlapping) that hold a word of ``group``.

        One pass over the group's offsets and the spans, instead of a look-up per span.
        """
        offsets, stops, _ = self._groups.get(group) or self._group(group)
        out: list[int] = []
        i, count = 0, len(offsets)
        for index, (start, end) in enumerate(spans):
            while i < count and offsets[i] < start:
                i += 1
            j = i
            while j < count and offsets[j] < end:
                if stops[j] <= end:
                    out.append(index)
                    break
                j += 1
        return out

    def has(self, word: str, start: int, end: int) -> bool:
        """Whether ``word`` occurs wholly inside ``[start, end)``."""
        found = self._words.get(word)
        if found is None:
            found = self._find(word)
        i = bisect_left(found, start)
        return i < len(found) and found[i] + len(word) <= end

    def near(self, group: tuple[str, ...], start: int, end: int) -> list[int]:
        """:meth:`starts` for a short stretch asked about once: looked for there, not indexed."""
        return starts(self.low, group, start, end)

    def has_near(self, word: str, start: int, end: int) -> bool:
        """:meth:`has` for a short stretch asked about once."""
        return self.low.find(word, start, end) >= 0


def ends_with(low: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether ``low[start:end]``, trailing whitespace left out, ends with one of ``words``."""
    while end > start and low[end - 1].isspace():
        end -= 1
    return low.endswith(words, start, end)


def digit_runs(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``text[start:end]`` where a run of digits begins."""
    return [match.start() for match in DIGITS_RE.finditer(text, start, end)]


def sub_each(
    patterns: tuple[re.Pattern[str], ...], repl: Callable[[re.Match[str]], str], text: str
) -> str:
    """``re.sub`` of the alternation of ``patterns``, each of which starts with one letter.

    ``re`` skips ahead to a literal first letter much faster than to any of a class of them,
    so each pattern is run alone and the matches put in order. No two matches of the
    patterns may overlap (then they are those the alternation would find).
    """
    found = [match for pattern in patterns for match in pattern.finditer(text)]
    if not found:
        return text
    found.sort(key=Match.start)
    out, at = [], 0
    for match in found:
        out.append(text[at : match.start()])
        out.append(repl(match))
        at = match.end()
    out.append(text[at:])
    return "".join(out)


def finditer_at(
    pattern: re.Pattern[str], text: str, offsets: Iterable[int], end: int
) -> list[re.Match[str]]:
    """The matches of ``pattern.finditer(text, first offset, end)``, trying only ``offsets``.

    Every match of ``pattern`` in the range must begin at one of the sorted ``offsets``, and
    the pattern must not match the empty string.
    """
    out = []
    resume = 0
    for pos in offsets:
        if pos >= resume:
            match = pattern.match(text, pos, end)
            if match is not None:
                out.append(match)
                resume = match.end()
    return out


def search_at(
    pattern: re.Pattern[str], text: str, offsets: Iterable[int], end: int
) -> re.Match[str] | None:
    """``pattern.search(text, first offset, end)``, trying only the sorted ``offsets``."""
    for pos in offsets:
        match = pattern.match(text, pos, end)
        if match is not None:
            return match
    return None
