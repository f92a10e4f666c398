"""Credits: people named after "Ảnh:", "Tin, ảnh:" or "Theo:" in a line, without titles."""

from __future__ import annotations

import re

from vnpartydoc.extract.lexicon import CAP_WORD, CAPS_WORD, LOWER, UPPER
from vnpartydoc.extract.person_names import PersonMention

__all__ = ["find_credits"]

CREDIT_LEAD_RE = re.compile(
    rf"(?<![{LOWER}{UPPER}])(?i:ảnh|tin,?\s*ảnh|tin\s+và\s+ảnh|bài\s+và\s+ảnh|bài,?\s*ảnh|theo)\s*$"
)
CREDIT_NAME_RE = re.compile(
    rf"\s*(?P<name>{CAP_WORD}(?:\s+{CAP_WORD}){{1,3}}|{CAPS_WORD}(?:\s+{CAPS_WORD}){{1,3}})"
    r"(?=\s*(?:[/).,;]|$)|\s+[-\u2013]\s)"
)
"""A photo credit or a news item's credit, before and after its colon: "Ảnh: Hồng Đạt/TTXVN",
"ẢNH: GIA HÂN", "Tin, ảnh: X", "Theo: Thúy Hường" (the colon is needed: "Theo Báo …" cites a
paper)."""
_CREDIT_NOT_FIRST = frozenset(
    {"Báo", "Đài", "Cổng", "Trang", "Tạp", "Thông", "Văn", "Ban", "Sở", "Trung", "Tư", "Nguồn",
     "Kênh", "Cục", "Bộ", "Hội", "Ủy", "Tỉnh", "Huyện"}
)  # fmt: skip
"""First words of a body credited for a photo ("Ảnh: Báo Nhân Dân"), not of a person."""
_COMMITTEE_SECOND = frozenset({"Ủy", "Uỷ", "Đoàn", "Phố"})
"""Second words that make "Thành …" a committee or a city ("Thành Ủy"), not "Thành Cường"."""
BARE_CREDIT_RE = re.compile(rf"[.)]\s+Ảnh\s+(?P<name>{CAP_WORD}(?:\s+{CAP_WORD}){{1,3}})\.?\s*$")
"""A photo credit without its colon, ending a caption: "… (đứng giữa). Ảnh Hồng Thi."."""


def find_credits(text: str, start: int, end: int) -> list[PersonMention]:
    """People credited for a photo or an item in one line of the folded page, without titles."""
    out = []
    colon = text.find(":", start, end)
    while colon >= 0:  # colons are few: each is checked for a credit word before it
        lead = CREDIT_LEAD_RE.search(text, max(start, colon - 16), colon)
        match = CREDIT_NAME_RE.match(text, colon + 1, end) if lead is not None else None
        if match is not None and _a_person(match["name"]):
            out.append(PersonMention(match["name"], match.start("name"), match.end("name")))
        colon = text.find(":", colon + 1, end)
    if not out and text.find(" Ảnh ", start, end) >= 0:
        bare = BARE_CREDIT_RE.search(text, start, end)
        if bare is not None and _a_person(bare["name"]):
            out.append(PersonMention(bare["name"], bare.start("name"), bare.end("name")))
    return out


_NOT_CREDITS = frozenset({"minh họa", "minh hoạ", "tư liệu", "internet"})
"""What a photo is, in title case, not who took it: "Ảnh Minh Họa"."""


def _a_person(name: str) -> bool:
    """Whether a credited name is a person's, not a body's ("Báo Nhân Dân", "Thành Ủy")."""
    if name.lower() in _NOT_CREDITS:
        return False
    words = name.split()
    first = words[0].capitalize()
    if first == "Thành":
        return words[1].capitalize() not in _COMMITTEE_SECOND
    return first not in _CREDIT_NOT_FIRST
