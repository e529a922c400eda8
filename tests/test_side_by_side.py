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
    "_save": "plots: matplotlib's savefig; R opens the file first (open_png)",
    "_copy": "exercises: numpy arrays are shared by reference; R copies on modify",
}
R_ONLY = {
    "keeping_random_seed": "rng: R's generator is global, so the caller's state is put back",
    "lighter": "plots: base graphics has no alpha-blended colour maps",
    "open_png": "plots: a base-graphics device is opened before drawing",
    "json_text": "model: jsonlite stops at 15 digits; Python's json writes exact floats itself",
}
RENAMED = {
    "ScratchnetError": "scratchnet_error",
    "ScratchnetWarning": "scratchnet_warning",
    "TrainResult": "print.scratchnet_result",
}
"""A class in Python is a condition constructor or an S3 print method in R."""
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
    """scratchnet-package.R is the R package's help page, the twin of ``__init__``'s docstring."""
    r_files = sorted(path.stem for path in (REPO / "r" / "R").glob("*.R"))
    assert r_files == sorted([*MODULES, "scratchnet-package"])


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
