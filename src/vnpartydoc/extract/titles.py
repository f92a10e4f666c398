"""Titles (chức danh): posts with their organ, and the names they stand next to.

A title is a chain of posts ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"), each a role and an
optional organ, possibly followed by a locality ("… Tỉnh ủy An Giang"). Abbreviations (TUV,
HUV, PCT, UVBTV, UBKT, UBND, HĐND …) are expanded in the structured fields; the printed text
is kept as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vnpartydoc.extract.lexicon import (
    AGENCY_BODY,
    AGENCY_NAME,
    CAP_WORD,
    LOWER,
    UPPER,
    WORD_BOUNDARY_AFTER,
    province_re,
    provinces,
)
from vnpartydoc.extract.localities import (
    HCM_RE,
    NAME_RUN_RE,
    NON_SPACE_RE,
    locality_at,
    proper_or_known,
    split_name,
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
    "proper_or_known",
    "split_name",
]

_YOUTH_ORGAN = rf"(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+đoàn|(?:tỉnh|huyện|quận)\s+Đoàn(?!\s+[{UPPER}])"
"""The Youth Union's committee of a locality, whose name may follow: "Thành đoàn Đà Nẵng"."""
_BARE_BODY = (
    r"(?:[Tt]ổng\s+[Cc]ông\s+ty|[Cc]ông\s+ty|[Tt]ập\s+đoàn|Khối|[Bb]ệnh\s+viện|[Nn]hà\s+trường|[Tt]rường)"
    rf"{WORD_BOUNDARY_AFTER}"
)
"""A body named by its kind alone, in either case: "công ty", "Khối", "bệnh viện"."""
_SCHOOL = "(?=[Tt]rường\\s)" + re.sub(r"\(\?P<\w+>", "(?:", AGENCY_NAME)
"""A school named in full, "Trường Đại học Vinh" (``AGENCY_NAME`` without its groups)."""
_ACRONYM = rf"[{UPPER}][{UPPER}\d]{{1,6}}{WORD_BOUNDARY_AFTER}"
"""A company's acronym: "PECC2", "VRG", "NHPT"."""
_COMM = (
    r"(?:[Tt]ỉnh\s+ủy|[Tt]hành\s+ủy|[Hh]uyện\s+ủy|[Qq]uận\s+ủy|[Tt]hị\s+ủy"
    r"|[Đđ]ảng\s+ủy\s+Quân\s+sự\s+(?:Trung\s+ương|T\.Ư|TƯ)"  # "Đảng ủy Quân sự T.Ư"
    rf"|[Đđ]ảng\s+ủy\s+{AGENCY_BODY}"  # "Đảng ủy Khối các cơ quan Trung ương", kept whole
    # a committee named by the kind of body alone: "Thường trực Đảng ủy Khối", "Bí thư Đảng
    # ủy Công ty", "Phó Bí thư Đảng ủy bệnh viện"
    rf"|[Đđ]ảng\s+ủy\s+{_SCHOOL}|[Đđ]ảng\s+ủy\s+{_BARE_BODY}"
    r"|Đảng\s+ủy(?:\s+(?:[Xx]ã|[Pp]hường|[Tt]hị\s+trấn|đặc\s+khu|Chính\s+phủ|Quốc\s+hội))?)"
)
_UNIT = r"(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)"
_VILLAGE = r"(?:thôn|bản|xóm|ấp|làng|buôn|tổ\s+dân\s+phố|khu\s+phố|khu\s+dân\s+cư)"
# A company or an agency named as a post's organ: "Tập đoàn Dầu khí Việt Nam", "Sở Nội vụ",
# "Tập đoàn" alone ("Tổng giám đốc Tập đoàn").
_COMPANY = rf"(?:{AGENCY_BODY}|{_SCHOOL}|Tập\s+đoàn|Tổng\s+[Cc]ông\s+ty|Công\s+ty|{_BARE_BODY})"
_CPV = r"(?:\s+Cộng\s+sản\s+Việt\s+Nam)?"  # "Trung ương Đảng Cộng sản Việt Nam"
_COMMISSIONS = (
    r"(?:[Tt]ổ\s+chức|[Tt]uyên\s+giáo\s+và\s+[Dd]ân\s+vận|[Tt]uyên\s+giáo|[Dd]ân\s+vận|[Nn]ội\s+chính"
    r"|[Kk]inh\s+tế"
    r"|Chính\s+sách,?\s+chiến\s+lược|Đối\s+ngoại|Bảo\s+vệ,?\s+chăm\s+sóc\s+sức\s+khỏe\s+cán\s+bộ)"
)
_ROLE_LIST = (
    r"Tổng\s+Bí\s+thư", r"Bí\s+thư",
    r"Trưởng\s+ban(?=\s+Ban\s)", r"Trưởng(?=\s+(?:[Bb]an|Văn|[Đđ]oàn|[Pp]hòng|Công\s+an))",
    r"Chủ\s+nhiệm", r"Chánh(?=\s+Văn\s+phòng)",
    r"Chủ\s+tịch\s+[Nn]ước(?:\s+(?:CHXHCN|Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa)\s+Việt\s+Nam)?",
    r"Chủ\s+tịch",
    r"Giám\s+đốc", r"Trưởng\s+[Pp]hòng", r"Chánh\s+án", r"Viện\s+trưởng", r"Tổng\s+Biên\s+tập",
    r"Chỉ\s+huy\s+[Tt]rưởng", r"Tư\s+lệnh", r"Tham\s+mưu\s+trưởng", r"Chính\s+ủy(?!\s+viên)",
    r"Bộ\s+trưởng", r"Thứ\s+trưởng", r"Thủ\s+tướng",
    r"Hiệu\s+trưởng", r"Ủy\s+viên\s+[Dd]ự\s+khuyết", r"Ủy\s+viên", r"Thường\s+trực",
    r"Giảng\s+viên", r"Phóng\s+viên", r"Chuyên\s+viên", r"Đại\s+biểu",
    r"Tổng\s+[Gg]iám\s+đốc", r"Thành\s+viên(?=\s+(?:HĐTV|HĐQT|Hội\s+đồng))",
    *(rf"{unit}\s+ủy\s+viên" for unit in ("Tỉnh", "Thành", "Huyện", "Quận", "Thị", "Đảng")),
)  # fmt: skip
_ROLES = "|".join(_ROLE_LIST)
# Words after "và" that start a post, a rank or an honorific, not the rest of a ministry's name
_ROLE_AFTER_AND = (
    r"(?:Phó|Trưởng|Tổng|Ông|Bà|Đồng|Các|Đại|Thượng|Trung|Thiếu)\s"
    r"|Thứ\s+trưởng|Bộ\s+trưởng|Chủ\s+tịch|Ủy\s+viên|Giám\s+đốc|Bí\s+thư"
)
_ABBREVIATION_LIST = (
    "PCT", r"PBT(?:\s+[Tt]hường\s+trực)?", "TUV", "HUV", "QUV", r"UVTW(?:\s+Đảng)?",
    r"UVT\.Ư(?:\s+Đảng)?", r"UV\.?\s?BTV", "ĐBQH", "TGĐ",
    r"CT(?=\s+(?:UBND|HĐND))",
    # the chair and the council in one word: "CTHĐND xã", "Phó CTUBND"
    *(rf"{vice}CT(?:UBND|HĐND)(?:\s+{_UNIT})?" for vice in ("", "P", r"Phó\s+")),
)  # fmt: skip
_ABBREVIATIONS = "|".join(_ABBREVIATION_LIST)
_ORGANS = (
    rf"(?:Ban\s+Thường\s+vụ|BTV)(?:\s+{_COMM})?"
    rf"|(?:Ban\s+Chấp\s+hành|BCH)\s+(?:(?:Trung\s+ương|TW|T\.Ư|TƯ)(?:\s+Đảng{_CPV})?|Đảng\s+bộ\s+{_UNIT}|{_COMM}"
    rf"|Đảng\s+bộ\s+{AGENCY_BODY})"
    rf"|[Bb]an\s+{_COMMISSIONS}\s+(?:{_COMM}|(?:Trung\s+ương|T\.Ư|TƯ)(?:\s+Đảng)?)"
    rf"|(?:Ủy\s+ban\s+[Kk]iểm\s+tra|UBKT)\s+(?:{_COMM}|Trung\s+ương)"
    rf"|Văn\s+phòng\s+(?:{_COMM}|Trung\s+ương(?:\s+Đảng)?)"
    rf"|(?:Ủy\s+ban\s+[Nn]hân\s+[Dd]ân|UBND|Hội\s+đồng\s+[Nn]hân\s+[Dd]ân|HĐND"
    rf"|(?:Ủy\s+ban\s+(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)|UBMTTQ|MTTQ)(?:VN|\s+Việt\s+Nam)?)"
    rf"\s+{_UNIT}"
    # a working delegation and its head: "Trưởng đoàn công tác của Bộ Chính trị", "Trưởng
    # Đoàn," printed alone
    rf"|[Đđ]oàn\s+công\s+tác(?:\s+số\s+\d{{1,2}})?(?:\s+(?:của\s+)?(?:Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư"
    rf"|Ban\s+Thường\s+vụ\s+{_COMM}|(?:Trung\s+ương|T\.Ư|TƯ)(?:\s+Đảng)?|{_COMM}))?"
    r"|(?<=Trưởng\s)[Đđ]oàn(?=\s*[,;)])"
    rf"|[Đđ]oàn\s+(?:chuyên\s+trách\s+[Đđ]oàn\s+)?(?:[Đđ]ại\s+biểu\s+Quốc\s+hội|ĐBQH)(?:\s+{_UNIT})?"
    # "Phòng Văn hóa - Thông tin huyện", "Phòng nội vụ huyện"
    rf"|[Pp]hòng\s+(?:{CAP_WORD}|[{LOWER}]+)(?:\s+[{LOWER}]+){{0,3}}"
    rf"(?:\s+[-\u2013]\s+{CAP_WORD}(?:\s+[{LOWER}]+){{0,3}})?"
    rf"|(?:HĐTV|Hội\s+đồng\s+[Tt]hành\s+viên|HĐQT|Hội\s+đồng\s+[Qq]uản\s+trị)(?:\s+(?:{_COMPANY}|{_ACRONYM}))?"
    # a department named with "và": "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường"
    rf"|Sở\s+{CAP_WORD}(?:\s+[{LOWER}]+)?\s+và\s+(?!{_ROLE_AFTER_AND}){CAP_WORD}"
    rf"(?:\s+(?!{_UNIT}{WORD_BOUNDARY_AFTER})[{LOWER}]+)?{WORD_BOUNDARY_AFTER}"
    rf"(?:\s+{_UNIT}{WORD_BOUNDARY_AFTER})?"
    rf"|{_COMPANY}"
    # a company by its acronym after its director: "Tổng Giám đốc PECC2", "TGĐ VRG"
    rf"|(?<=iám\sđốc\s){_ACRONYM}|(?<=TGĐ\s){_ACRONYM}"
    rf"|(?:(?:Tòa\s+án|Viện\s+[Kk]iểm\s+sát)\s+nhân\s+dân|TAND|VKSND)\s+(?:{_UNIT}|tối\s+cao)"
    rf"|Bộ\s+(?:[Cc]hỉ\s+huy\s+(?:[Qq]uân\s+sự|[Bb]ộ\s+đội\s+[Bb]iên\s+phòng)|CHQS|CH\s+BĐBP)\s+{_UNIT}"
    rf"|Quân\s+khu\s+\d{{1,2}}"
    r"|Tổng\s+cục\s+Chính\s+trị(?:\s+(?:QĐND|Quân\s+đội\s+nhân\s+dân)\s+Việt\s+Nam)?"
    r"|Quốc\s+phòng|Ngoại\s+giao"  # "Bộ trưởng Quốc phòng": the ministry without "Bộ"
    rf"|(?:Liên\s+đoàn\s+Lao\s+động|Hội\s+(?:Nông\s+dân|Cựu\s+chiến\s+binh|CCB|Liên\s+hiệp\s+Phụ\s+nữ"
    rf"|Phụ\s+nữ))\s+{_UNIT}"
    rf"|{_YOUTH_ORGAN}"
    # the Youth Union's cell: "Phó Bí thư Chi đoàn Văn phòng"
    rf"|[Cc]hi\s+đoàn(?:\s+(?!(?:và|là|của|tại|được|đã|đến|cùng){WORD_BOUNDARY_AFTER})"
    rf"(?:{CAP_WORD}|[{LOWER}]+)){{0,2}}"
    # "Chi bộ thôn Đông": the village's name is read as the post's locality, before a name
    rf"|[Cc]hi\s+bộ\s+{_VILLAGE}"
    rf"|[Cc]hi\s+bộ(?:\s+{CAP_WORD}(?:\s+{CAP_WORD}){{0,4}})?"
    # a newspaper: "Tổng Biên tập Báo Quảng Ninh", "Báo và Phát thanh, Truyền hình tỉnh"
    rf"|Báo\s+và\s+[Pp]hát\s+thanh,?\s+[Tt]ruyền\s+hình\s+{_UNIT}"
    rf"|Báo\s+(?:Nhân\s+Dân|Quân\s+đội\s+[Nn]hân\s+dân|{province_re().pattern})"
    # "Bộ trưởng Bộ Công an", "Bộ Kế hoạch và Đầu tư" (not "Bộ Công an và Thứ trưởng …")
    rf"|Bộ\s+(?!Chính\s+trị){CAP_WORD}(?:\s+[{LOWER}]+)?"
    rf"(?:\s+và\s+(?!{_ROLE_AFTER_AND}){CAP_WORD}(?:\s+[{LOWER}]+){{0,2}})?"
    r"|Học\s+viện\s+Chính\s+trị\s+[Qq]uốc\s+gia\s+Hồ\s+Chí\s+Minh|Quân\s+ủy\s+Trung\s+ương"
    r"|Ủy\s+ban\s+Trung\s+ương\s+(?:Mặt\s+trận\s+Tổ\s+quốc|MTTQ)(?:\s+Việt\s+Nam)?"
    r"|Hội\s+đồng\s+Lý\s+luận\s+Trung\s+ương"
    # "Bí thư Đảng đoàn Mặt trận Tổ quốc Việt Nam", "Bí thư Đảng đoàn" alone
    r"|Đảng\s+đoàn(?:\s+(?:Mặt\s+trận\s+Tổ\s+quốc\s+Việt\s+Nam|MTTQ(?:\s+Việt\s+Nam)?|Quốc\s+hội))?"
    rf"|(?:Trung\s+ương|T\.Ư|TƯ)(?:\s+Đảng{_CPV})?|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Quốc\s+hội|QH|Chính\s+phủ"
    rf"|{_COMM}"
    r"|Đảng\s+bộ(?=\s*(?:[,.;)]|$))"  # "Bí thư Đảng bộ, Chủ tịch HĐND xã": the committee in focus
)
_GENERIC_ORGAN = (
    rf"(?:Sở|Trường|Viện|Báo|Đài|Học\s+viện|Bệnh\s+viện|Công\s+an|Ban|Cục|Tổng\s+cục|Hội)"
    rf"\s+{CAP_WORD}(?:\s+(?:[{LOWER}]+|{CAP_WORD})){{0,8}}"
)


def _checked_after_first_letter(alternatives: tuple[str, ...]) -> str:
    """``(?<![letters])(?:a|b|…)`` with the look-behind moved after each first letter.

    Every alternative then starts with a literal letter, so ``re`` can skip straight to those
    letters instead of trying the look-behind at every offset. Alternatives with the same first
    letter share it and one look-behind, keeping their order (alternatives with different first
    letters never match at the same offset, so the order between groups does not matter).
    """
    assert all(a[0].isalpha() for a in alternatives)
    rests: dict[str, list[str]] = {}
    for alternative in alternatives:
        rests.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(
        f"{first}(?<![{LOWER}{UPPER}].)(?:{'|'.join(group)})" for first, group in rests.items()
    )


# (?<![letters])(?:Phó\s+)?(?:ROLES)(?:\s+[Tt]hường\s+trực)?|ABBREVIATIONS, with the optional
# "Phó" and the role list spelt out as alternatives, in the same order: where a post can start.
ROLE_START = _checked_after_first_letter(
    (
        # "Phó Trưởng Ban Thường trực Ban Tổ chức …": the standing deputy head of a commission
        r"Phó\s+[Tt]rưởng\s+[Bb]an\s+[Tt]hường\s+trực(?=\s+[Bb]an)",
        # "Phó bí thư", "Phó trưởng Ban" as printed
        rf"Phó\s+(?:{_ROLES}|bí\s+thư|chủ\s+tịch|giám\s+đốc|chủ\s+nhiệm|trưởng\s+ban(?=\s+Ban\s)"
        r"|trưởng(?=\s+(?:[Bb]an|[Đđ]oàn)))"
        r"(?:\s+[Tt]hường\s+trực)?"
        r"(?:\s+chuyên\s+trách)?",
        *(rf"{role}(?:\s+[Tt]hường\s+trực)?" for role in _ROLE_LIST),
        *_ABBREVIATION_LIST,
    )
)
"""The role a post starts with, as a pattern whose alternatives each begin with a letter."""
POST_RE = re.compile(f"(?P<role>{ROLE_START})(?:\\s+(?P<organ>{_ORGANS}))?{WORD_BOUNDARY_AFTER}")
# The roles with their first letter in either case, for the posts printed in lower case after
# a name ("ông Nguyễn Văn Út, phó bí thư Tỉnh ủy, chủ tịch UBND tỉnh"): only tried there, as
# lower-case words that begin roles begin most words of a sentence.
_ANY_CASE_ROLES = "|".join(
    f"[{r[0].upper()}{r[0].lower()}]{r[1:]}" for r in _ROLE_LIST if r[0].isalpha()
)
LOWER_POST_RE = re.compile(
    rf"(?P<role>(?:[Pp]hó\s+)?(?:{_ANY_CASE_ROLES})(?:\s+[Tt]hường\s+trực)?)"
    rf"\s+(?P<organ>{_ORGANS}){WORD_BOUNDARY_AFTER}"
)
"""A post whose role may be printed in lower case; it needs an organ."""
LOOSE_POST_RE = re.compile(
    rf"(?P<role>(?:Phó\s+)?(?:{_ROLES})(?:\s+[Tt]hường\s+trực)?|Phó\s+[Tt]rưởng\s+[Bb]an\s+[Tt]hường\s+trực(?=\s+[Bb]an)"
    rf"|Phó\s+(?:bí\s+thư|trưởng(?=\s+(?:[Bb]an|[Đđ]oàn)))|{_ABBREVIATIONS})"
    rf"(?:\s+(?P<organ>{_ORGANS}|{_GENERIC_ORGAN}))?\s*$"
)
LOCALITY_UNIT_WORD_RE = re.compile(rf"\s+{_UNIT}")
TITLE_PARTS_RE = re.compile(r"\s*,\s*|\s+[-–]\s+")
LOCALITY_UNIT_END_RE = re.compile(rf"(?:{_UNIT}|{_COMM}|{_VILLAGE}|{_YOUTH_ORGAN})$")
# Roles that make a title on their own; the others need an organ ("Chủ tịch" alone is how
# "Chủ tịch Hồ Chí Minh" begins, not a post).
_STANDALONE = re.compile(
    r"^(?:Phó\s+)?(?:Tổng\s+Bí\s+thư|Chủ\s+tịch\s+[Nn]ước|Thủ\s+tướng|(?:Tỉnh|Thành|Huyện|Quận|Thị"
    r"|Đảng)\s+ủy\s+viên|TUV|HUV|QUV|UVTW|UVT\.Ư|UV\.?\s?BTV|ĐBQH|TGĐ|(?:Phó\s+|P)?CT(?:UBND|HĐND))"
)
_EXPAND = (
    (re.compile(r"^PCT$"), "Phó Chủ tịch"),
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
    return organ is not None or _STANDALONE.match(role) is not None


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
        posts.append(post)
    return posts


_KHOA_CUES = (" khóa", " Khóa")
_KHOA_BEFORE_UNIT_RE = re.compile(rf"\s+(?i:khóa)\s+(?:[IVXL]+|\d{{1,2}})(?=\s+{_UNIT}\s)")


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
