"""Step 4 (discourse state): the sentences about a congress, read by :mod:`~.linking`.

Those naming it (a citation "Nghị quyết Đại hội …" only when its session is attended), the next
one when "Đại hội" is its subject, those naming its organisation after "Đại hội" without the
ordinal (:func:`unnumbered_about`), and, on a page about one congress, any whose subject is
"Đại hội" (:func:`subject_sentences`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from vnpartydoc.extract.congress import REFERENCE_LOW_RE, TERM_AFTER_RE, TERM_ANY_RE
from vnpartydoc.extract.terms import term_years
from vnpartydoc.types import Term

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vnpartydoc.extract.clean import CleanText
    from vnpartydoc.extract.congress import CongressMention
    from vnpartydoc.extract.sentences import Sentences
    from vnpartydoc.extract.terms import Printed

__all__ = ["SUBJECT_RE", "sentences_about", "subject_sentences", "unnumbered_about"]

ATTEND_RE = re.compile(r"(?i:dự)\s+$")
SESSION_RE = re.compile(r"(?i:phiên\s+(?:họp\s+)?(?:tr[ùụ]|chính|khai|bế))")
"""After a congress its delegates attend ("đại biểu tham dự Đại hội …"), the session they
attend ("…, phiên trù bị"): the sentence dates that congress's sessions, it cites none."""
UNNUMBERED_HEAD_RE = re.compile(r"(?i:đại\s+hội)(?:\s+(?i:đại\s+biểu|toàn\s+thể))?\s+$")
""""Đại hội" right before an organisation's name, with no ordinal between."""
SUBJECT_RE = re.compile(
    r"\s*(?:[^\s,.;:]+(?:\s+[^\s,.;:]+){0,3},\s+)?(?:[A-ZĐ][a-zà-ỹđ]+\s+)?(?i:đại\s+hội)\b"
)
"""A sentence whose subject is "Đại hội", after a short lead-in ("Theo đó, Đại hội diễn ra …")."""
_CONGRESS_WORDS = ("đại",)  # SUBJECT_RE
SESSION_SUBJECT_RE = re.compile(
    r"\s*(?:[^\s,.;:]+(?:\s+[^\s,.;:]+){0,3},\s+)?(?i:phiên)\s+(?:(?i:họp)\s+)?"
    r"(?i:tr[ùụ]\s+bị|chính\s+thức|khai\s+mạc|bế\s+mạc)"
)
"""A sentence whose subject is one of the congress's sessions: "Phiên trù bị diễn ra chiều
9/10; phiên khai mạc sáng 10/10"."""
_SESSION_WORDS = ("phiên",)  # SESSION_SUBJECT_RE


def sentences_about(
    fold: str, sentences: Sentences, mentions: Sequence[CongressMention], starts: list[int]
) -> list[tuple[int, int]]:
    """The sentences about a congress: those naming it, and a next one whose subject it is."""
    out: list[tuple[int, int]] = []
    for mention in mentions:
        if (
            mention.reference
            and ATTEND_RE.search(fold, max(0, mention.start - 6), mention.start) is None
        ):
            continue  # cited ("Nghị quyết Đại hội …"), unless its session is attended
        start, end = sentences.around(mention.start)
        if mention.end > end:  # a dot inside the mention ("Phường 1, TP. Vũng Tàu lần thứ X")
            end = sentences.around(mention.end - 1)[1]
        if mention.reference and not _attended(fold, mention.start, mention.end, end):
            continue
        out.append((start, end))
        nxt = sentences.around(end + 1) if end + 1 < len(fold) else (end, end)
        if (
            nxt[0] > end
            and SUBJECT_RE.match(fold, nxt[0], nxt[1])
            and bisect_left(starts, nxt[0]) == bisect_left(starts, nxt[1])
        ):
            out.append(nxt)  # the next sentence is about the congress and names no other
    return sorted(set(out))


def subject_sentences(
    page: CleanText, sentences: Sentences, starts: list[int], printed: Sequence[Printed]
) -> list[tuple[int, int]]:
    """On a page about one congress, the sentences whose subject is "Đại hội" and name none.

    "Phiên Đại hội chính thức sẽ diễn ra trong 02 ngày 22 & 23/7/2020", two sentences after the
    one naming the congress, is still about it; one printing another term is not. So is one
    whose subject is a session of it ("Phiên trù bị diễn ra chiều 9/10").
    """
    out = []
    fold = page.fold
    terms = {term_years(text) for text, _ in printed}
    for words, head, subject in (
        (_CONGRESS_WORDS, "đại hội", SUBJECT_RE),
        (_SESSION_WORDS, "phiên", SESSION_SUBJECT_RE),
    ):
        seen = -1
        for pos in page.words.near(words, 0, len(fold)):
            if pos < seen or not page.low.startswith(head, pos):
                continue
            s, e = sentences.around(pos)
            seen = e
            if (
                s <= pos < e
                and pos - s <= 40
                and bisect_left(starts, s) == bisect_left(starts, e)
                and subject.match(fold, s, e)
                and all(term_years(m["term"]) in terms for m in TERM_ANY_RE.finditer(fold, s, e))
            ):
                out.append((s, e))
    return sorted(set(out))


def unnumbered_about(
    page: CleanText,
    sentences: Sentences,
    spans: Sequence[tuple[int, int, str]],
    starts: list[int],
    printed: Sequence[Printed],
) -> list[tuple[int, int]]:
    """Sentences naming the congress without its ordinal: "Đại hội" and its organisation.

    "Sáng 13/10, đại biểu tham dự Đại hội đại biểu Đảng bộ TP.HCM nhiệm kỳ 2025-2030, phiên
    trù bị" is about the congress of that organisation the page names with its ordinal, unless
    the sentence names another congress, cites it ("Nghị quyết Đại hội Đảng bộ …"), or prints
    another term for it.
    """
    out = []
    fold, low = page.fold, page.low
    for a, b, _ in spans:
        if low.find("hội", max(0, a - 24), a) < 0:  # UNNUMBERED_HEAD_RE's word
            continue
        head = UNNUMBERED_HEAD_RE.search(fold, max(0, a - 24), a)
        if head is None:
            continue
        s, e = sentences.around(a)
        if bisect_left(starts, s) != bisect_left(starts, e):
            continue  # the sentence names a congress with its ordinal
        if REFERENCE_LOW_RE.search(
            low, max(s, head.start() - 40), head.start()
        ) is not None and not _attended(fold, head.start(), b, e):
            continue
        term = TERM_AFTER_RE.match(fold, b, e)
        if term is not None and _parses(term["term"]):
            terms = {Term.parse(text) for text, _ in printed if _parses(text)}
            if Term.parse(term["term"]) not in terms:
                continue
        out.append((s, e))
    return out


def _attended(fold: str, start: int, end: int, stop: int) -> bool:
    """Whether a congress named at ``start:end`` is attended, at a session named after it."""
    return (
        ATTEND_RE.search(fold, max(0, start - 6), start) is not None
        and SESSION_RE.search(fold, end, stop) is not None
    )  # ATTEND_RE first: it reads six characters


def _parses(text: str) -> bool:
    try:
        Term.parse(text)
    except ValueError:
        return False
    return True
