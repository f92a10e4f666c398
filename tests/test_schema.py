"""Tests for the JSON Schema: committed copy, examples against it, other tools."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import vnpartydoc
from vnpartydoc.corpus import find_files
from vnpartydoc.schema import SCHEMA_ID, json_schema, schema_text

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FILE = ROOT / "docs" / "schema" / "vnpartydoc.schema.json"
EXAMPLES = find_files([ROOT / "examples"])


def test_committed_schema_matches_the_models() -> None:
    """The committed schema is what the code generates (regenerate: vnpartydoc schema --out)."""
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text()


def test_schema_is_draft_2020_12_with_an_id() -> None:
    """Declares its dialect and $id, and is itself a valid 2020-12 schema."""
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID
    jsonschema.Draft202012Validator.check_schema(schema)


def test_every_field_is_documented() -> None:
    """Every property of every record model carries a description."""
    for name, definition in json_schema()["$defs"].items():
        for prop, spec in definition.get("properties", {}).items():
            assert spec.get("description"), f"{name}.{prop} has no description"


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_examples_validate_with_jsonschema(path: Path) -> None:
    """Every example, as JSON, validates against the schema with the jsonschema package."""
    data = json.loads(vnpartydoc.dumps(vnpartydoc.load(path), "json"))
    jsonschema.Draft202012Validator(json_schema()).validate(data)


def test_schema_rejects_what_the_models_reject() -> None:
    """The schema also rejects unknown keys, bad ids, bad numbers and a missing type."""
    validator = jsonschema.Draft202012Validator(json_schema())
    good = {"type": "chi-thi", "id": "ct-01", "title": "Chỉ thị", "number": "01-CT/TU"}
    assert validator.is_valid(good)
    for bad in (
        {**good, "titel": "x"},
        {**good, "id": "../x"},
        {**good, "number": "1/2"},
        {k: v for k, v in good.items() if k != "type"},
        {**good, "type": "khac"},
    ):
        assert not validator.is_valid(bad), bad


def test_check_jsonschema_accepts_every_example(tmp_path: Path) -> None:
    """check-jsonschema, as other tools run it, passes on every example in JSON form."""
    exe = shutil.which("check-jsonschema") or str(
        Path(sys.executable).with_name("check-jsonschema")
    )
    if not Path(exe).exists():
        pytest.skip("check-jsonschema is not installed")
    files = []
    for path in EXAMPLES:
        out = tmp_path / (path.stem + ".json")
        out.write_text(vnpartydoc.dumps(vnpartydoc.load(path), "json"), encoding="utf-8")
        files.append(str(out))
    done = subprocess.run(
        [exe, "--schemafile", str(SCHEMA_FILE), *files], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "chi-thi", "id": "ct", "title": "x", "titel": "y"}', encoding="utf-8")
    done = subprocess.run(
        [exe, "--schemafile", str(SCHEMA_FILE), str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
