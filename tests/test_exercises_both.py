"""The exercise checkers give the same verdict in both languages for the same function.

Each function is written once in Python and once in R, as a learner of that
language would write it (numpy's 1-D sums, R's plain vectors); both verdicts
must agree field by field (pass or fail, problem, step, piece, mistake, the two
values), each line in its own language's words, the entry it names counted from
0 in Python and from 1 in R. Mistakes that exist in one language only (R's
recycled bias, numpy's broadcasting error, a Python dict changed in place) are
in that language's own tests and corpus.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

import scratchnet as sn
from harness import RSession

PASS = "pass"
FIELDS = ("passed", "checker", "problem", "step", "name", "mistake")


def _backward_with_bias_changes(dbh):
    """The package's backward with the bias changes as a learner sums them (1-D, or ``dbh``)."""

    def backward(X, y, params, cache):
        grads = sn.backward(X, y, params, cache)
        return {**grads, "dbout": grads["d_output"].sum(axis=0), "dbh": dbh(grads["d_hidden"])}

    return backward


R_BACKWARD_WITH_BIAS_CHANGES = (
    "function(X, y, params, cache) {{ g <- backward(X, y, params, cache); "
    "g$dbout <- colSums(g$d_output); g$dbh <- {dbh}; g }}"
)


def _train_with(loss_of, keep_update=True):
    def train(X, y, params, lr, epochs):
        losses = []
        for _ in range(epochs):
            cache = sn.forward(X, params)
            losses.append(loss_of(y, cache["output"]))
            new = sn.update_params(params, sn.backward(X, y, params, cache), lr)
            params = new if keep_update else params
        return {"params": params, "loss": losses}

    return train


R_TRAIN_WITH = (
    "function(X, y, params, lr, epochs) {{ losses <- numeric(epochs); "
    "for (epoch in seq_len(epochs)) {{ cache <- forward(X, params); "
    "losses[epoch] <- {loss}; {update} }}; list(params = params, loss = losses) }}"
)
R_KEEP = "params <- update_params(params, backward(X, y, params, cache), lr)"
R_DROP = "update_params(params, backward(X, y, params, cache), lr)"

CASES = {
    "flipped sign": (
        "check_backward",
        lambda X, y, params, cache: {**sn.backward(X, y, params, cache), "E": cache["output"] - y},
        "function(X, y, params, cache) "
        "{ g <- backward(X, y, params, cache); g$E <- cache$output - y; g }",
        "flipped_sign",
    ),
    "output slope from the pre-activation": (
        "check_backward",
        lambda X, y, params, cache: {
            **sn.backward(X, y, params, cache),
            "slope_output": sn.sigmoid_slope(cache["output_layer_input"]),
        },
        "function(X, y, params, cache) { g <- backward(X, y, params, cache); "
        "g$slope_output <- sigmoid_slope(cache$output_layer_input); g }",
        "slope_of_preactivation",
    ),
    "output without its sigmoid": (
        "check_forward",
        lambda X, params: {
            **sn.forward(X, params),
            "output_layer_input": sn.forward(X, params)["output"],
        },
        "function(X, params) { r <- forward(X, params); r$output_layer_input <- r$output; r }",
        "activation_for_preactivation",
    ),
    "subtracted": (
        "check_update",
        lambda params, grads, lr: {k: params[k] - grads[f"d{k}"] * lr for k in params},
        "function(params, grads, lr) lapply(setNames(names(params), names(params)), "
        "function(k) params[[k]] - grads[[paste0('d', k)]] * lr)",
        "subtracted",
    ),
    "constant loss": (
        "check_train",
        lambda X, y, params, lr, epochs: {"params": params, "loss": [0.5] * epochs},
        "function(X, y, params, lr, epochs) list(params = params, loss = rep(0.5, epochs))",
        None,
    ),
    "bias changes as vectors": (
        "check_backward",
        _backward_with_bias_changes(lambda d_hidden: d_hidden.sum(axis=0)),
        R_BACKWARD_WITH_BIAS_CHANGES.format(dbh="colSums(g$d_hidden)"),
        PASS,
    ),
    "bias change over units, a vector": (
        "check_backward",
        _backward_with_bias_changes(lambda d_hidden: d_hidden.sum(axis=1)),
        R_BACKWARD_WITH_BIAS_CHANGES.format(dbh="rowSums(g$d_hidden)"),
        "bias_over_units",
    ),
    "bias change over units, a column": (
        "check_backward",
        _backward_with_bias_changes(lambda d_hidden: d_hidden.sum(axis=1, keepdims=True)),
        R_BACKWARD_WITH_BIAS_CHANGES.format(dbh="matrix(rowSums(g$d_hidden), ncol = 1)"),
        "bias_over_units",
    ),
    "only the changes returned": (
        "check_backward",
        lambda X, y, params, cache: {
            k: v
            for k, v in sn.backward(X, y, params, cache).items()
            if k in ("dwh", "dbh", "dwout", "dbout")
        },
        "function(X, y, params, cache) backward(X, y, params, cache)[c('dwh', 'dbh', 'dwout', "
        "'dbout')]",
        "name_missing",
    ),
    "loss as a vector": (
        "check_train",
        _train_with(lambda y, output: np.mean((y - output) ** 2) / 2),
        R_TRAIN_WITH.format(loss="mean((y - cache$output)^2) / 2", update=R_KEEP),
        PASS,
    ),
    "mean square without its half": (
        "check_train",
        _train_with(lambda y, output: np.mean((y - output) ** 2)),
        R_TRAIN_WITH.format(loss="mean((y - cache$output)^2)", update=R_KEEP),
        "loss_without_half",
    ),
    "update_params' result dropped": (
        "check_train",
        _train_with(sn.loss, keep_update=False),
        R_TRAIN_WITH.format(loss="loss(y, cache$output)", update=R_DROP),
        "never_updated",
    ),
}


def _scalar(value: object) -> object:
    """One value of what the harness converted back (a length-1 vector, an array)."""
    array = np.asarray(value)
    item = array.reshape(-1)[0].item() if array.size == 1 else value
    return int(item) if isinstance(item, float) and item.is_integer() and item < 100 else item


def _fields(verdict: dict) -> dict:
    return {key: verdict.get(key) for key in FIELDS}


@pytest.mark.parametrize("case", CASES)
def test_both_languages_give_the_same_verdict_for_the_same_function(case, r: RSession, capsys):
    checker, python_fn, r_code, expected = CASES[case]
    python = getattr(sn, checker)(python_fn).fields()
    capsys.readouterr()
    in_r = r.eval(
        f"local({{ library(scratchnet); f <- {r_code}; "
        f"utils::capture.output(v <- scratchnet::{checker}(f)); as.list(v) }})"
    )
    r_verdict = {**dict.fromkeys(python), **{key: _scalar(v) for key, v in in_r.items()}}
    assert _fields(python) == _fields(r_verdict)
    assert python["passed"] is (expected == PASS)
    assert python["mistake"] == (None if expected == PASS else expected)
    if python["got"] is not None:
        assert np.isclose(python["got"], r_verdict["got"]) and np.isclose(
            python["expected"], r_verdict["expected"]
        )
        from_zero = [int(i) for i in re.findall(r"\d+", python["index"])]
        from_one = [int(i) for i in re.findall(r"\d+", r_verdict["index"])]
        assert [i + 1 for i in from_zero] == from_one
