"""Tests for vnpartydoc.serialization: load/dump, errors with locations, safety limits."""

from __future__ import annotations

import json
import unicodedata
from typing import TYPE_CHECKING

import pytest

from vnpartydoc import Organisation, Resolution
from vnpartydoc.errors import DocumentLoadError, DocumentValidationError, OutputError
from vnpartydoc.serialization import (
    Limits,
    dump,
    dumps,
    format_of,
    load,
    loads,
    locate,
    parse,
    to_data,
    validate_data,
    write_atomic,
)

if TYPE_CHECKING:
    from pathlib import Path

YAML_DOC = """\
type: nghi-quyet
id: nq-dai-hoi-xi
number: "Số: 01-NQ/ĐH"
title: Nghị quyết Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI
issued_on: 2020-09-25
term: 2020 – 2025
targets:
  - indicator: Tốc độ tăng trưởng GRDP bình quân
    value: 6,5-7
    unit: "%/năm"
    period: 2020-2025
tags: [“học tập”, đại hội]
"""


def _issue(
    exc: pytest.ExceptionInfo[DocumentLoadError] | pytest.ExceptionInfo[DocumentValidationError],
):  # type: ignore[no-untyped-def]
    return exc.value.issues[0]


def test_loads_yaml_normalises_values() -> None:
    """Reads YAML, keeping dates as text and canonicalising numbers, terms and ranges."""
    doc = loads(YAML_DOC, "yaml", lenient=True)
    assert isinstance(doc, Resolution)
    assert str(doc.number) == "01-NQ/ĐH"
    assert str(doc.issued_on) == "2020-09-25"
    assert str(doc.term) == "2020 - 2025"
    assert str(doc.targets[0].value) == "6,5–7"
    assert doc.tags == ["“học tập”", "đại hội"]


def test_loads_refuses_lenient_notations_in_files() -> None:
    """Without lenient=True, each lenient notation is not_canonical at its own field."""
    with pytest.raises(DocumentValidationError) as exc:
        loads(YAML_DOC, "yaml")
    found = [(i.code, i.json_path, i.line) for i in exc.value.issues]
    assert found == [
        ("not_canonical", "$.number", 3),
        ("not_canonical", "$.term", 6),
        ("not_canonical", "$.targets[0].value", 9),
        ("not_canonical", "$.targets[0].period", 11),
    ]
    assert "write '2020 - 2025'" in exc.value.issues[1].message


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_round_trip_is_lossless_and_byte_stable(fmt: str) -> None:
    """Load → dump → load is equal, and dumping twice gives the same text."""
    doc = loads(YAML_DOC, "yaml", lenient=True)
    text = dumps(doc, fmt)  # type: ignore[arg-type]
    again = loads(text, fmt)  # type: ignore[arg-type]
    assert again == doc
    assert dumps(again, fmt) == text  # type: ignore[arg-type]


def test_dumps_keeps_diacritics_and_canonical_order() -> None:
    r"""Writes diacritics as they are (no \\u escapes), type first, sources and tags last."""
    doc = loads(YAML_DOC + "sources:\n  - url: https://example.org/a\n", "yaml", lenient=True)
    yaml_text = dumps(doc, "yaml")
    assert "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI" in yaml_text
    assert "\\u" not in yaml_text
    keys = list(json.loads(dumps(doc, "json")))
    assert keys[0] == "type"
    assert keys[-2:] == ["sources", "tags"]
    assert "issued_on: '2020-09-25'" in yaml_text


def test_dumps_yaml_writes_the_editor_modeline() -> None:
    """Puts the yaml-language-server modeline first when asked."""
    text = dumps(loads(YAML_DOC, "yaml", lenient=True), "yaml", modeline="../schema.json")
    assert text.startswith("# yaml-language-server: $schema=../schema.json\n")
    assert loads(text, "yaml") == loads(YAML_DOC, "yaml", lenient=True)


def test_schema_key_is_accepted_and_kept() -> None:
    """A $schema key is accepted for editors and survives the round trip."""
    data = {
        "$schema": "../schema.json",
        "type": "to-chuc-dang",
        "id": "tw",
        "name": "Đảng Cộng sản Việt Nam",
        "level": "central",
    }
    org = loads(json.dumps(data), "json")
    assert isinstance(org, Organisation)
    assert org.schema_ == "../schema.json"
    assert to_data(org) == data


def test_nfd_input_is_normalised_in_both_formats() -> None:
    """NFD text (legitimate input) is accepted and stored in NFC."""
    nfd = unicodedata.normalize("NFD", YAML_DOC)
    assert loads(nfd, "yaml", lenient=True) == loads(YAML_DOC, "yaml", lenient=True)
    as_json = json.dumps(to_data(loads(YAML_DOC, "yaml", lenient=True)), ensure_ascii=False)
    assert loads(unicodedata.normalize("NFD", as_json).encode(), "json") == loads(
        YAML_DOC, "yaml", lenient=True
    )
    escaped = json.dumps(json.loads(unicodedata.normalize("NFD", as_json)))  # \u escapes
    assert loads(escaped, "json") == loads(YAML_DOC, "yaml", lenient=True)


def test_bom_and_crlf_are_accepted() -> None:
    """A UTF-8 BOM and Windows line ends load like plain text."""
    crlf = YAML_DOC.replace("\n", "\r\n")
    assert loads(b"\xef\xbb\xbf" + crlf.encode(), "yaml", lenient=True) == loads(
        YAML_DOC, "yaml", lenient=True
    )
    as_json = dumps(loads(YAML_DOC, "yaml", lenient=True), "json").replace("\n", "\r\n")
    assert loads(b"\xef\xbb\xbf" + as_json.encode(), "json") == loads(
        YAML_DOC, "yaml", lenient=True
    )


@pytest.mark.parametrize(
    ("text", "fmt", "code", "line", "column"),
    [
        ('{"type": "nghi-quyet", "id": "a", "id": "b"}', "json", "duplicate_key", 1, 35),
        ("type: nghi-quyet\nid: a\nid: b\n", "yaml", "duplicate_key", 3, 1),
        ('{"type": "nghi-quyet",\n "id": ', "json", "json_syntax", 2, 7),
        ("type: [nghi-quyet\n", "yaml", "yaml_syntax", 1, 7),  # the bracket left open
        ("!!python/object/apply:os.system ['true']\n", "yaml", "yaml_tag", 1, 1),
        ("a: !!binary aGVsbG8=\n", "yaml", "yaml_tag", 1, 4),
        ("base: &b {x: 1}\nc:\n  <<: *b\n", "yaml", "yaml_tag", 3, 3),
        ("? [a, b]\n: 1\n", "yaml", "key_type", 1, 3),
        ("", "yaml", "empty_file", 1, 1),
        ('{"a": NaN}', "json", "json_syntax", 1, 7),
    ],
)
def test_parse_errors_have_codes_and_positions(
    text: str, fmt: str, code: str, line: int, column: int
) -> None:
    """Syntax errors, duplicate keys and unsafe tags give a stable code, line and column."""
    with pytest.raises(DocumentLoadError) as exc:
        loads(text, fmt)  # type: ignore[arg-type]
    issue = _issue(exc)
    assert (issue.code, issue.line, issue.column) == (code, line, column)


def test_invalid_utf8_is_reported_with_its_position() -> None:
    """Bytes that are not UTF-8 give the 'encoding' code and where they are."""
    for fmt in ("json", "yaml"):
        data = "type: nghi-quyet\ntitle: Nghị quyết\n".encode() + b"id: \xff\n"
        if fmt == "json":
            data = b'{"type": "nghi-quyet",\n "id": "\xff"}'
        with pytest.raises(DocumentLoadError) as exc:
            loads(data, fmt)  # type: ignore[arg-type]
        assert _issue(exc).code == "encoding"
        assert _issue(exc).line is not None


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_lone_surrogates_in_str_input_are_an_encoding_issue(fmt: str) -> None:
    """A str holding a lone surrogate (not text) is reported, not raised as UnicodeEncodeError."""
    text = (
        '{"type": "nghi-quyet",\n "id": "a", "title": "Nghị quyết \ud800"}'
        if fmt == "json"
        else "type: nghi-quyet\nid: a\ntitle: Nghị quyết \ud800\n"
    )
    with pytest.raises(DocumentLoadError) as exc:
        loads(text, fmt)  # type: ignore[arg-type]
    issue = _issue(exc)
    assert issue.code == "encoding"
    assert (issue.line, issue.column) == ((2, 34) if fmt == "json" else (3, 19))
    assert "U+D800" in issue.message


def test_invalid_utf8_in_json_is_reported_at_its_offset() -> None:
    """The JSON parser refuses invalid UTF-8; the issue still names the byte and its offset."""
    with pytest.raises(DocumentLoadError) as exc:
        loads(b'{"type": "nghi-quyet", "id": "a", "title": "Ngh\xe1\xbb"}', "json")
    issue = _issue(exc)
    assert issue.code == "encoding"
    assert issue.message.startswith("byte 0xe1 at offset 47 is not UTF-8")


def test_alias_bomb_is_stopped_by_the_node_limit() -> None:
    """A billion-laughs document fails with too_many_nodes instead of exhausting memory."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    with pytest.raises(DocumentLoadError) as exc:
        loads("\n".join(lines) + "\n", "yaml", limits=Limits(max_nodes=10_000))
    assert _issue(exc).code == "too_many_nodes"


def test_deep_nesting_is_rejected() -> None:
    """Nesting beyond the limit fails with nesting_too_deep in both formats."""
    with pytest.raises(DocumentLoadError) as exc:
        loads("a: " + "[" * 100 + "]" * 100 + "\n", "yaml")
    assert _issue(exc).code == "nesting_too_deep"
    with pytest.raises(DocumentLoadError) as exc:
        loads("[" * 5000 + "]" * 5000, "json")
    assert _issue(exc).code == "nesting_too_deep"


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    """A file over Limits.max_bytes is rejected from its size, not read."""
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(2_000_000)
    with pytest.raises(DocumentLoadError) as exc:
        load(big, limits=Limits(max_bytes=1_000_000))
    assert _issue(exc).code == "file_too_large"
    with pytest.raises(DocumentLoadError) as exc:
        loads("x" * 200, "json", limits=Limits(max_bytes=100))
    assert _issue(exc).code == "file_too_large"


@pytest.mark.parametrize(
    ("text", "code", "loc", "line"),
    [
        (
            "type: nghi-quyet\nid: nq\ntitle: a\nissued_on: 2021-02-31\n",
            "date_invalid",
            ("issued_on",),
            4,
        ),
        ("type: nghi-quyet\nid: nq\n", "missing", ("title",), 1),
        (
            "type: nghi-quyet\nid: nq\ntitle: a\ntargets:\n  - indicator: x\n    valeu: 1\n",
            "extra_forbidden",
            ("targets", 0, "valeu"),
            6,
        ),
        (
            "type: dai-hoi\nid: c\norganisation: o\nordinal: 0\nterm: 2020 - 2025\n",
            "ordinal_range",
            ("ordinal",),
            4,
        ),
        (
            "type: dai-hoi\nid: c\norganisation: o\nordinal: 11\nterm: 2025 - 2020\n",
            "term_order",
            ("term",),
            5,
        ),
        ("type: nghi-quyet\nid: ../../etc\ntitle: a\n", "id_format", ("id",), 2),
        (
            'type: nghi-quyet\nid: a\ntitle: "Nghị\u200bquyết"\n',
            "invisible_character",
            ("title",),
            3,
        ),
        (
            "type: nghi-quyet\nid: a\ntitle: a\nsources:\n  - url: javascript:alert(1)\n",
            "url_format",
            ("sources", 0, "url"),
            5,
        ),
    ],
)
def test_validation_errors_locate_the_field(
    text: str, code: str, loc: tuple[object, ...], line: int
) -> None:
    """Field errors carry the code, the JSON path and the line in the file."""
    with pytest.raises(DocumentValidationError) as exc:
        loads(text, "yaml")
    issue = _issue(exc)
    assert (issue.code, issue.loc, issue.line) == (code, loc, line)


def test_json_validation_errors_locate_the_field() -> None:
    """JSON field errors get line and column from the text."""
    text = '{\n  "type": "nghi-quyet",\n  "id": "nq",\n  "title": "a",\n  "number": "1/2"\n}'
    with pytest.raises(DocumentValidationError) as exc:
        loads(text, "json")
    issue = _issue(exc)
    assert (issue.code, issue.loc, issue.line, issue.column) == (
        "document_number_format",
        ("number",),
        5,
        3,
    )
    assert issue.format() == (
        "<input>:5:3: document_number_format: invalid document number '1/2'; expected like "
        "'01-NQ/TU' (at $.number)"
    )


def test_unknown_keys_get_a_did_you_mean_hint() -> None:
    """An unknown key close to a known one is named in the message."""
    with pytest.raises(DocumentValidationError) as exc:
        loads("type: nghi-quyet\nid: nq\ntitel: Nghị quyết\n", "yaml")
    messages = [i.message for i in exc.value.issues]
    assert "unknown key 'titel'; did you mean 'title'?" in messages


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({"id": "x"}, "type_missing"),
        ({"type": "nghi-quyett"}, "type_unknown"),
        ([1], "record_type"),
    ],
)
def test_record_type_errors(data: object, code: str) -> None:
    """Files without a known type key are rejected with a clear code."""
    with pytest.raises(DocumentValidationError) as exc:
        validate_data(data)
    assert _issue(exc).code == code
    if code == "type_unknown":
        assert "did you mean 'nghi-quyet'?" in _issue(exc).message


def test_format_of_suffixes() -> None:
    """Infers the format from the suffix and rejects others."""
    assert [format_of(p) for p in ("a.json", "a.YAML", "a.yml")] == ["json", "yaml", "yaml"]
    with pytest.raises(DocumentLoadError) as exc:
        format_of("a.txt")
    assert _issue(exc).code == "format_unknown"


def test_dump_writes_atomically_and_refuses_to_overwrite(tmp_path: Path) -> None:
    """Dump writes the whole file or nothing and refuses to overwrite unless told."""
    doc = loads(YAML_DOC, "yaml", lenient=True)
    out = tmp_path / "sub" / "nq.json"
    dump(doc, out)
    assert load(out) == doc
    with pytest.raises(OutputError) as exc:
        dump(doc, out, overwrite=False)
    assert exc.value.issues[0].code == "output_exists"
    assert sorted(p.name for p in out.parent.iterdir()) == ["nq.json"]


def test_write_atomic_leaves_no_partial_file(tmp_path: Path) -> None:
    """A failing write leaves neither a partial target nor a temporary file."""
    target = tmp_path / "nq.yaml"
    with pytest.raises(OutputError) as exc:
        write_atomic(target, "\ud800")  # a lone surrogate cannot be encoded
    assert exc.value.issues[0].code == "output_unwritable"
    assert list(tmp_path.iterdir()) == []


def test_load_reports_unreadable_files(tmp_path: Path) -> None:
    """A missing file gives file_unreadable."""
    with pytest.raises(DocumentLoadError) as exc:
        load(tmp_path / "missing.yaml")
    assert _issue(exc).code == "file_unreadable"


def test_locate_fills_positions_of_corpus_issues(tmp_path: Path) -> None:
    """locate() finds the line and column of a field named by a corpus rule."""
    from vnpartydoc.errors import Issue

    path = tmp_path / "nq.yaml"
    path.write_text(YAML_DOC, encoding="utf-8")
    located = locate(Issue("x", "y", path, ("targets", 0, "unit")))
    assert (located.line, located.column) == (10, 5)
    json_path = tmp_path / "nq.json"
    json_path.write_text(dumps(loads(YAML_DOC, "yaml", lenient=True), "json"), encoding="utf-8")
    assert locate(Issue("x", "y", json_path, ("number",))).line == 4
    assert locate(Issue("x", "y", None, ("number",))).line is None


def test_parse_returns_positions_for_yaml() -> None:
    """parse() gives the data and, for YAML, the position of every key."""
    data, positions, _ = parse(YAML_DOC, "yaml")
    assert data["number"] == "Số: 01-NQ/ĐH"
    assert positions is not None
    assert positions[("targets", 0, "value")] == (9, 5)


def test_nfc_and_nfd_twins_of_a_key_are_duplicate_keys_in_json() -> None:
    """Two spellings of one key (composed, decomposed) in a nested object are a duplicate."""
    nfd = unicodedata.normalize("NFD", "đơn vị")
    raw = (
        '{"type": "nghi-quyet", "id": "a", "title": "Nghị quyết",\n'
        ' "targets": [{"indicator": "GRDP"},\n'
        f'  {{"indicator": "Thu ngân sách", "đơn vị": "tỷ", "{nfd}": "tỷ đồng"}}]}}'
    ).encode()
    with pytest.raises(DocumentLoadError) as exc:
        loads(raw, "json")
    issue = _issue(exc)
    assert (issue.code, issue.line, issue.column) == ("duplicate_key", 3, 50)
    assert issue.json_path == "$.targets[1].đơn vị"
    assert issue.message == "key 'đơn vị' appears twice in one object (composed and decomposed)"
