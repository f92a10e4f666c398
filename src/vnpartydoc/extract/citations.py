"""Step 5: cited documents: kind, number, date, issuer and subject.

Numbered citations ("Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về …", "Kế hoạch
248-KH/TU", a bare "01-NQ/ĐH") are parsed with :meth:`DocumentNumber.parse`. State numbers
("12/2019/NQ-HĐND", "1234/QĐ-UBND") and Youth Union ones ("01-NQ/ĐHKT-ĐTN") do not fit the Party
form and are left alone. Citations without a full number are read by
:mod:`~vnpartydoc.extract.unnumbered`; the words both read (kinds, issuing bodies, the
:class:`~vnpartydoc.extract.cited.Citation` made) are in :mod:`~vnpartydoc.extract.cited`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vnpartydoc.enums import KIND_CODES, BodyKind, DocumentKind, kinds_for_code
from vnpartydoc.extract.cited import (
    ABOUT_RE,
    BODY_PATTERNS,
    DATE_BEFORE_RE,
    KIND_PATTERN,
    KIND_STARTS,
    KIND_WORDS,
    Citation,
    body_at,
)
from vnpartydoc.extract.lexicon import DASH
from vnpartydoc.extract.scan import Words, lowered, search_at
from vnpartydoc.extract.unnumbered import (
    adjacent_citations,
    issued_citations,
    plenum_citations,
    unnumbered_citations,
)
from vnpartydoc.patterns import KIND_CODE, date_in_words, document_number, numeric_date
from vnpartydoc.types import DocumentNumber

if TYPE_CHECKING:
    from vnpartydoc.extract.clean import Line

__all__ = ["Citation", "find_citations", "metadata_citations"]

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
SLIP_RE = re.compile(
    rf"(?P<seq>{_SEQ_AT_DIGIT})\s*[{DASH}]\s*(?P<kind>{KIND_CODE})\s*/\s*TƯ(?![\w/{DASH}])"
)
"""A Party number whose issuer code a copy printed "TƯ" ("445-KL/TƯ", "60-NQ/TƯ"): read as
meant (README), "TW", or "TU" when the citation names a local committee as its issuer."""
_CODE_BY_FOLD = {code.casefold(): code for code in KIND_CODES}
"""Known type codes by their case-folded spelling: "QĐI" in a heading in capitals is "QĐi"."""
KIND_BEFORE_RE = re.compile(
    rf"(?P<kind>(?i:{KIND_PATTERN}))(?:\s+(?i:liên\s+tịch))?\s*(?:(?i:số)\s*:?\s*)?$"
)
DATE_VALUE_RE = re.compile(rf"(?P<date>{numeric_date()}|{date_in_words()})\s*$")
"""A date alone, the value of a "Ngày ban hành:" line."""
DATE_AFTER_RE = re.compile(
    r"\s*,?\s*\(?\s*(?:(?i:ban\s+hành|ký)\s+)?(?i:ngày)\s+"
    rf"(?P<date>{numeric_date()}|{date_in_words()})\s*\)?"
)
ISSUED_ON_RE = re.compile(
    rf"(?i:ngày)\s+(?P<date>{numeric_date()}|{date_in_words()})\s*,\s*[^,.;:!?“”\"()]{{3,120}}$"
)
"""A date, a comma, then the issuer up to its verb, in one clause."""
TERM_AFTER_BODY_RE = re.compile(r"\s*,?\s*\(?(?i:kh(?:óa|oá))\s+[IVXL]{1,6}\)?\s*$")
"""The committee's term between the issuer and its verb: "Ban Chấp hành Đảng bộ tỉnh khóa XIV
đã ban hành …"."""
DATE_AFTER_BODY_RE = re.compile(
    r"(?:\s*,?\s*\(?(?i:kh(?:óa|oá))\s+[IVXL]{1,6}\)?)?" + DATE_AFTER_RE.pattern
)
"""The date after the issuer, its term between: "… của Bộ Chính trị (khóa XII) ban hành ngày
25/10/2017"; it counts only with its year (see :func:`_tail`)."""
YEAR_RE = re.compile(r"\d{4}|(?i:năm)\s+\d")
OF_RE = re.compile(r"\s*,?\s*(?:(?i:của|do)|(?P<by>(?i:được)))\s+")
ISSUED_VERB_RE = re.compile(r"(?:\s*\(?(?i:kh(?:óa|oá))\s+[IVXL]{1,6}\)?)?\s+(?i:ban\s+hành|ký)\s")
"""After "được" and a body, the verb that makes the body the issuer ("… được Ban Chấp hành Trung
ương ban hành ngày 25/10/2017"), not one that makes it a reader ("được Huyện ủy quán triệt")."""
ISSUER_BEFORE_RE = re.compile(
    r"\s+(?:(?:(?i:đã|vừa)\s+)?(?:(?i:ký\s+)?(?i:ban\s+hành)|(?i:có))|(?i:đã|vừa)\s+(?i:ra))\s+$"
)
"""The issuer's verb before a citation: "… đã ban hành", "… có", "… đã ra Thông tri số 19"."""


def _body_before(
    text: str, words: Words, start: int, line_start: int
) -> tuple[BodyKind, bool, int, int] | None:
    if start == line_start or not text[start - 1].isspace():  # the verb ends in whitespace
        return None
    if not words.has_near("có", line_start, start) and not words.has_near(
        "hành", line_start, start
    ):
        return None
    verb = ISSUER_BEFORE_RE.search(text, max(line_start, start - 40), start)  # a verb is short
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
        found = body_at(text, of.end())
        if found is not None and (of["by"] is None or ISSUED_VERB_RE.match(text, found[2], end)):
            citation.body, citation.body_central, body_end = found
            citation.body_text, citation.body_span = text[of.end() : body_end], (of.end(), body_end)
            pos = body_end
            date = DATE_AFTER_BODY_RE.match(text, pos, end) if citation.date_text is None else None
            if date is not None and YEAR_RE.search(date["date"]):  # not "…, ngày 14/10, Đại hội"
                citation.date_text = date["date"]
                citation.date_span = (date.start("date"), date.end("date"))
                pos = date.end()
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
    return search_at(KIND_BEFORE_RE, text, words.near(KIND_STARTS, window, at), at)


def _number_matches(
    text: str, words: Words, start: int, end: int
) -> list[tuple[re.Match[str], str, bool]]:
    """Numbers in the line: the match, the number it spells, whether its issuer code is "TƯ".

    Party numbers, slips after a kind ("22/NQ-TU"), and numbers printed with "TƯ".
    """
    found = [(m, m["number"], False) for m in NUMBER_RE.finditer(text, start, end)]
    for m in SWAPPED_RE.finditer(text, start, end):
        if _kind_before(text, words, start, m.start()) is not None:
            found.append((m, f"{m['seq']}-{m['kind']}/{m['issuer']}", False))
    if text.find("TƯ", start, end) >= 0:
        found.extend(
            (m, f"{m['seq']}-{m['kind']}/TW", True) for m in SLIP_RE.finditer(text, start, end)
        )
    return sorted(found, key=lambda found: found[0].start())


LOCAL_HEADING_RE = re.compile(r"(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+ỦY\b")
"""A local committee heading a document in capitals ("TỈNH ỦY THỪA THIÊN HUẾ")."""


def _local_issuer(text: str, citation: Citation, line_start: int) -> bool:
    """Whether a local committee issued the cited document.

    It does when it is named as the issuer or, none being named, when it heads the document a
    few lines above its number ("TỈNH ỦY THỪA THIÊN HUẾ … / Số 445-KL/TƯ").
    """
    if citation.body is not None:
        return not citation.body_central
    return LOCAL_HEADING_RE.search(text, max(0, line_start - 160), line_start) is not None


def _known_case(number: DocumentNumber) -> DocumentNumber:
    """The number with its type code spelt as the known code it is ("QĐI" in capitals → "QĐi")."""
    if not number.kind_code.isupper() or kinds_for_code(number.kind_code) is not None:
        return number  # only capitals lose the case of a code ("Ctr" is printed as meant)
    code = _CODE_BY_FOLD.get(number.kind_code.casefold())
    return number if code is None else DocumentNumber(number.seq, code, number.issuer_code)


def _numbered(text: str, words: Words, start: int, end: int) -> list[Citation]:
    out: list[Citation] = []
    if text.find("/", start, end) < 0 or NUMBER_SLASH_RE.search(text, start, end) is None:
        return out  # every number has a slash and a capital after it
    for match, printed, slip in _number_matches(text, words, start, end):
        try:
            number = _known_case(DocumentNumber.parse(printed))
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
        if slip and _local_issuer(text, citation, start):
            citation.number = DocumentNumber(number.seq, number.kind_code, "TU")
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


META_NUMBER_RE = re.compile(
    rf"(?i:số\s+(?:ký\s+)?hiệu)\s*:\s*(?P<number>{document_number()})(?![\w/{DASH}])"
)
"""The number in a document's metadata table: "Số hiệu: 35-CT/TW"."""
META_FIELD_RE = re.compile(
    r"(?P<key>(?i:ngày\s+ban\s+hành|cơ\s+quan\s+ban\s+hành|nơi\s+ban\s+hành|loại\s+văn\s+bản))"
    r"\s*:\s*"
)
"""Another field of that table: the date, the issuing body, the kind."""
META_REACH = 6
"""How many lines before and after the number the table's other fields may stand."""


def metadata_citations(text: str, lines: list[Line]) -> list[Citation]:
    """Documents described by a metadata table, one field a line.

    "Số hiệu: 35-CT/TW / Loại văn bản: Chỉ thị / Cơ quan ban hành: Bộ Chính trị / Ngày ban hành:
    30/05/2019": sites that copy documents print these lines apart from the text, and a page
    reader takes them for a menu. A state paper's number ("01/CT-UBND") is no Party number.
    """
    out: list[Citation] = []
    for i, line in enumerate(lines):
        number = META_NUMBER_RE.match(text, line.start, line.end)
        if number is None:
            continue
        try:
            parsed = _known_case(DocumentNumber.parse(number["number"]))
        except ValueError:
            continue
        kinds = kinds_for_code(parsed.kind_code)
        citation = Citation(
            line.start, line.end, DocumentKind.RESOLUTION, True, parsed, number.span("number")
        )
        for other in lines[max(0, i - META_REACH) : i + META_REACH + 1]:
            field = META_FIELD_RE.match(text, other.start, other.end)
            if field is not None:
                _metadata_field(text, citation, field, other.end)
        if citation.kind_from_code:
            if kinds is None or len(kinds) != 1:
                continue
            citation.kind = next(iter(kinds))
        out.append(citation)
    return out


def _metadata_field(text: str, citation: Citation, field: re.Match[str], end: int) -> None:
    """Set the date, issuing body or kind a metadata line gives."""
    key, value = field["key"].lower().split()[0], field.end()
    if key == "ngày":
        date = DATE_VALUE_RE.match(text, value, end)
        if date is not None:
            citation.date_text, citation.date_span = date["date"], date.span("date")
    elif key == "loại":
        kind = KIND_WORDS.get(" ".join(text[value:end].lower().split()))
        kinds = kinds_for_code(citation.number.kind_code) if citation.number else None
        if kind is not None and (kinds is None or kind in kinds):
            citation.kind, citation.kind_from_code = kind, False
    else:
        found = body_at(text, value)
        if found is not None and found[0] is not BodyKind.CONGRESS:
            citation.body, citation.body_central = found[0], found[1]
            citation.body_text, citation.body_span = text[value : found[2]], (value, found[2])


def find_citations(text: str, start: int, end: int, words: Words | None = None) -> list[Citation]:
    """Cited documents in one line of the folded page (``words``: its :class:`Words`)."""
    words = Words(lowered(text)) if words is None else words
    # Every number has a slash, and every unnumbered citation has "của" (most lines have neither).
    numbered = _numbered(text, words, start, end) if text.find("/", start, end) >= 0 else []
    numbered += plenum_citations(text, words, start, end)
    if words.has_near("về", start, end) and (
        words.has_near("có", start, end) or words.has_near("hành", start, end)
    ):  # ISSUED_KIND_RE's words
        numbered += issued_citations(text, words, start, end, numbered)
    if text.find("của", start, end) >= 0:
        numbered += unnumbered_citations(text, words, start, end, numbered)
    return numbered + adjacent_citations(text, words, start, end, numbered)
