"""train_fast: the readable network's numbers, rearranged for speed.

Two independent references: finite differences of the loss (what one update
must be, whatever the code), and the readable ``network.train``, within the
one agreement tolerance of ``experiments.json``: the same maths, summed in
another order. (Every shared experiment is checked fast-against-readable by
the harness, in both languages.)
"""

from __future__ import annotations

import numpy as np
import pytest
from small_problem import D, H, K, N, minus_gradient

import scratchnet as sn
from scratchnet.errors import ScratchnetError
from scratchnet.experiments import agreement_tolerance
from scratchnet.fast import CHUNK_BYTES, chunk_size, fold_params, train_fast, unfold_params

TOLERANCE = agreement_tolerance()


def assert_params_close(got: dict, expected: dict, **tolerance: float) -> None:
    for name in sn.PARAM_NAMES:
        assert got[name].shape == expected[name].shape, name
        np.testing.assert_allclose(got[name], expected[name], err_msg=name, **tolerance)


@pytest.mark.parametrize("chunk", [None, 1, 3, N])
def test_one_update_is_minus_lr_times_the_finite_difference_gradient(problem, chunk):
    """The change of each weight is -lr * d(sum of squared errors / 2) / d weight."""
    X, y, params = problem
    lr = 0.5
    moved = train_fast(X, y, params, lr, 1, chunk=chunk)["params"]
    for name in params:
        np.testing.assert_allclose(
            (moved[name] - params[name]) / lr,
            minus_gradient(X, y, params, name),
            rtol=1e-6,
            atol=1e-9,
            err_msg=name,
        )


def test_the_loss_of_each_epoch_is_the_loss_before_its_update(problem):
    X, y, params = problem
    result = train_fast(X, y, params, 0.1, 3)
    assert result["loss"].shape == (3,)
    assert np.isclose(result["loss"][0], sn.loss(y, sn.predict_output(X, params)), rtol=1e-14)


@pytest.mark.parametrize("chunk", [None, 1, 2, 4, 1000])
def test_any_chunk_size_gives_what_the_readable_train_gives(problem, chunk):
    """Chunks of 1, of sizes that leave a short last chunk, and of more than n."""
    X, y, params = problem
    readable = sn.train(X, y, params, 0.1, 200)
    fast = train_fast(X, y, params, 0.1, 200, chunk=chunk)
    assert_params_close(fast["params"], readable["params"], **TOLERANCE)
    np.testing.assert_allclose(fast["loss"], readable["loss"], **TOLERANCE)


def test_a_batch_of_several_chunks_still_takes_one_full_batch_step():
    """n = 20000 with h = 10 is four chunks (6553 samples each, the last short)."""
    X = sn.runif_from_seed(2 * 20000, 42).reshape((20000, 2), order="F")
    y, lr = (X[:, :1] > X[:, 1:]).astype(float), 1 / 20000
    start = sn.init_params(2, 10, 1, seed=42)
    assert -(-X.shape[0] // chunk_size(X.shape[0], 10)) == 4
    assert_params_close(
        train_fast(X, y, start, lr, 3)["params"], sn.train(X, y, start, lr, 3)["params"],
        **TOLERANCE,
    )  # fmt: skip


def test_train_fast_leaves_its_inputs_alone_and_zero_epochs_return_the_start(problem):
    X, y, params = problem
    before = {k: v.copy() for k, v in params.items()}
    X_before = X.copy()
    result = train_fast(X, y, params, 0.1, 0)
    assert result["loss"].shape == (0,)
    assert_params_close(result["params"], before, rtol=0, atol=0)
    train_fast(X, y, params, 0.1, 5)
    assert all(np.array_equal(params[k], before[k]) for k in params)
    assert np.array_equal(X, X_before)


def test_train_fast_refuses_what_train_refuses_with_the_same_message(problem):
    X, y, params = problem
    params["wh"][0, 0] = np.inf
    messages = []
    for trainer in (sn.train, train_fast):
        with pytest.raises(ScratchnetError) as raised:
            trainer(X, y, params, 0.1, 5)
        messages.append(str(raised.value))
    assert messages[0] == messages[1]
    assert messages[0].startswith("params wh row 1, column 1 is Inf")


def test_fold_and_unfold_put_each_bias_after_its_units_weights_and_back(problem):
    _, _, params = problem
    w1, w2 = fold_params(params)
    assert w1.shape == (H, D + 1) and w2.shape == (K, H + 1)
    assert np.array_equal(w1[2], np.append(params["wh"][:, 2], params["bh"][0, 2]))
    assert np.array_equal(w2[1], np.append(params["wout"][:, 1], params["bout"][0, 1]))
    assert_params_close(unfold_params(w1, w2), params, rtol=0, atol=0)


@pytest.mark.parametrize(
    ("n", "h", "expected"),
    [
        (100000, 10, 6553),  # 524288 bytes / (8 bytes * 10 units) = 6553.6
        (100000, 1, 65536),  # 524288 / 8
        (3, 10, 3),  # never more than n
        (100000, 100000, 1),  # never less than 1
    ],
)
def test_chunk_size_fits_one_hidden_array_in_chunk_bytes(n, h, expected):
    assert CHUNK_BYTES == 512 * 1024
    assert chunk_size(n, h) == expected
