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

from vnpartydoc.extract.clean import squeeze
from vnpartydoc.extract.lexicon import UPPER, surnames
from vnpartydoc.extract.titles import (
    NAME_RUN_RE,
    NON_SPACE_RE,
    ROLE_START,
    Post,
    find_posts,
    split_name,
)

__all__ = ["PersonMention", "TitleMention", "find_people"]

CHAIN_GAP_RE = re.compile(r"^\s*(?:,|[-\u2013])\s*$")
AFTER_NAME_RE = re.compile(r"\s*(?:,|[-\u2013]|\()\s*")
HONORIFIC_RE = re.compile(r"(?:(?i:các\s+)?(?i:đồng\s+chí)|Ông|ông|Bà|bà)\s*:?\s*$")
# An honorific right before a capital letter (where a name would start): a line without a
# post needs one for anybody to be read from it. Each alternative starts with a letter
# (đ or Đ for the case-insensitive "đồng chí"), so that re skips straight to those letters.
_HONORIFICS = (r"đ(?i:ồng\s+chí)", r"Đ(?i:ồng\s+chí)", "Ông", "ông", "Bà", "bà")
HONORIFIC_NAME_RE = re.compile(rf"(?:{'|'.join(_HONORIFICS)})\s*:?\s*[{UPPER}]")
# Where a post or an honorific before a name starts, in one pass over the line: a line with
# neither holds nobody. Every alternative begins with a letter, for re to skip ahead to.
POST_OR_HONORIFIC_RE = re.compile(
    "|".join((ROLE_START, *(rf"{word}\s*:?\s*[{UPPER}]" for word in _HONORIFICS)))
)
ELECTED_RE = re.compile(
    r"\s+(?i:được\s+bầu(?:\s+(?:giữ\s+chức|làm|vào\s+chức|giữ))?|tái\s+đắc\s+cử|tái\s+cử"
    r"|giữ\s+chức|được\s+bổ\s+nhiệm(?:\s+(?:giữ\s+chức|làm))?|làm)\s+"
)
LIST_GAP_RE = re.compile(r"^\s*(?:,|và)\s*$")
FORMER_RE = re.compile(r"(?<![^\W\d_])(?i:nguyên|cựu)\s*$")
"""Right before a post: the post was held before ("nguyên Tổng Bí thư Nông Đức Mạnh")."""
APPOSITION_END_RE = re.compile(r"\s*,(?=\s)")  # the comma that ends titles after a name
NOT_NAMES = {"Hồ Chí Minh"}
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
        if len(words) < 3 or words[1] not in surnames()[0]:
            return None  # "Ông Quảng": a short reference to somebody named before
        spans, words = spans[1:], words[1:]
    cut = split_name(words, allow_locality=False)
    if cut is None or " ".join(words[cut:]) in NOT_NAMES:
        return None
    if any(len(word) > 1 and word.isupper() for word in words[cut:]):
        return None
    return spans[cut][0], spans[-1][1], " ".join(words[cut:])


def _names(text: str, start: int, end: int, posts: list[Post]) -> list[_Name]:
    out: list[_Name] = []
    for run in NAME_RUN_RE.finditer(text, start, end):
        at = run.start()
        over = [p.end for p in posts if p.start < run.end() and at < p.end]
        if over:  # "Bí thư Tỉnh ủy Bạc Liêu Nguyễn Quang Dương": the name after the post
            at = max(over)
            while at < run.end() and text[at].isspace():
                at += 1
            if run.end() - at < 3:
                continue
        found = _name_in_run(text[at : run.end()])
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


def find_people(raw: str, text: str, start: int, end: int) -> list[PersonMention]:
    """People in one line of the folded page (``raw`` gives the printed text)."""
    first = POST_OR_HONORIFIC_RE.search(text, start, end)
    if first is None:
        return []
    # Neither a post nor an honorific starts before ``first`` (look-behinds still see the text
    # before it).
    posts = find_posts(text, 0, first.start(), end)
    if not posts and HONORIFIC_NAME_RE.search(text, first.start(), end) is None:
        return []
    chains = _chains(text, posts)
    names = _names(text, start, end, posts)
    people: dict[int, PersonMention] = {}
    used: set[int] = set()
    for name in names:
        person = PersonMention(name.text, name.start, name.end)
        former = False
        before = next((c for c in chains if not text[c[-1].end : name.start].strip()), None)
        if before is not None and id(before[0]) not in used:
            used.add(id(before[0]))
            if FORMER_RE.search(text, max(start, before[0].start - 8), before[0].start) is None:
                person.titles = _titles(raw, before)
            else:  # a former post is no title, but the person is named by it
                former = True
        else:
            after = _chain_after(text, name, chains)
            if after is not None and id(after[0]) not in used:
                person.titles = _titles(raw, after)
                used.add(id(after[0]))
        honorific = HONORIFIC_RE.search(text, max(start, name.start - 20), name.start)
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
    return list(people.values())


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


def _chain_after(text: str, name: _Name, chains: list[list[Post]]) -> list[Post] | None:
    """The titles right after ``name``, set off by a comma, a dash or a bracket, if any."""
    gap = AFTER_NAME_RE.match(text, name.end)
    return next((c for c in chains if gap is not None and c[0].start == gap.end()), None)


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
        while j > 0 and LIST_GAP_RE.match(text[names[j - 1].end : names[j].start]):
            group.insert(0, names[j - 1])
            j -= 1
        used.add(id(chain[0]))
        for member in group:
            person = people.setdefault(
                member.start, PersonMention(member.text, member.start, member.end)
            )
            person.titles += [t for t in _titles(raw, chain) if t not in person.titles]
