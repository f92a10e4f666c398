"""Packaging: the core imports no MkDocs, the entry points load."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points


def test_import_vnpartydoc_imports_no_mkdocs() -> None:
    """`import vnpartydoc` (and its CLI) leaves no mkdocs module in sys.modules."""
    code = (
        "import sys, vnpartydoc, vnpartydoc.cli, vnpartydoc.validation, vnpartydoc.schema;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'mkdocs', 'material'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_mkdocs_plugin_entry_point_loads() -> None:
    """The 'vnpartydoc' mkdocs.plugins entry point loads the plugin class."""
    (plugin,) = entry_points(group="mkdocs.plugins", name="vnpartydoc")
    cls = plugin.load()
    assert cls.__name__ == "VnPartyDocPlugin"


def test_console_script_is_declared() -> None:
    """The vnpartydoc console script points at the CLI's main."""
    (script,) = entry_points(group="console_scripts", name="vnpartydoc")
    assert script.value == "vnpartydoc.cli:main"
