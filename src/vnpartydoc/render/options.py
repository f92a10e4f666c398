"""Options of the renderer, described once; the pages it returns; its error.

:class:`RenderOptions` is the one description of how pages are rendered: each field has its
type, default and help text. :data:`RENDER_OPTIONS` presents every field as plain data
(:class:`RenderOption`: name, kind, default, choices, help) and checks values, so the command
line (``vnpartydoc render``), the Markdown extension (:mod:`vnpartydoc.mdext`) and the MkDocs
plugin derive their options from it and reject a bad value with the same message, under the
code ``render_option``.

Example:
    >>> RENDER_OPTIONS["diagrams"].choices
    ('svg', 'mermaid')
    >>> try:
    ...     RENDER_OPTIONS["language"].check("fr")
    ... except RenderError as error:
    ...     print(error.issues[0].code, error.issues[0].message)
    render_option unknown language 'fr'; expected 'vi' or 'en'
"""

from __future__ import annotations

import os
import types
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Union, get_args, get_origin, get_type_hints

from vnpartydoc.errors import VnPartyDocError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = [
    "INDEXES",
    "RENDER_OPTIONS",
    "IndexName",
    "OptionKind",
    "Page",
    "PageKind",
    "RenderError",
    "RenderOption",
    "RenderOptions",
]

IndexName = Literal["organisation", "congress", "type", "year", "person", "indicator"]
INDEXES: tuple[IndexName, ...] = get_args(IndexName)
PageKind = Literal["document", "person", "congress", "organisation", "index", "home"]
OptionKind = Literal["choice", "choices", "count", "boolean", "text", "folder"]
"""What values an option takes: one of ``choices``; a list of them; a positive integer;
true or false; text; a folder."""


class RenderError(VnPartyDocError, ValueError):
    """Rendering failed: bad options, a broken template, or an unknown part to embed."""


def _check_url_prefix(prefix: str) -> None:
    if prefix != prefix.strip("/") or any(
        part in {"", ".", ".."} for part in prefix.split("/") if prefix
    ):
        raise RenderError.from_code(
            "render_option",
            f"url_prefix {prefix!r} must be a relative folder like 'van-ban' (or '')",
        )


def _about(help: str, check: Callable[[str], None] | None = None) -> dict[str, object]:
    """Metadata of a field of :class:`RenderOptions`: its help text, a further check of text."""
    return {"help": help, "check": check}


def _quoted(values: tuple[str, ...], last: str) -> str:
    shown = [repr(v) for v in values]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} {last} {shown[-1]}"


@dataclass(frozen=True)
class RenderOption:
    """One render option as plain data, for entry points that show it under their own syntax.

    Example:
        >>> option = RENDER_OPTIONS["page_size"]
        >>> option.kind, option.default, option.parse("20")
        ('count', 50, 20)
    """

    name: str
    """Field of :class:`RenderOptions`, key of the extension's and the plugin's config."""
    kind: OptionKind
    """What values it takes."""
    default: object
    """Its default (a tuple for ``choices``)."""
    help: str
    """One sentence for help texts and option tables."""
    choices: tuple[str, ...] = ()
    """The allowed values (or list items) of ``choice`` and ``choices`` options."""
    optional: bool = False
    """Whether ``None`` (unset) is allowed."""
    extra_check: Callable[[str], None] | None = None
    """A further rule for ``text`` values; raises :class:`RenderError`."""

    @property
    def flag(self) -> str:
        """The command-line spelling, e.g. ``--page-size``."""
        return "--" + self.name.replace("_", "-")

    def check(self, value: object) -> object:
        """Return ``value`` normalised (a tuple for lists, a Path for folders).

        Raises:
            RenderError: ``render_option`` when the value is not allowed.
        """
        if value is None and self.optional:
            return None
        checker = getattr(self, f"_check_{self.kind}")
        result: object = checker(value)
        return result

    def parse(self, text: str) -> object:
        """Return the value a command-line string stands for, checked.

        Raises:
            RenderError: ``render_option`` when the value is not allowed.
        """
        if self.kind == "choices":
            return self.check(tuple(item.strip() for item in text.split(",") if item.strip()))
        if self.kind == "count":
            try:
                return self.check(int(text.strip()))
            except ValueError:
                return self.check(text)
        if self.kind == "boolean":
            words = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
            return self.check(words.get(text.strip().lower(), text))
        return self.check(text)

    def _error(self, expected: str, value: object) -> RenderError:
        return RenderError.from_code(
            "render_option", f"{self.name} must be {expected}, got {value!r}"
        )

    def _check_choice(self, value: object) -> str:
        if not isinstance(value, str) or value not in self.choices:
            expected = _quoted(self.choices, "or")
            raise RenderError.from_code(
                "render_option", f"unknown {self.name} {value!r}; expected {expected}"
            )
        return value

    def _check_choices(self, value: object) -> tuple[str, ...]:
        if isinstance(value, str) or not isinstance(value, (list, tuple)):
            raise self._error("a list", value)
        for item in value:
            if not isinstance(item, str) or item not in self.choices:
                expected = ", ".join(map(repr, self.choices))
                message = f"unknown {self.name} item {item!r}; expected some of {expected}"
                raise RenderError.from_code("render_option", message)
        return tuple(value)

    def _check_count(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self._error("a positive integer", value)
        return value

    def _check_boolean(self, value: object) -> bool:
        if not isinstance(value, bool):
            raise self._error("true or false", value)
        return value

    def _check_text(self, value: object) -> str:
        if not isinstance(value, str):
            raise self._error("text", value)
        if self.extra_check is not None:
            self.extra_check(value)
        return value

    def _check_folder(self, value: object) -> Path:
        if not isinstance(value, (str, os.PathLike)) or not str(value):
            raise self._error("a folder", value)
        return Path(value)


@dataclass(frozen=True)
class RenderOptions:
    """How pages are rendered: the one description of every render option.

    Lists are stored as tuples and folders as :class:`~pathlib.Path`, whatever was given.

    Example:
        >>> RenderOptions(language="en", page_size=20).url_prefix
        'van-ban'
    """

    language: Literal["vi", "en"] = field(
        default="vi", metadata=_about("language of the labels; document text is never translated")
    )
    url_prefix: str = field(
        default="van-ban",
        metadata=_about(
            "site folder of the generated pages, e.g. 'van-ban' (no leading or trailing "
            "slash; '' puts them at the site root)",
            _check_url_prefix,
        ),
    )
    indexes: tuple[IndexName, ...] = field(default=INDEXES, metadata=_about("index pages to make"))
    page_size: int = field(
        default=50,
        metadata=_about("entries per index page; longer lists continue on numbered pages"),
    )
    templates_dir: Path | None = field(
        default=None,
        metadata=_about(
            "folder of Jinja2 templates that override single blocks of the built-in ones"
        ),
    )
    diagrams: Literal["svg", "mermaid"] = field(
        default="svg",
        metadata=_about(
            "how the congress timeline and the targets by year are drawn: inline SVG (any "
            "generator and theme) or Mermaid fences (drawn in the browser, e.g. by Material)"
        ),
    )
    site_url: str | None = field(
        default=None,
        metadata=_about("absolute URL of the site, for absolute URLs in JSON-LD (unset: left out)"),
    )
    use_directory_urls: bool = field(
        default=True,
        metadata=_about("pages are served at 'x/' (MkDocs' default) rather than at 'x.html'"),
    )
    jsonld_in_page: bool = field(
        default=False,
        metadata=_about(
            "also put the JSON-LD into the page body, for generators without a theme hook"
        ),
    )

    @classmethod
    def from_settings(cls, settings: Mapping[str, object]) -> RenderOptions:
        """Options from settings by name, as read from a config file or a command line.

        Names left out keep their default; every value is checked.

        Example:
            >>> RenderOptions.from_settings({"indexes": ["type", "year"]}).indexes
            ('type', 'year')

        Raises:
            RenderError: ``render_option`` for an unknown name or a value not allowed.
        """
        for name in settings:
            if name not in RENDER_OPTIONS:
                expected = ", ".join(RENDER_OPTIONS)
                raise RenderError.from_code(
                    "render_option", f"unknown option {name!r}; expected one of {expected}"
                )
        return cls(**settings)  # type: ignore[arg-type]  # __post_init__ checks every value

    def __post_init__(self) -> None:
        for option in RENDER_OPTIONS.values():
            object.__setattr__(self, option.name, option.check(getattr(self, option.name)))
        if self.templates_dir is not None and not self.templates_dir.is_dir():
            raise RenderError.from_code(
                "templates_dir",
                f"templates folder {str(self.templates_dir)!r} does not exist",
                path=self.templates_dir,
            )


def _kind(hint: object) -> tuple[OptionKind, tuple[str, ...], bool]:
    """Kind, choices and optionality of a field, read from its type."""
    args = get_args(hint)
    if get_origin(hint) in (Union, types.UnionType) and type(None) in args:
        kind, choices, _ = _kind(next(a for a in args if a is not type(None)))
        return kind, choices, True
    if get_origin(hint) is Literal:
        return "choice", tuple(args), False
    if get_origin(hint) is tuple:
        return "choices", get_args(args[0]), False
    simple: dict[object, OptionKind] = {bool: "boolean", int: "count", str: "text", Path: "folder"}
    return simple[hint], (), False


def _describe() -> dict[str, RenderOption]:
    hints = get_type_hints(RenderOptions)
    described = {}
    for item in fields(RenderOptions):
        kind, choices, optional = _kind(hints[item.name])
        described[item.name] = RenderOption(
            item.name,
            kind,
            item.default,
            item.metadata["help"],
            choices,
            optional,
            item.metadata["check"],
        )
    return described


RENDER_OPTIONS: Mapping[str, RenderOption] = types.MappingProxyType(_describe())
"""Every field of :class:`RenderOptions` as a :class:`RenderOption`, in field order."""


@dataclass(frozen=True)
class Page:
    """One generated page, with what the site publishes next to it."""

    path: str
    """POSIX path of the .md file relative to docs_dir, e.g. "van-ban/nghi-quyet/x.md"."""
    title: str
    """Page title (plain text, not escaped)."""
    markdown: str
    """Complete page source, front matter included."""
    kind: PageKind
    """document, person, congress, organisation, index or home."""
    record_id: str | None = None
    """Id of the record the page shows."""
    json_path: str | None = None
    """Site path of the record's JSON, published next to the page."""
    json_text: str | None = None
    """That JSON (``vnpartydoc.dumps(record, "json")``)."""
    jsonld: str | None = None
    """schema.org JSON-LD, safe inside ``<script type="application/ld+json">``."""
    in_nav: bool = False
    """Whether the page belongs in the navigation (home and first index pages only)."""
