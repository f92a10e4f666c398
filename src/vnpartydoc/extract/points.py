"""Step 8: numbered points: "Thứ nhất, …", "Một là, …", "1.", "I-", "a)", "(1)".

The top level is the marker style that appears first and counts up from one; paragraphs
between two top-level markers belong to the point above them, and after the last one only
lower-level items and the text under a heading do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpartydoc.extract.scan import from_roman

__all__ = ["PointMention", "find_points", "marker_of"]


_WORDS = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"]
_COUNT = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]
MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "thu",
        re.compile(rf"^(?P<label>(?i:thứ)\s+(?P<n>{'|'.join(_WORDS)}))\s*[,:.]\s*", re.IGNORECASE),
    ),
    ("la", re.compile(rf"^(?P<label>(?P<n>{'|'.join(_COUNT)})\s+là)\s*[,:]\s*", re.IGNORECASE)),
    ("roman", re.compile(r"^(?P<label>(?P<n>[IVX]{1,5}))\s*(?:[-\u2013.)]\s*|\.\s+)")),
    ("arabic", re.compile(r"^(?P<label>(?P<n>\d{1,2}))\s*(?:[.)]\s+|-\s+)")),
    ("letter", re.compile(r"^(?P<label>(?P<n>[a-hk-nđ]))\s*\)\s*")),
    ("paren", re.compile(r"^\((?P<label>(?P<n>\d{1,2}))\)\s*")),
)
# Any marker at all, in one match call (most lines have none).
ANY_MARKER_RE = re.compile(
    "|".join(
        f"(?{'i' if pattern.flags & re.IGNORECASE else ''}:{pattern.pattern})".replace(
            "?P<label>", ""
        ).replace("?P<n>", "")
        for _, pattern in MARKERS
    )
)


@dataclass
class PointMention:
    """A point: printed label, heading, text and where it starts and ends."""

    label: str
    heading: str | None
    text: str
    start: int
    end: int


def _value(style: str, n: str) -> int | None:
    n = n.lower()
    if style == "thu":
        return _WORDS.index(n) + 1
    if style == "la":
        return _COUNT.index(n) + 1
    if style == "roman":
        try:
            return from_roman(n)
        except ValueError:
            return None
    if style == "letter":
        return "abcdefghklmnđ".index(n) + 1 if n in "abcdefghklmn" else None
    return int(n)


def _marker(text: str) -> tuple[str, int, re.Match[str]] | None:
    """The marker a line starts with (its style and value), once ANY_MARKER_RE has matched."""
    for style, pattern in MARKERS:
        match = pattern.match(text)
        if match is not None:
            value = _value(style, match["n"])
            if value is not None:
                return style, value, match
    return None


def marker_of(text: str) -> tuple[str, int] | None:
    """The style and value of the marker ``text`` opens with ("Hai là, …" → ("la", 2))."""
    if ANY_MARKER_RE.match(text) is None:
        return None
    found = _marker(text)
    return None if found is None else found[:2]


def _opens_parts(title: tuple[int, int, str, str], lines: list[tuple[int, int, str, str]]) -> bool:
    """Whether ``title`` is a Roman "I" that opens the text's parts.

    It does when the first Roman marker of ``lines`` is "II", or when ``lines`` have no Roman
    marker but lower ones ("1.", "a)"): an excerpt of part I, with its items under it.
    """
    first = _marker(title[2]) if ANY_MARKER_RE.match(title[2]) else None
    if first is None or first[:2] != ("roman", 1):
        return False
    lower = False
    for line in lines:
        found = _marker(line[2]) if ANY_MARKER_RE.match(line[2]) else None
        if found is not None and found[0] == "roman":
            return found[1] == 2
        lower = lower or found is not None
    return lower


def _top_style(marks: list[tuple[int, str, int, re.Match[str]]]) -> str | None:
    """The style that counts up from one first; else a lone Roman "I" that comes first.

    A Party document's parts are Roman ("I-", "II."); an excerpt that ends inside part I still
    has that part, with its "1.", "a)" under it.
    """
    romans = [v for _, s, v, _ in marks if s == "roman"]
    if marks and marks[0][1:3] == ("roman", 1) and romans == [1]:
        return "roman"
    for _, style, value, _m in marks:
        if value != 1:
            continue
        values = [v for _, s, v, _ in marks if s == style]
        if len(values) >= 2 and values[1] == 2:
            return style
    return None


def find_points(
    lines: list[tuple[int, int, str, str]], *, title: tuple[int, int, str, str] | None = None
) -> list[PointMention]:
    """Points in body lines given as (start, end, folded text, printed text).

    ``title`` is the line taken for the text's title: when it is part "I." of a text whose
    body goes on with part "II." (or only with the items under part I), the excerpt began with
    its first part, which is a point.
    """
    if title is not None and _opens_parts(title, lines):
        lines = [title, *lines]
    marks = []
    any_marker = ANY_MARKER_RE.match
    for i, (_, _, fold, _) in enumerate(lines):
        if any_marker(fold) is None:  # most lines have no marker
            continue
        found = _marker(fold)
        if found is not None:
            marks.append((i, *found))
    style = _top_style(marks)
    if style is None:
        return []
    top = [(i, value, match) for i, s, value, match in marks if s == style]
    expected, chosen = 1, []
    for i, value, match in top:
        if value != expected:
            break
        chosen.append((i, match))
        expected += 1
    lower = {i for i, s, _, _ in marks if s != style}
    out = []
    for k, (i, match) in enumerate(chosen):
        stop = chosen[k + 1][0] if k + 1 < len(chosen) else len(lines)
        start, _end, _, printed = lines[i]
        first = printed[match.end() :].strip()
        parts = [first] if first else []
        heading = None
        if first and len(first.split()) <= 15 and first[-1] not in ".;" and i + 1 < stop:
            heading, parts = first.rstrip(":"), []
        last = i
        for j in range(i + 1, stop):
            if k + 1 == len(chosen) and j not in lower and heading is None:
                break
            if k + 1 == len(chosen) and heading is not None and j not in lower and j != i + 1:
                break
            parts.append(lines[j][3].strip())
            last = j
        text = "\n".join(p for p in parts if p) or heading or match["label"]
        label = " ".join(match["label"].split())
        out.append(PointMention(label, heading, text, start, lines[last][1]))
    return out
