"""Rosenblatt's perceptron: a weighted sum, a step, a bias (tutorial 001).

And its learning rule, which finds a separating line when there is one (AND,
OR) and never settles when there is none (XOR): the limit that hidden layers
remove. Mirrors ``r/R/perceptron.R``.
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
)


def weighted_sum(x: np.ndarray, w: np.ndarray, b: float = 0.0) -> float:
    """The weighted sum w . x + b, for inputs and weights of shape (d,)."""
    x, w = check_vectors(x, "x", w, "w")
    return float(np.dot(x, w) + check_number(b, "b"))


def step_function(z: float) -> int:
    """1 if z >= 0, else 0 (tutorial 001's threshold at 0)."""
    return 1 if check_number(z, "z") >= 0 else 0


def perceptron_output(x: np.ndarray, w: np.ndarray, b: float) -> int:
    """step(w . x + b): 0 or 1."""
    return step_function(weighted_sum(x, w, b))


def train_perceptron(X: np.ndarray, y: np.ndarray, lr: float, epochs: int) -> dict[str, object]:
    """The perceptron learning rule, from zero weights, one sample at a time.

    For each sample in order: error = target - output; w += lr * error * x;
    b += lr * error. Stops early after an epoch without a mistake. ``y`` holds
    0 or 1, shape (n,). Returns ``w`` (d,), ``b``, ``mistakes`` (one count
    per epoch run) and ``converged``.
    """
    X = check_matrix(X, "X")
    targets = check_matrix(y, "y", column=True)
    check_rows(X, "X", targets, "y")
    check_targets(targets)
    y, lr, epochs = targets[:, 0], check_positive(lr, "lr"), check_whole(epochs, "epochs", 1)
    w = np.zeros(X.shape[1])
    b = 0.0
    mistakes = []
    for _ in range(epochs):
        count = 0
        for x, target in zip(X, y, strict=True):
            error = target - perceptron_output(x, w, b)
            w = w + lr * error * x
            b = b + lr * error
            count += int(error != 0)
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w, "b": float(b), "mistakes": mistakes, "converged": mistakes[-1] == 0}
