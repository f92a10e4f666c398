"""Credits: people named after "Ảnh:", "Tin, ảnh:", "Thực hiện:" or "Theo:", without titles.

Several names may share one credit ("Thực hiện: Đắc Nhân - Ngọc Thành"); a line of names may
end with the photo's ("Trần Long - Thuỳ Linh - Ảnh: Thanh Hải"); a contributor is credited
as "CTV Hồng Hạnh (huyện Kbang)", an author as "Hồ Giang (thực hiện)" at the end of the text.
"""

from __future__ import annotations

import re

from vnpartydoc.extract.lexicon import CAP_WORD, CAPS_WORD, LOWER, UPPER
from vnpartydoc.extract.person_names import PersonMention

__all__ = ["credit_line", "find_credits"]

CREDIT_LEAD_RE = re.compile(
    rf"(?<![{LOWER}{UPPER}])(?i:ảnh|tin,?\s*ảnh|tin\s+và\s+ảnh|bài\s+và\s+ảnh|bài,?\s*ảnh|theo"
    r"|thực\s+hiện)\s*$"
)
CREDIT_NAME_RE = re.compile(
    rf"\s*(?P<name>{CAP_WORD}(?:\s+{CAP_WORD}){{1,3}}|{CAPS_WORD}(?:\s+{CAPS_WORD}){{1,3}})"
    r"(?=\s*(?:[/().,;]|$)|\s+[-\u2013]\s)"
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
NEXT_CREDIT_RE = re.compile(r"\s+[-\u2013]\s+|\s*,\s*|\s+và\s+")
"""Between two names of one credit: "Đắc Nhân - Ngọc Thành", "A, B", "A và B"."""
NAMES_BEFORE_PHOTO_RE = re.compile(
    rf"(?:{CAP_WORD}(?:\s+{CAP_WORD}){{1,3}}\s+[-\u2013]\s+)+(?i:ảnh)\s*$"
)
"""A line of names ending with the photo's credit: "Trần Long - Thuỳ Linh - Ảnh:"."""
CONTRIBUTOR_RE = re.compile(rf"CTV\s+(?P<name>{CAP_WORD}(?:\s+{CAP_WORD}){{1,3}})(?=\s*(?:\(|$))")
"""A contributor at the start of a line: "CTV Hồng Hạnh (huyện Kbang)"."""
AUTHOR_DONE_RE = re.compile(
    rf"(?:^|[.!?]\s+)(?P<name>{CAP_WORD}(?:\s+{CAP_WORD}){{1,3}})\s*\((?i:thực\s+hiện)\)\s*$"
)
"""An author ending the text: "… diễn ra Đại hội. Hồ Giang (thực hiện)"."""
BARE_CREDIT_RE = re.compile(rf"[.)]\s+Ảnh\s+(?P<name>{CAP_WORD}(?:\s+{CAP_WORD}){{1,3}})\.?\s*$")
"""A photo credit without its colon, ending a caption: "… (đứng giữa). Ảnh Hồng Thi."."""


def find_credits(text: str, start: int, end: int) -> list[PersonMention]:
    """People credited for a photo or an item in one line of the folded page, without titles."""
    out: list[PersonMention] = []
    if text.startswith("CTV ", start):
        _add(out, CONTRIBUTOR_RE.match(text, start, end))
    elif text.find("(thực hiện)", start, end) >= 0:
        _add(out, AUTHOR_DONE_RE.search(text, start, end))
    colon = text.find(":", start, end)
    while colon >= 0:  # colons are few: each is checked for a credit word before it
        lead = CREDIT_LEAD_RE.search(text, max(start, colon - 16), colon)
        match = CREDIT_NAME_RE.match(text, colon + 1, end) if lead is not None else None
        while match is not None and _a_person(match["name"]):
            _add(out, match)
            gap = NEXT_CREDIT_RE.match(text, match.end(), end)
            match = CREDIT_NAME_RE.match(text, gap.end(), end) if gap is not None else None
        if lead is not None and NAMES_BEFORE_PHOTO_RE.match(text, start, lead.end()):
            _names_before_photo(out, text, start, lead.start())
        colon = text.find(":", colon + 1, end)
    if not out and text.find(" Ảnh ", start, end) >= 0:
        bare = BARE_CREDIT_RE.search(text, start, end)
        if bare is not None and _a_person(bare["name"]):
            out.append(PersonMention(bare["name"], bare.start("name"), bare.end("name")))
    return out


def credit_line(text: str, start: int, end: int) -> bool:
    """Whether a short line set apart from the text credits people ("Thực hiện: A - B")."""
    return (
        text.startswith(("Thực hiện:", "CTV "), start)
        or text.find("(thực hiện)", start, end) >= 0
        or text.find("Ảnh:", start, end) >= 0
    )


def _add(out: list[PersonMention], match: re.Match[str] | None) -> None:
    if match is not None and _a_person(match["name"]):
        out.append(PersonMention(match["name"], match.start("name"), match.end("name")))


def _names_before_photo(out: list[PersonMention], text: str, start: int, end: int) -> None:
    """The names of a line that ends with the photo's credit, each one a credit."""
    at = start
    while at < end:
        match = CREDIT_NAME_RE.match(text, at, end)
        if match is None:
            return
        _add(out, match)
        gap = NEXT_CREDIT_RE.match(text, match.end(), end)
        if gap is None:
            return
        at = gap.end()


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
