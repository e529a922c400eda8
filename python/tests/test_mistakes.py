"""The catalogue of mistakes and the diagnoses behind the checkers, piece by piece.

The catalogue (shared_data/exercises.json) is well formed: each mistake has both languages'
words and placeholders the checkers fill, and no formula gives the package's own piece on
problem 1 (a mistake the right answer matched would turn a pass into a failure). The formula
language computes what its names say, checked by hand. Mirrors r/tests/testthat/test-mistakes.R.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

import scratchnet as sn
from scratchnet.exercises import _ours
from scratchnet.mistakes import (
    exercises_table,
    formula_value,
    identify,
    index_words,
    problem_quantities,
    shape_words,
    step_of,
    uniform_factor,
)

TABLE = exercises_table()
PLACEHOLDERS = {"name", "step", "form", "n", "k", "nk", "lr", "factor", "epochs", "problem"}
QUANTITIES = [problem_quantities(sn.exercise_problem(number)) for number in (1, 2)]


def test_each_mistake_has_a_unique_key_both_languages_and_known_placeholders():
    keys = [mistake["key"] for mistake in TABLE["mistakes"]]
    assert len(keys) == len(set(keys))
    for mistake in TABLE["mistakes"]:
        for language in ("python", "r"):
            used = set(re.findall(r"\{(\w+)\}", mistake[language]))
            assert used <= PLACEHOLDERS, (mistake["key"], used - PLACEHOLDERS)
        assert set(mistake["checkers"]) <= set(TABLE["checkers"])


@pytest.mark.parametrize("mistake", TABLE["mistakes"], ids=lambda m: m["key"])
def test_no_formula_gives_the_right_answer_on_problem_1_which_every_checker_runs_first(mistake):
    problem, env = sn.exercise_problem(1), QUANTITIES[0]
    for checker in mistake["checkers"]:
        right = _ours(checker, problem, env)
        for name, formulas in mistake["values"].items():
            if name not in right:  # a piece of the mistake's other checker
                continue
            for formula in [formulas] if isinstance(formulas, str) else formulas:
                value = formula_value(formula, env)
                same = value.shape == np.shape(right[name]) and np.allclose(value, right[name])
                assert not same, (mistake["key"], checker, name)


def test_the_formula_language_computes_what_its_names_say_on_a_hand_sized_case():
    env = {"a": np.array([[1.0, 2.0], [3.0, 4.0]]), "b": np.array([[10.0, 20.0]])}
    assert formula_value("matmul(a, t(a))", env).tolist() == [[5.0, 11.0], [11.0, 25.0]]
    assert formula_value("colsum(a)", env).tolist() == [[4.0, 6.0]]
    assert formula_value("rowsum(a)", env).tolist() == [[3.0], [7.0]]
    assert formula_value("rows(a, b)", env).tolist() == [[11.0, 22.0], [13.0, 24.0]]
    # R's a + c(b): 10 and 20 go down the first column, again down the second
    assert formula_value("recycled(a, b)", env).tolist() == [[11.0, 12.0], [23.0, 24.0]]
    assert formula_value("slope(b / 40)", env).tolist() == [[0.1875, 0.25]]
    assert formula_value("first(colsum(a)[0], 1)", env).tolist() == [4.0]
    assert formula_value("repeat_first(rowsum(a)[:, 0])", env).tolist() == [3.0, 3.0]


def test_a_uniform_factor_is_found_only_when_every_entry_shares_it():
    expected = np.array([[1.0, -2.0], [4.0, 0.5]])
    assert uniform_factor(expected / 5, expected) == pytest.approx(0.2)
    assert uniform_factor(expected, expected) is None
    assert uniform_factor(expected * [[1, 2], [1, 1]], expected) is None


def test_python_writes_shapes_and_positions_as_numpy_does():
    assert shape_words(np.zeros((5, 4))) == "(5, 4)"
    assert shape_words(np.zeros(5)) == "(5,)"
    assert shape_words(2.0) == "a float"
    assert index_words((0, 0)) == "[0, 0]"


def test_an_operand_is_named_by_its_numbers_turned_or_not():
    env = QUANTITIES[0]
    assert identify(env["wout"].T, env) == ("wout", True)
    assert identify(env["X"] @ env["wh"], env) == ("X @ wh", False)
    assert identify(np.ones((5, 4)), env) is None


def test_the_step_is_the_one_whose_form_uses_the_operands():
    assert step_of(["d_output", "wout"])["step"] == 8
    assert step_of(["X @ wh", "bh"])["name"] == "hidden_layer_input"
    assert step_of(["X", "d_hidden"])["name"] == "dwh"
    assert step_of([]) is None
