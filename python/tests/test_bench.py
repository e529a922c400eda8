"""The benchmark's yardsticks compute the same network (no timings asserted)."""

from __future__ import annotations

import numpy as np

import scratchnet as sn
from scratchnet.bench import bench_case, optimised_epoch, slope


def test_the_optimised_epoch_computes_what_train_computes(data_dir):
    """It walks 5000 samples in chunks of 2048, yet sums the full-batch gradient."""
    case = bench_case("n5000", data_dir)
    X, y, lr = case["X"], case["y"], case["lr"]
    start = sn.init_params(2, case["hidden"], 1, seed=42)
    epoch = optimised_epoch(X, y, start, lr)
    for _ in range(3):
        epoch()
    trained = sn.train(X, y, start, lr, 3)["params"]
    for name in start:
        assert np.allclose(epoch.params()[name], trained[name], rtol=1e-10, atol=1e-13), name


def test_synthetic_cases_are_n_points_with_the_x1_greater_than_x2_target(data_dir):
    case = bench_case("n1000", data_dir)
    assert case["X"].shape == (1000, 2) and case["lr"] == 1 / 1000
    assert np.array_equal(case["y"][:, 0], (case["X"][:, 0] > case["X"][:, 1]).astype(float))


def test_slope_of_a_linear_cost_is_one_by_construction():
    assert abs(slope([10, 100, 1000], [2e-3, 2e-2, 2e-1]) - 1.0) < 1e-12
