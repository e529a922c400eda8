"""The plotting functions write real PNG images of the documented size."""

from __future__ import annotations

import subprocess
import sys

import matplotlib.colors
import matplotlib.image
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
