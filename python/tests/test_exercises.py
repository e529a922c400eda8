"""The exercise checkers: the package's own functions pass, and each classic
mistake fails at its step with its hint. The broken versions below are
written as a learner would, not derived from the checker's own candidates."""

from __future__ import annotations

import numpy as np
import pytest

import scratchnet as sn
from scratchnet.network import sigmoid, sigmoid_slope


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


def test_the_packages_own_functions_pass_every_checker(capsys):
    assert sn.check_forward(sn.forward) and sn.check_backward(sn.backward)
    assert sn.check_update(sn.update_params) and sn.check_train(sn.train)
    assert capsys.readouterr().out.splitlines() == [
        f"{name}: pass: every intermediate matches on 2 problems"
        for name in ("check_forward", "check_backward", "check_update", "check_train")
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
        "check_backward: step 6, slope_output: your function returned no slope_output",
    ]
