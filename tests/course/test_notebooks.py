"""The course's notebooks: made from course.json, current, the same numbers in both languages.

Each notebook is run afresh (nbclient for Python, knitr for R) and its
printed text must be what the committed file shows, at its printed
precision; images, execution counts and metadata are not compared. The
solutions to the exercises must pass every checker in both languages.
"""

from __future__ import annotations

import runpy
import shutil

import nbformat
import pytest
from nbclient import NotebookClient
from tools.course import COURSE, entries, knit, python_notebook, r_markdown

import scratchnet as sn
from harness import RSession

ENTRIES = entries()
IDS = [entry["name"] for entry in ENTRIES]


def python_text(notebook) -> list[str]:
    """The lines a notebook printed, figure names without their language."""
    lines = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stdout":
                lines += output["text"].splitlines()
    return [line.replace("_python.png", ".png") for line in lines]


def r_text(markdown: str) -> list[str]:
    """The lines a knitted R file printed (knitr marks them "## ")."""
    return [
        line[3:].replace("_r.png", ".png")
        for line in markdown.splitlines()
        if line.startswith("## ")
    ]


def committed(entry: dict):
    return nbformat.read(COURSE / "python" / f"{entry['name']}.ipynb", as_version=4)


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_the_committed_notebooks_are_what_course_json_makes(entry):
    sources = [cell.source for cell in committed(entry).cells]
    assert sources == [cell.source for cell in python_notebook(entry).cells], (
        f"course/python/{entry['name']}.ipynb is stale: remake it with `make notebooks`"
    )
    rmd = (COURSE / "r" / f"{entry['name']}.Rmd").read_text(encoding="utf-8")
    assert rmd == r_markdown(entry), f"course/r/{entry['name']}.Rmd is stale: `make notebooks`"


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_each_python_notebook_runs_and_prints_what_it_shows(entry, tmp_path):
    fresh = python_notebook(entry)
    NotebookClient(
        fresh, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    assert python_text(fresh) == python_text(committed(entry)), (
        f"course/python/{entry['name']}.ipynb shows outdated output: `make notebooks`"
    )


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_each_r_notebook_knits_to_what_its_markdown_shows(entry, tmp_path):
    rmd = tmp_path / f"{entry['name']}.Rmd"
    shutil.copy(COURSE / "r" / rmd.name, rmd)
    knit(rmd, rmd.with_suffix(".md"))
    fresh = rmd.with_suffix(".md").read_text(encoding="utf-8")
    shown = (COURSE / "r" / f"{entry['name']}.md").read_text(encoding="utf-8")
    assert r_text(fresh) == r_text(shown), (
        f"course/r/{entry['name']}.md is outdated: `make notebooks`"
    )


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e["name"] != "09_exercises"], ids=IDS[:-1])
def test_both_languages_print_the_same_lines(entry):
    """Lesson 9 is left out: an unfinished function's error is each language's own class."""
    shown = (COURSE / "r" / f"{entry['name']}.md").read_text(encoding="utf-8")
    assert python_text(committed(entry)) == r_text(shown)


def test_every_notebook_opens_with_what_you_learn_and_ends_with_what_to_try_next():
    assert len(ENTRIES) >= 7
    for entry in ENTRIES:
        cells = committed(entry).cells
        assert (
            "**What you will learn**" in cells[0].source
            and "**What you need to know**" in cells[0].source
        )
        assert (
            cells[-1].source.startswith("**What to try next**") and "glossary" in cells[-1].source
        )


def test_the_solutions_pass_every_checker_in_both_languages(r: RSession, capsys):
    python = runpy.run_path(str(COURSE / "solutions" / "solutions.py"))
    assert sn.check_forward(python["my_forward"]) and sn.check_backward(python["my_backward"])
    assert sn.check_update(python["my_update_params"]) and sn.check_train(python["my_train"])
    solutions = COURSE / "solutions" / "solutions.R"
    verdicts = r.eval(
        f'local({{ library(scratchnet); source("{solutions}", local = TRUE); '
        "c(check_forward(my_forward), check_backward(my_backward), "
        "check_update(my_update_params), check_train(my_train)) })"
    )
    assert list(verdicts) == [1.0, 1.0, 1.0, 1.0]
