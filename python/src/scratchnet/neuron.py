"""One neuron, its losses and one gradient step: tutorials 000 and 002.

The smallest pieces a lesson needs beyond the core network, each beside its
derivative where it has one. Mirrors ``r/R/neuron.R``. Simple and readable,
not optimised.
"""

from __future__ import annotations

import numpy as np

from scratchnet.network import sigmoid, sigmoid_slope


def neuron_output(x: np.ndarray, w: np.ndarray, b: float) -> float:
    """A sigmoid neuron: sigmoid(w . x + b), for inputs and weights of shape (d,)."""
    return float(sigmoid(np.dot(w, x) + b))


def mse_loss(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    """The mean squared error, mean of (y_true - y_pred)^2 (tutorials 001, 002).

    Twice the core's ``loss``, which halves it so its derivative has no 2.
    ``y_true`` and ``y_pred`` have the same shape, any.
    """
    return float(np.mean((y_true - y_pred) ** 2))


def mse_slope(y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    """The derivative of ``mse_loss`` by y_pred: 2 (y_pred - y_true) / size, same shape."""
    return 2.0 * (y_pred - y_true) / y_true.size


def binary_cross_entropy(t: float, p: float) -> float:
    """-(t log p + (1 - t) log(1 - p)), the loss of tutorial 000, for a label t and a probability p.

    inf where the prediction is certain and wrong (p = 1, t = 0). Terms whose
    factor is 0 count as 0, so 0 * log(0) does not make a NaN.
    """
    with np.errstate(divide="ignore"):
        positive = t * np.log(p) if t != 0 else 0.0
        negative = (1 - t) * np.log(1 - p) if t != 1 else 0.0
    return float(-(positive + negative))


def gradient_descent_step(value: float, gradient: float, alpha: float) -> float:
    """One step downhill: value - alpha * gradient, for one weight or bias."""
    return value - alpha * gradient


def train_single_layer(
    X: np.ndarray, y: np.ndarray, weights: np.ndarray, epochs: int
) -> dict[str, np.ndarray]:
    """Tutorial 000's network: no hidden layer, no bias, learning rate 1.

    Each epoch: output = sigmoid(X . weights), error = y - output,
    weights += X^T . (error * slope(output)). Note what tutorial 000's code
    calls ``sigmoid_derivative(x)`` takes the sigmoid's *output*; here that is
    ``sigmoid_slope(activation)``. Returns ``weights`` (d, 1) trained,
    ``mean_abs_error`` (epochs,) of each epoch's forward pass, and
    ``last_output`` (n, 1), the last epoch's output before its update: what
    the tutorial prints as "Output after training".
    """
    mean_abs_error = np.empty(epochs)
    for epoch in range(epochs):
        output = sigmoid(X @ weights)
        error = y - output
        mean_abs_error[epoch] = np.mean(np.abs(error))
        weights = weights + X.T @ (error * sigmoid_slope(output))
    return {"weights": weights, "mean_abs_error": mean_abs_error, "last_output": output}
