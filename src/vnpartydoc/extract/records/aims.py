"""Records stage: the general goal, the targets and results, and the numbered points of a text."""

from __future__ import annotations

from bisect import insort
from typing import TYPE_CHECKING, Any

from vnpartydoc.enums import DocumentKind
from vnpartydoc.extract.clean import squeeze
from vnpartydoc.extract.goals import GOAL_KINDS
from vnpartydoc.extract.records.documents import cited_document
from vnpartydoc.models import Goal, Resolution, Target

if TYPE_CHECKING:
    from vnpartydoc.extract.citations import Citation
    from vnpartydoc.extract.goals import GoalMention
    from vnpartydoc.extract.records.builder import Builder
    from vnpartydoc.extract.state import Reading
    from vnpartydoc.extract.targets import TargetMention
    from vnpartydoc.models import Document

__all__ = [
    "cited_goal",
    "general_goal",
    "goal_is_held",
    "main_holds_goal",
    "own_goal",
    "point_data",
    "read_goal",
    "target_records",
]

Holder = tuple["Citation", "Document | None"]
"""A document that may hold the goal: its citation, and its record (None when it is only
named with the goal and has no record yet)."""


def general_goal(builder: Builder, record: str) -> dict[str, Any] | None:
    """The general goal, with spans under ``record``."""
    goal = builder.reading.goal
    if goal is None:
        return None
    builder.span(goal.start, goal.end, record, "general_goal.text")
    milestones = []
    for i, (year, text, a, b) in enumerate(goal.milestones):
        milestones.append({"year": year, "text": text})
        builder.span(a, b, record, f"general_goal.milestones.{i}")
    return {"text": goal.text, "milestones": milestones}


def goal_is_held(resolutions: dict[str, dict[str, Any]]) -> bool:
    """Whether a congress resolution already holds the general goal."""
    return any("general_goal" in data for data in resolutions.values())


def own_goal(reading: Reading) -> bool:
    """Whether the goal is the text's own, before any congress the text speaks of.

    So it is when the text is a plan, strategy, programme, scheme or planning printed with its
    heading.
    """
    return reading.goal is not None and reading.layout.kind in GOAL_KINDS


def main_holds_goal(reading: Reading, resolutions: dict[str, dict[str, Any]]) -> bool:
    """Whether the main record holds the goal.

    It does when the goal is the text's own (:func:`own_goal`), or when the text is a
    resolution and no congress resolution holds the goal already.
    """
    if own_goal(reading):
        return True
    resolution = reading.layout.kind is DocumentKind.RESOLUTION
    return resolution and reading.goal is not None and not goal_is_held(resolutions)


def cited_goal(
    builder: Builder,
    cited: list[tuple[Citation, Document]],
    documents: dict[str, Document],
    resolutions: dict[str, dict[str, Any]],
) -> None:
    """Give the general goal to the document the text reports it of, when nothing else holds it.

    A text that is not itself the goal's document (a news article, a report, a directive)
    gives it, in this order, to:

    1. the document named or cited last in the goal's sentence, before it, that sets goals (a
       resolution of no congress, a plan, strategy, programme, scheme or planning): "Quy hoạch
       tỉnh Thái Bình thời kỳ 2021-2030 đặt mục tiêu tới năm 2030, …";
    2. the resolution cited last before the goal, else the first cited after it ("truyền đạt
       Nghị quyết số 29-NQ/TW … Mục tiêu đến năm 2030, …");
    3. likewise a cited plan, strategy, programme, scheme or planning;
    4. such a document named on the goal's line before it (the last), else in the title.

    A document only named ("Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030, tầm nhìn đến năm
    2050", in its fullest printing) becomes a record of its own, cited by the text. The record
    in ``documents`` is replaced.
    """
    reading = builder.reading
    goal = reading.goal
    if goal is None or goal_is_held(resolutions) or reading.layout.kind is DocumentKind.RESOLUTION:
        return
    if own_goal(reading):
        return
    chosen = _holder(builder, goal, cited)
    if chosen is None:
        return
    cit, doc = chosen
    if doc is None:
        doc = cited_document(builder, cit)
        if doc is None:
            return
        if doc.id not in documents:
            documents[doc.id] = doc
            insort(cited, (cit, doc), key=lambda pair: pair[0].start)
    current = documents[doc.id]
    data = current.model_dump(mode="json", exclude_defaults=True, by_alias=True)
    data["general_goal"] = general_goal(builder, doc.id)
    rebuilt = builder.make(type(current), data, cit.start)
    if rebuilt is not None:
        documents[doc.id] = rebuilt


def read_goal(
    builder: Builder, held_by: list[Document | None], resolutions: dict[str, dict[str, Any]]
) -> Goal | None:
    """The general goal read, for the result: the one a record holds, else the goal alone.

    A goal no document can be found for (an excerpt that quotes a strategy's goal without its
    name: "Theo đó, mục tiêu đến năm 2025, …"; a province's aim in a speech) is not lost: it
    is kept on the result, with spans under no record and a ``goal_without_document`` issue, as
    targets without a resolution are.

    Args:
        builder: The records stage's builder.
        held_by: The main record and the cited documents, built.
        resolutions: The congress resolutions' data, not yet validated.
    """
    goal = builder.reading.goal
    if goal is None:
        return None
    for record in held_by:
        found = getattr(record, "general_goal", None)
        if isinstance(found, Goal):
            return found
    for data in resolutions.values():
        if "general_goal" in data:
            held: Goal | None = builder.make(Goal, data["general_goal"], goal.start)
            return held
    builder.issue(
        "goal_without_document",
        "a general goal was read but no document holds it; it is on the result only",
        goal.start,
    )
    alone: Goal | None = builder.make(Goal, general_goal(builder, "") or {}, goal.start)
    return alone


def _sets_goals(doc: Document) -> bool:
    """Whether a cited document may hold a goal: no congress's resolution, a plan and the like."""
    if isinstance(doc, Resolution):
        return not doc.congress
    return doc.kind in GOAL_KINDS


def _holder(
    builder: Builder, goal: GoalMention, cited: list[tuple[Citation, Document]]
) -> Holder | None:
    """The document the goal belongs to (see :func:`cited_goal`), or None."""
    taken = [(cit.start, cit.end) for cit, _ in cited]
    named = [n for n in goal.named if not any(a < n.end and n.start < b for a, b in taken)]
    sentence = builder.reading.sentences.around(goal.start)[0]
    subjects: list[Holder] = [
        (c, d) for c, d in cited if sentence <= c.start < goal.start and _sets_goals(d)
    ]
    subjects += [(n, None) for n in named if sentence <= n.start]
    if subjects:
        return _fullest(max(subjects, key=lambda pair: pair[0].start), goal)
    for resolution in (True, False):
        found = _nearest(
            goal,
            [
                (c, d)
                for c, d in cited
                if _sets_goals(d) and isinstance(d, Resolution) is resolution
            ],
        )
        if found is not None:
            return found
    if named:
        return _fullest((named[-1], None), goal)
    return _fullest((goal.titled[0], None), goal) if goal.titled else None


def _nearest(goal: GoalMention, cited: list[tuple[Citation, Document]]) -> Holder | None:
    """The document cited last before the goal, else the first cited after it."""
    chosen: Holder | None = None
    for cit, doc in cited:
        if cit.start < goal.start or chosen is None:
            chosen = (cit, doc)
        if cit.start >= goal.start:
            break
    return chosen


def _fullest(holder: Holder, goal: GoalMention) -> Holder:
    """A named document in its fullest printing, when it is printed twice.

    "Quy hoạch tỉnh Thái Bình thời kỳ 2021-2030" before the goal is the title's "Quy hoạch
    tỉnh Thái Bình thời kỳ 2021-2030, tầm nhìn đến năm 2050".
    """
    cit, doc = holder
    if doc is not None or cit.about is None:
        return holder
    name = squeeze(cit.about)
    for other in (*goal.named, *goal.titled):
        about = squeeze(other.about or "")
        if other.kind is cit.kind and len(about) > len(name) and about.startswith(name):
            cit, name = other, about
    return cit, None


def target_records(
    builder: Builder, record: str, term: str | None, *, results: bool = False
) -> list[Target]:
    """Target models of the new targets, or of the results already reached (``results``).

    A result keeps its value as ``achieved`` (and the earlier target as ``value`` when the
    "achieved/target" notation prints it). Spans go to ``record`` ("" when no resolution
    holds them) under ``targets`` or ``achievements``.
    """
    out = []
    mentions = _restated_in_body(
        builder, [m for m in builder.reading.targets if m.result is results]
    )
    name = "achievements" if results else "targets"
    for i, mention in enumerate(mentions):
        plain_result = mention.result and mention.achieved is None
        data: dict[str, Any] = {
            "indicator": mention.indicator,
            "value": None if plain_result else mention.value,  # a Quantity is taken as it is
            "unit": mention.unit,
            "qualifier": mention.qualifier,  # enum members are taken as they are
            "deadline": mention.deadline,
            "period": term if mention.five_years and not mention.deadline else None,
            "area": mention.area,
            "achieved": mention.value if plain_result else mention.achieved,
            "printed": mention.printed,
        }
        target = builder.make(Target, data, mention.start)
        if target is not None:
            out.append(target)
            builder.span(
                mention.value_span[0],
                mention.value_span[1],
                record,
                f"{name}.{i}.{'achieved' if plain_result else 'value'}",
            )
    return out


def _restated_in_body(builder: Builder, mentions: list[TargetMention]) -> list[TargetMention]:
    """The mentions without those of the title line that the body states again.

    A headline restates a figure of the text ("Chiêm Hóa phấn đấu đến năm 2025 có 60% xã đạt
    chuẩn nông thôn mới"): one target, read where the body sets it.
    """
    title = builder.reading.layout.title
    if title is None:
        return mentions
    in_title = {id(m) for m in mentions if title.start <= m.start < title.end}
    if not in_title:
        return mentions
    body_values = {m.value for m in mentions if id(m) not in in_title}
    return [m for m in mentions if id(m) not in in_title or m.value not in body_values]


def point_data(builder: Builder, record: str) -> list[dict[str, Any]]:
    """Points of the main record."""
    out = []
    for i, point in enumerate(builder.reading.points):
        out.append({"label": point.label, "heading": point.heading, "text": point.text})
        builder.span(point.start, point.end, record, f"points.{i}")
    return out
