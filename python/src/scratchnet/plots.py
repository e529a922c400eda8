"""Pictures a learner would rather look at than read: loss curves, boundaries.

Given a ``path``, each function writes a PNG with matplotlib's Agg renderer
on a figure of its own, so it works on a machine without a screen and leaves
pyplot alone. Given no path, it draws a new pyplot figure and returns it, so
a notebook shows it inline (``plt.show()``). matplotlib is the ``plots``
extra (``pip install 'scratchnet[plots]'``): the rest of the package needs
numpy alone, and without matplotlib importing this module raises a
``ScratchnetError`` that says how to get it. Mirrors
``r/R/plots.R``, which draws the same 640 x 480 pictures with base graphics,
so an R learner needs no Python.
"""

from __future__ import annotations

import math
from pathlib import Path

from scratchnet.checks import say
from scratchnet.errors import ScratchnetError

try:
    import matplotlib
except ImportError:
    raise ScratchnetError(say("needs_matplotlib", what="scratchnet.plots")) from None

import matplotlib.colors
import matplotlib.figure
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg

from scratchnet.network import Params, predict_output

FIGURE_SIZE = (6.4, 4.8)
DPI = 100
"""Every picture is 640 x 480 pixels."""
CLASS_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd"]
EDGE_COLOURS = ["#d62728", "#1f77b4"]  # positive weight, negative weight


def plot_loss_curves(
    curves: dict[str, np.ndarray], title: str, path: str | Path | None = None
) -> Path | matplotlib.figure.Figure:
    """Loss against epoch for several runs on one log-scaled axis.

    ``curves`` maps a label to a loss history; they are drawn in order, the
    later dashed over the earlier, so two identical runs show as one line.
    Returns ``path``, or without one the pyplot figure it drew.
    """
    figure = _new_figure(path)
    axes = figure.subplots()
    styles = [{"linewidth": 3.5, "alpha": 0.6}, {"linewidth": 1.5, "linestyle": "--"}]
    for index, (label, losses) in enumerate(curves.items()):
        axes.plot(np.arange(len(losses)), losses, label=label, **styles[index % 2])
    axes.set_yscale("log")
    axes.set_xlabel("epoch")
    axes.set_ylabel("loss: mean of (y - output)^2 / 2")
    axes.set_title(title)
    axes.legend()
    return _show_or_save(figure, path)


def plot_decision_boundary(
    X: np.ndarray, y: np.ndarray, params: Params, title: str, path: str | Path | None = None
) -> Path | matplotlib.figure.Figure:
    """The network's answer over the plane, with the data points on top.

    For two inputs. One output: its value (the probability of class 1) as a
    filled contour, with the 0.5 line. Several outputs (one-hot targets): the
    class of the largest output, one colour per class. Returns ``path``, or
    without one the pyplot figure it drew.
    """
    margin = 0.25 * (X.max(axis=0) - X.min(axis=0))
    x1 = np.linspace(X[:, 0].min() - margin[0], X[:, 0].max() + margin[0], 200)
    x2 = np.linspace(X[:, 1].min() - margin[1], X[:, 1].max() + margin[1], 200)
    grid1, grid2 = np.meshgrid(x1, x2)
    output = predict_output(np.column_stack([grid1.ravel(), grid2.ravel()]), params)
    figure = _new_figure(path)
    axes = figure.subplots()
    if y.shape[1] == 1:
        surface = output[:, 0].reshape(grid1.shape)
        filled = axes.contourf(
            grid1, grid2, surface, levels=np.linspace(0, 1, 11), cmap="RdBu_r", alpha=0.8
        )
        axes.contour(grid1, grid2, surface, levels=[0.5], colors="k")
        axes.scatter(X[:, 0], X[:, 1], c=y[:, 0], cmap="RdBu_r", edgecolors="k", s=14)
        figure.colorbar(filled, ax=axes, label="network output (probability of class 1)")
    else:
        k = y.shape[1]
        classes = np.argmax(output, axis=1).reshape(grid1.shape)
        colours = matplotlib.colors.ListedColormap(CLASS_COLOURS[:k])
        axes.contourf(
            grid1, grid2, classes, levels=np.arange(k + 1) - 0.5, cmap=colours, alpha=0.45
        )
        axes.scatter(
            X[:, 0],
            X[:, 1],
            c=np.argmax(y, axis=1),
            cmap=colours,
            vmin=-0.5,
            vmax=k - 0.5,
            edgecolors="k",
            s=14,
        )
    axes.set_xlabel("x1")
    axes.set_ylabel("x2")
    axes.set_title(title)
    return _show_or_save(figure, path)


def plot_network(
    params: Params, title: str, path: str | Path | None = None
) -> Path | matplotlib.figure.Figure:
    """The network as a diagram: inputs, hidden units and outputs as nodes.

    Each edge's width grows with its weight's size and its colour gives the
    sign (red positive, blue negative), as TensorFlow Playground draws it;
    each unit's bias is written beside it. Weak weights are faded and nodes
    shrink as a layer grows, so ten hidden units stay readable. Returns
    ``path``, or without one the pyplot figure it drew.
    """
    (d, h), k = params["wh"].shape, params["wout"].shape[1]
    heights = [layer_heights(n) for n in (d, h, k)]
    # Readable at 10 hidden units: smaller nodes for more units, and weak
    # weights faded (their colour's opacity grows with |weight|).
    node = min(1.0, 5 / max(d, h, k))
    largest = max(np.max(np.abs(params["wh"])), np.max(np.abs(params["wout"])))
    figure = _new_figure(path)
    axes = figure.subplots()
    for layer, weights in enumerate((params["wh"], params["wout"])):
        for i, j in np.ndindex(weights.shape):
            axes.plot(
                [layer, layer + 1],
                [heights[layer][i], heights[layer + 1][j]],
                color=EDGE_COLOURS[int(weights[i, j] < 0)],
                alpha=0.15 + 0.85 * abs(weights[i, j]) / largest,
                linewidth=0.5 + 5 * abs(weights[i, j]) / largest,
                zorder=1,
            )
    names = (["x"] * d, ["h"] * h, ["out"] * k)
    biases = (None, params["bh"][0], params["bout"][0])
    for layer in range(3):
        axes.scatter(
            [layer] * len(heights[layer]),
            heights[layer],
            s=500 * node**2,
            c="white",
            edgecolors="k",
            zorder=2,
        )
        for unit, height in enumerate(heights[layer]):
            axes.text(
                layer,
                height,
                f"{names[layer][unit]}{unit + 1}",
                ha="center",
                va="center",
                fontsize=8 * max(node, 0.7),
                zorder=3,
            )
            if biases[layer] is not None:
                axes.text(
                    layer + 0.08,
                    height,
                    f"b {biases[layer][unit]:.2f}",
                    fontsize=7 * max(node, 0.8),
                    color="dimgray",
                    va="center",
                )
    axes.set_xlim(-0.4, 2.4)
    axes.set_ylim(-0.1, 1.1)
    axes.set_xticks([0, 1, 2], ["inputs", "hidden", "outputs"])
    axes.set_yticks([])
    axes.set_title(title + "  (red +, blue -, width |weight|)")
    return _show_or_save(figure, path)


def plot_learning(
    X: np.ndarray, y: np.ndarray, recording: dict, title: str, path: str | Path | None = None
) -> Path | matplotlib.figure.Figure:
    """Learning as it happens: the decision boundary and the loss, frame by frame.

    ``recording`` is what ``train_recording`` returned; one frame per
    recorded epoch, for a one-output network on two inputs. Given a path, an
    animated GIF; given none, the frames side by side on one pyplot figure,
    returned (as R draws them: base R has no GIF writer).
    """
    from matplotlib.animation import FuncAnimation, PillowWriter

    margin = 0.25 * (X.max(axis=0) - X.min(axis=0))
    x1 = np.linspace(X[:, 0].min() - margin[0], X[:, 0].max() + margin[0], 120)
    x2 = np.linspace(X[:, 1].min() - margin[1], X[:, 1].max() + margin[1], 120)
    grid1, grid2 = np.meshgrid(x1, x2)
    grid = np.column_stack([grid1.ravel(), grid2.ravel()])
    loss = recording["loss"]

    def boundary_at(axes: matplotlib.axes.Axes, index: int) -> None:
        epoch, params = recording["epochs"][index], recording["params"][index]
        axes.clear()
        surface = predict_output(grid, params)[:, 0].reshape(grid1.shape)
        axes.contourf(grid1, grid2, surface, levels=np.linspace(0, 1, 11), cmap="RdBu_r")
        axes.contour(grid1, grid2, surface, levels=[0.5], colors="k")
        axes.scatter(X[:, 0], X[:, 1], c=y[:, 0], cmap="RdBu_r", edgecolors="k", s=6)
        axes.set_title(f"epoch {epoch}")

    def loss_until(axes: matplotlib.axes.Axes, epoch: int) -> None:
        axes.clear()
        axes.plot(np.arange(len(loss)), loss, color="lightgray")
        axes.plot(np.arange(epoch), loss[:epoch], color="k")
        axes.set_yscale("log")
        axes.set_xlabel("epoch")
        axes.set_title("loss")

    frames = len(recording["epochs"])
    if path is None:
        columns = math.ceil(math.sqrt(frames + 1))
        rows = math.ceil((frames + 1) / columns)
        figure = _new_figure(None, size=(2.4 * columns, 2.0 * rows))
        panels = figure.subplots(rows, columns, squeeze=False).ravel()
        for index in range(frames):
            boundary_at(panels[index], index)
        loss_until(panels[frames], len(loss))
        for unused in panels[frames + 1 :]:
            unused.set_axis_off()
        figure.suptitle(title)
        return _show_or_save(figure, None)
    figure = _new_figure(path)
    boundary, curve = figure.subplots(1, 2)

    def frame(index: int) -> None:
        boundary_at(boundary, index)
        loss_until(curve, recording["epochs"][index])

    figure.suptitle(title)
    animation = FuncAnimation(figure, frame, frames=frames)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    animation.save(path, writer=PillowWriter(fps=2))
    return path


def layer_heights(n: int) -> np.ndarray:
    """Where n nodes of one layer sit, evenly spread over [0, 1], shape (n,)."""
    return np.array([0.5]) if n == 1 else np.linspace(0.9, 0.1, n)


def _new_figure(
    path: str | Path | None, size: tuple[float, float] = FIGURE_SIZE
) -> matplotlib.figure.Figure:
    """A blank figure: for a file, one of its own drawn by Agg; else pyplot's new current one.

    A file's figure never touches pyplot, so writing PNGs needs no screen and
    leaves a notebook's figures alone; pyplot's figure is what Jupyter shows.
    """
    if path is not None:
        figure = matplotlib.figure.Figure(figsize=size, dpi=DPI)
        FigureCanvasAgg(figure)
        return figure
    import matplotlib.pyplot as plt

    return plt.figure(figsize=size, dpi=DPI)


def _show_or_save(
    figure: matplotlib.figure.Figure, path: str | Path | None
) -> Path | matplotlib.figure.Figure:
    """Lay the figure out; write it as PNG when there is a path (and return the path)."""
    figure.tight_layout()
    if path is None:
        return figure
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    return path
