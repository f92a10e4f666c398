"""Step 2, layout: the bylines at the end of a press article.

An author line is an ALL-CAPS name ("PHƯƠNG THUẬN"), a name after "Bài và ảnh:", or a name with
its title ("Nguyễn Văn A - Phó Trưởng Ban Tuyên giáo Tỉnh ủy"), often followed by a title line;
a line of names in mixed case alone after the last paragraph ("Minh Hiếu - Mai Huyền") signs the
text too. :func:`read_byline` and the name tests are used by ``layout.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vnpartydoc.extract.lexicon import CAP_WORD, UPPER, provinces
from vnpartydoc.extract.titles import parse_title_line, split_name

if TYPE_CHECKING:
    from collections.abc import Iterator

    from vnpartydoc.extract.clean import CleanText, Line

__all__ = [
    "CAPS_NAME_RE",
    "MIXED_NAME_RE",
    "Byline",
    "name_parts",
    "names_in",
    "pen_names",
    "read_byline",
]

BYLINE_PREFIX_RE = re.compile(
    r"^(?P<prefix>(?:bài|tin|ảnh|bài\s+và\s+ảnh|bài,\s*ảnh|tin,\s*ảnh|tin\s+và\s+ảnh|tác\s+giả"
    r"|người\s+viết)\s*:\s*)?(?P<degree>(?:(?:PGS|GS|TS|ThS|Ths|NCS|CN|KS|BS)\.?\s*,?\s*)+\s)?",
    re.IGNORECASE,
)
CAPS_NAME_RE = re.compile(rf"^[{UPPER}]+(?:\s+[{UPPER}]+){{1,4}}$")
MIXED_NAME_RE = re.compile(rf"^{CAP_WORD}(?:\s+{CAP_WORD}){{1,4}}$")
_CAPS_STOP = re.compile(
    r"\b(?:ĐẢNG|ỦY|BAN|TỈNH|HUYỆN|XÃ|PHƯỜNG|NGHỊ|QUYẾT|CHỈ|KẾ|HOẠCH|ĐẠI|HỘI|BÍ THƯ|VIỆT NAM"
    r"|CỘNG|CHỦ TỊCH|THƯỜNG VỤ|MỤC|NỘI DUNG|TỔ CHỨC|THỰC HIỆN|YÊU CẦU|NHIỆM|KỲ|LẦN|THỨ"
    r"|TRUNG ƯƠNG|UBND|HĐND|TIN|BÀI|ẢNH|SỐ|NGÀY|THÁNG|NĂM|QUỐC|CHÍNH|TRỊ)\b"
)
NAME_SPLIT_RE = re.compile(r"\s+[-\u2013]\s+|\s*,\s*|\s+và\s+")
_NAME_LINE_FIRST = frozenset(
    {"Ông", "Bà", "Đồng", "Anh", "Chị", "Bác", "Cô", "Chú", "Tổng", "Thủ", "Chủ", "Bí", "Phó",
     "Trưởng", "Giám", "Đại", "Thượng", "Thiếu", "Trung", "Liên", "Trang", "Đài", "Lễ", "Kỳ",
     "Xem", "Theo", "Nguồn", "Quay", "Chia", "Trường", "Thành", "Công", "Chi", "Đoàn"}
)  # fmt: skip
"""First words of an honorific, a post, a rank or a menu item, not of a name alone on a line."""
_NAME_LINE_STOP = frozenset(
    {"Ủy", "Uỷ", "Tin", "Bài", "Ảnh", "Tags", "Video", "Báo", "Cổng", "Ban", "Sở", "Bộ", "Hội",
     "Đảng", "Tỉnh", "Huyện", "Xã", "Phường", "Quận", "Khối", "Cục", "Viện", "Tập", "Mục",
     "Điều", "Phần", "Sự", "Kiện", "Tức", "Hệ", "Nghị", "Quyết", "Kế", "Hoạch", "Nhà", "Cùng",
     "Của", "Với", "Doanh", "Nghiệp", "Đọc", "Tiếp", "Thêm", "Sẻ", "Mới", "Bật", "Gửi", "Khác",
     "Phản", "Hồi", "Chuyên", "Nhiều", "Trên", "Đầu"}
)  # fmt: skip
"""Words of a heading or a body's name, never in a name that signs a text alone on its line
("Minh Hiếu - Mai Huyền", "ĐỒNG HÀNH CÙNG DOANH NGHIỆP" is a slogan)."""
TITLE_SPLIT_RE = re.compile(r"^(?P<name>[^(\u2013-]+?)\s*(?:[-\u2013]\s+|\()(?P<title>.+?)\)?$")


@dataclass(frozen=True, slots=True)
class Byline:
    """An author line: the printed name, its span, and the title lines after it."""

    printed: str
    start: int
    end: int
    titles: list[tuple[str, str, str | None, int, int]]
    """(printed, post, organ, start, end) of each title."""


def names_in(text: str, *, caps_only: bool) -> list[str] | None:
    """The names a line is made of (ALL-CAPS, or mixed case when not ``caps_only``), or None."""
    parts = []
    for part in _parts(text.strip()):
        if CAPS_NAME_RE.match(part):
            if _CAPS_STOP.search(part) or any(
                len(w) > 7 or w.capitalize() in _NAME_LINE_STOP for w in part.split()
            ):
                return None
        elif (
            caps_only
            or not MIXED_NAME_RE.match(part)
            or (split_name(part.split(), allow_locality=False) is None and len(part.split()) > 3)
        ):
            return None
        parts.append(part)
    return parts or None


def _parts(text: str) -> Iterator[str]:
    """The non-empty parts of ``NAME_SPLIT_RE.split(text)``, split as they are asked for.

    Most lines are no names: the first part tells, and the rest of the line is not split.
    """
    pos = 0
    for sep in NAME_SPLIT_RE.finditer(text):
        if sep.start() > pos:
            yield text[pos : sep.start()]
        pos = sep.end()
    if pos < len(text):
        yield text[pos:]


def name_parts(text: str) -> list[list[str]] | None:
    """The words of each name in a line printed as names only, in mixed case.

    "Chí Kiên", "Minh Hiếu - Mai Huyền", "Bình Dương": 1 to 3 names of 2 to 4 capitalised words.
    """
    if not 4 <= len(text) <= 60 or text[-1] in ".:;!?":
        return None
    parts = [part for part in NAME_SPLIT_RE.split(text.strip()) if part]
    if not 1 <= len(parts) <= 3:
        return None
    out = []
    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= 4 or MIXED_NAME_RE.match(part) is None:
            return None
        out.append(words)
    return out


def pen_names(parts: list[list[str]]) -> bool:
    """Whether the names of a line are people's: no heading or post word, no province."""
    return not any(
        words[0] in _NAME_LINE_FIRST
        or any(len(word) > 7 or word in _NAME_LINE_STOP for word in words)
        or " ".join(words).lower() in provinces()
        for words in parts
    )


def read_byline(page: CleanText, line: Line, following: Line | None) -> tuple[Byline, bool] | None:
    """The byline a line is, with its titles, and whether ``following`` was used.

    The titles are printed on the line after a dash or in brackets, or on the next line
    (``following``); None when the line is no byline.
    """
    prefix = BYLINE_PREFIX_RE.match(line.text)
    start = line.start + (prefix.end() if prefix else 0)
    text = page.fold[start : line.end]
    has_prefix = bool(prefix and (prefix["prefix"] or prefix["degree"]))
    titles: list[tuple[str, str, str | None, int, int]] = []
    names = names_in(text, caps_only=not has_prefix)
    if names is None:
        split = TITLE_SPLIT_RE.match(text)
        if split is None or names_in(split["name"], caps_only=True) is None:
            return None
        parsed = parse_title_line(split["title"])
        if parsed is None:
            return None
        names = [split["name"]]
        title_start = start + split.start("title")
        titles = [(p, post, organ, title_start, title_start + len(p)) for p, post, organ in parsed]
    used_next = False
    if not titles and following is not None and len(names) == 1:
        parsed = parse_title_line(following.text)
        if parsed is not None:
            used_next = True
            offset = following.start
            for printed, post, organ in parsed:
                at = page.fold.find(printed, offset, following.end)
                titles.append(
                    (page.raw[at : at + len(printed)], post, organ, at, at + len(printed))
                )
                offset = at + len(printed)
    if not has_prefix and not titles and not all(CAPS_NAME_RE.match(n) for n in names):
        return None
    byline = Byline(page.cut(start, line.end), start, line.end, titles)
    return byline, used_next
