"""The course's notebooks: run afresh, they show what is committed, and both languages agree.

Each notebook is run afresh (nbclient for Python, knitr for R) and what it
prints must be what the committed file shows; images, execution counts and
metadata are not compared. Both languages' committed outputs must print the
same numbers at their printed precision. The exercises' solutions, made from
the same source as the blanks, must pass every checker in both languages, and
the blanks must each get the checker's verdict. (That the committed files are
what the sources make is checked by ``tests/test_course_files.py``, in ``make test``.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import nbformat
import pytest
from tools.course import (
    COURSE,
    compare_numbers,
    has_solutions,
    knit,
    lessons,
    python_notebook,
    python_printed,
    r_printed,
    run_notebook,
)

from harness import REPO

LESSONS = lessons()
IDS = [lesson["name"] for lesson in LESSONS]


def committed_python(lesson: dict):
    return nbformat.read(COURSE / "python" / f"{lesson['name']}.ipynb", as_version=4)


def committed_r(lesson: dict) -> str:
    return (COURSE / "r" / f"{lesson['name']}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_each_python_notebook_runs_and_prints_what_it_shows(lesson, tmp_path):
    fresh = run_notebook(python_notebook(lesson), tmp_path)
    assert python_printed(fresh) == python_printed(committed_python(lesson)), (
        f"course/python/{lesson['name']}.ipynb shows outdated output: `make notebooks`"
    )


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_each_r_notebook_knits_to_what_its_markdown_shows(lesson, tmp_path):
    rmd = tmp_path / f"{lesson['name']}.Rmd"
    shutil.copy(COURSE / "r" / rmd.name, rmd)
    knit(rmd, rmd.with_suffix(".md"))
    fresh = rmd.with_suffix(".md").read_text(encoding="utf-8")
    assert r_printed(fresh) == r_printed(committed_r(lesson)), (
        f"course/r/{lesson['name']}.md is outdated: `make notebooks`"
    )


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_both_languages_print_the_same_numbers(lesson):
    differs = compare_numbers(
        python_printed(committed_python(lesson)), r_printed(committed_r(lesson))
    )
    assert differs is None, f"{lesson['name']}: {differs}"


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_every_picture_a_lesson_draws_is_in_its_notebook_and_its_knitted_markdown(lesson):
    pictures = sum(
        "image/png" in output.get("data", {})
        for cell in committed_python(lesson).cells
        for output in cell.get("outputs", [])
    )
    knitted = committed_r(lesson).count("](figures/")
    assert pictures == knitted, f"{lesson['name']}: Python shows {pictures}, R {knitted}"
    for line in committed_r(lesson).splitlines():
        if "](figures/" in line:
            name = line.split("](figures/")[1].split(")")[0]
            assert (COURSE / "r" / "figures" / name).is_file(), f"missing figure {name}"


SOLVED = [lesson for lesson in LESSONS if has_solutions(lesson)]


@pytest.mark.parametrize("lesson", SOLVED, ids=[x["name"] for x in SOLVED])
def test_the_solutions_pass_every_checker_and_the_blanks_get_a_verdict(lesson, tmp_path):
    environment = dict(os.environ, R_LIBS=str(REPO / ".rlib"), MPLBACKEND="Agg")
    runs = {
        "Python": [sys.executable, str(COURSE / "solutions" / f"{lesson['name']}.py")],
        "R": ["Rscript", str(COURSE / "solutions" / f"{lesson['name']}.R")],
    }
    blanks = [
        line
        for line in python_printed(committed_python(lesson))
        if line.startswith("FAIL check_") and "is still the blank" in line
    ]
    assert len(blanks) >= 4, blanks  # forward, backward, update_params, train
    for language, command in runs.items():
        result = subprocess.run(
            command, capture_output=True, text=True, cwd=tmp_path, env=environment, check=False
        )
        assert result.returncode == 0, f"{language}: {result.stdout}{result.stderr}"
        lines = result.stdout.splitlines()
        verdicts = [line for line in lines if line.startswith(("PASS", "FAIL"))]
        assert len(verdicts) == len(blanks), (language, result.stdout)
        assert all(line.startswith("PASS check_") for line in verdicts), verdicts
