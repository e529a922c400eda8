"""``make bench``'s timings, taken by pytest-benchmark; ``bench.py`` reports them.

Not part of ``make test``: times are measured, never asserted. Each benchmark
times one contestant of ``contestants.py`` on one case; the one plain test
checks first that the yardstick computes what ``train`` computes, so its
times are those of the same network.
"""

from __future__ import annotations

import functools

import numpy as np
import pytest
from contestants import CASES, EPOCHS, YARDSTICK_CHUNKS, bench_case, contestant, optimised_epoch

import scratchnet as sn
from scratchnet.experiments import agreement_tolerance

LABELS = [
    "train",
    "train_fast",
    *(f"numpy chunk {chunk}" for chunk in YARDSTICK_CHUNKS),
    "scikit-learn",
    "torch",
    "checks",
]
ROUNDS = 15
"""Timed calls per benchmark, after two warm-up calls."""


@functools.cache
def case(name: str) -> dict:
    """One case's data, made once per run."""
    return bench_case(name)


@pytest.mark.parametrize("chunk", [*YARDSTICK_CHUNKS, 3])
def test_the_yardstick_computes_what_train_computes(chunk):
    """Three epochs of the yardstick are three epochs of ``train``, within the tolerance."""
    data = case("n10000")
    epoch = optimised_epoch(data["X"], data["y"], data["params"], data["lr"], chunk)
    for _ in range(3):
        epoch()
    trained = sn.train(data["X"], data["y"], data["params"], data["lr"], 3)["params"]
    for name in sn.PARAM_NAMES:
        np.testing.assert_allclose(
            epoch.params()[name], trained[name], err_msg=name, **agreement_tolerance()
        )


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("name", CASES)
def test_epoch(benchmark, name, label):
    """Time ``EPOCHS[name]`` epochs of one contestant; the report divides by them."""
    run = contestant(label, case(name), EPOCHS[name])
    if run is None:
        pytest.skip(f"{label} is not installed")
    benchmark.group = name
    benchmark.extra_info.update(
        case=name,
        label=label,
        epochs=1 if label == "checks" else EPOCHS[name],
        n=case(name)["X"].shape[0],
    )
    benchmark.pedantic(run, rounds=ROUNDS, warmup_rounds=2)
