"""``make bench``: what one training epoch costs, Python against R and references.

Times one epoch (the median of repeated runs, after a warm-up) of the
repository's readable ``train`` and of ``train_fast`` in Python, and, in one R
process, of their R twins. As reference points in the same run: an optimised
numpy epoch, scikit-learn's ``MLPClassifier`` and torch on the CPU doing the
same full-batch step (when those two are installed: ``make bench`` installs
them, they are never core dependencies), and the best base-R formulation of
the straightforward epoch. Prints two tables of times with each one's ratio to
the optimised numpy epoch, the slope of time against n, the speed
targets met or not in this run, and draws the scaling plot. Mirrors
``r/bench/bench.R`` for the R half. Speed is measured as ratios within one run,
never asserted in tests: the machine is shared and noisy.

``bench_case``, ``median_seconds`` and ``time_epoch`` have R twins; the
reference points (``optimised_epoch``, ``sklearn_epoch``, ``torch_epoch``),
the driver of the R half (``r_times``), the table's ``slope`` and the targets
(``target_lines``) are Python's alone, as R's yardstick (``crossprod_epoch``)
and entry point (``bench_main``) are R's alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from scratchnet.datasets import load_dataset, shared_data_dir
from scratchnet.fast import train_fast
from scratchnet.network import Params, init_params, train
from scratchnet.rng import runif_from_seed

CASES = ["toy", "moons", "n1000", "n10000", "n100000"]
SEED = 42
BUDGET_SECONDS = 0.4
"""Repeats per case: enough runs to fill about this long (at least 5)."""
PYTHON_COLUMNS = ["optimised numpy", "Python", "Python fast", "scikit-learn", "torch"]
R_COLUMNS = ["R", "R fast", "R best"]
"""The order of the numbers ``bench_main`` in ``r/bench/bench.R`` prints after each case."""
RUN_SECONDS = 0.02
"""``time_epoch``: epochs per timed run, enough to fill about this long."""


def bench_case(name: str, data_dir: str | Path) -> dict[str, object]:
    """The data and settings of one benchmark case (the same in R).

    ``toy`` and ``moons`` are the shipped experiments; ``n<N>`` is N points
    with d = 2 uniform features from the shared seed (column by column, as R
    fills a matrix), target 1 where x1 > x2, h = 10 and lr = 1 / N.

    Returns
    -------
    dict
        ``X`` (n, d), ``y`` (n, 1), ``hidden``, ``lr``.
    """
    if name in ("toy", "moons"):
        data = load_dataset(name, data_dir)
        hidden, lr = (3, 0.1) if name == "toy" else (10, 0.003)
        return {"X": data["X"], "y": data["y"], "hidden": hidden, "lr": lr}
    n = int(name[1:])
    X = runif_from_seed(2 * n, SEED).reshape((n, 2), order="F")
    y = (X[:, :1] > X[:, 1:]).astype(float)
    return {"X": X, "y": y, "hidden": 10, "lr": 1.0 / n}


def median_seconds(run: Callable[[], object], warmup: int = 3) -> float:
    """The median time of ``run()`` over repeats filling ``BUDGET_SECONDS``."""
    for _ in range(warmup):
        run()
    start = time.perf_counter()
    run()
    once = max(time.perf_counter() - start, 1e-7)
    times = []
    for _ in range(max(5, min(2000, int(BUDGET_SECONDS / once)))):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return float(np.median(times))


def time_epoch(
    trainer: Callable[..., object], X: np.ndarray, y: np.ndarray, params: Params, lr: float
) -> float:
    """Seconds per epoch of ``trainer`` (``train`` or ``train_fast``), median of repeats.

    Each timed run trains for as many epochs as fill about ``RUN_SECONDS``
    (at least one, at most 1000), and its time is divided by that number: the cost of an
    epoch in a training run, with the per-call setup (``train_fast`` folds the
    weights and makes its buffers once per call) spread as it is in real use.
    """
    start = time.perf_counter()
    trainer(X, y, params, lr, 1)
    once = max(time.perf_counter() - start, 1e-7)
    epochs = max(1, min(1000, round(RUN_SECONDS / once)))
    return median_seconds(lambda: trainer(X, y, params, lr, epochs)) / epochs


def optimised_epoch(X: np.ndarray, y: np.ndarray, params: Params, lr: float) -> Callable:
    """An optimised numpy epoch of the same network: the yardstick, not for reading.

    Samples are columns (the transposed layout: long contiguous rows), the
    biases are folded into the matrix products as an extra input fixed at 1,
    every array is allocated once and reused through ``out=``, and the batch
    is walked in chunks that fit in cache while the gradient is still summed
    over all of it before the one update.

    Returns
    -------
    callable
        Each call runs one epoch, updating its own copy of the weights;
        its ``params()`` returns them as ``wh``, ``bh``, ``wout``, ``bout``.
    """
    n, d = X.shape
    h, k = params["wh"].shape[1], params["wout"].shape[1]
    chunk = min(n, 2048)
    inputs = np.vstack([X.T, np.ones((1, n))])  # (d + 1, n)
    targets = np.ascontiguousarray(y.T)  # (k, n)
    w1 = np.vstack([params["wh"], params["bh"]]).T.copy()  # (h, d + 1)
    w2 = np.vstack([params["wout"], params["bout"]]).T.copy()  # (k, h + 1)
    hidden_ones = np.ones((h + 1, chunk))
    hidden = hidden_ones[:h]
    out, d_out, d_hid, slope = (np.empty((rows, chunk)) for rows in (k, k, h, h))
    g1, g2 = np.empty_like(w1), np.empty_like(w2)
    part1, part2 = np.empty_like(w1), np.empty_like(w2)

    def sigmoid_into(values: np.ndarray) -> None:
        np.negative(values, out=values)
        np.exp(values, out=values)
        np.add(values, 1.0, out=values)
        np.reciprocal(values, out=values)

    def epoch() -> None:
        g1.fill(0.0)
        g2.fill(0.0)
        for start in range(0, n, chunk):
            m = min(chunk, n - start)
            x, t = inputs[:, start : start + m], targets[:, start : start + m]
            hid, ho, o, do, dh, s = (
                hidden[:, :m], hidden_ones[:, :m], out[:, :m], d_out[:, :m], d_hid[:, :m],
                slope[:, :m],
            )  # fmt: skip
            np.matmul(w1, x, out=hid)
            sigmoid_into(hid)
            np.matmul(w2, ho, out=o)
            sigmoid_into(o)
            np.subtract(t, o, out=do)
            np.multiply(do, o, out=do)
            np.subtract(1.0, o, out=o)
            np.multiply(do, o, out=do)
            np.matmul(w2[:, :h].T, do, out=dh)
            np.subtract(1.0, hid, out=s)
            np.multiply(s, hid, out=s)
            np.multiply(dh, s, out=dh)
            np.matmul(do, ho.T, out=part2)
            np.add(g2, part2, out=g2)
            np.matmul(dh, x.T, out=part1)
            np.add(g1, part1, out=g1)
        np.multiply(g1, lr, out=g1)
        np.add(w1, g1, out=w1)
        np.multiply(g2, lr, out=g2)
        np.add(w2, g2, out=w2)

    def current() -> Params:
        """The weights so far, in the core's names and shapes (for checking)."""
        return {"wh": w1[:, :d].T, "bh": w1[:, d:].T, "wout": w2[:, :h].T, "bout": w2[:, h:].T}

    epoch.params = current  # type: ignore[attr-defined]
    return epoch


def sklearn_epoch(X: np.ndarray, y: np.ndarray, hidden: int, lr: float) -> Callable | None:
    """scikit-learn's MLPClassifier doing one full-batch SGD step per call, or None.

    Logistic hidden units, plain SGD (no momentum, no L2), the whole batch
    at once; its output layer and loss (log-loss) differ from ours, the work
    per epoch does not.
    """
    try:
        from sklearn.neural_network import MLPClassifier
    except ImportError:
        return None
    model = MLPClassifier(
        hidden_layer_sizes=(hidden,), activation="logistic", solver="sgd", alpha=0.0,
        batch_size=X.shape[0], learning_rate_init=lr, momentum=0.0,
        nesterovs_momentum=False, shuffle=False, random_state=0,
    )  # fmt: skip
    labels = y[:, 0].astype(int)
    model.partial_fit(X, labels, classes=np.array([0, 1]))
    return lambda: model.partial_fit(X, labels)


def torch_epoch(X: np.ndarray, y: np.ndarray, params: Params, lr: float) -> Callable | None:
    """Torch on the CPU (float64, autograd) doing one full-batch step, or None."""
    try:
        import torch
    except ImportError:
        return None
    inputs, targets = torch.from_numpy(X), torch.from_numpy(y)
    weights = [
        torch.from_numpy(params[k].copy()).requires_grad_() for k in ("wh", "bh", "wout", "bout")
    ]

    def epoch() -> None:
        wh, bh, wout, bout = weights
        output = torch.sigmoid(torch.sigmoid(inputs @ wh + bh) @ wout + bout)
        total = 0.5 * ((targets - output) ** 2).sum()
        for weight in weights:
            weight.grad = None
        total.backward()
        with torch.no_grad():
            for weight in weights:
                weight -= lr * weight.grad

    return epoch


def r_times(cases: list[str], repo: Path) -> dict[str, dict[str, float]]:
    """The R half, in one R process: case -> {"R": s, "R fast": s, "R best": s}."""
    environment = dict(os.environ, R_LIBS=str(repo / ".rlib"))  # the project's R library
    result = subprocess.run(
        ["Rscript", str(repo / "r" / "bench" / "bench.R"), *cases],
        capture_output=True, text=True, cwd=repo, env=environment, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"the R benchmark failed: {result.stderr.strip()}")
    times: dict[str, dict[str, float]] = {}
    for line in result.stdout.splitlines():
        case, *seconds = line.split(",")
        times[case] = dict(zip(R_COLUMNS, map(float, seconds), strict=True))
    return times


def slope(ns: list[int], seconds: list[float]) -> float:
    """The slope of log(time) against log(n): 1 means time grows like n."""
    return float(np.polyfit(np.log(ns), np.log(seconds), 1)[0])


def main() -> int:
    """Run every case, print the two tables, the slopes and the targets, draw the plot."""
    data_dir = shared_data_dir()
    repo = data_dir.parent
    rows: dict[str, dict[str, float]] = {}
    sizes: dict[str, int] = {}
    for name in CASES:
        case = bench_case(name, data_dir)
        X, y, hidden, lr = case["X"], case["y"], case["hidden"], case["lr"]
        params = init_params(X.shape[1], hidden, y.shape[1], SEED)
        sizes[name] = X.shape[0]
        rows[name] = {
            "optimised numpy": median_seconds(optimised_epoch(X, y, params, lr)),
            "Python": time_epoch(train, X, y, params, lr),
            "Python fast": time_epoch(train_fast, X, y, params, lr),
        }
        for label, run in (
            ("scikit-learn", sklearn_epoch(X, y, hidden, lr)),
            ("torch", torch_epoch(X, y, params, lr)),
        ):
            rows[name][label] = median_seconds(run) if run is not None else float("nan")
    for name, times in r_times(CASES, repo).items():
        rows[name].update(times)
    print("one epoch, median of repeats; in brackets the ratio to the optimised numpy epoch")
    print()
    _table(rows, sizes, PYTHON_COLUMNS, {})
    print()
    _table(rows, sizes, R_COLUMNS, {"R / R best": "R", "R fast / R best": "R fast"})
    print()
    synthetic = [name for name in CASES if name.startswith("n")]
    ns = [sizes[name] for name in synthetic]
    columns = PYTHON_COLUMNS + R_COLUMNS
    print("slope of log(time) against log(n) over " + ", ".join(synthetic) + ":")
    print("  " + ", ".join(
        f"{c} {slope(ns, [rows[s][c] for s in synthetic]):.2f}"
        for c in columns if all(rows[s][c] == rows[s][c] for s in synthetic)
    ))  # fmt: skip
    print("the speed targets, in this run:")
    for line in target_lines(rows, sizes):
        print("  " + line)
    path = _scaling_plot(ns, {c: [rows[s][c] for s in synthetic] for c in columns}, repo)
    print(f"wrote {path.relative_to(repo)}")
    return 0


def target_lines(rows: dict[str, dict[str, float]], sizes: dict[str, int]) -> list[str]:
    """The speed targets, each with the worst ratio of this run and met or not.

    Parameters
    ----------
    rows : dict
        case -> column -> seconds per epoch (NaN where not installed).
    sizes : dict
        case -> n.

    Returns
    -------
    list of str
        One line per target.
    """

    def verdict(text: str, worst: float, limit: float) -> str:
        if worst != worst:
            return f"{text}: not measured (a reference is not installed)"
        return f"{text}: worst {worst:.2f}, {'met' if worst <= limit else 'NOT met'}"

    large = [name for name in rows if sizes[name] >= 1000]
    rivals = [max(rows[name]["scikit-learn"], rows[name]["torch"]) for name in rows]
    return [
        verdict(
            "Python fast / optimised numpy <= 1.5 for n >= 1000",
            max(rows[name]["Python fast"] / rows[name]["optimised numpy"] for name in large),
            1.5,
        ),
        verdict(
            "Python fast / min(scikit-learn, torch) < 1 at every n",
            max(
                rows[name]["Python fast"] / min(rows[name]["scikit-learn"], rows[name]["torch"])
                for name in rows
            )
            if all(r == r for r in rivals)
            else float("nan"),
            0.999999,
        ),
        verdict(
            "R fast / R best <= 1.5 at every n",
            max(rows[name]["R fast"] / rows[name]["R best"] for name in rows),
            1.5,
        ),
        verdict(
            "R (readable) / R best <= 1.5 at every n",
            max(rows[name]["R"] / rows[name]["R best"] for name in rows),
            1.5,
        ),
    ]


def _table(
    rows: dict[str, dict[str, float]],
    sizes: dict[str, int],
    columns: list[str],
    ratios: dict[str, str],
) -> None:
    """Print one table: a time per column, its ratio to optimised numpy, extra ratios."""
    print(
        f"{'case':<8}{'n':>8}"
        + "".join(f"{c:>22}" for c in columns)
        + "".join(f"{r:>17}" for r in ratios)
    )
    for name in CASES:
        base = rows[name]["optimised numpy"]
        cells = "".join(
            f"{_time(t):>12} ({t / base:5.1f}x)" if t == t else f"{'not installed':>22}"
            for t in (rows[name][c] for c in columns)
        )  # fmt: skip
        extra = "".join(
            f"{rows[name][top] / rows[name]['R best']:>17.2f}" for top in ratios.values()
        )
        print(f"{name:<8}{sizes[name]:>8}{cells}{extra}")


def _time(seconds: float) -> str:
    """Seconds as a short reading: 12.3 us, 4.56 ms."""
    return f"{seconds * 1e6:.1f} us" if seconds < 1e-3 else f"{seconds * 1e3:.2f} ms"


def _scaling_plot(ns: list[int], series: dict[str, list[float]], repo: Path) -> Path:
    """Time per epoch against n, log-log, one line per implementation."""
    from scratchnet.plots import FIGURE_SIZE, _save, plt

    figure, axes = plt.subplots(figsize=FIGURE_SIZE, dpi=100)
    for label, seconds in series.items():
        if all(s == s for s in seconds):
            axes.plot(ns, seconds, marker="o", label=label)
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("n (samples), d = 2, h = 10")
    axes.set_ylabel("seconds per epoch")
    axes.set_title("one full-batch epoch: how time grows with n")
    axes.legend()
    return _save(figure, repo / "figures" / "bench_scaling.png")


if __name__ == "__main__":
    sys.exit(main())
