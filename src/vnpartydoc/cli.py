"""Command line: ``vnpartydoc validate | schema | convert | extract | render``.

Exit codes: 0 success, 1 invalid input (or error-severity issues), 2 usage error. Errors are
printed as ``file:line:col: code: message``; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from vnpartydoc import __version__
from vnpartydoc.corpus import find_files, load_corpus
from vnpartydoc.errors import Issue, VnPartyDocError
from vnpartydoc.schema import schema_text
from vnpartydoc.serialization import (
    DEFAULT_LIMITS,
    Limits,
    dumps,
    format_of,
    load,
    locate,
    write_atomic,
)
from vnpartydoc.validation import check_corpus, has_errors

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class _UsageError(Exception):
    """A command line that cannot be carried out as written (exit code 2)."""


def _require(paths: Sequence[Path], *, files_only: bool = False) -> None:
    """Refuse (usage error) paths that do not exist, or that are not files when asked."""
    missing = [str(p) for p in paths if not (p.is_file() if files_only else p.exists())]
    if missing:
        what = "file" if files_only else "file or folder"
        raise _UsageError(f"no such {what}: " + ", ".join(missing))


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="vnpartydoc",
        description="Validate, convert, extract and render documents of the Communist Party of "
        "Vietnam stored as YAML or JSON.",
    )
    parser.add_argument("--version", action="version", version=f"vnpartydoc {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_validate_parser(sub)
    _add_schema_parser(sub)
    _add_convert_parser(sub)
    _add_extract_parser(sub)
    _add_render_parser(sub)
    return parser


def _add_limits(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_LIMITS.max_bytes,
        metavar="N",
        help="largest input file read, in bytes (default: %(default)s)",
    )


def _limits(args: argparse.Namespace) -> Limits:
    if args.max_bytes < 1:
        raise _UsageError(f"--max-bytes must be positive, got {args.max_bytes}")
    return Limits(max_bytes=args.max_bytes)


# ------------------------------------------------------------------------------------- validate


def _add_validate_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "validate",
        help="check files and folders of records",
        description="Check every .json/.yaml/.yml file under the given paths: each record "
        "against the model, then the corpus rules across all of them.",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    p.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    _add_limits(p)
    p.set_defaults(handler=_cmd_validate)


def _cmd_validate(args: argparse.Namespace) -> int:
    _require(args.paths)
    files = find_files(args.paths)
    if not files:
        raise _UsageError("no .json, .yaml or .yml files under " + ", ".join(map(str, args.paths)))
    corpus, issues = load_corpus(args.paths, limits=_limits(args))
    issues = [locate(i) for i in [*issues, *check_corpus(corpus)]]
    failed = has_errors(issues) or (args.strict and bool(issues))
    if args.format == "json":
        report = {
            "files": len(files),
            "records": len(corpus),
            "valid": not failed,
            "issues": [_issue_json(i) for i in issues],
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for issue in issues:
            print(issue.format() + ("" if issue.severity == "error" else f" [{issue.severity}]"))
        errors = sum(i.severity == "error" for i in issues)
        print(
            f"{len(files)} files, {len(corpus)} records: {errors} errors, "
            f"{len(issues) - errors} warnings",
            file=sys.stderr,
        )
    return EXIT_INVALID if failed else EXIT_OK


def _issue_json(issue: Issue) -> dict[str, object]:
    return {
        "code": issue.code,
        "severity": issue.severity,
        "message": issue.message,
        "path": str(issue.path) if issue.path else None,
        "line": issue.line,
        "column": issue.column,
        "loc": list(issue.loc),
        "json_path": issue.json_path,
    }


# --------------------------------------------------------------------------------------- schema


def _add_schema_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of record files",
        description="Print the JSON Schema (draft 2020-12) of record files.",
    )
    p.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(handler=_cmd_schema)


def _cmd_schema(args: argparse.Namespace) -> int:
    if args.out is not None:
        write_atomic(args.out, schema_text())
    else:
        sys.stdout.write(schema_text())
    return EXIT_OK


# -------------------------------------------------------------------------------------- convert


def _add_convert_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "convert",
        help="convert a record between YAML and JSON",
        description="Read a record, validate it and write it in the other format (or the "
        "format of --out). The output is written atomically: never half a file.",
    )
    p.add_argument("source", type=Path, metavar="SRC", help="a .json, .yaml or .yml file")
    p.add_argument(
        "-o",
        "--out",
        type=Path,
        metavar="FILE",
        help="output file, or '-' for stdout (default: SRC with the other suffix)",
    )
    p.add_argument(
        "--to",
        choices=("json", "yaml"),
        help="output format (default: from --out, else the other format)",
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    _add_limits(p)
    p.set_defaults(handler=_cmd_convert)


def _cmd_convert(args: argparse.Namespace) -> int:
    _require([args.source], files_only=True)
    source_fmt = format_of(args.source)
    out: Path | None = args.out
    if args.to:
        fmt = args.to
    elif out is not None and str(out) != "-":
        fmt = format_of(out)
    else:
        fmt = "json" if source_fmt == "yaml" else "yaml"
    if out is None:
        out = args.source.with_suffix(".json" if fmt == "json" else ".yaml")
    record = load(args.source, limits=_limits(args))
    text = dumps(record, fmt)
    if str(out) == "-":
        sys.stdout.write(text)
        return EXIT_OK
    if out.resolve() == args.source.resolve() and not args.force:
        raise _UsageError(f"refusing to overwrite the input {args.source}; pass --force")
    write_atomic(out, text, overwrite=args.force)
    print(f"wrote {out}", file=sys.stderr)
    return EXIT_OK


# -------------------------------------------------------------------------------------- extract


def _add_extract_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "extract",
        help="turn article or resolution text into records",
        description="Read plain-text articles or resolutions and print the records found as "
        "YAML ready to edit.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="text files (UTF-8)")
    p.add_argument(
        "--format", choices=("yaml", "json"), default="yaml", help="output format (default: yaml)"
    )
    p.add_argument("--out", type=Path, metavar="DIR", help="write one file per record to DIR")
    p.set_defaults(handler=_cmd_extract)


def _cmd_extract(args: argparse.Namespace) -> int:
    from vnpartydoc.extract import run_cli

    _require(args.files, files_only=True)
    code: int = run_cli(list(args.files), args.format, args.out)
    return code


# --------------------------------------------------------------------------------------- render


_RENDER_SKIP = frozenset({"jsonld_in_page"})
"""Render options the command does not offer: its pages always carry their JSON-LD, since other
generators have no theme hook to put it in ``<head>``."""
_RENDER_ALIASES = {"templates_dir": ("--templates",)}
"""Earlier spellings of render options, still accepted."""


def _add_render_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "render",
        help="write Markdown pages for any static site generator",
        description="Render every record under SRC to Markdown pages (plus each record's JSON "
        "and documents.json) in DIR, the same pages the MkDocs plugin builds.",
    )
    p.add_argument("sources", nargs="+", type=Path, metavar="SRC", help="files or folders")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder")
    p.add_argument("--force", action="store_true", help="overwrite existing files in DIR")
    p.add_argument(
        "--strict", action="store_true", help="write nothing if the corpus rules find anything"
    )
    _add_render_options(p)
    p.set_defaults(handler=_cmd_render)


def _add_render_options(parser: argparse.ArgumentParser) -> None:
    """One argument per render option, named, explained and defaulted by the option itself."""
    from vnpartydoc.render import RENDER_OPTIONS

    group = parser.add_argument_group("render options")
    for option in RENDER_OPTIONS.values():
        if option.name in _RENDER_SKIP:
            continue
        names = (option.flag, *_RENDER_ALIASES.get(option.name, ()))
        if option.kind == "boolean":
            group.add_argument(
                *names,
                dest=option.name,
                action=argparse.BooleanOptionalAction,
                help=f"{option.help} (default: {'yes' if option.default else 'no'})",
            )
            continue
        choices = ",".join(option.choices)
        metavar = {"choice": f"{{{choices}}}", "choices": "NAME[,NAME…]", "count": "N"}
        if option.kind == "choices":
            every = option.default == option.choices
            default: object = "all" if every else ",".join(map(str, option.default))  # type: ignore[call-overload]
            extra = f": any of {', '.join(option.choices)}"
        else:
            default, extra = option.default, ""
        shown = "" if default is None else f" (default: {default or repr('')})"
        group.add_argument(
            *names,
            dest=option.name,
            metavar=metavar.get(option.kind, option.name.split("_")[-1].upper()),
            help=f"{option.help}{extra}{shown}",
        )
    # "--html-urls" was the first spelling of "--no-use-directory-urls".
    group.add_argument("--html-urls", dest="use_directory_urls", action="store_false",
                       help=argparse.SUPPRESS)  # fmt: skip


def _cmd_render(args: argparse.Namespace) -> int:
    from vnpartydoc.render import RENDER_OPTIONS, RenderError, RenderOptions, run_cli

    _require(args.sources)
    given = {name: getattr(args, name, None) for name in RENDER_OPTIONS}
    try:
        options = RenderOptions.from_settings(
            {
                name: value if isinstance(value, bool) else RENDER_OPTIONS[name].parse(value)
                for name, value in given.items()
                if value is not None
            }
        )
    except RenderError as exc:
        issue = exc.issues[0]
        raise _UsageError(f"{issue.code}: {issue.message}") from exc
    code: int = run_cli(
        list(args.sources), args.out, force=args.force, strict=args.strict, options=options
    )
    return code


# ----------------------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    Example:
        >>> main(["--version"])  # doctest: +SKIP
        vnpartydoc 0.1.0
    """
    for stream in (sys.stdout, sys.stderr):  # a file name need not be valid UTF-8
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help/--version
        return int(exc.code or 0)
    try:
        code: int = args.handler(args)
    except _UsageError as exc:
        print(f"vnpartydoc: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except VnPartyDocError as exc:
        for issue in exc.issues or [Issue("error", str(exc))]:
            print(issue.format(), file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    return code
