"""The browser the page tests share: Debian's chromium, cut off from the network.

One chromium for the whole run (the runtimes take seconds to start), with a
fresh profile, its DNS answering nothing but 127.0.0.1, and a net log; the
site served by ``web/serve.py``'s handler, which notes every request. What the
tests measure (times, megabytes) is printed at the end, never asserted.
"""

from __future__ import annotations

import json
import sys
import tempfile
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
MEASURED: dict[str, str] = {}


class Browser:
    """The shared chromium: its context, the site's address and request log, its net log."""

    def __init__(self, playwright, url: str, seen: list, folder: Path):
        self.url, self.seen = url, seen
        self.net_log = folder / "netlog.json"
        self.context = playwright.chromium.launch_persistent_context(
            str(folder / "profile"),
            executable_path=CHROMIUM,
            headless=True,
            args=[*OFFLINE, f"--log-net-log={self.net_log}"],
            viewport={"width": 1280, "height": 800},
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
    server, seen = serve(0)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        shared = Browser(playwright, f"http://127.0.0.1:{server.server_port}/", seen, Path(folder))
        yield shared
        shared.close()
    server.shutdown()


def pytest_terminal_summary(terminalreporter):
    """What the tests measured: printed, and kept in web/site/measured.json."""
    if MEASURED:
        terminalreporter.section("measured in the browser")
        for what, value in MEASURED.items():
            terminalreporter.write_line(f"{what}: {value}")
        if SITE.is_dir():
            (SITE / "measured.json").write_text(json.dumps(MEASURED, indent=1))
