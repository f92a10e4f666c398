"""Records stage, shared part: the :class:`Builder` every phase writes spans and issues through."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from vnpartydoc.enums import BodyKind
from vnpartydoc.extract.state import issue_at, org_key

if TYPE_CHECKING:
    from vnpartydoc.errors import Issue
    from vnpartydoc.extract.state import Reading

__all__ = ["CPV", "Builder", "committee_text"]


CPV = org_key(None, None, True)


_CENTRAL_ORGAN_RE = re.compile(
    r"Trung\s+ương|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Quốc\s+hội|Chính\s+phủ"
)
_EXECUTIVE_COMMITTEE_RE = re.compile(
    r"^(?:Hội nghị )?Ban Chấp hành Đảng bộ (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"
    r"(?= |$)"
)
"""A local executive committee, its place named or not; the place stays after the committee."""
_COMMITTEE_OF = {
    "tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "quận": "Quận ủy",
    "thị xã": "Thị ủy", "xã": "Đảng ủy xã", "phường": "Đảng ủy phường",
    "thị trấn": "Đảng ủy thị trấn",
}  # fmt: skip
_COMMITTEE_RE = re.compile(
    r"(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy(?: (?:xã|phường|thị trấn))?)(?: (.+))?$"
)
_UNIT_OF = {"Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố", "Huyện ủy": "huyện", "Quận ủy": "quận",
            "Thị ủy": "thị xã", "Đảng ủy xã": "xã", "Đảng ủy phường": "phường",
            "Đảng ủy thị trấn": "thị trấn"}  # fmt: skip


class Builder:
    """Collects where values were read and issues, validates records, tells organs' owners.

    Every phase of :func:`vnpartydoc.extract.records.build` takes it. It holds the reading,
    which the phases only read (it is frozen), and what the records stage itself gathers: the
    places read so far and its issues, which :func:`~vnpartydoc.extract.records.build` puts
    after the discourse stage's.
    """

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.places: list[tuple[int, int, str, str]] = []
        """Where each value was read: (start, end, record, field), made into spans at the end."""
        self.issues: list[Issue] = []
        """Issues raised by the records stage, in order."""

    def span(self, start: int, end: int, record: str, name: str) -> None:
        """Record where a value was read."""
        self.places.append((start, end, record, name))

    def issue(self, code: str, message: str, at: int | None) -> None:
        """Record an issue at a text offset (:func:`~vnpartydoc.extract.state.issue_at`)."""
        self.issues.append(issue_at(code, message, self.reading.page.raw, at))

    def make(self, model: type[BaseModel], data: dict[str, Any], at: int | None) -> Any:
        """Validate a record; on failure report an issue and return None.

        The model's validator is called directly: ``model_validate`` without options does only
        that, after a Python frame and keyword handling of its own.
        """
        try:
            return model.__pydantic_validator__.validate_python(
                {k: v for k, v in data.items() if v is not None}
            )
        except ValidationError as exc:
            error = exc.errors()[0]
            self.issue(
                "record_invalid",
                f"dropped a {model.__name__} that does not validate: {error['msg']} "
                f"(at {'.'.join(str(p) for p in error['loc'])})",
                at,
            )
            return None

    def organ_org(self, organ: str | None) -> str | None:
        """Organisation id an organ belongs to ("Ban Tuyên giáo Tỉnh ủy" → the province)."""
        found = _organ_committee(organ)
        if found is None or found[0] is None:
            return None if found is None else CPV
        unit, locality = found
        if locality:
            return org_key(unit, locality, False)
        same = [k for k, o in self.reading.orgs.items() if o.unit == unit]
        return same[0] if len(same) == 1 else None


def committee_text(kind: BodyKind | None, body: str | None) -> str | None:
    """The issuing body's name (whitespace collapsed) for :meth:`Builder.organ_org`, if any."""
    if body is None:
        return None
    match = _EXECUTIVE_COMMITTEE_RE.match(body) if kind is BodyKind.EXECUTIVE_COMMITTEE else None
    if match is not None or body.startswith("Ban Chấp hành Đảng bộ"):
        # Only a committee whose place is named ("… Đảng bộ thành phố Thái Nguyên") is told.
        return body if match is not None and match.end() < len(body) else None
    return body


@lru_cache(maxsize=1024)
def _organ_committee(organ: str | None) -> tuple[str | None, str | None] | None:
    """(unit, locality or None) of the committee an organ belongs to; (None, None) if central."""
    if organ is None:
        return None
    if _CENTRAL_ORGAN_RE.search(organ):
        return None, None
    organ = _EXECUTIVE_COMMITTEE_RE.sub(lambda m: _COMMITTEE_OF[m[1]], organ)
    match = _COMMITTEE_RE.search(organ)
    if match is None:
        return None
    unit = _UNIT_OF.get(match[1])
    return (unit, match[2]) if unit is not None else None
