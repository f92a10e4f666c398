"""docs/getting-started.md followed literally: its console commands, run in a fresh folder.

The commands are read from the page's ```console blocks, so the page and this test cannot
drift. A line that starts with ``$ `` is a command; the lines under it, when there are any, are
what it prints. The install commands set up the environment this test runs in, so they are
checked (they install the clone, with an extra the project defines) rather than run again.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "getting-started.md"
CONSOLE_RE = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)
ENVIRONMENT = {"python3 -m venv .venv", ". .venv/bin/activate"}
RECORDS = [
    "to-chuc-dang/dang-bo-tinh-an-giang",
    "dai-hoi/dai-hoi-dang-bo-tinh-an-giang-xi",
    "chi-thi/chi-thi-hoc-tap-nghi-quyet-dai-hoi-xi-an-giang",
    "ca-nhan/trinh-lam-sinh",
    "bai-viet/bai-viet-hoc-tap-quan-triet-nghi-quyet-dai-hoi-xi-an-giang",
]
RESOLUTION = "van-ban/nghi-quyet/nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi/index.html"


def steps(page: Path = PAGE) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) of every console block, in order."""
    found: list[tuple[str, list[str]]] = []
    for block in CONSOLE_RE.findall(page.read_text(encoding="utf-8")):
        for line in block.splitlines():
            if line.startswith("$ "):
                found.append((line[2:], []))
            elif line.strip():
                found[-1][1].append(line)
    return found


def check_install(command: str, cwd: Path) -> None:
    """An install command installs this clone with an extra that pyproject.toml defines."""
    if command in ENVIRONMENT:
        return
    words = shlex.split(command)
    assert words[:2] == ["pip", "install"], command
    target, _, extra = words[2].partition("[")
    assert cwd.resolve() == ROOT, command
    assert target == ".", command
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
        "optional-dependencies"
    ]
    assert extra.rstrip("]") in extras


def run_steps(folder: Path) -> Path:
    """Run the page's commands from ``folder``, where the clone is ``vnpartydoc``; return cwd."""
    (folder / "vnpartydoc").symlink_to(ROOT, target_is_directory=True)
    cwd = folder
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "NO_MKDOCS_2_WARNING": "1",
        "DISABLE_MKDOCS_2_WARNING": "true",
    }
    for command, expected in steps():
        if command.startswith("cd "):
            cwd = Path(os.path.normpath(cwd / command[3:]))
            assert cwd.is_dir(), command
            continue
        if command in ENVIRONMENT or command.startswith("pip install"):
            check_install(command, cwd)
            continue
        run = subprocess.run(
            ["bash", "-c", command],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert run.returncode == 0, f"{command}\n{run.stdout}{run.stderr}"
        assert "WARNING" not in run.stderr, f"{command}\n{run.stderr}"
        if expected:
            assert (run.stdout + run.stderr).splitlines() == expected, command
    return cwd


def test_page_has_the_quickstart_commands() -> None:
    """The page installs from the clone, starts a site, validates it and builds it strictly."""
    commands = [command for command, _ in steps()]
    assert commands == [
        "cd vnpartydoc",
        "python3 -m venv .venv",
        ". .venv/bin/activate",
        'pip install ".[mkdocs]"',
        "cd ..",
        "vnpartydoc new van-ban-tinh",
        "cd van-ban-tinh",
        "vnpartydoc validate documents/",
        "mkdocs build --strict",
    ]


def test_quickstart_builds_a_site_from_a_fresh_folder(tmp_path: Path) -> None:
    """Followed literally in an empty folder, the page ends with a built site."""
    site = run_steps(tmp_path) / "site"
    assert site.parent == tmp_path / "van-ban-tinh"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Văn bản Đảng bộ tỉnh An Giang" in home
    assert 'href="van-ban/nghi-quyet/nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi/"' in home
    page = (site / RESOLUTION).read_text(encoding="utf-8")
    assert "Tốc độ tăng trưởng GRDP bình quân 5 năm" in page
    assert '<figure class="vnpartydoc-diagram">' in page
    for record in RECORDS:
        assert (site / "van-ban" / record / "index.html").is_file(), record
