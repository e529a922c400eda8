"""Exercises that check a learner's own network and say what is wrong, as a tutor would.

Write your own ``forward``, ``backward``, ``update_params`` or ``train``, with
the same arguments and the same named pieces as the package's, and pass it to
``check_forward``, ``check_backward``, ``check_update`` or ``check_train``.
Each runs your function on the two small problems of ``exercise_problem``
(no square matrices, so a transposed one cannot hide), compares every piece
with the package's own in step order, and prints one verdict, starting PASS
or FAIL. A failure names the step, your piece and what it is: the usual
mistake it matches (``mistakes.py``), or the line of yours that stopped, with
its operands' shapes and the fix.

Values are judged, not containers: a 1-D array of the right length passes
where a row or a column is expected, so ``d_hidden.sum(axis=0)`` is as good as
``keepdims=True``, and a loss history may be a list. Names are matched
exactly; extra names are ignored. The contract holds whole: a function that
changes the parameters it was given fails, though its results be right.

Each checker returns a ``Verdict``, true when it passed, whose fields
(``passed``, ``step``, ``name``, ``index``, ``expected``, ``got``,
``mistake``, ``hint``, ``line``) a program can read; every function in
``verdict_hooks`` is called with it (the web page styles its cells so).
Mirrors ``r/R/exercises.R``, which says the same in R's words.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import asdict, dataclass

import numpy as np

from scratchnet.checks import check_whole
from scratchnet.checks import number as shown
from scratchnet.mistakes import (
    diagnose_error,
    exercises_table,
    identify,
    index_words,
    kind_words,
    mistake_sentence,
    names_words,
    problem_quantities,
    shape_words,
    uniform_factor,
    value_mistake,
    within_tolerance,
    words,
)
from scratchnet.network import _update_params, init_params, train
from scratchnet.rng import runif_from_seed


@dataclass
class Verdict:
    """A checker's verdict: true when it passed; the printed ``line`` and its parts.

    ``index`` is the first entry that differs as numpy writes it (``[0, 0]``),
    ``expected`` and ``got`` its two values, ``mistake`` the catalogue's key
    (``mean_for_sum``) or the error's, ``hint`` what the mistake is and its fix.
    """

    passed: bool
    checker: str
    line: str
    problem: int | None = None
    step: int | None = None
    name: str | None = None
    index: str | None = None
    expected: float | None = None
    got: float | None = None
    mistake: str | None = None
    hint: str = ""

    def __bool__(self) -> bool:
        return self.passed

    def fields(self) -> dict:
        """The verdict as a plain dict."""
        return asdict(self)


verdict_hooks: list[Callable[[Verdict], None]] = []
"""Functions called with every verdict, after it is printed (the web page's)."""


def exercise_problem(number: int) -> dict:
    """Problem ``number`` (1 or 2) of the checkers: ``X``, ``y``, ``params``, ``lr``, ``epochs``.

    Problem 1 has 5 samples, 3 inputs, 4 hidden units and 2 outputs; problem 2
    has 2, 1, 3 and 1. Work a verdict's expected number by hand on it: your
    ``forward`` gets ``X`` and ``params``; your ``backward`` also ``y`` and what
    the package's ``forward`` returns; your ``update_params`` the package's
    ``backward`` changes at ``params``, and ``lr``; your ``train`` ``lr`` and
    ``epochs`` too.
    """
    table = exercises_table()
    number = check_whole(number, "number", 1, len(table["problems"]))
    size = table["problems"][number - 1]
    n, d, h, k, seed = (size[key] for key in ("n", "d", "h", "k", "seed"))
    X = runif_from_seed(n * d, seed + 100).reshape((n, d), order="F")
    y = (runif_from_seed(n * k, seed + 200).reshape((n, k), order="F") > 0.5).astype(float)
    params = init_params(d, h, k, seed)
    return {"X": X, "y": y, "params": params, "lr": table["lr"], "epochs": table["epochs"]}


def check_forward(fn: Callable) -> Verdict:
    """Check your ``forward(X, params)`` (steps 2-4); print and return the verdict."""
    return _check("check_forward", fn)


def check_backward(fn: Callable) -> Verdict:
    """Check your ``backward(X, y, params, cache)`` (steps 5-11); print and return the verdict."""
    return _check("check_backward", fn)


def check_update(fn: Callable) -> Verdict:
    """Check your ``update_params(params, grads, lr)`` (steps 10-11); print and return it."""
    return _check("check_update", fn)


def check_train(fn: Callable) -> Verdict:
    """Check your ``train(X, y, params, lr, epochs)``: its losses, then its trained weights."""
    return _check("check_train", fn)


def _label(checker: str, fn: Callable) -> str:
    """The name the learner gave their function (a lambda: the package's name for it)."""
    name = getattr(fn, "__name__", "")
    return name if name.isidentifier() else exercises_table()["checkers"][checker]["function"]


def _check(checker: str, fn: Callable) -> Verdict:
    """Judge ``fn``, print the verdict's line, hand the verdict to the hooks."""
    verdict = _judge(checker, fn)
    print(verdict.line)
    for hook in verdict_hooks:
        hook(verdict)
    return verdict


def _judge(checker: str, fn: Callable) -> Verdict:
    """The first failure on problem 1, then problem 2; or a pass."""
    function_name = _label(checker, fn)
    problems = exercise_problem(1), exercise_problem(2)
    for number, problem in enumerate(problems, start=1):
        env = problem_quantities(problem)
        args = _arguments(checker, problem, env)
        kept = copy.deepcopy(args)
        try:
            theirs = fn(*args)
        except Exception as error:  # a learner's bug is the verdict, never a crash
            return _stopped(checker, number, error, env, function_name)
        ours = _ours(checker, problem, env)
        failure = _result(checker, number, theirs, ours, env, function_name)
        if failure is None:
            failure = _changed(checker, number, args, kept, function_name)
        if failure is not None:
            return failure
    line = words("pass", checker=checker, problems=words("problems"))
    return Verdict(passed=True, checker=checker, line=line)


def _arguments(checker: str, problem: dict, env: dict) -> tuple:
    """Fresh copies of what ``checker`` passes to the learner's function.

    ``backward`` gets the package's forward pass as its cache, ``update_params``
    the package's changes as its grads (both among the problem's quantities).
    """
    X, y, params, lr = problem["X"], problem["y"], problem["params"], problem["lr"]
    cache, grads = _named("check_forward", env), _named("check_backward", env)
    return copy.deepcopy(
        {
            "check_forward": (X, params),
            "check_backward": (X, y, params, cache),
            "check_update": (params, grads, lr),
            "check_train": (X, y, params, lr, problem["epochs"]),
        }[checker]
    )


def _ours(checker: str, problem: dict, env: dict) -> dict:
    """The package's own pieces for ``checker``, by name."""
    params, lr = problem["params"], problem["lr"]
    if checker in ("check_forward", "check_backward"):
        return _named(checker, env)
    if checker == "check_update":
        return _update_params(params, _named("check_backward", env), lr)
    trained = train(problem["X"], problem["y"], params, lr, problem["epochs"])
    return {"loss": env["loss"], **trained["params"]}


def _named(checker: str, env: dict) -> dict:
    """The pieces ``checker`` compares, from the problem's quantities, by name."""
    return {piece["name"]: env[piece["name"]] for piece in _pieces(checker)}


def _pieces(checker: str) -> list[dict]:
    return exercises_table()["checkers"][checker]["pieces"]


def _fail(checker: str, number: int, step: int | None, what: str, **fields: object) -> Verdict:
    """A failing verdict: its line, from the step and what is wrong."""
    where = words("step", step=step) if step else ""
    if number > 1:
        size = exercises_table()["problems"][number - 1]
        what += words("later_problem", problem=number, **{k: size[k] for k in "ndhk"})
    line = words("fail", checker=checker, where=where, problem=number, what=what)
    return Verdict(passed=False, checker=checker, line=line, problem=number, step=step, **fields)


def _stopped(checker: str, number: int, error: Exception, env: dict, function_name: str) -> Verdict:
    """The verdict on an error in the learner's function: their line, its operands, the fix."""
    found = diagnose_error(error, env)
    named = found["function_name"] or ""
    function = named if named.isidentifier() else function_name
    if str(error) == exercises_table()["blank"]:
        return _fail(checker, number, None, words("blank", function=function), mistake="blank")
    if found["line"]:
        what = words("stopped", line=found["line"], function=function, what=found["what"])
    else:
        what = words("stopped_somewhere", function=function, what=found["what"])
    mistake = found["mistake"]
    return _fail(checker, number, found["step"], what, mistake=mistake, hint=found["what"])


def _result(
    checker: str, number: int, theirs: object, ours: dict, env: dict, function: str
) -> Verdict | None:
    """The first piece of ``theirs`` that is missing or differs; None when all match."""
    names = [piece["name"] for piece in _pieces(checker)]
    shown, listed = names_words(names), ", ".join(names)
    if checker == "check_train":
        shown, listed = names_words(["params", "loss"]), f"params ({', '.join(names[1:])}) and loss"
    if checker == "check_train" and isinstance(theirs, dict):
        if not isinstance(theirs.get("params"), dict):
            given = _near_miss("params", theirs, None, ["params", "loss"])
            if given:
                text = words("near_miss", function=function, given=given, name="params")
                return _fail(checker, number, None, text, name="params", mistake="near_miss_name")
            text = words("params_missing", function=function)
            return _fail(checker, number, None, text, name="params", mistake="name_missing")
        theirs = {**{k: v for k, v in theirs.items() if k != "params"}, **theirs["params"]}
    if not isinstance(theirs, dict):
        return _container(checker, number, theirs, function, shown, {**env, **ours})
    for piece in _pieces(checker):
        name = piece["name"]
        if name not in theirs or theirs[name] is None:
            given = _near_miss(name, theirs, ours[name], names)
            if given:
                text = words("near_miss", function=function, given=given, name=name)
                return _fail(checker, number, piece["step"], text, name=name,
                             mistake="near_miss_name")  # fmt: skip
            text = words("missing", function=function, name=name, names=listed)
            return _fail(checker, number, piece["step"], text, name=name, mistake="name_missing")
        failure = _compare(checker, number, piece, theirs[name], ours[name], env)
        if failure is not None:
            return failure
    return None


def _container(
    checker: str, number: int, theirs: object, function: str, shown: str, known: dict
) -> Verdict:
    """The verdict on a result that is not a dict: nothing returned, or a tuple, list, array.

    ``known``: the quantities a returned array may be, the checker's own pieces first.
    """
    if theirs is None:
        text = words("none", function=function, names=shown)
        return _fail(checker, number, None, text, mistake="no_return")
    held = (
        [identify(np.asarray(v), known) for v in theirs]
        if isinstance(theirs, (tuple, list))
        else []
    )
    got = kind_words(theirs)
    if held and all(held):
        got += " holding " + ", ".join(name for name, _ in held)
    text = words("not_named", function=function, got=got, names=shown)
    return _fail(checker, number, None, text, mistake="not_named")


def _near_miss(name: str, theirs: dict, expected: object, names: list[str]) -> str | None:
    """The name under which ``theirs`` holds ``name``: its values, or a name one slip away.

    For train's ``params``, a dict holding wh, bh, wout and bout under another name.
    """
    others = [key for key in theirs if key not in names and isinstance(key, str)]
    if name == "params":
        held = [key for key in others if isinstance(theirs[key], dict) and "wh" in theirs[key]]
        if held:
            return held[0]
    for key in others:
        if expected is not None:
            values = _values(theirs[key])
            fitted = None if values is None else _fitted(values, np.shape(expected), name)
            if fitted is not None and fitted.shape == np.shape(expected):
                if within_tolerance(fitted, np.asarray(expected, dtype=float)).all():
                    return key
    for key in others:
        if key.lower() == name.lower() or _one_slip(key.lower(), name.lower()):
            return key
    return None


def _one_slip(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with a letter or two added, dropped or changed (losses, los)."""
    if abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 3:
        return False
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
            )
        previous = current
    return previous[-1] <= 2


def _compare(
    checker: str, number: int, piece: dict, raw: object, expected: object, env: dict
) -> Verdict | None:
    """The verdict on one piece: None when it matches; else what it is, and where."""
    name, step = piece["name"], piece["step"]
    facts = {"name": name, "step": step, "form": piece["python"], "problem": number}
    values = _values(raw)
    if values is None:
        text = words("not_numbers", **facts, got=kind_words(raw))
        return _fail(checker, number, step, text, name=name, mistake="not_numbers")
    expected = np.asarray(expected, dtype=float)
    actual = _fitted(values, expected.shape, name)
    mistake = value_mistake(checker, name, actual, env)
    sizes = {"n": env["n"], "k": env["k"], "nk": env["n"] * env["k"], "lr": env["lr"],
             "epochs": env["epochs"]}  # fmt: skip
    if actual.shape != expected.shape:
        observed = words("shape", name=name, step=step, got=shape_words(raw),
                         expected=shape_words(expected))  # fmt: skip
        if mistake:
            hint = mistake_sentence(mistake, **facts, **sizes)
        elif actual.shape == expected.shape[::-1] and within_tolerance(actual.T, expected).all():
            mistake, hint = "transposed", words("transposed", **facts)
        elif actual.size != expected.size:
            mistake = "wrong_count"
            hint = words("wrong_count", **facts, count=actual.size, expected_count=expected.size)
            observed = ""
        else:
            mistake, hint = "wrong_shape", words("unknown", **facts)
        what = f"{observed}: {hint}" if observed else hint
        return _fail(checker, number, step, what, name=name, mistake=mistake, hint=hint)
    far = ~within_tolerance(actual, expected)
    if not far.any():
        return None
    position = _first_position(far)
    index = index_words(_their_position(position, np.ndim(np.asarray(raw, dtype=object)), actual))
    got, wanted = float(actual[position]), float(expected[position])
    observed = words("differs", name=name, index=index, got=shown(got), expected=shown(wanted))
    factor = None if mistake else uniform_factor(actual, expected)
    if mistake:
        hint = mistake_sentence(mistake, **facts, **sizes)
    elif factor is not None:
        mistake, hint = "scaled", words("scaled", **facts, factor=shown(factor))
    else:
        hint = words("unknown", **facts)
    return _fail(
        checker, number, step, f"{observed}: {hint}", name=name, index=index,
        expected=wanted, got=got, mistake=mistake, hint=hint,
    )  # fmt: skip


def _first_position(far: np.ndarray) -> tuple:
    """The first entry that differs, row by row: (row, column), or (i,) for a 1-D array."""
    return tuple(int(i) for i in np.argwhere(far)[0])


def _their_position(position: tuple, ndim: int, actual: np.ndarray) -> tuple:
    """A position in the learner's own container: one index for a 1-D array or a list."""
    if ndim == 1 or (ndim == 0 and actual.ndim == 1):
        return (int(np.ravel_multi_index(position, actual.shape)),)
    return position


def _values(value: object) -> np.ndarray | None:
    """``value`` as floats with its own dimensions; None if it is not numbers."""
    if isinstance(value, dict) or value is None:
        return None
    try:
        array = np.asarray(value)
    except (TypeError, ValueError):  # ragged lists
        return None
    if array.dtype.kind not in "biuf" or (array.size == 0 and array.ndim == 0):
        return None
    return np.atleast_1d(array.astype(float))


def _fitted(values: np.ndarray, shape: tuple, name: str) -> np.ndarray:
    """``values`` in ``shape`` when only the container differs, else as they came.

    A loss history of any shape is a line of values; a 1-D array of the right
    length is the row or column expected. A 2-D array keeps its shape, so a
    column where a row is expected stays a wrong shape.
    """
    if name == "loss":
        return values.reshape(-1)
    if (
        values.ndim == 1
        and len(shape) == 2
        and min(shape) == 1
        and values.size == shape[0] * shape[1]
    ):
        return values.reshape(shape)
    return values


def _changed(checker: str, number: int, args: tuple, kept: tuple, function: str) -> Verdict | None:
    """The verdict when the learner's function changed an argument it was given."""
    takes = exercises_table()["checkers"][checker]["takes"]
    for name, arg, before in zip(takes, args, kept, strict=True):
        given = _change(name, arg, before)
        if given:
            text = words("changed_in_place", function=function, given=given)
            return _fail(checker, number, None, text, name=name, mistake="changed_in_place",
                         hint=text)  # fmt: skip
    return None


def _change(name: str, now: object, before: object) -> str | None:
    """What of argument ``name`` is no longer as it was (``y``, ``params["wh"]``); or None."""
    if isinstance(before, dict):
        for key, value in before.items():
            held = now.get(key) if isinstance(now, dict) else None
            if held is None or np.shape(held) != np.shape(value) or not np.array_equal(held, value):
                return f'{name}["{key}"]'
        return None
    if isinstance(before, np.ndarray):
        same = isinstance(now, np.ndarray) and now.shape == before.shape
        return None if same and np.array_equal(now, before) else name
    return None
