"""Checks at the door, the forms taken without fuss, and the diagnosis of a run.

The same mistakes are compared with R's words in ``tests/test_checks_both.py``;
here, what only Python has (1-D arrays, nested lists) and the behaviour
itself.
"""

from __future__ import annotations

import numpy as np
import pytest

import scratchnet as sn
from scratchnet.checks import diagnose, inputs_scaled, saturated, say, shown, warning_line
from scratchnet.errors import ScratchnetWarning


def test_nested_lists_integer_targets_and_a_1d_y_give_exactly_the_tidy_result(problem):
    X, y, params = problem
    params = {**params, "wout": params["wout"][:, :1], "bout": params["bout"][:, :1]}
    targets = (y[:, 0] > 0.5).astype(int)  # 1-D integer 0/1 targets
    tidy = sn.train(X, targets.reshape(-1, 1).astype(float), params, 0.1, 20)
    loose = sn.train(X.tolist(), targets, {k: v.tolist() for k, v in params.items()}, 0.1, 20)
    for name in sn.PARAM_NAMES:
        assert np.array_equal(loose["params"][name], tidy["params"][name])
    assert np.array_equal(loose["loss"], tidy["loss"])


def test_a_1d_x_is_refused_with_the_reshape_that_fits(problem):
    X, y, params = problem  # three inputs
    with pytest.raises(sn.ScratchnetError) as raised:
        sn.train(X[:, 0], y, params, 0.1, 1)
    assert str(raised.value) == (
        "X is 1-D with 5 values: for one feature use X.reshape(-1, 1) or X[:, None]"
    )
    with pytest.raises(sn.ScratchnetError) as raised:
        sn.predict_output(X[0], params)
    assert str(raised.value) == (
        "X is 1-D with 3 values, as many as params wh has inputs: "
        "for one sample use X.reshape(1, -1)"
    )


def test_text_and_logical_values_are_refused_as_not_numbers(problem):
    X, y, params = problem
    with pytest.raises(sn.ScratchnetError, match=r"^X must be numbers, got text$"):
        sn.predict_output(np.array([["a", "b", "c"]]), params)
    with pytest.raises(sn.ScratchnetError, match=r"^y must be numbers, got logical values$"):
        sn.train(X, y > 0.5, params, 0.1, 1)


def test_nan_in_the_data_is_named_as_data_never_as_a_learning_rate(problem):
    X, y, params = problem
    X = X.copy()
    X[3, 2] = np.nan
    with pytest.raises(sn.ScratchnetError) as raised:
        sn.train_fast(X, y, params, 0.1, 5)
    assert str(raised.value) == "X row 4, column 3 is NaN: the data must be finite numbers"


def test_messages_show_numbers_as_c_percent_g_and_text_in_quotes():
    assert [shown(v) for v in (2.5, 1e10, 3, "abc", None)] == [
        "2.5",
        "1e+10",
        "3",
        "'abc'",
        "nothing",
    ]
    assert (
        say("positive", name="lr", got=shown(-1)) == "lr must be a positive finite number, got -1"
    )


def test_a_good_run_has_no_warnings_and_prints_in_a_few_lines(data_dir):
    toy = sn.load_dataset("toy", data_dir)
    result = sn.train(toy["X"], toy["y"], sn.init_params(4, 3, 1, 42), 0.1, 100)
    assert result["warnings"] == []
    assert repr(result).splitlines() == [
        "scratchnet training result: 100 epochs",
        "  params: wh 4 x 3, bh 1 x 3, wout 3 x 1, bout 1 x 1",
        f"  loss: {result['loss'][0]:g} at the start, {result['loss'][-1]:g} at the end",
        f"  training accuracy: {100 * result['accuracy']:.1f}%",
        "  warnings: none",
    ]


def test_a_rising_loss_warns_with_its_cause_and_remedy_and_not_that_it_stalled(data_dir):
    toy = sn.load_dataset("toy", data_dir)
    with pytest.warns(ScratchnetWarning) as caught:
        result = sn.train_fast(toy["X"], toy["y"], sn.init_params(4, 3, 1, 42), 100.0, 200)
    assert [str(w.message) for w in caught] == result["warnings"]
    assert result["warnings"][0].startswith(
        "the loss rose from 0.136773 to 0.333333 over the run: the learning rate is too large"
    )
    # It also stalls at 0.333333, but "try a larger lr" would contradict: one warning.
    assert "warnings: 1" in repr(result)


def test_diagnose_finds_each_condition_and_nothing_in_a_good_run():
    X, good = np.array([[0.0, 1.0], [1.0, 0.0]]), np.linspace(0.2, 0.01, 200)

    def lines(*args):
        return [warning_line(finding) for finding in diagnose(*args)]

    assert diagnose(X, 0.0, good) == []
    assert lines(X, 0.0, np.full(200, 0.1))[0].startswith("the loss stalled at 0.1 ")
    assert lines(X, 1.0, good)[0].startswith("100% of")
    assert lines(X * 21, 0.0, good)[0].startswith("the inputs reach 21,")
    assert lines(X * [1, 101], 0.0, good)[-1].startswith(
        "the input columns span ranges from 1 to 101"
    )


def test_a_warning_advises_a_session_in_python_and_the_command_line_in_options():
    X, stalled = np.array([[0.0, 3.0], [1.0, 0.0]]), np.full(200, 0.1)
    (finding,) = diagnose(X, 0.0, stalled)
    assert warning_line(finding).endswith(
        "try scaled inputs (min_max_scale(X)), a larger lr, more hidden units or another start "
        "(init_params(..., seed=...))"
    )
    assert warning_line(finding, "command_line").endswith(
        "try scaled inputs (--scale), a larger lr (--lr), more hidden units (--hidden) or "
        "another start (--seed)"
    )


def test_a_warning_never_advises_scaling_inputs_already_scaled():
    stalled, saturating = np.full(200, 0.1), np.linspace(0.2, 0.01, 200)
    within = np.array([[0.0, 1.0], [1.0, 0.5]])
    standard = np.array([[-1.0, 1.0], [1.0, -1.0]])  # mean 0, standard deviation 1
    for X in (within, standard):
        assert inputs_scaled(X)
        for finding in diagnose(X, 0.0, stalled) + diagnose(X, 1.0, saturating):
            for place in ("python", "r", "command_line"):
                assert "scale" not in warning_line(finding, place), warning_line(finding, place)
    assert not inputs_scaled(np.array([[0.0, 3.0], [1.0, 0.0]]))
    assert saturated(np.array([[10.5, -11.0, 9.0]])) == 2
