"""Tests of results, indicators, the scorecard rows and their CSV/JSON forms, and the command."""

from __future__ import annotations

import json
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

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
    ("GRDP bình quân đầu người", "USD", None),  # not convertible to triệu đồng/người/năm
    ("Tốc độ tăng trưởng GRDP", "%", None),  # a one-year rate is kept apart from %/năm
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


@pytest.mark.parametrize("flag", [1, 0, "true", "có"])
def test_result_estimated_is_true_or_false_only(flag: object) -> None:
    """``estimated: 1`` is refused as the JSON Schema refuses it, never read as true."""
    data = {"indicator": "GRDP bình quân đầu người", "value": "72", "achieved": {"value": "66,24"}}
    data["achieved"]["estimated"] = flag  # type: ignore[index]
    with pytest.raises(ValidationError) as caught:
        Target.model_validate(data)
    assert [e["type"] for e in caught.value.errors()] == ["bool_type"]
    assert caught.value.errors()[0]["loc"] == ("achieved", "estimated")


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


def _resolutions_in_files() -> list[dict[str, object]]:
    """The example resolutions as plain data, read from their YAML files (not through the model)."""
    found = []
    for path in sorted(EXAMPLES.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("type") == "nghi-quyet":
            found.append(data)
    return found


def _results_in_files() -> dict[tuple[str, int], dict[str, object]]:
    """Every recorded result: (resolution id, target position from 1) → the target's mapping."""
    return {
        (str(resolution["id"]), n): target
        for resolution in _resolutions_in_files()
        for n, target in enumerate(resolution.get("targets", []), start=1)  # type: ignore[arg-type]
        if "achieved" in target
    }


def _amount(text: str) -> Decimal:
    """A Vietnamese-notation number ("1.234,5") as a Decimal."""
    return Decimal(text.replace(".", "").replace(",", "."))


AN_GIANG_XI = "nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi"
LONG_AN = "nghi-quyet-dai-hoi-dang-bo-tinh-long-an-2020-2025"
VERDICTS = {
    (AN_GIANG_XI, 2): TargetStatus.MISSED,  # GRDP per head 66,24 against 70,4–72,2: 5,9 % short
    (AN_GIANG_XI, 7): TargetStatus.MISSED,  # new-countryside communes 64,54 % against 75–80 %
    (AN_GIANG_XI, 8): TargetStatus.NEAR,  # 29 advanced communes against 30–35: 3,3 % short
    (AN_GIANG_XI, 10): TargetStatus.MET,  # one advanced new-countryside district, as set
    (LONG_AN, 2): TargetStatus.MISSED,  # GRDP per head ước 107,38 against 115–120: 6,6 % short
}
"""The status each recorded result earns under the rule, worked out by hand; a result added to
the examples needs its verdict here."""


def test_every_result_in_the_examples_is_scored_as_recorded(examples: Corpus) -> None:
    """Each result's value, date, estimate mark and source reach its row, with its verdict."""
    recorded = _results_in_files()
    assert recorded.keys() == VERDICTS.keys()
    rows = {(r.resolution, r.n): r for r in scorecard(examples)}
    for key, target in recorded.items():
        result = target["achieved"]
        assert isinstance(result, dict)
        row = rows[key]
        assert row.indicator == target["indicator"]
        assert row.achieved == str(result["value"])
        assert row.achieved_low == row.achieved_high == _amount(str(result["value"]))
        assert row.measured == str(result["measured_on"])
        assert row.estimated is result.get("estimated", False)
        assert row.source == result["sources"][0]["url"]
        assert row.status is VERDICTS[key], key
    unscored = [r for r in rows.values() if (r.resolution, r.n) not in recorded]
    assert {r.status for r in unscored} == {TargetStatus.NO_DATA}


def test_grdp_growth_compares_every_organisation_of_the_term(examples: Corpus) -> None:
    """GRDP growth 2020 - 2025: one row per resolution of the term that sets it, at least three."""
    expected = _growth_targets_2020_2025_in_files()
    rows = scorecard(examples, indicator="grdp-growth", term="2020 - 2025")
    assert sorted((r.organisation, r.target) for r in rows) == expected
    assert len({organisation for organisation, _ in expected}) >= 3
    per_head = scorecard(examples, indicator=IndicatorKey.GRDP_PER_HEAD, term="2020-2025")
    measured = {(r.resolution, r.n) for r in per_head if r.achieved is not None}
    assert measured == {
        k for k, t in _results_in_files().items() if t.get("key") == "grdp-per-head"
    }
    assert len({r.organisation for r in per_head if r.achieved is not None}) >= 2


def _growth_targets_2020_2025_in_files() -> list[tuple[str, str]]:
    """(organisation, target value) of every GRDP growth target of a 2020 - 2025 resolution."""
    return sorted(
        (resolution["issuer"]["organisation"], target["value"])  # type: ignore[index]
        for resolution in _resolutions_in_files()
        if resolution.get("term") == "2020 - 2025"
        for target in resolution["targets"]  # type: ignore[attr-defined]
        if target.get("key") == "grdp-growth" and _within(target.get("period"), 2020, 2025)
    )


def _within(period: object, start: int, end: int) -> bool:
    """Whether a period as written ("2021 - 2025") lies inside start–end; no period is inside."""
    if period is None:
        return True
    first, last = (int(year) for year in str(period).split(" - "))
    return start <= first and last <= end


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
    if decimal_comma:  # the result as recorded, then its exact low end, both with a comma
        for target in _results_in_files().values():
            value = str(target["achieved"]["value"])  # type: ignore[index]
            assert f";{value};{str(_amount(value)).replace('.', ',')};" in text


def test_rows_round_trip_through_json(examples: Corpus) -> None:
    """JSON keeps exact decimals as strings and reads back to equal rows."""
    rows = scorecard(examples)
    text = rows_to_json(rows)
    data = json.loads(text)
    by_target = {(d["resolution"], int(d["n"])): d for d in data}
    for key, target in _results_in_files().items():
        value = str(target["achieved"]["value"])  # type: ignore[index]
        assert {
            "achieved_low": str(_amount(value)),
            "status": VERDICTS[key].value,
            "status_label": VERDICTS[key].label,
        }.items() <= by_target[key].items()
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
    assert len(expected) == len(_growth_targets_2020_2025_in_files())


def test_cli_scorecard_csv_for_spreadsheets(capsys: pytest.CaptureFixture[str]) -> None:
    """``--bom --decimal-comma`` writes a BOM, ";" columns and "6,5"; it reads back."""
    code = main(["scorecard", str(EXAMPLES), "--format", "csv", "--bom", "--decimal-comma"])
    assert code == 0
    out = capsys.readouterr().out
    assert out.startswith("\ufefforganisation;organisation_name;")
    assert ";6,5;7;%/năm;" in out
    targets = sum(len(r.get("targets", [])) for r in _resolutions_in_files())  # type: ignore[arg-type]
    assert len(rows_from_csv(out, decimal_comma=True)) == targets


def test_cli_scorecard_text(capsys: pytest.CaptureFixture[str]) -> None:
    """The text table shows the result (an estimate marked 'ước'), the status as sign and word."""
    assert main(["scorecard", str(EXAMPLES), "--indicator", "grdp-per-head"]) == 0
    captured = capsys.readouterr()
    per_head = {k: t for k, t in _results_in_files().items() if t.get("key") == "grdp-per-head"}
    assert per_head
    for key, target in per_head.items():
        result = target["achieved"]
        estimate = "ước " if result.get("estimated") else ""  # type: ignore[union-attr]
        value, when = result["value"], _vi_date(str(result["measured_on"]))  # type: ignore[index]
        shown = f"{estimate}{value} {target['unit']} ({when})"
        verdict = VERDICTS[key]
        assert f"| {shown} | {verdict.symbol} {verdict.label}" in captured.out
    corpus, _ = load_corpus([EXAMPLES])
    rows = scorecard(corpus, indicator="grdp-per-head")
    reached = sum(r.status.reached for r in rows)
    assert f"{len(rows)} targets: {reached} met or exceeded" in captured.err


def _vi_date(iso: str) -> str:
    """An ISO date as Vietnamese tables print it: "2024-03-28" → "28/3/2024"."""
    return "/".join(str(int(part)) for part in reversed(iso.split("-")))


def test_cli_scorecard_text_prints_cells_as_the_pages_do(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The qualifier word stays with the target, dates read day/month/year, units follow values."""
    assert main(["scorecard", str(EXAMPLES), "--organisation", "dang-bo-tinh-kien-giang"]) == 0
    out = capsys.readouterr().out
    assert "| Tỷ lệ hộ nghèo | dưới 2 % | – | – Chưa có số liệu" in out
    assert "| tối thiểu 7,5 %/năm |" in out
    assert main(["scorecard", str(EXAMPLES), "--indicator", "new-countryside-communes"]) == 0
    out = capsys.readouterr().out
    assert "| 75–80 % | 64,54 % (28/3/2024) | ✗ Không đạt" in out
    assert "2024-03-28" not in out


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
