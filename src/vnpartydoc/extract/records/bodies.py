"""Records stage: organisation and congress records, and the resolution each congress adopted."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vnpartydoc.enums import Level
from vnpartydoc.extract.congress import delegate_counts
from vnpartydoc.extract.ids import congress_id, congress_resolution_id
from vnpartydoc.extract.lexicon import CELL_UNIT, UNIT_COMMITTEE, UNIT_ISSUER_CODE
from vnpartydoc.extract.orgs import OrgRef
from vnpartydoc.extract.scan import to_roman
from vnpartydoc.models import Congress, Organisation

if TYPE_CHECKING:
    from collections.abc import Mapping

    from vnpartydoc.extract.dates import DateMention
    from vnpartydoc.extract.records.builder import Builder
    from vnpartydoc.extract.state import CongressDraft
    from vnpartydoc.types import PartialDate

__all__ = ["congress_records", "congress_resolution", "organisation_records"]


def _parents(builder: Builder) -> dict[str, str]:
    """Parent organisation ids the text settles: the only one of the level above.

    A district belongs to the province when the text names one province; a commune to
    the district when it names one district (no district: the parent is left open, as
    communes were under districts before July 2025 and under provinces after); a province
    to the Party when the text names the Party.
    """
    by_level: dict[Level, list[str]] = {}
    levels: dict[str, Level] = {}
    for key, draft in builder.reading.orgs.items():
        level = (
            Level.CENTRAL
            if draft.national or draft.unit is None
            else OrgRef(0, 0, draft.unit, draft.locality).level
        )
        levels[key] = level
        by_level.setdefault(level, []).append(key)
    above = {
        Level.PROVINCE: Level.CENTRAL,
        Level.DISTRICT: Level.PROVINCE,
        Level.GRASSROOTS: Level.DISTRICT,
    }
    parents = {}
    for key, level in levels.items():
        candidates = by_level.get(above[level], []) if level in above else []
        if len(candidates) == 1:
            parents[key] = candidates[0]
    return parents


def organisation_records(builder: Builder) -> list[Organisation]:
    """Organisation records."""
    out = []
    parents = _parents(builder)
    for key, draft in builder.reading.orgs.items():
        data: dict[str, Any] = {"id": key, "name": draft.name}
        if draft.national:
            data.update(level="central", committee="Ban Chấp hành Trung ương", issuer_code="TW")
        else:
            assert draft.unit is not None
            ref = OrgRef(0, 0, draft.unit, draft.locality)
            if ref.agency:  # unit and locality hold the head and rest of the agency's name
                committee = "Chi ủy" if draft.unit == CELL_UNIT else f"Đảng ủy {draft.unit}"
                data.update(level=ref.level, committee=f"{committee} {draft.locality}")
            else:
                data.update(
                    level=ref.level,
                    locality=draft.locality,
                    committee=f"{UNIT_COMMITTEE[draft.unit]} {draft.locality}",
                    issuer_code=(
                        "TU" if ref.level is Level.PROVINCE else UNIT_ISSUER_CODE.get(draft.unit)
                    ),
                )
        parent = parents.get(key)
        if parent is not None:
            data["parent"] = parent
        record = builder.make(Organisation, data, None)
        if record is not None:
            out.append(record)
            for start, end, name in draft.spans:
                builder.span(start, end, key, name)
            if parent is not None:
                _parent_read(builder, key, draft.name, parent)
    return out


def _parent_read(builder: Builder, key: str, name: str, parent: str) -> None:
    """Say where the parent was read (the parent's first mention) and that it is inferred."""
    spans = builder.reading.orgs[parent].spans
    at = spans[0][0] if spans else None
    if spans:
        builder.span(spans[0][0], spans[0][1], key, "parent")
    builder.issue(
        "parent_inferred",
        f"'{name}' read as part of '{builder.reading.orgs[parent].name}', the only organisation of "
        "the level above in the text",
        at,
    )


def _delegates(
    builder: Builder, draft: CongressDraft, counts: list[tuple[int, int, int]]
) -> tuple[int, int, int] | None:
    """The count of delegates said of a congress, among the page's ``counts``: (count, start, end).

    Read in the sentence of each mention that is not a reference to it, and in the two
    sentences after it, up to one that names another congress ("Dự Đại hội có 352 đại biểu
    chính thức" after the sentence that opens it); when the page names one congress only, in
    any sentence that says "Đại hội".
    """
    if not counts:
        return None
    reading = builder.reading
    others = [m.start for d in reading.congresses.values() if d is not draft for m in d.mentions]
    for mention in draft.mentions:
        if mention.reference:
            continue
        start, end = reading.sentences.around(mention.start)
        for _ in range(3):
            if start >= end or (
                not start <= mention.start < end and any(start <= o < end for o in others)
            ):
                break
            found = next((c for c in counts if start <= c[1] < end), None)
            if found is not None:
                return found
            start, end = reading.sentences.around(end + 1)
    if len(reading.congresses) == 1:  # "Dự Đại hội có … và 299 đại biểu": the only congress
        low = reading.page.low
        for count in counts:
            start, end = reading.sentences.around(count[1])
            if low.find("đại hội", start, end) >= 0:
                return count
    return None


def congress_records(builder: Builder) -> list[Congress]:
    """Congress records; one whose term is found nowhere is kept without it, and reported."""
    out = []
    page = builder.reading.page
    counts = delegate_counts(page.fold, page.low) if builder.reading.congresses else []
    for draft in builder.reading.congresses.values():
        cid = congress_id(draft.org, draft.ordinal)
        term, resolved = draft.term, draft.resolved
        if draft.term_source is not None:
            builder.issue(
                "term_inferred",
                f"the term of congress {to_roman(draft.ordinal)} of {draft.org} is not "
                f"printed beside it; {term} is taken from {draft.term_source}",
                draft.mentions[0].start,
            )
        if term is None:
            builder.issue(
                "congress_term_missing",
                f"congress {to_roman(draft.ordinal)} of {draft.org} has no term in the text; "
                "it is kept without one",
                draft.mentions[0].start,
            )
        resolved = _in_order(builder, draft, resolved)
        org = builder.reading.orgs[draft.org]
        name = (
            f"Đại hội đại biểu toàn quốc lần thứ {to_roman(draft.ordinal)} của Đảng"
            if org.national
            else f"Đại hội đại biểu {org.name} lần thứ {to_roman(draft.ordinal)}"
        )
        data: dict[str, Any] = {
            "id": cid,
            "organisation": draft.org,
            "ordinal": draft.ordinal,
            "name": name,
        }
        if term is not None:
            data["term"] = str(term)
        for role, field in _ROLES:
            if role in resolved:
                data[field] = resolved[role][0]  # a PartialDate is taken as it is
        if draft.place is not None:
            data["place"] = draft.place[0]
        delegates = _delegates(builder, draft, counts)
        if delegates is not None:
            data["delegates"] = delegates[0]
        record = builder.make(Congress, data, draft.mentions[0].start)
        if record is None:
            continue
        out.append(record)
        _congress_spans(builder, cid, draft, resolved)
        if delegates is not None:
            builder.span(delegates[1], delegates[2], cid, "delegates")
    return out


_ROLES = (("prep", "prep_on"), ("opened", "opened_on"), ("closed", "closed_on"))
"""A congress's days, in the order they must come (``Congress`` checks it)."""


def _in_order(
    builder: Builder, draft: CongressDraft, resolved: Mapping[str, tuple[PartialDate, DateMention]]
) -> Mapping[str, tuple[PartialDate, DateMention]]:
    """The dates read for a congress, without any two that come in the wrong order.

    A day read for the wrong role ("Ngày 28/9, … thông báo … Đại hội" as the opening, before a
    preparatory session on 13/10) would make the record fail validation and the congress,
    with its term, place and delegates, be lost; the two dates that disagree are left out
    instead, and reported.
    """
    roles = [role for role, _ in _ROLES if role in resolved]
    bad: set[str] = set()
    for i, first in enumerate(roles):
        for later in roles[i + 1 :]:
            if resolved[later][0].latest() < resolved[first][0].earliest():
                bad |= {first, later}
                builder.issue(
                    "congress_dates_conflict",
                    f"congress {to_roman(draft.ordinal)} of {draft.org}: its {later} day "
                    f"{resolved[later][0]} is before its {first} day {resolved[first][0]}; "
                    "both are left out, the congress is kept",
                    resolved[later][1].start,
                )
    return {role: found for role, found in resolved.items() if role not in bad}


def _congress_spans(
    builder: Builder,
    cid: str,
    draft: CongressDraft,
    resolved: Mapping[str, tuple[PartialDate, DateMention]],
) -> None:
    for mention in draft.mentions:
        builder.span(mention.ordinal_span[0], mention.ordinal_span[1], cid, "ordinal")
        if mention.org is not None and mention.org.end > mention.org.start:
            builder.span(mention.org.start, mention.org.end, cid, "organisation")
    for _, (a, b) in draft.terms[:1]:
        builder.span(a, b, cid, "term")
    for role, field in _ROLES:
        if role in resolved:
            date = resolved[role][1]
            builder.span(date.start, date.end, cid, field)
    if draft.place is not None:
        builder.span(draft.place[1], draft.place[2], cid, "place")


def congress_resolution(
    builder: Builder, draft: CongressDraft, congress: Congress
) -> dict[str, Any]:
    """Data of the resolution a congress adopted."""
    org = builder.reading.orgs[draft.org]
    key = congress_resolution_id(congress.id)
    title = f"Nghị quyết {congress.name}"
    data: dict[str, Any] = {
        "type": "nghi-quyet",
        "id": key,
        "title": title if congress.term is None else f"{title}, nhiệm kỳ {congress.term}",
        "congress": congress.id,
        "issuer": {
            "organisation": draft.org,
            "body": "congress",
            "name": "Đại hội đại biểu toàn quốc" if org.national else f"Đại hội {org.name}",
        },
    }
    if congress.term is not None:
        data["term"] = str(congress.term)
    return data
