"""Tests for corpus loading (vnpartydoc.corpus) and corpus rules (vnpartydoc.validation)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pytest

from vnpartydoc.corpus import Corpus, find_files, load_corpus
from vnpartydoc.models import RECORD_TYPES
from vnpartydoc.validation import check_corpus, committee_terms, has_errors

if TYPE_CHECKING:
    from pathlib import Path

ORG = {
    "type": "to-chuc-dang",
    "id": "ag",
    "name": "Đảng bộ tỉnh An Giang",
    "level": "province",
    "issuer_code": "TU",
    "valid_from": "1976",
    "valid_to": "2025-06-30",
}
CONGRESS_X = {
    "type": "dai-hoi",
    "id": "dh-x",
    "organisation": "ag",
    "ordinal": "X",
    "term": "2015 - 2020",
    "closed_on": "2015-10-15",
}
CONGRESS_XI = {
    "type": "dai-hoi",
    "id": "dh-xi",
    "organisation": "ag",
    "ordinal": "XI",
    "term": "2020 - 2025",
    "prep_on": "2020-09-23",
    "opened_on": "2020-09-24",
    "closed_on": "2020-09-25",
}
PERSON = {
    "type": "ca-nhan",
    "id": "trinh-lam-sinh",
    "name": "TRÌNH LAM SINH",
    "titles": [
        {
            "printed": "Phó Trưởng Ban Tuyên giáo Tỉnh ủy",
            "post": "Phó Trưởng Ban",
            "organ": "Ban Tuyên giáo Tỉnh ủy",
            "organisation": "ag",
            "held_from": "2015-10",
            "held_to": "2025-06-30",
        }
    ],
}


def _doc(**extra: Any) -> dict[str, Any]:
    base = {
        "type": "chi-thi",
        "id": "ct-01",
        "title": "Chỉ thị về học tập Nghị quyết",
        "number": "01-CT/TU",
        "issuer": {"organisation": "ag", "body": "standing-board"},
        "issued_on": "2020-10-20",
    }
    return {**base, **extra}


def _corpus(*records: dict[str, Any]) -> Corpus:
    return Corpus.of(RECORD_TYPES[r["type"]].model_validate(r) for r in records)  # type: ignore[misc]


def _codes(corpus: Corpus) -> list[tuple[str, str, tuple[object, ...]]]:
    return [(i.code, i.severity, i.loc) for i in check_corpus(corpus)]


def test_a_consistent_corpus_has_no_issues() -> None:
    """A corpus whose references, numbers and dates agree passes every rule."""
    corpus = _corpus(
        ORG,
        CONGRESS_X,
        CONGRESS_XI,
        PERSON,
        _doc(
            signature={
                "mode": "T/M",
                "on_behalf_of": "Ban Thường vụ",
                "post": "Phó Bí thư",
                "person": "trinh-lam-sinh",
            }
        ),
        _doc(id="ct-02", number="02-CT/TU"),
    )
    assert check_corpus(corpus) == []
    assert len(corpus.documents) == 2
    assert corpus.resolve("01-CT/TU").id == "ct-01"  # type: ignore[union-attr]
    assert corpus.resolve("Số: 02 – CT/TU").id == "ct-02"  # type: ignore[union-attr]
    assert corpus.resolve("trinh-lam-sinh").name == "Trình Lam Sinh"  # type: ignore[union-attr]
    assert corpus.resolve("99-CT/TU") is None


def test_duplicate_ids_are_errors() -> None:
    """Two records with one id give duplicate_id."""
    assert _codes(_corpus(ORG, _doc(), _doc(number="02-CT/TU"))) == [
        ("duplicate_id", "error", ("id",))
    ]


def test_unresolved_and_mistyped_references_are_errors() -> None:
    """References to missing ids, or to records of the wrong kind, are reported."""
    doc = _doc(
        relations=[{"kind": "implements", "target": "nq-khong-co"}],
        signature={"post": "Bí thư", "person": "ag"},
    )
    codes = _codes(_corpus(ORG, doc))
    assert ("unresolved_reference", "error", ("relations", 0, "target")) in codes
    assert ("unresolved_reference", "error", ("signature", "person")) in codes


def test_numbers_are_unique_per_type_and_committee_term() -> None:
    """The same number twice in one committee term is an error; a new term restarts at 01."""
    same_term = _corpus(ORG, CONGRESS_X, CONGRESS_XI, _doc(), _doc(id="ct-b"))
    assert ("duplicate_number", "error", ("number",)) in _codes(same_term)
    other_term = _corpus(
        ORG, CONGRESS_X, CONGRESS_XI, _doc(), _doc(id="ct-b", issued_on="2016-03-01")
    )
    assert _codes(other_term) == []
    other_type = _corpus(
        ORG, CONGRESS_XI, _doc(), _doc(id="kh-01", type="ke-hoach", number="01-KH/TU")
    )
    assert _codes(other_type) == []


def test_congress_documents_share_one_series() -> None:
    """A congress numbers all its documents in one series from 01, whatever their type."""
    resolution = {
        "type": "nghi-quyet",
        "id": "nq-dh",
        "title": "Nghị quyết Đại hội",
        "number": "01-NQ/ĐH",
        "congress": "dh-xi",
        "issued_on": "2020-09-25",
        "issuer": {"organisation": "ag", "body": "congress"},
    }
    report = {key: value for key, value in resolution.items() if key != "congress"}
    report |= {"type": "bao-cao", "id": "bc-dh", "number": "01-BC/ĐH"}
    codes = _codes(_corpus(ORG, CONGRESS_XI, resolution, report))
    assert codes == [("duplicate_number", "error", ("number",))]


def test_document_dates_within_issuer_validity() -> None:
    """A document dated after its issuer ceased to exist is an error."""
    codes = _codes(_corpus(ORG, _doc(issued_on="2025-08-01")))
    assert codes == [("date_outside_issuer", "error", ("issued_on",))]


def test_document_dates_within_the_stated_committee_term() -> None:
    """A document that states its tenure (khóa) must be dated within it."""
    ok = _corpus(ORG, CONGRESS_X, CONGRESS_XI, _doc(tenure="XI"))
    assert _codes(ok) == []
    wrong = _corpus(ORG, CONGRESS_X, CONGRESS_XI, _doc(tenure=10))
    assert _codes(wrong) == [("date_outside_term", "error", ("issued_on",))]


def test_congress_resolution_dated_within_the_congress() -> None:
    """A resolution adopted by a congress is dated during the congress."""
    resolution = {
        "type": "nghi-quyet",
        "id": "nq-dh",
        "title": "Nghị quyết Đại hội",
        "congress": "dh-xi",
        "issued_on": "2020-10-25",
    }
    assert _codes(_corpus(ORG, CONGRESS_XI, resolution)) == [
        ("date_outside_congress", "error", ("issued_on",))
    ]


def test_signer_must_hold_a_title_on_the_signing_date() -> None:
    """A signer whose dated titles all lie elsewhere is an error; no titles is a warning."""
    signature = {"post": "Phó Trưởng Ban", "person": "trinh-lam-sinh"}
    late = _corpus(
        ORG,
        PERSON,
        _doc(signature=signature, issued_on="2025-06-30"),
        _doc(id="ct-9", number="09-CT/TU", signature=signature, issued_on="2014-01-02"),
    )
    assert _codes(late) == [("signer_title_not_held", "error", ("signature", "person"))]
    untitled = {**PERSON, "titles": []}
    assert _codes(_corpus(ORG, untitled, _doc(signature=signature))) == [
        ("signer_title_unknown", "warning", ("signature", "person"))
    ]


def test_target_deadlines_within_the_resolution_horizon() -> None:
    """A target due after the resolution's horizon (or before its term) is an error."""
    resolution = {
        "type": "nghi-quyet",
        "id": "nq",
        "title": "Nghị quyết",
        "term": "2020 - 2025",
        "general_goal": {
            "text": "Phấn đấu đến năm 2030 …",
            "milestones": [{"year": 2030, "text": "…"}],
        },
        "targets": [
            {"indicator": "GRDP bình quân đầu người", "value": "112–115", "deadline": 2030},
            {"indicator": "Tỷ lệ đô thị hóa", "value": "43", "deadline": 2035},
            {"indicator": "Kim ngạch xuất khẩu", "value": "5,2", "deadline": 2015},
        ],
    }
    assert _codes(_corpus(resolution)) == [
        ("target_outside_horizon", "error", ("targets", 1, "deadline")),
        ("target_outside_horizon", "error", ("targets", 2, "deadline")),
    ]


def test_unknown_type_codes_and_issuer_codes_are_warnings() -> None:
    """Unknown type codes and issuer codes that differ from the issuer's are warnings."""
    doc = _doc(type="thong-bao", number="05-TBx/TU")
    other_issuer = _doc(id="ct-2", number="02-CT/HU")
    codes = _codes(_corpus(ORG, CONGRESS_XI, doc, other_issuer))
    assert ("unknown_kind_code", "warning", ("number",)) in codes
    assert ("issuer_code_mismatch", "warning", ("number",)) in codes
    assert not has_errors(check_corpus(_corpus(ORG, CONGRESS_XI, doc, other_issuer)))


def test_committee_terms_run_from_the_day_after_closing() -> None:
    """A committee term runs from the day after its congress closes to the next closing."""
    corpus = _corpus(ORG, CONGRESS_X, CONGRESS_XI)
    terms = committee_terms(corpus.congresses)
    assert [(t.tenure, t.starts_on, t.ends_on) for t in terms] == [
        (10, dt.date(2015, 10, 16), dt.date(2020, 9, 25)),
        (11, dt.date(2020, 9, 26), None),
    ]
    assert terms[1].contains(dt.date(2024, 1, 1))
    assert not terms[0].contains(dt.date(2020, 9, 26))


def test_load_corpus_reports_bad_files_and_keeps_the_rest(tmp_path: Path) -> None:
    """A broken file becomes issues; other files load; references to it do not cascade."""
    (tmp_path / "org.yaml").write_text(
        "type: danh-muc\norganisations:\n  - id: ag\n    name: Đảng bộ tỉnh An Giang\n"
        "    level: province\n",
        encoding="utf-8",
    )
    (tmp_path / "nq.yaml").write_text(
        "type: nghi-quyet\nid: nq\ntitle: Nghị quyết\nissued_on: 2021-02-30\n", encoding="utf-8"
    )
    (tmp_path / "ct.json").write_text(
        '{"type": "chi-thi", "id": "ct", "title": "Chỉ thị", '
        '"relations": [{"kind": "implements", "target": "nq"}]}',
        encoding="utf-8",
    )
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.yaml").write_text("not: [valid", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("bỏ qua", encoding="utf-8")
    assert [p.name for p in find_files([tmp_path])] == ["ct.json", "nq.yaml", "org.yaml"]
    corpus, issues = load_corpus([tmp_path])
    assert [(i.code, i.path.name if i.path else None, i.line) for i in issues] == [
        ("date_invalid", "nq.yaml", 4)
    ]
    assert [e.record.id for e in corpus] == ["ct", "ag"]
    assert corpus.broken_ids == {"nq"}
    assert check_corpus(corpus) == []
    assert corpus.path_of("ag") == tmp_path / "org.yaml"
    assert len(corpus.organisations) == 1


@pytest.mark.parametrize("prop", ["people", "congresses", "articles"])
def test_corpus_views_are_empty_for_a_lone_organisation(prop: str) -> None:
    """Views by kind list only records of that kind."""
    assert getattr(_corpus(ORG), prop) == []


def test_sources_must_name_a_url_or_a_document() -> None:
    """An empty source, on the record or on a target, is an error."""
    resolution = {
        "type": "nghi-quyet",
        "id": "nq",
        "title": "Nghị quyết",
        "sources": [{}],
        "targets": [{"indicator": "GRDP", "sources": [{"note": "báo"}]}],
    }
    assert _codes(_corpus(resolution)) == [
        ("source_empty", "error", ("sources", 0)),
        ("source_empty", "error", ("targets", 0, "sources", 0)),
    ]


@pytest.mark.parametrize("kind", ["ke-hoach", "chien-luoc", "quy-hoach"])
def test_goal_sources_of_any_document_must_name_a_url_or_a_document(kind: str) -> None:
    """An empty source of a plan's or a strategy's general goal is an error, as a resolution's."""
    record = {
        "type": kind,
        "id": "qh",
        "title": "Quy hoạch tỉnh Thái Bình thời kỳ 2021 – 2030, tầm nhìn đến năm 2050",
        "general_goal": {
            "text": "Đến năm 2030, Thái Bình trở thành địa phương thuộc nhóm phát triển khá",
            "milestones": [{"year": 2030, "text": "thuộc nhóm phát triển khá"}],
            "sources": [{"note": "báo"}],
        },
    }
    assert _codes(_corpus(record)) == [("source_empty", "error", ("general_goal", "sources", 0))]
