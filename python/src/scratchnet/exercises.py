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
            return _say(
                "raised", checker=checker, problem=index, error=f"{type(error).__name__}: {error}"
            )
        if not isinstance(theirs, dict):
            return _say("not_named", checker=checker, got=type(theirs).__name__, what=what)
        for step, name in steps:
            line = _difference(checker, step, name, theirs, ours, problem)
            if line:
                print(line)
                return False
    return _say("pass", checker=checker, problems=len(problems))


def _difference(
    checker: str, step: int, name: str, theirs: dict, ours: dict, problem: dict
) -> str | None:
    """The verdict line for the first entry of ``name`` that differs, or None."""
    if name not in theirs or theirs[name] is None:
        return say("missing", checker=checker, step=step, name=name)
    expected = np.atleast_2d(np.asarray(ours[name], dtype=float))
    if name == "loss":
        expected = expected.reshape(-1, 1)
    try:
        actual = np.asarray(theirs[name], dtype=float)
    except (TypeError, ValueError):
        actual = np.full((1, 1), np.nan)
    actual = actual.reshape(-1, 1) if name == "loss" else np.atleast_2d(actual)
    hint = _hint(name, actual, ours, problem)
    if actual.shape != expected.shape:
        hint = hint or (
            checks_table()["exercises"]["hints"]["transposed"]
            if actual.shape == expected.shape[::-1]
            else ""
        )
        return say(
            "shape",
            checker=checker, step=step, name=name, got=_shape(actual.shape),
            expected=_shape(expected.shape), hint=hint,
        )  # fmt: skip
    close = np.isclose(actual, expected, **agreement_tolerance())
    if close.all():
        return None
    row, column = np.argwhere(~close)[0]
    return say(
        "differs",
        checker=checker, step=step, name=name, row=row + 1, column=column + 1,
        expected=number(expected[row, column]), actual=number(actual[row, column]), hint=hint,
    )  # fmt: skip


def _hint(name: str, actual: np.ndarray, ours: dict, problem: dict) -> str:
    """The classic mistake ``actual`` matches, as a hint; "" when it matches none."""
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
        "flipped_sign": {"E": -grads["E"]},
        "slope_of_input": {"slope_hidden": sigmoid_slope(cache["hidden_layer_input"])},
        "no_hidden_slope": {"d_hidden": grads["error_hidden"]},
        "bias_over_units": {"dbh": np.sum(grads["d_hidden"], axis=1, keepdims=True)},
        "lr_twice": {k: params[k] + grads[f"d{k}"] * LR * LR for k in PARAM_NAMES},
        "subtracted": {k: params[k] - grads[f"d{k}"] * LR for k in PARAM_NAMES},
    }
    if name == "loss" and "loss" in ours:
        after = np.append(ours["loss"][1:], np.nan)
        candidates["loss_after_update"] = {"loss": after.reshape(-1, 1)}
    for key, pieces in candidates.items():
        if name in pieces:
            candidate = np.asarray(pieces[name], dtype=float)
            if name == "loss":
                actual, candidate = actual[:-1], candidate[:-1]
            if candidate.shape == actual.shape and np.allclose(actual, candidate):
                return checks_table()["exercises"]["hints"][key]
    return ""


def _say(key: str, **values: object) -> bool:
    print(say(key, **values))
    return key == "pass"


def _copy(pieces: dict) -> dict:
    return {k: np.array(v, copy=True) for k, v in pieces.items()}


def _shape(shape: tuple) -> str:
    return f"({', '.join(str(n) for n in shape)})"
