"""Property-based: Python and R agree beyond the shipped cases.

hypothesis draws problem sizes, seeds across the whole range and data in
[0, 1]; both languages must start bit-identically and, after 50 epochs, agree
within ``harness.TOLERANCE``. The learning rate is 0.5 / n: the update sums
over n samples, so this keeps every step as small as a mean-gradient step of
0.5, where training is well-conditioned. Example counts are bounded so the
suite stays fast.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import scratchnet as sn
from harness import PARAM_NAMES, RSession, assert_same
from scratchnet.rng import SEED_MAX, numpy_legacy_random

SEEDS = st.integers(min_value=-SEED_MAX, max_value=SEED_MAX)
EPOCHS = 50
# 40 examples each in `make test`; a deeper search: SCRATCHNET_EXAMPLES=2000 make test-harness
BOUNDED = settings(
    max_examples=int(os.environ.get("SCRATCHNET_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@BOUNDED
@given(n=st.integers(0, 700), seed=SEEDS)
def test_runif_from_seed_is_bit_identical_for_any_seed_and_length(r: RSession, n: int, seed: int):
    assert_same(
        f"runif_from_seed({n}, {seed})",
        sn.runif_from_seed(n, seed),
        r.call("runif_from_seed", n, seed),
        exact=True,
    )


@BOUNDED
@given(n=st.integers(0, 100), seed=st.integers(0, 2**32 - 1))
def test_numpys_legacy_generator_is_rebuilt_in_r_for_any_seed(r: RSession, n: int, seed: int):
    assert_same(
        f"numpy_legacy_random({n}, {seed})",
        numpy_legacy_random(n, seed),
        r.call("numpy_legacy_random", n, float(seed)),
        exact=True,
    )


@st.composite
def problems(draw: st.DrawFn) -> dict:
    """A random problem: sizes n (1-60), d (1-6), h (1-8), k (1-3), data in [0, 1], a seed.

    The data come from R's generator (``runif_from_seed``), so both languages
    read the same bits; the learning rate is 0.5 / n (see the module's note).
    """
    n, d, h, k = (draw(st.integers(1, top)) for top in (60, 6, 8, 3))
    data = sn.runif_from_seed(n * (d + k), draw(SEEDS)).reshape(n, d + k)
    return {
        "X": data[:, :d], "y": data[:, d:], "lr": 0.5 / n,
        "sizes": (d, h, k), "seed": draw(SEEDS),
    }  # fmt: skip


@BOUNDED
@given(problem=problems())
def test_python_and_r_agree_on_random_problems(r: RSession, problem: dict):
    X, y, lr = problem["X"], problem["y"], problem["lr"]
    python_start = sn.init_params(*problem["sizes"], problem["seed"])
    r_start = r.call("init_params", *problem["sizes"], problem["seed"])
    for name in PARAM_NAMES:
        assert_same(f"start {name}", python_start[name], r_start[name], exact=True)
    python = sn.train(X, y, python_start, lr, EPOCHS)
    in_r = r.call("train", X, y, python_start, lr, EPOCHS)
    assert_same("loss history", python["loss"], in_r["loss"])
    for name in PARAM_NAMES:
        assert_same(f"trained {name}", python["params"][name], in_r["params"][name])


@BOUNDED
@given(problem=problems(), chunk=st.integers(1, 64))
def test_train_fast_agrees_with_train_in_both_languages_on_random_problems(
    r: RSession, problem: dict, chunk: int
):
    """Any shape and any chunk size (a short last chunk included) give train's numbers."""
    X, y, lr = problem["X"], problem["y"], problem["lr"]
    start = sn.init_params(*problem["sizes"], problem["seed"])
    readable = sn.train(X, y, start, lr, EPOCHS)
    runs = {
        "Python train_fast": sn.train_fast(X, y, start, lr, EPOCHS, chunk=chunk),
        "R train_fast": r.call("train_fast", X, y, start, lr, EPOCHS, chunk),
    }
    for label, fast in runs.items():
        sides = (label, "Python train")
        assert_same("loss history", fast["loss"], readable["loss"], sides=sides)
        for name in PARAM_NAMES:
            assert_same(
                f"trained {name}", fast["params"][name], readable["params"][name], sides=sides
            )
