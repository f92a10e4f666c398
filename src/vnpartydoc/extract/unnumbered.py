"""Stage 3, mentions: documents cited without a full Party number.

"Chỉ thị và Kế hoạch của Ban Thường vụ Tỉnh ủy về …" (no number), "chỉ thị số 35, ngày 30/5/2019
của Bộ Chính trị" (a short number, completed from the kind and the issuer when they settle it),
"Nghị quyết Trung ương 4 (khóa XII)" (a plenum's resolution), "Ban Thường vụ Thành ủy có thông
báo về …" (put out by the body the clause opens with). Read for
:func:`~vnpartydoc.extract.citations.find_citations`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from vnpartydoc.enums import BodyKind, DocumentKind
from vnpartydoc.extract.cited import (
    ABOUT_RE,
    BODY_GOES_ON_RE,
    BODY_PATTERNS,
    DATE_BEFORE_RE,
    KIND_ENDS,
    KIND_PATTERN,
    KIND_STARTS,
    KIND_WORDS,
    KINDS_SPLIT_RE,
    Citation,
    body_at,
)
from vnpartydoc.extract.lexicon import LOWER, UPPER, WORD_ORDINALS
from vnpartydoc.extract.scan import ends_with, finditer_at, from_roman, search_at
from vnpartydoc.types import DocumentNumber

if TYPE_CHECKING:
    from vnpartydoc.extract.scan import Words

__all__ = [
    "adjacent_citations",
    "issued_citations",
    "plenum_citations",
    "unnumbered_citations",
]

UNNUMBERED_RE = re.compile(
    rf"(?<![{LOWER}{UPPER}])(?P<kinds>(?i:{KIND_PATTERN})(?:\s*(?:,|và)\s*(?i:{KIND_PATTERN}))*)"
    r"(?:\s+(?:(?i:số)\s+)?(?P<short>\d{1,4})(?![\d/\w-])"
    r"(?:\s*,?\s*(?i:ngày)\s+(?P<sdate>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}))?\s*,?)?"
    r"\s+của\s+"
)
"""A citation without a Party number: "Chỉ thị và Kế hoạch của …", or with a short number and
no type code, "chỉ thị số 35, ngày 30/5/2019 của Bộ Chính trị về …", "Chỉ thị 05 của Bộ Chính
trị" (the number is completed from the kind and the issuer when they settle it, see
:func:`_completed`)."""
SHORT_NUMBER_BEFORE_RE = re.compile(
    rf"(?:(?i:số)|(?i:{KIND_PATTERN}))\s+\d{{1,4}}"
    r"(?:\s*,?\s*(?i:ngày)\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?\s*,?\s+$"
)
_SHORT_NUMBER_WORDS = ("số", *KIND_STARTS, "quyết", "kết")  # SHORT_NUMBER_BEFORE_RE's first
DRAFT_BEFORE_RE = re.compile(r"(?i:dự\s+thảo)\s+$")
"""A draft ("dự thảo kế hoạch của Ban Thường vụ Huyện ủy") is no document cited."""
ISSUER_CODE_RE = re.compile(
    r"(?i:(?P<TU>tỉnh\s+ủy)|(?P<HU>huyện\s+ủy)|(?P<QU>quận\s+ủy)"
    rf"|(?P<ĐU>đảng\s+ủy\s+(?:xã|phường|thị\s+trấn)))(?:\s+[{UPPER}]\S*){{0,4}}$"
)
"""A local committee whose code completes a short number ("Chỉ thị số 17 của Ban Thường vụ
Tỉnh ủy" → 17-CT/TU, "Kế hoạch số 47 của Đảng ủy phường Hương Xuân" → 47-KH/ĐU), its place
named or not ("… Tỉnh ủy Phú Thọ"); a city's or a town's committee (TU or ThU, TXU) and an
agency's ("Đảng ủy Khối …": ĐU or ĐUK) are left alone."""
_CENTRAL_TW_BODIES = frozenset(
    {BodyKind.POLITBURO, BodyKind.SECRETARIAT, BodyKind.EXECUTIVE_COMMITTEE}
)
"""The Central bodies whose papers carry "/TW"; a Central commission's or office's code is the
initials of its name and "TW" (see :func:`_central_code`)."""


def _central_code(name: str) -> str:
    """The code of a Central commission or office: its name's initials and "TW".

    "Ban Tổ chức Trung ương" → BTCTW, "Ủy ban Kiểm tra Trung ương" → UBKTTW, "Văn phòng Trung
    ương Đảng" → VPTW, "Ban Tuyên giáo và Dân vận Trung ương" → BTGDVTW.
    """
    initials = []
    for word in name.split():
        if word == "Trung":
            break
        if word != "và":
            first = word[0].upper()
            initials.append(first if first == "Đ" else unicodedata.normalize("NFD", first)[0])
    return "".join(initials) + "TW"


_COMPLETED_BODIES = frozenset(
    {BodyKind.EXECUTIVE_COMMITTEE, BodyKind.STANDING_BOARD, BodyKind.PERMANENT}
)
PLENUM_RE = re.compile(
    r"(?i:nghị\s+quyết)\s+(?:(?i:hội\s+nghị)\s+)?(?:"
    r"(?i:lần\s+thứ)\s+(?:(?P<word>[^\W\d_]+)|(?P<nth>\d{1,2}))\s*,?\s*(?:(?i:ban\s+chấp\s+hành)\s+)?(?i:trung\s+ương)"
    r"|(?:(?i:ban\s+chấp\s+hành)\s+)?(?i:trung\s+ương)\s+(?P<digits>\d{1,2})"
    r")(?:\s+(?i:đảng))?\s*,?\s*\(?\s*(?i:kh(?:óa|oá))\s+(?P<term>[IVXL]{1,6}|\d{1,2})(?![\w])"
)
"""A Central Committee plenum's resolution, cited without a number: "Nghị quyết Hội nghị Trung
ương 8 khóa XIII", "Nghị quyết Hội nghị lần thứ Tám, Ban Chấp hành Trung ương Đảng khóa XIII",
"Nghị quyết Trung ương 4 (khóa XI, XII)" (the first term named), "Nghị quyết Trung ương 7 khóa
10", "nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII" (the ordinal in
digits)."""


CENTRAL_RESOLUTION_RE = re.compile(
    r"(?i:nghị\s+quyết)\s+(?:(?i:hội\s+nghị)\s+)?(?:(?i:ban\s+chấp\s+hành)\s+)?(?i:trung\s+ương)"
    r"(?:\s+(?i:đảng))?(?:\s+(?P<nth>\d{1,2})(?!\d))?"
    rf"(?!\s+(?i:đoàn|hội|cục|mặt|quân)(?![{LOWER}])|[{LOWER}{UPPER}])"
)
"""The Central Committee's resolution named without plenum and term: "nghị quyết trung ương"
(README), "Nghị quyết Trung ương 4", "Nghị quyết Hội nghị Ban Chấp hành Trung ương Đảng"; not a
Central body of the Youth Union or an association ("Nghị quyết Trung ương Đoàn", "… Hội")."""


_CAPITAL_KIND = "|".join(
    (word[0].upper() + word[1:]).replace(" ", r"\s+")
    for word in sorted(KIND_WORDS, key=len, reverse=True)
)
ADJACENT_RE = re.compile(
    rf"(?P<kind>{_CAPITAL_KIND})\s+(?=(?:Ban|Bộ|Hội\s+nghị|Thường\s+trực"
    r"|Ủy\s+ban|Văn\s+phòng|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Quận\s+ủy|Thị\s+ủy)\s)"
)
"""A document named by its kind, capitalised as a name, and its issuing body right after it,
without "của": "Công văn Ban Thường vụ Tỉnh ủy", "Nghị quyết Hội nghị Ban Chấp hành Trung ương
Đảng" (in lower case the kind word may be a verb: "báo cáo Ban Thường vụ")."""


def adjacent_citations(
    text: str, words: Words, start: int, end: int, taken: list[Citation]
) -> list[Citation]:
    """Documents named by kind and issuing body without "của" (``ADJACENT_RE``), in one line."""
    out: list[Citation] = []
    for match in ADJACENT_RE.finditer(text, start, end):  # starts with a capital: quick to skip
        if match.start() > 0 and text[match.start() - 1].isalpha():
            continue
        if any(c.start <= match.start() < c.end for c in taken):
            continue
        if DRAFT_BEFORE_RE.search(text, max(start, match.start() - 10), match.start()):
            continue
        found = body_at(text, match.end())
        if found is None or found[0] is BodyKind.CONGRESS:
            continue
        about = ABOUT_RE.match(text, found[2], end)
        if about is None and BODY_GOES_ON_RE.match(text, found[2], end) is not None:
            continue  # the body's name goes on with a place this module does not read
        kind = KIND_WORDS[" ".join(match["kind"].lower().split())]
        stop = about.end() if about is not None else found[2]
        citation = Citation(match.start(), stop, kind, False, None, None)
        citation.body, citation.body_central = found[0], found[1]
        citation.body_text, citation.body_span = (
            text[match.end() : found[2]],
            (match.end(), found[2]),
        )
        if about is not None:
            citation.about, citation.about_span = about["about"], about.span("about")
        out.append(citation)
    return out


def _kind_before_of(text: str, words: Words, start: int, end: int) -> bool:
    """Whether some "của" in the line has a kind word and whitespace right before it."""
    at = text.find("của", start, end)
    while at >= 0:
        if at > start and text[at - 1].isspace():
            if ends_with(words.low, KIND_ENDS, start, at):
                return True
            lo = max(start, at - 40)
            if _digit_before(text, start, at) and search_at(
                SHORT_NUMBER_BEFORE_RE, text, words.near(_SHORT_NUMBER_WORDS, lo, at), at
            ):
                return True  # "chỉ thị số 35, ngày 30/5/2019 của …"
        at = text.find("của", at + 1, end)
    return False


def _digit_before(text: str, start: int, at: int) -> bool:
    """Whether a digit ends what comes before ``at``, spaces and commas aside."""
    j = at - 1
    while j > start and text[j] in " ,":
        j -= 1
    return text[j].isdigit()


def unnumbered_citations(
    text: str, words: Words, start: int, end: int, taken: list[Citation]
) -> list[Citation]:
    """Citations before "của" and their issuer, in one line, outside the ``taken`` ones."""
    out: list[Citation] = []
    if not _kind_before_of(text, words, start, end):
        return out
    for match in finditer_at(UNNUMBERED_RE, text, words.near(KIND_STARTS, start, end), end):
        if any(c.start <= match.start() < c.end for c in taken):
            continue
        if DRAFT_BEFORE_RE.search(text, max(start, match.start() - 10), match.start()):
            continue
        bodies = _bodies_at(text, match.end(), end)
        if not bodies:
            continue
        last = bodies[-1][0][2]
        about = ABOUT_RE.match(text, last, end)
        if about is None and BODY_GOES_ON_RE.match(text, last, end) is not None:
            continue  # the body's name goes on: "Chỉ thị của Ban Thường vụ Tỉnh ủy Hậu Giang"
        kinds = KINDS_SPLIT_RE.split(match["kinds"])
        for word, (found, at) in ((w, b) for w in kinds for b in bodies):
            kind = KIND_WORDS.get(" ".join(word.lower().split()))
            if kind is None:
                continue
            stop = about.end() if about is not None else last
            number = None
            if match["short"] and len(kinds) == 1 and len(bodies) == 1:
                number = _completed(match["short"], kind, (found[0], found[1], at, found[2]), text)
            citation = Citation(
                match.start(), stop, kind, False, number, match.span("short") if number else None
            )
            if number is not None and match["sdate"]:
                citation.date_text, citation.date_span = match["sdate"], match.span("sdate")
            citation.body, citation.body_central = found[0], found[1]
            citation.body_text, citation.body_span = text[at : found[2]], (at, found[2])
            if about is not None:
                citation.about = about["about"]
                citation.about_span = (about.start("about"), about.end("about"))
            out.append(citation)
    return out


JOINT_END_RE = re.compile(r"\s*(?:[,.;:()]|$|(?i:về|khóa|khoá|ngày|và)(?!\w))")
"""What follows the last of several issuing bodies: its subject, term, date, or the clause's end."""


def _bodies_at(text: str, pos: int, end: int) -> list[tuple[tuple[BodyKind, bool, int], int]]:
    """The issuing bodies named from ``pos`` on, each with where its name starts.

    A Central document may have several ("Kết luận của Bộ Chính trị, Ban Bí thư"), each one
    Central and the last followed by what ends an issuer (not "…, Huyện ủy X đã ban hành", the
    subject of the next clause); a congress is none.
    """
    found = body_at(text, pos)
    if found is None or found[0] is BodyKind.CONGRESS:
        return []
    out = [(found, pos)]
    while found[1]:
        joint = KINDS_SPLIT_RE.match(text, found[2], end)
        if joint is None or joint.end() == found[2]:
            break
        other = body_at(text, joint.end())
        if other is None or not other[1] or JOINT_END_RE.match(text, other[2], end) is None:
            break
        out.append((other, joint.end()))
        found = other
    return out


def _completed(
    short: str, kind: DocumentKind, body: tuple[BodyKind, bool, int, int], text: str
) -> DocumentNumber | None:
    """The Party number a short one stands for, when one kind and the issuer settle it.

    "Chỉ thị số 35 … của Bộ Chính trị" → 35-CT/TW; "Kết luận số 01 … của Ban Thường vụ Tỉnh
    ủy" → 01-KL/TU; "Hướng dẫn số 12 của Ban Tổ chức Trung ương" → 12-HD/BTCTW. A number
    after several kinds ("Chỉ thị và Kế hoạch số 12"), a kind without a code, or an issuer
    whose code the name does not settle gives none.
    """
    if kind.abbreviation is None:
        return None
    issuer, central, start, end = body  # the issuer's name is text[start:end]
    if central:
        code = "TW" if issuer in _CENTRAL_TW_BODIES else _central_code(text[start:end])
    elif issuer in _COMPLETED_BODIES:
        local = ISSUER_CODE_RE.search(text, start, end)
        if local is None or local.lastgroup is None:
            return None
        code = local.lastgroup
    else:
        return None
    try:
        return DocumentNumber.parse(f"{short}-{kind.abbreviation}/{code}")
    except ValueError:
        return None


def plenum_citations(text: str, words: Words, start: int, end: int) -> list[Citation]:
    """Resolutions of a Central Committee plenum cited without a number, in one line."""
    out: list[Citation] = []
    if words.low.find("trung ương", start, end) < 0:
        return out
    for match in PLENUM_RE.finditer(text, start, end):
        if match["digits"] or match["nth"]:
            plenum: int | None = int(match["digits"] or match["nth"])
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
    for match in CENTRAL_RESOLUTION_RE.finditer(text, start, end):
        if any(c.start <= match.start() < c.end for c in out):
            continue  # a plenum's resolution read above
        citation = Citation(match.start(), match.end(), DocumentKind.RESOLUTION, False, None, None)
        citation.body, citation.body_central = BodyKind.EXECUTIVE_COMMITTEE, True
        out.append(citation)
    return out


ISSUED_KIND_RE = re.compile(
    rf"(?i:ban\s+hành|có)\s+(?P<kind>(?i:{KIND_PATTERN}))"
    r"(?:\s+(?i:số)\s+(?P<short>\d{1,4})(?![\d/\w-]))?\s+(?i:về)\s"
)
"""A document its issuer puts out, named before it without a Party number: "Ban Thường vụ
Thành ủy TP.HCM có thông báo về …", "Bộ Chính trị ban hành Kết luận về …", "Ban Thường vụ Tỉnh
ủy Phú Thọ đã ban hành Kế hoạch số 08 về …" (a short number, completed as in
:func:`_completed`)."""
_ISSUED_WORDS = ("ban", "có")  # ISSUED_KIND_RE's first words
SUBJECT_REST_RE = re.compile(
    rf"(?:\s+(?:TP\.?\s*HCM|[{UPPER}][{LOWER}]*(?:\s+[{UPPER}][{LOWER}]*){{0,3}}))?"
    r"(?:\s*,?\s*\(?(?i:kh(?:óa|oá))\s+[IVXL]{1,6}\)?)?(?:\s+(?i:đã|vừa))?\s+$"
)
"""Between the issuing body and its verb: the body's place, its term, "đã"/"vừa" ("Ban Chấp
hành Đảng bộ tỉnh Phú Thọ khóa XVIII đã ban hành …")."""


def issued_citations(
    text: str, words: Words, start: int, end: int, taken: list[Citation]
) -> list[Citation]:
    """Unnumbered documents put out by the body the clause opens with (see ``ISSUED_KIND_RE``)."""
    out: list[Citation] = []
    for match in finditer_at(ISSUED_KIND_RE, text, words.near(_ISSUED_WORDS, start, end), end):
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
        number = _completed(match["short"], kind, found, text) if match["short"] else None
        stop = match.end("short") if number is not None else match.end("kind")
        citation = Citation(
            at, stop, kind, False, number, match.span("short") if number is not None else None
        )
        citation.body, citation.body_central = found[0], found[1]
        citation.body_text, citation.body_span = text[found[2] : found[3]], found[2:]
        date = DATE_BEFORE_RE.search(text, max(start, found[2] - 60), found[2])
        if number is not None and date is not None:  # "Ngày 6/8/2022, Ban Thường vụ … ban hành"
            citation.date_text, citation.date_span = date["date"], date.span("date")
        out.append(citation)
    return out
