"""Tests for the command line (vnpartydoc.cli)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from vnpartydoc import __version__
from vnpartydoc.cli import main
from vnpartydoc.schema import schema_text

if TYPE_CHECKING:
    from pathlib import Path

RESOLUTION = "examples/an-giang/nghi-quyet-dai-hoi-xi.yaml"


def _copy_examples(root: Path, tmp_path: Path) -> Path:
    target = tmp_path / "examples"
    shutil.copytree(root / "examples", target)
    return target


def test_validate_examples_exits_zero(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The shipped examples are valid: exit 0 and no issue lines."""
    assert main(["validate", str(root / "examples")]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "0 errors, 0 warnings" in err


def test_validate_reports_a_broken_field_with_location(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A copy with one field broken exits 1 with file:line:col, the code and the field path."""
    examples = _copy_examples(root, tmp_path)
    path = examples / "an-giang" / "nghi-quyet-dai-hoi-xi.yaml"
    text = path.read_text(encoding="utf-8")
    assert "issued_on: '2020-09-25'" in text
    line = text.splitlines().index("issued_on: '2020-09-25'") + 1
    path.write_text(
        text.replace("issued_on: '2020-09-25'", "issued_on: '2020-09-31'"), encoding="utf-8"
    )
    assert main(["validate", str(examples)]) == 1
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        f"{path}:{line}:1: date_invalid: day 31 does not exist in 09/2020; expected 1 to 30 "
        "(got '2020-09-31') (at $.issued_on)"
    ]


def test_validate_json_output(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format json prints a machine-readable report."""
    bad = tmp_path / "ct.json"
    bad.write_text(
        '{"type": "chi-thi", "id": "ct", "title": "Chỉ thị", "number": "01-NQ/TU"}',
        encoding="utf-8",
    )
    assert main(["validate", "--format", "json", str(bad)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is False
    assert report["files"] == 1
    assert [(i["code"], i["line"], i["column"], i["json_path"]) for i in report["issues"]] == [
        ("number_kind_mismatch", 1, 53, "$.number")
    ]


def test_validate_duplicate_keys_in_both_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Duplicate keys in YAML and in JSON are both rejected."""
    (tmp_path / "a.yaml").write_text(
        "type: chi-thi\nid: a\ntitle: Chỉ thị\nid: b\n", encoding="utf-8"
    )
    (tmp_path / "b.json").write_text(
        '{"type": "chi-thi", "title": "x", "title": "y", "id": "b"}', encoding="utf-8"
    )
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{tmp_path / 'a.yaml'}:4:1: duplicate_key:" in out
    assert f"{tmp_path / 'b.json'}:1:35: duplicate_key:" in out


def test_validate_strict_fails_on_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Warnings pass by default and fail with --strict."""
    (tmp_path / "tb.yaml").write_text(
        "type: thong-bao\nid: tb\ntitle: Thông báo\nnumber: 05-TBx/TU\n", encoding="utf-8"
    )
    assert main(["validate", str(tmp_path)]) == 0
    assert "unknown_kind_code" in capsys.readouterr().out
    assert main(["validate", "--strict", str(tmp_path)]) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", "does-not-exist"],
        ["validate"],
        ["frobnicate"],
        ["validate", "--max-bytes", "0", "."],
        ["convert", "missing.yaml"],
    ],
)
def test_usage_errors_exit_two(
    argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Missing paths, unknown commands and bad options are usage errors (exit 2)."""
    assert main(argv) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_validate_empty_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder with no record files is a usage error."""
    assert main(["validate", str(tmp_path)]) == 2
    assert "no .json, .yaml or .yml files" in capsys.readouterr().err


def test_schema_prints_the_committed_schema(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Vnpartydoc schema prints exactly the committed schema file."""
    assert main(["schema"]) == 0
    committed = (root / "docs" / "schema" / "vnpartydoc.schema.json").read_text(encoding="utf-8")
    assert capsys.readouterr().out == committed == schema_text()


def test_schema_out_writes_a_file(tmp_path: Path) -> None:
    """--out writes the schema to a file."""
    out = tmp_path / "s.json"
    assert main(["schema", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == schema_text()


def test_convert_yaml_to_json_and_back(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Convert writes the other format; converting back gives the canonical YAML."""
    source = tmp_path / "nq.yaml"
    original = (root / RESOLUTION).read_text(encoding="utf-8")
    source.write_text(original, encoding="utf-8")
    assert main(["convert", str(source)]) == 0
    as_json = tmp_path / "nq.json"
    data = json.loads(as_json.read_text(encoding="utf-8"))
    assert data["type"] == "nghi-quyet"
    assert "Nâng cao năng lực lãnh đạo của Đảng bộ" in data["general_goal"]["text"]
    back = tmp_path / "back.yaml"
    assert main(["convert", str(as_json), "--out", str(back)]) == 0
    assert back.read_text(encoding="utf-8") == original.split("\n", 1)[1]
    capsys.readouterr()
    assert main(["convert", str(source), "--to", "json", "--out", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == data


def test_convert_never_overwrites_without_force(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An existing output is kept unless --force; the input is never overwritten by default."""
    source = tmp_path / "nq.yaml"
    source.write_text((root / RESOLUTION).read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "nq.json"
    out.write_text("giữ nguyên", encoding="utf-8")
    assert main(["convert", str(source)]) == 1
    assert out.read_text(encoding="utf-8") == "giữ nguyên"
    assert "output_exists" in capsys.readouterr().err
    assert main(["convert", str(source), "--force"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "nghi-quyet"
    assert main(["convert", str(source), "--out", str(source), "--to", "yaml"]) == 2


def test_convert_invalid_input_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An invalid input exits 1 with a located error and leaves no output file."""
    source = tmp_path / "bad.yaml"
    source.write_text("type: chi-thi\nid: ct\ntitle: Chỉ thị\nnumber: 1/2\n", encoding="utf-8")
    assert main(["convert", str(source)]) == 1
    err = capsys.readouterr().err
    assert f"{source}:4:1: document_number_format:" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml"]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the version and exits 0."""
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"vnpartydoc {__version__}"


def test_python_dash_m_help() -> None:
    """Python -m vnpartydoc --help works in a subprocess."""
    done = subprocess.run(
        [sys.executable, "-m", "vnpartydoc", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    for command in ("validate", "schema", "convert", "extract", "render"):
        assert command in done.stdout


def test_validate_counts_in_the_right_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One file, one record, one error: no '1 errors'; an id one letter off gets a suggestion."""
    (tmp_path / "ag.yaml").write_text(
        "type: to-chuc-dang\nid: dang-bo-tinh-an-giang\nname: Đảng bộ tỉnh An Giang\n"
        "level: province\n",
        encoding="utf-8",
    )
    (tmp_path / "dh.yaml").write_text(
        "type: dai-hoi\nid: dai-hoi-xi\norganisation: dang-bo-tinh-an-giag\nordinal: 11\n"
        "term: 2020 - 2025\n",
        encoding="utf-8",
    )
    assert main(["validate", str(tmp_path / "dh.yaml")]) == 1
    out, err = capsys.readouterr()
    assert err == "1 file, 1 record: 1 error, 0 warnings\n"
    assert main(["validate", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out == (
        f"{tmp_path / 'dh.yaml'}:3:1: unresolved_reference: no record has id "
        "'dang-bo-tinh-an-giag'; did you mean 'dang-bo-tinh-an-giang'? (at $.organisation)\n"
    )
    assert err == "2 files, 2 records: 1 error, 0 warnings\n"
