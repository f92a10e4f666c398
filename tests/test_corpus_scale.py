"""Corpus rules at scale: lookups by scope, suggestions for near ids, broken files kept apart."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from vnpartydoc.corpus import Corpus, Entry, load_corpus
from vnpartydoc.models import RECORD_TYPES
from vnpartydoc.validation import check_corpus

if TYPE_CHECKING:
    from pathlib import Path


def _record(data: dict[str, Any]) -> Any:
    return RECORD_TYPES[data["type"]].model_validate(data)


def _org(index: int) -> dict[str, Any]:
    return {"type": "to-chuc-dang", "id": f"dang-bo-tinh-{index}", "issuer_code": "TU",
            "name": f"Đảng bộ tỉnh Số {index}", "level": "province"}  # fmt: skip


def _congress(index: int, ordinal: int, closed: str) -> dict[str, Any]:
    return {"type": "dai-hoi", "id": f"dai-hoi-{index}-{ordinal}", "ordinal": ordinal,
            "organisation": f"dang-bo-tinh-{index}", "closed_on": closed,
            "term": f"{closed[:4]} - {int(closed[:4]) + 5}"}  # fmt: skip


def _directive(index: int, doc: str, number: str, issued: str) -> dict[str, Any]:
    issuer = {"organisation": f"dang-bo-tinh-{index}", "body": "standing-board"}
    return {"type": "chi-thi", "id": doc, "number": number, "issued_on": issued,
            "title": "Chỉ thị của Ban Thường vụ Tỉnh ủy về công tác cán bộ",
            "issuer": issuer}  # fmt: skip


def test_numbering_scopes_stay_with_their_organisation() -> None:
    """Equal numbers clash only within one organisation's committee term, among many provinces."""
    records: list[dict[str, Any]] = []
    for index in range(30):
        records += [_org(index), _congress(index, 11, "2015-10-18"),
                    _congress(index, 12, "2020-10-16"),
                    _directive(index, f"ct-{index}-a", "05-CT/TU", "2018-03-02"),
                    _directive(index, f"ct-{index}-b", "05-CT/TU", "2021-03-02")]  # fmt: skip
    records.append(_directive(7, "ct-7-c", "05-CT/TU", "2019-12-31"))  # term XI again
    records.append({**_directive(9, "ct-9-c", "05-CT/TU", "2022-01-04"), "tenure": 11})
    corpus = Corpus.of(_record(r) for r in records)
    found = [(i.code, i.path, i.loc, i.message) for i in check_corpus(corpus)]
    assert found == [
        ("date_outside_term", None, ("issued_on",),
         "dated 2022-01-04 but committee term 11 ran from 2015-10-19 to 2020-10-16"),
        ("duplicate_number", None, ("number",),
         "number '05-CT/TU' is already used by 'ct-7-a' in the same numbering scope"),
        ("duplicate_number", None, ("number",),
         "number '05-CT/TU' is already used by 'ct-9-a' in the same numbering scope"),
    ]  # fmt: skip


def test_congress_documents_are_scoped_by_the_congress_sitting_then() -> None:
    """A congress resolution without a congress id is numbered within the congress of its date."""
    congress = {**_congress(1, 12, "2020-10-16"), "opened_on": "2020-10-14"}
    resolution = {"type": "nghi-quyet", "number": "01-NQ/ĐH", "issued_on": "2020-10-16",
                  "title": "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XII",
                  "issuer": {"organisation": "dang-bo-tinh-1", "body": "congress"}}  # fmt: skip
    other = {**resolution, "issuer": {"organisation": "dang-bo-tinh-2", "body": "congress"}}
    records = [_org(1), _org(2), congress, {**_congress(2, 12, "2020-10-16"),
               "opened_on": "2020-10-14"}, {**resolution, "id": "nq-1"},
               {**other, "id": "nq-2"}, {**resolution, "id": "nq-1-lai"}]  # fmt: skip
    issues = check_corpus(Corpus.of(_record(r) for r in records))
    assert [(i.code, i.message) for i in issues] == [
        ("duplicate_number",
         "number '01-NQ/ĐH' is already used by 'nq-1' in the same numbering scope")
    ]  # fmt: skip


DID_YOU_MEAN = [
    ("dang-bo-tinh-an-giag", "'dang-bo-tinh-an-giang'"),  # a letter left out
    ("dang-bo-tinh-an-giangg", "'dang-bo-tinh-an-giang'"),  # a letter too many
    ("dang-bo-tihn-an-giang", "'dang-bo-tinh-an-giang'"),  # two letters swapped
    ("dang-bo-thanh-pho-can-tho", None),  # same start, different place
    ("xang-bo-tinh-an-giang", "'dang-bo-tinh-an-giang'"),  # the first letter changed
    ("dang-bo-tinh-kien-giang-2025", None),  # nothing close
]


@pytest.mark.parametrize(("target", "suggested"), DID_YOU_MEAN, ids=[t for t, _ in DID_YOU_MEAN])
def test_unresolved_reference_suggests_an_id_one_letter_off(
    target: str, suggested: str | None
) -> None:
    """An unknown id one edit from a known id of the right kind gets a 'did you mean'."""
    org = {**_org(0), "id": "dang-bo-tinh-an-giang"}
    person = {"type": "ca-nhan", "id": "dang-bo-tinh-an-gian", "name": "Nguyễn Văn An"}
    congress = {"type": "dai-hoi", "id": "dh", "organisation": target, "ordinal": 11,
                "term": "2020 - 2025"}  # fmt: skip
    issues = check_corpus(Corpus.of(_record(r) for r in (org, person, congress)))
    assert [i.code for i in issues] == ["unresolved_reference"]
    expected = f"no record has id {target!r}"
    if suggested is not None:
        expected += f"; did you mean {suggested}?"
    assert issues[0].message == expected


def test_did_you_mean_picks_the_right_kind() -> None:
    """The suggestion is a record of the kind the field expects (a person, not a document)."""
    person = {"type": "ca-nhan", "id": "to-lam", "name": "Tô Lâm"}
    directive = {"type": "chi-thi", "id": "to-lan", "title": "Chỉ thị",
                 "signature": {"person": "to-lamm", "name": "Tô Lâm"}}  # fmt: skip
    issues = check_corpus(Corpus.of(_record(r) for r in (person, directive)))
    assert [i.message for i in issues] == ["no record has id 'to-lamm'; did you mean 'to-lam'?"]


BROKEN = {
    "cut.json": '{\n  "type": "to-chuc-dang",\n  "id": "dang-bo-tinh-an-giang",\n  "name": "Đảng',
    "cut.yaml": "type: danh-muc\npeople:\n  - id: trinh-lam-sinh\n    name: 'TRÌNH LAM SINH\n",
    "min.json": '{"type":"dai-hoi","id":"dai-hoi-xi","organisation":[}',
}
HEALTHY = {
    "ct.yaml": "type: chi-thi\nid: ct\ntitle: Chỉ thị\nissuer:\n"
               "  organisation: dang-bo-tinh-an-giang\n  body: standing-board\n"
               "signature:\n  person: trinh-lam-sinh\n  name: Trình Lam Sinh\n"
               "sources:\n  - document: dai-hoi-xi\n  - document: khong-co\n",
}  # fmt: skip


def test_an_unparsable_file_is_reported_once_on_itself(tmp_path: Path) -> None:
    """Ids an unparsable file declares are not reported again as unresolved elsewhere."""
    for name, text in {**BROKEN, **HEALTHY}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus, load_issues = load_corpus([tmp_path])
    assert sorted(i.path.name for i in load_issues if i.path) == sorted(BROKEN)
    assert corpus.broken_ids == {"dang-bo-tinh-an-giang", "trinh-lam-sinh", "dai-hoi-xi"}
    issues = check_corpus(corpus)
    assert [(i.code, i.path.name if i.path else None, i.loc) for i in issues] == [
        ("unresolved_reference", "ct.yaml", ("sources", 1, "document"))
    ]


def test_corpus_lookups_follow_added_records() -> None:
    """Lookups by id and number see records added after an earlier lookup."""
    corpus = Corpus.of([_record(_org(1))])
    assert corpus.get("ct") is None
    corpus.add(_record(_directive(1, "ct", "05-CT/TU", "2021-03-02")))
    assert corpus.get("ct") is not None
    assert [d.id for d in corpus.by_number("5 – CT/TU")] == ["ct"]
    assert corpus.resolve("05-CT/TU") is corpus.get("ct")
    corpus.entries.append(Entry(_record(_directive(2, "ct-2", "05-CT/TU", "2021-03-02"))))
    assert corpus.resolve("05-CT/TU") is None  # two documents now share the number
    assert corpus.path_of("ct-2") is None


def test_generated_corpus_validates_cleanly(tmp_path: Path) -> None:
    """The benchmark's generated records are valid and break no corpus rule."""
    import importlib.util
    from pathlib import Path as RealPath

    spec = importlib.util.spec_from_file_location(
        "corpus_benchmark", RealPath(__file__).parent.parent / "benchmarks" / "corpus.py"
    )
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.generate(250, tmp_path, broken=0.0, seed=1) == 0
    corpus, issues = load_corpus([tmp_path])
    assert issues == []
    assert len(corpus) == 250
    assert check_corpus(corpus) == []
    assert json.loads(next(tmp_path.rglob("*.json")).read_text(encoding="utf-8"))["type"]
