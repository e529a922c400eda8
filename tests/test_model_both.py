"""A model saved by one language predicts in the other; a bad model file gets one line from both.

The two command lines train with ``--save`` and predict with ``predict``; the
same split, the same scaling and the same outputs (within 1e-12) come back
whichever language saved and whichever predicts.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

import scratchnet as sn
from harness import RSession, r_main
from scratchnet.cli import main as python_main

TRAIN = ["train", "--dataset", "moons", "--hidden", "5", "--lr", "0.003", "--epochs", "300",
         "--scale", "standard", "--holdout", "0.25"]  # fmt: skip
SAME_PREDICTION = 1e-12


def python_cli(argv: list[str], cwd, capsys, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    status = python_main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture(scope="module")
def models(tmp_path_factory, r: RSession) -> dict:
    """Each language's run JSON and saved model, from the same command line."""
    folder = tmp_path_factory.mktemp("models")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        assert python_main([*TRAIN, "--save", "python.json", "--json", "python-run.json"]) == 0
    status, _, err = r_main(r, [*TRAIN, "--save", "r.json", "--json", "r-run.json"], folder)
    assert status == 0, err
    return {"folder": folder}


def test_both_languages_hold_out_the_same_rows_and_agree_on_the_split_run(models):
    runs = {
        lang: json.loads((models["folder"] / f"{lang}-run.json").read_text())
        for lang in ("python", "r")
    }
    assert runs["python"]["holdout"]["rows"] == runs["r"]["holdout"]["rows"]
    assert len(runs["python"]["holdout"]["rows"]) == 250
    assert np.allclose(
        runs["python"]["scaling"]["scale"], runs["r"]["scaling"]["scale"], rtol=1e-14
    )
    assert np.allclose(runs["python"]["holdout"]["output"], runs["r"]["holdout"]["output"],
                       rtol=1e-8, atol=1e-12)  # fmt: skip


@pytest.mark.parametrize("saved_by", ["python", "r"])
def test_a_model_saved_by_either_language_predicts_alike_in_both(
    saved_by, models, r: RSession, capsys, monkeypatch
):
    folder = models["folder"]
    argv = ["predict", "--model", f"{saved_by}.json", "--dataset", "moons", "--json"]
    status, python_out, err = python_cli([*argv, "by-python.json"], folder, capsys, monkeypatch)
    assert status == 0, err
    status, r_out, err = r_main(r, [*argv, "by-r.json"], folder)
    assert status == 0, err
    by_python = json.loads((folder / "by-python.json").read_text())
    by_r = json.loads((folder / "by-r.json").read_text())
    difference = np.max(np.abs(np.array(by_python["output"]) - np.array(by_r["output"])))
    assert difference <= SAME_PREDICTION, f"largest |Python - R| = {difference:.3g}"
    assert python_out.splitlines()[0] == r_out.splitlines()[0]
    assert python_out.splitlines()[0].endswith("targets y; scale standard")
    model = sn.load_model(folder / f"{saved_by}.json")
    assert model["language"] == saved_by


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        '{"a": 1}',
        '{"scratchnet_model": 7}',
        '{"scratchnet_model": 1, "inputs": ["x1"]}',
    ],
)
def test_a_bad_model_file_gets_the_same_one_line_from_both(text, tmp_path, r: RSession):
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(sn.ScratchnetError) as raised:
        sn.load_model(path)
    assert r.refusal("load_model", path) == str(raised.value)


def test_a_model_missing_an_input_column_is_refused_alike(models, r: RSession, capsys, monkeypatch):
    folder = models["folder"]
    (folder / "other.csv").write_text("a,y\n0.5,1\n")
    argv = ["predict", "--model", "python.json", "--dataset", "other.csv"]
    python = python_cli(argv, folder, capsys, monkeypatch)
    assert python == r_main(r, argv, folder)
    assert python[2] == "scratchnet: error: other.csv: no column named 'x1'; its columns: a, y\n"
