"""The small problem the unit tests of network.py and fast.py share, and its exact gradient.

Every dimension differs (n = 5, d = 3, h = 4, k = 2), so a transposed shape
fails. ``minus_gradient`` is the independent reference for any code that
claims to compute steps 5-11: central finite differences of the loss.
"""

from __future__ import annotations

import numpy as np

import scratchnet as sn
from scratchnet.rng import runif_from_seed

N, D, H, K = 5, 3, 4, 2


def make_problem() -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    """X (N, D) and y (N, K) from seed 11, start weights from seed 3."""
    values = runif_from_seed(N * D + N * K, 11)
    X = values[: N * D].reshape(N, D)
    y = values[N * D :].reshape(N, K)
    return X, y, sn.init_params(D, H, K, seed=3)


def minus_gradient(
    X: np.ndarray, y: np.ndarray, params: dict[str, np.ndarray], name: str, step: float = 1e-6
) -> np.ndarray:
    """Minus d(sum of squared errors / 2) / d params[name], by central differences.

    The sum is n * k times ``loss`` (a mean); backward's changes are sums.
    """
    n, k = y.shape
    numeric = np.zeros_like(params[name])
    for index in np.ndindex(params[name].shape):
        plus = {key: value.copy() for key, value in params.items()}
        minus = {key: value.copy() for key, value in params.items()}
        plus[name][index] += step
        minus[name][index] -= step
        numeric[index] = (
            -n * k
            * (sn.loss(y, sn.predict_output(X, plus)) - sn.loss(y, sn.predict_output(X, minus)))
            / (2 * step)
        )  # fmt: skip
    return numeric
