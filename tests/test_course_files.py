"""The course's one source: what is committed is what it makes; its lessons teach in cells.

Fast (nothing is run): ``make course`` runs the notebooks. Every file made
from ``course/lessons/*.md`` (notebook sources, R Markdown, both lesson scripts,
the packages' course copies, the solutions) must be what the source makes now.
"""

from __future__ import annotations

import re

import pytest
from tools import course

LESSONS = course.lessons()
IDS = [lesson["name"] for lesson in LESSONS]
# A cell that runs a lesson from elsewhere teaches nothing.
ELSEWHERE = re.compile(r"\.main\(|runpy|exec\(|subprocess|source\(|sys\.source|demo\(|system\(")


def test_every_file_made_from_the_lessons_is_current():
    stale = [str(path.relative_to(course.REPO)) for path in course.stale_files(LESSONS)]
    assert not stale, f"stale or left over: {stale}; remake them with `make notebooks`"


def test_the_committed_notebooks_hold_the_sources_cells():
    for lesson in LESSONS:
        committed = course.notebook_sources(course.COURSE / "python" / f"{lesson['name']}.ipynb")
        made = [cell["source"] for cell in course.python_notebook(lesson)["cells"]]
        assert committed == made, f"course/python/{lesson['name']}.ipynb is stale: `make notebooks`"


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_each_lesson_teaches_in_five_or_more_short_cells_of_its_own(lesson):
    for language in ("python", "r"):
        cells = course.code_cells(lesson, language)
        assert len(cells) >= 5, f"{lesson['name']} {language}: {len(cells)} code cells"
        for cell in cells:
            assert not ELSEWHERE.search(cell), f"{lesson['name']} {language} runs elsewhere: {cell}"
            lines = [line for line in cell.splitlines() if line.strip()]
            assert len(lines) <= 16, f"{lesson['name']} {language}: a cell of {len(lines)} lines"


def test_the_lessons_are_numbered_in_order_with_titles_to_match():
    for number, lesson in enumerate(LESSONS, start=1):
        assert lesson["name"].startswith(f"{number:02d}_")
        assert lesson["title"].startswith(f"Lesson {number}:"), lesson["title"]
    assert len(LESSONS) == 9


def test_every_lesson_opens_with_what_you_learn_and_ends_with_what_to_try_next():
    for lesson in LESSONS:
        first, last = lesson["cells"][0], lesson["cells"][-1]
        assert "**What you will learn**" in first["markdown"], lesson["name"]
        assert "**What you need to know**" in first["markdown"], lesson["name"]
        assert "**What to try next**" in last["markdown"], lesson["name"]
        assert "../reference/glossary.md" in last["markdown"], lesson["name"]


def test_the_packages_carry_the_course_a_learner_writes_out():
    made = course.generated_files(LESSONS)
    for lesson in LESSONS:
        assert any(p.name == f"{lesson['name']}.ipynb" and "course_files" in p.parts for p in made)
        assert any(p.name == f"{lesson['name']}.Rmd" and "inst" in p.parts for p in made)
