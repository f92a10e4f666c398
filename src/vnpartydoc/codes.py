"""The registry of issue codes: every code vnpartydoc reports, with its severity and meaning.

Codes are stable snake_case strings that tools and tests match on (never the message wording).
Each one vnpartydoc raises or reports is listed here once, with the severity it has unless the
place that reports it says otherwise, and a one-line meaning; ``docs/errors.md`` documents every
one (a test checks both ways). Codes of pydantic's own checks (``missing``, ``string_type`` …)
keep pydantic's names and are not listed here.

Example:
    >>> CODES["duplicate_number"].severity
    'error'
    >>> default_severity("signer_title_unknown")
    'warning'
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["CODES", "CodeInfo", "Severity", "default_severity"]

Severity = Literal["error", "warning", "info"]
"""How bad an issue is: ``error`` (the input is wrong), ``warning`` (suspicious or partial), or
``info`` (a choice made while reading a text, for review)."""


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """What a code stands for."""

    severity: Severity
    """Severity of the code's issues unless the reporting place says otherwise."""
    meaning: str
    """One line: what the code says is wrong."""


def _error(meaning: str) -> CodeInfo:
    return CodeInfo("error", meaning)


def _warning(meaning: str) -> CodeInfo:
    return CodeInfo("warning", meaning)


def _info(meaning: str) -> CodeInfo:
    return CodeInfo("info", meaning)


_CODES: dict[str, CodeInfo] = {
    # Reading a file
    "format_unknown": _error("the suffix is not .json, .yaml or .yml"),
    "file_unreadable": _error("the file cannot be read"),
    "file_too_large": _error("the file is larger than Limits.max_bytes"),
    "encoding": _error("the bytes are not UTF-8, or the text holds a lone surrogate"),
    "empty_file": _error("a YAML file with no data"),
    "json_syntax": _error("the JSON does not parse"),
    "yaml_syntax": _error("the YAML does not parse"),
    "yaml_tag": _error("a YAML tag or merge key other than plain data"),
    "key_type": _error("a YAML mapping key that is not a plain scalar"),
    "duplicate_key": _error("the same key twice in one object or mapping"),
    "nesting_too_deep": _error("the data nests deeper than the limit"),
    "too_many_nodes": _error("more YAML nodes than Limits.max_nodes, counting alias expansions"),
    "number_out_of_range": _error("a number a double cannot hold (magnitude over 1e308)"),
    "fmt_comments": _error("vnpartydoc fmt leaves a YAML file with comments alone"),
    # Record type
    "record_type": _error("the top of the file is not a mapping"),
    "type_missing": _error("no 'type' key"),
    "type_unknown": _error("an unknown record type"),
    # Fields
    "id_format": _error("an id is not lower-case ASCII letters and digits joined by '-' or '.'"),
    "url_format": _error("a URL is not http:// or https://"),
    "invisible_character": _error("text holds a zero-width or bidirectional control character"),
    "text_not_clean": _error("text not NFC, padded, or outside the ranges checked in Rust"),
    "document_number_format": _error("not a Party document number like 01-NQ/TU"),
    "number_kind_mismatch": _error("the number's type code belongs to another document type"),
    "term_format": _error("a term is not two years like 2020 - 2025"),
    "term_order": _error("a term ends before it starts"),
    "date_format": _error("not a date"),
    "date_invalid": _error("a date that does not exist"),
    "number_format": _error("not a number in Vietnamese notation"),
    "range_order": _error("a range whose low end exceeds its high end"),
    "value_type": _error("a value that must be a string or a number is neither"),
    "ordinal_format": _error("a congress ordinal that is neither an integer nor a Roman numeral"),
    "ordinal_range": _error("a congress ordinal below 1 or above 3999"),
    "date_order": _error("dates out of order"),
    "signature_empty": _error("a signature block with no person, name or post"),
    "not_canonical": _error(
        "a value in a file is written in a lenient notation, not the canonical"
    ),
    "integer_notation": _error("a whole number written with a decimal point or an exponent"),
    # Across records
    "duplicate_id": _error("two records have one id"),
    "unresolved_reference": _error("an id a record names does not exist or is of the wrong kind"),
    "duplicate_number": _error("two documents have one number in one numbering scope"),
    "date_outside_issuer": _error("a document is dated outside its issuer's existence"),
    "date_outside_congress": _error("a congress resolution is dated outside its congress"),
    "date_outside_term": _error("a document is dated outside the committee term it states"),
    "signer_title_not_held": _error("the signer held none of their titles on the signing date"),
    "signer_title_unknown": _warning("the signer has no dated title to check"),
    "target_outside_horizon": _error("a target's deadline lies outside the resolution's horizon"),
    "source_empty": _error("a source names neither a URL nor a document"),
    "unknown_kind_code": _warning("a number's type code is not one of the known codes"),
    "issuer_code_mismatch": _warning("a number's issuer code differs from the issuer's code"),
    "result_without_value": _error("a target's result has no target value to be held against"),
    "result_unit_mismatch": _error("a result's unit does not convert to its target's unit"),
    "result_outside_term": _warning("a result was measured before the target's term began"),
    "indicator_unit_mismatch": _warning("a target's unit does not convert to its indicator's"),
    # Extraction
    "locality_inferred": _info("an organisation's locality was taken from the rest of the text"),
    "parent_inferred": _info("an organisation's parent is the only one of the level above"),
    "organisation_unresolved": _warning("no locality found; the organisation is left out"),
    "congress_organisation_unknown": _warning("a congress ordinal without an organisation"),
    "ordinal_from_khoa": _info("a headline's 'khóa XIV' was read as congress XIV"),
    "ordinal_word_order": _info("'thứ lần' was read as 'lần thứ'"),
    "term_from_table": _info("a national congress's term was taken from the list of congresses"),
    "term_inferred": _warning("the term was not printed and was inferred from the congress date"),
    "term_invalid": _warning("a printed term is not a pair of years in order"),
    "term_conflict": _warning("the text gives different terms for one congress"),
    "congress_term_missing": _warning("no term found; the congress is kept without one"),
    "date_year_inferred": _warning("a date without a year got one from the term or a nearby date"),
    "date_year_missing": _warning("a congress date has no year to give it"),
    "congress_dates_conflict": _warning("two days read for a congress are out of order"),
    "citation_kind_mismatch": _warning("the kind word and the number's type code disagree"),
    "targets_without_resolution": _info("targets were read but no resolution holds them"),
    "goal_without_document": _info("a general goal was read but no document holds it"),
    "title_missing": _warning("no title line; the first words are used"),
    "title_misspelt": _warning("a person's post looks misspelt ('Phô Bí thư'); it is left out"),
    "record_invalid": _warning("a record that would not validate was left out"),
    "text_too_long": _warning("the text is over the size limit"),
    "nothing_found": _error("no organisation, congress, person, document or target in the text"),
    # Extraction: results of a past term held against known targets
    "achievement_ambiguous": _warning("a result read fits several known targets; none is chosen"),
    "achievement_unit_mismatch": _warning(
        "a result read fits a known target but for a unit that does not convert to the target's"
    ),
    "achievement_unmatched": _info("a result read fits no known target; it is kept apart"),
    "achievement_unit_implied": _info(
        "a result's unit lacks a denominator its indicator implies and was read as the target's"
    ),
    "achievement_period_inferred": _info(
        "a result's period was not printed; the term before the congress in focus was used"
    ),
    "achievement_conflict": _info("a target already has a result; the later of the two is kept"),
    "resolution_unknown": _error("the resolution to hold results against is not known"),
    # Rendering
    "render_option": _error("a render option has a value it cannot take"),
    "templates_dir": _error("the templates folder does not exist"),
    "template_error": _error("a template override does not compile or render"),
    "unknown_part": _error("a part to embed that the record does not have"),
    # Scorecard tables
    "scorecard_format": _error("a scorecard read back from CSV or JSON is malformed"),
    # Building a site
    "mermaid_script_missing": _error("diagrams: mermaid, but the site serves no mermaid.min.js"),
    # Writing
    "output_exists": _error("the output exists and overwriting was not asked for"),
    "output_unwritable": _error("the output cannot be written"),
    "output_in_input": _error("the output folder is inside an input folder"),
    # Anything else
    "error": _error("an error raised without a more specific code"),
}

CODES: Mapping[str, CodeInfo] = MappingProxyType(_CODES)
"""Every code vnpartydoc raises or reports, by code."""


def default_severity(code: str) -> Severity:
    """The severity of ``code``'s issues; ``error`` for a code not in the registry."""
    info = CODES.get(code)
    return "error" if info is None else info.severity
