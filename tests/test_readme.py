"""The README's Python example runs as written; CI runs the README's test command."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_python_example_runs() -> None:
    """The 'In Python' block of the README runs from the repository root and prints targets."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"## In Python\n\n```python\n(.*?)```", readme, re.DOTALL)
    assert match is not None
    done = subprocess.run(
        [sys.executable, "-c", match[1]], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Tốc độ tăng trưởng GRDP bình quân 5 năm 6,5–7 %/năm 2025" in done.stdout


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run ends with the README's test command, docstring examples in src/ included."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"\*\*Run the tests\*\*.*?```sh\n(.*?)\n```", readme, re.DOTALL)
    assert match is not None
    command = match[1].split('pip install -e ".[dev]" && ', 1)[1]
    assert "pytest --doctest-modules src tests" in command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert ci[-1] == command
