"""A one-hidden-layer sigmoid network trained by full-batch gradient descent.

Tutorial 003's network, step for step (steps 0-11), written to be read beside
its twin ``r/R/network.R``: the same functions, in the same order, with the
same names and the same numbered steps. Simple and readable, not optimised
(``fast.py`` is the fast one).

Shapes, for every function here (rows are samples, as in the tutorial)::

    X     (n, d)   inputs            y     (n, k)   targets in [0, 1]
    wh    (d, h)   input -> hidden   bh    (1, h)   hidden biases
    wout  (h, k)   hidden -> output  bout  (1, k)   output biases

A ``params`` dict holds the four weight matrices under ``PARAM_NAMES``.
Each public function checks its arguments once, at its door (``checks.py``);
the trainers then run their epochs through unchecked twins (``_forward``,
``_backward``, ``_update_params``, ``_loss``), so no check runs per epoch.
Sign convention: as in the tutorial, ``E = y - output`` and every change
``d...`` is *minus* a gradient, so the update *adds* ``lr`` times it.

Where this code departs from the tutorial's, it says so:

* The tutorial's step list multiplies the output delta by the learning rate
  (step 7) and then again in the updates (steps 10-11). Here the learning rate
  is applied once, in the updates, as in the tutorial's Python code.
* The tutorial's R code keeps one bias row per training sample and updates it
  with ``rowSums`` (a sum over hidden units). Here both languages keep one bias
  row and sum the deltas over samples, as the tutorial's Python code does.
"""

from __future__ import annotations

import numpy as np

from scratchnet.checks import (
    check_fits,
    check_keys,
    check_matrix,
    check_numbers,
    check_params,
    check_positive,
    check_rows,
    check_same_shape,
    check_training,
    check_whole,
    diagnose,
    number,
    saturated,
    say,
    warn,
    warning_line,
)
from scratchnet.errors import ScratchnetError, diverged_error
from scratchnet.rng import check_seed, runif_from_seed

Params = dict[str, np.ndarray]
PARAM_NAMES = ("wh", "bh", "wout", "bout")
"""The weights and biases, in the order ``init_params`` draws them."""


def sigmoid(x: np.ndarray) -> np.ndarray:
    """The logistic function 1 / (1 + exp(-x)), elementwise; values in [0, 1]."""
    # For x < -709, exp(-x) overflows to inf and 1 / (1 + inf) is 0.0: the
    # right answer (the true value is below the smallest double). R computes
    # the same silently; numpy would warn, so the warning is switched off here.
    x = check_numbers(x, "x")
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-x))


def sigmoid_slope(activation: np.ndarray) -> np.ndarray:
    """The sigmoid's derivative, computed from its *output* a = sigmoid(z).

    da/dz = a * (1 - a). Pass the activation, not z: ``sigmoid_slope(z)``
    is the classic learner's bug (tutorial 000's ``sigmoid_derivative`` trap).
    """
    activation = check_numbers(activation, "activation")
    return activation * (1.0 - activation)


def loss(y: np.ndarray, output: np.ndarray) -> float:
    """Half the mean squared error over all n * k entries: the number reported each epoch."""
    return _loss(*check_same_shape(y, "y", output, "output"))


def _loss(y: np.ndarray, output: np.ndarray) -> float:
    return float(np.mean((y - output) ** 2) / 2.0)


def output_error(y: np.ndarray, output: np.ndarray) -> np.ndarray:
    """Step 5: E = y - output, minus the derivative of (y - output)^2 / 2 by output."""
    return _output_error(*check_same_shape(y, "y", output, "output"))


def _output_error(y: np.ndarray, output: np.ndarray) -> np.ndarray:
    return y - output


def init_params(n_inputs: int, n_hidden: int, n_outputs: int, seed: int) -> Params:
    """Step 1: start weights and biases, uniform on (0, 1), from a seed.

    One stream of R's ``runif`` numbers (see ``scratchnet.rng``) is drawn in
    the order of ``PARAM_NAMES``, each matrix filled column by column as R's
    ``matrix()`` fills it, so the same seed gives the same numbers in Python
    and R, bit for bit. No global random state is read or changed.
    """
    n_inputs = check_whole(n_inputs, "n_inputs", 1)
    n_hidden = check_whole(n_hidden, "n_hidden", 1)
    n_outputs = check_whole(n_outputs, "n_outputs", 1)
    seed = check_seed(seed)
    shapes = {
        "wh": (n_inputs, n_hidden),
        "bh": (1, n_hidden),
        "wout": (n_hidden, n_outputs),
        "bout": (1, n_outputs),
    }
    draws = runif_from_seed(sum(r * c for r, c in shapes.values()), seed)
    params: Params = {}
    start = 0
    for name, (rows, cols) in shapes.items():
        params[name] = draws[start : start + rows * cols].reshape((rows, cols), order="F")
        start += rows * cols
    return params


def forward(X: np.ndarray, params: Params) -> dict[str, np.ndarray]:
    """Steps 2-4, forward propagation; every intermediate, by name."""
    params = check_params(params)
    X = check_matrix(X, "X", inputs=params["wh"].shape[0])
    check_fits(params, X)
    return _forward(X, params)


def _forward(X: np.ndarray, params: Params) -> dict[str, np.ndarray]:
    # Step 2: hidden layer input = X . wh + bh (bh is added to every row).
    hidden_layer_input = X @ params["wh"] + params["bh"]
    # Step 3: hidden activations = sigmoid(hidden layer input).
    hidden_activations = sigmoid(hidden_layer_input)
    # Step 4: output = sigmoid(hidden activations . wout + bout).
    output_layer_input = hidden_activations @ params["wout"] + params["bout"]
    output = sigmoid(output_layer_input)
    return {
        "hidden_layer_input": hidden_layer_input,  # (n, h)
        "hidden_activations": hidden_activations,  # (n, h)
        "output_layer_input": output_layer_input,  # (n, k)
        "output": output,  # (n, k)
    }


def backward(
    X: np.ndarray, y: np.ndarray, params: Params, cache: dict[str, np.ndarray]
) -> dict[str, np.ndarray]:
    """Steps 5-9, backward propagation, and the changes of steps 10-11.

    ``cache`` is what ``forward(X, params)`` returned. The changes ``dwh``,
    ``dbh``, ``dwout``, ``dbout`` are *minus* the gradient of the summed
    squared error sum((y - output)^2) / 2, which is n * k times the reported
    ``loss``: sums over samples, so a learning rate that suits 3 samples is
    too large for 1000.
    """
    params = check_params(params)
    X = check_matrix(X, "X", inputs=params["wh"].shape[0])
    y = check_matrix(y, "y", column=True)
    check_rows(X, "X", y, "y")
    check_fits(params, X, y)
    check_keys(cache, "cache", ("hidden_activations", "output"), "forward(X, params)")
    for key in ("hidden_activations", "output"):
        check_rows(check_matrix(cache[key], f"cache {key}"), f"cache {key}", X, "X")
    return _backward(X, y, params, cache)


def _backward(
    X: np.ndarray, y: np.ndarray, params: Params, cache: dict[str, np.ndarray]
) -> dict[str, np.ndarray]:
    hidden_activations = cache["hidden_activations"]
    # Step 5: error at the output, E = y - output.
    E = _output_error(y, cache["output"])
    # Step 6: slopes of the output and hidden layers, from their activations.
    slope_output = sigmoid_slope(cache["output"])
    slope_hidden = sigmoid_slope(hidden_activations)
    # Step 7: delta at the output = E * slope (no learning rate here; the
    # tutorial's step list multiplies by it here and again in steps 10-11).
    d_output = E * slope_output
    # Step 8: error at the hidden layer = d_output . wout^T.
    error_hidden = d_output @ params["wout"].T
    # Step 9: delta at the hidden layer = error at hidden * slope.
    d_hidden = error_hidden * slope_hidden
    # Steps 10-11, the changes: hidden^T . d_output, X^T . d_hidden, and the
    # deltas summed over samples (axis 0) for the biases.
    return {
        "E": E,  # (n, k)
        "slope_output": slope_output,  # (n, k)
        "slope_hidden": slope_hidden,  # (n, h)
        "d_output": d_output,  # (n, k)
        "error_hidden": error_hidden,  # (n, h)
        "d_hidden": d_hidden,  # (n, h)
        "dwout": hidden_activations.T @ d_output,  # (h, k)
        "dbout": np.sum(d_output, axis=0, keepdims=True),  # (1, k)
        "dwh": X.T @ d_hidden,  # (d, h)
        "dbh": np.sum(d_hidden, axis=0, keepdims=True),  # (1, h)
    }


def update_params(params: Params, grads: dict[str, np.ndarray], lr: float) -> Params:
    """Steps 10-11: new parameters, each moved by its change times lr (``params`` is kept).

    A bias change may come as the 1-D sum a learner writes, ``d_hidden.sum(axis=0)``:
    it is taken as the row it is.
    """
    params = check_params(params)
    check_keys(grads, "grads", ("dwh", "dbh", "dwout", "dbout"), "backward()")
    changes = {}
    for name in PARAM_NAMES:
        change = grads[f"d{name}"]
        if name in ("bh", "bout") and np.ndim(change) == 1:
            change = np.reshape(change, (1, -1))
        changes[f"d{name}"] = check_matrix(change, f"grads d{name}")
    for name in PARAM_NAMES:
        if changes[f"d{name}"].shape != params[name].shape:
            rows, columns = changes[f"d{name}"].shape
            raise ScratchnetError(
                say("param_shape", name="grads", part=f"d{name}", rows=rows, columns=columns,
                    expected=f"params {name} is {' x '.join(map(str, params[name].shape))}")
            )  # fmt: skip
    return _update_params(params, changes, check_positive(lr, "lr"))


def _update_params(params: Params, grads: dict[str, np.ndarray], lr: float) -> Params:
    return {
        # Step 10: wout += hidden^T . d_output * lr;  wh += X^T . d_hidden * lr
        "wh": params["wh"] + grads["dwh"] * lr,
        # Step 11: bh += colsum(d_hidden) * lr;  bout += colsum(d_output) * lr
        "bh": params["bh"] + grads["dbh"] * lr,
        "wout": params["wout"] + grads["dwout"] * lr,
        "bout": params["bout"] + grads["dbout"] * lr,
    }


def train(
    X: np.ndarray, y: np.ndarray, params: Params, lr: float, epochs: int
) -> dict[str, object]:
    """Full-batch gradient descent: ``epochs`` rounds of forward, backward, update.

    Starts from ``params`` (from ``init_params``, or your own). Returns a
    ``TrainResult``: ``params``, the trained parameters; ``loss``, shape
    (epochs,), the loss of each epoch's forward pass, taken before that
    epoch's update; ``accuracy`` on the training data; and ``warnings``, the
    lines of a run that went wrong (each also raised as a
    ``ScratchnetWarning``). Raises ``ScratchnetError`` if the loss stops being
    a finite number.
    """
    X, y, params, lr, epochs = check_training(X, y, params, lr, epochs)
    loss_history = np.empty(epochs)
    cache = _forward(X, params) if epochs == 0 else {}
    # numpy would also warn about inf - inf and 0 * inf; the check below says
    # it once, in one line, as R does.
    with np.errstate(invalid="ignore", over="ignore"):
        for epoch in range(epochs):
            cache = _forward(X, params)
            loss_history[epoch] = _loss(y, cache["output"])
            if not np.isfinite(loss_history[epoch]):
                raise diverged_error(epoch)
            params = _update_params(params, _backward(X, y, params, cache), lr)
    z = cache["hidden_layer_input"]
    return _finish(X, y, params, loss_history, saturated(z) / z.size, cache["output"])


def _finish(
    X: np.ndarray, y: np.ndarray, params: Params, loss: np.ndarray, share: float, output: np.ndarray
) -> TrainResult:
    """A trainer's result, diagnosed; ``share`` and ``output`` are the last epoch's forward pass'.

    The accuracy and the saturation are taken where the loss is: in the last
    epoch's forward pass, before its update, so no trainer pays for one more
    pass. Each finding is also raised as a warning.
    """
    found = diagnose(X, share, loss) if len(loss) else []
    warn(found)
    lines = [warning_line(finding) for finding in found]
    return TrainResult(params=params, loss=loss, accuracy=_accuracy(y, output), warnings=lines)


class TrainResult(dict):
    """What ``train`` and ``train_fast`` return: a dict that prints in a few lines."""

    def __repr__(self) -> str:
        return "\n".join(result_lines(self))


def result_lines(result: dict) -> list[str]:
    """A training result in a few lines, the same in Python and R."""
    shapes = ", ".join(
        f"{k} {result['params'][k].shape[0]} x {result['params'][k].shape[1]}" for k in PARAM_NAMES
    )
    epochs = len(result["loss"])
    losses = (
        f"{number(result['loss'][0])} at the start, {number(result['loss'][-1])} at the end"
        if epochs
        else "no epochs run"
    )
    return [
        f"scratchnet training result: {epochs} epochs",
        f"  params: {shapes}",
        f"  loss: {losses}",
        f"  training accuracy: {100 * result['accuracy']:.1f}%",
        "  warnings: " + ("none" if not result["warnings"] else f"{len(result['warnings'])}"),
        *(f"    {line}" for line in result["warnings"]),
    ]


def predict_output(X: np.ndarray, params: Params) -> np.ndarray:
    """The network's output for inputs X, shape (n, k): a forward pass, nothing else."""
    return forward(X, params)["output"]


def accuracy(y: np.ndarray, output: np.ndarray) -> float:
    """The share of samples classified right, in [0, 1].

    One output: right when output and target fall on the same side of 0.5.
    Several outputs (one-hot targets): right when the largest output is at
    the target's 1.
    """
    return _accuracy(*check_same_shape(y, "y", output, "output"))


def _accuracy(y: np.ndarray, output: np.ndarray) -> float:
    if y.shape[1] == 1:
        return float(np.mean((output >= 0.5) == (y >= 0.5)))
    return float(np.mean(np.argmax(output, axis=1) == np.argmax(y, axis=1)))
