"""The same mistake gets the same line in both languages; so does a run gone wrong.

Each mistake below is made once in Python and once in R (through rpy2) with
the same values. Mistakes that exist in one language only are listed at the
end with their reason, and checked in that language's own tests.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import scratchnet as sn
from harness import RSession

X = sn.runif_from_seed(15, 3).reshape((5, 3), order="F")
Y = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])
PARAMS = sn.init_params(3, 4, 2, seed=1)


def with_value(array: np.ndarray, row: int, column: int, value: float) -> np.ndarray:
    changed = array.copy()
    changed[row, column] = value
    return changed


def without(params: dict, part: str) -> dict:
    return {k: v for k, v in params.items() if k != part}


ONE_OUTPUT = sn.init_params(3, 4, 1, seed=1)
GRADS = sn.backward(X, Y, PARAMS, sn.forward(X, PARAMS))

MISTAKES = {
    "X rows against y rows": ("train", X[:4], Y, PARAMS, 0.1, 5),
    "X rows against y rows, train_fast": ("train_fast", X[:4], Y, PARAMS, 0.1, 5),
    "params for two outputs, one target column": ("train", X, Y[:, :1], PARAMS, 0.1, 5),
    "params for one output, two target columns": ("train_fast", X, Y, ONE_OUTPUT, 0.1, 5),
    "X columns against params inputs": ("predict_output", X[:, :2], PARAMS),
    "NaN in X": ("train", with_value(X, 2, 1, np.nan), Y, PARAMS, 0.1, 5),
    "Inf in y": ("train", X, with_value(Y, 0, 1, np.inf), PARAMS, 0.1, 5),
    "target outside [0, 1]": ("train", X, with_value(Y, 3, 0, 1.5), PARAMS, 0.1, 5),
    "params without bout": ("train", X, Y, without(PARAMS, "bout"), 0.1, 5),
    "bh of the wrong shape": ("forward", X, {**PARAMS, "bh": np.zeros((1, 3))}),
    "wout of the wrong shape": ("forward", X, {**PARAMS, "wout": np.zeros((3, 2))}),
    "infinite weight": (
        "predict_output",
        X,
        {**PARAMS, "wout": with_value(PARAMS["wout"], 1, 1, -np.inf)},
    ),
    "lr zero": ("train", X, Y, PARAMS, 0.0, 5),
    "lr negative": ("train_fast", X, Y, PARAMS, -1.0, 5),
    "lr infinite": ("train_sgd", X, Y, PARAMS, np.inf, 5),
    "epochs not whole": ("train", X, Y, PARAMS, 0.1, 2.5),
    "epochs negative": ("train_without_biases", X, Y, PARAMS, 0.1, -1.0),
    "no inputs": ("init_params", 0.0, 3.0, 1.0, 42.0),
    "seed not whole": ("init_params", 3.0, 4.0, 2.0, 1.5),
    "loss of unlike shapes": ("loss", Y, Y[:, :1]),
    "accuracy of unlike shapes": ("accuracy", Y[:4], Y),
    "cache without its parts": ("backward", X, Y, PARAMS, {"output": Y}),
    "grads of the wrong shape": ("update_params", PARAMS, {**GRADS, "dwh": np.zeros((4, 3))}, 0.1),
    "X with no rows": ("train", np.zeros((0, 3)), Y, PARAMS, 0.1, 5),
    "y with no rows": ("loss", np.zeros((0, 2)), np.zeros((0, 2))),
    "neuron inputs and weights of unlike lengths": (
        "neuron_output",
        np.array([2.0, 3.0]),
        np.array([0.0, 1.0, 2.0]),
        4.0,
    ),
    "a weighted sum with a NaN bias": ("weighted_sum", np.array([1.0]), np.array([2.0]), np.nan),
    "a step of an infinite sum": ("step_function", np.inf),
    "a label that is not a number": ("binary_cross_entropy", np.inf, 0.5),
    "a step with a zero learning rate": ("gradient_descent_step", 0.5, -10.0, 0.0),
    "single-layer weights for the wrong inputs": (
        "train_single_layer",
        X,
        Y[:, :1],
        np.zeros((2, 1)),
        10.0,
    ),
    "perceptron targets outside [0, 1]": (
        "train_perceptron",
        X,
        np.array([0.0, 1, 2, 0, 1]),
        0.1,
        5.0,
    ),
    "layer sizes below one": ("make_mlp", np.array([2.0, 0.0]), 42.0),
}

ONE_LANGUAGE_ONLY = {
    "a 1-D X (Python)": "R takes a vector X as one feature, as it documents",
    "a factor or a character data.frame (R)": "Python has no factors",
    "a pandas or polars frame (Python)": "not a dependency; np.asarray it first",
    "True/TRUE as a number": "each language names its own logical values",
}


def python_refusal(name: str, *args: object) -> str:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            getattr(sn, name)(*args)
    except sn.ScratchnetError as error:
        return str(error)
    return "no error"


@pytest.mark.parametrize("mistake", MISTAKES, ids=list(MISTAKES))
def test_both_languages_refuse_the_mistake_with_the_same_one_line(mistake, r: RSession):
    name, *args = MISTAKES[mistake]
    python, in_r = python_refusal(name, *args), r.refusal(name, *args)
    assert python != "no error", f"Python took it: {name}{tuple(args)!r:.80}"
    assert "\n" not in python
    assert python == in_r, f"\n  Python {python}\n  R      {in_r}"


def test_the_one_language_mistakes_are_named_with_their_reason():
    assert all(reason for reason in ONE_LANGUAGE_ONLY.values())


TOY = sn.load_dataset("toy")
MOONS = sn.load_dataset("moons")
GONE_WRONG = {
    "rose": (TOY["X"], TOY["y"], sn.init_params(4, 3, 1, 42), 100.0, 500),
    "stalled": (TOY["X"], TOY["y"], sn.init_params(4, 3, 1, 42), 1e-6, 500),
    "saturated": (TOY["X"], TOY["y"], sn.init_params(4, 3, 1, 42), 1e305, 500),
    # Small steps keep these two well-conditioned, so both languages count the
    # same saturated units (a chaotic run would differ near the threshold).
    "far_inputs": (MOONS["X"] * 30, MOONS["y"], sn.init_params(2, 5, 1, 42), 1e-6, 20),
    "scales_differ": (
        MOONS["X"] * [100.0, 0.5],
        MOONS["y"],
        sn.init_params(2, 5, 1, 42),
        1e-6,
        20,
    ),
}


@pytest.mark.parametrize("kind", GONE_WRONG, ids=list(GONE_WRONG))
def test_a_run_gone_wrong_warns_with_the_same_findings_in_each_languages_words(kind, r: RSession):
    args = GONE_WRONG[kind]
    with pytest.warns(sn.errors.ScratchnetWarning):
        python = sn.train(*args)["warnings"]
    in_r = list(r.apply("function(...) suppressWarnings(scratchnet::train(...))$warnings", *args))
    finding = sn.checks.checks_table()["warnings"][kind]["finding"].split("{")[0]
    assert any(line.startswith(finding) for line in python), python
    # the same findings, in the same words up to their advice, which names each
    # language's own functions (init_params, init_params())
    assert [line.split(": try")[0] for line in python] == [line.split(": try")[0] for line in in_r]
    assert len(python) == len(in_r)
