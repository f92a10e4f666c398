"""Options of the ``vnpartydoc`` plugin, as written under ``plugins:`` in ``mkdocs.yml``.

The render options (``language``, ``url_prefix``, ``indexes``, ``page_size``,
``templates_dir``, ``diagrams``) are the core's :data:`vnpartydoc.render.RENDER_OPTIONS`:
their defaults, allowed values, help texts and the message for a bad value come from there.
``site_url`` and ``use_directory_urls`` come from MkDocs' own settings.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from mkdocs.config import base
from mkdocs.config import config_options as opt

from vnpartydoc.render import RENDER_OPTIONS, RenderError

__all__ = ["RenderOption", "VnPartyDocConfig"]

T = TypeVar("T")


class RenderOption(Generic[T], base.BaseConfigOption[T]):
    """A config option for one of the core's render options.

    Args:
        name: The render option.
        default: Another default, for an option whose default the plugin works out itself
            (``None``: unset).
        note: A sentence added to the core's help text.
    """

    def __init__(self, name: str, *, default: Any = ..., note: str = "") -> None:
        super().__init__()
        self.option = RENDER_OPTIONS[name]
        own = self.option.default if default is ... else default
        self.default = list(own) if isinstance(own, tuple) else own
        self.help = self.option.help[0].upper() + self.option.help[1:] + "." + note

    def run_validation(self, value: object) -> T:
        """Check the value with the core; a bad one is a config error with the core's message."""
        if value is None and self.default is None:
            return value  # type: ignore[return-value]  # unset, the plugin decides
        try:
            checked: Any = self.option.check(value)
        except RenderError as exc:
            issue = exc.issues[0]
            raise base.ValidationError(f"{issue.code}: {issue.message}") from exc
        result: Any = list(checked) if isinstance(checked, tuple) else checked
        return result  # type: ignore[no-any-return]  # T is what the option's kind gives


def _described(option: base.BaseConfigOption[T], name: str) -> base.BaseConfigOption[T]:
    """Attach the core's help text of a render option to an option MkDocs checks itself."""
    help_text = RENDER_OPTIONS[name].help
    option.help = help_text[0].upper() + help_text[1:] + "."  # type: ignore[attr-defined]  # for the docs
    return option


class VnPartyDocConfig(base.Config):  # type: ignore[no-untyped-call]  # untyped in MkDocs
    """Options of the ``vnpartydoc`` plugin, written in ``mkdocs.yml``."""

    enabled = opt.Type(bool, default=True)
    """Turn the plugin off without removing it from ``mkdocs.yml``."""

    source_dirs = opt.ListOfPaths(default=[])
    """Folders (or single files) of ``.yaml``/``.json`` documents, relative to ``mkdocs.yml``.

    They may lie outside ``docs_dir``; ``mkdocs serve`` watches them too."""

    url_prefix: RenderOption[str] = RenderOption("url_prefix")
    language: RenderOption[str] = RenderOption("language")
    indexes: RenderOption[list[str]] = RenderOption("indexes")
    page_size: RenderOption[int] = RenderOption("page_size")

    on_invalid = opt.Choice(("warn", "fail"), default="warn")
    """What an invalid document does: ``warn`` logs it and skips the document (``mkdocs build
    --strict`` still fails on the warning); ``fail`` stops the build at once."""

    check_corpus = opt.Type(bool, default=True)
    """Run the corpus rules (unique ids and numbers, references, dates, titles) and log what
    they find: errors as warnings, warnings as info."""

    templates_dir = _described(opt.Optional(opt.Dir(exists=True)), "templates_dir")
    """Relative to ``mkdocs.yml``."""

    custom_templates = opt.Deprecated(moved_to="templates_dir")
    """The first name of ``templates_dir``."""

    diagrams: RenderOption[str] = RenderOption(
        "diagrams",
        note=" Mermaid needs a mermaid.min.js that the site itself serves (no CDN), so that "
        "pages work offline.",
    )

    search_fold = opt.Type(bool, default=True)
    """Add diacritic-free forms of every word to Material's search index, so that readers who
    type ``nghi quyet`` find ``Nghị quyết``."""
