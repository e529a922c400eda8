"""The plotting functions write real PNG images of the documented size."""

from __future__ import annotations

import matplotlib.image
import numpy as np

import scratchnet as sn
from scratchnet.plots import DPI, FIGURE_SIZE, plot_decision_boundary, plot_loss_curves

PIXELS = (round(FIGURE_SIZE[1] * DPI), round(FIGURE_SIZE[0] * DPI))  # rows, columns


def test_plot_loss_curves_writes_a_png_of_the_documented_size(tmp_path):
    path = plot_loss_curves(
        {"Python": np.array([0.3, 0.2, 0.1]), "R": np.array([0.3, 0.2, 0.1])},
        "tiny", tmp_path / "sub" / "loss.png",
    )  # fmt: skip
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert matplotlib.image.imread(path).shape[:2] == PIXELS


def test_plot_decision_boundary_colours_both_sides_of_a_trained_boundary(tmp_path):
    # Four points, class 1 where x1 > 0.5: a trained network splits the plane,
    # so the picture holds both the red and the blue end of the colour map.
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([[0.0], [0.0], [1.0], [1.0]])
    params = sn.train(X, y, sn.init_params(2, 2, 1, seed=1), lr=1.0, epochs=500)["params"]
    path = plot_decision_boundary(X, y, params, "tiny", tmp_path / "boundary.png")
    image = matplotlib.image.imread(path)
    assert image.shape[:2] == PIXELS
    red, blue = image[..., 0], image[..., 2]
    assert np.any(red - blue > 0.3) and np.any(blue - red > 0.3)
