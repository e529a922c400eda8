"""What a learner's wrong value or error *is*: the diagnoses behind the exercise checkers.

``exercises.py`` finds the first piece of a learner's function that differs
from the package's own; this module says why, in the words of
``exercises.json`` (a copy of ``shared_data/exercises.json``, which
``r/R/mistakes.R`` reads too). A wrong value is compared with what each
catalogued mistake would give on the same problem (a mean where the sum
belongs, the learning rate inside ``backward``, the pre-activation where the
activation belongs, ...), each written once there as a formula in a small
language both packages evaluate. An error is traced to the learner's own line
(from the traceback), its operands are evaluated again in the learner's frame
to give their shapes, and each operand is named by its value (``d_output``,
``wout`` transposed), which also gives the step.

What it leaves out: it never runs the learner's code again beyond the
operands of the line that stopped, and those only through a small evaluator
(names, ``.T``, indexing, arithmetic and numpy or scratchnet calls).
Mirrors ``r/R/mistakes.R``.
"""

from __future__ import annotations

import ast
import difflib
import functools
import linecache
import re
import sysconfig
import traceback
import types
from pathlib import Path

import numpy as np

from scratchnet.checks import fill
from scratchnet.experiments import agreement_tolerance
from scratchnet.network import _backward, _forward, sigmoid, sigmoid_slope, train

LANGUAGE = "python"
LEARNING_RATES = re.compile(r"^(lr|learning_?rate|alpha|eta|rate|step_?size)$", re.IGNORECASE)
"""Names a learner gives a learning rate."""
LIBRARIES = tuple(
    str(Path(path).resolve())
    for path in (
        Path(__file__).parent,
        Path(np.__file__).parent,
        sysconfig.get_paths()["stdlib"],
        sysconfig.get_paths()["purelib"],
        sysconfig.get_paths()["platlib"],
    )
)
"""Where code is not the learner's: this package, numpy, the standard library, site-packages."""


def exercises_table() -> dict:
    """The problems, pieces, mistakes and words of ``exercises.json``."""
    from scratchnet.datasets import shared_json

    return shared_json("exercises.json")


def words(key: str, section: str = "words", **values: object) -> str:
    """The line ``key`` of ``section`` in Python's words, its {placeholders} filled."""
    text = exercises_table()[section][key]
    return fill(text[LANGUAGE] if isinstance(text, dict) else text, values)


# ---------------------------------------------------------------------------
# The problem's quantities, and the formula language of the catalogue


def problem_quantities(problem: dict) -> dict:
    """Every quantity a formula or an operand may be: the problem, and the package's pieces.

    ``loss_after`` is each epoch's loss taken after its update (the losses of
    epochs 2 to epochs + 1); ``loss_lr_twice`` the losses of a run at ``lr * lr``.
    """
    X, y, params = problem["X"], problem["y"], problem["params"]
    lr, epochs = problem["lr"], problem["epochs"]
    cache = _forward(X, params)
    grads = _backward(X, y, params, cache)
    trained = train(X, y, params, lr, epochs + 1)  # quiet: no problem here warns
    slower = train(X, y, params, lr * lr, epochs)
    n, d = X.shape
    return {
        "X": X, "y": y, **params, "lr": lr, "epochs": epochs,
        "n": n, "d": d, "h": params["wh"].shape[1], "k": y.shape[1],
        **cache, **grads,
        "loss": trained["loss"][:epochs], "loss_after": trained["loss"][1:],
        "loss_lr_twice": slower["loss"],
    }  # fmt: skip


FUNCTIONS = {
    "matmul": lambda a, b: a @ b,
    "t": lambda a: np.transpose(a),
    "sigmoid": sigmoid,
    "slope": sigmoid_slope,
    "colsum": lambda a: np.sum(a, axis=0, keepdims=True),
    "rowsum": lambda a: np.sum(a, axis=1, keepdims=True),
    "rows": lambda m, b: m + np.reshape(b, (1, -1)),
    "recycled": lambda m, b: _recycled(m, b),
    "first": lambda a, m: np.asarray(a)[: int(m)],
    "repeat_first": lambda a: np.full(len(a), np.asarray(a)[0]),
}
"""The catalogue's functions; ``+ - * /`` are numpy's own."""


def formula_value(formula: str, env: dict) -> np.ndarray:
    """A catalogue formula's value on the problem ``env``."""
    return np.asarray(eval(formula, {"__builtins__": {}}, {**env, **FUNCTIONS}), dtype=float)


def _recycled(matrix: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """``matrix + c(bias)`` as R computes it: the bias recycled down the columns.

    numpy cannot make this mistake (it broadcasts a row over every row); it is
    here so both languages look for the same mistakes.
    """
    rows, columns = matrix.shape
    flat = matrix.ravel(order="F") + np.resize(bias.ravel(order="F"), rows * columns)
    return flat.reshape((rows, columns), order="F")


def candidates(checker: str, name: str, env: dict) -> list[tuple[str, np.ndarray]]:
    """What each catalogued mistake of ``checker`` gives for ``name``, in catalogue order."""
    found = []
    for mistake in exercises_table()["mistakes"]:
        formulas = mistake["values"].get(name) if checker in mistake["checkers"] else None
        for formula in [formulas] if isinstance(formulas, str) else formulas or []:
            found.append((mistake["key"], formula_value(formula, env)))
    return found


def mistake_sentence(key: str, **values: object) -> str:
    """The catalogue's sentence for mistake ``key``, in Python's words."""
    entry = next(m for m in exercises_table()["mistakes"] if m["key"] == key)
    return fill(entry[LANGUAGE], values)


# ---------------------------------------------------------------------------
# Comparing values


def within_tolerance(actual: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """Which entries of ``actual`` are within the one tolerance of ``expected`` (NaN: not)."""
    return np.isclose(actual, expected, **_tolerance())


@functools.cache
def _tolerance() -> dict[str, float]:
    """The one tolerance, read once (the checkers compare hundreds of values)."""
    return agreement_tolerance()


def holds(actual: np.ndarray, candidate: np.ndarray) -> bool:
    """Whether ``actual`` has ``candidate``'s values: as the same matrix, or as the same line."""
    candidate = np.asarray(candidate, dtype=float)
    if actual.shape != candidate.shape:
        if not (_is_line(actual) and _is_line(candidate) and actual.size == candidate.size):
            return False
        actual, candidate = actual.ravel(), candidate.ravel()
    return actual.size > 0 and bool(within_tolerance(actual, candidate).all())


def _is_line(values: np.ndarray) -> bool:
    return values.ndim == 1 or (values.ndim == 2 and min(values.shape) == 1)


def value_mistake(checker: str, name: str, actual: np.ndarray, env: dict) -> str | None:
    """The first catalogued mistake whose value for ``name`` ``actual`` holds; else None."""
    return next(
        (key for key, value in candidates(checker, name, env) if holds(actual, value)), None
    )


def uniform_factor(actual: np.ndarray, expected: np.ndarray) -> float | None:
    """The one factor every entry of ``actual`` is of ``expected``'s, when there is one (not 1)."""
    if actual.shape != expected.shape or not np.all(np.abs(expected) > 1e-12):
        return None
    ratio = (actual / expected).ravel()
    if not np.all(np.isfinite(ratio)) or np.isclose(ratio[0], 1.0):
        return None
    return float(ratio[0]) if np.allclose(ratio, ratio[0], rtol=1e-6, atol=0) else None


# ---------------------------------------------------------------------------
# How Python writes shapes and positions


def shape_words(value: object) -> str:
    """A value's shape as numpy prints it: ``(5, 4)``, ``(5,)``; a number as ``a float``."""
    array = np.asarray(value)
    if array.ndim == 0:
        return "a float"
    return "(" + ", ".join(str(n) for n in array.shape) + ("," if array.ndim == 1 else "") + ")"


def index_words(position: tuple[int, ...]) -> str:
    """A position as numpy indexes it, from 0: ``[0, 0]``, ``[1]``."""
    return "[" + ", ".join(str(i) for i in position) + "]"


def names_words(names: list[str]) -> str:
    """The names a dict must hold, as a Python literal's keys: ``"wh": ..., "bh": ...``."""
    return ", ".join(f'"{name}": ...' for name in names)


def kind_words(value: object) -> str:
    """What a returned value is, in a learner's terms: ``a tuple of 4``, ``one array (5, 4)``."""
    if isinstance(value, np.ndarray):
        return f"one array {shape_words(value)}"
    if isinstance(value, (tuple, list)):
        return f"a {type(value).__name__} of {len(value)}"
    return f"a {type(value).__name__}"


# ---------------------------------------------------------------------------
# Errors: the learner's line, its operands, the step


def diagnose_error(error: BaseException, env: dict) -> dict:
    """What stopped the learner's function: its name, ``line``, ``step``, ``mistake``, ``what``.

    ``line`` is the learner's own line (empty when its source cannot be read,
    as for code typed at a prompt); ``step`` is None when the operands do not
    tell it; ``mistake`` is "stopped" for an error no rule explains.
    """
    what = f"{type(error).__name__}: {str(error).strip()}"
    if type(error).__name__ == "ScratchnetError":
        what = str(error)
    frame, summary = _learner_frame(error)
    if frame is None:
        return {"function_name": None, "line": "", "step": None, "mistake": "stopped", "what": what}
    line = linecache.getline(summary.filename, summary.lineno).strip()
    found = {"function_name": frame.f_code.co_name, "line": line, "step": _assigned_step(line)}
    node = _failing_node(summary)
    name = getattr(error, "name", None) if isinstance(error, (NameError, AttributeError)) else None
    if name and LEARNING_RATES.match(name):
        arguments = frame.f_code.co_varnames[: frame.f_code.co_argcount]
        key = "lr_is_an_argument" if "lr" in arguments else "lr_undefined"
        return {**found, "mistake": key, "what": words(key, "errors", what=what)}
    if name:
        known = (
            dir(error.obj)
            if isinstance(error, AttributeError)
            else [*frame.f_globals, *frame.f_locals]
        )
        close_names = difflib.get_close_matches(
            name, [k for k in known if not k.startswith("_")], 1, cutoff=0.5
        )
        if close_names:
            text = words("misspelled", "errors", what=what, suggestion=close_names[0])
            return {**found, "mistake": "misspelled", "what": text}
        if isinstance(error, NameError):
            return {
                **found,
                "mistake": "undefined",
                "what": words("undefined", "errors", what=what),
            }
    if isinstance(error, KeyError) and isinstance(node, ast.Subscript):
        holder = _evaluated(node.value, frame)
        if isinstance(holder, dict):
            text = words(
                "no_such_piece", "errors", what=what, holder=_spelled(node.value, node),
                names=", ".join(map(str, holder)),
            )  # fmt: skip
            return {**found, "mistake": "no_such_piece", "what": text}
    operands = _operands(node, frame)
    if operands:
        operation = _operation(*operands, node, frame, env)
        if operation:
            # the step the line assigns, unless the fault is an operand made earlier
            earlier = operation["mistake"] == "operand_shape"
            step = operation["step"] if earlier else found["step"] or operation["step"]
            return {**found, **operation, "step": step}
    return {**found, "mistake": "stopped", "what": what}


def _learner_frame(error: BaseException):
    """The innermost frame of the traceback in the learner's code, and its summary."""
    frames = list(traceback.walk_tb(error.__traceback__))
    summaries = traceback.extract_tb(error.__traceback__)
    for (frame, _), summary in zip(reversed(frames), reversed(summaries), strict=True):
        filename = frame.f_code.co_filename
        where = str(Path(filename).resolve()) if not filename.startswith("<") else filename
        if not where.startswith(LIBRARIES):
            return frame, summary
    return None, None


def _failing_node(summary) -> ast.AST | None:
    """The expression that raised, parsed from the learner's line (Python 3.11 positions)."""
    if summary.lineno != getattr(summary, "end_lineno", None) or summary.colno is None:
        return None
    text = linecache.getline(summary.filename, summary.lineno)[summary.colno : summary.end_colno]
    try:
        node = ast.parse(text.strip(), mode="eval").body
    except SyntaxError:
        return None
    node.source = text.strip()  # the learner's own spelling, for the verdict
    return node


class _UnsafeError(Exception):
    """An operand the evaluator will not run again (a call it does not know, a name not there)."""


def _evaluated(node: ast.AST, frame) -> object:
    """An operand's value in the learner's frame, or None if it is not safe to run again."""
    names = {**frame.f_globals, **frame.f_locals}
    operators = {ast.Add: np.add, ast.Sub: np.subtract, ast.Mult: np.multiply,
                 ast.Div: np.divide, ast.MatMult: np.matmul, ast.Pow: np.power}  # fmt: skip

    def value(node: ast.AST) -> object:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name) and node.id in names:
            return names[node.id]
        if isinstance(node, ast.Attribute):
            owner = value(node.value)
            if isinstance(owner, (np.ndarray, types.ModuleType)):
                return getattr(owner, node.attr)
        if isinstance(node, ast.Subscript):
            owner, key = value(node.value), value(node.slice)
            if isinstance(owner, (dict, list, tuple, np.ndarray)):
                return owner[key]
        if isinstance(node, ast.Slice):
            parts = (node.lower, node.upper, node.step)
            return slice(*(None if part is None else value(part) for part in parts))
        if isinstance(node, ast.Tuple):
            return tuple(value(item) for item in node.elts)
        if isinstance(node, ast.BinOp) and type(node.op) in operators:
            return operators[type(node.op)](value(node.left), value(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return np.negative(value(node.operand))
        if isinstance(node, ast.Call):
            function = value(node.func)
            owner = getattr(function, "__self__", None)
            module = getattr(function, "__module__", None) or ""
            if isinstance(owner, np.ndarray) or module.startswith(("numpy", "scratchnet")):
                args = [value(arg) for arg in node.args]
                return function(*args, **{kw.arg: value(kw.value) for kw in node.keywords})
        raise _UnsafeError

    try:
        with np.errstate(all="ignore"):
            return value(node)
    except Exception:  # an operand that cannot be run again: no shapes then
        return None


def identify(value: object, env: dict) -> tuple[str, bool] | None:
    """The quantity ``value`` is, by its numbers: (its name, whether transposed); or None."""
    if not isinstance(value, np.ndarray) or value.size < 2 or value.dtype.kind not in "biuf":
        return None
    quantities = {**{k: env[k] for k in env if isinstance(env[k], np.ndarray)}, **_products(env)}
    for turned in (False, True):
        for name, known in quantities.items():
            known = known.T if turned else known
            if (
                np.ndim(known) == 2
                and known.shape == value.shape
                and within_tolerance(value, known).all()
            ):
                return name, turned
    return None


def _products(env: dict) -> dict:
    """The matrix products of steps 2 and 4, before their biases, named by their operands."""
    return {
        "X @ wh": env["X"] @ env["wh"],
        "hidden_activations @ wout": env["hidden_activations"] @ env["wout"],
    }


def step_of(names: list[str]) -> dict | None:
    """The piece whose step's form uses all of ``names`` (a product counts as its operands)."""
    used = {part for name in names for part in name.split(" @ ")}
    for checker in ("check_forward", "check_backward", "check_update"):
        for piece in exercises_table()["checkers"][checker]["pieces"]:
            right = piece[LANGUAGE].split("=", 1)[-1]
            if used and used <= set(re.findall(r"[A-Za-z_]\w*", right)) | {piece["name"]}:
                return piece
    return None


def _assigned_step(line: str) -> int | None:
    """The step of the piece the learner's line assigns, if one.

    ``error_hidden = ...``, or an entry of a dict: ``grads["dbh"] = ...``.
    """
    match = re.match(r"\s*(?:\w+\[[\"'](\w+)[\"']\]|([A-Za-z_]\w*))\s*=[^=]", line)
    if not match:
        return None
    for checker in exercises_table()["checkers"].values():
        for piece in checker["pieces"]:
            if piece["name"] in match.groups():
                return piece["step"]
    return None


# numpy's functions for the operators, as a learner may call them instead.
CALLED = {"dot": ast.MatMult, "matmul": ast.MatMult, "multiply": ast.Mult,
          "add": ast.Add, "subtract": ast.Sub}  # fmt: skip


def _operands(node: ast.AST | None, frame) -> tuple | None:
    """The operator and the two operands of ``a @ b`` (or ``np.dot(a, b)``, ...); else None."""
    if isinstance(node, ast.BinOp):
        return node.op, node.left, node.right
    if isinstance(node, ast.Call) and len(node.args) == 2 and not node.keywords:
        function = _evaluated(node.func, frame)
        name = getattr(function, "__name__", "")
        if getattr(function, "__module__", "") and name in CALLED and callable(function):
            module = getattr(function, "__module__", None) or type(function).__module__
            if module.startswith("numpy") or isinstance(function, np.ufunc):
                return CALLED[name](), node.args[0], node.args[1]
    return None


def _operation(op, left_node, right_node, node: ast.AST, frame, env: dict) -> dict | None:
    """The diagnosis of a failing ``a @ b``, ``a * b``, ``a + b``: mistake, step, what."""
    left, right = _evaluated(left_node, frame), _evaluated(right_node, frame)
    if not (isinstance(left, np.ndarray) and isinstance(right, np.ndarray)):
        return None
    if left.ndim not in (1, 2) or right.ndim not in (1, 2):
        return None
    texts = {"left": _spelled(left_node, node), "right": _spelled(right_node, node)}
    known = [identify(left, env), identify(right, env)]
    piece = step_of([found[0] for found in known if found])
    step = piece["step"] if piece else None
    wanted = np.shape(env[piece["name"]]) if piece and piece["name"] in env else None
    facts = {
        "expr": getattr(node, "source", ast.unparse(node)), **texts, "step": step if step else "?",
        "left_shape": shape_words(left), "right_shape": shape_words(right),
    }  # fmt: skip
    wrong = _wrong_operand(texts, (left, right), env)
    if wrong:
        facts["step"] = wrong["step"]
        return {"step": wrong["step"], "mistake": "operand_shape",
                "what": words("operand_shape", "errors", **facts, **wrong["facts"])}  # fmt: skip
    if left.ndim == 1 or right.ndim == 1:  # a vector: its size only, no turning it
        key, fix = ("inner_sizes" if isinstance(op, ast.MatMult) else "shapes_differ"), ""
    else:
        key, fix = _operation_mistake(op, left, right, known, texts, wanted)
    facts["inner"] = f"{left.shape[-1]} and {right.shape[0]}"
    return {"step": step, "mistake": key, "what": words(key, "errors", **facts, fix=fix)}


def _wrong_operand(texts: dict, values: tuple, env: dict) -> dict | None:
    """An operand named as a piece whose shape is not that piece's; its step and words, or None.

    ``error_hidden`` or ``cache["output"]`` of the wrong shape was made wrong
    on an earlier line, which is what to look at.
    """
    for text, value in zip((texts["left"], texts["right"]), values, strict=True):
        name = re.sub(r"^(cache|grads)\[[\"'](\w+)[\"']\]$", r"\2", text)
        for checker in ("check_forward", "check_backward"):
            for piece in exercises_table()["checkers"][checker]["pieces"]:
                expected = np.shape(env[piece["name"]])
                line = min(expected) == 1 and value.size == np.prod(expected)
                if piece["name"] == name and value.shape != expected and not line:
                    facts = {
                        "operand": text, "shape": shape_words(value),
                        "expected": shape_words(np.zeros(expected)), "form": piece[LANGUAGE],
                    }  # fmt: skip
                    return {"step": piece["step"], "facts": facts}
    return None


def _spelled(part: ast.AST, whole: ast.AST) -> str:
    """``part`` of the learner's expression as they wrote it (else as ast writes it)."""
    source = getattr(whole, "source", None)
    return (source and ast.get_source_segment(source, part)) or ast.unparse(part)


def _operation_mistake(
    op: ast.operator, left, right, known: list, texts: dict, wanted: tuple | None
) -> tuple:
    """Which mistake a failing operation is, and the fix in the learner's own terms.

    ``wanted``: the shape the step makes, when the operands tell the step; a
    product's fix is the way of turning or swapping its operands that gives it.
    """
    a, b = texts["left"], texts["right"]
    if isinstance(op, ast.MatMult):
        if left.shape == right.shape:
            return "matrix_product_for_elementwise", f"{a} * {b}"
        (p, q), (r, s) = left.shape, right.shape
        options = [
            ("missing_transpose", f"{a} @ {_transposed(b)}", q == s, (p, r)),
            ("missing_transpose", f"{_transposed(a)} @ {b}", p == r, (q, s)),
            ("operands_swapped", f"{b} @ {a}", s == p, (r, q)),
            ("operands_swapped", f"{b} @ {_transposed(a)}", s == q, (r, p)),
            ("operands_swapped", f"{_transposed(b)} @ {a}", r == p, (s, q)),
            ("missing_transpose", f"{_transposed(a)} @ {_transposed(b)}", p == s, (q, r)),
        ]
        valid = [option for option in options if option[2]]
        chosen = [option for option in valid if option[3] == wanted] or valid
        return (chosen[0][0], chosen[0][1]) if chosen else ("inner_sizes", "")
    if isinstance(op, (ast.Add, ast.Sub)):
        bias = next(
            (i for i, found in enumerate(known) if found and found[0] in ("bh", "bout")), None
        )
        if bias is not None:
            other = known[1 - bias]
            if other and other[1]:  # the product itself is turned: samples as columns
                return "samples_as_columns", _untransposed_product(other[0])
            operand, product = (b, a) if bias == 1 else (a, b)
            row = operand[:-2] if operand.endswith(".T") else f"{operand}.reshape(1, -1)"
            return "bias_not_a_row", f"{product} + {row}"
    if isinstance(op, ast.Mult) and left.shape[1] == right.shape[0]:
        return "elementwise_for_matrix_product", f"{a} @ {b}"
    return "shapes_differ", ""


def _transposed(text: str) -> str:
    """``text.T`` (parenthesised unless a name, an index or an attribute); ``x.T`` gives ``x``."""
    if text.endswith(".T"):
        return text[:-2]
    return f"{text}.T" if re.fullmatch(r"[\w.\[\]\"']+", text) else f"({text}).T"


def _untransposed_product(product: str) -> str:
    """The step's product with rows as samples, from the product's name."""
    forms = {
        "X @ wh": 'X @ params["wh"] + params["bh"]',
        "hidden_activations @ wout": 'hidden_activations @ params["wout"] + params["bout"]',
    }
    return forms.get(product, product)
