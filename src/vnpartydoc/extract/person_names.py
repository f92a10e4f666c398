"""People named in a line: the mention types, and the names read from runs of capitals.

A run of capitalised words holds a person's name when it starts with a family name
(``data/surnames.txt``), after an honorific ("Ông Nguyễn Văn Nên") or a post ("Bí thư Tỉnh ủy
Bạc Liêu Nguyễn Quang Dương": the place goes with the post); a name in capitals
("TRẦN PHƯỚC HIỀN") is all capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from vnpartydoc.extract.clean import squeeze
from vnpartydoc.extract.lexicon import provinces, surnames
from vnpartydoc.extract.localities import NAME_RUN_RE, NON_SPACE_RE, split_name

if TYPE_CHECKING:
    from vnpartydoc.extract.titles import Post

__all__ = ["Name", "PersonMention", "TitleMention", "find_names", "is_locality", "titles_of"]

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
    misspelt: list[tuple[int, str]] = field(default_factory=list)
    """Posts left out because a word before them looks like a misspelt "Phó": (offset, printed)."""
    given_up: list[str] = field(default_factory=list)
    """Posts the text says the person leaves ("thôi giữ chức …"), as printed: not theirs."""


@dataclass
class Name:
    """A name read in a line of the folded page: offsets and the name as printed."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=4096)
def _name_in_run(run: str) -> tuple[int, int, str] | None:
    """The person's name in a run of capitalised words: (start, end) in the run, and the name."""
    spans = [(m.start(), m.end()) for m in NON_SPACE_RE.finditer(run)]
    words = [run[a:b] for a, b in spans]
    if words[0] in COURTESY:  # "Ông Nguyễn Văn Nên": the honorific, then the name
        if len(words) < 3 or words[1].capitalize() not in surnames()[1]:
            return None  # "Ông Quảng": a short reference to somebody named before
        spans, words = spans[1:], words[1:]
    cut = split_name(words, allow_locality=False)
    if cut is None or " ".join(words[cut:]) in NOT_NAMES:
        return None
    caps = [len(word) > 1 and word.isupper() for word in words[cut:]]
    if any(caps) and not all(caps):  # "TRẦN PHƯỚC HIỀN" is a name in capitals, "Lê HCM" none
        return None
    return spans[cut][0], spans[-1][1], " ".join(words[cut:])


def find_names(text: str, start: int, end: int, posts: list[Post]) -> list[Name]:
    """The names in ``text[start:end]``, cut from the posts printed around them."""
    out: list[Name] = []
    for run in NAME_RUN_RE.finditer(text, start, end):
        at, stop = run.start(), run.end()
        if not posts:
            found = _name_in_run(run.group(0)) or _named_by_honorific(text, at, run.group(0))
            if found is not None:
                out.append(Name(at + found[0], at + found[1], found[2]))
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
        found = _name_in_run(text[at:stop]) or _named_by_honorific(text, at, text[at:stop])
        if found is not None:
            out.append(Name(at + found[0], at + found[1], found[2]))
    return out


def _place_key(text: str) -> str:
    return " ".join(text.replace("-", " ").replace("\u2013", " ").split()).lower()


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    """The provinces' names, lower-cased, without dashes ("bà rịa vũng tàu")."""
    return frozenset(_place_key(name) for name in provinces())


HONORIFIC_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:đồng\s+chí|đ/c|ông|bà)\s+$")
"""An honorific right before a run of capitalised words: "đồng chí ", "ông ", "Bà "."""
_MAX_NAME_WORDS = 5  # "Y Thanh Hà Niê Kđăm"


def _named_by_honorific(text: str, at: int, run: str) -> tuple[int, int, str] | None:
    """A name after an honorific whose family name is not in the list: "đồng chí Lăng Văn Lịch".

    The honorific says a person follows; the whole run of two to five words is the name
    (names of the peoples of the Central Highlands: "Y Thanh Hà Niê Kđăm").
    """
    words = run.split()
    if _place_key(run) in _place_keys():
        return None  # "Bà Rịa Vũng Tàu", "đồng chí Bạc Liêu": a province, no name
    skip = 0
    if words[0] in COURTESY and len(words) > 2:  # "Ông Phương Văn Chương": the run holds it
        skip = len(run) - len(run[len(words[0]) :].lstrip())
        run, words = run[skip:], words[1:]
    elif not HONORIFIC_BEFORE_RE.search(text, max(0, at - 10), at):
        return None
    if not 2 <= len(words) <= _MAX_NAME_WORDS or " ".join(words) in NOT_NAMES:
        return None
    if any(len(w) > 1 and w.isupper() for w in words) and not run.isupper():
        return None  # "ông Lê HCM": an acronym is no part of a name
    if words[0] in COURTESY or _place_key(run) in _place_keys():
        return None  # "ông Bà …", "đồng chí Bạc Liêu": no name
    return skip, skip + len(run.rstrip()), " ".join(words)


def titles_of(page_raw: str, chain: list[Post]) -> list[TitleMention]:
    """The title mentions of a chain of posts, printed as in ``page_raw``."""
    out = []
    for post in chain:
        role, organ = post.structured
        printed = squeeze(post.printed(page_raw))
        out.append(TitleMention(printed, role, organ, post.start, post.end))
    return out


def is_locality(name: str) -> bool:
    """Whether a two-word run after a title is rather a place ("Hà Trung", "Lạc Dương").

    Names of two words are rare, and those that are read as names after a title start with a
    common family name.
    """
    words = name.split()
    return len(words) == 2 and words[0] not in surnames()[0]
