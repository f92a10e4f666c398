"""Stage 3, mentions: an organisation as named, and the words it is keyed by.

:class:`OrgRef` is what :mod:`~vnpartydoc.extract.orgs` and
:mod:`~vnpartydoc.extract.committees` read ("Đảng bộ tỉnh An Giang", "Tỉnh ủy An Giang",
"Đảng bộ Tập đoàn Điện lực Việt Nam"); its level follows the unit word, the province list and,
for agencies and companies, :mod:`~vnpartydoc.extract.agencies`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from vnpartydoc.enums import Level
from vnpartydoc.extract.agencies import agency_as_meant, agency_level
from vnpartydoc.extract.lexicon import CELL_UNIT, UNIT_LEVEL, provinces

if TYPE_CHECKING:
    import re

__all__ = ["OrgRef", "agency_ref", "named_fully", "unit_name"]


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
        level = UNIT_LEVEL.get(self.unit)
        if level is not None:
            return level
        return Level.CELL if self.unit == CELL_UNIT else agency_level(self.unit, self.locality)

    @property
    def agency(self) -> bool:
        """Whether it is the committee of an agency, a company or a bloc, not of a locality."""
        return not self.national and self.unit is not None and self.unit not in UNIT_LEVEL


def agency_ref(start: int, match: re.Match[str]) -> OrgRef:
    """The committee named by ``AGENCY_NAME``'s match, its name as meant ("Khối DNTW")."""
    head = " ".join(match["agency_head"].split())
    head, name = agency_as_meant(head, " ".join(match["agency_name"].split()))
    return OrgRef(start, match.end(), head, name)


@lru_cache(maxsize=256)
def unit_name(text: str) -> str:
    """A unit word as organisations are keyed by it: lower case, "TP" → "thành phố"."""
    word = " ".join(text.lower().rstrip(".").split())
    return "thành phố" if word in {"tp", "thành phố"} else word


def named_fully(place: str) -> bool:
    """Whether a place read after a unit word is surely a name, not a word cut short.

    A place of one capitalised word ("phường Báo cáo", "tỉnh Hội") is as likely a word that
    happens to open a sentence; a name of two words or a number ("phường 7") is not.
    """
    return " " in place or place.isdigit()
