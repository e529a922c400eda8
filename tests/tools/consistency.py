"""``make consistency``: each experiment's largest Python-R difference per quantity.

A maintainer's table, not a test: it runs every shared experiment with both
trainers in both languages (R embedded through rpy2, as in the harness) and
prints the largest difference of each compared quantity.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import scratchnet as sn
from harness import DATA_DIR, PARAM_NAMES, TOLERANCE, RSession, quantities, run_python, run_r


def largest_difference(python: np.ndarray, r: np.ndarray) -> float:
    """The largest |python - r| over all entries (inf if the shapes differ)."""
    if python.shape != r.shape:
        return float("inf")
    return float(np.max(np.abs(python - r))) if python.size else 0.0


def _largest(runs: dict, a: tuple[str, str], b: tuple[str, str], names: list[str]) -> float:
    """The largest difference between runs a and b over the named quantities."""
    return max(largest_difference(runs[a][n], runs[b][n]) for n in names)


def consistency_table(r: RSession, experiments: list[dict]) -> list[str]:
    """Lines of two tables: each experiment, the largest difference per quantity.

    The first compares the readable ``train`` of Python and R; the second
    ``train_fast``, across the languages and against ``train`` in each.
    """
    columns = ["start weights", "final weights", "loss history", "output"]
    lines = [f"{'experiment':<14}" + "".join(f"{c:>16}" for c in columns)]
    fast_lines = [
        "train_fast: largest difference of the final weights | of the loss history",
        f"{'experiment':<14}{'Python - R':>28}{'Python: fast - train':>28}{'R: fast - train':>28}",
    ]
    for experiment in experiments:
        runs = {
            (language, trainer): quantities(
                run_python(experiment, trainer) if language == "Python"
                else run_r(r, experiment, trainer)
            )
            for language in ("Python", "R") for trainer in ("train", "train_fast")
        }  # fmt: skip

        finals = [f"final {n}" for n in PARAM_NAMES]
        py, in_r = ("Python", "train"), ("R", "train")
        row = [
            _largest(runs, py, in_r, [f"initial {n}" for n in PARAM_NAMES]),
            _largest(runs, py, in_r, finals),
            _largest(runs, py, in_r, ["loss"]),
            _largest(runs, py, in_r, ["output"]),
        ]
        lines.append(f"{experiment['name']:<14}" + "".join(f"{v:>16.3g}" for v in row))
        pairs = [
            (("Python", "train_fast"), ("R", "train_fast")),
            (("Python", "train_fast"), py),
            (("R", "train_fast"), in_r),
        ]
        cells = [(_largest(runs, a, b, finals), _largest(runs, a, b, ["loss"])) for a, b in pairs]
        fast_lines.append(
            f"{experiment['name']:<14}" + "".join(f"{w:>17.3g} |{loss:>9.3g}" for w, loss in cells)
        )
    rule = f"within rtol {TOLERANCE['rtol']:g}, atol {TOLERANCE['atol']:g}"
    lines.append(f"largest |Python - R|; start weights must be 0 (bit-identical), the rest {rule}")
    return [*lines, "", *fast_lines, f"all {rule}"]


if __name__ == "__main__":
    try:
        session = RSession()
    except RuntimeError as problem:
        print(f"consistency: {problem}", file=sys.stderr)
        sys.exit(2)
    print("\n".join(consistency_table(session, sn.load_experiments(DATA_DIR))))
