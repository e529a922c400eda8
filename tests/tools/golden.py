"""``make golden``: every shared experiment's results, agreed by both languages, as files.

For each experiment of ``experiments.json`` this trains in Python and in R
(embedded through rpy2, as in the harness), checks that the two agree (start
weights exactly, everything else within the one agreement tolerance), and only
if every experiment agrees writes ``shared_data/golden/<experiment>.json``:
the start and trained parameters, the loss at the recorded epochs, the
outputs, and the first epoch's trace (sample-sized arrays: their first
``TRACE_ROWS`` rows). Each file says which language wrote its numbers, with
which versions, and within which tolerance the other agreed. Numbers are
Python's shortest round-trip form, which reads back as the same double in
both languages. ``make golden`` then refreshes the packages' copies.

Each language's own tests compare with these files, so agreement with the
other language is checked where only one of them is installed; the harness
stays the live proof.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import scratchnet as sn
from harness import DATA_DIR, PARAM_NAMES, TOLERANCE, RSession, run_python, run_r

GOLDEN = DATA_DIR / "golden"
TRACE_ROWS = 10
"""Rows kept of each sample-sized array of the trace (the command line shows as many)."""


def recorded_epochs(epochs: int) -> list[int]:
    """The epochs whose loss is stored: the first ten, every hundredth, and the last."""
    return sorted(set(range(min(10, epochs))) | set(range(0, epochs, 100)) | {epochs - 1})


def trace_values(trace: list) -> dict[str, np.ndarray]:
    """A trace as ``"<step> <name>"`` -> its first ``TRACE_ROWS`` rows."""
    return {
        f"{int(np.ravel(step)[0])} {name if isinstance(name, str) else name[0]}": np.asarray(value)[
            :TRACE_ROWS
        ]
        for step, name, value in (
            (item["step"], item["name"], item["value"]) if isinstance(item, dict) else item
            for item in trace
        )
    }


def golden_record(experiment: dict, r: RSession) -> tuple[dict, float]:
    """One experiment's golden record from Python's run, and the largest |Python - R|."""
    python, in_r = run_python(experiment), run_r(r, experiment)
    X, y = python["dataset"]["X"], python["dataset"]["y"]
    lr = experiment["lr"]
    python_trace = trace_values(sn.trace_epoch(X, y, python["initial"], lr))
    r_trace = trace_values(r.call("trace_epoch", X, y, python["initial"], float(lr)))
    epochs = recorded_epochs(experiment["epochs"])
    pairs = {
        **{f"initial {k}": (python["initial"][k], in_r["initial"][k]) for k in PARAM_NAMES},
        **{f"final {k}": (python["final"][k], in_r["final"][k]) for k in PARAM_NAMES},
        "loss": (python["loss"], in_r["loss"]),
        "output": (python["output"], in_r["output"]),
        **{f"trace {k}": (v, r_trace[k]) for k, v in python_trace.items()},
    }
    largest = 0.0
    for name, (left, right) in pairs.items():
        left, right = np.asarray(left, dtype=float), np.asarray(right, dtype=float)
        same = (
            np.array_equal(left, right)
            if name.startswith("initial")
            else left.shape == right.shape and np.allclose(left, right, **TOLERANCE)
        )
        if not same:
            raise SystemExit(
                f"golden: {experiment['name']}, {name}: Python and R disagree; nothing written"
            )
        largest = max(largest, float(np.max(np.abs(left - right))) if left.size else 0.0)
    record = {
        "experiment": {k: v for k, v in experiment.items() if not k.startswith("_")},
        "initial": {k: python["initial"][k].tolist() for k in PARAM_NAMES},
        "final": {k: python["final"][k].tolist() for k in PARAM_NAMES},
        "loss_epochs": epochs,
        "loss": python["loss"][epochs].tolist(),
        "output": python["output"].tolist(),
        "trace_rows": TRACE_ROWS,
        "trace": {k: v.tolist() for k, v in python_trace.items()},
    }
    return record, largest


def text(record: dict, header: dict) -> str:
    """The file: one top-level key per line, so a diff shows what moved."""
    items = {**header, **record}
    return (
        "{\n"
        + ",\n".join(f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in items.items())
        + "\n}\n"
    )


def main() -> int:
    """Check every experiment in both languages, then write every golden file."""
    try:
        r = RSession()
    except RuntimeError as problem:
        print(f"golden: {problem}", file=sys.stderr)
        return 2
    versions = {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "r": r.eval("R.version.string")[0],
        "scratchnet": r.eval('as.character(utils::packageVersion("scratchnet"))')[0],
    }
    records = [
        (experiment["name"], *golden_record(experiment, r))
        for experiment in sn.load_experiments(DATA_DIR)
    ]
    GOLDEN.mkdir(exist_ok=True)
    for name, record, largest in records:
        header = {
            "_comment": "Written by `make golden` (tests/tools/golden.py); do not edit by hand.",
            "written_by": "python",
            "versions": versions,
            "agreed_by_r_within": {**TOLERANCE, "largest_difference": largest},
        }
        handle, temporary = tempfile.mkstemp(dir=GOLDEN, prefix=".golden-")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text(record, header))
        os.replace(temporary, GOLDEN / f"{name}.json")
        print(f"golden: wrote shared_data/golden/{name}.json (largest |Python - R| {largest:.3g})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
