"""Two variations on the core's full-batch ``train``, for the lessons to compare.

``train_sgd`` updates after every sample (stochastic gradient descent,
tutorials 002 and 003); ``train_without_biases`` is tutorial 003's notebook
version, whose biases stay at zero. Both are the core's forward, backward and
update_params in a different loop; shapes as in ``network.py``. Mirrors
``r/R/variants.R``.
"""

from __future__ import annotations

import numpy as np

from scratchnet.network import Params, backward, forward, loss, update_params


def train_sgd(X: np.ndarray, y: np.ndarray, params: Params, lr: float, epochs: int) -> dict:
    """Stochastic gradient descent: one update per sample, samples in order.

    Shapes as in ``network.py``; ``epochs`` passes over the data, n updates
    each. Returns ``params`` trained and ``loss`` (epochs,): the core's
    ``loss`` on all the data at the start of each epoch, comparable with
    ``train``'s.
    """
    loss_history = np.empty(epochs)
    for epoch in range(epochs):
        loss_history[epoch] = loss(y, forward(X, params)["output"])
        for row in range(X.shape[0]):
            x, target = X[row : row + 1], y[row : row + 1]
            params = update_params(params, backward(x, target, params, forward(x, params)), lr)
    return {"params": params, "loss": loss_history}


def train_without_biases(
    X: np.ndarray, y: np.ndarray, params: Params, lr: float, epochs: int
) -> dict:
    """Full-batch training with the biases held at zero (tutorial 003's notebook).

    Takes and returns what ``train`` does; ``bh`` and ``bout`` are set to
    zero and stay there.
    """
    params = {**params, "bh": np.zeros_like(params["bh"]), "bout": np.zeros_like(params["bout"])}
    loss_history = np.empty(epochs)
    for epoch in range(epochs):
        cache = forward(X, params)
        loss_history[epoch] = loss(y, cache["output"])
        grads = backward(X, y, params, cache)
        grads = {**grads, "dbh": grads["dbh"] * 0.0, "dbout": grads["dbout"] * 0.0}
        params = update_params(params, grads, lr)
    return {"params": params, "loss": loss_history}
