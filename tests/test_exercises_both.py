"""The exercise checkers print the same verdict in both languages for the same function.

Each function is written once in Python and once in R, as a learner of that
language would write it (numpy's 1-D sums, R's plain vectors); both checkers
must print the same line, and that line must carry the verdict expected: a
pass, or the mistake's hint. Mistakes that exist in one language only (R's
recycled bias, numpy's broadcasting error) are in that language's own tests.
"""

from __future__ import annotations

import numpy as np
import pytest

import scratchnet as sn
from harness import RSession
from scratchnet.checks import checks_table

HINTS = checks_table()["exercises"]["hints"]
PASS = ": pass: every intermediate matches on 2 problems"


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
        HINTS["flipped_sign"],
    ),
    "output slope from the pre-activation": (
        "check_backward",
        lambda X, y, params, cache: {
            **sn.backward(X, y, params, cache),
            "slope_output": sn.sigmoid_slope(cache["output_layer_input"]),
        },
        "function(X, y, params, cache) { g <- backward(X, y, params, cache); "
        "g$slope_output <- sigmoid_slope(cache$output_layer_input); g }",
        HINTS["slope_of_input"],
    ),
    "output without its sigmoid": (
        "check_forward",
        lambda X, params: {
            **sn.forward(X, params),
            "output_layer_input": sn.forward(X, params)["output"],
        },
        "function(X, params) { r <- forward(X, params); r$output_layer_input <- r$output; r }",
        "step 4, output_layer_input, entry (1, 1)",
    ),
    "subtracted": (
        "check_update",
        lambda params, grads, lr: {k: params[k] - grads[f"d{k}"] * lr for k in params},
        "function(params, grads, lr) lapply(setNames(names(params), names(params)), "
        "function(k) params[[k]] - grads[[paste0('d', k)]] * lr)",
        HINTS["subtracted"],
    ),
    "constant loss": (
        "check_train",
        lambda X, y, params, lr, epochs: {"params": params, "loss": [0.5] * epochs},
        "function(X, y, params, lr, epochs) list(params = params, loss = rep(0.5, epochs))",
        "step 5, loss, entry (1, 1)",
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
        HINTS["bias_over_units"],
    ),
    "bias change over units, a column": (
        "check_backward",
        _backward_with_bias_changes(lambda d_hidden: d_hidden.sum(axis=1, keepdims=True)),
        R_BACKWARD_WITH_BIAS_CHANGES.format(dbh="matrix(rowSums(g$d_hidden), ncol = 1)"),
        HINTS["bias_over_units"],
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
        "it must return all of E, slope_output",
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
        HINTS["mean_square"],
    ),
    "update_params' result dropped": (
        "check_train",
        _train_with(sn.loss, keep_update=False),
        R_TRAIN_WITH.format(loss="loss(y, cache$output)", update=R_DROP),
        HINTS["never_updated"],
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_both_languages_print_the_same_verdict_for_the_same_function(case, r: RSession, capsys):
    checker, python_fn, r_code, expected = CASES[case]
    assert getattr(sn, checker)(python_fn) is (expected == PASS)
    python = capsys.readouterr().out.splitlines()
    in_r = r.eval(
        f"local({{ library(scratchnet); f <- {r_code}; "
        f"utils::capture.output(scratchnet::{checker}(f)) }})"
    )
    assert python == list(in_r)
    assert len(python) == 1 and expected in python[0], python
