"""write_course: the course a learner opens, written out of the package, never over their edits."""

from __future__ import annotations

import json
import re

import pytest

import scratchnet as sn
from scratchnet.course import course_files
from scratchnet.errors import ScratchnetError


def test_the_package_carries_every_lesson_as_a_notebook_the_reference_pages_and_solutions():
    names = list(course_files())
    notebooks = [name for name in names if name.endswith(".ipynb")]
    assert notebooks[0] == "python/01_neuron.ipynb" and len(notebooks) >= 9
    assert {"python/reference/glossary.md", "python/reference/cheat-sheet.md"} <= set(names)
    assert "python/solutions/09_exercises.py" in names
    for name in notebooks:  # a learner runs them: no outputs shipped
        cells = json.loads(course_files()[name].read_text(encoding="utf-8"))["cells"]
        assert all(not cell.get("outputs") for cell in cells), name


def test_write_course_writes_one_folder_whose_links_all_open_inside_it(tmp_path):
    written = sn.write_course(tmp_path / "course")
    assert sorted(p.relative_to(tmp_path / "course").as_posix() for p in written) == sorted(
        course_files()
    )
    folder = tmp_path / "course" / "python"
    links = [
        link
        for notebook in folder.glob("*.ipynb")
        for link in re.findall(r"\]\(([\w./-]+\.md)", notebook.read_text(encoding="utf-8"))
    ]
    assert "reference/glossary.md" in links
    assert all((folder / link).resolve().is_file() for link in links), links
    assert all((folder / link).resolve().is_relative_to(folder) for link in links), links


def test_the_written_reference_pages_speak_python():
    glossary = course_files()["python/reference/glossary.md"].read_text(encoding="utf-8")
    assert "{{" not in glossary and "%*%" not in glossary


def test_writing_twice_is_harmless_and_writes_nothing_new(tmp_path):
    sn.write_course(tmp_path)
    assert sn.write_course(tmp_path) == []


def test_a_learners_edited_notebook_is_never_overwritten_and_nothing_is_written(tmp_path):
    edited = tmp_path / "python" / "01_neuron.ipynb"
    edited.parent.mkdir()
    edited.write_text("my own work", encoding="utf-8")
    with pytest.raises(ScratchnetError) as raised:
        sn.write_course(tmp_path)
    assert str(raised.value) == (
        f"{edited} is there already and differs from the course's copy (your edits?): "
        "move it away or write the course into another folder"
    )
    assert edited.read_text(encoding="utf-8") == "my own work"
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["01_neuron.ipynb"]


def test_a_file_where_the_folder_should_be_is_refused_in_one_line(tmp_path):
    (tmp_path / "course").write_text("")
    with pytest.raises(ScratchnetError, match="course is a file, not a folder"):
        sn.write_course(tmp_path / "course")
    with pytest.raises(ScratchnetError, match=r"^3 is a file, not a folder"):
        sn.write_course(3)
