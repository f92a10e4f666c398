"""Stage 4: discourse state. Which organisations and congresses the mentions refer to.

Input: a :class:`~vnpartydoc.extract.state.Reading` made from the page and its
:class:`~vnpartydoc.extract.mentions.Mentions`. :func:`follow` fills its discourse state, in
order:

1. organisations: every organisation named with its locality, then those named without it
   whose locality the rest of the page settles (``locality_inferred``);
2. congresses: each congress mention joins the congress of its organisation (named in it, else
   the last one named earlier in its sentence, else the only one on the page);
3. linking (:mod:`~vnpartydoc.extract.linking`): each congress gets its term, dates and place
   from the sentences about it.

The state is then only read, by the records stage (:mod:`vnpartydoc.extract.records`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnpartydoc.extract.linking import link
from vnpartydoc.extract.orgs import agency_name, resolve_locality
from vnpartydoc.extract.state import CongressDraft, OrgDraft, org_key

if TYPE_CHECKING:
    from vnpartydoc.extract.congress import CongressMention
    from vnpartydoc.extract.orgs import OrgRef
    from vnpartydoc.extract.state import Reading

__all__ = ["follow"]


def follow(reading: Reading) -> None:
    """Fill the discourse state of ``reading``: organisations, congresses, their facts."""
    reading.used_dates.update(reading.mentions.cited_dates)
    _organisations(reading)
    _congresses(reading)
    link(reading)


def _org(reading: Reading, ref: OrgRef, at: int) -> str | None:
    assert reading.context is not None
    if ref.national:
        key = org_key(None, None, True)
        if key not in reading.orgs:
            reading.orgs[key] = OrgDraft(None, None, True)
        return key
    if ref.unit is None:
        return None
    locality = agency_name(ref, reading.context) if ref.agency else ref.locality
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
    start, _ = reading.sentences.around(mention.start)
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
    pending = []
    for mention in reading.mentions.congresses:
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
