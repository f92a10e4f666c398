"""A congress without a known term, and a plan holding a general goal, in headless Chromium.

Both pages are opened at 390 px with every request off localhost aborted: the congress page has
no term row and no sideways scroll; the plan page shows its goal and each milestone year.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from vnpartydoc.models import Congress, Goal, Organisation, Plan
from vnpartydoc.render import page_path
from vnpartydoc.serialization import dump

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from tests.browser.conftest import Watched

PHONE = {"width": 390, "height": 844}
ORG = Organisation(id="dang-bo-thi-xa-ninh-hoa", name="Đảng bộ thị xã NINH HÒA", level="district")
CONGRESS = Congress(
    id="dai-hoi-dang-bo-thi-xa-ninh-hoa-xx",
    organisation=ORG.id,
    ordinal=20,
    opened_on="2020-07-15",
    closed_on="2020-07-17",
    place="Trung tâm Văn hóa – Thể thao thị xã",
)
PLAN = Plan(
    type="ke-hoach",
    id="ke-hoach-chuyen-doi-so-ninh-hoa",
    title="Kế hoạch thực hiện “chuyển đổi số” giai đoạn 2021 – 2025, định hướng đến năm 2030",
    issuer={"organisation": ORG.id, "body": "standing-board"},
    general_goal=Goal.model_validate(
        {
            "text": "Đến năm 2025, thị xã Ninh Hòa cơ bản hoàn thành chuyển đổi số; đến năm "
            "2030, trở thành đô thị thông minh",
            "milestones": [
                {"year": 2025, "text": "cơ bản hoàn thành chuyển đổi số"},
                {"year": 2030, "text": "trở thành đô thị thông minh"},
            ],
        }
    ),
)


@pytest.fixture(scope="module")
def site(
    tmp_path_factory: pytest.TempPathFactory,
    serve: Callable[[Path], str],
    build_site: Callable[..., Path],
) -> str:
    """The three records built with Material and the plugin, served on localhost."""
    records = tmp_path_factory.mktemp("records")
    for record in (ORG, CONGRESS, PLAN):
        dump(record, records / f"{record.id}.yaml")
    built = build_site(tmp_path_factory.mktemp("termless"), [records], site_name="Ninh Hòa")
    return serve(built)


def _at_phone_width(watched: Watched, url: str) -> None:
    watched.page.set_viewport_size(PHONE)
    watched.page.goto(url)
    width = watched.page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]
    assert watched.offsite == [] or all("fonts.g" in u for u in watched.offsite)
    assert watched.errors == []


def test_congress_without_term_shows_no_term_row(watched: Watched, site: str) -> None:
    """The congress page gives its dates and place, and no "Nhiệm kỳ" row."""
    _at_phone_width(watched, site + page_path(CONGRESS).removesuffix(".md") + "/")
    text = watched.page.locator("article").inner_text()
    assert "Trung tâm Văn hóa – Thể thao thị xã" in text
    assert "Khai mạc: ngày 15 tháng 7 năm 2020" in text
    assert "Nhiệm kỳ" not in text
    watched.screenshot("termless-congress-390")


def test_plan_page_shows_its_general_goal(watched: Watched, site: str) -> None:
    """The plan page quotes its goal and lists both milestone years."""
    _at_phone_width(watched, site + page_path(PLAN).removesuffix(".md") + "/")
    text = watched.page.locator("article").inner_text()
    assert "trở thành đô thị thông minh" in text
    assert "2025" in text
    assert "2030" in text
    watched.screenshot("plan-goal-390")
