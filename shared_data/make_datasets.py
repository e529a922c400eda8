"""Regenerate the frozen datasets made by a program (moons, blobs).

Run from the top of the repository:

    .venv/bin/python shared_data/make_datasets.py

The datasets are generated once and committed; both languages only read the
CSV files. The random numbers come from ``scratchnet.rng`` (R's generator,
reproduced exactly), not from numpy's own generator, so the output does not
depend on the numpy version. Every coordinate is rounded to a multiple of
1/1024, a number whose decimal form is exact: Python's and R's parsers then
read exactly the same double, whatever their rounding habits.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from scratchnet.rng import runif_from_seed

DATASETS = Path(__file__).resolve().parent / "datasets"
GRID = 1024


def normal_from_seed(n: int, seed: int) -> np.ndarray:
    """N standard normal numbers by Box-Muller from R's uniform stream, (n,)."""
    u = runif_from_seed(2 * ((n + 1) // 2), seed).reshape(2, -1)
    radius = np.sqrt(-2.0 * np.log(u[0]))
    angle = 2.0 * np.pi * u[1]
    return np.concatenate([radius * np.cos(angle), radius * np.sin(angle)])[:n]


def moons(n_per_moon: int = 500, noise: float = 0.1, seed: int = 2017) -> str:
    """Two interleaving half-moons, as scikit-learn's ``make_moons`` draws them.

    The upper moon (label 0) is (cos t, sin t) and the lower (label 1) is
    (1 - cos t, 0.5 - sin t) for t evenly spaced over [0, pi]; Gaussian noise
    with standard deviation ``noise`` is added to both coordinates.

    Returns
    -------
    str
        The CSV text: header ``x1,x2,y`` then 2 * n_per_moon rows, alternating
        between the moons.
    """
    t = np.linspace(0.0, np.pi, n_per_moon)
    upper = np.column_stack([np.cos(t), np.sin(t)])
    lower = np.column_stack([1.0 - np.cos(t), 0.5 - np.sin(t)])
    points = np.empty((2 * n_per_moon, 2))
    points[0::2], points[1::2] = upper, lower
    points += noise * normal_from_seed(points.size, seed).reshape(points.shape)
    points = np.round(points * GRID) / GRID
    labels = np.tile([0, 1], n_per_moon)
    rows = [f"{x1!r},{x2!r},{y}" for (x1, x2), y in zip(points.tolist(), labels, strict=True)]
    return "x1,x2,y\n" + "\n".join(rows) + "\n"


def blobs(n_per_blob: int = 100, spread: float = 1.0, seed: int = 2020) -> str:
    """Three round Gaussian blobs, as scikit-learn's ``make_blobs`` draws them.

    Centres (-4, -2), (0, 4) and (4, -2), standard deviation ``spread``;
    targets one-hot in ``y1, y2, y3`` (tutorial 003's blobs exercise, with
    three classes, so the network has three outputs).

    Returns
    -------
    str
        The CSV text: header ``x1,x2,y1,y2,y3`` then 3 * n_per_blob rows,
        cycling through the blobs.
    """
    centres = np.array([[-4.0, -2.0], [0.0, 4.0], [4.0, -2.0]])
    labels = np.tile([0, 1, 2], n_per_blob)
    points = centres[labels] + spread * normal_from_seed(2 * labels.size, seed).reshape(-1, 2)
    points = np.round(points * GRID) / GRID
    rows = [
        f"{x1!r},{x2!r}," + ",".join("1" if c == label else "0" for c in range(3))
        for (x1, x2), label in zip(points.tolist(), labels, strict=True)
    ]
    return "x1,x2,y1,y2,y3\n" + "\n".join(rows) + "\n"


GENERATED = {"moons.csv": moons, "blobs.csv": blobs}


def main() -> int:
    """Write every generated dataset; print what changed."""
    for name, make in GENERATED.items():
        path = DATASETS / name
        text = make()
        old = path.read_text(encoding="utf-8") if path.exists() else None
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {'unchanged' if old == text else 'written'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
