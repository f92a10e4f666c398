"""Titles (chức danh): posts with their organ, and the names they stand next to.

A title is a chain of posts ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"), each a role and an
optional organ, possibly followed by a locality ("… Tỉnh ủy An Giang"). The printed shapes of
posts are in ``post_patterns.py``; here posts are found, joined to the place after them and
structured. Abbreviations (TUV, HUV, PCT, UVBTV, UBKT, UBND, HĐND …) are expanded in the
structured fields; the printed text is kept as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vnpartydoc.extract.lexicon import provinces
from vnpartydoc.extract.localities import (
    HCM_RE,
    NAME_RUN_RE,
    NON_SPACE_RE,
    locality_at,
    proper_or_known,
    split_name,
)
from vnpartydoc.extract.post_patterns import (
    LOCALITY_UNIT_END_RE,
    LOCALITY_UNIT_WORD_RE,
    LOOSE_POST_RE,
    LOWER_POST_RE,
    PARENT_BODY_RE,
    POST_RE,
    ROLE_START,
    STANDALONE_RE,
    TITLE_PARTS_RE,
    UNIT,
)

__all__ = [
    "HCM_RE",
    "NAME_RUN_RE",
    "NON_SPACE_RE",
    "ROLE_START",
    "Post",
    "find_posts",
    "locality_at",
    "parse_title_line",
    "posts_at",
    "posts_in_apposition",
    "proper_or_known",
    "split_name",
]
_EXPAND = (
    (re.compile(r"^PCT$"), "Phó Chủ tịch"),
    (re.compile(r"^PCT\s+TT$"), "Phó Chủ tịch Thường trực"),
    (re.compile(r"^CN$"), "Chủ nhiệm"),
    (re.compile(r"^CT$"), "Chủ tịch"),
    (re.compile(r"^PBT(?=\s|$)"), "Phó Bí thư"),
    (re.compile(r"^Phó bí thư"), "Phó Bí thư"),
    (re.compile(r"^Phó trưởng"), "Phó Trưởng"),
    (re.compile(r"^Phó chủ tịch"), "Phó Chủ tịch"),
    (re.compile(r"^Phó giám đốc"), "Phó Giám đốc"),
    (re.compile(r"^Phó chủ nhiệm"), "Phó Chủ nhiệm"),
    (re.compile(r"\bMTTQVN\b"), "Mặt trận Tổ quốc Việt Nam"),
    (re.compile(r"\bQH$"), "Quốc hội"),
    (re.compile(r"^Tổng giám đốc"), "Tổng Giám đốc"),
    (re.compile(r"^TGĐ$"), "Tổng Giám đốc"),
    (re.compile(r"\bUBMTTQ\b"), "Ủy ban Mặt trận Tổ quốc"),
    (re.compile(r"\bHĐTV\b"), "Hội đồng thành viên"),
    (re.compile(r"\bHĐQT\b"), "Hội đồng quản trị"),
    (re.compile(r"\bUBND\b"), "Ủy ban nhân dân"),
    (re.compile(r"\bHĐND\b"), "Hội đồng nhân dân"),
    (re.compile(r"\bUBKT\b"), "Ủy ban Kiểm tra"),
    (re.compile(r"\bMTTQ\b"), "Mặt trận Tổ quốc"),
    (re.compile(r"\bBTV\b"), "Ban Thường vụ"),
    (re.compile(r"\bBCH\b"), "Ban Chấp hành"),
    (re.compile(r"\bCHQS\b"), "Chỉ huy Quân sự"),
    (re.compile(r"\bTP\.?(?=\s|$)"), "thành phố"),
    (re.compile(r"[Tt]rưởng ban"), "Trưởng Ban"),
    (re.compile(r"Trưởng phòng"), "Trưởng Phòng"),
)
_GLUED_CHAIR_RE = re.compile(r"(?P<vice>Phó\s+|P)?CT(?P<council>UBND|HĐND)(?:\s+(?P<unit>\S.*))?$")
_ORGAN_HEAD_RE = re.compile(r"[Bb]an|Văn\s+phòng|[Đđ]oàn|[Pp]hòng")
# Ranks written as one word or an abbreviation: (post, organ).
_MEMBER_OF = {
    "tỉnh ủy viên": ("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh"),
    "thành ủy viên": ("Ủy viên", "Ban Chấp hành Đảng bộ thành phố"),
    "huyện ủy viên": ("Ủy viên", "Ban Chấp hành Đảng bộ huyện"),
    "quận ủy viên": ("Ủy viên", "Ban Chấp hành Đảng bộ quận"),
    "thị ủy viên": ("Ủy viên", "Ban Chấp hành Đảng bộ thị xã"),
    "đảng ủy viên": ("Ủy viên", "Ban Chấp hành Đảng bộ"),
    "tuv": ("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh"),
    "huv": ("Ủy viên", "Ban Chấp hành Đảng bộ huyện"),
    "quv": ("Ủy viên", "Ban Chấp hành Đảng bộ quận"),
    "uvtw": ("Ủy viên", "Ban Chấp hành Trung ương"),
    "uvt.ư": ("Ủy viên", "Ban Chấp hành Trung ương"),
    "uvtw đảng": ("Ủy viên", "Ban Chấp hành Trung ương"),
    "uvt.ư đảng": ("Ủy viên", "Ban Chấp hành Trung ương"),
    "đbqh": ("Đại biểu", "Quốc hội"),
}


@dataclass
class Post:
    """One post found in the text: offsets, printed form, role and organ."""

    start: int
    end: int
    role: str
    organ: str | None
    locality: str | None = None
    cut: tuple[int, int] | None = None
    """The "khóa N" printed inside the post, left out of its printed form."""

    def printed(self, raw: str) -> str:
        """The post as printed in ``raw``, without a "khóa N" inside it."""
        if self.cut is None:
            return raw[self.start : self.end]
        return raw[self.start : self.cut[0]] + raw[self.cut[1] : self.end]

    @property
    def structured(self) -> tuple[str, str | None]:
        """(post, organ) with abbreviations expanded and the locality appended."""
        return _structured(self.role, self.organ, self.locality)


@lru_cache(maxsize=4096)
def _structured(role: str, organ: str | None, locality: str | None) -> tuple[str, str | None]:
    role = role[:1].upper() + role[1:]  # "phó bí thư" printed in lower case: "Phó bí thư"
    key = " ".join(role.split()).lower()
    glued = _GLUED_CHAIR_RE.match(role)
    if glued is not None:  # "CTHĐND xã", "Phó CTUBND": the chair and the council in one word
        post = "Phó Chủ tịch" if glued["vice"] else "Chủ tịch"
        council = "Ủy ban nhân dân" if glued["council"] == "UBND" else "Hội đồng nhân dân"
        organ = f"{council} {_expand(glued['unit'])}" if glued["unit"] else council
    elif key.replace(".", "").replace(" ", "") == "uvbtv":
        post, organ = "Ủy viên", "Ban Thường vụ" + (f" {organ}" if organ else "")
    elif key in _MEMBER_OF:
        post, member_of = _MEMBER_OF[key]
        organ = organ or member_of
    else:
        post = _expand(role)
        head = _ORGAN_HEAD_RE.match(organ or "")
        if head is not None and post.endswith(("Trưởng", "Chánh")):
            post = f"{post} {head.group(0).capitalize()}"
        elif head is not None and post == "Phó":  # "Phó ban Tuyên giáo": the deputy head
            post = f"Phó Trưởng {head.group(0).capitalize()}"
    if organ is not None:
        organ = _expand(organ)
        if locality:
            organ = f"{organ} {locality}"
    return post, organ


@lru_cache(maxsize=4096)
def _expand(text: str) -> str:
    out = " ".join(text.split())
    for pattern, replacement in _EXPAND:
        out = pattern.sub(replacement, out)
    return out


def _valid(role: str, organ: str | None) -> bool:
    return organ is not None or STANDALONE_RE.match(role) is not None


@lru_cache(maxsize=4096)
def _ends_with_unit(post: str) -> bool:
    return LOCALITY_UNIT_END_RE.search(post) is not None


def find_posts(text: str, base: int = 0, start: int = 0, end: int | None = None) -> list[Post]:
    """Every post in folded ``text[start:end]``, with offsets shifted by ``base``."""
    posts: list[Post] = []
    end = len(text) if end is None else end
    for match in POST_RE.finditer(text, start, end):
        role, organ = match["role"], match["organ"]
        if not _valid(role, organ) and not _bare_deputy(text, match, end):
            continue
        post = Post(base + match.start(), base + match.end(), role, organ)
        if organ is None and role.lower() == "uvbtv":
            post.organ = None
        if _ends_with_unit(match.group(0)):
            found = _place_after(text, match.end(), end)
            if found is not None:
                post.end, post.locality = base + found[0], found[1]
        elif organ is not None and text.startswith(_KHOA_CUES, match.end()):
            _khoa_then_place(text, match.end(), end, post, base)
        elif (
            organ is not None
            and organ[:2] in ("Vụ", "vụ")
            and text[match.end() : match.end() + 1] == ","
        ):
            parent = PARENT_BODY_RE.match(text, match.end(), end)  # "…, Văn phòng Trung ương"
            if parent is not None:
                post.end, post.organ = base + parent.end(), f"{organ}{parent.group(0)}"
        posts.append(post)
    return posts


_NUMBERED_PARENT_RE = re.compile(r"\s+(?P<unit>[Qq]uận|Q\.)\s*(?P<number>\d{1,2})(?!\d)")
"""The district after a numbered ward: " quận 6" of "phường 14 quận 6"."""


_KHOA_CUES = (" khóa", " Khóa")
_KHOA_BEFORE_UNIT_RE = re.compile(rf"\s+(?i:khóa)\s+(?:[IVXL]+|\d{{1,2}})(?=\s+{UNIT}\s)")


def _khoa_then_place(text: str, pos: int, end: int, post: Post, base: int) -> None:
    """Read "khóa N" and a place after a post: "Đại biểu Quốc hội khóa XV tỉnh Tuyên Quang".

    The term names the body, not the post: the place goes to the post and the term is left
    out of its printed form.
    """
    khoa = _KHOA_BEFORE_UNIT_RE.match(text, pos, end)
    unit = LOCALITY_UNIT_WORD_RE.match(text, khoa.end(), end) if khoa is not None else None
    found = _place_after(text, unit.end(), end) if unit is not None else None
    if khoa is not None and found is not None:
        post.end, post.locality = base + found[0], found[1]
        post.cut = (base + khoa.start(), base + khoa.end())


def _place_after(text: str, pos: int, end: int) -> tuple[int, str] | None:
    """The locality after a post, unless it is one word that starts a sentence without a stop.

    "Chủ tịch UBND phường Báo cáo kết quả …": "Báo" begins the next clause, not a place; a
    province of one word ("Huế") stays one.
    """
    if text.endswith(("ủy", "uỷ"), 0, pos) and text[pos + 1 : pos + 2] in _UNIT_FIRST:
        named = _unit_and_place(text, pos + 1, end)
        if named is not None:
            return named
    found = locality_at(text, pos, end)
    if found is not None and found[1].isdecimal():  # "phường 14", "phường 14 quận 6"
        parent = _NUMBERED_PARENT_RE.match(text, found[0], end)
        if parent is None:
            return found
        return parent.end(), f"{found[1]} {parent['unit']} {parent['number']}"
    if (
        found is not None
        and " " not in found[1]
        and text[found[0] : found[0] + 1] == " "
        and text[found[0] + 1 : found[0] + 2].islower()
        and found[1].lower() not in provinces()
    ):
        return None
    return found


_UNIT_FIRST = frozenset("tTqQhHT")
_UNIT_WORD_RE = re.compile(
    r"(?:[Tt]ỉnh|[Tt]hành\s+phố|TP\.?|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã)\s+(?:(?P<number>\d{1,2})(?!\d))?"
)


def _unit_and_place(text: str, at: int, end: int) -> tuple[int, str] | None:
    """The unit and the place printed after a committee: (end offset, locality).

    "Bí thư Thành ủy thành phố Cần Thơ" → "Cần Thơ"; "Bí thư Quận ủy Quận 1" → "Quận 1"; a
    capitalised run ("Huyện ủy Quận Kiến An") is left to ``locality_at``.
    """
    unit = _UNIT_WORD_RE.match(text, at, end)
    if unit is None:
        return None
    if unit["number"] is not None:  # "Quận 1", "quận 3": the number is the district's name
        return unit.end(), f"{text[at].upper()}{text[at + 1 : unit.end()]}"
    if not (text[at].islower() or text.startswith("TP", at)) or HCM_RE.match(text, at, end):
        return None
    found = locality_at(text, unit.end() - 1, end)
    if (
        found is not None
        and " " not in found[1]
        and text[found[0] + 1 : found[0] + 2].islower()
        and found[1].lower() not in provinces()
    ):
        return None  # "quận Kiến an": a place cut short by a lower-case word is no place
    return found


_BARE_DEPUTY_RE = re.compile(r"(?:Phó\s+[Bb]í\s+thư|PBT)(?:\s+[Tt]hường\s+trực)?$")
"""A deputy secretary printed without the committee ("Phó Bí thư", "PBT")."""
_NEXT_POST_RE = re.compile(r"\s*,\s*")


def _bare_deputy(text: str, match: re.Match[str], end: int) -> bool:
    """Whether a deputy secretary without a committee heads a chain of posts.

    "Nguyễn Thanh Hải - Phó Bí thư, Chủ tịch UBND phường": the post of the committee the text
    is about, kept when a comma and a full post follow it.
    """
    if match["organ"] is not None or _BARE_DEPUTY_RE.match(match["role"]) is None:
        return False
    gap = _NEXT_POST_RE.match(text, match.end(), end)
    following = POST_RE.match(text, gap.end(), end) if gap is not None else None
    return following is not None and _valid(following["role"], following["organ"])


def posts_at(text: str, pos: int, end: int) -> list[Post]:
    """The posts printed from ``pos`` on, one after another, their roles in either case.

    "phó bí thư Tỉnh ủy, chủ tịch UBND tỉnh Tây Ninh": each post needs an organ, and they are
    set off by commas or dashes.
    """
    posts: list[Post] = []
    while True:
        match = LOWER_POST_RE.match(text, pos, end)
        if match is None:
            return posts
        post = Post(match.start(), match.end(), match["role"], match["organ"])
        if _ends_with_unit(match.group(0)):
            found = _place_after(text, match.end(), end)
            if found is not None:
                post.end, post.locality = found
        posts.append(post)
        gap = _POST_GAP_RE.match(text, post.end, end)
        if gap is None:
            return posts
        pos = gap.end()


_POST_GAP_RE = re.compile(r"\s*(?:,|\s[-\u2013])\s*")


_APPOSITION_PART_RE = re.compile(r"[^,;.()\u2013\n]{3,90}?(?=\s*(?:[,;.()\n]|\s[-\u2013]\s|$))")
"""One part of an apposition, up to the next comma, semicolon, stop, bracket or dash."""
_PART_GAP_RE = re.compile(r"\s*(?:,|\s[-\u2013])\s*")


def posts_in_apposition(text: str, pos: int, end: int) -> list[Post]:
    """The posts of an apposition from ``pos`` on, each part read whole as a title.

    "Trần Văn A, Giám đốc Trung tâm Y tế huyện, phát biểu": a part the posts found in running
    text miss is a title when the whole of it reads as one (a role, then a body named with a
    capital); the first part that does not ends the apposition.
    """
    posts: list[Post] = []
    while True:
        part = _APPOSITION_PART_RE.match(text, pos, end)
        if part is None:
            return posts
        loose = LOOSE_POST_RE.match(part.group(0))
        if loose is None or not _valid(loose["role"], loose["organ"]):
            return posts
        posts.append(Post(part.start(), part.end(), loose["role"], loose["organ"]))
        gap = _PART_GAP_RE.match(text, part.end(), end)
        if gap is None:
            return posts
        pos = gap.end()


def parse_title_line(text: str) -> list[tuple[str, str, str | None]] | None:
    """Read a whole line as a title: [(printed, post, organ)], or None if any part is not one."""
    out: list[tuple[str, str, str | None]] = []
    for part in TITLE_PARTS_RE.split(text.strip().strip(".;")):
        match = LOOSE_POST_RE.match(part) or _post_with_locality(part)
        if match is None or not _valid(match["role"], match["organ"]):
            return None
        post = Post(0, len(part), match["role"], match["organ"])
        if match.re is not LOOSE_POST_RE:
            post.locality = proper_or_known(part[match.end("organ") :].strip())
        structured = post.structured
        out.append((part, structured[0], structured[1]))
    return out or None


def _post_with_locality(part: str) -> re.Match[str] | None:
    match = POST_RE.match(part)
    if match is None or match["organ"] is None:
        return None
    rest = part[match.end() :]
    found = locality_at(part, match.end())
    if found is not None and not part[found[0] :].strip():
        return match
    return match if not rest.strip() else None
