"""The plotting functions write real PNG images of the documented size, or draw inline."""

from __future__ import annotations

import os
import subprocess
import sys

import matplotlib.colors
import matplotlib.figure
import matplotlib.image
import matplotlib.pyplot as plt
import numpy as np
import pytest

import scratchnet as sn
from scratchnet.cli import main
from scratchnet.errors import ScratchnetError
from scratchnet.plots import (
    CLASS_COLOURS,
    DPI,
    FIGURE_SIZE,
    plot_decision_boundary,
    plot_learning,
    plot_loss_curves,
    plot_network,
)

PIXELS = (round(FIGURE_SIZE[1] * DPI), round(FIGURE_SIZE[0] * DPI))  # rows, columns


def test_plot_loss_curves_writes_a_png_of_the_documented_size(tmp_path):
    path = plot_loss_curves(
        {"Python": np.array([0.3, 0.2, 0.1]), "R": np.array([0.3, 0.2, 0.1])},
        "tiny",
        tmp_path / "sub" / "loss.png",
    )
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


def test_plot_decision_boundary_with_three_outputs_paints_three_class_regions(tmp_path):
    # Three corners of the square, one class each: the trained network's
    # regions show all three class colours.
    X = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    y = np.eye(3)
    params = sn.train(X, y, sn.init_params(2, 4, 3, seed=2), lr=1.0, epochs=2000)["params"]
    path = plot_decision_boundary(X, y, params, "tiny", tmp_path / "classes.png")
    image = matplotlib.image.imread(path)[..., :3]
    assert image.shape[:2] == PIXELS
    for colour in CLASS_COLOURS[:3]:
        rgb = np.array(matplotlib.colors.to_rgb(colour))
        light = 0.45 * rgb + 0.55  # the region colour over white, at alpha 0.45
        assert np.any(np.all(np.abs(image - light) < 0.03, axis=-1)), colour


def test_plot_network_writes_a_png_of_the_documented_size(tmp_path):
    path = plot_network(sn.init_params(3, 4, 2, seed=1), "tiny", tmp_path / "network.png")
    assert matplotlib.image.imread(path).shape[:2] == PIXELS


def test_a_plot_without_a_path_draws_a_new_pyplot_figure_and_returns_it():
    before = set(plt.get_fignums())
    figure = plot_loss_curves(
        {"full batch": np.array([0.3, 0.2]), "stochastic": np.array([0.3, 0.1])}, "tiny"
    )
    try:
        assert set(plt.get_fignums()) - before == {figure.number}
        assert plt.gcf() is figure  # what plt.show() and Jupyter show
        (axes,) = figure.axes
        assert [line.get_label() for line in axes.get_lines()] == ["full batch", "stochastic"]
        assert axes.get_lines()[1].get_ydata().tolist() == [0.3, 0.1]
    finally:
        plt.close(figure)


def test_plot_decision_boundary_and_plot_network_without_a_path_return_their_figures():
    X = np.array([[0.0, 0.0], [1.0, 1.0]])
    params = sn.init_params(2, 3, 1, seed=1)
    for figure in (
        plot_decision_boundary(X, np.array([[0.0], [1.0]]), params, "tiny"),
        plot_network(params, "tiny"),
    ):
        assert isinstance(figure, matplotlib.figure.Figure)
        assert figure.axes[0].get_title().startswith("tiny")
        plt.close(figure)


def test_plot_learning_without_a_path_draws_each_frame_and_the_loss_side_by_side():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([[0.0], [0.0], [1.0], [1.0]])
    recording = sn.train_recording(X, y, sn.init_params(2, 2, 1, seed=1), 1.0, 30, 10)
    figure = plot_learning(X, y, recording, "tiny")
    titles = [axes.get_title() for axes in figure.axes if axes.axison]
    plt.close(figure)
    assert titles == [f"epoch {epoch}" for epoch in recording["epochs"]] + ["loss"]


def test_a_plot_written_to_a_file_opens_no_pyplot_figure(tmp_path):
    before = plt.get_fignums()
    plot_network(sn.init_params(2, 2, 1, seed=1), "tiny", tmp_path / "network.png")
    assert plt.get_fignums() == before


def test_importing_the_plots_leaves_the_backend_a_notebook_chose():
    code = "import matplotlib, scratchnet.plots\nprint(matplotlib.get_backend())\n"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "MPLBACKEND": "svg"},
    )
    assert (result.returncode, result.stdout) == (0, "svg\n"), result.stderr


NEEDS_MATPLOTLIB = "scratchnet.plots needs matplotlib: pip install 'scratchnet[plots]'"


@pytest.fixture
def without_matplotlib(monkeypatch):
    """An interpreter where ``import matplotlib`` fails, as in ``pip install scratchnet``."""
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.delitem(sys.modules, "scratchnet.plots", raising=False)
    monkeypatch.delattr(sn, "plots", raising=False)


def test_a_plot_function_without_matplotlib_says_how_to_get_it(without_matplotlib):
    with pytest.raises(ScratchnetError) as raised:
        sn.plot_network  # noqa: B018 (the attribute is the import)
    assert str(raised.value) == NEEDS_MATPLOTLIB


def test_the_plots_command_without_matplotlib_says_how_to_get_it_in_one_line(
    without_matplotlib, tmp_path, capsys
):
    assert main(["plots", "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"scratchnet: error: {NEEDS_MATPLOTLIB}\n"
    assert list(tmp_path.iterdir()) == []


def test_importing_scratchnet_and_training_load_no_matplotlib():
    code = (
        "import sys, scratchnet as sn\n"
        "data = sn.load_dataset('toy')\n"
        "sn.train(data['X'], data['y'], sn.init_params(4, 3, 1, 42), 0.1, 10)\n"
        "print(sorted(name for name in sys.modules if name.startswith('matplotlib')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (0, "[]\n"), result.stderr
