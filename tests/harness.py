"""Run the same experiment in Python and in R (embedded with rpy2), compare.

The cross-language tests (``tests/test_*.py``) and ``make consistency`` (this
file run as a script) share these helpers. R runs in this process through
rpy2, with the package loaded from ``r/`` by ``pkgload::load_all``, so the R
code under test is the code in the tree.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import scratchnet as sn
from scratchnet.experiments import agreement_tolerance

REPO = Path(__file__).resolve().parent.parent
DATA_DIR = REPO / "shared_data"

TOLERANCE = agreement_tolerance(DATA_DIR)
"""The one tolerance for trained results, from ``experiments.json`` (which says why)."""

INSTALL_HINT = (
    "run `make setup`, or by hand: apt-get update && apt-get install -y "
    "--no-install-recommends r-base-core r-base-dev r-cran-testthat "
    "r-cran-jsonlite && .venv/bin/pip install 'rpy2>=3.5.17,<3.6'"
)
PARAM_NAMES = sn.PARAM_NAMES


class _Raw:
    """An R object passed through untouched (an R list of closures, say)."""

    def __init__(self, robject: object) -> None:
        self.robject = robject


class RSession:
    """R in this process, with the scratchnet package loaded from ``r/``.

    Calls go through ``call(name, *args)``; numpy arrays, numbers, strings and
    dicts go in, and matrices come back as float64 numpy arrays (R named lists
    as dicts), so a test can compare the two languages value by value.
    """

    def __init__(self) -> None:
        try:
            import rpy2.robjects as ro
            from rpy2.robjects import numpy2ri
            from rpy2.robjects.conversion import localconverter
        except Exception as error:  # ImportError, or R itself fails to start
            raise RuntimeError(f"the harness needs R and rpy2 ({error}); {INSTALL_HINT}") from None
        self._ro = ro
        self._converter = ro.default_converter + numpy2ri.converter
        self._localconverter = localconverter
        ro.r(f'pkgload::load_all("{REPO / "r"}", quiet = TRUE, export_all = FALSE)')

    def _to_r(self, value: object) -> object:
        if isinstance(value, _Raw):
            return value.robject
        if isinstance(value, dict):
            return self._ro.ListVector({k: self._to_r(v) for k, v in value.items()})
        if isinstance(value, np.ndarray):
            with self._localconverter(self._converter):
                return self._ro.conversion.get_conversion().py2rpy(value)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return self._ro.StrVector(value)
        if isinstance(value, (Path, str)):
            return self._ro.StrVector([str(value)])
        if isinstance(value, bool):
            return self._ro.BoolVector([value])
        if isinstance(value, int):
            return self._ro.IntVector([value])
        return self._ro.FloatVector([float(value)])  # type: ignore[arg-type]

    def _to_py(self, value: object) -> object:
        ro = self._ro
        if isinstance(value, ro.vectors.ListVector) or (
            isinstance(value, ro.vectors.ListSexpVector)
        ):
            names = list(value.names) if value.names is not ro.NULL else None
            items = [self._to_py(v) for v in value]
            return dict(zip(names, items, strict=True)) if names else items
        if isinstance(value, ro.vectors.StrVector):
            return list(value)
        if value is ro.NULL:
            return None
        array = np.array(value, dtype=float)
        dim = value.do_slot("dim") if "dim" in value.list_attrs() else None
        if dim is not None:
            array = array.reshape(tuple(dim), order="F")
        return array

    def call(self, name: str, *args: object) -> object:
        """``scratchnet:::name(*args)`` in R (exported or not), converted back to Python."""
        function = self._ro.r(f"scratchnet:::{name}")
        return self._to_py(function(*[self._to_r(arg) for arg in args]))

    def eval(self, code: str) -> object:
        """Evaluate R code, converted back to Python."""
        return self._to_py(self._ro.r(code))

    def apply(self, function_code: str, *args: object) -> object:
        """Call an R function written as code (``"function(x) ..."``), converted both ways."""
        function = self._ro.r(function_code)
        return self._to_py(function(*[self._to_r(arg) for arg in args]))

    def refusal(self, name: str, *args: object) -> str:
        """The one line ``scratchnet:::name(*args)`` is refused with, or "no error"."""
        code = """function(f, ...) tryCatch({ suppressWarnings(f(...)); "no error" },
                   scratchnet_error = function(e) conditionMessage(e))"""
        function = self._ro.r(code)
        converted = [self._to_r(arg) for arg in args]
        return str(function(self._ro.r(f"scratchnet:::{name}"), *converted)[0])

    def eval_raw(self, code: str) -> object:
        """Evaluate R code and keep the R object (to pass back to ``call``)."""
        return _Raw(self._ro.r(code))


def assert_same(
    name: str,
    python: np.ndarray,
    r: np.ndarray,
    exact: bool = False,
    sides: tuple[str, str] = ("Python", "R"),
) -> None:
    """Compare one named quantity; on failure show both sides and where.

    Start weights are compared ``exact``; everything else within ``TOLERANCE``.
    ``sides`` names the two runs in the message (by default Python and R).
    """
    python, r = np.asarray(python, dtype=float), np.asarray(r, dtype=float)
    left, right = sides
    assert python.shape == r.shape, f"{name}: shape {left} {python.shape} / {right} {r.shape}"
    same = python == r if exact else np.isclose(python, r, **TOLERANCE)
    if not np.all(same):
        where = tuple(int(i) for i in np.argwhere(~same)[0])
        width = max(len(left), len(right))
        rule = "bit-identical" if exact else f"rtol {TOLERANCE['rtol']}, atol {TOLERANCE['atol']}"
        pytest.fail(
            f"{name} differs ({rule}) first at {where}:\n"
            f"  {left:<{width}} {python[where]!r}\n  {right:<{width}} {r[where]!r}\n"
            f"  largest |{left} - {right}| = {np.max(np.abs(python - r)):.3g}",
            pytrace=False,
        )


def run_python(experiment: dict, trainer: str = "train") -> dict[str, object]:
    """Train one experiment in Python (``trainer``: ``"train"`` or ``"train_fast"``)."""
    return sn.run_experiment(experiment, DATA_DIR, fast=trainer == "train_fast")


def run_r(r: RSession, experiment: dict, trainer: str = "train") -> dict[str, object]:
    """Train one experiment in R, in this process, the same way."""
    return r.call("run_experiment", experiment["name"], DATA_DIR, trainer == "train_fast")


def r_main(r: RSession, argv: list[str], cwd: Path) -> tuple[int, str, str]:
    """R's command line in this process: exit status, stdout and stderr, run in ``cwd``."""
    code = """function(argv, cwd) {
      old <- setwd(cwd); on.exit(setwd(old))
      messages <- character(0)
      printed <- utils::capture.output(status <- withCallingHandlers(
        scratchnet::main(argv),
        message = function(m) {
          messages <<- c(messages, conditionMessage(m))
          invokeRestart("muffleMessage")
        }))
      list(status = status, stdout = paste(sprintf("%s\\n", printed), collapse = ""),
           stderr = paste(messages, collapse = ""))
    }"""
    result = r.apply(code, list(argv), cwd)
    return int(result["status"][0]), result["stdout"][0], result["stderr"][0]


def quantities(run: dict[str, object]) -> dict[str, np.ndarray]:
    """Every compared number of a run, by name: ``initial wh`` ... ``output``."""
    named = {}
    for stage in ("initial", "final"):
        for name in PARAM_NAMES:
            named[f"{stage} {name}"] = np.asarray(run[stage][name])
    named["loss"] = np.asarray(run["loss"])
    named["output"] = np.asarray(run["output"])
    return named
