"""vnpartydoc: typed models, validation and publishing for Vietnamese Communist Party documents.

Example:
    >>> import vnpartydoc
    >>> n = vnpartydoc.DocumentNumber.parse("Số: 01-NQ/TU")
    >>> str(n)
    '01-NQ/TU'
"""

from __future__ import annotations

from vnpartydoc.enums import (
    BodyKind,
    DatePrecision,
    DocumentKind,
    Level,
    RelationKind,
    SigningMode,
    TargetArea,
    TargetQualifier,
)
from vnpartydoc.errors import (
    DocumentLoadError,
    DocumentValidationError,
    ExtractionError,
    Issue,
    OutputError,
    VnPartyDocError,
)
from vnpartydoc.indicators import IndicatorKey
from vnpartydoc.models import (
    RECORD_TYPES,
    Activity,
    Article,
    Congress,
    Directive,
    Document,
    Entities,
    GenericDocument,
    Goal,
    GoalDocument,
    Issuer,
    Milestone,
    Organisation,
    Person,
    Plan,
    Point,
    Publication,
    Record,
    Relation,
    Resolution,
    Result,
    Signature,
    Source,
    Target,
    Title,
)
from vnpartydoc.scoring import ScorecardRow, TargetStatus, scorecard
from vnpartydoc.serialization import (
    DEFAULT_LIMITS,
    Limits,
    dump,
    dumps,
    load,
    loads,
    to_data,
)
from vnpartydoc.text import proper_case_name, slug, to_nfc
from vnpartydoc.types import (
    DocumentNumber,
    PartialDate,
    Quantity,
    Term,
    format_place_date,
    format_vn_date,
    format_vn_number,
    parse_vn_number,
)

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_LIMITS",
    "RECORD_TYPES",
    "Activity",
    "Article",
    "BodyKind",
    "Congress",
    "DatePrecision",
    "Directive",
    "Document",
    "DocumentKind",
    "DocumentLoadError",
    "DocumentNumber",
    "DocumentValidationError",
    "Entities",
    "ExtractionError",
    "GenericDocument",
    "Goal",
    "GoalDocument",
    "IndicatorKey",
    "Issue",
    "Issuer",
    "Level",
    "Limits",
    "Milestone",
    "Organisation",
    "OutputError",
    "PartialDate",
    "Person",
    "Plan",
    "Point",
    "Publication",
    "Quantity",
    "Record",
    "Relation",
    "RelationKind",
    "Resolution",
    "Result",
    "ScorecardRow",
    "Signature",
    "SigningMode",
    "Source",
    "Target",
    "TargetArea",
    "TargetQualifier",
    "TargetStatus",
    "Term",
    "Title",
    "VnPartyDocError",
    "__version__",
    "dump",
    "dumps",
    "format_place_date",
    "format_vn_date",
    "format_vn_number",
    "load",
    "loads",
    "parse_vn_number",
    "proper_case_name",
    "scorecard",
    "slug",
    "to_data",
    "to_nfc",
]
