"""A corpus: every record loaded from a set of files and folders, indexed by id and number.

Loading never stops at the first bad file: each file that fails to load becomes issues and the
rest are still read, so one run reports everything.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vnpartydoc.errors import DocumentValidationError, Issue, VnPartyDocError
from vnpartydoc.models import (
    ID_PATTERN,
    Article,
    Congress,
    Document,
    Entities,
    Organisation,
    Person,
)
from vnpartydoc.serialization import DEFAULT_LIMITS, SUFFIXES, Limits, format_of, load, parse

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from vnpartydoc.models import Record
    from vnpartydoc.types import DocumentNumber

__all__ = ["Corpus", "Entry", "find_files", "load_corpus"]

ID_RE = re.compile(ID_PATTERN)


@dataclass(frozen=True, slots=True)
class Entry:
    """One record with the file it came from (``None`` when built in Python)."""

    record: Document | Organisation | Congress | Person
    path: Path | None = None


@dataclass
class Corpus:
    """Records by kind, with lookups by id and by document number."""

    entries: list[Entry] = field(default_factory=list)
    broken_ids: set[str] = field(default_factory=set)
    """Ids of records whose files failed to load (references to them are not reported)."""
    _lookup: _Index | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def of(cls, records: Iterable[Record], *, path: Path | None = None) -> Corpus:
        """Build a corpus from records (an :class:`Entities` file is spread into its parts)."""
        corpus = cls()
        for record in records:
            corpus.add(record, path)
        return corpus

    def add(self, record: Record, path: Path | None = None) -> None:
        """Add a record; an :class:`Entities` bundle adds each entity it holds."""
        if isinstance(record, Entities):
            items: list[Document | Organisation | Congress | Person] = [
                *record.organisations,
                *record.congresses,
                *record.people,
            ]
            self.entries.extend(Entry(item, path) for item in items)
        else:
            self.entries.append(Entry(record, path))

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def documents(self) -> list[Document]:
        """Documents and articles, in load order."""
        return [e.record for e in self.entries if isinstance(e.record, Document)]

    @property
    def organisations(self) -> list[Organisation]:
        """Organisations, in load order."""
        return [e.record for e in self.entries if isinstance(e.record, Organisation)]

    @property
    def congresses(self) -> list[Congress]:
        """Congresses, in load order."""
        return [e.record for e in self.entries if isinstance(e.record, Congress)]

    @property
    def people(self) -> list[Person]:
        """People, in load order."""
        return [e.record for e in self.entries if isinstance(e.record, Person)]

    @property
    def articles(self) -> list[Article]:
        """Articles, in load order."""
        return [e.record for e in self.entries if isinstance(e.record, Article)]

    def _index(self) -> _Index:
        """Lookups by id and number, rebuilt when entries were added (entries only grow)."""
        key = (id(self.entries), len(self.entries))
        if self._lookup is None or self._lookup.key != key:
            self._lookup = _Index.of(self.entries, key)
        return self._lookup

    def get(self, record_id: str) -> Document | Organisation | Congress | Person | None:
        """The record with this id (the first one, if ids collide), or None."""
        entries = self._index().by_id.get(record_id)
        return entries[0].record if entries else None

    def path_of(self, record_id: str) -> Path | None:
        """The file a record came from."""
        entries = self._index().by_id.get(record_id)
        return entries[0].path if entries else None

    def by_number(self, number: str) -> list[Document]:
        """Documents whose number prints as ``number`` (canonical or a real-text variant)."""
        from vnpartydoc.types import DocumentNumber

        try:
            wanted = DocumentNumber.parse(number)
        except ValueError:
            return []
        return list(self._index().by_number.get(wanted, ()))

    def resolve(self, reference: str) -> Document | Organisation | Congress | Person | None:
        """Find a record by id, or a document by number when exactly one has it."""
        found = self.get(reference)
        if found is not None:
            return found
        matches = self.by_number(reference)
        return matches[0] if len(matches) == 1 else None


@dataclass(frozen=True, slots=True)
class _Index:
    key: tuple[int, int]
    by_id: dict[str, list[Entry]]
    by_number: dict[DocumentNumber, list[Document]]

    @classmethod
    def of(cls, entries: list[Entry], key: tuple[int, int]) -> _Index:
        by_id: dict[str, list[Entry]] = {}
        by_number: dict[DocumentNumber, list[Document]] = {}
        for entry in entries:
            by_id.setdefault(entry.record.id, []).append(entry)
            record = entry.record
            if isinstance(record, Document) and record.number is not None:
                by_number.setdefault(record.number, []).append(record)
        return cls(key, by_id, by_number)


def find_files(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """Expand files and folders into the sorted list of ``.json``/``.yaml``/``.yml`` files.

    Hidden files and folders (names starting with ".") inside folders are skipped.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            found.append(path)
    return found


# An id declared in a file that does not parse: ``id: x`` in YAML (also as a list item, quoted
# or not) and ``"id": "x"`` in JSON, on one line or minified.
YAML_ID_RE = re.compile(
    r"""^[ \t]*(?:-[ \t]+)?(["']?)id\1[ \t]*:[ \t]*["']?([a-z0-9][a-z0-9.-]*)""", re.M
)
JSON_ID_RE = re.compile(r'"id"\s*:\s*"([a-z0-9][a-z0-9.-]*)"')


def _declared_ids(file: Path, *, parsed: bool, limits: Limits) -> set[str]:
    """Ids a broken file declares, so that references to them do not cascade to other files.

    A file that parses but fails validation is read as data; a file that does not parse is
    searched for ``id`` keys in its text.
    """
    try:
        info = file.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > limits.max_bytes:
            return set()  # a file too large or not a file at all is never read
        with file.open("rb") as handle:
            raw = handle.read(limits.max_bytes)
    except OSError:
        return set()
    if parsed:
        return _ids_in_data(raw, file)
    text = raw.decode("utf-8", errors="replace")
    found = {m[2] for m in YAML_ID_RE.finditer(text)} | {m[1] for m in JSON_ID_RE.finditer(text)}
    return {i for i in found if ID_RE.match(i)}


def _ids_in_data(raw: bytes, file: Path) -> set[str]:
    try:
        data, _, _ = parse(raw, format_of(file), path=file)
    except VnPartyDocError:
        return set()
    if not isinstance(data, dict):
        return set()
    items = [data]
    for key in ("organisations", "congresses", "people"):
        value = data.get(key)
        if isinstance(value, list):
            items.extend(v for v in value if isinstance(v, dict))
    return {str(item["id"]) for item in items if isinstance(item.get("id"), str)}


def load_corpus(
    paths: Sequence[str | os.PathLike[str]],
    *,
    limits: Limits = DEFAULT_LIMITS,
    lenient: bool = False,
) -> tuple[Corpus, list[Issue]]:
    """Load every record under ``paths``; return the corpus and the issues of unloadable files.

    With ``lenient`` the files may use the lenient notations (see :func:`vnpartydoc.loads`).

    Example:
        >>> corpus, issues = load_corpus(["examples"])  # doctest: +SKIP
    """
    corpus = Corpus()
    issues: list[Issue] = []
    with _collector_paused():
        _load_into(corpus, issues, find_files(paths), limits, lenient=lenient)
    return corpus, issues


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while records pile up, then restore it as it was.

    Records are trees that reference counting frees; left running, each full collection walks
    every record loaded so far, which makes a file cost more the larger the corpus (measured by
    benchmarks/corpus.py: loading 40,000 files took 4.7 times as long as 10,000).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load_into(
    corpus: Corpus, issues: list[Issue], files: list[Path], limits: Limits, *, lenient: bool
) -> None:
    for file in files:
        try:
            corpus.add(load(file, limits=limits, lenient=lenient), file)
        except VnPartyDocError as exc:
            issues.extend(exc.issues)
            parsed = isinstance(exc, DocumentValidationError)
            corpus.broken_ids.update(_declared_ids(file, parsed=parsed, limits=limits))
