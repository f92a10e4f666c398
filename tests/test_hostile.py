"""The hostile-input corpus: every case gets its expected outcome from every entry point.

``tests/hostile/cases/<category>/`` holds the inputs and ``tests/hostile/expected.yaml`` says
what each must produce (``tests/hostile/README.md`` counts them). Each case is loaded, checked
with ``vnpartydoc validate``, converted with ``vnpartydoc convert``, rendered with ``vnpartydoc
render`` and built into a site by the MkDocs plugin (one build per category). Every run must
give the stable error code at its file, line, column and field, exit code 1, no traceback and
no output file; accepted cases must keep their text (in NFC) and show it literally on pages.
Large inputs (50 MB, alias bombs, deep nesting) are generated in ``tmp_path`` by
``test_hostile_generated.py``.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

from vnpartydoc.cli import main
from vnpartydoc.errors import DocumentLoadError, DocumentValidationError, Issue
from vnpartydoc.models import Entities
from vnpartydoc.render import json_path, page_path
from vnpartydoc.serialization import load, to_data

HOSTILE = Path(__file__).resolve().parent / "hostile"
CASES = HOSTILE / "cases"
SHARED = HOSTILE / "shared"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load(
    (HOSTILE / "expected.yaml").read_text(encoding="utf-8")
)
FILE_CASES = [k for k in EXPECTED if not k.endswith("/")]
FOLDER_CASES = [k for k in EXPECTED if k.endswith("/")]
REJECTED = [k for k in FILE_CASES if EXPECTED[k]["outcome"] == "rejected"]
ACCEPTED = [k for k in FILE_CASES if EXPECTED[k]["outcome"] == "accepted"]
CATEGORIES = sorted({k.split("/")[0] for k in FILE_CASES})
ERRORS = {"load": DocumentLoadError, "validate": DocumentValidationError}
PAYLOADS = yaml.safe_load((HOSTILE / "payloads.yaml").read_text(encoding="utf-8"))
WS_RE = re.compile(r"\s+")
UNSAFE_URL_RE = re.compile(r"^\s*(?:javascript|data|vbscript):", re.IGNORECASE)
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcset", "poster"}
FORBIDDEN_TAGS = {"iframe", "object", "embed", "frame", "frameset", "base", "form"}


def collapse(text: str) -> str:
    return WS_RE.sub(" ", text).strip()


def field_of(data: Any, path: str) -> Any:
    """The value at a JSONPath like ``$.targets[0].value`` in plain data."""
    for name, index in re.findall(r"\.([^.\[]+)|\[(\d+)\]", path[1:]):
        data = data[name] if name else data[int(index)]
    return data


def strings(data: Any) -> list[str]:
    """Every string (keys too) in plain data."""
    if isinstance(data, dict):
        return [s for k, v in data.items() for s in (k, *strings(v))]
    if isinstance(data, list):
        return [s for v in data for s in strings(v)]
    return [data] if isinstance(data, str) else []


def codes_of(expected: dict[str, Any]) -> list[str]:
    return list(expected.get("codes", [expected["code"]]))


def issue_line(expected: dict[str, Any], path: Path) -> re.Pattern[str]:
    """The ``file:line:col: code: `` line a rejected case must print (any column if unfixed)."""
    column = str(expected["column"]) if "column" in expected else r"\d+"
    where = f"{re.escape(str(path))}:{expected['line']}:{column}: {expected['code']}: "
    return re.compile(f"^{where}", re.MULTILINE)


def check_issues(issues: list[Issue], expected: dict[str, Any], path: Path) -> None:
    """The issues are exactly the expected codes; the main one sits at the expected place."""
    assert sorted(i.code for i in issues) == codes_of(expected)
    (issue,) = [
        i for i in issues if i.code == expected["code"] and i.json_path == expected["field"]
    ]
    assert issue.path == path
    assert issue.line == expected["line"]
    assert issue.column is not None
    if "column" in expected:
        assert issue.column == expected["column"]
    if "hint" in expected:
        assert repr(expected["hint"]) in issue.message
    assert "Traceback" not in issue.message


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


# ------------------------------------------------------------------------------------ inventory


def test_every_case_has_an_expected_outcome_and_the_readme_counts_them() -> None:
    """At least 150 inputs; each file is a case or part of a folder case; README counts match."""
    files = [p.relative_to(CASES).as_posix() for p in files_under(CASES)]
    in_folders = [f for f in files if any(f.startswith(folder) for folder in FOLDER_CASES)]
    assert len(files) >= 150
    assert sorted(set(files) - set(in_folders)) == sorted(FILE_CASES)
    assert all(files_under(CASES / folder) for folder in FOLDER_CASES)
    readme = (HOSTILE / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z-]+)/` \| (\d+) \| (\d+) \| (\d+) \|", readme, re.MULTILINE)
    counted = {c: (int(n), int(rejected), int(accepted)) for c, n, rejected, accepted in rows}
    actual = {}
    for category in {f.split("/")[0] for f in files}:
        cases = [EXPECTED[k]["outcome"] for k in EXPECTED if k.startswith(category + "/")]
        actual[category] = (
            sum(f.startswith(category + "/") for f in files),
            cases.count("rejected"),
            cases.count("accepted"),
        )
    assert counted == actual


def test_expectations_are_nfc_and_complete() -> None:
    for case, expected in EXPECTED.items():
        assert all(unicodedata.is_normalized("NFC", s) for s in strings(expected)), case
        assert expected["exit"] == {"accepted": 0, "rejected": 1}[expected["outcome"]]
        if expected["outcome"] == "rejected":
            assert expected["stage"] in {"load", "validate", "corpus"}
            assert {"code", "line", "field"} <= expected.keys()


# -------------------------------------------------------------------------------------- loading


@pytest.mark.parametrize("case", REJECTED)
def test_rejected_case_raises_its_code_at_its_place(case: str) -> None:
    expected, path = EXPECTED[case], CASES / case
    with pytest.raises(ERRORS[expected["stage"]]) as info:
        load(path)
    check_issues(info.value.issues, expected, path)


@pytest.mark.parametrize("case", ACCEPTED)
def test_accepted_case_is_normalised_and_keeps_its_text(case: str) -> None:
    record = load(CASES / case)
    data = to_data(record)
    for field, value in EXPECTED[case].get("fields", {}).items():
        assert field_of(data, field) == value
    assert all(unicodedata.is_normalized("NFC", s) for s in strings(data))


# ------------------------------------------------------------------------------------- validate


@pytest.mark.parametrize("case", FILE_CASES)
def test_validate_command(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``vnpartydoc validate`` reports the case at its place and exits 1, or accepts it."""
    expected, path = EXPECTED[case], CASES / case
    code, out, _ = run_cli(["validate", "--format", "json", str(path), str(SHARED)], capsys)
    assert code == expected["exit"]
    errors = [i for i in json.loads(out)["issues"] if i["severity"] == "error"]
    if expected["outcome"] == "accepted":
        assert errors == []
        return
    assert sorted(i["code"] for i in errors) == codes_of(expected)
    (issue,) = [
        i for i in errors if i["code"] == expected["code"] and i["json_path"] == expected["field"]
    ]
    assert (issue["path"], issue["line"]) == (str(path), expected["line"])
    assert issue["column"] == expected.get("column", issue["column"]) is not None


# -------------------------------------------------------------------------------------- convert


@pytest.mark.parametrize("case", FILE_CASES)
def test_convert_command(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``convert`` writes nothing for a rejected case; an accepted one round-trips losslessly."""
    expected = EXPECTED[case]
    source = tmp_path / "in" / Path(case).name
    source.parent.mkdir()
    shutil.copyfile(CASES / case, source)
    before = source.read_bytes()
    out_dir = tmp_path / "out"
    other = ".yaml" if source.suffix == ".json" else ".json"
    target = out_dir / f"{source.stem}{other}"
    code, _, err = run_cli(["convert", str(source), "-o", str(target)], capsys)
    assert code == expected["exit"]
    assert source.read_bytes() == before
    assert files_under(tmp_path / "in") == [source]
    if expected["outcome"] == "rejected":
        assert files_under(out_dir) == []
        assert issue_line(expected, source).search(err)
        return
    assert files_under(out_dir) == [target]
    record = load(source)
    assert load(target) == record
    back = out_dir / f"back{source.suffix}"
    assert run_cli(["convert", str(target), "-o", str(back)], capsys)[0] == 0
    assert load(back) == record
    assert to_data(load(back)) == to_data(record)


# --------------------------------------------------------------------------------------- render


@pytest.mark.parametrize("case", FILE_CASES)
def test_render_command(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``render`` writes nothing when the case is rejected; otherwise its page and its JSON."""
    expected = EXPECTED[case]
    source = tmp_path / "in" / Path(case).name
    source.parent.mkdir()
    shutil.copyfile(CASES / case, source)
    out = tmp_path / "out"
    code, _, err = run_cli(["render", str(source.parent), str(SHARED), "--out", str(out)], capsys)
    assert code == expected["exit"]
    if expected["outcome"] == "rejected":
        assert files_under(out) == []
        assert issue_line(expected, source).search(err)
        return
    record = load(source)
    page = out / page_path(record)
    assert page.is_file()
    assert load(out / json_path(page_path(record))) == record
    if "payload" in expected:
        audit_markdown(page.read_text(encoding="utf-8"), case)


def audit_markdown(text: str, case: str) -> None:
    """Turn a page into HTML with many Markdown extensions; nothing in it may run or link."""
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    html = markdown.markdown(
        body,
        extensions=["attr_list", "tables", "md_in_html", "admonition", "def_list", "footnotes"],
    )
    audit = audit_html(html)
    assert audit.problems == [], case
    for payload in payloads_of(case):
        assert collapse(payload) in audit.page_text, (case, payload)


def payloads_of(case: str) -> list[str]:
    """The payload strings a case carries in its text fields."""
    family = EXPECTED[case]["payload"]
    if family != "mixed":
        return [PAYLOADS[family]]
    fields = EXPECTED[case]["fields"]
    return [v for v in fields.values() if isinstance(v, str) and v in PAYLOADS.values()]


class HtmlAudit(HTMLParser):
    """Find what a page must not hold: event handlers, script URLs, scripts from documents."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.texts: list[str] = []
        self._raw: tuple[str, dict[str, str | None], list[str]] | None = None

    @property
    def page_text(self) -> str:
        return collapse("".join(self.texts))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and value and UNSAFE_URL_RE.match(value):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag in FORBIDDEN_TAGS or (tag == "img" and dict(attrs).get("src") == "x"):
            self.problems.append(f"<{tag}>")
        if tag in {"script", "style"}:
            self._raw = (tag, dict(attrs), [])

    def handle_data(self, data: str) -> None:
        if self._raw is not None:
            self._raw[2].append(data)
        else:
            self.texts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._raw is None or tag != self._raw[0]:
            return
        kind, attrs, parts = self._raw
        self._raw = None
        body = "".join(parts)
        if kind == "script" and attrs.get("type") == "application/ld+json":
            try:
                json.loads(body)
            except ValueError:
                self.problems.append(f"JSON-LD broken open: {body[:80]!r}")
        elif kind == "script" and "src" not in attrs and ("alert(" in body or "__pwned" in body):
            self.problems.append(f"<script>{body[:80]}</script>")
        elif kind == "style" and "display:none" in body.replace(" ", ""):
            self.problems.append(f"<style>{body[:80]}</style>")


def audit_html(html: str) -> HtmlAudit:
    audit = HtmlAudit()
    audit.feed(html)
    audit.close()
    return audit


# ---------------------------------------------------------------------------------- plugin build


def build_category(tmp_path: Path, *folders: Path) -> Path:
    """Build a site (MkDocs theme) of the given folders plus the shared records."""
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / "docs" / "index.md").write_text("# Văn bản\n", encoding="utf-8")
    for folder in (*folders, SHARED):
        shutil.copytree(folder, project / "documents" / folder.name)
    (project / "mkdocs.yml").write_text(
        "site_name: Văn bản\ntheme: mkdocs\nplugins:\n  - vnpartydoc:\n"
        "      source_dirs: [documents]\n      diagrams: svg\n",
        encoding="utf-8",
    )
    config = load_config(str(project / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return project / "site"


def plugin_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage().removeprefix("vnpartydoc_mkdocs: ")
        for r in caplog.records
        if r.name.startswith("mkdocs.plugins.vnpartydoc_mkdocs") and r.levelno == logging.WARNING
    ]


def record_pages(site: Path) -> set[str]:
    """Pages of single records: van-ban/<type>/<id>/index.html (indexes are theo-… folders)."""
    return {
        p.parent.relative_to(site).as_posix()
        for p in site.glob("van-ban/*/*/index.html")
        if not p.parent.parent.name.startswith("theo-")
    }


def url_of(record: Any) -> str:
    return page_path(record).removesuffix(".md")


def unbundled(record: Any) -> list[Any]:
    """A record, or the entities an :class:`~vnpartydoc.models.Entities` file holds."""
    if isinstance(record, Entities):
        return [*record.organisations, *record.congresses, *record.people]
    return [record]


@pytest.mark.parametrize("category", CATEGORIES)
def test_plugin_build_of_category(
    category: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Rejected cases are warned about and skipped; accepted ones are published safely.

    The warning reads ``file:line:col: code:``; on injection pages nothing runs or links.
    """
    with caplog.at_level(logging.INFO):
        site = build_category(tmp_path, CASES / category)
    warnings = plugin_warnings(caplog)
    cases = [c for c in FILE_CASES if c.startswith(category + "/")]
    for case in cases:
        expected = EXPECTED[case]
        if expected["outcome"] == "rejected":
            line = issue_line(expected, Path("documents") / case)
            assert any(line.match(w) for w in warnings), case
    assert not [w for w in warnings if "[document skipped]" not in w]
    records = [load(CASES / c) for c in cases if EXPECTED[c]["outcome"] == "accepted"]
    records += [load(p) for p in files_under(SHARED)]
    expected_pages = {url_of(e) for r in records for e in unbundled(r)}
    assert record_pages(site) == expected_pages
    for case in cases:
        if "payload" in EXPECTED[case]:
            record = load(CASES / case)
            html = (site / url_of(record) / "index.html").read_text(encoding="utf-8")
            audit = audit_html(html)
            assert audit.problems == [], case
            for payload in payloads_of(case):
                assert collapse(payload) in audit.page_text, (case, payload)


# -------------------------------------------------------------------------- folders of records


@pytest.mark.parametrize("case", FOLDER_CASES)
def test_validate_command_on_a_folder(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Duplicate ids are reported at the second record's id; same-slug titles are fine."""
    expected, folder = EXPECTED[case], CASES / case
    code, out, _ = run_cli(["validate", "--format", "json", str(folder)], capsys)
    assert code == expected["exit"]
    errors = [i for i in json.loads(out)["issues"] if i["severity"] == "error"]
    if expected["outcome"] == "accepted":
        assert errors == []
        return
    assert sorted(i["code"] for i in errors) == codes_of(expected)
    (issue,) = [i for i in errors if i["code"] == expected["code"]]
    where = (issue["path"], issue["line"], issue["column"], issue["json_path"])
    place = (expected["line"], expected["column"], expected["field"])
    assert where == (str(folder / expected["file"]), *place)


@pytest.mark.parametrize("case", FOLDER_CASES)
def test_render_command_on_a_folder(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One page per id: pages never overwrite each other, and duplicate ids stop the render."""
    expected, folder = EXPECTED[case], CASES / case
    out = tmp_path / "out"
    code, _, err = run_cli(["render", str(folder), "--out", str(out)], capsys)
    assert code == expected["exit"]
    if expected["outcome"] == "rejected":
        assert f": {expected['code']}: " in err
        assert files_under(out) == []
        return
    records = [load(p) for p in files_under(folder)]
    pages = {page_path(r) for r in records}
    assert len(pages) == expected["pages"] == len(records)
    for record in records:
        assert load(out / json_path(page_path(record))) == record


@pytest.mark.parametrize("case", FOLDER_CASES)
def test_plugin_build_of_a_folder(
    case: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Same-slug documents get pages of their own; duplicate ids are warned about.

    One page never silently replaces another.
    """
    expected, folder = EXPECTED[case], CASES / case
    with caplog.at_level(logging.INFO):
        site = build_category(tmp_path, folder)
    warnings = plugin_warnings(caplog)
    if expected["outcome"] == "rejected":
        code = f": {expected['code']}: "
        assert any(w.startswith(f"documents/{folder.name}/") and code in w for w in warnings)
        return
    assert warnings == []
    records = [load(p) for p in files_under(folder)]
    titles = [
        audit_html((site / url_of(r) / "index.html").read_text(encoding="utf-8")).page_text
        for r in records
    ]
    assert all(r.title in text for r, text in zip(records, titles, strict=True))
