"""Configure MkDocs for generated pages: Markdown extensions and the theme override folder."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vnpartydoc.errors import VnPartyDocError
from vnpartydoc_mkdocs.report import log

if TYPE_CHECKING:
    from markdown.extensions import Extension
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

__all__ = [
    "MERMAID_SCRIPT",
    "THEME_DIR",
    "add_mermaid_script",
    "add_theme_dir",
    "ensure_extensions",
]

THEME_DIR = Path(__file__).parent / "theme"
"""Templates that put a page's JSON-LD and JSON link into ``<head>``."""

SUPERFENCES = "pymdownx.superfences"
MERMAID_SCRIPT = "mermaid.min.js"
"""File name of the Mermaid copy a site with ``diagrams: mermaid`` serves itself."""
MDEXT = "vnpartydoc"


def _has(extensions: list[Any], name: str) -> bool:
    return name in extensions or f"markdown.extensions.{name}" in extensions


def ensure_extensions(config: MkDocsConfig, extension: Extension, *, mermaid: bool) -> None:
    """Add what generated pages need to ``markdown_extensions`` when it is missing.

    ``attr_list`` (explicit heading ids), ``tables``, the plugin's own instance of the
    ``vnpartydoc`` extension (embedding and cross-references in hand-written pages; it replaces
    one listed by name, which would load the documents itself) and, for Mermaid diagrams, a
    ``mermaid`` fence of ``pymdownx.superfences``.
    """
    extensions: list[Any] = config.markdown_extensions
    for name in ("attr_list", "tables"):
        if not _has(extensions, name):
            extensions.append(name)
    if mermaid:
        _ensure_mermaid_fence(config)
    if MDEXT in extensions:
        extensions.remove(MDEXT)
        if config.mdx_configs.pop(MDEXT, None):
            log.info("vnpartydoc: the Markdown extension uses the plugin's documents and options")
    extensions.append(extension)


def _mermaid_fence(source: str, language: str, css_class: str, *args: Any, **kwargs: Any) -> str:
    # Material draws <pre class="mermaid"> blocks; their source is no text to search.
    superfences: Any = importlib.import_module(SUPERFENCES)
    html: str = superfences.fence_code_format(source, language, css_class, *args, **kwargs)
    return html.replace("<pre", "<pre data-search-exclude", 1)


def _ensure_mermaid_fence(config: MkDocsConfig) -> None:
    try:
        importlib.import_module(SUPERFENCES)
    except ImportError:  # pragma: no cover - pymdown-extensions comes with Material
        log.info(
            "vnpartydoc: pymdown-extensions is not installed, so diagrams show as code; "
            "install it or set 'diagrams: svg'"
        )
        return
    if SUPERFENCES not in config.markdown_extensions:
        config.markdown_extensions.append(SUPERFENCES)
    settings: dict[str, Any] = config.mdx_configs.setdefault(SUPERFENCES, {})
    fences: list[dict[str, Any]] = settings.setdefault("custom_fences", [])
    if not any(fence.get("name") == "mermaid" for fence in fences):
        fences.append({"name": "mermaid", "class": "mermaid", "format": _mermaid_fence})


def add_theme_dir(config: MkDocsConfig) -> None:
    """Put the plugin's templates after the user's ``custom_dir`` and before the theme's own.

    The folder's ``main.html`` extends ``base.html`` and fills ``extrahead``, which both
    Material and MkDocs' own themes define. A user's ``main.html`` in ``custom_dir`` wins; it
    can include ``vnpartydoc/head.html`` in its own ``extrahead``.
    """
    dirs: list[str] = config.theme.dirs
    dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))


def add_mermaid_script(config: MkDocsConfig, files: Files) -> str:
    """Load the site's own ``mermaid.min.js`` on every page, so Material never fetches a CDN.

    Material draws Mermaid with the ``mermaid`` already on the page and fetches one from
    unpkg.com only when there is none: offline, that fetch fails, the diagrams stay code and
    search never starts. A script already listed in ``extra_javascript`` is kept as it is.

    Returns:
        The script's path in the site.

    Raises:
        VnPartyDocError: ``mermaid_script_missing``, the site has no file named
            ``mermaid.min.js``.
    """
    scripts = [str(script) for script in config.extra_javascript]
    listed = [script for script in scripts if script.rsplit("/", 1)[-1] == MERMAID_SCRIPT]
    if listed:
        return listed[0]
    found = sorted(f.src_uri for f in files if f.src_uri.rsplit("/", 1)[-1] == MERMAID_SCRIPT)
    if not found:
        docs = Path(config.docs_dir)
        if config.config_file_path and docs.is_relative_to(Path(config.config_file_path).parent):
            docs = docs.relative_to(Path(config.config_file_path).parent)
        config_file = Path(config.config_file_path or "mkdocs.yml").name
        raise VnPartyDocError.from_code(
            "mermaid_script_missing",
            f"'diagrams: mermaid' needs a copy of Mermaid 11 in the "
            f"site, so that pages work without internet: put {MERMAID_SCRIPT} in "
            f"'{docs.as_posix()}/' (from the npm package: npm pack mermaid@11, then "
            f"package/dist/{MERMAID_SCRIPT}), or use 'diagrams: svg' (the default)",
            path=Path(config_file),
        )
    config.extra_javascript.append(found[0])
    return found[0]
