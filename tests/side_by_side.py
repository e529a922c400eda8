"""Write docs/side-by-side.md: network.py and network.R, aligned step by step.

Run with ``make side-by-side``. Each function is cut into pieces at its
``# Step N`` comments, and the Python and R pieces with the same label are set
side by side in one table row, so a learner who knows one language can read
the other line against line. The page is generated from the sources; a test
fails when it is stale.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = {
    "Python": REPO / "python" / "src" / "scratchnet" / "network.py",
    "R": REPO / "r" / "R" / "network.R",
}
OUTPUT = REPO / "docs" / "side-by-side.md"
STEP = re.compile(r"^\s*# (Steps? [0-9][0-9-]*)")
STARTS = {
    "Python": re.compile(r"^def ([a-z_][a-z0-9_]*)\("),
    "R": re.compile(r"^([a-z_][a-z0-9_.]*) <- function\("),
}
Pieces = dict[str, list[tuple[str, list[str]]]]


def functions(language: str, text: str) -> Pieces:
    """Function name -> its pieces, each (label, lines), in source order.

    A Python function starts at its ``def``; an R function at the roxygen
    block (``#'`` lines) above its ``name <- function(``. The first piece is
    labelled "signature and documentation"; the rest by their step comment.
    """
    lines = text.splitlines()
    starts = []
    for index, line in enumerate(lines):
        match = STARTS[language].match(line)
        if match:
            first = index
            while language == "R" and first > 0 and lines[first - 1].startswith("#'"):
                first -= 1
            starts.append((first, match.group(1)))
    result: Pieces = {}
    for (first, name), (end, _) in zip(starts, [*starts[1:], (len(lines), "")], strict=True):
        body = lines[first:end]
        while body and not body[-1].strip():
            body.pop()
        pieces = [("signature and documentation", [])]
        for line in body:
            step = STEP.match(line)
            if step:
                pieces.append((step.group(1), []))
            pieces[-1][1].append(line)
        result[name] = pieces
    return result


def cell(lines: list[str]) -> str:
    """One table cell: the lines as preformatted, escaped text."""
    return (
        "<td><pre>" + html.escape("\n".join(lines), quote=False) + "</pre></td>"
        if lines
        else "<td></td>"
    )


def page() -> str:
    """The whole Markdown page."""
    parsed = {
        lang: functions(lang, path.read_text(encoding="utf-8")) for lang, path in SOURCES.items()
    }
    python, r = parsed["Python"], parsed["R"]
    out = [
        "# network.py and network.R, side by side",
        "",
        "Generated from `python/src/scratchnet/network.py` and `r/R/network.R` by",
        "`make side-by-side`; do not edit by hand (a test fails when this page is stale).",
        "Each function is cut at its numbered step comments, and pieces with the same",
        "step sit in the same row.",
        "",
    ]
    for name in list(dict.fromkeys([*python, *r])):
        out += [f"## `{name}`", "", "<table>", "<tr><th>Python</th><th>R</th></tr>"]
        py_pieces, r_pieces = dict(python.get(name, [])), dict(r.get(name, []))
        labels = list(
            dict.fromkeys(
                [label for label, _ in python.get(name, [])]
                + [label for label, _ in r.get(name, [])]
            )
        )
        for label in labels:
            out.append(
                f'<tr><td colspan="2"><em>{html.escape(label)}</em></td></tr>'
                f"<tr>{cell(py_pieces.get(label, []))}{cell(r_pieces.get(label, []))}</tr>"
            )
        out += ["</table>", ""]
    return "\n".join(out)


if __name__ == "__main__":
    OUTPUT.write_text(page(), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(REPO)}")
    sys.exit(0)
