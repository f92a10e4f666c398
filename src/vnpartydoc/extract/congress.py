"""Step 4: Party organisations and congresses: ordinal, organisation, level and term.

A congress mention starts at "Đại hội" and is read word by word: "đại biểu", "toàn quốc", an
ordinal ("XI", "lần thứ XI", "lần thứ 14", "lần thứ nhất", "thứ lần XIV", "lần XIV", a headline's
"khóa XIV"), the organisation ("Đảng bộ tỉnh An Giang", "của Đảng"), and the term ("nhiệm kỳ
2020 - 2025"). Organisations named without their locality ("Đảng bộ tỉnh") take it from the
rest of the page: another mention, a committee ("Tỉnh ủy An Giang"), a province name, the
publication tag ("TUAG"), or the place of the document.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import cast

from vnpartydoc.enums import Level
from vnpartydoc.extract.lexicon import (
    COMMITTEE_UNIT,
    DASH,
    LOWER,
    UNIT_FORMS,
    UNIT_LEVEL,
    UNIT_RE,
    UPPER,
    literal_first,
    province_re,
    provinces,
)
from vnpartydoc.extract.scan import Words, ends_with, finditer_at, lowered
from vnpartydoc.extract.titles import HCM_RE, locality_at, proper_or_known
from vnpartydoc.patterns import year_span
from vnpartydoc.text import from_roman as _from_roman

__all__ = ["CongressMention", "OrgRef", "find_congresses", "find_orgs", "resolve_locality"]

from_roman = lru_cache(maxsize=256)(_from_roman)

_WORD_ORDINALS = {
    "nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13,
    "mười bốn": 14, "mười tư": 14, "mười lăm": 15, "mười năm": 15, "mười sáu": 16,
    "mười bảy": 17, "mười tám": 18, "mười chín": 19, "hai mươi": 20, "hai mươi mốt": 21,
}  # fmt: skip
_WORDS = "|".join(sorted(_WORD_ORDINALS, key=len, reverse=True)).replace(" ", r"\s+")
_ROMAN = rf"(?P<roman>[IVXL]{{1,6}})(?=nhiệm|khóa|của|lần|[\s,.:;)”\"{DASH}]|$)"
_ARABIC = r"(?P<arabic>\d{1,2})(?![\d/%]|[.,]\d)"
_ORDINAL = rf"(?:{_ROMAN}|{_ARABIC}|(?P<word>(?i:{_WORDS}))(?![{LOWER}]))"
# UNIT_RE followed by a name or a number, case-insensitively (so "[UPPER]" takes any letter),
# with the unit words' first letters written out so that re skips ahead to them.
UNIT_HINT_RE = re.compile(
    rf"(?P<unit>{literal_first(UNIT_FORMS)})(?i:(?=\s+[{UPPER}\d]|\.?[{UPPER}]))"
)
HEAD_RE = re.compile(rf"(?<![{LOWER}{UPPER}])(?i:đại\s+hội)(?![{LOWER}{UPPER}])")
FORM_RE = re.compile(r"\s+(?i:đại\s+biểu|toàn\s+thể(?:\s+đảng\s+viên)?|đảng\s+viên)")
NATIONAL_RE = re.compile(r"\s+(?i:(?:đảng\s+)?toàn\s+quốc)")
FORM_NATIONAL_RE = re.compile(f"(?:{FORM_RE.pattern})?(?P<national>{NATIONAL_RE.pattern})?")
"""FORM_RE then NATIONAL_RE, each if it is there, in one match call."""
ORD_LAN_RE = re.compile(rf"\s*,?\s*(?P<kw>(?i:lần\s+thứ|thứ\s+lần|lần))\s*{_ORDINAL}")
ORD_BARE_RE = re.compile(rf"\s+(?:{_ROMAN}|{_ARABIC}(?=\s+(?:Đảng|của)|[,.:;)]|$))")
ORD_KHOA_RE = re.compile(rf"\s+(?i:khóa)\s+(?:{_ROMAN}|{_ARABIC})")
ASIDE_RE = re.compile(
    rf"\s*\((?:[{UPPER}][{LOWER}]*\s*){{1,4}}\)|\s+(?:[{UPPER}][{LOWER}]*\s+){{1,3}}(?=(?i:lần\s))"
)
"""Between an organisation and its ordinal: its province in brackets, "(Bạc Liêu)", or the
province printed after it, "Đảng bộ huyện Hương Sơn Hà Tĩnh lần thứ XXII"."""
BARE_ORG_RE = re.compile(r"\s+(?i:đảng\s+bộ)(?=\s*,?\s*(?i:lần\s))")
""""Đảng bộ" with neither unit nor place, right before the ordinal: "Đại hội đại biểu Đảng bộ
lần thứ XV" after "Đảng bộ phường Thạc Gián tiến hành"."""
PARTY_RE = re.compile(
    rf"\s+(?:(?i:của)\s+)?(?:Đảng\s+Cộng\s+sản\s+Việt\s+Nam|Đảng(?!\s+(?i:bộ)))(?![{LOWER}{UPPER}])"
)
ORG_HEAD_RE = re.compile(r"(?i:đảng\s+bộ)\s+")
CPV_RE = re.compile(r"Đảng\s+Cộng\s+sản\s+Việt\s+Nam")
# ORG_HEAD_RE or CPV_RE in one match call: both start at "đảng", and neither match holds
# another "đảng" where the other could start.
PARTY_AT_RE = re.compile(f"(?P<head>{ORG_HEAD_RE.pattern})|(?P<cpv>{CPV_RE.pattern})")
COMMITTEE_AT_RE = re.compile(
    r"(?P<c>(?i:tỉnh\s+ủy|thành\s+ủy|huyện\s+ủy|quận\s+ủy|thị\s+ủy)"
    r"|(?i:đảng\s+ủy)\s+(?P<u>(?i:xã|phường|thị\s+trấn|đặc\s+khu)))(?!\s+viên)"
)
TERM_AFTER_RE = re.compile(
    rf"\s*[,(]?\s*(?:(?i:nhiệm\s+kỳ)\s*\(?\s*|\(\s*)(?P<term>{year_span()})\s*\)?"
)
"""A term right after a congress mention: ", nhiệm kỳ 2020 - 2025", " (2020–2025)"."""
TERM_ANY_RE = re.compile(rf"(?i:nhiệm\s+kỳ)\s*\(?\s*(?P<term>{year_span()})")
REFERENCE_RE = re.compile(
    r"(?i:nghị\s+quyết(?:\s+số\s+\S+)?|văn\s+kiện|của|tiến\s+tới|chào\s+mừng|hướng\s+tới"
    r"|thực\s+hiện|triển\s+khai|học\s+tập|quán\s+triệt|sau|trước|dự)\s*$"
)
# HCM_RE, then UNIT_RE (case-insensitive), in one match call.
# REFERENCE_RE for the lowered page: plain lower-case words, which re can skip ahead to.
REFERENCE_LOW_RE = re.compile(REFERENCE_RE.pattern.replace("(?i:", "(?:", 1))
HCM_OR_UNIT_RE = re.compile(f"(?P<hcm>{HCM_RE.pattern})|(?i:{UNIT_RE.pattern})")
OF_RE = re.compile(r"\s+(?:(?i:của)\s+)?")
OF_PARTY_RE = re.compile(r"\s+(?i:của)\s+")
CITY_BEFORE_RE = re.compile(r"(?i:tp\.?|thành\s+phố)\s*$")
# Lower-case words the organisation patterns start with.
_PARTY_WORDS = ("đảng",)  # ORG_HEAD_RE, CPV_RE
CONGRESS_WORDS = ("đại",)  # HEAD_RE
_COMMITTEE_WORDS = ("tỉnh", "thành", "huyện", "quận", "thị", "đảng")  # COMMITTEE_AT_RE
_UNIT_WORDS = ("tỉnh", "thành", "tp", "thị", "quận", "huyện", "xã", "phường", "đặc")  # UNIT_HINT_RE
# The words REFERENCE_RE can end with (before its final whitespace), except after "số".
_REFERENCE_ENDS = (
    "quyết", "kiện", "của", "tới", "mừng", "hiện", "khai", "tập", "triệt", "sau", "trước", "dự",
)  # fmt: skip


@dataclass
class OrgRef:
    """An organisation as named: unit word and locality, or the national Party."""

    start: int
    end: int
    unit: str | None
    locality: str | None
    national: bool = False
    explicit: bool = True
    """Named as an organisation ("Đảng bộ …", "Tỉnh ủy An Giang"), not only as a place."""

    @property
    def level(self) -> Level:
        """Level of the organisation."""
        if self.national or self.unit is None:
            return Level.CENTRAL
        if self.unit == "thành phố" and self.locality is not None:
            known = provinces().get(self.locality.lower())
            if known is not None and known.unit == "thành phố":
                return Level.PROVINCE
        return UNIT_LEVEL.get(self.unit, Level.GRASSROOTS)


@dataclass
class CongressMention:
    """One mention of a congress."""

    start: int
    end: int
    ordinal: int
    ordinal_span: tuple[int, int]
    source: str
    org: OrgRef | None
    term: str | None = None
    term_span: tuple[int, int] | None = None
    reference: bool = False
    extra: dict[str, object] = field(default_factory=dict)


@lru_cache(maxsize=256)
def _unit(text: str) -> str:
    word = " ".join(text.lower().rstrip(".").split())
    return "thành phố" if word in {"tp", "thành phố"} else word


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
        return None
    if unit.lastgroup == "hcm":
        return OrgRef(pos, unit.end(), "thành phố", "Hồ Chí Minh")
    end = unit.end()
    found = locality_at(text, end, stop)
    locality = None
    if found is not None:
        end, locality = found
    return OrgRef(pos, end, _unit(unit["unit"]), locality)


def _org_at(
    text: str, words: Words, pos: int, stop: int, head: re.Match[str] | None = None
) -> OrgRef | None:
    """:func:`org_at`, asked once per page and stretch (organisations, then congresses)."""
    key = ("org_at", pos, stop)
    memo = words.memo
    if key in memo:
        return cast("OrgRef | None", memo[key])
    org = memo[key] = org_at(text, pos, stop, head)
    return org


def _ordinal(match: re.Match[str]) -> int | None:
    if match["roman"]:
        try:
            return from_roman(match["roman"])
        except ValueError:
            return None
    if match["arabic"]:
        return int(match["arabic"]) or None
    word = " ".join(match["word"].lower().split())
    return _WORD_ORDINALS.get(word)


# The words (lowered) that can start what still gives the ordinal after "Đại hội …": "của",
# "Đảng bộ" or "Đảng", "lần thứ"/"thứ lần"/"lần", "khóa".
_FOLLOW_WORDS = ("của", "đảng", "lần", "thứ", "khóa")
_COMMA_FOLLOW_WORDS = ("lần", "thứ")  # only ORD_LAN_RE ("lần thứ") allows a comma


def _can_follow(low: str, pos: int, end: int) -> bool:
    """Whether an organisation, "Đảng" or an ordinal can start at ``pos`` (after spaces).

    ``low`` is the :func:`lowered` text, where those words are looked for.
    """
    while pos < end and low[pos].isspace():
        pos += 1
    if pos < end and low[pos] == ",":
        pos += 1
        while pos < end and low[pos].isspace():
            pos += 1
        return low.startswith(_COMMA_FOLLOW_WORDS, pos, end)
    return low.startswith(_FOLLOW_WORDS, pos, end)


def _parse(text: str, words: Words, head: re.Match[str], end: int) -> CongressMention | None:
    org = None
    found: tuple[re.Match[str], str] | None = None
    form = FORM_NATIONAL_RE.match(text, head.end(), end)
    assert form is not None  # both parts are optional
    pos, national = form.end(), form["national"] is not None
    match = ORD_LAN_RE.match(text, pos, end)
    if match is not None:
        found, pos = (match, "lan-thu"), match.end()
    else:
        match = ORD_BARE_RE.match(text, pos, end)
        if match is not None:
            found, pos = (match, "bare"), match.end()
        elif not _can_follow(words.low, pos, end):
            return None
    of = OF_RE.match(text, pos, end)
    org = _org_at(text, words, of.end(), end) if of is not None else None
    if org is not None:
        pos = org.end
    party = PARTY_RE.match(text, pos, end)
    if org is None and party is not None:
        national, pos = True, party.end()
    if found is None:
        match = ORD_LAN_RE.match(text, pos, end)
        if match is None and org is not None:
            match = _after_aside(text, pos, end)
        elif match is None:
            bare = BARE_ORG_RE.match(text, pos, end)
            match = ORD_LAN_RE.match(text, bare.end(), end) if bare is not None else None
        if match is not None:
            found, pos = (match, "lan-thu"), match.end()
        else:
            match = ORD_KHOA_RE.match(text, pos, end)
            if match is None:
                return None
            found, pos = (match, "khoa"), match.end()
    match, source = found
    ordinal = _ordinal(match)
    if ordinal is None:
        return None
    if source == "lan-thu" and " ".join(match["kw"].lower().split()) == "thứ lần":
        source = "thu-lan"
    party = PARTY_RE.match(text, pos, end)
    if party is not None and org is None:
        national, pos = True, party.end()
    elif org is None:
        of = OF_PARTY_RE.match(text, pos, end)
        org = _org_at(text, words, of.end(), end) if of is not None else None
        pos = org.end if org is not None else pos
    if national:
        org = OrgRef(head.start(), pos, None, None, national=True)
    span = (match.start(match.lastgroup or 0), match.end())
    mention = CongressMention(head.start(), pos, ordinal, span, source, org)
    term = TERM_AFTER_RE.match(text, pos, end)
    if term is not None:
        mention.term, mention.term_span = term["term"], (term.start("term"), term.end("term"))
        mention.end = term.end()
    before = max(0, head.start() - 40)
    mention.reference = (
        ends_with(words.low, _REFERENCE_ENDS, before, head.start())
        or words.has_near("số", before, head.start())
    ) and REFERENCE_LOW_RE.search(words.low, before, head.start()) is not None
    return mention


def _after_aside(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The ordinal after an organisation's province, bracketed or not (see ``ASIDE_RE``)."""
    aside = ASIDE_RE.match(text, pos, end)
    return ORD_LAN_RE.match(text, aside.end(), end) if aside is not None else None


def find_congresses(
    text: str, start: int, end: int, words: Words | None = None
) -> list[CongressMention]:
    """Congress mentions in ``text[start:end]`` (one line of the folded page).

    ``words`` indexes :func:`lowered` ``text``, when the caller has it.
    """
    words = Words(lowered(text)) if words is None else words
    out = []
    for head in finditer_at(HEAD_RE, text, words.starts(CONGRESS_WORDS, start, end), end):
        mention = _parse(text, words, head, end)
        if mention is not None:
            out.append(mention)
    return out


def find_orgs(text: str, start: int, end: int, words: Words | None = None) -> list[OrgRef]:
    """Organisations and place hints in one line: "Đảng bộ …", committees, "tỉnh X"."""
    words = Words(lowered(text)) if words is None else words
    out: list[OrgRef] = []
    party = words.starts(_PARTY_WORDS, start, end)
    if party:
        out.extend(_party_orgs(text, words, party, end))
    if words.has("ủy", start, end):  # every committee word ends in "ủy"
        out.extend(_committees(text, words.near(_COMMITTEE_WORDS, start, end), end))
    units = words.starts(_UNIT_WORDS, start, end)
    if units:
        _unit_hints(text, units, end, out)
    return out


def _party_orgs(text: str, words: Words, party: list[int], end: int) -> list[OrgRef]:
    """Organisations named "Đảng bộ …", then mentions of the Communist Party of Vietnam."""
    orgs: list[OrgRef] = []
    national: list[OrgRef] = []
    for match in finditer_at(PARTY_AT_RE, text, party, end):
        if match.lastgroup == "cpv":
            national.append(OrgRef(match.start(), match.end(), None, None, national=True))
            continue
        org = _org_at(text, words, match.start(), end, match)
        if org is not None:
            orgs.append(org)
    return orgs + national if national else orgs


def _committees(text: str, offsets: list[int], end: int) -> list[OrgRef]:
    """Committees ("Tỉnh ủy An Giang", "Đảng ủy xã …") starting at ``offsets``."""
    out = []
    for match in finditer_at(COMMITTEE_AT_RE, text, offsets, end):
        unit = _unit(match["u"]) if match["u"] else COMMITTEE_UNIT[_unit(match["c"])]
        found = locality_at(text, match.end(), end)
        locality = found[1] if found is not None else None
        out.append(OrgRef(match.start(), found[0] if found else match.end(), unit, locality))
    return out


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
                OrgRef(match.start(), found[0], _unit(match["unit"]), found[1], explicit=False)
            )


@dataclass
class PlaceClues:
    """What the page says about places, for organisations named without one."""

    orgs: list[OrgRef]
    text: str
    """The folded page."""
    ranges: list[tuple[int, int]]
    """The stretches of it that are read (content lines and title)."""
    tag: str | None
    place: str | None
    localities: dict[str, str | None] = field(default_factory=dict)
    """Answers of :func:`resolve_locality` so far, by unit."""

    @cached_property
    def provinces(self) -> Counter[str]:
        """How often each province is named (counted when first needed)."""
        return province_counts(self.text, self.ranges)


def province_counts(text: str, ranges: list[tuple[int, int]]) -> Counter[str]:
    """How often each province is named in the given ranges ("Hồ Chí Minh" needs "TP")."""
    counts: Counter[str] = Counter()
    pattern = province_re()
    for start, end in ranges:
        for match in pattern.finditer(text, start, end):
            name = proper_or_known(match.group(0)) or match.group(0)
            if name == "Hồ Chí Minh" and not CITY_BEFORE_RE.search(
                text[max(0, match.start() - 12) : match.start()]
            ):
                continue
            counts[name] += 1
    return counts


def resolve_locality(unit: str, context: PlaceClues) -> str | None:
    """The locality of an organisation named only by its unit ("Đảng bộ tỉnh")."""
    if unit not in context.localities:
        context.localities[unit] = _resolve_locality(unit, context)
    return context.localities[unit]


def _resolve_locality(unit: str, context: PlaceClues) -> str | None:
    named = Counter(o.locality for o in context.orgs if o.unit == unit and o.locality)
    if named:
        return named.most_common(1)[0][0]
    if unit in {"tỉnh", "thành phố"}:
        wanted = "tỉnh" if unit == "tỉnh" else "thành phố"
        counts = Counter(
            {n: c for n, c in context.provinces.items() if provinces()[n.lower()].unit == wanted}
        )
        if context.tag:
            for name in list(provinces().values()):
                if (
                    name.unit == wanted
                    and context.tag.endswith(name.initials)
                    and len(name.initials) >= 2
                ):
                    counts[name.name] += 2 if counts[name.name] else 1
        if counts:
            return counts.most_common(1)[0][0]
    if context.place:
        return context.place
    return None
