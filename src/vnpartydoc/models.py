"""The domain model: organisations, congresses, people, documents and their parts.

Every model is a frozen pydantic value object that rejects unknown keys, normalises text to
NFC, and documents each field (the descriptions become the JSON Schema documentation). Files
hold one *record* each, told apart by their ``type`` key (see :data:`RECORD_TYPES`).
Single-record invariants raise stable error codes (``date_order``, ``number_kind_mismatch``…);
checks across records live in :mod:`vnpartydoc.validation`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, Literal, Self

import jiter
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StrictBool,
    StringConstraints,
    ValidationError,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import InitErrorDetails, PydanticCustomError, SchemaValidator, core_schema

from vnpartydoc.enums import (
    BodyKind,
    DocumentKind,
    Level,
    RelationKind,
    SigningMode,
    TargetArea,
    TargetQualifier,
    kinds_for_code,
)
from vnpartydoc.indicators import IndicatorKey, infer_key
from vnpartydoc.patterns import ISSUER_CODE
from vnpartydoc.text import CLEAN_TEXT_PATTERN, INVISIBLE_CLASS, proper_case_name, to_roman
from vnpartydoc.types import (
    MAX_ORDINAL,
    DocumentNumber,
    PartialDate,
    Quantity,
    Term,
    parse_ordinal,
    value_schema,
)

__all__ = [
    "RECORD_TYPES",
    "Activity",
    "Article",
    "Congress",
    "Directive",
    "Document",
    "Entities",
    "FileRecord",
    "GenericDocument",
    "Goal",
    "GoalDocument",
    "Issuer",
    "Milestone",
    "Organisation",
    "Person",
    "Plan",
    "Point",
    "Publication",
    "Record",
    "Relation",
    "Resolution",
    "Result",
    "Signature",
    "Source",
    "Target",
    "Title",
]

# Patterns shared by the models and the JSON Schema. They mean the same under the three regex
# dialects validators use (ECMA 262, Python's re, Rust's regex): explicit classes instead of \\s
# and \\d (whose meaning differs between them), no lookaround, no backreference.
SPACE_CLASS = r"\x09-\x0d \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""Unicode White_Space: what the models strip from the ends of text (tests check the set)."""
CONTROL_CLASS = r"\x00-\x1f\x7f-\x9f"
"""C0 and C1 control characters."""
ID_PATTERN = r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$"
URL_PATTERN = (  # no spaces or control characters, no bidi spoofing of links
    "^https?://[^" + SPACE_CLASS + CONTROL_CLASS + "<>\"'`" + INVISIBLE_CLASS + "]+$"
)
NO_INVISIBLE_PATTERN = "^[^" + INVISIBLE_CLASS + "]*$"
TEXT_PATTERN = f"^[{SPACE_CLASS}]*[^{SPACE_CLASS}{INVISIBLE_CLASS}][^{INVISIBLE_CLASS}]*$"
"""Text in a file: something other than white space, and no invisible control character."""
FILE_FORM = "canonical"
"""Value of the ``form`` key of the validation context with which the loaders read files.

With it, values must be written in their canonical notation (the schema's), as
:func:`vnpartydoc.dumps` writes them; without it (Python code building objects) the lenient
forms are read too: "XI", "(nhiệm kỳ 2020-2025)", "25/9/2020", full-width digits, "2030".
"""


class _NfcText:
    """Schema of :data:`VnText`: NFC, non-empty, stripped, no invisible control characters.

    From Python data each string is stripped, normalised by ``unicodedata.normalize`` (called by
    pydantic-core directly, no Python frame) and checked for invisible characters by a pattern
    run in Rust. JSON mode is the fast path of ``model_validate_json`` and the loaders: one
    pattern run in Rust accepts text that needs no cleaning as it is
    (:data:`vnpartydoc.text.CLEAN_TEXT_PATTERN`: already NFC, stripped, no invisible
    characters) and refuses the rest with ``text_not_clean``; those entry points then validate
    the document again from Python data, where such text is cleaned or reported.
    """

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.json_or_python_schema(
            json_schema=core_schema.custom_error_schema(
                core_schema.str_schema(pattern=CLEAN_TEXT_PATTERN, strip_whitespace=False),
                custom_error_type="text_not_clean",
                custom_error_message=(
                    "text is not NFC, has whitespace at an end or invisible characters; "
                    "read JSON with vnpartydoc.loads or model_validate_json to clean it"
                ),
            ),
            python_schema=core_schema.chain_schema(
                [
                    core_schema.str_schema(),
                    core_schema.no_info_plain_validator_function(_TO_NFC),
                    _CHECKED,
                ]
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        # Stripped, non-empty and free of invisible characters, as the raw text must be spelled.
        return {"type": "string", "minLength": 1, "pattern": TEXT_PATTERN}


_CHECKED = core_schema.str_schema(min_length=1, pattern=NO_INVISIBLE_PATTERN)
_TO_NFC = functools.partial(unicodedata.normalize, "NFC")
VnText = Annotated[str, _NfcText]
"""Non-empty text in NFC, without zero-width or bidirectional control characters."""


def _token(pattern: str, max_length: int) -> Any:
    # Codes, ids and URLs are taken as written: no whitespace is stripped, so that a file and
    # the schema agree on " ct-01".
    return StringConstraints(
        pattern=pattern, min_length=1, max_length=max_length, strip_whitespace=False
    )


def _in_files(context: Any) -> bool:
    """Whether validation reads a file (values in canonical notation only)."""
    return isinstance(context, dict) and context.get("form") == FILE_FORM


def _not_canonical(value: object, canonical: object) -> PydanticCustomError:
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    return PydanticCustomError(
        "not_canonical",
        "{value} is not in canonical form; write {canonical} "
        "(vnpartydoc fmt rewrites files, validate --lenient reads them as they are)",
        {"value": shown, "canonical": repr(canonical)},
    )


class _CanonicalCache(dict[str, Any]):
    """Values parsed from canonical strings, filled on a miss; refuses other strings.

    pydantic-core calls the C-level ``dict.__getitem__``: a value seen before costs a lookup,
    with no Python frame and no regex run. Refusals are not kept.
    """

    __slots__ = ("_match", "_parse")
    SIZE = 16384

    def __init__(self, match: Callable[[str], Any], parse: Callable[[str], Any]) -> None:
        super().__init__()
        self._match = match
        self._parse = parse

    def __missing__(self, key: str) -> Any:
        # Only pydantic's own JSON mode shows these errors: the loaders and model_validate_json
        # validate such input again from Python data, which names the canonical spelling or
        # the value type's own error.
        try:
            if not self._match(key):
                raise ValueError(key)
            value = self._parse(key)
        except (ValueError, ValidationError) as exc:
            raise PydanticCustomError(
                "not_canonical", "{value} is not in canonical notation", {"value": repr(key)[:60]}
            ) from exc
        if len(self) >= self.SIZE:
            self.clear()
        self[key] = value
        return value


class _FileForm:
    """Annotation of a value type: in files, only its canonical notation (its JSON pattern).

    From JSON text a string is looked up in a cache of canonical strings already parsed (see
    :class:`_CanonicalCache`); from Python data the notation is checked only under the file
    context (see :data:`FILE_FORM`), after the value type has read the input leniently, so the
    error can name the canonical spelling.
    """

    def __init__(self) -> None:
        self.source: Any = None

    def __get_pydantic_core_schema__(
        self, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        self.source = source
        inner = handler(source)
        match = re.compile(source.JSON_PATTERN).fullmatch  # Python's $ allows a final "\n"
        cache = _CanonicalCache(match, SchemaValidator(inner).validate_python)

        def check(value: Any, validate: Callable[[Any], Any], info: Any) -> Any:
            result = validate(value)
            context = info.context  # _in_files(context), its usual answer without a call
            if (
                context is not None
                and _in_files(context)
                and not (value.__class__ is str and match(value))
            ):
                raise _not_canonical(value, str(result))
            return result

        return core_schema.json_or_python_schema(
            json_schema=core_schema.chain_schema(
                [
                    core_schema.str_schema(strict=True, strip_whitespace=False),
                    core_schema.no_info_plain_validator_function(cache.__getitem__),
                ]
            ),
            python_schema=core_schema.with_info_wrap_validator_function(check, inner),
            serialization=core_schema.to_string_ser_schema(),
        )

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        out: JsonSchemaValue = self.source.__get_pydantic_json_schema__(schema, handler)
        return out


class _WholeNumber:
    """Annotation of an integer field: an integer written as one (``2030``), never a bool.

    A number written with a decimal point or an exponent is refused even when it is whole:
    ``delegates: 1.000`` means one thousand in Vietnamese notation, and YAML and JSON read it
    as 1 (``integer_notation``). A string ("2030", "XI") is read only from Python data
    outside files, and only when ``strings`` is true. The bounds are checked last, after any
    validator already in the annotation (such as :func:`parse_ordinal`), and given to the
    JSON Schema.
    """

    def __init__(self, minimum: int, maximum: int, *, strings: bool = True) -> None:
        self.minimum = minimum
        self.maximum = maximum
        self.strings = strings

    def __get_pydantic_core_schema__(
        self, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        inner = handler(source)
        bounds = {"ge": self.minimum, "le": self.maximum}
        bounded = (
            core_schema.int_schema(**bounds)  # type: ignore[arg-type]
            if inner["type"] == "int"
            else core_schema.chain_schema([inner, core_schema.int_schema(**bounds)])  # type: ignore[arg-type]
        )
        strings = self.strings

        def check(value: Any, validate: Callable[[Any], Any], info: Any) -> Any:
            if value.__class__ is int:  # the usual input, none of the cases below
                return validate(value)
            if isinstance(value, bool) or (isinstance(value, str) and not strings):
                raise PydanticCustomError("int_type", "Input should be a valid integer")
            if isinstance(value, str) and _in_files(info.context):
                raise _not_canonical(value, validate(value))
            if isinstance(value, float | Decimal):
                if not _is_whole(value):
                    raise PydanticCustomError("int_type", "Input should be a valid integer")
                raise PydanticCustomError(  # the schema sees the number 1 and cannot tell
                    "integer_notation",
                    "write a whole number without a decimal point or exponent "
                    "(in Vietnamese notation 1.000 is one thousand)",
                )
            return validate(value)

        return core_schema.json_or_python_schema(
            json_schema=(
                core_schema.int_schema(strict=True, **bounds)  # type: ignore[arg-type]
                if inner["type"] == "int"
                else core_schema.chain_schema([core_schema.int_schema(strict=True), bounded])
            ),
            python_schema=core_schema.with_info_wrap_validator_function(check, bounded),
        )

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}


def _is_whole(value: float | Decimal) -> bool:
    """Whether a number has no fractional part (``2030.0``; not ``inf``)."""
    if isinstance(value, float):
        return value.is_integer()
    return value.is_finite() and value == value.to_integral_value()


Id = Annotated[str, _token(ID_PATTERN, 120)]
"""Stable ASCII identifier: lower-case letters and digits joined by '-' or '.'."""
Url = Annotated[str, _token(URL_PATTERN, 2000)]
"""An http(s) URL (other schemes, such as javascript:, are rejected)."""
Ordinal = Annotated[int, BeforeValidator(parse_ordinal), _WholeNumber(1, MAX_ORDINAL)]
"""A congress or committee ordinal: 11 (read from "XI" or "11" outside files)."""
Year = Annotated[int, _WholeNumber(1900, 2200)]
MAX_DELEGATES = 1_000_000
"""Most delegates a congress record may give (the 14th National Congress had 1,586)."""
"""A year from 1900 to 2200 (read from "2030" outside files)."""
Date = Annotated[PartialDate, _FileForm()]
"""A :class:`PartialDate`; in files only ISO "2020-09-25", "2020-09" or "2020"."""
TermValue = Annotated[Term, _FileForm()]
"""A :class:`Term`; in files only "2020 - 2025"."""
Amount = Annotated[Quantity, _FileForm()]
"""A :class:`Quantity`; in files only a string in Vietnamese notation, "6,5–7"."""
Number = Annotated[DocumentNumber, _FileForm()]
"""A :class:`DocumentNumber`; in files only "01-NQ/TU"."""


class Model(BaseModel):
    """Base of every vnpartydoc model: frozen, strict about keys, whitespace-stripped."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        populate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
    )

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        """Validate JSON text: in Rust alone when its text needs no cleaning, else exactly.

        The first try takes strings as they are if they are already clean (see
        :data:`VnText`). Any input it refuses — text to normalise or strip, numbers with a
        fraction (which pydantic would round to a double), or real errors — is read again by
        jiter with exact decimals and validated from Python data, which cleans or reports it.
        """
        if not kwargs:
            try:
                return cls.__pydantic_validator__.validate_json(json_data)  # type: ignore[no-any-return]
            except ValidationError:
                pass
        try:
            parsed = jiter.from_json(
                json_data.encode("utf-8") if isinstance(json_data, str) else bytes(json_data),
                float_mode="decimal",
            )
        except ValueError:
            return super().model_validate_json(json_data, **kwargs)  # pydantic reports the error
        return super().model_validate(parsed, **kwargs)


def _order(earlier: PartialDate | None, later: PartialDate | None, what: str) -> None:
    """Raise ``date_order`` at the field ``what`` when ``later`` is before ``earlier``."""
    if earlier is not None and later is not None and later.latest() < earlier.earliest():
        error = PydanticCustomError(
            "date_order",
            "{what}: {later} is before {earlier}",
            {"what": what, "earlier": str(earlier), "later": str(later)},
        )
        # A ValidationError raised in a model check keeps its location below the model's.
        raise ValidationError.from_exception_data(
            what, [InitErrorDetails(type=error, loc=(what,), input=str(later))]
        )


# ---------------------------------------------------------------------------------- shared parts


class Source(Model):
    """Where a fact comes from: a URL, or another record (such as the article) by id."""

    url: Url | None = Field(None, description="Web address of the source (http or https).")
    document: Id | None = Field(
        None, description="Id of a record the fact comes from, e.g. the article that states it."
    )
    note: VnText | None = Field(None, description="What the source says, or where in it.")


class Point(Model):
    """A numbered point or section of a text ("Thứ nhất, …", "1.", "I-", "a)")."""

    label: VnText | None = Field(None, description='Printed marker, e.g. "Thứ nhất" or "I".')
    heading: VnText | None = Field(None, description="Heading of the point, if it has one.")
    text: VnText = Field(description="Text of the point.")


class Relation(Model):
    """A link from this document to another one, by id."""

    kind: RelationKind = Field(description="How this document relates to the target.")
    target: Id = Field(description="Id of the other document.")
    note: VnText | None = Field(None, description="Free comment on the relation.")


class Issuer(Model):
    """Who issued a document: an organisation and its body."""

    organisation: Id = Field(description="Id of the Party organisation.")
    body: BodyKind = Field(description="Body that issued it: congress, standing board …")
    name: VnText | None = Field(
        None, description='Printed name of the issuer, e.g. "Ban Thường vụ Tỉnh ủy An Giang".'
    )


SIGNERS = ("person", "name", "post")
"""A signature names at least one of these (the schema says so with ``anyOf``)."""


class Signature(Model):
    """Signature block: mode (T/M, K/T, T/L, T/UQ), the body, the post and the person."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                {"required": [key], "properties": {key: {"type": "string"}}} for key in SIGNERS
            ]
        }
    )

    mode: SigningMode | None = Field(
        None, description="T/M, K/T, T/L or T/UQ; absent when the head signs in person."
    )
    on_behalf_of: VnText | None = Field(
        None, description='Body named after the mode, e.g. "Ban Thường vụ" in "T/M BAN THƯỜNG VỤ".'
    )
    post: VnText | None = Field(None, description='Post of the signer, e.g. "Phó Bí thư".')
    person: Id | None = Field(None, description="Id of the signer (a person record).")
    name: VnText | None = Field(None, description="Printed name of the signer.")

    @model_validator(mode="after")
    def _has_signer(self) -> Self:
        if all(getattr(self, key) is None for key in SIGNERS):
            raise PydanticCustomError("signature_empty", "a signature needs a person, name or post")
        return self


class FileRecord(Model):
    """A record that may stand alone in a file; editors may name its schema in ``$schema``."""

    schema_: str | None = Field(
        None, alias="$schema", description="JSON Schema URL, for editors; ignored otherwise."
    )


# ------------------------------------------------------------------------------- organisations


class Organisation(FileRecord):
    """A Party organisation (`tổ chức đảng`, `đảng bộ`), valid over a span of dates."""

    type: Literal["to-chuc-dang"] = Field("to-chuc-dang", description="Record type.")
    id: Id = Field(description="Stable id; a merged province is a new organisation.")
    name: VnText = Field(description='Official name, e.g. "Đảng bộ tỉnh An Giang".')
    committee: VnText | None = Field(
        None, description='Name of its executive committee, e.g. "Tỉnh ủy An Giang".'
    )
    level: Level = Field(description="central, province, district, grassroots, cell or group.")
    locality: VnText | None = Field(None, description='Place it belongs to, e.g. "An Giang".')
    issuer_code: Annotated[str, _token(f"^{ISSUER_CODE}$", 12)] | None = Field(
        None, description='Issuer code in numbers, e.g. "TU".'
    )
    parent: Id | None = Field(None, description="Id of the organisation directly above it.")
    valid_from: Date | None = Field(None, description="First day it exists.")
    valid_to: Date | None = Field(None, description="Last day it exists.")
    predecessors: list[Id] = Field(
        default_factory=list, description="Ids of organisations merged into this one."
    )
    successors: list[Id] = Field(
        default_factory=list, description="Ids of organisations this one was merged into."
    )
    sources: list[Source] = Field(default_factory=list, description="Where the facts come from.")

    @model_validator(mode="after")
    def _dates(self) -> Self:
        _order(self.valid_from, self.valid_to, "valid_to")
        return self


class Congress(FileRecord):
    """A congress (`đại hội`) of an organisation: ordinal, term, dates and place."""

    type: Literal["dai-hoi"] = Field("dai-hoi", description="Record type.")
    id: Id = Field(description="Stable id.")
    organisation: Id = Field(description="Id of the organisation holding the congress.")
    ordinal: Ordinal = Field(description="Ordinal (lần thứ): an integer, shown as XI.")
    term: TermValue | None = Field(
        None,
        description='Term (nhiệm kỳ) it opens, e.g. "2020 - 2025"; absent when the sources do '
        "not state it (a local term is never guessed from the congress's year).",
    )
    name: VnText | None = Field(None, description="Full printed name of the congress.")
    form: Literal["delegates", "all-members"] = Field(
        "delegates", description="Congress of delegates or of all members."
    )
    prep_on: Date | None = Field(None, description="Preparatory sitting (phiên trù bị).")
    opened_on: Date | None = Field(None, description="Opening day (khai mạc).")
    closed_on: Date | None = Field(None, description="Closing day (bế mạc).")
    place: VnText | None = Field(None, description="Where it was held.")
    delegates: Annotated[int, _WholeNumber(1, MAX_DELEGATES, strings=False)] | None = Field(
        None, description="Number of delegates."
    )  # no strings: "1.000" would otherwise be read as 1, where Vietnamese notation means 1000
    sources: list[Source] = Field(default_factory=list, description="Where the facts come from.")

    @property
    def roman(self) -> str:
        """The ordinal in Roman numerals ("XI")."""
        return to_roman(self.ordinal)

    @model_validator(mode="after")
    def _dates(self) -> Self:
        _order(self.prep_on, self.opened_on, "opened_on")
        _order(self.opened_on, self.closed_on, "closed_on")
        return self


# --------------------------------------------------------------------------------------- people


class Title(Model):
    """A title (`chức danh`) held over a span of dates: post, organ, organisation."""

    printed: VnText = Field(description='The title as printed, e.g. "Tỉnh ủy viên".')
    post: VnText = Field(description='The post, e.g. "Phó Trưởng Ban" or "Ủy viên".')
    organ: VnText | None = Field(
        None, description='The body the post is in, e.g. "Ban Tuyên giáo Tỉnh ủy".'
    )
    organisation: Id | None = Field(None, description="Id of the Party organisation.")
    held_from: Date | None = Field(None, description="First day the title was held.")
    held_to: Date | None = Field(None, description="Last day the title was held.")
    sources: list[Source] = Field(default_factory=list, description="Where the fact comes from.")

    @model_validator(mode="after")
    def _dates(self) -> Self:
        _order(self.held_from, self.held_to, "held_to")
        return self

    def held_on(self, date: PartialDate) -> bool | None:
        """Whether the title was held on ``date``; None when its dates are unknown."""
        if self.held_from is None and self.held_to is None:
            return None
        if self.held_from is not None and date.latest() < self.held_from.earliest():
            return False
        return not (self.held_to is not None and date.earliest() > self.held_to.latest())


class Person(FileRecord):
    """A person who signs or writes documents, with dated titles."""

    type: Literal["ca-nhan"] = Field("ca-nhan", description="Record type.")
    id: Id = Field(description="Stable id.")
    name: VnText = Field(description='Name in proper case, e.g. "Trình Lam Sinh".')
    byline: VnText | None = Field(
        None, description='Name as printed in a byline, e.g. "TRÌNH LAM SINH".'
    )
    titles: list[Title] = Field(default_factory=list, description="Titles over time.")
    sources: list[Source] = Field(default_factory=list, description="Where the facts come from.")

    @model_validator(mode="before")
    @classmethod
    def _proper_case(cls, data: Any) -> Any:
        # An ALL-CAPS name is a byline: keep it as printed and store the proper-case name.
        if isinstance(data, dict) and isinstance(data.get("name"), str):
            name = data["name"]
            if name.strip() and name == name.upper() and name != name.lower():
                data = {**data, "name": proper_case_name(name)}
                if data.get("byline") is None:  # absent or null: keep the name as printed
                    data["byline"] = name.strip()
        return data

    def titles_on(self, date: PartialDate) -> list[Title]:
        """Titles held on ``date`` (titles without dates count as held)."""
        return [t for t in self.titles if t.held_on(date) is not False]


# ------------------------------------------------------------------------------------ documents


def _number_kind_error(number: DocumentNumber, kind: DocumentKind) -> PydanticCustomError | None:
    """The ``number_kind_mismatch`` error when the number's type code belongs to other kinds."""
    kinds = kinds_for_code(number.kind_code)
    if kinds is None or kind in kinds:
        return None
    return PydanticCustomError(
        "number_kind_mismatch",
        "number {number} has type code {code}, which does not fit a {kind}",
        {
            "number": repr(str(number)),
            "code": repr(number.kind_code),
            "kind": kind.label_en.lower(),
        },
    )


class _NumberOf:
    """Annotation of a :class:`DocumentNumber` whose type code must fit one document kind.

    The check is part of the number's own validation, so it is cached with the parse (once per
    distinct number) and its error points at the ``number`` field.
    """

    def __init__(self, kind: DocumentKind) -> None:
        self.kind = kind

    def _validate(self, value: object) -> DocumentNumber:
        number = DocumentNumber._validate(value)
        error = _number_kind_error(number, self.kind)
        if error is not None:
            raise error
        return number

    def __get_pydantic_core_schema__(
        self, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return value_schema(self._validate)

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return DocumentNumber.__get_pydantic_json_schema__(schema, handler)


def _number_field() -> Any:
    return Field(None, description='Number and symbol (số và ký hiệu), e.g. "01-NQ/TU".')


class Document(FileRecord):
    """Fields shared by every document."""

    id: Id = Field(description="Stable id, unique in a corpus; also the page slug.")
    number: Number | None = _number_field()
    title: VnText = Field(description="Title: the type name and the summary line.")
    summary: VnText | None = Field(None, description="Summary line (trích yếu) or abstract.")
    issuer: Issuer | None = Field(None, description="Issuing organisation and body.")
    place: VnText | None = Field(
        None, description='Place of the place-and-date line, e.g. "An Giang".'
    )
    issued_on: Date | None = Field(None, description="Date of issue.")
    tenure: Ordinal | None = Field(
        None,
        description="Committee term (khóa) of the issuing committee, when stated: 13 (XIII).",
    )
    signature: Signature | None = Field(None, description="Signature block.")
    relations: list[Relation] = Field(default_factory=list, description="Links to other documents.")
    sources: list[Source] = Field(default_factory=list, description="Where the facts come from.")
    tags: list[VnText] = Field(default_factory=list, description="Free keywords.")

    @property
    def kind(self) -> DocumentKind | None:
        """The document kind, or None for records that are not Party documents (articles)."""
        value = str(getattr(self, "type", ""))
        return DocumentKind(value) if value in DocumentKind._value2member_map_ else None


class Milestone(Model):
    """What a goal aims for by a year ("đến năm 2030 …")."""

    year: Year = Field(description="Deadline year.")
    text: VnText = Field(description="What is to be reached by then.")


class Goal(Model):
    """The general goal (mục tiêu tổng quát) with its dated milestones."""

    text: VnText = Field(description="The goal as quoted.")
    milestones: list[Milestone] = Field(
        default_factory=list, description="Dated aims within the goal."
    )
    sources: list[Source] = Field(default_factory=list, description="Where the goal is quoted.")

    @property
    def last_year(self) -> int | None:
        """The latest milestone year ("tầm nhìn đến năm 2045" → 2045), None without one."""
        return max((m.year for m in self.milestones), default=None)


def _goal_field() -> Any:
    # One definition for every document type that states a general goal (see GoalDocument).
    return Field(None, description="General goal (mục tiêu tổng quát).")


class Result(Model):
    """A result (kết quả): the value a target reached, when it was measured and who reports it.

    In a file, ``achieved: "6,8"`` is short for ``achieved: {value: "6,8"}``.
    """

    value: Amount = Field(description='Value reached, in Vietnamese notation, e.g. "6,8".')
    unit: VnText | None = Field(
        None,
        description="Unit of the value when it differs from the target's; it must convert to "
        'it, e.g. "nghìn tỷ đồng" for a target in "tỷ đồng".',
    )
    measured_on: Date | None = Field(
        None, description='Day, month or year the value was measured, e.g. "2024".'
    )
    period: TermValue | None = Field(
        None, description='Period the value was counted over, e.g. "2021 - 2025".'
    )
    estimated: StrictBool = Field(
        False, description='Whether the value is an estimate ("ước đạt"); true or false only.'
    )
    reported_in: Id | None = Field(
        None,
        description="Id of the document that reports it, e.g. the next congress's political "
        "report or a mid-term review.",
    )
    sources: list[Source] = Field(default_factory=list, description="Where the result is stated.")

    def __str__(self) -> str:
        return str(self.value)

    @property
    def when(self) -> str | None:
        """The period or date measured, as printed ("2021 - 2025", "2024")."""
        if self.period is not None:
            return str(self.period)
        return str(self.measured_on) if self.measured_on is not None else None


def _result_of(value: object) -> object:
    """Read the short form of a result: a bare value or range stands for ``{value: …}``."""
    if isinstance(value, str | int | float | Decimal | Quantity) and not isinstance(value, bool):
        return {"value": value}
    return value


class _ResultShorthand:
    """Annotation of :class:`Result` that also accepts the bare value, in data and schema."""

    def __get_pydantic_core_schema__(
        self, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_before_validator_function(_result_of, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        bare = Quantity.__get_pydantic_json_schema__(schema, handler)
        return {"anyOf": [handler(schema), bare]}


class Target(Model):
    """A target (chỉ tiêu): indicator, value or range, unit, deadline or period."""

    indicator: VnText = Field(description='What is measured, e.g. "GRDP bình quân đầu người".')
    key: IndicatorKey | None = Field(
        None,
        description="Normalised indicator, to compare organisations and terms, e.g. "
        '"grdp-growth"; inferred from the wording when absent.',
    )
    value: Amount | None = Field(
        None, description='Target value or range in Vietnamese notation, e.g. "6,5–7".'
    )
    unit: VnText | None = Field(None, description='Unit, e.g. "%", "triệu đồng/người/năm".')
    qualifier: TargetQualifier = Field(
        TargetQualifier.EXACT, description="exact, at-least, more-than, at-most, less-than, about."
    )
    deadline: Year | None = Field(None, description="Year by which it is to be reached.")
    period: TermValue | None = Field(
        None, description='Period it is counted over, e.g. "2020 - 2025".'
    )
    area: TargetArea | None = Field(None, description="Group: economy, society, environment …")
    achieved: Annotated[Result, _ResultShorthand()] | None = Field(
        None, description="Result reached, where known: a value, or a value with its context."
    )
    printed: VnText | None = Field(None, description="The target as printed.")
    sources: list[Source] = Field(default_factory=list, description="Where the target is stated.")

    @property
    def indicator_key(self) -> IndicatorKey | None:
        """The normalised indicator: ``key``, else one inferred from the wording and unit."""
        return self.key if self.key is not None else infer_key(self.indicator, self.unit)

    @property
    def year(self) -> int | None:
        """The year the target is due: its deadline, else the end of its period."""
        if self.deadline is not None:
            return self.deadline
        return self.period.end_year if self.period is not None else None


class Resolution(Document):
    """A resolution (nghị quyết), possibly adopted by a congress."""

    type: Literal["nghi-quyet"] = Field(description="Record type.")
    number: Annotated[DocumentNumber, _NumberOf(DocumentKind.RESOLUTION), _FileForm()] | None = (
        _number_field()
    )
    congress: Id | None = Field(None, description="Id of the congress that adopted it.")
    term: TermValue | None = Field(None, description="Term the resolution covers.")
    horizon: Year | None = Field(
        None, description="Last year the resolution looks to (e.g. 2030 for its vision)."
    )
    general_goal: Goal | None = _goal_field()
    specific_goals: list[VnText] = Field(default_factory=list, description="Specific goals.")
    targets: list[Target] = Field(default_factory=list, description="Main targets (chỉ tiêu).")
    tasks: list[VnText] = Field(default_factory=list, description="Key tasks (nhiệm vụ).")
    solutions: list[VnText] = Field(default_factory=list, description="Main solutions (giải pháp).")
    breakthroughs: list[VnText] = Field(
        default_factory=list, description="Strategic breakthroughs (khâu đột phá)."
    )
    points: list[Point] = Field(default_factory=list, description="Numbered points or sections.")

    def horizon_year(self) -> int | None:
        """The last year the resolution covers: ``horizon``, the goal's milestones or the term."""
        goal_year = self.general_goal.last_year if self.general_goal else None
        term_year = self.term.end_year if self.term else None
        years = [y for y in (goal_year, self.horizon, term_year) if y is not None]
        return max(years) if years else None


class Directive(Document):
    """A directive (chỉ thị): numbered points."""

    type: Literal["chi-thi"] = Field(description="Record type.")
    number: Annotated[DocumentNumber, _NumberOf(DocumentKind.DIRECTIVE), _FileForm()] | None = (
        _number_field()
    )
    points: list[Point] = Field(default_factory=list, description="Numbered points or sections.")


class Activity(Model):
    """An activity of a plan: what, who leads, by when."""

    what: VnText = Field(description="What is to be done.")
    lead: VnText | None = Field(None, description="Who leads it.")
    partners: list[VnText] = Field(default_factory=list, description="Who takes part.")
    deadline: Date | None = Field(None, description="By when.")


class Plan(Document):
    """A plan (kế hoạch): its general goal and activities."""

    type: Literal["ke-hoach"] = Field(description="Record type.")
    number: Annotated[DocumentNumber, _NumberOf(DocumentKind.PLAN), _FileForm()] | None = (
        _number_field()
    )
    general_goal: Goal | None = _goal_field()
    activities: list[Activity] = Field(default_factory=list, description="Activities.")
    points: list[Point] = Field(default_factory=list, description="Numbered points or sections.")


GenericKind = Literal[
    "cuong-linh", "dieu-le", "chien-luoc", "quyet-dinh", "ket-luan", "quy-che", "quy-dinh",
    "thong-tri", "huong-dan", "thong-bao", "thong-cao", "tuyen-bo", "loi-keu-goi", "bao-cao",
    "quy-hoach", "chuong-trinh", "de-an", "phuong-an", "du-an", "to-trinh", "cong-van",
    "bien-ban", "giay-to-hanh-chinh",
]  # fmt: skip


class GenericDocument(Document):
    """Any other document type: conclusions, decisions, notices … with numbered points.

    Strategies, programmes, schemes and plannings (chiến lược, chương trình, đề án, quy
    hoạch) state a general goal too ("đến năm 2030 …, tầm nhìn đến năm 2045 …").
    """

    type: GenericKind = Field(description="Record type: the document kind.")
    general_goal: Goal | None = _goal_field()
    points: list[Point] = Field(default_factory=list, description="Numbered points or sections.")

    @model_validator(mode="after")
    def _number_matches_kind(self) -> Self:
        # The kind varies with ``type`` here; the other document models check in the number.
        kind = self.kind
        if self.number is not None and kind is not None:
            error = _number_kind_error(self.number, kind)
            if error is not None:
                raise error
        return self


GoalDocument = Resolution | Plan | GenericDocument
"""The document types that may state a general goal: ``isinstance(doc, GoalDocument)``.

A directive (chỉ thị) has none: it orders how a line already set is carried out, in points.
"""


class Publication(Model):
    """Where an article appeared."""

    name: VnText = Field(description='Name, e.g. "Ban Tuyên giáo Tỉnh ủy An Giang".')
    tag: Annotated[str, _token(r"^[A-ZĐ0-9.-]{1,20}$", 20)] | None = Field(
        None, description='Tag printed in the lead, e.g. "TUAG".'
    )
    url: Url | None = Field(None, description="Home page of the publication.")


class Article(Document):
    """A published article about documents, like a propaganda-board commentary."""

    type: Literal["bai-viet"] = Field(description="Record type.")
    publication: Publication | None = Field(None, description="Where it was published.")
    authors: list[Id] = Field(default_factory=list, description="Ids of the authors (people).")
    about: list[Id] = Field(
        default_factory=list, description="Ids of the documents and congresses it is about."
    )
    url: Url | None = Field(None, description="Web address of the article itself.")
    lead: VnText | None = Field(None, description="Lead paragraph (sapo).")
    intro: list[VnText] = Field(
        default_factory=list, description="Paragraphs between the lead and the points."
    )
    points: list[Point] = Field(default_factory=list, description="Numbered points or sections.")
    closing: list[VnText] = Field(default_factory=list, description="Paragraphs after the points.")


class Entities(FileRecord):
    """A file of shared entities referenced by id, like Material's ``.authors.yml``."""

    type: Literal["danh-muc"] = Field(description="Record type.")
    organisations: list[Organisation] = Field(default_factory=list, description="Organisations.")
    congresses: list[Congress] = Field(default_factory=list, description="Congresses.")
    people: list[Person] = Field(default_factory=list, description="People.")


Record = (
    Resolution | Directive | Plan | GenericDocument | Article | Organisation | Congress | Person
    | Entities
)  # fmt: skip
"""Anything one file may hold."""

RECORD_TYPES: dict[str, type[Model]] = {
    "nghi-quyet": Resolution,
    "chi-thi": Directive,
    "ke-hoach": Plan,
    "bai-viet": Article,
    "to-chuc-dang": Organisation,
    "dai-hoi": Congress,
    "ca-nhan": Person,
    "danh-muc": Entities,
    **{kind.value: GenericDocument for kind in DocumentKind if kind.value not in
       {"nghi-quyet", "chi-thi", "ke-hoach"}},
}  # fmt: skip
"""The ``type`` key of a file → the model that reads it."""
