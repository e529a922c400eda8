"""The shared experiments, and the one recipe that runs any of them.

``shared_data/experiments.json`` names the runs both languages must agree on.
``run_experiment`` is the recipe every caller uses (the command line, the
lessons, the harness, the tests): load the data, draw the start from the
seed, train, and compute the output. Mirrors ``r/R/experiments.R``.
"""

from __future__ import annotations

import json
from pathlib import Path

from scratchnet.datasets import load_dataset, min_max_scale, shared_data_dir
from scratchnet.errors import ScratchnetError
from scratchnet.fast import train_fast
from scratchnet.network import init_params, predict_output, train


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


def run_experiment(
    experiment: str | dict[str, object],
    data_dir: str | Path | None = None,
    fast: bool = False,
) -> dict[str, object]:
    """Load, start from the seed, train, predict: one run, start to end.

    ``experiment`` is a name from ``experiments.json`` or a dict with the
    same fields (``dataset``, ``seed``, ``hidden``, ``lr``, ``epochs``, and
    optionally ``scale``: ``"minmax"`` scales each input column to [0, 1]).
    ``fast`` trains with ``train_fast`` instead of ``train``. Returns
    ``experiment`` (the record), ``dataset`` (what ``load_dataset`` gave,
    with ``X`` as trained on), ``initial`` and ``final`` (parameter dicts),
    ``loss`` (epochs,) and ``output`` (n, k).
    """
    if isinstance(experiment, str):
        experiment = _find_experiment(experiment, data_dir)
    data = load_dataset(str(experiment["dataset"]), data_dir)
    if experiment.get("scale") == "minmax":
        data["X"] = min_max_scale(data["X"])
    X, y = data["X"], data["y"]
    initial = init_params(X.shape[1], experiment["hidden"], y.shape[1], experiment["seed"])
    trainer = train_fast if fast else train
    trained = trainer(X, y, initial, experiment["lr"], experiment["epochs"])
    return {
        "experiment": experiment,
        "dataset": data,
        "initial": initial,
        "final": trained["params"],
        "loss": trained["loss"],
        "output": predict_output(X, trained["params"]),
        "accuracy": trained["accuracy"],
        "warnings": trained["warnings"],
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
