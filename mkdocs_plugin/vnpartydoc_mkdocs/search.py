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
import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

    Indexes of other themes (MkDocs' own has no ``config.fields``) are left alone.
    """
    if not path.is_file():
        return False
    data: Any = json.loads(path.read_text(encoding="utf-8"))
    config = data.get("config") if isinstance(data, dict) else None
    if not isinstance(config, dict) or not isinstance(config.get("fields"), dict):
        return False
    fields: dict[str, Any] = config["fields"]
    for source, target in DIACRITIC_FREE_FIELDS.items():
        boost = fields.get(source, {}).get("boost", 1.0)
        fields[target] = {"boost": boost}
    cache: dict[str, str] = {}
    for entry in data.get("docs", []):
        for source, target in DIACRITIC_FREE_FIELDS.items():
            words = diacritic_free_words(str(entry.get(source) or ""), cache)
            if words:
                entry[target] = words
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return True
