"""The README's claim: tiny start differences stay tiny only where training is
well-conditioned (why cross-language results are compared with a tolerance,
and why the shipped experiments avoid chaotic settings)."""

from __future__ import annotations

import numpy as np

import scratchnet as sn


def nudged_difference(data_dir, lr: float, epochs: int = 3000) -> float:
    data = sn.load_dataset("moons", data_dir)
    start = sn.init_params(2, 10, 1, seed=42)
    nudged = {k: v.copy() for k, v in start.items()}
    nudged["wh"][0, 0] += 1e-12
    a, b = (sn.train(data["X"], data["y"], p, lr, epochs)["params"] for p in (start, nudged))
    return max(float(np.max(np.abs(a[k] - b[k]))) for k in a)


def test_a_1e_12_nudge_stays_tiny_at_the_shipped_moons_learning_rate(data_dir):
    assert nudged_difference(data_dir, lr=0.003) < 1e-9


def test_a_1e_12_nudge_grows_to_a_visible_difference_at_lr_0_05(data_dir):
    assert nudged_difference(data_dir, lr=0.05) > 1e-4
