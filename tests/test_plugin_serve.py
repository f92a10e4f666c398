"""Live reload: ``mkdocs serve`` rebuilds on a document change outside docs/.

It survives a broken document and recovers when the file is fixed.

The server runs in a subprocess on a free localhost port; every wait is bounded.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60.0
DIRECTIVE = "van-ban/chi-thi/chi-thi-45-ct-tw-2025/"
DECISION = "van-ban/quyet-dinh/quyet-dinh-328-qd-tw-2025/"
BROKEN_LINE = "issued_on: '2025-02-30'\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def wait_for(what: str, check: Callable[[], bool], log: Path) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}; server log:\n{log.read_text('utf-8')[-4000:]}")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """``mkdocs serve`` of a project whose documents live outside docs/."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Văn bản\n", encoding="utf-8")
    documents = tmp_path / "documents"
    documents.mkdir()
    for name in [
        "to-chuc-dang.yaml",
        "national/chi-thi-45-ct-tw.yaml",
        "national/to-lam.yaml",
        "an-giang-2025/quyet-dinh-328-qd-tw.yaml",
    ]:
        shutil.copy(ROOT / "examples" / name, documents / Path(name).name)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Văn bản\ntheme: mkdocs\nplugins:\n  - vnpartydoc:\n"
        "      source_dirs: [documents]\n      diagrams: svg\n",
        encoding="utf-8",
    )
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=tmp_path,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for("the server", lambda: "Serving on" in log.read_text("utf-8"), log)
        yield base, documents, log
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


def test_serve_survives_a_broken_document_and_recovers(server: tuple[str, Path, Path]) -> None:
    """Breaking a document logs its error and drops its page; fixing it brings the page back."""
    base, documents, log = server
    assert fetch(base + DIRECTIVE)[0] == 200
    assert "Quyết định thành lập Đảng bộ tỉnh An Giang" in fetch(base + DECISION)[1]

    directive = documents / "chi-thi-45-ct-tw.yaml"
    original = directive.read_text(encoding="utf-8")
    lines = original.splitlines(keepends=True)
    (at,) = [i for i, line in enumerate(lines) if line.startswith("issued_on:")]
    directive.write_text("".join([*lines[:at], BROKEN_LINE, *lines[at + 1 :]]), "utf-8")

    expected = f"documents/chi-thi-45-ct-tw.yaml:{at + 1}:1: date_invalid: "
    wait_for("the error in the log", lambda: expected in log.read_text("utf-8"), log)
    wait_for("the page to go", lambda: fetch(base + DIRECTIVE)[0] == 404, log)
    assert "[document skipped]" in log.read_text("utf-8")
    assert fetch(base + DECISION)[0] == 200

    directive.write_text(original, encoding="utf-8")
    wait_for("the page to come back", lambda: fetch(base + DIRECTIVE)[0] == 200, log)
    assert "Tô Lâm" in fetch(base + DIRECTIVE)[1]
    assert "Traceback" not in log.read_text("utf-8")
