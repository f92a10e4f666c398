"""Stage 3, mentions: Party committees named by their committee word.

"Tỉnh ủy An Giang", "Đảng ủy xã Long Xuyên", "Quận ủy Quận 3", "Đảng ủy Tập đoàn …", and a
committee named bare whose locality the text gives right after it: the state bodies listed
with it ("Đảng ủy, UBND xã Sơn Viên") or the next post of its holder's title chain ("Phó Bí thư
Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La"). Read line by line by
:func:`~vnpartydoc.extract.orgs.find_orgs`.
"""

from __future__ import annotations

import re

from vnpartydoc.extract.agencies import WHOLE_NAME
from vnpartydoc.extract.lexicon import AGENCY_NAME, COMMITTEE_UNIT, provinces
from vnpartydoc.extract.orgref import OrgRef, agency_ref, named_fully, unit_name
from vnpartydoc.extract.scan import finditer_at
from vnpartydoc.extract.titles import locality_at

__all__ = ["COMMITTEE_WORDS", "committees"]

COMMITTEE_AT_RE = re.compile(
    r"(?P<c>(?i:tỉnh\s+ủy|thành\s+ủy|huyện\s+ủy|quận\s+ủy|thị\s+ủy)"
    r"|(?i:đảng\s+ủy)\s+(?P<u>(?i:xã|phường|thị\s+trấn|đặc\s+khu)))(?!\s+viên)"
    rf"|(?i:đảng\s+ủy)\s+(?:{AGENCY_NAME}|(?P<whole>{WHOLE_NAME}))"
    r"|(?P<l>(?i:đảng\s+ủy))(?=\s*,\s*(?:HĐND|UBND))"
)
STATE_BODIES_RE = re.compile(
    r"(?:\s*(?:,|[-\u2013])\s*(?:HĐND|UBND|(?:Ủy\s+ban\s+)?MTTQ(?:\s+Việt\s+Nam)?)){1,4}"
    r"\s+(?P<unit>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)(?=\s)"
)
"""The state bodies listed after a committee, then their common place: "Tỉnh ủy – HĐND – UBND -
Ủy ban MTTQ Việt Nam tỉnh Đồng Nai", "Đảng ủy, UBND xã Sơn Viên"."""
CHAIN_POST_RE = re.compile(
    r"\s*,\s*(?:(?i:phó)\s+)?(?i:chủ\s+tịch)\s+(?:HĐND|UBND|Hội\s+đồng\s+nhân\s+dân|Ủy\s+ban\s+nhân\s+dân"
    r"|Ủy\s+ban\s+(?:MTTQ(?:\s+Việt\s+Nam)?|Mặt\s+trận\s+Tổ\s+quốc\s+Việt\s+Nam)|UBMTTQ(?:VN)?)"
    r"\s+(?P<unit>(?i:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn))(?=\s)"
)
"""The next post of a person's title chain, heading the council, people's committee or Fatherland
Front committee of a place of the committee's unit: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn
La", "Ủy viên Ban Thường vụ Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận Kiến An" (the committee
is that place's, as one person holds both posts in one locality)."""
_HELD_BEFORE_RE = re.compile(
    r"(?:(?i:bí\s+thư)|(?i:ủy\s+viên)(?:\s+(?i:ban\s+thường\s+vụ)|\s+BTV)?|UV\s*BTV)\s+$"
)
"""The post a person holds in the committee, just before it ("Phó Bí thư Tỉnh ủy", "Ủy viên
Ban Thường vụ Tỉnh ủy"): the committee opens a title chain, not a list of bodies."""
_HELD_REACH = 28
_PAST_CAREER_RE = re.compile(r"(?i:kinh\s+qua|từng|trải\s+qua|nguyên|cựu)(?![\w])")
"""A career told in the clause before the chain ("kinh qua nhiều vị trí … bí thư Huyện ủy, chủ
tịch UBND huyện Sa Pa"): posts held before name no organisation of the text."""
_CLAUSE_REACH = 240
NUMBERED_UNIT_RE = re.compile(r"\s+(?P<unit>(?i:quận|phường))\s+(?P<n>\d{1,2})(?![\d/]|[.,]\d)")
"""A committee's locality named by its unit and number: "Quận ủy Quận 3" (the locality is "3")."""
NUMBERED_UNITS = frozenset({"quận", "phường"})
"""The units a number names ("Quận 3", "Phường 7"); after another unit a number is a count."""
COMMITTEE_WORDS = ("tỉnh", "thành", "huyện", "quận", "thị", "đảng")  # COMMITTEE_AT_RE


_INTER_UNIT_BEFORE_RE = re.compile(r"(?i:liên)\s$")
""""Liên" just before a committee word: an inter-unit committee ("Liên tỉnh ủy", "Liên khu ủy")."""


def committees(text: str, offsets: list[int], end: int) -> list[OrgRef]:
    """Committees ("Tỉnh ủy An Giang", "Đảng ủy xã …") starting at ``offsets``."""
    out = []
    for match in finditer_at(COMMITTEE_AT_RE, text, offsets, end):
        if _INTER_UNIT_BEFORE_RE.search(text, max(0, match.start() - 5), match.start()):
            continue  # "Liên tỉnh ủy Thanh - Nghệ - Tĩnh": several units' committee, not one's
        if match["whole"]:
            out.append(OrgRef(match.start(), match.end(), match["whole_head"], match["whole_rest"]))
            continue
        if match["agency_head"]:
            out.append(agency_ref(match.start(), match))
            continue
        listed = STATE_BODIES_RE.match(text, match.end(), end)
        if match["l"]:  # "Đảng ủy, UBND xã Sơn Viên": the unit is the list's
            if listed is None:
                continue
            unit = unit_name(listed["unit"])
        else:
            unit = unit_name(match["u"]) if match["u"] else COMMITTEE_UNIT[unit_name(match["c"])]
        numbered = NUMBERED_UNIT_RE.match(text, match.end(), end)
        if numbered is not None and unit == unit_name(numbered["unit"]):
            found: tuple[int, str] | None = (numbered.end(), numbered["n"])
        elif listed is not None and (match["l"] or unit == unit_name(listed["unit"])):
            found = locality_at(text, listed.end(), end)
        else:
            found = locality_at(text, match.end(), end)
        if (
            found is None
            and text.startswith(",", match.end())
            and _HELD_BEFORE_RE.search(text, max(0, match.start() - _HELD_REACH), match.start())
        ):
            chained = _chained_locality(text, match.end(), end, unit)
            if chained is not None:
                out.append(OrgRef(match.start(), match.end(), unit, chained))
                continue
        if found is not None and found[1].isdigit() and unit not in NUMBERED_UNITS:
            found = None  # "bầu Ban Thường vụ Huyện ủy 13 đồng chí": a count, not a district
        locality = found[1] if found is not None else None
        out.append(OrgRef(match.start(), found[0] if found else match.end(), unit, locality))
    return out


def _chained_locality(text: str, pos: int, end: int, unit: str) -> str | None:
    """The locality of a committee named bare, from the next post of the same title chain.

    Only a council or people's committee of the same unit counts ("Tỉnh ủy, Chủ tịch UBND
    tỉnh Sơn La"); a post of another unit ("Tỉnh ủy, Bí thư Thành ủy …") says nothing of it,
    nor does a chain of posts held before (``_PAST_CAREER_RE``).
    """
    post = CHAIN_POST_RE.match(text, pos, end)
    if post is None or unit_name(post["unit"]) != unit:
        return None
    reach = max(0, pos - _CLAUSE_REACH)
    clause = max(text.rfind(". ", reach, pos), text.rfind(";", reach, pos), reach)
    if _PAST_CAREER_RE.search(text, clause, pos):
        return None
    found = locality_at(text, post.end(), end)
    if found is None or not (named_fully(found[1]) or found[1].lower() in provinces()):
        return None
    return found[1]
