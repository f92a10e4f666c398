"""Stage 3, mentions: congresses, with ordinal, organisation, level and term.

A congress mention starts at "Đại hội" and is read word by word: "đại biểu", "toàn quốc", an
ordinal ("XI", "lần thứ XI", "lần thứ 14", "lần thứ nhất", "thứ lần XIV", "lần XIV", a headline's
"khóa XIV"), the organisation ("Đảng bộ tỉnh An Giang", "của Đảng", read by
:mod:`vnpartydoc.extract.orgs`), and the term ("nhiệm kỳ 2020 - 2025").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vnpartydoc.extract.lexicon import DASH, LOWER, UPPER, WORD_ORDINALS
from vnpartydoc.extract.orgs import PARTY_RE, OrgRef, org_at_memo
from vnpartydoc.extract.scan import Words, ends_with, finditer_at, from_roman, lowered
from vnpartydoc.patterns import year_span

__all__ = [
    "CONGRESS_WORDS",
    "TERM_ANY_RE",
    "CongressMention",
    "delegate_counts",
    "find_congresses",
]


_WORDS = "|".join(sorted(WORD_ORDINALS, key=len, reverse=True)).replace(" ", r"\s+")
_ROMAN = rf"(?P<roman>[IVXL]{{1,6}})(?=nhiệm|khóa|của|lần|[\s,.:;)”\"{DASH}]|$)"
_ARABIC = r"(?P<arabic>\d{1,2})(?![\d/%]|[.,]\d)"
_ORDINAL = rf"(?:{_ROMAN}|{_ARABIC}|(?P<word>(?i:{_WORDS}))(?![{LOWER}]))"
HEAD_RE = re.compile(rf"(?<![{LOWER}{UPPER}])(?i:đại\s+hội)(?![{LOWER}{UPPER}])")
FORM_RE = re.compile(r"\s+(?i:đại\s+biểu|toàn\s+thể(?:\s+đảng\s+viên)?|đảng\s+viên)")
NATIONAL_RE = re.compile(r"\s+(?i:(?:đảng\s+)?toàn\s+quốc)")
FORM_NATIONAL_RE = re.compile(f"(?:{FORM_RE.pattern})?(?P<national>{NATIONAL_RE.pattern})?")
"""FORM_RE then NATIONAL_RE, each if it is there, in one match call."""
ORD_LAN_RE = re.compile(rf"\s*,?\s*(?P<kw>(?i:lần\s+thứ|thứ\s+lần|lần))\s*{_ORDINAL}")
ORD_BARE_RE = re.compile(rf"\s+(?:{_ROMAN}|{_ARABIC}(?=\s+(?:Đảng|của)|[,.:;)]|$))")
ORD_KHOA_RE = re.compile(rf"\s+(?i:khóa)\s+(?:{_ROMAN}|{_ARABIC})")
ELECTS_KHOA_RE = re.compile(
    r"\s+(?:(?i:đã|vừa)\s+)?(?:(?i:tiến\s+hành)\s+)?(?i:bầu)\s+(?:(?i:ra)\s+)?"
    rf"(?:(?i:ban\s+chấp\s+hành)|BCH)(?:\s+(?i:đảng\s+bộ)[^,.;:()\n]{{0,40}}?)?"
    rf"\s*,?\s+(?i:khóa)\s+(?:{_ROMAN}|{_ARABIC})"
)
"""A congress named without its ordinal that elects the committee of a khóa: "Đại hội … đã bầu
Ban Chấp hành Đảng bộ thành phố khóa XVII" is congress XVII (README of the real-text corpus)."""
ASIDE_RE = re.compile(
    rf"\s*\((?:[{UPPER}][{LOWER}]*\s*){{1,4}}\)|\s+(?:[{UPPER}][{LOWER}]*\s+){{1,3}}(?=(?i:lần\s))"
    rf"|(?:\s*,\s*(?:TP\.?|(?i:thành\s+phố|tỉnh|huyện|quận|thị\s+xã))\s*"
    rf"[{UPPER}][{LOWER}]*(?:\s+[{UPPER}][{LOWER}]*){{0,3}}){{1,2}}(?=\s*,?\s*(?i:lần\s))"
)
"""Between an organisation and its ordinal: its province in brackets, "(Bạc Liêu)", the province
printed after it, "Đảng bộ huyện Hương Sơn Hà Tĩnh lần thứ XXII", or the localities it lies in
after a comma, "Đảng bộ Phường 1, TP. Vũng Tàu lần thứ X"."""
BARE_ORG_RE = re.compile(r"\s+(?i:đảng\s+bộ)(?=\s*,?\s*(?i:lần\s))")
""""Đảng bộ" with neither unit nor place, right before the ordinal: "Đại hội đại biểu Đảng bộ
lần thứ XV" after "Đảng bộ phường Thạc Gián tiến hành"."""
TERM_AFTER_RE = re.compile(
    rf"\s*[,(]?\s*(?:(?i:nhiệm\s+k[ỳì])\s*\(?\s*|\(\s*)(?P<term>{year_span()})\s*\)?"
)
"""A term right after a congress mention: ", nhiệm kỳ 2020 - 2025", " (2020–2025)"."""
TERM_ANY_RE = re.compile(rf"(?i:nhiệm\s+k[ỳì])\s*\(?\s*(?P<term>{year_span()})")
"""A term anywhere: "nhiệm kỳ 2020 - 2025", also spelt "nhiệm kì"."""
DELEGATES_WORD = "đại biểu"
"""Looked for in the lowered page first: each count of delegates is a number before it."""
DELEGATES_NUMBER_RE = re.compile(r"(?<![\d.,])(?P<n>\d{1,3}(?:\.\d{3})?)\s+$")
"""The count before "đại biểu": "352 đại biểu chính thức", "1.586 đại biểu"."""
NOT_OFFICIAL_RE = re.compile(r"\s+(?i:dự\s+khuyết|đương\s+nhiên)")
"""After "đại biểu": alternate or ex-officio delegates, not the count of the congress."""
DELEGATION_BEFORE_RE = re.compile(r"(?i:bầu|gồm|chỉ\s+định|hơn|trên|gần|khoảng|đoàn)\s*(?:\(\s*)?$")
"""Before a count that is no count of the congress's delegates: its delegation to another
congress ("bầu 17 đại biểu chính thức đi dự …"), or a round figure ("gần 300 đại biểu")."""
DELEGATION_AFTER_RE = re.compile(r"[^.;]{0,40}?(?i:đi\s+dự|dự\s+đại\s+hội)")
"""After a count of a delegation: "… đi dự Đại hội đại biểu toàn quốc", "… dự đại hội cấp trên"."""
REFERENCE_RE = re.compile(
    r"(?i:nghị\s+quyết(?:\s+số\s+\S+)?|văn\s+kiện|của|tiến\s+tới|chào\s+mừng|hướng\s+tới"
    r"|thực\s+hiện|triển\s+khai|học\s+tập|quán\s+triệt|sau|trước|dự)\s*$"
)
# HCM_RE, then UNIT_RE (case-insensitive), in one match call.
# REFERENCE_RE for the lowered page: plain lower-case words, which re can skip ahead to.
REFERENCE_LOW_RE = re.compile(REFERENCE_RE.pattern.replace("(?i:", "(?:", 1))
OF_RE = re.compile(r"\s+(?:(?i:của)\s+)?")
OF_PARTY_RE = re.compile(r"\s+(?i:của)\s+")
CONGRESS_WORDS = ("đại",)  # HEAD_RE
# The words REFERENCE_RE can end with (before its final whitespace), except after "số".
_REFERENCE_ENDS = (
    "quyết", "kiện", "của", "tới", "mừng", "hiện", "khai", "tập", "triệt", "sau", "trước", "dự",
)  # fmt: skip


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


def _ordinal(match: re.Match[str]) -> int | None:
    if match["roman"]:
        try:
            return from_roman(match["roman"])
        except ValueError:
            return None
    if match["arabic"]:
        return int(match["arabic"]) or None
    word = " ".join(match["word"].lower().split())
    return WORD_ORDINALS.get(word)


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
    org = org_at_memo(text, words, of.end(), end) if of is not None else None
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
            if match is None and org is not None and "bầu" in words.low[pos : pos + 24]:
                match = ELECTS_KHOA_RE.match(text, pos, end)
                if match is not None:  # the ordinal ends the match; the mention ends here
                    found = (match, "khoa")
                    pos = org.end
            if match is None:
                return None
            if found is None:
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
        org = org_at_memo(text, words, of.end(), end) if of is not None else None
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


def delegate_counts(text: str, low: str) -> list[tuple[int, int, int]]:
    """Every count of a congress's own delegates on the page: (count, start, end), in order.

    ``low`` is the lowered ``text``. Counts of a delegation to another congress, of alternate
    or ex-officio delegates, and round figures are skipped.
    """
    out = []
    at = low.find(DELEGATES_WORD)
    while at >= 0:
        after = at + len(DELEGATES_WORD)
        number = DELEGATES_NUMBER_RE.search(text, max(0, at - 12), at)
        if (
            number is not None
            and not NOT_OFFICIAL_RE.match(text, after)
            and not DELEGATION_BEFORE_RE.search(text, max(0, number.start() - 12), number.start())
            and not DELEGATION_AFTER_RE.match(text, after)
        ):
            out.append((int(number["n"].replace(".", "")), number.start("n"), number.end("n")))
        at = low.find(DELEGATES_WORD, after)
    return out
