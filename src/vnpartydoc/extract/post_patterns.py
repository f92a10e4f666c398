"""How posts are printed: roles, organs and abbreviations, as patterns.

A post is a role ("Bí thư", "Phó Chủ tịch", "TUV") and an optional organ ("Tỉnh ủy", "UBND
tỉnh", "Ban Tuyên giáo Trung ương", "Đảng ủy Công ty", "Tổng Giám đốc PECC2"). ``POST_RE``
finds a post in running text, ``LOWER_POST_RE`` one whose role is printed in lower case, and
``LOOSE_POST_RE`` a whole line read as a title; ``titles.py`` reads posts with them.
"""

from __future__ import annotations

import re

from vnpartydoc.extract.lexicon import (
    AGENCY_BODY,
    AGENCY_NAME,
    CAP_WORD,
    LOWER,
    UPPER,
    WORD_BOUNDARY_AFTER,
    province_re,
)

__all__ = [
    "LOCALITY_UNIT_END_RE",
    "LOCALITY_UNIT_WORD_RE",
    "LOOSE_POST_RE",
    "LOWER_POST_RE",
    "PARENT_BODY_RE",
    "POST_RE",
    "ROLE_START",
    "STANDALONE_RE",
    "TITLE_PARTS_RE",
    "UNIT",
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
    r"(?:(?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|[Tt]hị)\s+[ủỦ]y"  # "huyện Ủy" as printed too
    r"|[Đđ]ảng\s+ủy\s+Quân\s+sự\s+(?:Trung\s+ương|T\.Ư|TƯ)"  # "Đảng ủy Quân sự T.Ư"
    rf"|[Đđ]ảng\s+ủy\s+{AGENCY_BODY}"  # "Đảng ủy Khối các cơ quan Trung ương", kept whole
    # a committee named by the kind of body alone: "Thường trực Đảng ủy Khối", "Bí thư Đảng
    # ủy Công ty", "Phó Bí thư Đảng ủy bệnh viện"
    rf"|[Đđ]ảng\s+ủy\s+{_SCHOOL}|[Đđ]ảng\s+ủy\s+{_BARE_BODY}"
    r"|[Đđ]ảng\s+ủy(?:\s+(?:[Xx]ã|[Pp]hường|[Tt]hị\s+trấn|đặc\s+khu|Chính\s+phủ|Quốc\s+hội))?)"
)
UNIT = r"(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)"
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
    r"Trưởng\s+ban(?=\s+Ban\s)",
    r"Trưởng(?=\s+(?:[Bb]an|Văn|[Đđ]oàn|[Pp]hòng|Công\s+an|Tiểu\s+ban))", r"Vụ\s+trưởng",
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
    r"PCT(?:\s+TT)?", r"PBT(?:\s+[Tt]hường\s+trực)?", r"CN(?=\s+UBKT)", "TUV", "HUV", "QUV",
    r"UVTW(?:\s+Đảng)?",
    r"UVT\.Ư(?:\s+Đảng)?", r"UV\.?\s?BTV", "ĐBQH", "TGĐ",
    r"CT(?=\s+(?:UBND|HĐND))",
    # the chair and the council in one word: "CTHĐND xã", "Phó CTUBND"
    *(rf"{vice}CT(?:UBND|HĐND)(?:\s+{UNIT})?" for vice in ("", "P", r"Phó\s+")),
)  # fmt: skip
_ABBREVIATIONS = "|".join(_ABBREVIATION_LIST)
_ORGANS = (
    rf"(?:[Bb]an\s+[Tt]hường\s+vụ|BTV)(?:\s+{_COMM})?"
    rf"|(?:Ban\s+Chấp\s+hành|BCH)\s+(?:(?:Trung\s+ương|TW|T\.Ư|TƯ)(?:\s+Đảng{_CPV})?|Đảng\s+bộ\s+{UNIT}|{_COMM}"
    rf"|Đảng\s+bộ\s+{AGENCY_BODY})"
    rf"|[Bb]an\s+{_COMMISSIONS}\s+(?:{_COMM}|(?:Trung\s+ương|T\.Ư|TƯ)(?:\s+Đảng)?)"
    rf"|(?:Ủy\s+ban\s+[Kk]iểm\s+tra|UBKT)\s+(?:{_COMM}|Trung\s+ương)"
    rf"|Văn\s+phòng\s+(?:{_COMM}|Trung\s+ương(?:\s+Đảng)?)"
    rf"|(?:Ủy\s+ban\s+[Nn]hân\s+[Dd]ân|UBND|Hội\s+đồng\s+[Nn]hân\s+[Dd]ân|HĐND|Ủy\s+ban\s+[Bb]ầu\s+cử|UBBC"
    rf"|(?:Ủy\s+ban\s+(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)|UBMTTQ|MTTQ)(?:VN|\s+Việt\s+Nam)?)"
    rf"\s+{UNIT}"
    # the council or committee of the unit in focus, within a chain: "Chủ tịch UBND, Phó …"
    r"|(?:UBND|HĐND|UBKT|Ủy\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân|Ủy\s+ban\s+[Kk]iểm\s+tra)(?=\s*[,;])"
    # a commission of the committee in focus, within a chain: "…, Trưởng ban Tổ chức, …"
    rf"|[Bb]an\s+{_COMMISSIONS}(?=\s*[,;])"
    # a working delegation and its head: "Trưởng đoàn công tác của Bộ Chính trị", "Trưởng
    # Đoàn," printed alone
    rf"|[Đđ]oàn\s+công\s+tác(?:\s+số\s+\d{{1,2}})?(?:\s+(?:của\s+)?(?:Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư"
    rf"|Ban\s+Thường\s+vụ\s+{_COMM}|(?:Trung\s+ương|T\.Ư|TƯ)(?:\s+Đảng)?|{_COMM}))?"
    r"|(?<=Trưởng\s)[Đđ]oàn(?=\s*[,;)])"
    rf"|[Đđ]oàn\s+(?:chuyên\s+trách\s+[Đđ]oàn\s+)?(?:[Đđ]ại\s+biểu\s+Quốc\s+hội|ĐBQH)(?:\s+{UNIT})?"
    # "Phòng Văn hóa - Thông tin huyện", "Phòng nội vụ huyện"
    rf"|[Pp]hòng\s+(?:{CAP_WORD}|[{LOWER}]+)(?:\s+(?!{UNIT}{WORD_BOUNDARY_AFTER})[{LOWER}]+){{0,3}}"
    rf"(?:\s+{UNIT}{WORD_BOUNDARY_AFTER})?"  # the unit ends the name: "phòng Nội vụ huyện"
    rf"(?:\s+[-\u2013]\s+{CAP_WORD}(?:\s+[{LOWER}]+){{0,3}})?"
    rf"|(?:HĐTV|Hội\s+đồng\s+[Tt]hành\s+viên|HĐQT|Hội\s+đồng\s+[Qq]uản\s+trị)(?:\s+(?:{_COMPANY}|{_ACRONYM}))?"
    # a department named with "và": "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường"
    rf"|Sở\s+{CAP_WORD}(?:\s+[{LOWER}]+)?\s+và\s+(?!{_ROLE_AFTER_AND}){CAP_WORD}"
    rf"(?:\s+(?!{UNIT}{WORD_BOUNDARY_AFTER})[{LOWER}]+)?{WORD_BOUNDARY_AFTER}"
    rf"(?:\s+{UNIT}{WORD_BOUNDARY_AFTER})?"
    # a department by its abbreviation: "Sở KH&ĐT", "Sở GD&ĐT" (before "Sở KH" is read)
    rf"|Sở\s+[{UPPER}]{{1,4}}&[{UPPER}]{{1,4}}{WORD_BOUNDARY_AFTER}"
    rf"|{_COMPANY}"
    # a company by its acronym after its director: "Tổng Giám đốc PECC2", "TGĐ VRG"
    rf"|(?<=iám\sđốc\s){_ACRONYM}|(?<=TGĐ\s){_ACRONYM}"
    rf"|(?:(?:Tòa\s+án|Viện\s+[Kk]iểm\s+sát)\s+nhân\s+dân|TAND|VKSND)\s+(?:{UNIT}|tối\s+cao)"
    rf"|Bộ\s+(?:[Cc]hỉ\s+huy\s+(?:[Qq]uân\s+sự|[Bb]ộ\s+đội\s+[Bb]iên\s+phòng)|CHQS|CH\s+BĐBP)\s+{UNIT}"
    rf"|Quân\s+khu\s+\d{{1,2}}"
    r"|Tổng\s+cục\s+Chính\s+trị(?:\s+(?:QĐND|Quân\s+đội\s+nhân\s+dân)\s+Việt\s+Nam)?"
    r"|Quốc\s+phòng|Ngoại\s+giao"  # "Bộ trưởng Quốc phòng": the ministry without "Bộ"
    rf"|(?:Liên\s+đoàn\s+Lao\s+động|Hội\s+(?:Nông\s+dân|Cựu\s+chiến\s+binh|CCB|Liên\s+hiệp\s+Phụ\s+nữ"
    rf"|Phụ\s+nữ))\s+{UNIT}"
    rf"|{_YOUTH_ORGAN}"
    # a trade union: "Chủ tịch Công đoàn Tổng công ty", "Chủ tịch Công đoàn TCT"
    rf"|[Cc]ông\s+đoàn(?:\s+(?:{_COMPANY}|{_ACRONYM}|cơ\s+sở))?"
    # a school's Youth Union: "Bí thư Đoàn trường"
    r"|[Đđ]oàn\s+trường"
    # the Youth Union's cell: "Phó Bí thư Chi đoàn Văn phòng"
    rf"|[Cc]hi\s+đoàn(?:\s+(?!(?:và|là|của|tại|được|đã|đến|cùng){WORD_BOUNDARY_AFTER})"
    rf"(?:{CAP_WORD}|[{LOWER}]+)){{0,2}}"
    # "Chi bộ thôn Đông": the village's name is read as the post's locality, before a name
    rf"|[Cc]hi\s+bộ\s+{_VILLAGE}"
    rf"|[Cc]hi\s+bộ(?:\s+{CAP_WORD}(?:\s+{CAP_WORD}){{0,4}})?"
    # a newspaper: "Tổng Biên tập Báo Quảng Ninh", "Báo và Phát thanh, Truyền hình tỉnh"
    rf"|Báo\s+và\s+[Pp]hát\s+thanh,?\s+[Tt]ruyền\s+hình\s+{UNIT}"
    rf"|Báo\s+(?:Nhân\s+Dân|Quân\s+đội\s+[Nn]hân\s+dân|{province_re().pattern})"
    # "Bộ trưởng Bộ Công an", "Bộ Kế hoạch và Đầu tư" (not "Bộ Công an và Thứ trưởng …")
    rf"|Bộ\s+(?!Chính\s+trị){CAP_WORD}(?:\s+[{LOWER}]+)?"
    rf"(?:\s+và\s+(?!{_ROLE_AFTER_AND}){CAP_WORD}(?:\s+[{LOWER}]+){{0,2}})?"
    r"|Học\s+viện\s+Chính\s+trị\s+[Qq]uốc\s+gia\s+Hồ\s+Chí\s+Minh|Quân\s+ủy\s+Trung\s+ương"
    r"|(?:Ủy\s+ban\s+Trung\s+ương|UBTƯ|UBTW)\s+(?:Mặt\s+trận\s+Tổ\s+quốc|MTTQ)(?:\s+Việt\s+Nam)?"
    # the National Assembly's bodies: "Ủy viên Ủy ban Thường vụ Quốc hội", "Phó Chủ tịch
    # Thường trực Hội đồng Dân tộc của Quốc hội", "Ủy ban Về các vấn đề xã hội"
    r"|(?:Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|UBTVQH|(?:Hội\s+đồng\s+Dân\s+tộc|Ủy\s+ban\s+(?:[Vv]ề\s+các"
    r"\s+vấn\s+đề\s+xã\s+hội|Xã\s+hội|Kinh\s+tế|Pháp\s+luật|Tư\s+pháp|Quốc\s+phòng\s+và\s+An\s+ninh"
    r"|Đối\s+ngoại))(?:\s+của\s+Quốc\s+hội)?)"
    # a committee of a congress: "Trưởng Tiểu ban", "Tiểu ban Văn kiện Đại hội XIV của Đảng"
    rf"|Tiểu\s+ban(?:\s+{CAP_WORD}(?:\s+[{LOWER}]+)?(?:\s+Đại\s+hội\s+[IVXL]+(?:\s+của\s+Đảng)?)?)?"
    # a department of the Central Committee's office or of a ministry: "Vụ Địa phương 7"
    rf"|[Vv]ụ\s+(?:{CAP_WORD}|[{LOWER}]+)\s+(?:{CAP_WORD}|[{LOWER}]+)\s+\d{{1,2}}{WORD_BOUNDARY_AFTER}"
    r"|Hội\s+đồng\s+Lý\s+luận\s+Trung\s+ương"
    # "Bí thư Đảng đoàn Mặt trận Tổ quốc Việt Nam", "Bí thư Đảng đoàn" alone
    r"|Đảng\s+đoàn(?:\s+(?:Mặt\s+trận\s+Tổ\s+quốc\s+Việt\s+Nam|MTTQ(?:\s+Việt\s+Nam)?|Quốc\s+hội))?"
    rf"|(?:Trung\s+ương|T\.Ư|TƯ)(?:\s+Đảng{_CPV})?|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Quốc\s+hội|QH|Chính\s+phủ"
    rf"|{_COMM}"
    # "Bí thư Đảng bộ, Chủ tịch HĐND xã", "Bí thư Đảng bộ khóa XI": the committee in focus
    r"|Đảng\s+bộ(?=\s*(?:[,.;)]|$)|\s+(?i:khóa)\s)"
)
_GENERIC_ORGAN = (
    rf"(?:Sở|Trường|Viện|Báo|Đài|Học\s+viện|Bệnh\s+viện|Công\s+an|Ban|Cục|Tổng\s+cục|Hội|Trung\s+tâm"
    rf"|Chi\s+cục|Thanh\s+tra|Liên\s+đoàn|Liên\s+minh|Hợp\s+tác\s+xã|Quỹ|Kho\s+bạc|Ngân\s+hàng)"
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
        r"|trưởng(?=\s+(?:[Bb]an|[Đđ]oàn))|vụ\s+trưởng|hiệu\s+trưởng)"
        r"(?:\s+[Tt]hường\s+trực)?"
        r"(?:\s+(?:không\s+)?chuyên\s+trách)?",
        # "Phó ban tuyên giáo huyện ủy": the deputy head named by the commission alone
        rf"Phó(?=\s+[Bb]an\s+{_COMMISSIONS}\s)",
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
PARENT_BODY_RE = re.compile(
    r",\s+(?:Văn\s+phòng\s+(?:Trung\s+ương(?:\s+Đảng)?|Chính\s+phủ|Quốc\s+hội|Chủ\s+tịch\s+nước)"
    rf"|Ban\s+{_COMMISSIONS}\s+Trung\s+ương(?:\s+Đảng)?"
    rf"|Bộ\s+(?!Chính\s+trị){CAP_WORD}(?:\s+[{LOWER}]+)?(?:\s+và\s+{CAP_WORD}(?:\s+[{LOWER}]+)?)?)"
    r"(?=\s*(?:[;,.)]|$))"
)
"""The body a department belongs to, after it: "Vụ Địa phương 2, Văn phòng Trung ương Đảng"."""
LOCALITY_UNIT_WORD_RE = re.compile(rf"\s+{UNIT}")
TITLE_PARTS_RE = re.compile(r"\s*,\s*|\s+[-–]\s+")
LOCALITY_UNIT_END_RE = re.compile(
    rf"(?:{UNIT}|{_COMM}|{_VILLAGE}|{_YOUTH_ORGAN}|(?<=\s)(?:Tỉnh|Huyện|Quận|Phường|Xã))$"
)
"""A post ending with a unit or a committee, a place after it: "UBND huyện", "UBND Quận"."""
# Roles that make a title on their own; the others need an organ ("Chủ tịch" alone is how
# "Chủ tịch Hồ Chí Minh" begins, not a post).
STANDALONE_RE = re.compile(
    r"^(?:Phó\s+)?(?:Tổng\s+Bí\s+thư|Chủ\s+tịch\s+[Nn]ước|Thủ\s+tướng|(?:Tỉnh|Thành|Huyện|Quận|Thị"
    r"|Đảng)\s+ủy\s+viên|TUV|HUV|QUV|UVTW|UVT\.Ư|UV\.?\s?BTV|ĐBQH|TGĐ|(?:Phó\s+|P)?CT(?:UBND|HĐND))"
)
