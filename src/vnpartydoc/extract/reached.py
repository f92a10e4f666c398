"""Stage 3, mentions: counts of the targets (criteria, tasks) reached, as results.

"đạt và vượt 19/22 chỉ tiêu nghị quyết đề ra", "10 chỉ tiêu chủ yếu … đã hoàn thành",
"hoàn thành 19/19 tiêu chí": the count is a result (:func:`reached_counts`); a count of the
targets set ("đề ra 22 chỉ tiêu") is none.
"""

from __future__ import annotations

import re

from vnpartydoc.enums import TargetQualifier
from vnpartydoc.extract.clean import squeeze
from vnpartydoc.extract.target_items import TargetMention
from vnpartydoc.types import Quantity

__all__ = ["anchor_reached", "reached_counts"]

COUNT_BEFORE_RE = re.compile(r"(?<![\d/.,])(?<!/\s)(?P<a>\d{1,3})(?:\s*/\s*(?P<of>\d{1,3}))?\s+$")
"""The count before "chỉ tiêu": "19/22 chỉ tiêu", "10 chỉ tiêu"."""
_REACHED = r"(?i:đạt\s+và\s+vượt|hoàn\s+thành(?:\s+và\s+vượt|\s+vượt(?:\s+mức)?)?)"
REACHED_BEFORE_RE = re.compile(rf"(?:{_REACHED}|(?i:đạt))\s+$")
REACHED_AFTER_RE = re.compile(
    r"(?:(?!(?i:chỉ\s+tiêu|phấn\s+đấu))[^.;\n]){0,160}?"
    rf"(?:(?i:đã)\s+{_REACHED}|{_REACHED}\s+(?i:so\s+với|kế\s+hoạch)|{_REACHED}(?=\s*(?:[,.;:]|$)))"
)
"""A count of the targets reached: "đạt và vượt 19/22 chỉ tiêu nghị quyết đề ra", "đạt 24/28
chỉ tiêu", "80/80 chỉ tiêu … đạt và vượt so với Nghị quyết", "10 chỉ tiêu chủ yếu của Đại hội …
đã hoàn thành", "24/29 chỉ tiêu hoàn thành, …": the cue before the count, or after the noun in
the same clause (before "so với", "kế hoạch" or at the clause's end)."""
NOUNS = ("chỉ tiêu", "tiêu chí", "nhiệm vụ")
"""What a count of things reached counts: targets, criteria ("19/19 tiêu chí" of the new
countryside), tasks ("16/18 nhiệm vụ trọng tâm")."""
SET_BEFORE_RE = re.compile(r"(?i:đề\s+ra|phấn\s+đấu(?:\s+đạt)?|với)\s+$")
"""Before a count of targets, words that make it the targets set, not those reached."""
AHEAD_RE = re.compile(r"(?i:phấn\s+đấu|dự\s+kiến|mục\s+tiêu|(?:đến|tới)\s+năm\s+20\d\d\s*,?\s*$)")
"""In the words before a count, what makes it one to reach: "phấn đấu có 5 xã đạt 19 tiêu
chí", "Đến năm 2025, 100% xã đạt …"."""


def reached_counts(raw: str, fold: str, low: str, start: int, end: int) -> list[TargetMention]:
    """Counts of the targets, criteria or tasks reached, as results (see REACHED_AFTER_RE).

    ``low`` is :func:`lowered` ``fold``; each of the NOUNS in it is looked at, and the count
    before it.
    """
    out = []
    for noun in NOUNS:
        pos = low.find(noun, start, end)
        while pos >= 0:
            after = pos + len(noun)
            found = _count(raw, fold, noun, start, pos, after, end)
            if found is not None:
                out.append(found)
            pos = low.find(noun, after, end)
    return sorted(out, key=lambda m: m.start) if len(out) > 1 else out


def _count(
    raw: str, fold: str, noun: str, start: int, pos: int, after: int, end: int
) -> TargetMention | None:
    """The count of reached ``noun`` printed before ``pos``, if the text says it was reached."""
    count = COUNT_BEFORE_RE.search(fold, max(start, pos - 12), pos)
    if (
        count is None
        or SET_BEFORE_RE.search(fold, max(start, count.start() - 16), count.start())
        or AHEAD_RE.search(fold, max(start, count.start() - 60), count.start())
        or not (
            REACHED_BEFORE_RE.search(fold, max(start, count.start() - 30), count.start())
            or REACHED_AFTER_RE.match(fold, after, end)
        )
    ):
        return None
    reached, of = Quantity.parse(count["a"]), count["of"]
    printed = squeeze(raw[count.start() : after])
    return TargetMention(
        printed,
        Quantity.parse(of) if of else reached,
        noun,
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


ANCHOR_REACHED_RE = re.compile(
    r"(?:(?!\.\s)[^\d:;\n]){0,80}?(?<!\w)(?:(?:đã|đều|cơ\s+bản)\s+(?:đạt|hoàn\s+thành|vượt)"
    r"|đạt\s+và\s+vượt|hoàn\s+thành|thực\s+hiện\s+đạt)(?!\w)",
    re.IGNORECASE,
)
"""After a target anchor, in its clause and before any value, a verb that says the targets were
reached: "Các chỉ tiêu về kinh tế - xã hội đều đạt và vượt …", "Các chỉ tiêu của Đại hội đề ra
cơ bản đạt", "Các chỉ tiêu kế hoạch chuyên môn thực hiện đạt 95-150%"."""
ANCHOR_REACHED_BEFORE_RE = re.compile(
    r"(?i:đạt\s+và\s+vượt|hoàn\s+thành(?:\s+và\s+vượt|\s+vượt(?:\s+mức)?)?)\s+"
    r"(?:\d{1,3}(?:\s*/\s*\d{1,3})?\s+)?$"
)
"""Before a count of targets or a target anchor, a verb that says they were reached: "hoàn
thành và hoàn thành vượt mức 18 chỉ tiêu", "hoàn thành vượt mức 6/16 chỉ tiêu chủ yếu"."""
ANCHOR_SET_BEFORE_RE = re.compile(
    r"(?i:đề\s+ra|phấn\s+đấu(?:\s+đạt)?|với|thông\s+qua|xác\s+định|giao|đặt\s+ra)\s+$"
)
"""Before a target anchor, words that make it the targets set ("Đại hội đề ra các chỉ tiêu")."""


def anchor_reached(fold: str, start: int, end: int, anchor: re.Match[str]) -> bool:
    """Whether a target anchor tells of targets reached, so that results follow it.

    "hoàn thành vượt mức 18 chỉ tiêu phân kỳ", "Các chỉ tiêu … đều đạt và vượt …": a count of
    targets reached, or targets a reached-verb follows. "phấn đấu", goals ("Mục tiêu đến năm
    2030, Việt Nam cơ bản đạt …") and the targets a text sets ("đề ra các chỉ tiêu …") are never
    reached.
    """
    a = anchor.start()
    before = fold[max(start, a - 40) : a]
    if "tiêu" not in anchor[0] or "mục" in anchor[0].lower() or ANCHOR_SET_BEFORE_RE.search(before):
        return False  # "phấn đấu", "mục tiêu đến năm 2030", "đề ra các chỉ tiêu"
    return bool(
        ANCHOR_REACHED_BEFORE_RE.search(before) or ANCHOR_REACHED_RE.match(fold, anchor.end(), end)
    )
