"""Reading datasets as people write them, with every check on a file done here.

The shipped files live once, in ``shared_data/`` at the top of the
repository, and the package carries a copy (see ``shared_data_dir``). This
module is the edge where a file is checked: a bad file gets one clear message
naming the file, the line and the column, and the network code can trust what
it is given. Mirrors ``r/R/datasets.R``, which reads every file the same way.

A dataset is a CSV file with a header line. Taken as people write them:
quoted headers and cells, a UTF-8 byte-order mark, CRLF line ends, blank
lines, and a leading row-name column with an empty name (pandas' ``to_csv``
and R's ``write.csv`` write one), which is dropped. The targets are the
columns named in ``target``; by default the ``y`` or ``y1, y2, ...`` columns,
else the last column. Every other column is a feature. Every cell must be a
finite decimal number and every target in [0, 1]. ``X`` comes back (n, d)
and ``y`` (n, k), with the column names beside them.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from scratchnet.checks import say
from scratchnet.errors import ScratchnetError

_NUMBER = re.compile(r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$")
_TARGET = re.compile(r"^y[0-9]*$")
SCALINGS = ("none", "minmax", "standard")
"""The kinds of ``fit_scaling`` (the command line's ``--scale`` offers the same)."""


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


@cache
def shared_json(name: str) -> dict:
    """A JSON file the package carries (``cli.json``, ``checks.json``), read once."""
    with open(shared_data_dir() / name, encoding="utf-8") as handle:
        return json.load(handle)


def dataset_names(data_dir: str | Path | None = None) -> list[str]:
    """The names of the shipped datasets (``datasets/*.csv``), sorted, without ``.csv``."""
    folder = Path(data_dir or shared_data_dir()) / "datasets"
    return sorted(path.stem for path in folder.glob("*.csv"))


def split_cells(line: str) -> list[str] | None:
    """The cells of one CSV line, trimmed; None if a quoted cell is left open.

    Commas split; double quotes group, and ``""`` inside them is one quote.
    """
    cells, cell, quoted, index = [], [], False, 0
    while index < len(line):
        char = line[index]
        if quoted and char == '"' and line[index + 1 : index + 2] == '"':
            cell.append('"')
            index += 1
        elif char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            cells.append("".join(cell).strip())
            cell = []
        else:
            cell.append(char)
        index += 1
    cells.append("".join(cell).strip())
    return None if quoted else cells


def read_table(path: str | Path) -> dict[str, object]:
    """A CSV file's column ``names``, its ``values`` (rows, columns) and each row's line number.

    A leading row-name column (an empty first name) is dropped. Raises
    ``ScratchnetError`` naming the file, and the line and column where there
    is one.
    """
    try:
        with open(path, encoding="utf-8-sig") as handle:  # -sig: drop a byte-order mark
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not a readable text file"
        raise ScratchnetError(say("cannot_read", path=path, reason=reason)) from None
    if not lines or lines[0].strip() == "":
        raise ScratchnetError(say("empty_file", path=path))
    names = split_cells(lines[0])
    if names is None:
        raise ScratchnetError(say("open_quote", where=f"{path} line 1"))
    drop = 1 if len(names) > 1 and names[0] == "" else 0
    names = names[drop:]
    for name in names:
        if names.count(name) > 1:
            raise ScratchnetError(say("duplicate_column", path=path, column=name))
    rows, numbers = [], []
    for line_number, line in enumerate(lines[1:], start=2):
        if line.strip() == "":
            continue
        where = f"{path} line {line_number}"
        cells = split_cells(line)
        if cells is None:
            raise ScratchnetError(say("open_quote", where=where))
        cells = cells[drop:]
        if len(cells) != len(names):
            raise ScratchnetError(
                say("cell_count", where=where, cells=len(cells), columns=len(names))
            )
        for name, cell in zip(names, cells, strict=True):
            if not is_decimal(cell) or not np.isfinite(float(cell)):
                what = "an empty cell" if cell == "" else f"'{cell}'"
                raise ScratchnetError(say("not_a_number", where=where, column=name, what=what))
        rows.append([float(cell) for cell in cells])
        numbers.append(line_number)
    if not rows:
        raise ScratchnetError(say("no_data_rows", path=path))
    return {"names": names, "values": np.array(rows), "lines": numbers}


def read_dataset(path: str | Path, target: list[str] | None = None) -> dict[str, object]:
    """Read and check one dataset CSV: ``X``, ``y`` and their column names.

    ``target`` names the target columns; by default the ``y``/``y1..yk``
    columns, else the last one. Returns ``X`` (n, d), ``y`` (n, k),
    ``features`` and ``targets`` (the column names), and ``last_column``:
    whether the target fell back to the last column, which a run says.
    """
    table = read_table(path)
    names, values = table["names"], table["values"]
    if target:
        for name in target:
            if name not in names:
                raise ScratchnetError(
                    say("no_such_column", path=path, column=name, columns=", ".join(names))
                )
        targets = list(target)
    else:
        targets = [name for name in names if _TARGET.match(name)] or [names[-1]]
    last_column = not target and not _TARGET.match(targets[0])
    features = [name for name in names if name not in targets]
    if not features:
        raise ScratchnetError(say("no_features", path=path))
    X = values[:, [names.index(name) for name in features]]
    y = values[:, [names.index(name) for name in targets]]
    outside = (y < 0) | (y > 1)
    if outside.any():
        row, col = np.argwhere(outside)[0]
        raise ScratchnetError(
            say("target_outside", where=f"{path} line {table['lines'][row]}", column=targets[col],
                cell=f"{y[row, col]:g}")
        )  # fmt: skip
    return {"X": X, "y": y, "features": features, "targets": targets, "last_column": last_column}


def load_dataset(
    name_or_path: str, data_dir: str | Path | None = None, target: list[str] | None = None
) -> dict[str, object]:
    """Load a shipped dataset by name (``"toy"``), or any dataset CSV by a path ending in ``.csv``.

    Returns what ``read_dataset`` does, with the dataset's ``name`` and ``path``.
    """
    path = dataset_path(name_or_path, data_dir)
    return {"name": path.stem, "path": path, **read_dataset(path, target)}


def dataset_path(name_or_path: str, data_dir: str | Path | None = None) -> Path:
    """The file of a shipped dataset's name, or the given path ending in ``.csv``."""
    if name_or_path.endswith(".csv"):
        return Path(name_or_path)
    names = dataset_names(data_dir)
    if name_or_path not in names:
        raise ScratchnetError(say("unknown_dataset", name=name_or_path, known=", ".join(names)))
    return Path(data_dir or shared_data_dir()) / "datasets" / f"{name_or_path}.csv"


def min_max_scale(X: np.ndarray) -> np.ndarray:
    """Each column scaled to [0, 1]: (X - column min) / (column max - column min).

    No column may be constant.
    """
    low, high = X.min(axis=0), X.max(axis=0)
    return (X - low) / (high - low)


def fit_scaling(X: np.ndarray, kind: str, features: list[str]) -> dict[str, object]:
    """How to scale each input column, learned from the training rows X.

    ``kind``: ``"none"``; ``"minmax"``, onto [0, 1] (center = min, scale =
    max - min); or ``"standard"``, to mean 0 and standard deviation 1 (the
    population one, dividing by n, in both languages). The result is stored
    with a saved model, so new data is scaled exactly as the training data.
    """
    if kind not in SCALINGS:
        raise ScratchnetError(
            say("choice", name="scale", choices=", ".join(SCALINGS), got=f"'{kind}'")
        )
    if kind == "none":
        center, scale = np.zeros(X.shape[1]), np.ones(X.shape[1])
    elif kind == "minmax":
        center, scale = X.min(axis=0), X.max(axis=0) - X.min(axis=0)
    else:
        center = X.mean(axis=0)
        scale = np.sqrt(((X - center) ** 2).mean(axis=0))
    for column, spread in enumerate(scale):
        if spread == 0:
            raise ScratchnetError(say("constant_column", name="X", column=features[column]))
    return {"kind": kind, "center": center.tolist(), "scale": scale.tolist()}


def apply_scaling(X: np.ndarray, scaling: dict[str, object]) -> np.ndarray:
    """X scaled as ``fit_scaling`` said: (X - center) / scale, column by column."""
    return (X - np.asarray(scaling["center"])) / np.asarray(scaling["scale"])
