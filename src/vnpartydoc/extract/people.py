"""Step 6: people named in running text, with the titles before or after their names.

Forms read: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Thanh Bình" (titles before),
"đồng chí Lê Văn Phước, Ủy viên Ban Thường vụ Tỉnh ủy" and "Trần Thị B – HUV, PCT UBND huyện"
(titles after), several people in one sentence separated by ";", and "các đồng chí A và B
được bầu giữ chức Phó Bí thư Tỉnh ủy". A name alone counts only after "đồng chí", "ông" or "bà".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from vnpartydoc.extract.clean import squeeze
from vnpartydoc.extract.lexicon import CAP_WORD, CAPS_WORD, LOWER, UPPER, provinces, surnames
from vnpartydoc.extract.titles import (
    NAME_RUN_RE,
    NON_SPACE_RE,
    ROLE_START,
    Post,
    find_posts,
    posts_at,
    split_name,
)

__all__ = ["PersonMention", "TitleMention", "find_people"]

KHOA = r"(?:\s+(?i:khóa)\s+(?:[IVXL]+|\d{1,2}))?"
"""The committee term printed after a post ("Phó Bí thư Tỉnh ủy khóa XV"), not part of it."""
CHAIN_GAP_RE = re.compile(rf"^{KHOA}\s*(?:,|[-\u2013])\s*$")
AFTER_NAME_RE = re.compile(r"\s*(?:,|[-\u2013]|\()?\s*")
"""Between a name and the titles after it: a comma, a dash, a bracket, or only a space
("đồng chí Phùng Văn Thái Bí thư Đảng ủy")."""
# Military ranks and academic degrees stand before a name as an honorific does ("Thượng tướng
# Lê Văn Tuyến", "PGS.TS Nguyễn Văn A"); they are no titles.
_RANKS = r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá)|Đại\s+úy"
_DEGREES = r"(?:PGS|GS)\.?\s*,?\s*TS\.?|PGS\.?|GS\.?|TS\.?|ThS\.?"
HONORIFIC_RE = re.compile(
    rf"(?:(?i:các\s+)?(?i:đồng\s+chí|đ/c)|Ông|ông|Bà|bà|(?i:{_RANKS})|{_DEGREES})\s*:?\s*$"
)
# An honorific right before a capital letter (where a name would start): a line without a
# post needs one for anybody to be read from it. Each alternative starts with a letter
# (đ or Đ for the case-insensitive "đồng chí"), so that re skips straight to those letters.
_HONORIFICS = (
    r"đ(?i:ồng\s+chí|/c)", r"Đ(?i:ồng\s+chí|/c)", "Ông", "ông", "Bà", "bà",
    r"Đ(?i:ại\s+(?:tướng|tá|úy))", r"T(?i:hượng|rung|hiếu)\s+(?i:tướng|tá)",
    r"t(?i:hượng|rung|hiếu)\s+(?i:tướng|tá)", r"P(?:GS)\.?\s*,?\s*(?:TS\.?)?",
    r"G(?:S)\.?\s*,?\s*(?:TS\.?)?", r"T(?:S)\.?", r"T(?:hS)\.?",
)  # fmt: skip
HONORIFIC_NAME_RE = re.compile(rf"(?:{'|'.join(_HONORIFICS)})\s*:?\s*[{UPPER}]")
# Where a post or an honorific before a name starts, in one pass over the line: a line with
# neither holds nobody. Every alternative begins with a letter, for re to skip ahead to.
POST_OR_HONORIFIC_RE = re.compile(
    "|".join((ROLE_START, *(rf"{word}\s*:?\s*[{UPPER}]" for word in _HONORIFICS)))
)
ELECTED_RE = re.compile(
    r"\s+(?i:(?:tiếp\s+tục\s+|đã\s+)?(?:được\s+(?:(?:Ban\s+Chấp\s+hành|BCH|Đại\s+hội|Hội\s+nghị"
    r"|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư)\s+)?"
    r"(?:bầu|tín\s+nhiệm\s+bầu|chỉ\s+định|điều\s+động(?:\s+và\s+bổ\s+nhiệm)?|bổ\s+nhiệm)"
    r"(?:\s+(?:giữ\s+chức(?:\s+(?:vụ|danh))?|làm|vào\s+chức|giữ|là))?"
    r"|tái\s+đắc\s+cử(?:\s+chức(?:\s+danh)?)?|tái\s+cử(?:\s+chức(?:\s+danh)?)?|đắc\s+cử"
    r"|giữ\s+chức(?:\s+(?:vụ|danh))?|làm|là))\s+"
)
"""The verb between a person and the post they are elected, appointed or kept in."""
APPOINTED_AS_RE = re.compile(
    r"\s+(?i:được\s+(?:bầu|chỉ\s+định|bổ\s+nhiệm)\s+(?:là|làm))\s+(?:(?i:ông|bà|đồng\s+chí)\s+)?"
)
"""Between a post and the person who fills it: "Chủ tịch UBND tỉnh được chỉ định là ông X"."""
LIST_GAP_RE = re.compile(r"^\s*(?:,|và)\s*$")
MISSPELT_VICE_RE = re.compile(rf"(?:^|[,;(\u2013-])\s*(?P<word>Ph[{LOWER}])\s+$")
"""A three-letter word like "Phó" before a post, after a separator: "…, Phí Bí thư Tỉnh ủy"."""
LIST_AFTER_TITLES_RE = re.compile(r"^\s*(?:,\s*)?và\s+(?:(?i:ông|bà|đồng\s+chí)\s+)?$")
"""Between one person's titles and the next name of a list: "… HĐND tỉnh và ông "."""
FORMER_RE = re.compile(r"(?<![^\W\d_])(?i:nguyên|cựu)\s*$")
"""Right before a post: the post was held before ("nguyên Tổng Bí thư Nông Đức Mạnh")."""
APPOSITION_END_RE = re.compile(rf"{KHOA}\s*,?(?=\s)")  # what ends the titles after a name
APPOSITION_START_RE = re.compile(r"\s*(?:,|\s[-\u2013])\s*")
CLAUSE_END_RE = re.compile(r"[.;:!?]")
NOT_NAMES = {"Hồ Chí Minh"}
_START = attrgetter("start")
CREDIT_LEAD_RE = re.compile(
    rf"(?<![{LOWER}{UPPER}])(?i:ảnh|tin,?\s*ảnh|tin\s+và\s+ảnh|bài\s+và\s+ảnh|bài,?\s*ảnh|theo)\s*$"
)
CREDIT_NAME_RE = re.compile(
    rf"\s*(?P<name>{CAP_WORD}(?:\s+{CAP_WORD}){{1,3}}|{CAPS_WORD}(?:\s+{CAPS_WORD}){{1,3}})"
    r"(?=\s*(?:[/).,;]|$)|\s+[-\u2013]\s)"
)
"""A photo credit or a news item's credit, before and after its colon: "Ảnh: Hồng Đạt/TTXVN",
"ẢNH: GIA HÂN", "Tin, ảnh: X", "Theo: Thúy Hường" (the colon is needed: "Theo Báo …" cites a
paper)."""
_CREDIT_NOT_FIRST = frozenset(
    {"Báo", "Đài", "Cổng", "Trang", "Tạp", "Thông", "Văn", "Ban", "Sở", "Trung", "Tư", "Nguồn",
     "Kênh", "Cục", "Bộ", "Hội", "Ủy", "Tỉnh", "Huyện", "Thành"}
)  # fmt: skip
"""First words of a body credited for a photo ("Ảnh: Báo Nhân Dân"), not of a person."""
COURTESY = frozenset({"Ông", "Bà"})
"""Honorifics that are also family names: read as honorifics before a common family name."""


@dataclass
class TitleMention:
    """A title as printed next to a name."""

    printed: str
    post: str
    organ: str | None
    start: int
    end: int


@dataclass
class PersonMention:
    """A person named in the text."""

    name: str
    start: int
    end: int
    titles: list[TitleMention] = field(default_factory=list)
    byline: str | None = None
    misspelt: list[tuple[int, str]] = field(default_factory=list)
    """Posts left out because a word before them looks like a misspelt "Phó": (offset, printed)."""


@dataclass
class _Name:
    start: int
    end: int
    text: str


@lru_cache(maxsize=4096)
def _name_in_run(run: str) -> tuple[int, int, str] | None:
    """The person's name in a run of capitalised words: (start, end) in the run, and the name."""
    spans = [(m.start(), m.end()) for m in NON_SPACE_RE.finditer(run)]
    words = [run[a:b] for a, b in spans]
    if words[0] in COURTESY:  # "Ông Nguyễn Văn Nên": the honorific, then the name
        if len(words) < 3 or words[1] not in surnames()[1]:
            return None  # "Ông Quảng": a short reference to somebody named before
        spans, words = spans[1:], words[1:]
    cut = split_name(words, allow_locality=False)
    if cut is None or " ".join(words[cut:]) in NOT_NAMES:
        return None
    caps = [len(word) > 1 and word.isupper() for word in words[cut:]]
    if any(caps) and not all(caps):  # "TRẦN PHƯỚC HIỀN" is a name in capitals, "Lê HCM" none
        return None
    return spans[cut][0], spans[-1][1], " ".join(words[cut:])


def _names(text: str, start: int, end: int, posts: list[Post]) -> list[_Name]:
    out: list[_Name] = []
    for run in NAME_RUN_RE.finditer(text, start, end):
        at, stop = run.start(), run.end()
        if not posts:
            found = _name_in_run(run.group(0))
            if found is not None:
                out.append(_Name(at + found[0], at + found[1], found[2]))
            continue
        over = [p.end for p in posts if p.start <= at < p.end]
        if over:  # "Bí thư Tỉnh ủy Bạc Liêu Nguyễn Quang Dương": the name after the post
            at = max(over)
            while at < stop and text[at].isspace():
                at += 1
            rest = NAME_RUN_RE.match(text, at, end)  # the run may have been cut at seven words
            stop = rest.end() if rest is not None else stop
        inside = [p.start for p in posts if at < p.start < stop]
        if inside:  # "đồng chí Phùng Văn Thái Bí thư Đảng ủy": the name ends where a post starts
            stop = min(inside)
            while stop > at and text[stop - 1].isspace():
                stop -= 1
        if stop - at < 3:
            continue
        found = _name_in_run(text[at:stop])
        if found is not None:
            out.append(_Name(at + found[0], at + found[1], found[2]))
    return out


def _chains(text: str, posts: list[Post]) -> list[list[Post]]:
    chains: list[list[Post]] = []
    for post in posts:
        if chains and CHAIN_GAP_RE.match(text[chains[-1][-1].end : post.start]):
            chains[-1].append(post)
        else:
            chains.append([post])
    return chains


def _titles(page_raw: str, chain: list[Post]) -> list[TitleMention]:
    out = []
    for post in chain:
        role, organ = post.structured
        printed = squeeze(page_raw[post.start : post.end])
        out.append(TitleMention(printed, role, organ, post.start, post.end))
    return out


def _misspelt(
    raw: str, text: str, start: int, posts: list[Post]
) -> tuple[list[Post], list[tuple[int, str]]]:
    """Posts without those printed after a misspelt "Phó", and those: (offset, printed)."""
    kept: list[Post] = []
    out: list[tuple[int, str]] = []
    for post in posts:
        if text.find("Ph", max(start, post.start - 5), post.start) < 0:
            kept.append(post)
            continue
        before = MISSPELT_VICE_RE.search(text, max(start, post.start - 6), post.start)
        if before is not None and before["word"] != "Phó":
            at = before.start("word")
            out.append((at, squeeze(raw[at : post.end])))
        else:
            kept.append(post)
    return kept, out


def _name_fields(names: list[_Name], key: int) -> tuple[str, int, int]:
    name = next(n for n in names if n.start == key)
    return name.text, name.start, name.end


def _credits(text: str, start: int, end: int) -> list[PersonMention]:
    """People credited for a photo or an item in one line of the folded page, without titles."""
    out = []
    colon = text.find(":", start, end)
    while colon >= 0:  # colons are few: each is checked for a credit word before it
        lead = CREDIT_LEAD_RE.search(text, max(start, colon - 16), colon)
        match = CREDIT_NAME_RE.match(text, colon + 1, end) if lead is not None else None
        if (
            match is not None
            and match["name"].split(None, 1)[0].capitalize() not in _CREDIT_NOT_FIRST
        ):
            out.append(PersonMention(match["name"], match.start("name"), match.end("name")))
        colon = text.find(":", colon + 1, end)
    return out


def find_people(raw: str, text: str, start: int, end: int) -> list[PersonMention]:
    """People in one line of the folded page (``raw`` gives the printed text)."""
    credits = _credits(text, start, end) if text.find(":", start, end) >= 0 else []
    first = POST_OR_HONORIFIC_RE.search(text, start, end)
    if first is None:
        return credits
    # Neither a post nor an honorific starts before ``first`` (look-behinds still see the text
    # before it).
    posts = find_posts(text, 0, first.start(), end)
    posts, misspelt = _misspelt(raw, text, start, posts)
    if not posts and HONORIFIC_NAME_RE.search(text, first.start(), end) is None:
        return credits
    chains = _chains(text, posts)
    names = _names(text, start, end, posts)
    if misspelt:  # "Phí Bí" of "Phí Bí thư" is no name
        names = [n for n in names if not any(a <= n.start < a + len(p) for a, p in misspelt)]
    people: dict[int, PersonMention] = {}
    used: set[int] = set()
    by_end = {c[-1].end: c for c in reversed(chains)}  # the first chain ending at an offset
    for i, name in enumerate(names):
        next_start = names[i + 1].start if i + 1 < len(names) else end
        honorific = HONORIFIC_RE.search(text, max(start, name.start - 20), name.start)
        if not honorific and name.text.lower() in provinces():
            continue  # "Thành ủy Hà Nội, Phó Bí thư …": a province, not a person
        person = PersonMention(name.text, name.start, name.end)
        former = False
        at = name.start
        while at > start and text[at - 1].isspace():
            at -= 1
        before = by_end.get(at)  # the titles printed right before the name
        if before is not None and id(before[0]) not in used:
            used.add(id(before[0]))
            if FORMER_RE.search(text, max(start, before[0].start - 8), before[0].start) is None:
                person.titles = _titles(raw, before)
            else:  # a former post is no title, but the person is named by it
                former = True
        else:
            after = (
                _chain_after(text, name, chains)
                or _chain_in_apposition(text, name, chains, next_start)
                or _lower_case_titles(text, name, next_start)
            )
            if after is not None and id(after[0]) not in used:
                used.add(id(after[0]))
                # "…, nguyên Bí thư Tỉnh ủy": held before, no title, but the person is named
                former = (
                    FORMER_RE.search(text, max(start, after[0].start - 8), after[0].start)
                    is not None
                )
                person.titles = [] if former else _titles(raw, after)
        if (
            before is not None
            and before[-1].organ is not None  # a place follows an organ, never "Tổng Bí thư"
            and not honorific
            and _is_locality(name.text)
        ):
            continue  # "Bí thư Huyện ủy Hà Trung": the place of the title, not a person
        if person.titles or honorific or former:
            people[name.start] = person
    _elected(raw, text, names, chains, people, used)
    if chains and names:
        _appointed_as(raw, text, names, chains, people, used)
    for at, printed in misspelt:  # reported with the person named before it, else after it
        owner = [n for n in names if n.end <= at] or names
        if owner:
            key = owner[-1].start if owner[-1].end <= at else owner[0].start
            person = people.setdefault(key, PersonMention(*_name_fields(names, key)))
            person.misspelt.append((at, printed))
    if not credits and not misspelt:
        return list(people.values())
    for credit in credits:
        people.setdefault(credit.start, credit)
    return sorted(people.values(), key=_START)


def _is_locality(name: str) -> bool:
    """Whether a two-word run after a title is rather a place ("Hà Trung", "Lạc Dương").

    Names of two words are rare, and those that are read as names after a title start with a
    common family name.
    """
    words = name.split()
    return len(words) == 2 and words[0] not in surnames()[0]


def _after_apposition(text: str, name: _Name, chains: list[list[Post]]) -> int:
    """Where a verb may follow ``name``: right after it, or after its titles set off by commas.

    "Đồng chí Lê Quốc Phong, Ủy viên Trung ương Đảng, được bầu giữ chức Bí thư Tỉnh ủy": the
    verb comes after the apposition.
    """
    chain = _chain_after(text, name, chains)
    comma = APPOSITION_END_RE.match(text, chain[-1].end) if chain is not None else None
    return comma.end() if comma is not None else name.end


def _chain_in_apposition(
    text: str, name: _Name, chains: list[list[Post]], stop: int
) -> list[Post] | None:
    """The first titles in the apposition after ``name``, past words no post was read from.

    "Đào Hồng Lan, Ủy viên Dự khuyết Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy": the
    apposition starts with a comma or a dash, and the titles come before the next name and
    before the clause ends.
    """
    gap = APPOSITION_START_RE.match(text, name.end)
    if gap is None:
        return None
    for chain in chains:
        at = chain[0].start
        if gap.end() <= at < stop:
            between = text[gap.end() : at]
            return chain if len(between) <= 80 and not CLAUSE_END_RE.search(between) else None
    return None


def _lower_case_titles(text: str, name: _Name, stop: int) -> list[Post] | None:
    """Titles printed in lower case right after ``name`` and a comma: "…, phó bí thư Tỉnh ủy"."""
    gap = APPOSITION_START_RE.match(text, name.end)
    if gap is None or not text[gap.end() : gap.end() + 1].islower():
        return None
    return posts_at(text, gap.end(), stop) or None


def _chain_after(text: str, name: _Name, chains: list[list[Post]]) -> list[Post] | None:
    """The titles right after ``name``, set off by a comma, a dash or a bracket, if any."""
    gap = AFTER_NAME_RE.match(text, name.end)
    return next((c for c in chains if gap is not None and c[0].start == gap.end()), None)


def _joined(text: str, first: _Name, second: _Name, chains: list[list[Post]]) -> bool:
    """Whether two names are listed together ("A và B", "A, Phó Chủ tịch HĐND tỉnh và ông B")."""
    if LIST_GAP_RE.match(text[first.end : second.start]):
        return True
    chain = _chain_after(text, first, chains)
    return (
        chain is not None
        and LIST_AFTER_TITLES_RE.match(text[chain[-1].end : second.start]) is not None
    )


def _give_titles(
    raw: str, people: dict[int, PersonMention], name: _Name, chain: list[Post]
) -> None:
    """Give the person of ``name`` the titles of ``chain`` they do not hold yet."""
    person = people.setdefault(name.start, PersonMention(name.text, name.start, name.end))
    person.titles += [t for t in _titles(raw, chain) if t not in person.titles]


def _elected(
    raw: str,
    text: str,
    names: list[_Name],
    chains: list[list[Post]],
    people: dict[int, PersonMention],
    used: set[int],
) -> None:
    for i, name in enumerate(names):
        verb = ELECTED_RE.match(text, _after_apposition(text, name, chains))
        if verb is None:
            continue
        chain = next((c for c in chains if c[0].start == verb.end()), None)
        if chain is None:
            continue
        group = [name]
        j = i
        while j > 0 and _joined(text, names[j - 1], names[j], chains):
            group.insert(0, names[j - 1])
            j -= 1
        used.add(id(chain[0]))
        for member in group:
            _give_titles(raw, people, member, chain)


def _appointed_as(
    raw: str,
    text: str,
    names: list[_Name],
    chains: list[list[Post]],
    people: dict[int, PersonMention],
    used: set[int],
) -> None:
    """Posts printed before the person who fills them: "<post> được chỉ định là ông <name>"."""
    by_start = {name.start: name for name in names}
    for chain in chains:
        if id(chain[0]) in used or text.find("đư", chain[-1].end, chain[-1].end + 3) < 0:
            continue
        verb = APPOINTED_AS_RE.match(text, chain[-1].end)
        name = by_start.get(verb.end()) if verb is not None else None
        if name is None:
            continue
        used.add(id(chain[0]))
        _give_titles(raw, people, name, chain)
