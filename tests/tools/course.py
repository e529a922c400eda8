"""``make notebooks``: the course's notebooks, made from ``course/course.json`` and run.

Each entry of ``course.json`` becomes a Jupyter notebook,
``course/python/<name>.ipynb``, and an R Markdown file, ``course/r/<name>.Rmd``,
with the same headings and the same text (written once, in the JSON); their
code cells hold the same step in each language, and the lessons' cells call
the lesson code itself, so a notebook is the lesson, not a copy of it. Then
this runs them: nbclient executes each notebook and keeps its outputs, knitr
knits each R file to ``<name>.md`` (no pandoc needed), so both read with
their outputs on a repository page. ``tests/course/`` checks that the
committed files are what this makes and that their outputs are current.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
COURSE = REPO / "course"
PAGES = "[glossary](../../docs/glossary.md), [numpy/R cheat-sheet](../../docs/cheat-sheet.md), [where next](../../docs/where-next.md)"  # noqa: E501


def entries() -> list[dict]:
    """The notebooks of ``course.json``, in order."""
    return json.loads((COURSE / "course.json").read_text(encoding="utf-8"))["notebooks"]


def opening(entry: dict) -> str:
    """The first cell: the title, the source, what you will learn and need to know."""
    learn = "\n".join(f"- {line}" for line in entry["learn"])
    need = "\n".join(f"- {line}" for line in entry["need"])
    return (
        f"# {entry['title']}\n\n*From {entry['source']}.*\n\n"
        f"**What you will learn**\n\n{learn}\n\n**What you need to know**\n\n{need}"
    )


def closing(entry: dict) -> str:
    """The last cell: what to try next, and the pages to keep open."""
    steps = "\n".join(f"- {line}" for line in entry["next"])
    return f"**What to try next**\n\n{steps}\n\nKeep open: {PAGES}."


def python_notebook(entry: dict) -> dict:
    """The notebook of one entry, without outputs (nbformat 4)."""
    import nbformat

    cells = [nbformat.v4.new_markdown_cell(opening(entry))]
    for cell in entry["cells"]:
        if "markdown" in cell:
            cells.append(nbformat.v4.new_markdown_cell(cell["markdown"]))
        else:
            cells.append(nbformat.v4.new_code_cell(cell["python"]))
    cells.append(nbformat.v4.new_markdown_cell(closing(entry)))
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"{entry['name']}-{index}"
    return notebook


def r_markdown(entry: dict) -> str:
    """The R Markdown of one entry: the same text, R's code in knitr chunks."""
    parts = [opening(entry)]
    for index, cell in enumerate(entry["cells"]):
        if "markdown" in cell:
            parts.append(cell["markdown"])
        else:
            parts.append(f"```{{r cell{index}}}\n{cell['r']}\n```")
    parts.append(closing(entry))
    return "\n\n".join(parts) + "\n"


def run_python(entry: dict) -> Path:
    """Write and execute one notebook in ``course/python``; returns its path."""
    import nbformat
    from nbclient import NotebookClient

    folder = COURSE / "python"
    notebook = python_notebook(entry)
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    ).execute()
    for cell in notebook.cells:  # what changes from run to run is not kept
        if cell["cell_type"] == "code":
            cell["execution_count"] = None
            for output in cell.get("outputs", []):
                output.pop("execution_count", None)
            cell["metadata"] = {}
    path = folder / f"{entry['name']}.ipynb"
    nbformat.write(notebook, path)
    return path


def knit(rmd: Path, md: Path) -> None:
    """knitr::knit one R Markdown file to markdown, in its own folder."""
    environment = dict(os.environ, R_LIBS=str(REPO / ".rlib"))
    code = f'knitr::knit("{rmd.name}", output = "{md}", quiet = TRUE)'
    result = subprocess.run(
        ["Rscript", "-e", code], cwd=rmd.parent, capture_output=True, text=True,
        env=environment, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"knitting {rmd.name} failed: {result.stderr.strip()}")


def run_r(entry: dict) -> Path:
    """Write one R Markdown file in ``course/r`` and knit it to ``.md``; returns the md."""
    rmd = COURSE / "r" / f"{entry['name']}.Rmd"
    rmd.write_text(r_markdown(entry), encoding="utf-8")
    md = rmd.with_suffix(".md")
    knit(rmd, md)
    return md


def main() -> int:
    """Make and run every notebook of the course in both languages."""
    for entry in entries():
        print(f"wrote {run_python(entry).relative_to(REPO)}")
        print(f"wrote {run_r(entry).relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
