"""The two command lines: same options, same lines, same refusals.

The runs a user makes are real processes (``python -m scratchnet`` and
``Rscript r/exec/scratchnet.R``); the long list of refusals calls each
language's ``main`` in this process (R through rpy2), which prints and
returns exactly what the process would, without starting 60 processes.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from harness import PARAM_NAMES, REPO, TOLERANCE, RSession, r_main
from scratchnet.cli import main as python_main

PYTHON_CLI = [sys.executable, "-m", "scratchnet"]
R_CLI = ["Rscript", str(REPO / "r" / "exec" / "scratchnet.R")]


def run(cli: list[str], *args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    environment = dict(os.environ, R_LIBS=str(REPO / ".rlib"))
    return subprocess.run(
        [*cli, *args], capture_output=True, text=True, cwd=cwd, env=environment, timeout=120
    )


def test_both_clis_print_the_same_lines_for_the_tutorials_toy_run():
    python, r = run(PYTHON_CLI, "train"), run(R_CLI, "train")
    assert (python.returncode, r.returncode) == (0, 0), python.stderr + r.stderr
    assert python.stdout.splitlines() == r.stdout.splitlines()
    assert "epoch   1000  loss" in python.stdout


def test_both_clis_print_the_same_step_trace_of_the_first_epoch(tmp_path, r, capsys, monkeypatch):
    args = ["train", "--trace", "--dataset", "moons", "--hidden", "4", "--epochs", "1"]
    results = in_process(r, args, tmp_path, capsys, monkeypatch)
    assert results["Python"][0] == results["R"][0] == 0, results
    # The same lines, each language writing a shape its own way: (1000, 4) and 1000 x 4.
    in_python = re.sub(r"\((\d+), (\d+)\)$", r"\1 x \2", results["Python"][1], flags=re.M)
    assert in_python.splitlines() == results["R"][1].splitlines()
    assert "step  9  d_hidden (1000, 4)" in results["Python"][1]
    assert "step  9  d_hidden 1000 x 4" in results["R"][1]


@pytest.mark.parametrize(
    ("csv_text", "extra", "says"),
    [
        ("x1,x2\n0,1\n1,0\n", [], True),  # no y: the last column, x2, is the target
        ("x1,y\n0,1\n1,0\n", [], False),  # a column named y
        ("x1,x2\n0,1\n1,0\n", ["--target", "x2"], False),  # chosen by name
    ],
    ids=["no-y-column", "a-y-column", "target-named"],
)
def test_both_clis_say_so_when_the_target_falls_back_to_the_last_column(
    csv_text, extra, says, tmp_path, r, capsys, monkeypatch
):
    (tmp_path / "data.csv").write_text(csv_text)
    args = ["train", "--dataset", "data.csv", "--epochs", "2", *extra]
    results = in_process(r, args, tmp_path, capsys, monkeypatch)
    assert results["Python"][:2] == results["R"][:2], results
    lines = results["Python"][1].splitlines()
    note = (
        "target: the last column, 'x2', since no column is named y or y1..yk; "
        "choose others with --target NAME[,NAME]"
    )
    assert (lines[1] == note) if says else (note not in lines), lines[:3]


def test_the_python_cli_stops_quietly_when_its_reader_goes_away():
    command = f"{sys.executable} -m scratchnet train --trace --dataset moons --epochs 1 | head -1"
    result = subprocess.run(command, shell=True, capture_output=True, text=True, cwd=REPO)
    assert result.stdout.startswith("dataset moons") and "Traceback" not in result.stderr


def test_both_clis_train_fast_on_request_to_the_readable_runs_numbers(tmp_path):
    """--fast: the same printed lines in both languages, the same numbers as without it."""
    args = ["train", "--dataset", "blobs", "--hidden", "5", "--lr", "0.003", "--epochs", "300"]
    documents, printed = {}, {}
    for language, cli in (("python", PYTHON_CLI), ("r", R_CLI)):
        for trainer, extra in (("train", []), ("train_fast", ["--fast"])):
            path = tmp_path / f"{language}-{trainer}.json"
            result = run(cli, *args, *extra, "--json", str(path))
            assert result.returncode == 0, result.stderr
            printed[language, trainer] = result.stdout.splitlines()
            documents[language, trainer] = json.loads(path.read_text())
            assert documents[language, trainer]["trainer"] == trainer
    assert printed["python", "train_fast"] == printed["r", "train_fast"]
    assert printed["python", "train_fast"][0].endswith("; train_fast")
    readable = documents["python", "train"]
    for key, document in documents.items():
        for name in PARAM_NAMES:
            assert np.allclose(document["final"][name], readable["final"][name], **TOLERANCE), key
        assert np.allclose(document["loss"], readable["loss"], **TOLERANCE), key
        assert np.allclose(document["output"], readable["output"], **TOLERANCE), key


def test_both_clis_print_the_same_help(tmp_path, r, capsys, monkeypatch):
    results = in_process(r, ["--help"], tmp_path, capsys, monkeypatch)
    assert results["Python"] == results["R"]
    assert results["Python"][1].startswith("usage: scratchnet train")


def test_both_clis_write_the_same_json_schema_with_agreeing_numbers(tmp_path):
    args = ["train", "--dataset", "moons", "--hidden", "5", "--lr", "0.003", "--epochs", "200"]
    documents = {}
    for language, cli in (("python", PYTHON_CLI), ("r", R_CLI)):
        path = tmp_path / f"{language}.json"
        result = run(cli, *args, "--json", str(path))
        assert result.returncode == 0, result.stderr
        documents[language] = json.loads(path.read_text())
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            f"{name}.json" for name in documents
        ), "a temporary file was left behind"
    python, r = documents["python"], documents["r"]
    assert (python["language"], r["language"]) == ("python", "r")
    assert python.keys() == r.keys()
    for key in ("dataset", "seed", "hidden", "lr", "epochs", "trainer"):
        assert python[key] == r[key], f"{key}: Python {python[key]!r} / R {r[key]!r}"
    for stage in ("initial", "final"):
        for name in PARAM_NAMES:
            py_value, r_value = np.array(python[stage][name]), np.array(r[stage][name])
            assert py_value.shape == r_value.shape
            if stage == "initial":  # full precision survives the JSON round trip
                assert np.array_equal(py_value, r_value), f"initial {name}"
            else:
                assert np.allclose(py_value, r_value, **TOLERANCE), f"final {name}"
    assert len(python["loss"]) == 200 and np.allclose(python["loss"], r["loss"], **TOLERANCE)
    assert np.array(python["output"]).shape == (1000, 1)
    assert np.allclose(python["output"], r["output"], **TOLERANCE)


# Each bad input: the arguments, the CSV to write first (name, text) or None,
# and a piece of the message that must name the culprit.
BAD_INPUTS = {
    "unknown dataset": (["--dataset", "nope"], None, "unknown dataset 'nope'; known datasets: "),
    "missing csv": (["--dataset", "missing.csv"], None, "cannot read missing.csv: No such file"),
    "folder as csv": (
        ["--dataset", "folder.csv"],
        "folder",
        "cannot read folder.csv: Is a directory",
    ),
    "empty file": (["--dataset", "bad.csv"], "", "bad.csv: the file is empty"),
    "header only": (["--dataset", "bad.csv"], "x1,y\n", "bad.csv: no data rows"),
    "non-numeric cell": (
        ["--dataset", "bad.csv"],
        "x1,y\n1,0\nabc,1\n",
        "bad.csv line 3, column x1: 'abc' is not a finite number",
    ),
    "empty cell": (
        ["--dataset", "bad.csv"],
        "x1,x2,y\n1,,0\n",
        "bad.csv line 2, column x2: an empty cell is not a finite number",
    ),
    "nan cell": (
        ["--dataset", "bad.csv"],
        "x1,y\nNaN,0\n",
        "bad.csv line 2, column x1: 'NaN' is not a finite number",
    ),
    "inf cell": (
        ["--dataset", "bad.csv"],
        "x1,y\n1,0\nInf,1\n",
        "bad.csv line 3, column x1: 'Inf' is not a finite number",
    ),
    "overflowing cell": (
        ["--dataset", "bad.csv"],
        "x1,y\n1e999,0\n",
        "bad.csv line 2, column x1: '1e999' is not a finite number",
    ),
    "missing cell": (
        ["--dataset", "bad.csv"],
        "x1,x2,y\n1,0\n",
        "bad.csv line 2: 2 cells, the header has 3",
    ),
    "no feature column": (["--dataset", "bad.csv"], "y\n1\n", "bad.csv line 1: no feature column"),
    "a column named twice": (
        ["--dataset", "bad.csv"],
        "a,a,y\n1,2,0\n",
        "bad.csv line 1: the column name 'a' appears twice",
    ),
    "a quote left open": (
        ["--dataset", "bad.csv"],
        'x1,y\n"1,0\n',
        "bad.csv line 2: a quoted cell is not closed",
    ),
    "target above 1": (
        ["--dataset", "bad.csv"],
        "x1,y\n1,0\n2,2\n",
        "bad.csv line 3, column y: target 2 is outside [0, 1]",
    ),
    "negative target": (
        ["--dataset", "bad.csv"],
        "x1,y1,y2\n1,0,-0.5\n",
        "bad.csv line 2, column y2: target -0.5 is outside [0, 1]",
    ),
    "hidden 0": (
        ["--hidden", "0"],
        None,
        "--hidden must be a whole number from 1 to 10000, got '0'",
    ),
    "hidden not a number": (
        ["--hidden", "three"],
        None,
        "--hidden must be a whole number from 1 to 10000, got 'three'",
    ),
    "epochs negative": (
        ["--epochs", "-1"],
        None,
        "--epochs must be a whole number from 0 to 2147483647, got '-1'",
    ),
    "epochs not whole": (
        ["--epochs", "2.5"],
        None,
        "--epochs must be a whole number from 0 to 2147483647, got '2.5'",
    ),
    "lr zero": (["--lr", "0"], None, "--lr must be a positive finite number, got '0'"),
    "lr negative": (["--lr", "-0.1"], None, "--lr must be a positive finite number, got '-0.1'"),
    "lr nan": (["--lr", "nan"], None, "--lr must be a positive finite number, got 'nan'"),
    "lr infinite": (["--lr", "1e400"], None, "--lr must be a positive finite number, got '1e400'"),
    "seed not whole": (
        ["--seed", "1.5"],
        None,
        "--seed must be an integer in [-2147483647, 2147483647], got '1.5'",
    ),
    "seed too large": (
        ["--seed", "2147483648"],
        None,
        "--seed must be an integer in [-2147483647, 2147483647], got 2147483648",
    ),
    "print-every 0": (
        ["--print-every", "0"],
        None,
        "--print-every must be a whole number from 1 to 2147483647, got '0'",
    ),
    "json in a missing folder": (
        ["--json", "no/such/dir/out.json"],
        None,
        "--json: cannot write 'no/such/dir/out.json': the folder 'no/such/dir' does not exist",
    ),
    "json without a name": (["--json", ""], None, "--json needs a file name (see --help)"),
    "trace with a value": (["--trace=yes"], None, "--trace takes no value (see --help)"),
    "fast with a value": (["--fast=1"], None, "--fast takes no value (see --help)"),
    "unknown option": (["--hiden", "3"], None, "unknown option '--hiden' for train (see --help)"),
    "option without value": (["--seed"], None, "--seed needs a value (see --help)"),
    "scale not a kind": (
        ["--scale", "zscore"],
        None,
        "--scale must be one of none, minmax, standard, got 'zscore'",
    ),
    "holdout of all rows": (
        ["--holdout", "1"],
        None,
        "--holdout must be a share of the rows, at least 0 and below 1, got '1'",
    ),
    "holdout leaving nothing held out": (
        ["--holdout", "0.2"],
        None,
        "holdout 0.2 of 3 rows leaves 3 for training and 0 held out",
    ),
    "target not a column": (
        ["--dataset", "bad.csv", "--target", "z"],
        "a,b\n1,0\n",
        "bad.csv: no column named 'z'; its columns: a, b",
    ),
    "save into a missing folder": (
        ["--save", "no/such/model.json"],
        None,
        "--save: cannot write 'no/such/model.json': the folder 'no/such' does not exist",
    ),
    "constant column to scale": (
        ["--dataset", "bad.csv", "--scale", "standard"],
        "a,b,y\n1,2,0\n1,3,1\n",
        "X column 'a' is constant: it cannot be scaled",
    ),
}


def in_process(r: RSession, argv: list[str], cwd: Path, capsys, monkeypatch) -> dict:
    """Both command lines' (status, stdout, stderr) for ``argv``, run in ``cwd``."""
    monkeypatch.chdir(cwd)
    status = python_main(argv)
    captured = capsys.readouterr()
    return {"Python": (status, captured.out, captured.err), "R": r_main(r, argv, cwd)}


@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_both_clis_refuse_bad_input_with_the_same_one_line_and_write_nothing(
    case, tmp_path, r, capsys, monkeypatch
):
    args, csv_text, expected = BAD_INPUTS[case]
    if csv_text == "folder":
        (tmp_path / "folder.csv").mkdir()
    elif csv_text is not None:
        (tmp_path / "bad.csv").write_text(csv_text)
    before = sorted(tmp_path.iterdir())
    full = ["train", *args] if "--json" in args else ["train", "--json", "out.json", *args]
    results = in_process(r, full, tmp_path, capsys, monkeypatch)
    for name, (status, out, err) in results.items():
        assert status == 2, f"{name} exit {status}: {err}"
        assert out == "", f"{name} printed to stdout: {out!r}"
        assert err.count("\n") == 1, f"{name} stderr is not one line: {err!r}"
        assert err.startswith("scratchnet: error: "), f"{name}: {err!r}"
        assert expected in err, f"{name}: {err!r} lacks {expected!r}"
    assert results["Python"][2] == results["R"][2]
    assert sorted(tmp_path.iterdir()) == before, "a refused run left a file behind"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["plots", "--dataset", "toy"], "unknown option '--dataset' for plots (see --help)"),
        (["plots", "--out", "no/such/dir"], "--out: the folder 'no/such/dir' does not exist"),
        (["plots", "--out"], "--out needs a value (see --help)"),
        (["plots", "--out="], "--out needs a folder name (see --help)"),
        (["fit"], "expected a command, train, predict, plots or course, got 'fit' (see --help)"),
        (["predict", "--dataset", "toy"], "predict needs --model (see --help)"),
        (
            ["predict", "--model", "none.json", "--dataset", "toy"],
            "cannot read none.json: No such file or directory",
        ),
        ([], "expected a command, train, predict, plots or course, got nothing (see --help)"),
        (["course"], "course needs DIR (see --help)"),
        (["course", "a", "b"], "unknown option 'b' for course (see --help)"),
    ],
)
def test_both_clis_refuse_bad_commands_and_plots_options_with_the_same_line(
    args, message, tmp_path, r, capsys, monkeypatch
):
    for name, (status, out, err) in in_process(r, args, tmp_path, capsys, monkeypatch).items():
        assert (status, out, err) == (2, "", f"scratchnet: error: {message}\n"), name


def test_both_clis_write_their_course_and_refuse_to_overwrite_a_learners_edits(
    tmp_path, r, capsys, monkeypatch
):
    results = in_process(r, ["course", "mine"], tmp_path, capsys, monkeypatch)
    for language, folder in (("Python", "python"), ("R", "r")):
        status, out, err = results[language]
        assert (status, err) == (0, ""), err
        assert f"wrote mine/{folder}/01_neuron." in out
    # Each wrote its own reference pages, in its own words, beside its lessons.
    assert "wrote mine/python/reference/glossary.md" in results["Python"][1]
    assert "wrote mine/r/reference/glossary.md" in results["R"][1]
    edited = tmp_path / "mine" / "r" / "01_neuron.Rmd"
    edited.write_text("my notes", encoding="utf-8")
    results = in_process(r, ["course", "mine"], tmp_path, capsys, monkeypatch)
    assert results["R"] == (
        2,
        "",
        f"scratchnet: error: {edited.relative_to(tmp_path)} is there already and differs from "
        "the course's copy (your edits?): move it away or write the course into another folder\n",
    )
    assert edited.read_text(encoding="utf-8") == "my notes"


def test_a_refusal_in_a_real_process_is_one_line_and_exit_status_2():
    for cli in (PYTHON_CLI, R_CLI):
        result = run(cli, "train", "--hidden", "0")
        assert (result.returncode, result.stdout) == (2, "")
        assert result.stderr == (
            "scratchnet: error: --hidden must be a whole number from 1 to 10000, got '0'\n"
        )
