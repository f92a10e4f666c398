"""Stage 3, mentions: the level of an agency's or a company's Party committee.

Read by :mod:`~vnpartydoc.extract.orgs` for the committees it names ("Đảng bộ Tập đoàn Điện
lực Việt Nam", "Đảng bộ Trường Đại học Vinh"), from the committee's head word and name, as the
README of the real-text corpus decides; also the names of the committees a state body names
("Đảng bộ Chính phủ").
"""

from __future__ import annotations

import re
from functools import lru_cache

from vnpartydoc.enums import Level
from vnpartydoc.extract.lexicon import LOWER, UPPER

__all__ = ["ACRONYM", "WHOLE_NAME", "WHOLE_NAME_RE", "agency_as_meant", "agency_level"]

# Agencies whose Party committee has committees of its own under it (README of the real-text
# corpus): blocs, groups and corporations, the news agency, banks, ministries, the trade unions'
# confederation, military regions.
_DISTRICT_HEADS = frozenset(
    {
        "khối", "các cơ quan", "tập đoàn", "tổng công ty", "thông tấn xã", "ngân hàng", "bộ",
        "tổng liên đoàn", "quân khu",
    }
)  # fmt: skip
_CENTRAL_RE = re.compile(r"(?i:trung\s+ương|tw)$")
_PROVINCE_ARMS = frozenset(
    {"ubnd", "ủy ban nhân dân", "quân sự", "công an", "bộ đội biên phòng", "ban chỉ huy"}
)
"""Heads of a province's people's committee, police, military and border-guard commands: their
committees have committees under them when they are the province's ("Công an tỉnh …")."""
_DISTRICT_UNIT_RE = re.compile(r"(?<![^\s])(?i:huyện|quận|thị\s+xã)(?!\S)")
"""A district's unit word in a bloc's or agency's name: the committee is under the district's."""
ACRONYM = r"[A-ZĐ][A-ZĐ\d]{1,9}"
"""An agency's name written as its initials ("NHPT", "EVNHCMC", "VRG"): no tone marks."""
_ACRONYM_RE = re.compile(ACRONYM)
_PROVINCE_RE = re.compile(r"(?<![^\s])(?i:tỉnh|thành\s+phố)(?!\S)")
# Offices of the Central bodies, with cells of their own under their committee.
_CENTRAL_OFFICE_RE = re.compile(
    r"(?i:chính\s+phủ|quốc\s+hội|trung\s+ương(?:\s+đảng)?|chủ\s+tịch\s+nước)$"
)


WHOLE_NAME = (
    rf"(?P<whole_head>Chính|Quân|Quốc)\s+(?P<whole_rest>(?<=Chính\s)phủ|(?<=Quân\s)đội|(?<=Quốc\s)hội)"
    rf"(?![{LOWER}{UPPER}])"
)
"""A committee named by one body of the state it leads: "Đảng bộ Chính phủ", "Đảng ủy Quân đội",
"Đảng bộ Quốc hội" (head and rest of the name, as an agency's, see ``agency_level``)."""
WHOLE_NAME_RE = re.compile(WHOLE_NAME)
_STATE_WIDE = frozenset({"chính phủ", "quân đội", "quốc hội"})

_SHORT_WORDS = {"DN": "Doanh nghiệp", "TW": "Trung ương", "TƯ": "Trung ương", "CCQ": "các cơ quan"}
"""Short forms of the words of agency names, written alone or run together ("Khối DNTW")."""
_SHORT_PART_RE = re.compile("|".join(_SHORT_WORDS))
_SHORT_RE = re.compile(f"(?:{_SHORT_PART_RE.pattern})+")
_CUT_CENTRAL_RE = re.compile(r"T\.\s?[ƯW]")
_GLUED = {"Doanhnghiệp": "Doanh nghiệp"}
"""Words of agency names copied without their space."""
_OLD_NAMES = {("quân sự", "Trung ương"): ("Quân", "đội")}
"""Committees known by a former name: the Central Military Party Committee ("Đảng ủy Quân sự
Trung ương", until 2011) leads the Party organisation of the army ("Đảng bộ Quân đội")."""


@lru_cache(maxsize=256)
def agency_as_meant(head: str, name: str) -> tuple[str, str]:
    """An agency committee's head word and name with its short forms written out.

    "Khối DNTW" is "Khối Doanh nghiệp Trung ương", "Quân sự T.Ư" the army's committee: the
    fullest printing, so that one committee printed both ways is one organisation.
    """
    words: list[str] = []
    for word in _CUT_CENTRAL_RE.sub("TƯ", name).split():
        if _SHORT_RE.fullmatch(word):
            words.extend(_SHORT_WORDS[w] for w in _SHORT_PART_RE.findall(word))
        else:
            words.append(_GLUED.get(word, word))
    meant = " ".join(words)
    return _OLD_NAMES.get((head.lower(), meant), (head, meant))


@lru_cache(maxsize=256)
def agency_level(head: str, name: str | None) -> Level:
    """Level of an agency's or company's Party committee, from its head word and name.

    Committees named "… Trung ương" (blocs, the Central Party agencies, the Central police)
    sit right under the Central Committee (``province``); blocs, groups, corporations, the
    news agency, banks, the offices of the Central bodies ("Văn phòng Chính phủ", "Văn phòng
    Trung ương Đảng"), a province's people's committee, police, military command and border
    guard have committees under them (``district``), as have committees named by their
    initials ("Đảng bộ NHPT"); a bloc of a district ("Khối Doanh nghiệp huyện Đông Anh") and any
    other agency or company committee is ``grassroots``.
    """
    if head == name and _ACRONYM_RE.fullmatch(head):
        return Level.DISTRICT  # "Đảng bộ NHPT", "Đảng bộ EVNHCMC": a bank's, a corporation's
    head = " ".join(head.lower().split())
    name = " ".join((name or "").split())
    if f"{head} {name}".lower() in _STATE_WIDE:  # "Đảng bộ Chính phủ": right under Central
        return Level.PROVINCE
    if head == "văn phòng" and _CENTRAL_OFFICE_RE.search(name):
        return Level.DISTRICT
    if _CENTRAL_RE.search(name):  # "Khối các cơ quan Trung ương", "Công an Trung ương"
        return Level.PROVINCE
    if head in _PROVINCE_ARMS:
        return Level.DISTRICT if _PROVINCE_RE.search(name) else Level.GRASSROOTS
    if head in _DISTRICT_HEADS and _DISTRICT_UNIT_RE.search(name):
        return Level.GRASSROOTS  # "Khối Doanh nghiệp huyện Đông Anh": a district's bloc
    return Level.DISTRICT if head in _DISTRICT_HEADS else Level.GRASSROOTS
