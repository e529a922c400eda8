"""A one-hidden-layer sigmoid network trained by full-batch gradient descent.

This is tutorial 003's network, step for step (steps 0-11), written to be read
beside its twin ``r/R/network.R``: the same functions, in the same order, with
the same names and the same numbered steps. Simple and readable, not
optimised.

Shapes (rows are samples, as in the tutorial)::

    X     (n, d)   inputs            y     (n, k)   targets in [0, 1]
    wh    (d, h)   input -> hidden   bh    (1, h)   hidden biases
    wout  (h, k)   hidden -> output  bout  (1, k)   output biases

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

from scratchnet.errors import diverged_error
from scratchnet.rng import runif_from_seed

Params = dict[str, np.ndarray]


def sigmoid(x: np.ndarray) -> np.ndarray:
    """The logistic function 1 / (1 + exp(-x)), elementwise.

    Parameters
    ----------
    x : numpy.ndarray
        Any shape.

    Returns
    -------
    numpy.ndarray
        Same shape as ``x``, values in [0, 1].
    """
    # For x < -709, exp(-x) overflows to inf and 1 / (1 + inf) is 0.0: the
    # right answer (the true value is below the smallest double). R computes
    # the same silently; numpy would warn, so the warning is switched off here.
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-x))


def sigmoid_slope(activation: np.ndarray) -> np.ndarray:
    """The sigmoid's derivative, computed from its *output*.

    If a = sigmoid(z) then d a / d z = a * (1 - a). Pass the activation, not
    the input z: ``sigmoid_slope(z)`` would be the classic learner's bug (and
    is tutorial 000's ``sigmoid_derivative`` trap).

    Parameters
    ----------
    activation : numpy.ndarray
        sigmoid(z), any shape.

    Returns
    -------
    numpy.ndarray
        Same shape as ``activation``.
    """
    return activation * (1.0 - activation)


def loss(y: np.ndarray, output: np.ndarray) -> float:
    """Half the mean squared error, the number reported each epoch.

    Parameters
    ----------
    y : numpy.ndarray
        Targets, shape (n, k).
    output : numpy.ndarray
        The network's output, shape (n, k).

    Returns
    -------
    float
        mean over all n * k entries of (y - output)^2 / 2.
    """
    return float(np.mean((y - output) ** 2) / 2.0)


def output_error(y: np.ndarray, output: np.ndarray) -> np.ndarray:
    """E = y - output: minus the derivative of (y - output)^2 / 2 by output.

    Parameters
    ----------
    y : numpy.ndarray
        Targets, shape (n, k).
    output : numpy.ndarray
        The network's output, shape (n, k).

    Returns
    -------
    numpy.ndarray
        Shape (n, k).
    """
    return y - output


def init_params(n_inputs: int, n_hidden: int, n_outputs: int, seed: int) -> Params:
    """Step 1: start weights and biases, uniform on (0, 1), from a seed.

    One stream of R's ``runif`` numbers (see ``scratchnet.rng``) is drawn in
    the order wh, bh, wout, bout, and each matrix is filled column by column,
    as R's ``matrix()`` fills it. So the same seed gives the same numbers in
    Python and R, bit for bit. No global random state is read or changed.

    Parameters
    ----------
    n_inputs, n_hidden, n_outputs : int
        d, h and k, each >= 1.
    seed : int
        An integer in [-(2^31 - 1), 2^31 - 1].

    Returns
    -------
    dict
        ``wh`` (d, h), ``bh`` (1, h), ``wout`` (h, k), ``bout`` (1, k).
    """
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
    """Steps 2-4, forward propagation.

    Parameters
    ----------
    X : numpy.ndarray
        Inputs, shape (n, d).
    params : dict
        ``wh`` (d, h), ``bh`` (1, h), ``wout`` (h, k), ``bout`` (1, k).

    Returns
    -------
    dict
        ``hidden_layer_input`` (n, h), ``hidden_activations`` (n, h),
        ``output_layer_input`` (n, k), ``output`` (n, k).
    """
    # Step 2: hidden layer input = X . wh + bh (bh is added to every row).
    hidden_layer_input = X @ params["wh"] + params["bh"]
    # Step 3: hidden activations = sigmoid(hidden layer input).
    hidden_activations = sigmoid(hidden_layer_input)
    # Step 4: output = sigmoid(hidden activations . wout + bout).
    output_layer_input = hidden_activations @ params["wout"] + params["bout"]
    output = sigmoid(output_layer_input)
    return {
        "hidden_layer_input": hidden_layer_input,
        "hidden_activations": hidden_activations,
        "output_layer_input": output_layer_input,
        "output": output,
    }


def backward(
    X: np.ndarray, y: np.ndarray, params: Params, cache: dict[str, np.ndarray]
) -> dict[str, np.ndarray]:
    """Steps 5-9, backward propagation, and the weight changes of steps 10-11.

    The changes ``dwh``, ``dbh``, ``dwout``, ``dbout`` are *minus* the
    gradient of the summed squared error sum((y - output)^2) / 2, which is
    n * k times the reported ``loss``. Because they are sums over samples, a
    learning rate that works for 3 samples is too large for 1000.

    Parameters
    ----------
    X : numpy.ndarray
        Inputs, shape (n, d).
    y : numpy.ndarray
        Targets, shape (n, k).
    params : dict
        ``wh`` (d, h), ``bh`` (1, h), ``wout`` (h, k), ``bout`` (1, k).
    cache : dict
        What ``forward(X, params)`` returned.

    Returns
    -------
    dict
        ``E`` (n, k), ``slope_output`` (n, k), ``slope_hidden`` (n, h),
        ``d_output`` (n, k), ``error_hidden`` (n, h), ``d_hidden`` (n, h),
        ``dwout`` (h, k), ``dbout`` (1, k), ``dwh`` (d, h), ``dbh`` (1, h).
    """
    hidden_activations = cache["hidden_activations"]
    # Step 5: error at the output, E = y - output.
    E = output_error(y, cache["output"])
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
        "E": E,
        "slope_output": slope_output,
        "slope_hidden": slope_hidden,
        "d_output": d_output,
        "error_hidden": error_hidden,
        "d_hidden": d_hidden,
        "dwout": hidden_activations.T @ d_output,
        "dbout": np.sum(d_output, axis=0, keepdims=True),
        "dwh": X.T @ d_hidden,
        "dbh": np.sum(d_hidden, axis=0, keepdims=True),
    }


def update_params(params: Params, grads: dict[str, np.ndarray], lr: float) -> Params:
    """Steps 10-11: move every weight and bias by its change times lr.

    Parameters
    ----------
    params : dict
        ``wh`` (d, h), ``bh`` (1, h), ``wout`` (h, k), ``bout`` (1, k).
    grads : dict
        What ``backward`` returned (``dwh``, ``dbh``, ``dwout``, ``dbout``).
    lr : float
        The learning rate, > 0.

    Returns
    -------
    dict
        New parameters, same shapes; ``params`` is not modified.
    """
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

    Parameters
    ----------
    X : numpy.ndarray
        Step 0: inputs, shape (n, d).
    y : numpy.ndarray
        Step 0: targets, shape (n, k).
    params : dict
        Start weights (from ``init_params``, or your own), shapes as in
        ``forward``.
    lr : float
        The learning rate, > 0.
    epochs : int
        How many updates, >= 0.

    Returns
    -------
    dict
        ``params``: the trained parameters; ``loss``: shape (epochs,), the
        loss of each epoch's forward pass, taken before that epoch's update.

    Raises
    ------
    ScratchnetError
        If the loss stops being a finite number (the weights blew up).
    """
    loss_history = np.empty(epochs)
    # numpy would also warn about inf - inf and 0 * inf; the check below says
    # it once, in one line, as R does.
    with np.errstate(invalid="ignore", over="ignore"):
        for epoch in range(epochs):
            cache = forward(X, params)
            loss_history[epoch] = loss(y, cache["output"])
            if not np.isfinite(loss_history[epoch]):
                raise diverged_error(epoch)
            params = update_params(params, backward(X, y, params, cache), lr)
    return {"params": params, "loss": loss_history}


def predict_output(X: np.ndarray, params: Params) -> np.ndarray:
    """The network's output for inputs X (a forward pass, nothing else).

    Parameters
    ----------
    X : numpy.ndarray
        Inputs, shape (n, d).
    params : dict
        ``wh`` (d, h), ``bh`` (1, h), ``wout`` (h, k), ``bout`` (1, k).

    Returns
    -------
    numpy.ndarray
        Shape (n, k), values in [0, 1].
    """
    return forward(X, params)["output"]


def accuracy(y: np.ndarray, output: np.ndarray) -> float:
    """The share of samples classified right.

    One output: right when output and target fall on the same side of 0.5.
    Several outputs (one-hot targets): right when the largest output is at
    the target's 1.

    Parameters
    ----------
    y : numpy.ndarray
        Targets, shape (n, k).
    output : numpy.ndarray
        The network's output, shape (n, k).

    Returns
    -------
    float
        In [0, 1].
    """
    if y.shape[1] == 1:
        return float(np.mean((output >= 0.5) == (y >= 0.5)))
    return float(np.mean(np.argmax(output, axis=1) == np.argmax(y, axis=1)))
