"""One neuron, its losses and one gradient step: tutorials 000 and 002.

The smallest pieces a lesson needs beyond the core network, each beside its
derivative where it has one. Mirrors ``r/R/neuron.R``. Simple and readable,
not optimised.
"""

from __future__ import annotations

import numpy as np

from scratchnet.checks import (
    check_matrix,
    check_number,
    check_positive,
    check_rows,
    check_targets,
    check_vectors,
    check_whole,
    say,
)
from scratchnet.errors import ScratchnetError
from scratchnet.network import sigmoid, sigmoid_slope


def neuron_output(x: np.ndarray, w: np.ndarray, b: float) -> float:
    """A sigmoid neuron: sigmoid(w . x + b), for inputs and weights of shape (d,)."""
    x, w = check_vectors(x, "x", w, "w")
    return float(sigmoid(np.dot(w, x) + check_number(b, "b")))


def mse_loss(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    """The mean squared error, mean of (y_true - y_pred)^2 (tutorials 001, 002).

    Twice the core's ``loss``, which halves it so its derivative has no 2.
    ``y_true`` and ``y_pred`` have the same shape, any.
    """
    return _mse_loss(*check_vectors(y_true, "y_true", y_pred, "y_pred"))


def _mse_loss(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    return float(np.mean((y_true - y_pred) ** 2))


def mse_slope(y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    """The derivative of ``mse_loss`` by y_pred: 2 (y_pred - y_true) / size, same shape."""
    shape = np.shape(y_pred)
    return _mse_slope(*check_vectors(y_true, "y_true", y_pred, "y_pred")).reshape(shape)


def _mse_slope(y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    return 2.0 * (y_pred - y_true) / y_true.size


def binary_cross_entropy(t: float, p: float) -> float:
    """-(t log p + (1 - t) log(1 - p)), the loss of tutorial 000, for a label t and a probability p.

    inf where the prediction is certain and wrong (p = 1, t = 0). Terms whose
    factor is 0 count as 0, so 0 * log(0) does not make a NaN.
    """
    t, p = check_number(t, "t"), check_number(p, "p")
    with np.errstate(divide="ignore"):
        positive = t * np.log(p) if t != 0 else 0.0
        negative = (1 - t) * np.log(1 - p) if t != 1 else 0.0
    return float(-(positive + negative))


def gradient_descent_step(value: float, gradient: float, alpha: float) -> float:
    """One step downhill: value - alpha * gradient, for one weight or bias."""
    value, gradient = check_number(value, "value"), check_number(gradient, "gradient")
    return value - check_positive(alpha, "alpha") * gradient


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
    X = check_matrix(X, "X")
    y = check_matrix(y, "y", column=True)
    check_rows(X, "X", y, "y")
    check_targets(y)
    weights = check_matrix(weights, "weights", column=True)
    if weights.shape[0] != X.shape[1]:
        raise ScratchnetError(
            say("weights_rows", name="weights", rows=weights.shape[0], columns=X.shape[1])
        )
    epochs = check_whole(epochs, "epochs", 1)
    mean_abs_error = np.empty(epochs)
    for epoch in range(epochs):
        output = sigmoid(X @ weights)
        error = y - output
        mean_abs_error[epoch] = np.mean(np.abs(error))
        weights = weights + X.T @ (error * sigmoid_slope(output))
    return {"weights": weights, "mean_abs_error": mean_abs_error, "last_output": output}
