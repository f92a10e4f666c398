"""A new site to start from: ``mkdocs.yml``, a home page and one record of each main type.

``vnpartydoc new SITE`` copies the files next to this module into SITE. The records are real
(the An Giang Provincial Party Organisation, its 11th congress, the congress's resolution, a
directive that carries it out, an article about both and its author), so the new site builds
with ``mkdocs build --strict`` at once and shows every kind of page.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from vnpartydoc.errors import Issue, OutputError
from vnpartydoc.serialization import write_atomic

__all__ = ["starter_files", "write_starter"]


def starter_files() -> dict[str, str]:
    """The files of a new site, by their POSIX path inside it."""
    root = files(__package__)
    found: dict[str, str] = {}
    for folder in ("", "docs", "documents"):
        here = root.joinpath(folder) if folder else root
        for entry in here.iterdir():
            if entry.is_file() and entry.name.endswith((".yml", ".yaml", ".md")):
                found["/".join(p for p in (folder, entry.name) if p)] = entry.read_text("utf-8")
    return dict(sorted(found.items()))


def write_starter(target: str | Path) -> list[Path]:
    """Write a new site into ``target`` (created if missing); return the files written.

    Raises:
        OutputError: ``target`` is a file or a folder that is not empty (code
            ``output_exists``), or a file cannot be written.
    """
    site = Path(target)
    if site.exists() and (not site.is_dir() or any(site.iterdir())):
        issue = Issue(
            "output_exists",
            "refusing to write a new site into an existing file or a folder that is not empty",
            site,
        )
        raise OutputError(issue.format(), issues=[issue])
    written = []
    for name, text in starter_files().items():
        write_atomic(site / name, text, overwrite=False)
        written.append(site / name)
    return written
