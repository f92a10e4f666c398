"""Fixtures of the browser tests: built sites served on localhost, headless Chromium.

Chromium is Debian's ``/usr/bin/chromium``, driven by Playwright; the tests are skipped only
when it is missing. Requests off localhost are aborted: a site must work without a network. The
site that asks for Mermaid serves its own copy (fetched once by ``install_mermaid.py``).
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from playwright.sync_api import Browser, Page, Route

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
INSTALLER = Path(__file__).with_name("install_mermaid.py")
# Material renders a Mermaid diagram into a closed shadow root; an open one lets the test see it.
OPEN_SHADOW_ROOTS = """
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  return attach.call(this, Object.assign({}, init, { mode: "open" }));
};
"""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test in this folder as a browser test."""
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)


def _build_site(project: Path, documents: list[Path], *, site_name: str) -> Path:
    """Build a Material site of ``documents`` with the plugin in ``project``; return site/."""
    (project / "docs").mkdir(parents=True)
    (project / "docs" / "index.md").write_text(f"# {site_name}\n", encoding="utf-8")
    sources = "".join(f"\n          - {d}" for d in documents)
    (project / "mkdocs.yml").write_text(
        f"site_name: {site_name}\n"
        "theme:\n  name: material\n  language: vi\n"
        "plugins:\n  - search\n  - vnpartydoc:\n      source_dirs:" + sources + "\n",
        encoding="utf-8",
    )
    config = load_config(str(project / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    config.plugins.on_shutdown()
    return project / "site"


@pytest.fixture(scope="session")
def build_site() -> Callable[..., Path]:
    """A builder of Material sites with the plugin: ``(project, documents, *, site_name)``."""
    return _build_site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    """Serve a folder on a free localhost port; return its base URL."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def mermaid_js() -> Path:
    """A local mermaid.min.js (fetched once by install_mermaid.py when missing)."""
    spec = importlib.util.spec_from_file_location("install_mermaid", INSTALLER)
    assert spec is not None
    assert spec.loader is not None
    install_mermaid = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(install_mermaid)
    if install_mermaid.CACHE.is_file():
        return Path(install_mermaid.CACHE)
    try:
        return Path(install_mermaid.install())
    except RuntimeError as exc:
        pytest.fail(f"{exc}; run 'python tests/browser/install_mermaid.py' first")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Debian Chromium."""
    if not CHROMIUM.is_file():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright  # skip before importing

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Watched:
    """A browser page and what it did that a safe page must not do."""

    page: Page
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    offsite: list[str] = field(default_factory=list)

    def screenshot(self, name: str) -> Path:
        """Save a full-page screenshot under tests/artifacts/."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    """A fresh page: dialogs and errors are recorded, requests stay on localhost."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    record = Watched(page)
    page.add_init_script(OPEN_SHADOW_ROOTS)

    def dialog(d: object) -> None:
        record.dialogs.append(getattr(d, "message", ""))
        d.dismiss()  # type: ignore[attr-defined]

    def route(r: Route) -> None:
        url = r.request.url
        if url.startswith("http://127.0.0.1:"):
            r.continue_()
        else:
            record.offsite.append(url)
            r.abort()

    page.on("dialog", dialog)
    page.on("pageerror", lambda exc: record.errors.append(str(exc)))
    page.route("**/*", route)
    yield record
    context.close()
