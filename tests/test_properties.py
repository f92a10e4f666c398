"""Property tests: round-trips are lossless and hostile input only raises the library's errors.

- Every record type (and every part inside one) survives JSON and YAML: ``loads(dumps(r)) == r``
  and dumping again gives the same text. Records are built from real-looking Vietnamese: words
  with diacritics, ALL-CAPS names, en dashes, curly quotes, Vietnamese numbers.
- Value types print a canonical form that parses back: ``T.parse(str(x)) == x``, and the
  variants of real text parse to the same value.
- Loading arbitrary bytes or text, mutated example files, and random JSON/YAML structures
  raises nothing but :class:`~vnpartydoc.errors.VnPartyDocError`; so does ``extract``.
"""

from __future__ import annotations

import contextlib
import json
import random
from decimal import Decimal
from pathlib import Path
from typing import Any, get_args

import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from vnpartydoc.enums import (
    KIND_CODES,
    BodyKind,
    DocumentKind,
    Level,
    RelationKind,
    SigningMode,
    TargetArea,
    TargetQualifier,
)
from vnpartydoc.errors import VnPartyDocError
from vnpartydoc.models import (
    Activity,
    Article,
    Congress,
    Directive,
    Entities,
    GenericDocument,
    GenericKind,
    Goal,
    Issuer,
    Milestone,
    Organisation,
    Person,
    Plan,
    Point,
    Publication,
    Relation,
    Resolution,
    Signature,
    Source,
    Target,
    Title,
)
from vnpartydoc.patterns import DASH_CHARS
from vnpartydoc.serialization import dumps, loads
from vnpartydoc.types import (
    DocumentNumber,
    PartialDate,
    Quantity,
    Term,
    format_vn_number,
    parse_vn_number,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").rglob("*.yaml"))
RECORDS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALUES = settings(max_examples=150, deadline=None)
HOSTILE = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ------------------------------------------------------------------------------ Vietnamese text

WORDS = [
    "Đảng",
    "bộ",
    "tỉnh",
    "An",
    "Giang",
    "Kiên",
    "Giang",
    "Nghị",
    "quyết",
    "Đại",
    "hội",
    "đại",
    "biểu",
    "lần",
    "thứ",
    "XI",
    "nhiệm",
    "kỳ",
    "Ban",
    "Chấp",
    "hành",
    "Thường",
    "vụ",
    "Tỉnh",
    "ủy",
    "chỉ",
    "tiêu",
    "tốc",
    "độ",
    "tăng",
    "trưởng",
    "GRDP",
    "bình",
    "quân",
    "đầu",
    "người",
    "triệu",
    "đồng/người/năm",
    "học",
    "tập",
    "quán",
    "triệt",
    "Thứ",
    "nhất",
    "Phó",
    "Trưởng",
    "Tuyên",
    "giáo",
    "Đồng",
    "bằng",
    "sông",
    "Cửu",
    "Long",
    "phấn",
    "đấu",
    "đến",
    "năm",
    "2030",
    "xây",
    "dựng",
    "chỉnh",
    "đốn",
    "quốc",
    "phòng",
    "an",
    "ninh",
    "TRÌNH",
    "LAM",
    "SINH",
    "NGUYỄN",
    "VĂN",
    "ĐẠI",
    "HỘI",
    "NGHỊ",
    "QUYẾT",
    "6,5–7%",
    "2020",
    "–",
    "2025",
    "“Nâng",
    "cao",
    "năng",
    "lực",
    "lãnh",
    "đạo”",
    "‘đột",
    "phá’",
    "164.000–176.000",
    "tỷ",
    "đồng",
    ";",
    ":",
    "(",
    ")",
    "—",
    "…",
    "&",
    "<",
    ">",
    "{{",
    "}}",
    "#",
    "*",
    "-",
    "'",
    '"',
    "|",
    "?",
    "!",
    "~",
    "`",
    "[",
    "]",
    "_",
    "=",
    "+",
    "^",
    "$",
]
ALPHABET = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
    "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
    "0123456789 .,;:–—“”‘’'\"()%/-#*&<>{}[]|!?\n\t\xa0\x85\u2028"
)
phrases = st.lists(st.sampled_from(WORDS), min_size=1, max_size=10).map(" ".join)
scrambled = st.text(alphabet=ALPHABET, min_size=1, max_size=30)
vn_text = st.one_of(phrases, scrambled).map(str.strip).filter(bool)
caps_names = st.lists(
    st.sampled_from(["TRÌNH", "LAM", "SINH", "NGUYỄN", "VĂN", "LÊ", "THỊ", "ĐỖ", "HỒ", "ĐẶNG"]),
    min_size=2,
    max_size=4,
).map(" ".join)
ids = st.from_regex(r"\A[a-z0-9]{1,8}(?:[-.][a-z0-9]{1,8}){0,4}\Z")
urls = st.from_regex(r"\Ahttps?://[a-z0-9.-]{1,20}\.vn/[A-Za-z0-9_~%?=&/.-]{0,30}\Z")
years = st.integers(1900, 2200)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def few(strategy: st.SearchStrategy[Any], most: int = 2) -> st.SearchStrategy[list[Any]]:
    return st.lists(strategy, max_size=most)


# ---------------------------------------------------------------------------------- value types

partial_dates = st.builds(
    lambda y, m, d, p: PartialDate(y, m if p > 0 else None, d if p > 1 else None),
    st.integers(1900, 2100),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 2),
)
terms = st.builds(lambda a, n: Term(a, a + n), st.integers(0, 9969), st.integers(1, 30))
decimals = st.integers(0, 6).flatmap(
    lambda places: st.decimals(
        min_value=-(10**15), max_value=10**15, places=places, allow_nan=False, allow_infinity=False
    )
)
quantities = st.lists(decimals, min_size=1, max_size=2).map(lambda v: Quantity(min(v), max(v)))
kind_codes = st.from_regex(r"\A[A-ZĐ][A-Za-zĐđ]{0,5}\Z")
issuer_codes = st.from_regex(r"\A[A-ZĐ]{1,12}\Z")
numbers = st.builds(DocumentNumber, st.integers(0, 99999), kind_codes, issuer_codes)


def ordered(strategy: st.SearchStrategy[PartialDate], count: int) -> st.SearchStrategy[list[Any]]:
    """``count`` optional dates in order (each absent one keeps its place)."""

    def arrange(values: list[PartialDate | None]) -> list[PartialDate | None]:
        present = iter(sorted((v for v in values if v is not None), key=PartialDate.earliest))
        return [None if v is None else next(present) for v in values]

    return st.lists(maybe(strategy), min_size=count, max_size=count).map(arrange)


def number_for(kind: str | None) -> st.SearchStrategy[DocumentNumber | None]:
    """A number whose type code fits ``kind`` (or is unknown, which is accepted)."""
    fitting = [c for c, kinds in KIND_CODES.items() if kind is None or DocumentKind(kind) in kinds]
    unknown = kind_codes.filter(lambda c: c not in KIND_CODES)
    codes = st.sampled_from(fitting) | unknown if fitting else unknown
    return maybe(st.builds(DocumentNumber, st.integers(1, 999), codes, issuer_codes))


# --------------------------------------------------------------------------------------- models

sources = st.one_of(
    st.builds(Source, url=urls, document=maybe(ids), note=maybe(vn_text)),
    st.builds(Source, url=st.none(), document=ids, note=maybe(vn_text)),
)
points = st.builds(Point, label=maybe(vn_text), heading=maybe(vn_text), text=vn_text)
relations = st.builds(Relation, kind=st.sampled_from(RelationKind), target=ids, note=maybe(vn_text))
issuers = st.builds(Issuer, organisation=ids, body=st.sampled_from(BodyKind), name=maybe(vn_text))


@st.composite
def signatures(draw: st.DrawFn) -> Signature:
    person, name, post = draw(maybe(ids)), draw(maybe(vn_text | caps_names)), draw(maybe(vn_text))
    if person is None and name is None and post is None:
        name = draw(caps_names)  # a signature needs a person, a name or a post
    return Signature(
        mode=draw(maybe(st.sampled_from(SigningMode))),
        on_behalf_of=draw(maybe(vn_text)),
        post=post,
        person=person,
        name=name,
    )


milestones = st.builds(Milestone, year=years, text=vn_text)
goals = st.builds(Goal, text=vn_text, milestones=few(milestones), sources=few(sources, 1))
targets = st.builds(
    Target,
    indicator=vn_text,
    value=maybe(quantities),
    unit=maybe(vn_text),
    qualifier=st.sampled_from(TargetQualifier),
    deadline=maybe(years),
    period=maybe(terms.filter(lambda t: t.start_year >= 1900)),
    area=maybe(st.sampled_from(TargetArea)),
    achieved=maybe(quantities),
    printed=maybe(vn_text),
    sources=few(sources, 1),
)
activities = st.builds(
    Activity,
    what=vn_text,
    lead=maybe(vn_text),
    partners=few(vn_text),
    deadline=maybe(partial_dates),
)
publications = st.builds(
    Publication,
    name=vn_text,
    tag=maybe(st.from_regex(r"\A[A-ZĐ0-9.-]{1,20}\Z")),
    url=maybe(urls),
)


@st.composite
def organisations(draw: st.DrawFn) -> Organisation:
    valid_from, valid_to = draw(ordered(partial_dates, 2))
    return Organisation(
        id=draw(ids),
        name=draw(vn_text),
        committee=draw(maybe(vn_text)),
        level=draw(st.sampled_from(Level)),
        locality=draw(maybe(vn_text)),
        issuer_code=draw(maybe(issuer_codes)),
        parent=draw(maybe(ids)),
        valid_from=valid_from,
        valid_to=valid_to,
        predecessors=draw(few(ids)),
        successors=draw(few(ids)),
        sources=draw(few(sources)),
    )


@st.composite
def congresses(draw: st.DrawFn) -> Congress:
    prep_on, opened_on, closed_on = draw(ordered(partial_dates, 3))
    return Congress(
        id=draw(ids),
        organisation=draw(ids),
        ordinal=draw(st.integers(1, 3999) | st.sampled_from(["XI", "xiii", "IV", "14"])),
        term=draw(terms),
        name=draw(maybe(vn_text)),
        form=draw(st.sampled_from(["delegates", "all-members"])),
        prep_on=prep_on,
        opened_on=opened_on,
        closed_on=closed_on,
        place=draw(maybe(vn_text)),
        delegates=draw(maybe(st.integers(1, 10**6))),
        sources=draw(few(sources)),
    )


@st.composite
def titles(draw: st.DrawFn) -> Title:
    held_from, held_to = draw(ordered(partial_dates, 2))
    return Title(
        printed=draw(vn_text),
        post=draw(vn_text),
        organ=draw(maybe(vn_text)),
        organisation=draw(maybe(ids)),
        held_from=held_from,
        held_to=held_to,
        sources=draw(few(sources, 1)),
    )


people = st.builds(
    Person,
    id=ids,
    name=st.one_of(vn_text, caps_names),
    byline=maybe(caps_names),
    titles=few(titles()),
    sources=few(sources),
)


@st.composite
def document_fields(draw: st.DrawFn, kind: str | None) -> dict[str, Any]:
    return {
        "id": draw(ids),
        "number": draw(number_for(kind)),
        "title": draw(vn_text),
        "summary": draw(maybe(vn_text)),
        "issuer": draw(maybe(issuers)),
        "place": draw(maybe(vn_text)),
        "issued_on": draw(maybe(partial_dates)),
        "tenure": draw(maybe(st.integers(1, 3999))),
        "signature": draw(maybe(signatures())),
        "relations": draw(few(relations)),
        "sources": draw(few(sources)),
        "tags": draw(few(vn_text, 3)),
    }


@st.composite
def resolutions(draw: st.DrawFn) -> Resolution:
    return Resolution(
        type="nghi-quyet",
        **draw(document_fields("nghi-quyet")),
        congress=draw(maybe(ids)),
        term=draw(maybe(terms)),
        horizon=draw(maybe(years)),
        general_goal=draw(maybe(goals)),
        specific_goals=draw(few(vn_text)),
        targets=draw(few(targets, 3)),
        tasks=draw(few(vn_text)),
        solutions=draw(few(vn_text)),
        breakthroughs=draw(few(vn_text)),
        points=draw(few(points)),
    )


@st.composite
def directives(draw: st.DrawFn) -> Directive:
    return Directive(type="chi-thi", **draw(document_fields("chi-thi")), points=draw(few(points)))


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    fields = draw(document_fields("ke-hoach"))
    return Plan(
        type="ke-hoach", **fields, activities=draw(few(activities)), points=draw(few(points))
    )


@st.composite
def generic_documents(draw: st.DrawFn) -> GenericDocument:
    kind = draw(st.sampled_from(get_args(GenericKind)))
    return GenericDocument(type=kind, **draw(document_fields(kind)), points=draw(few(points)))


@st.composite
def articles(draw: st.DrawFn) -> Article:
    return Article(
        type="bai-viet",
        **draw(document_fields(None)),
        publication=draw(maybe(publications)),
        authors=draw(few(ids)),
        about=draw(few(ids)),
        url=draw(maybe(urls)),
        lead=draw(maybe(vn_text)),
        intro=draw(few(vn_text)),
        points=draw(few(points, 3)),
        closing=draw(few(vn_text)),
    )


entities = st.builds(
    Entities,
    type=st.just("danh-muc"),
    organisations=few(organisations()),
    congresses=few(congresses()),
    people=few(people),
)
ALL_RECORDS = {
    "organisation": organisations(),
    "congress": congresses(),
    "person": people,
    "resolution": resolutions(),
    "directive": directives(),
    "plan": plans(),
    "generic": generic_documents(),
    "article": articles(),
    "entities": entities,
}
PARTS = {
    "source": sources,
    "point": points,
    "relation": relations,
    "issuer": issuers,
    "signature": signatures(),
    "milestone": milestones,
    "goal": goals,
    "target": targets,
    "activity": activities,
    "publication": publications,
    "title": titles(),
}


# ----------------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("fmt", ["json", "yaml"])
@pytest.mark.parametrize("kind", list(ALL_RECORDS))
def test_record_round_trip_is_lossless(kind: str, fmt: str) -> None:
    @RECORDS
    @given(ALL_RECORDS[kind])
    def check(record: Any) -> None:
        text = dumps(record, fmt)  # type: ignore[arg-type]
        again = loads(text, fmt)  # type: ignore[arg-type]
        assert again == record
        assert dumps(again, fmt) == text  # type: ignore[arg-type]

    check()


@pytest.mark.parametrize("part", list(PARTS))
def test_part_round_trip_is_lossless(part: str) -> None:
    @RECORDS
    @given(PARTS[part])
    def check(value: Any) -> None:
        model = type(value)
        assert model.model_validate_json(value.model_dump_json()) == value
        assert model.model_validate(value.model_dump(mode="json")) == value

    check()


# ----------------------------------------------------------------------------------- value types


@VALUES
@given(numbers)
def test_document_number_parses_its_own_text(number: DocumentNumber) -> None:
    assert DocumentNumber.parse(str(number)) == number


@VALUES
@given(
    numbers, st.sampled_from(["", "Số: ", "số ", "Số:"]), st.sampled_from(DASH_CHARS), st.booleans()
)
def test_document_number_variants_parse_to_the_same_value(
    number: DocumentNumber, prefix: str, dash: str, spaced: bool
) -> None:
    gap = " " if spaced else ""
    text = (
        f"{prefix}{number.seq:02d}{gap}{dash}{gap}{number.kind_code}{gap}/{gap}{number.issuer_code}"
    )
    assert DocumentNumber.parse(text) == number


@VALUES
@given(terms, st.sampled_from(DASH_CHARS), st.sampled_from(["", " "]), st.booleans())
def test_term_parses_its_own_text_and_its_variants(
    term: Term, dash: str, gap: str, wrapped: bool
) -> None:
    assert Term.parse(str(term)) == term
    text = f"{term.start_year:04d}{gap}{dash}{gap}{term.end_year:04d}"
    assert Term.parse(f"(nhiệm kỳ {text})" if wrapped else text) == term


@VALUES
@given(partial_dates)
def test_partial_date_parses_its_own_text_and_its_words(date: PartialDate) -> None:
    assert PartialDate.parse(str(date)) == date
    assert PartialDate.parse(date.vietnamese()) == date
    assert PartialDate.parse(date.vietnamese(padded=True)) == date
    if date.day is not None and date.month is not None:
        assert PartialDate.parse(f"{date.day}/{date.month}/{date.year}") == date


@VALUES
@given(quantities)
@example(Quantity(Decimal("164000"), Decimal("176000")))
@example(Quantity(Decimal("6.5"), Decimal("7")))
def test_quantity_parses_its_own_text(quantity: Quantity) -> None:
    assert Quantity.parse(str(quantity)) == quantity


@VALUES
@given(decimals)
@example(Decimal("164000"))
@example(Decimal("-0.05"))
@example(Decimal("1E+3"))
def test_vietnamese_number_parses_its_own_text(value: Decimal) -> None:
    assert parse_vn_number(format_vn_number(value)) == value


# ----------------------------------------------------------------- hostile input, only our errors


def only_library_errors(data: str | bytes, fmt: str) -> None:
    with contextlib.suppress(VnPartyDocError):
        loads(data, fmt)  # type: ignore[arg-type]


@HOSTILE
@given(st.binary(max_size=600), st.sampled_from(["json", "yaml"]))
def test_loaders_on_arbitrary_bytes(data: bytes, fmt: str) -> None:
    only_library_errors(data, fmt)


@HOSTILE
@given(st.text(max_size=600), st.sampled_from(["json", "yaml"]))
def test_loaders_on_arbitrary_text(text: str, fmt: str) -> None:
    only_library_errors(text, fmt)


KEYS = [
    "type", "id", "title", "name", "number", "term", "ordinal", "level", "issued_on", "targets",
    "value", "indicator", "delegates", "issuer", "organisation", "body", "points", "text",
    "titles", "held_from", "sources", "url", "tags", "people", "$schema", "tiêu đề",
]  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**400), 10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    vn_text,
    st.sampled_from(["nghi-quyet", "dai-hoi", "ca-nhan", "danh-muc", "bai-viet", "ket-luan"]),
    st.sampled_from(["2020 - 2025", "01-NQ/TU", "XI", "6,5–7", "31/2/2021", "../../etc/passwd"]),
)
structures = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=6)
    ),
    max_leaves=25,
)


@HOSTILE
@given(
    st.dictionaries(st.sampled_from(KEYS), structures, max_size=8),
    st.sampled_from(["json", "yaml"]),
)
def test_loaders_on_random_structures(data: dict[str, Any], fmt: str) -> None:
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=False, default=str)
    else:
        try:
            text = yaml.safe_dump(data, allow_unicode=True)
        except (yaml.YAMLError, ValueError):
            assume(False)
            return
    only_library_errors(text, fmt)


def mutate(data: bytes, rng: random.Random, times: int) -> bytes:
    """Cut, insert, overwrite and duplicate bytes at random places."""
    out = bytearray(data)
    for _ in range(times):
        at = rng.randrange(len(out) + 1)
        action = rng.randrange(4)
        if action == 0:
            del out[at : at + rng.randrange(1, 40)]
        elif action == 1:
            out[at:at] = rng.choice(MUTATIONS)
        elif action == 2 and out:
            out[min(at, len(out) - 1)] = rng.randrange(256)
        else:
            out[at:at] = out[rng.randrange(len(out) + 1) :][: rng.randrange(1, 80)]
    return bytes(out)


@HOSTILE
@given(st.sampled_from(EXAMPLES), st.randoms(use_true_random=False), st.integers(1, 8))
def test_loaders_on_mutated_examples(path: Path, rng: random.Random, times: int) -> None:
    original = path.read_bytes()
    as_json = json.dumps(yaml.safe_load(original), ensure_ascii=False, indent=2).encode("utf-8")
    only_library_errors(mutate(original, rng, times), "yaml")
    only_library_errors(mutate(as_json, rng, times), "json")


MUTATIONS = [
    b"\n  ", b": ", b"- ", b"&a ", b"*a", b"!!python/object:os.system ", b"<<: ", b"{", b"[", b"'",
    b'"', b"\t", b"\xff", b"\xc3", b"\xe2\x80\x8b", b"\xe2\x80\xae", b"\x00", b"1e400", b"-0",
    b"NaN", b".inf", b"~", b"? ", b"%YAML 1.1\n", b"---\n", b"\r\n", b"\xef\xbb\xbf",
    b"\xcc\x81", b"2025 - 2020", b"31/2/2021", b"0", b"../", b"<script>",
]  # fmt: skip


@HOSTILE
@given(st.text(alphabet=ALPHABET + "0123456789XIV", max_size=400) | phrases)
def test_extract_raises_only_extraction_errors(text: str) -> None:
    extract = pytest.importorskip("vnpartydoc.extract")
    with contextlib.suppress(VnPartyDocError):
        extract.extract(text)
    extract.extract_partial(text)


FUZZ_FOUND = [
    "Huỳnh Văn Sang: Bí thư Đảng ủy x: Bí thư Đảng ủy xã",  # was a KeyError (organ's unit)
    "Thoại Sơn, ngày 00 tháng 12 năm 2020\nKẾ HOẠCH\n",  # was a ValueError (day 0)
]


@pytest.mark.parametrize("text", FUZZ_FOUND)
def test_extract_survives_what_fuzzing_found(text: str) -> None:
    """Texts that once crashed the extractor now give records or its own error."""
    extract = pytest.importorskip("vnpartydoc.extract")
    with contextlib.suppress(VnPartyDocError):
        extract.extract(text)
