"""The command line: ``python -m scratchnet train [options]`` and ``plots``.

A thin layer over the core. Its commands and options are written once, in
``shared_data/cli.json``, which this file and its twin ``r/R/cli.R`` both read
to build the help text, the defaults, the parsing and the checks; so both
command lines take the same words and refuse the same mistakes with the same
line. A run is ``run_experiment`` with the options as its record.
"""

from __future__ import annotations

import json
import os
import re
import sys
import warnings
from pathlib import Path

import numpy as np

from scratchnet.checks import say, warning_line
from scratchnet.course import write_course
from scratchnet.datasets import dataset_path, is_decimal, read_table, shared_json
from scratchnet.errors import ScratchnetError, ScratchnetWarning
from scratchnet.experiments import learning_setting, load_experiments, run_experiment
from scratchnet.model import load_model, model_from_run, model_json, predict_model, write_atomic
from scratchnet.network import PARAM_NAMES, accuracy, loss
from scratchnet.rng import check_seed
from scratchnet.trace import trace_epoch, trace_lines

ROWS_SHOWN = 10
"""Outputs printed at most; ``--json`` holds them all."""
HELP_COLUMN = 27
"""Where an option's description starts in the help text."""

_WHOLE = re.compile(r"^[0-9]+$")
_INTEGER = re.compile(r"^[+-]?[0-9]+$")


def cli_table() -> dict:
    """The commands and options of ``cli.json``."""
    return shared_json("cli.json")


def help_text() -> str:
    """The ``--help`` text, built from ``cli.json``."""
    table = cli_table()
    lines = list(table["usage"])
    for command in table["commands"]:
        lines += ["", *command["summary"], f"{command['name']} options:"]
        for option in command["options"]:
            label = (
                f"  {option['metavar']}"
                if option.get("positional")
                else f"  --{option['name']}"
                + (f" {option['metavar']}" if "metavar" in option else "")
            )
            default = option["default"]
            text = list(option["help"])
            if default not in (None, False):
                text[-1] += f" ({default})"
            lines.append(label.ljust(HELP_COLUMN) + text[0])
            lines += [" " * HELP_COLUMN + more for more in text[1:]]
    lines += ["", "  --help".ljust(HELP_COLUMN) + "show this help and exit"]
    lines += ["", *table["learning_path"]]
    return "\n".join(lines)


def parse_args(argv: list[str]) -> dict[str, object]:
    """Check the command line and return the options, converted.

    ``argv`` is the arguments after the program name, e.g.
    ``["train", "--seed", "7"]``. Returns ``help``, ``command`` and one entry
    per option of that command (``print-every`` becomes ``print_every``).
    Raises ``ScratchnetError`` naming the option and the value at fault.
    """
    if "--help" in argv or "-h" in argv:
        return {"help": True}
    commands = {command["name"]: command for command in cli_table()["commands"]}
    if not argv or argv[0] not in commands:
        found = f"'{argv[0]}'" if argv else "nothing"
        raise ScratchnetError(
            f"expected a command, {', '.join(list(commands)[:-1])} or {list(commands)[-1]}, "
            f"got {found} (see --help)"
        )
    options = {option["name"]: option for option in commands[argv[0]]["options"]}
    raw = {name: option["default"] for name, option in options.items()}
    rest = list(argv[1:])
    positional = [name for name, option in options.items() if option.get("positional")]
    while rest:
        word = rest.pop(0)
        if positional and not word.startswith("--"):
            raw[positional.pop(0)] = word
            continue
        name, has_value, value = word.partition("=")
        if not name.startswith("--") or name[2:] not in options:
            raise ScratchnetError(f"unknown option '{name}' for {argv[0]} (see --help)")
        if options[name[2:]]["kind"] == "switch":
            if has_value:
                raise ScratchnetError(f"{name} takes no value (see --help)")
            raw[name[2:]] = True
            continue
        if not has_value:
            if not rest or rest[0].startswith("--"):
                raise ScratchnetError(f"{name} needs a value (see --help)")
            value = rest.pop(0)
        raw[name[2:]] = value
    parsed = {"help": False, "command": argv[0]}
    for name, option in options.items():
        if option.get("required") and raw[name] is None:
            flag = option["metavar"] if option.get("positional") else f"--{name}"
            raise ScratchnetError(say("required", command=argv[0], name=flag))
        parsed[name.replace("-", "_")] = option_value(option, raw[name])
    return parsed


def option_value(option: dict, value: object) -> object:
    """One option's value, converted and checked as its ``kind`` in ``cli.json`` says."""
    flag, kind = f"--{option['name']}", option["kind"]
    if kind in ("text", "switch") or value is None:
        return value
    if kind == "names":
        return [name.strip() for name in value.split(",")]
    if kind == "choice":
        if value not in option["choices"]:
            choices = ", ".join(option["choices"])
            raise ScratchnetError(say("choice", name=flag, choices=choices, got=f"'{value}'"))
        return value
    if kind == "fraction":
        if not is_decimal(value) or not 0 <= float(value) < 1:
            raise ScratchnetError(say("fraction", name=flag, got=f"'{value}'"))
        return float(value)
    if kind == "whole":
        lowest, highest = option["min"], option["max"]
        if not _WHOLE.match(value) or not lowest <= int(value) <= highest:
            raise ScratchnetError(
                f"{flag} must be a whole number from {lowest} to {highest}, got '{value}'"
            )
        return int(value)
    if kind == "positive":
        if not is_decimal(value) or not 0 < float(value) < float("inf"):
            raise ScratchnetError(f"{flag} must be a positive finite number, got '{value}'")
        return float(value)
    if kind == "seed":
        return check_seed(int(value) if _INTEGER.match(value) else value, flag)
    if value == "":
        raise ScratchnetError(
            f"{flag} needs a {'folder' if kind == 'folder' else 'file'} name (see --help)"
        )
    if kind == "output":
        folder = os.path.dirname(value) or "."
        if not os.path.isdir(folder):
            raise ScratchnetError(
                f"{flag}: cannot write '{value}': the folder '{folder}' does not exist"
            )
    elif value != option["default"] and not os.path.isdir(value):  # kind == "folder"
        raise ScratchnetError(f"{flag}: the folder '{value}' does not exist")
    return value


def report_lines(options: dict[str, object], result: dict[str, object]) -> list[str]:
    """The lines ``train`` prints, the same in Python and R.

    A header, the first epoch step by step if ``--trace``, the loss every
    ``print_every`` epochs and at the last, then up to ``ROWS_SHOWN`` outputs
    beside their targets. ``result`` is what ``run_experiment`` returned.
    """
    y, output, losses = result["dataset"]["y"], result["output"], result["loss"]
    n, k = y.shape
    lines = [
        f"dataset {result['dataset']['name']} "
        f"(n = {n}, d = {result['dataset']['X'].shape[1]}, k = {k}); "
        f"hidden {options['hidden']}, lr {options['lr']:g}, "
        f"epochs {options['epochs']}, seed {options['seed']}"
        + ("; train_fast" if options["fast"] else "")
        + (f"; scale {options['scale']}" if options["scale"] != "none" else "")
        + (f"; holdout {options['holdout']:g}" if options["holdout"] else "")
    ]
    if result["dataset"]["last_column"]:
        lines.append(say("target_last_column", column=result["dataset"]["targets"][0]))
    if options["trace"]:
        lines.append("the first epoch, step by step (rounded to 4 decimals):")
        lines.extend(
            trace_lines(trace_epoch(result["dataset"]["X"], y, result["initial"], options["lr"]))
        )
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
    held = result["holdout"]
    if held is not None:
        lines.append(
            f"held out {len(held['rows'])} rows: loss {held['loss']:.10f}; "
            f"accuracy {100 * held['accuracy']:.1f}%"
        )
    return lines


def result_json(options: dict[str, object], result: dict[str, object]) -> str:
    """The run as the JSON document both languages write (see docs/command-line.md).

    Python's ``json`` writes each float with the fewest digits that read back
    as the same double, so no bit is lost.
    """
    document = {
        "language": "python",
        "dataset": result["dataset"]["name"],
        **{name: options[name] for name in ("seed", "hidden", "lr", "epochs")},
        "trainer": "train_fast" if options["fast"] else "train",
        **{
            stage: {name: result[stage][name].tolist() for name in PARAM_NAMES}
            for stage in ("initial", "final")
        },
        "loss": result["loss"].tolist(),
        "output": result["output"].tolist(),
        "features": result["dataset"]["features"],
        "targets": result["dataset"]["targets"],
        "scaling": result["scaling"],
        "holdout": None,
    }
    held = result["holdout"]
    if held is not None:
        document["holdout"] = {
            "fraction": options["holdout"],
            "rows": held["rows"],
            "loss": held["loss"],
            "accuracy": held["accuracy"],
            "output": held["output"].tolist(),
        }
    return json.dumps(document)


def predict_lines(options: dict[str, object]) -> tuple[list[str], str]:
    """What ``predict`` prints, and the JSON it writes with ``--json``.

    The dataset's columns are taken by name: the model's inputs must be
    there; with its targets there too, the loss and accuracy are reported.
    """
    model = load_model(str(options["model"]))
    path = dataset_path(str(options["dataset"]))
    table = read_table(path)
    names = table["names"]
    for name in model["inputs"]:
        if name not in names:
            raise ScratchnetError(
                say("no_such_column", path=path, column=name, columns=", ".join(names))
            )
    columns = [names.index(name) for name in model["inputs"]]
    output = predict_model(model, table["values"][:, columns])
    has_targets = all(name in names for name in model["targets"])
    y = table["values"][:, [names.index(t) for t in model["targets"]]] if has_targets else None
    lines = [
        f"model {options['model']} (trained in {model['language']}): inputs "
        f"{', '.join(model['inputs'])}; targets {', '.join(model['targets'])}; "
        f"scale {model['scaling']['kind']}",
        f"output for {output.shape[0]} rows"
        + (" (target in brackets):" if has_targets else " (no target columns in the file):"),
    ]
    for row in range(min(output.shape[0], ROWS_SHOWN)):
        values = " ".join(f"{value:.8f}" for value in output[row])
        lines.append(
            f"  {values}" + (f"  [{' '.join(f'{v:g}' for v in y[row])}]" if has_targets else "")
        )
    if output.shape[0] > ROWS_SHOWN:
        lines.append(
            f"  ... {output.shape[0] - ROWS_SHOWN} more rows (--json PATH writes them all)"
        )
    document = {"output": output.tolist(), "loss": None, "accuracy": None}
    if has_targets:
        document.update(loss=loss(y, output), accuracy=accuracy(y, output))
        lines.append(f"loss {document['loss']:.10f}; accuracy {100 * document['accuracy']:.1f}%")
    return lines, json.dumps(document)


def experiment_argv(experiment: dict[str, object]) -> list[str]:
    """The ``train`` words that run one experiment, the same in either command line."""
    return [
        "train",
        "--dataset", str(experiment["dataset"]),
        "--hidden", str(experiment["hidden"]),
        "--lr", f"{experiment['lr']:.15g}",
        "--epochs", str(experiment["epochs"]),
        "--seed", str(experiment["seed"]),
    ]  # fmt: skip


def run_plots(folder: str | Path, experiments: list[dict] | None = None) -> list[Path]:
    """Train each experiment (all shipped ones by default) and draw its pictures.

    Writes ``loss_<name>``, ``network_<name>`` and, for two inputs,
    ``boundary_<name>``, each with the suffix ``_python.png``; returns the paths.
    """
    from scratchnet.plots import (  # matplotlib is slow to import: only for plots
        plot_decision_boundary,
        plot_learning,
        plot_loss_curves,
        plot_network,
    )
    from scratchnet.variants import train_recording

    learning = learning_setting()

    written = []
    for experiment in load_experiments() if experiments is None else experiments:
        name = experiment["name"]
        result = run_experiment(experiment)
        X, y, params = result["dataset"]["X"], result["dataset"]["y"], result["final"]

        def png(kind: str, name: str = name) -> Path:
            return Path(folder) / f"{kind}_{name}_python.png"

        written.append(plot_loss_curves({"Python": result["loss"]}, f"{name}: loss (Python)",
                                        png("loss")))  # fmt: skip
        written.append(plot_network(params, f"{name} (Python)", png("network")))
        if X.shape[1] == 2:
            written.append(
                plot_decision_boundary(X, y, params, f"{name}: decision boundary (Python)",
                                       png("boundary"))
            )  # fmt: skip
        if name == learning["experiment"]:
            recording = train_recording(X, y, result["initial"], experiment["lr"],
                                        experiment["epochs"], learning["every"])  # fmt: skip
            written.append(
                plot_learning(X, y, recording, f"{name}: learning (Python)",
                              Path(folder) / f"learning_{name}_python.gif")
            )  # fmt: skip
    return written


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 2 bad input).

    A run that went wrong still exits 0; each ``ScratchnetWarning`` is
    printed on stderr as ``scratchnet: warning: ...``, as errors are.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("always", ScratchnetWarning)
        warnings.showwarning = _print_warning
        return _run(sys.argv[1:] if argv is None else argv)


def _run(argv: list[str]) -> int:
    try:
        options = parse_args(argv)
        if options["help"]:
            print(help_text())
            return 0
        if options["command"] == "plots":
            for path in run_plots(options["out"]):
                print(f"wrote {path}")
            return 0
        if options["command"] == "course":
            for path in write_course(options["folder"]):
                print(f"wrote {path}")
            print(say("course_written_python", folder=options["folder"]))
            return 0
        if options["command"] == "predict":
            lines, document = predict_lines(options)
            print("\n".join(lines))
            if options["json"] is not None:
                write_atomic(options["json"], document, "--json")
            return 0
        result = run_experiment(options, fast=options["fast"])
        print("\n".join(report_lines(options, result)))
        if options["json"] is not None:
            write_atomic(options["json"], result_json(options, result), "--json")
        if options["save"] is not None:
            trainer = "train_fast" if options["fast"] else "train"
            write_atomic(options["save"], model_json(model_from_run(result, trainer)), "--save")
    except ScratchnetError as error:
        print(f"scratchnet: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0


def _print_warning(message: Warning | str, category: type, *rest: object, **more: object) -> None:
    """A warning as the command line says it: its finding, the advice in options."""
    finding = getattr(message, "finding", None)
    text = warning_line(finding, "command_line") if finding else message
    print(f"scratchnet: warning: {text}", file=sys.stderr)
