"""Character classes, word lists and the patterns shared by the extraction steps.

Patterns run on the *folded* text (see :mod:`vnpartydoc.extract.clean`): the NFC text with old
tone placement mapped to the new one ("uỷ" → "ủy", "hoà" → "hòa") and invisible characters
blanked, character for character, so every match offset is also an offset in the NFC text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from vnpartydoc.enums import Level
from vnpartydoc.patterns import DASH, VN_NUMBER

__all__ = [
    "AGENCY_BODY",
    "AGENCY_NAME",
    "AGENCY_RE",
    "CELL_RE",
    "CELL_UNIT",
    "CENTRAL_ABBREVIATION",
    "DASH",
    "LOWER",
    "UPPER",
    "WORD_ORDINALS",
    "Province",
    "national_congress_years",
    "provinces",
    "surnames",
]

LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
"""Lower-case Vietnamese letters, as a regex character-class body."""
UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
"""Upper-case Vietnamese letters, as a regex character-class body."""

CAP_WORD = rf"[{UPPER}][{LOWER}]*"
"""A capitalised word ("Giang") or an initial ("A")."""
CAPS_WORD = rf"[{UPPER}]{{2,}}"
"""A word in capitals ("GIANG")."""
NUMBER = VN_NUMBER
"""A number in Vietnamese notation: "164.000", "6,5", "43"."""

# Administrative unit words before a locality name, with the level of their Party organisation
# and the name of their committee ("tỉnh" → Tỉnh ủy).
UNIT_FORMS = (
    r"tỉnh", r"thành\s+phố", r"TP\.?", r"quận", r"huyện", r"thị\s+xã", r"thị\s+trấn", r"xã",
    r"phường", r"đặc\s+khu",
)  # fmt: skip
UNIT_RE = re.compile(rf"(?P<unit>{'|'.join(UNIT_FORMS)})", re.IGNORECASE)


UNIT_LEVEL: dict[str, Level] = {
    "tỉnh": Level.PROVINCE,
    "thành phố": Level.DISTRICT,  # a centrally-run city is upgraded by the province list
    "quận": Level.DISTRICT,
    "huyện": Level.DISTRICT,
    "thị xã": Level.DISTRICT,
    "thị trấn": Level.GRASSROOTS,
    "xã": Level.GRASSROOTS,
    "phường": Level.GRASSROOTS,
    "đặc khu": Level.GRASSROOTS,
}
UNIT_COMMITTEE: dict[str, str] = {
    "tỉnh": "Tỉnh ủy",
    "thành phố": "Thành ủy",
    "quận": "Quận ủy",
    "huyện": "Huyện ủy",
    "thị xã": "Thị ủy",
    "thị trấn": "Đảng ủy thị trấn",
    "xã": "Đảng ủy xã",
    "phường": "Đảng ủy phường",
    "đặc khu": "Đảng ủy đặc khu",
}
UNIT_ISSUER_CODE: dict[str, str] = {
    "tỉnh": "TU",
    "quận": "QU",
    "huyện": "HU",
    "xã": "ĐU",
    "phường": "ĐU",
    "thị trấn": "ĐU",
}
# A committee word → the unit it governs ("Huyện ủy" → "huyện").
COMMITTEE_UNIT: dict[str, str] = {
    "tỉnh ủy": "tỉnh",
    "thành ủy": "thành phố",
    "huyện ủy": "huyện",
    "quận ủy": "quận",
    "thị ủy": "thị xã",
}

WORD_BOUNDARY_AFTER = rf"(?![{LOWER}{UPPER}\d])"

# Party committees of agencies, companies and blocs: "Đảng bộ Tập đoàn Dầu khí Quốc gia Việt
# Nam", "Đảng ủy Khối các cơ quan Trung ương", "Đảng bộ UBND tỉnh". The name starts with a head
# word (what kind of body it is) and goes on with capitalised words, acronyms, the lower-case
# words such names hold ("các", "cơ quan", "và", a unit word, "khu vực" and "số" before a
# place or number: "Chi cục Thuế khu vực Thủ Đức", "Trường Tiểu học số 1") and the lower-case
# second syllable of a compound ("Dầu khí", "Điện lực") when a capitalised word or the end of
# the name follows.
AGENCY_HEADS = (
    r"tập\s+đoàn", r"tổng\s+công\s+ty", r"công\s+ty", r"khối", r"ngân\s+hàng",
    r"thông\s+tấn\s+xã", r"ủy\s+ban\s+nhân\s+dân", r"ubnd", r"văn\s+phòng", r"các\s+cơ\s+quan",
    r"cơ\s+quan", r"bệnh\s+viện", r"học\s+viện", r"quân\s+sự", r"công\s+an", r"sở",
    r"bộ\s+đội\s+biên\s+phòng",
)  # fmt: skip
_COMMITTEE_HEADS = (
    *AGENCY_HEADS, r"trường", r"bộ", r"viện", r"tổng\s+liên\s+đoàn", r"quân\s+khu",
    r"(?:tổng\s+|chi\s+)?cục", r"ban\s+(?:chỉ\s+huy|quản\s+lý)", r"trung\s+tâm", r"đại\s+học",
    r"kho\s+bạc", r"bảo\s+hiểm\s+xã\s+hội", r"cảng", r"điện\s+lực", r"báo", r"đài",
)  # fmt: skip
"""Heads read after "Đảng bộ"/"Đảng ủy" only (a post's organ is read by its own patterns): a
school or university ("Trường Đại học Vinh", "Đại học Quốc gia"), a ministry ("Bộ Giáo dục và
Đào tạo"), an institute, the trade unions' confederation, a military region ("Quân khu 3"), a
department of a ministry and its branches ("Cục Thuế tỉnh Sơn La", "Chi cục …"), a command or
board ("Ban Chỉ huy Bộ đội Biên phòng tỉnh …"), a centre, a university, the treasury, social
insurance, a port, a power company, a newspaper or a radio station."""
_AGENCY_STOP = (
    r"(?i:đại\s+(?:hội|biểu)|lần|nhiệm|khóa|thứ|tại|ngày|sáng|chiều|tối|hội|tổ\s+chức|tiến\s+hành|khai\s+mạc"
    rf"|bế\s+mạc|long\s+trọng|chào\s+mừng|đảng(?=\s+(?:bộ|ủy))|[IVXL]+|dự|họp)(?![{LOWER}{UPPER}])"
    # "dự", "họp": the verb after a name at a sentence's end ("Phó Bí thư Đảng ủy Văn phòng
    # Trung ương Đảng dự."), no second syllable of its last word;
    # a person's name after the agency ("Giám đốc Sở Công Thương Trần Quang Tuấn"); "Hoàng"
    # and "Hồ" also begin places ("Hoàng Mai", "Hồ Chí Minh")
    rf"|(?:Nguyễn|Trần|Lê|Phạm|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Ngô|Dương)\s+[{UPPER}]"
)
_AGENCY_LOWER = (
    r"(?i:các|cơ\s+quan|chính\s+quyền|doanh\s+nghiệp|cổ\s+phần|nhân\s+dân|tỉnh|thành\s+phố"
    r"|huyện|quận|thị\s+xã|xã|phường|khu\s+vực(?=\s+[" + UPPER + r"\d]))"
    r"|và(?=\s+(?!(?i:đảng\s+(?:bộ|ủy)))[" + UPPER + r"])|số(?=\s+\d{1,3}(?![\d/.,]))"
    r"|\d{1,3}(?![\d/.,%])"  # a number in the name: "Quân khu 3", "Quận 3", "Công ty 319"
)
CENTRAL_ABBREVIATION = r"T\.\s?[ƯW]"
""""Trung ương" cut short with a dot ("Đảng ủy Quân sự T.Ư"): one word of an agency's name."""
# Second syllables of the compounds agency names are made of ("Trung ương", "Nội vụ", "Đa khoa",
# "Chính trị", "Kỹ thuật", "Quốc gia").
_AGENCY_SYLLABLES = (
    r"ương|khí|lực|vụ|nghiệp|su|sản|tế|thông|dựng|tải|hiểm|dục|lợi|hóa|quan|nghệ|học|xuất|doanh|khoa"
    r"|trị|thuật|gia"
    r"|ủy|tạo|đoàn|trường|tin|giao|pháp|phòng|động|chính(?!\s+thức)"
)
_AGENCY_WORD = (
    rf"(?:{CENTRAL_ABBREVIATION}{WORD_BOUNDARY_AFTER}|(?!{_AGENCY_STOP})(?:{CAP_WORD}|[{UPPER}][{UPPER}\d]+){WORD_BOUNDARY_AFTER}"
    rf"(?:\s+(?:(?:{_AGENCY_SYLLABLES})|(?!{_AGENCY_STOP})[{LOWER}]+(?=\s+[{UPPER}]|\s*[,.;:()“”\"{DASH}]|\s*$))"
    rf"{WORD_BOUNDARY_AFTER})?"
    rf"|{_AGENCY_LOWER}{WORD_BOUNDARY_AFTER})"
)
AGENCY_BODY = rf"(?i:{'|'.join(AGENCY_HEADS)}){WORD_BOUNDARY_AFTER}(?:\s+{_AGENCY_WORD}){{1,8}}"
"""The same name as ``AGENCY_NAME``, without groups, to sit inside other patterns."""
AGENCY_NAME = (
    rf"(?P<agency_head>(?i:{'|'.join(_COMMITTEE_HEADS)})){WORD_BOUNDARY_AFTER}"
    rf"(?P<agency_name>(?:\s+{_AGENCY_WORD}){{1,8}})"
)
"""An agency's or company's name after "Đảng bộ" or "Đảng ủy": head word, then the rest."""
AGENCY_RE = re.compile(AGENCY_NAME)
CELL_UNIT = "chi bộ"
"""The unit word of a Party cell; its name follows ("Chi bộ Khối Sản xuất và Kinh doanh")."""
_CELL_LOWER = (
    rf"(?:thôn|ấp|bản|khu\s+phố|tổ\s+dân\s+phố){WORD_BOUNDARY_AFTER}(?=\s+[{UPPER}\d])"
    # a school's grade, then its name, often a person's: "Trường Trung học phổ thông Võ Thị Hồng"
    rf"|(?<!bộ\s)(?:phổ\s+thông|cơ\s+sở|tiểu\s+học|mầm\s+non)(?:\s+{CAP_WORD}{WORD_BOUNDARY_AFTER}){{1,4}}"
)
CELL_RE = re.compile(rf"(?i:chi\s+bộ)(?P<cell_name>(?:\s+(?:{_AGENCY_WORD}|{_CELL_LOWER})){{1,8}})")
"""A Party cell named after "Chi bộ": capitalised words, a hamlet and its name (never the
hamlet word alone: "bí thư chi bộ bản và …"), a school and its grade, a number."""


@dataclass(frozen=True, slots=True)
class Province:
    """A provincial unit from the data file."""

    name: str
    unit: str

    @property
    def initials(self) -> str:
        """Upper-case initials used in site tags ("An Giang" → "AG")."""
        return _initials(self.name)


@cache
def _initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split()).upper()


def _data(name: str) -> str:
    return files("vnpartydoc.extract").joinpath("data").joinpath(name).read_text(encoding="utf-8")


@cache
def provinces() -> dict[str, Province]:
    """Provincial units by folded lower-case name ("an giang" → Province)."""
    out: dict[str, Province] = {}
    for line in _data("provinces.tsv").splitlines():
        if line and not line.startswith("#"):
            name, unit = line.split("\t")
            out[name.lower()] = Province(name, unit)
    return out


@cache
def province_re() -> re.Pattern[str]:
    """Any province name, longest first, as whole words.

    The names are grouped by their first letter (in the same order within a group), and each
    first letter comes before the look-behind that checks the character before it, so ``re``
    skips straight to the capitals that begin a name and tries only the names they begin.
    """
    names = sorted((p.name for p in provinces().values()), key=len, reverse=True)
    by_letter: dict[str, list[str]] = {}
    for name in names:
        by_letter.setdefault(name[0], []).append(re.escape(name[1:]).replace(r"\ ", r"\s+"))
    body = "|".join(
        rf"{re.escape(letter)}(?<![{LOWER}{UPPER}].)(?:{'|'.join(rests)})"
        for letter, rests in by_letter.items()
    )
    return re.compile(rf"(?:{body}){WORD_BOUNDARY_AFTER}")


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(strong, all) family names; strong ones are the most common."""
    lines = [line for line in _data("surnames.txt").splitlines() if not line.startswith("#")]
    strong = frozenset(lines[0].split())
    every = frozenset(word for line in lines for word in line.split())
    return strong, every


@cache
def national_congress_years() -> dict[int, int]:
    """Ordinal of a National Party Congress → the year it met."""
    out: dict[int, int] = {}
    for line in _data("national_congresses.tsv").splitlines():
        if line and not line.startswith("#"):
            ordinal, year, _place = line.split("\t")
            out[int(ordinal)] = int(year)
    return out


WORD_ORDINALS = {
    "nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13,
    "mười bốn": 14, "mười tư": 14, "mười lăm": 15, "mười năm": 15, "mười sáu": 16,
    "mười bảy": 17, "mười tám": 18, "mười chín": 19, "hai mươi": 20, "hai mươi mốt": 21,
}  # fmt: skip
"""Ordinals written in words ("lần thứ tám", "Đại hội mười ba"), lower-case."""
