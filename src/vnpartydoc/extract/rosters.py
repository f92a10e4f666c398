"""People listed under one post, and people sharing one apposition.

A list may also run over lines: "… đã bầu bổ sung 4 Ủy viên Bộ Chính trị khóa XIII, gồm các
ông, bà:", then one person a line ("Ông Lê Minh Hưng, Bí thư Trung ương Đảng, …", "2. Đồng chí
…", "- Bà …"): the post of the line with the colon is every listed person's.

"Các đồng chí Ủy viên Bộ Chính trị: Phạm Minh Chính, Thủ tướng Chính phủ; Trần Thanh Mẫn,
Chủ tịch Quốc hội" and "các Ủy viên Bộ Chính trị: Chủ tịch nước Lương Cường, Thủ tướng Chính
phủ Phạm Minh Chính": the post before the colon is every listed person's. "ông Bùi Văn Cửu,
ông Bùi Văn Khánh, Ủy viên Ban Thường vụ Tỉnh ủy": the titles after the last name are those
of every name listed before it with its own honorific.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vnpartydoc.extract.appointments import KHOA, chain_after, give_titles
from vnpartydoc.extract.person_names import Name, PersonMention
from vnpartydoc.extract.titles import find_posts

if TYPE_CHECKING:
    from vnpartydoc.extract.titles import Post

__all__ = [
    "ITEM_FIRST",
    "give_list_lead",
    "list_lead",
    "listed_after_honorific",
    "listed_under_posts",
    "may_be_list_item",
    "shared_appositions",
]

HEAD_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?i:các)\s+(?:(?i:đồng\s+chí)\s+)?(?P<former>(?i:nguyên|cựu)\s+)?$"
)
"""Before the posts that head a list: "Các đồng chí ", "các "; "các đồng chí nguyên " heads
people who held the posts before: they are named, without the posts."""
HEAD_AFTER_RE = re.compile(rf"{KHOA}\s*:\s*")
"""After the posts that head a list: its colon, past the committee's term."""
LIST_END_RE = re.compile(r"\.(?:\s|$)|;\s*(?i:các|cùng)\b|\s(?i:cùng)\s")
"""Where a list ends: the sentence's end, or a new group ("…; các đồng chí lãnh đạo …")."""
LIST_HONORIFIC_RE = re.compile(r"(?<![^\W\d_])(?i:các\s+(?:đồng\s+chí|ông,?\s+bà|ông|bà))\s*:\s*")
"""Before the names of a list: "gồm các đồng chí: ", "các ông, bà: "."""
SHARED_GAP_RE = re.compile(r"^\s*,\s*(?:ông|bà|đồng\s+chí)\s+$")
"""Between two names of one apposition, each with its honorific: ", ông "."""


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
        head = HEAD_BEFORE_RE.search(text, max(0, head_start - 24), head_start)
        if colon is None or head is None:
            continue
        stop = LIST_END_RE.search(text, colon.end(), end)
        last = stop.start() if stop is not None else end
        for name in names:
            if not colon.end() <= name.start < last:
                continue
            if head["former"]:  # "các đồng chí nguyên Tổng Bí thư …: Đỗ Mười, Lê Khả Phiêu"
                people.setdefault(name.start, PersonMention(name.text, name.start, name.end))
            else:
                give_titles(raw, people, name, chain)


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
            give_titles(raw, people, names[i - 1], chain)
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


ITEM_RE = re.compile(
    r"(?:\d{1,2}\s*[.)]\s*|[-+•\u2013]\s*)?(?:(?:Ông|Bà|Đồng\s+chí|đồng\s+chí|Đ/c|đ/c)\s+)?"
)
"""What opens a list item before the name: a number or a dash, then an honorific."""
_ITEM_START_RE = re.compile(r"\d{1,2}\s*[.)]\s*\S|[-+•\u2013]\s*\S|(?:Ông|Bà|Đồng\s+chí|Đ/c)\s")
ITEM_FIRST = frozenset("0123456789-+•\u2013ÔBĐ")
"""First characters of a list item's line: a cheap test before ``may_be_list_item``."""
LEAD_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:\d{1,2}|(?i:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|bổ\s+sung|bầu"
    r"|chỉ\s+định|bổ\s+nhiệm|làm))\s+$"
)
"""Before the posts of a list's lead: a count, "các" or a verb ("bầu bổ sung 4 Ủy viên …")."""
LEAD_AFTER_RE = re.compile(
    rf"{KHOA}\s*,?\s*(?i:gồm|là)?(?:\s+(?i:các\s+)?(?i:ông,?\s*bà|đồng\s+chí|ông|bà))?\s*:\s*$"
)
"""After the posts of a list's lead, to the colon that ends its line: ", gồm các ông, bà:"."""
MAX_ITEMS = 40
"""Lines walked back from a list item to its lead."""


def may_be_list_item(text: str, start: int) -> bool:
    """Whether the line at ``start`` may be an item of a list (a few string tests)."""
    return (
        start > 0
        and text[start - 1] == "\n"
        and text[start] in ITEM_FIRST
        and _ITEM_START_RE.match(text, start) is not None
    )


def list_lead(text: str, start: int) -> list[Post] | None:
    """The posts of the lead line above the list item at ``start``, if the item has one.

    The lines between are items too (blank lines are skipped); the lead ends with a colon and
    prints the posts after a count, "các" or a verb, and before "gồm …:".
    """
    at = start
    for _ in range(MAX_ITEMS):
        if at < 2 or text[at - 1] != "\n":
            return None
        stop = at - 1
        while stop > 0 and text[stop - 1] == "\n":
            stop -= 1
        begin = text.rfind("\n", 0, stop) + 1
        if stop > begin and text[stop - 1] == ":":
            return _lead_posts(text, begin, stop)
        if stop <= begin or _ITEM_START_RE.match(text, begin, stop) is None:
            return None
        at = begin
    return None


def _lead_posts(text: str, start: int, end: int) -> list[Post] | None:
    chain: list[Post] = []
    for post in find_posts(text, 0, start, end):
        if chain and KHOA_GAP_RE.match(text, chain[-1].end, post.start) is None:
            chain = []
        if not chain and LEAD_BEFORE_RE.search(text, max(start, post.start - 12), post.start):
            chain = [post]
        elif chain:
            chain.append(post)
    if chain and LEAD_AFTER_RE.match(text, chain[-1].end, end) is not None:
        return chain
    return None


KHOA_GAP_RE = re.compile(r"\s*(?:,|và)\s*(?=\S)")


def give_list_lead(
    raw: str,
    text: str,
    start: int,
    names: list[Name],
    chain: list[Post],
    people: dict[int, PersonMention],
) -> None:
    """Give the lead's posts to the person a list item names first, right after its opener."""
    opener = ITEM_RE.match(text, start)
    first = names[0] if names else None
    if opener is not None and first is not None and first.start == opener.end():
        give_titles(raw, people, first, chain)
