"""Tests for vnpartydoc.text."""

from __future__ import annotations

import unicodedata

import pytest

from vnpartydoc.text import (
    collapse_ws,
    from_roman,
    has_invisible,
    nfc_deep,
    nfc_text,
    proper_case_name,
    slug,
    to_nfc,
    to_roman,
)

NFD_DAI_HOI = unicodedata.normalize("NFD", "Đại hội")


def test_to_nfc_composes_decomposed_vietnamese() -> None:
    """Turns NFD 'Đại hội' into the NFC string."""
    assert NFD_DAI_HOI != "Đại hội"
    assert to_nfc(NFD_DAI_HOI) == "Đại hội"
    assert nfc_text(NFD_DAI_HOI) == "Đại hội"


def test_nfc_deep_normalises_keys_and_nested_values() -> None:
    """Normalises strings inside dicts, lists and tuples, keys included."""
    data = {NFD_DAI_HOI: [NFD_DAI_HOI, (NFD_DAI_HOI, 3)], "n": None}
    assert nfc_deep(data) == {"Đại hội": ["Đại hội", ("Đại hội", 3)], "n": None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nghị quyết Đại hội XI", "nghi-quyet-dai-hoi-xi"),
        ("Chỉ thị số 45-CT/TW", "chi-thi-so-45-ct-tw"),
        ("“Tự diễn biến”, “tự chuyển hóa”", "tu-dien-bien-tu-chuyen-hoa"),
        ("Nhiệm kỳ 2020 – 2025", "nhiem-ky-2020-2025"),
        (NFD_DAI_HOI, "dai-hoi"),
    ],
)
def test_slug_transliterates_vietnamese(text: str, expected: str) -> None:
    """Makes ASCII slugs, with Đ → d and diacritics dropped."""
    assert slug(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("TRÌNH LAM SINH", "Trình Lam Sinh"),
        ("  NGUYỄN   THANH BÌNH ", "Nguyễn Thanh Bình"),
        ("ĐỖ THỊ ÚT", "Đỗ Thị Út"),
        ("Trình Lam Sinh", "Trình Lam Sinh"),
        (unicodedata.normalize("NFD", "NGUYỄN VĂN A"), "Nguyễn Văn A"),
    ],
)
def test_proper_case_name_fixes_all_caps_bylines(name: str, expected: str) -> None:
    """Turns ALL-CAPS names into proper case after NFC; leaves mixed case alone."""
    assert proper_case_name(name) == expected


def test_collapse_ws_joins_runs_of_whitespace() -> None:
    """Collapses tabs, newlines and double spaces."""
    assert collapse_ws("  Tỉnh ủy\t\n viên  ") == "Tỉnh ủy viên"


@pytest.mark.parametrize(
    ("number", "roman"),
    [
        (1, "I"),
        (4, "IV"),
        (11, "XI"),
        (13, "XIII"),
        (14, "XIV"),
        (18, "XVIII"),
        (24, "XXIV"),
        (1999, "MCMXCIX"),
    ],
)
def test_roman_numerals_round_trip(number: int, roman: str) -> None:
    """Writes and reads Roman numerals."""
    assert to_roman(number) == roman
    assert from_roman(roman) == number
    assert from_roman(roman.lower()) == number


@pytest.mark.parametrize("bad", ["", "IIII", "XIIX", "ABC", "VX"])
def test_from_roman_rejects_malformed_numerals(bad: str) -> None:
    """Rejects strings that are not well-formed Roman numerals."""
    with pytest.raises(ValueError, match="Roman numeral"):
        from_roman(bad)


@pytest.mark.parametrize("bad", [0, -1, 4000])
def test_to_roman_rejects_out_of_range(bad: int) -> None:
    """Rejects numbers Roman numerals cannot write."""
    with pytest.raises(ValueError, match="1 to 3999"):
        to_roman(bad)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Đại\u200bhội", True), ("\u202eĐại hội", True), ("\ufeffĐại", True), ("Đại hội", False)],
)
def test_has_invisible_finds_zero_width_and_bidi(text: str, expected: bool) -> None:
    """Finds zero-width spaces, bidi overrides and BOMs."""
    assert has_invisible(text) is expected
