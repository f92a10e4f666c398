"""Tests of results, indicators, the scorecard rows and their CSV/JSON forms, and the command."""

from __future__ import annotations

import json
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

import vnpartydoc
from vnpartydoc.cli import main
from vnpartydoc.corpus import Corpus, load_corpus
from vnpartydoc.enums import TargetQualifier
from vnpartydoc.errors import DocumentLoadError
from vnpartydoc.indicators import INDICATORS, IndicatorKey, convert, infer_key, parse_unit
from vnpartydoc.models import Organisation, Resolution, Result, Target
from vnpartydoc.scorecard_io import rows_from_csv, rows_from_json, rows_to_csv, rows_to_json
from vnpartydoc.scoring import TargetStatus, scorecard, status, target_status
from vnpartydoc.types import Quantity
from vnpartydoc.validation import check_corpus

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
Q = TargetQualifier

STATUS_CASES = [
    ("6,5–7", Q.EXACT, "6,8", "higher", TargetStatus.MET),
    ("6,5–7", Q.EXACT, "6,5", "higher", TargetStatus.MET),
    ("6,5–7", Q.EXACT, "7,01", "higher", TargetStatus.EXCEEDED),
    ("6,5–7", Q.EXACT, "6,175", "higher", TargetStatus.NEAR),  # short by exactly 5 % of 6,5
    ("6,5–7", Q.EXACT, "6,174", "higher", TargetStatus.MISSED),
    ("75", Q.AT_LEAST, "73", "higher", TargetStatus.MISSED),
    ("75", Q.AT_LEAST, "75", "higher", TargetStatus.MET),
    ("75", Q.AT_LEAST, "80", "higher", TargetStatus.EXCEEDED),
    ("10", Q.MORE_THAN, "10", "higher", TargetStatus.MISSED),
    ("10", Q.MORE_THAN, "10,2", "higher", TargetStatus.EXCEEDED),
    ("1", Q.LESS_THAN, "1", "higher", TargetStatus.MISSED),
    ("1", Q.LESS_THAN, "0,6", "higher", TargetStatus.EXCEEDED),
    ("1", Q.AT_MOST, "1", "higher", TargetStatus.MET),
    ("72", Q.ABOUT, "70,5", "higher", TargetStatus.NEAR),
    ("2", Q.EXACT, "2,05", "lower", TargetStatus.NEAR),  # a poverty rate: lower is better
    ("2", Q.EXACT, "1,5", "lower", TargetStatus.EXCEEDED),
    ("0", Q.EXACT, "0,01", "lower", TargetStatus.MISSED),  # 5 % of zero is zero
]


@pytest.mark.parametrize(
    ("target", "qualifier", "achieved", "direction", "expected"),
    STATUS_CASES,
    ids=[f"{c[1].value}-{c[0]}-{c[2]}-{c[3]}" for c in STATUS_CASES],
)
def test_status_cases(
    target: str, qualifier: Q, achieved: str, direction: str, expected: TargetStatus
) -> None:
    """Derives each status exactly, from the issue's examples and the 5 % boundary."""
    got = status(
        Quantity.parse(target),
        qualifier,
        Quantity.parse(achieved),
        direction=direction,  # type: ignore[arg-type]
    )
    assert got is expected


def test_status_labels_never_rest_on_colour() -> None:
    """Every status has a distinct sign and a Vietnamese word."""
    assert [(s.symbol, s.label) for s in TargetStatus] == [
        ("▲", "Vượt"),
        ("✓", "Đạt"),
        ("≈", "Gần đạt"),
        ("✗", "Không đạt"),
        ("–", "Chưa có số liệu"),
    ]


# ----------------------------------------------------------------------------- indicators

KEY_CASES = [
    ("Tốc độ tăng trưởng GRDP bình quân 5 năm", "%/năm", IndicatorKey.GRDP_GROWTH),
    ("Tăng trưởng kinh tế (GRDP) bình quân 5 năm", "%/năm", IndicatorKey.GRDP_GROWTH),
    ("GRDP BÌNH QUÂN ĐẦU NGƯỜI", "triệu đồng/người/năm", IndicatorKey.GRDP_PER_HEAD),
    ("Tỷ lệ xã đạt chuẩn nông thôn mới", "%", IndicatorKey.NEW_COUNTRYSIDE_COMMUNES),
    ("Số xã đạt chuẩn xã nông thôn mới nâng cao", "xã", None),
    ("Tỷ lệ hộ nghèo đa chiều giảm bình quân", "%/năm", IndicatorKey.POVERTY_REDUCTION),
    ("Tỷ lệ hộ nghèo đa chiều", "%", IndicatorKey.POVERTY_RATE),
    ("Tỷ lệ lao động qua đào tạo", "%", IndicatorKey.TRAINED_LABOUR),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", IndicatorKey.HEALTH_INSURANCE),
    ("Kim ngạch xuất khẩu 5 năm", "tỷ USD", IndicatorKey.EXPORT_TURNOVER),
    ("Tỷ lệ đô thị hóa", "%", IndicatorKey.URBANISATION),
    ("Số huyện đạt chuẩn huyện nông thôn mới nâng cao", "huyện", None),
]


@pytest.mark.parametrize(("indicator", "unit", "key"), KEY_CASES, ids=[c[0] for c in KEY_CASES])
def test_infer_key(indicator: str, unit: str, key: IndicatorKey | None) -> None:
    """Infers the normalised key from the wording (and the unit where it decides)."""
    assert infer_key(indicator, unit) is key


def test_vocabulary_has_vietnamese_labels_and_units() -> None:
    """Every key has a Vietnamese label with diacritics, a unit and a direction."""
    assert list(INDICATORS) == list(IndicatorKey)
    for entry in INDICATORS.values():
        assert unicodedata.is_normalized("NFC", entry.label)
        assert entry.label != entry.label_en
        assert entry.unit
        assert entry.direction in ("higher", "lower")
    assert INDICATORS[IndicatorKey.POVERTY_RATE].direction == "lower"


@pytest.mark.parametrize(
    ("value", "unit", "to", "expected"),
    [
        ("41303", "tỷ đồng", "nghìn tỷ đồng", "41.303"),
        ("1.5", "triệu tỷ đồng", "tỷ đồng", "1500000"),
        ("5.2", "tỷ USD", "triệu USD", "5200"),
        ("0.001", "ngàn tỷ đồng", "tỷ đồng", "1"),
        ("123456789.123456789", "tỷ đồng", "nghìn tỷ đồng", "123456.789123456789"),
    ],
)
def test_convert_exact(value: str, unit: str, to: str, expected: str) -> None:
    """Converts between scales of a unit with no rounding, however many digits."""
    got = convert(Decimal(value), unit, to)
    assert got == Decimal(expected)
    assert got is not None
    assert format(got, "f").rstrip("0").rstrip(".") == expected.rstrip("0").rstrip(".")


def test_parse_unit_keeps_rates_apart() -> None:
    """A level (%) and a yearly rate (%/năm) differ; spaces around "/" do not matter."""
    assert parse_unit("% / năm") == parse_unit("%/năm")
    assert not parse_unit("%").convertible(parse_unit("%/năm"))
    assert parse_unit("triệu đồng/người/năm").base == "đồng/người/năm"


# ------------------------------------------------------------------------------- results


def test_result_short_form_reads_as_a_result() -> None:
    """``achieved: "6,8"`` is a Result with that value; the long form keeps its context."""
    short = Target(indicator="Tăng trưởng GRDP", value="6,5–7", unit="%/năm", achieved="6,8")
    assert short.achieved == Result(value=Quantity.parse("6,8"))
    assert str(short.achieved) == "6,8"
    long = Target.model_validate(
        {
            "indicator": "Tăng trưởng GRDP",
            "achieved": {"value": "6,8", "period": "2021 - 2025", "estimated": True},
        }
    )
    assert long.achieved is not None
    assert long.achieved.when == "2021 - 2025"
    assert long.achieved.estimated is True


def test_result_round_trips_through_json_and_yaml() -> None:
    """A target with a full result dumps and loads back equal."""
    doc = Resolution(
        type="nghi-quyet",
        id="nq-thu",
        title="Nghị quyết thử",
        targets=[
            Target(
                indicator="Thu ngân sách",
                value="41.303",
                unit="tỷ đồng",
                achieved={"value": "45,8", "unit": "nghìn tỷ đồng", "measured_on": "2025-06"},
            )
        ],
    )
    for fmt in ("json", "yaml"):
        assert vnpartydoc.loads(vnpartydoc.dumps(doc, fmt), fmt) == doc  # type: ignore[arg-type]
    assert target_status(doc.targets[0]) is TargetStatus.EXCEEDED  # 45.800 > 41.303 tỷ đồng


def test_result_rejects_a_bad_value() -> None:
    """A result value that is not a number in Vietnamese notation is a field error."""
    with pytest.raises(ValueError, match=r"number_format|invalid number"):
        Target(indicator="x", achieved="sáu phẩy tám")


def _corpus(*targets: Target, reported_in: str | None = None) -> Corpus:
    org = Organisation(id="dang-bo-tinh-x", name="Đảng bộ tỉnh X", level="province")
    doc = Resolution(
        type="nghi-quyet",
        id="nq-x",
        title="Nghị quyết Đại hội Đảng bộ tỉnh X",
        issuer={"organisation": "dang-bo-tinh-x", "body": "congress"},
        term="2020 - 2025",
        targets=list(targets),
    )
    return Corpus.of([org, doc])


RULE_CASES = [
    (Target(indicator="Tỷ lệ đô thị hóa", achieved="40"), "result_without_value"),
    (
        Target(indicator="Tỷ lệ đô thị hóa", value="43", unit="%",
               achieved={"value": "40", "unit": "%/năm"}),
        "result_unit_mismatch",
    ),
    (
        Target(indicator="Tỷ lệ đô thị hóa", value="43", unit="%",
               achieved={"value": "40", "measured_on": "2019"}),
        "result_outside_term",
    ),
    (
        Target(indicator="Tỷ lệ đô thị hóa", value="43", unit="%",
               achieved={"value": "40", "reported_in": "bao-cao-khong-co"}),
        "unresolved_reference",
    ),
    (
        Target(indicator="Tăng trưởng", key="grdp-growth", value="7", unit="%"),
        "indicator_unit_mismatch",
    ),
    (
        Target(indicator="Tỷ lệ đô thị hóa", value="43", unit="%",
               achieved={"value": "40", "sources": [{"note": "không rõ nguồn"}]}),
        "source_empty",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("target", "code"), RULE_CASES, ids=[c[1] for c in RULE_CASES])
def test_result_rules(target: Target, code: str) -> None:
    """A result refers to a real target, in a unit that agrees, reported by a real document."""
    issues = check_corpus(_corpus(target))
    assert [i.code for i in issues] == [code]
    assert issues[0].loc[:2] == ("targets", 0)


def test_result_rules_accept_a_convertible_unit() -> None:
    """A result in nghìn tỷ đồng for a target in tỷ đồng is fine and compared converted."""
    target = Target(
        indicator="Thu ngân sách", value="41.303", unit="tỷ đồng",
        achieved={"value": "40", "unit": "nghìn tỷ đồng", "measured_on": "2025"},
    )  # fmt: skip
    assert check_corpus(_corpus(target)) == []
    assert target_status(target) is TargetStatus.NEAR  # 40.000 is 3,2 % short of 41.303


# ----------------------------------------------------------------------------- scorecard


@pytest.fixture(scope="module")
def examples() -> Corpus:
    """The example records."""
    corpus, issues = load_corpus([EXAMPLES])
    assert issues == []
    return corpus


def test_scorecard_of_the_examples(examples: Corpus) -> None:
    """GRDP growth 2020 - 2025 compares three organisations; An Giang's 2024 result is there."""
    rows = scorecard(examples, indicator="grdp-growth", term="2020 - 2025")
    assert sorted((r.organisation, r.target) for r in rows) == [
        ("dang-bo-tinh-an-giang", "6,5–7"),
        ("dang-bo-tinh-long-an", "9,2–10"),
        ("dang-bo-tinh-tien-giang", "7–7,5"),
    ]
    per_head = scorecard(examples, indicator=IndicatorKey.GRDP_PER_HEAD, term="2020-2025")
    an_giang = next(r for r in per_head if r.organisation == "dang-bo-tinh-an-giang")
    assert (an_giang.achieved, an_giang.achieved_low, an_giang.measured) == (
        "66,24",
        Decimal("66.24"),
        "2024",
    )
    assert an_giang.status is TargetStatus.MISSED
    assert an_giang.source is not None
    assert an_giang.source.startswith("https://www.angiang.dcs.vn/")


def test_scorecard_rejects_an_unknown_indicator(examples: Corpus) -> None:
    """An indicator key outside the vocabulary is a ValueError."""
    with pytest.raises(ValueError, match="gdp"):
        scorecard(examples, indicator="gdp")


@pytest.mark.parametrize(("bom", "decimal_comma"), [(False, False), (True, False), (True, True)])
def test_rows_round_trip_through_csv(examples: Corpus, bom: bool, decimal_comma: bool) -> None:
    """CSV (with or without BOM, decimal point or comma) reads back to equal rows."""
    rows = scorecard(examples)
    text = rows_to_csv(rows, bom=bom, decimal_comma=decimal_comma)
    assert text.startswith("\ufeff") is bom
    assert rows_from_csv(text, decimal_comma=decimal_comma) == rows
    if decimal_comma:
        assert ";66,24;66,24;" in text


def test_rows_round_trip_through_json(examples: Corpus) -> None:
    """JSON keeps exact decimals as strings and reads back to equal rows."""
    rows = scorecard(examples)
    text = rows_to_json(rows)
    data = json.loads(text)
    assert {
        "achieved_low": "66.24",
        "status": "khong-dat",
        "status_label": "Không đạt",
    }.items() <= next(d for d in data if d["achieved"] == "66,24").items()
    assert rows_from_json(text) == rows


@pytest.mark.parametrize(
    ("text", "reader"),
    [
        ("[1, 2]", rows_from_json),
        ("{not json", rows_from_json),
        ('[{"resolution": "x", "n": "1", "indicator": "y", "status": "tot"}]', rows_from_json),
        ("organisation,resolution\nx,y\n", rows_from_csv),
    ],
    ids=["not-objects", "syntax", "bad-status", "missing-column"],
)
def test_rows_reader_errors(text: str, reader: object) -> None:
    """Malformed tables raise scorecard_format, never a traceback of another kind."""
    with pytest.raises(DocumentLoadError) as info:
        reader(text)  # type: ignore[operator]
    assert info.value.issues[0].code == "scorecard_format"


# -------------------------------------------------------------------------------- the CLI


def test_cli_scorecard_json_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    """``--format json`` prints rows that read back equal to the library's."""
    code = main(["scorecard", str(EXAMPLES), "--indicator", "grdp-growth", "--term", "2020 - 2025",
                 "--format", "json"])  # fmt: skip
    assert code == 0
    corpus, _ = load_corpus([EXAMPLES])
    expected = scorecard(corpus, indicator="grdp-growth", term="2020 - 2025")
    assert rows_from_json(capsys.readouterr().out) == expected
    assert len(expected) == 3


def test_cli_scorecard_csv_for_spreadsheets(capsys: pytest.CaptureFixture[str]) -> None:
    """``--bom --decimal-comma`` writes a BOM, ";" columns and "6,5"; it reads back."""
    code = main(["scorecard", str(EXAMPLES), "--format", "csv", "--bom", "--decimal-comma"])
    assert code == 0
    out = capsys.readouterr().out
    assert out.startswith("\ufefforganisation;organisation_name;")
    assert ";6,5;7;%/năm;" in out
    assert len(rows_from_csv(out, decimal_comma=True)) == 16


def test_cli_scorecard_text(capsys: pytest.CaptureFixture[str]) -> None:
    """The text table shows the result (an estimate marked 'ước'), the status as sign and word."""
    assert main(["scorecard", str(EXAMPLES), "--indicator", "grdp-per-head"]) == 0
    captured = capsys.readouterr()
    assert "| 66,24 (2024) | ✗ Không đạt" in captured.out
    assert "| ước 107,38 (2024) | ✗ Không đạt" in captured.out
    assert "3 targets: 0 met or exceeded" in captured.err


@pytest.mark.parametrize(
    "argv",
    [
        ["--term", "2025 - 2020"],
        ["--indicator", "gdp"],
    ],
    ids=["term-order", "unknown-indicator"],
)
def test_cli_scorecard_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed term or an unknown indicator is a usage error (exit 2), no traceback."""
    assert main(["scorecard", str(EXAMPLES), *argv]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_cli_scorecard_reports_broken_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that does not load is reported with its code, and the exit code is 1."""
    (tmp_path / "hong.yaml").write_text(
        yaml.safe_dump({"type": "nghi-quyet", "id": "x"}), encoding="utf-8"
    )
    assert main(["scorecard", str(tmp_path)]) == 1
    assert "hong.yaml" in capsys.readouterr().err


# ------------------------------------------------------------------------------- pages


def test_indicator_chart_draws_the_first_page_of_a_long_comparison() -> None:
    """With more rows than a page holds, the chart draws the first page's and says so."""
    from vnpartydoc.render import RenderOptions, render_site

    records: list[Organisation | Resolution] = []
    for i, name in enumerate(["AN GIANG", "Bạc Liêu", "Cà Mau"]):
        org_id = f"dang-bo-tinh-{i}"
        records.append(Organisation(id=org_id, name=f"Đảng bộ tỉnh {name}", level="province"))
        records.append(
            Resolution(
                type="nghi-quyet", id=f"nq-{i}", title=f"Nghị quyết “{name}” – nhiệm kỳ",
                issuer={"organisation": org_id, "body": "congress"}, term="2020 - 2025",
                targets=[Target(indicator="Tỷ lệ đô thị hóa", value=f"4{i}", unit="%",
                                deadline=2025, achieved=f"4{i},5")],
            )
        )  # fmt: skip
    pages = render_site(Corpus.of(records), RenderOptions(page_size=2, diagrams="svg"))
    first = next(p for p in pages if p.path == "van-ban/theo-chi-tieu/urbanisation/index.md")
    second = next(p for p in pages if p.path == "van-ban/theo-chi-tieu/urbanisation/trang-2.md")
    assert first.markdown.count('<rect class="vnpartydoc-target"') == 2
    assert "Biểu đồ vẽ 2 trong 3 chỉ tiêu" in first.markdown
    assert "<svg" not in second.markdown
    assert "▲ Vượt" in second.markdown  # 42,5 against 42
    scorecard_page = next(p for p in pages if p.record_id == "nq-0")
    assert "**1/1 chỉ tiêu đạt và vượt (0 chỉ tiêu chưa có số liệu)**" in scorecard_page.markdown
