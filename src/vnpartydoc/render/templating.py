"""The Jinja2 environment: packaged templates, user overrides, and escaping by default.

Template names resolve in this order:

1. ``base/<name>``: always the packaged template (what an override extends);
2. ``<name>`` in the user's ``templates_dir``, when there is one;
3. ``<name>`` in the package.

So a user file ``resolution.md.j2`` holding ``{% extends "base/resolution.md.j2" %}`` and one
``{% block targets %}…{% endblock %}`` changes that block only. Environments are built once per
templates folder and cached; templates compile once. With a user folder the environment is an
immutable sandbox (templates cannot reach Python internals or change data).

Every ``{{ … }}`` passes through ``finalize``: values that are not already
:class:`~vnpartydoc.render.escape.Md` are escaped as Markdown, so document text always shows
literally. What templates themselves render (``super()``, macros, ``{% set %}`` blocks) is
marked as Markdown, so it is not escaped twice.
"""

from __future__ import annotations

import os
import re
import traceback
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from vnpartydoc.render.escape import Md, inline, paragraphs
from vnpartydoc.render.options import RenderError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

__all__ = [
    "PACKAGE_TEMPLATES",
    "STYLESHEET_PATH",
    "Templates",
    "blocks",
    "environment",
    "render_block",
    "render_template",
    "stylesheet",
]

PACKAGE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
STYLESHEET_PATH = "assets/stylesheets/vnpartydoc.css"
"""Where a site serves :func:`stylesheet`, from its root."""


def stylesheet() -> str:
    """The CSS that gives the pages' tables their column widths (a phone's too).

    A site links it from every page; the MkDocs plugin adds it at :data:`STYLESHEET_PATH`.
    Pages read without it: their tables then take the theme's own widths.
    """
    return (PACKAGE_TEMPLATES / "vnpartydoc.css").read_text(encoding="utf-8")


_BLANK_LINES_RE = re.compile(r"\n{3,}")


def _concat(parts: Iterable[str]) -> Md:
    # What a template renders (a page, a block called by super(), a macro, a {% set %} block)
    # is literal template text plus finalized values: safe Markdown, marked as such.
    return Md("".join(parts))


def _finalize(value: object) -> object:
    if isinstance(value, Md):
        return value
    if value is None:
        return ""
    return inline(value)


def _listing(templates_dir: str) -> tuple[tuple[str, int], ...]:
    """Names and times of the files in a templates folder: a new override needs a new cache."""
    root = Path(templates_dir)
    return tuple(
        sorted((str(p.relative_to(root)), p.stat().st_mtime_ns) for p in root.rglob("*.j2"))
    )


def environment(templates_dir: str | None = None) -> jinja2.Environment:
    """The environment for a templates folder (None: packaged templates only).

    Environments are cached; with a folder, adding, removing or changing a template there
    gives a fresh one (so ``mkdocs serve`` picks up a new override).
    """
    return _environment(templates_dir, _listing(templates_dir) if templates_dir else ())


@lru_cache(maxsize=16)
def _environment(
    templates_dir: str | None, listing: tuple[tuple[str, int], ...]
) -> jinja2.Environment:
    package = jinja2.FileSystemLoader(str(PACKAGE_TEMPLATES))
    loaders: list[jinja2.BaseLoader] = [jinja2.PrefixLoader({"base": package})]
    if templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(templates_dir))
    loaders.append(package)
    kind = jinja2.Environment if templates_dir is None else ImmutableSandboxedEnvironment
    env = kind(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=False,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.concat = _concat  # type: ignore[method-assign]
    env.filters.update(md=inline, e=inline, escape=inline, paragraphs=paragraphs)
    return env


def _template_frame(exc: BaseException) -> tuple[str | None, int | None]:
    # Jinja rewrites tracebacks so that template frames carry the template file and line.
    found: tuple[str | None, int | None] = (None, None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(".j2"):
            found = (frame.filename, frame.lineno)
    return found


def _error(exc: Exception, name: str, templates_dir: str | None) -> RenderError:
    line = getattr(exc, "lineno", None)
    filename = getattr(exc, "filename", None) or getattr(exc, "name", None)
    if line is None:
        frame_file, line = _template_frame(exc)
        filename = frame_file or filename
    filename = filename or name
    path = Path(filename) if filename else None
    if path is not None and not path.is_absolute() and templates_dir is not None:
        candidate = Path(templates_dir) / path
        path = candidate if candidate.exists() else path
    message = getattr(exc, "message", None) or str(exc)
    return RenderError.from_code(
        "template_error", f"{type(exc).__name__}: {message}", path=path, at=(line, None)
    )


class Templates:
    """The templates of one site: the user folder is scanned once, each template chosen once."""

    def __init__(self, templates_dir: str | os.PathLike[str] | None) -> None:
        self.dir = str(templates_dir) if templates_dir else None
        self.refresh()

    def refresh(self) -> None:
        """Pick up templates added to or changed in the user folder since the last scan."""
        self.env = environment(self.dir)
        self._chosen: dict[tuple[str, ...], jinja2.Template] = {}

    def select(self, names: Sequence[str]) -> jinja2.Template:
        """The first template that exists among ``names``.

        Raises:
            RenderError: ``template_error`` when a template cannot be read or compiled.
        """
        key = tuple(names)
        found = self._chosen.get(key)
        if found is None:
            try:
                found = self.env.select_template(list(key))
            except (jinja2.TemplateError, RecursionError) as exc:
                raise _error(exc, key[0], self.dir) from exc
            self._chosen[key] = found
        return found


def _tidy(text: str) -> str:
    return _BLANK_LINES_RE.sub("\n\n", text).strip() + "\n"


def render_template(
    template: jinja2.Template, variables: Mapping[str, Any], templates_dir: str | None
) -> str:
    """Render a whole page, with blank lines tidied.

    Raises:
        RenderError: ``template_error`` when the template fails.
    """
    try:
        return _tidy(template.render(variables))
    except Exception as exc:  # a user template may fail in any way: report it, file and line
        if isinstance(exc, RenderError):
            raise
        raise _error(exc, template.name or "", templates_dir) from exc


def blocks(
    template: jinja2.Template, variables: Mapping[str, Any], templates_dir: str | None
) -> list[str]:
    """Names of the blocks a template (with its parents) defines."""
    context = _run(template, variables, templates_dir)
    return sorted(context.blocks)


def _run(
    template: jinja2.Template, variables: Mapping[str, Any], templates_dir: str | None
) -> jinja2.runtime.Context:
    # Rendering the root once registers the blocks of every parent template in the context.
    context = template.new_context(dict(variables))
    try:
        for _ in template.root_render_func(context):
            pass
    except Exception as exc:  # a user template may fail in any way: report it, file and line
        raise _error(exc, template.name or "", templates_dir) from exc
    return context


def render_block(
    template: jinja2.Template, block: str, variables: Mapping[str, Any], templates_dir: str | None
) -> str | None:
    """Render one block of a template (the most derived override), or None if it has none.

    Raises:
        RenderError: ``template_error`` when the template fails.
    """
    context = _run(template, variables, templates_dir)
    if block not in context.blocks:
        return None
    try:
        return _tidy("".join(context.blocks[block][0](context)))
    except Exception as exc:  # a user template may fail in any way: report it, file and line
        raise _error(exc, template.name or "", templates_dir) from exc
