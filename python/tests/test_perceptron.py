"""The perceptron of tutorial 001: weighted sum and step."""

from __future__ import annotations

from scratchnet.perceptron import step_function


def test_step_function_fires_at_zero_as_tutorial_001_defines_it():
    assert (step_function(0.0), step_function(-1e-300)) == (1, 0)
