"""Posts given to people by a verb: elected, appointed, kept ("… được bầu giữ chức …").

"Đồng chí Lê Quốc Phong, Ủy viên Trung ương Đảng, được bầu giữ chức Bí thư Tỉnh ủy" (the verb
after the titles in apposition), "các đồng chí A và B được bầu giữ chức Phó Bí thư", and the
post printed before the person: "Chủ tịch UBND tỉnh được chỉ định là ông X".
"""

from __future__ import annotations

import re

from vnpartydoc.extract.person_names import Name, PersonMention, titles_of
from vnpartydoc.extract.titles import Post, posts_at

__all__ = [
    "AFTER_NAME_RE",
    "CHAIN_GAP_RE",
    "KHOA",
    "appointed_as",
    "approved_for",
    "chain_after",
    "elected",
    "give_titles",
    "given_up",
    "posts_of_pronoun",
]

KHOA = (
    r"(?:\s+\(?(?i:khóa)\s+(?:[IVXL]+|\d{1,2})\)?)?"
    r"(?:,?\s+(?i:nhiệm\s+kỳ)\s+\d{4}\s*[-\u2013]\s*\d{4})?"
)
"""The committee's term printed after a post, not part of it: "Phó Bí thư Tỉnh ủy khóa XV",
"Chủ tịch HĐND TP Hạ Long, nhiệm kỳ 2021-2026", "Bí thư Tỉnh ủy An Giang (khóa 9)"."""
CHAIN_GAP_RE = re.compile(rf"^{KHOA}\s*(?:,|[-\u2013]|kiêm(?=\s))\s*$")
"""Between two posts of one person: a comma, a dash, or "kiêm" ("Chủ tịch HĐQT kiêm Tổng
Giám đốc")."""
AFTER_NAME_RE = re.compile(r"\s*(?:,|[-\u2013]|\()?\s*")
"""Between a name and the titles after it: a comma, a dash, a bracket, or only a space
("đồng chí Phùng Văn Thái Bí thư Đảng ủy")."""
ELECTED_RE = re.compile(
    # "được (Đại hội | toàn thể Đảng viên tham dự Đại hội | 99,9% số phiếu …) bầu": who elects
    r"\s+(?i:(?:tiếp\s+tục\s+|đã\s+|vừa\s+)?(?:được\s+(?:[^\s.;:]+\s+){0,8}?"
    r"(?:bầu|tín\s+nhiệm\s+bầu|chỉ\s+định|điều\s+động(?:\s+và\s+bổ\s+nhiệm)?|bổ\s+nhiệm)"
    r"(?:\s+(?:giữ\s+chức(?:\s+(?:vụ|danh))?|làm|vào\s+chức|giữ|là))?"
    r"|tái\s+đắc\s+cử(?:\s+chức(?:\s+danh)?)?|tái\s+cử(?:\s+chức(?:\s+danh)?)?"
    r"|đắc\s+cử(?:\s+chức(?:\s+(?:vụ|danh))?)?|giữ\s+nhiệm\s+vụ"
    # "về nhận nhiệm vụ Phó Trưởng Ban …"
    r"|(?:về\s+)?nhận\s+nhiệm\s+vụ(?:\s+mới)?(?:\s+(?:là|làm))?"
    # "tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy, giữ chức Bí thư …"; "thôi giữ chức
    # Bí thư Thành ủy …, giữ chức vụ Phó Chánh Văn phòng …": the posts left are passed over
    r"|(?:tham\s+gia|thôi)\s[^.;:]{1,160}?(?:,\s*|\s)(?<!thôi\s)(?:và\s+)?giữ\s+chức(?:\s+(?:vụ|danh))?"
    r"|giữ\s+chức(?:\s+(?:vụ|danh))?|làm|là))\s+"
)
"""The verb between a person and the post they are elected, appointed or kept in."""
APPOINTED_AS_RE = re.compile(
    r"\s+(?i:được\s+(?:bầu|chỉ\s+định|bổ\s+nhiệm)\s+(?:là|làm))\s+(?:(?i:ông|bà|đồng\s+chí)\s+)?"
)
"""Between a post and the person who fills it: "Chủ tịch UBND tỉnh được chỉ định là ông X"."""
LIST_GAP_RE = re.compile(r"^\s*(?:,|và)\s*(?:(?i:ông|bà|đồng\s+chí)\s+)?$")
"""Between two names listed together: "A và B", "ông A và bà B", "A, B"."""
LIST_AFTER_TITLES_RE = re.compile(
    r"^\s*(?:(?:,\s*)?và\s+(?:(?i:ông|bà|đồng\s+chí)\s+)?|;\s*(?i:ông|bà|đồng\s+chí)\s+)$"
)
"""Between one person's titles and the next name of a list: "… HĐND tỉnh và ông ", "…; ông "."""
APPOSITION_END_RE = re.compile(rf"{KHOA}\s*,?(?=\s)")  # what ends the titles after a name


def _after_apposition(text: str, name: Name, chains: list[list[Post]]) -> int:
    """Where a verb may follow ``name``: right after it, or after its titles set off by commas.

    "Đồng chí Lê Quốc Phong, Ủy viên Trung ương Đảng, được bầu giữ chức Bí thư Tỉnh ủy": the
    verb comes after the apposition.
    """
    chain = chain_after(text, name, chains)
    if chain is None and text[name.end + 1 : name.end + 2].islower():
        # "ông Nguyễn Cảnh Thảo bí thư đảng ủy được bầu làm …": posts in lower case
        at = name.end + 1
        chain = posts_at(text, at, min(len(text), at + _LOWER_CHAIN_SPAN)) or None
    comma = APPOSITION_END_RE.match(text, chain[-1].end) if chain is not None else None
    return comma.end() if comma is not None else name.end


def chain_after(text: str, name: Name, chains: list[list[Post]]) -> list[Post] | None:
    """The titles right after ``name``, set off by a comma, a dash or a bracket, if any."""
    gap = AFTER_NAME_RE.match(text, name.end)
    return next((c for c in chains if gap is not None and c[0].start == gap.end()), None)


def _joined(text: str, first: Name, second: Name, chains: list[list[Post]]) -> bool:
    """Whether two names are listed together ("A và B", "A, Phó Chủ tịch HĐND tỉnh và ông B")."""
    if LIST_GAP_RE.match(text[first.end : second.start]):
        return True
    chain = chain_after(text, first, chains)
    return (
        chain is not None
        and LIST_AFTER_TITLES_RE.match(text[chain[-1].end : second.start]) is not None
    )


def give_titles(raw: str, people: dict[int, PersonMention], name: Name, chain: list[Post]) -> None:
    """Give the person of ``name`` the titles of ``chain`` they do not hold yet (by position)."""
    person = people.setdefault(name.start, PersonMention(name.text, name.start, name.end))
    known = {t.start for t in person.titles}
    person.titles += [t for t in titles_of(raw, chain) if t.start not in known]


def elected(
    raw: str,
    text: str,
    names: list[Name],
    chains: list[list[Post]],
    people: dict[int, PersonMention],
    used: set[int],
) -> None:
    """Give each name followed by an election verb the post after it.

    The names listed with it get it too: "các đồng chí A và B được bầu giữ chức Phó Bí thư".
    """
    for i, name in enumerate(names):
        verb = ELECTED_RE.match(text, _after_apposition(text, name, chains))
        if verb is None:
            continue
        chain = _posts_at(text, verb, chains)
        if chain is None:
            continue
        group = [name]
        j = i
        while j > 0 and _joined(text, names[j - 1], names[j], chains):
            group.insert(0, names[j - 1])
            j -= 1
        for _ in range(2):  # "… là Ủy viên T.Ư Đảng, giữ chức Bí thư Tỉnh ủy Hà Giang"
            used.add(id(chain[0]))
            for member in group:
                give_titles(raw, people, member, chain)
            more = APPOSITION_END_RE.match(text, chain[-1].end)
            verb = ELECTED_RE.match(text, more.end()) if more is not None else None
            chain = _posts_at(text, verb, chains) if verb is not None else None
            if chain is None:
                break


_LOWER_CHAIN_SPAN = 240
"""How far posts printed in lower case after a verb are read."""
BARE_PARTY_POST_RE = re.compile(r"(?:Phó\s+)?[Bb]í\s+thư(?:\s+[Tt]hường\s+trực)?(?=\s*(?:[,.;]|$))")
"""A Party post without its committee, right after "giữ chức": "giữ chức Phó Bí thư."."""


def _posts_at(text: str, verb: re.Match[str], chains: list[list[Post]]) -> list[Post] | None:
    """The chain of posts right after ``verb``, or a bare Party post after "giữ chức".

    A bare "Bí thư" after another verb may be a post of the past ("Đ/C Nguyễn Tiềm được bầu
    làm Bí thư" in a history): only "giữ chức" or "giữ nhiệm vụ", the formal appointment,
    gives it.
    """
    at = verb.end()
    chain = next((c for c in chains if c[0].start == at), None)
    if chain is not None:
        return chain
    if text[at : at + 1].islower():  # "giữ chức danh phó Bí thư Đảng ủy bệnh viện"
        lower = posts_at(text, at, min(len(text), at + _LOWER_CHAIN_SPAN))
        if lower:
            return lower
    if "chức" not in verb.group(0) and "nhiệm vụ" not in verb.group(0):
        return None
    bare = BARE_PARTY_POST_RE.match(text, at)
    return [Post(bare.start(), bare.end(), bare.group(0), None)] if bare is not None else None


def appointed_as(
    raw: str,
    text: str,
    names: list[Name],
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
        give_titles(raw, people, name, chain)


APPROVED_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?i:bầu|bổ\s+nhiệm|chỉ\s+định)(?:\s+(?i:bổ\s+sung))?"
    r"(?:\s+(?i:chức\s+(?:vụ|danh)))?\s+$"
)
"""Before a post given by an approved election: "phê chuẩn kết quả bầu bổ sung chức vụ "."""
APPROVED_AFTER_RE = re.compile(rf"{KHOA}\s*,?\s+(?i:đối\s+với)\s+(?:(?i:ông|bà|đồng\s+chí)\s+)?")
"""Between the post and its holder: ", nhiệm kỳ 2016 - 2021 đối với ông "."""


def approved_for(
    raw: str,
    text: str,
    names: list[Name],
    chains: list[list[Post]],
    people: dict[int, PersonMention],
    used: set[int],
) -> None:
    """Posts given by an election and named before their holder, after "đối với".

    "Thủ tướng phê chuẩn kết quả bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh Gia Lai, nhiệm kỳ
    2016 - 2021 đối với ông Đỗ Tiến Đông"; a dismissal ("miễn nhiệm chức vụ …", "cho thôi giữ
    chức …") gives nothing.
    """
    by_start = {name.start: name for name in names}
    for chain in chains:
        at = chain[0].start
        if id(chain[0]) in used or not APPROVED_BEFORE_RE.search(text, max(0, at - 40), at):
            continue
        gap = APPROVED_AFTER_RE.match(text, chain[-1].end)
        name = by_start.get(gap.end()) if gap is not None else None
        if name is not None:
            used.add(id(chain[0]))
            give_titles(raw, people, name, chain)


PRONOUN_POST_RE = re.compile(r"(?<![^\W\d_])(?:Ông|Bà)\s+(?:hiện\s+|đang\s+)?là\s+")
"""A sentence about the person named before, by pronoun: "Ông là Ủy viên Bộ Chính trị"."""


def posts_of_pronoun(
    raw: str,
    text: str,
    span: tuple[int, int],
    names: list[Name],
    chains: list[list[Post]],
    people: dict[int, PersonMention],
) -> None:
    """Give the posts after "Ông là" / "Bà là" to the one person named before in the line.

    "Ông Nguyễn Văn Nên 68 tuổi, quê Tây Ninh. Ông là Ủy viên Bộ Chính trị khóa 13": with one
    person named before the pronoun, the pronoun is that person; with several, nobody.
    """
    for pronoun in PRONOUN_POST_RE.finditer(text, *span):
        before = {n.text for n in names if n.end <= pronoun.start()}
        chain = next((c for c in chains if c[0].start == pronoun.end()), None)
        if len(before) != 1 or chain is None:
            continue
        owner = next(n for n in names if n.end <= pronoun.start())
        if owner.start in people:
            give_titles(raw, people, owner, chain)


GIVEN_UP_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?i:thôi|miễn\s+nhiệm)\s+(?i:giữ\s+)?(?i:chức)(?:\s+(?i:vụ|danh))?\s+$"
)
"""Before a post somebody leaves: "cho thôi giữ chức ", "thôi chức vụ ", "miễn nhiệm chức vụ "."""
GIVEN_UP_AFTER_NAME_RE = re.compile(
    r"\s+(?i:(?:được\s+)?(?:cho\s+)?(?:thôi|miễn\s+nhiệm)\s+(?:giữ\s+)?chức(?:\s+(?:vụ|danh))?)\s+"
)
"""Between a person and the post they leave: "ông X thôi giữ chức "."""


def given_up(
    text: str, names: list[Name], chains: list[list[Post]], people: dict[int, PersonMention]
) -> None:
    """Note the posts each person leaves, printed before or after them.

    "cho thôi giữ chức Bí thư Đảng ủy phường đối với ông Đỗ Văn Vì"; "ông Nguyễn Văn Thành
    thôi giữ chức Bí thư Thành ủy Hải Phòng": such a post is no title of theirs, wherever else
    the text prints it next to them.
    """
    by_start = {name.start: name for name in names}
    for chain in chains:
        at = chain[0].start
        if not GIVEN_UP_BEFORE_RE.search(text, max(0, at - 30), at):
            continue
        gap = APPROVED_AFTER_RE.match(text, chain[-1].end)
        name = by_start.get(gap.end()) if gap is not None else _subject_before(text, names, at)
        if name is not None:
            _leaves(people, name, text, chain)
    for name in names:
        verb = GIVEN_UP_AFTER_NAME_RE.match(text, _after_apposition(text, name, chains))
        if verb is None:
            continue
        left = [c for c in chains if c[0].start == verb.end()]
        if left:
            _leaves(people, name, text, left[0])


def _subject_before(text: str, names: list[Name], at: int) -> Name | None:
    """The last person named before ``at`` in the same sentence: who leaves the post.

    "ông Ngô Chí Cường, …, thôi tham gia Ban Chấp hành …, thôi chức vụ Bí thư Tỉnh ủy".
    """
    before = [n for n in names if n.end <= at]
    if not before or CLAUSE_STOP_RE.search(text, before[-1].end, at):
        return None
    return before[-1]


CLAUSE_STOP_RE = re.compile(r"[.;:!?]")


def _leaves(people: dict[int, PersonMention], name: Name, text: str, chain: list[Post]) -> None:
    person = people.setdefault(name.start, PersonMention(name.text, name.start, name.end))
    person.given_up += [" ".join(post.printed(text).split()) for post in chain]
