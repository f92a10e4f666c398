"""Ids the extractor gives the records it builds, in one place for every stage that names them.

>>> congress_id("dang-bo-tinh-an-giang", 11)
'dai-hoi-dang-bo-tinh-an-giang-xi'
>>> congress_resolution_id("dai-hoi-dang-bo-tinh-an-giang-xi")
'nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi'
"""

from __future__ import annotations

from vnpartydoc.extract.scan import to_roman

__all__ = ["congress_id", "congress_resolution_id"]


def congress_id(organisation: str, ordinal: int) -> str:
    """Id of the congress of ``organisation`` with that ordinal: ``dai-hoi-<org>-<roman>``."""
    return f"dai-hoi-{organisation}-{to_roman(ordinal).lower()}"


def congress_resolution_id(congress: str) -> str:
    """Id of the resolution the congress ``congress`` (an id) adopted: ``nghi-quyet-<id>``."""
    return f"nghi-quyet-{congress}"
