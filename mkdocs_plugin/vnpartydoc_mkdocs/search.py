"""Diacritic-free search for Material's built-in search.

Material's search runs lunr.js in the browser over ``search/search_index.json``. Lunr compares
terms character by character, so a reader who types ``nghi quyet`` (as most people type
Vietnamese on a keyboard without a Vietnamese input method) finds nothing under ``Nghị quyết``.
Material indexes every field listed in the index's ``config.fields``; this module adds two such
fields to each entry, holding the diacritic-free forms of the words of its title and text that
have diacritics (``nghị`` → ``nghi``, ``Đại`` → ``dai``), with the boosts of ``title`` and
``text``. Results still show the original title and text; the page is found either way.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

__all__ = [
    "DIACRITIC_FREE_FIELDS",
    "add_diacritic_free_fields",
    "diacritic_free_words",
    "strip_diacritics",
]

DIACRITIC_FREE_FIELDS = {"title": "title_folded", "text": "text_folded"}
"""Material's field → the field added with its diacritic-free words."""


def strip_diacritics(word: str) -> str:
    """Lower-case ``word`` and remove its diacritics (``đ`` becomes ``d``).

    Example:
        >>> strip_diacritics("Đại")
        'dai'
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return bare.replace("đ", "d")


def diacritic_free_words(text: str, cache: dict[str, str] | None = None) -> str:
    """The distinct diacritic-free forms of the words of ``text`` that have diacritics.

    ``text`` is a search-index field: plain text with a few kept tags (``<p>``, ``<code>``),
    which are skipped. ``cache`` maps words to their diacritic-free forms, shared across calls.

    Example:
        >>> diacritic_free_words("<p>Nghị quyết Đại hội XI</p>")
        'nghi quyet dai hoi'
    """
    memo = {} if cache is None else cache
    out: dict[str, None] = {}
    for word in text.replace("<", " <").replace(">", "> ").split():
        if word.startswith("<"):
            continue
        bare = memo.get(word)
        if bare is None:
            bare = memo[word] = strip_diacritics(word)
        if bare != word.lower():
            out[bare] = None
    return " ".join(out)


def add_diacritic_free_fields(path: Path) -> bool:
    """Add the bare fields to Material's search index at ``path``; return whether it did.

    The index (the text of every page) is read one entry at a time and written out as it goes,
    so that a large site does not hold it twice more in memory at the end of its build.
    Indexes of other themes (MkDocs' own has no ``config.fields``) are left alone.
    """
    if not path.is_file():
        return False
    text = path.read_text(encoding="utf-8")
    streamed = _stream(text)
    if streamed is None:  # not the layout Material writes: read it whole
        data: Any = json.loads(text)
        if not isinstance(data, dict) or not _add_fields(data.get("config")):
            return False
        config, docs = data["config"], data.get("docs", [])
    else:
        config, docs = streamed
        if not _add_fields(config):
            return False
    temporary = path.with_name(path.name + ".tmp")
    try:
        with temporary.open("w", encoding="utf-8") as out:
            out.write('{"config":' + _dumps(config) + ',"docs":[')
            cache: dict[str, str] = {}
            for n, entry in enumerate(docs):
                out.write(("," if n else "") + _dumps(_folded_entry(entry, cache)))
            out.write("]}")
    except ValueError:  # malformed further on: leave the index as it was
        temporary.unlink()
        return False
    temporary.replace(path)
    return True


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _add_fields(config: object) -> bool:
    """Declare the folded fields in the index's ``config`` (False: not Material's index)."""
    if not isinstance(config, dict) or not isinstance(config.get("fields"), dict):
        return False
    fields: dict[str, Any] = config["fields"]
    for source, target in DIACRITIC_FREE_FIELDS.items():
        fields[target] = {"boost": fields.get(source, {}).get("boost", 1.0)}
    return True


def _folded_entry(entry: Any, cache: dict[str, str]) -> Any:
    if isinstance(entry, dict):
        for source, target in DIACRITIC_FREE_FIELDS.items():
            words = diacritic_free_words(str(entry.get(source) or ""), cache)
            if words:
                entry[target] = words
    return entry


_CONFIG_RE = re.compile(r'\s*\{\s*"config"\s*:\s*')
_DOCS_RE = re.compile(r'\s*,\s*"docs"\s*:\s*\[\s*')
_NEXT_RE = re.compile(r"\s*(,|\])\s*")
_END_RE = re.compile(r"\s*\}\s*\Z")


def _stream(text: str) -> tuple[Any, Iterator[Any]] | None:
    """``config`` and an iterator over the entries of ``{"config": …, "docs": […]}``.

    None when ``text`` is not laid out so (then the caller reads it whole); a file that turns
    out malformed further on raises :class:`ValueError` while iterating.
    """
    decoder = json.JSONDecoder()
    start = _CONFIG_RE.match(text)
    if start is None:
        return None
    try:
        config, end = decoder.raw_decode(text, start.end())
    except ValueError:
        return None
    docs = _DOCS_RE.match(text, end)
    if docs is None:
        return None
    return config, _entries(text, docs.end(), decoder)


def _entries(text: str, position: int, decoder: json.JSONDecoder) -> Iterator[Any]:
    if text.startswith("]", position):
        position += 1
    else:
        while True:
            entry, position = decoder.raw_decode(text, position)
            yield entry
            separator = _NEXT_RE.match(text, position)
            if separator is None:
                raise ValueError(f"malformed search index at character {position}")
            position = separator.end()
            if separator.group(1) == "]":
                break
    if _END_RE.match(text, position) is None:
        raise ValueError(f"unexpected content after the entries at character {position}")
