"""Reading the shared datasets and experiments, with every check done here.

The files live once, in ``shared_data/`` at the top of the repository, and both
languages read them by relative path. This module is the edge where input is
checked: a bad file gets one clear message naming the file, the line and the
column, and the network code can trust what it is given. Mirrors
``r/R/datasets.R``.

A dataset is a CSV file: a header line, feature columns ``x1 .. xd``, then
target columns ``y`` (one target) or ``y1 .. yk``; every cell a finite decimal
number, every target in [0, 1].
"""

from __future__ import annotations

import json
import re
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

    Parameters
    ----------
    text : str
        One cell or option value.

    Returns
    -------
    bool
    """
    return _NUMBER.match(text) is not None


def shared_data_dir(start: str | Path | None = None) -> Path:
    """Find ``shared_data/`` in ``start`` or the nearest folder above it.

    Parameters
    ----------
    start : str or Path, optional
        Where to start looking; the current directory by default.

    Returns
    -------
    Path
        The folder that holds ``experiments.json`` and ``datasets/``.
    """
    here = Path(start if start is not None else Path.cwd()).resolve()
    for folder in [here, *here.parents]:
        if (folder / "shared_data" / "experiments.json").is_file():
            return folder / "shared_data"
    raise ScratchnetError(f"no shared_data/experiments.json in {here} or any folder above it")


def dataset_names(data_dir: str | Path) -> list[str]:
    """The names of the shipped datasets (``shared_data/datasets/*.csv``).

    Parameters
    ----------
    data_dir : str or Path
        The ``shared_data`` folder.

    Returns
    -------
    list of str
        Sorted names, without ``.csv``.
    """
    return sorted(path.stem for path in (Path(data_dir) / "datasets").glob("*.csv"))


def read_dataset(path: str | Path) -> dict[str, np.ndarray]:
    """Read and check one dataset CSV.

    Parameters
    ----------
    path : str or Path
        The CSV file.

    Returns
    -------
    dict
        ``X`` (n, d) and ``y`` (n, k), float64.

    Raises
    ------
    ScratchnetError
        Naming the file, and the line and column where there is one.
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


def load_dataset(name_or_path: str, data_dir: str | Path) -> dict[str, object]:
    """Load a shipped dataset by name, or any dataset CSV by path.

    Parameters
    ----------
    name_or_path : str
        A name from ``dataset_names`` (``"toy"``), or a path ending in ``.csv``.
    data_dir : str or Path
        The ``shared_data`` folder.

    Returns
    -------
    dict
        ``name`` (str), ``path`` (Path), ``X`` (n, d), ``y`` (n, k).
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
        path = Path(data_dir) / "datasets" / f"{name}.csv"
    return {"name": name, "path": path, **read_dataset(path)}


def min_max_scale(X: np.ndarray) -> np.ndarray:
    """Scale each column to [0, 1]: (X - column min) / (column max - column min).

    Parameters
    ----------
    X : numpy.ndarray
        Shape (n, d); no column may be constant.

    Returns
    -------
    numpy.ndarray
        Shape (n, d).
    """
    low, high = X.min(axis=0), X.max(axis=0)
    return (X - low) / (high - low)


def load_experiments(data_dir: str | Path) -> list[dict[str, object]]:
    """The named configurations in ``shared_data/experiments.json``.

    Parameters
    ----------
    data_dir : str or Path
        The ``shared_data`` folder.

    Returns
    -------
    list of dict
        Each with ``name``, ``dataset``, ``seed``, ``hidden``, ``lr``,
        ``epochs``, and how it must learn (``max_abs_error`` or
        ``min_accuracy``).
    """
    path = Path(data_dir) / "experiments.json"
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)["experiments"]
