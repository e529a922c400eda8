"""R's runif, reproduced: checked against numbers R itself wrote."""

from __future__ import annotations

import json

import numpy as np
import pytest

from scratchnet.errors import ScratchnetError
from scratchnet.rng import SEED_MAX, check_seed, runif_from_seed


def test_runif_from_seed_matches_r_bit_for_bit_for_every_checked_in_seed(data_dir):
    with open(data_dir / "rng_vectors.json", encoding="utf-8") as handle:
        vectors = json.load(handle)["vectors"]
    assert {v["seed"] for v in vectors} >= {0, 1, -1, SEED_MAX, -SEED_MAX}
    for vector in vectors:
        expected = np.array(vector["runif"])
        got = runif_from_seed(len(expected), vector["seed"])
        assert np.array_equal(got, expected), (
            f"seed {vector['seed']}: Python {got[:3]} / R {expected[:3]} "
            "(if R changed, regenerate with `Rscript shared_data/make_rng_vectors.R`)"
        )


def test_the_first_draw_after_set_seed_42_is_the_one_every_r_user_has_seen():
    # R prints set.seed(42); runif(1) as 0.914806 (found in countless R tutorials).
    assert runif_from_seed(1, 42)[0] == pytest.approx(0.914806, abs=5e-7)


def test_drawing_leaves_numpys_global_random_state_alone():
    # The legacy global generator is exactly what must not be touched.
    before = np.random.get_state()[1].copy()  # noqa: NPY002
    runif_from_seed(10, 3)
    assert np.array_equal(np.random.get_state()[1], before)  # noqa: NPY002


@pytest.mark.parametrize("seed", [SEED_MAX + 1, -SEED_MAX - 1, 1.5, "7", None, True, float("nan")])
def test_seeds_r_would_refuse_are_refused_with_the_range_in_the_message(seed):
    with pytest.raises(ScratchnetError, match=r"seed must be an integer in \[-2147483647"):
        check_seed(seed)


def test_whole_float_seeds_are_taken_as_r_takes_them():
    assert check_seed(42.0) == 42
    assert np.array_equal(runif_from_seed(3, 42.0), runif_from_seed(3, 42))


def test_the_split_seed_is_the_seed_plus_1000003_wrapped_into_the_range():
    from scratchnet.rng import SEED_MAX, split_seed

    assert split_seed(42) == 1000045
    assert split_seed(SEED_MAX) == -SEED_MAX + 1000002
    assert all(-SEED_MAX <= split_seed(s) <= SEED_MAX for s in (-SEED_MAX, 0, SEED_MAX))
