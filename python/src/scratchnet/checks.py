"""Every check on an argument, once, and the diagnosis of a finished run.

Public functions call these at their door, once per call, before any
arithmetic; the inner loops then trust what they are given (``network.py``'s
``_forward``, ``_backward`` and ``_update_params`` are the unchecked twins the
trainers run each epoch). A failed check raises ``ScratchnetError`` with one
line that names the argument, what was expected and what came. The words and
the warning thresholds live in ``checks.json`` (a copy of
``shared_data/checks.json``), which ``r/R/checks.R`` reads too, so both
languages say the same thing. Mirrors ``r/R/checks.R``.

Accepted without fuss, giving exactly the tidy call's result: nested lists,
integer arrays (0/1 targets), and a 1-D ``y`` taken as one column.
"""

from __future__ import annotations

import numbers
import warnings

import numpy as np

from scratchnet.errors import ScratchnetError, ScratchnetWarning

PARTS = ("wh", "bh", "wout", "bout")
WHOLE_MAX = 2**31 - 1


def checks_table() -> dict:
    """The messages, warnings and thresholds of ``checks.json``."""
    from scratchnet.datasets import shared_json  # datasets says its errors with say()

    return shared_json("checks.json")


def say(key: str, **values: object) -> str:
    """The message ``key`` of ``checks.json``, its {placeholders} filled."""
    return fill(checks_table()["messages"][key], values)


def fill(text: str, values: dict) -> str:
    """``text`` with each ``{name}`` replaced by its value (messages, warnings, verdicts)."""
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def shown(value: object) -> str:
    """A value as a message shows it: numbers as C's %g, text in quotes."""
    if isinstance(value, bool) or value is None:
        return "nothing" if value is None else str(value)
    if isinstance(value, numbers.Real):
        return number(float(value))
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, np.ndarray) and value.dtype.kind in "iuf":
        return f"{value.size} numbers"
    return type(value).__name__


def number(value: float) -> str:
    """A number as both languages show it: %g, with NaN and Inf as R writes them."""
    if np.isnan(value):
        return "NaN"
    if np.isinf(value):
        return "Inf" if value > 0 else "-Inf"
    return f"{value:g}"


def check_matrix(
    value: object, name: str, column: bool = False, inputs: int = 0, finite: str = "not_finite"
) -> np.ndarray:
    """``value`` as a float (rows, columns) matrix of finite numbers.

    ``column``: a 1-D array is one column (as ``y`` may be). Otherwise a 1-D
    array is refused with the reshape that fits: one sample when its length is
    ``inputs`` (the parameters' number of inputs), else one feature.
    """
    if isinstance(value, (list, tuple)):
        try:
            value = np.asarray(value)
        except ValueError:
            raise ScratchnetError(say("not_a_matrix", name=name, got="ragged lists")) from None
    if not isinstance(value, np.ndarray) or value.dtype.kind not in "iuf":
        kind = value.dtype.kind if isinstance(value, np.ndarray) else ""
        got = {"U": "text", "S": "text", "O": "text", "b": "logical values"}.get(kind, shown(value))
        raise ScratchnetError(say("not_numbers", name=name, got=got))
    if value.ndim == 1:
        if column:
            value = value.reshape(-1, 1)
        else:
            key = "one_sample" if inputs and value.size == inputs else "one_feature"
            raise ScratchnetError(say(key, name=name, count=value.size))
    if value.ndim != 2:
        raise ScratchnetError(say("not_a_matrix", name=name, got=f"{value.ndim} dimensions"))
    if value.shape[0] == 0:
        raise ScratchnetError(say("no_rows", name=name))
    value = value.astype(float)
    check_finite(value, name, finite)
    return value


def check_numbers(value: object, name: str) -> np.ndarray:
    """Numbers of any shape, as floats (for the elementwise functions)."""
    try:
        return np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ScratchnetError(say("not_numbers", name=name, got=shown(value))) from None


def check_finite(value: np.ndarray, name: str, key: str) -> None:
    """Refuse NaN or Inf, naming the first one's row and column (counted from 1)."""
    bad = ~np.isfinite(value)
    if bad.any():
        row, col = np.argwhere(bad)[0]
        raise ScratchnetError(
            say(
                key,
                name=name,
                row=row + 1,
                column=col + 1,
                value=number(value[row, col]),
            )
        )


def check_targets(y: np.ndarray, name: str = "y") -> None:
    """Targets must lie in [0, 1]: the sigmoid's outputs can reach nothing else."""
    outside = (y < 0) | (y > 1)
    if outside.any():
        row, col = np.argwhere(outside)[0]
        raise ScratchnetError(
            say("target_range", name=name, row=row + 1, column=col + 1, value=number(y[row, col]))
        )


def check_rows(a: np.ndarray, name: str, b: np.ndarray, other: str) -> None:
    """Two matrices with a row per sample must have as many rows."""
    if a.shape[0] != b.shape[0]:
        raise ScratchnetError(
            say("rows_differ", name=name, rows=a.shape[0], other=other, other_rows=b.shape[0])
        )


def check_same_shape(a: object, a_name: str, b: object, b_name: str) -> tuple[np.ndarray, ...]:
    """Two matrices of the same shape (targets and outputs)."""
    a, b = check_matrix(a, a_name, column=True), check_matrix(b, b_name, column=True)
    if a.shape != b.shape:
        raise ScratchnetError(
            say("shapes_differ", name=a_name, rows=a.shape[0], columns=a.shape[1],
                other=b_name, other_rows=b.shape[0], other_columns=b.shape[1])
        )  # fmt: skip
    return a, b


def check_params(params: object, name: str = "params") -> dict[str, np.ndarray]:
    """A complete, consistent set of weights: wh (d, h), bh (1, h), wout (h, k), bout (1, k)."""
    if not isinstance(params, dict):
        raise ScratchnetError(say("params_kind", name=name, got=shown(params)))
    checked = {}
    for part in PARTS:
        if part not in params:
            raise ScratchnetError(say("params_missing", name=name, part=part))
        checked[part] = check_matrix(
            params[part], f"{name} {part}", column=True, finite="param_not_finite"
        )
    h, k = checked["wh"].shape[1], checked["wout"].shape[1]
    expected = {
        "bh": ((1, h), f"wh has {h} hidden units: expected 1 x {h}"),
        "wout": ((h, k), f"wh has {h} hidden units: expected {h} x {k}"),
        "bout": ((1, k), f"wout has {k} outputs: expected 1 x {k}"),
    }
    for part, (shape, text) in expected.items():
        if checked[part].shape != shape:
            rows, columns = checked[part].shape
            raise ScratchnetError(
                say("param_shape", name=name, part=part, rows=rows, columns=columns, expected=text)
            )
    return checked


def check_fits(params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray | None = None) -> None:
    """X has a column per input of ``params``, and y a column per output."""
    if X.shape[1] != params["wh"].shape[0]:
        raise ScratchnetError(
            say("inputs_differ", name="X", columns=X.shape[1], expected=params["wh"].shape[0])
        )
    if y is not None and y.shape[1] != params["wout"].shape[1]:
        raise ScratchnetError(
            say("outputs_differ", name="y", columns=y.shape[1], expected=params["wout"].shape[1])
        )


def check_positive(value: object, name: str) -> float:
    """A positive finite number (a learning rate)."""
    ok = isinstance(value, numbers.Real) and not isinstance(value, bool)
    if not ok or not 0 < float(value) < float("inf"):  # type: ignore[arg-type]
        raise ScratchnetError(say("positive", name=name, got=shown(value)))
    return float(value)  # type: ignore[arg-type]


def check_whole(value: object, name: str, low: int, high: int = WHOLE_MAX) -> int:
    """A whole number in [low, high]; whole floats such as 5000.0 are taken, as R takes them."""
    ok = isinstance(value, numbers.Real) and not isinstance(value, bool)
    if not ok or not np.isfinite(value) or value != int(value) or not low <= value <= high:  # type: ignore[arg-type, call-overload]
        raise ScratchnetError(say("whole", name=name, low=low, high=high, got=shown(value)))
    return int(value)  # type: ignore[call-overload]


def check_number(value: object, name: str) -> float:
    """One finite number (a bias, a weighted sum, a probability)."""
    ok = isinstance(value, numbers.Real) and not isinstance(value, bool)
    if not ok or not np.isfinite(value):  # type: ignore[arg-type]
        raise ScratchnetError(say("number", name=name, got=shown(value)))
    return float(value)  # type: ignore[arg-type]


def check_vectors(a: object, a_name: str, b: object, b_name: str) -> tuple[np.ndarray, ...]:
    """Two flat runs of finite numbers of the same length (inputs and weights)."""
    a = check_matrix(np.ravel(check_numbers(a, a_name)), a_name, column=True)[:, 0]
    b = check_matrix(np.ravel(check_numbers(b, b_name)), b_name, column=True)[:, 0]
    if a.size != b.size:
        raise ScratchnetError(
            say("lengths_differ", name=a_name, count=a.size, other=b_name, other_count=b.size)
        )
    return a, b


def check_keys(value: object, name: str, keys: tuple[str, ...], source: str) -> None:
    """``value`` holds ``keys``, as what ``source`` returned does."""
    if not isinstance(value, dict):
        raise ScratchnetError(say("params_kind", name=name, got=shown(value)))
    for key in keys:
        if key not in value:
            raise ScratchnetError(say("missing_key", name=name, part=key, source=source))


def check_training(
    X: object, y: object, params: object, lr: object, epochs: object
) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray], float, int]:
    """Everything a trainer takes, checked once, before its first epoch."""
    params = check_params(params)
    X = check_matrix(X, "X", inputs=params["wh"].shape[0])
    y = check_matrix(y, "y", column=True)
    check_rows(X, "X", y, "y")
    check_fits(params, X, y)
    check_targets(y)
    return X, y, params, check_positive(lr, "lr"), check_whole(epochs, "epochs", 0)


def saturated(hidden_input: np.ndarray) -> int:
    """How many hidden pre-activations lie beyond the limit, where the sigmoid is flat."""
    return int(
        np.count_nonzero(np.abs(hidden_input) > checks_table()["thresholds"]["saturation_limit"])
    )


def diagnose(X: np.ndarray, share: float, loss: np.ndarray) -> list[dict]:
    """What went wrong in a finished run, as findings (none when it went well).

    ``share`` is the share of saturated hidden pre-activations in the last
    epoch's forward pass, ``loss`` the run's loss history. Thresholds in
    ``checks.json``. A finding is its warning's ``key``, the ``values`` its
    words are filled with, and whether the inputs were ``scaled`` already;
    ``warning_line`` words it for where it is shown.
    """
    limits = checks_table()["thresholds"]
    found = []

    def finding(key: str, **values: object) -> None:
        found.append({"key": key, "values": values, "scaled": inputs_scaled(X)})

    rose = len(loss) > 1 and loss[-1] > limits["rise_factor"] * loss[0]
    if rose:
        finding("rose", first=number(loss[0]), last=number(loss[-1]))
    # a loss that rose and then stalled is the rate's fault: "try a larger lr" would contradict
    if not rose and len(loss) >= limits["stall_min_epochs"] and loss[-1] > limits["stall_loss"]:
        half = loss[len(loss) // 2]
        if abs(half - loss[-1]) < limits["stall_change"] * half:
            finding("stalled", last=number(loss[-1]), percent=number(100 * limits["stall_change"]))
    if len(loss) > 0 and share >= limits["saturated_share"]:
        finding(
            "saturated",
            percent=number(round(100 * share)),
            limit=number(limits["saturation_limit"]),
        )
    largest = float(np.max(np.abs(X)))
    if largest > limits["far_input"]:
        finding("far_inputs", largest=number(largest))
    ranges = np.ptp(X, axis=0)
    if ranges.min() > 0 and ranges.max() > limits["scale_ratio"] * ranges.min():
        finding("scales_differ", smallest=number(ranges.min()), largest=number(ranges.max()))
    return found


def inputs_scaled(X: np.ndarray) -> bool:
    """Whether each input column is within [0, 1], or has mean 0 and standard deviation 1."""
    within = bool(np.all(X.min(axis=0) >= 0) and np.all(X.max(axis=0) <= 1))
    mean = X.mean(axis=0)
    spread = np.sqrt(((X - mean) ** 2).mean(axis=0))  # the population's, as fit_scaling's
    standard = bool(np.allclose(mean, 0, atol=1e-6) and np.allclose(spread, 1, atol=1e-6))
    return within or standard


def warning_line(finding: dict, place: str = "python") -> str:
    """A finding as one line for ``place``: "python" or "r" (a session), or "command_line"."""
    entry = checks_table()["warnings"][finding["key"]]
    advice = entry.get("advice_scaled") if finding["scaled"] else None
    return fill(f"{entry['finding']}: {(advice or entry['advice'])[place]}", finding["values"])


def warn(found: list[dict]) -> None:
    """Each finding of ``diagnose`` as a ``ScratchnetWarning``, worded for a Python session.

    The warning carries its ``finding``, so the command line can word it for itself. It is
    raised at the caller of the trainer (``warn`` is called by ``_finish``, called by it).
    """
    for finding in found:
        warning = ScratchnetWarning(warning_line(finding))
        warning.finding = finding
        warnings.warn(warning, stacklevel=4)
