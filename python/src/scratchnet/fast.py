"""The same network, trained fast: ``train_fast``, the epoch ``make bench`` times.

``train_fast`` computes what ``network.train`` computes (the same steps 2-11,
the same start, the same numbers up to rounding) with the work rearranged so
that numpy touches memory less. Read ``network.py`` to learn the network; read
this to see what makes array code fast. Mirrors ``r/R/fast.R``. Tests check it
against ``network.train`` on every shared experiment, with the same tolerance
as Python against R (it agrees to about 1e-13).

The speed-ups, each a rewrite of the readable code that changes no result
beyond rounding (``docs/maintainers.md``, "What it costs", measures what they buy):

1. **Samples as columns.** Arrays are (units, samples): each unit's n values
   lie side by side in memory, so every pass over them streams. (``fast.R``
   uses the same shapes for a reason of its own: R's reference BLAS sums
   over samples fastest when they are columns.)
2. **Biases folded into the weights.** The inputs get an extra row of ones and
   each weight matrix an extra column holding the biases, so steps 2 and 4
   are one matrix product each, with no bias added afterwards.
3. **Negated weights.** The products use -w, so they give -z and the sigmoid
   1 / (1 + exp(-z)) is three passes over the data (exp, add, reciprocal),
   not four.
4. **d_hidden is never formed.** Steps 8-9 build two (n, h) arrays only to
   sum them against the inputs in step 10. Summing over samples first,
   dwh[a, j] = sum_c wout[j, c] * sum_i slope_hidden[i, j] d_output[i, c] X[i, a],
   so the (n, h) work is one product of slope_hidden with the k * (d + 1)
   vectors d_output[:, c] * X[:, a], done as matrix-vector products (OpenBLAS
   is slow on an (h, n) @ (n, 3) product and fast on (h, n) @ (n,)).
5. **Buffers allocated once.** Every array is made before the first epoch and
   overwritten through ``out=``: no fresh (n, h) arrays, so no page faults
   when the memory allocator hands large blocks back to the system.
6. **Chunks that fit in cache.** The batch is walked ``chunk`` samples at a
   time, so the (h, chunk) arrays stay in the CPU cache between steps; the
   changes are summed over all chunks before the one update, so this is
   still full-batch gradient descent.

Shapes (note the orientation, speed-up 1)::

    inputs   (d + 1, n)   X transposed, then a row of ones
    targets  (k, n)       y transposed
    w1       (h, d + 1)   row j: unit j's weights, then its bias (wh, bh)
    w2       (k, h + 1)   row c: output c's weights, then its bias (wout, bout)
"""

from __future__ import annotations

import numpy as np

from scratchnet.checks import check_training, check_whole, saturated
from scratchnet.errors import diverged_error
from scratchnet.network import Params, _finish, predict_output

CHUNK_BYTES = 512 * 1024
"""Speed-up 6: the size of one (h, chunk) array of doubles. The two such arrays
of a chunk (hidden activations and their slopes) fill a 1 MiB L2 cache and
sit easily in the L3; on this project's machine 256 KiB to 2 MiB did about
equally well, and whole batches of 10^5 samples worse."""


def chunk_size(n_samples: int, n_hidden: int) -> int:
    """Speed-up 6: samples per chunk, between 1 and n, so an (h, chunk) array is ``CHUNK_BYTES``."""
    return max(1, min(n_samples, CHUNK_BYTES // (8 * n_hidden)))


def fold_params(params: Params) -> tuple[np.ndarray, np.ndarray]:
    """Speed-ups 1 and 2: the weights with the biases folded in, samples as columns.

    Returns new arrays ``w1`` = [wh; bh] transposed and ``w2`` = [wout; bout]
    transposed (shapes in the module header); ``params`` is not modified.
    """
    w1 = np.vstack([params["wh"], params["bh"]]).T.copy()
    w2 = np.vstack([params["wout"], params["bout"]]).T.copy()
    return w1, w2


def unfold_params(w1: np.ndarray, w2: np.ndarray) -> Params:
    """The inverse of ``fold_params``: new arrays in the core's names and shapes."""
    return {
        "wh": w1[:, :-1].T.copy(),
        "bh": w1[:, -1:].T.copy(),
        "wout": w2[:, :-1].T.copy(),
        "bout": w2[:, -1:].T.copy(),
    }


def train_fast(
    X: np.ndarray,
    y: np.ndarray,
    params: Params,
    lr: float,
    epochs: int,
    chunk: int | None = None,
) -> dict[str, object]:
    """``network.train``, rearranged for speed (the module's speed-ups 1-6).

    Takes and returns what ``network.train`` does, and raises what it raises;
    ``params`` is not modified. ``chunk`` is the samples per chunk
    (speed-up 6), ``chunk_size(n, h)`` if not given; any value >= 1 gives the
    same result up to rounding.
    """
    X, y, params, lr, epochs = check_training(X, y, params, lr, epochs)
    if chunk is not None:
        chunk = check_whole(chunk, "chunk", 1)
    n, d = X.shape
    k = y.shape[1]
    w1, w2 = fold_params(params)
    h = w1.shape[0]
    size = min(n, chunk or chunk_size(n, h))
    # Speed-ups 1 and 2: samples as columns, with a row of ones for the biases.
    inputs = np.vstack([X.T, np.ones((1, n))])  # (d + 1, n)
    targets = np.ascontiguousarray(y.T)  # (k, n)
    # Speed-up 5: every buffer made once. hidden's last row stays 1 (the
    # input that carries the output biases); the others are overwritten.
    hidden = np.ones((h + 1, size))
    slope_hidden = np.empty((h, size))
    output, E, d_output = (np.empty((k, size)) for _ in range(3))
    scaled_inputs = np.empty((k, d + 1, size))  # d_output[c] * inputs[a]
    column_h, column_h1 = np.empty(h), np.empty(h + 1)
    minus_w1, minus_w2 = np.empty_like(w1), np.empty_like(w2)
    dw1, dw2 = np.empty_like(w1), np.empty_like(w2)
    loss_history = np.empty(epochs)
    # The last epoch's output and saturated count, for the result (as train's).
    last_output, beyond = np.empty((k, n)), 0
    with np.errstate(invalid="ignore", over="ignore"):  # as in network.train
        for epoch in range(epochs):
            np.negative(w1, out=minus_w1)  # speed-up 3
            np.negative(w2, out=minus_w2)
            dw1.fill(0.0)
            dw2.fill(0.0)
            squared_error = 0.0
            for start in range(0, n, size):
                stop = min(n, start + size)
                m = stop - start
                x, act, act1 = inputs[:, start:stop], hidden[:h, :m], hidden[:, :m]
                out, e, dout, slope = output[:, :m], E[:, :m], d_output[:, :m], slope_hidden[:, :m]
                # Step 2: -(hidden layer input) = -w1 . [x; 1]  (h, m)
                np.matmul(minus_w1, x, out=act)
                if epoch == epochs - 1:
                    beyond += saturated(act)
                # Step 3: hidden activations = 1 / (1 + exp(-z))
                _sigmoid_of_negative(act)
                # Step 4: output = sigmoid(w2 . [hidden; 1])  (k, m)
                np.matmul(minus_w2, act1, out=out)
                _sigmoid_of_negative(out)
                if epoch == epochs - 1:
                    last_output[:, start:stop] = out
                # Step 5: E = y - output, and its squares for the loss
                np.subtract(targets[:, start:stop], out, out=e)
                squared_error += float(np.vdot(e, e))
                # Steps 6-7: d_output = E * output * (1 - output)
                np.multiply(e, out, out=dout)
                np.subtract(1.0, out, out=out)
                np.multiply(dout, out, out=dout)
                # Step 6: slope_hidden = hidden * (1 - hidden)
                np.subtract(1.0, act, out=slope)
                np.multiply(slope, act, out=slope)
                # Steps 10-11, output side: dw2[c] += [hidden; 1] . d_output[c]
                for c in range(k):
                    np.matmul(act1, dout[c], out=column_h1)
                    dw2[c] += column_h1
                # Steps 8-11, hidden side (speed-up 4): for each output c and
                # input a, dw1[:, a] += (slope_hidden . (d_output[c] * x[a])) * wout[c]
                np.multiply(dout[:, None, :], x, out=scaled_inputs[:, :, :m])
                for c in range(k):
                    for a in range(d + 1):
                        np.matmul(slope, scaled_inputs[c, a, :m], out=column_h)
                        np.multiply(column_h, w2[c, :h], out=column_h)
                        dw1[:, a] += column_h
            loss_history[epoch] = squared_error / (n * k) / 2.0
            if not np.isfinite(loss_history[epoch]):
                raise diverged_error(epoch)
            # Steps 10-11: move every weight by its change times lr
            w1 += dw1 * lr
            w2 += dw2 * lr
    params = unfold_params(w1, w2)
    if epochs == 0:
        return _finish(X, y, params, loss_history, 0.0, predict_output(X, params))
    return _finish(X, y, params, loss_history, beyond / (h * n), last_output.T)


def _sigmoid_of_negative(minus_z: np.ndarray) -> None:
    """Speed-up 3: overwrite -z with sigmoid(z) = 1 / (1 + exp(-z)), in place."""
    np.exp(minus_z, out=minus_z)
    np.add(minus_z, 1.0, out=minus_z)
    np.reciprocal(minus_z, out=minus_z)
