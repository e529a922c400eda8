"""Write docs/side-by-side.md and docs/side-by-side-fast.md: twin files, step by step.

Run with ``make side-by-side``. The first page sets network.py beside
network.R, the second fast.py beside fast.R. Each function is cut into pieces
at its ``# Step N`` comments, and the Python and R pieces in the same place
are set side by side in one table row, so a learner who knows one language
can read the other line against line. The pages are generated from the
sources; a test fails when one is stale.
"""

from __future__ import annotations

import html
import re
import sys
from itertools import zip_longest
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
PAGES = {
    REPO / "docs" / "side-by-side.md": {
        "Python": REPO / "python" / "src" / "scratchnet" / "network.py",
        "R": REPO / "r" / "R" / "network.R",
    },
    REPO / "docs" / "side-by-side-fast.md": {
        "Python": REPO / "python" / "src" / "scratchnet" / "fast.py",
        "R": REPO / "r" / "R" / "fast.R",
    },
}
"""Each page and the two sources it sets side by side."""
STEP = re.compile(r"^\s*# (Steps? [0-9][0-9-]*)")
STARTS = {
    "Python": re.compile(r"^(?:def|class) ([A-Za-z_][A-Za-z0-9_]*)[(:]"),
    "R": re.compile(r"^([A-Za-z_.][A-Za-z0-9_.]*) <- function\("),
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


def parse(sources: dict[str, Path]) -> dict[str, Pieces]:
    """Language -> its file's functions, cut into pieces (see ``functions``)."""
    return {
        lang: functions(lang, path.read_text(encoding="utf-8")) for lang, path in sources.items()
    }


def page(sources: dict[str, Path]) -> str:
    """The whole Markdown page for one pair of sources.

    Pieces are paired in order: the tests require the same step labels in
    the same order in both languages, so the n-th piece of a function in one
    language sits beside the n-th in the other (a label may occur twice, as
    "Steps 10-11" does in ``train_fast``). A function in one language only
    (a private helper) gets an empty cell on the other side.
    """
    parsed = parse(sources)
    python, r = parsed["Python"], parsed["R"]
    names = [path.relative_to(REPO).as_posix() for path in sources.values()]
    files = [path.name for path in sources.values()]
    out = [
        f"# {files[0]} and {files[1]}, side by side",
        "",
        f"Generated from `{names[0]}` and `{names[1]}` by",
        "`make side-by-side`; do not edit by hand (a test fails when this page is stale).",
        "Each function is cut at its numbered step comments, and pieces with the same",
        "step sit in the same row.",
        "",
    ]
    for name in list(dict.fromkeys([*python, *r])):
        out += [f"## `{name}`", "", "<table>", "<tr><th>Python</th><th>R</th></tr>"]
        for py_piece, r_piece in zip_longest(python.get(name, []), r.get(name, [])):
            label = (py_piece or r_piece)[0]
            out.append(
                f'<tr><td colspan="2"><em>{html.escape(label)}</em></td></tr>'
                f"<tr>{cell(py_piece[1] if py_piece else [])}"
                f"{cell(r_piece[1] if r_piece else [])}</tr>"
            )
        out += ["</table>", ""]
    return "\n".join(out)


if __name__ == "__main__":
    for output, sources in PAGES.items():
        output.write_text(page(sources), encoding="utf-8")
        print(f"wrote {output.relative_to(REPO)}")
    sys.exit(0)
