"""The twin files stay in parallel, and their side-by-side pages are fresh.

network.py / network.R and fast.py / fast.R: the same public functions in the
same order, the same numbered steps in each (private helpers, ``_name`` in
Python, are left out of the comparison; the page shows them beside an empty
cell).
"""

from __future__ import annotations

import pytest
from side_by_side import PAGES, REPO, page, parse

PAIRS = list(PAGES.items())
IDS = [output.name for output in PAGES]


def public(pieces: dict) -> dict:
    return {name: steps for name, steps in pieces.items() if not name.startswith("_")}


@pytest.mark.parametrize(("output", "sources"), PAIRS, ids=IDS)
def test_the_twins_define_the_same_public_functions_in_the_same_order(output, sources):
    parsed = {lang: public(pieces) for lang, pieces in parse(sources).items()}
    assert list(parsed["Python"]) == list(parsed["R"])


@pytest.mark.parametrize(("output", "sources"), PAIRS, ids=IDS)
def test_each_function_has_the_same_numbered_steps_in_both_languages(output, sources):
    parsed = {lang: public(pieces) for lang, pieces in parse(sources).items()}
    for name, pieces in parsed["Python"].items():
        python_steps = [label for label, _ in pieces]
        r_steps = [label for label, _ in parsed["R"][name]]
        assert python_steps == r_steps, f"{name}: Python {python_steps} / R {r_steps}"


@pytest.mark.parametrize(("output", "sources"), PAIRS, ids=IDS)
def test_the_side_by_side_page_is_up_to_date(output, sources):
    assert output.read_text(encoding="utf-8") == page(sources), (
        f"{output.relative_to(REPO)} is stale: regenerate it with `make side-by-side`"
    )
