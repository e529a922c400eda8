"""``make bench``: what one training epoch costs, in Python and in R.

Runs ``test_epochs.py`` under pytest-benchmark (every contestant of
``contestants.py`` on every case, 15 timed calls after two warm-ups) and
``r/bench/bench.R`` (interleaved rounds), then prints, per epoch, each
median with its spread (± half the interquartile range, as a share of the
median) and its ratio to its language's yardstick (Python: the optimised
numpy epoch; R: the best base-R epoch, which ``bench.R`` checks against
``train`` first); the slope of time against n; which speed targets hold in
this run; and the scaling plot.
Every contestant runs on one thread: numpy's OpenBLAS, torch and R alike,
so no one wins by using the second core. Times are compared as ratios within
one run, never asserted in tests: the machine is shared and noisy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
THREADS = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
os.environ.update(THREADS)  # before numpy loads, here and in the processes below
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402
from contestants import CASES, EPOCHS, YARDSTICK_CHUNKS  # noqa: E402

PYTHON_COLUMNS = ["optimised numpy", "train", "train_fast", "scikit-learn", "torch"]
R_COLUMNS = ["best base-R", "R train", "R train_fast"]
FAST_TARGET = 1.2
"""train_fast may take at most this many times its language's yardstick, n >= 1000."""

Spread = tuple[float, float, float]  # q1, median, q3, seconds per epoch


def python_times(json_path: Path) -> tuple[dict, dict[str, int], dict[str, int]]:
    """Run the Python benchmarks.

    Returns case -> label -> (q1, median, q3) per epoch, case -> n, and
    case -> the yardstick's best chunk (its times are ``"optimised numpy"``).
    """
    command = [
        sys.executable, "-m", "pytest", str(HERE / "test_epochs.py"), "-q",
        "-p", "no:cacheprovider", f"--benchmark-json={json_path}",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    if result.returncode != 0:
        raise SystemExit(f"bench: the Python benchmarks failed:\n{result.stdout[-3000:]}")
    times: dict[str, dict[str, Spread]] = {name: {} for name in CASES}
    sizes: dict[str, int] = {}
    for entry in json.loads(json_path.read_text())["benchmarks"]:
        info, stats = entry["extra_info"], entry["stats"]
        sizes[info["case"]] = info["n"]
        times[info["case"]][info["label"]] = tuple(
            stats[key] / info["epochs"] for key in ("q1", "median", "q3")
        )
    best_chunks = {}
    for name, row in times.items():  # the yardstick: its best chunk on this machine
        best_chunks[name] = min(YARDSTICK_CHUNKS, key=lambda c: row[f"numpy chunk {c}"][1])
        row["optimised numpy"] = row[f"numpy chunk {best_chunks[name]}"]
    return times, sizes, best_chunks


def r_times() -> tuple[dict[str, dict[str, Spread]], dict[str, int]]:
    """Run the R benchmarks in one R process.

    Returns case -> label -> (q1, median, q3) per epoch, and case -> the
    base-R yardstick's best chunk (its times are ``"best base-R"``).
    """
    chunks = ",".join(str(chunk) for chunk in YARDSTICK_CHUNKS)
    specs = [f"--chunks={chunks}", *(f"{name}:{EPOCHS[name]}" for name in CASES)]
    environment = dict(os.environ, R_LIBS=str(REPO / ".rlib"))
    result = subprocess.run(
        ["Rscript", str(REPO / "r" / "bench" / "bench.R"), *specs],
        capture_output=True, text=True, cwd=REPO, env=environment, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"bench: the R benchmarks failed: {result.stderr.strip()}")
    times: dict[str, dict[str, Spread]] = {name: {} for name in CASES}
    best_chunks = {}
    for line in result.stdout.splitlines():
        name, label, *quartiles = line.split(",")
        spread = tuple(map(float, quartiles))
        if label.startswith("base-R chunk "):  # the yardstick: its best chunk
            best = times[name].get("best base-R")
            if best is None or spread[1] < best[1]:
                times[name]["best base-R"] = spread
                best_chunks[name] = int(label.split()[-1])
        else:
            times[name][f"R {label}"] = spread
    return times, best_chunks


def cell(spread: Spread | None, base: float) -> str:
    """'47.5 us ±2% (0.9x)': the median, half the IQR over the median, the ratio."""
    if spread is None:
        return f"{'not installed':>25}"
    q1, median, q3 = spread
    shown = f"{median * 1e6:.1f} us" if median < 1e-3 else f"{median * 1e3:.2f} ms"
    return f"{shown:>9} ±{50 * (q3 - q1) / median:4.1f}% ({median / base:4.1f}x)"


def table(times: dict, sizes: dict[str, int], columns: list[str], yardstick: str) -> list[str]:
    """One table: a row per case, a cell per column, ratios to the yardstick's column."""
    lines = [f"{'case':<8}{'n':>7}" + "".join(f"{c:>26}" for c in columns)]
    for name in CASES:
        base = times[name][yardstick][1]
        cells = "".join(" " + cell(times[name].get(c), base) for c in columns)
        lines.append(f"{name:<8}{sizes[name]:>7}{cells}")
    return lines


def slope(ns: list[int], seconds: list[float]) -> float:
    """The slope of log(time) against log(n): 1 means time grows like n."""
    return float(np.polyfit(np.log(ns), np.log(seconds), 1)[0])


def target_lines(times: dict, sizes: dict[str, int]) -> list[str]:
    """The speed targets, each with the worst ratio of this run and met or not."""
    large = [name for name in CASES if sizes[name] >= 1000]

    def verdict(text: str, ratios: list[float], limit: float) -> str:
        if not ratios:
            return f"{text}: not measured (scikit-learn or torch is not installed)"
        worst = max(ratios)
        return f"{text}: worst {worst:.2f}, {'met' if worst <= limit else 'NOT met'}"

    rivals = [n for n in large if "scikit-learn" in times[n] and "torch" in times[n]]
    return [
        verdict(
            f"train_fast / optimised numpy <= {FAST_TARGET} for n >= 1000",
            [times[n]["train_fast"][1] / times[n]["optimised numpy"][1] for n in large],
            FAST_TARGET,
        ),
        verdict(
            f"R train_fast / best base-R epoch <= {FAST_TARGET} for n >= 1000",
            [times[n]["R train_fast"][1] / times[n]["best base-R"][1] for n in large],
            FAST_TARGET,
        ),
        verdict(
            "train_fast / min(scikit-learn, torch) < 1 for n >= 1000",
            [
                times[n]["train_fast"][1] / min(times[n]["scikit-learn"][1], times[n]["torch"][1])
                for n in rivals
            ],
            0.999999,
        ),
    ]


def scaling_plot(ns: list[int], series: dict[str, list[float]]) -> Path:
    """Time per epoch against n, log-log, one line per contestant, into figures/."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(6.4, 4.8), dpi=100)
    for label, seconds in series.items():
        axes.plot(ns, seconds, marker="o", label=label)
    axes.set(xscale="log", yscale="log", xlabel="n (samples), d = 2, h = 10")
    axes.set(ylabel="seconds per epoch (median)", title="one full-batch epoch, one thread")
    axes.legend()
    path = REPO / "figures" / "bench_scaling.png"
    path.parent.mkdir(exist_ok=True)
    figure.savefig(path)
    plt.close(figure)
    return path


def main() -> int:
    """Run both halves, print the tables, the slopes and the targets, draw the plot."""
    (REPO / ".stamps").mkdir(exist_ok=True)
    times, sizes, best_chunks = python_times(REPO / ".stamps" / "bench.json")
    r_rows, r_chunks = r_times()
    for name, row in r_rows.items():
        times[name].update(row)
    print("one epoch: median ± half the interquartile range; in brackets the ratio to the")
    print("optimised numpy epoch (its best chunk on this machine: " + ", ".join(
        f"{name} {best_chunks[name]}" for name in CASES) + ")")  # fmt: skip
    print("threads: 1 for every contestant (" + ", ".join(f"{k}=1" for k in THREADS)
          + ", torch.set_num_threads(1); R's reference BLAS is single-threaded)")  # fmt: skip
    print()
    print("\n".join(table(times, sizes, PYTHON_COLUMNS, "optimised numpy")))
    print()
    print("R: in brackets the ratio to the best base-R epoch (d_hidden formed, samples as")
    print("columns, biases folded in; its best chunk: " + ", ".join(
        f"{name} {r_chunks[name]}" for name in CASES) + ")")  # fmt: skip
    print("\n".join(table(times, sizes, R_COLUMNS, "best base-R")))
    print()
    synthetic = [name for name in CASES if name.startswith("n")]
    ns = [sizes[name] for name in synthetic]
    measured = [c for c in PYTHON_COLUMNS + R_COLUMNS if all(c in times[s] for s in synthetic)]
    series = {c: [times[s][c][1] for s in synthetic] for c in measured}
    print("slope of log(time) against log(n) over " + ", ".join(synthetic) + ":")
    print("  " + ", ".join(f"{c} {slope(ns, series[c]):.2f}" for c in measured))
    print("the argument checks train and train_fast make once per call, against one epoch:")
    costs = [(name, times[name]["checks"][1], times[name]["train_fast"][1]) for name in CASES]
    print("  " + ", ".join(f"{n} {c * 1e6:.1f} us ({c / e:.2f} epochs)" for n, c, e in costs))
    print("the speed targets, in this run:")
    print("\n".join("  " + line for line in target_lines(times, sizes)))
    print(f"wrote {scaling_plot(ns, series).relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
