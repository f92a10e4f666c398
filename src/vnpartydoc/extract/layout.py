"""Step 2: the layout of the page: title, document header, lead and tag, bylines, signature.

Press articles have a title, an optional lead opening with the publication tag ("(TUAG)-"),
paragraphs, and a byline at the end (an ALL-CAPS name, often followed by a title line).
Party documents have a header (issuer lines, "Số 05-CT/TU", "Hậu Giang, ngày 12 tháng 11 năm
2020"), a kind heading ("CHỈ THỊ") with its summary lines, and a signature block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vnpartydoc.enums import DocumentKind, SigningMode
from vnpartydoc.extract.bylines import (
    CAPS_NAME_RE,
    MIXED_NAME_RE,
    Byline,
    name_parts,
    names_in,
    pen_names,
    read_byline,
)
from vnpartydoc.extract.lexicon import UPPER
from vnpartydoc.extract.points import ANY_MARKER_RE, marker_of
from vnpartydoc.patterns import date_in_words

if TYPE_CHECKING:
    from vnpartydoc.extract.clean import CleanText, Line

__all__ = ["Byline", "Layout", "SignatureBlock", "read_layout"]

PLACE_DATE_RE = re.compile(
    rf"(?P<place>[{UPPER}][^\d,\n]{{1,40}}?),\s*(?P<date>ngày\s+{date_in_words()})"
)
"""The place and date line of a document header ("Hậu Giang, ngày 12 tháng 11 năm 2020")."""

LONG = 20
"""A line of at least this many words is a paragraph, not a title, heading or menu item."""

KIND_HEADINGS: dict[str, DocumentKind] = {
    "NGHỊ QUYẾT": DocumentKind.RESOLUTION,
    "CHỈ THỊ": DocumentKind.DIRECTIVE,
    "KẾ HOẠCH": DocumentKind.PLAN,
    "KẾT LUẬN": DocumentKind.CONCLUSION,
    "THÔNG BÁO": DocumentKind.NOTICE,
    "QUY ĐỊNH": DocumentKind.REGULATION,
    "QUYẾT ĐỊNH": DocumentKind.DECISION,
    "HƯỚNG DẪN": DocumentKind.GUIDANCE,
    "BÁO CÁO": DocumentKind.REPORT,
    "CHƯƠNG TRÌNH": DocumentKind.PROGRAMME,
    "CHƯƠNG TRÌNH HÀNH ĐỘNG": DocumentKind.PROGRAMME,
    "THÔNG TRI": DocumentKind.CIRCULAR,
    "QUY CHẾ": DocumentKind.WORKING_RULES,
    "ĐỀ ÁN": DocumentKind.SCHEME,
    "TỜ TRÌNH": DocumentKind.SUBMISSION,
    "THÔNG CÁO": DocumentKind.COMMUNIQUE,
    "LỜI KÊU GỌI": DocumentKind.APPEAL,
}
KIND_HEADING_RE = re.compile(
    rf"^(?P<kind>{'|'.join(sorted(KIND_HEADINGS, key=len, reverse=True))})$"
)
RUN_ON_HEADING_RE = re.compile(
    rf"^(?P<kind>{'|'.join(sorted(KIND_HEADINGS, key=len, reverse=True))})\s+(?P<rest>\S.*)$"
)
"""A kind heading that runs on in the same line: "BÁO CÁO CHÍNH TRỊ", "NGHỊ QUYẾT CỦA BỘ
CHÍNH TRỊ về đổi mới …", "KẾ HOẠCH TUYÊN TRUYỀN NHỮNG CHỦ ĐỀ LỚN …"."""
_HEADING_FIRST = frozenset(label[0] for label in KIND_HEADINGS)
ABOUT_TAIL = " về "
"""Where a run-on heading's summary may turn to lower case ("… CỦA BỘ CHÍNH TRỊ về …")."""
TAG_RE = re.compile(
    rf"""
    (?!TP\.)(?P<bare>[A-ZĐ][A-ZĐ0-9.]{{1,14}})\s*[-\u2013\u2014]\s
                                        # a code in capitals before a dash: "VOV.VN - ",
                                        # "TPO - " (not a city, "TP.HCM - ")
    |
    (?:[{UPPER}]\w*(?:\s[{UPPER}]\w*){{0,3}}\s+(?=\(\S+\s+\d{{1,2}}/\d{{1,2}}\)))?
                                        # a dateline's place before a tag with a date:
                                        #   "Hà Nội (TTXVN 1/12) …"
    \(\s*
    (?:
      (?P<tag>[A-ZĐ][A-ZĐ0-9.]{{1,14}})  # an abbreviation: "TUAG", "ĐCSVN", "QBĐT", "PL"
      (?:\s+\d{{1,2}}/\d{{1,2}})?           # the dateline's day and month: "(TTXVN 1/12)"
      \s*\)\s*[-\u2013\u2014:]?
    |
      (?P<name>[{UPPER}][\w.]{{1,15}}(?:\s[\w.]{{1,10}})?)
                                        # a name as the paper prints it: "Dân trí",
      \s*\)\s*[-\u2013\u2014]          # "QK7 Online", "Chinhphu.vn"; then a dash
    )
    \s*
    """,
    re.VERBOSE,
)
"""The publication tag that opens an article's lead (or its headline): in brackets, or a code in
capitals before a dash ("VOV.VN - Sáng nay …").

An abbreviation in brackets may stand alone ("(TTV) Người dân …"); a name printed in mixed case
or in two words is the publication's name, read only when a dash follows it, as in a lead
("(Dân trí) - 8h sáng …"), so that a bracketed place or remark opening a line ("(Hà Nội)") is
not read as one.
"""
SIGN_RE = re.compile(r"^(?P<mode>T/M|K/T|T/L|T/UQ|TM\.|KT\.|TL\.)\s*(?P<body>.+)$")
SIGNED_RE = re.compile(r"^\((?:đã\s+ký|ký\s+tên.*|ký,.*)\)$", re.IGNORECASE)
_MODES = {"T/M": "T/M", "TM.": "T/M", "K/T": "K/T", "KT.": "K/T", "T/L": "T/L", "TL.": "T/L"}
LIST_ITEM_RE = re.compile(rf"(?:\d{{1,2}}\s*[.)]|[-+•\u2013])\s*[{UPPER}]")
"""A short line that is an item of the list above it: "2. Đồng chí …", "- Bà …"."""


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """The signature block of a Party document."""

    mode: SigningMode | None
    on_behalf_of: str | None
    post: str | None
    name: str | None
    name_span: tuple[int, int] | None
    lines: tuple[int, ...]


@dataclass
class Layout:
    """Where the parts of the page are."""

    title: Line | None = None
    kind: DocumentKind | None = None
    kind_line: Line | None = None
    summary: list[Line] = field(default_factory=list)
    header: list[Line] = field(default_factory=list)
    tag: str | None = None
    """The publication tag as an abbreviation ("TUAG")."""
    tag_span: tuple[int, int] | None = None
    press: str | None = None
    """The publication's name where it is printed in the tag's place ("(Dân trí) -")."""
    lead: Line | None = None
    body: list[Line] = field(default_factory=list)
    bylines: list[Byline] = field(default_factory=list)
    signature: SignatureBlock | None = None
    menu: list[Line] = field(default_factory=list)

    @property
    def content(self) -> list[Line]:
        """Every line facts are read from, in page order."""
        lines = [*self.header, *self.summary, *self.body]
        if self.title is not None and self.kind is None:
            lines.append(self.title)
        return sorted(lines, key=lambda line: line.start)


def _signature(page: CleanText, kept: list[Line]) -> SignatureBlock | None:
    for i, line in enumerate(kept):
        match = SIGN_RE.match(line.text) if line.text[0] in "TK" else None
        if match is None:
            continue
        rest = kept[i + 1 : i + 4]
        used = [line.index]
        post = name = None
        span = None
        for other in rest:
            if SIGNED_RE.match(other.text):
                used.append(other.index)
            elif post is None and other.text == other.text.upper():
                post = other.text
                used.append(other.index)
            elif MIXED_NAME_RE.match(other.text) or CAPS_NAME_RE.match(other.text):
                name, span = page.cut(other.start, other.end), (other.start, other.end)
                used.append(other.index)
                break
        mode = (
            SigningMode(_MODES[match["mode"].upper()]) if match["mode"].upper() in _MODES else None
        )
        return SignatureBlock(mode, match["body"], post, name, span, tuple(used))
    return None


def _title(kept: list[Line], first_long: int) -> Line | None:
    candidates = [
        line for line in kept[:first_long] if line.words >= 4 and not TAG_RE.match(line.text)
    ]
    candidates = [c for c in candidates if names_in(c.text, caps_only=True) is None]
    for line in candidates:
        if not line.text.endswith("."):
            return line
    return candidates[0] if candidates else None


def _header(page: CleanText, layout: Layout, kept: list[Line]) -> int:
    """Find a kind heading; return the index of the first body line."""
    for i, line in enumerate(kept[:20]):
        kind = KIND_HEADINGS.get(line.text)  # KIND_HEADING_RE.match, as a look-up
        if kind is None and line.text[0] in _HEADING_FIRST:
            kind = _run_on_heading(line.text)
        if kind is None:
            continue
        layout.kind, layout.kind_line, layout.header = kind, line, kept[:i]
        j = i + 1
        while (
            j < len(kept)
            and kept[j].index == kept[j - 1].index + 1
            and kept[j].words <= 60
            and len(layout.summary) < 3
            and _continues_summary(layout.summary, kept[j])
        ):
            layout.summary.append(kept[j])
            j += 1
        return j
    return 0


def _run_on_heading(text: str) -> DocumentKind | None:
    """The kind of a heading that runs on in capitals, up to an optional "về …" in lower case.

    The words after the kind are capitals ("BÁO CÁO CHÍNH TRỊ"); a line that turns to lower case
    anywhere else ("Kế hoạch …", "KẾ HOẠCH số 12 đã …") is a sentence or a title, not a heading.
    """
    match = RUN_ON_HEADING_RE.match(text)
    if match is None:
        return None
    rest = match["rest"]
    if "/" in rest:
        # a number in it cites another document: "HƯỚNG DẪN THỰC HIỆN QUY ĐỊNH SỐ 07-QĐI/TW"
        return None
    head = rest.split(ABOUT_TAIL, 1)[0]
    if head != head.upper() or not any(c.isalpha() for c in head):
        return None
    return KIND_HEADINGS[match["kind"]]


def _continues_summary(summary: list[Line], line: Line) -> bool:
    """Whether ``line``, right under the kind heading or the summary so far, is summary.

    The summary (trích yếu) is a phrase: a sentence ended on the line before, a lead-in to a
    list ("… yêu cầu:"), a paragraph or a numbered point begins the body.
    """
    if summary and summary[-1].text[-1] in ".:;!?":
        return False
    return not (line.text[-1] == ":" or _is_paragraph(line) or ANY_MARKER_RE.match(line.text))


_MARKER_FIRST = frozenset("IVXTtMmHhBbNnSsCcabcdefghklmnđ(")
"""First letters of a point marker (:data:`~vnpartydoc.extract.points.MARKERS`) other than
digits: Roman numerals, "Thứ …", "Một là" … "Mười là", "a)", "(1)"."""


def _next_point(marker: tuple[str, int] | None, line: Line) -> bool:
    """Whether ``line`` opens the point after ``marker`` ("Hai là, …" after "Một là, …").

    A short last line cut by the excerpt is then still the text's point, not the page's chrome.
    """
    if marker is None:
        return False
    found = marker_of(line.text)
    return found is not None and found == (marker[0], marker[1] + 1)


def _is_paragraph(line: Line) -> bool:
    return line.words >= 30 or (line.words >= LONG and line.text[-1] in '.!?:;”"')


def _read_tag(layout: Layout, line: Line) -> None:
    """Take ``line`` as the lead if it opens with a publication tag ("(TUAG)-", "(BQP) -").

    Only the lines up to the one after the first paragraph-sized line are asked (a long
    headline looks like a paragraph): the tag line may follow the headline, the date line, a
    photo caption or a site's banner, but not the body's paragraphs.
    """
    tag = TAG_RE.match(line.text)
    if tag is None:
        return
    group = "tag" if tag["tag"] else "bare"
    if tag[group]:
        layout.tag = tag[group]
        layout.tag_span = (line.start + tag.start(group), line.start + tag.end(group))
    else:
        layout.press = tag["name"]
    layout.lead = line


def read_layout(page: CleanText) -> Layout:
    """Find title, header, lead, bylines, signature and body among the kept lines."""
    layout = Layout()
    signature = _signature(page, page.kept)
    layout.signature = signature
    kept = [line for line in page.kept if signature is None or line.index not in signature.lines]
    first = _header(page, layout, kept)
    longs = [i for i, line in enumerate(kept) if _is_paragraph(line)]
    first_long = longs[0] if longs else len(kept)
    last_long = longs[-1] if longs else -1
    if layout.kind is None:
        layout.title = _title(kept, first_long)
    elif layout.kind_line is not None and layout.kind_line.text not in KIND_HEADINGS:
        # a heading that runs on names what a title names ("… ĐẠI HỘI … LẦN THỨ XIV CỦA ĐẢNG")
        layout.title = layout.kind_line
    skip: set[int] = set()
    shaped = [
        (i, parts)
        for i in range(last_long + 1, len(kept))
        if kept[i].words <= 12
        and kept[i].text[0].isupper()  # a name's first letter: most chrome fails here
        and kept[i] is not layout.title
        and (parts := name_parts(kept[i].text)) is not None
    ]
    if len(shaped) == 1 and last_long >= 0 and pen_names(shaped[0][1]):
        # one line of names after the text signs it; several are a list of tags or places
        line = kept[shaped[0][0]]
        layout.bylines.append(Byline(page.cut(line.start, line.end), line.start, line.end, []))
        skip.add(shaped[0][0])
    for zone in (range(first, first_long), range(last_long + 1, len(kept))):
        for i in zone:
            if i in skip or kept[i] is layout.title:
                continue
            found = read_byline(page, kept[i], kept[i + 1] if i + 1 < len(kept) else None)
            if found is not None:
                layout.bylines.append(found[0])
                skip.add(i)
                if found[1]:
                    skip.add(i + 1)
    listing = False  # under a line ending with a colon, through the items of its list
    marker = None  # the style and value of the last body line's point marker
    for i, line in enumerate(kept[first:], start=first):
        if i in skip or line is layout.title:
            continue
        if layout.title is not None and line.start < layout.title.start:
            layout.menu.append(line)
            continue
        if (
            i > last_long
            and line.words <= 8
            and line.text[-1] not in ".!?:;"
            and not (listing and LIST_ITEM_RE.match(line.text))
            and not _next_point(marker, line)
        ):
            layout.menu.append(line)
            continue
        if line.text[0] in _MARKER_FIRST or line.text[0].isdigit():
            marker = marker_of(line.text) or marker
        listing = line.text[-1] == ":" or (listing and LIST_ITEM_RE.match(line.text) is not None)
        if layout.lead is None and i <= first_long + 1:
            _read_tag(layout, line)
        layout.body.append(line)
    return layout
