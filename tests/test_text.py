"""Tests for vnpartydoc.text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic_core import SchemaValidator, ValidationError, core_schema

from vnpartydoc.text import (
    CLEAN_TEXT_PATTERN,
    INVISIBLE_RE,
    NFC_SAFE_RANGES,
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


def _second_halves_of_compositions() -> set[int]:
    """Code points that NFC may join to the character before them (NFC quick check "Maybe")."""
    seconds = {*range(0x1161, 0x1176), *range(0x11A8, 0x11C3)}  # Hangul jamo, composed by rule
    for code in range(0x110000):
        mapping = unicodedata.decomposition(chr(code))
        if mapping and not mapping.startswith("<"):
            parts = [int(part, 16) for part in mapping.split()]
            pair = "".join(map(chr, parts))
            if len(parts) == 2 and unicodedata.normalize("NFC", pair) == chr(code):
                seconds.add(parts[1])
    return seconds


def test_nfc_safe_ranges_hold_only_characters_nfc_keeps_as_they_stand() -> None:
    """Every code point of NFC_SAFE_RANGES is NFC in any context, assigned and visible."""
    seconds = _second_halves_of_compositions()
    codes = [code for low, high in NFC_SAFE_RANGES for code in range(low, high + 1)]
    assert len(codes) == len(set(codes)) == 4761
    for code in codes:
        char = chr(code)
        assert unicodedata.combining(char) == 0, hex(code)
        assert unicodedata.normalize("NFC", char) == char, hex(code)
        assert code not in seconds, hex(code)
        assert unicodedata.category(char) != "Cn", hex(code)
        assert INVISIBLE_RE.search(char) is None, hex(code)
    # Vietnamese letters, Đ, curly quotes, en dash and the dong sign are all inside.
    assert all(
        any(low <= ord(c) <= high for low, high in NFC_SAFE_RANGES)
        for c in "ẠẢẤẦẨẪẬắằẳẵặđĐƯưƠơỳỵỷỹ“”‘’–…₫"
    )


_CLEAN = SchemaValidator(core_schema.str_schema(pattern=CLEAN_TEXT_PATTERN))  # Rust regex


def _is_clean(text: str) -> bool:
    try:
        _CLEAN.validate_python(text)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nghị quyết Đại hội XI, nhiệm kỳ 2020 – 2025", True),
        ("“TRÌNH LAM SINH” – Tỉnh ủy viên", True),
        ("x", True),
        ("164.000–176.000 tỷ đồng; 6,5 %/năm", True),
        (unicodedata.normalize("NFD", "Đại hội"), False),  # combining marks
        ("", False),
        (" Đại hội", False),  # whitespace at an end: to strip first
        ("Đại hội\u00a0", False),
        ("Đại\u200bhội", False),  # zero-width space
        ("\u202eĐại hội", False),  # bidi override
        ("Ω\u2126", False),  # OHM SIGN: NFC turns it into Ω
        ("中文", False),  # outside the ranges: checked the slow way
    ],
)
def test_clean_text_pattern_accepts_only_text_that_needs_no_cleaning(
    text: str, expected: bool
) -> None:
    """The Rust pattern accepts stripped, NFC, visible text made of the safe ranges."""
    assert _is_clean(text) is expected


@given(st.text(max_size=40))
def test_text_the_clean_pattern_accepts_needs_no_cleaning(text: str) -> None:
    """Whatever the pattern accepts is already NFC, stripped, non-empty and visible."""
    if _is_clean(text):
        assert unicodedata.is_normalized("NFC", text)
        assert text == text.strip() != ""
        assert not has_invisible(text)
