"""``vnpartydoc extract FILE...``: print or write the records found in text files."""

from __future__ import annotations

import json
import stat
import sys
from typing import TYPE_CHECKING

from vnpartydoc.errors import Issue, VnPartyDocError
from vnpartydoc.serialization import dumps, to_data, write_atomic

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from vnpartydoc.corpus import Corpus
    from vnpartydoc.extract.result import ExtractionResult
    from vnpartydoc.models import Record

__all__ = ["run_cli"]


def _read(path: Path, max_chars: int) -> str | None:
    """The text of ``path``, or None after saying on standard error why it cannot be read.

    A file that holds more bytes than ``MAX_CHARS`` characters can take in UTF-8 is refused
    before it is read, and so is anything but a regular file (a FIFO would block, /dev/zero
    never end).
    """
    limit = max_chars * 4 + 3  # UTF-8 takes at most 4 bytes a character, plus a BOM
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            print(f"vnpartydoc: error: cannot read {path}: not a regular file", file=sys.stderr)
            return None
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        print(f"vnpartydoc: error: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return None
    if len(data) > limit:
        print(
            f"vnpartydoc: error: {path}: text_too_long: the file has more than {limit:,} bytes, "
            f"more than the {max_chars:,} characters extraction reads (MAX_CHARS)",
            file=sys.stderr,
        )
        return None
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        print(f"vnpartydoc: error: {path} is not UTF-8 (byte offset {exc.start})", file=sys.stderr)
    return None


def run_cli(
    paths: list[Path],
    fmt: str,
    out: Path | None,
    *,
    extract_partial: Callable[..., ExtractionResult],
    max_chars: int,
    corpus: Corpus | None = None,
    resolution: str | None = None,
) -> int:
    """Extract every file; print YAML (or JSON) or write one file per record to ``out``.

    Issues go to standard error as ``file:line:col: code: message``. Returns 1 when a file
    cannot be read, ``resolution`` is unknown, or nothing usable is found in any file, else 0.
    ``extract_partial`` and ``max_chars`` are given by :func:`vnpartydoc.extract.run_cli`, so
    that this module does not import the package that imports it. Achievements are held
    against the targets of ``corpus`` (and of ``resolution`` only, when given); a corpus
    resolution a text reports results for is printed among the records, with them set.
    """
    records: dict[str, Record] = {}
    failed = False
    chunks: dict[str, str] = {}
    for path in paths:
        text = _read(path, max_chars)
        if text is None:
            failed = True
            continue
        try:
            result = extract_partial(
                text, max_chars=max_chars, corpus=corpus, resolution=resolution
            )
        except VnPartyDocError as exc:
            for issue in exc.issues:
                print(
                    f"vnpartydoc: error: {issue.format().replace('<input>', str(path), 1)}",
                    file=sys.stderr,
                )
            failed = True
            continue
        for issue in result.issues:
            print(issue.format().replace("<input>", str(path), 1), file=sys.stderr)
        if result.is_empty:
            issue = Issue(
                "nothing_found", "no organisation, congress, person, document or target found", path
            )
            print(f"vnpartydoc: error: {issue.format()}", file=sys.stderr)
            continue
        updated = {r.resolution for r in result.results if r.matched}
        for record in result.records():
            key = str(getattr(record, "id", ""))
            origin = corpus.path_of(key) if corpus is not None and key in updated else None
            if origin is not None and corpus is not None:  # a corpus record with results added
                corpus.add(record, origin)  # the next file sees them
            elif key in records and records[key] != record:
                message = f"{key!r} was already extracted from another file; kept the first"
                print(Issue("duplicate_id", message, path).format(), file=sys.stderr)
                continue
            if key not in records or origin is not None:
                records[key] = record
                note = f"{origin}, with results from {path}" if origin is not None else path
                chunks[key] = f"# from {note}\n" + dumps(record, "yaml") if fmt == "yaml" else ""
    if not records:
        return 1
    if out is not None:
        try:
            for key, record in records.items():
                write_atomic(
                    out / f"{key}.{fmt}", dumps(record, "json" if fmt == "json" else "yaml")
                )
        except VnPartyDocError as exc:
            print(f"vnpartydoc: error: {exc}", file=sys.stderr)
            return 1
        print(f"wrote {len(records)} records to {out}", file=sys.stderr)
    elif fmt == "json":
        print(json.dumps([to_data(r) for r in records.values()], ensure_ascii=False, indent=2))
    else:
        sys.stdout.write("---\n".join(chunks.values()))
    return 1 if failed else 0
