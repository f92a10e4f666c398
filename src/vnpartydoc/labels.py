"""Labels of the rendered pages, in Vietnamese (the default) and English.

One table, one key per label: ``LABELS[key] == (vietnamese, english)``. Labels with ``{name}``
placeholders are filled with :meth:`Labels.format`. Kind, level, body, signing-mode, relation
and area names come from :mod:`vnpartydoc.enums`; this table holds the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnpartydoc.enums import (
    BodyKind,
    DocumentKind,
    Level,
    RelationKind,
    SigningMode,
    TargetArea,
    TargetQualifier,
)

if TYPE_CHECKING:
    from vnpartydoc.enums import Language

__all__ = ["LABELS", "Labels"]

LABELS: dict[str, tuple[str, str]] = {
    # documents
    "type": ("Loại văn bản", "Document type"),
    "number": ("Số, ký hiệu", "Number"),
    "issuer": ("Cơ quan ban hành", "Issued by"),
    "organisation": ("Tổ chức đảng", "Party organisation"),
    "place_date": ("Địa danh, ngày tháng", "Place and date"),
    "date": ("Ngày", "Date"),
    "congress": ("Đại hội", "Congress"),
    "term": ("Nhiệm kỳ", "Term"),
    "tenure": ("Khóa", "Committee term"),
    "horizon": ("Tầm nhìn đến năm", "Looks ahead to"),
    "summary": ("Trích yếu", "Summary"),
    "general_goal": ("Mục tiêu tổng quát", "General goal"),
    "milestone": ("Đến năm {year}", "By {year}"),
    "specific_goals": ("Mục tiêu cụ thể", "Specific goals"),
    "targets": ("Các chỉ tiêu chủ yếu", "Main targets"),
    "targets_chart": ("Chỉ tiêu theo năm", "Targets by year"),
    "indicator": ("Chỉ tiêu", "Indicator"),
    "value": ("Mức", "Value"),
    "unit": ("Đơn vị", "Unit"),
    "deadline": ("Thời hạn", "Deadline or period"),
    "area": ("Lĩnh vực", "Area"),
    "achieved": ("Đã đạt", "Achieved"),
    "sources": ("Nguồn", "Sources"),
    "source": ("nguồn", "source"),
    "tasks": ("Nhiệm vụ trọng tâm", "Key tasks"),
    "solutions": ("Giải pháp chủ yếu", "Main solutions"),
    "breakthroughs": ("Khâu đột phá", "Strategic breakthroughs"),
    "points": ("Nội dung", "Content"),
    "point": ("Điểm {n}", "Point {n}"),
    "activities": ("Hoạt động", "Activities"),
    "activity": ("Nội dung", "Activity"),
    "lead_by": ("Chủ trì", "Led by"),
    "partners": ("Phối hợp", "With"),
    "signature": ("Chữ ký", "Signature"),
    "signing_mode": ("Hình thức ký", "Signing"),
    "post": ("Chức vụ", "Post"),
    "signer": ("Người ký", "Signed by"),
    "relations": ("Văn bản liên quan", "Related documents"),
    "referenced_by": ("Văn bản dẫn chiếu đến văn bản này", "Documents referring to this one"),
    "articles_about": ("Bài viết liên quan", "Articles about it"),
    "tags": ("Từ khóa", "Keywords"),
    "data": ("Dữ liệu", "Data"),
    "json_link": ("Tải dữ liệu JSON", "Download the JSON data"),
    "missing": ("không có trong dữ liệu", "not in the data"),
    "article": ("Bài viết", "Article"),
    # articles
    "authors": ("Tác giả", "Authors"),
    "publication": ("Nơi đăng", "Published by"),
    "published_on": ("Ngày đăng", "Published on"),
    "about": ("Về", "About"),
    "article_url": ("Địa chỉ bài viết", "Web address"),
    # people
    "person": ("Cá nhân", "Person"),
    "byline": ("Tên in trên bài", "Byline"),
    "titles": ("Chức danh", "Titles"),
    "title": ("Chức danh", "Title"),
    "organ": ("Cơ quan", "Organ"),
    "held_from": ("Từ", "From"),
    "held_to": ("Đến", "To"),
    "signed": ("Văn bản đã ký", "Documents signed"),
    "written": ("Bài viết", "Articles written"),
    "titles_then": ("Chức danh khi đó", "Titles at the time"),
    "name": ("Họ và tên", "Name"),
    # congresses
    "ordinal": ("Lần thứ", "Ordinal"),
    "form": ("Hình thức", "Form"),
    "form_delegates": ("Đại hội đại biểu", "Congress of delegates"),
    "form_all-members": ("Đại hội đảng viên", "Congress of all members"),
    "dates": ("Thời gian", "Dates"),
    "prep_on": ("Phiên trù bị", "Preparatory sitting"),
    "opened_on": ("Khai mạc", "Opening"),
    "closed_on": ("Bế mạc", "Closing"),
    "place": ("Địa điểm", "Place"),
    "delegates": ("Số đại biểu", "Delegates"),
    "documents": ("Văn bản", "Documents"),
    "congress_of": ("Đại hội {org} lần thứ {roman}", "Congress {roman} of {org}"),
    "congress_short": ("Đại hội {roman}", "Congress {roman}"),
    # organisations
    "level": ("Cấp", "Level"),
    "committee": ("Cấp ủy", "Committee"),
    "locality": ("Địa phương", "Locality"),
    "issuer_code": ("Ký hiệu cơ quan ban hành", "Issuer code"),
    "parent": ("Trực thuộc", "Part of"),
    "children": ("Tổ chức trực thuộc", "Organisations under it"),
    "valid": ("Thời gian tồn tại", "Existed"),
    "valid_from": ("từ {date}", "from {date}"),
    "valid_to": ("đến {date}", "until {date}"),
    "predecessors": ("Hợp nhất từ", "Merged from"),
    "successors": ("Hợp nhất vào", "Merged into"),
    "congresses": ("Các kỳ đại hội", "Congresses"),
    # indexes and the home page
    "home": ("Văn bản Đảng", "Party documents"),
    "overview": (
        "Dữ liệu gồm {documents} văn bản, {congresses} đại hội, {organisations} tổ chức đảng "
        "và {people} cá nhân.",
        "The data holds {documents} documents, {congresses} congresses, {organisations} Party "
        "organisations and {people} people.",
    ),
    "browse": ("Tra cứu", "Browse"),
    "index_organisation": ("Văn bản theo tổ chức đảng", "Documents by organisation"),
    "index_congress": ("Văn bản theo đại hội, nhiệm kỳ", "Documents by congress and term"),
    "index_type": ("Văn bản theo loại", "Documents by type"),
    "index_year": ("Văn bản theo năm", "Documents by year"),
    "index_person": ("Cá nhân", "People"),
    "year": ("Năm", "Year"),
    "year_n": ("Năm {year}", "Year {year}"),
    "count": ("Số văn bản", "Documents"),
    "n": ("TT", "No."),
    "doc_title": ("Tên văn bản", "Title"),
    "page_of": ("Trang {page}/{pages}", "Page {page} of {pages}"),
    "page_suffix": ("{title} (trang {page})", "{title} (page {page})"),
    "previous": ("Trang trước", "Previous page"),
    "next": ("Trang sau", "Next page"),
    "all_documents": ("Tất cả {count} văn bản", "All {count} documents"),
    "timeline": ("Đại hội và nhiệm kỳ", "Congresses and terms"),
    "latest": ("Văn bản mới nhất", "Latest documents"),
    "none": ("Chưa có văn bản.", "No documents yet."),
    "targets_count": ("Số chỉ tiêu", "Targets"),
    "chart_targets": (
        "Số chỉ tiêu theo năm đến hạn",
        "Number of targets by the year they fall due",
    ),
    "chart_timeline": ("Các kỳ đại hội theo nhiệm kỳ", "Congresses by term"),
    "diagram_data": ("Số liệu của biểu đồ", "Data of the chart"),
    # scorecards (vnpartydoc.render.scorecards, vnpartydoc.render.scorechart)
    "index_indicator": ("Theo chỉ tiêu", "By indicator"),
    "scorecard": ("Kết quả thực hiện chỉ tiêu", "Results against the targets"),
    "scorecard_count": (
        "{reached}/{total} chỉ tiêu đạt và vượt ({no_data} chỉ tiêu chưa có số liệu)",
        "{reached} of {total} targets met or exceeded ({no_data} without data)",
    ),
    "indicators": ("Chỉ tiêu qua các nhiệm kỳ", "Indicators across terms"),
    "target_value": ("Mục tiêu", "Target"),
    "result": ("Kết quả", "Result"),
    "measured": ("Thời điểm", "Measured"),
    "status": ("Đánh giá", "Status"),
    "estimated": ("ước", "est."),
    "resolution": ("Nghị quyết", "Resolution"),
    "organisations_count": ("Số tổ chức", "Organisations"),
    "legend": ("Chú giải", "Legend"),
    "status_exceeded": (
        "kết quả vượt mức tốt nhất của chỉ tiêu",
        "the result is beyond the best end of the target",
    ),
    "status_met": ("kết quả nằm trong mức chỉ tiêu", "the result lies within the target"),
    "status_near": (
        "thiếu không quá 5% so với mức chỉ tiêu (chỉ với chỉ tiêu không có cận “tối thiểu”, "
        "“trên”, “tối đa”, “dưới”)",
        "short of the target by at most 5% (only for targets without a bound such as “at least”)",
    ),
    "status_missed": ("kết quả chưa đạt mức chỉ tiêu", "the result falls short of the target"),
    "status_no_data": (
        "chưa có kết quả, hoặc chỉ tiêu không có mức để so sánh",
        "no result yet, or no target value to compare with",
    ),
    "compare_unit": ("Đơn vị so sánh: {unit}; {better}.", "Compared in {unit}; {better}."),
    "better_higher": ("giá trị cao hơn là tốt hơn", "higher is better"),
    "better_lower": ("giá trị thấp hơn là tốt hơn", "lower is better"),
    "indicator_chart": (
        "{label} ({unit}): mục tiêu và kết quả",
        "{label} ({unit}): targets and results",
    ),
    "chart_key": (
        "Dải gạch chéo: mức chỉ tiêu; hình thoi: kết quả; bảng dưới đây ghi đủ các số.",
        "Hatched band: the target; diamond: the result; the table below gives every number.",
    ),
    "resolution_of": ("Nghị quyết {congress}", "Resolution of {congress}"),
    "target_for": ("mục tiêu đến {year}", "target for {year}"),
    "chart_first": (
        "Biểu đồ vẽ {shown} trong {total} chỉ tiêu, theo thứ tự của bảng.",
        "The chart draws {shown} of {total} targets, in the order of the table.",
    ),
}

_QUALIFIERS: dict[TargetQualifier, tuple[str, str]] = {
    TargetQualifier.EXACT: ("", ""),
    TargetQualifier.AT_LEAST: ("tối thiểu", "at least"),
    TargetQualifier.MORE_THAN: ("trên", "more than"),
    TargetQualifier.AT_MOST: ("tối đa", "at most"),
    TargetQualifier.LESS_THAN: ("dưới", "less than"),
    TargetQualifier.ABOUT: ("khoảng", "about"),
}


class Labels:
    """Labels in one language; ``labels["targets"]`` or ``labels.targets`` in templates.

    Names of closed vocabularies come from methods: ``kind_name``, ``level_name``,
    ``body_name``, ``mode_name``, ``relation_name``, ``area_name`` and ``qualifier_word``.
    """

    def __init__(self, language: Language = "vi") -> None:
        self.language: Language = language
        index = 0 if language == "vi" else 1
        self._table = {key: pair[index] for key, pair in LABELS.items()}

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def __contains__(self, key: object) -> bool:
        return key in self._table

    def __getattr__(self, key: str) -> str:
        try:
            return self._table[key]
        except KeyError:
            raise AttributeError(key) from None

    def format(self, key: str, **values: object) -> str:
        """Fill a label's placeholders, e.g. ``format("milestone", year=2025)``."""
        return self._table[key].format(**values)

    def kind_name(self, kind: DocumentKind | str) -> str:
        """Name of a document type; ``bai-viet`` (articles) included."""
        if kind in DocumentKind._value2member_map_:
            return DocumentKind(kind).label_in(self.language)
        return self._table["article"]

    def level_name(self, level: Level) -> str:
        """Name of an organisation level."""
        return level.label if self.language == "vi" else level.label_en

    def body_name(self, body: BodyKind) -> str:
        """Name of an issuing body."""
        return body.label if self.language == "vi" else body.label_en

    def mode_name(self, mode: SigningMode) -> str:
        """Meaning of a signing mode ("thay mặt")."""
        return mode.label if self.language == "vi" else mode.label_en

    def relation_name(self, kind: RelationKind) -> str:
        """Name of a relation between documents."""
        return kind.label if self.language == "vi" else kind.label_en

    def area_name(self, area: TargetArea) -> str:
        """Heading of a target area."""
        return area.label if self.language == "vi" else area.label_en

    def qualifier_word(self, qualifier: TargetQualifier) -> str:
        """Word printed before a target value ("trên"), empty for an exact value."""
        return _QUALIFIERS[qualifier][0 if self.language == "vi" else 1]
