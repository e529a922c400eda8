"""The pieces the lessons add: neuron, perceptron, layers, variants, trace."""

from __future__ import annotations

import numpy as np
import pytest

import scratchnet as sn
from scratchnet.datasets import min_max_scale
from scratchnet.layers import (
    Linear,
    make_mlp,
    mlp_backward,
    mlp_forward,
    mlp_params,
    relu,
    relu_slope,
)
from scratchnet.neuron import binary_cross_entropy, mse_loss, mse_slope
from scratchnet.perceptron import step_function
from scratchnet.trace import trace_epoch, trace_lines
from scratchnet.variants import train_without_biases


def test_mse_slope_is_the_derivative_of_mse_by_central_differences():
    y_true, y_pred, step = np.array([[1.0, 0.0]]), np.array([[0.3, 0.8]]), 1e-6
    numeric = np.zeros_like(y_pred)
    for index in np.ndindex(y_pred.shape):
        plus, minus = y_pred.copy(), y_pred.copy()
        plus[index] += step
        minus[index] -= step
        numeric[index] = (mse_loss(y_true, plus) - mse_loss(y_true, minus)) / (2 * step)
    assert np.allclose(mse_slope(y_true, y_pred), numeric, rtol=1e-8)


def test_binary_cross_entropy_of_a_right_certain_guess_is_zero_not_nan():
    assert binary_cross_entropy(1.0, 1.0) == 0.0 and binary_cross_entropy(0.0, 0.0) == 0.0


def test_step_function_fires_at_zero_as_tutorial_001_defines_it():
    assert (step_function(0.0), step_function(-1e-300)) == (1, 0)


def test_relu_and_its_slope_by_hand():
    x = np.array([-2.0, 0.0, 3.0])
    assert np.array_equal(relu(x), [0.0, 0.0, 3.0])
    assert np.array_equal(relu_slope(x), [0.0, 1.0, 1.0])


def test_make_mlp_draws_uniform_minus_half_to_half_from_one_shared_stream():
    params = mlp_params(make_mlp([2, 3, 1], seed=9))
    draws = sn.runif_from_seed(2 * 3 + 3 + 3 * 1 + 1, 9) - 0.5
    assert np.array_equal(params[0]["weights"], draws[:6].reshape((2, 3), order="F"))
    assert np.array_equal(params[0]["bias"], draws[6:9].reshape(1, 3))
    assert np.array_equal(params[1]["weights"], draws[9:12].reshape(3, 1))
    assert np.array_equal(params[1]["bias"], draws[12:13].reshape(1, 1))


def test_mlp_backward_moves_each_weight_by_lr_times_the_mse_gradient():
    """The change a backward pass makes, over lr, equals finite differences."""
    x, target, lr, step = np.array([[0.3, 0.9]]), np.array([[1.0, 0.0]]), 1.0, 1e-6
    layers = make_mlp([2, 4, 2], seed=3)
    before = [{k: v.copy() for k, v in p.items()} for p in mlp_params(layers)]

    def loss_with(index, name, position, delta):
        trial = make_mlp([2, 4, 2], seed=3)
        linear = [layer for layer in trial if isinstance(layer, Linear)][index]
        value = getattr(linear, name).copy()
        value[position] += delta
        setattr(linear, name, value)
        return mse_loss(target, mlp_forward(trial, x))

    output = mlp_forward(layers, x)
    mlp_backward(layers, mse_slope(target, output), lr)
    after = mlp_params(layers)
    for index in range(2):
        for name in ("weights", "bias"):
            for position in np.ndindex(before[index][name].shape):
                numeric = (
                    loss_with(index, name, position, step) - loss_with(index, name, position, -step)
                ) / (2 * step)
                change = (before[index][name][position] - after[index][name][position]) / lr
                assert change == pytest.approx(numeric, rel=1e-5, abs=1e-9), (index, name, position)


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


def test_trace_lines_show_name_shape_and_rounded_rows():
    X, y = np.array([[1.0, 0.0]]), np.array([[1.0]])
    lines = trace_lines(trace_epoch(X, y, sn.init_params(2, 1, 1, seed=1), 0.1))
    assert lines[:4] == [
        "step  0  X (1, 2)",
        "     1.0000  0.0000",
        "step  0  y (1, 1)",
        "     1.0000",
    ]


def test_min_max_scale_maps_each_column_onto_0_1():
    X = np.array([[1.0, -5.0], [3.0, 5.0], [2.0, 0.0]])
    assert np.array_equal(min_max_scale(X), [[0.0, 0.0], [1.0, 1.0], [0.5, 0.5]])
