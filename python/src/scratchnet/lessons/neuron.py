"""Lesson 1: a neuron, a 2-2-1 network, the MSE loss (tutorial 002).

Tutorial 002's numbers: a neuron with weights [0, 1] and bias 4 on input
[2, 3] gives 0.9990889488055994; a 2-2-1 network whose every neuron has
weights [0, 1] and bias 0 gives 0.7216325609518421 on [2, 3]; the MSE of
targets [1, 0, 0, 1] against predictions [0, 0, 0, 0] is 0.5. The network is
the core's ``forward`` with those weights. R twin: ``r/demo/neuron.R``.
"""

from __future__ import annotations

import numpy as np

from scratchnet.network import forward
from scratchnet.neuron import mse_loss, neuron_output


def run() -> dict[str, float]:
    """The three numbers of tutorial 002's first examples."""
    x = np.array([2.0, 3.0])
    # Column j of wh holds hidden neuron j's weights: both are [0, 1].
    params = {
        "wh": np.array([[0.0, 0.0], [1.0, 1.0]]),
        "bh": np.zeros((1, 2)),
        "wout": np.array([[0.0], [1.0]]),
        "bout": np.zeros((1, 1)),
    }
    cache = forward(x.reshape(1, 2), params)
    return {
        "neuron": neuron_output(x, np.array([0.0, 1.0]), 4.0),
        "hidden": float(cache["hidden_activations"][0, 0]),
        "network": float(cache["output"][0, 0]),
        "mse": mse_loss(np.array([1.0, 0.0, 0.0, 1.0]), np.zeros(4)),
    }


def lines(result: dict[str, float]) -> list[str]:
    """What the lesson prints."""
    return [
        "Lesson 1: a neuron, a 2-2-1 network, the MSE loss (tutorial 002)",
        "a neuron with weights [0, 1], bias 4, on input [2, 3]:",
        f"  sigmoid(0*2 + 1*3 + 4) = sigmoid(7) = {result['neuron']:.16g}",
        "a 2-2-1 network, every neuron with weights [0, 1] and bias 0, on [2, 3]:",
        f"  h1 = h2 = sigmoid(0*2 + 1*3 + 0) = {result['hidden']:.16g}",
        f"  o1 = sigmoid(0*h1 + 1*h2 + 0) = {result['network']:.16g}",
        "mean squared error of targets [1, 0, 0, 1] against predictions [0, 0, 0, 0]:",
        f"  ((1-0)^2 + (0-0)^2 + (0-0)^2 + (1-0)^2) / 4 = {result['mse']:.16g}",
    ]


def main() -> None:
    """Print the lesson."""
    print("\n".join(lines(run())))


if __name__ == "__main__":
    main()
