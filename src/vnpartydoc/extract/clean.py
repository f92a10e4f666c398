"""Step 1: normalise the text, fold spelling variants, and set site chrome and noise aside.

The page keeps two strings of equal length: ``raw`` (the NFC input, from which every printed
value is cut) and ``fold`` (the text the patterns run on). Lines of site chrome — menus,
breadcrumbs, visitor and view counters, CMS timestamps, photo captions, image names, related
links, footers — are recorded as ignored, with their reason, and take no part in extraction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from vnpartydoc.extract.lexicon import LOWER, UPPER
from vnpartydoc.extract.scan import RUN, Words, lowered, sub_each, word_run_re
from vnpartydoc.text import INVISIBLE_CLASS, to_nfc

__all__ = ["CleanText", "Line", "clean", "fold", "squeeze", "word_count"]

_TONED = "àáảãạèéẻẽẹỳýỷỹỵ"
# Old tone placement → new, for the vowel pairs that end a syllable: "hoà" → "hòa",
# "uỷ" → "ủy" ("quý" is left alone: "qu" is a consonant there).
FOLD_RES = tuple(
    re.compile(rf"({vowel})([{_TONED}{_TONED.upper()}])(?![{LOWER}{UPPER}])") for vowel in "oOuU"
)
"""The pattern ``([oOuU])([toned])(?!letter)``, one per first letter (see
:func:`~vnpartydoc.extract.scan.sub_each`): two of its matches never overlap."""
WORD_RUN_RE = word_run_re(LOWER + UPPER)
"""Up to ``RUN`` words in one match (see :func:`~vnpartydoc.extract.scan.word_run_re`)."""
BLANK_RE = re.compile(f"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r{INVISIBLE_CLASS}]")
"""Characters read as a plain space: odd spaces, tabs, carriage returns and invisible ones."""


def _swap(match: re.Match[str]) -> str:
    first, second = match[1], match[2]
    if match.start() > 0 and match.string[match.start() - 1] in "qQ":
        return first + second
    base, tone = unicodedata.normalize("NFD", second)[0], unicodedata.normalize("NFD", second)[1:]
    moved = unicodedata.normalize("NFC", first + tone)
    return moved + base if len(moved) == 1 else first + second


def fold(text: str) -> str:
    """Map old tone placement to the new one and blank invisible characters, keeping length.

    Folding here merges spelling variants; every diacritic stays (the plugin's search is what
    strips them, see ``vnpartydoc_mkdocs.search.strip_diacritics``).

    Example:
        >>> fold("Tỉnh uỷ khoá XI")
        'Tỉnh ủy khóa XI'
    """
    return _fold(text, _plain(text))


def _plain(text: str) -> bool:
    """Whether ``text`` holds no unprintable character but line breaks."""
    return text.replace("\n", " ").isprintable()


def _fold(text: str, plain: bool) -> str:
    """:func:`fold`, told whether ``text`` is :func:`_plain`."""
    if not plain:  # every BLANK_RE character is unprintable
        text = BLANK_RE.sub(" ", text)
    return sub_each(FOLD_RES, _swap, text)


def squeeze(text: str, plain: bool = False) -> str:
    """``" ".join(text.split())``: runs of whitespace as one space, none at the ends.

    Text that is already so (printable, so no whitespace but the plain space, and no double
    or edge spaces) is returned as it is, without splitting and joining it. ``plain``: the
    text is known to hold no unprintable character but line breaks (it is cut from a page
    that does, :attr:`CleanText.plain`), so only line breaks are looked for, not every
    character tested.
    """
    if (
        ("\n" not in text if plain else text.isprintable())
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
    ):
        return text
    return " ".join(text.split())


def word_count(text: str) -> int:
    """Number of words made of letters (runs of Vietnamese or ASCII letters).

    Example:
        >>> word_count("T/M Ban Thường vụ, năm 2020")
        6
    """
    total = 0
    at = 0
    while True:
        match = WORD_RUN_RE.match(text, at)  # always matches: every word is optional
        counted = match.lastindex or 0 if match is not None else 0
        total += counted
        if match is None or counted < RUN:
            return total
        at = match.end()


@dataclass(slots=True, eq=False)
class Line:
    """One non-blank line: its stripped span and folded text.

    Not changed once made; compared by identity (each line of a page is one object), and not
    frozen because a frozen dataclass takes several times longer to build.
    """

    index: int
    start: int
    end: int
    text: str
    after_blank: bool
    words: int
    """Number of words on the line."""


@dataclass
class CleanText:
    """The text being read: raw NFC, folded copy, and its lines sorted into kept and ignored."""

    raw: str
    fold: str
    lines: list[Line]
    kept: list[Line] = field(default_factory=list)
    ignored: list[tuple[Line, str]] = field(default_factory=list)
    low: str = ""
    """The folded text lower-cased character for character (see :func:`lowered`)."""
    words: Words = field(default_factory=lambda: Words(""))
    """Where words occur in ``low``."""
    plain: bool = False
    """Whether ``raw`` holds no unprintable character but line breaks (most pages): text cut
    from it is squeezed faster (see :func:`squeeze`)."""

    def cut(self, start: int, end: int) -> str:
        """The printed (raw) text between two offsets, whitespace collapsed."""
        return squeeze(self.raw[start:end], self.plain)


_COUNTER = (
    r"truy\s+cập\s+hiện\s+tại|đang\s+truy\s+cập|(?:tổng\s+)?(?:số\s+)?lượt\s+truy\s+cập"
    r"|lượt\s+xem|lượt\s+đọc|số\s+lần\s+xem(?:\s+các\s+bài\s+viết)?|đang\s+online|online"
    r"|hôm\s+nay|hôm\s+qua|tuần\s+này|tháng\s+này|tất\s+cả|thống\s+kê\s+truy\s+cập|lượt\s+thích"
)
_NUMBER_CHAR = r"[\d\s.,:/|()+-]"
"""What a line of figures is made of (a counter without its label, a date)."""
_NUMBER_CHAR_RE = re.compile(_NUMBER_CHAR)
NOISE_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("counter", re.compile(rf"^(?:{_COUNTER})\s*:?\s*[\d.,\s]*$", re.IGNORECASE)),
    ("counter", re.compile(r"^đang\s+có\s+\d+\s+khách\b.*$", re.IGNORECASE)),
    ("counter", re.compile(rf"^.{{0,60}}\|\s*(?:{_COUNTER})\s*:?\s*[\d.,]+\s*$", re.IGNORECASE)),
    ("number", re.compile(rf"^{_NUMBER_CHAR}+$")),
    ("timestamp", re.compile(r"^.{0,40}\d{4}-\d{2}-\d{2}T\d{2}:\d{2}.*$")),
    (
        "timestamp",
        re.compile(r"^(?=.*\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?=.*(?<!\d)\d{1,2}:\d{2}(?!\d)).{0,80}$"),
    ),
    (
        "timestamp",
        re.compile(
            r"^(?:ngày\s+đăng|đăng\s+ngày|cập\s+nhật(?:\s+lúc)?|ngày\s+cập\s+nhật|thời\s+gian"
            r"(?:\s+đăng)?|xuất\s+bản|published|updated)\b.{0,60}\d.*$",
            re.IGNORECASE,
        ),
    ),
    ("caption", re.compile(r"^(?:ảnh|ảnh\s+minh\s+họa|video|clip)\s*[:.].*$", re.IGNORECASE)),
    ("caption", re.compile(r"^(?=.*Ảnh)(?:.*(?:[.!]\s*|\(\s*))Ảnh\s*:\s*[^.]{0,60}\)?\s*$")),
    ("image", re.compile(r"^(?:IMG|DSC|DSCF|image|photo|ảnh)[\s_-]*\d+.*$", re.IGNORECASE)),
    ("image", re.compile(r"^\S*\.(?:jpe?g|png|gif|webp)$", re.IGNORECASE)),
    ("chrome", re.compile(r"^(?:A[+-]?\s*){2,}$")),
    (
        "chrome",
        re.compile(
            r"^(?:trang\s+chủ|giới\s+thiệu|tin\s+tức(?:\s*-\s*sự\s+kiện)?|liên\s+hệ|sơ\s+đồ\s+site"
            r"|đăng\s+nhập|đăng\s+ký|đăng\s+xuất|in\s+bài(?:\s+viết)?|gửi\s+(?:email|bài)|chia\s+sẻ"
            r"|bình\s+luận|quay\s+lại|về\s+đầu\s+trang|lên\s+đầu\s+trang|facebook|zalo|twitter"
            r"|tweet|email|góp\s+ý|tìm\s+kiếm|văn\s+bản\s+chỉ\s+đạo(?:\s+điều\s+hành)?)"
            r"(?:\s*[|/]\s*.{0,40})?$",
            re.IGNORECASE,
        ),
    ),
    ("chrome", re.compile(r"^[^.]{0,120}(?:\s[»>|]\s[^.]{0,60}){1,}$")),
    ("keywords", re.compile(r"^(?:từ\s+khóa|tags?|chủ\s+đề)\s*:.*$", re.IGNORECASE)),
    (
        "footer",
        re.compile(
            r"^(?:bản\s+quyền|copyright|©|địa\s+chỉ\s*:|điện\s+thoại\s*:|email\s*:|fax\s*:"
            r"|giấy\s+phép|chịu\s+trách\s+nhiệm|cơ\s+quan\s+chủ\s+quản|ghi\s+rõ\s+nguồn"
            r"|cổng\s+thông\s+tin|trang\s+thông\s+tin\s+điện\s+tử|website)\b.*$",
            re.IGNORECASE,
        ),
    ),
    ("source", re.compile(r"^(?:nguồn|theo)\s*:?\s+[^.]{1,60}$", re.IGNORECASE)),
    ("rule", re.compile(r"^[\s*_=~.·•-]+$")),
)


# The characters each noise pattern can start with (lower case for the case-insensitive ones),
# or None when it can start with many: a pattern is not tried on a line starting otherwise.
_NOISE_FIRST: tuple[str | None, ...] = (
    "tđslho", "đ", None, None, None, None, "nđctxpu", "ảvc", None, "idpả", None, "A",
    "tglsđicbqvfze", None, "tc", "bc©đefgtw", "nt", "*_=~.·•-",
)  # fmt: skip


_NUMBER = 3
"""Index of the line of figures in NOISE_RES."""
_IMAGE_NAME = 10
"""Index of the image file name ("DSC_0123.jpg") in NOISE_RES."""
assert NOISE_RES[_NUMBER][0] == "number"
assert NOISE_RES[_IMAGE_NAME][1].pattern.startswith("^\\S*")


@cache
def _first_char(first: str) -> tuple[int, bool]:
    """What a line starting with ``first`` can be.

    Returns the bits of the noise patterns that cannot start with it, and whether a related
    links or recipients heading can (see ``LIST_START_RE``).
    """
    bits = 0
    for i, ((_, pattern), starts) in enumerate(zip(NOISE_RES, _NOISE_FIRST, strict=True)):
        char = lowered(first) if pattern.flags & re.IGNORECASE else first
        if starts is not None and char not in starts:
            bits |= 1 << i
    if _NUMBER_CHAR_RE.match(first) is None:  # a line of figures starts with one
        bits |= 1 << _NUMBER
    return bits, lowered(first) in _LIST_FIRST


@cache
def _noise_re(left_out: int) -> re.Pattern[str]:
    """The noise patterns but those whose bit is set in ``left_out``, as one alternation.

    The patterns keep their order; group i + 1 holds the match of ``NOISE_RES[i]``.
    """
    parts = []
    for i, (_, pattern) in enumerate(NOISE_RES):
        flags = "i" if pattern.flags & re.IGNORECASE else ""
        parts.append("((?!))" if left_out >> i & 1 else f"((?{flags}:{pattern.pattern}))")
    return re.compile("|".join(parts))


def _cannot_match(text: str) -> int:
    """Bits of the noise patterns that cannot match ``text``: each needs a character it lacks."""
    colon = ":" in text
    pipe = "|" in text
    return (
        (not pipe) << 2
        | (not colon or "T" not in text) << 4
        | (not colon or len(text) > 80 or not _time_of_day(text)) << 5
        | ("Ảnh" not in text) << 8
        | (" " in text) << _IMAGE_NAME  # an image's file name has no space
        | ("." in text or not (pipe or ">" in text or "»" in text)) << 13
    )


def _time_of_day(text: str) -> bool:
    """Whether a colon is followed by a digit, as in every time of day ("08:30")."""
    at = text.find(":")
    while at >= 0:
        if text[at + 1 : at + 2].isdecimal():  # what \d reads
            return True
        at = text.find(":", at + 1)
    return False


RELATED_RE = re.compile(
    r"^(?:tin|bài(?:\s+viết)?)\s+(?:liên\s+quan|cùng\s+chuyên\s+mục|khác|đã\s+đưa|mới)\s*:?$"
    r"|^(?:các\s+tin\s+khác|xem\s+thêm|đọc\s+thêm|bài\s+viết\s+khác)\s*:?$",
    re.IGNORECASE,
)
LINK_LINE_RE = re.compile(r"^(?:[-•+»*]\s*.*|.*\(\d{1,2}/\d{1,2}/\d{4}\)\s*)$")
RECIPIENTS_RE = re.compile(r"^nơi\s+nhận\s*:", re.IGNORECASE)
SIGN_START_RE = re.compile(r"^(?:T/M|K/T|T/L|T/UQ|TM\.|KT\.|TL\.)\s", re.IGNORECASE)
# RELATED_RE, then RECIPIENTS_RE, in one match call: group 1 or group 2. They start with one
# of these letters (in any case).
LIST_START_RE = re.compile(f"((?i:{RELATED_RE.pattern}))|((?i:{RECIPIENTS_RE.pattern}))")
_LIST_FIRST = "tbcxđn"


def _split_lines(raw: str, folded: str) -> list[Line]:
    lines: list[Line] = []
    offset = 0
    blank = False
    words = WORD_RUN_RE.match
    add = lines.append
    for index, chunk in enumerate(folded.split("\n")):
        stripped = chunk.strip()
        if stripped:
            start = offset + chunk.find(stripped[0])  # the first character that is not a space
            run = words(stripped)  # word_count, inline: one match for most lines
            count = counted = run.lastindex or 0 if run is not None else 0
            while counted == RUN and run is not None:  # word_count of the rest, not cut off
                run = words(stripped, run.end())
                counted = run.lastindex or 0 if run is not None else 0
                count += counted
            add(Line(index, start, start + len(stripped), stripped, blank, count))
            blank = False
        else:
            blank = True
        offset += len(chunk) + 1
    return lines


def _sort_lines(page: CleanText) -> None:
    mode = ""
    keep, ignore = page.kept.append, page.ignored.append
    for line in page.lines:
        text = line.text
        cannot, may_list = _first_char(text[0])
        reason = None
        if line.words <= 40:  # a longer line is never noise
            match = _noise_re(_cannot_match(text) | cannot).match(text)
            if match is not None and match.lastindex:
                reason = NOISE_RES[match.lastindex - 1][0]
        if mode == "related" and reason is None:
            if LINK_LINE_RE.match(text) or (line.words <= 20 and text[-1] not in ".!?"):
                reason = "related"
            else:
                mode = ""
        if mode == "recipients":
            if SIGN_START_RE.match(text):
                mode = ""
            elif reason is None:
                reason = "recipients"
        starts = LIST_START_RE.match(text) if may_list else None
        if starts is not None:
            reason = mode = "related" if starts.lastindex == 1 else "recipients"
        if reason is None:
            keep(line)
        else:
            ignore((line, reason))


def clean(text: str) -> CleanText:
    """Normalise ``text`` to NFC and sort its lines into content and ignored chrome."""
    raw = to_nfc(text)
    plain = _plain(raw)
    folded = _fold(raw, plain)
    low = lowered(folded)
    lines = _split_lines(raw, folded)
    page = CleanText(raw, folded, lines, low=low, words=Words(low), plain=plain)
    _sort_lines(page)
    return page
