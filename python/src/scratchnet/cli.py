"""The command line: ``python -m scratchnet train [options]``.

A thin layer over the core: check the options (one clear line per mistake),
load the dataset, ``init_params`` then ``train``, print the loss every
``--print-every`` epochs and the final outputs, and write everything to JSON if
asked. Its twin ``r/exec/scratchnet.R`` (via ``r/R/cli.R``) takes the same
options and prints the same lines; the harness checks that they do.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path

import numpy as np

from scratchnet.datasets import is_decimal, load_dataset, load_experiments, shared_data_dir
from scratchnet.errors import ScratchnetError
from scratchnet.fast import train_fast
from scratchnet.network import accuracy, init_params, predict_output, train
from scratchnet.rng import SEED_MAX
from scratchnet.trace import trace_epoch, trace_lines

HELP = """\
usage: scratchnet train [options]
       scratchnet plots [--out FOLDER]

train: train a one-hidden-layer sigmoid network by full-batch gradient descent.
plots: train every experiment of shared_data/experiments.json and draw its loss
       curve, network diagram and (for 2 inputs) decision boundary into FOLDER
       (default: figures/ at the top of the repository).

train options:
  --dataset NAME|PATH.csv  a dataset in shared_data/datasets, or a CSV file (toy)
  --hidden N               hidden units, 1 to 10000 (3)
  --lr RATE                learning rate, a positive number (0.1)
  --epochs N               training epochs, 0 or more (5000)
  --seed N                 seed for the start weights, |N| <= 2147483647 (42)
  --print-every N          print the loss every N epochs (1000)
  --json PATH              also write start and final weights, the loss of
                           every epoch and the outputs to PATH as JSON
  --trace                  also print the first epoch step by step (steps 0-11)
  --fast                   train with train_fast, the same steps rearranged for
                           speed (the same result up to rounding)
  --help                   show this help and exit"""

DEFAULTS = {
    "dataset": "toy",
    "hidden": "3",
    "lr": "0.1",
    "epochs": "5000",
    "seed": "42",
    "print-every": "1000",
    "json": None,
    "trace": False,
    "fast": False,
}
ROWS_SHOWN = 10
"""Outputs printed at most; ``--json`` holds them all."""

_WHOLE = re.compile(r"^[0-9]+$")
_INTEGER = re.compile(r"^[+-]?[0-9]+$")


def parse_args(argv: list[str]) -> dict[str, object]:
    """Check the command line and return the options, converted.

    Parameters
    ----------
    argv : list of str
        The arguments after the program name, e.g. ``["train", "--seed", "7"]``.

    Returns
    -------
    dict
        For train: ``help`` (bool), ``command`` ("train"), ``dataset`` (str),
        ``hidden``, ``epochs``, ``seed``,
        ``print_every`` (int), ``lr`` (float), ``json`` (str or None),
        ``trace``, ``fast`` (bool). For plots: ``help``, ``command`` ("plots") and
        ``out`` (a folder or None).

    Raises
    ------
    ScratchnetError
        Naming the option and the value at fault.
    """
    if "--help" in argv or "-h" in argv:
        return {"help": True}
    if not argv or argv[0] not in ("train", "plots"):
        found = f"'{argv[0]}'" if argv else "nothing"
        raise ScratchnetError(f"expected a command, train or plots, got {found} (see --help)")
    if argv[0] == "plots":
        return parse_plots_args(argv[1:])
    raw = dict(DEFAULTS)
    rest = argv[1:]
    while rest:
        word = rest.pop(0)
        name, has_value, value = word.partition("=")
        if not name.startswith("--") or name[2:] not in DEFAULTS:
            raise ScratchnetError(f"unknown option '{name}' (see --help)")
        if name in ("--trace", "--fast"):  # the switches: they take no value
            if has_value:
                raise ScratchnetError(f"{name} takes no value (see --help)")
            raw[name[2:]] = True
            continue
        if not has_value:
            if not rest or rest[0].startswith("--"):
                raise ScratchnetError(f"{name} needs a value (see --help)")
            value = rest.pop(0)
        raw[name[2:]] = value
    return {
        "help": False,
        "command": "train",
        "dataset": raw["dataset"],
        "hidden": whole_number("--hidden", raw["hidden"], 1, 10000),
        "lr": positive_number("--lr", raw["lr"]),
        "epochs": whole_number("--epochs", raw["epochs"], 0, SEED_MAX),
        "seed": seed_option("--seed", raw["seed"]),
        "print_every": whole_number("--print-every", raw["print-every"], 1, SEED_MAX),
        "json": json_path("--json", raw["json"]),
        "trace": raw["trace"],
        "fast": raw["fast"],
    }


def parse_plots_args(rest: list[str]) -> dict[str, object]:
    """The options of ``plots``: only ``--out FOLDER`` (which must exist)."""
    folder = None
    while rest:
        name, has_value, value = rest.pop(0).partition("=")
        if name != "--out":
            raise ScratchnetError(f"unknown option '{name}' for plots (see --help)")
        if not has_value:
            if not rest or rest[0].startswith("--"):
                raise ScratchnetError("--out needs a value (see --help)")
            value = rest.pop(0)
        if not os.path.isdir(value):
            raise ScratchnetError(f"--out: the folder '{value}' does not exist")
        folder = value
    return {"help": False, "command": "plots", "out": folder}


def whole_number(option: str, value: str, lowest: int, highest: int) -> int:
    """``value`` as an int in [lowest, highest], or a ScratchnetError."""
    if not _WHOLE.match(value) or not lowest <= int(value) <= highest:
        raise ScratchnetError(
            f"{option} must be a whole number from {lowest} to {highest}, got '{value}'"
        )
    return int(value)


def positive_number(option: str, value: str) -> float:
    """``value`` as a positive finite float, or a ScratchnetError."""
    if not is_decimal(value) or not 0 < float(value) < float("inf"):
        raise ScratchnetError(f"{option} must be a positive finite number, got '{value}'")
    return float(value)


def seed_option(option: str, value: str) -> int:
    """``value`` as a seed R accepts, or a ScratchnetError."""
    if not _INTEGER.match(value) or abs(int(value)) > SEED_MAX:
        raise ScratchnetError(
            f"{option} must be an integer from -{SEED_MAX} to {SEED_MAX}, got '{value}'"
        )
    return int(value)


def json_path(option: str, value: str | None) -> str | None:
    """``value`` if its folder exists (checked before training), else an error."""
    if value == "":
        raise ScratchnetError(f"{option} needs a file name (see --help)")
    if value is not None:
        folder = os.path.dirname(value) or "."
        if not os.path.isdir(folder):
            raise ScratchnetError(
                f"{option}: cannot write '{value}': the folder '{folder}' does not exist"
            )
    return value


def run_train(options: dict[str, object], data_dir: str | Path) -> dict[str, object]:
    """Load the dataset, start from the seed, train: everything the CLI reports.

    Parameters
    ----------
    options : dict
        What ``parse_args`` returned.
    data_dir : str or Path
        The ``shared_data`` folder.

    Returns
    -------
    dict
        ``dataset`` (what ``load_dataset`` returned), ``initial`` and
        ``final`` (parameter dicts), ``trace`` (what ``trace_epoch``
        returned, if ``--trace``, else None), ``loss`` (epochs,),
        ``output`` (n, k).
    """
    data = load_dataset(str(options["dataset"]), data_dir)
    X, y = data["X"], data["y"]
    initial = init_params(X.shape[1], options["hidden"], y.shape[1], options["seed"])
    trainer = train_fast if options["fast"] else train
    trained = trainer(X, y, initial, options["lr"], options["epochs"])
    return {
        "dataset": data,
        "initial": initial,
        "trace": trace_epoch(X, y, initial, options["lr"]) if options["trace"] else None,
        "final": trained["params"],
        "loss": trained["loss"],
        "output": predict_output(X, trained["params"]),
    }


def report_lines(options: dict[str, object], result: dict[str, object]) -> list[str]:
    """The lines the CLI prints for a run, the same in Python and R.

    Parameters
    ----------
    options : dict
        What ``parse_args`` returned.
    result : dict
        What ``run_train`` returned.

    Returns
    -------
    list of str
        A header, the first epoch step by step if ``--trace``, the loss every
        ``print_every`` epochs and at the last epoch, then up to
        ``ROWS_SHOWN`` outputs beside their targets.
    """
    y, output, losses = result["dataset"]["y"], result["output"], result["loss"]
    n, k = y.shape
    lines = [
        f"dataset {result['dataset']['name']} "
        f"(n = {n}, d = {result['dataset']['X'].shape[1]}, k = {k}); "
        f"hidden {options['hidden']}, lr {options['lr']:g}, "
        f"epochs {options['epochs']}, seed {options['seed']}"
        + ("; train_fast" if options["fast"] else "")
    ]
    if options["trace"]:
        lines.append("the first epoch, step by step (rounded to 4 decimals):")
        lines.extend(trace_lines(result["trace"]))
    for epoch, value in enumerate(losses):
        if epoch % options["print_every"] == 0 or epoch == len(losses) - 1:
            lines.append(f"epoch {epoch:6d}  loss {value:.10f}")
    lines.append(f"output after {len(losses)} epochs (target in brackets):")
    for row in range(min(n, ROWS_SHOWN)):
        values = " ".join(f"{value:.8f}" for value in output[row])
        targets = " ".join(f"{value:g}" for value in y[row])
        lines.append(f"  {values}  [{targets}]")
    if n > ROWS_SHOWN:
        lines.append(f"  ... {n - ROWS_SHOWN} more rows (--json PATH writes them all)")
    lines.append(
        f"largest |target - output| {np.max(np.abs(y - output)):.8f}; "
        f"training accuracy {100 * accuracy(y, output):.1f}%"
    )
    return lines


def result_json(options: dict[str, object], result: dict[str, object]) -> str:
    """The run as the JSON document both languages write (see the README).

    Python's ``json`` writes each float with the fewest digits that read back
    as the same double, so no bit is lost.

    Parameters
    ----------
    options : dict
        What ``parse_args`` returned.
    result : dict
        What ``run_train`` returned.

    Returns
    -------
    str
        The JSON text.
    """

    def matrices(params: dict[str, np.ndarray]) -> dict[str, list]:
        return {name: params[name].tolist() for name in ("wh", "bh", "wout", "bout")}

    document = {
        "language": "python",
        "dataset": result["dataset"]["name"],
        "seed": options["seed"],
        "hidden": options["hidden"],
        "lr": options["lr"],
        "epochs": options["epochs"],
        "trainer": "train_fast" if options["fast"] else "train",
        "initial": matrices(result["initial"]),
        "final": matrices(result["final"]),
        "loss": result["loss"].tolist(),
        "output": result["output"].tolist(),
    }
    return json.dumps(document)


def write_json_atomic(path: str, document: str) -> None:
    """Write text to ``path`` via a temporary file and a rename.

    Readers never see half a file: the temporary file is in the same folder,
    and is removed if anything fails.

    Parameters
    ----------
    path : str
        Where the JSON goes; its folder must exist.
    document : str
        The JSON text.
    """
    folder = os.path.dirname(path) or "."
    handle, temporary = tempfile.mkstemp(prefix=".scratchnet-", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(document + "\n")
        os.replace(temporary, path)
    except OSError:
        os.unlink(temporary)
        raise ScratchnetError(f"--json: cannot write '{path}'") from None


def experiment_argv(experiment: dict[str, object]) -> list[str]:
    """The ``train`` arguments that run one experiment of ``experiments.json``.

    Parameters
    ----------
    experiment : dict
        One entry of ``load_experiments``.

    Returns
    -------
    list of str
        E.g. ``["train", "--dataset", "toy", "--hidden", "3", ...]``; the
        same words run the experiment in either command line.
    """
    return [
        "train",
        "--dataset", str(experiment["dataset"]),
        "--hidden", str(experiment["hidden"]),
        "--lr", f"{experiment['lr']:.15g}",
        "--epochs", str(experiment["epochs"]),
        "--seed", str(experiment["seed"]),
    ]  # fmt: skip


def run_plots(data_dir: str | Path, folder: str | Path) -> list[Path]:
    """Train every shipped experiment and draw its pictures, named ``*_python.png``.

    Parameters
    ----------
    data_dir : str or Path
        The ``shared_data`` folder.
    folder : str or Path
        Where the PNG files go.

    Returns
    -------
    list of Path
        The files written: ``loss_<name>``, ``network_<name>`` and, for two
        inputs, ``boundary_<name>``, each with the suffix ``_python``.
    """
    from scratchnet.plots import (  # matplotlib is slow to import: only for plots
        plot_decision_boundary,
        plot_loss_curves,
        plot_network,
    )

    written = []
    for experiment in load_experiments(data_dir):
        name = experiment["name"]
        options = parse_args(experiment_argv(experiment))
        result = run_train(options, data_dir)
        X, y, params = result["dataset"]["X"], result["dataset"]["y"], result["final"]
        path = Path(folder)
        written.append(
            plot_loss_curves(
                {"Python": result["loss"]},
                f"{name}: loss (Python)",
                path / f"loss_{name}_python.png",
            )
        )
        written.append(
            plot_network(params, f"{name} (Python)", path / f"network_{name}_python.png")
        )
        if X.shape[1] == 2:
            written.append(
                plot_decision_boundary(
                    X,
                    y,
                    params,
                    f"{name}: decision boundary (Python)",
                    path / f"boundary_{name}_python.png",
                )
            )
    return written


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 2 bad input).

    Parameters
    ----------
    argv : list of str, optional
        The arguments after the program name; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        The exit status.
    """
    try:
        options = parse_args(sys.argv[1:] if argv is None else argv)
        if options["help"]:
            print(HELP)
            return 0
        data_dir = shared_data_dir(Path(__file__).parent)
        if options["command"] == "plots":
            folder = options["out"] or data_dir.parent / "figures"
            for path in run_plots(data_dir, folder):
                print(f"wrote {path}")
            return 0
        result = run_train(options, data_dir)
        print("\n".join(report_lines(options, result)))
        if options["json"] is not None:
            write_json_atomic(options["json"], result_json(options, result))
    except ScratchnetError as error:
        print(f"scratchnet: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0
