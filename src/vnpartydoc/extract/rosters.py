"""People listed under one post, and people sharing one apposition.

"Các đồng chí Ủy viên Bộ Chính trị: Phạm Minh Chính, Thủ tướng Chính phủ; Trần Thanh Mẫn,
Chủ tịch Quốc hội" and "các Ủy viên Bộ Chính trị: Chủ tịch nước Lương Cường, Thủ tướng Chính
phủ Phạm Minh Chính": the post before the colon is every listed person's. "ông Bùi Văn Cửu,
ông Bùi Văn Khánh, Ủy viên Ban Thường vụ Tỉnh ủy": the titles after the last name are those
of every name listed before it with its own honorific.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vnpartydoc.extract.appointments import KHOA, chain_after
from vnpartydoc.extract.person_names import Name, PersonMention, titles_of

if TYPE_CHECKING:
    from vnpartydoc.extract.titles import Post

__all__ = ["listed_after_honorific", "listed_under_posts", "shared_appositions"]

HEAD_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:các)\s+(?:(?i:đồng\s+chí)\s+)?$")
"""Before the posts that head a list: "Các đồng chí ", "các "."""
HEAD_AFTER_RE = re.compile(rf"{KHOA}\s*:\s*")
"""After the posts that head a list: its colon, past the committee's term."""
LIST_END_RE = re.compile(r"\.(?:\s|$)|;\s*(?i:các|cùng)\b|\s(?i:cùng)\s")
"""Where a list ends: the sentence's end, or a new group ("…; các đồng chí lãnh đạo …")."""
LIST_HONORIFIC_RE = re.compile(r"(?<![^\W\d_])(?i:các\s+(?:đồng\s+chí|ông,?\s+bà|ông|bà))\s*:\s*")
"""Before the names of a list: "gồm các đồng chí: ", "các ông, bà: "."""
SHARED_GAP_RE = re.compile(r"^\s*,\s*(?:ông|bà|đồng\s+chí)\s+$")
"""Between two names of one apposition, each with its honorific: ", ông "."""


def _give(raw: str, people: dict[int, PersonMention], name: Name, chain: list[Post]) -> None:
    person = people.setdefault(name.start, PersonMention(name.text, name.start, name.end))
    known = {t.start for t in person.titles}
    person.titles += [t for t in titles_of(raw, chain) if t.start not in known]


def listed_under_posts(
    raw: str,
    text: str,
    end: int,
    names: list[Name],
    chains: list[list[Post]],
    people: dict[int, PersonMention],
) -> None:
    """Give the posts heading a list ("Các đồng chí Ủy viên Bộ Chính trị: …") to its names."""
    for chain in chains:
        head_start, head_end = chain[0].start, chain[-1].end
        if text.find(":", head_end, head_end + 24) < 0:
            continue
        colon = HEAD_AFTER_RE.match(text, head_end)
        if (
            colon is None
            or HEAD_BEFORE_RE.search(text, max(0, head_start - 16), head_start) is None
        ):
            continue
        stop = LIST_END_RE.search(text, colon.end(), end)
        last = stop.start() if stop is not None else end
        for name in names:
            if colon.end() <= name.start < last:
                _give(raw, people, name, chain)


def shared_appositions(
    raw: str,
    text: str,
    names: list[Name],
    chains: list[list[Post]],
    people: dict[int, PersonMention],
) -> None:
    """Give the titles after the last of several names, each with an honorific, to them all."""
    chain: list[Post] | None = None
    for i in range(len(names) - 1, 0, -1):
        chain = chain_after(text, names[i], chains) or chain
        if chain is None or not SHARED_GAP_RE.match(text[names[i - 1].end : names[i].start]):
            chain = None
            continue
        if names[i - 1].start not in people or not people[names[i - 1].start].titles:
            _give(raw, people, names[i - 1], chain)
        else:
            chain = None


def listed_after_honorific(
    text: str, start: int, end: int, names: list[Name], people: dict[int, PersonMention]
) -> None:
    """Read every name of a list opened by "các đồng chí:" as a person, titled or not.

    "Ban Thường vụ Tỉnh ủy gồm các đồng chí: Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường": the
    honorific before the colon stands for every name after it, until the sentence ends.
    """
    for head in LIST_HONORIFIC_RE.finditer(text, start, end):
        stop = LIST_END_RE.search(text, head.end(), end)
        last = stop.start() if stop is not None else end
        for name in names:
            if head.end() <= name.start < last and name.start not in people:
                people[name.start] = PersonMention(name.text, name.start, name.end)
