"""The exercise checkers print the same verdict in both languages for the same mistake.

Each broken function is written once in Python and once in R, as a learner
of that language would write it; both checkers must print the same line.
"""

from __future__ import annotations

import pytest

import scratchnet as sn
from harness import RSession

MISTAKES = {
    "check_forward": (
        lambda X, params: {
            **sn.forward(X, params),
            "output_layer_input": sn.forward(X, params)["output"],
        },
        "function(X, params) { r <- forward(X, params); r$output_layer_input <- r$output; r }",
    ),
    "check_backward": (
        lambda X, y, params, cache: {**sn.backward(X, y, params, cache), "E": cache["output"] - y},
        "function(X, y, params, cache) "
        "{ g <- backward(X, y, params, cache); g$E <- cache$output - y; g }",
    ),
    "check_update": (
        lambda params, grads, lr: {k: params[k] - grads[f"d{k}"] * lr for k in params},
        "function(params, grads, lr) lapply(setNames(names(params), names(params)), "
        "function(k) params[[k]] - grads[[paste0('d', k)]] * lr)",
    ),
    "check_train": (
        lambda X, y, params, lr, epochs: {"params": params, "loss": [0.5] * epochs},
        "function(X, y, params, lr, epochs) list(params = params, loss = rep(0.5, epochs))",
    ),
}


@pytest.mark.parametrize("checker", MISTAKES)
def test_both_languages_print_the_same_verdict_for_the_same_mistake(checker, r: RSession, capsys):
    python_fn, r_code = MISTAKES[checker]
    assert getattr(sn, checker)(python_fn) is False
    python = capsys.readouterr().out.splitlines()
    in_r = r.eval(
        f"local({{ library(scratchnet); f <- {r_code}; "
        f"utils::capture.output(scratchnet::{checker}(f)) }})"
    )
    assert python == list(in_r)
