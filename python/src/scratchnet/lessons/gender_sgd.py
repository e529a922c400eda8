"""Lesson 4: gender from weight and height, by stochastic gradient descent (tutorial 002).

The four-person table (weight - 135 lb, height - 66 in; 1 = female), a 2-2-1
sigmoid network, one update per person, 1000 epochs, the loss every 10.
Tutorial 002 (after Victor Zhou's article) uses the MSE (y - y_pred)^2 and
learning rate 0.1; the core's changes are minus the gradient of half of that,
so the same steps are ``train_sgd(..., lr = 0.2)``. Its hand-worked partial
derivative (all weights 1, biases 0, Alice: dL/dw1 = 0.0214, from rounded
factors; 0.02147 exactly) is computed by the core's ``backward``. R twin: ``r/demo/gender_sgd.R``.
"""

from __future__ import annotations

import numpy as np

from scratchnet.datasets import load_dataset, shared_data_dir
from scratchnet.network import backward, forward, init_params, predict_output
from scratchnet.variants import train_sgd

SEED, TUTORIAL_LR, EPOCHS, PRINT_EVERY = 42, 0.1, 1000, 10
NAMES = ["Alice", "Bob", "Charlie", "Diana"]
NEW_PEOPLE = {"Emily": [-7.0, -3.0], "Frank": [20.0, 2.0]}


def hand_worked_derivative(X: np.ndarray, y: np.ndarray) -> float:
    """dL/dw1 for L = (y - y_pred)^2 on Alice, all weights 1 and biases 0."""
    ones = {
        "wh": np.ones((2, 2)),
        "bh": np.zeros((1, 2)),
        "wout": np.ones((2, 1)),
        "bout": np.zeros((1, 1)),
    }
    alice, target = X[:1], y[:1]
    grads = backward(alice, target, ones, forward(alice, ones))
    # dwh is minus the gradient of (y - y_pred)^2 / 2; the article's L has no 1/2.
    return float(-2.0 * grads["dwh"][0, 0])


def run() -> dict[str, object]:
    """The derivative, the training run and the two predictions."""
    data = load_dataset("gender", shared_data_dir())
    X, y = data["X"], data["y"]
    start = init_params(2, 2, 1, SEED)
    trained = train_sgd(X, y, start, 2 * TUTORIAL_LR, EPOCHS)
    people = np.array(list(NEW_PEOPLE.values()))
    return {
        "X": X,
        "y": y,
        "derivative": hand_worked_derivative(X, y),
        "start": start,
        **trained,
        "predictions": predict_output(people, trained["params"])[:, 0],
    }


def lines(result: dict[str, object]) -> list[str]:
    """What the lesson prints."""
    out = [
        "Lesson 4: gender by stochastic gradient descent (tutorial 002)",
        "name     weight-135  height-66  female",
    ]
    for name, (weight, height), (target,) in zip(NAMES, result["X"], result["y"], strict=True):
        out.append(f"{name:<8} {weight:10g} {height:10g} {target:7g}")
    out.append("the article's hand-worked derivative (all weights 1, biases 0, Alice):")
    out.append(f"  dL/dw1 = {result['derivative']:.5f}")
    out.append("  (the article prints 0.0214: it rounds each factor before multiplying)")
    out.append(f"training: 2-2-1 sigmoid network, start from seed {SEED}, one update per person,")
    out.append(f"MSE, learning rate {TUTORIAL_LR:g}, {EPOCHS} epochs")
    for epoch in range(0, EPOCHS, PRINT_EVERY):
        # The core's loss is half the MSE the article prints.
        out.append(f"Epoch {epoch} loss: {2 * result['loss'][epoch]:.3f}")
    for (name, (weight, height)), p in zip(NEW_PEOPLE.items(), result["predictions"], strict=True):
        sex = "female" if p >= 0.5 else "male"
        out.append(f"{name} ({weight:g}, {height:g}): {p:.3f} -> {sex}")
    return out


def main() -> None:
    """Print the lesson."""
    print("\n".join(lines(run())))


if __name__ == "__main__":
    main()
