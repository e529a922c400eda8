"""Each language's course in its own words: the other language's syntax, found where it shows.

A Python learner reads the notebooks (prose, code and what the cells print),
the lesson scripts, the solutions and the course the package writes; an R
learner reads the R Markdown, its knitted text, the demos, the solutions, the
help pages and what R's trace prints. Each is scanned for the other language's
tokens: ``%*%``, ``<-``, ``colSums``, ``TRUE``, a "3 x 4" shape in the
Python course; ``@``, ``.T``, ``axis=``, ``np.``, ``True``, "cell", a ``(3, 4)``
shape in the R course. A deliberate comparison, declared in a lesson's source
(``{{both: ...}}`` or a ``::: both`` block), is not counted; neither are the
pages bilingual by design (the cheat-sheet, the side-by-side pages).

``python tests/tools/language_scan.py`` prints the count per language and
every token found; ``tests/test_course_languages.py`` fails on one.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.tools import course  # noqa: E402

# What only the other language writes. Each pattern is a token a learner of
# the language being scanned would not know or would misread.
R_ONLY = {
    "%*%": r"%\*%",
    "<-": r"<-",
    "t(...)": r"(?<![\w.])t\(",
    "colSums/rowSums/colMeans": r"\b(col|row)(Sums|Means)\b",
    "TRUE/FALSE/NULL": r"\b(TRUE|FALSE|NULL)\b",
    "c(...)": r"(?<![\w.])c\(",
    "library(...)": r"\blibrary\(",
    "rep(...)": r"\brep\(",
    "nrow/ncol": r"\bn(row|col)\(",
    "a 3 x 4 shape": r"(?<![\d.])\d+ x \d+(?![\d.])",
    "R:": r"\(R: ",
}
PYTHON_ONLY = {
    "@": r"(?<=[\w)\]]) @ (?=[\w(])",
    ".T": r"[\w)\]]\.T\b",
    "axis=": r"\baxis=",
    "np.": r"\bnp\.",
    "sn.": r"\bsn\.",
    "True/False/None": r"\b(True|False|None)\b",
    "import": r"^\s*import \w|\bimport (numpy|scratchnet)",
    "keepdims": r"\bkeepdims\b",
    "a (3, 4) shape": r"(\bshape|#|\b(is|are|an?|array)) \(\d+, \d+\)|\(\d+,\)",
    "cell": r"\bcells?\b",
    "def": r"^\s*def \w",
    "numpy's": r"\bnumpy's\b",
    "Python:": r"\(Python: ",
}
FOREIGN = {"python": R_ONLY, "r": PYTHON_ONLY}
# Files whose comparison is the point, as a lesson's {{both: ...}} is.
DECLARED_FILES = {
    "r/man/numpy_legacy_random.Rd": "lesson 3 rebuilds numpy's seeded generator in R: its help "
    "names numpy's calls",
}
# A help page's "cells" are a CSV file's, not a notebook's.
NOT_IN_HELP = {"cell"}


def declared(lessons: list[dict]) -> list[str]:
    """The text of every deliberate comparison of the lessons' sources."""
    found = []
    for lesson in lessons:
        for cell in lesson["cells"]:
            text = cell.get("markdown", "")
            found += [m.group(3) for m in course.SIDE.finditer(text) if m.group(2) == "both"]
            found += [m.group(2) for m in course.BLOCK.finditer(text) if m.group(1) == "both"]
    # longest first, so a short declared text inside a longer one leaves the longer whole
    return sorted({text for text in found if text.strip()}, key=len, reverse=True)


def tokens(text: str, language: str, exempt: list[str] = ()) -> list[tuple[str, str]]:
    """The other language's tokens in ``text``: (which, the line), declared comparisons left out."""
    for part in exempt:
        text = text.replace(part, " ")
    found = []
    for line in text.splitlines():
        for name, pattern in FOREIGN[language].items():
            if re.search(pattern, line):
                found.append((name, line.strip()))
    return found


def _notebook_text(path: Path) -> str:
    """A notebook as a learner reads it: every cell's source and what its code printed."""
    parts = []
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        parts.append("".join(cell["source"]))
        for output in cell.get("outputs", []):
            parts.append("".join(output.get("text", "")))
            parts.append("".join(output.get("data", {}).get("text/plain", "")))
    return "\n".join(parts)


def _python_help() -> str:
    """What ``help()`` says of the package and of each public name."""
    import inspect

    import scratchnet

    names = [getattr(scratchnet, name) for name in scratchnet.__all__]
    return "\n".join(inspect.getdoc(item) or "" for item in [scratchnet, *names])


def _rd_text(path: Path) -> str:
    r"""An R help page's words, without its \\name and \\alias lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith(("\\name", "\\alias", "%")))


def course_texts(language: str) -> dict[str, str]:
    """What a learner of ``language`` reads, by file (relative to the clone); Python's help too."""
    files: list[Path] = []
    if language == "python":
        files += sorted((REPO / "course" / "python").glob("*.ipynb"))
        files += sorted((REPO / "python" / "src" / "scratchnet" / "lessons").glob("*.py"))
        files += sorted((REPO / "course" / "solutions").glob("*.py"))
    else:
        files += sorted((REPO / "course" / "r").glob("*.Rmd"))
        files += sorted((REPO / "course" / "r").glob("*.md"))
        files += sorted((REPO / "r" / "demo").glob("*.R"))
        files += sorted((REPO / "course" / "solutions").glob("*.R"))
        files += sorted((REPO / "r" / "man").glob("*.Rd"))
    texts = {}
    if language == "python":
        texts["help(scratchnet)"] = _python_help()
    for path in files:
        if path.suffix == ".ipynb":
            text = _notebook_text(path)
        elif path.suffix == ".Rd":
            text = _rd_text(path)
        else:
            text = path.read_text(encoding="utf-8")
        texts[str(path.relative_to(REPO))] = text
    return texts


def scan(language: str, extra: dict[str, str] | None = None) -> list[tuple[str, str, str]]:
    """Every foreign token a learner of ``language`` meets: (file, which, line)."""
    exempt = declared(course.lessons())
    found = []
    for name, text in {**course_texts(language), **(extra or {})}.items():
        if name in DECLARED_FILES:
            continue
        found += [
            (name, which, line)
            for which, line in tokens(text, language, exempt)
            if not (name.endswith(".Rd") and which in NOT_IN_HELP)
        ]
    return found


def main() -> int:
    """Print each language's count, then every token found."""
    for language in ("python", "r"):
        found = scan(language)
        print(f"{language}: {len(found)} tokens of the other language")
        for name, which, line in found:
            print(f"  {name}: {which}: {line[:140]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
