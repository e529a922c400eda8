"""Each language's course speaks its own language (tests/tools/language_scan.py).

A learner who knows only Python meets no R in the notebooks, lesson scripts,
solutions or what Python's trace prints; a learner who knows only R meets no
Python in the R Markdown, its knitted text, the demos, the solutions, the help
pages or what R's trace prints, outside the comparisons a lesson declares.
"""

from __future__ import annotations

import pytest
from tools import language_scan

import scratchnet as sn
from harness import RSession


def _python_trace() -> str:
    toy = sn.load_dataset("toy")
    trace = sn.trace_epoch(toy["X"], toy["y"], sn.init_params(4, 3, 1, seed=42), 0.1)
    return "\n".join(sn.trace_lines(trace))


@pytest.mark.parametrize("language", ["python", "r"])
def test_no_learner_meets_the_other_languages_syntax(language, r: RSession):
    if language == "python":
        printed = _python_trace()
    else:
        printed = "\n".join(
            r.eval(
                'local({ toy <- load_dataset("toy"); '
                "trace_lines(trace_epoch(toy$X, toy$y, init_params(4, 3, 1, seed = 42), 0.1)) })"
            )
        )
    found = language_scan.scan(language, {f"{language}'s printed trace": printed})
    shown = "\n".join(f"{name}: {which}: {line[:120]}" for name, which, line in found[:20])
    assert not found, f"{len(found)} tokens of the other language, the first:\n{shown}"


def test_the_scan_finds_each_languages_syntax_in_the_other():
    assert [which for which, _ in language_scan.tokens("E <- y %*% t(w)", "python")] == [
        "%*%", "<-", "t(...)",
    ]  # fmt: skip
    assert [which for which, _ in language_scan.tokens("the cell's X.T @ w", "r")] == [
        "@", ".T", "cell",
    ]  # fmt: skip
    assert language_scan.tokens("{{both: X.T}} is t(X)", "r", exempt=["X.T"]) == []
