"""Stage 3, mentions: counts of the targets reached, as results in "chỉ tiêu".

"đạt và vượt 19/22 chỉ tiêu nghị quyết đề ra", "10 chỉ tiêu chủ yếu … đã hoàn thành": the
count is a result (:func:`reached_counts`); a count of the targets set ("đề ra 22 chỉ tiêu")
is none.
"""

from __future__ import annotations

import re

from vnpartydoc.enums import TargetQualifier
from vnpartydoc.extract.clean import squeeze
from vnpartydoc.extract.target_items import TargetMention
from vnpartydoc.types import Quantity

__all__ = ["reached_counts"]

COUNT_BEFORE_RE = re.compile(r"(?<![\d/.,])(?<!/\s)(?P<a>\d{1,3})(?:\s*/\s*(?P<of>\d{1,3}))?\s+$")
"""The count before "chỉ tiêu": "19/22 chỉ tiêu", "10 chỉ tiêu"."""
_REACHED = r"(?i:đạt\s+và\s+vượt|hoàn\s+thành(?:\s+và\s+vượt|\s+vượt)?)"
REACHED_BEFORE_RE = re.compile(rf"{_REACHED}\s+$")
REACHED_AFTER_RE = re.compile(
    r"(?:(?!(?i:chỉ\s+tiêu|phấn\s+đấu))[^.;\n]){0,160}?"
    rf"(?:(?i:đã)\s+{_REACHED}|{_REACHED}\s+(?i:so\s+với))"
)
"""A count of the targets reached: "đạt và vượt 19/22 chỉ tiêu nghị quyết đề ra", "80/80 chỉ
tiêu … đạt và vượt so với Nghị quyết", "10 chỉ tiêu chủ yếu của Đại hội … đã hoàn thành": the
cue before the count, or after "chỉ tiêu" in the same clause."""
SET_BEFORE_RE = re.compile(r"(?i:đề\s+ra|phấn\s+đấu(?:\s+đạt)?|với)\s+$")
"""Before a count of targets, words that make it the targets set, not those reached."""


def reached_counts(raw: str, fold: str, low: str, start: int, end: int) -> list[TargetMention]:
    """Counts of the targets reached, as results in "chỉ tiêu" (see REACHED_AFTER_RE).

    ``low`` is :func:`lowered` ``fold``; each "chỉ tiêu" in it is looked at, and the count
    before it.
    """
    out = []
    pos = low.find("chỉ tiêu", start, end)
    while pos >= 0:
        count = COUNT_BEFORE_RE.search(fold, max(start, pos - 12), pos)
        after = pos + len("chỉ tiêu")
        if (
            count is not None
            and not SET_BEFORE_RE.search(fold, max(start, count.start() - 16), count.start())
            and (
                REACHED_BEFORE_RE.search(fold, max(start, count.start() - 30), count.start())
                or REACHED_AFTER_RE.match(fold, after, end)
            )
        ):
            reached, of = Quantity.parse(count["a"]), count["of"]
            printed = squeeze(raw[count.start() : after])
            out.append(
                TargetMention(
                    printed,
                    Quantity.parse(of) if of else reached,
                    "chỉ tiêu",
                    TargetQualifier.EXACT,
                    reached if of else None,
                    None,
                    False,
                    None,
                    printed,
                    count.start(),
                    after,
                    (count.start(), count.end() - len(count[0]) + len(count[0].rstrip())),
                    result=True,
                )
            )
        pos = low.find("chỉ tiêu", after, end)
    return out
