"""The exercise checkers: correct functions pass in the forms a learner writes
them, and each classic mistake fails at its step with its hint. The broken
versions below are written as a learner would, not derived from the checker's
own candidates. Mirrors r/tests/testthat/test-exercises.R."""

from __future__ import annotations

import numpy as np
import pytest

import scratchnet as sn
from scratchnet.checks import checks_table
from scratchnet.network import sigmoid, sigmoid_slope

HINTS = checks_table()["exercises"]["hints"]


def forward_without_bias(X, params):
    hidden_layer_input = X @ params["wh"]
    hidden_activations = sigmoid(hidden_layer_input)
    output_layer_input = hidden_activations @ params["wout"] + params["bout"]
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": sigmoid(output_layer_input),
    }


def forward_with_x_transposed(X, params):
    return {"hidden_layer_input": params["wh"].T @ X.T}


def forward_adding_a_column_bias(X, params):
    return {"hidden_layer_input": X @ params["wh"] + params["bh"].T}


def backward_with(mistake):
    def backward(X, y, params, cache):
        output, hidden = cache["output"], cache["hidden_activations"]
        E = output - y if mistake == "sign" else y - output
        slope_output = output * (1 - output)
        slope_hidden = (
            sigmoid_slope(cache["hidden_layer_input"])
            if mistake == "slope"
            else hidden * (1 - hidden)
        )
        d_output = E * slope_output
        error_hidden = d_output @ params["wout"].T
        d_hidden = error_hidden if mistake == "no hidden slope" else error_hidden * slope_hidden
        return {
            "E": E, "slope_output": slope_output, "slope_hidden": slope_hidden,
            "d_output": d_output, "error_hidden": error_hidden, "d_hidden": d_hidden,
            "dwout": hidden.T @ d_output, "dbout": d_output.sum(axis=0, keepdims=True),
            "dwh": X.T @ d_hidden,
            "dbh": d_hidden.sum(axis=1, keepdims=True) if mistake == "units"
            else d_hidden.sum(axis=0, keepdims=True),
        }  # fmt: skip

    return backward


def backward_with_bias_changes(dbh):
    """The package's backward, its bias changes written as ``dbh(d_hidden)`` and a 1-D sum."""

    def backward(X, y, params, cache):
        grads = dict(sn.backward(X, y, params, cache))
        grads["dbout"] = grads["d_output"].sum(axis=0)
        grads["dbh"] = dbh(grads["d_hidden"])
        return grads

    return backward


def update_with(mistake):
    def update_params(params, grads, lr):
        sign, times = (-1, lr) if mistake == "minus" else (1, lr * lr)
        return {k: params[k] + sign * grads[f"d{k}"] * times for k in params}

    return update_params


def train_recording_the_loss_after_the_update(X, y, params, lr, epochs):
    losses = []
    for _ in range(epochs):
        params = sn.update_params(params, sn.backward(X, y, params, sn.forward(X, params)), lr)
        losses.append(sn.loss(y, sn.predict_output(X, params)))
    return {"params": params, "loss": np.array(losses)}


def train_with_the_mean_square(X, y, params, lr, epochs):
    losses = []
    for _ in range(epochs):
        cache = sn.forward(X, params)
        losses.append(np.mean((y - cache["output"]) ** 2))  # lesson 1's MSE, without the half
        params = sn.update_params(params, sn.backward(X, y, params, cache), lr)
    return {"params": params, "loss": losses}


def train_dropping_the_update(X, y, params, lr, epochs):
    losses = []
    for _ in range(epochs):
        cache = sn.forward(X, params)
        losses.append(sn.loss(y, cache["output"]))
        sn.update_params(params, sn.backward(X, y, params, cache), lr)  # result dropped
    return {"params": params, "loss": losses}


def test_the_packages_own_functions_pass_every_checker(capsys):
    assert sn.check_forward(sn.forward) and sn.check_backward(sn.backward)
    assert sn.check_update(sn.update_params) and sn.check_train(sn.train)
    assert capsys.readouterr().out.splitlines() == [
        f"{name}: pass: every intermediate matches on 2 problems"
        for name in ("check_forward", "check_backward", "check_update", "check_train")
    ]


def test_correct_functions_in_a_learners_usual_forms_pass(capsys):
    """1-D sums for the bias changes, a list for the loss, extra names returned."""

    def train_with_a_list(X, y, params, lr, epochs):
        losses = []
        for _ in range(epochs):
            cache = sn.forward(X, params)
            losses.append(np.mean((y - cache["output"]) ** 2) / 2)
            params = sn.update_params(params, sn.backward(X, y, params, cache), lr)
        return {"params": {**params, "note": "mine"}, "loss": losses, "epochs": epochs}

    assert sn.check_backward(backward_with_bias_changes(lambda d_hidden: d_hidden.sum(axis=0)))
    assert sn.check_forward(lambda X, params: {**sn.forward(X, params), "extra": X})
    assert sn.check_train(train_with_a_list)
    assert capsys.readouterr().out.splitlines() == [
        f"{name}: pass: every intermediate matches on 2 problems"
        for name in ("check_backward", "check_forward", "check_train")
    ]


@pytest.mark.parametrize(
    ("checker", "fn", "verdict"),
    [
        (sn.check_forward, forward_without_bias, "step 2, hidden_layer_input, entry (1, 1):"),
        (sn.check_forward, forward_with_x_transposed,
         "step 2, hidden_layer_input: shape (4, 5) but expected (5, 4) (a transposed matrix?)"),
        (sn.check_backward, backward_with("sign"), "step 5, E, entry (1, 1):"),
        (sn.check_backward, backward_with("slope"), "step 6, slope_hidden, entry (1, 1):"),
        (sn.check_backward, backward_with("no hidden slope"), "step 9, d_hidden, entry (1, 1):"),
        (sn.check_backward, backward_with("units"),
         "step 11, dbh: shape (5, 1) but expected (1, 4)"),
        (sn.check_update, update_with("twice"), "step 10, wh, entry (1, 1):"),
        (sn.check_update, update_with("minus"), "step 10, wh, entry (1, 1):"),
        (sn.check_train, train_recording_the_loss_after_the_update, "step 5, loss, entry (1, 1):"),
    ],
)  # fmt: skip
def test_each_classic_mistake_fails_at_its_step_with_its_hint(checker, fn, verdict, capsys):
    assert checker(fn) is False
    printed = capsys.readouterr().out.strip()
    assert verdict in printed
    assert printed.endswith(")"), f"no hint: {printed}"


@pytest.mark.parametrize(
    ("dbh", "shape"),
    [
        (lambda d_hidden: d_hidden.sum(axis=1), "(5)"),
        (lambda d_hidden: d_hidden.sum(axis=1, keepdims=True), "(5, 1)"),
        (lambda d_hidden: d_hidden.sum(axis=1)[None, :], "(1, 5)"),
    ],
    ids=["1-D", "column", "row"],
)
def test_the_bias_change_summed_over_units_gets_its_hint_in_any_container(dbh, shape, capsys):
    # Problem 1 has 5 samples and 4 hidden units: a sum along each row has 5 values.
    assert not sn.check_backward(backward_with_bias_changes(dbh))
    assert capsys.readouterr().out.strip() == (
        f"check_backward: step 11, dbh: shape {shape} but expected (1, 4)"
        + HINTS["bias_over_units"]
    )


def test_a_column_where_a_row_is_expected_is_a_transposed_matrix(capsys):
    assert not sn.check_backward(backward_with_bias_changes(lambda d: d.sum(axis=0)[:, None]))
    assert capsys.readouterr().out.strip() == (
        "check_backward: step 11, dbh: shape (4, 1) but expected (1, 4) (a transposed matrix?)"
    )


@pytest.mark.parametrize(
    ("fn", "verdict", "hint"),
    [
        # 0.252445 is twice epoch 1's loss 0.126223: the mean square without its half.
        (train_with_the_mean_square,
         "check_train: step 5, loss, entry (1, 1): expected 0.126223, got 0.252445",
         "mean_square"),
        # Epoch 2 repeats epoch 1's loss, 0.126223, where training moved it to 0.12251.
        (train_dropping_the_update,
         "check_train: step 5, loss, entry (2, 1): expected 0.12251, got 0.126223",
         "never_updated"),
    ],
    ids=["mean square", "update dropped"],
)  # fmt: skip
def test_a_trainers_loss_mistakes_get_their_hints(fn, verdict, hint, capsys):
    assert not sn.check_train(fn)
    assert capsys.readouterr().out.strip() == verdict + HINTS[hint]


def test_a_bias_that_does_not_fit_the_rows_gets_the_every_row_hint(capsys):
    assert not sn.check_forward(forward_adding_a_column_bias)
    assert capsys.readouterr().out.strip() == (
        "check_forward: your function stopped with an error on problem 1: ValueError: "
        "operands could not be broadcast together with shapes (5,4) (4,1)" + HINTS["bias_rows"]
    )


def test_a_backward_returning_only_the_changes_is_told_every_name_it_must_return(capsys):
    def only_the_changes(X, y, params, cache):
        grads = sn.backward(X, y, params, cache)
        return {name: grads[name] for name in ("dwh", "dbh", "dwout", "dbout")}

    def train_without_a_loss(X, y, params, lr, epochs):
        return {"params": params}

    assert not sn.check_backward(only_the_changes)
    assert not sn.check_train(train_without_a_loss)
    assert capsys.readouterr().out.splitlines() == [
        "check_backward: step 5, E: your function returned no E; it must return all of E, "
        "slope_output, slope_hidden, d_output, error_hidden, d_hidden, dwout, dbout, dwh, dbh",
        "check_train: step 5, loss: your function returned no loss; it must return all of "
        "params (wh, bh, wout, bout) and loss",
    ]


def test_a_learners_error_missing_piece_or_wrong_type_is_the_verdict_not_a_crash(capsys):
    def unfinished(X, params):
        raise NotImplementedError("your code here")

    assert not sn.check_forward(unfinished)
    assert not sn.check_forward(lambda X, params: 3)
    assert not sn.check_backward(lambda X, y, params, cache: {"E": y - cache["output"]})
    assert capsys.readouterr().out.splitlines() == [
        "check_forward: your function stopped with an error on problem 1: "
        "NotImplementedError: your code here",
        "check_forward: your function returned int, not a named set of forward's pieces",
        "check_backward: step 6, slope_output: your function returned no slope_output; it must "
        "return all of E, slope_output, slope_hidden, d_output, error_hidden, d_hidden, dwout, "
        "dbout, dwh, dbh",
    ]
