"""The JSON Schema and the model give the same verdict on the same file.

Over 20,000 records a run, made by mutating the examples and a small record of every type
(fields deleted, added, retyped, set to boundary and lenient values, text made NFD, invisible,
blank or long, every enum value), are checked by ``vnpartydoc.loads`` (what ``vnpartydoc
validate`` runs), by ``jsonschema`` (Python's re) and by ``jsonschema-rs`` (Rust's regex). Every
disagreement fails, except a rejection by the model whose codes are all rules that docs/schema.md
lists as checked only by vnpartydoc. The generator is seeded: a failure repeats.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import pytest

import vnpartydoc
from vnpartydoc.corpus import find_files
from vnpartydoc.enums import (
    BodyKind,
    Level,
    RelationKind,
    SigningMode,
    TargetArea,
    TargetQualifier,
)
from vnpartydoc.errors import VnPartyDocError
from vnpartydoc.models import RECORD_TYPES
from vnpartydoc.schema import json_schema
from vnpartydoc.serialization import to_data

ROOT = Path(__file__).resolve().parent.parent
RECORDS = 20_000
SEED = 20_251_203

# ------------------------------------------------------------------------------------ the seeds

SMALL: dict[str, dict[str, Any]] = {
    "to-chuc-dang": {"type": "to-chuc-dang", "id": "tw", "name": "Đảng bộ tỉnh An Giang",
                     "level": "province", "issuer_code": "TU", "valid_from": "1930-02-03"},
    "dai-hoi": {"type": "dai-hoi", "id": "dai-hoi-xi", "organisation": "tw", "ordinal": 11,
                "term": "2020 - 2025", "opened_on": "2020-09-23", "closed_on": "2020-09-25",
                "delegates": 350},
    "ca-nhan": {"type": "ca-nhan", "id": "to-lam", "name": "Tô Lâm",
                "titles": [{"printed": "Tổng Bí thư", "post": "Tổng Bí thư",
                            "held_from": "2024-08-03"}]},
    "danh-muc": {"type": "danh-muc", "people": [{"id": "a", "name": "Nguyễn Văn A"}],
                 "congresses": [{"id": "dh", "organisation": "tw", "ordinal": 13,
                                 "term": "2021 - 2026"}],
                 "organisations": [{"id": "tw", "name": "Đảng Cộng sản Việt Nam",
                                    "level": "central"}]},
    "bai-viet": {"type": "bai-viet", "id": "bai", "title": "Học tập Nghị quyết",
                 "publication": {"name": "Ban Tuyên giáo", "tag": "TUAG",
                                 "url": "https://angiang.dcs.vn"},
                 "url": "https://angiang.dcs.vn/bai-viet", "authors": ["a"]},
}  # fmt: skip
NUMBER_CODES = {"nghi-quyet": "NQ", "chi-thi": "CT", "ke-hoach": "KH", "ket-luan": "KL",
                "quyet-dinh": "QĐ", "huong-dan": "HD", "thong-bao": "TB"}  # fmt: skip


def _document(kind: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "type": kind,
        "id": f"vb-{kind}",
        "title": "Văn bản “thử” – nhiệm kỳ 2020 - 2025",
        "issuer": {"organisation": "tw", "body": "standing-board", "name": "Ban Thường vụ"},
        "issued_on": "2020-09-25",
        "signature": {"mode": "T/M", "on_behalf_of": "Ban Thường vụ", "post": "Bí thư"},
        "points": [{"label": "Thứ nhất", "text": "Nội dung."}],
        "sources": [{"url": "https://example.org/a", "note": "Trang 2"}],
        "relations": [{"kind": "implements", "target": "nq-01"}],
    }
    if kind in NUMBER_CODES:
        data["number"] = f"01-{NUMBER_CODES[kind]}/TU"
    if kind == "nghi-quyet":
        data.pop("points")
        data |= {
            "term": "2020 - 2025",
            "horizon": 2030,
            "general_goal": {"text": "Mục tiêu", "milestones": [{"year": 2025, "text": "Đạt"}]},
            "targets": [
                {"indicator": "GRDP", "value": "6,5–7", "unit": "%", "deadline": 2025,
                 "qualifier": "at-least", "area": "economy", "period": "2020 - 2025"}
            ],
        }  # fmt: skip
    if kind == "ke-hoach":
        data["activities"] = [{"what": "Quán triệt", "lead": "Ban Tuyên giáo",
                               "deadline": "2020-12"}]  # fmt: skip
    return data


def seeds() -> list[dict[str, Any]]:
    """The examples as JSON data, and a small record of every type."""
    found = [to_data(vnpartydoc.load(path)) for path in find_files([ROOT / "examples"])]
    small = [
        SMALL.get(kind) or _document(kind) for kind in sorted(RECORD_TYPES) if kind in SMALL
    ] + [_document(kind) for kind in sorted(RECORD_TYPES) if kind not in SMALL]
    return [json.loads(json.dumps(item)) for item in [*found, *small]]


# --------------------------------------------------------------------------------- the mutations

INVISIBLE = ["\u200b", "\u200e", "\u202e", "\u2066", "\ufeff", "\u2060"]
SPACES = [" ", "\t", "\n", "\u00a0", "\u3000", "\u2028", "\x85", "\u202f"]
CONTROLS = ["\x1c", "\x00", "\x7f", "\x9b", "\x0b"]
LONG = "Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI, nhiệm kỳ 2020 - 2025. " * 300
BY_KEY: dict[str, list[Any]] = {
    "ordinal": [0, 1, 3999, 4000, -1, "XI", "11", 11.0, 11.5, True, 2**63, "Ⅺ"],
    "tenure": [0, 13, "XIII", 13.0, None, False],
    "year": [1899, 1900, 2200, 2201, "2030", 2030.0, 2030.5, 0],
    "horizon": [1899, 1900, 2200, 2201, "2030", "２０３０", 2030.0, None],
    "delegates": [0, 1, 1_000_000, 1_000_001, 1.0, "1.000", True, 350.5, -350],
    "date": [
        "2020-13", "0000-00-00", "2020-02-29", "2021-02-29", "2000-02-29", "1900-02-29",
        "2020-04-31", "2020-12-31", "2020-00", "2020-01-00", "0001", "0000", "9999-12-31",
        "25/9/2020", "２０２０-０９-２５", 2020, "2020-9-25", "2020-09-25\n", " 2020-09-25",
        "ngày 25 tháng 9 năm 2020", "2020-06-31", "2020-11-31", "2020-09-32", "10000",
    ],
    "term": [
        "2020 - 2025", "2020-2025", "2020 – 2025", "(nhiệm kỳ 2020 - 2025)", "2025 - 2020",
        "2020 - 2020", "0000 - 0001", "２０２０ - ２０２５", "2020 - 25", "2020  -  2025",
        "2020 - 2025\n", 2020,
    ],
    "quantity": [
        "6,5", "6.5", "6,5–7", "6,5-7", "7–6", "1.000", "1000", "0", "-0", "-1–0", "5–5",
        "0.123", "007", "1.000.000,25", 6.5, 43, "43 %", "+5", "1.00", "", "–", "6,5 – 7",
        "1.000–1.000,0", "-0,5", "12.345.678", "1.2345",
    ],
    "number": [
        "01-NQ/TW", "1-NQ/TW", "00-NQ/TW", "123-NQ/TW", "0123-NQ/TW", "99999-NQ/TW",
        "100000-NQ/TW", "01-CT/TW", "01-QĐ/TW", "01-QĐi/TW", "01-HD/TW", "01-KL/TW",
        "01-XYZ/TW", "Số: 01-NQ/TW", "01 - NQ/TW", "01-nq/TW", "01-NQ/tw", "01-KH/TU",
        "01-TB/TW", "01-CTr/TW", "01-NQ/TW\n",
    ],
    "url": [
        "http://a\u001cb", "https://example.org/a b", "javascript:alert(1)", "https://x.vn/đường",
        "http://a\n", "http://a\x7f", "http://a\x85b", "http://a\u2028b", "https://ví-dụ.vn",
        " https://a.vn", "https://a.vn/" + "x" * 1987, "https://a.vn/" + "x" * 1988,
        "HTTP://A.VN", "https://a.vn/\u200b", "https://a.vn/<b>", "https://",
    ],
    "id": ["a", "a-b.c", "-a", "a--b", "A", "a b", " a", "a" * 120, "a" * 121, "đ", "", "a\n"],
    "issuer_code": ["TU", "ĐH", "tu", "T U", "ABCDEFGHIJKL", "ABCDEFGHIJKLM", "", " TU"],
    "tag": ["TUAG", "TUAG-1", "<b>", "", "A" * 20, "A" * 21, "TUAG\n"],
    "$schema": [1, None, "x", "", "../schema.json"],
    "signature": [
        {"mode": "T/M"}, {}, {"name": " "}, {"post": "Bí thư"}, {"person": "a", "mode": "K/T"},
        {"person": None, "name": None, "post": "Bí thư"}, {"name": None}, {"on_behalf_of": "x"},
    ],
}  # fmt: skip
ENUMS: dict[str, list[str]] = {
    "body": [e.value for e in BodyKind],
    "level": [e.value for e in Level],
    "kind": [e.value for e in RelationKind],
    "mode": [e.value for e in SigningMode],
    "qualifier": [e.value for e in TargetQualifier],
    "area": [e.value for e in TargetArea],
    "form": ["delegates", "all-members"],
    "type": sorted(RECORD_TYPES),
}
DATE_KEYS = {"issued_on", "valid_from", "valid_to", "prep_on", "opened_on", "closed_on",
             "held_from", "held_to", "deadline"}  # fmt: skip
ID_KEYS = {"id", "organisation", "parent", "congress", "person", "target", "document",
           "authors", "about", "predecessors", "successors"}  # fmt: skip
KEY_KIND = {
    **dict.fromkeys(DATE_KEYS, "date"),
    **dict.fromkeys(ID_KEYS, "id"),
    "term": "term", "period": "term", "value": "quantity", "achieved": "quantity",
    "url": "url", "deadline": "date",
}  # fmt: skip
EXTRA_KEYS = ["titel", "schema_", "$schema", "ghi_chu", "Type", "organization", "valeu",
              "tags", "points", "on_behalf_of", "held_from", "name", "ordinal", "term"]  # fmt: skip
RETYPES: list[Any] = [None, True, False, 0, 1, -1, 1.5, "x", "", [], {}, ["x"], {"a": 1}]


def _nodes(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    out = [(path, data)]
    if isinstance(data, dict):
        for key, value in data.items():
            out += _nodes(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out += _nodes(value, (*path, index))
    return out


def _replace(data: Any, path: tuple[Any, ...], make: Any) -> Any:
    """A copy of ``data`` with the node at ``path`` replaced by ``make(node)`` (copy on write)."""
    if not path:
        return make(data)
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {**data, head: _replace(data[head], rest, make)}
    copy = list(data)
    copy[head] = _replace(copy[head], rest, make)
    return copy


def _text_variant(rng: random.Random, text: str) -> str:
    choice = rng.randrange(10)
    if choice == 0:
        return unicodedata.normalize("NFD", text)
    if choice == 1:
        at = rng.randrange(len(text) + 1)
        return text[:at] + rng.choice(INVISIBLE) + text[at:]
    if choice == 2:
        return rng.choice(SPACES) + text + rng.choice(SPACES)
    if choice == 3:
        return rng.choice(SPACES) * rng.randrange(1, 3)
    if choice == 4:
        return text + rng.choice(CONTROLS)
    if choice == 5:
        return LONG[: rng.choice([1, 100, 20_000])]
    if choice == 6:
        return text + "\n"
    if choice == 7:
        return "".join(rng.choice(SPACES)) + rng.choice(INVISIBLE)
    if choice == 8:
        return text.upper()
    return ""


def _value_for(rng: random.Random, key: Any, value: Any) -> Any:
    kind = KEY_KIND.get(key, key) if isinstance(key, str) else None
    if kind in BY_KEY and rng.random() < 0.8:
        return rng.choice(BY_KEY[kind])
    if isinstance(key, str) and key in ENUMS and rng.random() < 0.8:
        pool = ENUMS[key]
        return rng.choice([*pool, "bogus", pool[0].upper(), f" {pool[0]}", ""])
    if isinstance(value, str) and rng.random() < 0.7:
        return _text_variant(rng, value)
    return rng.choice(RETYPES)


def mutate(rng: random.Random, record: dict[str, Any], nodes: list[Any]) -> dict[str, Any]:
    """One to three random mutations of ``record``."""
    data: Any = record
    for _ in range(rng.choice([1, 1, 2, 3])):
        path, _value = rng.choice(nodes)
        action = rng.randrange(4)
        if action == 0 and path:  # delete
            parent, last = path[:-1], path[-1]
            data = _replace(
                data,
                parent,
                lambda node, last=last: (
                    {k: v for k, v in node.items() if k != last}
                    if isinstance(node, dict)
                    else [v for i, v in enumerate(node) if i != last]
                ),
            )
        elif action == 1:  # add a key
            key, extra = rng.choice(EXTRA_KEYS), rng.choice(["x", 1, None, [], "2020 - 2025"])
            data = _replace(
                data,
                path,
                lambda node, key=key, extra=extra: (
                    {**node, key: extra} if isinstance(node, dict) else node
                ),
            )
        else:  # boundary, lenient, retyped or text variant of the value
            key = path[-1] if path else None
            parent_key = path[-2] if len(path) > 1 and isinstance(path[-1], int) else None
            data = _replace(
                data, path, lambda node, key=key, pk=parent_key: _value_for(rng, pk or key, node)
            )
        nodes = _nodes(data)
    return data  # type: ignore[no-any-return]


def records(count: int, seed: int) -> list[tuple[int, Any]]:
    """``count`` mutated records, with the index of the seed each comes from."""
    rng = random.Random(seed)
    base = seeds()
    tables = [_nodes(item) for item in base]
    out: list[tuple[int, Any]] = []
    for n in range(count):
        index = n % len(base) if n < len(base) * 4 else rng.randrange(len(base))
        out.append(
            (index, base[index] if n < len(base) else mutate(rng, base[index], tables[index]))
        )
    return out


# ---------------------------------------------------------------------------------- the verdicts

DOCS = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")


def model_only_codes() -> set[str]:
    """The codes docs/schema.md lists under 'Rules only vnpartydoc checks'."""
    section = DOCS.split("## Rules only vnpartydoc checks", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([a-z_]+)` \|", section, re.MULTILINE))


def model_verdict(data: Any) -> tuple[bool, list[str]]:
    try:
        vnpartydoc.loads(json.dumps(data, ensure_ascii=False), "json")
    except VnPartyDocError as exc:
        return False, sorted({issue.code for issue in exc.issues})
    return True, []


@pytest.fixture(scope="module")
def validators() -> tuple[Any, Any]:
    schema = json_schema()
    return jsonschema.Draft202012Validator(schema), jsonschema_rs.validator_for(
        schema, pattern_options=jsonschema_rs.RegexOptions()
    )


def test_docs_list_the_rules_only_the_model_checks() -> None:
    """docs/schema.md names each model-only rule by its code, each code documented in errors.md."""
    codes = model_only_codes()
    assert {"date_order", "term_order", "range_order", "integer_notation"} <= codes
    errors_doc = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    assert all(f"`{code}`" in errors_doc for code in codes)


def test_the_schema_and_the_model_agree_on_generated_records(validators: Any) -> None:
    """Over 20,000 mutated records: one verdict, or a model-only rule docs/schema.md lists."""
    python_validator, rust_validator = validators
    excused = model_only_codes()
    generated = records(RECORDS, SEED)
    disagreements: list[str] = []
    counts = {"valid": 0, "invalid": 0, "excused": 0}
    for number, (seed_index, data) in enumerate(generated):
        model_ok, codes = model_verdict(data)
        python_ok = python_validator.is_valid(data)
        rust_ok = rust_validator.is_valid(data)
        if model_ok == python_ok == rust_ok:
            counts["valid" if model_ok else "invalid"] += 1
            continue
        if not model_ok and python_ok and rust_ok and set(codes) <= excused:
            counts["excused"] += 1
            continue
        disagreements.append(
            f"#{number} (seed {seed_index}): model={model_ok} {codes} jsonschema={python_ok} "
            f"jsonschema-rs={rust_ok}: {json.dumps(data, ensure_ascii=True)[:400]}"
        )
    assert not disagreements, f"{len(disagreements)} disagreements:\n" + "\n".join(
        disagreements[:25]
    )
    # The mutations reach both verdicts, and the excused rules are exercised.
    assert len(generated) >= 20_000
    assert counts["valid"] > 1_000
    assert counts["invalid"] > 5_000
    assert counts["excused"] > 0
