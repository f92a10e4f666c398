"""Records stage: the general goal, the targets and results, and the numbered points of a text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vnpartydoc.models import Target

if TYPE_CHECKING:
    from vnpartydoc.extract.records.builder import Builder

__all__ = ["general_goal", "point_data", "target_records"]


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


def target_records(
    builder: Builder, record: str, term: str | None, *, results: bool = False
) -> list[Target]:
    """Target models of the new targets, or of the results already reached (``results``).

    A result keeps its value as ``achieved`` (and the earlier target as ``value`` when the
    "achieved/target" notation prints it). Spans go to ``record`` ("" when no resolution
    holds them) under ``targets`` or ``achievements``.
    """
    out = []
    mentions = [m for m in builder.reading.targets if m.result is results]
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


def point_data(builder: Builder, record: str) -> list[dict[str, Any]]:
    """Points of the main record."""
    out = []
    for i, point in enumerate(builder.reading.points):
        out.append({"label": point.label, "heading": point.heading, "text": point.text})
        builder.span(point.start, point.end, record, f"points.{i}")
    return out
