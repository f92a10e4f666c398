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
     "Kênh", "Cục", "Bộ", "Hội", "Ủy", "Tỉnh", "Huyện", "Thành"}
)  # fmt: skip
"""First words of a body credited for a photo ("Ảnh: Báo Nhân Dân"), not of a person."""


def find_credits(text: str, start: int, end: int) -> list[PersonMention]:
    """People credited for a photo or an item in one line of the folded page, without titles."""
    out = []
    colon = text.find(":", start, end)
    while colon >= 0:  # colons are few: each is checked for a credit word before it
        lead = CREDIT_LEAD_RE.search(text, max(start, colon - 16), colon)
        match = CREDIT_NAME_RE.match(text, colon + 1, end) if lead is not None else None
        if (
            match is not None
            and match["name"].split(None, 1)[0].capitalize() not in _CREDIT_NOT_FIRST
        ):
            out.append(PersonMention(match["name"], match.start("name"), match.end("name")))
        colon = text.find(":", colon + 1, end)
    return out
