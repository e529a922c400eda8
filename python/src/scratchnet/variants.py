"""Two variations on the core's full-batch ``train``, for the lessons to compare.

``train_sgd`` updates after every sample (stochastic gradient descent,
tutorials 002 and 003); ``train_without_biases`` is tutorial 003's notebook
version, whose biases stay at zero. Both are the core's forward, backward and
update_params in a different loop; shapes as in ``network.py``. Mirrors
``r/R/variants.R``.
"""

from __future__ import annotations

import warnings

import numpy as np

from scratchnet.checks import check_training, check_whole
from scratchnet.errors import ScratchnetWarning
from scratchnet.fast import train_fast
from scratchnet.network import Params, _backward, _forward, _loss, _update_params


def train_sgd(X: np.ndarray, y: np.ndarray, params: Params, lr: float, epochs: int) -> dict:
    """Stochastic gradient descent: one update per sample, samples in order.

    Shapes as in ``network.py``; ``epochs`` passes over the data, n updates
    each. Returns ``params`` trained and ``loss`` (epochs,): the core's
    ``loss`` on all the data at the start of each epoch, comparable with
    ``train``'s.
    """
    X, y, params, lr, epochs = check_training(X, y, params, lr, epochs)
    loss_history = np.empty(epochs)
    for epoch in range(epochs):
        loss_history[epoch] = _loss(y, _forward(X, params)["output"])
        for row in range(X.shape[0]):
            x, target = X[row : row + 1], y[row : row + 1]
            params = _update_params(params, _backward(x, target, params, _forward(x, params)), lr)
    return {"params": params, "loss": loss_history}


def train_without_biases(
    X: np.ndarray, y: np.ndarray, params: Params, lr: float, epochs: int
) -> dict:
    """Full-batch training with the biases held at zero (tutorial 003's notebook).

    Takes and returns what ``train`` does; ``bh`` and ``bout`` are set to
    zero and stay there.
    """
    X, y, params, lr, epochs = check_training(X, y, params, lr, epochs)
    params = {**params, "bh": np.zeros_like(params["bh"]), "bout": np.zeros_like(params["bout"])}
    loss_history = np.empty(epochs)
    for epoch in range(epochs):
        cache = _forward(X, params)
        loss_history[epoch] = _loss(y, cache["output"])
        grads = _backward(X, y, params, cache)
        grads = {**grads, "dbh": grads["dbh"] * 0.0, "dbout": grads["dbout"] * 0.0}
        params = _update_params(params, grads, lr)
    return {"params": params, "loss": loss_history}


def train_recording(
    X: np.ndarray, y: np.ndarray, params: Params, lr: float, epochs: int, every: int
) -> dict:
    """``train_fast``, stopping every ``every`` epochs to record the parameters (for pictures).

    Full-batch steps from where the last stopped are the same steps, so the
    run is ``train_fast``'s. Returns ``epochs`` (0, every, 2 every, ...,
    epochs), the ``params`` at each, and the whole ``loss`` history.
    """
    X, y, params, lr, epochs = check_training(X, y, params, lr, epochs)
    every = check_whole(every, "every", 1)
    marks, snapshots, losses = [0], [params], []
    while marks[-1] < epochs:
        run = min(every, epochs - marks[-1])
        with warnings.catch_warnings():  # a stretch of a run is no run to diagnose
            warnings.simplefilter("ignore", ScratchnetWarning)
            trained = train_fast(X, y, snapshots[-1], lr, run)
        marks.append(marks[-1] + run)
        snapshots.append(trained["params"])
        losses.append(trained["loss"])
    return {"epochs": marks, "params": snapshots, "loss": np.concatenate([np.empty(0), *losses])}
