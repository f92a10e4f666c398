"""Stage 4: discourse state. Which organisations and congresses the mentions refer to.

Input: the cleaned page, its :class:`~vnpartydoc.extract.layout.Layout`, its
:class:`~vnpartydoc.extract.sentences.Sentences` and its
:class:`~vnpartydoc.extract.mentions.Mentions`, none of which it changes. Output: a frozen
:class:`~vnpartydoc.extract.state.Discourse`. :func:`follow` works it out in order:

1. organisations: every organisation named with its locality, then those named without it
   whose locality the rest of the page settles (``locality_inferred``);
2. congresses: each congress mention joins the congress of its organisation (named in it, else
   the last one named earlier in its sentence, else the only one on the page);
3. linking (:mod:`~vnpartydoc.extract.linking`): each congress gets its term, dates and place
   from the sentences about it;
4. terms printed away (:mod:`~vnpartydoc.extract.terms`): a congress still without a term gets
   one printed after its organisation's name or at the head of its sentence, and its dates
   their years from it.

Each step returns the issues it raises; :func:`follow` joins them, in that order, into the
result. The result is then only read, by the records stage (:mod:`vnpartydoc.extract.records`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING

from vnpartydoc.extract.linking import link
from vnpartydoc.extract.placeclues import agency_name, cut_at_end, named_once, resolve_locality
from vnpartydoc.extract.state import Discourse, OrgDraft, issue_at, org_key
from vnpartydoc.extract.terms import terms_printed_away

if TYPE_CHECKING:
    from vnpartydoc.errors import Issue
    from vnpartydoc.extract.clean import CleanText
    from vnpartydoc.extract.congress import CongressMention
    from vnpartydoc.extract.layout import Layout
    from vnpartydoc.extract.mentions import Mentions
    from vnpartydoc.extract.orgs import OrgRef
    from vnpartydoc.extract.placeclues import PlaceClues
    from vnpartydoc.extract.sentences import Sentences

__all__ = ["follow"]

Groups = dict[tuple[str, int], list["CongressMention"]]
"""The mentions of each congress, by (organisation id, ordinal), in the order first met."""


def follow(page: CleanText, layout: Layout, sentences: Sentences, mentions: Mentions) -> Discourse:
    """Work out the organisations and congresses the mentions of a page refer to.

    Args:
        page: The cleaned page (its raw text locates the issues).
        layout: Its layout (an organisation named by its unit only in the header counts).
        sentences: Its sentence bounds.
        mentions: What the page names; read, never changed.

    Returns:
        The organisations, the organisations named by their unit only, the congresses with
        their terms, dates and places, and the issues raised, in reading order.
    """
    orgs = _Organisations(page.raw, mentions.places)
    org_refs, org_issues = _organisations(orgs, layout)
    groups, congress_issues = _congresses(orgs, sentences, mentions, page.fold)
    drafts, link_issues = link(
        page, sentences, mentions.dates, mentions.cited_dates, groups, orgs.spans
    )
    org_drafts = orgs.drafts()
    drafts = terms_printed_away(page, sentences, org_drafts, drafts)
    return Discourse(
        MappingProxyType(org_drafts),
        tuple(org_refs),
        MappingProxyType(drafts),
        (*org_issues, *congress_issues, *link_issues),
    )


class _Organisations:
    """The organisations read so far, in the order first read: this stage's working table.

    Only :func:`follow` holds one, and turns it into the result's frozen drafts at the end.
    """

    def __init__(self, raw: str, places: PlaceClues) -> None:
        self.raw = raw
        self.places = places
        self.found: dict[str, tuple[str | None, str | None, bool]] = {}
        """(unit, locality, national) by id."""
        self.spans: dict[str, list[tuple[int, int, str]]] = {}
        """Where each is named in full, by id."""
        self.inferred: set[str] = set()
        """Units whose locality was inferred (said once a text)."""

    def read(self, ref: OrgRef, at: int) -> tuple[str | None, list[Issue]]:
        """The id ``ref`` is read as (None if its locality is not settled), and the issues."""
        if ref.national:
            return self._add(None, None, True), []
        if ref.unit is None:
            return None, []
        if ref.agency:
            locality = agency_name(ref, self.places)
            if locality is None:  # "Đảng ủy Khối Doanh nghiệp", every province's bloc
                message = f"cannot tell which '{ref.unit} {ref.locality}' is meant; name it in full"
                return None, [issue_at("organisation_unresolved", message, self.raw, at)]
        else:
            locality = ref.locality
        issues = []
        if locality is None:
            locality = resolve_locality(ref.unit, self.places)
            if locality is None:
                message = f"cannot tell which 'Đảng bộ {ref.unit}' is meant; name its locality"
                return None, [issue_at("organisation_unresolved", message, self.raw, at)]
            if ref.unit not in self.inferred:
                self.inferred.add(ref.unit)
                message = (
                    f"'{ref.unit}' has no name here; read as {ref.unit} {locality} "
                    "from the rest of the text"
                )
                issues.append(issue_at("locality_inferred", message, self.raw, at))
        return self._add(ref.unit, locality, False), issues

    def _add(self, unit: str | None, locality: str | None, national: bool) -> str:
        key = org_key(unit, locality, national)
        if key not in self.found:
            self.found[key] = (unit, locality, national)
        return key

    def has_unit(self, unit: str | None) -> bool:
        """Whether an organisation of this unit ("tỉnh") has been read."""
        return any(found[0] == unit for found in self.found.values())

    def drafts(self) -> dict[str, OrgDraft]:
        """The organisations read, by id, as frozen drafts."""
        return {
            key: OrgDraft(*found, spans=tuple(self.spans.get(key, ())))
            for key, found in self.found.items()
        }


def _organisations(
    orgs: _Organisations, layout: Layout
) -> tuple[list[tuple[OrgRef, str]], list[Issue]]:
    """Read the organisations named in full, then those named by their unit only.

    One named by its unit only ("Đảng bộ tỉnh") counts when an organisation of that unit is
    named in full, when it is in the document header, or when the page names exactly one
    locality of that unit ("tỉnh Bến Tre", "huyện Thanh Thủy"; see
    :func:`~vnpartydoc.extract.placeclues.named_once`) and it is the one read.

    Returns:
        The ones named by their unit only, with the id each was read as, and the issues.
    """
    issues: list[Issue] = []
    for ref in orgs.places.orgs:
        if ref.explicit and (ref.locality or ref.national) and not cut_at_end(ref, orgs.places):
            key, found = orgs.read(ref, ref.start)
            issues += found
            if key is not None:
                orgs.spans.setdefault(key, []).append((ref.start, ref.end, "name"))
    header_end = layout.header[-1].end + 1 if layout.header else None
    refs: list[tuple[OrgRef, str]] = []
    for ref in orgs.places.orgs:
        if not ref.explicit or ref.locality or ref.national:
            continue
        if (
            orgs.has_unit(ref.unit)
            or (header_end is not None and ref.start < header_end)
            or _named_once(orgs.places, ref.unit)
        ):
            key, found = orgs.read(ref, ref.start)
            issues += found
            if key is not None:
                refs.append((ref, key))
    return refs, issues


def _named_once(places: PlaceClues, unit: str | None) -> bool:
    """Whether the page names one locality of ``unit`` only, the one it would be read as."""
    if unit is None:
        return False
    once = named_once(unit, places)
    return once is not None and resolve_locality(unit, places) == once


_START = attrgetter("start")
HELD_BY_RE = re.compile(
    r"\s+(?:(?i:đã|vừa)\s+)?(?:(?i:long\s+trọng|trọng\s+thể)\s+)?(?i:tổ\s+chức|tiến\s+hành)\s+$"
)
"""Between an organisation and the congress it holds: "Đảng bộ … tổ chức Đại hội Đảng lần thứ
II" is that organisation's congress, not the Party's second."""
PARTY_WORD_RE = re.compile(r"(?i:đại\s+hội)\s+Đảng\s+(?i:lần(?:\s+thứ)?)\s*$")
""""Đại hội Đảng lần thứ …": the Party's congress unless an organisation holds it."""


def _congress_org(
    orgs: _Organisations, sentences: Sentences, mention: CongressMention, fold: str
) -> tuple[str | None, list[Issue]]:
    """The organisation of a congress mention: named in it, or last named before it.

    One named inside another's name ("Đảng bộ Văn phòng Tỉnh ủy Hà Tĩnh tổ chức Đại hội …") is
    not the one holding it: the name around it is.

    One named by its unit only ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX") is the one of that
    unit named last before it in the sentence ("Ban Chấp hành Đảng bộ tỉnh Bắc Giang tổ chức Hội
    nghị … thực hiện Nghị quyết …"); "Đại hội Đảng lần thứ II" is the congress of the
    organisation that holds it in the sentence.
    """
    org = mention.org
    held = (
        org is not None
        and org.national
        and PARTY_WORD_RE.search(fold, mention.start, mention.ordinal_span[0]) is not None
    )
    if held or (org is not None and org.unit is not None and org.locality is None):
        assert org is not None
        start, _ = sentences.around(mention.start)
        found = orgs.places.orgs
        before = [
            o
            for o in found[
                bisect_left(found, start, key=_START) : bisect_left(
                    found, mention.start, key=_START
                )
            ]
            if o.explicit and o.end <= mention.start and not o.national
        ]
        if held:
            holder = before[-1] if before else None
            if (
                holder is not None
                and (holder.locality or holder.agency)
                and HELD_BY_RE.match(fold, holder.end, mention.start)
            ):
                return orgs.read(holder, mention.start)
        else:
            same = [o for o in before if o.unit == org.unit and o.locality]
            if same:
                return orgs.read(same[-1], mention.start)
    if mention.org is not None:
        return orgs.read(mention.org, mention.start)
    start, _ = sentences.around(mention.start)
    before = [
        o for o in orgs.places.orgs if o.explicit and start <= o.start and o.end <= mention.start
    ]
    if before:
        last = before[-1]
        outer = [o for o in before if o.start < last.start and o.end >= last.end]
        return orgs.read(outer[-1] if outer else last, mention.start)
    return None, []


def _congresses(
    orgs: _Organisations, sentences: Sentences, mentions: Mentions, fold: str
) -> tuple[Groups, list[Issue]]:
    """Group the congress mentions by congress.

    A mention without its organisation joins the congress of the same ordinal already read,
    else the only organisation of the page.
    """
    issues: list[Issue] = []
    groups: Groups = {}
    pending = []
    for mention in mentions.congresses:
        if mention.org is None and _held_by_cells(orgs, sentences, mention, fold):
            continue
        key, found = _congress_org(orgs, sentences, mention, fold)
        issues += found
        if key is None:
            pending.append(mention)
            continue
        issues += _join(groups, orgs.raw, key, mention)
    for mention in pending:
        same = [k for k in groups if k[1] == mention.ordinal]
        keys = [same[0][0]] if same else list(orgs.found) if len(orgs.found) == 1 else []
        if keys:
            issues += _join(groups, orgs.raw, keys[0], mention)
        else:
            message = f"congress {mention.ordinal} is named without its organisation"
            issues.append(
                issue_at("congress_organisation_unknown", message, orgs.raw, mention.start)
            )
    return groups, issues


CELLS_RE = re.compile(r"(?i:các|những|\d{1,3}(?:/\d{1,3})?)\s+(?i:chi\s+bộ)(?![^\W\d_])")
"""Several cells, unnamed: "các chi bộ", "8/8 chi bộ", "10 Chi bộ"."""
PARENT_BEFORE_RE = re.compile(r"(?i:thuộc)\s+$")
"""Before an organisation, the word that makes it the parent of what comes before ("10 Chi bộ
… trực thuộc Đảng bộ Cục Thuế")."""


def _held_by_cells(
    orgs: _Organisations, sentences: Sentences, mention: CongressMention, fold: str
) -> bool:
    """Whether a congress mention without its organisation is the congresses of several cells.

    "Đến nay, 8/8 chi bộ đã tổ chức thành công Đại hội lần thứ II", "Đại hội các Chi bộ trực
    thuộc lần thứ nhất", "Các chi bộ thuộc Đảng bộ … tổ chức Đại hội lần thứ nhất": each cell
    holds its own congress, which is no one organisation's; the committee named after "thuộc"
    is the cells' parent, not the holder.
    """
    start, _ = sentences.around(mention.start)
    stop = mention.ordinal_span[0]
    if "chi" not in fold[start:stop].lower():
        return False
    found = list(CELLS_RE.finditer(fold, start, stop))
    if not found:
        return False
    cells = found[-1]
    return not any(
        o.explicit
        and not o.national
        and cells.end() <= o.start < mention.start
        and not PARENT_BEFORE_RE.search(fold, max(0, o.start - 12), o.start)
        for o in orgs.places.orgs
    )


def _join(groups: Groups, raw: str, key: str, mention: CongressMention) -> list[Issue]:
    """Add a mention to its congress; the issues of an ordinal read from an odd form."""
    groups.setdefault((key, mention.ordinal), []).append(mention)
    if mention.source == "khoa":
        message = (
            f"'khóa {mention.ordinal}' read as congress {mention.ordinal} "
            "(the committee it elected)"
        )
        return [issue_at("ordinal_from_khoa", message, raw, mention.ordinal_span[0])]
    if mention.source == "thu-lan":
        return [issue_at("ordinal_word_order", "'thứ lần' read as 'lần thứ'", raw, mention.start)]
    return []
