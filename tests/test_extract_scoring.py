"""The accuracy scorer reads Vietnamese numbers and keeps results apart from targets."""

from __future__ import annotations

from collections import Counter

import pytest
from extract_scoring import (
    FIELDS,
    compare,
    found_facts,
    label_facts,
    micro,
    number,
    quantity,
    target_fact,
)

from vnpartydoc.extract import extract_partial
from vnpartydoc.extract.result import ExtractionResult
from vnpartydoc.models import Article, GenericDocument, Goal, Milestone, Plan, Resolution

SAME_QUANTITIES = [
    ("8-8,5", "8\u20138,5"),
    ("8 \u2013 8,5", "8\u20138,5"),
    ("8 - 8,50", "8\u20138,5"),
    ("164.000", "164000"),
    ("164.000\u2013176.000", "164000-176000"),
    ("05", "5"),
    ("1.250,5", "1250,5"),
    ("04/09", "4/9"),
]


@pytest.mark.parametrize(("left", "right"), SAME_QUANTITIES, ids=[s[0] for s in SAME_QUANTITIES])
def test_quantity_spellings_compare_equal(left: str, right: str) -> None:
    """Reads ranges, thousands groups, decimal commas and leading zeros as one value."""
    assert quantity(left) == quantity(right)


def test_number_reads_vietnamese_notation() -> None:
    """Turns '.' before three digits into a thousands group and ',' into the decimal mark."""
    assert [number("164.000"), number("6,5"), number("0,30"), number("1.5")] == [
        "164000",
        "6.5",
        "0.3",
        "1.5",
    ]


def test_target_fact_keeps_qualifier_and_unit() -> None:
    """Writes value, unit (slashes closed up) and a qualifier other than exact."""
    assert target_fact("10,5", "% / năm", "at-least") == "10.5 %/năm at-least"
    assert target_fact("95", "triệu đồng/người", "exact") == "95 triệu đồng/người"


def test_labels_in_both_formats() -> None:
    """Reads constructed strings ('X unit achieved Y') and real mappings alike."""
    facts = label_facts(
        {
            "targets": [
                "36.875 tỷ đồng achieved 45.799",
                "7,5 %/năm at-least",
                {
                    "indicator": "Tỷ lệ hộ nghèo",
                    "value": "2",
                    "unit": "%",
                    "qualifier": "less-than",
                },
            ],
            "achievements": [{"indicator": "Thu nhập", "value": "52", "unit": "triệu đồng"}],
        }
    )
    assert facts["targets"] == Counter({"7.5 %/năm at-least": 1, "2 % less-than": 1})
    assert facts["achievements"] == Counter({"45799 tỷ đồng": 1, "52 triệu đồng": 1})


def test_results_read_as_targets_are_target_false_positives() -> None:
    """A past-term result extracted as a new target is a spurious target and a missed result."""
    text = (
        "ĐẠI HỘI ĐẢNG BỘ XÃ MỸ PHƯỚC LẦN THỨ XIV, NHIỆM KỲ 2025 – 2030\n"
        "Nhiệm kỳ 2025 – 2030, xã phấn đấu thu nhập bình quân đầu người đạt 90 triệu đồng.\n"
    )
    found = found_facts(extract_partial(text))
    found["targets"] = Counter({"90 triệu đồng": 1, "52 triệu đồng": 1})
    expected = label_facts(
        {
            "targets": [{"value": "90", "unit": "triệu đồng"}],
            "achievements": [{"value": "52", "unit": "triệu đồng"}],
        }
    )
    scores = compare(found, expected)
    assert (scores["targets"].tp, scores["targets"].fp, scores["targets"].fn) == (1, 1, 0)
    assert (scores["achievements"].tp, scores["achievements"].fn) == (0, 1)


def test_repeated_targets_count_twice() -> None:
    """Two targets of '100 %' are two facts; finding one is one hit and one miss."""
    empty: dict[str, Counter[str]] = {name: Counter() for name in FIELDS}
    found = {**empty, "targets": Counter({"100 %": 1})}
    expected = {**empty, "targets": Counter({"100 %": 2})}
    score = compare(found, expected)["targets"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 1)
    assert micro(compare(found, expected)).recall == 0.5


def test_shorter_printing_of_a_matched_title_is_not_spurious() -> None:
    """'Bí thư Tỉnh ủy' beside a matched 'Bí thư Tỉnh ủy Quảng Trị' is a repeat, not an error."""
    empty: dict[str, Counter[str]] = {name: Counter() for name in FIELDS}
    long, short = "NGUYỄN VĂN A: Bí thư Tỉnh ủy Quảng Trị", "NGUYỄN VĂN A: Bí thư Tỉnh ủy"
    found = {**empty, "titles": Counter({long: 1, short: 1, "NGUYỄN VĂN A: Phô Bí thư": 1})}
    expected = {**empty, "titles": Counter({long: 1})}
    score = compare(found, expected)["titles"]
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)
    assert score.spurious == ["NGUYỄN VĂN A: Phô Bí thư"]


def _goal(*years: int) -> Goal:
    return Goal(
        text="Đến năm 2030, Hậu Giang trở thành tỉnh công nghiệp đạt mức khá",
        milestones=[Milestone(year=y, text="trở thành tỉnh khá") for y in years],
    )


def test_milestones_come_from_the_goal_of_any_document() -> None:
    """Milestones are read from a plan's, a planning's and a resolution's goal, main or cited."""
    main = Plan(type="ke-hoach", id="kh", title="Kế hoạch", general_goal=_goal(2025))
    cited = [
        GenericDocument(type="quy-hoach", id="qh", title="Quy hoạch", general_goal=_goal(2030)),
        Resolution(type="nghi-quyet", id="nq", title="Nghị quyết", general_goal=_goal(2045)),
        GenericDocument(type="chien-luoc", id="cl", title="Chiến lược"),
    ]
    found = found_facts(ExtractionResult("", main, cited))
    assert found["milestones"] == Counter({"2025": 1, "2030": 1, "2045": 1})
    article = Article(type="bai-viet", id="bv", title="Bài viết")
    assert found_facts(ExtractionResult("", article, cited[:1]))["milestones"] == Counter(
        {"2030": 1}
    )


def test_delegates_are_scored_in_vietnamese_notation() -> None:
    """A congress's count of delegates is a fact; the label's "1.587" is the record's 1587."""
    text = (
        "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng khai mạc sáng 26/1/2021. "
        "Dự Đại hội có 1.587 đại biểu đại diện cho hơn 5,1 triệu đảng viên."
    )
    found = found_facts(extract_partial(text))
    assert found["delegates"] == Counter({"dang-cong-san-viet-nam XIII 1587": 1})
    expected = label_facts({"delegates": ["dang-cong-san-viet-nam XIII 1.587"]})
    assert compare(found, expected)["delegates"].tp == 1
    wrong = label_facts({"delegates": ["dang-cong-san-viet-nam XIII 1.500"]})
    score = compare(found, wrong)["delegates"]
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)
