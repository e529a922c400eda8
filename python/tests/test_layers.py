"""Module-style layers (tutorial 001): each backward checked against finite differences."""

from __future__ import annotations

import numpy as np
import pytest

import scratchnet as sn
from scratchnet.layers import (
    Linear,
    make_mlp,
    mlp_backward,
    mlp_forward,
    mlp_params,
    train_per_sample,
)
from scratchnet.neuron import mse_loss, mse_slope


def test_relu_and_its_slope_by_hand():
    x = np.array([-2.0, 0.0, 3.0])
    assert np.array_equal(sn.relu(x), [0.0, 0.0, 3.0])
    assert np.array_equal(sn.relu_slope(x), [0.0, 1.0, 1.0])


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


def test_the_layers_check_their_arguments_at_the_door():
    layers = make_mlp([2, 3, 1], seed=9)
    with pytest.raises(
        sn.ScratchnetError, match=r"^X has 3 columns but the first layer takes 2 inputs$"
    ):
        train_per_sample(layers, np.zeros((4, 3)), np.zeros((4, 1)), 0.1, 2)
    with pytest.raises(sn.ScratchnetError, match=r"^sizes must be at least two whole numbers"):
        make_mlp([2], seed=9)
    with pytest.raises(
        sn.ScratchnetError, match=r"^Linear bias is 2 x 1 but weights have 3 outputs"
    ):
        Linear(np.zeros((2, 3)), np.zeros((2, 1)))
    with pytest.raises(sn.ScratchnetError, match=r"^layers must be the list of layers make_mlp"):
        mlp_forward("layers", np.zeros((1, 2)))
