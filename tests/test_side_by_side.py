"""network.py and network.R stay in parallel, and their side-by-side page is fresh."""

from __future__ import annotations

from side_by_side import OUTPUT, SOURCES, functions, page


def test_network_py_and_network_r_define_the_same_functions_in_the_same_order():
    parsed = {lang: functions(lang, path.read_text()) for lang, path in SOURCES.items()}
    assert list(parsed["Python"]) == list(parsed["R"])


def test_each_function_has_the_same_numbered_steps_in_both_languages():
    parsed = {lang: functions(lang, path.read_text()) for lang, path in SOURCES.items()}
    for name, pieces in parsed["Python"].items():
        python_steps = [label for label, _ in pieces]
        r_steps = [label for label, _ in parsed["R"][name]]
        assert python_steps == r_steps, f"{name}: Python {python_steps} / R {r_steps}"


def test_the_side_by_side_page_is_up_to_date():
    assert OUTPUT.read_text(encoding="utf-8") == page(), (
        "docs/side-by-side.md is stale: regenerate it with `make side-by-side`"
    )
