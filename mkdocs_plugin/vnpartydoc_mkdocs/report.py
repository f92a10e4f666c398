"""Turn the core's :class:`~vnpartydoc.errors.Issue` lists into MkDocs log messages or errors.

Messages name files relative to ``mkdocs.yml`` and read ``file:line:col: code: message``, the
same line the ``vnpartydoc validate`` command prints. A warning fails ``mkdocs build
--strict``; ``on_invalid: fail`` raises at once instead.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from vnpartydoc.serialization import locate

if TYPE_CHECKING:
    from collections.abc import Sequence

    from mkdocs.config.defaults import MkDocsConfig

    from vnpartydoc.errors import Issue

__all__ = ["Reporter", "log"]

log = get_plugin_logger(__name__)


class Reporter:
    """Log or raise what the core found, with paths relative to the project folder."""

    def __init__(self, config: MkDocsConfig, *, fail: bool) -> None:
        config_file = config.config_file_path
        self.base = Path(config_file).parent if config_file else Path.cwd()
        self.fail = fail

    def skipped(self, issues: Sequence[Issue]) -> None:
        """Report files that could not be loaded; their documents are left out of the site."""
        self._emit([self.format(i) for i in issues], "invalid documents", " [document skipped]")

    def rules(self, found: Sequence[Issue]) -> None:
        """Report corpus-rule findings: errors as warnings (or a failure), warnings as info."""
        issues = [locate(issue) for issue in found]  # line and column of the field
        errors = [self.format(i) for i in issues if i.severity == "error"]
        for issue in issues:
            if issue.severity != "error":
                log.info(self.format(issue))
        self._emit(errors, "documents that break corpus rules")

    def collision(self, path: str) -> None:
        """Report a generated file that would replace a file of ``docs_dir``."""
        self._emit(
            [
                f"generated file '{path}' has the same path as a file in docs_dir; "
                "the file in docs_dir is kept (rename it or change 'url_prefix')"
            ],
            "path collisions",
        )

    def format(self, issue: Issue) -> str:
        """Render ``issue`` as ``file:line:col: code: message``, relative to the project."""
        if issue.path is not None:
            issue = dataclasses.replace(issue, path=Path(os.path.relpath(issue.path, self.base)))
        return issue.format()

    def _emit(self, lines: list[str], what: str, outcome: str = "") -> None:
        if not lines:
            return
        if self.fail:
            raise PluginError(f"vnpartydoc: build stopped on {what}:\n" + "\n".join(lines))
        for line in lines:
            log.warning(line + outcome)
