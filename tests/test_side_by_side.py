"""The twin modules stay in parallel, and the side-by-side pages are fresh.

Every ``python/src/scratchnet/<m>.py`` has ``r/R/<m>.R`` with the same
functions in the same order and the same numbered steps in each. A private
helper is ``_name`` in Python and ``.name`` in R (or a plain unexported name
in both). The few helpers that exist in one language only
are listed below, each with its reason.
"""

from __future__ import annotations

import pytest
from tools.side_by_side import PAGES, REPO, functions, page

PYTHON_ONLY = {
    "_mt_key_from_seed": "rng: R's set.seed() makes the key itself",
    "_sigmoid_of_negative": "fast: numpy's in-place out= passes; every R result is a new vector",
    "_new_figure": "plots: a figure of its own for a file, pyplot's to show; R draws on a device",
    "_show_or_save": "plots: savefig when there is a file; R opens the file first (open_png)",
    "_changed": "exercises: a function may change the dict it is given; R copies a list on change",
    "_change": "exercises: (as _changed)",
    "_failing_node": "mistakes: Python's traceback places the failing expression; R gives the call",
    "_UnsafeError": "mistakes: how Python's operand evaluator refuses; R checks the names first",
    "_operands": "mistakes: numpy's np.dot(a, b) forms of a @ b; R's crossprod() is in .operation",
}
R_ONLY = {
    "keeping_random_seed": "rng: R's generator is global, so the caller's state is put back",
    "lighter": "plots: base graphics has no alpha-blended colour maps",
    "open_png": "plots: a base-graphics device is opened before drawing",
    "json_text": "model: jsonlite stops at 15 digits; Python's json writes exact floats itself",
    "json_string": "model: json_text's strings in base R; Python's json escapes them itself",
    "read_json_file": "datasets: R's JSON reader is optional; Python's json is standard",
    ".dims": "exercises: an R vector has no dim(); a numpy array's shape covers both",
    "as.list.scratchnet_verdict": "exercises: a verdict's fields; a Python dataclass has them",
    "print.scratchnet_verdict": "exercises: how R prints a verdict; Python's is the dataclass's",
    ".call_learner": "exercises: R finds the learner's frame while the error is signalled",
    ".ends_with_assignment": "exercises: R returns a last assignment's value unseen; Python None",
    ".not_found": "mistakes: R's not-found errors are messages; Python's NameError has .name",
    ".closest": "mistakes: the nearest name; Python has difflib",
    ".statement": "mistakes: R gives the failing call; these find the learner's line around it",
    ".inner_statement": "mistakes: (as .statement)",
    ".contains": "mistakes: (as .statement)",
    ".is_empty": "mistakes: (as .statement)",
    ".line": "mistakes: (as .statement)",
    ".missing_piece": "mistakes: R gives NULL for a missing name, then fails; Python a KeyError",
    ".unknown_name": "exercises: R gives NULL for a missing name and goes on; Python a KeyError",
}
RENAMED = {
    "ScratchnetError": "scratchnet_error",
    "ScratchnetWarning": "scratchnet_warning",
    "TrainResult": "print.scratchnet_result",
    "Verdict": ".verdict",
}
"""A class in Python is a condition constructor, an S3 print method or a constructor in R."""
SOURCES = sorted((REPO / "python" / "src" / "scratchnet").glob("*.py"))
MODULES = [path.stem for path in SOURCES if not path.stem.startswith("__")]


def private(name: str) -> str:
    """R's private ``.name`` is Python's ``_name``."""
    return "_" + name[1:] if name.startswith(".") else name


def twin_functions(module: str) -> dict[str, dict]:
    """Each language's functions of one module: name (prefix dropped) -> pieces."""
    found = {}
    for language, path, only in (
        ("Python", REPO / "python" / "src" / "scratchnet" / f"{module}.py", PYTHON_ONLY),
        ("R", REPO / "r" / "R" / f"{module}.R", R_ONLY),
    ):
        pieces = functions(language, path.read_text(encoding="utf-8"))
        found[language] = {
            RENAMED.get(name, name).lstrip("_."): p
            for name, p in pieces.items()
            if name not in only
        }
    return found


@pytest.mark.parametrize("module", MODULES)
def test_every_python_module_has_an_r_twin_with_the_same_functions_in_the_same_order(module):
    assert (REPO / "r" / "R" / f"{module}.R").is_file(), f"r/R/{module}.R is missing"
    twins = twin_functions(module)
    assert list(twins["Python"]) == list(twins["R"]), (
        f"{module}: Python {list(twins['Python'])}\n   R {list(twins['R'])}"
    )


@pytest.mark.parametrize("module", MODULES)
def test_each_function_has_the_same_numbered_steps_in_both_languages(module):
    twins = twin_functions(module)
    for name, pieces in twins["Python"].items():
        python_steps = [label for label, _ in pieces]
        r_steps = [label for label, _ in twins["R"].get(name, [])]
        assert python_steps == r_steps, f"{module}.{name}: Python {python_steps} / R {r_steps}"


def test_every_r_file_has_a_python_twin():
    """scratchnet-package.R is the R package's help page, the twin of ``__init__``'s docstring.

    tables.R is the JSON tables R reads at run time, generated by ``make data``
    (Python reads the JSON files themselves).
    """
    r_files = sorted(path.stem for path in (REPO / "r" / "R").glob("*.R"))
    assert r_files == sorted([*MODULES, "scratchnet-package", "tables"])


def test_the_r_package_exports_exactly_pythons_public_api():
    import scratchnet as sn

    renamed = {"PARAM_NAMES": "param_names", "ScratchnetError": "scratchnet_error"}
    namespace = (REPO / "r" / "NAMESPACE").read_text(encoding="utf-8").splitlines()
    exports = sorted(line[7:-1] for line in namespace if line.startswith("export("))
    assert exports == sorted(renamed.get(name, name) for name in sn.__all__)


@pytest.mark.parametrize("output", list(PAGES), ids=[output.name for output in PAGES])
def test_the_side_by_side_page_is_up_to_date(output):
    assert output.read_text(encoding="utf-8") == page(PAGES[output]), (
        f"{output.relative_to(REPO)} is stale: regenerate it with `make side-by-side`"
    )
