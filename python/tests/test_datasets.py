"""Loading and checking datasets; the frozen moons are what the script makes."""

from __future__ import annotations

import runpy
from pathlib import Path

import numpy as np
import pytest

import scratchnet as sn
from scratchnet.errors import ScratchnetError


def test_the_toy_dataset_is_tutorial_003s_x_and_y(data_dir):
    data = sn.load_dataset("toy", data_dir)
    assert np.array_equal(data["X"], [[1, 0, 1, 0], [1, 0, 1, 1], [0, 1, 0, 1]])
    assert np.array_equal(data["y"], [[1], [1], [0]])


def test_every_shipped_dataset_loads_with_targets_in_0_1(data_dir):
    names = sn.dataset_names(data_dir)
    assert {"toy", "moons"} <= set(names)
    for name in names:
        data = sn.load_dataset(name, data_dir)
        assert data["X"].shape[0] == data["y"].shape[0] > 0
        assert np.all((data["y"] >= 0) & (data["y"] <= 1))


def test_moons_has_1000_points_in_two_balanced_classes(data_dir):
    data = sn.load_dataset("moons", data_dir)
    assert data["X"].shape == (1000, 2)
    assert data["y"].sum() == 500


def test_the_frozen_moons_csv_is_what_the_generator_makes(repo):
    generator = runpy.run_path(str(repo / "shared_data" / "make_datasets.py"))
    frozen = (repo / "shared_data" / "datasets" / "moons.csv").read_text(encoding="utf-8")
    assert generator["moons"]() == frozen, (
        "shared_data/datasets/moons.csv is stale: regenerate it with "
        "`.venv/bin/python shared_data/make_datasets.py`"
    )


def test_moons_coordinates_are_multiples_of_1_over_1024_so_both_parsers_agree(data_dir):
    X = sn.load_dataset("moons", data_dir)["X"]
    assert np.array_equal(X * 1024, np.round(X * 1024))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x1,y\n1,0\nabc,1\n", "line 3, column x1: 'abc' is not a finite number"),
        ("x1,y\n1,0\n2,1.5\n", "line 3, column y: target 1.5 is outside [0, 1]"),
        ("x1,y\n0x1A,0\n", "line 2, column x1: '0x1A' is not a finite number"),
        ("x1,y\n1_000,0\n", "line 2, column x1: '1_000' is not a finite number"),
        ("y1,y2\n1,0\n", "line 1: no feature column: every column is a target"),
        ('"a","b"\n"1",2\n3,"x"\n', "line 3, column b: 'x' is not a finite number"),
    ],
)
def test_read_dataset_names_the_file_line_and_column_at_fault(tmp_path, text, message):
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(ScratchnetError) as caught:
        sn.read_dataset(path)
    assert str(caught.value).startswith(f"{path} {message}")


def test_blank_lines_are_skipped_and_line_numbers_still_count_them(tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_text("x1,y1,y2\n\n0.5,1,0\n\n-2,0,1\n")
    data = sn.read_dataset(path)
    assert np.array_equal(data["X"], [[0.5], [-2]])
    assert np.array_equal(data["y"], [[1, 0], [0, 1]])


def test_is_decimal_takes_plain_decimals_only():
    assert all(sn.datasets.is_decimal(t) for t in ["1", "-2.5", ".5", "3.", "1e-3", "+4E2"])
    assert not any(sn.datasets.is_decimal(t) for t in ["", "nan", "Inf", "0x1A", "1_0", "1e", "."])


def test_min_max_scale_maps_each_column_onto_0_1():
    X = np.array([[1.0, -5.0], [3.0, 5.0], [2.0, 0.0]])
    assert np.array_equal(sn.min_max_scale(X), [[0.0, 0.0], [1.0, 1.0], [0.5, 0.5]])


def test_the_package_data_is_a_byte_identical_copy_of_shared_data():
    shared = Path(__file__).resolve().parents[2] / "shared_data"
    if not shared.is_dir():
        pytest.skip("outside the clone there is no shared_data/ to compare with")
    carried = sn.shared_data_dir()
    data_files = {
        path.relative_to(shared) for path in shared.rglob("*") if path.suffix in (".json", ".csv")
    }
    copies = {path.relative_to(carried) for path in carried.rglob("*") if path.is_file()}
    assert copies == data_files, "the package data is stale: regenerate it with `make data`"
    for name in sorted(data_files):
        assert (carried / name).read_bytes() == (shared / name).read_bytes(), (
            f"{name} differs from shared_data/{name}: regenerate the copies with `make data`"
        )


@pytest.mark.parametrize("form", ["r_write_csv", "pandas_to_csv", "spreadsheet"])
def test_a_table_as_r_pandas_or_a_spreadsheet_writes_it_reads_as_the_tidy_file(form, data_dir):
    tidy = sn.load_dataset("gender", data_dir)
    data = sn.read_dataset(data_dir / "csv_forms" / f"{form}.csv", target=["female"])
    assert (data["features"], data["targets"]) == (["weight", "height"], ["female"])
    assert np.array_equal(data["X"], tidy["X"]) and np.array_equal(data["y"], tidy["y"])


def test_by_default_the_y_columns_are_the_targets_else_the_last_column(tmp_path):
    path = tmp_path / "named.csv"
    path.write_text("age,score,passed\n20,0.5,1\n30,0.25,0\n")
    data = sn.read_dataset(path)
    assert (data["features"], data["targets"]) == (["age", "score"], ["passed"])
    assert data["last_column"]  # the fallback, which a run says
    data = sn.read_dataset(path, target=["score", "passed"])
    assert data["X"].tolist() == [[20.0], [30.0]] and not data["last_column"]
    assert not sn.load_dataset("blobs")["last_column"]  # y1..y3


def test_a_target_that_is_not_a_column_is_refused_naming_the_columns(tmp_path):
    path = tmp_path / "named.csv"
    path.write_text("age,passed\n20,1\n")
    with pytest.raises(ScratchnetError) as raised:
        sn.read_dataset(path, target=["pased"])
    assert str(raised.value) == f"{path}: no column named 'pased'; its columns: age, passed"


def test_scaling_by_hand_minmax_standard_with_the_population_sd_and_none():
    X = np.array([[1.0, 10.0], [2.0, 10.5], [3.0, 12.0]])
    minmax = sn.fit_scaling(X, "minmax", ["a", "b"])
    assert minmax == {"kind": "minmax", "center": [1.0, 10.0], "scale": [2.0, 2.0]}
    assert np.array_equal(sn.apply_scaling(X, minmax)[:, 0], [0.0, 0.5, 1.0])
    standard = sn.fit_scaling(X, "standard", ["a", "b"])
    assert standard["center"][0] == 2.0 and standard["scale"][0] == np.sqrt(2 / 3)
    assert np.array_equal(sn.apply_scaling(X, sn.fit_scaling(X, "none", ["a", "b"])), X)


def test_a_constant_column_or_an_unknown_kind_is_refused():
    X = np.array([[1.0, 5.0], [2.0, 5.0]])
    with pytest.raises(ScratchnetError, match=r"^X column 'b' is constant: it cannot be scaled$"):
        sn.fit_scaling(X, "standard", ["a", "b"])
    with pytest.raises(ScratchnetError, match=r"^scale must be one of none, minmax, standard"):
        sn.fit_scaling(X, "zscore", ["a", "b"])
