"""The exercise checkers, as a learner meets them: every attempt of the learners' corpus
(learner_attempts.py, written as learners write, not from the checker's code) gets the verdict
a tutor would give, in Python's own words; a verdict's numbers can be worked by hand on the
problem it names; and its fields can be read without parsing its line.
Mirrors r/tests/testthat/test-exercises.R."""

from __future__ import annotations

import re

import pytest
from learner_attempts import ATTEMPTS

import scratchnet as sn
from scratchnet.mistakes import exercises_table

CHECKERS = ("check_forward", "check_backward", "check_update", "check_train")
# The corpus labels a mistake by what a tutor would call it; a few labels cover more than one
# of the verdict's keys (a flipped sign in E, or in every change; a learning rate multiplied
# in, or one not defined at all; a division by n in a change's sum or in a delta).
SAME_MISTAKE = {
    "flipped_sign": {"flipped_sign", "gradient_for_change"},
    "lr_in_backward": {"lr_in_backward", "lr_undefined", "scaled"},
    "mean_for_sum": {"mean_for_sum", "divided_by_n"},
    "operands_swapped": {"operands_swapped", "transposed"},
    "samples_as_columns": {"samples_as_columns", "transposed"},
    "error_other": {"undefined", "misspelled", "no_such_piece", "lr_is_an_argument", "stopped"},
}
# What R writes and Python does not: no Python verdict may contain these.
R_WORDS = re.compile(r"%\*%|\bt\(|colSums|rowSums|<-|\bTRUE\b|\bFALSE\b|\bNULL\b|\d+ x \d+ matrix")


def test_the_packages_own_functions_pass_every_checker(capsys):
    assert sn.check_forward(sn.forward) and sn.check_backward(sn.backward)
    assert sn.check_update(sn.update_params) and sn.check_train(sn.train)
    assert capsys.readouterr().out.splitlines() == [
        f"PASS {name}: every piece matches on problems 1 and 2 (sn.exercise_problem(1) and (2))"
        for name in CHECKERS
    ]


def test_the_learners_corpus_has_forty_wrong_attempts_and_correct_ones_in_many_forms():
    wrong = [a for a in ATTEMPTS if a.kind != "pass"]
    assert len(wrong) >= 40
    assert len(ATTEMPTS) - len(wrong) >= 10
    assert {a.checker for a in wrong} == set(CHECKERS)


VERDICTS: dict[str, sn.exercises.Verdict] = {}  # each attempt's, once, by its function's name


@pytest.mark.parametrize("attempt", ATTEMPTS, ids=lambda a: f"{a.kind}-{a.fn.__name__}")
def test_each_attempt_of_the_corpus_gets_the_verdict_a_tutor_would_give(attempt, capsys):
    verdict = VERDICTS[attempt.fn.__name__] = getattr(sn, attempt.checker)(attempt.fn)
    line = capsys.readouterr().out.splitlines()[-1]  # after what the learner's code printed
    assert line == verdict.line
    assert verdict.passed is (attempt.kind == "pass"), line
    if attempt.kind != "pass":
        assert verdict.mistake in SAME_MISTAKE.get(attempt.kind, {attempt.kind}), line
        assert line.startswith(f"FAIL {attempt.checker} on sn.exercise_problem("), line
    for words in attempt.says:
        assert words in line, f"{words!r} not in {line!r}"
    assert not R_WORDS.search(line), f"R's words in a Python verdict: {line}"


def test_every_catalogued_mistake_is_one_the_corpus_gets(capsys):
    verdicts = [VERDICTS.get(a.fn.__name__) or getattr(sn, a.checker)(a.fn) for a in ATTEMPTS]
    got = {verdict.mistake for verdict in verdicts}
    catalogue = {mistake["key"] for mistake in exercises_table()["mistakes"]}
    python_only = catalogue - {"bias_recycled"}  # numpy cannot recycle a bias down the columns
    assert python_only - got == set()


def test_a_verdict_is_data_its_fields_those_of_its_line(capsys):
    def backward_with_a_mean(X, y, params, cache):
        grads = sn.backward(X, y, params, cache)
        grads["dwout"] = cache["hidden_activations"].T @ grads["d_output"] / len(X)
        return grads

    verdict = sn.check_backward(backward_with_a_mean)
    ours = sn.backward(*_backward_arguments(1))
    assert not verdict
    assert verdict.fields() == {
        "passed": False, "checker": "check_backward", "line": verdict.line, "problem": 1,
        "step": 10, "name": "dwout", "index": "[0, 0]", "expected": ours["dwout"][0, 0],
        "got": ours["dwout"][0, 0] / 5, "mistake": "mean_for_sum", "hint": verdict.hint,
    }  # fmt: skip
    assert verdict.line == (
        "FAIL check_backward on sn.exercise_problem(1), step 10: dwout[0, 0] is -0.00638589 "
        "where -0.0319295 belongs: dwout is 5 times too small: a mean over the 5 samples "
        "where step 10 takes their sum; drop the division by n: "
        "dwout = hidden_activations.T @ d_output"
    )
    assert verdict.line.endswith(verdict.hint)
    assert capsys.readouterr().out.strip() == verdict.line


def test_a_verdicts_expected_number_can_be_worked_by_hand_on_the_problem_it_names(capsys):
    def forward_without_bias(X, params):
        return {**sn.forward(X, params), "hidden_layer_input": X @ params["wh"]}

    verdict = sn.check_forward(forward_without_bias)
    problem = sn.exercise_problem(verdict.problem)
    X, wh, bh = problem["X"], problem["params"]["wh"], problem["params"]["bh"]
    by_hand = sum(X[0, i] * wh[i, 0] for i in range(3))  # the first sample, the first unit
    assert (verdict.index, verdict.mistake) == ("[0, 0]", "bias_missing")
    assert verdict.got == pytest.approx(by_hand) and verdict.expected == pytest.approx(
        by_hand + bh[0, 0]
    )


def test_every_verdict_is_handed_to_the_hooks(capsys, monkeypatch):
    seen = []
    monkeypatch.setattr(sn.exercises, "verdict_hooks", [seen.append])
    sn.check_forward(sn.forward)
    sn.check_update(lambda params, grads, lr: None)
    assert [(v.passed, v.checker, v.mistake) for v in seen] == [
        (True, "check_forward", None),
        (False, "check_update", "no_return"),
    ]


def test_an_update_that_changes_its_params_in_place_fails_though_its_values_are_right(capsys):
    def update_in_place(params, grads, lr):
        for name in params:
            params[name] += lr * grads["d" + name]
        return params

    assert not sn.check_update(update_in_place)
    assert capsys.readouterr().out.strip() == (
        "FAIL check_update on sn.exercise_problem(1): your update_in_place changed the "
        'params["wh"] it was given; leave its arguments as they were: numpy arrays and dicts '
        "are shared, not copied, so after a = b, a -= ... or a[k] = ... changes b too; "
        'compute new ones (E = y - output, {name: params[name] + lr * grads["d" + name] for '
        "name in params}) or copy first (.copy(), dict(params))"
    )


def test_a_backward_that_changes_the_y_it_was_given_fails_naming_it(capsys):
    def backward_subtracting_in_place(X, y, params, cache):
        E = y  # not a copy: the next line changes y too
        E -= cache["output"]
        return {**sn.backward(X, y + cache["output"], params, cache), "E": E}

    verdict = sn.check_backward(backward_subtracting_in_place)
    assert (verdict.mistake, verdict.name) == ("changed_in_place", "y")
    assert "changed the y it was given" in verdict.line


def test_an_error_is_traced_to_the_learners_line_with_its_operands_shapes_and_the_fix(capsys):
    def backward_without_a_transpose(X, y, params, cache):
        d_output = (y - cache["output"]) * sn.sigmoid_slope(cache["output"])
        error_hidden = d_output @ params["wout"]
        return {"error_hidden": error_hidden}

    verdict = sn.check_backward(backward_without_a_transpose)
    assert verdict.line == (
        "FAIL check_backward on sn.exercise_problem(1), step 8: your line "
        '`error_hidden = d_output @ params["wout"]` in backward_without_a_transpose stopped: '
        'd_output @ params["wout"] is (5, 2) @ (4, 2): the inner sizes 2 and 4 differ; step 8 '
        'takes a transpose: d_output @ params["wout"].T'
    )


def test_the_bias_hint_is_given_only_when_the_bias_is_the_operand_at_fault(capsys):
    def forward_with_a_column_bias(X, params):
        return {"hidden_layer_input": X @ params["wh"] + params["bh"].T}

    def forward_with_samples_as_columns(X, params):
        return {"hidden_layer_input": params["wh"].T @ X.T + params["bh"]}

    def forward_multiplying_entry_by_entry(X, params):
        return {"hidden_layer_input": X * params["wh"] + params["bh"]}

    mistakes = [
        sn.check_forward(fn).mistake
        for fn in (
            forward_with_a_column_bias,
            forward_with_samples_as_columns,
            forward_multiplying_entry_by_entry,
        )
    ]
    assert mistakes == ["bias_not_a_row", "samples_as_columns", "elementwise_for_matrix_product"]


def test_a_blank_left_as_it_is_is_told_so(capsys):
    def my_forward(X, params):
        raise NotImplementedError("your code here")

    assert sn.check_forward(my_forward).mistake == "blank"
    assert capsys.readouterr().out.strip() == (
        "FAIL check_forward on sn.exercise_problem(1): your my_forward is still the blank: "
        'write its steps where it stops with raise NotImplementedError("your code here")'
    )


def test_exercise_problem_gives_the_problems_and_refuses_others_in_one_line():
    one, two = sn.exercise_problem(1), sn.exercise_problem(2)
    assert one["X"].shape == (5, 3) and one["params"]["wh"].shape == (3, 4)
    assert two["X"].shape == (2, 1) and two["params"]["wout"].shape == (3, 1)
    assert (one["lr"], one["epochs"]) == (0.5, 3)
    with pytest.raises(sn.ScratchnetError, match=r"^number must be a whole number from 1 to 2"):
        sn.exercise_problem(3)


def test_something_not_a_function_or_taking_other_arguments_is_a_verdict_not_a_crash(capsys):
    assert sn.check_forward(3).mistake == "stopped"
    assert sn.check_forward(lambda X: X).mistake == "stopped"
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("FAIL check_forward on sn.exercise_problem(1): your forward stopped")
    assert lines[1].endswith("<lambda>() takes 1 positional argument but 2 were given")


def _backward_arguments(number: int) -> tuple:
    problem = sn.exercise_problem(number)
    X, y, params = problem["X"], problem["y"], problem["params"]
    return X, y, params, sn.forward(X, params)


def test_no_verdict_word_names_an_r_function_or_form():
    words = exercises_table()
    texts = [m["python"] for m in words["mistakes"]]
    for section in ("words", "errors"):
        texts += [v["python"] if isinstance(v, dict) else v for v in words[section].values()]
    texts += [p["python"] for c in words["checkers"].values() for p in c["pieces"]]
    assert [text for text in texts if R_WORDS.search(text)] == []
