"""The variants: stochastic updates and a network without biases."""

from __future__ import annotations

import numpy as np

import scratchnet as sn
from scratchnet.variants import train_without_biases


def test_train_without_biases_matches_train_when_bias_steps_are_zeroed_by_hand():
    X, y = np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([[1.0], [0.0]])
    start = sn.init_params(2, 2, 1, seed=4)
    result = train_without_biases(X, y, start, 0.5, 3)
    params = {**start, "bh": np.zeros((1, 2)), "bout": np.zeros((1, 1))}
    for _ in range(3):
        grads = sn.backward(X, y, params, sn.forward(X, params))
        params = {
            "wh": params["wh"] + grads["dwh"] * 0.5,
            "bh": params["bh"],
            "wout": params["wout"] + grads["dwout"] * 0.5,
            "bout": params["bout"],
        }
    assert all(np.array_equal(result["params"][k], params[k]) for k in params)
