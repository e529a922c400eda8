"""``make budget``: what ``make test`` costs against the work it guards.

The budget: ``make test`` may take at most four times as long as training every
shared experiment (``shared_data/experiments.json``) once through each command
line, Python's and R's, as a user would run them. This times both, on the
same machine in the same minutes, and prints the ratio; the machine is shared
and noisy, so it reports and never fails on a time.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from scratchnet.cli import experiment_argv
from scratchnet.experiments import load_experiments

REPO = Path(__file__).resolve().parents[2]
BUDGET = 4.0


def timed(command: list[str]) -> float:
    """Seconds one command takes, run from the top of the clone; stops on failure."""
    start = time.perf_counter()
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        printed = (result.stdout + result.stderr).strip().splitlines()[-3:]
        sys.exit(f"budget: `{' '.join(command)}` failed: {' / '.join(printed)}")
    return time.perf_counter() - start


def main() -> int:
    """Time every experiment through both command lines, then make test."""
    clis = {
        "Python": [sys.executable, "-m", "scratchnet"],
        "R": ["Rscript", str(REPO / "r" / "exec" / "scratchnet.R")],
    }
    training = 0.0
    for experiment in load_experiments(REPO / "shared_data"):
        seconds = {name: timed([*cli, *experiment_argv(experiment)]) for name, cli in clis.items()}
        training += sum(seconds.values())
        print(
            f"budget: {experiment['name']:<13} Python {seconds['Python']:5.1f} s, "
            f"R {seconds['R']:5.1f} s",
            flush=True,
        )
    print(f"budget: every experiment once through each command line: {training:.1f} s")
    test = timed(["make", "--no-print-directory", "test"])
    ratio = test / training
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(
        f"budget: make test {test:.1f} s = {ratio:.2f} x that ({verdict} the {BUDGET:g} x budget)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
