"""The shared experiments and ``run_experiment``, the one recipe that runs them."""

from __future__ import annotations

import numpy as np
import pytest

import scratchnet as sn
from scratchnet.experiments import agreement_tolerance


def test_run_experiment_is_load_init_train_predict_by_hand(data_dir):
    result = sn.run_experiment("toy", data_dir)
    data = sn.load_dataset("toy", data_dir)
    start = sn.init_params(4, 3, 1, seed=42)
    trained = sn.train(data["X"], data["y"], start, 0.1, 5000)
    assert all(np.array_equal(result["initial"][k], start[k]) for k in sn.PARAM_NAMES)
    assert all(np.array_equal(result["final"][k], trained["params"][k]) for k in sn.PARAM_NAMES)
    assert np.array_equal(result["loss"], trained["loss"])
    assert np.array_equal(result["output"], sn.predict_output(data["X"], trained["params"]))


def test_run_experiment_takes_a_record_and_scales_it_when_asked(data_dir):
    record = {
        "dataset": "blobs",
        "seed": 3,
        "hidden": 2,
        "lr": 0.01,
        "epochs": 2,
        "scale": "minmax",
    }
    result = sn.run_experiment(record, data_dir, fast=True)
    assert result["dataset"]["X"].min() == 0.0 and result["dataset"]["X"].max() == 1.0
    assert result["final"]["wout"].shape == (2, 3) and len(result["loss"]) == 2


def test_an_unknown_experiment_is_refused_naming_the_known_ones(data_dir):
    with pytest.raises(
        sn.ScratchnetError, match=r"unknown experiment 'nope'; known experiments: toy"
    ):
        sn.run_experiment("nope", data_dir)


def test_every_experiment_says_how_it_must_learn_and_the_tolerance_is_far_below_1e_6(data_dir):
    assert all("max_abs_error" in e or "min_accuracy" in e for e in sn.load_experiments(data_dir))
    # A one-in-a-million change to a trained weight must fail the comparison.
    tolerance = agreement_tolerance(data_dir)
    assert not np.isclose(1.0 + 1e-6, 1.0, **tolerance)


# The README's claim: a tiny start difference stays tiny only where training is
# well-conditioned (why results are compared with a tolerance, and why the
# shipped experiments avoid chaotic settings).
def nudged_difference(data_dir, lr: float, epochs: int = 3000) -> float:
    data = sn.load_dataset("moons", data_dir)
    start = sn.init_params(2, 10, 1, seed=42)
    nudged = {k: v.copy() for k, v in start.items()}
    nudged["wh"][0, 0] += 1e-12
    a, b = (sn.train_fast(data["X"], data["y"], p, lr, epochs)["params"] for p in (start, nudged))
    return max(float(np.max(np.abs(a[k] - b[k]))) for k in a)


def test_a_1e_12_nudge_stays_tiny_at_the_shipped_moons_learning_rate(data_dir):
    assert nudged_difference(data_dir, lr=0.003) < 1e-9


def test_a_1e_12_nudge_grows_to_a_visible_difference_at_lr_0_05(data_dir):
    assert nudged_difference(data_dir, lr=0.05) > 1e-4
