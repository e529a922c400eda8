"""Every lesson, in Python and R: the same numbers printed; the lessons' trainers agree.

The lesson scripts (``python -m scratchnet.lessons.<name>`` and
``Rscript r/demo/<name>.R``, both made from the lesson's one source) must print
the same numbers at their printed precision. The trainers the lessons use are
compared in this process (R through rpy2) on the lessons' settings, start
weights exactly and trained results within ``harness.TOLERANCE``.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from tools.course import compare_numbers

import scratchnet as sn
from harness import DATA_DIR, REPO, RSession, assert_same
from scratchnet.datasets import min_max_scale
from scratchnet.layers import make_mlp, mlp_params, train_per_sample
from scratchnet.lessons import LESSONS
from scratchnet.neuron import train_single_layer
from scratchnet.rng import numpy_legacy_random
from scratchnet.trace import trace_epoch
from scratchnet.variants import train_sgd, train_without_biases

SEED = 42


def printed(command: list[str]) -> list[str]:
    environment = dict(os.environ, R_LIBS=str(REPO / ".rlib"), MPLBACKEND="Agg")
    result = subprocess.run(
        command, capture_output=True, text=True, cwd=REPO, timeout=600, env=environment
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize("name", LESSONS)
def test_both_lesson_scripts_print_the_same_numbers(name, tmp_path):
    python = printed([sys.executable, "-m", f"scratchnet.lessons.{name}"])
    # Rscript draws into Rplots.pdf in its folder: keep it out of the clone.
    (demo,) = (REPO / "r" / "demo").glob(f"lesson[0-9][0-9]_{name}.R")
    r = printed(["Rscript", "-e", f'setwd("{tmp_path}"); source("{demo}")'])
    differs = compare_numbers(python, r)
    assert differs is None, f"lesson {name}: {differs}"


def test_lesson_3_numpys_legacy_generator_is_rebuilt_in_r_bit_for_bit(r: RSession):
    for seed in (0, 42, 2**32 - 1):
        assert_same(
            f"numpy_legacy_random seed {seed}",
            numpy_legacy_random(50, seed),
            r.call("numpy_legacy_random", 50, float(seed)),
            exact=True,
        )


def test_lesson_3_single_layer_training_agrees(r: RSession):
    data = sn.load_dataset("single_layer", DATA_DIR)
    start = 2 * numpy_legacy_random(3, SEED).reshape(3, 1) - 1
    python = train_single_layer(data["X"], data["y"], start, 10000)
    in_r = r.call("train_single_layer", data["X"], data["y"], start, 10000)
    for name in ("weights", "mean_abs_error", "last_output"):
        assert_same(name, python[name], in_r[name])


def test_lesson_4_stochastic_training_on_the_gender_table_agrees(r: RSession):
    data = sn.load_dataset("gender", DATA_DIR)
    start = sn.init_params(2, 2, 1, SEED)
    lr = 0.2
    python = train_sgd(data["X"], data["y"], start, lr, 1000)
    in_r = r.call("train_sgd", data["X"], data["y"], start, lr, 1000)
    assert_same("loss", python["loss"], in_r["loss"])
    for name in start:
        assert_same(name, python["params"][name], in_r["params"][name])


def test_lesson_5_the_xor_mlp_starts_equal_and_trains_alike(r: RSession):
    data = sn.load_dataset("xor", DATA_DIR)
    sizes = [float(s) for s in [2, 20, 20, 2]]
    r.eval_raw(f"xor_layers <- scratchnet::make_mlp(c({', '.join(map(str, sizes))}), {SEED})")
    python_layers = make_mlp([2, 20, 20, 2], SEED)
    for index, (py_p, r_p) in enumerate(
        zip(mlp_params(python_layers), r.eval("scratchnet::mlp_params(xor_layers)"), strict=True)
    ):
        assert_same(f"start layer {index} weights", py_p["weights"], r_p["weights"], exact=True)
        assert_same(f"start layer {index} bias", py_p["bias"], r_p["bias"], exact=True)
    history = train_per_sample(python_layers, data["X"], data["y"], 0.1, 3000)
    r_history = r.call(
        "train_per_sample",
        r.eval_raw("xor_layers"),
        data["X"],
        data["y"],
        0.1,
        3000,
    )
    assert_same("MSE history", history, r_history)
    for index, (py_p, r_p) in enumerate(
        zip(mlp_params(python_layers), r.eval("scratchnet::mlp_params(xor_layers)"), strict=True)
    ):
        assert_same(f"trained layer {index} weights", py_p["weights"], r_p["weights"])
        assert_same(f"trained layer {index} bias", py_p["bias"], r_p["bias"])


def test_lesson_6_full_batch_and_stochastic_agree_across_languages(r: RSession):
    data = sn.load_dataset("toy", DATA_DIR)
    start = sn.init_params(4, 3, 1, SEED)
    for function, name in ((sn.train, "train"), (train_sgd, "train_sgd")):
        python = function(data["X"], data["y"], start, 0.1, 5000)
        in_r = r.call(name, data["X"], data["y"], start, 0.1, 5000)
        assert_same(f"{name} loss", python["loss"], in_r["loss"])
        for key in start:
            assert_same(f"{name} {key}", python["params"][key], in_r["params"][key])


def test_lesson_7_the_trace_agrees_step_by_step_by_name(r: RSession):
    data = sn.load_dataset("toy", DATA_DIR)
    start = sn.init_params(4, 3, 1, SEED)
    python = trace_epoch(data["X"], data["y"], start, 0.1)
    in_r = r.call("trace_epoch", data["X"], data["y"], start, 0.1)
    assert [name for _, name, _ in python] == [item["name"][0] for item in in_r]
    for (step, name, value), item in zip(python, in_r, strict=True):
        assert step == item["step"][0]
        assert_same(f"step {step} {name}", value, item["value"])


def test_lesson_7_no_bias_moons_and_blobs_agree(r: RSession):
    toy = sn.load_dataset("toy", DATA_DIR)
    start = sn.init_params(4, 3, 1, SEED)
    for lr in (0.01, 0.1):
        python = train_without_biases(toy["X"], toy["y"], start, lr, 1000)
        in_r = r.call("train_without_biases", toy["X"], toy["y"], start, lr, 1000)
        assert_same(f"no biases, lr {lr}: loss", python["loss"], in_r["loss"])
    for name, setting in (
        ("moons", {"hidden": 10, "lr": 0.01, "epochs": 10000}),
        ("blobs", {"hidden": 5, "lr": 0.03, "epochs": 2000}),
    ):
        data = sn.load_dataset(name, DATA_DIR)
        X = min_max_scale(data["X"])
        assert_same(f"{name} scaled", X, r.call("min_max_scale", data["X"]), exact=True)
        start = sn.init_params(2, setting["hidden"], data["y"].shape[1], SEED)
        python = sn.train(X, data["y"], start, setting["lr"], setting["epochs"])
        in_r = r.call("train", X, data["y"], start, setting["lr"], setting["epochs"])
        assert_same(f"{name} loss", python["loss"], in_r["loss"])
        for key in start:
            assert_same(f"{name} {key}", python["params"][key], in_r["params"][key])
