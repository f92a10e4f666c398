"""Every accepted injection case of tests/hostile, built into one Material site, in Chromium.

Each page is opened in headless Chromium; every element gets mouse-over and focus events (so
``onmouseover``/``onfocus`` payloads would fire). No dialog may open, no global set by a
payload may exist, no element may carry an event-handler attribute or a ``javascript:``/``data:``
URL, and each payload must show literally in the page text.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml

from vnpartydoc.render import page_path
from vnpartydoc.serialization import load

if TYPE_CHECKING:
    from collections.abc import Callable

    from tests.browser.conftest import Watched

HOSTILE = Path(__file__).resolve().parents[1] / "hostile"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load(
    (HOSTILE / "expected.yaml").read_text(encoding="utf-8")
)
PAYLOADS: dict[str, str] = yaml.safe_load((HOSTILE / "payloads.yaml").read_text("utf-8"))
CASES = sorted(k for k, v in EXPECTED.items() if "payload" in v)
INDEXES = ["", "van-ban/", "van-ban/theo-loai/nghi-quyet/", "van-ban/theo-to-chuc/"]
WS_RE = re.compile(r"\s+")
THEME_FONTS = ("https://fonts.googleapis.com/", "https://fonts.gstatic.com/")
PROBE = """() => {
    for (const element of document.querySelectorAll("*")) {
        for (const type of ["mouseover", "mouseenter", "focus", "animationstart"]) {
            element.dispatchEvent(new Event(type, { bubbles: true }));
        }
    }
    const urls = [];
    const handlers = [];
    for (const element of document.querySelectorAll("*")) {
        for (const attribute of element.attributes) {
            const name = attribute.name;
            if (name.startsWith("on")) handlers.push(element.tagName + " " + name);
            if (["href", "src", "action", "formaction", "xlink:href", "data"].includes(name)
                && /^\\s*(javascript|data|vbscript):/i.test(attribute.value)) {
                urls.push(element.tagName + " " + attribute.value);
            }
        }
    }
    return {
        pwned: window.__pwned === undefined ? null : String(window.__pwned),
        handlers,
        urls,
        frames: document.querySelectorAll("iframe, object, embed").length,
    };
}"""


def collapse(text: str) -> str:
    return WS_RE.sub(" ", text).strip()


def payloads_of(case: str) -> list[str]:
    family = EXPECTED[case]["payload"]
    if family != "mixed":
        return [PAYLOADS[family]]
    values = EXPECTED[case]["fields"].values()
    return [v for v in values if isinstance(v, str) and v in PAYLOADS.values()]


def url_of(case: str) -> str:
    return page_path(load(HOSTILE / "cases" / case)).removesuffix(".md") + "/"


@pytest.fixture(scope="module")
def injection_site(
    tmp_path_factory: pytest.TempPathFactory,
    serve: Callable[[Path], str],
    build_site: Callable[..., Path],
) -> str:
    """The accepted injection cases and the records they refer to, built with Material."""
    documents = tmp_path_factory.mktemp("injection-documents")
    for case in CASES:
        shutil.copyfile(HOSTILE / "cases" / case, documents / Path(case).name)
    shutil.copytree(HOSTILE / "shared", documents / "shared")
    site = build_site(tmp_path_factory.mktemp("injection"), [documents], site_name="Chèn mã")
    return serve(site)


def visit(watched: Watched, url: str) -> dict[str, Any]:
    page = watched.page
    page.goto(url)
    page.wait_for_load_state("load")
    page.mouse.move(300, 300)
    found: dict[str, Any] = page.evaluate(PROBE)
    page.wait_for_timeout(150)
    found["pwned"] = (
        page.evaluate("() => window.__pwned === undefined ? null : 1") or found["pwned"]
    )
    found["dialogs"] = list(watched.dialogs)
    return found


CLEAN = {"pwned": None, "handlers": [], "urls": [], "frames": 0, "dialogs": []}


def test_every_injection_case_is_in_the_site() -> None:
    assert len(CASES) == 31
    assert len({url_of(case) for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES)
def test_injection_page_runs_nothing_and_shows_the_text(
    case: str, watched: Watched, injection_site: str
) -> None:
    found = visit(watched, injection_site + url_of(case))
    assert found == CLEAN
    text = collapse(watched.page.locator("article").inner_text())
    assert [p for p in payloads_of(case) if collapse(p) not in text] == []
    assert [u for u in watched.offsite if not u.startswith(THEME_FONTS)] == []


@pytest.mark.parametrize("path", INDEXES)
def test_index_pages_listing_the_injection_documents_run_nothing(
    path: str, watched: Watched, injection_site: str
) -> None:
    found = visit(watched, injection_site + path)
    assert found == CLEAN
    if path == "van-ban/theo-loai/nghi-quyet/":
        text = collapse(watched.page.locator("article").inner_text())
        assert "Nghị quyết <script>window.__pwned=1;alert(1)</script>" in text
