"""Python and R compute the same network: every shipped experiment, one step.

Start weights must be bit-identical; everything after training must agree
within ``harness.TOLERANCE``. Failure messages name the quantity and show the
Python and R values side by side.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

import scratchnet as sn
from harness import (
    DATA_DIR,
    PARAM_NAMES,
    RSession,
    assert_same,
    quantities,
    run_python,
    run_r,
)

EXPERIMENTS = sn.load_experiments(DATA_DIR)


@pytest.fixture(scope="module", params=EXPERIMENTS, ids=[e["name"] for e in EXPERIMENTS])
def both(request: pytest.FixtureRequest, r: RSession) -> tuple[dict, dict, dict]:
    experiment = request.param
    return experiment, run_python(experiment), run_r(r, experiment)


def test_both_languages_read_the_same_data_bits(both):
    _, python, r = both
    assert_same("X", python["dataset"]["X"], r["dataset"]["X"], exact=True)
    assert_same("y", python["dataset"]["y"], r["dataset"]["y"], exact=True)


def test_start_weights_are_bit_identical(both):
    _, python, r = both
    for name in PARAM_NAMES:
        assert_same(f"initial {name}", python["initial"][name], r["initial"][name], exact=True)


def test_trained_weights_loss_history_and_outputs_agree(both):
    experiment, python, r = both
    assert len(python["loss"]) == experiment["epochs"]
    python_values, r_values = quantities(python), quantities(r)
    for name in python_values:
        assert_same(name, python_values[name], r_values[name])


def test_the_experiment_learns_in_both_languages(both):
    experiment, python, r = both
    assert "max_abs_error" in experiment or "min_accuracy" in experiment, (
        f"experiment {experiment['name']} says nothing about how it must learn"
    )
    for language, run in (("Python", python), ("R", r)):
        error = np.abs(run["dataset"]["y"] - run["output"])
        if "max_abs_error" in experiment:
            assert error.max() <= experiment["max_abs_error"], (
                f"{language}: largest |target - output| {error.max():.4f} "
                f"> {experiment['max_abs_error']}"
            )
        if "min_accuracy" in experiment:
            share = sn.accuracy(run["dataset"]["y"], run["output"])
            assert share >= experiment["min_accuracy"], (
                f"{language}: training accuracy {share:.3f} < {experiment['min_accuracy']}"
            )


@pytest.mark.parametrize("dataset", ["toy", "moons"])
def test_one_step_gives_the_same_intermediates_by_name(r: RSession, dataset: str):
    data = sn.load_dataset(dataset, DATA_DIR)
    X, y = data["X"], data["y"]
    params = sn.init_params(X.shape[1], 4, y.shape[1], seed=7)
    python_forward = sn.forward(X, params)
    r_forward = r.call("forward", X, params)
    python_backward = sn.backward(X, y, params, python_forward)
    r_backward = r.call("backward", X, y, params, r_forward)
    python_update = sn.update_params(params, python_backward, 0.05)
    r_update = r.call("update_params", params, r_backward, 0.05)
    assert set(python_forward) == set(r_forward)
    assert set(python_backward) == set(r_backward)
    for stage, py_side, r_side in (
        ("forward", python_forward, r_forward),
        ("backward", python_backward, r_backward),
        ("update_params", python_update, r_update),
    ):
        for name in py_side:
            assert_same(f"{stage}: {name}", py_side[name], r_side[name])
    r_loss = r.call("loss", y, r_forward["output"])
    assert_same("loss", np.array([sn.loss(y, python_forward["output"])]), r_loss)


@pytest.mark.parametrize("seed", [0, 1, -1, 42, 2017, 65536, -123456789, 2**31 - 1, -(2**31 - 1)])
def test_init_params_is_bit_identical_for_seeds_across_the_range(r: RSession, seed: int):
    python = sn.init_params(3, 5, 2, seed)
    in_r = r.call("init_params", 3, 5, 2, seed)
    for name in PARAM_NAMES:
        assert_same(f"seed {seed}: {name}", python[name], in_r[name], exact=True)


def test_r_draws_what_the_checked_in_rng_vectors_say(r: RSession):
    """The vectors are R's own word; if R draws something else they are stale."""
    with open(DATA_DIR / "rng_vectors.json", encoding="utf-8") as handle:
        checked_in = json.load(handle)["vectors"]
    script = DATA_DIR / "make_rng_vectors.R"
    fresh = json.loads(r.eval(f'source("{script}"); rng_vectors_json()')[0])
    assert fresh["vectors"] == checked_in, (
        "shared_data/rng_vectors.json is stale: regenerate it with "
        "`Rscript shared_data/make_rng_vectors.R`"
    )


def test_both_languages_turn_each_experiment_into_the_same_train_arguments(r: RSession):
    from scratchnet.cli import experiment_argv

    for experiment in EXPERIMENTS:
        fields = {k: v for k, v in experiment.items() if not k.startswith("_")}
        assert experiment_argv(experiment) == r.call("experiment_argv", fields)


def test_train_fast_agrees_across_languages_and_with_the_readable_train(both, r: RSession):
    """train_fast rearranges steps 2-11 for speed (speed-ups 1-6 in fast.py and fast.R).

    The same tolerance holds for Python against R, fast against fast, and fast
    against readable in each language: the same maths, summed in other orders.
    """
    experiment, python, in_r = both
    python_fast, r_fast = run_python(experiment, "train_fast"), run_r(r, experiment, "train_fast")
    runs = {
        "Python train": quantities(python),
        "R train": quantities(in_r),
        "Python train_fast": quantities(python_fast),
        "R train_fast": quantities(r_fast),
    }
    for left, right in (
        ("Python train_fast", "R train_fast"),
        ("Python train_fast", "Python train"),
        ("R train_fast", "R train"),
    ):
        for name in runs[left]:
            exact = name.startswith("initial")
            assert_same(name, runs[left][name], runs[right][name], exact, sides=(left, right))


CSV_FORMS = ["r_write_csv", "pandas_to_csv", "spreadsheet"]


@pytest.mark.parametrize("form", CSV_FORMS)
def test_both_languages_read_a_csv_as_r_pandas_or_a_spreadsheet_writes_it_alike(
    form: str, r: RSession
):
    path = DATA_DIR / "csv_forms" / f"{form}.csv"
    python, in_r = sn.read_dataset(path, ["female"]), r.call("read_dataset", path, ["female"])
    assert python["features"] == in_r["features"] and python["targets"] == in_r["targets"]
    assert_same("X", python["X"], in_r["X"], exact=True)
    assert_same("y", python["y"], in_r["y"], exact=True)
    start = sn.init_params(2, 3, 1, seed=5)
    assert_same(
        "trained wh",
        sn.train(python["X"] / 25, python["y"], start, 0.5, 200)["params"]["wh"],
        r.call("train", in_r["X"] / 25, in_r["y"], start, 0.5, 200)["params"]["wh"],
    )


@pytest.mark.parametrize(
    "text",
    [
        '"","a","y"\n"1",0.5,1\n"2",-1,0\n',
        '\ufeffa,"b, quoted",y\r\n1,2,0\r\n\r\n',
        'a,y\n"1",0\n"2,0\n',
        "a,a,y\n1,2,0\n",
        "a,y\n1,2\n",
        ",a,y\n0,1,0.5\n1,,0\n",
    ],
)
def test_both_languages_take_or_refuse_each_odd_csv_alike(text: str, tmp_path, r: RSession):
    path = tmp_path / "odd.csv"
    path.write_bytes(text.encode("utf-8"))
    try:
        python = sn.read_dataset(path)
    except sn.ScratchnetError as error:
        assert r.refusal("read_dataset", path) == str(error)
        return
    in_r = r.call("read_dataset", path)
    assert python["features"] == in_r["features"] and python["targets"] == in_r["targets"]
    assert_same("X", python["X"], in_r["X"], exact=True)
