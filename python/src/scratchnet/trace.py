"""One epoch, step by step: every intermediate with its name and shape.

Tutorial 003's notebook walks through one epoch printing each array; this
does the same with the core's own functions, numbered as steps 0-11. Used by
the notebook lesson. Mirrors ``r/R/trace.R``, which prints the same lines with
the shapes as an R learner writes them, 3 x 4 for (3, 4).
"""

from __future__ import annotations

import numpy as np

from scratchnet.network import Params, backward, forward, update_params


def trace_epoch(
    X: np.ndarray, y: np.ndarray, params: Params, lr: float
) -> list[tuple[int, str, np.ndarray]]:
    """Every intermediate of one epoch, in order, as (step, name, value).

    From step 0 (``X``, ``y``) to step 11 (the new biases), with ``params``
    as the start and shapes as in ``network.py``.
    """
    cache = forward(X, params)
    grads = backward(X, y, params, cache)
    new = update_params(params, grads, lr)
    return [
        (0, "X", X),
        (0, "y", y),
        (1, "wh", params["wh"]),
        (1, "bh", params["bh"]),
        (1, "wout", params["wout"]),
        (1, "bout", params["bout"]),
        (2, "hidden_layer_input", cache["hidden_layer_input"]),
        (3, "hidden_activations", cache["hidden_activations"]),
        (4, "output_layer_input", cache["output_layer_input"]),
        (4, "output", cache["output"]),
        (5, "E", grads["E"]),
        (6, "slope_output", grads["slope_output"]),
        (6, "slope_hidden", grads["slope_hidden"]),
        (7, "d_output", grads["d_output"]),
        (8, "error_hidden", grads["error_hidden"]),
        (9, "d_hidden", grads["d_hidden"]),
        (10, "wout (new)", new["wout"]),
        (10, "wh (new)", new["wh"]),
        (11, "bout (new)", new["bout"]),
        (11, "bh (new)", new["bh"]),
    ]


def trace_lines(
    trace: list[tuple[int, str, np.ndarray]], digits: int = 4, max_rows: int = 10
) -> list[str]:
    """The trace for reading: "step 2  hidden_layer_input (3, 3)" then its rows.

    ``digits`` decimals are shown (the numbers are not rounded); at most
    ``max_rows`` rows per array, the rest counted.
    """
    lines = []
    for step, name, value in trace:
        lines.append(f"step {step:2d}  {name} ({value.shape[0]}, {value.shape[1]})")
        for row in value[:max_rows]:
            lines.append("    " + " ".join(f"{v: .{digits}f}" for v in row))
        if value.shape[0] > max_rows:
            lines.append(f"    ... {value.shape[0] - max_rows} more rows")
    return lines
