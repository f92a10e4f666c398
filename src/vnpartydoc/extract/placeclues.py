"""Where an organisation named without its locality takes it from.

An organisation named only by its unit ("Đảng bộ tỉnh", "Khối các cơ quan tỉnh") takes its
locality from the rest of the page (:class:`PlaceClues`): another mention of the same unit, a
committee ("Tỉnh ủy An Giang"), a province name, the publication tag ("TUAG"), or the place of
the document; an agency's committee named short takes the fullest printing of its name. A
committee named by its unit only counts at all when the page settles which one it is:
:func:`named_once` is the one locality of its unit the page names ("tỉnh Bến Tre", "huyện
Thanh Thủy"), none when it names two or names one only aside ("cao hơn tỉnh Long An"); one
opening a holder's title chain is read in the mentions stage from the chain's next post
(``orgs.py``). The mentions stage gathers the clues (``mentions.py``); the discourse stage
asks them (``discourse.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from vnpartydoc.extract.lexicon import CELL_UNIT, province_re, provinces
from vnpartydoc.extract.orgs import OrgRef, named_fully, unit_name
from vnpartydoc.extract.titles import proper_or_known

__all__ = [
    "PlaceClues",
    "agency_name",
    "cut_at_end",
    "named_once",
    "province_counts",
    "resolve_locality",
]

NEWSPAPER_TAG_END = "ĐT"
"""How an online paper's tag ends ("BBNĐT": Báo Bắc Ninh điện tử): its initials are no
committee's, so it says nothing of the province ("ĐT" would read as Đồng Tháp)."""
CITY_BEFORE_RE = re.compile(r"(?i:tp\.?|thành\s+phố)\s*$")
ASIDE_RE = re.compile(
    r"(?:(?i:so\s+với|hơn|như|bằng)\s+(?:(?i:các\s+)?(?i:tỉnh|thành\s+phố|tp\.?)\s*)?"
    r"|(?i:báo)\s+|(?i:huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+)$"
)
"""The words before a province's name that show it is not the page's province: compared with
("cao hơn tỉnh Long An", "so với Đồng Tháp"), a newspaper's name ("Báo Ninh Thuận"), a lower
unit's name ("phường Phú Thọ")."""
_ASIDE_REACH = 24
DEFINED_RE = re.compile(r"\s\(([A-ZĐ]{2,8})\)")
"""Initials in brackets after the words they stand for: "Bộ đội Biên phòng (BĐBP)"."""
_INITIALS_WORD_RE = re.compile(r"(?<!\S)[A-ZĐ]{2,8}(?!\S)")
_ASIDE_CUES = ("so", "hơn", "như", "bằng", "báo", "huyện", "quận", "xã", "phường", "thị")


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

    @cached_property
    def abbreviations(self) -> dict[str, str]:
        """Initials the page spells out before them: "Bộ đội Biên phòng (BĐBP)" (read once)."""
        found: dict[str, str] = {}
        for match in DEFINED_RE.finditer(self.text):
            initials = match[1]
            words = self.text[max(0, match.start() - 80) : match.start()].split()[-len(initials) :]
            if len(words) == len(initials) and "".join(w[0] for w in words).upper() == initials:
                found.setdefault(initials, " ".join(words))
        return found

    @cached_property
    def aside(self) -> frozenset[str]:
        """Provinces named only aside (see ``ASIDE_RE``), every time they are named."""
        counts = province_counts(self.text, self.ranges, aside=True)
        return frozenset(n for n, c in counts.items() if c == self.provinces[n])


def province_counts(
    text: str, ranges: list[tuple[int, int]], *, aside: bool = False
) -> Counter[str]:
    """How often each province is named in the given ranges ("Hồ Chí Minh" needs "TP").

    With ``aside``, only the namings that are not of the page's province (``ASIDE_RE``: "so
    với", "Báo", "phường") are counted.
    """
    counts: Counter[str] = Counter()
    pattern = province_re()
    for start, end in ranges:
        for match in pattern.finditer(text, start, end):
            name = proper_or_known(match.group(0)) or match.group(0)
            if name == "Hồ Chí Minh" and not CITY_BEFORE_RE.search(
                text[max(0, match.start() - 12) : match.start()]
            ):
                continue
            if aside and not _aside(text[max(start, match.start() - _ASIDE_REACH) : match.start()]):
                continue
            counts[name] += 1
    return counts


def _aside(before: str) -> bool:
    """Whether the words ``before`` a province's name set it aside ("cao hơn tỉnh ")."""
    lower = before.lower()
    if not any(cue in lower for cue in _ASIDE_CUES):
        return False
    return ASIDE_RE.search(before) is not None


def named_once(unit: str, context: PlaceClues) -> str | None:
    """The one locality of ``unit``'s kind the page names, if it names exactly one.

    "Huyện ủy" is the committee of the "huyện Thanh Thủy" the page names, and "Tỉnh ủy" that of
    the one province the page names ("tỉnh Bến Tre", "nhân dân Vĩnh Phúc"). Two of them named
    ("tỉnh Sơn La", "tỉnh Hòa Bình") settle nothing; a province named only to compare with it
    ("cao hơn tỉnh Long An"), as a newspaper's ("Báo Ninh Thuận") or as a ward's ("phường Phú
    Thọ") does not count. A place read as one capitalised word ("phường Báo cáo", "tỉnh Hội")
    is as likely a word cut short as a name, and does not count either.
    """
    names = {
        o.locality
        for o in context.orgs
        if o.unit == unit and o.locality and named_fully(o.locality)
    }
    if unit in {"tỉnh", "thành phố"} and context.provinces:
        aside = context.aside
        names -= aside
        names.update(
            n for n in context.provinces if n not in aside and provinces()[n.lower()].unit == unit
        )
    return next(iter(names)) if len(names) == 1 else None


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
        if context.tag and not context.tag.endswith(NEWSPAPER_TAG_END):
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


_BLOC_HEADS = frozenset({"khối", "các cơ quan"})
_GENERIC_BLOC_RE = re.compile(
    r"(?:\s*(?:(?i:các|cơ\s+quan|doanh\s+nghiệp|dân\s+chính\s+đảng|và)|[-\u2013,]))+"
)
"""A bloc's name that every province's bloc bears ("Khối Doanh nghiệp", "Khối các cơ quan"):
without its province it names no one bloc."""
_BARE_UNIT_END_RE = re.compile(r"(?<![^\s])(?P<unit>tỉnh|thành\s+phố)$", re.IGNORECASE)


def _fullest_printing(ref: OrgRef, name: str, orgs: list[OrgRef]) -> str:
    """``name``, or the longer name of the same committee printed elsewhere on the page.

    "Đảng ủy cơ quan UBND xã" (or a name cut by a line break, "Đảng ủy cơ quan UBND") is the
    "Đảng bộ cơ quan UBND xã Vân Tụ" the page names in full: the one longer name that starts
    with it and the same head word, when the longer names are one printing cut shorter or
    longer; two different ones ("Khối các cơ quan tỉnh …", "… Trung ương") leave it as printed.
    A cell's name is also the end of its name after a hamlet word: "Chi bộ Bãi Màu" is "Chi bộ
    thôn Bãi Màu".
    """
    head = (ref.unit or "").lower()
    lead = name.lower() + " "
    short = _printing_key(name)
    tail = " " + short if head == CELL_UNIT else None
    longer = {
        o.locality
        for o in orgs
        if o.locality
        and o.locality != name
        and (o.unit or "").lower() == head
        and (
            o.locality.lower().startswith(lead)
            or (key := _printing_key(o.locality)) == short
            or key.startswith(short + " ")
            or (tail is not None and key.endswith(tail) and o.locality[0].islower())
        )
    }
    if not longer:
        return name
    fullest = max((*sorted(longer), name), key=len)  # the same one whichever printing asks
    full = _printing_key(fullest)
    if all(
        (k := _printing_key(n)) == full
        or full.startswith(k + " ")
        or full.endswith(" " + k)
        or fullest.lower().startswith(n.lower() + " ")
        for n in longer
    ):
        return fullest
    return name


_UNIT_WORD_RE = re.compile(r"(?<!\S)(?:tỉnh|thành\s+phố|tp\.?)(?!\S)\s*")


@lru_cache(maxsize=1024)
def _printing_key(name: str) -> str:
    """A name as its printings are compared: lower case, without the province's unit word.

    "Thuế Sơn La", "Thuế tỉnh Sơn La" and "THUẾ TỈNH SƠN LA" are one committee printed three
    ways ("Đảng ủy Cục Thuế Sơn La", "Đảng bộ Cục Thuế tỉnh Sơn La", a headline in capitals).
    """
    return " ".join(_UNIT_WORD_RE.sub("", name.lower()).split())


def agency_name(ref: OrgRef, context: PlaceClues) -> str | None:
    """The name of an agency's committee (after its head word), with its province when known.

    Initials the page spells out are read as the words ("Ban Chỉ huy BĐBP tỉnh" after "Bộ đội
    Biên phòng (BĐBP)"); a name printed in full elsewhere on the page is read as that name (see
    ``_fullest_printing``). A bloc "of the province" ("Khối các cơ quan tỉnh") takes the
    province the page settles, as "Đảng bộ tỉnh" does: "Khối các cơ quan tỉnh Thái Nguyên"; any
    other agency named without its locality ("Đảng bộ UBND tỉnh", "Đảng bộ Công an tỉnh") keeps
    its name as printed (README of the real-text corpus). A bloc named as every province's is,
    with no place at all ("Khối Doanh nghiệp"), names no one organisation (None).
    """
    name = ref.locality
    if name is None:
        return None
    if _INITIALS_WORD_RE.search(name) and context.abbreviations:
        spelt = context.abbreviations
        name = _INITIALS_WORD_RE.sub(lambda m: spelt.get(m[0], m[0]), name)
    name = _fullest_printing(ref, name, context.orgs)
    head = (ref.unit or "").lower()
    bare = _BARE_UNIT_END_RE.search(name)
    if bare is None or head not in _BLOC_HEADS:
        generic = head in _BLOC_HEADS and _GENERIC_BLOC_RE.fullmatch(name) is not None
        return None if generic else name
    province = resolve_locality(unit_name(bare["unit"]), context)
    return name if province is None else f"{name} {province}"


def cut_at_end(ref: OrgRef, context: PlaceClues) -> bool:
    """Whether ``ref`` is a name the end of an excerpt cut short ("… Đảng bộ Bệnh viện Ph").

    Only a name that runs to the very end of the page, with no stop after it, and whose last
    word begins a longer word in the same name printed before ("Bệnh viện Phổi Hải Phòng", in
    the title or the text) counts.
    """
    text = context.text
    if ref.locality is None or ref.end < len(text.rstrip()) or not text.rstrip()[-1:].isalnum():
        return False
    needle = f"{ref.unit} {ref.locality}"
    at = text.find(needle, 0, ref.start)
    while at >= 0:
        if text[at + len(needle) : at + len(needle) + 1].isalpha():
            return True
        at = text.find(needle, at + 1, ref.start)
    return False
