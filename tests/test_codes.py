"""Tests for vnpartydoc.codes: the registry matches the code that reports issues and the docs.

The codes reported in ``src/`` are found by reading its syntax trees, not from a list kept by
hand: the first argument of ``Issue(…)``, ``PydanticCustomError(…)`` and of every function of the
package whose first parameter is named ``code`` (``VnPartyDocError.from_code``, the extractor's
``issue``, the value types' ``_custom`` …), ``custom_error_type=`` of pydantic-core schemas, and
the ``(code, message)`` pairs of the ``*_CODES`` tables.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path
from typing import get_args

import pytest
from pydantic_core.core_schema import ErrorType

from vnpartydoc.codes import CODES, Severity, default_severity
from vnpartydoc.errors import DocumentLoadError, Issue, OutputError

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "vnpartydoc"
PLUGIN = ROOT / "mkdocs_plugin" / "vnpartydoc_mkdocs"
ERRORS_MD = ROOT / "docs" / "errors.md"
SEVERITIES = set(get_args(Severity))


def _takes_code(node: ast.FunctionDef) -> bool:
    params = [a.arg for a in node.args.posonlyargs + node.args.args]
    params = params[1:] if params[:1] in (["self"], ["cls"]) else params
    return params[:1] == ["code"]


def _code_taking(trees: list[ast.Module]) -> set[str]:
    """The package's callables whose first parameter (after self or cls) is ``code``.

    Functions and methods by their name; classes by theirs when their ``__init__`` takes it.
    """
    names = {"Issue", "PydanticCustomError"}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and _takes_code(node):
                names.add(node.name)
            elif isinstance(node, ast.ClassDef):
                inits = [f for f in node.body if isinstance(f, ast.FunctionDef)]
                if any(f.name == "__init__" and _takes_code(f) for f in inits):
                    names.add(node.name)
    return names


def _strings(node: ast.expr) -> list[str]:
    """The string constants an argument can be: a literal, or either branch of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def _is_code_table(node: ast.Assign) -> bool:
    """``X_CODES = {…: (code, message), …}``."""
    named = any(isinstance(t, ast.Name) and t.id.endswith("_CODES") for t in node.targets)
    return named and isinstance(node.value, ast.Dict)


def _code_arguments(tree: ast.Module, names: set[str]) -> list[tuple[ast.expr, ast.Call | None]]:
    """Every expression that gives a code, with the call it is passed to (if any)."""
    out: list[tuple[ast.expr, ast.Call | None]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in names:
                out.extend((arg, node) for arg in node.args[:1])
                out.extend((k.value, node) for k in node.keywords if k.arg == "code")
            out.extend((k.value, node) for k in node.keywords if k.arg == "custom_error_type")
        elif isinstance(node, ast.Assign) and _is_code_table(node):
            assert isinstance(node.value, ast.Dict)
            for value in node.value.values:
                if isinstance(value, ast.Tuple) and value.elts:
                    out.append((value.elts[0], None))
    return out


@cache
def reported() -> dict[str, list[tuple[str, str | None]]]:
    """Codes found in the core and the plugin: code → [(file:line, explicit severity or None)]."""
    files = sorted([*SRC.rglob("*.py"), *PLUGIN.rglob("*.py")])
    trees = [ast.parse(f.read_text(encoding="utf-8"), str(f)) for f in files]
    names = _code_taking(trees)
    found: dict[str, list[tuple[str, str | None]]] = {}
    for file, tree in zip(files, trees, strict=True):
        for arg, call in _code_arguments(tree, names):
            severity = None
            if call is not None and getattr(call.func, "id", None) == "Issue":
                given = [k.value for k in call.keywords if k.arg == "severity"] + call.args[6:7]
                severity = next((s for v in given for s in _strings(v)), None)
            for code in _strings(arg):
                where = f"{file.relative_to(ROOT)}:{arg.lineno}"
                found.setdefault(code, []).append((where, severity))
    return found


def documented() -> dict[str, str | None]:
    """Codes in the tables of docs/errors.md: code → the row's severity (None without one)."""
    out: dict[str, str | None] = {}
    severity_column: int | None = None
    for line in ERRORS_MD.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            severity_column = None
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[0] == "code":
            severity_column = cells.index("severity") if "severity" in cells else None
            continue
        for code in re.findall(r"`([a-z_]+)`", cells[0]):
            out[code] = cells[severity_column] if severity_column is not None else None
    return out


def test_the_source_scan_finds_codes_of_every_kind_of_site() -> None:
    """The scan sees raised errors, extraction issues, pydantic errors and the pattern table."""
    found = reported()
    for code in ("json_syntax", "locality_inferred", "term_order", "text_not_clean", "id_format"):
        assert code in found, code


def test_every_reported_code_is_in_the_registry() -> None:
    """No code is raised or reported in src/ without a registry entry (pydantic's own aside)."""
    pydantic_codes = set(get_args(ErrorType))
    missing = {
        code: places
        for code, places in reported().items()
        if code not in CODES and code not in pydantic_codes
    }
    assert missing == {}


def test_every_registered_code_is_reported_somewhere() -> None:
    """The registry holds no code that nothing reports any more."""
    assert sorted(set(CODES) - set(reported())) == []


def test_explicit_severities_agree_with_the_registry() -> None:
    """Where an Issue is given a severity, it is its code's default severity."""
    wrong = [
        (code, where, severity)
        for code, places in reported().items()
        for where, severity in places
        if severity is not None and code in CODES and severity != CODES[code].severity
    ]
    assert wrong == []


def test_every_registered_code_is_documented_with_its_severity() -> None:
    """docs/errors.md lists every code; where its table has a severity column, it agrees."""
    docs = documented()
    assert sorted(set(CODES) - set(docs)) == []
    disagree = {
        code: (docs[code], info.severity)
        for code, info in CODES.items()
        if docs.get(code) is not None and docs[code] != info.severity
    }
    assert disagree == {}


def test_every_documented_code_is_registered_or_pydantics() -> None:
    """docs/errors.md documents no code that is neither vnpartydoc's nor pydantic's own."""
    pydantic_codes = set(get_args(ErrorType))
    assert sorted(set(documented()) - set(CODES) - pydantic_codes) == []


def test_registry_entries_are_well_formed() -> None:
    """Codes are snake_case; severities are error, warning or info; meanings are one line."""
    for code, info in CODES.items():
        assert re.fullmatch(r"[a-z]+(?:_[a-z]+)*", code), code
        assert info.severity in SEVERITIES
        assert info.meaning
        assert "\n" not in info.meaning
        assert info.meaning == info.meaning.strip()
        assert not info.meaning.endswith(".")


@pytest.mark.parametrize(
    ("code", "severity"),
    [("json_syntax", "error"), ("signer_title_unknown", "warning"), ("parent_inferred", "info")],
)
def test_default_severity_reads_the_registry(code: str, severity: str) -> None:
    """default_severity gives the registered severity."""
    assert default_severity(code) == severity


def test_default_severity_of_a_foreign_code_is_error() -> None:
    """A code outside the registry (pydantic's own) is an error."""
    assert default_severity("string_too_short") == "error"


def test_from_code_makes_an_error_with_one_located_issue() -> None:
    """from_code builds the issue and uses its line as the error's message."""
    path = Path("van-ban/nghi-quyet-dai-hoi-xi.yaml")
    error = DocumentLoadError.from_code(
        "duplicate_key",
        "key 'tiêu đề' appears twice in one mapping",
        path=path,
        loc=("targets", 0, "tiêu đề"),
        at=(9, 3),
    )
    assert error.issues == [
        Issue(
            "duplicate_key",
            "key 'tiêu đề' appears twice in one mapping",
            path,
            ("targets", 0, "tiêu đề"),
            9,
            3,
        )
    ]
    assert str(error) == (
        "van-ban/nghi-quyet-dai-hoi-xi.yaml:9:3: duplicate_key: key 'tiêu đề' appears twice in "
        "one mapping (at $.targets[0].tiêu đề)"
    )
    assert isinstance(error, DocumentLoadError)


def test_from_code_without_a_place() -> None:
    """Without a file or position the issue says <input>."""
    error = OutputError.from_code("output_exists", "refusing to overwrite an existing file")
    assert str(error) == "<input>: output_exists: refusing to overwrite an existing file"
    assert (error.issues[0].line, error.issues[0].column, error.path) == (None, None, None)
