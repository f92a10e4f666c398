"""Records stage: the general goal, the targets and results, and the numbered points of a text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vnpartydoc.enums import DocumentKind
from vnpartydoc.models import Resolution, Target

if TYPE_CHECKING:
    from vnpartydoc.extract.citations import Citation
    from vnpartydoc.extract.records.builder import Builder
    from vnpartydoc.extract.targets import TargetMention
    from vnpartydoc.models import Document

__all__ = ["cited_goal", "general_goal", "goal_is_held", "point_data", "target_records"]


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


def cited_goal(
    builder: Builder,
    cited: list[tuple[Citation, Document]],
    documents: dict[str, Document],
    resolutions: dict[str, dict[str, Any]],
) -> None:
    """Give the general goal to the cited resolution it belongs to, when nothing else holds it.

    A text with no congress that tells the goal of a resolution it cites ("truyền đạt Nghị
    quyết số 29-NQ/TW … Mục tiêu đến năm 2030, …") gives it to the resolution cited last
    before the goal (or, failing one, the first cited after it). A text that is itself a
    resolution keeps the goal (:func:`~vnpartydoc.extract.records.main.main_record`). The
    record in ``documents`` is replaced.
    """
    reading = builder.reading
    goal = reading.goal
    if goal is None or goal_is_held(resolutions) or reading.layout.kind is DocumentKind.RESOLUTION:
        return
    chosen: tuple[Citation, Document] | None = None
    for cit, doc in cited:
        if not isinstance(doc, Resolution) or doc.congress:
            continue
        if cit.start < goal.start or chosen is None:
            chosen = (cit, doc)
        if cit.start >= goal.start:
            break
    if chosen is None:
        return
    cit, doc = chosen
    current = documents[doc.id]
    data = current.model_dump(mode="json", exclude_defaults=True, by_alias=True)
    data["general_goal"] = general_goal(builder, doc.id)
    rebuilt = builder.make(Resolution, data, cit.start)
    if rebuilt is not None:
        documents[doc.id] = rebuilt


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
