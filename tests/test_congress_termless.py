"""A congress whose term (nhiệm kỳ) is unknown: loaded, checked, written and rendered.

"Đại hội XX của Đảng bộ thị xã Ninh Hòa" is known by its organisation and ordinal; its term is a
fact the sources may not state. Every part of the library keeps such a congress without
inventing a term and without a false error.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import jsonschema
import markdown
import pytest

from vnpartydoc.cli import main
from vnpartydoc.corpus import Corpus
from vnpartydoc.models import Congress, Directive, Organisation, Resolution
from vnpartydoc.render import RenderOptions, render_site
from vnpartydoc.render.data import SiteData
from vnpartydoc.schema import json_schema
from vnpartydoc.serialization import dumps, loads
from vnpartydoc.validation import check_corpus, committee_terms

if TYPE_CHECKING:
    from pathlib import Path

    from vnpartydoc.render.options import Page

ORG = Organisation(id="dang-bo-thi-xa-ninh-hoa", name="Đảng bộ thị xã Ninh Hòa", level="district")
XIX = Congress(id="dh-xix", organisation=ORG.id, ordinal=19, term="2015 - 2020",
               opened_on="2015-07-10", closed_on="2015-07-12")  # fmt: skip
XX = Congress(id="dh-xx", organisation=ORG.id, ordinal=20, opened_on="2020-07-15",
              closed_on="2020-07-17", place="Trung tâm Văn hóa – Thể thao thị xã",
              delegates=250)  # fmt: skip
UNDATED = Congress(id="dh-xxi", organisation=ORG.id, ordinal=21)
RESOLUTION = Resolution(type="nghi-quyet", id="nq-xx", title="Nghị quyết Đại hội XX",
                        congress="dh-xx", issued_on="2020-07-17",
                        issuer={"organisation": ORG.id, "body": "congress"})  # fmt: skip


class _Page(HTMLParser):
    """The list items and table rows (cells) of a rendered page, and the texts of its SVG bars."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[str] = []
        self.rows: list[list[str]] = []
        self.bars: list[str] = []
        self._tag: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self.items.append("")
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.rows[-1].append("")
        elif tag == "rect":
            self.bars.append("")
        if tag in ("li", "td", "th", "text"):
            self._tag = tag

    def handle_endtag(self, tag: str) -> None:
        if tag in ("li", "td", "th", "text"):
            self._tag = None

    def handle_data(self, data: str) -> None:
        if self._tag == "li":
            self.items[-1] += data
        elif self._tag in ("td", "th"):
            self.rows[-1][-1] += data
        elif self._tag == "text" and self.bars:
            self.bars[-1] += data


def _parse(page: Page) -> _Page:
    body = page.markdown.split("\n---\n", 1)[1]
    parser = _Page()
    parser.feed(markdown.markdown(body, extensions=["attr_list", "tables"]))
    return parser


@pytest.fixture(scope="module")
def pages() -> dict[str | None, Page]:
    corpus = Corpus.of([ORG, XIX, XX, RESOLUTION])
    return {p.record_id or p.path: p for p in render_site(corpus)}


def test_congress_term_is_optional_and_absent_by_default() -> None:
    """A congress validates without a term, and its term is None, not a guessed one."""
    assert XX.term is None
    assert Congress.model_validate(XX.model_dump()).term is None


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_congress_without_term_round_trips_without_a_term_key(fmt: str) -> None:
    """Written and read back unchanged; the file holds no term key at all (not null)."""
    text = dumps(XX, fmt)  # type: ignore[arg-type]
    assert "term" not in text
    assert loads(text, fmt) == XX  # type: ignore[arg-type]


def test_schema_accepts_a_congress_without_term_and_rejects_a_bad_one() -> None:
    """The exported schema accepts the missing term and still checks a printed one."""
    schema = json_schema()
    data = json.loads(dumps(XX, "json"))
    jsonschema.validate(data, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "term": "2020 đến 2025"}, schema)
    assert "term" not in schema["$defs"]["Congress"].get("required", [])


def test_corpus_rules_raise_nothing_for_a_congress_without_term() -> None:
    """No rule crashes or reports a false issue for congresses without term (dated or not)."""
    corpus = Corpus.of([ORG, XIX, XX, UNDATED, RESOLUTION])
    assert check_corpus(corpus) == []
    terms = committee_terms([XIX, XX, UNDATED])
    assert [(t.tenure, str(t.starts_on), str(t.ends_on)) for t in terms] == [
        (19, "2015-07-13", "2020-07-17"),
        (20, "2020-07-18", "None"),
        (21, "None", "None"),
    ]


def test_corpus_rules_still_flag_a_resolution_dated_outside_its_termless_congress() -> None:
    """The congress's dates are still checked when its term is unknown."""
    late = Resolution.model_validate({**RESOLUTION.model_dump(), "issued_on": "2021-03-01"})
    codes = [i.code for i in check_corpus(Corpus.of([ORG, XX, late]))]
    assert codes == ["date_outside_congress"]


def test_cli_validates_a_file_with_a_congress_without_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`vnpartydoc validate` accepts it: exit 0, no issue lines."""
    (tmp_path / "org.yaml").write_text(dumps(ORG, "yaml"), encoding="utf-8")
    (tmp_path / "dh-xx.yaml").write_text(dumps(XX, "yaml"), encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "0 errors, 0 warnings" in err


def test_congress_page_leaves_out_the_unknown_term(pages: dict[str | None, Page]) -> None:
    """Its page lists what is known (ordinal, dates, place, delegates) and no term row."""
    items = _parse(pages["dh-xx"]).items
    assert "Lần thứ: XX" in items
    assert "Địa điểm: Trung tâm Văn hóa – Thể thao thị xã" in items
    assert "Số đại biểu: 250" in items
    assert not [i for i in items if i.startswith("Nhiệm kỳ")]
    assert "Nhiệm kỳ: 2015 - 2020" in _parse(pages["dh-xix"]).items


def test_organisation_page_shows_a_dash_and_draws_only_known_terms(
    pages: dict[str | None, Page],
) -> None:
    """The congress table shows "—" for the unknown term; the timeline has no bar for it."""
    page = _parse(pages[ORG.id])
    rows = {row[0]: row for row in page.rows}
    assert rows["XIX"][2] == "2015 - 2020"
    assert rows["XX"][2] == "—"
    assert rows["XX"][3] == "từ ngày 15 đến ngày 17 tháng 7 năm 2020"
    assert page.bars == ["XIX"]


def test_congress_index_and_its_list_show_no_none(pages: dict[str | None, Page]) -> None:
    """The index row has "—"; the list of its documents is titled by name alone."""
    index = _parse(pages["van-ban/theo-dai-hoi/index.md"])
    row = next(r for r in index.rows if r[0] == "Đại hội Đảng bộ thị xã Ninh Hòa lần thứ XX")
    assert row[2] == "—"
    listing = pages["van-ban/theo-dai-hoi/dh-xx/index.md"]
    assert listing.title == "Đại hội Đảng bộ thị xã Ninh Hòa lần thứ XX"
    assert all("None" not in p.markdown for p in pages.values())


def test_resolution_of_a_termless_congress_shows_no_term(pages: dict[str | None, Page]) -> None:
    """A resolution without its own term falls back to its congress's, which is unknown."""
    items = _parse(pages["nq-xx"]).items
    assert "Đại hội: Đại hội Đảng bộ thị xã Ninh Hòa lần thứ XX" in items
    assert not [i for i in items if i.startswith("Nhiệm kỳ")]


def test_jsonld_event_has_no_term_description(pages: dict[str | None, Page]) -> None:
    """The schema.org Event keeps its dates and place and says nothing of a term."""
    event = json.loads(pages["dh-xx"].jsonld or "")
    assert "description" not in event
    assert (event["startDate"], event["endDate"]) == ("2020-07-15", "2020-07-17")
    assert json.loads(pages["dh-xix"].jsonld or "")["description"] == "Nhiệm kỳ 2015 - 2020"


def test_documents_are_filed_under_a_dated_termless_congress_not_an_undated_one() -> None:
    """A dated congress without term takes its committee term's documents; an undated one none."""
    directive = Directive(type="chi-thi", id="ct-01", title="Chỉ thị", issued_on="2025-03-01",
                          issuer={"organisation": ORG.id, "body": "standing-board"})  # fmt: skip
    site = SiteData(Corpus.of([ORG, XIX, XX, UNDATED, RESOLUTION, directive]), RenderOptions())
    assert [d.id for d in site.docs_by_congress["dh-xx"]] == ["ct-01", "nq-xx"]  # newest first
    assert "dh-xxi" not in site.docs_by_congress
