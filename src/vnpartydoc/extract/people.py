"""Step 6: people named in running text, with the titles before or after their names.

The mention types and the reading of names are in ``person_names.py``, photo and item
credits in ``credits.py``, posts given by a verb ("được bầu giữ chức") in
``appointments.py``, and people listed under one post ("Các đồng chí Ủy viên Bộ Chính trị:
A, …; B, …") in ``rosters.py``.

Forms read here: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Thanh Bình" (titles before),
"đồng chí Lê Văn Phước, Ủy viên Ban Thường vụ Tỉnh ủy" and "Trần Thị B – HUV, PCT UBND huyện"
(titles after), and several people in one sentence separated by ";". A name alone counts only
after "đồng chí", "ông" or "bà".
"""

from __future__ import annotations

import re
from operator import attrgetter
from typing import TYPE_CHECKING

from vnpartydoc.extract.appointments import (
    CHAIN_GAP_RE,
    appointed_as,
    approved_for,
    chain_after,
    elected,
    given_up,
    posts_of_pronoun,
)
from vnpartydoc.extract.clean import squeeze
from vnpartydoc.extract.credits import find_credits
from vnpartydoc.extract.lexicon import LOWER, UPPER, provinces
from vnpartydoc.extract.person_names import (
    Name,
    PersonMention,
    TitleMention,
    find_names,
    is_locality,
    titles_of,
)
from vnpartydoc.extract.rosters import (
    ITEM_FIRST,
    give_list_lead,
    list_lead,
    listed_after_honorific,
    listed_under_posts,
    may_be_list_item,
    shared_appositions,
)
from vnpartydoc.extract.titles import ROLE_START, find_posts, posts_at, posts_in_apposition

if TYPE_CHECKING:
    from vnpartydoc.extract.titles import Post

__all__ = ["PersonMention", "TitleMention", "find_people"]

# Military ranks and academic degrees stand before a name as an honorific does ("Thượng tướng
# Lê Văn Tuyến", "PGS.TS Nguyễn Văn A"); they are no titles.
_RANKS = r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá)|Đại\s+úy"
_DEGREES = r"(?:PGS|GS)\.?\s*,?\s*TS\.?|PGS\.?|GS\.?|TS\.?|ThS\.?"
HONORIFIC_RE = re.compile(  # a whole word: not the end of "phổ thông Võ Thị Hồng"
    rf"(?<![^\W\d_])(?:(?i:các\s+)?(?i:đồng\s+chí|đ/c)|Ông|ông|Bà|bà|(?i:{_RANKS})|{_DEGREES})\s*:?\s*$"
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
MISSPELT_VICE_RE = re.compile(rf"(?:^|[,;(\u2013-])\s*(?P<word>Ph[{LOWER}])\s+$")
"""A three-letter word like "Phó" before a post, after a separator: "…, Phí Bí thư Tỉnh ủy"."""
FORMER_RE = re.compile(r"(?<![^\W\d_])(?i:nguyên|cựu|cố)\s*$")
"""Right before a post: the post was held before ("nguyên Tổng Bí thư Nông Đức Mạnh"), or by
the late ("cố Bí thư Thành ủy Đà Nẵng Nguyễn Bá Thanh")."""
_NOT_APPOSITION = ("thôi", "miễn", "không", "đối với", "cách chức", "kỷ luật")
"""Words between a name and a later post that deny the post or give it to somebody else: "ông
Đỗ Văn Vì, cho thôi giữ chức Phó Bí thư Đảng ủy phường đối với ông Nguyễn Văn Thái"."""
APPOSITION_START_RE = re.compile(r"\s*(?:,|\s[-\u2013])\s*")
CLAUSE_END_RE = re.compile(r"[.;:!?]")
_START = attrgetter("start")


def _chains(text: str, posts: list[Post]) -> list[list[Post]]:
    chains: list[list[Post]] = []
    for post in posts:
        if chains and CHAIN_GAP_RE.match(text[chains[-1][-1].end : post.start]):
            chains[-1].append(post)
        else:
            chains.append([post])
    return chains


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


def _name_fields(names: list[Name], key: int) -> tuple[str, int, int]:
    name = next(n for n in names if n.start == key)
    return name.text, name.start, name.end


def find_people(raw: str, text: str, start: int, end: int) -> list[PersonMention]:
    """People in one line of the folded page (``raw`` gives the printed text).

    A line broken inside a sentence ("… Bí thư Tỉnh", then "ủy, Chủ tịch …") is read with the
    lines that continue it; the people named on those lines are theirs, unless a title of
    theirs starts on this line.
    """
    last = text[end - 1] if end > start else "."
    if not (last.isalpha() or last == ",") or not _may_continue(text, start, end):
        return _find_people(raw, text, start, end)  # most lines end their sentence
    stop = _sentence_end(text, end)
    if stop == end:
        return _find_people(raw, text, start, end)
    return [
        p
        for p in _find_people(raw, text, start, stop, end)
        if p.start < end or (p.titles and p.titles[0].start < end)
    ]


_MAX_WRAPPED_LINES = 3
_HONORIFIC_ENDINGS = ("chí", "/c", "/C", "ông", "Ông", "bà", "Bà")


def _may_continue(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` may go on on the next line (a few string tests)."""
    if end <= start or end + 1 >= len(text) or text[end] != "\n":
        return False
    last, first = text[end - 1], text[end + 1]
    if not (last.isalpha() or last == ",") or not first.isalpha():
        return False
    return first.islower() or text.endswith(_HONORIFIC_ENDINGS, start, end)


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence of the line ending at ``end`` ends: past the lines that continue it.

    A line continues on the next one when it ends with a letter or a comma and the next line
    (no blank line between) starts with a lower-case letter, or with a capital after an
    honorific ending the line ("Đồng chí", then "Nguyễn Văn Thuận, …"): pages that break lines
    inside sentences. A line of a list, one name a line, is no sentence broken.
    """
    for _ in range(_MAX_WRAPPED_LINES):
        if (
            end + 1 >= len(text)
            or text[end] != "\n"
            or not (text[end - 1].isalpha() or text[end - 1] == ",")
            or not text[end + 1].isalpha()
        ):
            return end
        if not text[end + 1].islower() and not HONORIFIC_RE.search(text, max(0, end - 12), end):
            return end
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return end


def _find_people(
    raw: str, text: str, start: int, end: int, line_end: int | None = None
) -> list[PersonMention]:
    line_end = end if line_end is None else line_end
    colon = text.find(":", start, end) >= 0
    credited = (  # "Ảnh: X", "… . Ảnh X.", "CTV X (huyện Y)", "X (thực hiện)"
        colon
        or text.find(" Ảnh ", start, end) >= 0
        or text.startswith("CTV ", start)
        or text.find("(thực hiện)", start, end) >= 0
    )
    credits = find_credits(text, start, line_end) if credited else []  # a credit ends its line
    lead = (
        list_lead(text, start)
        if text[start] in ITEM_FIRST and may_be_list_item(text, start)
        else None
    )
    first = POST_OR_HONORIFIC_RE.search(text, start, end)
    if first is None and lead is None:
        return credits
    # Neither a post nor an honorific starts before ``first`` (look-behinds still see the text
    # before it).
    at = first.start() if first is not None else end
    posts = find_posts(text, 0, at, end)
    posts, misspelt = _misspelt(raw, text, start, posts)
    if not posts and lead is None and HONORIFIC_NAME_RE.search(text, at, end) is None:
        return credits
    chains = _chains(text, posts)
    names = find_names(text, start, end, posts)
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
                person.titles = titles_of(raw, _with_lower_case_before(text, start, before))
            else:  # a former post is no title, but the person is named by it
                former = True
        else:
            after = (
                chain_after(text, name, chains)
                or _lower_case_titles(text, name, next_start)
                or _chain_in_apposition(text, name, chains, next_start)
                or _titles_in_apposition(text, name, next_start)
            )
            if after is not None and id(after[0]) not in used:
                used.add(id(after[0]))
                # "…, nguyên Bí thư Tỉnh ủy": held before, no title, but the person is named
                former = (
                    FORMER_RE.search(text, max(start, after[0].start - 8), after[0].start)
                    is not None
                )
                person.titles = (
                    []
                    if former
                    else titles_of(raw, _with_lower_case_after(text, after, next_start))
                )
        if (
            before is not None
            and before[-1].organ is not None  # a place follows an organ, never "Tổng Bí thư"
            and not honorific
            and is_locality(name.text)
        ):
            continue  # "Bí thư Huyện ủy Hà Trung": the place of the title, not a person
        if person.titles or honorific or former:
            people[name.start] = person
    if colon and len(names) > 1 and text.find("ác ", start, end) >= 0:  # "các đồng chí:"
        listed_after_honorific(text, start, end, names, people)
    if lead is not None:  # one person a line under "… 4 Ủy viên Bộ Chính trị, gồm các ông, bà:"
        give_list_lead(raw, text, start, names, lead, people)
    elected(raw, text, names, chains, people, used)
    if chains and names:
        appointed_as(raw, text, names, chains, people, used)
        if text.find("đối với", start, end) >= 0:  # "… bầu chức vụ <post> đối với ông X"
            approved_for(raw, text, names, chains, people, used)
        if text.find("thôi", start, end) >= 0 or text.find("miễn nhiệm", start, end) >= 0:
            given_up(text, names, chains, people)  # "cho thôi giữ chức <post> đối với ông X"
        if colon:
            listed_under_posts(raw, text, end, names, chains, people)
        if len(names) > 1 and _has_shared_apposition_cue(text, start, end):
            shared_appositions(raw, text, names, chains, people)
        if text.find("Ông", start, end) >= 0 or text.find("Bà", start, end) >= 0:
            posts_of_pronoun(raw, text, (start, end), names, chains, people)
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


def _has_shared_apposition_cue(text: str, start: int, end: int) -> bool:
    """Whether an honorific follows a comma in the line (", ông"): names may share titles."""
    return any(text.find(cue, start, end) >= 0 for cue in (", ông", ", bà", ", đồng"))


def _with_lower_case_before(text: str, start: int, chain: list[Post]) -> list[Post]:
    """``chain`` with the posts printed in lower case before it, from the clause's start.

    "Tham dự có: ủy viên Bộ Chính trị, Thủ tướng Nguyễn Xuân Phúc": the first post of a list
    item is printed in lower case.
    """
    at = chain[0].start
    if text[at - 2 : at] != ", " or not text[at - 3 : at - 2].isalpha():
        return chain
    clause = max(text.rfind(":", start, at), text.rfind(";", start, at), start - 1) + 1
    while clause < at and text[clause] == " ":
        clause += 1
    if at - clause > 80 or not text[clause : clause + 1].islower():
        return chain
    before = posts_at(text, clause, at)
    if before and text[before[-1].end : at] == ", ":
        return before + chain
    return chain


def _with_lower_case_after(text: str, chain: list[Post], stop: int) -> list[Post]:
    """``chain`` with the posts printed in lower case after it, up to ``stop``.

    "Phùng Văn Thái Bí thư Đảng ủy, tổng giám đốc công ty"; "Lê Quang Trung PBT huyện ủy, chủ
    tịch UBND huyện": the posts after the first may be printed in lower case.
    """
    end = chain[-1].end
    if text[end : end + 2] != ", " or not text[end + 2 : end + 3].islower():
        return chain
    return chain + posts_at(text, end + 2, stop)


def _chain_in_apposition(
    text: str, name: Name, chains: list[list[Post]], stop: int
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
            if len(between) > 80 or CLAUSE_END_RE.search(between):
                return None
            return None if any(word in between for word in _NOT_APPOSITION) else chain
    return None


def _titles_in_apposition(text: str, name: Name, stop: int) -> list[Post] | None:
    """Titles read part by part in the apposition right after ``name``.

    "Trần Văn A, Giám đốc Trung tâm Y tế huyện, phát biểu": where no post was found in
    running text.
    """
    gap = APPOSITION_START_RE.match(text, name.end)
    if gap is None or gap.end() == name.end:
        return None
    return posts_in_apposition(text, gap.end(), stop) or None


def _lower_case_titles(text: str, name: Name, stop: int) -> list[Post] | None:
    """Titles printed in lower case right after ``name``, a comma or a space.

    "…, phó bí thư Tỉnh ủy"; "Đồng chí Lê Đình Sơn ủy viên BCH TW Đảng, Bí thư Tỉnh ủy": the
    posts after the first are read in either case.
    """
    gap = APPOSITION_START_RE.match(text, name.end)
    at = gap.end() if gap is not None else name.end + 1
    if not text[at : at + 1].islower() or (gap is None and text[name.end : at] != " "):
        return None
    return posts_at(text, at, stop) or None
