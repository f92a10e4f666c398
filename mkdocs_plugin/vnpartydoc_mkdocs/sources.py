"""Generated pages and JSON files kept on disk, not in memory, until MkDocs reads them.

A file MkDocs builds from in-memory content keeps that content for the whole build, next to
the page MkDocs reads from it; for thousands of documents the Markdown and JSON would sit in
memory twice over. Written to a temporary folder, they are read by MkDocs as the sources in
``docs_dir`` are: once, when it needs them.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.structure.files import File, InclusionLevel

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

__all__ = ["GeneratedSources"]


class GeneratedSources:
    """A temporary folder of generated files for one build; removed by :meth:`close`."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="vnpartydoc-"))
        # Removed at interpreter exit too, should close() never be called.
        self._finalizer = weakref.finalize(self, shutil.rmtree, self.folder, ignore_errors=True)

    def file(
        self,
        config: MkDocsConfig,
        path: str,
        content: str,
        inclusion: InclusionLevel = InclusionLevel.NOT_IN_NAV,
    ) -> File:
        """Write ``content`` as the site file ``path`` and return MkDocs' file for it."""
        source = self.folder / path
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(content, encoding="utf-8", newline="")
        return File.generated(config, path, abs_src_path=str(source), inclusion=inclusion)

    def close(self) -> None:
        """Remove the folder and everything in it."""
        self._finalizer()
