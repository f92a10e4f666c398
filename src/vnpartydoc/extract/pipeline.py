"""The extraction pipeline: read the page step by step and gather what each step finds."""

from __future__ import annotations

from vnpartydoc.extract.citations import find_citations
from vnpartydoc.extract.clean import clean
from vnpartydoc.extract.congress import CONGRESS_WORDS, CongressMention, find_congresses
from vnpartydoc.extract.dates import find_dates
from vnpartydoc.extract.goals import find_goal
from vnpartydoc.extract.layout import PLACE_DATE_RE, read_layout
from vnpartydoc.extract.linking import link
from vnpartydoc.extract.orgs import OrgRef, PlaceClues, find_orgs, resolve_locality
from vnpartydoc.extract.people import find_people
from vnpartydoc.extract.points import find_points
from vnpartydoc.extract.state import CongressDraft, OrgDraft, Reading, org_key
from vnpartydoc.extract.targets import find_targets

__all__ = ["read"]


def _scan(reading: Reading) -> None:
    fold, words = reading.page.fold, reading.page.words
    for line in reading.lines:
        reading.dates.extend(find_dates(fold, start=line.start, end=line.end, words=words))
        reading.citations.extend(find_citations(fold, line.start, line.end, words))
    for citation in reading.citations:
        if citation.date_span is not None:
            reading.used_dates.update(
                m.start for m in reading.dates if m.start <= citation.date_span[0] < m.end + 5
            )


def _context(reading: Reading) -> PlaceClues:
    page, layout = reading.page, reading.layout
    refs: list[OrgRef] = []
    for line in reading.lines:
        refs.extend(find_orgs(page.fold, line.start, line.end, page.words))
    ranges = [(ln.start, ln.end) for ln in reading.lines]
    if layout.title is not None:
        ranges.append((layout.title.start, layout.title.end))
    place = None
    for line in layout.header + layout.summary:
        match = PLACE_DATE_RE.search(page.fold, line.start, line.end)
        if match is not None:
            place = page.cut(match.start("place"), match.end("place"))
    return PlaceClues(refs, page.fold, ranges, layout.tag, place)


def _org(reading: Reading, ref: OrgRef, at: int) -> str | None:
    assert reading.context is not None
    if ref.national:
        key = org_key(None, None, True)
        if key not in reading.orgs:
            reading.orgs[key] = OrgDraft(None, None, True)
        return key
    if ref.unit is None:
        return None
    locality = ref.locality
    if locality is None:
        locality = resolve_locality(ref.unit, reading.context)
        if locality is None:
            reading.issue(
                "organisation_unresolved",
                f"cannot tell which 'Đảng bộ {ref.unit}' is meant; name its locality",
                at,
            )
            return None
        if ("locality", ref.unit) not in reading.seen:
            reading.seen.add(("locality", ref.unit))
            reading.issue(
                "locality_inferred",
                f"'{ref.unit}' has no name here; read as {ref.unit} {locality} "
                "from the rest of the text",
                at,
            )
    key = org_key(ref.unit, locality, False)
    if key not in reading.orgs:
        reading.orgs[key] = OrgDraft(ref.unit, locality, False)
    return key


def _organisations(reading: Reading) -> None:
    assert reading.context is not None
    for ref in reading.context.orgs:
        if ref.explicit and (ref.locality or ref.national):
            key = _org(reading, ref, ref.start)
            if key is not None:
                reading.orgs[key].spans.append((ref.start, ref.end, "name"))
    for ref in reading.context.orgs:
        if ref.explicit and not ref.locality and not ref.national:
            named = [o for o in reading.orgs.values() if o.unit == ref.unit]
            if named or (reading.layout.header and ref.start < reading.layout.header[-1].end + 1):
                key = _org(reading, ref, ref.start)
                if key is not None:
                    reading.org_refs.append((ref, key))


def _congress_org(reading: Reading, mention: CongressMention) -> str | None:
    if mention.org is not None:
        return _org(reading, mention.org, mention.start)
    start, _ = reading.sentence(mention.start)
    assert reading.context is not None
    before = [
        o
        for o in reading.context.orgs
        if o.explicit and start <= o.start and o.end <= mention.start
    ]
    if before:
        return _org(reading, before[-1], mention.start)
    return None


def _congresses(reading: Reading) -> None:
    fold, words = reading.page.fold, reading.page.words
    mentions: list[CongressMention] = []
    spans = [(line.start, line.end) for line in reading.lines]
    for i in words.lines_with(CONGRESS_WORDS, spans):  # lines with "đại", as in "Đại hội"
        mentions.extend(find_congresses(fold, spans[i][0], spans[i][1], words))
    title = reading.layout.title
    if title is not None and title not in reading.lines:
        mentions.extend(find_congresses(fold, title.start, title.end, words))
    pending = []
    for mention in mentions:
        key = _congress_org(reading, mention)
        if key is None:
            pending.append(mention)
            continue
        _add(reading, key, mention)
    for mention in pending:
        same = [k for k in reading.congresses if k[1] == mention.ordinal]
        keys = [same[0][0]] if same else list(reading.orgs) if len(reading.orgs) == 1 else []
        if keys:
            _add(reading, keys[0], mention)
        else:
            reading.issue(
                "congress_organisation_unknown",
                f"congress {mention.ordinal} is named without its organisation",
                mention.start,
            )


def _add(reading: Reading, key: str, mention: CongressMention) -> None:
    draft = reading.congresses.setdefault(
        (key, mention.ordinal), CongressDraft(key, mention.ordinal)
    )
    draft.mentions.append(mention)
    if mention.source == "khoa":
        reading.issue(
            "ordinal_from_khoa",
            f"'khóa {mention.ordinal}' read as congress {mention.ordinal} "
            "(the committee it elected)",
            mention.ordinal_span[0],
        )
    elif mention.source == "thu-lan":
        reading.issue("ordinal_word_order", "'thứ lần' read as 'lần thứ'", mention.start)
    if mention.term is not None and mention.term_span is not None:
        draft.terms.append((mention.term, mention.term_span))


def read(text: str) -> Reading:
    """Run the reading steps over ``text``."""
    page = clean(text)
    layout = read_layout(page)
    reading = Reading(page, layout, layout.content)
    _scan(reading)
    reading.context = _context(reading)
    _organisations(reading)
    _congresses(reading)
    link(reading)
    fold, raw = page.fold, page.raw
    for line in reading.lines:
        reading.people.extend(find_people(raw, fold, line.start, line.end))
    ranges = [(ln.start, ln.end) for ln in reading.lines]
    reading.goal = find_goal(raw, fold, ranges, page.words)
    reading.targets = find_targets(raw, fold, ranges, page.words)
    body = [
        (ln.start, ln.end, fold[ln.start : ln.end], raw[ln.start : ln.end]) for ln in layout.body
    ]
    reading.points = find_points(body)
    return reading
