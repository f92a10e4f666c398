"""Pieces of the renderer: dates and numbers per language, labels, paths, diagrams, lookups."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from vnpartydoc.corpus import Corpus
from vnpartydoc.labels import LABELS, Labels
from vnpartydoc.models import Congress, Directive, Organisation, Resolution
from vnpartydoc.render import RenderOptions, fmt
from vnpartydoc.render.data import SiteData
from vnpartydoc.render.diagrams import Bar, Span, TimelineRow, bar_chart, targets_chart, timeline
from vnpartydoc.render.paths import group_dir, index_path, relative
from vnpartydoc.types import PartialDate, Quantity

D = PartialDate.parse


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        ("2020-09-25", "vi", "ngày 25 tháng 9 năm 2020"),
        ("2020-09", "vi", "tháng 9 năm 2020"),
        ("2020", "vi", "năm 2020"),
        ("2020-09-25", "en", "25 September 2020"),
        ("2020-09", "en", "September 2020"),
        ("2020", "en", "2020"),
    ],
)
def test_fmt_date(value: str, language: str, expected: str) -> None:
    """Dates in words, in the precision known."""
    assert fmt.date(D(value), language) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("start", "end", "language", "expected"),
    [
        ("2020-09-23", "2020-09-25", "vi", "từ ngày 23 đến ngày 25 tháng 9 năm 2020"),
        ("1996-06-28", "1996-07-01", "vi", "từ ngày 28 tháng 6 đến ngày 1 tháng 7 năm 1996"),
        (
            "2020-12-30",
            "2021-01-02",
            "vi",
            "từ ngày 30 tháng 12 năm 2020 đến ngày 2 tháng 1 năm 2021",
        ),
        ("2020-09-23", "2020-09-25", "en", "23–25 September 2020"),
        ("2021-01-25", "2021-02-01", "en", "25 January 2021 – 1 February 2021"),
        ("2025-10-03", "2025-10-03", "vi", "ngày 3 tháng 10 năm 2025"),
    ],
)
def test_fmt_date_range(start: str, end: str, language: str, expected: str) -> None:
    """Spans of days the way each language writes them."""
    assert fmt.date_range(D(start), D(end), language) == expected  # type: ignore[arg-type]


def test_fmt_place_date_pads_day_and_early_months() -> None:
    """The place-and-date line pads days 1–9 and months 1–2 (HD 36)."""
    assert fmt.place_date("Hà Nội", D("2017-02-06"), "vi") == "Hà Nội, ngày 06 tháng 02 năm 2017"
    assert fmt.place_date("Hà Nội", D("2018-04-03"), "en") == "Hà Nội, 3 April 2018"
    assert fmt.place_date(None, D("2018-04-03"), "vi") == "ngày 3 tháng 4 năm 2018"
    assert fmt.place_date("An Giang", None, "vi") == "An Giang"


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [("164.000–176.000", "164.000–176.000", "164,000–176,000"), ("6,5", "6,5", "6.5"),
     ("41.303", "41.303", "41,303"), ("-1,25", "-1,25", "-1.25")],
)  # fmt: skip
def test_fmt_quantity(value: str, vi: str, en: str) -> None:
    """Values and ranges in Vietnamese and English notation."""
    quantity = Quantity.parse(value)
    assert (fmt.quantity(quantity, "vi"), fmt.quantity(quantity, "en")) == (vi, en)
    assert fmt.number(Decimal(1587), "en") == "1,587"


def test_labels_have_both_languages_and_fill_placeholders() -> None:
    """Every label exists in both languages with the same placeholders."""
    for key, (vi, en) in LABELS.items():
        assert vi, key
        assert en, key
        assert sorted(_placeholders(vi)) == sorted(_placeholders(en)), key
    assert Labels("en").format("milestone", year=2030) == "By 2030"
    assert Labels().targets == "Các chỉ tiêu chủ yếu"
    assert Labels("en").kind_name("bai-viet") == "Article"
    assert "targets" in Labels()
    assert "nothing" not in Labels()


def _placeholders(text: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("van-ban/theo-loai/index.md", "van-ban/chi-thi/x.md", "../chi-thi/x.md"),
        ("van-ban/chi-thi/a.md", "van-ban/chi-thi/b.md", "b.md"),
        (
            "van-ban/theo-loai/chi-thi/index.md",
            "van-ban/theo-loai/chi-thi/trang-2.md",
            "trang-2.md",
        ),
        ("van-ban/index.md", "van-ban/theo-nam/2020/index.md", "theo-nam/2020/index.md"),
        ("index.md", "ca-nhan/x.md", "ca-nhan/x.md"),
        ("a/b/c.md", "x.json", "../../x.json"),
    ],
)
def test_relative_links(source: str, target: str, expected: str) -> None:
    """Links between pages are relative to the linking page."""
    assert relative(source, target) == expected


def test_index_groups_never_collide_with_page_names() -> None:
    """A group key shaped like "trang-2" gets its own folder name."""
    assert group_dir("trang-2") == "_trang-2"
    assert group_dir("tinh-uy") == "tinh-uy"
    assert index_path("", "organisation", "trang-2") == "theo-to-chuc/_trang-2/index.md"


# ------------------------------------------------------------------------------------ diagrams


def test_mermaid_labels_are_escaped() -> None:
    """Mermaid text keeps letters, digits and plain punctuation; the rest become entity codes."""
    chart = timeline(
        [TimelineRow('Đảng bộ "A": <b>#1</b>', [Span("XI", 2020, 2025, "x")])], "Đại hội", "mermaid"
    )
    assert str(chart).splitlines() == [
        "```mermaid",
        "gantt",
        "    title Đại hội",
        "    dateFormat YYYY",
        "    axisFormat %Y",
        "    todayMarker off",
        "    section Đảng bộ #34;A#34;#58; #60;b#62;#35;1#60;/b#62;",
        "    XI : 2020, 2025",
        "```",
    ]


def test_targets_chart_mermaid_timeline() -> None:
    """Targets of a resolution on a Mermaid timeline, one section per year."""
    chart = targets_chart(
        [(2025, [("43 %", "Tỷ lệ đô thị hóa"), ("70,4–72,2", "GRDP")]), (2030, [])], "T", "mermaid"
    )
    assert str(chart) == (
        "```mermaid\ntimeline\n    title T\n    2025 : Tỷ lệ đô thị hóa#58; 43 %\n"
        "         : GRDP#58; 70,4–72,2\n```"
    )


@pytest.mark.parametrize(
    "chart",
    [
        lambda: timeline([TimelineRow("<A & B>", [Span("I", 1976, 1979, "<t>")])], "<T>", "svg"),
        lambda: bar_chart(
            [Bar("2025", 3, ["<x>", "{{ 7*7 }}"]), Bar("2030", 0, [])], "<T>", "y", "svg"
        ),
        lambda: targets_chart([(2025, [("<b>", "<script>alert(1)</script>")])], "<T>", "svg"),
    ],
    ids=["timeline", "bars", "targets"],
)
def test_svg_charts_are_well_formed_and_escaped(chart: object) -> None:
    """SVG charts parse as XML inside their figure; text never becomes markup."""
    text = str(chart())  # type: ignore[operator]
    figure = ET.fromstring(text)
    assert figure.tag == "figure"
    svg = figure[0]
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert not [e for e in figure.iter() if e.tag.endswith("script")]
    assert "{{" not in text
    assert figure.find("figcaption").text == "<T>"  # type: ignore[union-attr]
    assert "\n\n" not in text  # a blank line would end the raw HTML block


def test_empty_charts_render_nothing() -> None:
    """No data, no chart."""
    assert str(timeline([TimelineRow("A", [])], "T", "svg")) == ""
    assert str(bar_chart([], "T", "y", "mermaid")) == ""
    assert str(targets_chart([], "T", "svg")) == ""


# ------------------------------------------------------------------------------------- lookups


def test_documents_are_filed_under_the_congress_of_their_committee_term() -> None:
    """A document belongs to the congress whose committee term holds its date."""
    org = Organisation(id="tu", name="Đảng bộ tỉnh X", level="province")
    xi = Congress(id="xi", organisation="tu", ordinal=11, term="2015 - 2020",
                  opened_on="2015-10-10", closed_on="2015-10-12")  # fmt: skip
    xii = Congress(id="xii", organisation="tu", ordinal=12, term="2020 - 2025",
                   opened_on="2020-10-13", closed_on="2020-10-15")  # fmt: skip

    def directive(i: int, day: str, body: str = "standing-board") -> Directive:
        return Directive(type="chi-thi", id=f"ct{i}", title="Chỉ thị", issued_on=day,
                         issuer={"organisation": "tu", "body": body})  # fmt: skip

    resolution = Resolution(type="nghi-quyet", id="nq", title="Nghị quyết", congress="xi",
                            issued_on="2021-01-01")  # fmt: skip
    docs = [directive(1, "2020-10-14"), directive(2, "2020-10-16"),
            directive(3, "2020-10-14", "congress"), directive(4, "2010-01-01")]  # fmt: skip
    site = SiteData(Corpus.of([org, xi, xii, resolution, *docs]), RenderOptions())
    assert [d.id for d in site.docs_by_congress["xi"]] == ["nq", "ct1"]
    assert [d.id for d in site.docs_by_congress["xii"]] == ["ct2", "ct3"]
    assert "ct4" not in {d.id for docs in site.docs_by_congress.values() for d in docs}


def test_site_data_keeps_the_first_of_repeated_ids() -> None:
    """Records with a repeated id render once: the first one loaded."""
    first = Directive(type="chi-thi", id="ct", title="Đầu tiên")
    second = Directive(type="chi-thi", id="ct", title="Thứ hai")
    site = SiteData(Corpus.of([first, second]), RenderOptions())
    assert site.documents == [first]
