"""Make document text inert in Markdown, HTML, Jinja and the usual Markdown extensions.

Every piece of text that comes from a document goes through :func:`inline` or
:func:`paragraphs` before it reaches a page, so it shows literally: ``<script>`` stays text,
``[x](javascript:…)`` is no link, ``{{ 7*7 }}`` is not evaluated (not even by a later macro
plugin, since no ``{`` survives), ``*bold*`` is not emphasis and ``|`` does not split a table
cell. The escapes are either HTML character references or backslash escapes of characters that
Python-Markdown (and CommonMark) treat as escapable, so any Markdown processor shows the text
unchanged.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from markupsafe import Markup

__all__ = ["Md", "href", "inline", "link", "paragraphs", "safe_url", "xml_text"]

# Characters with a meaning inside a line. Backslash escapes where Python-Markdown knows them,
# character references for the rest (and for "{" "}" so no Jinja or macro syntax remains).
_INLINE = {
    "\\": "\\\\",
    "`": "\\`",
    "*": "\\*",
    "_": "\\_",
    "[": "\\[",
    "]": "\\]",
    "#": "\\#",
    "!": "\\!",
    "+": "\\+",
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "{": "&#123;",
    "}": "&#125;",
    "|": "&#124;",
    "~": "&#126;",
    "^": "&#94;",
    "=": "&#61;",
    "$": "&#36;",
}
_INLINE_TABLE = str.maketrans(_INLINE)
_SPECIAL_RE = re.compile("[" + re.escape("".join(_INLINE)) + "]")
# Control characters (other than tab and newline) are invisible, and STX/ETX are
# Python-Markdown's placeholder marks: none may reach a page.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_WS_RE = re.compile(r"\s+")
_PARAGRAPH_RE = re.compile(r"\n\s*\n")
# What may open a block when it starts a line: list, rule, setext, definition (":"),
# mkdocstrings (":::"), pymdownx blocks ("///"), details ("???"), snippets ("--8<--").
_LINE_START = frozenset("-:/?")
_ORDERED_RE = re.compile(r"^(\d+)([.)])(?=\s|$)")
_PLAIN_PATH_RE = re.compile(r"^[A-Za-z0-9/#._~-]*$")
_URL_SAFE = "/:?#&=+@!$,;%~-._*'"


class Md(Markup):
    """Markdown that is safe to print; text added or joined to it is escaped as Markdown.

    ``Md("**x**") + "<y>"`` gives ``**x**&lt;y&gt;``: plain strings are escaped with
    :func:`inline`, so no template concatenation can smuggle document text in unescaped.
    """

    __slots__ = ()

    @classmethod
    def escape(cls, s: object, /) -> Md:
        """Escape ``s`` as one line of Markdown unless it is already safe."""
        return inline(s)


def _guard_start(text: str) -> str:
    if not text:
        return text
    if text[0] in _LINE_START:
        return f"&#{ord(text[0])};{text[1:]}"
    return _ORDERED_RE.sub(lambda m: f"{m[1]}\\{m[2]}", text, count=1)


def _clean(text: str) -> str:
    return _CONTROL_RE.sub("\ufffd", text)


def inline(value: object) -> Md:
    """Escape text for one line of Markdown: a heading, a list item, a table cell or a link.

    Whitespace (newlines included) collapses to single spaces.

    Example:
        >>> str(inline("<b>6,5–7%</b> | {{ x }}"))
        '&lt;b&gt;6,5–7%&lt;/b&gt; &#124; &#123;&#123; x &#125;&#125;'
    """
    if isinstance(value, Markup):
        return value if isinstance(value, Md) else Md(value)
    text = str(value)
    if not text.isprintable():  # newlines, tabs, other spaces and control characters
        text = _WS_RE.sub(" ", _clean(text)).strip()
    elif text.startswith(" ") or text.endswith(" ") or "  " in text:
        text = _WS_RE.sub(" ", text).strip()
    if _SPECIAL_RE.search(text) is not None:
        text = text.translate(_INLINE_TABLE)
    return Md(_guard_start(text))


def paragraphs(value: object) -> Md:
    """Escape text that may hold several paragraphs (separated by blank lines).

    Each paragraph becomes one escaped line; paragraphs are joined by a blank line.
    """
    if isinstance(value, Markup):
        return value if isinstance(value, Md) else Md(value)
    parts = [inline(p) for p in _PARAGRAPH_RE.split(_clean(str(value)).strip())]
    return Md("\n\n").join(p for p in parts if p)


def safe_url(url: str) -> str | None:
    """Return an http(s) URL percent-encoded for a Markdown link, or None for anything else.

    Example:
        >>> safe_url("https://vi.wikipedia.org/wiki/Đại_hội (XI)")
        'https://vi.wikipedia.org/wiki/%C4%90%E1%BA%A1i_h%E1%BB%99i%20%28XI%29'
        >>> safe_url("javascript:alert(1)") is None
        True
    """
    text = _clean(url).strip()
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:
        return None
    if scheme not in {"http", "https"}:
        return None
    return quote(text, safe=_URL_SAFE)


def href(path: str) -> str:
    """Percent-encode a site path built from ids and slugs for use as a link target."""
    if _PLAIN_PATH_RE.match(path):
        return path
    return quote(path, safe="/#-._~")


def link(text: object, target: str) -> Md:
    """A Markdown link whose text is escaped and whose target is already a safe URL or path."""
    return Md(f"[{inline(text)}]({target})")


def xml_text(value: object) -> str:
    """Escape text for SVG or HTML element content and attributes (no braces left either)."""
    text = _WS_RE.sub(" ", _clean(str(value))).strip()
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
        .replace("{", "&#123;")
        .replace("}", "&#125;")
    )
