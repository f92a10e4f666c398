"""Results read from a text are held against the targets they report on (extract/achieved.py)."""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from vnpartydoc.cli import main
from vnpartydoc.corpus import Corpus, load_corpus
from vnpartydoc.errors import ExtractionError
from vnpartydoc.extract import extract_partial
from vnpartydoc.models import Resolution
from vnpartydoc.scoring import TargetStatus, scorecard
from vnpartydoc.serialization import loads
from vnpartydoc.types import PartialDate, Quantity, Term
from vnpartydoc.validation import check_corpus

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
AN_GIANG_XI = "nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xi"

REPORT = (
    "Khai mạc Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XII, nhiệm kỳ 2025 – 2030\n"
    "(TUAG)- Sáng 14/10, Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XII, nhiệm kỳ "
    "2025 – 2030 khai mạc tại Trung tâm Hội nghị tỉnh.\n"
    "Báo cáo chính trị nêu rõ, nhiệm kỳ qua, Đảng bộ tỉnh đạt và vượt các chỉ tiêu Nghị quyết "
    "đề ra. Nhiệm kỳ 2020 – 2025, GRDP bình quân đầu người ước đạt 72,5 triệu đồng, vượt chỉ "
    "tiêu Nghị quyết; thu ngân sách 5 năm đạt 45,8 nghìn tỷ đồng; tốc độ tăng trưởng GRDP bình "
    "quân đạt 6,8%; tỷ lệ hộ nghèo còn 1,2%.\n"
)
"""A congress report: GRDP per head and budget revenue fit the An Giang XI targets; growth is
printed in "%" against a target in "%/năm"; the poverty rate has no target there."""


@cache
def examples() -> Corpus:
    corpus, issues = load_corpus([EXAMPLES])
    assert issues == []
    return corpus


def _fresh_examples() -> Corpus:
    return Corpus(entries=list(examples().entries))


def _resolution(result_documents: list, rid: str) -> Resolution:  # type: ignore[type-arg]
    (found,) = [d for d in result_documents if d.id == rid]
    assert isinstance(found, Resolution)
    return found


def test_a_past_term_result_is_set_on_the_target_of_the_resolution_it_reports_on() -> None:
    """GRDP per head 2020 – 2025, "ước đạt 72,5 triệu đồng", goes to target 2 of An Giang XI."""
    result = extract_partial(REPORT, corpus=examples())
    first = result.results[0]
    assert (first.status, first.resolution, first.target, first.key) == (
        "matched",
        AN_GIANG_XI,
        1,
        "grdp-per-head",
    )
    achieved = _resolution(result.documents, AN_GIANG_XI).targets[1].achieved
    assert achieved is not None
    assert (achieved.value, achieved.unit, achieved.period, achieved.measured_on) == (
        Quantity.parse("72,5"),
        None,  # "triệu đồng" is the target's "triệu đồng/người/năm" (per head, per year)
        Term(2020, 2025),
        None,
    )
    assert achieved.estimated is True
    assert achieved.reported_in == result.document.id  # type: ignore[union-attr]
    assert achieved.sources[0].document == result.document.id  # type: ignore[union-attr]
    assert achieved.sources[0].note is not None
    assert "ước đạt 72,5 triệu đồng" in achieved.sources[0].note
    assert first.inferred == ("unit",)


def test_the_matched_result_keeps_its_span_under_the_resolution() -> None:
    """The value's span is recorded for the field of the resolution it went to."""
    result = extract_partial(REPORT, corpus=examples())
    (span,) = [s for s in result.spans_for(AN_GIANG_XI) if s.field == "targets.1.achieved.value"]
    assert (span.text, result.text[span.start : span.end]) == ("72,5 triệu đồng",) * 2
    assert result.results[0].span is not None
    assert result.results[0].span.start == span.start


def test_the_status_of_the_matched_result_is_exceeded() -> None:
    """72,5 against 70,4–72,2: vượt, computed by vnpartydoc.scorecard() from the records."""
    result = extract_partial(REPORT, corpus=examples())
    corpus = _with(examples(), result.records())
    (row,) = scorecard(
        corpus, resolution=AN_GIANG_XI, indicator="grdp-per-head", term="2020 - 2025"
    )
    assert (row.status, row.achieved_low, row.measured, row.estimated) == (
        TargetStatus.EXCEEDED,
        Decimal("72.5"),
        "2020 - 2025",
        True,
    )


def test_a_result_in_thousand_billion_is_converted_exactly_to_billion() -> None:
    """45,8 nghìn tỷ đồng keeps its unit; the scorecard reads it as exactly 45.800 tỷ đồng."""
    result = extract_partial(REPORT, corpus=examples())
    second = result.results[1]
    assert (second.status, second.target, second.result.unit) == ("matched", 4, "nghìn tỷ đồng")
    corpus = _with(examples(), result.records())
    (row,) = scorecard(corpus, resolution=AN_GIANG_XI, indicator="budget-revenue")
    assert (row.achieved, row.achieved_low, row.unit, row.status) == (
        "45,8 nghìn tỷ đồng",
        Decimal("45800"),
        "tỷ đồng",
        TargetStatus.EXCEEDED,  # 45.800 against 41.303
    )
    assert str(row.achieved_low) == "4.58E+4"  # the digits as printed, only the exponent moved


def test_a_percentage_is_never_read_as_a_yearly_rate() -> None:
    """6,8 % against a target in %/năm is refused with achievement_unit_mismatch."""
    result = extract_partial(REPORT, corpus=examples())
    third = result.results[2]
    assert (third.status, third.target, third.resolution, third.key) == (
        "unit-mismatch",
        None,
        AN_GIANG_XI,
        "grdp-growth",
    )
    assert _resolution(result.documents, AN_GIANG_XI).targets[0].achieved is None
    (issue,) = [i for i in result.issues if i.code == "achievement_unit_mismatch"]
    assert (issue.severity, issue.line) == ("warning", 3)
    assert issue.column is not None
    assert result.text.splitlines()[2][issue.column - 1 :].startswith("6,8%")


def test_a_result_without_a_target_stays_apart_tied_to_its_resolution() -> None:
    """The poverty rate has no target in An Giang XI: unmatched, kept in result.results."""
    result = extract_partial(REPORT, corpus=examples())
    fourth = result.results[3]
    assert (fourth.status, fourth.resolution, fourth.key, str(fourth.result.value)) == (
        "unmatched",
        AN_GIANG_XI,
        "poverty-rate",
        "1,2",
    )
    assert [r.achievement for r in result.unmatched] == [2, 3]
    assert "achievement_unmatched" in [i.code for i in result.issues]


def test_the_records_with_results_validate_with_the_corpus() -> None:
    """The article and the resolution given results pass every corpus rule, errors and all."""
    result = extract_partial(REPORT, corpus=examples())
    issues = check_corpus(_with(examples(), result.records()))
    assert [i for i in issues if i.severity == "error"] == []


def test_a_target_keeps_its_later_result_and_says_so() -> None:
    """The example's 66,24 (2024) gives way to 72,5 (2020 – 2025), with achievement_conflict."""
    result = extract_partial(REPORT, corpus=examples())
    (issue,) = [i for i in result.issues if i.code == "achievement_conflict"]
    assert "kept the later, ước 72,5 (2020 - 2025)" in issue.message
    text = REPORT.replace("Nhiệm kỳ 2020 – 2025, GRDP", "Năm 2023, GRDP")
    earlier = extract_partial(text, corpus=examples())
    assert earlier.results[0].status == "superseded"
    held = _resolution(earlier.documents, AN_GIANG_XI)  # given the budget revenue result
    assert str(held.targets[1].achieved) == "66,24"
    assert [i.code for i in earlier.issues].count("achievement_conflict") == 1


def test_without_a_printed_period_the_term_before_the_congress_is_used() -> None:
    """In congress XII's text, "5 năm qua … tỷ lệ đô thị hóa đạt 44%" covers 2020 – 2025."""
    text = REPORT.split("Báo cáo")[0] + (
        "Báo cáo chính trị nêu rõ, 5 năm qua, Đảng bộ tỉnh đạt và vượt các chỉ tiêu Nghị quyết đề "
        "ra: tỷ lệ đô thị hóa đạt 44%; tỷ lệ xã đạt chuẩn nông thôn mới đạt 81,5%.\n"
    )
    result = extract_partial(text, corpus=examples())
    assert [(r.status, r.target, r.inferred) for r in result.results] == [
        ("matched", 5, ("period",)),
        ("matched", 6, ("period",)),
    ]
    assert result.results[0].result.period == Term(2020, 2025)
    codes = [i.code for i in result.issues if i.code.startswith("achievement_")]
    # Target 7 already holds a result measured on 28/3/2024 in the examples: the later
    # figure, for the whole term, replaces it and says so.
    assert codes == [
        "achievement_period_inferred",
        "achievement_conflict",
        "achievement_period_inferred",
    ]
    rows = scorecard(_with(examples(), result.records()), resolution=AN_GIANG_XI)
    assert [
        (r.key, r.status) for r in rows if r.key in ("urbanisation", "new-countryside-communes")
    ] == [
        ("urbanisation", TargetStatus.EXCEEDED),  # 44 against 43
        ("new-countryside-communes", TargetStatus.EXCEEDED),  # 81,5 against 75–80
    ]


def test_a_year_printed_before_the_value_is_when_it_was_measured() -> None:
    """A value after "năm 2024" is measured in 2024, and held against the 2025 target."""
    text = REPORT.split("Báo cáo")[0] + (
        "Nhiệm kỳ qua, Đảng bộ tỉnh đạt và vượt các chỉ tiêu Nghị quyết đề ra: tỷ lệ đô thị hóa "
        "năm 2024 đạt 42,5%.\n"
    )
    result = extract_partial(text, corpus=examples())
    (found,) = result.results
    assert (found.status, found.target, found.result.measured_on, found.result.period) == (
        "matched",
        5,
        PartialDate(2024),
        None,
    )
    rows = scorecard(_with(examples(), result.records()), resolution=AN_GIANG_XI)
    assert [r.status for r in rows if r.key == "urbanisation"] == [TargetStatus.NEAR]  # 42,5/43


def test_a_result_fitting_two_targets_is_ambiguous() -> None:
    """Without a period, GRDP per head fits the 2025 and the 2030 targets: none is chosen."""
    text = (
        "Nhiệm kỳ qua, Đảng bộ tỉnh An Giang đạt và vượt các chỉ tiêu Nghị quyết đề ra: GRDP bình "
        "quân đầu người đạt 72,5 triệu đồng.\n"
    )
    result = extract_partial(text, corpus=examples())
    (found,) = result.results
    assert (found.status, found.resolution, found.target, found.candidates) == (
        "ambiguous",
        AN_GIANG_XI,
        None,
        (1, 11),
    )
    (issue,) = [i for i in result.issues if i.code == "achievement_ambiguous"]
    assert "target 2 of" in issue.message
    assert "target 12 of" in issue.message
    assert all(d.id != AN_GIANG_XI for d in result.documents)  # nothing set, nothing printed


def test_a_text_naming_no_organisation_reports_on_no_corpus_resolution() -> None:
    """A result of no named organisation is set on no corpus target, unless one is named."""
    text = (
        "Nhiệm kỳ qua, tỉnh đạt và vượt các chỉ tiêu Nghị quyết đề ra: nhiệm kỳ 2020 – 2025, thu "
        "ngân sách 5 năm đạt 45,8 nghìn tỷ đồng.\n"
    )
    result = extract_partial(text, corpus=examples())
    assert [(r.status, r.resolution) for r in result.results] == [("unmatched", None)]
    pinned = extract_partial(text, corpus=examples(), resolution=AN_GIANG_XI)
    assert [(r.status, r.target) for r in pinned.results] == [("matched", 4)]


def test_results_of_the_past_term_never_go_to_the_new_terms_targets() -> None:
    """In a text with the new targets, past results fit no 2025 – 2030 target of the text."""
    text = REPORT + (
        "Đại hội đề ra các chỉ tiêu chủ yếu: tốc độ tăng trưởng GRDP bình quân đạt 8-8,5%/năm; "
        "GRDP bình quân đầu người đến năm 2030 đạt 115 triệu đồng/người/năm.\n"
    )
    result = extract_partial(text)
    xii = _resolution(result.documents, "nghi-quyet-dai-hoi-dang-bo-tinh-an-giang-xii")
    assert [t.achieved for t in xii.targets] == [None, None]
    assert [(r.status, r.resolution) for r in result.results[:2]] == [
        ("unmatched", AN_GIANG_XI),  # tied to the resolution it reports on, by its id
        ("unmatched", AN_GIANG_XI),
    ]
    (first, *_) = [i for i in result.issues if i.code == "achievement_unmatched"]
    assert "whose targets are not known" in first.message


def test_a_result_is_matched_to_a_target_read_from_the_same_text() -> None:
    """A mid-term review quoting its resolution's target gets the result on that target."""
    text = (
        "Nghị quyết Đại hội đại biểu Đảng bộ huyện Chợ Mới lần thứ XII, nhiệm kỳ 2020 – 2025\n"
        "Đại hội đại biểu Đảng bộ huyện Chợ Mới lần thứ XII, nhiệm kỳ 2020 – 2025 đề ra các chỉ "
        "tiêu chủ yếu: tỷ lệ lao động qua đào tạo đến năm 2025 đạt 70%; tỷ lệ hộ nghèo đến năm "
        "2025 dưới 2%.\n"
        "Nhiệm kỳ qua, Đảng bộ huyện đạt và vượt các chỉ tiêu Nghị quyết đề ra: năm 2024, tỷ lệ "
        "lao động qua đào tạo đạt 71,3%.\n"
    )
    result = extract_partial(text)
    (found,) = result.results
    assert (found.status, found.target) == ("matched", 0)
    holder = _resolution([result.document, *result.documents], found.resolution or "")
    assert str(holder.targets[0].achieved) == "71,3"
    assert result.targets[0].achieved is None  # result.targets stay the targets as read


def test_a_named_resolution_is_the_only_one_held_against() -> None:
    """resolution= pins the resolution; an id known nowhere is resolution_unknown."""
    text = REPORT.split("Báo cáo")[0] + (
        "Nhiệm kỳ qua, Đảng bộ tỉnh đạt và vượt các chỉ tiêu Nghị quyết đề ra: GRDP bình quân "
        "đầu người năm 2024 đạt 66,2 triệu đồng.\n"
    )
    result = extract_partial(text, corpus=examples(), resolution=AN_GIANG_XI)
    assert [(r.status, r.resolution, r.target) for r in result.results] == [
        ("superseded", AN_GIANG_XI, 1)  # the example's 66,24 is for 2024 too, and kept
    ]
    unmatched = extract_partial(REPORT, corpus=examples(), resolution=AN_GIANG_XI)
    assert [(r.status, r.resolution) for r in unmatched.results[2:]] == [
        ("unit-mismatch", AN_GIANG_XI),
        ("unmatched", AN_GIANG_XI),  # the poverty rate: tied to the resolution named
    ]
    with pytest.raises(ExtractionError) as caught:
        extract_partial(text, corpus=examples(), resolution="nghi-quyet-khong-co")
    assert caught.value.issues[0].code == "resolution_unknown"


def test_a_first_congress_has_no_term_before_it() -> None:
    """Results in the text of a first congress ("lần thứ I") get no inferred period."""
    text = (
        "ĐẠI HỘI ĐẢNG BỘ XÃ TÂN HƯNG LẦN THỨ I, NHIỆM KỲ 2025 – 2030\n"
        "Ngày 12/8, Đảng bộ xã Tân Hưng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030.\n"
        "Nhiệm kỳ qua, Đảng bộ xã đạt và vượt các chỉ tiêu Nghị quyết đề ra: tỷ lệ hộ nghèo còn "
        "1,9%.\n"
    )
    result = extract_partial(text, corpus=examples())
    assert [(r.status, r.resolution, r.result.when, r.inferred) for r in result.results] == [
        ("unmatched", None, None, ())
    ]


def test_a_text_without_results_is_left_as_it_was() -> None:
    """No achievement: no results, no issue, the records as the records stage made them."""
    text = REPORT.split("Báo cáo")[0]
    assert extract_partial(text, corpus=examples()) == extract_partial(text)
    assert extract_partial(text).results == []


def test_the_corpus_passed_in_is_not_changed() -> None:
    """Matching works on copies: the corpus's own resolution keeps its results."""
    corpus = _fresh_examples()
    extract_partial(REPORT, corpus=corpus)
    held = corpus.get(AN_GIANG_XI)
    assert isinstance(held, Resolution)
    assert str(held.targets[1].achieved) == "66,24"
    assert held.targets[4].achieved is None


def _with(corpus: Corpus, records: list) -> Corpus:  # type: ignore[type-arg]
    """The corpus with ``records`` in place of those of the same id."""
    replaced = {getattr(r, "id", None): r for r in records}
    out = Corpus()
    for entry in corpus:
        out.add(replaced.pop(entry.record.id, entry.record), entry.path)
    for record in replaced.values():
        out.add(record)
    return out


# ---------------------------------------------------------------------------------- command line


def _report_file(tmp_path: Path) -> Path:
    path = tmp_path / "bao-cao-chinh-tri.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_cli_prints_the_corpus_resolution_with_its_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--corpus: the An Giang XI resolution is printed with the results set; they validate."""
    code = main(["extract", str(_report_file(tmp_path)), "--corpus", str(EXAMPLES)])
    out, err = capsys.readouterr()
    assert code == 0
    assert "nghi-quyet-dai-hoi-xi.yaml, with results from" in out
    records = [loads(chunk, "yaml") for chunk in out.split("\n---\n")]
    (held,) = [r for r in records if getattr(r, "id", None) == AN_GIANG_XI]
    assert isinstance(held, Resolution)
    assert [str(t.achieved) if t.achieved else None for t in held.targets[:5]] == [
        None,
        "72,5",
        None,
        None,
        "45,8",
    ]
    assert "achievement_unit_mismatch" in err
    issues = check_corpus(_with(examples(), records))
    assert [i for i in issues if i.severity == "error"] == []


def test_cli_json_output_holds_the_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format json prints one array; the resolution's target carries achieved as data."""
    args = ["extract", str(_report_file(tmp_path)), "--corpus", str(EXAMPLES), "--format", "json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    (held,) = [r for r in data if r["id"] == AN_GIANG_XI]
    assert held["targets"][4]["achieved"] == {
        "value": "45,8",
        "unit": "nghìn tỷ đồng",
        "period": "2020 - 2025",
        "reported_in": data[0]["id"],
        "sources": [
            {"document": data[0]["id"], "note": "thu ngân sách 5 năm đạt 45,8 nghìn tỷ đồng"}
        ],
    }


def test_cli_without_a_corpus_matches_nothing_outside_the_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --corpus the results stay apart: no An Giang XI record is printed."""
    assert main(["extract", str(_report_file(tmp_path))]) == 0
    out, err = capsys.readouterr()
    assert f"id: {AN_GIANG_XI}\n" not in out
    assert err.count("achievement_unmatched") == 4


def test_cli_unknown_resolution_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--resolution naming no known resolution: resolution_unknown, exit code 1."""
    path = _report_file(tmp_path)
    code = main(["extract", str(path), "--corpus", str(EXAMPLES), "--resolution", "nghi-quyet-x"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"vnpartydoc: error: {path}: resolution_unknown: " in err


def test_cli_missing_corpus_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --corpus path that does not exist: exit code 2, said on standard error."""
    code = main(["extract", str(_report_file(tmp_path)), "--corpus", str(tmp_path / "khong-co")])
    assert code == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_cli_broken_corpus_file_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A corpus file that does not load is reported with its code and the exit code is 1."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hong.yaml").write_text("type: nghi-quyet\nid: [\n", encoding="utf-8")
    code = main(["extract", str(_report_file(tmp_path)), "--corpus", str(corpus)])
    assert code == 1
    assert "yaml_syntax" in capsys.readouterr().err


def test_cli_results_of_two_files_accumulate_on_one_resolution(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second report's result for another target joins the first's on the printed record."""
    second = tmp_path / "bao-cao-2.txt"
    second.write_text(
        REPORT.split("Báo cáo")[0]
        + "Nhiệm kỳ qua, Đảng bộ tỉnh đạt và vượt các chỉ tiêu Nghị quyết đề ra: năm 2024, tỷ lệ "
        "đô thị hóa đạt 44%.\n",
        encoding="utf-8",
    )
    args = ["extract", str(_report_file(tmp_path)), str(second), "--corpus", str(EXAMPLES)]
    assert main([*args, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (held,) = [r for r in data if r["id"] == AN_GIANG_XI]
    assert [t.get("achieved", {}).get("value") for t in held["targets"][:6]] == [
        None,
        "72,5",
        None,
        None,
        "45,8",
        "44",
    ]
