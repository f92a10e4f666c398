"""Stage 3, mentions: organisations as named.

"Đảng bộ tỉnh An Giang", "Đảng bộ TP.HCM", "Tỉnh ủy An Giang", "của Đảng" are read as
:class:`OrgRef`; so are a province named with no unit word ("Đảng bộ Nghệ An", its unit from
the province list). Committees named by their committee word ("Tỉnh ủy An Giang") are read by
:mod:`vnpartydoc.extract.committees`; :class:`OrgRef` itself is in
:mod:`vnpartydoc.extract.orgref`. Where an organisation named without its locality
("Đảng bộ tỉnh") takes it from is in :mod:`vnpartydoc.extract.placeclues`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter, methodcaller
from typing import cast

from vnpartydoc.extract.agencies import ACRONYM, WHOLE_NAME_RE
from vnpartydoc.extract.committees import COMMITTEE_WORDS, committees
from vnpartydoc.extract.lexicon import (
    AGENCY_RE,
    CELL_RE,
    CELL_UNIT,
    LOWER,
    UNIT_FORMS,
    UNIT_RE,
    UPPER,
    provinces,
)
from vnpartydoc.extract.orgref import OrgRef, agency_ref, named_fully, unit_name
from vnpartydoc.extract.scan import Words, finditer_at, literal_first, lowered
from vnpartydoc.extract.titles import HCM_RE, find_posts, locality_at

__all__ = [
    "PARTY_RE",
    "OrgRef",
    "find_orgs",
    "named_fully",
    "org_at",
    "org_at_memo",
    "unit_name",
]

# UNIT_RE followed by a name or a number, case-insensitively (so "[UPPER]" takes any letter),
# with the unit words' first letters written out so that re skips ahead to them.
UNIT_HINT_RE = re.compile(
    rf"(?P<unit>{literal_first(UNIT_FORMS)})(?i:(?=\s+[{UPPER}\d]|\.?[{UPPER}]))"
)
PARTY_RE = re.compile(
    rf"\s+(?:(?i:của)\s+)?(?:Đảng\s+[Cc]ộng\s+[Ss]ản\s+Việt\s+Nam|Đảng(?!\s+(?i:bộ)))(?![{LOWER}{UPPER}])"
)
ORG_HEAD_RE = re.compile(r"(?i:đảng\s+bộ)\s+")
CPV_RE = re.compile(r"Đảng\s+[Cc]ộng\s+[Ss]ản\s+Việt\s+Nam")
"""The Party's name, its second word printed in either case ("Đảng cộng sản Việt Nam")."""
# ORG_HEAD_RE or CPV_RE in one match call: both start at "đảng", and neither match holds
# another "đảng" where the other could start.
WITH_PEOPLE_RE = re.compile(
    r"(?i:đảng\s+bộ)(?:\s*,\s*(?i:chính\s+quyền))?(?:\s*,\s*|\s+(?i:và)\s+)"
    r"(?:(?i:các\s+tầng\s+lớp)\s+)?(?i:nhân\s+dân)\s+(?:(?i:các\s+dân\s+tộc)\s+)?"
)
""""Đảng bộ, chính quyền và Nhân dân xã Hưng Vũ", "Đảng bộ và nhân dân Vĩnh Phúc": the Party
organisation of the place named after its people."""
PARTY_AT_RE = re.compile(
    f"(?P<people>{WITH_PEOPLE_RE.pattern})|(?P<head>{ORG_HEAD_RE.pattern})|(?P<cpv>{CPV_RE.pattern})"
)
"""WITH_PEOPLE_RE, ORG_HEAD_RE or CPV_RE in one match call, in that order."""
CENTRAL_BODY_RE = re.compile(
    r"(?:Ban\s+Chấp\s+hành|BCH)\s+Trung\s+ương(?:\s+Đảng)?|Bộ\s+Chính\s+trị"
    r"|Ban\s+Bí\s+thư(?:\s+Trung\s+ương\s+Đảng)?|Ban\s+Chỉ\s+đạo\s+Trung\s+ương"
)
"""A Central body of the Party, named as the issuer of a document or the organiser of an event
("của Ban Chấp hành Trung ương Đảng", "Bộ Chính trị, Ban Bí thư tổ chức Hội nghị", "Ban Chỉ
đạo Trung ương"). Every form starts with "B", which re skips ahead to."""
PLENUM_RESOLUTION_RE = re.compile(r"Nghị\s+quyết\s+(?:Hội\s+nghị\s+)?Trung\s+ương(?=\s+\d)")
"""The Central Committee named in its plenum's resolution: "Nghị quyết Trung ương 7"."""
_START = attrgetter("start")
_MATCH_START = methodcaller("start")
_CENTRAL_KEY = ("central", 0, 0)  # in Words.memo
_CELL_WORDS = ("chi",)  # CELL_RE
NUMBERED_CELL_RE = re.compile(
    r"(?i:chi\s+bộ)\s+(?P<n>\d{1,3}[a-zA-Z]?)(?![\w/.]|,\d)"
    r"(?:\s*,?\s+(?P<unit>(?i:xã|phường|thị\s+trấn)))?"
)
"""A cell named by a number, and the commune or ward printed right after it: "Chi bộ 7b,
phường Bắc Lệnh"."""
_PARTY_NAMES = frozenset({"Đảng", "ĐẢNG"})
_CUT_AFTER_RE = re.compile(rf"\s+[{LOWER}]|(?P<glued>-[{UPPER}{LOWER}])")
"""What shows a cell's name cut short: a lower-case word after one word ("chi bộ Công an xã"),
a dash glued to the next word ("chi bộ Văn phòng HĐND-UBND")."""
_POST_REACH = 60
"""How far before a Party name a post holding it may start ("Tổng Bí thư BCH Trung ương …")."""

HCM_OR_UNIT_RE = re.compile(f"(?P<hcm>{HCM_RE.pattern})|(?i:{UNIT_RE.pattern})")
SURNAME_PLACE_RE = re.compile(
    rf" (?P<place>[{UPPER}][{LOWER}]+ [{UPPER}][{LOWER}]+)(?![{LOWER}{UPPER}]| [{UPPER}\d])"
)
"""Two capitalised words after "Đảng bộ <unit>", the first a family name: the place ("Đảng bộ
xã Trần Hợi"), as an organisation's unit is followed by its place, not a person (whose name has
mostly three words; a two-word run elsewhere is read as a person's)."""
INITIALS_RE = re.compile(
    rf"({ACRONYM})(?![{LOWER}{UPPER}\d])(?!\s+(?:[{UPPER}]|\d|(?i:tỉnh|thành\s+phố|huyện|quận)\s))"
)
"""An agency's initials ending its committee's name (``_initials_at``)."""
_INITIALS_RE = re.compile(ACRONYM)
"""One word in capitals that is initials ("TCCB"), not a headline's word: initials bear no tone
marks ("THUỘC" does)."""
# Lower-case words the organisation patterns start with.
_PARTY_WORDS = ("đảng",)  # ORG_HEAD_RE, CPV_RE
_UNIT_WORDS = ("tỉnh", "thành", "tp", "thị", "quận", "huyện", "xã", "phường", "đặc")  # UNIT_HINT_RE


def _agency_at(text: str, pos: int, stop: int) -> OrgRef | None:
    """An agency's or company's committee named at ``pos``: "Tập đoàn Điện lực Việt Nam"."""
    match = AGENCY_RE.match(text, pos, stop)
    if match is None:
        whole = WHOLE_NAME_RE.match(text, pos, stop)
        if whole is None:
            return None
        return OrgRef(pos, whole.end(), whole["whole_head"], whole["whole_rest"])
    return agency_ref(pos, match)


def org_at(
    text: str, pos: int, stop: int | None = None, head: re.Match[str] | None = None
) -> OrgRef | None:
    """Read "Đảng bộ <unit> <locality>" (or "Đảng bộ TP.HCM") from ``pos`` to at most ``stop``.

    ``head`` is ``ORG_HEAD_RE``'s match there, when the caller has it.
    """
    stop = len(text) if stop is None else stop
    head = ORG_HEAD_RE.match(text, pos, stop) if head is None else head
    if head is None:
        return None
    unit = HCM_OR_UNIT_RE.match(text, head.end(), stop)
    if unit is None:
        agency = _agency_at(text, head.end(), stop)
        if agency is not None:
            agency.start = pos
            return agency
        return _province_at(text, pos, head.end(), stop) or _initials_at(
            text, pos, head.end(), stop
        )
    if unit.lastgroup == "hcm":
        return OrgRef(pos, unit.end(), "thành phố", "Hồ Chí Minh")
    end = unit.end()
    found = locality_at(text, end, stop)
    if found is None:
        pair = SURNAME_PLACE_RE.match(text, end, stop)
        if pair is not None:
            found = (pair.end(), " ".join(pair["place"].split()))
    locality = None
    if found is not None:
        end, locality = found
    return OrgRef(pos, end, unit_name(unit["unit"]), locality)


def _province_at(text: str, pos: int, at: int, stop: int) -> OrgRef | None:
    """A province or centrally-run city named with no unit word: "Đảng bộ Nghệ An".

    ``at`` is where the name starts (after "Đảng bộ" and its space). The unit is the province
    list's ("Đảng bộ Hà Nội" is the city's Party organisation); a place not in the list
    ("Đảng bộ Đô Lương", a district) is left unread, as its unit is unknown.
    """
    if not text[at : at + 1].isupper():
        return None
    found = locality_at(text, at - 1, stop)
    if found is None:
        return None
    known = provinces().get(found[1].lower())
    return None if known is None else OrgRef(pos, found[0], known.unit, known.name)


def _initials_at(text: str, pos: int, at: int, stop: int) -> OrgRef | None:
    """A committee named by its agency's initials alone: "Đảng bộ NHPT", "Đảng bộ EVNHCMC".

    ``at`` is where the initials start. Initials followed by more of a name ("Đảng bộ BĐBP
    tỉnh …") are left to the agency patterns; the head and the name are both the initials.
    """
    match = INITIALS_RE.match(text, at, stop)
    if match is None:
        return None
    return OrgRef(pos, match.end(), match[1], match[1])


def org_at_memo(
    text: str, words: Words, pos: int, stop: int, head: re.Match[str] | None = None
) -> OrgRef | None:
    """:func:`org_at`, asked once per page and stretch (organisations, then congresses)."""
    key = ("org_at", pos, stop)
    memo = words.memo
    if key in memo:
        return cast("OrgRef | None", memo[key])
    org = memo[key] = org_at(text, pos, stop, head)
    return org


def find_orgs(text: str, start: int, end: int, words: Words | None = None) -> list[OrgRef]:
    """Organisations and place hints in one line: "Đảng bộ …", committees, "tỉnh X"."""
    words = Words(lowered(text)) if words is None else words
    out: list[OrgRef] = []
    party = words.starts(_PARTY_WORDS, start, end)
    if party:
        out.extend(_party_orgs(text, words, party, end))
    if words.has_near("chi bộ", start, end):  # a rare pair: looked for in the line, not indexed
        out.extend(_cells(text, words.near(_CELL_WORDS, start, end), end))
    central = _central_bodies(text, words)
    if central:
        i = bisect_left(central, start, key=_START)
        j = bisect_left(central, end, i, key=_START)
        out.extend(central[i:j])
    if any(o.national for o in out):
        out = [o for o in out if not (o.national and _in_title(text, start, o))]
    if words.has("ủy", start, end):  # every committee word ends in "ủy"
        out.extend(committees(text, words.starts(COMMITTEE_WORDS, start, end), end))
    units = words.starts(_UNIT_WORDS, start, end)
    if units:
        _unit_hints(text, units, end, out)
    if len(out) > 1:  # in line order: the last one named before a mention is last
        out.sort(key=_START)
    return out


def _cells(text: str, offsets: list[int], end: int) -> list[OrgRef]:
    """Cells named fully enough to tell them apart: "Chi bộ thôn Bãi Màu", "Chi bộ 7b, …".

    A cell named by its number alone ("chi bộ 20 trực thuộc Đảng bộ phường …") is one of every
    ward's; it is listed only with the locality printed right after it, which joins its name.
    The Party's own name ("chi bộ Đảng") is no cell's, nor is a name cut short inside a
    compound (``_CUT_AFTER_RE``) or one word of a headline in capitals ("CÁC CHI BỘ THUỘC ĐẢNG
    BỘ …").
    """
    out = []
    resume = 0
    for pos in offsets:
        if pos < resume:
            continue
        number = NUMBERED_CELL_RE.match(text, pos, end)
        if number is not None:
            found = locality_at(text, number.end(), end) if number["unit"] else None
            resume = number.end() if found is None else found[0]
            if found is not None:
                place = f"{number['n']} {unit_name(number['unit'])} {found[1]}"
                out.append(OrgRef(pos, found[0], CELL_UNIT, place))
            continue
        match = CELL_RE.match(text, pos, end)
        if match is None:
            continue
        resume = match.end()
        name = " ".join(match["cell_name"].split())
        if name in _PARTY_NAMES or (
            " " not in name and name.isupper() and not _INITIALS_RE.fullmatch(name)
        ):
            continue  # "CÁC CHI BỘ THUỘC ĐẢNG BỘ …": one word of a headline, no initials
        after = _CUT_AFTER_RE.match(text, match.end(), end)
        if after is not None and (" " not in name or after["glued"]):
            continue
        out.append(OrgRef(pos, match.end(), CELL_UNIT, name))
    return out


def _place_of_people(text: str, pos: int, at: int, end: int) -> OrgRef | None:
    """The organisation "Đảng bộ … nhân dân <place>" names (``WITH_PEOPLE_RE`` ends at ``at``).

    The place is a unit and its name ("xã Hưng Vũ") or a province named alone ("Vĩnh Phúc").
    """
    unit = HCM_OR_UNIT_RE.match(text, at, end)
    if unit is not None and unit.lastgroup == "hcm":
        return OrgRef(pos, unit.end(), "thành phố", "Hồ Chí Minh")
    if unit is not None:
        found = locality_at(text, unit.end(), end)
        if found is None or (not named_fully(found[1]) and found[1].lower() not in provinces()):
            return None
        return OrgRef(pos, found[0], unit_name(unit["unit"]), found[1])
    return _province_at(text, pos, at, end)


def _party_orgs(text: str, words: Words, party: list[int], end: int) -> list[OrgRef]:
    """Organisations named "Đảng bộ …", then mentions of the Communist Party of Vietnam."""
    orgs: list[OrgRef] = []
    national: list[OrgRef] = []
    for match in finditer_at(PARTY_AT_RE, text, party, end):
        if match.lastgroup == "cpv":
            national.append(OrgRef(match.start(), match.end(), None, None, national=True))
            continue
        if match.lastgroup == "people":
            org = _place_of_people(text, match.start(), match.end(), end)
        else:
            org = org_at_memo(text, words, match.start(), end, match)
        if org is not None:
            orgs.append(org)
    return orgs + national if national else orgs


def _central_bodies(text: str, words: Words) -> list[OrgRef]:
    """The Party, named by one of its Central bodies anywhere on the page, in page order.

    Found in one pass over the page, once (asked line by line); those inside a title are
    dropped by the caller.
    """
    memo = words.memo
    found = memo.get(_CENTRAL_KEY)
    if found is None:
        found = memo[_CENTRAL_KEY] = [
            OrgRef(m.start(), m.end(), None, None, national=True)
            for m in sorted(
                (*CENTRAL_BODY_RE.finditer(text), *PLENUM_RESOLUTION_RE.finditer(text)),
                key=_MATCH_START,
            )
        ]
    return cast("list[OrgRef]", found)


def _in_title(text: str, start: int, org: OrgRef) -> bool:
    """Whether the Party's name or body at ``org`` is part of a post ("Ủy viên Bộ Chính trị").

    Posts are looked for in the few words before it only: a role is short.
    """
    posts = find_posts(text, 0, max(start, org.start - _POST_REACH), org.end)
    return any(p.start <= org.start < p.end for p in posts)


def _unit_hints(text: str, offsets: list[int], end: int, out: list[OrgRef]) -> None:
    """Add the places named by a unit word and a locality ("tỉnh An Giang") to ``out``.

    A unit word inside an organisation already in ``out`` or glued to a word is left out.
    """
    for match in finditer_at(UNIT_HINT_RE, text, offsets, end):
        at = match.start()
        if at > 0 and text[at - 1].isalpha():
            continue
        if out and any(o.start <= at < o.end for o in out):
            continue
        found = locality_at(text, match.end(), end)
        if found is not None:
            out.append(
                OrgRef(match.start(), found[0], unit_name(match["unit"]), found[1], explicit=False)
            )
