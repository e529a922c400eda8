"""``make notebooks``: the course, built from one source per lesson, and run.

Each lesson is written once, in ``course/lessons/NN_name.md``: markdown
prose, and each code step as a fenced ```` ```python ```` block followed at
once by its ```` ```r ```` twin. From that one file this makes

- ``course/python/NN_name.ipynb``, a Jupyter notebook, run, with its outputs;
- ``course/r/NN_name.Rmd``, R Markdown, knitted to ``NN_name.md`` (figures in
  ``course/r/figures/``), which reads with its outputs on a repository page;
- ``python/src/scratchnet/lessons/<slug>.py`` and ``r/demo/lessonNN_name.R``: the
  same code cells in order, with the prose as comments, so that
  ``python -m scratchnet.lessons.<slug>`` and ``demo("lessonNN_name")`` run exactly
  what the notebook shows (the tests of the tutorials' numbers run these);
- the copies each package carries for ``scratchnet course DIR`` / R's
  ``write_course()`` (``python/src/scratchnet/course/``, ``r/inst/course/``):
  the notebooks and R Markdown without outputs, and the reference pages;
- ``course/solutions/NN_name.py`` / ``.R`` for a lesson with exercises.

Exercises: a solution is written once, between a line ``# BEGIN SOLUTION``
and a line ``# END SOLUTION``; the learner's copy has that region replaced by
one line that stops with "your code here". Everything but the solutions file
gets the learner's copy.

``python tests/tools/course.py`` writes everything and runs every notebook;
``--lesson 01_neuron`` limits it to one lesson; ``--no-run`` writes the files
without running the notebooks. ``tests/course/`` (``make course``) and
``tests/test_course_files.py`` (``make test``) check that what is committed is what
this makes.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
COURSE = REPO / "course"
SOURCES = COURSE / "lessons"
REFERENCE = COURSE / "reference"
PYTHON_LESSONS = REPO / "python" / "src" / "scratchnet" / "lessons"
R_DEMOS = REPO / "r" / "demo"
PACKAGE_COPIES = {
    "python": REPO / "python" / "src" / "scratchnet" / "course_files",
    "r": REPO / "r" / "inst" / "course",
}
LANGUAGES = ("python", "r")
# What a blank stops with: the message the checkers recognise as an unfilled blank.
BLANK_MESSAGE = json.loads((REPO / "shared_data" / "exercises.json").read_text())["blank"]
BLANK = {
    "python": f"raise NotImplementedError({BLANK_MESSAGE!r})".replace("'", '"'),
    "r": f'stop("{BLANK_MESSAGE}")',
}
BEGIN, END = "# BEGIN SOLUTION", "# END SOLUTION"
FENCE = re.compile(r"^(`{3,})\s*([\w+-]*)\s*$")
SOURCE_NOTE = (
    "This is lesson {number}'s code, made from the course's one source (course/lessons/{file} "
    "in the scratchnet repository)."
)


class CourseError(Exception):
    """A lesson source that does not follow the form; the message names file and line."""


# ---------------------------------------------------------------------------
# Reading a lesson


def lessons() -> list[dict]:
    """Every lesson of ``course/lessons``, in order."""
    return [read_lesson(path) for path in sorted(SOURCES.glob("[0-9][0-9]_*.md"))]


def read_lesson(path: Path) -> dict:
    """One lesson: its ``name`` (``01_neuron``), ``slug`` (``neuron``), ``title`` and ``cells``.

    ``cells`` alternate as written: ``{"markdown": text}`` for prose and
    ``{"python": code, "r": code}`` for a code step (the solution's code, with
    its markers; see ``learner_code`` and ``solution_code``).
    """
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or not lines[0].startswith("# "):
        raise CourseError(f"{path.name} line 1: a lesson starts with its title, '# Lesson N: ...'")
    cells: list[dict] = []
    prose: list[str] = []
    index = 0

    def block(start: int) -> tuple[str, str, int]:
        """The fenced block opening at ``start``: its language, its code, the next line."""
        ticks, language = FENCE.match(lines[start]).groups()
        end = start + 1
        while end < len(lines) and lines[end].rstrip() != ticks:
            end += 1
        if end == len(lines):
            raise CourseError(f"{path.name} line {start + 1}: this block is never closed")
        return language, "\n".join(lines[start + 1 : end]), end + 1

    while index < len(lines):
        match = FENCE.match(lines[index])
        if not match:
            prose.append(lines[index])
            index += 1
            continue
        language, code, after = block(index)
        if language not in LANGUAGES:  # a plain or other-language block is prose
            prose.extend(lines[index:after])
            index = after
            continue
        if language != "python":
            raise CourseError(
                f"{path.name} line {index + 1}: an ```r block must follow its ```python twin"
            )
        twin = after
        while twin < len(lines) and lines[twin].strip() == "":
            twin += 1
        if twin == len(lines) or FENCE.match(lines[twin]) is None or block(twin)[0] != "r":
            raise CourseError(
                f"{path.name} line {index + 1}: this ```python block needs its ```r twin "
                "right after it"
            )
        _, r_code, index = block(twin)
        if "\n".join(prose).strip():
            cells.append({"markdown": "\n".join(prose).strip()})
        prose = []
        cells.append({"python": code.strip("\n"), "r": r_code.strip("\n")})
    if "\n".join(prose).strip():
        cells.append({"markdown": "\n".join(prose).strip()})
    for cell in cells:
        if "markdown" in cell:
            check_markup(cell["markdown"], path.name)
    name = path.stem
    return {
        "name": name,
        "slug": name.split("_", 1)[1],
        "file": path.name,
        "title": lines[0][2:].strip(),
        "cells": cells,
    }


# Per-language prose. Inline: {{python: A | r: B}}, {{python: A}}, {{r: B}},
# and {{both: A}} for a deliberate comparison every learner reads. Blocks: a
# line "::: python", "::: r" or "::: both", the text, and a line ":::".
HALF = r"((?:(?!\}\}|\{\{).)*?)"  # a part's text: never across another part's braces
PAIR = re.compile(r"\{\{python:\s*" + HALF + r"\s*\|\s*r:\s*" + HALF + r"\s*\}\}", re.DOTALL)
SIDE = re.compile(r"( ?)\{\{(python|r|both):\s*" + HALF + r"\s*\}\}", re.DOTALL)
BLOCK = re.compile(r"^::: *(python|r|both) *\n(.*?)^::: *$\n?", re.DOTALL | re.MULTILINE)
VIEWS = ("python", "r", "both")


def localized(text: str, language: str) -> str:
    """Prose for one language's course ("python", "r"), or for the page that shows both.

    For one language, each pair gives its half and the other language's
    parts go; ``both`` parts stay, unmarked. For "both", each part is wrapped
    in HTML a page can show or hide: ``<span class="lang-python">`` inline,
    ``<div class="lang-r" markdown="1">`` for a block (Python-Markdown's
    ``md_in_html`` renders inside it); a declared comparison in
    ``class="lang-both"``.
    """
    if language not in VIEWS:
        raise ValueError(f"no language {language!r}")

    def block(match: re.Match) -> str:
        side, body = match.group(1), match.group(2)
        if language == "both":
            return f'<div class="lang-{side}" markdown="1">\n\n{body}\n</div>\n'
        return body if side in (language, "both") else ""

    def pair(match: re.Match) -> str:
        if language == "both":
            return "".join(
                f'<span class="lang-{side}">{match.group(i)}</span>'
                for i, side in ((1, "python"), (2, "r"))
            )
        return match.group(1 if language == "python" else 2)

    def side(match: re.Match) -> str:
        space, side, body = match.groups()
        if language == "both":
            return f'{space}<span class="lang-{side}">{body}</span>'
        return space + body if side in (language, "both") else ""  # the space goes with it

    blocks = BLOCK.search(text) is not None
    text = SIDE.sub(side, PAIR.sub(pair, BLOCK.sub(block, text)))
    return re.sub(r"\n{3,}", "\n\n", text) if blocks else text  # where a block was taken out


def check_markup(text: str, where: str) -> None:
    """Refuse per-language markup that would show as text: an unclosed {{ or :::."""
    rest = BLOCK.sub("", SIDE.sub("", PAIR.sub("", text)))
    for line in rest.splitlines():
        if "{{" in line or "}}" in line or line.startswith(":::"):
            raise CourseError(f"{where}: per-language markup not closed or not known: {line!r}")


def learner_code(code: str, language: str) -> str:
    """The code a learner gets: each solution region replaced by one line that stops."""
    out, inside = [], False
    for line in code.split("\n"):
        if line.strip() == BEGIN:
            inside = True
            out.append(line[: len(line) - len(line.lstrip())] + BLANK[language])
        elif line.strip() == END:
            inside = False
        elif not inside:
            out.append(line)
    return "\n".join(out)


def solution_code(code: str) -> str:
    """The solution: the code with its markers taken out."""
    return "\n".join(line for line in code.split("\n") if line.strip() not in (BEGIN, END))


def has_solutions(lesson: dict) -> bool:
    """Whether a lesson has exercises (solution regions)."""
    return any(BEGIN in cell.get("python", "") for cell in lesson["cells"])


def code_cells(lesson: dict, language: str, solutions: bool = False) -> list[str]:
    """The lesson's code in one language, a string per cell."""
    shape = solution_code if solutions else (lambda code: learner_code(code, language))
    return [shape(cell[language]) for cell in lesson["cells"] if language in cell]


# ---------------------------------------------------------------------------
# What it makes


def python_notebook(lesson: dict) -> dict:
    """The lesson as a Jupyter notebook (nbformat 4, as a plain dict), without outputs."""
    cells = []
    for index, cell in enumerate(lesson["cells"]):
        common = {"id": f"{lesson['name']}-{index}", "metadata": {}}
        if "markdown" in cell:
            prose = localized(cell["markdown"], "python")
            cells.append({"cell_type": "markdown", **common, "source": prose})
        else:
            code = learner_code(cell["python"], "python")
            cells.append(
                {"cell_type": "code", **common, "execution_count": None, "outputs": [],
                 "source": code}
            )  # fmt: skip
    metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    return {"cells": cells, "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}


def notebook_text(notebook: dict) -> str:
    """A notebook as Jupyter writes it: sorted keys, one-space indent, sources as lines."""
    cells = [
        {**cell, "source": cell["source"].splitlines(keepends=True)} for cell in notebook["cells"]
    ]
    text = json.dumps({**notebook, "cells": cells}, sort_keys=True, indent=1, ensure_ascii=False)
    return text + "\n"


def notebook_sources(path: Path) -> list[str]:
    """The source of each cell of a notebook file, in order."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return ["".join(cell["source"]) for cell in cells]


KNITR_SETUP = (
    "```{{r setup, include = FALSE}}\n"
    'knitr::opts_chunk$set(results = "hold", fig.path = "figures/{name}-")\n```'
)


def r_markdown(lesson: dict) -> str:
    """The lesson as R Markdown: the same prose, R's code in knitr chunks.

    A hidden first chunk asks knitr to show each chunk's code whole and its
    output after it, as a notebook cell does, so "the third chunk" is the same
    cell in both languages, and to name its figures after the lesson, so
    lessons knitted in one folder keep their own pictures.
    """
    parts = []
    number = 0
    for cell in lesson["cells"]:
        if "markdown" in cell:
            parts.append(localized(cell["markdown"], "r"))
        else:
            number += 1
            parts.append(f"```{{r chunk-{number:02d}}}\n{learner_code(cell['r'], 'r')}\n```")
    setup = KNITR_SETUP.format(name=lesson["name"])
    return "\n\n".join([parts[0], setup, *parts[1:]]) + "\n"


# The prose's mathematics in plain ASCII, for the scripts' comments (R CMD check
# and ruff both want plain text in code files).
ASCII = str.maketrans({
    "×": "*", "−": "-", "–": "-", "—": "--", "·": "*", "∘": "o", "↔": "<=>", "→": "->",  # noqa: RUF001
    "←": ":=", "≤": "<=", "≥": ">=", "≈": "~", "…": "...", "‘": "'", "’": "'", "“": '"',  # noqa: RUF001
    "”": '"', "²": "^2", "ᵀ": "^T", "σ": "sigma", "∂": "d", "Σ": "sum", "ε": "eps",  # noqa: RUF001
    "η": "eta", "√": "sqrt", "∞": "inf", "≠": "!=", "±": "+-", "°": " degrees",
})  # fmt: skip


def comment(text: str) -> str:
    """Prose as ``#`` comment lines (the same marker in both languages), in ASCII."""
    plain = text.translate(ASCII).encode("ascii", "replace").decode("ascii")
    return "\n".join(f"# {line}".rstrip() for line in plain.split("\n"))


def ruff_format(code: str) -> str:
    """Python source as ``ruff format`` lays it out (the blank lines between cells)."""
    result = subprocess.run(
        [str(Path(sys.executable).parent / "ruff"), "format", "--config",
         str(REPO / "python" / "pyproject.toml"), "-"],
        input=code, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise CourseError(f"ruff could not format a lesson script: {result.stderr.strip()}")
    return result.stdout


# A lesson's script starts with its lesson; the note for maintainers is its last line.
SCRIPT_HEADER = {
    "python": '"""{title}.\n\nRun it: python -m scratchnet.lessons.{slug}\n"""',
    "r": '# {title}.\n#\n# Run it: demo("lesson{name}", package = "scratchnet")',
}
# A solutions file holds only the cells with solutions, after the package's import.
SOLUTIONS_HEADER = {
    "python": '"""Solutions to {title}: try it first."""\n\nimport numpy as np\n\n'
    "import scratchnet as sn",
    "r": "# Solutions to {title}: try it first.\n\nlibrary(scratchnet)",
}


def script(lesson: dict, language: str, solutions: bool = False) -> str:
    """The lesson's cells of one language in order, the prose between them as comments.

    With ``solutions``, only the cells that hold a solution, filled in.
    """
    facts = {"title": lesson["title"], "slug": lesson["slug"], "name": lesson["name"]}
    note = SOURCE_NOTE.format(file=lesson["file"], number=int(lesson["name"][:2]))
    parts = [
        (SOLUTIONS_HEADER if solutions else SCRIPT_HEADER)[language].format(**facts, note=note)
    ]
    for cell in _after_title(lesson):
        if solutions and BEGIN in cell.get(language, ""):
            parts.append(solution_code(cell[language]))
        elif "markdown" in cell and not solutions:
            parts.append(comment(localized(cell["markdown"], language)))
        elif language in cell and not solutions:
            parts.append(learner_code(cell[language], language))
    if not solutions:
        parts.append(f"# {note}")
    text = "\n\n".join(parts) + "\n"
    return ruff_format(text) if language == "python" else text


def _after_title(lesson: dict) -> list[dict]:
    """The cells, the first one's title line left out (a script states it in its header)."""
    first, *rest = lesson["cells"]
    text = first.get("markdown", "").split("\n", 1)
    if "markdown" not in first or len(text) == 1 or not text[1].strip():
        return rest if "markdown" in first else lesson["cells"]
    return [{"markdown": text[1].strip()}, *rest]


def written_links(text: str) -> str:
    """A lesson's links as the written course lays it out: its reference pages beside it.

    A written course is one language's, whole in one folder (``DIR/python/``,
    ``DIR/r/``), so that both can be written into one DIR: the lessons' links to
    ``../reference/`` become ``reference/``.
    """
    return text.replace("](../reference/", "](reference/")


def lessons_index(all_lessons: list[dict]) -> str:
    """``scratchnet/lessons/__init__.py``: the lessons in learning order."""
    rows = "\n".join(f"{i}. ``{x['slug']}``: {x['title']}" for i, x in enumerate(all_lessons, 1))
    names = "\n".join(f'    "{lesson["slug"]}",' for lesson in all_lessons)
    return (
        f'"""The lessons, runnable: ``python -m scratchnet.lessons.<name>``.\n\n'
        f"Each module is the code cells of one lesson of the course, in order, with\n"
        f'its prose as comments; R\'s twin is ``demo("<name>", package = "scratchnet")``.\n'
        f"Made by ``make notebooks`` from ``course/lessons/``: edit those, not these.\n\n"
        f'{rows}\n"""\n\nLESSONS = [\n{names}\n]\n'
    )


def demo_index(all_lessons: list[dict]) -> str:
    """``r/demo/00Index``: one line per demo, lessonNN_name (R lists demos sorted by name).

    (A demo's name starts with a letter, as R's file names must.)
    """
    return "".join(f"{'lesson' + x['name']:<30}{x['title']}\n" for x in all_lessons)


def generated_files(all_lessons: list[dict]) -> dict[Path, str]:
    """Every file made from the sources without running anything, by path."""
    files: dict[Path, str] = {
        PYTHON_LESSONS / "__init__.py": lessons_index(all_lessons),
        R_DEMOS / "00Index": demo_index(all_lessons),
    }
    python, r = PACKAGE_COPIES["python"] / "python", PACKAGE_COPIES["r"] / "r"
    for lesson in all_lessons:
        name, slug = lesson["name"], lesson["slug"]
        notebook, rmd = notebook_text(python_notebook(lesson)), r_markdown(lesson)
        files[COURSE / "r" / f"{name}.Rmd"] = rmd
        files[PYTHON_LESSONS / f"{slug}.py"] = script(lesson, "python")
        files[R_DEMOS / f"lesson{name}.R"] = script(lesson, "r")
        files[python / f"{name}.ipynb"] = written_links(notebook)
        files[r / f"{name}.Rmd"] = written_links(rmd)
        if has_solutions(lesson):
            solved = {"python": script(lesson, "python", solutions=True),
                      "r": script(lesson, "r", solutions=True)}  # fmt: skip
            for language, extension in (("python", "py"), ("r", "R")):
                file = f"{name}.{extension}"
                files[COURSE / "solutions" / file] = solved[language]
                files[PACKAGE_COPIES[language] / language / "solutions" / file] = solved[language]
    for page in sorted(REFERENCE.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        check_markup(text, page.name)
        for language, copy in PACKAGE_COPIES.items():  # each course its own language's page
            files[copy / language / "reference" / page.name] = localized(text, language)
    return files


def stale_files(all_lessons: list[dict]) -> list[Path]:
    """The generated files that differ from what the sources make (or are missing, or extra)."""
    made = generated_files(all_lessons)
    stale = [path for path, text in made.items() if not _reads(path, text)]
    for folder, pattern in (
        (PYTHON_LESSONS, "*.py"),
        (R_DEMOS, "*.R"),
        (COURSE / "solutions", "*"),
        (PACKAGE_COPIES["python"], "**/*.*"),
        (PACKAGE_COPIES["r"], "**/*.*"),
    ):
        stale += [path for path in folder.glob(pattern) if path.is_file() and path not in made]
    return stale


def _reads(path: Path, text: str) -> bool:
    return path.is_file() and path.read_text(encoding="utf-8") == text


def write_generated(all_lessons: list[dict], only: list[dict] | None = None) -> list[Path]:
    """Write every generated file; remove the ones no source makes any more.

    With ``only``, write just those lessons' own files (and the reference
    pages' copies) and remove nothing.
    """
    made = generated_files(all_lessons)
    if only is None:
        for path in stale_files(all_lessons):
            if path not in made:
                path.unlink()
    else:
        mine = generated_files(only)
        made = {p: made[p] for p in mine if p.name not in ("__init__.py", "00Index")}
    written = []
    for path, text in made.items():
        if not _reads(path, text):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


# ---------------------------------------------------------------------------
# Running


def run_notebook(notebook: dict, folder: Path):
    """Execute a notebook in ``folder`` (its working directory); returns it with its outputs."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.from_dict(notebook)
    # Pictures inline, as Jupyter shows them, whatever backend the caller set.
    environment = dict(os.environ, MPLBACKEND="module://matplotlib_inline.backend_inline")
    NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    ).execute(env=environment)
    for cell in notebook.cells:  # what changes from run to run is not kept
        if cell["cell_type"] == "code":
            cell["execution_count"] = None
            cell["metadata"] = {}
            for output in cell.get("outputs", []):
                output.pop("execution_count", None)
    return notebook


def run_python(lesson: dict) -> Path:
    """Write and run ``course/python/<name>.ipynb``; returns its path."""
    import nbformat

    folder = COURSE / "python"
    notebook = run_notebook(python_notebook(lesson), folder)
    path = folder / f"{lesson['name']}.ipynb"
    nbformat.write(notebook, path)
    return path


def knit(rmd: Path, md: Path) -> None:
    """knitr::knit one R Markdown file to markdown, in its own folder, figures in figures/."""
    environment = dict(os.environ, R_LIBS=str(REPO / ".rlib"))
    code = (
        f'knitr::opts_chunk$set(fig.path = "figures/{rmd.stem}-", dev = "png", dpi = 72, '
        "error = FALSE); "
        f'knitr::knit("{rmd.name}", output = "{md}", quiet = TRUE)'
    )
    result = subprocess.run(
        ["Rscript", "-e", code], cwd=rmd.parent, capture_output=True, text=True,
        env=environment, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        printed = (result.stdout + result.stderr).strip()
        raise RuntimeError(f"knitting {rmd.name} failed: {printed}")


def run_r(lesson: dict) -> Path:
    """Knit ``course/r/<name>.Rmd`` to ``.md``; returns the md."""
    rmd = COURSE / "r" / f"{lesson['name']}.Rmd"
    for old in (COURSE / "r" / "figures").glob(f"{lesson['name']}-*"):
        old.unlink()
    md = rmd.with_suffix(".md")
    knit(rmd, md)
    return md


# ---------------------------------------------------------------------------
# Reading what a run printed, and comparing the two languages' numbers


def python_printed(notebook) -> list[str]:
    """The text a run notebook shows: printed lines and plain-text results, in order.

    A cell's printed text is joined before it is split into lines: Jupyter may
    cut one printed line across two outputs.
    """
    lines = []
    for cell in notebook["cells"]:
        text = ""
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if output.get("output_type") == "stream" and output.get("name") == "stdout":
                text += "".join(output["text"])  # a file keeps text as a list of lines
            elif "text/plain" in data and "image/png" not in data:
                text += "".join(data["text/plain"]) + "\n"
        lines += text.splitlines()
    return lines


def r_printed(markdown: str) -> list[str]:
    """The lines a knitted R file printed: knitr marks them "## ", in plain ``` blocks.

    Only lines inside a fenced block count, so a lesson's "## " headings do not.
    """
    lines, fence = [], None
    for line in markdown.splitlines():
        if line.startswith("```"):
            fence = None if fence is not None else line[3:].strip()
        elif fence == "" and line.startswith("## "):
            lines.append(line[3:])
    return lines


# A number as it is printed: not part of a name (x1, y1..yk), not an index (R's [1] / [2,],
# a verdict's [0, 0] in Python and [1, 1] in R: each language counts from its own start).
NUMBER = re.compile(r"(?<![\w.])-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?![\w.])")
R_INDEX = re.compile(r"\[\d*(?:, ?\d*)*\]")  # R's [1] and [2,]; an index, [0, 0] or [1, 1]


def numbers(lines: list[str]) -> list[tuple[str, str]]:
    """Every number printed, as (its text, the line it is on)."""
    found = []
    for line in lines:
        for token in NUMBER.findall(R_INDEX.sub(" ", line)):
            found.append((token, line))
    return found


def printed_unit(token: str) -> float:
    """The value of one unit in the last printed digit of ``token``."""
    mantissa, _, exponent = token.lower().partition("e")
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return 10.0 ** (int(exponent or 0) - decimals)


def same_at_printed_precision(a: str, b: str) -> bool:
    """Whether two printed numbers agree to the precision of the less precise one."""
    x, y = float(a), float(b)
    if math.isinf(x) or math.isinf(y) or math.isnan(x) or math.isnan(y):
        return str(x) == str(y)
    return abs(x - y) <= 0.5 * (printed_unit(a) + printed_unit(b)) + 1e-12 * max(abs(x), abs(y))


def compare_numbers(python: list[str], r: list[str]) -> str | None:
    """None when both languages printed the same numbers; else where they first differ."""
    left, right = numbers(python), numbers(r)
    for index, ((a, a_line), (b, b_line)) in enumerate(zip(left, right, strict=False)):
        if not same_at_printed_precision(a, b):
            return f"number {index + 1}: Python {a} in {a_line!r}, R {b} in {b_line!r}"
    if len(left) != len(right):
        shorter = min(len(left), len(right))
        extra = (left if len(left) > shorter else right)[shorter]
        who = "Python" if len(left) > shorter else "R"
        return (
            f"Python printed {len(left)} numbers, R {len(right)}; "
            f"the first extra ({who}): {extra[0]} in {extra[1]!r}"
        )
    return None


def main(argv: list[str] | None = None) -> int:
    """Write every generated file, then run the notebooks (all, or one lesson's)."""
    parser = argparse.ArgumentParser(description="Build the course from course/lessons/.")
    parser.add_argument("--lesson", help="only this lesson's notebooks, e.g. 01_neuron")
    parser.add_argument("--no-run", action="store_true", help="write the files, run nothing")
    args = parser.parse_args(argv)
    try:
        all_lessons = lessons()
    except CourseError as problem:
        print(f"make notebooks: {problem}", file=sys.stderr)
        return 2
    chosen = [x for x in all_lessons if args.lesson in (None, x["name"], x["slug"])]
    if not chosen:
        print(f"make notebooks: no lesson {args.lesson!r}", file=sys.stderr)
        return 2
    for path in write_generated(all_lessons, None if args.lesson is None else chosen):
        print(f"wrote {path.relative_to(REPO)}")
    if args.no_run:
        return 0
    for lesson in chosen:
        print(f"ran {run_python(lesson).relative_to(REPO)}", flush=True)
        print(f"knitted {run_r(lesson).relative_to(REPO)}", flush=True)
        python = python_printed(_read_notebook(COURSE / "python" / f"{lesson['name']}.ipynb"))
        r = r_printed((COURSE / "r" / f"{lesson['name']}.md").read_text(encoding="utf-8"))
        differs = compare_numbers(python, r)
        if differs:
            print(f"  {lesson['name']}: the languages differ: {differs}", file=sys.stderr)
    return 0


def _read_notebook(path: Path):
    import nbformat

    return nbformat.read(path, as_version=4)


if __name__ == "__main__":
    sys.exit(main())
