"""The network's pieces, checked against hand-derived values and finite differences."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from small_problem import D, H, K, N, minus_gradient

import scratchnet as sn
from scratchnet.errors import ScratchnetError
from scratchnet.rng import runif_from_seed


def test_sigmoid_of_zero_is_one_half_and_its_slope_there_one_quarter():
    assert sn.sigmoid(np.array(0.0)) == 0.5
    assert sn.sigmoid_slope(sn.sigmoid(np.array(0.0))) == 0.25


def test_sigmoid_at_plus_and_minus_1000_is_finite_without_a_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        values = sn.sigmoid(np.array([-1000.0, 1000.0]))
    assert np.array_equal(values, [0.0, 1.0])


def test_sigmoid_slope_is_the_derivative_of_sigmoid_by_central_differences():
    z, step = np.linspace(-4, 4, 9), 1e-6
    numeric = (sn.sigmoid(z + step) - sn.sigmoid(z - step)) / (2 * step)
    assert np.allclose(sn.sigmoid_slope(sn.sigmoid(z)), numeric, rtol=1e-8, atol=1e-10)


def test_loss_is_half_the_mean_squared_error_by_hand():
    # ((1 - 0.5)^2 + (0 - 0.5)^2 + (1 - 1)^2 + (0 - 0.25)^2) / 4 / 2 = 0.5625 / 8
    y = np.array([[1.0, 0.0], [1.0, 0.0]])
    output = np.array([[0.5, 0.5], [1.0, 0.25]])
    assert sn.loss(y, output) == 0.5625 / 8


def test_init_params_fills_each_matrix_column_by_column_from_one_stream():
    draws = runif_from_seed(2 * 3 + 3 + 3 * 1 + 1, 5)
    params = sn.init_params(2, 3, 1, seed=5)
    assert np.array_equal(params["wh"], draws[:6].reshape(3, 2).T)  # column-major
    assert np.array_equal(params["bh"], draws[6:9].reshape(1, 3))
    assert np.array_equal(params["wout"], draws[9:12].reshape(3, 1))
    assert np.array_equal(params["bout"], draws[12:13].reshape(1, 1))
    assert {name: p.shape for name, p in params.items()} == {
        "wh": (2, 3),
        "bh": (1, 3),
        "wout": (3, 1),
        "bout": (1, 1),
    }


def test_forward_and_backward_give_every_intermediate_its_documented_shape(problem):
    X, y, params = problem
    cache = sn.forward(X, params)
    grads = sn.backward(X, y, params, cache)
    shapes = {name: value.shape for name, value in {**cache, **grads}.items()}
    assert shapes == {
        "hidden_layer_input": (N, H),
        "hidden_activations": (N, H),
        "output_layer_input": (N, K),
        "output": (N, K),
        "E": (N, K),
        "slope_output": (N, K),
        "slope_hidden": (N, H),
        "d_output": (N, K),
        "error_hidden": (N, H),
        "d_hidden": (N, H),
        "dwout": (H, K),
        "dbout": (1, K),
        "dwh": (D, H),
        "dbh": (1, H),
    }


@pytest.mark.parametrize("name", sn.PARAM_NAMES)
def test_backward_changes_are_minus_the_gradient_of_the_summed_squared_error(problem, name):
    """Central finite differences of n * k * loss, entry by entry."""
    X, y, params = problem
    grads = sn.backward(X, y, params, sn.forward(X, params))
    numeric = minus_gradient(X, y, params, name)
    assert np.allclose(grads["d" + name], numeric, rtol=1e-6, atol=1e-9), (
        f"d{name}: backward {grads['d' + name].ravel()} / finite differences {numeric.ravel()}"
    )


def test_update_params_moves_by_lr_times_the_change_and_leaves_its_input_alone(problem):
    X, y, params = problem
    grads = sn.backward(X, y, params, sn.forward(X, params))
    before = {k: v.copy() for k, v in params.items()}
    new = sn.update_params(params, grads, 0.5)
    for name in params:
        assert np.array_equal(params[name], before[name])
        assert np.array_equal(new[name], before[name] + grads["d" + name] * 0.5)


def test_update_params_takes_a_bias_change_as_the_1d_sum_a_learner_writes(problem):
    X, y, params = problem
    grads = sn.backward(X, y, params, sn.forward(X, params))
    summed = {**grads, "dbh": grads["d_hidden"].sum(axis=0), "dbout": grads["d_output"].sum(axis=0)}
    new, expected = sn.update_params(params, summed, 0.5), sn.update_params(params, grads, 0.5)
    assert all(np.array_equal(new[name], expected[name]) for name in params)
    with pytest.raises(ScratchnetError, match="grads dbh is 1 x 3 but"):
        sn.update_params(params, {**grads, "dbh": grads["d_hidden"].sum(axis=0)[:3]}, 0.5)


def test_train_records_one_loss_per_epoch_before_each_update(problem):
    X, y, params = problem
    result = sn.train(X, y, params, lr=0.1, epochs=3)
    assert result["loss"].shape == (3,)
    assert result["loss"][0] == sn.loss(y, sn.predict_output(X, params))
    assert np.all(np.diff(result["loss"]) < 0)  # small lr: each step goes downhill


def test_train_with_zero_epochs_returns_the_start_weights(problem):
    X, y, params = problem
    result = sn.train(X, y, params, lr=0.1, epochs=0)
    assert result["loss"].shape == (0,)
    assert all(np.array_equal(result["params"][k], params[k]) for k in params)


def test_train_refuses_an_infinite_start_weight_before_the_first_epoch(problem):
    # An infinite weight times a zero input (0 * inf) would make the loss NaN
    # at epoch 0; the check at the door names the weight instead.
    X, y, params = problem
    params["wh"][0, 0] = np.inf
    with pytest.raises(ScratchnetError, match=r"^params wh row 1, column 1 is Inf: weights must"):
        sn.train(X, y, params, lr=0.1, epochs=5)


def test_the_tutorials_toy_run_learns_what_tutorial_003_prints(data_dir):
    """Tutorial 003 prints [[0.98032096] [0.96845624] [0.04532167]] after 5000 epochs.

    Its start weights were random and unseeded, so only closeness can be asked:
    every output within 0.01 of the tutorial's, and within 0.1 of its target.
    """
    data = sn.load_dataset("toy", data_dir)
    params = sn.init_params(4, 3, 1, seed=42)
    result = sn.train(data["X"], data["y"], params, lr=0.1, epochs=5000)
    output = sn.predict_output(data["X"], result["params"])
    assert np.allclose(output.ravel(), [0.98032096, 0.96845624, 0.04532167], atol=0.01)
    assert np.max(np.abs(output - data["y"])) < 0.1
