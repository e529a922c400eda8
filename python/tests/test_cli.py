"""The Python command line by itself (the harness compares it with R's)."""

from __future__ import annotations

import json

import numpy as np
import pytest

import scratchnet as sn
from scratchnet.cli import cli_table, help_text, main, parse_args, run_plots
from scratchnet.errors import ScratchnetError


def test_parse_args_gives_the_documented_defaults():
    options = parse_args(["train"])
    assert options == {
        "help": False,
        "command": "train",
        "dataset": "toy",
        "hidden": 3,
        "lr": 0.1,
        "epochs": 5000,
        "seed": 42,
        "print_every": 1000,
        "json": None,
        "trace": False,
        "fast": False,
        "target": None,
        "scale": "none",
        "holdout": 0.0,
        "save": None,
    }


def test_parse_args_takes_both_spellings_of_an_option():
    assert parse_args(["train", "--seed", "-7"])["seed"] == -7
    assert parse_args(["train", "--seed=-7"])["seed"] == -7


def test_a_bad_value_is_refused_naming_option_and_value():
    with pytest.raises(ScratchnetError, match="--lr must be a positive finite number, got 'inf'"):
        parse_args(["train", "--lr", "inf"])


def test_main_trains_prints_and_writes_full_precision_json(tmp_path, capsys):
    path = tmp_path / "run.json"
    status = main(["train", "--epochs", "3", "--print-every", "2", "--json", str(path)])
    printed = capsys.readouterr().out.splitlines()
    assert status == 0
    assert printed[0] == "dataset toy (n = 3, d = 4, k = 1); hidden 3, lr 0.1, epochs 3, seed 42"
    assert [line.split()[1] for line in printed[1:3]] == ["0", "2"]
    document = json.loads(path.read_text())
    assert document["language"] == "python" and len(document["loss"]) == 3
    assert np.array(document["initial"]["wh"]).shape == (4, 3)
    # Full precision: 0.9148060434963554 is R's set.seed(42); runif(1).
    assert document["initial"]["wh"][0][0] == 0.9148060434963554
    assert [p.name for p in tmp_path.iterdir()] == ["run.json"]


def test_main_returns_2_with_one_line_on_stderr_for_bad_input(capsys):
    assert main(["train", "--hidden", "0"]) == 2
    captured = capsys.readouterr()
    assert captured.err == (
        "scratchnet: error: --hidden must be a whole number from 1 to 10000, got '0'\n"
    )


def test_trace_prints_steps_0_to_11_before_the_loss_lines(capsys):
    assert main(["train", "--trace", "--epochs", "1"]) == 0
    printed = capsys.readouterr().out.splitlines()
    steps = [line for line in printed if line.startswith("step ")]
    assert steps[0] == "step  0  X (3, 4)" and steps[-1] == "step 11  bh (new) (1, 3)"
    assert printed.index(steps[-1]) < printed.index(
        next(p for p in printed if p.startswith("epoch"))
    )


def test_fast_trains_with_train_fast_and_says_so(tmp_path, capsys):
    path = tmp_path / "run.json"
    assert main(["train", "--fast", "--epochs", "3", "--json", str(path)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].endswith("epochs 3, seed 42; train_fast")
    document = json.loads(path.read_text())
    assert document["trainer"] == "train_fast"
    data = sn.load_dataset("toy", sn.shared_data_dir())
    start = sn.init_params(4, 3, 1, seed=42)
    expected = sn.train_fast(data["X"], data["y"], start, 0.1, 3)
    assert document["loss"] == expected["loss"].tolist()


def test_plots_draws_each_experiments_pictures_into_the_folder(tmp_path):
    short = [
        {"name": "toy", "dataset": "toy", "seed": 42, "hidden": 3, "lr": 0.1, "epochs": 5},
        {"name": "moons", "dataset": "moons", "seed": 42, "hidden": 4, "lr": 0.003, "epochs": 5},
    ]
    written = run_plots(tmp_path, short)
    names = {p.name for p in tmp_path.iterdir()}
    assert (
        {p.name for p in written}
        == names
        == {
            "loss_toy_python.png",
            "network_toy_python.png",  # toy has 4 inputs: no plane to draw a boundary on
            "loss_moons_python.png",
            "network_moons_python.png",
            "boundary_moons_python.png",
            "learning_moons_python.gif",  # moons is the picture of learning's experiment
        }
    )


def test_the_help_lists_every_option_of_the_shared_table_with_its_default():
    text = help_text()
    for command in cli_table()["commands"]:
        for option in command["options"]:
            flag = option["metavar"] if option.get("positional") else f"--{option['name']}"
            assert f"  {flag}" in text
    assert "(toy)" in text and "(5000)" in text and "(figures)" in text


def test_an_unknown_command_names_the_commands_of_the_table():
    with pytest.raises(
        ScratchnetError, match=r"^expected a command, train, predict, plots or course, got 'fit'"
    ):
        parse_args(["fit"])
