"""The extractor's modules import one another one way only: no import cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import vnpartydoc.extract

PACKAGE = "vnpartydoc.extract"
ROOT = Path(vnpartydoc.extract.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((PACKAGE, *parts))


def _imports(path: Path, modules: set[str]) -> set[str]:
    """Modules of the package that ``path`` imports (at any depth, TYPE_CHECKING ones aside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for inner in ast.walk(node))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        found.update(name for name in names if name in modules)
    found.discard(_module_name(path))
    return found


def graph() -> dict[str, set[str]]:
    """Each module of vnpartydoc.extract and the modules of the package it imports."""
    paths = sorted(ROOT.rglob("*.py"))
    modules = {_module_name(path) for path in paths}
    return {_module_name(path): _imports(path, modules) for path in paths}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every import cycle, as the path that closes it (depth-first search)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1 while on the path, 2 when done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for nxt in sorted(edges.get(name, ())):
            if state.get(nxt) == 1:
                found.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[name] = 2

    for name in sorted(edges):
        if name not in state:
            visit(name, [name])
    return found


def test_no_import_cycle_inside_the_extractor() -> None:
    # A module importing its own package back (even inside a function) counts: the package's
    # __init__ imports its modules, so that is a cycle too.
    assert cycles(graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == [["a", "b", "c", "a"]]


def test_the_import_reader_sees_local_and_skips_type_checking_imports() -> None:
    edges = graph()
    assert "vnpartydoc.extract.discourse" in edges["vnpartydoc.extract.pipeline"]
    assert "vnpartydoc.extract.linking" in edges["vnpartydoc.extract.discourse"]
    # state.py names Mentions and the mention types only for type checking
    assert "vnpartydoc.extract.mentions" not in edges["vnpartydoc.extract.state"]


def _reach(edges: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_each_stage_imports_only_earlier_stages() -> None:
    edges = graph()
    x = "vnpartydoc.extract."
    later = {
        "clean": {"layout", "sentences", "mentions", "discourse", "records", "pipeline"},
        "sentences": {"mentions", "discourse", "records", "pipeline"},
        "mentions": {"discourse", "linking", "state", "records", "pipeline"},
        "discourse": {"records", "pipeline"},
        "records": {"pipeline", "discourse", "mentions", "linking"},
    }
    for stage, forbidden in later.items():
        reached = {name.removeprefix(x).split(".")[0] for name in _reach(edges, x + stage)}
        assert reached & forbidden == set(), stage
