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
    """Clean ``text``, find its layout, sentences and mentions, and follow its discourse."""
    page = clean(text)  # 1. clean
    layout = read_layout(page)
    sentences = Sentences(page.fold, layout.content)  # 2. sentences
    mentions = find_mentions(page, layout)  # 3. mentions
    reading = Reading(page, layout, layout.content, mentions, sentences)
    follow(reading)  # 4. discourse state
    return reading
