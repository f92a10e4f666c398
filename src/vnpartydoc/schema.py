"""JSON Schema (draft 2020-12) of vnpartydoc files, generated from the models.

The committed copy lives in ``docs/schema/vnpartydoc.schema.json``; a test fails when it
differs from :func:`json_schema`, and ``vnpartydoc schema`` prints exactly that text.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import Field, TypeAdapter

from vnpartydoc.models import Record

if TYPE_CHECKING:
    import os

__all__ = ["SCHEMA_ID", "json_schema", "schema_text", "write_schema"]

SCHEMA_ID = "https://vnpartydoc.github.io/schema/vnpartydoc.schema.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema() -> dict[str, Any]:
    """The schema of one file: any record, told apart by its ``type`` key.

    Example:
        >>> json_schema()["$schema"]
        'https://json-schema.org/draft/2020-12/schema'
    """
    adapter: TypeAdapter[Any] = TypeAdapter(Annotated[Record, Field(discriminator="type")])
    body = adapter.json_schema(mode="validation")
    return {
        "$schema": DIALECT,
        "$id": SCHEMA_ID,
        "title": "vnpartydoc record",
        "description": (
            "One record of a vnpartydoc corpus: a Party document, an article, an organisation, "
            "a congress, a person, or a file of shared entities. The 'type' key tells which."
        ),
        "type": "object",
        "required": ["type"],
        **body,
    }


def schema_text() -> str:
    """The schema as canonical JSON text (2-space indent, UTF-8, trailing newline)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def write_schema(path: str | os.PathLike[str]) -> None:
    """Write the schema to ``path`` atomically."""
    from vnpartydoc.serialization import write_atomic

    write_atomic(path, schema_text())
