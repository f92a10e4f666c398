"""Step 5: cited documents: kind, number, date, issuer and subject.

Numbered citations ("Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về …", "Kế hoạch
248-KH/TU", a bare "01-NQ/ĐH") are parsed with :meth:`DocumentNumber.parse`. State numbers
("12/2019/NQ-HĐND", "1234/QĐ-UBND") and Youth Union ones ("01-NQ/ĐHKT-ĐTN") do not fit the Party
form and are left alone. Unnumbered citations need a kind right before "của" and an issuing body
after it, with or without a subject ("Chỉ thị và Kế hoạch của Ban Thường vụ Tỉnh ủy về …", "4
Nghị quyết của Bộ Chính trị").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpartydoc.enums import BodyKind, DocumentKind, kinds_for_code
from vnpartydoc.extract.lexicon import DASH, LOWER, UPPER, WORD_ORDINALS
from vnpartydoc.extract.scan import Words, ends_with, finditer_at, from_roman, lowered, search_at
from vnpartydoc.patterns import KIND_CODE, date_in_words, document_number, numeric_date
from vnpartydoc.types import DocumentNumber

__all__ = ["Citation", "find_citations"]

KIND_WORDS: dict[str, DocumentKind] = {
    "nghị quyết": DocumentKind.RESOLUTION,
    "chỉ thị": DocumentKind.DIRECTIVE,
    "kết luận": DocumentKind.CONCLUSION,
    "quyết định": DocumentKind.DECISION,
    "quy định": DocumentKind.REGULATION,
    "kế hoạch": DocumentKind.PLAN,
    "hướng dẫn": DocumentKind.GUIDANCE,
    "thông báo kết luận": DocumentKind.NOTICE,
    "thông báo": DocumentKind.NOTICE,
    "thông tri": DocumentKind.CIRCULAR,
    "quy chế": DocumentKind.WORKING_RULES,
    "chương trình hành động": DocumentKind.PROGRAMME,
    "chương trình": DocumentKind.PROGRAMME,
    "đề án": DocumentKind.SCHEME,
    "báo cáo": DocumentKind.REPORT,
    "tờ trình": DocumentKind.SUBMISSION,
    "công văn": DocumentKind.OFFICIAL_LETTER,
    "thông cáo": DocumentKind.COMMUNIQUE,
}
_KIND = "|".join(sorted(KIND_WORDS, key=len, reverse=True)).replace(" ", r"\s+")
# "(?<![\w/.-])\d{1,5}": the look-behind comes after the first digit (checking the character
# before it), so that re skips straight to digits.
_SEQ_AT_DIGIT = rf"\d(?<![\w/.{DASH}]\d)\d{{0,4}}"
NUMBER_RE = re.compile(rf"(?P<number>{document_number(seq=_SEQ_AT_DIGIT)})(?![\w/{DASH}])")
NUMBER_SLASH_RE = re.compile(r"/\s*[A-ZĐ]")
"""What every NUMBER_RE match has: a slash, then a capital (a pattern that skips to slashes)."""
SWAPPED_RE = re.compile(
    rf"(?P<seq>{_SEQ_AT_DIGIT})\s*/\s*(?P<kind>{KIND_CODE})\s*[{DASH}]\s*"
    r"(?P<issuer>TW|TƯ|TU|HU|QU|TXU|TPU|ĐU|ĐUK)(?![\w/])"
)
"""A Party number printed in the state order, "22/NQ-TU" for "22-NQ/TU" (a slip): only with a
committee's issuer code, so that state numbers ("30/NQ-CP", "176/KH-UBND") stay left alone."""
KIND_BEFORE_RE = re.compile(
    rf"(?P<kind>(?i:{_KIND}))(?:\s+(?i:liên\s+tịch))?\s*(?:(?i:số)\s*:?\s*)?$"
)
DATE_AFTER_RE = re.compile(
    r"\s*,?\s*\(?\s*(?:(?i:ban\s+hành|ký)\s+)?(?i:ngày)\s+"
    rf"(?P<date>{numeric_date()}|{date_in_words()})\s*\)?"
)
DATE_BEFORE_RE = re.compile(rf"(?i:ngày)\s+(?P<date>{numeric_date()}|{date_in_words()})\s*,\s*$")
"""The date before the issuer that issued the document: "Ngày 03-8-2018, Ban Chấp hành …"."""
ISSUED_ON_RE = re.compile(
    rf"(?i:ngày)\s+(?P<date>{numeric_date()}|{date_in_words()})\s*,\s*[^,.;:!?“”\"()]{{3,120}}$"
)
"""A date, a comma, then the issuer up to its verb, in one clause."""
TERM_AFTER_BODY_RE = re.compile(r"\s*,?\s*\(?(?i:kh(?:óa|oá))\s+[IVXL]{1,6}\)?\s*$")
"""The committee's term between the issuer and its verb: "Ban Chấp hành Đảng bộ tỉnh khóa XIV
đã ban hành …"."""
_COMM = r"(?:Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Quận\s+ủy|Thị\s+ủy|Đảng\s+ủy)"
_COMMISSION = rf"Ban\s+[{UPPER}][{LOWER}]+(?:\s+(?:và\s+)?[{UPPER}]?[{LOWER}]+){{0,4}}"
_CENTRAL = r"\s+Trung\s+ương"
_PLACE = (
    r"(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)"
    rf"(?:\s+(?!(?i:kh(?:óa|oá))(?!\w))[{UPPER}][{LOWER}]*){{1,4}})?"
)
"""The committee's place after "Ban Chấp hành Đảng bộ": "thành phố Thái Nguyên" (never its
term, "tỉnh Khóa XVI")."""
# Issuing bodies, central ones first, each once: (pattern, body, central). The inspection
# commission, the office and the commissions exist at both levels.
_BODY_FORMS: tuple[tuple[str, BodyKind, bool], ...] = (
    (r"[Bb]ộ\s+[Cc]hính\s+trị", BodyKind.POLITBURO, True),  # also "của bộ chính trị"
    (r"Ban\s+Bí\s+thư", BodyKind.SECRETARIAT, True),
    (
        rf"(?:Hội\s+nghị\s+(?:lần\s+thứ\s+\S+\s+)?)?Ban\s+Chấp\s+hành{_CENTRAL}(?:\s+Đảng)?",
        BodyKind.EXECUTIVE_COMMITTEE,
        True,
    ),
    (rf"Ủy\s+ban\s+Kiểm\s+tra{_CENTRAL}", BodyKind.INSPECTION_COMMISSION, True),
    (rf"Văn\s+phòng{_CENTRAL}(?:\s+Đảng)?", BodyKind.OFFICE, True),
    (rf"{_COMMISSION}{_CENTRAL}", BodyKind.COMMISSION, True),
    (rf"Ban\s+Thường\s+vụ\s+{_COMM}", BodyKind.STANDING_BOARD, False),
    (rf"Thường\s+trực\s+{_COMM}", BodyKind.PERMANENT, False),
    (rf"Ủy\s+ban\s+Kiểm\s+tra\s+{_COMM}", BodyKind.INSPECTION_COMMISSION, False),
    (rf"Văn\s+phòng\s+{_COMM}", BodyKind.OFFICE, False),
    (rf"{_COMMISSION}\s+{_COMM}", BodyKind.COMMISSION, False),
    (rf"Ban\s+Chấp\s+hành\s+Đảng\s+bộ{_PLACE}|{_COMM}", BodyKind.EXECUTIVE_COMMITTEE, False),
    (r"Đại\s+hội", BodyKind.CONGRESS, False),
)
BODY_PATTERNS: tuple[tuple[re.Pattern[str], BodyKind, bool], ...] = tuple(
    (re.compile(form), body, central) for form, body, central in _BODY_FORMS
)
OF_RE = re.compile(r"\s*,?\s*(?:(?i:của|do))\s+")
ISSUER_BEFORE_RE = re.compile(
    r"\s+(?:(?i:đã|vừa)\s+)?(?:(?i:ký\s+)?(?i:ban\s+hành)|(?i:có))\s+$|\s+(?i:đã|vừa)\s+(?i:ra)\s+$"
)
"""The issuer's verb before a citation: "… đã ban hành", "… có", "… đã ra Thông tri số 19"."""
ABOUT_RE = re.compile(r"\s*,?\s+(?P<about>(?i:về)\s+[^.;()“”\"]{3,300}?)(?=\s*(?:[.;()“”\"]|$))")
UNNUMBERED_RE = re.compile(
    rf"(?<![{LOWER}{UPPER}])(?P<kinds>(?i:{_KIND})(?:\s*(?:,|và)\s*(?i:{_KIND}))*)"
    r"(?:\s+(?:(?i:số)\s+)?(?P<short>\d{1,4})(?![\d/\w-])"
    r"(?:\s*,?\s*(?i:ngày)\s+(?P<sdate>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}))?\s*,?)?"
    r"\s+của\s+"
)
"""A citation without a Party number: "Chỉ thị và Kế hoạch của …", or with a short number and
no type code, "chỉ thị số 35, ngày 30/5/2019 của Bộ Chính trị về …", "Chỉ thị 05 của Bộ Chính
trị" (the number is completed from the kind and the issuer when they settle it, see
:func:`_completed`)."""
SHORT_NUMBER_BEFORE_RE = re.compile(
    rf"(?:(?i:số)|(?i:{_KIND}))\s+\d{{1,4}}"
    r"(?:\s*,?\s*(?i:ngày)\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?\s*,?\s+$"
)
DRAFT_BEFORE_RE = re.compile(r"(?i:dự\s+thảo)\s+$")
"""A draft ("dự thảo kế hoạch của Ban Thường vụ Huyện ủy") is no document cited."""
ISSUER_CODE_RE = re.compile(r"(?i:(?P<TU>tỉnh\s+ủy)|(?P<HU>huyện\s+ủy)|(?P<QU>quận\s+ủy))$")
"""A local committee whose code completes a short number ("Chỉ thị số 17 của Ban Thường vụ
Tỉnh ủy" → 17-CT/TU); a city's or a town's committee (TU or ThU, TXU) is left alone."""
_COMPLETED_BODIES = frozenset(
    {BodyKind.EXECUTIVE_COMMITTEE, BodyKind.STANDING_BOARD, BodyKind.PERMANENT}
)
KINDS_SPLIT_RE = re.compile(r"\s*(?:,|và)\s*")
BODY_GOES_ON_RE = re.compile(rf"\s+[{UPPER}]")
"""After an issuing body, a capitalised word goes on with its name (a place this module does
not read); then the citation is left out rather than cut short."""
PLENUM_RE = re.compile(
    r"(?i:nghị\s+quyết)\s+(?:(?i:hội\s+nghị)\s+)?(?:"
    r"(?i:lần\s+thứ)\s+(?P<word>[^\W\d_]+)\s*,?\s*(?:(?i:ban\s+chấp\s+hành)\s+)?(?i:trung\s+ương)"
    r"|(?:(?i:ban\s+chấp\s+hành)\s+)?(?i:trung\s+ương)\s+(?P<digits>\d{1,2})"
    r")(?:\s+(?i:đảng))?\s*,?\s*\(?\s*(?i:kh(?:óa|oá))\s+(?P<term>[IVXL]{1,6}|\d{1,2})(?![\w])"
)
"""A Central Committee plenum's resolution, cited without a number: "Nghị quyết Hội nghị Trung
ương 8 khóa XIII", "Nghị quyết Hội nghị lần thứ Tám, Ban Chấp hành Trung ương Đảng khóa XIII",
"Nghị quyết Trung ương 4 (khóa XI, XII)" (the first term named), "Nghị quyết Trung ương 7 khóa
10"."""
# Lower-case words a kind word starts with ("quy" for "quy định" and "quyết định").
_KIND_ENDS = tuple(sorted({w.split()[-1] for w in KIND_WORDS}))  # last words of the kinds
_KIND_STARTS = tuple(
    sorted({w.split()[0] for w in KIND_WORDS} - {"quyết", "kết"}, key=len, reverse=True)
)


@dataclass
class Citation:
    """A cited document."""

    start: int
    end: int
    kind: DocumentKind
    kind_from_code: bool
    number: DocumentNumber | None
    number_span: tuple[int, int] | None
    date_text: str | None = None
    date_span: tuple[int, int] | None = None
    body: BodyKind | None = None
    body_central: bool = False
    body_text: str | None = None
    body_span: tuple[int, int] | None = None
    about: str | None = None
    about_span: tuple[int, int] | None = None
    mismatch: str | None = None
    plenum: tuple[int, int] | None = None
    """(plenum, Central Committee term) of a plenum's resolution cited without a number."""


def _body_at(text: str, pos: int) -> tuple[BodyKind, bool, int] | None:
    for pattern, body, central in BODY_PATTERNS:
        match = pattern.match(text, pos)
        if match is not None:
            return body, central, match.end()
    return None


def _body_before(
    text: str, words: Words, start: int, line_start: int
) -> tuple[BodyKind, bool, int, int] | None:
    if start == line_start or not text[start - 1].isspace():  # the verb ends in whitespace
        return None
    if not words.has_near("có", line_start, start) and not words.has_near(
        "hành", line_start, start
    ):
        return None
    verb = ISSUER_BEFORE_RE.search(text, line_start, start)
    if verb is None or verb.end() != start:
        return None
    segment = text[line_start : verb.start()]
    term = TERM_AFTER_BODY_RE.search(segment)
    if term is not None:
        segment = segment[: term.start()]
    for pattern, body, central in BODY_PATTERNS:
        for match in pattern.finditer(segment):
            if match.end() == len(segment):
                return body, central, line_start + match.start(), line_start + match.end()
    return None


def _tail(text: str, citation: Citation, pos: int, end: int) -> None:
    date = DATE_AFTER_RE.match(text, pos, end)
    if date is not None:
        citation.date_text, citation.date_span = (
            date["date"],
            (date.start("date"), date.end("date")),
        )
        pos = date.end()
    of = OF_RE.match(text, pos, end)
    if of is not None:
        found = _body_at(text, of.end())
        if found is not None:
            citation.body, citation.body_central, body_end = found
            citation.body_text, citation.body_span = text[of.end() : body_end], (of.end(), body_end)
            pos = body_end
    about = ABOUT_RE.match(text, pos, end)
    if about is not None:
        citation.about, citation.about_span = (
            about["about"],
            (about.start("about"), about.end("about")),
        )
        pos = about.end()
    citation.end = pos


def _kind_before(text: str, words: Words, start: int, at: int) -> re.Match[str] | None:
    """The kind word (and "số") right before a number at ``at``."""
    window = max(start, at - 40)
    return search_at(KIND_BEFORE_RE, text, words.near(_KIND_STARTS, window, at), at)


def _number_matches(
    text: str, words: Words, start: int, end: int
) -> list[tuple[re.Match[str], str]]:
    """Numbers in the line with the number each spells: Party ones, and slips after a kind."""
    found = [(m, m["number"]) for m in NUMBER_RE.finditer(text, start, end)]
    for m in SWAPPED_RE.finditer(text, start, end):
        if _kind_before(text, words, start, m.start()) is not None:
            found.append((m, f"{m['seq']}-{m['kind']}/{m['issuer']}"))
    return sorted(found, key=lambda pair: pair[0].start())


def _numbered(text: str, words: Words, start: int, end: int) -> list[Citation]:
    out: list[Citation] = []
    if text.find("/", start, end) < 0 or NUMBER_SLASH_RE.search(text, start, end) is None:
        return out  # every number has a slash and a capital after it
    for match, printed in _number_matches(text, words, start, end):
        try:
            number = DocumentNumber.parse(printed)
        except ValueError:
            continue
        kinds = kinds_for_code(number.kind_code)
        before = _kind_before(text, words, start, match.start())
        begin = match.start()
        mismatch = None
        if before is not None:
            kind = KIND_WORDS[" ".join(before["kind"].lower().split())]
            begin = before.start()
            if kinds is not None and kind not in kinds:
                mismatch, kind = before["kind"], sorted(kinds)[0]
            from_code = False
        elif kinds is not None and len(kinds) == 1:
            kind, from_code = next(iter(kinds)), True
        else:
            continue
        citation = Citation(
            begin, match.end(), kind, from_code, number, (match.start(), match.end())
        )
        citation.mismatch = mismatch
        _tail(text, citation, match.end(), end)
        if citation.body is None:
            found = _body_before(text, words, begin, start)
            if found is not None:
                citation.body, citation.body_central = found[0], found[1]
                citation.body_text, citation.body_span = text[found[2] : found[3]], found[2:]
                date = DATE_BEFORE_RE.search(text, start, found[2])
                if citation.date_text is None and date is not None:
                    citation.date_text = date["date"]
                    citation.date_span = (date.start("date"), date.end("date"))
        if citation.date_text is None:
            date = _issued_before(text, words, begin, start)
            if date is not None:
                citation.date_text = date["date"]
                citation.date_span = (date.start("date"), date.end("date"))
        out.append(citation)
    return out


def _issued_before(text: str, words: Words, begin: int, start: int) -> re.Match[str] | None:
    """The date that opens the sentence saying who issued the document, whoever that is.

    "Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 10-NQ/TU":
    the issuer need not be one this module can name.
    """
    if begin == start or not (
        words.has_near("hành", start, begin) or words.has_near("ra", start, begin)
    ):
        return None
    verb = ISSUER_BEFORE_RE.search(text, max(start, begin - 30), begin)
    if verb is None or verb.end() != begin or not words.has_near("ngày", start, verb.start()):
        return None
    return ISSUED_ON_RE.search(text, max(start, verb.start() - 160), verb.start())


def _kind_before_of(text: str, words: Words, start: int, end: int) -> bool:
    """Whether some "của" in the line has a kind word and whitespace right before it."""
    at = text.find("của", start, end)
    while at >= 0:
        if at > start and text[at - 1].isspace():
            if ends_with(words.low, _KIND_ENDS, start, at):
                return True
            if SHORT_NUMBER_BEFORE_RE.search(text, max(start, at - 40), at) is not None:
                return True  # "chỉ thị số 35, ngày 30/5/2019 của …"
        at = text.find("của", at + 1, end)
    return False


def _unnumbered(
    text: str, words: Words, start: int, end: int, taken: list[Citation]
) -> list[Citation]:
    out: list[Citation] = []
    if not _kind_before_of(text, words, start, end):
        return out
    for match in finditer_at(UNNUMBERED_RE, text, words.near(_KIND_STARTS, start, end), end):
        if any(c.start <= match.start() < c.end for c in taken):
            continue
        if DRAFT_BEFORE_RE.search(text, max(start, match.start() - 10), match.start()):
            continue
        found = _body_at(text, match.end())
        if found is None or found[0] is BodyKind.CONGRESS:
            continue
        about = ABOUT_RE.match(text, found[2], end)
        if about is None and BODY_GOES_ON_RE.match(text, found[2], end) is not None:
            continue  # the body's name goes on: "Chỉ thị của Ban Thường vụ Tỉnh ủy Hậu Giang"
        for word in KINDS_SPLIT_RE.split(match["kinds"]):
            kind = KIND_WORDS.get(" ".join(word.lower().split()))
            if kind is None:
                continue
            stop = about.end() if about is not None else found[2]
            number = _completed(match, kind, found, text) if match["short"] else None
            citation = Citation(
                match.start(), stop, kind, False, number, match.span("short") if number else None
            )
            if number is not None and match["sdate"]:
                citation.date_text, citation.date_span = match["sdate"], match.span("sdate")
            citation.body, citation.body_central = found[0], found[1]
            citation.body_text, citation.body_span = (
                text[match.end() : found[2]],
                (match.end(), found[2]),
            )
            if about is not None:
                citation.about = about["about"]
                citation.about_span = (about.start("about"), about.end("about"))
            out.append(citation)
    return out


def _completed(
    match: re.Match[str], kind: DocumentKind, body: tuple[BodyKind, bool, int], text: str
) -> DocumentNumber | None:
    """The Party number a short one stands for, when one kind and the issuer settle it.

    "Chỉ thị số 35 … của Bộ Chính trị" → 35-CT/TW; "Kết luận số 01 … của Ban Thường vụ Tỉnh
    ủy" → 01-KL/TU. A number after several kinds ("Chỉ thị và Kế hoạch số 12"), a kind without
    a code, or an issuer whose code the name does not settle gives none.
    """
    if KINDS_SPLIT_RE.search(match["kinds"]) or kind.abbreviation is None:
        return None
    issuer, central, end = body
    if central:
        code = "TW"
    elif issuer in _COMPLETED_BODIES:
        local = ISSUER_CODE_RE.search(text, match.end(), end)
        if local is None or local.lastgroup is None:
            return None
        code = local.lastgroup
    else:
        return None
    try:
        return DocumentNumber.parse(f"{match['short']}-{kind.abbreviation}/{code}")
    except ValueError:
        return None


def _plenums(text: str, words: Words, start: int, end: int) -> list[Citation]:
    out: list[Citation] = []
    if words.low.find("trung ương", start, end) < 0:
        return out
    for match in PLENUM_RE.finditer(text, start, end):
        if match["digits"]:
            plenum: int | None = int(match["digits"])
        else:
            plenum = WORD_ORDINALS.get(match["word"].lower())
        try:  # "khóa XIII", also "khóa 10"
            term = int(match["term"]) if match["term"].isdigit() else from_roman(match["term"])
        except ValueError:
            continue
        if not plenum:
            continue
        citation = Citation(match.start(), match.end(), DocumentKind.RESOLUTION, False, None, None)
        citation.body, citation.body_central = BodyKind.EXECUTIVE_COMMITTEE, True
        citation.plenum = (plenum, term)
        out.append(citation)
    return out


ISSUED_KIND_RE = re.compile(rf"(?i:ban\s+hành|có)\s+(?P<kind>(?i:{_KIND}))\s+(?i:về)\s")
"""A document its issuer puts out, named before it without a number: "Ban Thường vụ Thành ủy
TP.HCM có thông báo về …", "Bộ Chính trị ban hành Kết luận về …"."""
SUBJECT_REST_RE = re.compile(
    rf"(?:\s+(?:TP\.?\s*HCM|[{UPPER}][{LOWER}]*(?:\s+[{UPPER}][{LOWER}]*){{0,3}}))?"
    r"(?:\s+(?i:đã|vừa))?\s+$"
)
"""Between the issuing body and its verb: the body's place, "đã"/"vừa"."""


def _issued_unnumbered(
    text: str, words: Words, start: int, end: int, taken: list[Citation]
) -> list[Citation]:
    """Unnumbered documents put out by the body the clause opens with (see ``ISSUED_KIND_RE``)."""
    out: list[Citation] = []
    if not words.has_near("về", start, end):
        return out
    for match in ISSUED_KIND_RE.finditer(text, start, end):
        at = match.start("kind")
        if match.start() == start or not text[match.start() - 1].isspace():
            continue
        if any(c.start <= at < c.end for c in taken):
            continue
        found = None
        for pattern, body, central in BODY_PATTERNS[:-1]:  # not "Đại hội"
            for m in pattern.finditer(text, max(start, match.start() - 80), match.start()):
                if SUBJECT_REST_RE.fullmatch(text, m.end(), match.start()):
                    found = (body, central, m.start(), m.end())
            if found is not None:
                break
        if found is None:
            continue
        kind = KIND_WORDS[" ".join(match["kind"].lower().split())]
        citation = Citation(at, match.end("kind"), kind, False, None, None)
        citation.body, citation.body_central = found[0], found[1]
        citation.body_text, citation.body_span = text[found[2] : found[3]], found[2:]
        out.append(citation)
    return out


def find_citations(text: str, start: int, end: int, words: Words | None = None) -> list[Citation]:
    """Cited documents in one line of the folded page (``words``: its :class:`Words`)."""
    words = Words(lowered(text)) if words is None else words
    # Every number has a slash, and every unnumbered citation has "của" (most lines have neither).
    numbered = _numbered(text, words, start, end) if text.find("/", start, end) >= 0 else []
    numbered += _plenums(text, words, start, end)
    if words.has_near("có", start, end) or words.has_near("hành", start, end):
        numbered += _issued_unnumbered(text, words, start, end, numbered)
    if text.find("của", start, end) < 0:
        return numbered
    return numbered + _unnumbered(text, words, start, end, numbered)
