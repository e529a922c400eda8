"""Pictures a learner would rather look at than read: loss curves, boundaries.

Drawn with matplotlib's Agg backend, so they work on a machine without a
screen. Mirrors ``r/R/plots.R``, which draws the same 640 x 480 pictures with
base graphics, so an R learner needs no Python.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np

from scratchnet.network import Params, predict_output

FIGURE_SIZE = (6.4, 4.8)
DPI = 100
"""Every picture is 640 x 480 pixels."""


def plot_loss_curves(curves: dict[str, np.ndarray], title: str, path: str | Path) -> Path:
    """Loss against epoch for several runs on one log-scaled axis.

    Parameters
    ----------
    curves : dict
        Label -> loss history, shape (epochs,). Drawn in order, the later
        dashed over the earlier, so two identical runs show as one line.
    title : str
        The figure's title.
    path : str or Path
        Where the PNG goes (its folder is made if missing).

    Returns
    -------
    Path
        ``path``.
    """
    figure, axes = plt.subplots(figsize=FIGURE_SIZE, dpi=DPI)
    styles = [{"linewidth": 3.5, "alpha": 0.6}, {"linewidth": 1.5, "linestyle": "--"}]
    for index, (label, losses) in enumerate(curves.items()):
        axes.plot(np.arange(len(losses)), losses, label=label, **styles[index % 2])
    axes.set_yscale("log")
    axes.set_xlabel("epoch")
    axes.set_ylabel("loss: mean of (y - output)^2 / 2")
    axes.set_title(title)
    axes.legend()
    return _save(figure, path)


def plot_decision_boundary(
    X: np.ndarray, y: np.ndarray, params: Params, title: str, path: str | Path
) -> Path:
    """The network's output over the plane, with the data points on top.

    Parameters
    ----------
    X : numpy.ndarray
        Inputs, shape (n, 2).
    y : numpy.ndarray
        Targets, shape (n, 1), 0 or 1.
    params : dict
        Trained parameters for 2 inputs and 1 output.
    title : str
        The figure's title.
    path : str or Path
        Where the PNG goes (its folder is made if missing).

    Returns
    -------
    Path
        ``path``.
    """
    margin = 0.25
    x1 = np.linspace(X[:, 0].min() - margin, X[:, 0].max() + margin, 200)
    x2 = np.linspace(X[:, 1].min() - margin, X[:, 1].max() + margin, 200)
    grid1, grid2 = np.meshgrid(x1, x2)
    probability = predict_output(np.column_stack([grid1.ravel(), grid2.ravel()]), params)
    figure, axes = plt.subplots(figsize=FIGURE_SIZE, dpi=DPI)
    filled = axes.contourf(
        grid1,
        grid2,
        probability.reshape(grid1.shape),
        levels=np.linspace(0, 1, 11),
        cmap="RdBu_r",
        alpha=0.8,
    )
    axes.contour(grid1, grid2, probability.reshape(grid1.shape), levels=[0.5], colors="k")
    axes.scatter(X[:, 0], X[:, 1], c=y[:, 0], cmap="RdBu_r", edgecolors="k", s=14)
    figure.colorbar(filled, ax=axes, label="network output (probability of class 1)")
    axes.set_xlabel("x1")
    axes.set_ylabel("x2")
    axes.set_title(title)
    return _save(figure, path)


def _save(figure: plt.Figure, path: str | Path) -> Path:
    """Write the figure as PNG and close it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
    return path
