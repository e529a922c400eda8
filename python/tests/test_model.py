"""Saving a trained network, loading it back, predicting with it; bad files refused.

That a model saved here predicts the same in R is checked by the harness
(``tests/test_model_both.py``).
"""

from __future__ import annotations

import json

import numpy as np
import pytest

import scratchnet as sn

RUN = {"dataset": "moons", "seed": 42, "hidden": 4, "lr": 0.003, "epochs": 50,
       "scale": "standard", "holdout": 0.2}  # fmt: skip


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    run = sn.run_experiment(RUN)
    path = tmp_path_factory.mktemp("model") / "moons.json"
    sn.save_model(sn.model_from_run(run), path)
    return run, path


def test_a_saved_model_loads_back_bit_for_bit(saved):
    run, path = saved
    model = sn.load_model(path)
    for name in sn.PARAM_NAMES:
        assert np.array_equal(model["params"][name], run["final"][name])
    assert model["scaling"] == run["scaling"]
    assert (model["inputs"], model["targets"], model["language"]) == (["x1", "x2"], ["y"], "python")
    assert model["training"]["holdout"] == 0.2 and model["training"]["scale"] == "standard"


def test_predict_model_scales_new_data_as_the_training_data_was_scaled(saved):
    run, path = saved
    model = sn.load_model(path)
    held = run["holdout"]
    X = sn.load_dataset("moons")["X"][np.array(held["rows"]) - 1]
    assert np.array_equal(sn.predict_model(model, X), held["output"])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("not json at all", "is not a scratchnet model: it is not JSON"),
        ('{"a": 1}', "is not a scratchnet model: it has no scratchnet_model field"),
        ('{"scratchnet_model": 2}',
         "is a scratchnet model of version 2; this scratchnet reads version 1"),
        ('{"scratchnet_model": 1, "inputs": ["a"]}',
         "is not a scratchnet model: it has no targets"),
    ],
)  # fmt: skip
def test_a_file_that_is_not_a_model_of_this_version_is_refused_in_one_line(tmp_path, text, reason):
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(sn.ScratchnetError) as raised:
        sn.load_model(path)
    assert str(raised.value) == f"{path} {reason}"


def test_a_model_whose_parts_do_not_fit_is_refused_naming_the_part(saved, tmp_path):
    _, path = saved
    document = json.loads(path.read_text())
    document["inputs"] = ["x1"]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document))
    with pytest.raises(sn.ScratchnetError) as raised:
        sn.load_model(broken)
    assert str(raised.value) == (f"{broken}: the model takes 1 inputs (x1) but its wh has 2 rows")
    document["params"].pop("bout")
    broken.write_text(json.dumps(document))
    with pytest.raises(sn.ScratchnetError, match=r": params has no bout"):
        sn.load_model(broken)


def test_saving_into_a_missing_folder_is_refused_and_leaves_nothing(saved, tmp_path):
    run, _ = saved
    with pytest.raises(sn.ScratchnetError, match=r"^save_model: cannot write"):
        sn.save_model(sn.model_from_run(run), tmp_path / "no" / "m.json")
    assert list(tmp_path.iterdir()) == []
