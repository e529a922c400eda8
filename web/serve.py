"""``make web-serve``: serve ``web/site/`` on 127.0.0.1 for a browser.

The page cannot be opened as a file: its Web Workers and WebAssembly modules
are refused from ``file://`` addresses, so it needs a server, and this one
is enough. It serves ``.wasm`` as ``application/wasm`` (browsers compile
WebAssembly while it streams only with that type) and makes the page
cross-origin isolated: every response carries

    Cross-Origin-Opener-Policy: same-origin
    Cross-Origin-Embedder-Policy: require-corp

so the page may share memory with its workers (SharedArrayBuffer), which is
how Stop interrupts a running cell and keeps the runtime's variables (see
docs/web.md for a school's server). ``--no-isolation`` leaves them out: the
page still works, and Stop restarts the runtime instead. It leaves out caching
headers and TLS.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
import threading
from pathlib import Path

SITE = Path(__file__).resolve().parent / "site"


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site, with the types WebAssembly pages need; notes each request."""

    extensions_map = {  # noqa: RUF012 (the base class's own attribute, extended)
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".json": "application/json",
        ".so": "application/octet-stream",
        ".whl": "application/octet-stream",
    }
    seen: list[tuple[str, int, int]]  # (path, status, bytes) of every request, for tests
    isolated = True  # send the two cross-origin isolation headers

    def end_headers(self) -> None:
        """The isolation headers, on every response (workers and WebAssembly included)."""
        if self.isolated:
            self.send_header("Cross-Origin-Opener-Policy", "same-origin")
            self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        super().end_headers()

    def log_message(self, format: str, *args) -> None:
        """Quiet: the tests read ``seen`` instead."""

    def send_response(self, code: int, message: str | None = None) -> None:
        """Remember the status for ``seen``."""
        self._status = code
        super().send_response(code, message)

    def copyfile(self, source, outputfile) -> None:
        """Count the bytes sent, for ``seen``."""
        start = source.tell()
        super().copyfile(source, outputfile)
        self._sent = source.tell() - start

    def handle_one_request(self) -> None:
        """Serve one request and note it."""
        self._status, self._sent = 0, 0
        super().handle_one_request()
        if getattr(self, "path", None) and self._status:
            self.seen.append((self.path, self._status, self._sent))


def serve(
    port: int = 8000, site: Path = SITE, isolated: bool = True
) -> tuple[http.server.ThreadingHTTPServer, list]:
    """Start serving ``site`` on 127.0.0.1 in a thread; the server and its request log."""
    seen: list[tuple[str, int, int]] = []
    handler = type("Handler", (SiteHandler,), {"seen": seen, "isolated": isolated})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(handler, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, seen


def main() -> int:
    """Serve until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--no-isolation", action="store_true",
        help="leave out the cross-origin isolation headers (Stop then restarts a runtime)",
    )  # fmt: skip
    arguments = parser.parse_args()
    port = arguments.port
    if not (SITE / "index.html").is_file():
        print("make web-serve: no site yet; run: make web", file=sys.stderr)
        return 1
    server, _ = serve(port, isolated=not arguments.no_isolation)
    how = "not isolated" if arguments.no_isolation else "cross-origin isolated"
    print(f"The course: http://127.0.0.1:{server.server_port}/  ({how}; Ctrl+C stops)")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
