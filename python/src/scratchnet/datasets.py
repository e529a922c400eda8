"""Reading the shared datasets, with every check on a file done here.

The files live once, in ``shared_data/`` at the top of the repository, and
the package carries a copy (see ``shared_data_dir``). This module is the edge
where input is checked: a bad file gets one clear message naming the file,
the line and the column, and the network code can trust what it is given.
Mirrors ``r/R/datasets.R``.

A dataset is a CSV file: a header line, feature columns ``x1 .. xd``, then
target columns ``y`` (one target) or ``y1 .. yk``; every cell a finite decimal
number, every target in [0, 1]. ``X`` comes back (n, d) and ``y`` (n, k).
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import numpy as np

from scratchnet.errors import ScratchnetError

_NUMBER = re.compile(r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$")
_FEATURE = re.compile(r"^x[0-9]+$")
_TARGET = re.compile(r"^y[0-9]*$")


def is_decimal(text: str) -> bool:
    """Whether ``text`` is a plain decimal number such as ``-1.5e3``.

    Both languages accept exactly these, so both read the same files and the
    same options the same way: ``nan``, ``inf``, ``0x1A`` and ``1_000`` (which
    Python's ``float`` or R's ``as.numeric`` would take) are refused.
    """
    return _NUMBER.match(text) is not None


def shared_data_dir() -> Path:
    """The data this package carries: the shipped datasets and experiments.

    A byte-identical copy of the repository's ``shared_data/`` (``make data``
    refreshes it, and a test checks it), so a plain ``pip install`` finds
    them from any folder.
    """
    return Path(str(resources.files("scratchnet") / "data"))


def dataset_names(data_dir: str | Path | None = None) -> list[str]:
    """The names of the shipped datasets (``datasets/*.csv``), sorted, without ``.csv``."""
    folder = Path(data_dir or shared_data_dir()) / "datasets"
    return sorted(path.stem for path in folder.glob("*.csv"))


def read_dataset(path: str | Path) -> dict[str, np.ndarray]:
    """Read and check one dataset CSV: ``X`` and ``y``, float64.

    Raises ``ScratchnetError`` naming the file, and the line and column where
    there is one.
    """
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not a readable text file"
        raise ScratchnetError(f"cannot read {path}: {reason}") from None
    if not lines or lines[0].strip() == "":
        raise ScratchnetError(f"{path}: the file is empty (no header line)")
    header = [name.strip() for name in lines[0].split(",")]
    n_features = sum(1 for name in header if _FEATURE.match(name))
    n_targets = len(header) - n_features
    if n_features == 0:
        raise ScratchnetError(f"{path} line 1: no feature column (x1, x2, ...)")
    if n_targets == 0:
        raise ScratchnetError(f"{path} line 1: no target column (y or y1, y2, ...)")
    if not all(_FEATURE.match(name) for name in header[:n_features]) or not all(
        _TARGET.match(name) for name in header[n_features:]
    ):
        raise ScratchnetError(
            f"{path} line 1: the header must be x1..xd then y or y1..yk, got '{lines[0]}'"
        )
    rows = []
    for line_number, line in enumerate(lines[1:], start=2):
        if line.strip() == "":
            continue
        where = f"{path} line {line_number}"
        cells = [cell.strip() for cell in line.split(",")]
        if len(cells) != len(header):
            raise ScratchnetError(f"{where}: {len(cells)} cells, the header has {len(header)}")
        for column, (name, cell) in enumerate(zip(header, cells, strict=True)):
            if not is_decimal(cell) or not np.isfinite(float(cell)):
                what = "an empty cell" if cell == "" else f"'{cell}'"
                raise ScratchnetError(f"{where}, column {name}: {what} is not a finite number")
            if column >= n_features and not 0.0 <= float(cell) <= 1.0:
                raise ScratchnetError(f"{where}, column {name}: target {cell} is outside [0, 1]")
        rows.append([float(cell) for cell in cells])
    if not rows:
        raise ScratchnetError(f"{path}: no data rows after the header")
    table = np.array(rows)
    return {"X": table[:, :n_features], "y": table[:, n_features:]}


def load_dataset(name_or_path: str, data_dir: str | Path | None = None) -> dict[str, object]:
    """Load a shipped dataset by name (``"toy"``), or any dataset CSV by a path ending in ``.csv``.

    Returns ``name``, ``path``, ``X`` and ``y``.
    """
    if name_or_path.endswith(".csv"):
        path = Path(name_or_path)
        name = path.stem
    else:
        names = dataset_names(data_dir)
        if name_or_path not in names:
            raise ScratchnetError(
                f"unknown dataset '{name_or_path}'; known datasets: "
                f"{', '.join(names)} (or give a path ending in .csv)"
            )
        name = name_or_path
        path = Path(data_dir or shared_data_dir()) / "datasets" / f"{name}.csv"
    return {"name": name, "path": path, **read_dataset(path)}


def min_max_scale(X: np.ndarray) -> np.ndarray:
    """Each column scaled to [0, 1]: (X - column min) / (column max - column min).

    No column may be constant.
    """
    low, high = X.min(axis=0), X.max(axis=0)
    return (X - low) / (high - low)
