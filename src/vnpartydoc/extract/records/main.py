"""Records stage: the main record, the article or Party document the text itself is."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from vnpartydoc.enums import DocumentKind
from vnpartydoc.extract.layout import TAG_RE
from vnpartydoc.extract.records.aims import general_goal, main_holds_goal, point_data
from vnpartydoc.extract.records.documents import header_data, relations_to
from vnpartydoc.extract.scan import slug
from vnpartydoc.models import (
    Article,
    Congress,
    Directive,
    Document,
    GenericDocument,
    Plan,
    Resolution,
    Target,
)
from vnpartydoc.types import DocumentNumber

if TYPE_CHECKING:
    from vnpartydoc.extract.citations import Citation
    from vnpartydoc.extract.records.builder import Builder
    from vnpartydoc.extract.state import Reading

__all__ = ["main_record", "title_text"]


def title_text(reading: Reading) -> tuple[str, int, int] | None:
    """Title of the text and its span: a document's kind and summary, else the title line."""
    layout = reading.layout
    if layout.kind is not None and layout.kind_line is not None:
        words = len(layout.kind.label.split())
        heading = reading.page.cut(layout.kind_line.start, layout.kind_line.end).split(None, words)
        run_on = heading[words:]  # a heading that runs on: "BÁO CÁO CHÍNH TRỊ"
        summary = " ".join(run_on + [reading.page.cut(ln.start, ln.end) for ln in layout.summary])
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


def main_record(
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
    """The record of the text itself: a Party document (from its header) or an article."""
    layout = reading.layout
    if title is None:
        first = layout.body[0] if layout.body else None
        if first is None:
            return None
        text = " ".join(reading.page.cut(first.start, first.end).split()[:20])
        title = (text, first.start, first.end)
        b.issue(
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
        header = header_data(b, key)
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
        if main_holds_goal(reading, resolutions):
            data["general_goal"] = general_goal(b, key)  # the resolution or plan the text is
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
        elif layout.press:
            data["publication"] = {"name": layout.press}
    b.span(title[1], title[2], key, "title")
    data["points"] = point_data(b, key)
    data["relations"] = data.get("relations", []) + relations_to(b, cited)
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
    return record


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
    lead, cut = reading.layout.lead, reading.page.cut
    body = [ln for ln in reading.layout.body if ln is not lead]
    if not reading.points:
        return [cut(ln.start, ln.end) for ln in body], []
    in_points = [(p.start, p.end) for p in reading.points]
    first_point = in_points[0][0]
    intro: list[str] = []
    closing: list[str] = []
    for ln in body:
        start = ln.start
        if start == first_point or any(a <= start < z for a, z in in_points):
            continue
        (intro if start < first_point else closing).append(cut(start, ln.end))
    return intro, closing
