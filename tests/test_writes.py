"""Writes a publisher can trust: whole files and sites or nothing, modes, stdout, races, faults."""

from __future__ import annotations

import errno
import io
import os
import random
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from vnpartydoc import writing
from vnpartydoc.cli import main
from vnpartydoc.errors import OutputError
from vnpartydoc.schema import schema_text
from vnpartydoc.writing import (
    HOST,
    TEMPORARY_RE,
    checked_stdout,
    sweep,
    write_atomic,
    write_folder,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

PERSON = "examples/national/to-lam.yaml"
JSON_TEXT = '{"type": "ca-nhan", "id": "trinh-lam-sinh", "name": "TRÌNH LAM SINH"}\n'


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too) by relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if TEMPORARY_RE.match(p.name))


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    yield
    os.umask(old)


# ------------------------------------------------------------------------------ single files


def test_new_file_takes_the_umask_mode(tmp_path: Path, umask_027: None) -> None:
    """A new file is 0666 less the umask (0640 under umask 027), not 0600."""
    write_atomic(tmp_path / "nq.json", JSON_TEXT)
    assert stat.S_IMODE((tmp_path / "nq.json").stat().st_mode) == 0o640
    assert (tmp_path / "nq.json").read_text(encoding="utf-8") == JSON_TEXT


def test_overwrite_keeps_the_old_mode(tmp_path: Path, umask_027: None) -> None:
    """Replacing a 0644 file leaves it 0644, so a web server can still read it."""
    target = tmp_path / "nq.json"
    target.write_text("{}\n", encoding="utf-8")
    target.chmod(0o644)
    write_atomic(target, JSON_TEXT)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.read_text(encoding="utf-8") == JSON_TEXT


def test_a_symlink_at_the_output_is_followed(tmp_path: Path) -> None:
    """The link stays and the file it points to is replaced; without overwrite it is refused."""
    real = tmp_path / "that.json"
    real.write_text("{}\n", encoding="utf-8")
    link = tmp_path / "this.json"
    link.symlink_to(real.name)
    write_atomic(link, JSON_TEXT)
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == JSON_TEXT
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to("nowhere.json")
    with pytest.raises(OutputError) as info:
        write_atomic(dangling, JSON_TEXT, overwrite=False)
    assert [i.code for i in info.value.issues] == ["output_exists"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling.json", "that.json", "this.json"]


def test_short_writes_are_completed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A device that takes a few bytes per call still gets the whole text."""
    real_write = os.write

    def trickle(fd: int, data: bytes | memoryview) -> int:
        return real_write(fd, bytes(data[:7]))

    monkeypatch.setattr(os, "write", trickle)
    write_atomic(tmp_path / "nq.json", JSON_TEXT)
    assert (tmp_path / "nq.json").read_text(encoding="utf-8") == JSON_TEXT


@pytest.mark.parametrize(
    "failure", [errno.ENOSPC, errno.EIO, 0], ids=["ENOSPC", "EIO", "no-progress"]
)
def test_a_failing_device_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: int
) -> None:
    """Stub writer: half written, then a full disk (or a write of 0 bytes): old file kept."""
    target = tmp_path / "nq.json"
    target.write_text("{}\n", encoding="utf-8")
    real_write = os.write
    calls: list[int] = []

    def fill_up(fd: int, data: bytes | memoryview) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, bytes(data[: len(data) // 2]))
        if failure == 0:
            return 0
        raise OSError(failure, os.strerror(failure))

    monkeypatch.setattr(os, "write", fill_up)
    with pytest.raises(OutputError) as info:
        write_atomic(target, JSON_TEXT)
    issue = info.value.issues[0]
    assert (issue.code, issue.path) == ("output_unwritable", target)
    assert issue.message == f"cannot write: {os.strerror(failure or errno.ENOSPC)}"
    assert target.read_text(encoding="utf-8") == "{}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nq.json"]


def test_a_folder_at_the_output_is_refused(tmp_path: Path) -> None:
    """A folder where the file goes: output_unwritable, the folder untouched."""
    (tmp_path / "nq.json").mkdir()
    with pytest.raises(OutputError) as info:
        write_atomic(tmp_path / "nq.json", JSON_TEXT)
    assert [(i.code, i.message) for i in info.value.issues] == [
        ("output_unwritable", "cannot write: Is a directory")
    ]
    assert [p.name for p in tmp_path.iterdir()] == ["nq.json"]


def _no_hard_links(source: object, dest: object) -> None:
    raise OSError(errno.EPERM, os.strerror(errno.EPERM))


def test_no_overwrite_without_hard_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where hard links are refused (FAT, some network shares), the name is claimed first."""
    monkeypatch.setattr(os, "link", _no_hard_links)
    write_atomic(tmp_path / "nq.json", JSON_TEXT, overwrite=False)
    assert (tmp_path / "nq.json").read_text(encoding="utf-8") == JSON_TEXT
    monkeypatch.setattr(os.path, "lexists", lambda path: False)  # lose the early check's race
    with pytest.raises(OutputError) as info:
        write_atomic(tmp_path / "nq.json", "{}\n", overwrite=False)
    assert [i.code for i in info.value.issues] == ["output_exists"]
    assert (tmp_path / "nq.json").read_text(encoding="utf-8") == JSON_TEXT
    assert [p.name for p in tmp_path.iterdir()] == ["nq.json"]


class _Disk(io.RawIOBase):
    """A raw file that takes at most ``step`` bytes per write and ``room`` bytes in all."""

    def __init__(self, room: int, step: int) -> None:
        self.data = bytearray()
        self.room, self.step = room, step

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | memoryview) -> int:  # type: ignore[override]
        if len(self.data) >= self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        taken = bytes(data[: min(self.step, self.room - len(self.data))])
        self.data += taken
        return len(taken)


@pytest.mark.parametrize("room", [10_000, 100_000], ids=["full", "enough-room"])
def test_checked_stdout_never_loses_a_short_write(
    monkeypatch: pytest.MonkeyPatch, room: int
) -> None:
    """Short writes to stdout are completed; a disk that fills part-way gives output_unwritable."""
    disk = _Disk(room, step=3_000)
    stream = io.TextIOWrapper(io.BufferedWriter(disk, 4096), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    text = "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh – “chỉ tiêu” 6,5–7 %/năm\n" * 600
    if room < len(text.encode()):
        with pytest.raises(OutputError) as info, checked_stdout():
            print(text, end="")
        assert info.value.issues[0].message == (
            "cannot write to standard output: No space left on device"
        )
    else:
        with checked_stdout():
            print(text, end="")
        assert disk.data.decode("utf-8") == text


def test_sweep_removes_what_a_killed_writer_left(tmp_path: Path) -> None:
    """Temporary names of dead processes go; a running process's, another machine's stay."""
    dead, alive = f"{_dead_pid()}@{HOST}", f"{os.getpid()}@{HOST}"
    elsewhere = f"{_dead_pid()}@{'0' if HOST[0] != '0' else '1'}{HOST[1:]}"
    (tmp_path / f".nq.json.{dead}.0a1b2c3d.tmp").write_text("{", encoding="utf-8")
    (tmp_path / f".site.{dead}.0a1b2c3d.staging").mkdir()
    (tmp_path / f".nq.json.{alive}.0a1b2c3d.tmp").write_text("{", encoding="utf-8")
    (tmp_path / f".nq.json.{elsewhere}.0a1b2c3d.tmp").write_text("{", encoding="utf-8")
    (tmp_path / ".ghi-chu.tmp").write_text("của người dùng", encoding="utf-8")
    sweep(tmp_path)
    assert {p.name for p in tmp_path.iterdir()} == {
        ".ghi-chu.tmp",
        f".nq.json.{alive}.0a1b2c3d.tmp",
        f".nq.json.{elsewhere}.0a1b2c3d.tmp",
    }


def test_sweep_completes_an_interrupted_folder_swap(tmp_path: Path) -> None:
    """A site moved aside by a killed swap (target missing) is moved back."""
    aside = tmp_path / f".site.{_dead_pid()}@{HOST}.0a1b2c3d.old"
    aside.mkdir()
    (aside / "index.md").write_text("# Văn bản\n", encoding="utf-8")
    sweep(tmp_path)
    assert _snapshot(tmp_path) == {"site/index.md": "# Văn bản\n".encode()}


# ----------------------------------------------------------------------------------- folders


SITE = {"documents.json": '{"count": 1}\n', "van-ban/chi-thi/ct.md": "# Chỉ thị 45-CT/TW\n"}


def test_write_folder_builds_beside_and_swaps_in(tmp_path: Path, umask_027: None) -> None:
    """The whole site appears at once, with umask modes; nothing else is left beside it."""
    write_folder(tmp_path / "site", SITE)
    assert _snapshot(tmp_path) == {f"site/{k}": v.encode() for k, v in SITE.items()}
    assert stat.S_IMODE((tmp_path / "site").stat().st_mode) == 0o750
    assert stat.S_IMODE((tmp_path / "site/van-ban/chi-thi/ct.md").stat().st_mode) == 0o640
    with pytest.raises(OutputError) as info:
        write_folder(tmp_path / "site", SITE)
    assert [i.code for i in info.value.issues] == ["output_exists"]


def test_write_folder_overwrite_keeps_other_files_and_modes(tmp_path: Path) -> None:
    """With overwrite, hand-written files stay, replaced files keep their mode, stale temps go."""
    site = tmp_path / "site"
    write_folder(site, SITE)
    (site / "van-ban/chi-thi/ct.md").chmod(0o604)
    (site / "trang-rieng.md").write_text("# Trang riêng\n", encoding="utf-8")
    (site / "van-ban/.ct.md.k3j4h5g6.tmp").write_text("#", encoding="utf-8")  # an old release's
    (site / "lien-ket.md").symlink_to("trang-rieng.md")
    (tmp_path / "anh-goc").mkdir()
    (site / "anh").symlink_to(tmp_path / "anh-goc")
    write_folder(site, {**SITE, "documents.json": '{"count": 2}\n'}, overwrite=True)
    assert _snapshot(site) == {
        "documents.json": b'{"count": 2}\n',
        "trang-rieng.md": "# Trang riêng\n".encode(),
        "van-ban/chi-thi/ct.md": "# Chỉ thị 45-CT/TW\n".encode(),
    }
    assert (site / "lien-ket.md").readlink().name == "trang-rieng.md"
    assert (site / "anh").readlink() == tmp_path / "anh-goc"
    assert stat.S_IMODE((site / "van-ban/chi-thi/ct.md").stat().st_mode) == 0o604
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anh-goc", "site"]


def test_write_folder_copies_where_hard_links_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files carried over into the new site are copied when they cannot be hard-linked."""
    site = tmp_path / "site"
    write_folder(site, SITE)
    (site / "trang-rieng.md").write_text("# Trang riêng\n", encoding="utf-8")
    monkeypatch.setattr(os, "link", _no_hard_links)
    write_folder(site, {"documents.json": "{}\n"}, overwrite=True)
    assert _snapshot(site) == {
        "documents.json": b"{}\n",
        "trang-rieng.md": "# Trang riêng\n".encode(),
        "van-ban/chi-thi/ct.md": "# Chỉ thị 45-CT/TW\n".encode(),
    }


def test_write_folder_follows_a_symlinked_site(tmp_path: Path) -> None:
    """A link at the output stays; the folder it points to is replaced."""
    (tmp_path / "www").mkdir()
    (tmp_path / "site").symlink_to("www")
    write_folder(tmp_path / "site", SITE, overwrite=True)
    assert (tmp_path / "site").is_symlink()
    assert _snapshot(tmp_path / "www") == {k: v.encode() for k, v in SITE.items()}


def test_write_folder_refuses_a_file(tmp_path: Path) -> None:
    """An output that is a file is not a site folder: output_unwritable, the file untouched."""
    (tmp_path / "site").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError) as info:
        write_folder(tmp_path / "site", SITE, overwrite=True)
    assert [(i.code, i.message) for i in info.value.issues] == [
        ("output_unwritable", "cannot write: not a folder")
    ]
    assert _snapshot(tmp_path) == {"site": b"x"}


def test_write_folder_failure_leaves_the_old_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk half way through the new site: the old site stays, no staging folder."""
    site = tmp_path / "site"
    write_folder(site, SITE)
    before = _snapshot(tmp_path)
    real_write_new = writing.write_new
    calls: list[Path] = []

    def full_disk(path: Path, data: bytes, **kwargs: object) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real_write_new(path, data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writing, "write_new", full_disk)
    with pytest.raises(OutputError) as info:
        write_folder(site, {k: v + "\n" for k, v in SITE.items()}, overwrite=True)
    assert [i.code for i in info.value.issues] == ["output_unwritable"]
    assert _snapshot(tmp_path) == before


def test_write_folder_without_rename_exchange(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where an atomic exchange is missing, two renames replace the site just the same."""
    monkeypatch.setattr(writing, "_exchange", lambda first, second: False)
    write_folder(tmp_path / "site", SITE)
    write_folder(tmp_path / "site", {"documents.json": "{}\n"}, overwrite=True)
    assert _snapshot(tmp_path) == {
        "site/documents.json": b"{}\n",
        "site/van-ban/chi-thi/ct.md": "# Chỉ thị 45-CT/TW\n".encode(),
    }


# ------------------------------------------------------------------------------------- stdout


def _vnpartydoc(*args: str, stdout: object = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vnpartydoc", *args],
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_schema_to_dev_full_is_one_error_line() -> None:
    """`vnpartydoc schema > /dev/full` exits 1 with one line, no traceback."""
    with Path("/dev/full").open("w", encoding="utf-8") as full:
        result = _vnpartydoc("schema", stdout=full)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "<stdout>: output_unwritable: cannot write to standard output: No space left on device"
    ]


def test_closed_pipe_is_one_error_line() -> None:
    """A reader that goes away (EPIPE) is reported once, exit 1, no traceback."""
    process = subprocess.Popen(
        [sys.executable, "-m", "vnpartydoc", "schema"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    process.stdout.close()  # before the 67 KB schema (more than a pipe holds) is written
    _, err = process.communicate()
    assert process.returncode == 1
    assert err.splitlines() == [
        "<stdout>: output_unwritable: cannot write to standard output: Broken pipe"
    ]


def test_stdout_errors_reach_main(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A failing stdout inside main gives exit 1 and the output_unwritable line."""

    class Full:
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def flush(self) -> None:
            pass

    monkeypatch.setattr(sys, "stdout", Full())
    assert main(["schema"]) == 1
    assert capsys.readouterr().err == (
        "<stdout>: output_unwritable: cannot write to standard output: No space left on device\n"
    )


# ---------------------------------------------------------------------- a real full file system


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Mount a tmpfs of a given size (needs root and a kernel that lets this process mount)."""
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        point = tmp_path / f"tmpfs-{len(mounted)}"
        point.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(point)],
            capture_output=True,
            check=False,
        )
        if result.returncode != 0:
            pytest.skip("cannot mount a tmpfs here (the stub-writer tests cover a full disk)")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", str(point)], check=True)


@pytest.fixture
def small_tmpfs(tmpfs: Callable[[str], Path]) -> Path:
    """A 32 KiB tmpfs: less than the schema, far less than the example site."""
    return tmpfs("32k")


def test_full_filesystem_file_and_stdout(small_tmpfs: Path) -> None:
    """On a full tmpfs: --out keeps the old file; `> FILE` exits 1; no temporary file stays."""
    old = small_tmpfs / "schema.json"
    old.write_text("{}\n", encoding="utf-8")
    result = _vnpartydoc("schema", "--out", str(old))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{old}: output_unwritable: cannot write: No space left on device"
    ]
    assert old.read_text(encoding="utf-8") == "{}\n"
    with (small_tmpfs / "redirected.json").open("w", encoding="utf-8") as handle:
        result = _vnpartydoc("schema", stdout=handle)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "<stdout>: output_unwritable: cannot write to standard output: No space left on device"
    ]
    assert len(schema_text().encode()) > 32 * 1024
    assert sorted(p.name for p in small_tmpfs.iterdir()) == ["redirected.json", "schema.json"]


def test_full_filesystem_render(examples_dir: Path, small_tmpfs: Path) -> None:
    """A site that does not fit: exit 1, one line per problem, the old site left whole."""
    site = small_tmpfs / "site"
    site.mkdir()
    (site / "index.md").write_text("# Trang cũ\n", encoding="utf-8")
    result = _vnpartydoc("render", str(examples_dir), "--out", str(site), "--force")
    assert result.returncode == 1
    assert f"{site}: output_unwritable: cannot write: No space left on device" in result.stderr
    assert "Traceback" not in result.stderr
    assert _snapshot(small_tmpfs) == {"site/index.md": "# Trang cũ\n".encode()}
    assert sorted(p.name for p in small_tmpfs.iterdir()) == ["site"]


def test_render_into_a_mount_point(
    examples_dir: Path, tmpfs: Callable[[str], Path], tmp_path: Path
) -> None:
    """A mount point cannot be swapped: its files are replaced one by one, other files kept."""
    mount = tmpfs("4m")
    (mount / "trang-rieng.md").write_text("# Trang riêng\n", encoding="utf-8")
    assert main(["render", str(examples_dir), "--out", str(mount), "--force"]) == 0
    reference = tmp_path / "reference"
    assert main(["render", str(examples_dir), "--out", str(reference)]) == 0
    assert _snapshot(mount) == {
        **_snapshot(reference),
        "trang-rieng.md": "# Trang riêng\n".encode(),
    }
    assert _temporaries(mount) == []


def test_render_into_the_working_folder(
    examples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--out .` keeps the folder itself (a shell in it stays in the site), files replaced."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "trang-rieng.md").write_text("# Trang riêng\n", encoding="utf-8")
    inode = site.stat().st_ino
    monkeypatch.chdir(site)
    assert main(["render", str(examples_dir), "--out", ".", "--force"]) == 0
    assert site.stat().st_ino == inode
    assert (site / "trang-rieng.md").is_file()
    assert (site / "documents.json").is_file()
    assert _temporaries(site) == []


# ------------------------------------------------------------------------------- concurrency


RACER = """
import sys, time
from pathlib import Path
from vnpartydoc.errors import OutputError
from vnpartydoc.writing import write_atomic
go, target, text = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
while not go.exists():
    time.sleep(0.001)
try:
    write_atomic(target, text, overwrite=False)
except OutputError as exc:
    print(exc.issues[0].code)
else:
    print("wrote")
"""


def test_concurrent_writers_without_overwrite_one_wins(tmp_path: Path) -> None:
    """Eight writers at once, no overwrite: exactly one writes, seven get output_exists."""
    go, target = tmp_path / "go", tmp_path / "out" / "nq.json"
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(go), str(target), f'{{"writer": {n}}}\n'],
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(8)
    ]
    time.sleep(0.5)  # let them start; correctness does not depend on it
    go.touch()
    results = [racer.communicate()[0].strip() for racer in racers]
    assert sorted(results) == ["output_exists"] * 7 + ["wrote"]
    winner = results.index("wrote")
    assert target.read_text(encoding="utf-8") == f'{{"writer": {winner}}}\n'
    assert sorted(p.name for p in target.parent.iterdir()) == ["nq.json"]


def test_concurrent_renders_without_force_one_wins(examples_dir: Path, tmp_path: Path) -> None:
    """Three renders into one new folder: one writes the whole site, the others are refused."""
    site = tmp_path / "out" / "site"
    renders = [
        subprocess.Popen(
            [sys.executable, "-m", "vnpartydoc", "render", str(examples_dir), "--out", str(site)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    errors = [render.communicate()[1] for render in renders]
    assert sorted(render.returncode for render in renders) == [0, 1, 1]
    losers = [e for render, e in zip(renders, errors, strict=True) if render.returncode == 1]
    assert all(f"{site}: output_exists: " in e for e in losers)
    reference = tmp_path / "reference"
    assert main(["render", str(examples_dir), "--out", str(reference)]) == 0
    assert _snapshot(site) == _snapshot(reference)
    assert sorted(p.name for p in site.parent.iterdir()) == ["site"]


# ---------------------------------------------------------------------------- fault injection


DRIVER = """
import os, signal, sys
from pathlib import Path
import vnpartydoc.writing as writing
from vnpartydoc.cli import main

point, nth = sys.argv[1], int(sys.argv[2])
calls = {"n": 0}

def die_on(name, after=False):
    original = getattr(writing, name)
    def wrapper(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == nth and not after:
            os.kill(os.getpid(), signal.SIGKILL)
        result = original(*args, **kwargs)
        if calls["n"] == nth and after:
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    setattr(writing, name, wrapper)

if point == "fallback":  # no atomic exchange: die between the two renames
    writing._exchange = lambda first, second: False
    real_rename = Path.rename
    def rename(self, target):
        result = real_rename(self, target)
        if str(target).endswith(".old"):
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    Path.rename = rename
elif point.endswith("+after"):
    die_on(point.removesuffix("+after"), after=True)
else:
    die_on(point)
sys.exit(main(sys.argv[3:]))
"""


@pytest.fixture(scope="module")
def two_sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The old site (English labels) and the new one (Vietnamese), rendered once for reference."""
    root = tmp_path_factory.mktemp("sites")
    examples = Path(__file__).parent.parent / "examples"
    assert main(["render", str(examples), "--out", str(root / "old"), "--language", "en"]) == 0
    assert main(["render", str(examples), "--out", str(root / "new")]) == 0
    return {"old": _snapshot(root / "old"), "new": _snapshot(root / "new"), "root": root}


def _fresh_old_site(tmp_path: Path, examples_dir: Path) -> Path:
    site = tmp_path / "out" / "site"
    assert main(["render", str(examples_dir), "--out", str(site), "--language", "en"]) == 0
    return site


def _assert_old_or_new(site: Path, sites: dict[str, object]) -> str:
    """The site is wholly the old one or wholly the new one, with no temporary file inside."""
    found = _snapshot(site)
    state = "old" if found == sites["old"] else "new" if found == sites["new"] else "mixed"
    assert state != "mixed", sorted(set(found) ^ set(sites["new"]))  # type: ignore[arg-type]
    assert _temporaries(site) == []
    return state


KILL_POINTS = [
    ("write_new", 1, "old"),  # the first page of the staging folder
    ("write_new", 25, "old"),  # half way
    ("_sync_filesystem", 1, "old"),  # every page written, not yet flushed
    ("_exchange", 1, "old"),  # just before the swap
    ("_exchange+after", 1, "new"),  # just after it, the old site not yet removed
    ("fallback", 0, "old"),  # between the two renames where no exchange exists (after a sweep)
]


@pytest.mark.parametrize(
    ("point", "nth", "expected"), KILL_POINTS, ids=[f"{p}-{n}" for p, n, _ in KILL_POINTS]
)
def test_render_killed_at_each_step(
    examples_dir: Path,
    tmp_path: Path,
    two_sites: dict[str, object],
    point: str,
    nth: int,
    expected: str,
) -> None:
    """SIGKILL at each step of a --force render: old or new site, whole; the next run works."""
    site = _fresh_old_site(tmp_path, examples_dir)
    argv = ["render", str(examples_dir), "--out", str(site), "--force"]
    result = subprocess.run([sys.executable, "-c", DRIVER, point, str(nth), *argv], check=False)
    assert result.returncode == -signal.SIGKILL
    if point == "fallback":
        assert not site.exists()  # the one window two renames leave open …
        sweep(site.parent)  # … closed by the next write into the folder
    assert _assert_old_or_new(site, two_sites) == expected
    assert main(argv) == 0
    assert _snapshot(site) == two_sites["new"]
    assert sorted(p.name for p in site.parent.iterdir()) == ["site"]


def test_render_killed_at_random_moments(
    examples_dir: Path, tmp_path: Path, two_sites: dict[str, object]
) -> None:
    """SIGKILL at random moments of real renders: the site is always whole, old or new."""
    site = _fresh_old_site(tmp_path, examples_dir)
    argv = [sys.executable, "-m", "vnpartydoc", "render", str(examples_dir), "--out", str(site)]
    start = time.monotonic()
    subprocess.run([*argv, "--force", "--language", "en"], check=True, capture_output=True)
    duration = time.monotonic() - start  # only to spread the kills over a run; not asserted
    rng = random.Random(14)
    for _ in range(5):
        process = subprocess.Popen([*argv, "--force"], stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, duration))
        process.send_signal(signal.SIGKILL)
        process.wait()
        if _assert_old_or_new(site, two_sites) == "new":  # start again from the old site
            subprocess.run([*argv, "--force", "--language", "en"], check=True, capture_output=True)
    subprocess.run([*argv, "--force"], check=True, capture_output=True)
    assert _snapshot(site) == two_sites["new"]
    assert sorted(p.name for p in site.parent.iterdir()) == ["site"]


def test_render_terminated_cleans_up(examples_dir: Path, tmp_path: Path) -> None:
    """SIGTERM (a polite stop) unwinds: no staging folder remains, even before a next run."""
    site = tmp_path / "out" / "site"
    script = DRIVER.replace(
        "os.kill(os.getpid(), signal.SIGKILL)", "os.kill(os.getpid(), signal.SIGTERM)"
    )
    argv = ["render", str(examples_dir), "--out", str(site)]
    result = subprocess.run([sys.executable, "-c", script, "write_new", "3", *argv], check=False)
    assert result.returncode == 128 + signal.SIGTERM
    assert sorted(p.name for p in site.parent.iterdir()) == []


def test_convert_killed_at_each_step(tmp_path: Path, root: Path) -> None:
    """SIGKILL while writing one file: the old file stays whole; the next write sweeps the rest."""
    target = tmp_path / "to-lam.json"
    target.write_text("{}\n", encoding="utf-8")
    argv = ["convert", str(root / PERSON), "-o", str(target), "--force"]
    for point in ("write_new", "write_new+after", "fsync_folder"):
        result = subprocess.run([sys.executable, "-c", DRIVER, point, "1", *argv], check=False)
        assert result.returncode == -signal.SIGKILL
        text = target.read_text(encoding="utf-8")
        assert text == "{}\n" or text.startswith('{\n  "type": "ca-nhan"')
    assert main(argv) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["to-lam.json"]


# --------------------------------------------------------------------------------- render rules


def test_render_refuses_pages_that_land_in_an_input(
    examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`render site/records --out site --url-prefix records` would write JSON into its input."""
    import shutil

    site = tmp_path / "site"
    records = site / "records"
    shutil.copytree(examples_dir, records)
    before = _snapshot(site)
    argv = ["render", str(records), "--out", str(site), "--force", "--url-prefix", "records"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert f"{site}: output_in_input: 'records/" in err
    assert f"would be written inside the input folder {str(records)!r}" in err
    assert _snapshot(site) == before


def test_render_may_surround_its_input(
    examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An input folder inside the output is kept as it is when no page lands in it."""
    import shutil

    site = tmp_path / "site"
    records = site / "records"
    shutil.copytree(examples_dir, records)
    before = _snapshot(records)
    assert main(["render", str(records), "--out", str(site), "--force"]) == 0
    assert re.search(r"wrote \d+ files \(\d+ pages\) to ", capsys.readouterr().err)
    assert _snapshot(records) == before
    assert (site / "documents.json").is_file()
    assert main(["validate", str(records)]) == 0


def test_render_sweeps_temporary_files_of_older_runs(examples_dir: Path, tmp_path: Path) -> None:
    """--force removes hidden temporary files an interrupted older release left in the site."""
    site = tmp_path / "site"
    assert main(["render", str(examples_dir), "--out", str(site)]) == 0
    stale = site / "van-ban" / ".index.md.a1b2c3d4.tmp"
    stale.write_text("# Văn b", encoding="utf-8")
    assert main(["render", str(examples_dir), "--out", str(site), "--force"]) == 0
    assert not stale.exists()
    assert list(site.rglob(".*")) == []
