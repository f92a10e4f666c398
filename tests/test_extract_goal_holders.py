"""The general goal goes to the one record that states it.

That is the plan the text is, or the document a news text reports it of.
"""

from __future__ import annotations

import pytest

from vnpartydoc.extract import extract_partial
from vnpartydoc.extract.goals import NAMED_RE
from vnpartydoc.extract.result import ExtractionResult
from vnpartydoc.models import Article, GenericDocument, GoalDocument, Plan, Resolution


def _holders(result: ExtractionResult) -> list[tuple[str, str, list[int]]]:
    """(id, type, milestone years) of every record that holds a goal, main record first."""
    records = ([result.document] if result.document else []) + result.documents
    return [
        (r.id, str(getattr(r, "type", "")), [m.year for m in r.general_goal.milestones])
        for r in records
        if isinstance(r, GoalDocument) and r.general_goal is not None
    ]


PLAN = (
    "ĐẢNG BỘ TỈNH HẬU GIANG\nTỈNH ỦY\n*\nSố 25-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Hậu Giang, ngày 10 tháng 3 năm 2021\n\n"
    "KẾ HOẠCH\n"
    "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 – 2025\n"
    "-----\n"
    "Thực hiện Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung ương Đảng, Ban "
    "Thường vụ Tỉnh ủy xây dựng kế hoạch như sau:\n\n"
    "I- MỤC TIÊU\n"
    "Mục tiêu tổng quát: “Xây dựng Đảng bộ tỉnh trong sạch, vững mạnh; phấn đấu đến năm 2025 Hậu "
    "Giang trở thành tỉnh khá của vùng đồng bằng sông Cửu Long, đến năm 2030 trở thành tỉnh phát "
    "triển khá của cả nước”.\n\n"
    "II- TỔ CHỨC THỰC HIỆN\n"
    "Ban Tuyên giáo Tỉnh ủy hướng dẫn, theo dõi việc thực hiện kế hoạch.\n"
)


def test_a_plan_printed_with_its_heading_holds_its_own_goal() -> None:
    """The plan the text is holds the goal, not the congress resolution or the cited one."""
    result = extract_partial(PLAN)
    assert isinstance(result.document, Plan)
    assert _holders(result) == [(result.document.id, "ke-hoach", [2025, 2030])]
    goal = result.document.general_goal
    assert goal is not None
    assert (
        goal.milestones[0].text == "Hậu Giang trở thành tỉnh khá của vùng đồng bằng sông Cửu Long"
    )
    assert any(
        s.field == "general_goal.text" and s.record == result.document.id for s in result.spans
    )


def test_a_programme_printed_with_its_heading_holds_its_own_goal() -> None:
    """A programme (CHƯƠNG TRÌNH) is a goal-setting document too."""
    text = PLAN.replace("Số 25-KH/TU", "Số 09-CTr/TU").replace("KẾ HOẠCH\n", "CHƯƠNG TRÌNH\n")
    result = extract_partial(text)
    assert isinstance(result.document, GenericDocument)
    assert _holders(result) == [(result.document.id, "chuong-trinh", [2025, 2030])]


def test_a_directive_gives_the_goal_to_the_resolution_it_cites() -> None:
    """A directive has no goal of its own: the goal it restates is the cited resolution's."""
    text = (
        PLAN.replace("Số 25-KH/TU", "Số 05-CT/TU")
        .replace("KẾ HOẠCH\n", "CHỈ THỊ\n")
        .replace(
            "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 – 2025",
            "về tăng cường công tác giáo dục",
        )
    )
    result = extract_partial(text)
    assert _holders(result) == [("nghi-quyet-29-nq-tw-2013", "nghi-quyet", [2025, 2030])]


THAI_BINH = (
    "Quy hoạch tỉnh Thái Bình thời kỳ 2021 – 2030, tầm nhìn đến năm 2050\n\n"
    "(ĐCSVN) – Ngày 29/02/2024, tỉnh Thái Bình tổ chức hội nghị công bố quy hoạch.\n\n"
    "Quy hoạch tỉnh Thái Bình thời kỳ 2021 – 2030 đặt mục tiêu tới năm 2030, Thái Bình trở "
    "thành địa phương thuộc nhóm phát triển khá của vùng Đồng bằng sông Hồng.\n\n"
    "Tầm nhìn đến năm 2050, Thái Bình là tỉnh phát triển, có nền kinh tế thịnh vượng.\n"
)


def test_news_gives_the_goal_to_the_planning_named_in_its_sentence() -> None:
    """A planning named with its period before the goal becomes a record holding it, cited."""
    result = extract_partial(THAI_BINH)
    assert isinstance(result.document, Article)
    key = "quy-hoach-tinh-thai-binh-thoi-ky-2021-2030-tam-nhin-den-nam-2050"
    assert _holders(result) == [(key, "quy-hoach", [2030, 2050])]
    planning = next(d for d in result.documents if d.id == key)
    assert planning.title == "Quy hoạch tỉnh Thái Bình thời kỳ 2021 – 2030, tầm nhìn đến năm 2050"
    assert {"kind": "cites", "target": key} in [
        r.model_dump(mode="json", exclude_none=True) for r in result.document.relations
    ]


def test_news_gives_the_goal_to_the_strategy_of_its_title() -> None:
    """With no document named beside the goal, the strategy the title names holds it."""
    text = (
        "Chiến lược phát triển du lịch Việt Nam đến năm 2030, tầm nhìn đến năm 2045\n\n"
        "(TTXVN) – Theo đó, mục tiêu đến năm 2025, Việt Nam trở thành điểm đến hấp dẫn.\n\n"
        "Mục tiêu đến năm 2030, du lịch thực sự là ngành kinh tế mũi nhọn và phát triển bền vững.\n"
    )
    result = extract_partial(text)
    key = "chien-luoc-phat-trien-du-lich-viet-nam-den-nam-2030-tam-nhin-den-nam-2045"
    assert _holders(result) == [(key, "chien-luoc", [2025, 2030])]


def test_news_gives_the_goal_to_the_plan_cited_in_its_sentence() -> None:
    """A numbered plan cited in the goal's sentence holds it, not the resolution cited before."""
    text = (
        "Tỉnh ủy Hậu Giang triển khai Nghị quyết số 29-NQ/TW\n\n"
        "Hội nghị đã quán triệt Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung "
        "ương Đảng.\n\n"
        "Kế hoạch số 25-KH/TU ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy đề ra mục tiêu tổng quát: "
        "phấn đấu đến năm 2025 Hậu Giang trở thành tỉnh khá, đến năm 2030 trở thành tỉnh phát "
        "triển khá của cả nước.\n"
    )
    result = extract_partial(text)
    assert _holders(result) == [("ke-hoach-25-kh-tu-2021", "ke-hoach", [2025, 2030])]
    assert isinstance(
        next(d for d in result.documents if d.id == "nghi-quyet-29-nq-tw-2013"), Resolution
    )


def test_news_of_a_cited_resolution_keeps_the_goal_on_it() -> None:
    """A resolution cited before the goal, with no plan in its sentence, keeps the goal."""
    text = (
        "Quán triệt Nghị quyết số 29-NQ/TW\n\n"
        "Hội nghị đã quán triệt Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung "
        "ương Đảng.\n\n"
        "Mục tiêu tổng quát: “Tạo chuyển biến căn bản, mạnh mẽ về chất lượng giáo dục; phấn đấu "
        "đến năm 2030, nền giáo dục Việt Nam đạt trình độ tiên tiến trong khu vực”.\n"
    )
    assert _holders(extract_partial(text)) == [("nghi-quyet-29-nq-tw-2013", "nghi-quyet", [2030])]


def test_a_kind_word_without_name_and_period_makes_no_record() -> None:
    """A kind word alone ("Quy hoạch với mục tiêu …") names no document: no record is made up."""
    text = (
        "Quy hoạch với mục tiêu tổng quát đến năm 2025 đưa Việt Nam trở thành điểm đến hấp dẫn. "
        "Đến năm 2030, du lịch thực sự trở thành ngành kinh tế mũi nhọn.\n"
    )
    result = extract_partial(text)
    assert _holders(result) == []
    assert [d.id for d in result.documents] == []


HAU_GIANG = "Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"
TEN_YEARS = "Chiến lược phát triển kinh tế - xã hội 10 năm 2021 – 2030"
TOURISM = "Đề án phát triển du lịch tỉnh Bến Tre đến năm 2030"
NAMES = [
    (f"{HAU_GIANG} đối với", HAU_GIANG),
    (f"{TEN_YEARS} của", TEN_YEARS),
    (f"Kế hoạch tuyên truyền {HAU_GIANG}", HAU_GIANG),
    (TOURISM, TOURISM),
    ("thực hiện kế hoạch năm 2025 của tỉnh", None),
    ("Quy hoạch tỉnh Hậu Giang phát triển nhanh, bền vững đến năm 2030", None),
    ("Kế hoạch đến năm 2030", None),
]


@pytest.mark.parametrize(("text", "name"), NAMES, ids=[n[0][:30] for n in NAMES])
def test_named_document_shapes(text: str, name: str | None) -> None:
    """A capitalised kind word, a subject without a clause break, and a period name a document."""
    match = NAMED_RE.search(text)
    assert (match[0] if match else None) == name


QUOTED_STRATEGY = (
    "Chiến lược phát triển du lịch: mục tiêu đến năm 2030\n\n"
    "Theo đó, mục tiêu đến năm 2025, Việt Nam trở thành điểm đến hấp dẫn, thuộc nhóm ba quốc gia "
    "dẫn đầu về phát triển du lịch trong khu vực Đông Nam Á. Đến năm 2030, du lịch thực sự là "
    "ngành kinh tế mũi nhọn và phát triển bền vững.\n"
)


def test_goal_no_document_holds_is_kept_on_the_result() -> None:
    """Keeps "Theo đó, mục tiêu đến năm 2025 …" on the result when no document is named."""
    result = extract_partial(QUOTED_STRATEGY)
    assert _holders(result) == []
    assert result.goal is not None
    assert [(m.year, m.text[:26]) for m in result.goal.milestones] == [
        (2025, "Việt Nam trở thành điểm đế"),
        (2030, "du lịch thực sự là ngành k"),
    ]
    assert [i.code for i in result.issues if i.code == "goal_without_document"] == [
        "goal_without_document"
    ]
    assert not result.is_empty


def test_goal_a_record_holds_is_the_result_goal() -> None:
    """Gives the result the very goal the plan holds, without a goal_without_document issue."""
    result = extract_partial(PLAN)
    held = [r.general_goal for r in [result.document] if isinstance(r, GoalDocument)]
    assert result.goal is not None
    assert held == [result.goal]
    assert [m.year for m in result.goal.milestones] == [2025, 2030]
    assert "goal_without_document" not in [i.code for i in result.issues]


def test_text_without_goal_has_none() -> None:
    """Leaves the result's goal empty when the text sets no goal."""
    text = "Sáng 12-6, Đảng bộ quận Lê Chân khai mạc Đại hội lần thứ XXIV, nhiệm kỳ 2020 – 2025.\n"
    assert extract_partial(text).goal is None
