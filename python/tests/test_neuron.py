"""The building blocks of tutorials 002 and 000: the neuron, MSE, cross-entropy."""

from __future__ import annotations

import numpy as np

from scratchnet.neuron import binary_cross_entropy, mse_loss, mse_slope


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
