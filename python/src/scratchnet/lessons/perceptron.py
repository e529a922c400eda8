"""Lesson 2: weighted sum, step, bias; the perceptron rule and XOR (tutorial 001).

Tutorial 001's numbers: dot([0, 0, 2, 3], [0.1, 0.5, 0.7, 1.2]) = 5 -> 1;
dot([-4, 0, 2, -5], ...) = -5 -> 0; with bias -6, -1 -> 0; with bias 6,
1 -> 1. Then the perceptron learning rule: AND and OR converge, XOR never does
(the tutorial's "inability to learn XOR", made visible). R twin:
``r/demo/perceptron.R``.
"""

from __future__ import annotations

import numpy as np

from scratchnet.perceptron import step_function, train_perceptron, weighted_sum

WEIGHTS = np.array([0.1, 0.5, 0.7, 1.2])
CASES = [([0, 0, 2, 3], 0.0), ([-4, 0, 2, -5], 0.0), ([0, 0, 2, 3], -6.0), ([-4, 0, 2, -5], 6.0)]
GATES = {"AND": [0, 0, 0, 1], "OR": [0, 1, 1, 1], "XOR": [0, 1, 1, 0]}
LR, EPOCHS = 1.0, 12


def run() -> dict[str, object]:
    """The four weighted sums with their steps, and the rule on three gates."""
    sums = [weighted_sum(np.array(x, dtype=float), WEIGHTS, b) for x, b in CASES]
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    gates = {
        name: train_perceptron(X, np.array(y, dtype=float), LR, EPOCHS) for name, y in GATES.items()
    }
    return {"sums": sums, "steps": [step_function(z) for z in sums], "gates": gates}


def lines(result: dict[str, object]) -> list[str]:
    """What the lesson prints."""
    out = [
        "Lesson 2: the perceptron (tutorial 001)",
        "weights w = [0.1, 0.5, 0.7, 1.2]; step(z) = 1 if z >= 0 else 0",
    ]
    for (x, b), z, s in zip(CASES, result["sums"], result["steps"], strict=True):
        bias = "" if b == 0 else f" {'+' if b > 0 else '-'} {abs(b):g}"
        out.append(f"  dot({x}, w){bias} = {z:g} -> step {s}")
    out.append(
        f"the perceptron rule on two inputs (zero start, lr {LR:g}, at most {EPOCHS} epochs):"
    )
    for name, fit in result["gates"].items():
        mistakes = " ".join(str(m) for m in fit["mistakes"])
        verdict = (
            f"learned in {len(fit['mistakes'])} epochs"
            if fit["converged"]
            else f"never learned in {EPOCHS} epochs"
        )
        weights = ", ".join(f"{v:g}" for v in fit["w"])
        out.append(f"  {name:<3} {verdict}; mistakes per epoch: {mistakes}")
        out.append(f"      w = [{weights}], b = {fit['b']:g}")
    out.append("XOR is not linearly separable: no line puts (0,1) and (1,0) on one side")
    out.append("and (0,0) and (1,1) on the other, so a single perceptron keeps erring.")
    return out


def main() -> None:
    """Print the lesson."""
    print("\n".join(lines(run())))


if __name__ == "__main__":
    main()
