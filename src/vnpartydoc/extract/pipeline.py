"""The extractor's stages, run in order over one text (see :mod:`vnpartydoc.extract`)."""

from __future__ import annotations

from vnpartydoc.extract.clean import clean
from vnpartydoc.extract.discourse import follow
from vnpartydoc.extract.layout import read_layout
from vnpartydoc.extract.mentions import find_mentions
from vnpartydoc.extract.sentences import Sentences
from vnpartydoc.extract.state import Reading

__all__ = ["read"]


def read(text: str) -> Reading:
    """Clean ``text``, find its layout, sentences and mentions, and follow its discourse.

    Each stage takes the earlier ones' outputs and returns its own; the returned
    :class:`~vnpartydoc.extract.state.Reading` holds them all, for the records stage.
    """
    page = clean(text)  # 1. clean
    layout = read_layout(page)
    lines = layout.content
    sentences = Sentences(page.fold, lines)  # 2. sentences
    mentions = find_mentions(page, layout, lines)  # 3. mentions
    discourse = follow(page, layout, sentences, mentions)  # 4. discourse state
    return Reading(page, layout, lines, mentions, sentences, discourse)
