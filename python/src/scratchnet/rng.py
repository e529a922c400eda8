"""R's default random numbers, reproduced bit for bit with numpy.

Why this file exists: the same integer seed must give the same start weights in
Python and in R, exactly, without shipping weight files. R's default generator
is the Mersenne Twister (MT19937), the same algorithm numpy implements, so
Python only needs to seed it the way R's ``set.seed`` does and to scale its
32-bit output the way R's ``runif`` does:

1. ``set.seed(seed)`` takes the seed as an unsigned 32-bit integer and
   scrambles it with the linear congruential step ``s = 69069 * s + 1``
   (mod 2^32), 50 times.
2. It then fills 625 words with the same step. R keeps the first word as the
   position in the state (and sets it to 624, "state used up"); the other 624
   words are the MT19937 key.
3. ``runif(n)`` takes n 32-bit outputs and multiplies each by 2^-32
   (2.3283064365386963e-10); a raw 0 becomes 0.5 / (2^32 - 1), so 0 is never
   returned.

Only ``runif`` on R's default kinds is reproduced: ``rnorm`` and ``sample``
are deliberately left out. Simple and readable, not optimised.
"""

from __future__ import annotations

import numbers

import numpy as np

from scratchnet.errors import ScratchnetError

SEED_MAX = 2**31 - 1
"""Largest seed R's ``set.seed`` accepts; ``-SEED_MAX`` is the smallest."""

_LCG_MULTIPLIER = 69069
_TWO_TO_MINUS_32 = 2.3283064365386963e-10
_HALF_OVER_TWO_TO_32_MINUS_1 = 0.5 * 2.328306437080797e-10


def check_seed(seed: object, name: str = "seed") -> int:
    """``seed`` as an int, or a ScratchnetError if R's ``set.seed`` would not take it.

    Whole numbers in [-(2^31 - 1), 2^31 - 1]; whole floats such as 42.0 are
    accepted, as R accepts them. ``name`` is how the message calls the value
    (the command line says ``--seed``).
    """
    whole = isinstance(seed, numbers.Integral) and not isinstance(seed, bool)
    if isinstance(seed, float) and np.isfinite(seed) and seed == int(seed):
        whole = True
    if not whole or not -SEED_MAX <= int(seed) <= SEED_MAX:  # type: ignore[call-overload]
        shown = f"'{seed}'" if isinstance(seed, str) else repr(seed)
        raise ScratchnetError(
            f"{name} must be an integer in [-{SEED_MAX}, {SEED_MAX}], got {shown}"
        )
    return int(seed)  # type: ignore[call-overload]


def _mt_key_from_seed(seed: int) -> np.ndarray:
    """The 624-word MT19937 key that R's ``set.seed(seed)`` leaves, shape (624,)."""
    state = seed & 0xFFFFFFFF
    for _ in range(50):  # (1) initial scrambling
        state = (_LCG_MULTIPLIER * state + 1) & 0xFFFFFFFF
    words = []
    for _ in range(625):  # (2) fill position word + 624 key words
        state = (_LCG_MULTIPLIER * state + 1) & 0xFFFFFFFF
        words.append(state)
    return np.array(words[1:], dtype=np.uint32)  # words[0] is the position


def runif_from_seed(n: int, seed: int) -> np.ndarray:
    """The first ``n`` numbers of R's ``set.seed(seed); runif(n)``, bit-identical to R's."""
    seed = check_seed(seed)
    generator = np.random.MT19937()
    generator.state = {
        "bit_generator": "MT19937",
        "state": {"key": _mt_key_from_seed(seed), "pos": 624},
    }
    raw = generator.random_raw(n)
    # (3) Scale to [0, 1) exactly as R does, then keep 0 out of the range.
    uniform = raw * _TWO_TO_MINUS_32
    uniform[raw == 0] = _HALF_OVER_TWO_TO_32_MINUS_1
    return uniform


def split_seed(seed: int) -> int:
    """The seed of a run's second stream (the holdout split), derived from its seed.

    seed + 1000003, wrapped into the seed range, so the split never draws
    from the start weights' stream and both languages derive the same seed.
    """
    seed = check_seed(seed)
    return (seed + 1000003 + SEED_MAX) % (2 * SEED_MAX + 1) - SEED_MAX


def numpy_legacy_random(n: int, seed: int) -> np.ndarray:
    """The first ``n`` numbers of ``np.random.seed(seed); np.random.random(n)``.

    Tutorial 000 starts its weights this way. numpy's legacy generator is
    also a Mersenne Twister, seeded differently from R's (``init_genrand``)
    and turning two 32-bit outputs into one 53-bit double; ``r/R/rng.R``
    rebuilds it in R from R's own raw draws. Here numpy simply does it, with a
    private ``RandomState`` so the global state is untouched. ``seed`` is in
    [0, 2^32 - 1], as numpy's legacy seeding takes it.
    """
    return np.random.RandomState(seed).random_sample(n)
