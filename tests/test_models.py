"""Tests for vnpartydoc.models: invariants, NFC, unknown keys, helpers."""

from __future__ import annotations

import json
import unicodedata

import pytest
from pydantic import ValidationError

from vnpartydoc.enums import DocumentKind
from vnpartydoc.models import (
    Article,
    Congress,
    Directive,
    GenericDocument,
    GoalDocument,
    Milestone,
    Organisation,
    Person,
    Plan,
    Resolution,
    Signature,
    Target,
    Title,
)
from vnpartydoc.types import PartialDate, Quantity

RESOLUTION = {
    "type": "nghi-quyet",
    "id": "nq-dai-hoi-xi",
    "title": "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI",
}


def _code(exc: pytest.ExceptionInfo[ValidationError]) -> str:
    return str(exc.value.errors()[0]["type"])


def test_text_is_normalised_to_nfc_from_python_and_json() -> None:
    """Stores NFC whether the input arrives as Python data or JSON."""
    nfd = unicodedata.normalize("NFD", "Nghị quyết “Đại hội” – nhiệm kỳ")
    doc = Resolution.model_validate({**RESOLUTION, "title": nfd})
    assert doc.title == "Nghị quyết “Đại hội” – nhiệm kỳ"
    doc_json = Resolution.model_validate_json(json.dumps({**RESOLUTION, "title": nfd}).encode())
    assert doc_json.title == "Nghị quyết “Đại hội” – nhiệm kỳ"
    raw = json.dumps({**RESOLUTION, "title": nfd}, ensure_ascii=False)
    assert Resolution.model_validate_json(raw).title == "Nghị quyết “Đại hội” – nhiệm kỳ"


@pytest.mark.parametrize(
    ("title", "stored"),
    [
        ("  Nghị quyết “Đại hội”  ", "Nghị quyết “Đại hội”"),
        ("\u00a0Nghị quyết\n", "Nghị quyết"),
        ("Ω là \u2126", "Ω là Ω"),  # OHM SIGN: NFC turns it into GREEK CAPITAL LETTER OMEGA
        ("ĐẠI HỘI 中文", "ĐẠI HỘI 中文"),  # outside the fast ranges, kept as it is
    ],
)
def test_json_text_that_needs_cleaning_is_cleaned(title: str, stored: str) -> None:
    """model_validate_json cleans what its Rust-only first try refuses, like model_validate."""
    raw = json.dumps({**RESOLUTION, "title": title}, ensure_ascii=False).encode()
    assert Resolution.model_validate_json(raw).title == stored
    assert Resolution.model_validate({**RESOLUTION, "title": title}).title == stored


def test_json_mode_alone_refuses_text_that_needs_cleaning() -> None:
    """Pydantic's own JSON mode (the fast path) names the problem instead of storing NFD."""
    nfd = unicodedata.normalize("NFD", "Đại hội")
    raw = json.dumps({**RESOLUTION, "title": nfd}, ensure_ascii=False)
    with pytest.raises(ValidationError) as exc:
        Resolution.__pydantic_validator__.validate_json(raw)
    assert _code(exc) == "text_not_clean"
    assert exc.value.errors()[0]["loc"] == ("title",)


@pytest.mark.parametrize("text", ["Nghị\u200bquyết", "\u202eNghị quyết", "Nghị quyết\ufeff"])
def test_invisible_characters_are_rejected_from_json(text: str) -> None:
    """JSON input with invisible characters gets the same error as Python data."""
    raw = json.dumps({**RESOLUTION, "title": text}, ensure_ascii=False)
    with pytest.raises(ValidationError) as exc:
        Resolution.model_validate_json(raw)
    assert _code(exc) == "string_pattern_mismatch"


def test_whitespace_is_stripped_and_empty_text_rejected() -> None:
    """Strips surrounding whitespace; rejects text that is empty after stripping."""
    assert (
        Resolution.model_validate({**RESOLUTION, "title": "  Nghị quyết  "}).title == "Nghị quyết"
    )
    with pytest.raises(ValidationError) as exc:
        Resolution.model_validate({**RESOLUTION, "title": "   "})
    assert _code(exc) == "string_too_short"


@pytest.mark.parametrize("text", ["Nghị\u200bquyết", "\u202eNghị quyết", "Nghị quyết\ufeff"])
def test_invisible_characters_are_rejected(text: str) -> None:
    """Rejects zero-width and bidirectional control characters in text."""
    with pytest.raises(ValidationError) as exc:
        Resolution.model_validate({**RESOLUTION, "title": text})
    assert _code(exc) == "string_pattern_mismatch"


@pytest.mark.parametrize(
    "bad_id", ["../../etc/passwd", "Nghị-quyết", "a b", "A1", "-a", "a--b", "a\u200bb", ""]
)
def test_ids_are_ascii_slugs(bad_id: str) -> None:
    """Rejects ids that are not lower-case ASCII slugs (no traversal, no invisible chars)."""
    with pytest.raises(ValidationError):
        Resolution.model_validate({**RESOLUTION, "id": bad_id})


def test_unknown_keys_are_rejected() -> None:
    """Rejects keys the model does not know (extra_forbidden)."""
    with pytest.raises(ValidationError) as exc:
        Resolution.model_validate({**RESOLUTION, "titel": "x"})
    assert _code(exc) == "extra_forbidden"


@pytest.mark.parametrize(
    ("kind", "number", "ok"),
    [
        ("nghi-quyet", "01-NQ/TU", True),
        ("nghi-quyet", "45-CT/TW", False),
        ("quy-dinh", "66-QĐ/TW", True),
        ("quyet-dinh", "328-QĐ/TW", True),
        ("quy-dinh", "08-QĐi/TW", True),
        ("quyet-dinh", "08-QĐi/TW", False),
        ("chuong-trinh", "147-CTHĐ/TU", True),
        ("ket-luan", "24-BS/UBKTTU", True),
        ("ket-luan", "01-XYZ/TU", True),
    ],
)
def test_number_type_code_must_fit_the_document_kind(kind: str, number: str, ok: bool) -> None:
    """A known type code must fit the kind; unknown codes are accepted (warned elsewhere)."""
    model = {"nghi-quyet": Resolution, "chi-thi": Directive}.get(kind, GenericDocument)
    data = {**RESOLUTION, "type": kind, "number": number}
    if ok:
        assert str(model.model_validate(data).number) == number
    else:
        with pytest.raises(ValidationError) as exc:
            model.model_validate(data)
        assert _code(exc) == "number_kind_mismatch"
        # From JSON too, the fast way and the exact way alike.
        with pytest.raises(ValidationError) as exc:
            model.model_validate_json(json.dumps(data, ensure_ascii=False))
        assert _code(exc) == "number_kind_mismatch"


def test_number_kind_mismatch_points_at_the_number_where_the_kind_is_fixed() -> None:
    """Resolutions, directives and plans report the number field; other kinds the record."""
    data = {**RESOLUTION, "type": "chi-thi", "number": "01-NQ/TU"}
    with pytest.raises(ValidationError) as exc:
        Directive.model_validate(data)
    assert exc.value.errors()[0]["loc"] == ("number",)
    assert "does not fit a directive" in exc.value.errors()[0]["msg"]
    with pytest.raises(ValidationError) as exc:
        GenericDocument.model_validate({**data, "type": "ket-luan", "number": "01-NQ/TU"})
    assert exc.value.errors()[0]["loc"] == ()
    assert "does not fit a conclusion" in exc.value.errors()[0]["msg"]


def test_document_kind_and_labels() -> None:
    """Exposes the kind with its Vietnamese label, English label and code."""
    doc = Resolution.model_validate(RESOLUTION)
    assert doc.kind is DocumentKind.RESOLUTION
    assert (doc.kind.label, doc.kind.label_en, doc.kind.abbreviation) == (
        "Nghị quyết",
        "Resolution",
        "NQ",
    )
    article = Article.model_validate({"type": "bai-viet", "id": "a", "title": "Bài viết"})
    assert article.kind is None


def test_all_25_document_types_are_modelled() -> None:
    """Every one of the 25 types (plus admin papers) has a label, English label and model."""
    from vnpartydoc.models import RECORD_TYPES

    assert len(DocumentKind) == 26
    for kind in DocumentKind:
        assert kind.label
        assert kind.label_en
        assert kind.value in RECORD_TYPES
        model = RECORD_TYPES[kind.value]
        doc = model.model_validate({**RESOLUTION, "type": kind.value})
        assert doc.kind is kind  # type: ignore[attr-defined]


def test_congress_reads_roman_ordinals_and_checks_dates() -> None:
    """Reads 'XI', shows Roman numerals, and rejects dates out of order."""
    congress = Congress.model_validate(
        {
            "id": "dai-hoi-xi",
            "organisation": "dang-bo-tinh-an-giang",
            "ordinal": "XI",
            "term": "2020–2025",
            "prep_on": "23/9/2020",
            "opened_on": "2020-09-24",
            "closed_on": "ngày 25 tháng 9 năm 2020",
        }
    )
    assert (congress.ordinal, congress.roman, str(congress.term)) == (11, "XI", "2020 - 2025")
    assert str(congress.closed_on) == "2020-09-25"
    with pytest.raises(ValidationError) as exc:
        Congress.model_validate(
            {
                "id": "c",
                "organisation": "o",
                "ordinal": 11,
                "term": "2020 - 2025",
                "opened_on": "2020-09-25",
                "closed_on": "2020-09-23",
            }
        )
    assert _code(exc) == "date_order"
    assert exc.value.errors()[0]["loc"] == ("closed_on",)
    assert exc.value.errors()[0]["msg"] == ("closed_on: 2020-09-23 is before 2020-09-25")


@pytest.mark.parametrize(
    ("ordinal", "code"),
    [(0, "ordinal_range"), ("-1", "ordinal_format"), ("mười", "ordinal_format")],
)
def test_congress_rejects_bad_ordinals(ordinal: object, code: str) -> None:
    """Rejects ordinal 0 and unreadable ordinals."""
    with pytest.raises(ValidationError) as exc:
        Congress.model_validate(
            {"id": "c", "organisation": "o", "ordinal": ordinal, "term": "2020 - 2025"}
        )
    assert _code(exc) == code


def test_person_all_caps_name_keeps_byline() -> None:
    """An ALL-CAPS name becomes proper case and the printed form stays in byline."""
    person = Person.model_validate({"id": "trinh-lam-sinh", "name": "TRÌNH LAM SINH"})
    assert (person.name, person.byline) == ("Trình Lam Sinh", "TRÌNH LAM SINH")
    again = Person.model_validate(person.model_dump())
    assert again == person


def test_titles_are_dated() -> None:
    """A title is held between its dates; unknown dates answer None."""
    title = Title(
        printed="Phó Trưởng Ban Tuyên giáo Tỉnh ủy",
        post="Phó Trưởng Ban",
        organ="Ban Tuyên giáo Tỉnh ủy",
        held_from=PartialDate(2015, 10),
        held_to=PartialDate(2025, 6, 30),
    )
    assert title.held_on(PartialDate(2020, 9, 25)) is True
    assert title.held_on(PartialDate(2015, 9, 30)) is False
    assert title.held_on(PartialDate(2025, 7, 1)) is False
    undated = Title(printed="Tỉnh ủy viên", post="Tỉnh ủy viên")
    assert undated.held_on(PartialDate(2020)) is None
    person = Person(id="p", name="Trình Lam Sinh", titles=[title, undated])
    assert person.titles_on(PartialDate(2026)) == [undated]
    with pytest.raises(ValidationError) as exc:
        Title(printed="x", post="x", held_from=PartialDate(2020), held_to=PartialDate(2019))
    assert _code(exc) == "date_order"


def test_organisation_validity_in_order() -> None:
    """Rejects an organisation that ends before it starts."""
    with pytest.raises(ValidationError) as exc:
        Organisation.model_validate(
            {
                "id": "o",
                "name": "Đảng bộ tỉnh",
                "level": "province",
                "valid_from": "2025-07-01",
                "valid_to": "2025-06-30",
            }
        )
    assert _code(exc) == "date_order"
    assert exc.value.errors()[0]["loc"] == ("valid_to",)


def test_signature_needs_a_signer() -> None:
    """Rejects an empty signature block."""
    with pytest.raises(ValidationError) as exc:
        Signature.model_validate({"mode": "T/M"})
    assert _code(exc) == "signature_empty"
    sig = Signature.model_validate(
        {
            "mode": "T/M",
            "on_behalf_of": "Ban Thường vụ",
            "post": "Phó Bí thư",
            "name": "Nguyễn Văn A",
        }
    )
    assert sig.mode is not None
    assert (sig.mode.value, sig.mode.label) == ("T/M", "thay mặt")


def test_resolution_horizon_and_target_year() -> None:
    """The horizon comes from milestones, the horizon field or the term; targets know their year."""
    doc = Resolution.model_validate(
        {
            **RESOLUTION,
            "term": "2020 - 2025",
            "general_goal": {
                "text": "Phấn đấu …",
                "milestones": [{"year": 2025, "text": "a"}, {"year": 2030, "text": "b"}],
            },
            "targets": [
                {"indicator": "Tỷ lệ đô thị hóa", "value": "43", "unit": "%", "deadline": 2025},
                {
                    "indicator": "Tổng vốn đầu tư",
                    "value": "164.000–176.000",
                    "unit": "tỷ đồng",
                    "period": "2020 - 2025",
                },
                {"indicator": "Giữ vững quốc phòng, an ninh"},
            ],
        }
    )
    assert doc.horizon_year() == 2030
    assert [t.year for t in doc.targets] == [2025, 2025, None]
    assert doc.targets[1].value == Quantity.parse("164.000-176.000")
    assert Resolution.model_validate(RESOLUTION).horizon_year() is None
    assert isinstance(doc.general_goal.milestones[0], Milestone)  # type: ignore[union-attr]


GOAL = {
    "text": "Đến năm 2030, Hậu Giang trở thành tỉnh công nghiệp đạt mức khá của vùng đồng bằng "
    "sông Cửu Long; đến năm 2050, Hậu Giang là tỉnh có trình độ phát triển khá của cả nước",
    "milestones": [
        {"year": 2030, "text": "Hậu Giang trở thành tỉnh công nghiệp đạt mức khá"},
        {"year": 2050, "text": "Hậu Giang là tỉnh có trình độ phát triển khá của cả nước"},
    ],
}


@pytest.mark.parametrize(
    ("model", "kind"),
    [(Plan, "ke-hoach"), (GenericDocument, "quy-hoach"), (GenericDocument, "chien-luoc"),
     (GenericDocument, "chuong-trinh"), (GenericDocument, "de-an"), (Resolution, "nghi-quyet")],
)  # fmt: skip
def test_goal_documents_hold_a_general_goal(model: type[GoalDocument], kind: str) -> None:
    """Plans, strategies, programmes, schemes and plannings state a dated goal as resolutions do."""
    title = "QUY HOẠCH TỈNH HẬU GIANG THỜI KỲ 2021 – 2030, TẦM NHÌN ĐẾN NĂM 2050"
    doc = model.model_validate({"type": kind, "id": "qh", "title": title, "general_goal": GOAL})
    assert isinstance(doc, GoalDocument)
    assert doc.general_goal is not None
    assert [m.year for m in doc.general_goal.milestones] == [2030, 2050]
    assert doc.general_goal.last_year == 2050
    assert model.model_validate_json(doc.model_dump_json()) == doc


def test_a_directive_states_no_general_goal() -> None:
    """A directive orders how a line is carried out: a general goal is an unknown key."""
    directive = {"type": "chi-thi", "id": "ct", "title": "Chỉ thị", "general_goal": GOAL}
    with pytest.raises(ValidationError) as exc:
        Directive.model_validate(directive)
    assert _code(exc) == "extra_forbidden"
    del directive["general_goal"]
    assert not isinstance(Directive.model_validate(directive), GoalDocument)


def test_targets_reject_reversed_ranges() -> None:
    """Rejects a target whose range runs backwards."""
    with pytest.raises(ValidationError) as exc:
        Target.model_validate({"indicator": "GRDP", "value": "7–6,5"})
    assert _code(exc) == "range_order"


def test_models_are_frozen() -> None:
    """Models are immutable value objects."""
    doc = Resolution.model_validate(RESOLUTION)
    with pytest.raises(ValidationError):
        doc.title = "khác"  # type: ignore[misc]


def test_urls_must_be_http() -> None:
    """Rejects javascript: and other non-http(s) source URLs."""
    for bad in ["javascript:alert(1)", "data:text/html,x", "ftp://a", "https://a b"]:
        with pytest.raises(ValidationError):
            Resolution.model_validate({**RESOLUTION, "sources": [{"url": bad}]})


def test_model_validate_json_reads_fractions_exactly() -> None:
    """JSON numbers with a fraction keep every digit (pydantic alone would round them)."""
    target = Target.model_validate_json(b'{"indicator": "GRDP", "value": 0.1000000000000000055}')
    assert str(target.value) == "0,1000000000000000055"
    assert Target.model_validate_json('{"indicator": "Tỷ lệ", "value": 43}').value == Quantity.of(
        43
    )
