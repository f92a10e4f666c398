"""Closed vocabularies: document kinds, levels, bodies, signing modes, relations.

Each enum has stable ASCII values (used in files and URLs) and its labels come from one table.
Kind and issuer codes live here and nowhere else. Codes that real documents use but that are not
listed here are still accepted by :class:`~vnpartydoc.types.DocumentNumber` (DOMAIN.md, rule
zero); the corpus checks warn about them.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

__all__ = [
    "KIND_CODES",
    "BodyKind",
    "DatePrecision",
    "DocumentKind",
    "Language",
    "Level",
    "RelationKind",
    "SigningMode",
    "TargetArea",
    "TargetQualifier",
    "kinds_for_code",
]

Language = Literal["vi", "en"]


class DocumentKind(StrEnum):
    """The 25 Party document types of Quy định 66-QĐ/TW (and 399-QĐ/TW), plus admin papers."""

    POLITICAL_PLATFORM = "cuong-linh"
    STATUTE = "dieu-le"
    STRATEGY = "chien-luoc"
    RESOLUTION = "nghi-quyet"
    DECISION = "quyet-dinh"
    DIRECTIVE = "chi-thi"
    CONCLUSION = "ket-luan"
    WORKING_RULES = "quy-che"
    REGULATION = "quy-dinh"
    CIRCULAR = "thong-tri"
    GUIDANCE = "huong-dan"
    NOTICE = "thong-bao"
    COMMUNIQUE = "thong-cao"
    DECLARATION = "tuyen-bo"
    APPEAL = "loi-keu-goi"
    REPORT = "bao-cao"
    PLAN = "ke-hoach"
    CADRE_PLANNING = "quy-hoach"
    PROGRAMME = "chuong-trinh"
    SCHEME = "de-an"
    OPTION = "phuong-an"
    PROJECT = "du-an"
    SUBMISSION = "to-trinh"
    OFFICIAL_LETTER = "cong-van"
    MINUTES = "bien-ban"
    ADMIN_PAPER = "giay-to-hanh-chinh"

    @property
    def label(self) -> str:
        """Vietnamese name, e.g. "Nghị quyết"."""
        return _KIND_TABLE[self][0]

    @property
    def label_en(self) -> str:
        """English name, e.g. "Resolution"."""
        return _KIND_TABLE[self][1]

    @property
    def abbreviation(self) -> str | None:
        """Canonical type code used in numbers ("NQ"), or None for types printed without one."""
        return _KIND_TABLE[self][2]

    def label_in(self, language: Language) -> str:
        """Label in ``"vi"`` or ``"en"``."""
        return self.label if language == "vi" else self.label_en


_K = DocumentKind
# kind: (Vietnamese label, English label, canonical code)
_KIND_TABLE: dict[DocumentKind, tuple[str, str, str | None]] = {
    _K.POLITICAL_PLATFORM: ("Cương lĩnh chính trị", "Political Platform", None),
    _K.STATUTE: ("Điều lệ Đảng", "Party Statute", None),
    _K.STRATEGY: ("Chiến lược", "Strategy", None),
    _K.RESOLUTION: ("Nghị quyết", "Resolution", "NQ"),
    _K.DECISION: ("Quyết định", "Decision", "QĐ"),
    _K.DIRECTIVE: ("Chỉ thị", "Directive", "CT"),
    _K.CONCLUSION: ("Kết luận", "Conclusion", "KL"),
    _K.WORKING_RULES: ("Quy chế", "Working rules", "QC"),
    _K.REGULATION: ("Quy định", "Regulation", "QĐi"),
    _K.CIRCULAR: ("Thông tri", "Circular", "TT"),
    _K.GUIDANCE: ("Hướng dẫn", "Guidance", "HD"),
    _K.NOTICE: ("Thông báo", "Notice", "TB"),
    _K.COMMUNIQUE: ("Thông cáo", "Communiqué", "TC"),
    _K.DECLARATION: ("Tuyên bố", "Declaration", None),
    _K.APPEAL: ("Lời kêu gọi", "Appeal", None),
    _K.REPORT: ("Báo cáo", "Report", "BC"),
    _K.PLAN: ("Kế hoạch", "Plan", "KH"),
    _K.CADRE_PLANNING: ("Quy hoạch", "Cadre planning", "QH"),
    _K.PROGRAMME: ("Chương trình", "Programme", "CTr"),
    _K.SCHEME: ("Đề án", "Scheme", "ĐA"),
    _K.OPTION: ("Phương án", "Option", "PA"),
    _K.PROJECT: ("Dự án", "Project", "DA"),
    _K.SUBMISSION: ("Tờ trình", "Submission", "TTr"),
    _K.OFFICIAL_LETTER: ("Công văn", "Official letter", "CV"),
    _K.MINUTES: ("Biên bản", "Minutes", "BB"),
    _K.ADMIN_PAPER: ("Giấy tờ hành chính", "Administrative paper", None),
}

# Every type code seen in real numbers, with the kinds it may stand for. "QĐ" is both Quyết định
# and Quy định (66-QĐ/TW is a Quy định); "BS" (bản sao, a copy) keeps the copied document's kind.
KIND_CODES: dict[str, frozenset[DocumentKind]] = {
    "NQ": frozenset({_K.RESOLUTION}),
    "QĐ": frozenset({_K.DECISION, _K.REGULATION}),
    "QĐNS": frozenset({_K.DECISION}),
    "QĐi": frozenset({_K.REGULATION}),
    "CT": frozenset({_K.DIRECTIVE}),
    "KL": frozenset({_K.CONCLUSION}),
    "QC": frozenset({_K.WORKING_RULES}),
    "TT": frozenset({_K.CIRCULAR}),
    "Ttri": frozenset({_K.CIRCULAR}),
    "HD": frozenset({_K.GUIDANCE}),
    "TB": frozenset({_K.NOTICE}),
    "TC": frozenset({_K.COMMUNIQUE}),
    "BC": frozenset({_K.REPORT}),
    "KH": frozenset({_K.PLAN}),
    "QH": frozenset({_K.CADRE_PLANNING}),
    "CTr": frozenset({_K.PROGRAMME}),
    "CTHĐ": frozenset({_K.PROGRAMME}),
    "ĐA": frozenset({_K.SCHEME}),
    "PA": frozenset({_K.OPTION}),
    "DA": frozenset({_K.PROJECT}),
    "TTr": frozenset({_K.SUBMISSION}),
    "CV": frozenset({_K.OFFICIAL_LETTER}),
    "BB": frozenset({_K.MINUTES}),
    "BS": frozenset(_K),
}


def kinds_for_code(code: str) -> frozenset[DocumentKind] | None:
    """Kinds a type code may stand for, or None when the code is unknown (accept and warn)."""
    return KIND_CODES.get(code)


class Level(StrEnum):
    """Level of a Party organisation (district level abolished 1 July 2025)."""

    CENTRAL = "central"
    PROVINCE = "province"
    DISTRICT = "district"
    GRASSROOTS = "grassroots"
    CELL = "cell"
    GROUP = "group"

    @property
    def label(self) -> str:
        """Vietnamese name of the level."""
        return _LEVEL_LABELS[self][0]

    @property
    def label_en(self) -> str:
        """English name of the level."""
        return _LEVEL_LABELS[self][1]


_LEVEL_LABELS = {
    Level.CENTRAL: ("Trung ương", "Central"),
    Level.PROVINCE: ("Tỉnh, thành phố", "Province"),
    Level.DISTRICT: ("Huyện", "District"),
    Level.GRASSROOTS: ("Cơ sở", "Grassroots"),
    Level.CELL: ("Chi bộ", "Party cell"),
    Level.GROUP: ("Tổ đảng", "Party group"),
}


class BodyKind(StrEnum):
    """The body of an organisation that issues a document or holds a post."""

    CONGRESS = "congress"
    PRESIDIUM = "presidium"
    EXECUTIVE_COMMITTEE = "executive-committee"
    STANDING_BOARD = "standing-board"
    PERMANENT = "permanent"
    POLITBURO = "politburo"
    SECRETARIAT = "secretariat"
    INSPECTION_COMMISSION = "inspection-commission"
    COMMISSION = "commission"
    OFFICE = "office"
    OTHER = "other"

    @property
    def label(self) -> str:
        """Vietnamese name of the body."""
        return _BODY_LABELS[self][0]

    @property
    def label_en(self) -> str:
        """English name of the body."""
        return _BODY_LABELS[self][1]


_BODY_LABELS = {
    BodyKind.CONGRESS: ("Đại hội", "Congress"),
    BodyKind.PRESIDIUM: ("Đoàn Chủ tịch", "Presidium"),
    BodyKind.EXECUTIVE_COMMITTEE: ("Ban Chấp hành", "Executive Committee"),
    BodyKind.STANDING_BOARD: ("Ban Thường vụ", "Standing Board"),
    BodyKind.PERMANENT: ("Thường trực", "Permanent body"),
    BodyKind.POLITBURO: ("Bộ Chính trị", "Politburo"),
    BodyKind.SECRETARIAT: ("Ban Bí thư", "Secretariat"),
    BodyKind.INSPECTION_COMMISSION: ("Ủy ban Kiểm tra", "Inspection Commission"),
    BodyKind.COMMISSION: ("Ban", "Commission"),
    BodyKind.OFFICE: ("Văn phòng", "Office"),
    BodyKind.OTHER: ("Khác", "Other"),
}


class SigningMode(StrEnum):
    """How a signature is given: on behalf of a body, for its head, by order, by authorisation."""

    ON_BEHALF = "T/M"
    SIGNED_FOR = "K/T"
    BY_ORDER = "T/L"
    BY_AUTHORISATION = "T/UQ"

    @property
    def label(self) -> str:
        """Vietnamese meaning, e.g. "thay mặt"."""
        return _SIGNING_LABELS[self][0]

    @property
    def label_en(self) -> str:
        """English meaning, e.g. "on behalf of"."""
        return _SIGNING_LABELS[self][1]


_SIGNING_LABELS = {
    SigningMode.ON_BEHALF: ("thay mặt", "on behalf of"),
    SigningMode.SIGNED_FOR: ("ký thay", "signed for"),
    SigningMode.BY_ORDER: ("thừa lệnh", "by order of"),
    SigningMode.BY_AUTHORISATION: ("thừa ủy quyền", "by authorisation of"),
}


class RelationKind(StrEnum):
    """How one document relates to another."""

    IMPLEMENTS = "implements"
    BASED_ON = "based-on"
    AMENDS = "amends"
    REPLACES = "replaces"
    REPEALS = "repeals"
    CITES = "cites"

    @property
    def label(self) -> str:
        """Vietnamese name of the relation."""
        return _RELATION_LABELS[self][0]

    @property
    def label_en(self) -> str:
        """English name of the relation."""
        return _RELATION_LABELS[self][1]


_RELATION_LABELS = {
    RelationKind.IMPLEMENTS: ("thực hiện", "implements"),
    RelationKind.BASED_ON: ("căn cứ", "based on"),
    RelationKind.AMENDS: ("sửa đổi, bổ sung", "amends"),
    RelationKind.REPLACES: ("thay thế", "replaces"),
    RelationKind.REPEALS: ("bãi bỏ", "repeals"),
    RelationKind.CITES: ("dẫn chiếu", "cites"),
}


class TargetArea(StrEnum):
    """Group a target belongs to in a congress resolution."""

    ECONOMY = "economy"
    SOCIETY = "society"
    ENVIRONMENT = "environment"
    DEFENCE = "defence"
    PARTY_BUILDING = "party-building"

    @property
    def label(self) -> str:
        """Vietnamese heading of the group ("Về kinh tế")."""
        return _AREA_LABELS[self][0]

    @property
    def label_en(self) -> str:
        """English heading of the group."""
        return _AREA_LABELS[self][1]


_AREA_LABELS = {
    TargetArea.ECONOMY: ("Kinh tế", "Economy"),
    TargetArea.SOCIETY: ("Văn hóa - xã hội", "Culture and society"),
    TargetArea.ENVIRONMENT: ("Môi trường", "Environment"),
    TargetArea.DEFENCE: ("Quốc phòng - an ninh", "Defence and security"),
    TargetArea.PARTY_BUILDING: ("Xây dựng Đảng", "Party building"),
}


class TargetQualifier(StrEnum):
    """Qualifier printed before a target value ("trên 10%", "khoảng 72 triệu đồng")."""

    EXACT = "exact"
    AT_LEAST = "at-least"
    MORE_THAN = "more-than"
    AT_MOST = "at-most"
    LESS_THAN = "less-than"
    ABOUT = "about"


class DatePrecision(StrEnum):
    """How much of a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
