"""``vnpartydoc render``: write the site's pages as plain Markdown files, with their JSON."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from vnpartydoc.corpus import find_files, load_corpus
from vnpartydoc.errors import OutputError
from vnpartydoc.render.options import RenderOptions
from vnpartydoc.render.site import documents_index, render_site
from vnpartydoc.render.templating import STYLESHEET_PATH, stylesheet
from vnpartydoc.serialization import locate
from vnpartydoc.validation import check_corpus
from vnpartydoc.writing import write_folder

if TYPE_CHECKING:
    from collections.abc import Collection

    from vnpartydoc.corpus import Corpus
    from vnpartydoc.render.options import Page

__all__ = ["run_cli", "site_files"]


def site_files(pages: list[Page], index: str) -> dict[str, str]:
    """Every file of the rendered site by path: pages, JSON, stylesheet, documents.json last.

    The stylesheet gives the generated tables their column widths (link it from the site's
    ``extra_css``; ``--nav`` writes that entry). The order is the order of writing where a site
    is written file by file (a mount point): the index comes last, so it never lists a page that
    is not there yet.
    """
    files = {page.path: page.markdown for page in pages}
    for page in pages:
        if page.json_path is not None and page.json_text is not None:
            files[page.json_path] = page.json_text
    files[STYLESHEET_PATH] = stylesheet()
    files["documents.json"] = index
    return files


def _refuse_inside_input(src: list[Path], out: Path, files: Collection[str] = ()) -> None:
    """Refuse an output folder inside an input folder, or any file that would land in an input.

    JSON written next to the pages is itself a valid record: inside an input folder it would be
    read back as a duplicate of its source on the next run. ``out`` may contain an input folder
    (``render site/records --out site``) as long as nothing is written into it.
    """
    target = Path(os.path.realpath(out))
    folders = {Path(os.path.realpath(p)) for p in src if p.is_dir()}
    inputs = {Path(os.path.realpath(p)) for p in src if not p.is_dir()}
    for folder in folders:
        if target == folder or folder in target.parents:
            raise _in_input(out, f"output folder is inside the input folder {str(folder)!r}")
    for rel in sorted(files):
        path = target / rel
        inside = next((f for f in path.parents if f in folders), None)
        if inside is not None or path in inputs:
            where = f"the input folder {str(inside)!r}" if inside else "an input file"
            raise _in_input(out, f"{rel!r} would be written inside {where}")


def _in_input(out: Path, what: str) -> OutputError:
    return OutputError.from_code(
        "output_in_input", f"{what}; the JSON it writes would be read back as records", path=out
    )


def _refuse_non_empty(out: Path) -> None:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise OutputError.from_code(
            "output_exists",
            "output folder is not empty; pass --force to overwrite the files in it",
            path=out,
        )


# Corpus rules whose issues make the output wrong, not just incomplete: two records with one id
# would write one page over the other.
BLOCKING_CODES = frozenset({"duplicate_id"})


def _check(corpus: Corpus, *, strict: bool) -> bool:
    """Print the corpus issues; return whether they stop the rendering."""
    issues = [locate(i) for i in check_corpus(corpus)]
    for issue in issues:
        suffix = "" if issue.severity == "error" else f" [{issue.severity}]"
        print(issue.format() + suffix, file=sys.stderr)
    return any(i.code in BLOCKING_CODES for i in issues) or (strict and bool(issues))


def run_cli(
    src: list[Path],
    out: Path,
    *,
    language: str = "vi",
    force: bool = False,
    strict: bool = False,
    options: RenderOptions | None = None,
) -> int:
    """Render the records under ``src`` into ``out``; return the exit code.

    Nothing is written (exit code 1) when an input file is invalid, when two records share an
    id, with ``strict`` when the corpus rules find anything, when ``out`` lies inside an input
    folder or a file would land in one, or when ``out`` holds files and ``force`` is false.
    The site is built in a staging folder beside ``out`` and swapped in whole
    (:func:`vnpartydoc.writing.write_folder`): an interrupted run leaves the old site as it
    was; with ``force``, files in ``out`` that this run does not write are kept. Issues are
    printed as ``file:line:col: code: message``. Other corpus issues (a reference to a missing
    record, say) are printed and the pages are written: they show such references as plain
    text.
    Pages carry their JSON-LD in the body, since other generators have no theme hook to put it
    in ``<head>``.

    Raises:
        OutputError: when ``out`` is inside an input folder, is not empty (without ``force``),
            or a file cannot be written.
        RenderError: when a template fails.
    """
    base = options or RenderOptions(language="en" if language == "en" else "vi")
    options = replace(base, jsonld_in_page=True)
    if not force:
        _refuse_non_empty(out)
    _refuse_inside_input(src, out)
    if not find_files(src):
        print("vnpartydoc: error: no .json, .yaml or .yml files found", file=sys.stderr)
        return 1
    corpus, issues = load_corpus(src)
    for issue in issues:
        print(issue.format(), file=sys.stderr)
    if issues or _check(corpus, strict=strict):
        print("invalid input; nothing written", file=sys.stderr)
        return 1
    pages = render_site(corpus, options)
    index = documents_index(pages, corpus, use_directory_urls=options.use_directory_urls)
    files = site_files(pages, index)
    _refuse_inside_input(src, out, files)
    write_folder(out, files, overwrite=force)
    print(f"wrote {len(files)} files ({len(pages)} pages) to {out}", file=sys.stderr)
    return 0
