"""Lesson 6: full-batch versus stochastic gradient descent (tutorial 003).

The toy network from one start (seed 42), trained both ways for 5000 epochs
at learning rate 0.1: full batch (one update per epoch, gradients summed over
the three samples) and stochastic (three updates per epoch, one per sample).
Losses side by side, and a plot. R twin: ``r/demo/batch_vs_stochastic.R``.
"""

from __future__ import annotations

from pathlib import Path

from scratchnet.datasets import load_dataset, shared_data_dir
from scratchnet.network import init_params, predict_output, train
from scratchnet.plots import plot_loss_curves
from scratchnet.variants import train_sgd

SEED, HIDDEN, LR, EPOCHS, PRINT_EVERY = 42, 3, 0.1, 5000, 500
FIGURE = "lesson6_batch_vs_stochastic_python.png"


def run() -> dict[str, object]:
    """Train toy both ways from the same start."""
    data = load_dataset("toy", shared_data_dir())
    X, y = data["X"], data["y"]
    start = init_params(X.shape[1], HIDDEN, y.shape[1], SEED)
    batch = train(X, y, start, LR, EPOCHS)
    stochastic = train_sgd(X, y, start, LR, EPOCHS)
    return {
        "y": y,
        "batch": batch,
        "stochastic": stochastic,
        "batch_output": predict_output(X, batch["params"]),
        "stochastic_output": predict_output(X, stochastic["params"]),
    }


def lines(result: dict[str, object]) -> list[str]:
    """What the lesson prints."""
    out = [
        "Lesson 6: full batch versus stochastic gradient descent (tutorial 003)",
        f"toy data, seed {SEED}, {HIDDEN} hidden units, lr {LR:g}, {EPOCHS} epochs",
        f"{'epoch':>6}  {'full batch':>12}  {'stochastic':>12}",
    ]
    for epoch in range(0, EPOCHS, PRINT_EVERY):
        out.append(
            f"{epoch:>6}  {result['batch']['loss'][epoch]:12.8f}"
            f"  {result['stochastic']['loss'][epoch]:12.8f}"
        )
    out.append(f"{'output':>6}  {'full batch':>12}  {'stochastic':>12}  target")
    for row in range(result["y"].shape[0]):
        out.append(
            f"{row + 1:>6}  {result['batch_output'][row, 0]:12.8f}"
            f"  {result['stochastic_output'][row, 0]:12.8f}  {result['y'][row, 0]:g}"
        )
    out.append("The curves nearly coincide: the full-batch change is the *sum* of the three")
    out.append("samples' changes, so one full-batch step is almost the three stochastic steps")
    out.append("taken at once. Stochastic steps each follow one sample, then the next sample")
    out.append("sees the moved weights: that is the whole difference here.")
    return out


def main() -> None:
    """Print the lesson and draw its plot into figures/."""
    result = run()
    print("\n".join(lines(result)))
    path = Path("figures") / FIGURE
    plot_loss_curves(
        {"full batch": result["batch"]["loss"], "stochastic": result["stochastic"]["loss"]},
        "toy: full batch versus stochastic gradient descent",
        path,
    )
    print(f"wrote figures/{FIGURE}")


if __name__ == "__main__":
    main()
