"""One epoch, step by step."""

from __future__ import annotations

import numpy as np

import scratchnet as sn
from scratchnet.trace import trace_epoch, trace_lines


def test_trace_lines_show_name_shape_and_rounded_rows():
    X, y = np.array([[1.0, 0.0]]), np.array([[1.0]])
    lines = trace_lines(trace_epoch(X, y, sn.init_params(2, 1, 1, seed=1), 0.1))
    assert lines[:4] == [
        "step  0  X (1, 2)",
        "     1.0000  0.0000",
        "step  0  y (1, 1)",
        "     1.0000",
    ]
