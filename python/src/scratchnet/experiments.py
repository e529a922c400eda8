"""The shared experiments, and the one recipe that runs any of them.

``shared_data/experiments.json`` names the runs both languages must agree on.
``run_experiment`` is the recipe every caller uses (the command line, the
lessons, the harness, the tests): load the data, draw the start from the
seed, train, and compute the output. Mirrors ``r/R/experiments.R``.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from scratchnet.checks import say
from scratchnet.datasets import apply_scaling, fit_scaling, load_dataset, shared_data_dir
from scratchnet.errors import ScratchnetError
from scratchnet.fast import train_fast
from scratchnet.network import accuracy, init_params, loss, predict_output, train
from scratchnet.rng import runif_from_seed, split_seed


def load_experiments(data_dir: str | Path | None = None) -> list[dict[str, object]]:
    """The named runs of ``experiments.json``.

    Each has ``name``, ``dataset``, ``seed``, ``hidden``, ``lr``, ``epochs``
    and how it must learn (``max_abs_error`` or ``min_accuracy``).
    """
    return _read_experiments(data_dir)["experiments"]


def agreement_tolerance(data_dir: str | Path | None = None) -> dict[str, float]:
    """``rtol`` and ``atol``: how close trained results of two runs must be.

    The one tolerance for Python against R, ``train_fast`` against ``train``
    and both against the golden results; ``experiments.json`` says why it has
    this size.
    """
    tolerance = _read_experiments(data_dir)["tolerance"]
    return {"rtol": tolerance["rtol"], "atol": tolerance["atol"]}


def learning_setting(data_dir: str | Path | None = None) -> dict[str, object]:
    """Which experiment the picture of learning shows, and every how many epochs."""
    return _read_experiments(data_dir)["learning"]


def split_rows(n: int, fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The rows kept for training and the rows held out, each sorted, counted from 0.

    floor(fraction * n) rows are held out: those with the smallest of n
    uniform draws from the split's own stream (seed ``split_seed(seed)``),
    so the start weights of ``init_params(seed)`` are untouched and R, which
    draws the same numbers, holds out the same rows.
    """
    held = int(np.floor(fraction * n))
    if fraction > 0 and not 0 < held < n:
        raise ScratchnetError(
            say("holdout_size", fraction=f"{fraction:g}", rows=n, kept=n - held, held=held)
        )
    order = np.argsort(runif_from_seed(n, split_seed(seed)), kind="stable")
    return np.sort(order[held:]), np.sort(order[:held])


def run_experiment(
    experiment: str | dict[str, object],
    data_dir: str | Path | None = None,
    fast: bool = False,
) -> dict[str, object]:
    """Load, split, scale, start from the seed, train, predict: one run, start to end.

    ``experiment`` is a name from ``experiments.json`` or a dict with the
    same fields (``dataset``, ``seed``, ``hidden``, ``lr``, ``epochs``) and
    optionally ``target`` (a list of column names), ``scale`` (``"none"``,
    ``"minmax"`` or ``"standard"``, learned from the training rows) and
    ``holdout`` (the fraction of rows held out, from 0). ``fast`` trains with
    ``train_fast``. Returns ``experiment``, ``dataset`` (with ``X`` and ``y``
    as trained on: the training rows, scaled), ``scaling``, ``initial`` and
    ``final`` parameters, ``loss`` (epochs,), ``output``, ``accuracy`` and
    ``warnings`` on the training rows, and ``holdout``: None, or the held-out
    ``rows`` (counted from 1), their ``X``, ``y``, ``output``, ``loss`` and
    ``accuracy``.
    """
    if isinstance(experiment, str):
        experiment = _find_experiment(experiment, data_dir)
    data = load_dataset(str(experiment["dataset"]), data_dir, experiment.get("target"))
    X, y = data["X"], data["y"]
    kept, held = split_rows(X.shape[0], experiment.get("holdout", 0), experiment["seed"])
    scaling = fit_scaling(X[kept], experiment.get("scale", "none"), data["features"])
    data = {**data, "X": apply_scaling(X[kept], scaling), "y": y[kept]}
    initial = init_params(data["X"].shape[1], experiment["hidden"], y.shape[1], experiment["seed"])
    trainer = train_fast if fast else train
    trained = trainer(data["X"], data["y"], initial, experiment["lr"], experiment["epochs"])
    holdout = None
    if len(held):
        held_X = apply_scaling(X[held], scaling)
        held_output = predict_output(held_X, trained["params"])
        holdout = {
            "rows": (held + 1).tolist(),
            "X": held_X,
            "y": y[held],
            "output": held_output,
            "loss": loss(y[held], held_output),
            "accuracy": accuracy(y[held], held_output),
        }
    return {
        "experiment": experiment,
        "dataset": data,
        "scaling": scaling,
        "initial": initial,
        "final": trained["params"],
        "loss": trained["loss"],
        "output": predict_output(data["X"], trained["params"]),
        "accuracy": trained["accuracy"],
        "warnings": trained["warnings"],
        "holdout": holdout,
    }


def _read_experiments(data_dir: str | Path | None) -> dict[str, object]:
    path = Path(data_dir or shared_data_dir()) / "experiments.json"
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _find_experiment(name: str, data_dir: str | Path | None) -> dict[str, object]:
    experiments = load_experiments(data_dir)
    for experiment in experiments:
        if experiment["name"] == name:
            return experiment
    known = ", ".join(str(e["name"]) for e in experiments)
    raise ScratchnetError(f"unknown experiment '{name}'; known experiments: {known}")
