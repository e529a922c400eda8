"""The course, for a learner who installed only the package: its notebooks, written into a folder.

The package carries the course's Jupyter notebooks (without outputs: a
learner runs them), its reference pages in Python's words and the solutions
of its exercises, made from the course's one source by ``make notebooks``.
``write_course(folder)`` writes them all into ``folder/python/``: the
notebooks, ``reference/`` and ``solutions/`` beside them, so the notebooks'
links work there, and R's course can be written into the same folder
(``folder/r/``). A file
a learner has edited is never overwritten. Mirrors ``r/R/course.R``, which
writes the R Markdown files (``folder/r/``) the same way.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from scratchnet.checks import say, shown
from scratchnet.errors import ScratchnetError

LANGUAGE = "python"
"""The folder of this language's notebooks, in the package and in what it writes."""


def course_files() -> dict[str, Path]:
    """The course the package carries: each file's place in the written folder, and its copy."""
    root = Path(str(resources.files("scratchnet") / "course_files"))
    return {
        path.relative_to(root).as_posix(): path
        for path in sorted((root / LANGUAGE).rglob("*"))
        if path.is_file()
    }


def write_course(folder: str | Path) -> list[Path]:
    """Write the course's notebooks, reference pages and solutions into ``folder``.

    ``folder`` is made if missing.

    Returns the files written. A file already there with the same text is left
    as it is, so writing twice is harmless; one that differs (a learner's
    edits) stops everything before anything is written, with one line saying
    which file.
    """
    if not isinstance(folder, str | Path):
        raise ScratchnetError(say("course_not_folder", folder=shown(folder)))
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ScratchnetError(say("course_not_folder", folder=folder))
    wanted = {folder / name: source.read_bytes() for name, source in course_files().items()}
    for path, content in wanted.items():
        if path.exists() and (not path.is_file() or path.read_bytes() != content):
            raise ScratchnetError(say("course_edited", path=path))
    written = []
    for path, content in wanted.items():
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(content)
            except OSError:
                raise ScratchnetError(say("cannot_write", name="course", path=path)) from None
            written.append(path)
    return written
