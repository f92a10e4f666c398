"""Step 4 (discourse state), terms: the term of each congress, printed with it or away from it.

:mod:`~vnpartydoc.extract.linking` reads the terms printed in a congress's mentions, or right
after one (:func:`printed_terms`), and settles one (:func:`term_of`: the first valid one; for a
national congress, the list of national congresses). When a congress is left without a term,
:func:`terms_printed_away` looks for one printed away from it: after its organisation's name in
a sentence about its congress or committee, or at the head of the sentence that names it; the
dates read for it then get their missing years from that term. A term is never guessed from
an ordinal; a congress still without one is kept without it (its record has no term).
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from vnpartydoc.extract.congress import TERM_ANY_RE
from vnpartydoc.extract.dates import resolve
from vnpartydoc.extract.lexicon import national_congress_years
from vnpartydoc.extract.scan import DIGITS_RE, finditer_at, from_roman
from vnpartydoc.extract.state import issue_at, org_key
from vnpartydoc.types import Term

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from vnpartydoc.errors import Issue
    from vnpartydoc.extract.clean import CleanText
    from vnpartydoc.extract.congress import CongressMention
    from vnpartydoc.extract.dates import DateMention
    from vnpartydoc.extract.sentences import Sentences
    from vnpartydoc.extract.state import CongressDraft, OrgDraft
    from vnpartydoc.types import PartialDate

__all__ = ["Key", "Printed", "printed_terms", "term_of", "term_years", "terms_printed_away"]

Key = tuple[str, int]
"""A congress: (organisation id, ordinal)."""
Printed = tuple[str, tuple[int, int]]
"""A term as printed ("2020 - 2025") and its span."""

_TERM_WORDS = ("nhiệm",)  # TERM_ANY_RE

# What may stand between an organisation's name and the term of its congress or committee:
# "Đại hội Đảng bộ huyện Na Hang (nhiệm kỳ 2020-2025)", "Ban Chấp hành Đảng bộ tỉnh Lào Cai
# khóa XVI, nhiệm kì 2020 - 2025".
_TERM_NEAR_RE = re.compile(
    rf"(?:\s+(?i:khóa)\s+(?P<khoa>[IVXL]+|\d{{1,2}}))?\s*[,(]?\s*{TERM_ANY_RE.pattern}"
)
_COMMITTEE_OR_CONGRESS_RE = re.compile(r"(?i:đại\s+hội|ban\s+chấp\s+hành|bch)")
_TERM_LEAD_RE = re.compile(rf"\s*(?:(?i:trong)\s+)?{TERM_ANY_RE.pattern}\s*,")
"""A sentence that starts with its term: "Nhiệm kỳ 2015 - 2020, Ban Chấp hành … thực hiện
Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI …"."""


def printed_terms(
    page: CleanText, sentences: Sentences, groups: Mapping[Key, Sequence[CongressMention]]
) -> dict[Key, list[Printed]]:
    """The terms printed in each congress's mentions, else the first one after a mention.

    A term printed after a mention ("…, nhiệm kỳ 2020 - 2025") goes to one congress only.
    """
    printed = {
        key: [(m.term, m.term_span) for m in mentions if m.term is not None and m.term_span]
        for key, mentions in groups.items()
    }
    taken = {span for terms in printed.values() for _, span in terms}
    for key, mentions in groups.items():
        terms = printed[key]
        if terms:
            continue
        for mention in mentions:
            _start, end = sentences.around(mention.start)
            near = page.words.near(_TERM_WORDS, mention.end, end)
            for match in finditer_at(TERM_ANY_RE, page.fold, near, end):
                span = (match.start("term"), match.end("term"))
                if span not in taken:
                    terms.append((match["term"], span))
                    taken.add(span)
                    break
            if terms:
                break
    return printed


def term_years(term: str) -> str:
    """A printed term's years, whatever dash and spaces: "2020 – 2025" → "2020-2025"."""
    return "-".join(DIGITS_RE.findall(term))


def term_of(
    raw: str, key: Key, terms: list[Printed], mentions: Sequence[CongressMention]
) -> tuple[Term | None, list[Issue]]:
    """The congress's term: the first valid one printed; for a national congress, the table's.

    For a national congress a term printed nearby that does not start in its year is another
    body's and is passed over.
    """
    org, ordinal = key
    issues = []
    values = []
    parsed: dict[str, Term | None] = {}  # a term is often printed the same way at each mention
    for text, span in terms:
        if text not in parsed:
            try:
                parsed[text] = Term.parse(text)
            except ValueError:
                parsed[text] = None
        term = parsed[text]
        if term is None:
            message = f"term {text!r} is not a pair of years in order"
            issues.append(issue_at("term_invalid", message, raw, span[0]))
        else:
            values.append((term, span))
    national = org == org_key(None, None, True)
    years = national_congress_years() if national else {}
    if ordinal in years:  # a term of another body printed near a national congress
        values = [(t, s) for t, s in values if t.start_year == years[ordinal]]
    if values:
        if len({v for v, _ in values}) > 1:
            message = "the text gives different terms for one congress: " + ", ".join(
                sorted({str(v) for v, _ in values})
            )
            issues.append(issue_at("term_conflict", message, raw, values[1][1][0]))
        return values[0][0], issues
    if ordinal in years:  # only for national ones; the latest runs the usual five years
        start = years[ordinal]
        term = Term(start, years.get(ordinal + 1, start + 5))
        message = (
            f"the term of National Congress {ordinal} is not printed beside it; "
            f"{term} is taken from the list of national congresses"
        )
        issues.append(issue_at("term_from_table", message, raw, mentions[0].start))
        return term, issues
    return None, issues


def terms_printed_away(
    page: CleanText,
    sentences: Sentences,
    orgs: Mapping[str, OrgDraft],
    drafts: Mapping[Key, CongressDraft],
) -> dict[Key, CongressDraft]:
    """The congresses, those left without a term given one printed away from them.

    Such a congress gets the term, where it was read (:attr:`CongressDraft.term_source`, which
    the records stage reports), and the dates read for it, their missing years taken from the
    term. The others are handed on as they are.
    """
    out = {}
    for key, draft in drafts.items():
        found = (
            None
            if draft.term is not None
            else _term_elsewhere(page, sentences, orgs, drafts, draft)
        )
        if found is None:
            out[key] = draft
            continue
        term, source = found
        resolved = MappingProxyType(_late_dates(draft, term))
        out[key] = replace(draft, term=term, resolved=resolved, term_source=source)
    return out


def _from_roman_or_int(text: str) -> int:
    """An ordinal printed in Roman or Arabic numerals."""
    return int(text) if text.isdecimal() else from_roman(text)


def _term_elsewhere(
    page: CleanText,
    sentences: Sentences,
    orgs: Mapping[str, OrgDraft],
    drafts: Mapping[Key, CongressDraft],
    draft: CongressDraft,
) -> tuple[Term, str] | None:
    """A term for a congress printed without one beside its ordinal, and where it comes from.

    Either the organisation is named, in a sentence about its congress or committee, with a
    term right after it and no other ordinal ("Đại hội Đảng bộ huyện Na Hang (nhiệm kỳ
    2020-2025)", "Ban Chấp hành Đảng bộ tỉnh Lào Cai khóa XVI, nhiệm kì 2020 - 2025"); or the
    sentence naming the congress, and no other, starts with a term ("Nhiệm kỳ 2015 - 2020, …
    Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI").
    """
    fold = page.fold
    for start, end, _ in orgs[draft.org].spans:
        near = _TERM_NEAR_RE.match(fold, end)
        if near is None or (near["khoa"] and _from_roman_or_int(near["khoa"]) != draft.ordinal):
            continue
        s, e = sentences.around(start)
        if _COMMITTEE_OR_CONGRESS_RE.search(fold, s, start) is None:
            continue
        others = [
            m for d in drafts.values() for m in d.mentions if s <= m.start < e and d is not draft
        ]
        if others:
            continue
        try:
            return Term.parse(near["term"]), "the organisation's term printed elsewhere in the text"
        except ValueError:
            continue
    for mention in draft.mentions:
        s, e = sentences.around(mention.start)
        lead = _TERM_LEAD_RE.match(fold, s, e)
        others = [m for d in drafts.values() if d is not draft for m in d.mentions]
        if lead is not None and not any(s <= m.start < e for m in others):
            try:
                return Term.parse(lead["term"]), "the term the sentence starts with"
            except ValueError:
                continue
    return None


def _late_dates(draft: CongressDraft, term: Term) -> dict[str, tuple[PartialDate, DateMention]]:
    """Dates of a congress whose term was found late: the years they lack come from it."""
    out: dict[str, tuple[PartialDate, DateMention]] = dict(draft.resolved)
    for role, votes in draft.votes.items():
        if role in out:
            continue
        for _, _, mention in sorted(votes, key=lambda v: (-v[0], v[1])):
            found = resolve(mention, None if mention.has_year else term.start_year)
            if found is not None:
                first, last = found
                if first is not None:
                    out[role] = (last if role == "closed" and last is not None else first, mention)
                    break
    return out
