"""Load and dump records as YAML or JSON, losslessly and with precise error locations.

- Input is decoded as UTF-8 (a BOM is dropped), normalised to NFC once, and parsed with
  duplicate keys rejected in both formats. YAML is read with a safe loader that constructs only
  strings, numbers, booleans and nulls (no tags that build objects, no timestamps: dates stay
  text), with a cap on nodes (alias bombs) and on nesting depth.
- Every error becomes an :class:`~vnpartydoc.errors.Issue` with a stable code, the JSON path of
  the field and its line and column in the file.
- Output is canonical: model field order, defaults left out, NFC text with diacritics intact;
  dumping twice gives the same bytes. Files are written by :func:`vnpartydoc.writing.write_atomic`:
  whole or not at all, with the umask's mode, never over another writer's file unless asked.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import math
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args, get_origin

import jiter
import yaml
from pydantic import BaseModel, ValidationError

from vnpartydoc.errors import DocumentLoadError, DocumentValidationError, Issue
from vnpartydoc.models import (
    FILE_FORM,
    ID_PATTERN,
    NO_INVISIBLE_PATTERN,
    RECORD_TYPES,
    URL_PATTERN,
    Record,
)
from vnpartydoc.patterns import MAGNITUDE, MAX_EXPONENT
from vnpartydoc.positions import find_duplicate_key, json_positions, line_col
from vnpartydoc.text import has_invisible
from vnpartydoc.writing import write_atomic

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

__all__ = [
    "DEFAULT_LIMITS",
    "Format",
    "Limits",
    "dump",
    "dumps",
    "format_of",
    "load",
    "loads",
    "locate",
    "parse",
    "reformat",
    "to_data",
    "validate_data",
    "write_atomic",
]

Format = Literal["json", "yaml"]
Loc = tuple[str | int, ...]
Positions = dict[Loc, tuple[int, int]]
PATTERN_CODES = {
    NO_INVISIBLE_PATTERN: (
        "invisible_character",
        "text contains a zero-width or bidirectional control character",
    ),
    ID_PATTERN: (
        "id_format",
        "invalid id; expected lower-case ASCII letters and digits joined by '-' or '.'",
    ),
    URL_PATTERN: ("url_format", "invalid URL; expected an http:// or https:// address"),
}
"""Pydantic pattern errors of the models' own patterns, renamed to stable, specific codes."""
_FILE_CONTEXT = {"form": FILE_FORM}
"""Validation context of files: values in canonical notation only."""
TRAILING_KEYS = ("relations", "sources", "tags")
"""Keys written last, after the fields particular to each record type."""
SUFFIXES: dict[str, Format] = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}
_YAML_STR = "tag:yaml.org,2002:str"
_YAML_SCALARS = {
    _YAML_STR,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_YAML_MAP = "tag:yaml.org,2002:map"
_YAML_SEQ = "tag:yaml.org,2002:seq"


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on one input file, so hostile input cannot exhaust time or memory."""

    max_bytes: int = 16 * 1024 * 1024
    """Largest file read, in bytes (16 MiB)."""
    max_depth: int = 64
    """Deepest nesting of YAML mappings and lists (JSON nesting is capped by its parser)."""
    max_nodes: int = 200_000
    """Most YAML nodes visited, counting each alias expansion (stops alias bombs)."""


DEFAULT_LIMITS = Limits()


class _Loader(yaml.SafeLoader):
    """Safe loader without the timestamp resolver: dates stay strings, parsed by the models."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
# libyaml composes the same nodes, with the same marks, about 15 times faster. It reads valid
# files; any file it refuses is read again by _Loader, which reports the problem.
_FastLoader: Any = None
if getattr(yaml, "__with_libyaml__", False):

    class _FastLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        """libyaml loader with the resolvers of :class:`_Loader`."""

    _FastLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers


class _Dumper(yaml.SafeDumper):
    """Safe dumper that indents lists under their key, as people write YAML by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    if "\x85" in value or "\u2028" in value or "\u2029" in value:
        style = '"'  # YAML line breaks that other styles fold into spaces; escaped when quoted
    return dumper.represent_scalar(_YAML_STR, value, style=style)


_Dumper.add_representer(str, _str_presenter)


def format_of(path: str | os.PathLike[str]) -> Format:
    """Infer the format from a file suffix (``.json``, ``.yaml``, ``.yml``).

    Raises:
        DocumentLoadError: ``format_unknown`` for any other suffix.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise DocumentLoadError.from_code(
            "format_unknown",
            f"cannot tell the format of suffix {suffix!r}; expected .json, .yaml or .yml",
            path=Path(path),
        )
    return SUFFIXES[suffix]


def _check_size(data: str | bytes, path: Path | None, limits: Limits) -> None:
    if len(data) > limits.max_bytes:
        raise DocumentLoadError.from_code(
            "file_too_large",
            f"input has {len(data):,} bytes; the limit is {limits.max_bytes:,} (Limits.max_bytes)",
            path=path,
        )


def _decode(data: str | bytes, path: Path | None, limits: Limits) -> str:
    _check_size(data, path, limits)
    if isinstance(data, bytes):
        raw = data
        try:
            data = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            prefix = raw[: exc.start].decode("utf-8", errors="replace")
            raise DocumentLoadError.from_code(
                "encoding",
                f"byte {raw[exc.start]:#04x} at offset {exc.start} is not "
                "UTF-8; save the file as UTF-8",
                path=path,
                at=line_col(prefix, len(prefix)),
            ) from exc
    data = data.removeprefix("\ufeff")
    if not unicodedata.is_normalized("NFC", data):
        data = unicodedata.normalize("NFC", data)
    return data


# ------------------------------------------------------------------------------------- parsing


def parse(
    data: str | bytes, fmt: Format, *, path: Path | None = None, limits: Limits = DEFAULT_LIMITS
) -> tuple[Any, Positions | None, str | bytes]:
    """Decode and parse text without validating it.

    Returns:
        The parsed data, the positions of its fields (None for JSON, computed on demand) and
        the NFC input: UTF-8 bytes for JSON, text for YAML.

    Raises:
        DocumentLoadError: on encoding, syntax, duplicate keys, tags or limits.
    """
    try:
        if fmt == "json":
            raw = _json_bytes(data, path, limits)
            return _parse_json(raw, path), None, raw
        text = _decode(data, path, limits)
        return (*_parse_yaml(text, path, limits), text)
    except UnicodeEncodeError as exc:  # a str holding lone surrogates: not text at all
        bad = exc.object[exc.start]
        raise DocumentLoadError.from_code(
            "encoding",
            f"character U+{ord(bad):04X} at offset {exc.start} is a lone surrogate, which is not "
            "text; decode the input as UTF-8 with errors='strict'",
            path=path,
            at=line_col(exc.object, exc.start),
        ) from exc


def _json_bytes(data: str | bytes, path: Path | None, limits: Limits) -> bytes:
    """UTF-8 bytes without a BOM (NFC is handled per string by the models).

    Invalid UTF-8 is left to the parser, which refuses it; :func:`_parse_json` then reports it
    as an ``encoding`` issue with its offset.
    """
    _check_size(data, path, limits)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return raw.removeprefix(b"\xef\xbb\xbf")


JITER_ERROR_RE = re.compile(r"^(?P<message>.*) at line (?P<line>\d+) column (?P<column>\d+)$")


def _parse_json(raw: bytes, path: Path | None) -> Any:
    # jiter (from the pydantic project) parses in Rust and reports duplicate keys with their
    # position; numbers with a fraction become Decimal, so no digit is lost.
    try:
        data = jiter.from_json(
            raw,
            catch_duplicate_keys=True,
            float_mode="decimal",
            allow_inf_nan=False,
        )
    except ValueError as exc:
        _decode(raw, path, DEFAULT_LIMITS)  # report invalid UTF-8 as such, with its offset
        match = JITER_ERROR_RE.match(str(exc))
        message = match["message"] if match else str(exc)
        pos = (int(match["line"]), int(match["column"])) if match else None
        if message.startswith("Detected duplicate key"):
            key = message.removeprefix("Detected duplicate key ").strip('"')
            found = find_duplicate_key(raw.decode("utf-8"))
            loc, pos = found if found is not None else ((), pos)
            raise DocumentLoadError.from_code(
                "duplicate_key",
                f"key {key!r} appears twice in one object",
                path=path,
                at=pos,
                loc=loc,
            ) from exc
        if message.startswith("recursion limit"):
            raise DocumentLoadError.from_code(
                "nesting_too_deep", "JSON nests too deeply", path=path, at=pos
            ) from exc
        if pos is not None:
            pos = (pos[0], max(pos[1], 1))  # jiter counts an empty input's column from 0
        if message.startswith("number out of range"):
            raise DocumentLoadError.from_code(
                "number_out_of_range", _RANGE_MESSAGE, path=path, at=pos
            ) from exc
        raise DocumentLoadError.from_code(
            "json_syntax", message[:1].lower() + message[1:], path=path, at=pos
        ) from exc
    return data


def _check_keys(data: Any, raw: bytes, path: Path | None) -> None:
    """Refuse two keys of one object that differ only in normalisation (NFC and NFD)."""
    bad = _find_nfc_twin(data)
    if bad is not None:
        where = _position(bad, json_positions(raw.decode("utf-8")))
        key = unicodedata.normalize("NFC", str(bad[-1]))
        raise DocumentLoadError.from_code(
            "duplicate_key",
            f"key {key!r} appears twice in one object (composed and decomposed)",
            path=path,
            at=(where[0] or 1, where[1] or 1),
            loc=(*bad[:-1], key),
        )


def _find_nfc_twin(data: Any) -> Loc | None:
    """The JSON path of the first key whose NFC form another key of its object has, if any."""
    for loc, value in _nodes(data, ()):
        if isinstance(value, dict) and not all(
            unicodedata.is_normalized("NFC", key) for key in value
        ):
            seen: set[str] = set()
            for key in value:
                nfc = unicodedata.normalize("NFC", key)
                if nfc in seen:
                    return (*loc, key)
                seen.add(nfc)
    return None


def _nodes(data: Any, loc: Loc) -> Iterator[tuple[Loc, Any]]:
    """Every value in parsed data with its JSON path, parents before their children."""
    yield loc, data
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _nodes(value, (*loc, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _nodes(value, (*loc, index))


def _check_numbers(data: Any, raw: bytes, path: Path | None) -> None:
    """Refuse numbers a double cannot hold (jiter read them exactly, as int or Decimal)."""
    bad = _find_out_of_range(data)
    if bad is not None:
        where = _position(bad, json_positions(raw.decode("utf-8")))
        raise DocumentLoadError.from_code(
            "number_out_of_range",
            _RANGE_MESSAGE,
            path=path,
            at=(where[0] or 1, where[1] or 1),
            loc=bad,
        )


_RANGE_MESSAGE = f"number out of range; expected {MAGNITUDE}"
_YAML_MANTISSA_RE = re.compile(r"^[^e]*[1-9]")


def _out_of_range(value: Any) -> bool:
    if isinstance(value, Decimal):
        return value.is_finite() and value != 0 and abs(value.adjusted()) > MAX_EXPONENT
    return isinstance(value, int) and value.bit_length() > 1024  # 2**1024 ≈ 1.8e308


def _find_out_of_range(data: Any) -> Loc | None:
    """The JSON path of the first number out of range in parsed data, if any."""
    return next((loc for loc, value in _nodes(data, ()) if _out_of_range(value)), None)


def _parse_yaml_fast(text: str, path: Path | None, limits: Limits) -> tuple[Any, Positions]:
    loader = _FastLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise yaml.YAMLError("empty document")
        positions: Positions = {}
        return _YamlBuilder(loader, path, limits, positions).build(node, (), 0), positions
    finally:
        loader.dispose()


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    return " ".join(str(p) for p in (exc.context, exc.problem) if p) or "invalid YAML"


def _parse_yaml(text: str, path: Path | None, limits: Limits) -> tuple[Any, Positions]:
    if _FastLoader is not None:
        try:
            return _parse_yaml_fast(text, path, limits)
        except (yaml.YAMLError, DocumentLoadError, RecursionError):
            pass  # read it again below, to report the problem with the pure-Python parser
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as exc:  # a control character, found before parsing starts
        message = f"character {chr(exc.character)!r} is not allowed in YAML; remove it"
        raise DocumentLoadError.from_code(
            "yaml_syntax", message, path=path, at=line_col(text, exc.position)
        ) from exc
    try:
        node = loader.get_single_node()
        if node is None:
            raise DocumentLoadError.from_code(
                "empty_file",
                "the file holds no data; expected a mapping with a 'type' key",
                path=path,
                at=(1, 1),
            )
        positions: Positions = {}
        data = _YamlBuilder(loader, path, limits, positions).build(node, (), 0)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = (mark.line + 1, mark.column + 1) if mark is not None else None
        if mark is not None and mark.column == 0 and mark.index >= len(text) > 0:
            # "found unexpected end of stream" after the last line feed: point at what was left
            # open (a quote, a bracket), or else at the end of the last line, not past it.
            open_at = exc.context_mark
            last = text.rstrip("\n")
            pos = (open_at.line + 1, open_at.column + 1) if open_at else line_col(last, len(last))
        raise DocumentLoadError.from_code(
            "yaml_syntax", _yaml_message(exc), path=path, at=pos
        ) from exc
    except yaml.YAMLError as exc:
        raise DocumentLoadError.from_code("yaml_syntax", str(exc), path=path) from exc
    except RecursionError as exc:
        pos = (loader.line + 1, loader.column + 1)  # how far the parser had read
        raise DocumentLoadError.from_code(
            "nesting_too_deep", "YAML nests too deeply", path=path, at=pos
        ) from exc
    finally:
        loader.dispose()
    return data, positions


@dataclass
class _YamlBuilder:
    loader: _Loader
    path: Path | None
    limits: Limits
    positions: Positions
    nodes: int = 0

    def build(self, node: yaml.Node, loc: Loc, depth: int) -> Any:
        pos = (node.start_mark.line + 1, node.start_mark.column + 1)
        self.positions.setdefault(loc, pos)
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            raise DocumentLoadError.from_code(
                "too_many_nodes",
                f"more than {self.limits.max_nodes:,} YAML nodes, "
                "counting alias expansions (Limits.max_nodes)",
                path=self.path,
                at=pos,
                loc=loc,
            )
        if depth > self.limits.max_depth:
            raise DocumentLoadError.from_code(
                "nesting_too_deep",
                f"input nests deeper than {self.limits.max_depth} levels (Limits.max_depth)",
                path=self.path,
                at=pos,
                loc=loc,
            )
        if isinstance(node, yaml.ScalarNode) and node.tag in _YAML_SCALARS:
            return self._scalar(node, loc, pos)
        if isinstance(node, yaml.SequenceNode) and node.tag == _YAML_SEQ:
            return [self.build(item, (*loc, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode) and node.tag == _YAML_MAP:
            return self._mapping(node, loc, depth)
        raise DocumentLoadError.from_code(
            "yaml_tag",
            f"YAML tag {node.tag!r} is not allowed; only plain mappings, "
            "lists, strings, numbers, booleans and null are read",
            path=self.path,
            at=pos,
            loc=loc,
        )

    def _scalar(self, node: yaml.ScalarNode, loc: Loc, pos: tuple[int, int]) -> Any:
        try:
            value = self.loader.construct_object(node)
        except ValueError as exc:  # an integer longer than Python converts (4,300 digits)
            raise DocumentLoadError.from_code(
                "number_out_of_range", _RANGE_MESSAGE, path=self.path, at=pos, loc=loc
            ) from exc
        if isinstance(value, float):
            # YAML reads 1e400 as infinity and 1e-400 as 0: refuse rather than change the value.
            text = node.value.lower()
            overflow = math.isinf(value) and ".inf" not in text
            underflow = value == 0 and _YAML_MANTISSA_RE.match(text) is not None
            if overflow or underflow:
                raise DocumentLoadError.from_code(
                    "number_out_of_range", _RANGE_MESSAGE, path=self.path, at=pos, loc=loc
                )
        elif _out_of_range(value):
            raise DocumentLoadError.from_code(
                "number_out_of_range", _RANGE_MESSAGE, path=self.path, at=pos, loc=loc
            )
        return value

    def _mapping(self, node: yaml.MappingNode, loc: Loc, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_pos = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise DocumentLoadError.from_code(
                    "yaml_tag",
                    "merge keys ('<<') are not allowed",
                    path=self.path,
                    at=key_pos,
                    loc=loc,
                )
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _YAML_SCALARS:
                raise DocumentLoadError.from_code(
                    "key_type",
                    "mapping keys must be plain strings",
                    path=self.path,
                    at=key_pos,
                    loc=loc,
                )
            key = str(self.loader.construct_object(key_node))
            if key in out:
                raise DocumentLoadError.from_code(
                    "duplicate_key",
                    f"key {key!r} appears twice in one mapping",
                    path=self.path,
                    at=key_pos,
                    loc=(*loc, key),
                )
            self.positions[(*loc, key)] = key_pos
            out[key] = self.build(value_node, (*loc, key), depth + 1)
        return out


# ---------------------------------------------------------------------------------- validation


def validate_data(
    data: Any,
    *,
    path: Path | None = None,
    positions: Positions | None = None,
    text: str | bytes | None = None,
    normalised: bool = False,
    lenient: bool = False,
) -> Record:
    """Validate parsed data into the record its ``type`` key names.

    Values must be in canonical notation, as in a file (see docs/schema.md), unless
    ``lenient``: then "XI", "(nhiệm kỳ 2020-2025)", "25/9/2020" or "2030" are read as well.

    Args:
        data: Parsed JSON or YAML.
        path: The file it came from, for messages.
        positions: Field positions (from YAML parsing); computed from ``text`` when absent.
        text: The JSON text, to locate fields on error.
        normalised: The caller parsed ``text`` itself (the loaders): clean JSON text is then
            validated directly, and other data goes through the per-string checks.
        lenient: Also read the lenient forms Python code may use.

    Raises:
        DocumentValidationError: with one issue per field error.
    """
    model = _record_model(data, path, positions)
    context = None if lenient else _FILE_CONTEXT
    try:
        validator = model.__pydantic_validator__
        if normalised and isinstance(text, bytes):
            # JSON whose text needs no cleaning, in canonical notation, is validated in Rust as
            # it is (see VnText). Text to clean, lenient notations, JSON numbers with a fraction
            # (which pydantic would round to a double) and invalid input go the exact way below.
            with contextlib.suppress(ValidationError):
                return validator.validate_json(text, by_name=False)  # type: ignore[no-any-return]
            _check_keys(data, text, path)
            _check_numbers(data, text, path)
        return validator.validate_python(  # type: ignore[no-any-return]
            data, context=context, by_name=False
        )
    except ValidationError as exc:
        if positions is None and text is not None:
            decoded = text.decode("utf-8") if isinstance(text, bytes) else text
            positions = json_positions(decoded)
        issues = [_issue_of(err, model, path, positions or {}) for err in exc.errors()]
        raise DocumentValidationError("\n".join(i.format() for i in issues), issues=issues) from exc


def _record_model(data: Any, path: Path | None, positions: Positions | None) -> type[BaseModel]:
    where = (positions or {}).get((), (1, 1))
    if not isinstance(data, dict):
        raise DocumentValidationError.from_code(
            "record_type",
            f"expected a mapping at the top, got {type(data).__name__}",
            path=path,
            at=where,
        )
    kind = data.get("type")
    if isinstance(kind, str) and kind in RECORD_TYPES:
        return RECORD_TYPES[kind]
    if kind is None:
        raise DocumentValidationError.from_code(
            "type_missing",
            "missing key 'type'; expected one of " + ", ".join(sorted(RECORD_TYPES)),
            path=path,
            loc=("type",),
            at=where,
        )
    hint = difflib.get_close_matches(str(kind), RECORD_TYPES, n=1)
    more = (
        f"; did you mean {hint[0]!r}?"
        if hint
        else "; expected one of " + ", ".join(sorted(RECORD_TYPES))
    )
    pos = (positions or {}).get(("type",), where)
    raise DocumentValidationError.from_code(
        "type_unknown", f"unknown record type {kind!r}{more}", path=path, loc=("type",), at=pos
    )


def _issue_of(
    err: Mapping[str, Any], model: type[BaseModel], path: Path | None, positions: Positions
) -> Issue:
    loc: Loc = tuple(err["loc"])
    code, message = str(err["type"]), str(err["msg"])
    pattern = (err.get("ctx") or {}).get("pattern")
    if code == "string_pattern_mismatch" and has_invisible(str(err.get("input", ""))):
        pattern = NO_INVISIBLE_PATTERN  # whatever else is wrong, name what cannot be seen
    if code == "string_pattern_mismatch" and pattern in PATTERN_CODES:
        code, message = PATTERN_CODES[pattern]
        message = f"{message} (got {_short(err['input'])})"
    elif code == "missing":
        message = f"missing required field {loc[-1]!r}"
    elif code == "extra_forbidden":
        known = _field_names(model, loc[:-1])
        hint = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
        message = f"unknown key {loc[-1]!r}" + (
            f"; did you mean {hint[0]!r}?" if hint else "; expected one of " + ", ".join(known)
        )
    elif code != "not_canonical" and "input" in err and not str(err["msg"]).startswith("invalid"):
        message = f"{message} (got {_short(err['input'])})"
    pos = _position(loc, positions)
    return Issue(code, message[:1].lower() + message[1:], path, loc, *pos)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _position(loc: Loc, positions: Positions) -> tuple[int | None, int | None]:
    for end in range(len(loc), -1, -1):
        if loc[:end] in positions:
            return positions[loc[:end]]
    return None, None


def _field_names(model: type[BaseModel], loc: Loc) -> list[str]:
    """Names of the fields of the model found at ``loc`` (for 'did you mean' hints)."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int) or current is None:
            continue
        fields = {f.alias or name: f for name, f in current.model_fields.items()}
        field = fields.get(part)
        current = field.annotation if field is not None else None
    current = _unwrap(current)
    if current is None:
        return []
    return [f.alias or name for name, f in current.model_fields.items()]


def _unwrap(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) is not None or get_args(annotation):
        for arg in get_args(annotation):
            found = _unwrap(arg)
            if found is not None:
                return found
    return None


# ------------------------------------------------------------------------------- load and dump


def loads(
    data: str | bytes,
    fmt: Format,
    *,
    path: Path | None = None,
    limits: Limits = DEFAULT_LIMITS,
    lenient: bool = False,
) -> Record:
    """Parse and validate one record from text.

    Values must be in canonical notation, as :func:`dumps` writes them and the JSON Schema
    describes them; with ``lenient`` the other forms Python code may use are read too ("XI",
    "(nhiệm kỳ 2020-2025)", "25/9/2020", a year as a string).

    Example:
        >>> loads('{"type": "to-chuc-dang", "id": "tw", "name": "Đảng Cộng sản Việt Nam", '
        ...       '"level": "central"}', "json").name
        'Đảng Cộng sản Việt Nam'

    Raises:
        DocumentLoadError: when the text cannot be parsed.
        DocumentValidationError: when it does not fit the model.
    """
    parsed, positions, text = parse(data, fmt, path=path, limits=limits)
    return validate_data(
        parsed, path=path, positions=positions, text=text, normalised=True, lenient=lenient
    )


def load(
    path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS, lenient: bool = False
) -> Record:
    """Read one record from a ``.json``, ``.yaml`` or ``.yml`` file.

    Values must be in canonical notation unless ``lenient`` (see :func:`loads`).

    Raises:
        DocumentLoadError: when the file cannot be read or parsed.
        DocumentValidationError: when it does not fit the model.
    """
    file = Path(path)
    fmt = format_of(file)
    try:
        info = file.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block, /dev/zero never end
            raise DocumentLoadError.from_code("file_unreadable", "not a regular file", path=file)
        size = info.st_size
        if size > limits.max_bytes:
            raise DocumentLoadError.from_code(
                "file_too_large",
                f"file has {size:,} bytes; the limit is {limits.max_bytes:,} (Limits.max_bytes)",
                path=file,
            )
        with file.open("rb") as handle:
            raw = handle.read(limits.max_bytes + 1)  # the file may have grown since stat
    except OSError as exc:
        raise DocumentLoadError.from_code(
            "file_unreadable", f"cannot read file: {exc.strerror or exc}", path=file
        ) from exc
    return loads(raw, fmt, path=file, limits=limits, lenient=lenient)


def to_data(record: Record) -> dict[str, Any]:
    """The canonical plain-data form of a record: ``$schema`` and ``type`` first, no defaults."""
    data = record.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    head = {key: data.pop(key) for key in ("$schema",) if key in data}
    head["type"] = record.type
    data.pop("type", None)
    tail = {key: data.pop(key) for key in TRAILING_KEYS if key in data}
    return {**head, **data, **tail}


def dumps(record: Record, fmt: Format, *, modeline: str | None = None) -> str:
    """Serialise a record canonically; the same record always gives the same text.

    Args:
        record: The record.
        fmt: ``"json"`` or ``"yaml"``.
        modeline: For YAML, a schema URL written as a ``yaml-language-server`` modeline.
    """
    data = to_data(record)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    if modeline is not None:
        text = f"# yaml-language-server: $schema={modeline}\n{text}"
    return text


def dump(
    record: Record,
    path: str | os.PathLike[str],
    *,
    fmt: Format | None = None,
    overwrite: bool = True,
    modeline: str | None = None,
) -> None:
    """Write a record to a file atomically, in the format of its suffix unless ``fmt`` is given.

    Raises:
        OutputError: when the file cannot be written or exists and ``overwrite`` is false.
    """
    target = Path(path)
    write_atomic(
        target, dumps(record, fmt or format_of(target), modeline=modeline), overwrite=overwrite
    )


MODELINE_RE = re.compile(r"^# yaml-language-server: \$schema=(?P<url>\S+)[ \t]*\r?\n")


def reformat(
    data: str | bytes, fmt: Format, *, path: Path | None = None, limits: Limits = DEFAULT_LIMITS
) -> str:
    r"""The canonical text of a record file: read leniently, written as :func:`dumps` writes.

    A YAML file keeps its ``yaml-language-server`` modeline. A YAML file with other comments is
    refused (``fmt_comments``): rewriting it would drop them.

    Example:
        >>> print(reformat("type: dai-hoi\nid: dh\norganisation: tw\nordinal: XI\n"
        ...                "term: (nhiệm kỳ 2020–2025)\n", "yaml"), end="")
        type: dai-hoi
        id: dh
        organisation: tw
        ordinal: 11
        term: 2020 - 2025

    Raises:
        DocumentLoadError: when the text cannot be parsed, or holds comments.
        DocumentValidationError: when it does not fit the model even read leniently.
    """
    record = loads(data, fmt, path=path, limits=limits, lenient=True)
    if fmt == "json":
        return dumps(record, fmt)
    text = _decode(data, path, limits)
    modeline = MODELINE_RE.match(text)
    comment = _first_comment(text, modeline.end() if modeline else 0)
    if comment is not None:
        raise DocumentLoadError.from_code(
            "fmt_comments",
            "the file has comments, which rewriting would drop; move them into a field "
            "(such as a source's note) or remove them",
            path=path,
            at=line_col(text, comment),
        )
    return dumps(record, fmt, modeline=modeline["url"] if modeline else None)


def _first_comment(text: str, start: int) -> int | None:
    """Offset of the first YAML comment at or after ``start``, if any.

    A ``#`` is a comment where it starts a line or follows a space or tab, outside scalars
    (the scanner gives their spans; "#" inside a quoted or plain value is text).
    """
    spans = [
        (token.start_mark.index, token.end_mark.index)
        for token in yaml.scan(text, Loader=_Loader)
        if isinstance(token, yaml.ScalarToken)
    ]
    for match in re.finditer(r"(?:^|(?<=[ \t]))#", text[start:], re.MULTILINE):
        at = start + match.start()
        if not any(low <= at < high for low, high in spans):
            return at
    return None


def locate(issue: Issue) -> Issue:
    """Fill in the line and column of an issue that names a file and a field but no position.

    Corpus rules report fields by JSON path; this re-reads the file to find where they sit.
    Issues that cannot be located are returned unchanged.
    """
    if issue.line is not None or issue.path is None or not issue.loc:
        return issue
    try:
        fmt = format_of(issue.path)
        text = _decode(issue.path.read_bytes(), issue.path, DEFAULT_LIMITS)
        positions = (
            json_positions(text)
            if fmt == "json"
            else _parse_yaml(text, issue.path, DEFAULT_LIMITS)[1]
        )
    except (OSError, DocumentLoadError):
        return issue
    line, column = _position(issue.loc, positions)
    return replace(issue, line=line, column=column)
