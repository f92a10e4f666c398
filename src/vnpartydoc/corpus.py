"""A corpus: every record loaded from a set of files and folders, indexed by id and number.

Loading never stops at the first bad file: each file that fails to load becomes issues and the
rest are still read, so one run reports everything.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vnpartydoc.errors import DocumentValidationError, Issue, VnPartyDocError
from vnpartydoc.models import Article, Congress, Document, Entities, Organisation, Person
from vnpartydoc.serialization import DEFAULT_LIMITS, SUFFIXES, Limits, format_of, load, parse

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from vnpartydoc.models import Record

__all__ = ["Corpus", "Entry", "find_files", "load_corpus"]


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

    def get(self, record_id: str) -> Document | Organisation | Congress | Person | None:
        """The record with this id (the first one, if ids collide), or None."""
        for entry in self.entries:
            if entry.record.id == record_id:
                return entry.record
        return None

    def path_of(self, record_id: str) -> Path | None:
        """The file a record came from."""
        for entry in self.entries:
            if entry.record.id == record_id:
                return entry.path
        return None

    def by_number(self, number: str) -> list[Document]:
        """Documents whose number prints as ``number`` (canonical or a real-text variant)."""
        from vnpartydoc.types import DocumentNumber

        try:
            wanted = DocumentNumber.parse(number)
        except ValueError:
            return []
        return [d for d in self.documents if d.number == wanted]

    def resolve(self, reference: str) -> Document | Organisation | Congress | Person | None:
        """Find a record by id, or a document by number when exactly one has it."""
        found = self.get(reference)
        if found is not None:
            return found
        matches = self.by_number(reference)
        return matches[0] if len(matches) == 1 else None


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


def _declared_ids(file: Path) -> list[str]:
    """Ids a file that failed validation declares, so its references do not cascade."""
    try:
        data, _, _ = parse(file.read_bytes(), format_of(file), path=file)
    except (OSError, VnPartyDocError):
        return []
    if not isinstance(data, dict):
        return []
    items = [data]
    for key in ("organisations", "congresses", "people"):
        value = data.get(key)
        if isinstance(value, list):
            items.extend(v for v in value if isinstance(v, dict))
    return [str(item["id"]) for item in items if isinstance(item.get("id"), str)]


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
    for file in find_files(paths):
        try:
            corpus.add(load(file, limits=limits, lenient=lenient), file)
        except VnPartyDocError as exc:
            issues.extend(exc.issues)
            if isinstance(exc, DocumentValidationError):  # unparsable files declare no ids
                corpus.broken_ids.update(_declared_ids(file))
    return corpus, issues
