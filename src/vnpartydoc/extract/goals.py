"""Stage 3, mentions: the general goal of a resolution, with its milestones.

The goal is read after "mục tiêu tổng quát" (quoted, after ":" or "là", or the paragraph that
follows a heading), or from "mục tiêu đến năm 2030, …" on, with the paragraphs after it that
open with a later deadline ("Tầm nhìn đến năm 2045, …"); each "đến năm YYYY" or "tới năm YYYY"
inside it starts a milestone. A text that never names
its goal may still state it as a vision: one sentence with two or more "đến năm YYYY", in
rising years, each followed by words only (no figure, which would make it a target), is read
as the goal.

The documents a goal may belong to are named with it: on the goal's line before it, and in the
title, a plan, strategy, programme, scheme or planning named by its kind, subject and period
("Quy hoạch tỉnh Thái Bình thời kỳ 2021-2030, tầm nhìn đến năm 2050 đặt mục tiêu …") is kept
with the goal as a :class:`~vnpartydoc.extract.citations.Citation` without number or issuer
(its subject and period are what it is ``about``); the records stage picks the goal's holder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vnpartydoc.enums import DocumentKind
from vnpartydoc.extract.citations import Citation
from vnpartydoc.extract.clean import squeeze
from vnpartydoc.extract.lexicon import LOWER, UPPER
from vnpartydoc.extract.scan import Words, literal_first, lowered, search_at
from vnpartydoc.patterns import YEAR, year_span

__all__ = ["GOAL_KINDS", "GoalMention", "find_goal"]

GOAL_KINDS = frozenset(
    {
        DocumentKind.STRATEGY,
        DocumentKind.PLAN,
        DocumentKind.PROGRAMME,
        DocumentKind.CADRE_PLANNING,
        DocumentKind.SCHEME,
    }
)
"""Kinds besides the resolution whose text sets a general goal of its own: plans (kế hoạch),
strategies (chiến lược), programmes (chương trình), schemes (đề án), plannings (quy hoạch)."""
_KIND_OF_LABEL = {kind.label: kind for kind in GOAL_KINDS}
_KINDS = "|".join(sorted(_KIND_OF_LABEL, key=len, reverse=True)).replace(" ", r"\s+")
NAMED_RE = re.compile(
    rf"(?<![{LOWER}{UPPER}])(?P<kind>{_KINDS})"
    rf"\s+(?P<subject>(?:(?!{_KINDS})[^\s.;:!?“”\"(),])(?:(?!{_KINDS})[^.;:!?“”\"(),\n]){{1,150}}?)"
    rf"\s+(?:(?:thời\s+kỳ|giai\s+đoạn|năm)\s+{year_span()}|(?:đến|tới)\s+năm\s+{YEAR})"
    rf"(?:\s*,?\s*(?:tầm\s+nhìn|định\s+hướng)\s+(?:đến|tới)\s+năm\s+{YEAR})?"
    rf"(?![\d{LOWER}{UPPER}])"
)
"""A goal-setting document named by its kind (capitalised, as a name is), its subject and its
period: "Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", "Chiến lược
phát triển du lịch Việt Nam đến năm 2030". The subject names no other such kind ("Kế hoạch
tuyên truyền Quy hoạch tỉnh …" names the planning, from its own kind word)."""


GOAL_ANCHOR_RE = re.compile(
    r"(?i:mục\s+tiêu\s+(?:tổng\s+quát|chung)|mục\s+tiêu(?=\s*:)"
    r"|mục\s+tiêu(?=\s+(?:đến|tới)\s+năm\s+\d{4}))"
)
"""The general goal's lead-in: "mục tiêu tổng quát", "mục tiêu chung", "mục tiêu:" itself, or
"mục tiêu đến năm 2030, …" (the goal starts at its first deadline)."""
QUOTE_RE = re.compile(r"[^“\"\n]{0,80}?[“\"](?P<goal>[^”\"]{10,3000})[”\"]")
GOAL_IS_RE = re.compile(r"[^.;:\n]{0,100}?\s(?i:là)\s+(?!:)")
"""The goal told with "là" and no quotes: "mục tiêu tổng quát của nhiệm kỳ là xây dựng …"."""
_DEADLINES = (r"phấn\s+đấu\s+đến\s+năm", r"phấn\s+đấu\s+tới\s+năm", r"đến\s+năm", r"tới\s+năm")
# Each form's first letter written out, so that re skips straight to those letters.
MILESTONE_RE = re.compile(rf"(?:{literal_first(_DEADLINES)})\s+(?P<year>\d{{4}})\s*,?\s*")
NEXT_MILESTONE_RE = re.compile(r"[,;]\s*(?:(?i:và)\s+)?(?i:năm)\s+(?P<year>\d{4})\s*,?\s*")
"""A later milestone said with its year only, after a deadline: "đến năm 2025 trở thành tỉnh
khá trong khu vực, năm 2030 trở thành tỉnh khá trong cả nước"."""
DEADLINE_FIRST_RE = re.compile(r"\s+(?=(?i:đến|tới)\s+năm\s+\d{4})")
"""The goal that starts at its first deadline, right after "mục tiêu": its subject follows,
capitalised ("Mục tiêu đến năm 2030, Việt Nam cơ bản trở thành …")."""
GOES_ON_RE = re.compile(
    r"(?i:(?:tầm\s+nhìn\s+)?(?:đến|tới)\s+năm)\s+\d{4}|(?i:mục\s+tiêu\s+(?:đến|tới)\s+năm)\s+\d{4}\s*,"
)
"""A paragraph that carries the goal on to a later milestone: "Tầm nhìn đến năm 2045, …",
"Mục tiêu đến năm 2030, du lịch thực sự là …" (a comma: "Mục tiêu đến năm 2030:" lists
targets)."""
GENERAL_RE = re.compile(r"(?i:mục\s+tiêu\s+(?:tổng\s+quát|chung))")
"""The lead-in that names the goal itself: after it a deadline starts the goal, whatever its
case ("mục tiêu tổng quát đến năm 2025 đưa Việt Nam trở thành …")."""
MILESTONE_TAIL_RE = re.compile(r"(?:\s*[;,]?\s*(?i:và|tầm\s+nhìn))+$")
_GOAL_WORDS = ("mục",)  # GOAL_ANCHOR_RE
SENTENCE_RE = re.compile(r"[^\s.!?…;][^.!?…]*(?:[.!?…](?!\s)[^.!?…]*)*")
"""A sentence inside a line: up to ".", "!", "?" or "…" followed by a space or the line end."""
_VISION_WORDS = ("đến",)  # MILESTONE_RE
NOT_A_FIGURE_RE = re.compile(
    r"\(\s*\d{4}\s*[-\u2013\u2014]\s*\d{4}\s*\)|(?i:tròn|kỷ\s+niệm|sau)\s+\d+\s+năm(?![\d/])"
)
"""Numbers in a vision that are no figure of a target: the span of an anniversary ("(1930 -
2030)") and the anniversary itself ("tròn 100 năm thành lập", "kỷ niệm 100 năm")."""
AIMS_RE = re.compile(r"(?i:mục\s+tiêu)")
"""A sentence that says it sets goals ("đề ra các mục tiêu, nhiệm vụ …") before its one
deadline states a goal with that deadline ("… phấn đấu đến năm 2030 trở thành tỉnh khá")."""


@dataclass
class GoalMention:
    """The general goal and its milestones: (year, text, start, end)."""

    text: str
    start: int
    end: int
    milestones: list[tuple[int, str, int, int]] = field(default_factory=list)
    named: tuple[Citation, ...] = ()
    """Goal-setting documents named (:data:`NAMED_RE`) on the goal's line, before it."""
    titled: tuple[Citation, ...] = ()
    """Goal-setting documents named in the title line (when it is not the goal's line)."""


def _milestones(raw: str, start: int, end: int) -> list[tuple[int, str, int, int]]:
    """Each milestone: a deadline ("đến năm 2030"), or a later year said alone after one."""
    found = [(m.start(), m.end(), int(m["year"])) for m in MILESTONE_RE.finditer(raw, start, end)]
    if found and raw.find("năm", found[0][1], end) >= 0:
        for m in NEXT_MILESTONE_RE.finditer(raw, found[0][1], end):
            before = [year for at, _, year in found if at < m.start()]
            if int(m["year"]) > max(before):
                found.append((m.start() + 1, m.end(), int(m["year"])))
        found.sort()
    out = []
    for i, (at, after, year) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else end
        text = raw[after:stop].strip().rstrip(";,. ").strip()
        text = MILESTONE_TAIL_RE.sub("", text).strip(" ;,.")
        if text:
            out.append((year, " ".join(text.split()), at, stop))
    return out


def find_goal(
    raw: str,
    fold: str,
    lines: list[tuple[int, int]],
    words: Words | None = None,
    *,
    title: tuple[int, int] | None = None,
) -> GoalMention | None:
    """The general goal, from the first line that names it, with the documents named with it.

    ``words`` indexes :func:`lowered` ``fold``, when the caller has it; ``title`` is the span
    of the title line, if any.
    """
    words = Words(lowered(fold)) if words is None else words
    goal = _named_goal(raw, fold, lines, words)
    goal = goal if goal is not None else _vision(raw, fold, lines, words)
    if goal is None:
        return None
    line_start = max((a for a, _ in lines if a <= goal.start), default=goal.start)
    goal.named = _named(fold, line_start, goal.start)
    if title is not None and title[0] != line_start:
        goal.titled = _named(fold, *title)
    return goal


def _named(fold: str, start: int, end: int) -> tuple[Citation, ...]:
    """The documents :data:`NAMED_RE` finds in ``fold[start:end]``, as citations."""
    out = []
    for match in NAMED_RE.finditer(fold, start, end):
        kind = _KIND_OF_LABEL[" ".join(match["kind"].split())]
        named = Citation(match.start(), match.end(), kind, False, None, None)
        named.about = fold[match.start("subject") : match.end()]  # subject and period
        named.about_span = (match.start("subject"), match.end())
        out.append(named)
    return tuple(out)


def _vision(raw: str, fold: str, lines: list[tuple[int, int]], words: Words) -> GoalMention | None:
    """The first sentence that states milestones in rising years, in words only."""
    single = None
    for i in words.lines_with(_VISION_WORDS, lines):
        start, end = lines[i]
        for sentence in SENTENCE_RE.finditer(fold, start, end):
            a, b = sentence.span()
            milestones = _milestones(raw, a, b)
            years = [year for year, *_ in milestones]
            if not years or years != sorted(set(years)):
                continue
            if any(_has_figure(text) for _, text, *_ in milestones):
                continue
            if len(years) >= 2:
                return GoalMention(squeeze(raw[a:b]).strip().rstrip("."), a, b, milestones)
            if single is None and _aims_at(raw, fold, a, milestones[0][2]):
                single = GoalMention(squeeze(raw[a:b]).strip().rstrip("."), a, b, milestones)
    return single


def _aims_at(raw: str, fold: str, start: int, deadline: int) -> bool:
    """Whether a sentence's one deadline heads the goal the sentence says it sets.

    The sentence names its goals before the deadline ("đề ra các mục tiêu, nhiệm vụ …"), and the
    deadline heads a clause: "phấn đấu đến năm 2030 …", or capitalised after a colon ("Về mục
    tiêu cụ thể: Đến năm 2025 …"); a deadline quoted from a document's wording ("mục tiêu …
    “đến năm 2025 hoàn thành …”") is that document's task.
    """
    return AIMS_RE.search(fold, start, deadline) is not None and (
        raw[deadline].isupper() or fold.startswith("phấn", deadline)
    )


def _has_figure(text: str) -> bool:
    """Whether a milestone's words hold a figure (a target's value), anniversaries aside."""
    if not any(c.isdigit() for c in text):
        return False
    return any(c.isdigit() for c in NOT_A_FIGURE_RE.sub(" ", text))


def _named_goal(
    raw: str, fold: str, lines: list[tuple[int, int]], words: Words
) -> GoalMention | None:
    """The goal after its lead-in, "mục tiêu tổng quát" or the like."""
    for i in words.lines_with(_GOAL_WORDS, lines):
        start, end = lines[i]
        anchor = search_at(GOAL_ANCHOR_RE, fold, words.starts(_GOAL_WORDS, start, end), end)
        if anchor is None:
            continue
        quote = QUOTE_RE.match(fold, anchor.end(), end)
        first = DEADLINE_FIRST_RE.match(fold, anchor.end(), end)
        if first is not None:
            deadline = MILESTONE_RE.match(fold, first.end(), end)
            named = GENERAL_RE.match(fold, anchor.start(), anchor.end()) is not None
            if deadline is None or not (
                fold[deadline.end() : deadline.end() + 1].isupper()
                or (named and fold[deadline.end() : deadline.end() + 1] not in ":")
            ):
                continue  # "mục tiêu đến năm 2025: thu nhập …" lists targets, it names no goal
            a, b = first.end(), _goes_on(fold, lines, i)
        elif quote is not None:
            a, b = quote.start("goal"), quote.end("goal")
        elif fold[anchor.end() : end].strip(" :") == "" and i + 1 < len(lines):
            a, b = lines[i + 1]
        else:
            colon = fold.find(":", anchor.end(), end)
            copula = GOAL_IS_RE.match(fold, anchor.end(), end)
            if colon >= 0 and (copula is None or colon < copula.end()):
                a, b = colon + 1, end
            elif copula is not None:
                a, b = copula.end(), end
            elif fold.startswith(",", anchor.end()):
                goal = _comma_goal(raw, fold, start, end, anchor.start(), anchor.end() + 1)
                if goal is not None:
                    return goal
                continue
            else:
                continue
        text = squeeze(raw[a:b]).strip()
        if len(text) < 10:
            continue
        return GoalMention(text, a, b, _milestones(raw, a, b))
    return None


def _comma_goal(
    raw: str, fold: str, start: int, end: int, anchor: int, after: int
) -> GoalMention | None:
    """The goal told after a comma, its deadlines said around it in the same sentence.

    "Nhiệm kỳ 2025-2030, tầm nhìn đến năm 2040, Đảng bộ xã đề ra mục tiêu tổng quát, xây dựng
    Đảng bộ …": the goal runs to the sentence's end and the deadline before the lead-in is its
    milestone. Without a deadline the comma lists ("mục tiêu tổng quát, nhiệm vụ, giải pháp").
    """
    sentence = max((m.start() for m in SENTENCE_RE.finditer(fold, start, anchor)), default=start)
    stop = fold.find(". ", after, end)
    stop = end if stop < 0 else stop
    milestones = _milestones(raw, sentence, stop)
    text = squeeze(raw[after:stop]).strip().rstrip(".")
    if not milestones or len(text) < 10:
        return None
    return GoalMention(text, after, stop, milestones)


def _goes_on(fold: str, lines: list[tuple[int, int]], i: int) -> int:
    """The end of the goal that starts on line ``i``, and of the lines that carry it on.

    Later lines that open with a deadline ("Tầm nhìn đến năm 2045, …") carry it on.
    """
    end = lines[i][1]
    for start, stop in lines[i + 1 :]:
        if GOES_ON_RE.match(fold, start, stop) is None:
            break
        end = stop
    return end
