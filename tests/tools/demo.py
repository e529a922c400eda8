"""``make demo``: the shipped experiments in Python and in R, side by side.

For the experiments ``toy`` and ``moons`` of ``shared_data/experiments.json``,
train in Python (this process) and in R (``Rscript r/exec/scratchnet.R ...
--json``, the R learner's own command line), print both loss histories and
outputs side by side with the largest difference between the languages, and
draw the pictures into ``figures/``. ``--plots-only`` draws without printing.

Maintainer tooling beside the harness, not in the packages: it *is* the
comparison of the two languages, so it has no twin.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from scratchnet.cli import experiment_argv
from scratchnet.experiments import load_experiments, run_experiment
from scratchnet.network import PARAM_NAMES, accuracy
from scratchnet.plots import plot_decision_boundary, plot_loss_curves

# The clone this file sits in (tests/tools/demo.py), never where the installed
# package keeps its copy of the data.
REPO = Path(__file__).resolve().parents[2]
DEMO_EXPERIMENTS = ("toy", "moons")
OUTPUT_ROWS = 5


class RCommandLineError(Exception):
    """The R command line exited with an error; the message is what it printed."""


def run_r_cli(argv: list[str]) -> dict:
    """Run the R command line with ``--json`` and return what it wrote."""
    script = REPO / "r" / "exec" / "scratchnet.R"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.json"
        command = ["Rscript", str(script), *argv, "--json", str(path)]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            # Rscript prints some fatal errors (a missing script) on stdout.
            printed = (result.stdout + result.stderr).strip() or "(it printed nothing)"
            raise RCommandLineError(
                f"`{' '.join(command[:2])} {' '.join(argv)}` exited with status "
                f"{result.returncode}: {' '.join(printed.splitlines())}"
            )
        return json.loads(path.read_text(encoding="utf-8"))


def side_by_side(experiment: dict, python: dict, r: dict, every: int = 1000) -> list[str]:
    """Lines: the two loss histories, the outputs, the largest differences."""
    lines = [
        f"== {experiment['name']}: dataset {experiment['dataset']}, seed {experiment['seed']}, "
        f"hidden {experiment['hidden']}, lr {experiment['lr']:g}, "
        f"{experiment['epochs']} epochs ==",
        f"{'epoch':>7}  {'Python loss':>14}  {'R loss':>14}",
    ]
    r_loss = np.array(r["loss"])
    for epoch in range(len(python["loss"])):
        if epoch % every == 0 or epoch == len(python["loss"]) - 1:
            lines.append(f"{epoch:>7}  {python['loss'][epoch]:14.10f}  {r_loss[epoch]:14.10f}")
    y, r_output = python["dataset"]["y"], np.array(r["output"])
    lines.append(f"{'output':>7}  {'Python':>14}  {'R':>14}  target")
    for row in range(min(len(y), OUTPUT_ROWS)):
        lines.append(
            f"{row + 1:>7}  {python['output'][row, 0]:14.8f}  {r_output[row, 0]:14.8f}"
            f"  {y[row, 0]:g}"
        )
    if len(y) > OUTPUT_ROWS:
        lines.append(f"{'...':>7}  ({len(y) - OUTPUT_ROWS} more rows)")
    shares = [accuracy(y, out) for out in (python["output"], r_output)]
    lines.append(f"training accuracy: Python {100 * shares[0]:.1f}%, R {100 * shares[1]:.1f}%")

    def largest(stage: str) -> float:
        return max(
            float(np.max(np.abs(python[stage][name] - np.array(r[stage][name]))))
            for name in PARAM_NAMES
        )

    start = largest("initial")
    lines.append(
        "largest |Python - R|: start weights "
        + ("0 (bit-identical)" if start == 0 else f"{start:.3g} (NOT identical)")
        + f", final weights {largest('final'):.2g}"
        + f", loss {np.max(np.abs(python['loss'] - r_loss)):.2g}"
        + f", output {np.max(np.abs(python['output'] - r_output)):.2g}"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Run the demo; ``--plots-only`` skips the printing."""
    quiet = "--plots-only" in (sys.argv[1:] if argv is None else argv)
    figures = REPO / "figures"
    experiments = {e["name"]: e for e in load_experiments(REPO / "shared_data")}
    for name in DEMO_EXPERIMENTS:
        experiment = experiments[name]
        python = run_experiment(experiment)
        try:
            r = run_r_cli(experiment_argv(experiment))
        except RCommandLineError as problem:
            print(f"demo: the R command line failed: {problem}", file=sys.stderr)
            return 1
        if not quiet:
            print("\n".join(side_by_side(experiment, python, r)), end="\n\n")
        written = [
            plot_loss_curves(
                {"Python": python["loss"], "R": np.array(r["loss"])},
                f"{name}: loss in Python and R (the lines lie on top of each other)",
                figures / f"loss_{name}_python_and_r.png",
            )
        ]
        if python["dataset"]["X"].shape[1] == 2:
            written.append(
                plot_decision_boundary(
                    python["dataset"]["X"],
                    python["dataset"]["y"],
                    python["final"],
                    f"{name}: decision boundary after {experiment['epochs']} epochs (Python)",
                    figures / f"boundary_{name}_python.png",
                )
            )
        for path in written:
            print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
