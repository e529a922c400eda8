"""Exercises that check a learner's own network and say which step is wrong.

Write your own ``forward``, ``backward``, ``update_params`` or ``train``, with
the same arguments and the same named pieces as the package's, and pass it to
``check_forward``, ``check_backward``, ``check_update`` or ``check_train``.
Each runs your function on small fixed problems (no square matrices, so a
transposed one cannot hide), compares every intermediate with the package's
own, in step order, and prints one verdict: a pass, or the first step that
differs, with the entry, both values, and a hint when the difference looks
like a classic mistake. It returns True or False and never crashes: an error
inside your function, a missing piece or a wrong shape is the verdict.

Values are judged, not containers: a 1-D array (R: a vector) of the right
length passes where a row or a column is expected, so ``d_hidden.sum(axis=0)``
is as good as ``keepdims=True``, and a loss history may be any shape. Only a
wrong number of values, or a matrix turned the wrong way, is a wrong shape.
A hint is looked for in the values, whatever their shape, so a bias change
summed along the rows gets its hint as a 1-D array, a row or a column. Extra
names in what your function returns are ignored.
Mirrors ``r/R/exercises.R``, which says the same words.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from scratchnet.checks import checks_table, number, say
from scratchnet.experiments import agreement_tolerance
from scratchnet.network import (
    PARAM_NAMES,
    _backward,
    _forward,
    _update_params,
    init_params,
    sigmoid_slope,
    train,
)
from scratchnet.rng import runif_from_seed

FORWARD_STEPS = [
    (2, "hidden_layer_input"),
    (3, "hidden_activations"),
    (4, "output_layer_input"),
    (4, "output"),
]
BACKWARD_STEPS = [
    (5, "E"),
    (6, "slope_output"),
    (6, "slope_hidden"),
    (7, "d_output"),
    (8, "error_hidden"),
    (9, "d_hidden"),
    (10, "dwout"),
    (11, "dbout"),
    (10, "dwh"),
    (11, "dbh"),
]
UPDATE_STEPS = [(10, "wh"), (11, "bh"), (10, "wout"), (11, "bout")]
LR, EPOCHS = 0.5, 3
BIAS_ERRORS = ("could not be broadcast",)
"""numpy's words when a forward adds a bias that does not fit its rows (R: non-conformable)."""


def exercise_problems() -> list[dict[str, object]]:
    """Two small fixed problems: n 5, d 3, h 4, k 2; and n 2, d 1, h 3, k 1."""
    problems = []
    for n, d, h, k, seed in ((5, 3, 4, 2, 5), (2, 1, 3, 1, 6)):
        X = runif_from_seed(n * d, seed + 100).reshape((n, d), order="F")
        y = (runif_from_seed(n * k, seed + 200).reshape((n, k), order="F") > 0.5).astype(float)
        problems.append({"X": X, "y": y, "params": init_params(d, h, k, seed)})
    return problems


def check_forward(fn: Callable) -> bool:
    """Check your ``forward(X, params)`` (steps 2-4); print the verdict."""

    def compare(problem: dict) -> tuple:
        theirs = fn(problem["X"], _copy(problem["params"]))
        return theirs, _forward(problem["X"], problem["params"]), FORWARD_STEPS

    return _verdict("check_forward", "forward's pieces", compare)


def check_backward(fn: Callable) -> bool:
    """Check your ``backward(X, y, params, cache)`` (steps 5-11); print the verdict."""

    def compare(problem: dict) -> tuple:
        X, y, params = problem["X"], problem["y"], problem["params"]
        cache = _forward(X, params)
        theirs = fn(X, y, _copy(params), _copy(cache))
        return theirs, _backward(X, y, params, cache), BACKWARD_STEPS

    return _verdict("check_backward", "backward's pieces", compare)


def check_update(fn: Callable) -> bool:
    """Check your ``update_params(params, grads, lr)`` (steps 10-11); print the verdict."""

    def compare(problem: dict) -> tuple:
        X, y, params = problem["X"], problem["y"], problem["params"]
        grads = _backward(X, y, params, _forward(X, params))
        theirs = fn(_copy(params), _copy(grads), LR)
        return theirs, _update_params(params, grads, LR), UPDATE_STEPS

    return _verdict("check_update", "parameters", compare)


def check_train(fn: Callable) -> bool:
    """Check your ``train(X, y, params, lr, epochs)``: its loss history and trained weights."""

    def compare(problem: dict) -> tuple:
        X, y, params = problem["X"], problem["y"], problem["params"]
        theirs = fn(X, y, _copy(params), LR, EPOCHS)
        ours = train(X, y, params, LR, EPOCHS)
        if isinstance(theirs, dict) and isinstance(theirs.get("params"), dict):
            theirs = {"loss": theirs.get("loss"), **theirs["params"]}
        mine = {"loss": ours["loss"], **ours["params"]}
        return theirs, mine, [(5, "loss"), *UPDATE_STEPS]

    return _verdict("check_train", "params and loss", compare)


def _verdict(checker: str, what: str, compare: Callable) -> bool:
    """Run ``compare`` on each problem; print and return the first difference, or a pass."""
    problems = exercise_problems()
    for index, problem in enumerate(problems, start=1):
        try:
            theirs, ours, steps = compare(problem)
        except Exception as error:  # a learner's bug is the verdict, never a crash
            text = f"{type(error).__name__}: {str(error).strip()}"
            hint = _error_hint(checker, text)
            return _say("raised", checker=checker, problem=index, error=text, hint=hint)
        if not isinstance(theirs, dict):
            return _say("not_named", checker=checker, got=type(theirs).__name__, what=what)
        names = _returned(checker, steps)
        for step, name in steps:
            line = _difference(checker, step, name, theirs, ours, problem, names)
            if line:
                print(line)
                return False
    return _say("pass", checker=checker, problems=len(problems))


def _difference(
    checker: str, step: int, name: str, theirs: dict, ours: dict, problem: dict, names: str
) -> str | None:
    """The verdict for ``name``: missing, a wrong shape, the first entry that differs; or None."""
    if name not in theirs or theirs[name] is None:
        return say("missing", checker=checker, step=step, name=name, names=names)
    expected = np.atleast_2d(np.asarray(ours[name], dtype=float))
    if name == "loss":
        expected = expected.reshape(-1, 1)
    actual = _fitted(_values(theirs[name]), expected.shape, name)
    hint = _hint(checker, name, actual, ours, problem)
    if actual.shape != expected.shape:
        if not hint and actual.shape == expected.shape[::-1]:
            hint = checks_table()["exercises"]["hints"]["transposed"]
        return say(
            "shape",
            checker=checker, step=step, name=name, got=_shape(actual.shape),
            expected=_shape(expected.shape), hint=hint,
        )  # fmt: skip
    close = _close(actual, expected)
    if close.all():
        return None
    row, column = np.argwhere(~close)[0]
    return say(
        "differs",
        checker=checker, step=step, name=name, row=row + 1, column=column + 1,
        expected=number(expected[row, column]), actual=number(actual[row, column]), hint=hint,
    )  # fmt: skip


def _values(value: object) -> np.ndarray:
    """``value`` as floats with its own dimensions (a number as one value); NaN if not numbers."""
    try:
        array = np.asarray(value)
    except (TypeError, ValueError):  # ragged lists
        array = np.asarray("not numbers")
    if array.dtype.kind not in "biuf":
        return np.full(1, np.nan)
    return np.atleast_1d(array.astype(float))


def _fitted(values: np.ndarray, shape: tuple, name: str) -> np.ndarray:
    """``values`` in ``shape`` when only the container differs, else as they came.

    A loss history of any shape is a column; a 1-D array (R: a vector) of the
    right length is the row or column expected. A 2-D array keeps its shape,
    so a column where a row is expected stays a wrong shape.
    """
    if name == "loss":
        return values.reshape(-1, 1)
    if values.ndim == 1 and min(shape) == 1 and values.size == shape[0] * shape[1]:
        return values.reshape(shape)
    return values


def _hint(checker: str, name: str, actual: np.ndarray, ours: dict, problem: dict) -> str:
    """The classic mistake whose values ``actual`` holds, as a hint; "" when none."""
    X, y, params = problem["X"], problem["y"], problem["params"]
    cache = _forward(X, params)
    grads = _backward(X, y, params, cache)
    no_bias = {**params, "bh": 0 * params["bh"], "bout": 0 * params["bout"]}
    candidates = {
        "missing_bias": {
            "hidden_layer_input": X @ params["wh"],
            "output_layer_input": cache["hidden_activations"] @ params["wout"],
            "output": _forward(X, no_bias)["output"],
        },
        "bias_rows": {
            "hidden_layer_input": _recycled(X @ params["wh"], params["bh"]),
            "output_layer_input": _recycled(
                cache["hidden_activations"] @ params["wout"], params["bout"]
            ),
        },
        "flipped_sign": {"E": -grads["E"]},
        "slope_of_input": {
            "slope_output": sigmoid_slope(cache["output_layer_input"]),
            "slope_hidden": sigmoid_slope(cache["hidden_layer_input"]),
        },
        "no_hidden_slope": {"d_hidden": grads["error_hidden"]},
        # Tutorial 003's bias change: rowSums, a sum along each row (over units).
        "bias_over_units": {
            "dbout": np.sum(grads["d_output"], axis=1),
            "dbh": np.sum(grads["d_hidden"], axis=1),
        },
        "lr_twice": {k: params[k] + grads[f"d{k}"] * LR * LR for k in PARAM_NAMES},
        "subtracted": {k: params[k] - grads[f"d{k}"] * LR for k in PARAM_NAMES},
    }
    if checker == "check_train":
        loss = np.asarray(ours["loss"], dtype=float)
        candidates["loss_after_update"] = {"loss": np.append(loss[1:], np.nan)}  # last: any
        candidates["mean_square"] = {"loss": 2 * loss}
        candidates["never_updated"] = {"loss": np.full(EPOCHS, loss[0]), **params}
    for key, pieces in candidates.items():
        if name in pieces and _holds(actual, pieces[name]):
            return checks_table()["exercises"]["hints"][key]
    return ""


def _holds(actual: np.ndarray, candidate: np.ndarray) -> bool:
    """Whether ``actual`` has ``candidate``'s values (a NaN in ``candidate``: any value).

    As the same matrix, or as the same line of values in any container: a
    1-D array, a row or a column.
    """
    candidate = np.asarray(candidate, dtype=float)
    if actual.shape != candidate.shape:
        if not (_is_line(actual) and _is_line(candidate) and actual.size == candidate.size):
            return False
        actual, candidate = actual.ravel(), candidate.ravel()
    if actual.shape[0] == 0:
        return False
    known = ~np.isnan(candidate)
    return bool(_close(actual, candidate)[known].all())


def _is_line(values: np.ndarray) -> bool:
    return values.ndim == 1 or (values.ndim == 2 and min(values.shape) == 1)


def _close(actual: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """Which entries of ``actual`` are within the one tolerance of ``expected`` (NaN: not)."""
    return np.isclose(actual, expected, **agreement_tolerance())


def _recycled(matrix: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """``matrix + c(bias)`` as R computes it: the bias recycled down the columns.

    numpy cannot make this mistake (it broadcasts a row over every row); the
    candidate is here so both languages look for the same mistakes.
    """
    rows, columns = matrix.shape
    flat = matrix.ravel(order="F") + np.resize(bias.ravel(order="F"), rows * columns)
    return flat.reshape((rows, columns), order="F")


def _error_hint(checker: str, error: str) -> str:
    """The hint for an error a forward raises when its bias does not fit the rows; or ""."""
    if checker == "check_forward" and any(words in error for words in BIAS_ERRORS):
        return checks_table()["exercises"]["hints"]["bias_rows"]
    return ""


def _returned(checker: str, steps: list) -> str:
    """The names the checker compares, for the verdict that one is missing."""
    names = list(dict.fromkeys(name for _, name in steps))
    if checker == "check_train":
        return f"params ({', '.join(names[1:])}) and {names[0]}"
    return ", ".join(names)


def _say(key: str, **values: object) -> bool:
    print(say(key, **values))
    return key == "pass"


def _copy(pieces: dict) -> dict:
    return {k: np.array(v, copy=True) for k, v in pieces.items()}


def _shape(shape: tuple) -> str:
    return f"({', '.join(str(n) for n in shape)})"
