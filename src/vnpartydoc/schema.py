"""JSON Schema (draft 2020-12) of vnpartydoc files, generated from the models.

The committed copy lives in ``docs/schema/vnpartydoc.schema.json``; a test fails when it
differs from :func:`json_schema`, and ``vnpartydoc schema`` prints exactly that text.

The top level names the record types in ``type`` and has one ``if``/``then`` branch per type,
so a validator reports the errors of the record's own type only, each at its own path (a
``oneOf`` would report every type's errors, and OpenAPI's ``discriminator`` is not JSON Schema).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter

from vnpartydoc.enums import KIND_CODES, DocumentKind
from vnpartydoc.models import RECORD_TYPES, TEXT_PATTERN, Record

if TYPE_CHECKING:
    import os

__all__ = ["SCHEMA_ID", "json_schema", "schema_text", "write_schema"]

SCHEMA_ID = "https://vnpartydoc.github.io/schema/vnpartydoc.schema.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
FINAL_LINE_FEED = {
    "description": "no line feed at the end (Python's re lets $ match before one)",
    "type": "string",
    "pattern": "\n$",
}
"""Refused beside every one-line pattern, so Python-dialect validators agree with the others."""


def json_schema() -> dict[str, Any]:
    """The schema of one file: any record, told apart by its ``type`` key.

    Example:
        >>> json_schema()["$schema"]
        'https://json-schema.org/draft/2020-12/schema'
    """
    adapter: TypeAdapter[Any] = TypeAdapter(Record)
    defs = _one_line(adapter.json_schema(mode="validation")["$defs"])
    defs = _nullable(defs, defs)
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
        "properties": {
            "type": {"description": "Record type.", "enum": sorted(RECORD_TYPES)},
        },
        "allOf": [_branch(kind) for kind in sorted(RECORD_TYPES)],
        "$defs": defs,
    }


def _branch(kind: str) -> dict[str, Any]:
    """``if type is kind then the kind's model``, with the number's type codes it refuses."""
    then: dict[str, Any] = {"$ref": f"#/$defs/{RECORD_TYPES[kind].__name__}"}
    if kind in DocumentKind._value2member_map_:
        others = sorted(code for code, kinds in KIND_CODES.items() if kind not in kinds)
        then["properties"] = {
            "number": {
                "not": {
                    "description": f"a number whose type code belongs to another kind than {kind}",
                    "type": "string",
                    "pattern": "^[0-9]+-(?:" + "|".join(others) + ")/",
                }
            }
        }
    return {"if": {"properties": {"type": {"const": kind}}, "required": ["type"]}, "then": then}


def _one_line(node: Any) -> Any:
    r"""Add :data:`FINAL_LINE_FEED` as ``not`` beside every pattern of one-line values.

    Under ECMA 262 and Rust, ``$`` is the end of the string; under Python's ``re`` (which
    ``jsonschema`` and check-jsonschema's ``python`` dialect use) it also matches before a final
    line feed, so "2020-09-25\n" would pass there alone. Text may hold line feeds: its pattern
    consumes them, and needs no guard.
    """
    if isinstance(node, list):
        return [_one_line(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _one_line(value) for key, value in node.items()}
    pattern = out.get("pattern")
    if isinstance(pattern, str) and pattern.endswith("$") and pattern != TEXT_PATTERN:
        out["not"] = FINAL_LINE_FEED
    return out


def _nullable(node: Any, defs: dict[str, Any]) -> Any:
    """Write "X or null" without ``anyOf``, so errors inside X are reported at their own path.

    Under ``anyOf`` a validator can only say the value "is not valid under any of the given
    schemas" and list both branches. A scalar becomes ``"type": [T, "null"]`` (its pattern and
    bounds apply to T only); a model or enum becomes ``if`` it is a T ``then`` the definition.
    """
    if isinstance(node, list):
        return [_nullable(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _nullable(value, defs) for key, value in node.items()}
    branches = out.get("anyOf")
    if not (isinstance(branches, list) and len(branches) == 2 and {"type": "null"} in branches):
        return out
    (other,) = [branch for branch in branches if branch != {"type": "null"}]
    del out["anyOf"]
    if "$ref" in other:
        kind = defs[other["$ref"].rsplit("/", 1)[1]]["type"]
        return {**out, "type": [kind, "null"], "if": {"type": kind}, "then": other}
    if isinstance(other.get("type"), str) and "anyOf" not in other:
        merged = {**other, **out, "type": [other["type"], "null"]}
        if "enum" in other:
            merged["enum"] = [*other["enum"], None]
        return merged
    return {**out, "anyOf": branches}


def schema_text() -> str:
    """The schema as canonical JSON text (2-space indent, UTF-8, trailing newline)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def write_schema(path: str | os.PathLike[str]) -> None:
    """Write the schema to ``path`` atomically."""
    from vnpartydoc.serialization import write_atomic

    write_atomic(path, schema_text())
