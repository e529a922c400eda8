"""Run the same experiment in Python and in R (embedded with rpy2), compare.

The cross-language tests (``tests/test_*.py``) and ``make consistency`` (this
file run as a script) share these helpers. R runs in this process through
rpy2, with the package loaded from ``r/`` by ``pkgload::load_all``, so the R
code under test is the code in the tree.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

import scratchnet as sn

REPO = Path(__file__).resolve().parent.parent
DATA_DIR = REPO / "shared_data"

TOLERANCE = {"rtol": 1e-8, "atol": 1e-12}
"""The one tolerance for trained results (weights, loss history, outputs).

Why this size: numpy (OpenBLAS, its own vectorised ``exp``) and R (reference
BLAS, glibc ``exp``) round differently in the last bit, and 5000 epochs grow
that to about 1e-13 relative on the toy problem; one epoch too few or too
many moves the weights by about 1e-4. rtol 1e-8 sits far from both. atol only
matters for numbers near zero. Start weights are compared exactly, not with
this.
"""

INSTALL_HINT = (
    "run `make setup`, or by hand: apt-get update && apt-get install -y "
    "--no-install-recommends r-base-core r-base-dev r-cran-testthat "
    "r-cran-jsonlite && .venv/bin/pip install 'rpy2>=3.5.17,<3.6'"
)
PARAM_NAMES = ("wh", "bh", "wout", "bout")


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
        """``scratchnet::name(*args)`` in R, converted back to Python."""
        function = self._ro.r(f"scratchnet::{name}")
        return self._to_py(function(*[self._to_r(arg) for arg in args]))

    def eval(self, code: str) -> object:
        """Evaluate R code, converted back to Python."""
        return self._to_py(self._ro.r(code))

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
    """Train one experiment in Python: data, start and final weights, losses.

    ``trainer`` is ``"train"`` (the readable loop) or ``"train_fast"``.
    """
    data = sn.load_dataset(experiment["dataset"], DATA_DIR)
    X, y = data["X"], data["y"]
    initial = sn.init_params(X.shape[1], experiment["hidden"], y.shape[1], experiment["seed"])
    trained = getattr(sn, trainer)(X, y, initial, experiment["lr"], experiment["epochs"])
    return {
        "X": X,
        "y": y,
        "initial": initial,
        "final": trained["params"],
        "loss": trained["loss"],
        "output": sn.predict_output(X, trained["params"]),
    }


def run_r(r: RSession, experiment: dict, trainer: str = "train") -> dict[str, object]:
    """Train one experiment in R, in this process, the same way."""
    data = r.call("load_dataset", experiment["dataset"], DATA_DIR)
    X, y = data["X"], data["y"]
    initial = r.call(
        "init_params", X.shape[1], experiment["hidden"], y.shape[1], experiment["seed"]
    )
    trained = r.call(trainer, X, y, initial, float(experiment["lr"]), experiment["epochs"])
    return {
        "X": X,
        "y": y,
        "initial": initial,
        "final": trained["params"],
        "loss": trained["loss"],
        "output": r.call("predict_output", X, trained["params"]),
    }


def quantities(run: dict[str, object]) -> dict[str, np.ndarray]:
    """Every compared number of a run, by name: ``initial wh`` ... ``output``."""
    named = {}
    for stage in ("initial", "final"):
        for name in PARAM_NAMES:
            named[f"{stage} {name}"] = np.asarray(run[stage][name])
    named["loss"] = np.asarray(run["loss"])
    named["output"] = np.asarray(run["output"])
    return named


def largest_difference(python: np.ndarray, r: np.ndarray) -> float:
    """The largest |python - r| over all entries (inf if the shapes differ)."""
    if python.shape != r.shape:
        return float("inf")
    return float(np.max(np.abs(python - r))) if python.size else 0.0


def _largest(runs: dict, a: tuple[str, str], b: tuple[str, str], names: list[str]) -> float:
    """The largest difference between runs a and b over the named quantities."""
    return max(largest_difference(runs[a][n], runs[b][n]) for n in names)


def consistency_table(r: RSession, experiments: list[dict]) -> list[str]:
    """Lines of two tables: each experiment, the largest difference per quantity.

    The first compares the readable ``train`` of Python and R; the second
    ``train_fast``, across the languages and against ``train`` in each.
    """
    columns = ["start weights", "final weights", "loss history", "output"]
    lines = [f"{'experiment':<14}" + "".join(f"{c:>16}" for c in columns)]
    fast_lines = [
        "train_fast: largest difference of the final weights | of the loss history",
        f"{'experiment':<14}{'Python - R':>28}{'Python: fast - train':>28}{'R: fast - train':>28}",
    ]
    for experiment in experiments:
        runs = {
            (language, trainer): quantities(
                run_python(experiment, trainer) if language == "Python"
                else run_r(r, experiment, trainer)
            )
            for language in ("Python", "R") for trainer in ("train", "train_fast")
        }  # fmt: skip

        finals = [f"final {n}" for n in PARAM_NAMES]
        py, in_r = ("Python", "train"), ("R", "train")
        row = [
            _largest(runs, py, in_r, [f"initial {n}" for n in PARAM_NAMES]),
            _largest(runs, py, in_r, finals),
            _largest(runs, py, in_r, ["loss"]),
            _largest(runs, py, in_r, ["output"]),
        ]
        lines.append(f"{experiment['name']:<14}" + "".join(f"{v:>16.3g}" for v in row))
        pairs = [
            (("Python", "train_fast"), ("R", "train_fast")),
            (("Python", "train_fast"), py),
            (("R", "train_fast"), in_r),
        ]
        cells = [(_largest(runs, a, b, finals), _largest(runs, a, b, ["loss"])) for a, b in pairs]
        fast_lines.append(
            f"{experiment['name']:<14}" + "".join(f"{w:>17.3g} |{loss:>9.3g}" for w, loss in cells)
        )
    rule = f"within rtol {TOLERANCE['rtol']:g}, atol {TOLERANCE['atol']:g}"
    lines.append(f"largest |Python - R|; start weights must be 0 (bit-identical), the rest {rule}")
    return [*lines, "", *fast_lines, f"all {rule}"]


if __name__ == "__main__":
    try:
        session = RSession()
    except RuntimeError as problem:
        print(f"consistency: {problem}", file=sys.stderr)
        sys.exit(2)
    print("\n".join(consistency_table(session, sn.load_experiments(DATA_DIR))))
