"""The contract between files, the schema and the models (docs/schema.md).

Files are canonical: what the schema accepts the loaders accept and the reverse; lenient forms
are read from Python code, and from files only with ``lenient=True``, ``validate --lenient`` or
after ``vnpartydoc fmt``. Whatever vnpartydoc writes passes the schema under every validator and
regex dialect, and a validator explains a bad record in a few located lines.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import pytest
from hypothesis import HealthCheck, given, settings

import vnpartydoc
from vnpartydoc.cli import main
from vnpartydoc.corpus import find_files
from vnpartydoc.errors import DocumentLoadError, DocumentValidationError
from vnpartydoc.models import Congress, Resolution
from vnpartydoc.schema import json_schema
from vnpartydoc.serialization import parse
from vnpartydoc.types import Term

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FILE = ROOT / "docs" / "schema" / "vnpartydoc.schema.json"
EXAMPLES = find_files([ROOT / "examples"])
CONGRESS = {
    "type": "dai-hoi",
    "id": "dai-hoi-xi",
    "organisation": "dang-bo-tinh-an-giang",
    "ordinal": 11,
    "term": "2020 - 2025",
    "name": "Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI",
}
RESOLUTION = {
    "type": "nghi-quyet",
    "id": "nq-xi",
    "title": "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI",
    "issued_on": "2020-09-25",
    "horizon": 2030,
    "targets": [{"indicator": "Tốc độ tăng trưởng GRDP", "value": "6,5–7", "unit": "%/năm"}],
}
ORGANISATION = {"type": "to-chuc-dang", "id": "tw", "name": "Đảng bộ tỉnh", "level": "province"}


def _validators() -> list[tuple[str, Any]]:
    schema = json_schema()
    return [
        ("jsonschema", jsonschema.Draft202012Validator(schema)),
        ("jsonschema-rs", jsonschema_rs.validator_for(schema)),
        (
            "jsonschema-rs/regex",
            jsonschema_rs.validator_for(schema, pattern_options=jsonschema_rs.RegexOptions()),
        ),
    ]


VALIDATORS = _validators()


def _schema_verdicts(data: Any) -> set[bool]:
    return {validator.is_valid(data) for _, validator in VALIDATORS}


def _model_codes(data: Any, *, lenient: bool = False) -> list[str]:
    try:
        vnpartydoc.loads(json.dumps(data, ensure_ascii=False), "json", lenient=lenient)
    except DocumentValidationError as exc:
        return [issue.code for issue in exc.issues]
    return []


def _check_jsonschema() -> str:
    exe = shutil.which("check-jsonschema") or str(
        Path(sys.executable).with_name("check-jsonschema")
    )
    if not Path(exe).exists():
        pytest.skip("check-jsonschema is not installed")
    return exe


# -------------------------------------------------- what the schema accepted, the model refused

REFUSED_BY_BOTH = [
    ("signature-mode-only", RESOLUTION | {"signature": {"mode": "T/M"}}, "signature_empty"),
    ("blank-name", ORGANISATION | {"name": " "}, "string_too_short"),
    ("ordinal-zero", CONGRESS | {"ordinal": 0}, "ordinal_range"),
    ("month-13", RESOLUTION | {"issued_on": "2020-13"}, "date_invalid"),
    ("day-zero", RESOLUTION | {"issued_on": "0000-00-00"}, "date_invalid"),
    ("feb-29-2021", RESOLUTION | {"issued_on": "2021-02-29"}, "date_invalid"),
    ("dot-decimal", RESOLUTION | {"targets": [{"indicator": "GRDP", "value": "6.5"}]},
     "number_format"),
    ("url-control", ORGANISATION | {"sources": [{"url": "http://a\u001cb"}]}, "url_format"),
    ("number-of-a-directive", RESOLUTION | {"number": "01-CT/TU"}, "number_kind_mismatch"),
    ("id-with-space", ORGANISATION | {"id": " tw"}, "id_format"),
    ("year-too-late", RESOLUTION | {"horizon": 2201}, "less_than_equal"),
]  # fmt: skip
LENIENT_FORMS = [
    ("roman-ordinal", CONGRESS | {"ordinal": "XI"}, ("ordinal",), 11),
    ("full-width-date", RESOLUTION | {"issued_on": "２０２０-０９-２５"}, ("issued_on",),
     "2020-09-25"),
    ("year-as-string", RESOLUTION | {"horizon": "2030"}, ("horizon",), 2030),
    ("term-in-words", CONGRESS | {"term": "(nhiệm kỳ 2020 - 2025)"}, ("term",), "2020 - 2025"),
    ("date-in-words", CONGRESS | {"opened_on": "ngày 24 tháng 9 năm 2020"}, ("opened_on",),
     "2020-09-24"),
    ("hyphen-range", RESOLUTION | {"targets": [{"indicator": "GRDP", "value": "6,5-7"}]},
     ("targets", 0, "value"), "6,5–7"),
    ("numeric-value", RESOLUTION | {"targets": [{"indicator": "GRDP", "value": 43}]},
     ("targets", 0, "value"), "43"),
    ("number-prefix", RESOLUTION | {"number": "Số: 01-NQ/TU"}, ("number",), "01-NQ/TU"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "data", "code"), REFUSED_BY_BOTH, ids=[c[0] for c in REFUSED_BY_BOTH]
)
def test_the_schema_refuses_what_the_model_refuses(case: str, data: Any, code: str) -> None:
    """Each record the issue found accepted by the schema alone is now refused by all of them."""
    assert code in _model_codes(data)
    assert _schema_verdicts(data) == {False}


@pytest.mark.parametrize(
    ("case", "data", "loc", "canonical"), LENIENT_FORMS, ids=[c[0] for c in LENIENT_FORMS]
)
def test_lenient_forms_are_refused_in_files_and_read_on_request(
    case: str, data: Any, loc: tuple[Any, ...], canonical: Any
) -> None:
    """A lenient form is not_canonical in a file (and for the schema); lenient=True reads it."""
    with pytest.raises(DocumentValidationError) as exc:
        vnpartydoc.loads(json.dumps(data, ensure_ascii=False), "json")
    assert [(i.code, i.loc) for i in exc.value.issues] == [("not_canonical", loc)]
    assert repr(canonical) in exc.value.issues[0].message
    assert _schema_verdicts(data) == {False}
    record = vnpartydoc.loads(json.dumps(data, ensure_ascii=False), "json", lenient=True)
    stored = vnpartydoc.to_data(record)
    for part in loc:
        stored = stored[part]
    assert stored == canonical
    assert _schema_verdicts(vnpartydoc.to_data(record)) == {True}


def test_python_code_reads_lenient_forms() -> None:
    """Constructors, model_validate and Term.parse keep reading the forms files may not use."""
    congress = Congress.model_validate(CONGRESS | {"ordinal": "XI", "term": "(nhiệm kỳ 2020–2025)"})
    assert (congress.ordinal, str(congress.term)) == (11, "2020 - 2025")
    assert Term.parse("(nhiệm kỳ ２０２０ – ２０２５)") == congress.term
    resolution = Resolution(**(RESOLUTION | {"horizon": "2030", "issued_on": "25/9/2020"}))
    assert (resolution.horizon, str(resolution.issued_on)) == (2030, "2020-09-25")


def test_a_whole_number_written_with_a_point_is_refused_everywhere() -> None:
    """'delegates: 1.000' is one thousand in Vietnamese: YAML reads 1.0, vnpartydoc refuses it."""
    text = (
        "type: dai-hoi\nid: dh\norganisation: tw\nordinal: 11\nterm: 2020 - 2025\n"
        "delegates: 1.000\n"
    )
    for lenient in (False, True):
        with pytest.raises(DocumentValidationError) as exc:
            vnpartydoc.loads(text, "yaml", lenient=lenient)
        assert [(i.code, i.line) for i in exc.value.issues] == [("integer_notation", 6)]


def test_a_field_name_is_not_a_key_in_files() -> None:
    """'schema_' (the Python name of '$schema') is an unknown key in a file, as in the schema."""
    data = ORGANISATION | {"schema_": "x"}
    assert _model_codes(data) == ["extra_forbidden"]
    assert _schema_verdicts(data) == {False}


# ------------------------------------------------------------------- what vnpartydoc writes passes


def _strategies() -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location(
        "_properties", ROOT / "tests" / "test_properties.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ALL_RECORDS  # type: ignore[no-any-return]


ALL_RECORDS = _strategies()


@pytest.mark.parametrize("kind", list(ALL_RECORDS))
def test_whatever_dumps_writes_the_schema_accepts(kind: str) -> None:
    """Any record, dumped as JSON or YAML and read back as data, passes every validator."""

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(ALL_RECORDS[kind])
    def check(record: Any) -> None:
        for fmt in ("json", "yaml"):
            data, _, _ = parse(vnpartydoc.dumps(record, fmt), fmt)  # type: ignore[arg-type]
            for name, validator in VALIDATORS:
                assert validator.is_valid(data), (name, fmt, data)

    check()


def test_files_convert_and_extract_write_pass_every_validator(tmp_path: Path) -> None:
    """Convert and extract output passes jsonschema, jsonschema-rs and check-jsonschema."""
    exe = _check_jsonschema()
    written: list[Path] = []
    for n, path in enumerate(EXAMPLES):
        for suffix in (".json", ".yaml"):
            out = tmp_path / "convert" / f"{n:02d}-{path.stem}{suffix}"
            assert main(["convert", str(path), "--out", str(out)]) == 0
            written.append(out)
    text = ROOT / "examples" / "an-giang-xi-article.txt"
    for fmt in ("yaml", "json"):
        assert main(["extract", str(text), "--format", fmt, "--out", str(tmp_path / fmt)]) in (0, 1)
        written += find_files([tmp_path / fmt])
    assert len(find_files([tmp_path / "yaml"])) >= 3
    for path in written:
        data, _, _ = parse(path.read_bytes(), "json" if path.suffix == ".json" else "yaml")
        for name, validator in VALIDATORS:
            assert validator.is_valid(data), (name, path)
    for variant in ("default", "python"):
        done = subprocess.run(
            [exe, "--regex-variant", variant, "--schemafile", str(SCHEMA_FILE), *map(str, written)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, (variant, done.stdout + done.stderr)


# ----------------------------------------------------------------- a bad record, explained briefly

BAD = {
    "type": "chi-thi",
    "id": "chi-thi-05",
    "title": "Chỉ thị về học tập, quán triệt Nghị quyết Đại hội",
    "titel": "Chỉ thị",
    "issuer": {"organisation": "dang-bo-tinh-an-giang", "body": "ban-thuong-vu"},
    "points": [{"label": "Thứ nhất", "text": "Tổ chức học tập nghiêm túc."}],
}


def test_jsonschema_reports_each_error_of_the_records_own_type_at_its_path() -> None:
    """One unknown key and one bad enum: two errors, at $ and at $.issuer.body, nothing else."""
    validator = VALIDATORS[0][1]
    errors = sorted(validator.iter_errors(BAD), key=lambda e: e.json_path)
    assert [(e.json_path, e.validator) for e in errors] == [
        ("$", "additionalProperties"),
        ("$.issuer.body", "enum"),
    ]
    assert "'titel' was unexpected" in errors[0].message
    rust = sorted(VALIDATORS[1][1].iter_errors(BAD), key=lambda e: e.instance_path)
    assert [list(e.instance_path) for e in rust] == [[], ["issuer", "body"]]


@pytest.mark.parametrize("variant", ["default", "python"])
def test_check_jsonschema_explains_a_bad_record_in_a_few_lines(
    tmp_path: Path, variant: str
) -> None:
    """check-jsonschema prints a few short lines naming both paths, not the whole record."""
    exe = _check_jsonschema()
    bad = tmp_path / "chi-thi.json"
    bad.write_text(json.dumps(BAD, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        [exe, "--regex-variant", variant, "--schemafile", str(SCHEMA_FILE), str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert len(lines) <= 4, lines
    assert any("::$:" in line and "'titel' was unexpected" in line for line in lines), lines
    assert any("::$.issuer.body:" in line and "'ban-thuong-vu'" in line for line in lines), lines
    assert all(len(line) < 300 for line in lines), lines


# --------------------------------------------------------------------------- the command line


def test_validate_lenient_reads_what_validate_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Validate exits 1 with not_canonical on 'XI'; validate --lenient exits 0."""
    path = tmp_path / "dai-hoi.yaml"
    path.write_text(vnpartydoc.dumps(Congress.model_validate(CONGRESS), "yaml").replace(
        "ordinal: 11", "ordinal: XI"), encoding="utf-8")  # fmt: skip
    (tmp_path / "tw.yaml").write_text(
        "type: to-chuc-dang\nid: dang-bo-tinh-an-giang\nname: Đảng bộ tỉnh An Giang\n"
        "level: province\n",
        encoding="utf-8",
    )
    assert main(["validate", str(tmp_path)]) == 1
    out, _ = capsys.readouterr()
    assert f"{path}:4:1: not_canonical: 'XI'" in out
    assert main(["validate", "--lenient", str(tmp_path)]) == 0


def test_fmt_rewrites_into_canonical_form_with_a_diff(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fmt --check shows the diff and exits 1 writing nothing; fmt writes; then nothing to do."""
    path = tmp_path / "dai-hoi.yaml"
    original = (
        "# yaml-language-server: $schema=../schema.json\ntype: dai-hoi\nid: dai-hoi-xi\n"
        "organisation: dang-bo-tinh-an-giang\nordinal: XI\nterm: (nhiệm kỳ 2020–2025)\n"
        "opened_on: ngày 24 tháng 9 năm 2020\n"
    )
    path.write_text(original, encoding="utf-8")
    assert main(["fmt", "--check", str(path)]) == 1
    out, _ = capsys.readouterr()
    assert "\n-ordinal: XI\n" in out
    assert "\n+ordinal: 11\n" in out
    assert "\n+term: 2020 - 2025\n" in out
    assert path.read_text(encoding="utf-8") == original
    assert main(["fmt", str(tmp_path)]) == 0
    rewritten = path.read_text(encoding="utf-8")
    assert rewritten.startswith("# yaml-language-server: $schema=../schema.json\ntype: dai-hoi\n")
    assert "opened_on: '2020-09-24'\n" in rewritten
    assert vnpartydoc.load(path).ordinal == 11  # type: ignore[union-attr]
    capsys.readouterr()
    assert main(["fmt", "--check", str(path)]) == 0
    assert capsys.readouterr().out == ""


def test_fmt_leaves_a_yaml_file_with_comments_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A comment would be lost: fmt_comments at its place, file untouched; '#' in text is text."""
    path = tmp_path / "dai-hoi.yaml"
    original = (
        "type: dai-hoi\nid: dai-hoi-xi\norganisation: tw\n"
        "name: 'Đại hội #11'\nordinal: XI  # lần thứ mười một\nterm: 2020 - 2025\n"
    )
    path.write_text(original, encoding="utf-8")
    assert main(["fmt", str(path)]) == 1
    _, err = capsys.readouterr()
    assert f"{path}:5:14: fmt_comments: " in err
    assert path.read_text(encoding="utf-8") == original
    with pytest.raises(DocumentLoadError):
        vnpartydoc.serialization.reformat(original, "yaml")


def test_unclosed_quote_is_reported_on_its_own_line(tmp_path: Path) -> None:
    """An unclosed quote on line 3 of a 5-line file is reported on line 3, not past the end."""
    text = (
        'type: dai-hoi\nid: dai-hoi-xi\nname: "Đại hội đại biểu lần thứ XI\n'
        "organisation: dang-bo-tinh-an-giang\nordinal: 11\n"
    )
    with pytest.raises(DocumentLoadError) as exc:
        vnpartydoc.loads(text, "yaml")
    issue = exc.value.issues[0]
    assert (issue.code, issue.line, issue.column) == ("yaml_syntax", 3, 7)


def test_the_schemas_white_space_is_what_the_models_strip() -> None:
    """Text of one character: the schema calls it blank exactly when the model refuses it."""
    import re
    import unicodedata

    from vnpartydoc.models import TEXT_PATTERN, Point

    candidates = [
        chr(code)
        for code in range(0x110000)
        if not 0xD800 <= code < 0xE000
        and (
            chr(code).isspace() or unicodedata.category(chr(code)) in {"Zs", "Zl", "Zp", "Cc", "Cf"}
        )
    ]
    assert len(candidates) > 200
    for char in candidates:
        try:
            Point.model_validate({"text": char})
            model_ok = True
        except ValueError:
            model_ok = False
        assert model_ok == bool(re.search(TEXT_PATTERN, char)), hex(ord(char))
        assert model_ok == VALIDATORS[2][1].is_valid(
            {"type": "to-chuc-dang", "id": "tw", "name": char, "level": "central"}
        )


@pytest.mark.parametrize("variant", ["default", "nonunicode", "python"])
def test_check_jsonschema_refuses_a_url_with_a_control_character(
    tmp_path: Path, variant: str
) -> None:
    """A URL with U+001C fails under ECMA 262 (regress) and Python dialects, as in vnpartydoc."""
    exe = _check_jsonschema()
    data = ORGANISATION | {"sources": [{"url": "http://a\u001cb"}]}
    path = tmp_path / "tw.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert _model_codes(data) == ["url_format"]
    done = subprocess.run(
        [exe, "--regex-variant", variant, "--schemafile", str(SCHEMA_FILE), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stdout
    assert "$.sources[0].url" in done.stdout
