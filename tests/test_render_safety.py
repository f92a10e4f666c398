"""Document text shows literally on rendered pages: no HTML, script, link or template escapes.

Pages are rendered, converted with Python-Markdown (tables, attr_list) and the HTML is parsed
with html.parser: the hostile text must come back exactly, with no <script> element, no
javascript: link and no evaluated template expression.
"""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

import markdown
import pytest

from vnpartydoc.corpus import Corpus
from vnpartydoc.models import Article, Congress, Organisation, Person, Plan, Resolution
from vnpartydoc.render import RenderOptions, render_part, render_site
from vnpartydoc.render.escape import Md, inline, paragraphs, safe_url, xml_text

HOSTILE = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "{{ 7*7 }}",
    "{% raw %}",
    "*bold*",
    "a | b",
    "<img src=x onerror=alert(1)>",
    "Nghị quyết {: onclick=alert(1) }",
    "&amp; &#60; \\* `code`",
    "![[vnpartydoc: x]] [[vnpartydoc: y]]",
    "~~del~~ ==mark== ^^ins^^ $x$",
]
LINE_STARTS = [
    "- item", "1. first", "# heading", "> quote", "--8<-- 'x'", "::: mod", "/// note",
    "??? note", "!!! note", "| a |", "    code", "===",
]  # fmt: skip


class _Html(HTMLParser):
    """Collects text per element, script elements, links and attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        self.hrefs.extend(v or "" for k, v in attrs if k in {"href", "src"})

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _html(md_text: str) -> _Html:
    body = md_text.split("\n---\n", 1)[1] if md_text.startswith("---\n") else md_text
    parser = _Html()
    parser.feed(markdown.markdown(body, extensions=["tables", "attr_list"]))
    return parser


def _texts(parser: _Html) -> list[str]:
    return [t.strip() for t in parser.text if t.strip()]


def _corpus(text: str) -> Corpus:
    org = Organisation(id="o", name=text, level="province", committee=text, locality=text)
    person = Person(id="p", name=text, titles=[{"printed": text, "post": text, "organ": text}])
    congress = Congress(id="c", organisation="o", ordinal=11, term="2020 - 2025", name=text,
                        place=text)  # fmt: skip
    resolution = Resolution(
        type="nghi-quyet",
        id="r",
        title=text,
        summary=text,
        place=text,
        issued_on="2020-09-25",
        congress="c",
        issuer={"organisation": "o", "body": "congress", "name": text},
        general_goal={"text": text, "milestones": [{"year": 2025, "text": text}]},
        specific_goals=[text],
        targets=[
            {"indicator": text, "value": "6,5-7", "unit": text, "deadline": 2025, "printed": text}
        ],
        tasks=[text],
        solutions=[text],
        breakthroughs=[text],
        points=[{"label": text, "heading": text, "text": text}],
        signature={"mode": "T/M", "on_behalf_of": text, "post": text, "person": "p", "name": text},
        relations=[{"kind": "cites", "target": "khong-co", "note": text}],
        sources=[{"url": "https://example.org/a", "note": text}],
        tags=[text],
    )
    plan = Plan(type="ke-hoach", id="k", title=text, activities=[{"what": text, "lead": text,
                "partners": [text]}])  # fmt: skip
    article = Article(type="bai-viet", id="a", title=text, lead=text, intro=[text], closing=[text],
                      authors=["p"], about=["r"], publication={"name": text})  # fmt: skip
    return Corpus.of([org, person, congress, resolution, plan, article])


@pytest.mark.parametrize("text", HOSTILE + LINE_STARTS, ids=range(len(HOSTILE + LINE_STARTS)))
@pytest.mark.parametrize("diagrams", ["mermaid", "svg"])
def test_render_hostile_text_shows_literally(text: str, diagrams: str) -> None:
    """Every page shows hostile text exactly, with no script, javascript: link or evaluation."""
    pages = render_site(_corpus(text), RenderOptions(diagrams=diagrams))
    wanted = " ".join(text.split())
    for page in pages:
        parsed = _html(page.markdown)
        assert "script" not in parsed.tags, page.path
        assert not any(h.lower().lstrip().startswith("javascript") for h in parsed.hrefs)
        assert not any(k.startswith("on") for k, _ in parsed.attrs), page.path
        assert "49" not in "".join(parsed.text)
        if page.record_id == "r":
            texts = _texts(parsed)
            assert wanted in texts  # the summary paragraph, exactly
            assert f"T/M (thay mặt) {wanted}" in texts


def test_render_hostile_title_keeps_headings_and_tables() -> None:
    """Hostile text in a table cell stays in its cell; the heading keeps its explicit id."""
    text = "a | b {#evil} *c*"
    page = next(p for p in render_site(_corpus(text)) if p.record_id == "r")
    body = page.markdown.split("\n---\n", 1)[1]
    html = markdown.markdown(body, extensions=["tables", "attr_list"])
    assert "<td>a | b {#evil} *c*</td>" in unescape(html)
    assert 'id="evil"' not in html
    assert '<h2 id="cac-chi-tieu-chu-yeu">Các chỉ tiêu chủ yếu</h2>' in html


def test_render_part_escapes_too() -> None:
    """An embedded part is escaped like a page."""
    corpus = _corpus("<script>alert(1)</script>")
    parsed = _html(render_part(corpus.documents[0], "targets", corpus))
    assert "script" not in parsed.tags
    assert "<script>alert(1)</script>" in _texts(parsed)


def test_render_jsonld_cannot_close_its_script() -> None:
    """JSON-LD has no '<', '>' or '&' that could end its <script> element."""
    pages = render_site(_corpus("</script><script>alert(1)</script> & co"))
    for page in pages:
        if page.jsonld is not None:
            assert not {"<", ">", "&"} & set(page.jsonld)
            assert "\\u003c/script\\u003e" in page.jsonld or page.record_id not in {"r", "a"}


def test_render_jsonld_in_page_is_one_script_element() -> None:
    """With jsonld_in_page, the only script element is the ld+json one."""
    pages = render_site(
        _corpus("</script><script>alert(1)</script>"), RenderOptions(jsonld_in_page=True)
    )
    page = next(p for p in pages if p.record_id == "r")
    parsed = _html(page.markdown)
    assert parsed.tags.count("script") == 1
    assert ("type", "application/ld+json") in parsed.attrs


# ------------------------------------------------------------------------------ escape helpers

INLINE_CASES = [
    ("plain", "Nghị quyết Đại hội XI", "Nghị quyết Đại hội XI"),
    ("html", "<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
    ("braces", "{{ 7*7 }}", "&#123;&#123; 7\\*7 &#125;&#125;"),
    ("link", "[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
    ("pipe", "a|b", "a&#124;b"),
    ("number", "164.000–176.000", "164.000–176.000"),
    ("ordered", "1. x", "1\\. x"),
    ("list", "- x", "&#45; x"),
    ("spaces", "  a \n\t b  ", "a b"),
    ("control", "a\x02b\x03", "a\ufffdb\ufffd"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in INLINE_CASES], ids=[c[0] for c in INLINE_CASES]
)
def test_inline_escapes(text: str, expected: str) -> None:
    """Escapes Markdown, HTML and Jinja syntax in one line of text."""
    assert str(inline(text)) == expected


def test_paragraphs_keep_paragraphs_and_guard_each() -> None:
    """Blank lines separate paragraphs; each paragraph is one escaped line."""
    assert str(paragraphs("- a\nb\n\n  \n1. c")) == "&#45; a b\n\n1\\. c"


def test_md_escapes_what_is_added_to_it() -> None:
    """Plain text added to or joined with Md is escaped; Md stays as it is."""
    assert str(Md("[a](b)") + "*x*") == "[a](b)\\*x\\*"
    assert str(Md(", ").join(["<i>", Md("**y**")])) == "&lt;i&gt;, **y**"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a b(c)", "https://example.org/a%20b%28c%29"),
        ("http://vi.wikipedia.org/wiki/Đảng", "http://vi.wikipedia.org/wiki/%C4%90%E1%BA%A3ng"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,x", None),
        ("//evil.example", None),
    ],
)
def test_safe_url(url: str, expected: str | None) -> None:
    """Keeps only http(s) URLs, percent-encoded so they cannot end a Markdown link."""
    assert safe_url(url) == expected


def test_xml_text_escapes_markup_and_braces() -> None:
    """SVG text escapes markup, quotes and braces."""
    assert (
        xml_text('<a href="x">{{ y }}</a>')
        == "&lt;a href=&quot;x&quot;&gt;&#123;&#123; y &#125;&#125;&lt;/a&gt;"
    )


def test_front_matter_title_is_safe_in_themes_that_do_not_escape() -> None:
    """Themes print the front-matter title raw: it is HTML-escaped, and YAML reads it back."""
    import yaml

    text = '</title><script>alert(1)</script> "q" & {{ 7*7 }}'
    page = next(p for p in render_site(_corpus(text)) if p.record_id == "r")
    meta = yaml.safe_load(page.markdown.split("---\n")[1])
    assert (
        meta["title"]
        == "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &amp; {{ 7*7 }}"
    )
    assert meta["vnpartydoc"] == {"id": "r", "kind": "document", "json": "r.json"}
    parsed = _Html()
    parsed.feed(
        f'<title>{meta["title"]}</title><span title="{meta["title"]}">{meta["title"]}</span>'
    )
    assert parsed.tags == ["title", "span"]
    assert parsed.text == [text, text]
    assert page.title == text
