"""Fetch mermaid.min.js once, for the browser tests, from the npm registry (with ``npm``).

A site with ``diagrams: mermaid`` serves its own Mermaid (Material would otherwise load it
from the CDN at ``MERMAID_URL``, which fails offline); the browser test of such a site puts
this copy into its ``docs/``. This script puts Mermaid 11's
``dist/mermaid.min.js`` (MIT licence) at :data:`CACHE` (or at ``$VNPARTYDOC_MERMAID_JS``).
Run it as an install step, like installing Chromium::

    python tests/browser/install_mermaid.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

MERMAID_URL = "https://unpkg.com/mermaid@11/dist/mermaid.min.js"
"""Where Material for MkDocs 9 loads Mermaid from."""
PACKAGE = "mermaid@11"
MEMBER = "package/dist/mermaid.min.js"
CACHE = Path(
    os.environ.get("VNPARTYDOC_MERMAID_JS")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    / "vnpartydoc"
    / "mermaid.min.js"
)
"""Local copy of mermaid.min.js used by the browser tests."""


def install(target: Path = CACHE) -> Path:
    """Download the npm package with ``npm pack`` and extract mermaid.min.js to ``target``.

    Raises:
        RuntimeError: if npm is missing or the package cannot be fetched or read.
    """
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is not installed; it is needed once to fetch mermaid.min.js")
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(
            [npm, "pack", PACKAGE, "--pack-destination", tmp, "--silent"],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        archives = list(Path(tmp).glob("mermaid-*.tgz"))
        if run.returncode != 0 or not archives:
            raise RuntimeError(f"npm pack {PACKAGE} failed: {run.stderr.strip()[-500:]}")
        with tarfile.open(archives[0]) as archive:
            source = archive.extractfile(MEMBER)
            if source is None:
                raise RuntimeError(f"{archives[0].name} has no {MEMBER}")
            data = source.read()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    partial.write_bytes(data)
    partial.replace(target)
    return target


def main() -> int:
    """Install unless already there; print the path."""
    try:
        path = CACHE if CACHE.is_file() else install()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        print(f"install_mermaid: error: {exc}", file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
