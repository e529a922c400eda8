"""What ``make bench`` times: the cases, and one epoch of each contestant.

Maintainer tooling, beside the package and never imported by it. The
contestants are the package's readable ``train`` and its ``train_fast``;
as reference points, an optimised numpy epoch (the yardstick for
``train_fast``'s speed target: its own code, not for reading), and
scikit-learn and torch doing the same full-batch step when they are
installed (``make bench`` installs them; they are never core dependencies).
Every contestant is a function of no arguments that runs ``EPOCHS[case]``
epochs from the same start, so times are compared per epoch.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

import scratchnet as sn
from scratchnet.checks import check_training
from scratchnet.network import Params

CASES = ["toy", "moons", "n1000", "n10000", "n100000"]
EPOCHS = {"toy": 1000, "moons": 200, "n1000": 200, "n10000": 50, "n100000": 10}
"""Epochs per timed call: enough that the once-per-call work (the checks, the
last epoch's diagnosis) is a few percent at most, as in real training."""
SEED = 42
YARDSTICK_CHUNKS = (1024, 4096, 16384)
"""The optimised numpy epoch is timed with each; the report takes its best, so
the target is met against the yardstick as well tuned as this machine allows."""


def bench_case(name: str) -> dict[str, object]:
    """The data and settings of one case (the same in ``r/bench/bench.R``).

    ``toy`` and ``moons`` are the shipped experiments; ``n<N>`` is N points
    with d = 2 uniform features from the shared seed (column by column, as R
    fills a matrix), target 1 where x1 > x2, h = 10 and lr = 1 / N. Returns
    ``X``, ``y``, ``hidden``, ``lr`` and the start ``params``.
    """
    if name in ("toy", "moons"):
        run = sn.load_experiments()
        experiment = next(e for e in run if e["name"] == name)
        data = sn.load_dataset(name)
        X, y, hidden, lr = data["X"], data["y"], experiment["hidden"], experiment["lr"]
    else:
        n = int(name[1:])
        X = sn.runif_from_seed(2 * n, SEED).reshape((n, 2), order="F")
        y, hidden, lr = (X[:, :1] > X[:, 1:]).astype(float), 10, 1.0 / n
    params = sn.init_params(X.shape[1], hidden, y.shape[1], SEED)
    return {"X": X, "y": y, "hidden": hidden, "lr": lr, "params": params}


def contestant(label: str, case: dict, epochs: int) -> Callable[[], object] | None:
    """A call that trains ``epochs`` epochs with ``label``'s code, or None if not installed.

    Labels: ``"train"``, ``"train_fast"``, ``"numpy chunk <c>"`` (the
    yardstick), ``"scikit-learn"``, ``"torch"``, and ``"checks"``: only the
    argument checks those trainers make once per call.
    """
    X, y, params, lr = case["X"], case["y"], case["params"], case["lr"]
    if label == "checks":  # what train and train_fast check once per call
        return lambda: check_training(X, y, params, lr, epochs)
    if label in ("train", "train_fast"):
        trainer = getattr(sn, label)
        return lambda: trainer(X, y, params, lr, epochs)
    if label.startswith("numpy chunk "):
        epoch = optimised_epoch(X, y, params, lr, int(label.split()[-1]))
    elif label == "scikit-learn":
        epoch = sklearn_epoch(X, y, case["hidden"], lr)
    else:
        epoch = torch_epoch(X, y, params, lr)
    if epoch is None:
        return None
    return lambda: [epoch() for _ in range(epochs)]


def optimised_epoch(
    X: np.ndarray, y: np.ndarray, params: Params, lr: float, chunk: int
) -> Callable:
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
    chunk = min(n, chunk)
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
    torch.set_num_threads(1)  # every contestant runs on one thread (see bench.py)
    inputs, targets = torch.from_numpy(X), torch.from_numpy(y)
    weights = [torch.from_numpy(params[k].copy()).requires_grad_() for k in sn.PARAM_NAMES]

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
