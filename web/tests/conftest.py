"""The browser the page tests share: Debian's chromium, cut off from the network.

One chromium for the whole run (the runtimes take seconds to start), with a
fresh profile, its DNS answering nothing but 127.0.0.1, and a net log; the
site served twice by ``web/serve.py``'s handler, which notes every request:
cross-origin isolated, as ``make web-serve`` serves it, and without the
isolation headers, as a plain file server would. What the tests measure
(times, megabytes) is printed at the end, never asserted: the machine is
shared and noisy.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parent.parent
REPO = WEB.parent
sys.path.insert(0, str(WEB))
sys.path.insert(0, str(REPO))

from serve import SITE, serve  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
# Quiet chromium's own calls home, and make every name but 127.0.0.1
# unresolvable: a request that tries to leave fails, and shows in the net log.
OFFLINE = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    # autofill asks a server about every page with a text field (the editors)
    "--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter",
]
VIEWPORT = {"width": 1366, "height": 768}  # a school laptop's screen
LANGUAGES = ("python", "r")
NAMES = {"python": "Python", "r": "R"}
DONE = "() => [...document.querySelectorAll('{}')].every(t => ['done', 'error', 'stopped'].includes(t.dataset.state))"  # noqa: E501
LESSONS = json.loads((SITE / "lessons.json").read_text())["lessons"] if SITE.is_dir() else []
MEASURED: dict[str, str] = {}


class Browser:
    """The shared chromium: its context, the site's two addresses and request logs, its net log."""

    def __init__(self, playwright, servers: dict, folder: Path):
        self.url, self.seen = servers["isolated"]
        self.plain_url, self.plain_seen = servers["plain"]
        self.net_log = folder / "netlog.json"
        self.context = playwright.chromium.launch_persistent_context(
            str(folder / "profile"),
            executable_path=CHROMIUM,
            headless=True,
            args=[*OFFLINE, f"--log-net-log={self.net_log}"],
            viewport=VIEWPORT,
        )
        self.closed = False

    def close(self) -> str:
        """Close chromium (it finishes its net log then); the net log's text."""
        if not self.closed:
            self.context.close()
            self.closed = True
        return self.net_log.read_text(errors="replace")


@pytest.fixture(scope="session")
def browser():
    """Chromium and the served site, for the whole run."""
    from playwright.sync_api import sync_playwright

    if not (SITE / "index.html").is_file():
        pytest.fail("web/site/ is not built: run make web")
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (make web-test does)")
    isolated, seen = serve(0)
    plain, plain_seen = serve(0, isolated=False)
    servers = {
        "isolated": (f"http://127.0.0.1:{isolated.server_port}/", seen),
        "plain": (f"http://127.0.0.1:{plain.server_port}/", plain_seen),
    }
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        shared = Browser(playwright, servers, Path(folder))
        yield shared
        shared.close()
    isolated.shutdown()
    plain.shutdown()


def pytest_collection_modifyitems(items):
    """The net-log test last: it closes chromium to read the log of every request."""
    items.sort(key=lambda item: item.name == "test_no_request_leaves_the_machine")


def pytest_terminal_summary(terminalreporter):
    """What the tests measured: printed, and kept in web/site/measured.json."""
    if MEASURED:
        terminalreporter.section("measured in the browser")
        for what, value in MEASURED.items():
            terminalreporter.write_line(f"{what}: {value}")
        if SITE.is_dir():
            (SITE / "measured.json").write_text(json.dumps(MEASURED, indent=1))


# --- helpers the page tests share ------------------------------------------------


def megabytes(seen: list, start: int = 0) -> float:
    """Megabytes the server sent for the requests from ``start`` on."""
    return sum(sent for _, _, sent in seen[start:]) / 1e6


def open_page(browser, query: str = "lang=both", fragment: str = "", plain: bool = False):
    """A new tab on the page, its runtimes ready; how long they took is ``ready_after``."""
    page = browser.context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    started = time.perf_counter()
    page.goto(f"{browser.plain_url if plain else browser.url}index.html?{query}{fragment}")
    languages = page.evaluate("window.scratchnetPage.languages")
    for language in languages:
        page.wait_for_selector(f'#status-{language}[data-state="ready"]', timeout=120_000)
    page.ready_after = time.perf_counter() - started
    page.opened_at = started
    return page


def lesson_page(page, name: str) -> None:
    """Show one lesson in ``page`` by changing the address's #lesson only.

    The same document stays, and with it the runtimes; any other change of
    address would load the page, and both runtimes, again.
    """
    page.evaluate(f"location.hash = {json.dumps(name)}")
    page.wait_for_selector(f'main[data-lesson="{name}"] .twin', state="attached")


def twin(index, language: str) -> str:
    """The selector of one cell's editor box in one language (``index`` or "own")."""
    if index == "own":
        return f'.cell.own .twin[data-lang="{language}"]'
    return f'.twin[data-cell="{index}"][data-lang="{language}"]'


def set_code(page, selector: str, code: str) -> None:
    """Put ``code`` in the editor of the cell ``selector`` names."""
    page.evaluate(
        "([s, code]) => { document.querySelector(s).editor.value = code; }", [selector, code]
    )


def code_of(page, selector: str) -> str:
    """The code in the editor of the cell ``selector`` names."""
    return page.evaluate("(s) => document.querySelector(s).editor.value", selector)


def wait_for_cells(page, selector: str, timeout: float = 240_000) -> None:
    """Wait until every cell matched by ``selector`` has run (or stopped)."""
    page.wait_for_function(DONE.format(selector), timeout=timeout)


def run(page, selector: str, code: str | None = None, timeout: float = 120_000) -> str:
    """Run one cell (with ``code`` put in it first); what it shows under its editor."""
    if code is not None:
        set_code(page, selector, code)
    page.click(f"{selector} .run")
    page.wait_for_function(
        f"document.querySelector({json.dumps(selector)}).dataset.state !== 'idle'"
    )
    wait_for_cells(page, selector, timeout)
    return page.inner_text(f"{selector} .result")


def output_lines(element, language: str) -> list[str]:
    """The lines a cell printed, as a notebook keeps them.

    Python: standard output and values (a notebook keeps stderr apart); R:
    everything, as knitr writes messages and errors among the output.
    """
    parts = element.query_selector_all(".output span")
    keep = [p for p in parts if language == "r" or "stderr" not in (p.get_attribute("class") or "")]
    return "".join(part.text_content() for part in keep).splitlines()
