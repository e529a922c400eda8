"""A trained network as a file: save it, load it, predict with it, in either language.

A model is one JSON document, the same schema from Python and R, so a model
saved by one language predicts in the other (to within 1e-12; the harness
checks both directions)::

    {"scratchnet_model": 1,              the schema version
     "language": "python" | "r",        which language trained it
     "inputs": ["x1", ...],             input column names, in order
     "targets": ["y", ...],             target column names
     "scaling": {"kind": "none" | "minmax" | "standard",
                 "center": [...], "scale": [...]},   learned from the training rows
     "params": {"wh": [[...]], "bh": ..., "wout": ..., "bout": ...},
     "training": {"dataset", "seed", "hidden", "lr", "epochs", "trainer",
                  "target", "scale", "holdout"}}

Numbers are written so that they read back as the same double (Python's
shortest round-trip form; R's 17 significant digits). Mirrors ``r/R/model.R``.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import numpy as np

from scratchnet.checks import check_matrix, check_params, say
from scratchnet.datasets import apply_scaling
from scratchnet.errors import ScratchnetError
from scratchnet.network import PARAM_NAMES, predict_output

MODEL_VERSION = 1
TRAINING_FIELDS = ("dataset", "seed", "hidden", "lr", "epochs", "target", "scale", "holdout")


def model_from_run(run: dict[str, object], trainer: str = "train") -> dict[str, object]:
    """The model of a finished ``run_experiment``: what ``save_model`` writes."""
    experiment = run["experiment"]
    training = {field: experiment.get(field) for field in TRAINING_FIELDS}
    training.update(trainer=trainer, scale=run["scaling"]["kind"])
    training["holdout"] = experiment.get("holdout") or 0
    return {
        "scratchnet_model": MODEL_VERSION,
        "language": "python",
        "inputs": list(run["dataset"]["features"]),
        "targets": list(run["dataset"]["targets"]),
        "scaling": run["scaling"],
        "params": {name: np.asarray(run["final"][name]) for name in PARAM_NAMES},
        "training": training,
    }


def model_json(model: dict[str, object]) -> str:
    """A model as the JSON text ``save_model`` writes."""
    document = {**model, "params": {k: np.asarray(v).tolist() for k, v in model["params"].items()}}
    return json.dumps(document)


def save_model(model: dict[str, object], path: str | Path) -> Path:
    """Write a model (from ``model_from_run``, or ``load_model``) to ``path`` as JSON."""
    write_atomic(str(path), model_json(model), "save_model")
    return Path(path)


def write_atomic(path: str, text: str, name: str) -> None:
    """Write text to ``path`` via a temporary file in the same folder and a rename.

    Readers never see half a file, and the temporary file is removed if
    anything fails; ``name`` (``--json``, ``--save``) names the culprit.
    """
    folder = os.path.dirname(path) or "."
    try:
        handle, temporary = tempfile.mkstemp(prefix=".scratchnet-", dir=folder)
    except OSError:
        raise ScratchnetError(say("cannot_write", name=name, path=path)) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text + "\n")
        os.replace(temporary, path)
    except OSError:
        os.unlink(temporary)
        raise ScratchnetError(say("cannot_write", name=name, path=path)) from None


def load_model(path: str | Path) -> dict[str, object]:
    """Read a model file and check it: the schema version, the parameters, the columns.

    Raises ``ScratchnetError`` in one line for a file that is not a model,
    another schema version, or parts that do not fit together.
    """
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except OSError as error:
        raise ScratchnetError(say("cannot_read", path=path, reason=error.strerror)) from None
    except (ValueError, UnicodeDecodeError):
        raise ScratchnetError(say("not_a_model", path=path, reason="it is not JSON")) from None
    if not isinstance(document, dict) or "scratchnet_model" not in document:
        raise ScratchnetError(
            say("not_a_model", path=path, reason="it has no scratchnet_model field")
        )
    if document["scratchnet_model"] != MODEL_VERSION:
        raise ScratchnetError(
            say("model_version", path=path, got=document["scratchnet_model"], version=MODEL_VERSION)
        )
    for field in ("inputs", "targets", "scaling", "params"):
        if field not in document:
            raise ScratchnetError(say("not_a_model", path=path, reason=f"it has no {field}"))
    params = check_params(
        {k: np.asarray(v, dtype=float) for k, v in document["params"].items()},
        name=f"{path}: params",
    )
    inputs = list(document["inputs"])
    if len(inputs) != params["wh"].shape[0]:
        raise ScratchnetError(
            say("model_columns", path=path, count=len(inputs), names=", ".join(inputs),
                rows=params["wh"].shape[0])
        )  # fmt: skip
    return {**document, "inputs": inputs, "targets": list(document["targets"]), "params": params}


def predict_model(model: dict[str, object], X: object) -> np.ndarray:
    """The model's output for inputs X (columns in ``model["inputs"]`` order), scaled as trained."""
    X = check_matrix(X, "X", inputs=len(model["inputs"]))
    return predict_output(apply_scaling(X, model["scaling"]), model["params"])
