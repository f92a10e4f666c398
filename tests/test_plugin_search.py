"""Diacritic-free words added to Material's search index."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from vnpartydoc_mkdocs.search import (
    add_diacritic_free_fields,
    diacritic_free_words,
    strip_diacritics,
)

if TYPE_CHECKING:
    from pathlib import Path

FOLDS = [
    ("Nghị", "nghi"),
    ("quyết", "quyet"),
    ("Đại", "dai"),
    ("hội", "hoi"),
    ("TRÌNH", "trinh"),
    ("đường", "duong"),
    ("Ưu", "uu"),
    ("Quảng", "quang"),
    ("khóa", "khoa"),
    ("khoá", "khoa"),
    ("2020", "2020"),
    ("6,5–7%", "6,5–7%"),
]


@pytest.mark.parametrize(("word", "expected"), FOLDS, ids=[w for w, _ in FOLDS])
def test_strip_diacritics_removes_vietnamese_diacritics(word: str, expected: str) -> None:
    """Lower-cases and strips tone marks and vowel marks; đ becomes d."""
    assert strip_diacritics(word) == expected


def test_strip_diacritics_reads_decomposed_text() -> None:
    """NFD input gives the same word as NFC input."""
    assert strip_diacritics("Nghi\u0323 quye\u0302\u0301t") == "nghi quyet"


def test_diacritic_free_words_keeps_only_changed_words_once() -> None:
    """Words without diacritics and repeats are left out; tags are skipped."""
    text = "<p>Nghị quyết Đại hội XI, nhiệm kỳ 2020 - 2025.</p><p>Nghị quyết <code>NQ</code></p>"
    assert diacritic_free_words(text) == "nghi quyet dai hoi nhiem ky"


def test_diacritic_free_words_uses_and_fills_the_cache() -> None:
    """Each distinct word is stripped once across calls."""
    cache: dict[str, str] = {}
    assert diacritic_free_words("Trình Lam Sinh", cache) == "trinh"
    assert cache == {"Trình": "trinh", "Lam": "lam", "Sinh": "sinh"}
    cache["Trình"] = "cached"
    assert diacritic_free_words("Trình", cache) == "cached"


def material_index(tmp_path: Path) -> Path:
    tmp_path.mkdir(exist_ok=True)
    index = {
        "config": {
            "lang": ["vi"],
            "separator": "[\\s\\-]+",
            "pipeline": ["stopWordFilter"],
            "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1e6}},
        },
        "docs": [
            {
                "location": "van-ban/nq/",
                "title": "Nghị quyết Đại hội XI",
                "text": "<p>Mục tiêu</p>",
            },
            {"location": "van-ban/nq/#x", "title": "Targets", "text": "GRDP 6,5 - 7%"},
            {"location": "nguoi/trinh-lam-sinh/", "title": "Trình Lam Sinh", "text": ""},
        ],
    }
    path = tmp_path / "search_index.json"
    path.write_text(json.dumps(index), encoding="utf-8")
    return path


def test_add_diacritic_free_fields_to_materials_index(tmp_path: Path) -> None:
    """Material's index gains title_folded/text_folded fields with the boosts of title/text."""
    path = material_index(tmp_path)
    assert add_diacritic_free_fields(path) is True
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["config"]["fields"] == {
        "title": {"boost": 1000.0},
        "text": {"boost": 1.0},
        "tags": {"boost": 1e6},
        "title_folded": {"boost": 1000.0},
        "text_folded": {"boost": 1.0},
    }
    assert data["docs"] == [
        {
            "location": "van-ban/nq/",
            "title": "Nghị quyết Đại hội XI",
            "text": "<p>Mục tiêu</p>",
            "title_folded": "nghi quyet dai hoi",
            "text_folded": "muc tieu",
        },
        {"location": "van-ban/nq/#x", "title": "Targets", "text": "GRDP 6,5 - 7%"},
        {
            "location": "nguoi/trinh-lam-sinh/",
            "title": "Trình Lam Sinh",
            "text": "",
            "title_folded": "trinh",
        },
    ]
    assert "Nghị quyết" in path.read_text(encoding="utf-8")


def test_add_diacritic_free_fields_leaves_other_indexes_alone(tmp_path: Path) -> None:
    """MkDocs' own theme writes no config.fields: its index is not touched."""
    path = tmp_path / "search_index.json"
    original = json.dumps({"config": {"lang": ["en"]}, "docs": [{"title": "Đại hội"}]})
    path.write_text(original, encoding="utf-8")
    assert add_diacritic_free_fields(path) is False
    assert path.read_text(encoding="utf-8") == original
    assert add_diacritic_free_fields(tmp_path / "missing.json") is False

    assert add_diacritic_free_fields(tmp_path / "missing.json") is False


def test_add_diacritic_free_fields_reads_any_key_order_and_spacing(tmp_path: Path) -> None:
    """An index with docs before config, or spaced out, gets the same fields."""
    expected = material_index(tmp_path / "a")
    add_diacritic_free_fields(expected)
    data = json.loads(material_index(tmp_path / "b").read_text(encoding="utf-8"))
    for name, text in [
        ("docs-first.json", json.dumps({"docs": data["docs"], "config": data["config"]})),
        ("spaced.json", json.dumps(data, indent=2, ensure_ascii=False)),
    ]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert add_diacritic_free_fields(path) is True
        assert json.loads(path.read_text(encoding="utf-8")) == json.loads(
            expected.read_text(encoding="utf-8")
        )


def test_add_diacritic_free_fields_leaves_a_malformed_index_alone(tmp_path: Path) -> None:
    """An index that breaks off after some entries is left as it was, with no stray file."""
    whole = material_index(tmp_path).read_text(encoding="utf-8")
    path = tmp_path / "search_index.json"
    broken = whole[: whole.index('{"location": "nguoi/')] + "{oops}]}"
    path.write_text(broken, encoding="utf-8")
    assert add_diacritic_free_fields(path) is False
    assert path.read_text(encoding="utf-8") == broken
    assert sorted(p.name for p in tmp_path.iterdir()) == ["search_index.json"]
