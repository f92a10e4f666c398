"""Step 4b: give each congress its term, its dates (preparatory, opening, closing) and place.

Dates are taken only from sentences where the congress is the subject (not "thực hiện Nghị
quyết Đại hội …") and an event verb is present ("diễn ra", "khai mạc", "bế mạc" …). A keyword
next to a date sets its role; a range gives the opening and closing days. A missing year comes
from the congress term, else from the nearest dated mention, and is flagged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from vnpartydoc.extract.congress import TERM_ANY_RE
from vnpartydoc.extract.dates import DateMention, resolve
from vnpartydoc.extract.lexicon import UPPER, national_congress_years
from vnpartydoc.extract.scan import finditer_at, literal_first, search_at
from vnpartydoc.extract.state import org_key
from vnpartydoc.types import PartialDate, Term

if TYPE_CHECKING:
    from vnpartydoc.extract.state import CongressDraft, Reading

__all__ = ["link", "year_for"]

EVENT_FORMS = (
    r"diễn\s+ra", r"tiến\s+hành", r"tổ\s+chức", r"khai\s+mạc", r"bế\s+mạc", r"họp", r"trù\s+bị",
    r"làm\s+việc", r"kết\s+thúc",
)  # fmt: skip
EVENT_RE = re.compile(f"(?i:{'|'.join(EVENT_FORMS)})")
EVENT_SCAN_RE = re.compile(literal_first(EVENT_FORMS))
"""EVENT_RE written so that re skips ahead to the words' first letters (same matches)."""
ROLE_RES = (
    ("prep", re.compile(r"(?i:trù\s+bị)")),
    ("opened", re.compile(r"(?i:khai\s+mạc(?!\s+(?:phiên\s+)?trù\s+bị))")),  # not of the prep
    ("closed", re.compile(r"(?i:bế\s+mạc|kết\s+thúc)")),
)
GOING_ON_RE = re.compile(r"(?i:tiếp\s+tục|ngày\s+làm\s+việc\s+thứ)")
"""A day in the middle of a congress ("tiếp tục ngày làm việc thứ 3"): neither its first nor
its last day unless a role word says so."""
SUBJECT_RE = re.compile(r"\s*(?:[A-ZĐ][a-zà-ỹđ]+\s+)?(?i:đại\s+hội)\b")
PLACE_RE = re.compile(
    rf"(?<![\w])tại\s+(?P<place>(?:(?:thị\s+xã|thành\s+phố|huyện|tỉnh|phường|xã|Thủ\s+đô)\s+)?[{UPPER}]"
    r"[^,.;()\n]{1,80}?(?:,\s*(?:Thủ\s+đô|thành\s+phố|TP\.?|tỉnh)\s+[^,.;()\n]{1,30}?)?"
    r"(?:\s*\([^()\n]{1,40}\))?)"  # "Trung tâm Thông tấn Quốc gia (Hà Nội)"
    r"(?=\s*(?:[,.;()]|$)|\s+(?:với|có|từ|trong|đã|đến|sau|nhằm|để|long|được|xác)\b)"
)

_PRIORITY = {"keyword": 2, "range": 1, "single": 1}
# Lower-case words the patterns start with.
_ROLE_WORDS = {"prep": ("trù",), "opened": ("khai",), "closed": ("bế", "kết")}  # ROLE_RES
_PLACE_WORDS = ("tại",)  # PLACE_RE
_TERM_WORDS = ("nhiệm",)  # TERM_ANY_RE


def _mention_starts(reading: Reading) -> list[int]:
    """Sorted offsets of every congress mention."""
    return sorted(m.start for d in reading.congresses.values() for m in d.mentions)


def _sentences(reading: Reading, draft: CongressDraft, starts: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    fold = reading.page.fold
    for mention in draft.mentions:
        if mention.reference:
            continue
        start, end = reading.sentences.around(mention.start)
        out.append((start, end))
        nxt = reading.sentences.around(end + 1) if end + 1 < len(fold) else (end, end)
        if (
            nxt[0] > end
            and SUBJECT_RE.match(fold, nxt[0], nxt[1])
            and bisect_left(starts, nxt[0]) == bisect_left(starts, nxt[1])
        ):
            out.append(nxt)  # the next sentence is about the congress and names no other
    return sorted(set(out))


def _terms(reading: Reading) -> None:
    fold = reading.page.fold
    taken = {span for draft in reading.congresses.values() for _, span in draft.terms}
    for draft in reading.congresses.values():
        if draft.terms:
            continue
        for mention in draft.mentions:
            _start, end = reading.sentences.around(mention.start)
            terms = reading.page.words.near(_TERM_WORDS, mention.end, end)
            for match in finditer_at(TERM_ANY_RE, fold, terms, end):
                span = (match.start("term"), match.end("term"))
                if span not in taken:
                    draft.terms.append((match["term"], span))
                    taken.add(span)
                    break
            if draft.terms:
                break


def _roles(reading: Reading, draft: CongressDraft, start: int, end: int, starts: list[int]) -> None:
    fold, words = reading.page.fold, reading.page.words
    if EVENT_SCAN_RE.search(fold, start, end) is None:
        return
    dates = [
        d for d in reading.dates if start <= d.start < end and d.start not in reading.used_dates
    ]
    mentions = starts[bisect_left(starts, start) : bisect_left(starts, end)]
    own = [m.start for m in draft.mentions if start <= m.start < end]
    for i, date in enumerate(dates):
        before = [m for m in mentions if m < date.start]
        owner = before[-1] if before else (mentions[0] if mentions else None)
        if own and owner not in own:
            continue
        lo = dates[i - 1].end if i else start
        hi = dates[i + 1].start if i + 1 < len(dates) else end
        role = None
        best = None
        for name, pattern in ROLE_RES:
            for match in finditer_at(pattern, fold, words.near(_ROLE_WORDS[name], lo, hi), hi):
                distance = min(abs(match.start() - date.end), abs(date.start - match.end()))
                if best is None or distance < best:
                    role, best = name, distance
        if role is None and GOING_ON_RE.search(fold, lo, hi) is not None:
            continue
        if date.last is not None and role != "prep":
            for name in ("opened", "closed"):  # a range names both days: as good as a role word
                draft.dates.setdefault(name, []).append((2, date.start, date))
        else:
            draft.dates.setdefault(role or "opened", []).append(
                (2 if role else 1, date.start, date)
            )
        reading.used_dates.add(date.start)
    if draft.place is None:
        place = search_at(PLACE_RE, fold, words.near(_PLACE_WORDS, start, end), end)
        if place is not None:
            a, b = place.start("place"), place.end("place")
            draft.place = (reading.page.cut(a, b).rstrip(" ,"), a, b)


def year_for(reading: Reading, pos: int, term: Term | None) -> tuple[int | None, str]:
    """A year for a date printed without one, and where it came from."""
    if term is not None:
        return term.start_year, f"the term {term}"
    dated = [d for d in reading.dates if d.has_year]
    before = [d for d in dated if d.start < pos]
    pick = before[-1] if before else (dated[0] if dated else None)
    if pick is None:
        return None, ""
    year = (pick.last or pick.first)[2]
    return year, "a nearby date"


def _resolve_dates(reading: Reading, draft: CongressDraft) -> None:
    for role, votes in draft.dates.items():
        votes.sort(key=lambda v: (-v[0], v[1]))
        for _, _, mention in votes:
            picked = _pick(reading, draft, role, mention)
            if picked is not None:
                draft.resolved[role] = (picked, mention)
                break


def _pick(
    reading: Reading, draft: CongressDraft, role: str, mention: DateMention
) -> PartialDate | None:
    year = None
    if not mention.has_year:
        year, source = year_for(reading, mention.start, draft.term)
        if year is None:
            reading.issue(
                "date_year_missing",
                "a congress date has no year and none can be inferred",
                mention.start,
            )
            return None
        reading.issue(
            "date_year_inferred",
            f"date printed without a year; {year} taken from {source}",
            mention.start,
        )
    dates = resolve(mention, year)
    if dates is None:
        reading.issue("date_invalid", "a congress date does not exist", mention.start)
        return None
    first, last = dates
    return last if role == "closed" and last is not None else first


def _term(reading: Reading, draft: CongressDraft) -> None:
    values = []
    parsed: dict[str, Term | None] = {}  # a term is often printed the same way at each mention
    for text, span in draft.terms:
        if text not in parsed:
            try:
                parsed[text] = Term.parse(text)
            except ValueError:
                parsed[text] = None
        term = parsed[text]
        if term is None:
            reading.issue("term_invalid", f"term {text!r} is not a pair of years in order", span[0])
        else:
            values.append((term, span))
    national = draft.org == org_key(None, None, True)
    years = national_congress_years() if national else {}
    if draft.ordinal in years:  # a term of another body printed near a national congress
        values = [(t, s) for t, s in values if t.start_year == years[draft.ordinal]]
    if values:
        draft.term = values[0][0]
        if len({v for v, _ in values}) > 1:
            reading.issue(
                "term_conflict",
                "the text gives different terms for one congress: "
                + ", ".join(sorted({str(v) for v, _ in values})),
                values[1][1][0],
            )
        return
    if draft.ordinal in years:  # only for national ones; the latest runs the usual five years
        start = years[draft.ordinal]
        draft.term = Term(start, years.get(draft.ordinal + 1, start + 5))
        reading.issue(
            "term_from_table",
            f"the term of National Congress {draft.ordinal} is not printed beside it; "
            f"{draft.term} is taken from the list of national congresses",
            draft.mentions[0].start,
        )


def link(reading: Reading) -> None:
    """Attach terms, dates and places to every congress found."""
    _terms(reading)
    starts = _mention_starts(reading)
    for draft in reading.congresses.values():
        _term(reading, draft)
        for start, end in _sentences(reading, draft, starts):
            _roles(reading, draft, start, end, starts)
    for draft in reading.congresses.values():
        if draft.term is None and draft.dates:
            votes = [v for vs in draft.dates.values() for v in vs if v[2].has_year]
            if votes:
                year = (votes[0][2].last or votes[0][2].first)[2]
                assert year is not None
                draft.term = Term(year, year + 5)
                reading.issue(
                    "term_inferred",
                    f"the congress term is not printed; {draft.term} inferred from its date",
                    draft.mentions[0].start,
                )
        _resolve_dates(reading, draft)
