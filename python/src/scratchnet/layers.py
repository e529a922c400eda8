"""Module-style layers, each with a forward and a backward (tutorial 001).

``Linear``, ``ReLU`` and ``Sigmoid`` each keep what their backward needs from
their forward, and a network is just a list of them: forward runs the list in
order, backward in reverse, each layer turning the gradient at its output
into the gradient at its input and updating its own weights on the way.

Sign convention: tutorial 001's, not tutorial 003's. ``grad_output`` is the
true gradient of the loss by a layer's output (``mse_slope`` gives
2 (output - y) / size), and each layer *subtracts* ``lr`` times its weights'
gradient. The network of ``network.py`` instead carries ``E = y - output``
(minus a gradient) and adds; the two names never mix.
"""

from __future__ import annotations

import numbers
from itertools import pairwise

import numpy as np

from scratchnet.checks import (
    check_matrix,
    check_numbers,
    check_positive,
    check_rows,
    check_whole,
    say,
    shown,
)
from scratchnet.errors import ScratchnetError
from scratchnet.network import sigmoid, sigmoid_slope
from scratchnet.neuron import _mse_loss, _mse_slope
from scratchnet.rng import check_seed, runif_from_seed


def relu(x: np.ndarray) -> np.ndarray:
    """max(0, x), elementwise, any shape."""
    return np.maximum(0.0, check_numbers(x, "x"))


def relu_slope(x: np.ndarray) -> np.ndarray:
    """ReLU's derivative from its *input* x: 1 where x >= 0, else 0.

    At x = 0 the derivative does not exist; like tutorial 001 this takes 1.
    """
    return np.where(check_numbers(x, "x") >= 0, 1.0, 0.0)


class Linear:
    """A fully connected layer: input (1, n_in) . weights (n_in, n_out) + bias (1, n_out)."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray) -> None:
        self.weights = check_matrix(weights, "weights")
        self.bias = check_matrix(bias, "bias")
        outputs = self.weights.shape[1]
        if self.bias.shape != (1, outputs):
            rows, columns = self.bias.shape
            raise ScratchnetError(
                say("param_shape", name="Linear", part="bias", rows=rows, columns=columns,
                    expected=f"weights have {outputs} outputs: expected 1 x {outputs}")
            )  # fmt: skip
        self.input_features = np.empty((0, weights.shape[0]))

    def forward(self, input_features: np.ndarray) -> np.ndarray:
        """(m, n_in) -> (m, n_out); remembers its input for backward."""
        self.input_features = input_features
        return input_features @ self.weights + self.bias

    def backward(self, grad_output: np.ndarray, lr: float) -> np.ndarray:
        """Gradient at the output (m, n_out) -> gradient at the input (m, n_in).

        The input error uses the weights *before* this step's update.
        """
        grad_input = grad_output @ self.weights.T
        self.weights = self.weights - lr * (self.input_features.T @ grad_output)
        self.bias = self.bias - lr * np.sum(grad_output, axis=0, keepdims=True)
        return grad_input


class ReLU:
    """max(0, x); backward multiplies by its slope at the remembered input."""

    def __init__(self) -> None:
        self.input_features = np.empty(0)

    def forward(self, input_features: np.ndarray) -> np.ndarray:
        """Any shape -> same shape."""
        self.input_features = input_features
        return relu(input_features)

    def backward(self, grad_output: np.ndarray, lr: float) -> np.ndarray:
        """No weights to update; ``lr`` is taken to match ``Linear``."""
        return grad_output * relu_slope(self.input_features)


class Sigmoid:
    """The sigmoid; backward multiplies by its slope, from the remembered output."""

    def __init__(self) -> None:
        self.activation = np.empty(0)

    def forward(self, input_features: np.ndarray) -> np.ndarray:
        """Any shape -> same shape."""
        self.activation = sigmoid(input_features)
        return self.activation

    def backward(self, grad_output: np.ndarray, lr: float) -> np.ndarray:
        """No weights to update; ``lr`` is taken to match ``Linear``."""
        return grad_output * sigmoid_slope(self.activation)


def make_mlp(sizes: list[int], seed: int) -> list:
    """Linear layers of the given sizes, ReLU between them, Sigmoid at the end.

    ``sizes`` counts units per layer, inputs first: [2, 20, 20, 2] is tutorial
    001's MLP. Start weights and biases are uniform on (-0.5, 0.5), as tutorial
    001's ``np.random.rand(...) - 0.5``, but drawn from the shared seed: one
    stream of R's ``runif``, layer by layer, weights then bias, column by
    column.
    """
    ok = isinstance(sizes, (list, tuple, np.ndarray)) and len(sizes) >= 2
    if not ok or not all(isinstance(v, numbers.Real) and v >= 1 and v == int(v) for v in sizes):
        raise ScratchnetError(say("sizes", name="sizes", got=shown(sizes)))
    sizes = [int(v) for v in sizes]
    seed = check_seed(seed)
    shapes = list(pairwise(sizes))
    draws = runif_from_seed(sum(n_in * n_out + n_out for n_in, n_out in shapes), seed) - 0.5
    layers: list = []
    start = 0
    for index, (n_in, n_out) in enumerate(shapes):
        weights = draws[start : start + n_in * n_out].reshape((n_in, n_out), order="F")
        start += n_in * n_out
        bias = draws[start : start + n_out].reshape((1, n_out))
        start += n_out
        layers.append(Linear(weights, bias))
        layers.append(ReLU() if index < len(shapes) - 1 else Sigmoid())
    return layers


def mlp_forward(layers: list, x: np.ndarray) -> np.ndarray:
    """Run x (m, n_in) through every layer in order; returns (m, n_out)."""
    layers = check_layers(layers)
    x = check_matrix(x, "x")
    check_layer_inputs(layers, x, "x")
    return _mlp_forward(layers, x)


def _mlp_forward(layers: list, x: np.ndarray) -> np.ndarray:
    for layer in layers:
        x = layer.forward(x)
    return x


def mlp_backward(layers: list, grad_output: np.ndarray, lr: float) -> np.ndarray:
    """Run the gradient back through every layer in reverse, updating weights."""
    layers = check_layers(layers)
    grad_output = check_matrix(grad_output, "grad_output", column=True)
    return _mlp_backward(layers, grad_output, check_positive(lr, "lr"))


def _mlp_backward(layers: list, grad_output: np.ndarray, lr: float) -> np.ndarray:
    for layer in reversed(layers):
        grad_output = layer.backward(grad_output, lr)
    return grad_output


def train_per_sample(
    layers: list, X: np.ndarray, Y: np.ndarray, lr: float, epochs: int
) -> np.ndarray:
    """Tutorial 001's loop: one sample at a time, MSE, ``epochs`` passes; ``layers`` train in place.

    ``Y`` holds one-hot rows. Returns, per epoch, the mean over samples of
    ``mse_loss``, each taken before that sample's update (what the tutorial
    prints).
    """
    layers = check_layers(layers)
    X, Y = check_matrix(X, "X"), check_matrix(Y, "Y", column=True)
    check_rows(X, "X", Y, "Y")
    check_layer_inputs(layers, X, "X")
    lr, epochs = check_positive(lr, "lr"), check_whole(epochs, "epochs", 1)
    history = np.empty(epochs)
    for epoch in range(epochs):
        total = 0.0
        for row in range(X.shape[0]):
            x, target = X[row : row + 1], Y[row : row + 1]
            output = _mlp_forward(layers, x)
            total += _mse_loss(target, output)
            _mlp_backward(layers, _mse_slope(target, output), lr)
        history[epoch] = total / X.shape[0]
    return history


def mlp_params(layers: list) -> list[dict[str, np.ndarray]]:
    """The weights and bias of each Linear layer, in order (for comparing)."""
    return [
        {"weights": layer.weights, "bias": layer.bias}
        for layer in layers
        if isinstance(layer, Linear)
    ]


def check_layers(layers: object) -> list:
    """A non-empty list of layers, as ``make_mlp`` returns."""
    ok = isinstance(layers, list) and layers and all(hasattr(layer, "backward") for layer in layers)
    if not ok or not isinstance(layers[0], Linear):
        raise ScratchnetError(say("layers_kind", name="layers", got=shown(layers)))
    return layers


def check_layer_inputs(layers: list, x: np.ndarray, name: str) -> None:
    """X has a column per input of the first layer."""
    if x.shape[1] != layers[0].weights.shape[0]:
        raise ScratchnetError(
            say("layer_inputs", name=name, columns=x.shape[1], expected=layers[0].weights.shape[0])
        )
