"""The extractor's stages import one another one way only and never change earlier output."""

from __future__ import annotations

import ast
import copy
import re
from dataclasses import FrozenInstanceError, fields
from pathlib import Path

import pytest

import vnpartydoc.extract
from vnpartydoc.extract.clean import CleanText, clean
from vnpartydoc.extract.discourse import follow
from vnpartydoc.extract.layout import Layout, read_layout
from vnpartydoc.extract.mentions import Mentions, find_mentions
from vnpartydoc.extract.pipeline import read
from vnpartydoc.extract.records import build
from vnpartydoc.extract.sentences import Sentences

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
        "mentions": {
            "discourse",
            "linking",
            "sessions",
            "terms",
            "venues",
            "about",
            "state",
            "records",
            "pipeline",
        },
        "discourse": {"records", "pipeline"},
        "records": {
            "pipeline",
            "discourse",
            "mentions",
            "linking",
            "sessions",
            "terms",
            "venues",
            "about",
        },
    }
    for stage, forbidden in later.items():
        reached = {name.removeprefix(x).split(".")[0] for name in _reach(edges, x + stage)}
        assert reached & forbidden == set(), stage


# No stage changes an earlier stage's output: the discourse stage returns frozen values, and
# the records stage only reads them (checked by running the stages, and by reading the code).

TEXT = (
    "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH AN GIANG LẦN THỨ XI\n\n"
    "Sáng 23/9, Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI, nhiệm kỳ 2020 \u2013 2025 "
    "khai mạc tại Trung tâm Hội nghị tỉnh. Đại hội bế mạc ngày 25/9/2020.\n\n"
    "Ngày 03-8-2018, Ban Chấp hành Đảng bộ tỉnh đã ban hành Kế hoạch thực hiện Nghị quyết số "
    "18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.\n"
)


def _stages(text: str) -> tuple[CleanText, Layout, Sentences, Mentions]:
    page = clean(text)
    layout = read_layout(page)
    return page, layout, Sentences(page.fold, layout.content), find_mentions(page, layout)


def test_discourse_returns_the_organisations_congresses_and_issues_as_values() -> None:
    """The discourse stage's result holds what it read, its issues in reading order."""
    discourse = follow(*_stages(TEXT))
    # The Central Committee issues the cited resolution: the Party is named too.
    assert list(discourse.orgs) == ["dang-bo-tinh-an-giang", "dang-cong-san-viet-nam"]
    assert discourse.orgs["dang-cong-san-viet-nam"].national
    org = discourse.orgs["dang-bo-tinh-an-giang"]
    assert (org.unit, org.locality, org.spans) == (
        "tỉnh",
        "An Giang",
        ((17, 38, "name"), (79, 100, "name")),
    )
    [(key, congress)] = discourse.congresses.items()
    assert key == ("dang-bo-tinh-an-giang", 11)
    assert str(congress.term) == "2020 - 2025"
    assert {role: str(date) for role, (date, _) in congress.resolved.items()} == {
        "opened": "2020-09-23",
        "closed": "2020-09-25",
    }
    assert congress.place == ("Trung tâm Hội nghị tỉnh", 147, 170)
    assert [(TEXT[ref.start : ref.end], key) for ref, key in discourse.org_refs] == [
        ("Đảng bộ tỉnh", "dang-bo-tinh-an-giang")
    ]
    assert [(i.code, i.line) for i in discourse.issues] == [
        ("locality_inferred", 5),
        ("date_year_inferred", 3),
    ]


def test_discourse_gives_a_congress_the_term_printed_away_from_it() -> None:
    """The discourse stage settles a term printed after the organisation, and says where."""
    text = (
        "Ngày 29/6, Đại hội đại biểu Đảng bộ huyện Na Hang lần thứ XXII khai mạc. "
        "Đại hội Đảng bộ huyện Na Hang (nhiệm kỳ 2020-2025) được nhân dân kỳ vọng.\n"
    )
    discourse = read(text).discourse
    congress = discourse.congresses["dang-bo-huyen-na-hang", 22]
    assert str(congress.term) == "2020 - 2025"
    assert congress.term_source == "the organisation's term printed elsewhere in the text"
    assert {role: str(date) for role, (date, _) in congress.resolved.items()} == {
        "opened": "2020-06-29"
    }


def test_discourse_result_refuses_assignment() -> None:
    """The discourse result, its drafts and the reading are frozen; their mappings read-only."""
    reading = read(TEXT)
    discourse = reading.discourse
    org = discourse.orgs["dang-bo-tinh-an-giang"]
    congress = discourse.congresses["dang-bo-tinh-an-giang", 11]
    with pytest.raises(FrozenInstanceError):
        discourse.orgs = {}  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        org.locality = "Kiên Giang"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        congress.term = None  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        reading.discourse = discourse  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        reading.mentions.goal = None  # type: ignore[misc]
    with pytest.raises(TypeError):
        discourse.orgs["dang-bo-tinh-kien-giang"] = org  # type: ignore[index]
    with pytest.raises(TypeError):
        congress.resolved["prep"] = congress.resolved["opened"]  # type: ignore[index]
    assert isinstance(congress.mentions, tuple)
    assert isinstance(discourse.issues, tuple)


def test_discourse_leaves_the_mentions_as_found() -> None:
    """Following the discourse changes no mention (the locality memo of PlaceClues aside)."""
    page, layout, sentences, mentions = _stages(TEXT)
    before = copy.deepcopy(mentions)
    follow(page, layout, sentences, mentions)
    for name in (f.name for f in fields(Mentions)):
        if name == "places":
            for part in ("orgs", "text", "ranges", "tag", "place"):
                assert getattr(mentions.places, part) == getattr(before.places, part), part
        else:
            assert getattr(mentions, name) == getattr(before, name), name


def test_records_put_the_discourse_issues_first() -> None:
    """The result's issues are the discourse stage's, then the records stage's."""
    reading = read(TEXT)
    result = build(reading)
    assert tuple(result.issues[: len(reading.discourse.issues)]) == reading.discourse.issues
    assert read(TEXT).discourse.issues == reading.discourse.issues  # building changed nothing


MUTATORS = {
    "append", "extend", "insert", "add", "update", "setdefault", "pop", "popitem", "clear",
    "remove", "discard", "sort", "reverse", "__setitem__", "__setattr__", "__delitem__",
}  # fmt: skip
EARLIER_TYPES = {
    "CleanText", "Line", "Layout", "Sentences", "Mentions", "PlaceClues", "OrgRef",
    "CongressMention", "DateMention", "Citation", "PersonMention", "GoalMention",
    "TargetMention", "PointMention", "Reading", "Discourse", "OrgDraft", "CongressDraft",
}  # fmt: skip
"""Types of the stages' outputs (and of their parts)."""
EARLIER_ATTRS = {"reading", "discourse", "mentions", "page", "layout", "sentences", "context"}
"""Attributes that hold an earlier stage's output wherever they are read."""
_VIEWS = {"items", "values", "keys", "get"}


class _MutationFinder(ast.NodeVisitor):
    """Statements that change an earlier stage's output, by line.

    A name holds an earlier output when it is a parameter annotated with one of
    :data:`EARLIER_TYPES`, or is bound (assigned, or a loop's target) to an expression that
    reaches one through names, attributes, subscripts and ``items()``/``values()``/``get()``.
    A new object built from one (a call, a list, a sum) is the stage's own.
    """

    def __init__(self) -> None:
        self.held: set[str] = set()
        self.found: list[int] = []

    def _earlier(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.held
        if isinstance(node, ast.Attribute):
            return node.attr in EARLIER_ATTRS or self._earlier(node.value)
        if isinstance(node, ast.Subscript):
            return self._earlier(node.value)
        if isinstance(node, ast.Starred):
            return self._earlier(node.value)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _VIEWS
        ):
            return self._earlier(node.func.value)
        return False

    def _bind(self, target: ast.expr, value: ast.expr) -> None:
        if self._earlier(value):
            self.held.update(_bound_names(target))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        outer = set(self.held)
        arguments = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
        for arg in arguments:
            annotation = ast.unparse(arg.annotation) if arg.annotation else ""
            words = set(re.findall(r"\w+", annotation))
            if words & EARLIER_TYPES:
                self.held.add(arg.arg)
        self.generic_visit(node)
        self.held = outer

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            self._target(target)
            self._bind(target, node.value)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self._target(node.target)
            self._bind(node.target, node.value)
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self._target(node.target)
        self.generic_visit(node)

    def visit_Delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            self._target(target)
        self.generic_visit(node)

    def visit_For(self, node: ast.For) -> None:
        self._bind(node.target, node.iter)
        self.generic_visit(node)

    def visit_comprehension(self, node: ast.comprehension) -> None:
        self._bind(node.target, node.iter)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in MUTATORS and self._earlier(func.value):
            self.found.append(node.lineno)
        if (
            isinstance(func, ast.Name | ast.Attribute)
            and ast.unparse(func) in {"setattr", "delattr", "object.__setattr__"}
            and node.args
            and self._earlier(node.args[0])
        ):
            self.found.append(node.lineno)
        self.generic_visit(node)

    def _target(self, target: ast.expr) -> None:
        if isinstance(target, ast.Attribute | ast.Subscript) and self._earlier(target.value):
            self.found.append(target.lineno)
        elif isinstance(target, ast.Tuple | ast.List):
            for element in target.elts:
                self._target(element)


def _bound_names(target: ast.expr) -> list[str]:
    """Names a target binds (``a``, ``a, (b, *c)``); not those in ``a.x`` or ``a[i]``."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Starred):
        return _bound_names(target.value)
    if isinstance(target, ast.Tuple | ast.List):
        return [name for element in target.elts for name in _bound_names(element)]
    return []


def mutations(source: str) -> list[int]:
    """Lines of ``source`` that change an earlier stage's output (see :class:`_MutationFinder`)."""
    finder = _MutationFinder()
    finder.visit(ast.parse(source))
    return sorted(set(finder.found))


LATER_STAGES = [
    "discourse.py",
    "linking.py",
    "terms.py",
    "venues.py",
    "about.py",
    *(f"records/{p.name}" for p in sorted((ROOT / "records").glob("*.py"))),
]


@pytest.mark.parametrize("name", LATER_STAGES)
def test_later_stages_never_change_an_earlier_stage_output(name: str) -> None:
    """The discourse and records modules assign to, or change, no earlier stage's output."""
    assert mutations((ROOT / name).read_text(encoding="utf-8")) == []


MUTATING = """
def phase(builder: Builder, draft: CongressDraft, own: dict[str, str]) -> None:
    builder.reading.orgs["x"] = draft              # 3: through the reading
    draft.place = None                             # 4: a parameter of an earlier type
    for key, org in builder.reading.orgs.items():
        org.spans += ((0, 1, "name"),)             # 6: a loop variable over it
    mentions = builder.reading.mentions
    mentions.congresses.append(draft.mentions[0])  # 8: an alias of it
    setattr(draft, "term", None)                   # 9: setattr
    own["x"] = draft.org                           # the phase's own dict: allowed
    copied = list(builder.reading.people)
    copied.append(draft)                           # a copy: allowed
"""


def test_the_mutation_finder_finds_each_kind_of_change() -> None:
    """The checker flags writes through the reading, parameters, loop variables and aliases."""
    assert mutations(MUTATING) == [3, 4, 6, 8, 9]
