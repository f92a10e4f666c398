"""Hostile inputs too big to commit, made in ``tmp_path``, and the promises about writing files.

- A 50 MB file is refused by ``Limits.max_bytes`` from its size alone, before it is read.
- Alias bombs stop at ``Limits.max_nodes``, deep nesting at ``Limits.max_depth`` (or the JSON
  parser's own limit); memory stays bounded by those limits, not by what the input expands to.
- ``convert`` and ``render`` write atomically, never leave half a file or a temporary file,
  and never overwrite their input or an existing output unless asked.

No test measures time: the bounds are the documented limits and small input sizes.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from vnpartydoc.cli import main
from vnpartydoc.corpus import load_corpus
from vnpartydoc.errors import DocumentLoadError, OutputError
from vnpartydoc.serialization import DEFAULT_LIMITS, Limits, load, loads, write_atomic

HOSTILE = Path(__file__).resolve().parent / "hostile"
FIFTY_MB = 50 * 1024 * 1024
VALID_YAML = (
    "type: dai-hoi\nid: dai-hoi-xi\norganisation: dang-bo-tinh-an-giang\nordinal: 11\n"
    "term: 2020 - 2025\nname: Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI\n"
    "sources:\n  - url: https://angiang.dcs.vn/dai-hoi\n    note: “Đại hội thành công tốt đẹp”\n"
)


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def fifty_mb_file(folder: Path, suffix: str) -> Path:
    """A 50 MB file: a real start, then zero bytes (sparse, so it costs no disk)."""
    path = folder / f"rat-lon{suffix}"
    head = '{"type": "nghi-quyet", "title": "' if suffix == ".json" else "type: nghi-quyet\n"
    with path.open("wb") as handle:
        handle.write(head.encode("utf-8"))
        handle.truncate(FIFTY_MB)
    return path


def peak_bytes(action: object) -> int:
    """Peak memory traced while ``action()`` runs (it is expected to raise)."""
    tracemalloc.start()
    try:
        action()  # type: ignore[operator]
    except DocumentLoadError:
        pass
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


# ------------------------------------------------------------------------------------- 50 MB


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_fifty_mb_file_is_refused_without_being_read(suffix: str, tmp_path: Path) -> None:
    path = fifty_mb_file(tmp_path, suffix)
    with pytest.raises(DocumentLoadError) as info:
        load(path)
    (issue,) = info.value.issues
    assert (issue.code, issue.path, issue.loc) == ("file_too_large", path, ())
    assert DEFAULT_LIMITS.max_bytes < FIFTY_MB
    assert peak_bytes(lambda: load(path)) < 1024 * 1024  # the 50 MB were never read


def test_fifty_mb_file_is_not_read_when_loading_a_folder(tmp_path: Path) -> None:
    """``validate``, ``render`` and the plugin load folders: the big file is refused unread."""
    fifty_mb_file(tmp_path, ".yaml")
    found: list[list[str]] = []

    def load_folder() -> None:
        found.append([i.code for i in load_corpus([tmp_path])[1]])

    assert peak_bytes(load_folder) < 1024 * 1024
    assert found == [["file_too_large"]]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_special_files_are_refused_not_read(tmp_path: Path) -> None:
    """A FIFO would block and /dev/zero never ends: neither is read."""
    os.mkfifo(tmp_path / "hang.yaml")
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    for name in ("hang.yaml", "zero.yaml"):
        result = subprocess.run(
            [sys.executable, "-m", "vnpartydoc", "validate", str(tmp_path / name)],
            capture_output=True,
            timeout=120,
            check=False,
        )
        output = (result.stdout + result.stderr).decode("utf-8")
        assert result.returncode == 1
        assert f"{tmp_path / name}: file_unreadable: " in output
        assert "Traceback" not in output


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_fifty_mb_file_through_the_commands(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fifty_mb_file(tmp_path, suffix)
    line = f"{path}: file_too_large: "
    code, out_text, _ = run_cli(["validate", str(path)], capsys)
    assert (code, line in out_text) == (1, True)
    out = tmp_path / "out"
    code, _, err = run_cli(["convert", str(path), "-o", str(out / "x.yaml")], capsys)
    assert (code, line in err, files_under(out)) == (1, True, [])
    code, _, err = run_cli(["render", str(path), "--out", str(out)], capsys)
    assert (code, line in err, files_under(out)) == (1, True, [])


def test_fifty_mb_file_is_skipped_by_the_plugin(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Văn bản\n", encoding="utf-8")
    (tmp_path / "documents").mkdir()
    fifty_mb_file(tmp_path / "documents", ".yaml")
    (tmp_path / "documents" / "dai-hoi-xi.yaml").write_text(VALID_YAML, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Văn bản\ntheme: mkdocs\nplugins:\n  - vnpartydoc:\n"
        "      source_dirs: [documents]\n      check_corpus: false\n      diagrams: svg\n",
        encoding="utf-8",
    )
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    with caplog.at_level(logging.WARNING):
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("documents/rat-lon.yaml: file_too_large: " in w for w in warnings)
    assert (tmp_path / "site/van-ban/dai-hoi/dai-hoi-xi/index.html").is_file()


def test_size_limit_is_configurable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "dai-hoi-xi.yaml"
    path.write_text(VALID_YAML, encoding="utf-8")
    size = len(VALID_YAML.encode("utf-8"))
    assert load(path, limits=Limits(max_bytes=size)).id == "dai-hoi-xi"
    with pytest.raises(DocumentLoadError) as info:
        load(path, limits=Limits(max_bytes=size - 1))
    assert [i.code for i in info.value.issues] == ["file_too_large"]
    with pytest.raises(DocumentLoadError):
        loads(VALID_YAML, "yaml", limits=Limits(max_bytes=100))
    code, out, _ = run_cli(["validate", "--max-bytes", "100", str(path)], capsys)
    assert (code, f"{path}: file_too_large: " in out) == (1, True)
    assert run_cli(["validate", "--max-bytes", "0", str(path)], capsys)[0] == 2


# ------------------------------------------------------------------------------ alias bombs


def laughs(width: int, depth: int) -> str:
    """Billion laughs: each level lists the previous one ``width`` times."""
    lines = ["l0: &l0 [" + ", ".join(["Đảng"] * width) + "]"]
    lines += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]" for i in range(1, depth)]
    return "\n".join(lines) + "\n"


def doubling(depth: int) -> str:
    """Each mapping holds the previous one twice: 2**depth nodes from a few lines."""
    lines = ["a0: &a0 {x: Đảng, y: Đảng}"]
    lines += [f"a{i}: &a{i} {{x: *a{i - 1}, y: *a{i - 1}}}" for i in range(1, depth)]
    return "\n".join(lines) + "\n"


BOMBS = {"laughs-9x9": laughs(9, 9), "laughs-100x5": laughs(100, 5), "doubling-40": doubling(40)}


@pytest.mark.parametrize("name", list(BOMBS))
def test_alias_bomb_stops_at_the_node_limit(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text(BOMBS[name], encoding="utf-8")
    assert len(BOMBS[name]) < 3000
    with pytest.raises(DocumentLoadError) as info:
        load(path)
    (issue,) = info.value.issues
    assert issue.code == "too_many_nodes"
    assert (issue.path, issue.line is not None, issue.column is not None) == (path, True, True)


def test_alias_bomb_memory_is_bounded_by_the_limit() -> None:
    """With max_nodes=20,000 a bomb of 387 million nodes costs a few megabytes."""
    limits = Limits(max_nodes=20_000)
    assert peak_bytes(lambda: loads(BOMBS["laughs-9x9"], "yaml", limits=limits)) < 32 * 2**20


def test_node_limit_is_configurable() -> None:
    text = "type: ca-nhan\nid: a\nname: &ten Trình Lam Sinh\nbyline: *ten\n"
    assert loads(text, "yaml").name == "Trình Lam Sinh"
    with pytest.raises(DocumentLoadError) as info:
        loads(text, "yaml", limits=Limits(max_nodes=3))
    assert [i.code for i in info.value.issues] == ["too_many_nodes"]


def test_alias_bomb_through_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bom.yaml"
    path.write_text(BOMBS["laughs-100x5"], encoding="utf-8")
    code, out, _ = run_cli(["validate", str(path)], capsys)
    assert code == 1
    assert out.startswith(f"{path}:1:")
    assert ": too_many_nodes: " in out


# ----------------------------------------------------------------------------- deep nesting

DEEP = {
    "json-arrays": ("json", "[" * 100_000 + "]" * 100_000),
    "json-objects": ("json", '{"a":' * 100_000 + "1" + "}" * 100_000),
    "yaml-flow": ("yaml", "type: nghi-quyet\ntags: " + "[" * 100_000 + "]" * 100_000 + "\n"),
    "yaml-block": (
        "yaml",
        "".join("  " * i + f"k{i}:\n" for i in range(1000)) + "  " * 1000 + "v\n",
    ),
}


@pytest.mark.parametrize("name", list(DEEP))
def test_deep_nesting_is_refused(name: str) -> None:
    fmt, text = DEEP[name]
    with pytest.raises(DocumentLoadError) as info:
        loads(text, fmt)  # type: ignore[arg-type]
    (issue,) = info.value.issues
    assert issue.code == "nesting_too_deep"
    assert (issue.line is not None, issue.column is not None) == (True, True)


def test_depth_limit_is_configurable() -> None:
    text = "type: ca-nhan\nid: a\nname: A\ntitles:\n  - printed: Ủy viên\n    post: Ủy viên\n"
    assert loads(text, "yaml", limits=Limits(max_depth=3)).titles[0].post == "Ủy viên"
    with pytest.raises(DocumentLoadError) as info:
        loads(text, "yaml", limits=Limits(max_depth=2))
    assert [(i.code, i.json_path) for i in info.value.issues] == [
        ("nesting_too_deep", "$.titles[0].printed")
    ]


# --------------------------------------------------------------------------- atomic writes


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "dai-hoi-xi.yaml"
    path.parent.mkdir()
    path.write_text(VALID_YAML, encoding="utf-8")
    return path


def test_convert_never_overwrites_an_existing_output_unless_forced(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.json"
    target.write_text("giữ nguyên\n", encoding="utf-8")
    code, _, err = run_cli(["convert", str(source), "-o", str(target)], capsys)
    assert (code, f"{target}: output_exists: " in err) == (1, True)
    assert target.read_text(encoding="utf-8") == "giữ nguyên\n"
    assert run_cli(["convert", str(source), "-o", str(target), "--force"], capsys)[0] == 0
    assert load(target) == load(source)


def test_convert_never_overwrites_its_input(
    source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = source.read_bytes()
    code, _, err = run_cli(["convert", str(source), "-o", str(source)], capsys)
    assert (code, "refusing to overwrite the input" in err) == (2, True)
    assert source.read_bytes() == before
    assert files_under(source.parent) == [source]


@pytest.mark.parametrize("failure", [OSError(errno.ENOSPC, "No space left on device"), None])
def test_failed_write_leaves_no_partial_or_temporary_file(
    failure: OSError | None,
    source: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A disk-full error (or an interrupt) while writing leaves the folder as it was."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "cu.json").write_text('{"cũ": true}\n', encoding="utf-8")

    def fail(fd: int) -> None:
        raise failure if failure is not None else KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", fail)
    code, _, err = run_cli(["convert", str(source), "-o", str(out / "cu.json"), "--force"], capsys)
    assert code == (1 if failure is not None else 130)
    if failure is not None:
        assert f"{out / 'cu.json'}: output_unwritable: " in err
    assert files_under(out) == [out / "cu.json"]
    assert (out / "cu.json").read_text(encoding="utf-8") == '{"cũ": true}\n'


def test_write_atomic_cleans_up_after_an_interrupt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "a.json", "{}\n")
    assert files_under(tmp_path) == []


def test_write_atomic_reports_an_unwritable_place(tmp_path: Path) -> None:
    (tmp_path / "tep").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError) as info:
        write_atomic(tmp_path / "tep" / "a.json", "{}\n")
    assert [i.code for i in info.value.issues] == ["output_unwritable"]
    assert files_under(tmp_path) == [tmp_path / "tep"]


def test_render_never_writes_into_a_folder_with_files(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "trang-rieng.md").write_text("# Trang riêng\n", encoding="utf-8")
    code, _, err = run_cli(["render", str(source), "--out", str(out)], capsys)
    assert (code, ": output_exists: " in err) == (1, True)
    assert files_under(out) == [out / "trang-rieng.md"]


def test_render_writes_nothing_when_one_of_many_inputs_is_broken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    shutil.copytree(HOSTILE / "shared", folder)
    (folder / "hong.yaml").write_text(
        VALID_YAML.replace("ordinal: 11", "ordinal: 0"), encoding="utf-8"
    )
    out = tmp_path / "site"
    code, _, err = run_cli(["render", str(folder), "--out", str(out)], capsys)
    assert (code, f"{folder / 'hong.yaml'}:4:1: ordinal_range: " in err) == (1, True)
    assert files_under(out) == []


def test_render_never_writes_over_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "tai-lieu"
    shutil.copytree(HOSTILE / "shared", folder)
    before = {p: p.read_bytes() for p in files_under(folder)}
    code, _, err = run_cli(["render", str(folder), "--out", str(folder)], capsys)
    assert (code, ": output_exists: " in err) == (1, True)
    assert {p: p.read_bytes() for p in files_under(folder)} == before


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_file_name_that_is_not_utf8_is_printed_without_a_traceback(
    fmt: str, tmp_path: Path
) -> None:
    """A strict UTF-8 terminal (as in a UTF-8 locale) cannot print a raw undecodable name."""
    try:
        (Path(os.fsdecode(bytes(tmp_path) + b"/\xff-hong.yaml"))).write_text("type: [x]\n", "utf-8")
    except (OSError, UnicodeError):
        pytest.skip("the file system refuses names that are not UTF-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    result = subprocess.run(
        [sys.executable, "-m", "vnpartydoc", "validate", "--format", fmt, str(tmp_path)],
        capture_output=True,
        env=env,
        check=False,
    )
    output = (result.stdout + result.stderr).decode("utf-8")
    assert (result.returncode, "Traceback" in output) == (1, False)
    assert "\\udcff-hong.yaml" in output
    assert "type_unknown" in output
