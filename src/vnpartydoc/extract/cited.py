"""Stage 3, mentions: the words of a cited document: its kind, its issuing body, its subject.

Shared by :mod:`~vnpartydoc.extract.citations` (numbered citations) and
:mod:`~vnpartydoc.extract.unnumbered` (citations without a full Party number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpartydoc.enums import BodyKind, DocumentKind
from vnpartydoc.extract.lexicon import LOWER, UPPER
from vnpartydoc.patterns import date_in_words, numeric_date
from vnpartydoc.types import DocumentNumber

__all__ = ["BODY_PATTERNS", "DATE_BEFORE_RE", "KIND_PATTERN", "KIND_WORDS", "Citation", "body_at"]

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
    "quy chế làm việc": DocumentKind.WORKING_RULES,  # the kind's full name: "… của Ủy ban …"
    "quy chế": DocumentKind.WORKING_RULES,
    "chương trình hành động": DocumentKind.PROGRAMME,
    "chương trình": DocumentKind.PROGRAMME,
    "đề án": DocumentKind.SCHEME,
    "báo cáo": DocumentKind.REPORT,
    "tờ trình": DocumentKind.SUBMISSION,
    "công văn": DocumentKind.OFFICIAL_LETTER,
    "thông cáo": DocumentKind.COMMUNIQUE,
}
KIND_PATTERN = "|".join(sorted(KIND_WORDS, key=len, reverse=True)).replace(" ", r"\s+")
_COMM = (
    r"(?:(?:Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Quận\s+ủy|Thị\s+ủy)"
    r"(?:\s+(?!(?i:về|khóa|khoá|tỉnh|thành|huyện|quận|thị|phường|xã)\s)"
    rf"(?:[{UPPER}][{LOWER}]*(?![{LOWER}{UPPER}\d]|\.\w)\s*){{1,4}}(?<!\s))?"
    rf"|Đảng\s+ủy(?:\s+(?:xã|phường|thị\s+trấn)(?:\s+[{UPPER}][{LOWER}]*(?![{LOWER}{UPPER}])){{0,4}})?)"
)
"""A local committee, with its place when named: "Tỉnh ủy Hậu Giang", "Đảng ủy xã Hùng Lô"
("Thành ủy TP.HCM", "Quận ủy Quận 3" are read without it, the place being told from the page)."""
_COMMISSION = rf"Ban\s+[{UPPER}][{LOWER}]+(?:\s+(?:và\s+)?[{UPPER}]?[{LOWER}]+){{0,4}}"
_CENTRAL = r"\s+Trung\s+ương"
_PLACE = (
    r"(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)"
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
    (
        rf"(?:Hội\s+nghị\s+)?Ban\s+Chấp\s+hành\s+Đảng\s+bộ{_PLACE}|{_COMM}",
        BodyKind.EXECUTIVE_COMMITTEE,
        False,
    ),
    (r"Đại\s+hội", BodyKind.CONGRESS, False),
)
BODY_PATTERNS: tuple[tuple[re.Pattern[str], BodyKind, bool], ...] = tuple(
    (re.compile(form), body, central) for form, body, central in _BODY_FORMS
)
ABOUT_RE = re.compile(r"\s*,?\s+(?P<about>(?i:về)\s+[^.;()“”\"]{3,300}?)(?=\s*(?:[.;()“”\"]|$))")
KINDS_SPLIT_RE = re.compile(r"\s*(?:,|và)\s*")
DATE_BEFORE_RE = re.compile(rf"(?i:ngày)\s+(?P<date>{numeric_date()}|{date_in_words()})\s*,\s*$")
"""The date before the issuer that issued the document: "Ngày 03-8-2018, Ban Chấp hành …"."""
BODY_GOES_ON_RE = re.compile(rf"\s+[{UPPER}]")
"""After an issuing body, a capitalised word goes on with its name (a place this module does
not read); then the citation is left out rather than cut short."""
# Lower-case words a kind word starts with ("quy" for "quy định" and "quyết định").
KIND_ENDS = tuple(sorted({w.split()[-1] for w in KIND_WORDS}))  # last words of the kinds
KIND_STARTS = tuple(
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


def body_at(text: str, pos: int) -> tuple[BodyKind, bool, int] | None:
    """The issuing body named at ``pos``: (body, whether it is central, where its name ends)."""
    for pattern, body, central in BODY_PATTERNS:
        match = pattern.match(text, pos)
        if match is not None:
            return body, central, match.end()
    return None
