"""Step 9: build validated records from what the steps found, with the spans they came from."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from vnpartydoc.enums import BodyKind, DocumentKind, Level, RelationKind
from vnpartydoc.extract.clean import squeeze
from vnpartydoc.extract.congress import OrgRef
from vnpartydoc.extract.layout import PLACE_DATE_RE, TAG_RE
from vnpartydoc.extract.lexicon import UNIT_COMMITTEE, UNIT_ISSUER_CODE
from vnpartydoc.extract.result import ExtractionResult, spans_from
from vnpartydoc.extract.scan import ends_with
from vnpartydoc.extract.state import org_key, slug
from vnpartydoc.models import (
    Article,
    Congress,
    Directive,
    Document,
    GenericDocument,
    Goal,
    Issuer,
    Milestone,
    Organisation,
    Person,
    Plan,
    Point,
    Publication,
    Relation,
    Resolution,
    Signature,
    Source,
    Target,
    Title,
)
from vnpartydoc.patterns import document_number
from vnpartydoc.text import proper_case_name
from vnpartydoc.text import to_roman as _to_roman
from vnpartydoc.types import DocumentNumber, PartialDate

if TYPE_CHECKING:
    from vnpartydoc.extract.citations import Citation
    from vnpartydoc.extract.state import CongressDraft, Reading

__all__ = ["build"]

to_roman = lru_cache(maxsize=64)(_to_roman)

CPV = org_key(None, None, True)
_MODELS: dict[DocumentKind, type[Document]] = {
    DocumentKind.RESOLUTION: Resolution,
    DocumentKind.DIRECTIVE: Directive,
    DocumentKind.PLAN: Plan,
}
HEADER_NUMBER_RE = re.compile(rf"(?i:số)\s*:?\s*(?P<number>{document_number()})")
BASED_ON_RE = re.compile(r"(?i:căn\s+cứ)\s*$")
IMPLEMENTS_RE = re.compile(r"(?i:thực\s+hiện|triển\s+khai)\s*$")
_CENTRAL_ORGAN_RE = re.compile(
    r"Trung\s+ương|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Quốc\s+hội|Chính\s+phủ"
)
_EXECUTIVE_COMMITTEE_RE = re.compile(r"^Ban Chấp hành Đảng bộ (tỉnh|thành phố|huyện|quận|thị xã)$")
_COMMITTEE_OF = {
    "tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "quận": "Quận ủy",
    "thị xã": "Thị ủy",
}  # fmt: skip
_COMMITTEE_RE = re.compile(
    r"(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy(?: (?:xã|phường|thị trấn))?)(?: (.+))?$"
)
_BYLINE_SPLIT_RE = re.compile(r"\s+[-–]\s+|\s*,\s*|\s+và\s+")
_DEGREES_RE = re.compile(r"^(?:(?:PGS|GS|TS|ThS|Ths|NCS)\.?\s*,?\s*)+")
_BYLINE_PREFIX_RE = re.compile(r"^(?i:(?:bài|tin|ảnh|tác giả)[^:]*:\s*)")
_STANDING_BOARD_RE = re.compile(r"của\s+Ban\s+Thường\s+vụ")
_RESOLUTION_BEFORE_RE = re.compile(r"(?i:nghị\s+quyết)\s*$")
_UNIT_OF = {"Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố", "Huyện ủy": "huyện", "Quận ủy": "quận",
            "Thị ủy": "thị xã", "Đảng ủy xã": "xã", "Đảng ủy phường": "phường",
            "Đảng ủy thị trấn": "thị trấn"}  # fmt: skip
_SIGN_BODY = {"BAN THƯỜNG VỤ": BodyKind.STANDING_BOARD, "ĐOÀN CHỦ TỊCH": BodyKind.PRESIDIUM,
              "ĐẠI HỘI": BodyKind.CONGRESS, "THƯỜNG TRỰC": BodyKind.PERMANENT}  # fmt: skip


class Builder:
    """Turns a :class:`Reading` into records, spans and issues."""

    def __init__(self, reading: Reading) -> None:
        self.r = reading
        self.raw = reading.page.raw
        self.places: list[tuple[int, int, str, str]] = []
        """Where each value was read: (start, end, record, field), made into spans at the end."""
        self.records: dict[str, BaseModel] = {}
        self.resolutions: dict[tuple[str, int], str] = {}

    # ----------------------------------------------------------------------------- helpers

    def span(self, start: int, end: int, record: str, name: str) -> None:
        """Record where a value was read."""
        self.places.append((start, end, record, name))

    def make(self, model: type[BaseModel], data: dict[str, Any], at: int | None) -> Any:
        """Validate a record; on failure report an issue and return None."""
        try:
            return model.model_validate({k: v for k, v in data.items() if v is not None})
        except ValidationError as exc:
            error = exc.errors()[0]
            self.r.issue(
                "record_invalid",
                f"dropped a {model.__name__} that does not validate: {error['msg']} "
                f"(at {'.'.join(str(p) for p in error['loc'])})",
                at,
            )
            return None

    def organ_org(self, organ: str | None) -> str | None:
        """Organisation id an organ belongs to ("Ban Tuyên giáo Tỉnh ủy" → the province)."""
        found = _organ_committee(organ)
        if found is None or found[0] is None:
            return None if found is None else CPV
        unit, locality = found
        if locality:
            return org_key(unit, locality, False)
        same = [k for k, o in self.r.orgs.items() if o.unit == unit]
        return same[0] if len(same) == 1 else None

    # --------------------------------------------------------------------- organisations

    def _parents(self) -> dict[str, str]:
        """Parent organisation ids the text settles: the only one of the level above.

        A district belongs to the province when the text names one province; a commune to
        the district when it names one district (no district: the parent is left open, as
        communes were under districts before July 2025 and under provinces after); a province
        to the Party when the text names the Party.
        """
        by_level: dict[Level, list[str]] = {}
        levels: dict[str, Level] = {}
        for key, draft in self.r.orgs.items():
            level = (
                Level.CENTRAL
                if draft.national or draft.unit is None
                else OrgRef(0, 0, draft.unit, draft.locality).level
            )
            levels[key] = level
            by_level.setdefault(level, []).append(key)
        above = {
            Level.PROVINCE: Level.CENTRAL,
            Level.DISTRICT: Level.PROVINCE,
            Level.GRASSROOTS: Level.DISTRICT,
        }
        parents = {}
        for key, level in levels.items():
            candidates = by_level.get(above[level], []) if level in above else []
            if len(candidates) == 1:
                parents[key] = candidates[0]
        return parents

    def organisations(self) -> list[Organisation]:
        """Organisation records."""
        out = []
        parents = self._parents()
        for key, draft in self.r.orgs.items():
            data: dict[str, Any] = {"id": key, "name": draft.name}
            if draft.national:
                data.update(level="central", committee="Ban Chấp hành Trung ương", issuer_code="TW")
            else:
                assert draft.unit is not None
                level = OrgRef(0, 0, draft.unit, draft.locality).level
                data.update(
                    level=level,
                    locality=draft.locality,
                    committee=f"{UNIT_COMMITTEE[draft.unit]} {draft.locality}",
                    issuer_code="TU"
                    if level is Level.PROVINCE
                    else UNIT_ISSUER_CODE.get(draft.unit),
                )
            parent = parents.get(key)
            if parent is not None:
                data["parent"] = parent
            record = self.make(Organisation, data, None)
            if record is not None:
                out.append(record)
                for start, end, name in draft.spans:
                    self.span(start, end, key, name)
                if parent is not None:
                    self._parent_read(key, draft.name, parent)
        return out

    def _parent_read(self, key: str, name: str, parent: str) -> None:
        """Say where the parent was read (the parent's first mention) and that it is inferred."""
        spans = self.r.orgs[parent].spans
        at = spans[0][0] if spans else None
        if spans:
            self.span(spans[0][0], spans[0][1], key, "parent")
        self.r.issue(
            "parent_inferred",
            f"'{name}' read as part of '{self.r.orgs[parent].name}', the only organisation of "
            "the level above in the text",
            at,
        )

    # ------------------------------------------------------------------------ congresses

    def congresses(self) -> list[Congress]:
        """Congress records (those without a term are reported and left out)."""
        out = []
        for draft in self.r.congresses.values():
            cid = f"dai-hoi-{draft.org}-{to_roman(draft.ordinal).lower()}"
            if draft.term is None:
                self.r.issue(
                    "congress_term_missing",
                    f"congress {to_roman(draft.ordinal)} of {draft.org} has no term in the text; "
                    "it is left out",
                    draft.mentions[0].start,
                )
                continue
            org = self.r.orgs[draft.org]
            name = (
                f"Đại hội đại biểu toàn quốc lần thứ {to_roman(draft.ordinal)} của Đảng"
                if org.national
                else f"Đại hội đại biểu {org.name} lần thứ {to_roman(draft.ordinal)}"
            )
            data: dict[str, Any] = {
                "id": cid,
                "organisation": draft.org,
                "ordinal": draft.ordinal,
                "term": str(draft.term),
                "name": name,
            }
            for role, field in (
                ("prep", "prep_on"),
                ("opened", "opened_on"),
                ("closed", "closed_on"),
            ):
                if role in draft.resolved:
                    data[field] = draft.resolved[role][0]  # a PartialDate is taken as it is
            if draft.place is not None:
                data["place"] = draft.place[0]
            record = self.make(Congress, data, draft.mentions[0].start)
            if record is None:
                continue
            out.append(record)
            self._congress_spans(cid, draft)
        return out

    def _congress_spans(self, cid: str, draft: CongressDraft) -> None:
        for mention in draft.mentions:
            self.span(mention.ordinal_span[0], mention.ordinal_span[1], cid, "ordinal")
            if mention.org is not None and mention.org.end > mention.org.start:
                self.span(mention.org.start, mention.org.end, cid, "organisation")
        for _, (a, b) in draft.terms[:1]:
            self.span(a, b, cid, "term")
        for role, field in (("prep", "prep_on"), ("opened", "opened_on"), ("closed", "closed_on")):
            if role in draft.resolved:
                date = draft.resolved[role][1]
                self.span(date.start, date.end, cid, field)
        if draft.place is not None:
            self.span(draft.place[1], draft.place[2], cid, "place")

    # -------------------------------------------------------------------------- documents

    def citation(self, cit: Citation) -> Document | None:
        """A record for a cited document."""
        kind = cit.kind
        label = kind.label
        number = str(cit.number) if cit.number else None
        issued = None
        if cit.date_text:
            try:
                issued = PartialDate.parse(cit.date_text)
            except ValueError:
                self.r.issue(
                    "date_invalid", f"citation date {cit.date_text!r} does not exist", cit.start
                )
        if cit.mismatch:
            self.r.issue(
                "citation_kind_mismatch",
                f"'{cit.mismatch}' with number {number}; the type code says {label}",
                cit.start,
            )
        body = squeeze(cit.body_text) if cit.body_text is not None else None
        about = squeeze(cit.about) if cit.about else None
        org = None
        if cit.body is not None:
            org = CPV if cit.body_central else self.organ_org(_committee_text(cit.body, body))
        if cit.number is not None:
            key = slug(f"{label} {number}") + (f"-{issued.year}" if issued else "")
            title = f"{label} số {number}"
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
        record: Document | None = self.make(model, data, cit.start)
        if record is not None:
            if cit.number_span:
                self.span(*cit.number_span, key, "number")
            if cit.date_span and issued:
                self.span(*cit.date_span, key, "issued_on")
            if cit.body_span and "issuer" in data:
                self.span(*cit.body_span, key, "issuer")
            if cit.about_span:
                self.span(*cit.about_span, key, "summary")
        return record

    # ------------------------------------------------------------------------ resolutions

    def congress_resolution(self, draft: CongressDraft, congress: Congress) -> dict[str, Any]:
        """Data of the resolution a congress adopted."""
        org = self.r.orgs[draft.org]
        key = f"nghi-quyet-{congress.id}"
        title = f"Nghị quyết {congress.name}, nhiệm kỳ {congress.term}"
        self.resolutions[(draft.org, draft.ordinal)] = key
        return {
            "type": "nghi-quyet",
            "id": key,
            "title": title,
            "congress": congress.id,
            "term": str(congress.term),
            "issuer": {
                "organisation": draft.org,
                "body": "congress",
                "name": "Đại hội đại biểu toàn quốc" if org.national else f"Đại hội {org.name}",
            },
        }

    def goal(self, record: str) -> dict[str, Any] | None:
        """The general goal, with spans under ``record``."""
        goal = self.r.goal
        if goal is None:
            return None
        self.span(goal.start, goal.end, record, "general_goal.text")
        milestones = []
        for i, (year, text, a, b) in enumerate(goal.milestones):
            milestones.append({"year": year, "text": text})
            self.span(a, b, record, f"general_goal.milestones.{i}")
        return {"text": goal.text, "milestones": milestones}

    def targets(self, record: str, term: str | None, *, results: bool = False) -> list[Target]:
        """Target models of the new targets, or of the results already reached (``results``).

        A result keeps its value as ``achieved`` (and the earlier target as ``value`` when the
        "achieved/target" notation prints it). Spans go to ``record`` ("" when no resolution
        holds them) under ``targets`` or ``achievements``.
        """
        out = []
        mentions = [m for m in self.r.targets if m.result is results]
        name = "achievements" if results else "targets"
        for i, mention in enumerate(mentions):
            plain_result = mention.result and mention.achieved is None
            data: dict[str, Any] = {
                "indicator": mention.indicator,
                "value": None if plain_result else mention.value,  # a Quantity is taken as it is
                "unit": mention.unit,
                "qualifier": mention.qualifier,  # enum members are taken as they are
                "deadline": mention.deadline,
                "period": term if mention.five_years and not mention.deadline else None,
                "area": mention.area,
                "achieved": mention.value if plain_result else mention.achieved,
                "printed": mention.printed,
            }
            target = self.make(Target, data, mention.start)
            if target is not None:
                out.append(target)
                self.span(
                    mention.value_span[0],
                    mention.value_span[1],
                    record,
                    f"{name}.{i}.{'achieved' if plain_result else 'value'}",
                )
        return out

    # --------------------------------------------------------------------------- people

    def people(self) -> tuple[list[Person], list[str]]:
        """Person records and the ids of the authors."""
        found: dict[str, dict[str, Any]] = {}
        authors: list[str] = []

        def add(
            name: str,
            titles: list[tuple[str, str, str | None, int, int]],
            span: tuple[int, int],
            byline: str | None = None,
        ) -> str:
            clean = proper_case_name(name)
            key = slug(clean)
            entry = found.setdefault(key, {"id": key, "name": clean, "titles": []})
            if byline and clean != byline:
                entry["byline"] = byline
            self.span(span[0], span[1], key, "name")
            for printed, post, organ, a, b in titles:
                folded = " ".join(printed.split())
                if any(t["printed"] == folded for t in entry["titles"]):
                    continue
                self.span(a, b, key, f"titles.{len(entry['titles'])}")
                entry["titles"].append(
                    {
                        "printed": folded,
                        "post": post,
                        "organ": organ,
                        "organisation": self.organ_org(organ),
                    }
                )
            return key

        for byline in self.r.layout.bylines:
            for name in _BYLINE_SPLIT_RE.split(byline.printed):
                clean = _DEGREES_RE.sub("", name).strip()
                clean = _BYLINE_PREFIX_RE.sub("", clean).strip()
                if clean:
                    key = add(
                        clean,
                        byline.titles,
                        (byline.start, byline.end),
                        clean if clean.isupper() else None,
                    )
                    if key not in authors:
                        authors.append(key)
        for person in self.r.people:
            titles = [(t.printed, t.post, t.organ, t.start, t.end) for t in person.titles]
            add(person.name, titles, (person.start, person.end))
        sign = self.r.layout.signature
        if sign is not None and sign.name and sign.name_span:
            titles = []
            if sign.post:
                post = proper_case_name(sign.post)
                post = post[:1] + post[1:].lower()
                for word in ("Bí thư", "Trưởng Ban", "Chủ tịch", "Chánh Văn phòng", "Chủ nhiệm"):
                    post = re.sub(word, word, post, flags=re.IGNORECASE)
                organ = self._header_committee()
                titles = [(post, post, organ, sign.name_span[0], sign.name_span[0])]
            add(sign.name, titles, sign.name_span)
        out = []
        for entry in found.values():
            person = self.make(Person, entry, None)
            if person is not None:
                out.append(person)
        return out, authors

    def _header_committee(self) -> str | None:
        for key, org in self.r.orgs.items():
            if not org.national and org.unit is not None and key == self.header_org():
                return f"{UNIT_COMMITTEE[org.unit]}"
        return None

    def header_org(self) -> str | None:
        """The organisation named in the document header, if any."""
        header = self.r.layout.header
        if not header:
            return None
        end = header[-1].end
        refs = [ref for ref, key in self.r.org_refs if ref.start <= end]
        assert self.r.context is not None
        for ref in self.r.context.orgs:
            if ref.start <= end and ref.explicit:
                key = (
                    org_key(ref.unit, ref.locality, ref.national)
                    if (ref.locality or ref.national)
                    else None
                )
                if key in self.r.orgs:
                    return key
        for ref, key in self.r.org_refs:
            if ref in refs:
                return key
        return None

    # ---------------------------------------------------------------------- main record

    def points(self, record: str) -> list[dict[str, Any]]:
        """Points of the main record."""
        out = []
        for i, point in enumerate(self.r.points):
            out.append({"label": point.label, "heading": point.heading, "text": point.text})
            self.span(point.start, point.end, record, f"points.{i}")
        return out

    def header(self, key_hint: str) -> dict[str, Any]:
        """Number, place and date, issuer and signature of a Party document's header."""
        r = self.r
        data: dict[str, Any] = {}
        lines = r.layout.header + r.layout.summary
        for line in lines:
            number = HEADER_NUMBER_RE.search(r.page.fold, line.start, line.end)
            if number is not None and "number" not in data:
                try:
                    data["number"] = str(DocumentNumber.parse(number["number"]))
                    data["_number_span"] = (number.start("number"), number.end("number"))
                except ValueError:
                    pass
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
        org = self.header_org()
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

    def relations(self, cited: list[tuple[Citation, Document]]) -> list[dict[str, str]]:
        """Relations from the main record to the cited documents."""
        out = []
        fold = self.r.page.fold
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


def _title_text(reading: Reading) -> tuple[str, int, int] | None:
    layout = reading.layout
    if layout.kind is not None and layout.kind_line is not None:
        summary = " ".join(reading.page.cut(ln.start, ln.end) for ln in layout.summary)
        if summary.isupper():
            summary = summary.lower()
        title = f"{layout.kind.label} {summary}".strip()
        end = layout.summary[-1].end if layout.summary else layout.kind_line.end
        return title, layout.kind_line.start, end
    if layout.title is not None:
        return (
            reading.page.cut(layout.title.start, layout.title.end),
            layout.title.start,
            layout.title.end,
        )
    return None


def build(reading: Reading) -> ExtractionResult:
    """Build every record and return the result."""
    b = Builder(reading)
    organisations = b.organisations()
    congresses = b.congresses()
    drafts = {
        f"dai-hoi-{d.org}-{to_roman(d.ordinal).lower()}": d for d in reading.congresses.values()
    }
    main_congress = None
    if congresses:
        main_congress = max(
            congresses, key=lambda c: (len(drafts[c.id].mentions), -drafts[c.id].mentions[0].start)
        )
    cited: list[tuple[Citation, Document]] = []
    documents: dict[str, Document] = {}
    congress_number: dict[str, tuple[str, tuple[int, int] | None]] = {}
    own = [(ln.start, ln.end) for ln in reading.layout.header] if reading.layout.kind else []
    for cit in reading.citations:
        if own and any(start <= cit.start < end for start, end in own):
            continue  # "Số 25-CT/TU" in the header: the document's own number, not a citation
        if (
            cit.body is BodyKind.CONGRESS
            and cit.number is not None
            and cit.kind is DocumentKind.RESOLUTION
        ):
            owner = _congress_at(reading, drafts, cit)
            if owner is not None:
                congress_number[owner] = (str(cit.number), cit.number_span)
                continue
        doc = b.citation(cit)
        if doc is not None and doc.id not in documents:
            documents[doc.id] = doc
            cited.append((cit, doc))
    for cit, doc in cited:
        if doc.number is None and cit.about_span is not None:
            for cid, draft in drafts.items():
                if any(cit.about_span[0] <= m.start < cit.about_span[1] for m in draft.mentions):
                    congress_number.setdefault(cid, ("", None))
    title = _title_text(reading)
    is_document = reading.layout.kind is not None
    main_kind = reading.layout.kind
    main_congress_id = main_congress.id if main_congress else None
    if is_document and main_kind is DocumentKind.RESOLUTION and main_congress is not None and title:
        summary_start = title[1]
        for cid, draft in drafts.items():
            if any(summary_start <= m.start <= title[2] for m in draft.mentions):
                main_congress_id = cid
    resolutions: dict[str, dict[str, Any]] = {}
    for congress in congresses:
        draft = drafts[congress.id]
        wanted = (
            congress.id in congress_number
            or any(
                ends_with(reading.page.low, ("quyết",), max(0, m.start - 15), m.start)
                and _RESOLUTION_BEFORE_RE.search(reading.page.fold, max(0, m.start - 15), m.start)
                for m in draft.mentions
            )
            or (congress.id == main_congress_id and (reading.goal or reading.targets))
        )
        if wanted or (
            is_document and main_kind is DocumentKind.RESOLUTION and congress.id == main_congress_id
        ):
            data = b.congress_resolution(draft, congress)
            number = congress_number.get(congress.id)
            if number and number[0]:
                data["number"] = number[0]
                if number[1]:
                    b.span(*number[1], data["id"], "number")
            resolutions[congress.id] = data
    goal_holder = resolutions.get(main_congress_id or "")
    term = str(main_congress.term) if main_congress else None
    if main_congress_id and main_congress_id in drafts:
        term = str(drafts[main_congress_id].term) if drafts[main_congress_id].term else term
    if goal_holder is not None:
        goal = b.goal(goal_holder["id"])
        if goal is not None:
            goal_holder["general_goal"] = goal
    targets = b.targets(goal_holder["id"] if goal_holder else "", term)
    achievements = b.targets("", term, results=True)
    if goal_holder is not None and targets:
        goal_holder["targets"] = targets
        goal_holder["horizon"] = None
    elif targets and goal_holder is None:
        reading.issue(
            "targets_without_resolution",
            "targets were read but no resolution holds them; they are on the result only",
            next(m.start for m in reading.targets if not m.result),
        )
    for cit, doc in cited:
        if cit.about_span is None or doc.number is not None:
            continue
        for cid, draft in drafts.items():
            if cid in resolutions and any(
                cit.about_span[0] <= m.start < cit.about_span[1] for m in draft.mentions
            ):
                data = doc.model_dump(mode="json", exclude_defaults=True, by_alias=True)
                data["relations"] = [{"kind": "implements", "target": resolutions[cid]["id"]}]
                rebuilt = b.make(type(doc), data, cit.start)
                if rebuilt is not None:
                    documents[doc.id] = rebuilt
    people, authors = b.people()
    main = _main(
        b, reading, title, congresses, resolutions, main_congress_id, cited, authors, targets
    )
    docs: list[Document] = []
    for cid, data in resolutions.items():
        if main is not None and isinstance(main, Resolution) and main.congress == cid:
            continue
        record = b.make(Resolution, data, None)
        if record is not None:
            docs.append(record)
    docs.extend(documents.values())
    return ExtractionResult(
        reading.page.raw,
        main,
        docs,
        organisations,
        congresses,
        people,
        targets,
        reading.issues,
        spans_from(reading.page.raw, b.places),
        spans_from(
            reading.page.raw,
            [(ln.start, ln.end, "", reason) for ln, reason in reading.page.ignored]
            + [(ln.start, ln.end, "", "menu") for ln in reading.layout.menu],
        ),
        achievements=achievements,
    )


def _committee_text(kind: BodyKind | None, body: str | None) -> str | None:
    """The issuing body's name (whitespace collapsed) for :meth:`Builder.organ_org`, if any."""
    if body is None:
        return None
    if kind is BodyKind.EXECUTIVE_COMMITTEE and body.startswith("Ban Chấp hành Đảng bộ"):
        return None
    return body


@lru_cache(maxsize=1024)
def _organ_committee(organ: str | None) -> tuple[str | None, str | None] | None:
    """(unit, locality or None) of the committee an organ belongs to; (None, None) if central."""
    if organ is None:
        return None
    if _CENTRAL_ORGAN_RE.search(organ):
        return None, None
    organ = _EXECUTIVE_COMMITTEE_RE.sub(lambda m: _COMMITTEE_OF[m[1]], organ)
    match = _COMMITTEE_RE.search(organ)
    if match is None:
        return None
    unit = _UNIT_OF.get(match[1])
    return (unit, match[2]) if unit is not None else None


def _publication(reading: Reading, tag: str) -> str:
    """Name a publication from its tag: "TUAG" is the Tỉnh ủy of the province with initials AG."""
    from vnpartydoc.extract.lexicon import provinces

    for prefix, name in (("TU", "Tỉnh ủy"), ("B", "Báo")):
        if tag.startswith(prefix):
            for province in provinces().values():
                if tag == prefix + province.initials and any(
                    o.locality == province.name for o in reading.orgs.values()
                ):
                    return f"{name} {province.name}"
    return tag


def _intro_closing(reading: Reading) -> tuple[list[str], list[str]]:
    """Body lines of an article before its first point and after it, outside the points."""
    lead, raw = reading.layout.lead, reading.page.raw
    body = [ln for ln in reading.layout.body if ln is not lead]
    if not reading.points:
        return [squeeze(raw[ln.start : ln.end]) for ln in body], []
    in_points = [(p.start, p.end) for p in reading.points]
    first_point = in_points[0][0]
    intro: list[str] = []
    closing: list[str] = []
    for ln in body:
        start = ln.start
        if start == first_point or any(a <= start < z for a, z in in_points):
            continue
        (intro if start < first_point else closing).append(squeeze(raw[start : ln.end]))
    return intro, closing


def _congress_at(reading: Reading, drafts: dict[str, CongressDraft], cit: Citation) -> str | None:
    if cit.body_span is None:
        return None
    for cid, draft in drafts.items():
        if any(cit.body_span[0] <= m.start <= cit.body_span[1] for m in draft.mentions):
            return cid
    return None


def _main(
    b: Builder,
    reading: Reading,
    title: tuple[str, int, int] | None,
    congresses: list[Congress],
    resolutions: dict[str, dict[str, Any]],
    main_congress: str | None,
    cited: list[tuple[Citation, Document]],
    authors: list[str],
    targets: list[Target],
) -> Document | None:
    layout = reading.layout
    if title is None:
        first = layout.body[0] if layout.body else None
        if first is None:
            return None
        text = " ".join(reading.page.cut(first.start, first.end).split()[:20])
        title = (text, first.start, first.end)
        reading.issue(
            "title_missing",
            "no title line found; the first words of the text are used",
            first.start,
        )
    if layout.kind is not None:
        if layout.kind is DocumentKind.RESOLUTION and main_congress in resolutions:
            data = dict(resolutions[main_congress])
            key = data["id"]
        else:
            key = slug(title[0])[:80].rstrip("-") or "van-ban"
            data = {"type": layout.kind.value, "id": key, "title": title[0]}
        header = b.header(key)
        data.update({k: v for k, v in header.items() if not k.startswith("_")})
        if "_number_span" in header:
            number_span: tuple[int, int] = header["_number_span"]
            b.span(number_span[0], number_span[1], key, "number")
            if layout.kind.abbreviation is None or DocumentNumber.parse(
                header["number"]
            ).kind_code not in (layout.kind.abbreviation,):
                pass
            key2 = slug(f"{layout.kind.label} {header['number']}") + (
                f"-{header['issued_on'][:4]}" if "issued_on" in header else ""
            )
            if data["id"] == key:
                data["id"] = (
                    key2 if data["type"] != "nghi-quyet" or "congress" not in data else data["id"]
                )
                key = data["id"]
        if "_date_span" in header:
            date_span: tuple[int, int] = header["_date_span"]
            b.span(date_span[0], date_span[1], key, "issued_on")
        if data["type"] == "nghi-quyet" and "congress" not in data and main_congress:
            data["congress"] = main_congress
    else:
        key = slug(title[0])[:80].rstrip("-") or "bai-viet"
        about = [c.id for c in congresses] + [r["id"] for r in resolutions.values()]
        lead = layout.lead
        lead_text = None
        if lead is not None:
            tag = TAG_RE.match(reading.page.fold, lead.start, lead.end)
            lead_text = reading.page.cut(tag.end() if tag else lead.start, lead.end) or None
        intro, closing = _intro_closing(reading)
        data = {
            "type": "bai-viet",
            "id": key,
            "title": title[0],
            "authors": authors,
            "about": about,
            "lead": lead_text,
            "intro": intro,
            "closing": closing,
        }
        if layout.tag:
            data["publication"] = {"name": _publication(reading, layout.tag), "tag": layout.tag}
            assert layout.tag_span is not None
            b.span(*layout.tag_span, key, "publication.tag")
    b.span(title[1], title[2], key, "title")
    data["points"] = b.points(key)
    data["relations"] = data.get("relations", []) + b.relations(cited)
    if data["type"] == "nghi-quyet" and targets and "targets" not in data:
        data["targets"] = targets
    models: dict[str, type[BaseModel]] = {
        "bai-viet": Article,
        "nghi-quyet": Resolution,
        "chi-thi": Directive,
        "ke-hoach": Plan,
    }
    model = models.get(data["type"], GenericDocument)
    record: Document | None = b.make(model, data, title[1])
    _ = Source, Goal, Milestone, Point, Publication, Relation, Signature, Title, Issuer
    return record
