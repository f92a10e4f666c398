"""Records stage: cited documents, and a document's header (number, date, issuer, signature)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from vnpartydoc.enums import BodyKind, DocumentKind, RelationKind
from vnpartydoc.extract.citations import DATE_AFTER_RE
from vnpartydoc.extract.clean import squeeze
from vnpartydoc.extract.dates import find_dates, resolve
from vnpartydoc.extract.layout import PLACE_DATE_RE
from vnpartydoc.extract.lexicon import UNIT_COMMITTEE
from vnpartydoc.extract.records.builder import CPV, committee_text
from vnpartydoc.extract.scan import slug
from vnpartydoc.extract.state import org_key
from vnpartydoc.models import Directive, Document, GenericDocument, Plan, Resolution
from vnpartydoc.patterns import document_number
from vnpartydoc.text import proper_case_name, to_roman
from vnpartydoc.types import DocumentNumber, PartialDate

if TYPE_CHECKING:
    from vnpartydoc.extract.citations import Citation
    from vnpartydoc.extract.clean import Line
    from vnpartydoc.extract.records.builder import Builder
    from vnpartydoc.extract.state import Reading

__all__ = [
    "cited_document",
    "header_committee",
    "header_data",
    "header_org",
    "is_own_citation",
    "own_number",
    "relations_to",
]

_MODELS: dict[DocumentKind, type[Document]] = {
    DocumentKind.RESOLUTION: Resolution,
    DocumentKind.DIRECTIVE: Directive,
    DocumentKind.PLAN: Plan,
}
HEADER_NUMBER_RE = re.compile(rf"(?i:số)\s*:?\s*(?P<number>{document_number()})")
BASED_ON_RE = re.compile(r"(?i:căn\s+cứ)\s*$")
IMPLEMENTS_RE = re.compile(r"(?i:thực\s+hiện|triển\s+khai)\s*$")
_STANDING_BOARD_RE = re.compile(r"của\s+Ban\s+Thường\s+vụ")
_SIGN_BODY = {"BAN THƯỜNG VỤ": BodyKind.STANDING_BOARD, "ĐOÀN CHỦ TỊCH": BodyKind.PRESIDIUM,
              "ĐẠI HỘI": BodyKind.CONGRESS, "THƯỜNG TRỰC": BodyKind.PERMANENT}  # fmt: skip


def cited_document(builder: Builder, cit: Citation) -> Document | None:
    """A record for a cited document."""
    kind = cit.kind
    label = kind.label
    number = str(cit.number) if cit.number else None
    issued = None
    date_text, date_span = cit.date_text, cit.date_span
    if date_text is None and cit.number is not None:
        date_text, date_span = _date_over_line_break(builder.reading.page.fold, cit.end)
    if date_text:
        issued = _issued_on(date_text)
        if issued is None:
            builder.issue("date_invalid", f"citation date {date_text!r} does not exist", cit.start)
    if cit.mismatch:
        builder.issue(
            "citation_kind_mismatch",
            f"'{cit.mismatch}' with number {number}; the type code says {label}",
            cit.start,
        )
    body = squeeze(cit.body_text) if cit.body_text is not None else None
    about = squeeze(cit.about) if cit.about else None
    org = None
    if cit.body is not None:
        org = CPV if cit.body_central else builder.organ_org(committee_text(cit.body, body))
    if cit.number is not None:
        key = slug(f"{label} {number}") + (f"-{issued.year}" if issued else "")
        title = f"{label} số {number}"
    elif cit.plenum is not None:
        title = f"{label} Hội nghị Trung ương {cit.plenum[0]} khóa {to_roman(cit.plenum[1])}"
        key = slug(title)
    else:
        key = slug(f"{label} {cit.body_text or ''} {cit.about or ''}")[:90].rstrip("-")
        title = label
    if cit.body_text:
        title += f" của {body}"
    if cit.about:
        title += f" {about}"
    data: dict[str, Any] = {
        "type": kind.value,
        "id": key,
        "number": cit.number,  # value objects are taken as they are, not printed and re-read
        "title": title,
        "summary": about,
        "issued_on": issued,
    }
    if org is not None and cit.body is not None:
        data["issuer"] = {
            "organisation": org,
            "body": cit.body,  # enum members are taken as they are
            "name": body if cit.body_text else None,
        }
    model = _MODELS.get(kind, GenericDocument)
    record: Document | None = builder.make(model, data, cit.start)
    if record is not None:
        if cit.number_span:
            builder.span(*cit.number_span, key, "number")
        if date_span and issued:
            builder.span(*date_span, key, "issued_on")
        if cit.body_span and "issuer" in data:
            builder.span(*cit.body_span, key, "issuer")
        if cit.about_span:
            builder.span(*cit.about_span, key, "summary")
    return record


def _date_over_line_break(fold: str, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """The date of a citation whose line breaks before its date ("số 154-KH/TU, ngày⏎07/10/2019").

    Citations are read a line at a time; in a text wrapped at a fixed width the date can fall
    on the next line of the same paragraph. Only a single line break counts (a blank line ends
    the paragraph), and only when it comes within the date's own words.
    """
    newline = fold.find("\n", end, end + 24)
    if newline < 0 or fold.startswith("\n", newline + 1):
        return None, None
    date = DATE_AFTER_RE.match(fold, end, end + 80)
    if date is None or date.start("date") <= newline:
        return None, None
    return date["date"], (date.start("date"), date.end("date"))


def _issued_on(text: str) -> PartialDate | None:
    """The day a citation's date gives: "25/12/2019", also "25 tháng 12 năm 2019"."""
    try:
        return PartialDate.parse(text)
    except ValueError:
        pass
    if "tháng" not in text:
        return None
    found = find_dates(f"ngày {text}")  # the long form is read after "ngày"
    days = resolve(found[0], None) if len(found) == 1 and found[0].last is None else None
    return days[0] if days else None


def header_committee(builder: Builder) -> str | None:
    """Committee of the organisation in the header ("Tỉnh ủy"), which signs for it."""
    for key, org in builder.reading.orgs.items():
        if not org.national and org.unit is not None and key == header_org(builder):
            return f"{UNIT_COMMITTEE[org.unit]}"
    return None


def header_org(builder: Builder) -> str | None:
    """The organisation named in the document header, if any."""
    header = builder.reading.layout.header
    if not header:
        return None
    end = header[-1].end
    refs = [ref for ref, key in builder.reading.org_refs if ref.start <= end]
    assert builder.reading.context is not None
    for ref in builder.reading.context.orgs:
        if ref.start <= end and ref.explicit:
            key = (
                org_key(ref.unit, ref.locality, ref.national)
                if (ref.locality or ref.national)
                else None
            )
            if key in builder.reading.orgs:
                return key
    for ref, key in builder.reading.org_refs:
        if ref in refs:
            return key
    return None


def own_number(reading: Reading) -> tuple[re.Match[str], Line] | None:
    """The document's own number: the first Party number after "số" in its header or summary.

    Returns the match (group ``number``) and the line it is on.
    """
    fold = reading.page.fold
    for line in reading.layout.header + reading.layout.summary:
        for number in HEADER_NUMBER_RE.finditer(fold, line.start, line.end):
            try:
                DocumentNumber.parse(number["number"])
            except ValueError:
                continue
            return number, line
    return None


def is_own_citation(reading: Reading, own: str | None, cit: Citation) -> bool:
    """Whether a citation in the header of a document is that document itself.

    The header holds the document's own number ("Số: 97-QĐ/TW") and, above it on a web page,
    a lead that may cite other documents ("trong Quy định số 172-QĐ/TW …"): only the document's
    own number, or its own kind named without a number, is the document itself.
    """
    if cit.number is not None:
        return own is not None and str(cit.number) == own
    return cit.kind is reading.layout.kind


def header_data(builder: Builder, key_hint: str) -> dict[str, Any]:
    """Number, place and date, issuer and signature of a Party document's header."""
    r = builder.reading
    data: dict[str, Any] = {}
    dated_on: re.Match[str] | None = None  # the date right after the number, if any
    lines = r.layout.header + r.layout.summary
    own = own_number(r)
    if own is not None:
        number, line = own
        data["number"] = str(DocumentNumber.parse(number["number"]))
        data["_number_span"] = (number.start("number"), number.end("number"))
        dated_on = DATE_AFTER_RE.match(r.page.fold, number.end(), line.end)
        # "Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của …"
    for line in lines:
        place = PLACE_DATE_RE.search(r.page.fold, line.start, line.end)
        if place is not None and "issued_on" not in data:
            try:  # a misprinted day such as "ngày 00 tháng 12" is no date
                issued = PartialDate.parse(place["date"])
            except ValueError:
                issued = None
            if issued is not None:
                data["place"] = r.page.cut(place.start("place"), place.end("place"))
                data["issued_on"] = str(issued)
                data["_date_span"] = (place.start(), place.end())
    if "issued_on" not in data and dated_on is not None:
        try:
            data["issued_on"] = str(PartialDate.parse(dated_on["date"]))
            data["_date_span"] = (dated_on.start("date"), dated_on.end("date"))
        except ValueError:  # a misprinted day is no date
            pass
    sign = r.layout.signature
    if sign is not None:
        data["signature"] = {
            "mode": sign.mode.value if sign.mode else None,
            "on_behalf_of": proper_case_name(sign.on_behalf_of).capitalize()
            if sign.on_behalf_of
            else None,
            "post": proper_case_name(sign.post).capitalize() if sign.post else None,
            "name": proper_case_name(sign.name) if sign.name else None,
            "person": slug(proper_case_name(sign.name)) if sign.name else None,
        }
    org = header_org(builder)
    if org is not None:
        body = BodyKind.EXECUTIVE_COMMITTEE
        summary = " ".join(r.page.fold[ln.start : ln.end] for ln in r.layout.summary)
        if _STANDING_BOARD_RE.search(summary) or (
            sign is not None
            and sign.on_behalf_of
            and _SIGN_BODY.get(sign.on_behalf_of.upper().strip()) is BodyKind.STANDING_BOARD
        ):
            body = BodyKind.STANDING_BOARD
        data["issuer"] = {"organisation": org, "body": body.value}
    return data


def relations_to(builder: Builder, cited: list[tuple[Citation, Document]]) -> list[dict[str, str]]:
    """Relations from the main record to the cited documents."""
    out = []
    fold = builder.reading.page.fold
    for cit, doc in cited:
        before = fold[max(0, cit.start - 40) : cit.start]
        kind = RelationKind.CITES
        if BASED_ON_RE.search(before):
            kind = RelationKind.BASED_ON
        elif IMPLEMENTS_RE.search(before):
            kind = RelationKind.IMPLEMENTS
        rel = {"kind": kind.value, "target": doc.id}
        if rel not in out:
            out.append(rel)
    return out
