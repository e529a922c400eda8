"""Lesson 3: a single-layer network and the arithmetic of learning (tutorial 000).

Tutorial 000 trains ``sigmoid(inputs . weights)`` on a 4 x 3 table for 10000
epochs from ``np.random.seed(42); weights = 2 * np.random.random((3, 1)) - 1``
and prints ``[[0.00966808] [0.00786589] [0.99358863] [0.99211705]]``. This
lesson starts from those very weights (``numpy_legacy_random``; R rebuilds
numpy's generator) and prints the same digits. Then the tutorial's arithmetic:
a forward pass with w = 0.5, b = -0.2 on input 100, binary cross-entropy, and
one gradient-descent step. R twin: ``r/demo/single_layer.R``.
"""

from __future__ import annotations

import numpy as np

from scratchnet.datasets import load_dataset, shared_data_dir
from scratchnet.network import sigmoid
from scratchnet.neuron import binary_cross_entropy, gradient_descent_step, train_single_layer
from scratchnet.rng import numpy_legacy_random

SEED, EPOCHS, PRINT_EVERY = 42, 10000, 1000
TUTORIAL_OUTPUT = [0.00966808, 0.00786589, 0.99358863, 0.99211705]
CROSS_ENTROPY_CASES = [(0.0, 1.0), (1.0, 0.9), (0.0, 0.9)]


def run() -> dict[str, object]:
    """Train tutorial 000's network; do its three pieces of arithmetic."""
    data = load_dataset("single_layer", shared_data_dir())
    start = 2 * numpy_legacy_random(3, SEED).reshape(3, 1) - 1
    trained = train_single_layer(data["X"], data["y"], start, EPOCHS)
    return {
        "start": start,
        **trained,
        "forward": float(sigmoid(np.array(100 * 0.5 - 0.2))),
        "cross_entropy": [binary_cross_entropy(t, p) for t, p in CROSS_ENTROPY_CASES],
        "w_new": gradient_descent_step(0.5, -10.0, 0.01),
        "b_new": gradient_descent_step(-0.2, -5.0, 0.01),
    }


def lines(result: dict[str, object]) -> list[str]:
    """What the lesson prints."""
    start = "  ".join(f"{v:.8f}" for v in result["start"][:, 0])
    out = [
        "Lesson 3: a single-layer network (tutorial 000)",
        f"start weights, as np.random.seed(42); 2 * np.random.random((3, 1)) - 1: {start}",
    ]
    for epoch in range(0, EPOCHS, PRINT_EVERY):
        out.append(f"Error at iteration {epoch}: {result['mean_abs_error'][epoch]:.8f}")
    out.append("Output after training:")
    rows = [f"[{v:.8f}]" for v in result["last_output"][:, 0]]
    out.append("[" + rows[0])
    out.extend(" " + row for row in rows[1:-1])
    out.append(" " + rows[-1] + "]")
    out.append("(the tutorial prints [[0.00966808] [0.00786589] [0.99358863] [0.99211705]])")
    out.append("note: the tutorial's sigmoid_derivative(x) must be given the sigmoid's")
    out.append("output, not its input; here it is called sigmoid_slope(activation).")
    out.append("forward pass, w = 0.5, b = -0.2, input 100:")
    out.append(f"  sigmoid(100 * 0.5 - 0.2) = sigmoid(49.8) = {result['forward']:.16g}")
    out.append("binary cross-entropy -(t log p + (1 - t) log(1 - p)):")
    for (t, p), value in zip(CROSS_ENTROPY_CASES, result["cross_entropy"], strict=True):
        shown = "infinite" if np.isinf(value) else f"{value:.16g}"
        out.append(f"  label {t:g}, prediction {p:g}: {shown}")
    out.append("one gradient-descent step, alpha = 0.01, dw = -10, db = -5:")
    out.append(f"  w = 0.5 - 0.01 * (-10) = {result['w_new']:.16g}")
    out.append(f"  b = -0.2 - 0.01 * (-5) = {result['b_new']:.16g}")
    out.append("(the tutorial says b decreases; -0.15 > -0.2, so b increases too)")
    return out


def main() -> None:
    """Print the lesson."""
    print("\n".join(lines(run())))


if __name__ == "__main__":
    main()
