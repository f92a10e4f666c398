"""Command line: ``vnpartydoc validate | fmt | schema | convert | extract | render | …``.

The subcommands are validate, fmt, schema, convert, extract, render, scorecard and new.

Exit codes: 0 success, 1 invalid input (or error-severity issues), 2 usage error. Errors are
printed as ``file:line:col: code: message``; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import json
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Literal

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
    reformat,
    write_atomic,
)
from vnpartydoc.validation import check_corpus, has_errors
from vnpartydoc.writing import checked_stdout

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from vnpartydoc.render import RenderOptions

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
    _add_fmt_parser(sub)
    _add_schema_parser(sub)
    _add_convert_parser(sub)
    _add_extract_parser(sub)
    _add_render_parser(sub)
    _add_scorecard_parser(sub)
    _add_new_parser(sub)
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
    p.add_argument(
        "--lenient",
        action="store_true",
        help="also read lenient notations ('XI', '(nhiệm kỳ 2020-2025)', '25/9/2020', '2030') "
        "that files may not use; see 'vnpartydoc fmt' to rewrite them",
    )
    _add_limits(p)
    p.set_defaults(handler=_cmd_validate)


def _cmd_validate(args: argparse.Namespace) -> int:
    _require(args.paths)
    files = find_files(args.paths)
    if not files:
        raise _UsageError("no .json, .yaml or .yml files under " + ", ".join(map(str, args.paths)))
    corpus, issues = load_corpus(args.paths, limits=_limits(args), lenient=args.lenient)
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
            f"{_count(len(files), 'file')}, {_count(len(corpus), 'record')}: "
            f"{_count(errors, 'error')}, {_count(len(issues) - errors, 'warning')}",
            file=sys.stderr,
        )
    return EXIT_INVALID if failed else EXIT_OK


def _count(number: int, noun: str) -> str:
    """``1 error``, ``2 errors``: a count with its noun in the right number."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


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


# ------------------------------------------------------------------------------------------ fmt


def _add_fmt_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "fmt",
        help="rewrite record files into canonical form",
        description="Read every .json/.yaml/.yml file under the given paths leniently and "
        "rewrite it as vnpartydoc writes records: canonical values ('XI' → 11, "
        "'(nhiệm kỳ 2020-2025)' → '2020 - 2025'), field order, no defaults. Prints a unified "
        "diff of each change. YAML files with comments (other than the yaml-language-server "
        "modeline) are left alone and reported.",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    p.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if any file would change (for CI)",
    )
    _add_limits(p)
    p.set_defaults(handler=_cmd_fmt)


def _cmd_fmt(args: argparse.Namespace) -> int:
    _require(args.paths)
    files = find_files(args.paths)
    if not files:
        raise _UsageError("no .json, .yaml or .yml files under " + ", ".join(map(str, args.paths)))
    limits = _limits(args)
    changed = failed = 0
    for file in files:
        try:
            before = file.read_bytes().decode("utf-8", errors="replace")
            after = reformat(file.read_bytes(), format_of(file), path=file, limits=limits)
            if after == before:
                continue
            changed += 1
            name = str(file)
            sys.stdout.writelines(
                difflib.unified_diff(
                    before.splitlines(keepends=True),
                    after.splitlines(keepends=True),
                    name,
                    name + " (canonical)",
                )
            )
            if not args.check:
                write_atomic(file, after)
        except OSError as exc:
            failed += 1
            print(f"{file}: file_unreadable: cannot read file: {exc.strerror}", file=sys.stderr)
        except VnPartyDocError as exc:
            failed += 1
            for issue in exc.issues or [Issue("error", str(exc), file)]:
                print(issue.format(), file=sys.stderr)
    verb = "would reformat" if args.check else "reformatted"
    print(f"{len(files)} files: {verb} {changed}, {failed} with errors", file=sys.stderr)
    return EXIT_INVALID if failed or (args.check and changed) else EXIT_OK


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
    p.add_argument(
        "--corpus",
        action="append",
        type=Path,
        metavar="PATH",
        help="records (files or folders, repeatable) whose resolutions' targets the results a "
        "text reports are held against; a resolution given results is printed with them",
    )
    p.add_argument(
        "--resolution",
        metavar="ID",
        help="hold the results a text reports against this resolution only (an id in the "
        "corpus or the text)",
    )
    p.set_defaults(handler=_cmd_extract)


def _cmd_extract(args: argparse.Namespace) -> int:
    from vnpartydoc.extract import run_cli

    _require(args.files, files_only=True)
    corpus, broken = None, False
    if args.corpus:
        _require(args.corpus)
        corpus, issues = load_corpus(args.corpus)
        for issue in issues:
            print(locate(issue).format(), file=sys.stderr)
        broken = bool(issues)
    code: int = run_cli(
        list(args.files), args.format, args.out, corpus=corpus, resolution=args.resolution
    )
    return EXIT_INVALID if broken else code


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
    p.add_argument(
        "--nav",
        type=Path,
        metavar="FILE",
        help="also write the navigation with the pages' titles: a 'nav' block for mkdocs.yml "
        "(FILE ending in .yml or .yaml) or a snippet for zensical.toml (FILE ending in .toml); "
        "its paths are relative to DIR",
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
    nav_format = _nav_format(args.nav) if args.nav else None
    code: int = run_cli(
        list(args.sources), args.out, force=args.force, strict=args.strict, options=options
    )
    if code == EXIT_OK and args.nav and nav_format:
        _write_nav(args, options, nav_format)
    return code


def _add_scorecard_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from vnpartydoc.indicators import IndicatorKey

    p = sub.add_parser(
        "scorecard",
        help="list targets with their results and status",
        description="List every target of the resolutions under the given paths with its "
        "result and status (vượt, đạt, gần đạt, không đạt, chưa có số liệu).",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    p.add_argument(
        "--indicator", choices=[k.value for k in IndicatorKey], help="keep one indicator"
    )
    p.add_argument("--term", metavar="TERM", help='keep one term, e.g. "2020 - 2025"')
    p.add_argument("--organisation", metavar="ID", help="keep one organisation's resolutions")
    p.add_argument("--resolution", metavar="ID", help="keep one resolution")
    p.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        default="text",
        help="output format (default: text)",
    )
    p.add_argument("--bom", action="store_true", help="CSV: start with a UTF-8 byte-order mark")
    p.add_argument(
        "--decimal-comma",
        action="store_true",
        help='CSV: write decimals as "6,5" and separate columns with ";"',
    )
    _add_limits(p)
    p.set_defaults(handler=_cmd_scorecard)


def _cmd_scorecard(args: argparse.Namespace) -> int:
    from vnpartydoc.labels import Labels
    from vnpartydoc.render.scorecards import achieved_text, measured_text, target_text
    from vnpartydoc.scorecard_io import rows_to_csv, rows_to_json
    from vnpartydoc.scoring import scorecard
    from vnpartydoc.types import Term

    _require(args.paths)
    if args.term is not None:
        try:
            Term.parse(args.term)
        except ValueError as exc:
            raise _UsageError(f"--term: {exc}") from exc
    corpus, issues = load_corpus(args.paths, limits=_limits(args))
    for issue in issues:
        print(locate(issue).format(), file=sys.stderr)
    rows = scorecard(
        corpus,
        indicator=args.indicator,
        term=args.term,
        organisation=args.organisation,
        resolution=args.resolution,
    )
    if args.format == "json":
        sys.stdout.write(rows_to_json(rows))
    elif args.format == "csv":
        sys.stdout.write(rows_to_csv(rows, bom=args.bom, decimal_comma=args.decimal_comma))
    else:
        labels = Labels("vi")
        for row in rows:  # the cells read as the pages print them
            target = target_text(row, labels) or "\u2013"
            achieved = achieved_text(row, labels) or "\u2013"
            measured = measured_text(row, "vi")
            when = f" ({measured})" if measured else ""
            print(
                f"{row.organisation_name or row.organisation or '?'} | {row.term or row.year or ''}"
                f" | {row.indicator} | {target} | {achieved}{when} | "
                f"{row.status.symbol} {row.status.label}"
            )
        reached = sum(r.status.reached for r in rows)
        print(f"{len(rows)} targets: {reached} met or exceeded", file=sys.stderr)
    return EXIT_INVALID if has_errors(issues) else EXIT_OK


def _nav_format(path: Path) -> Literal["mkdocs", "zensical"]:
    suffix = path.suffix.lower()
    if suffix not in (".yml", ".yaml", ".toml"):
        raise _UsageError(f"--nav {str(path)!r}: expected a file ending in .yml, .yaml or .toml")
    return "zensical" if suffix == ".toml" else "mkdocs"


def _write_nav(
    args: argparse.Namespace, options: RenderOptions, fmt: Literal["mkdocs", "zensical"]
) -> None:
    from vnpartydoc.render import render_site
    from vnpartydoc.render.nav import nav_text

    corpus, _ = load_corpus(list(args.sources))
    write_atomic(args.nav, nav_text(render_site(corpus, options), fmt), overwrite=args.force)
    print(f"wrote the navigation to {args.nav}", file=sys.stderr)


# ------------------------------------------------------------------------------------------ new


def _add_new_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "new",
        help="start a new site: mkdocs.yml, a home page and a record of each main type",
        description="Write a new MkDocs site into SITE (a new or empty folder): mkdocs.yml with "
        "the plugin, docs/index.md, and in documents/ an organisation, a congress, a "
        "resolution, a directive, an article and its author. Then: cd SITE && mkdocs serve.",
    )
    p.add_argument("site", type=Path, metavar="SITE", help="folder of the new site")
    p.set_defaults(handler=_cmd_new)


def _cmd_new(args: argparse.Namespace) -> int:
    from vnpartydoc.starter import write_starter

    written = write_starter(args.site)
    print(f"wrote {len(written)} files to {args.site}", file=sys.stderr)
    return EXIT_OK


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
        with _terminated_cleanly(), checked_stdout():
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


@contextlib.contextmanager
def _terminated_cleanly() -> Iterator[None]:
    """Turn SIGTERM into an exit that unwinds, so temporary files are removed on the way out."""

    def terminate(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
