"""MkDocs hook: reference pages generated at build time from the code they describe.

- ``reference/format.md``: every record type, part and closed list of values, from the JSON
  Schema that :mod:`vnpartydoc.schema` derives from the pydantic models (field descriptions
  included), so the page can never disagree with the models.
- In ``plugin.md``, the ``<!-- plugin-options -->`` marker becomes the table of the plugin's
  options, read from :class:`vnpartydoc_mkdocs.config.VnPartyDocConfig`, the help texts of the
  core's render options and the attribute docstrings.
- In ``markdown-extension.md``, ``<!-- mdext-options -->`` becomes the table of the Markdown
  extension's options, read from :class:`vnpartydoc.mdext.VnPartyDocExtension`.
- In ``glossary.md``, ``<!-- document-kinds -->`` becomes the table of document types from
  :class:`vnpartydoc.enums.DocumentKind`.
- In ``cli.md``, each ``<!-- cli-help NAME -->`` marker becomes the ``--help`` text of that
  command, from :func:`vnpartydoc.cli.build_parser`.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import textwrap
from typing import TYPE_CHECKING, Any

from mkdocs.structure.files import File  # noqa: TID251 - this is a MkDocs hook
from vnpartydoc_mkdocs.config import VnPartyDocConfig

from vnpartydoc import enums
from vnpartydoc.cli import build_parser
from vnpartydoc.mdext import VnPartyDocExtension
from vnpartydoc.models import ID_PATTERN, RECORD_TYPES, URL_PATTERN
from vnpartydoc.schema import json_schema

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig  # noqa: TID251
    from mkdocs.structure.files import Files  # noqa: TID251
    from mkdocs.structure.pages import Page  # noqa: TID251

FORMAT_PAGE = "reference/format.md"
OPTIONS_MARKER = "<!-- plugin-options -->"
MDEXT_MARKER = "<!-- mdext-options -->"
CLI_MARKER = "<!-- cli-help "
KINDS_MARKER = "<!-- document-kinds -->"


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated format reference page."""
    files.append(File.generated(config, FORMAT_PAGE, content=format_reference()))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Fill the markers of the plugin and CLI pages."""
    if OPTIONS_MARKER in markdown:
        markdown = markdown.replace(OPTIONS_MARKER, plugin_options())
    if MDEXT_MARKER in markdown:
        markdown = markdown.replace(MDEXT_MARKER, mdext_options())
    if KINDS_MARKER in markdown:
        markdown = markdown.replace(KINDS_MARKER, document_kinds())
    while CLI_MARKER in markdown:
        start = markdown.index(CLI_MARKER)
        end = markdown.index("-->", start) + 3
        name = markdown[start + len(CLI_MARKER) : end - 3].strip()
        markdown = markdown[:start] + cli_help(name) + markdown[end:]
    return markdown


# ------------------------------------------------------------------------------- format page


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _anchor(name: str) -> str:
    return name.lower()


def _type(schema: dict[str, Any]) -> str:
    """Describe a property schema in words: ``text``, ``list of [Target](#target)``."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{_anchor(name)})"
    if "const" in schema:
        return f'`"{schema["const"]}"`'
    if "enum" in schema:
        return "one of " + ", ".join(f"`{v}`" for v in schema["enum"])
    if "anyOf" in schema:
        parts = [_type(s) for s in schema["anyOf"] if s.get("type") != "null"]
        text = " or ".join(dict.fromkeys(parts))
        examples = schema.get("examples")
        return f"{text}, e.g. `{examples[0]}`" if examples else text
    kind = schema.get("type")
    if kind == "array":
        return "list of " + _type(schema.get("items", {}))
    if kind == "integer":
        low, high = schema.get("minimum"), schema.get("maximum")
        return f"integer {low}–{high}" if low is not None and high is not None else "integer"
    if kind == "string":
        return _string_type(schema)
    return str(kind or "any value")


def _string_type(schema: dict[str, Any]) -> str:
    pattern = schema.get("pattern")
    if pattern == ID_PATTERN:
        return "id"
    if pattern == URL_PATTERN:
        return "URL (http or https)"
    examples = schema.get("examples")
    return f"text, e.g. `{examples[0]}`" if examples else "text"


def _model_section(name: str, schema: dict[str, Any]) -> list[str]:
    lines = [f"## {name} {{#{_anchor(name)}}}", "", _cell(schema.get("description", "")), ""]
    record_type = schema.get("properties", {}).get("type", {}).get("const")
    if record_type:
        lines += [f"A file holding one {name} has `type: {record_type}`.", ""]
    required = set(schema.get("required", []))
    lines += ["| Field | Type | Required | Description |", "|---|---|---|---|"]
    for field, prop in schema.get("properties", {}).items():
        need = "yes" if field in required else ""
        lines.append(
            f"| `{field}` | {_type(prop)} | {need} | {_cell(prop.get('description', ''))} |"
        )
    return [*lines, ""]


def _enum_section(name: str, schema: dict[str, Any]) -> list[str]:
    members = getattr(enums, name, None)
    lines = [f"## {name} {{#{_anchor(name)}}}", "", _cell(schema.get("description", "")), ""]
    lines += ["| Value | Label |", "|---|---|"]
    for value in schema["enum"]:
        label = getattr(members(value), "label", "") if members is not None else ""
        lines.append(f"| `{value}` | {_cell(str(label))} |")
    return [*lines, ""]


def document_kinds() -> str:
    """The table of document types: file ``type``, Vietnamese and English name, number code."""
    lines = ["| `type` | Vietnamese | English | Code in numbers |", "|---|---|---|---|"]
    for kind in enums.DocumentKind:
        code = f"`{kind.abbreviation}`" if kind.abbreviation else "none"
        lines.append(f"| `{kind.value}` | {kind.label} | {kind.label_en} | {code} |")
    return "\n".join(lines)


def format_reference() -> str:
    """The document format reference page, from the JSON Schema of the models."""
    defs: dict[str, dict[str, Any]] = json_schema()["$defs"]
    records = list(dict.fromkeys(model.__name__ for model in RECORD_TYPES.values()))
    parts = sorted(n for n, s in defs.items() if n not in records and "properties" in s)
    closed = sorted(n for n, s in defs.items() if "enum" in s)
    lines = [
        "---",
        "title: Document format reference",
        "---",
        "",
        "# Document format reference",
        "",
        "Generated from the models when the site is built: every field, its type, whether it "
        "is required, and its description. Types in `type:` order first, then the parts they "
        "are made of, then the closed lists of values. A [guide](../format.md) explains how "
        "they fit together.",
        "",
    ]
    for name in [*records, *parts]:
        lines += _model_section(name, defs[name])
    for name in closed:
        lines += _enum_section(name, defs[name])
    return "\n".join(lines)


# ------------------------------------------------------------------------------ plugin options


def _docstrings(cls: type) -> dict[str, str]:
    """Attribute docstrings of a class: the string literal right after each assignment."""
    body = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0]
    assert isinstance(body, ast.ClassDef)
    out: dict[str, str] = {}
    for stmt, following in zip(body.body, body.body[1:], strict=False):
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) else getattr(stmt, "target", None)
        if (
            isinstance(target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            out[target.id] = inspect.cleandoc(following.value.value)
    return out


def _option_type(option: Any) -> str:
    name = type(option).__name__
    if name == "RenderOption":  # one of the core's render options
        described = option.option
        choices = ", ".join(f"`{c}`" for c in described.choices)
        kinds = {"choice": f"one of {choices}", "choices": f"list of {choices}"}
        return kinds.get(described.kind, {"count": "int", "text": "str"}.get(described.kind, ""))
    if name == "Choice":
        return "one of " + ", ".join(f"`{c}`" for c in option.choices)
    if name == "ListOfItems":
        return "list of " + _option_type(option.option_type)
    if name == "ListOfPaths":
        return "list of paths"
    if name == "Optional":
        return _option_type(option.option)
    if name == "Dir":
        return "folder"
    if name == "Type":
        return option._type.__name__
    return name


def _default(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, list):
        return "`[" + ", ".join(str(v) for v in value) + "]`"
    return f"`{value!r}`" if isinstance(value, str) else f"`{value}`"


def plugin_options() -> str:
    """The table of the plugin's options: name, type, default, description."""
    docs = _docstrings(VnPartyDocConfig)
    lines = ["| Option | Type | Default | Description |", "|---|---|---|---|"]
    for name, option in VnPartyDocConfig._schema:
        if type(option).__name__ == "Deprecated":
            continue
        # Render options carry the core's help text; a docstring adds to it.
        text = " ".join(t for t in (getattr(option, "help", ""), docs.get(name, "")) if t)
        lines.append(
            f"| `{name}` | {_option_type(option)} | {_default(option.default)} | {_cell(text)} |"
        )
    return "\n".join(lines)


def mdext_options() -> str:
    """The table of the Markdown extension's options: name, default, meaning."""
    lines = ["| Option | Default | Meaning |", "|---|---|---|"]
    for name, (default, meaning) in VnPartyDocExtension().config.items():
        shown = _default(None if default == "" else default)
        lines.append(f"| `{name}` | {shown} | {_cell(meaning[0].upper() + meaning[1:])} |")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------- CLI help


def _fixed_width(prog: str) -> argparse.HelpFormatter:
    # The same text whatever the terminal width of the machine that builds the site.
    return argparse.HelpFormatter(prog, width=88)


def cli_help(name: str) -> str:
    """The ``--help`` text of ``vnpartydoc`` (empty name) or one of its commands."""
    parser = build_parser()
    if name:
        actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        parser = actions[0].choices[name]
    parser.formatter_class = _fixed_width
    text = parser.format_help()
    return "```text\n" + text.rstrip() + "\n```"
