"""The R package on base R alone: everything but reading a model, with no jsonlite.

webR (R in a web page) has base R only, so the package reads its run-time
tables from generated R source (``r/R/tables.R``, written by ``make data``)
rather than JSON. These tests run R with a library path where jsonlite cannot
be found (``R_LIBS`` is the clone's ``.rlib/``, ``R_LIBS_SITE`` and
``R_LIBS_USER`` an empty folder; Debian's jsonlite lives in the site library). They also check
that ``r/R/tables.R`` is what the generator writes from ``shared_data/``
today; that one needs no R.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from tools.r_tables import OUTPUT, render

from harness import REPO


def test_the_generated_r_tables_are_current():
    assert OUTPUT.read_text(encoding="utf-8") == render(), "r/R/tables.R is stale: run `make data`"


@pytest.fixture(scope="module")
def base_r(tmp_path_factory) -> dict[str, str]:
    """The environment of an R whose libraries hold scratchnet and no jsonlite.

    The library is the clone's own ``.rlib/``, which ``make setup`` installs
    from ``r/`` (only scratchnet is there: Debian's jsonlite is in the site
    library, which this R does not see).
    """
    library = REPO / ".rlib"
    assert (library / "scratchnet" / "DESCRIPTION").is_file(), "no .rlib/scratchnet: make setup"
    empty = tmp_path_factory.mktemp("empty")
    return dict(os.environ, R_LIBS=str(library), R_LIBS_SITE=str(empty), R_LIBS_USER=str(empty))


def rscript(environment: dict[str, str], code: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["Rscript", "--vanilla", "-e", code],
        capture_output=True, text=True, env=environment, cwd=cwd, timeout=300,
    )  # fmt: skip


# Each step prints "ok <what>" when it ran; the test names the first missing.
BASE_R_SESSION = r"""
stopifnot(!requireNamespace("jsonlite", quietly = TRUE))
cat("ok jsonlite is hidden\n")
library(scratchnet)
cat("ok library(scratchnet)\n")
data <- load_dataset("toy")
start <- init_params(4, 3, 1, 42)
trained <- train(data$X, data$y, start, 0.1, 5000)
stopifnot(max(abs(predict_output(data$X, trained$params) - data$y)) < 0.1)
cat("ok train\n")
fast <- train_fast(data$X, data$y, start, 0.1, 5000)
stopifnot(isTRUE(all.equal(fast$loss, trained$loss, tolerance = 1e-8)))
cat("ok train_fast\n")
refused <- tryCatch(train(data$X, data$y[-1, , drop = FALSE], start, 0.1, 10),
                    scratchnet_error = conditionMessage)
stopifnot(identical(refused, "X has 3 rows but y has 2"))
cat("ok the checks\n")
stopifnot(length(trace_lines(trace_epoch(data$X, data$y, start, 0.1))) > 10)
cat("ok the trace\n")
flipped <- function(X, y, params, cache) {
  grads <- backward(X, y, params, cache)
  grads$E <- -grads$E
  grads
}
verdict <- capture.output(passed <- check_backward(flipped))
stopifnot(!passed, identical(passed$mistake, "flipped_sign"),
          grepl("E has the wrong sign", verdict[1], fixed = TRUE))
stopifnot(check_forward(forward), check_backward(backward),
          check_update(update_params), check_train(train))
cat("ok the exercise checkers\n")
names <- vapply(load_experiments(), `[[`, "", "name")
stopifnot("moons" %in% names)
run <- run_experiment("toy")
cat("ok load_experiments and run_experiment\n")
for (lesson in c("lesson01_neuron", "lesson02_perceptron", "lesson08_derivation")) {
  invisible(capture.output(demo(lesson, package = "scratchnet",
                                character.only = TRUE, ask = FALSE)))
}
cat("ok the lessons\n")
save_model(model_from_run(run), "model.json")
stopifnot(any(grepl('"scratchnet_model": 1', readLines("model.json"))))
cat("ok save_model\n")
cat(tryCatch(load_model("model.json"), scratchnet_error = conditionMessage), "\n")
"""
NEEDS_JSONLITE = (
    'reading model.json needs the R package jsonlite: install.packages("jsonlite") '
    "or apt-get install r-cran-jsonlite"
)


def test_r_trains_checks_traces_and_runs_lessons_without_jsonlite(base_r, tmp_path):
    result = rscript(base_r, BASE_R_SESSION, tmp_path)
    done = [line[3:] for line in result.stdout.splitlines() if line.startswith("ok ")]
    expected = [
        "jsonlite is hidden", "library(scratchnet)", "train", "train_fast", "the checks",
        "the trace", "the exercise checkers", "load_experiments and run_experiment",
        "the lessons", "save_model",
    ]  # fmt: skip
    missing = [what for what in expected if what not in done]
    assert not missing, f"without jsonlite, R failed at {missing[0]}:\n{result.stderr}"
    assert result.stdout.splitlines()[-1] == NEEDS_JSONLITE + " "


def test_the_r_command_line_saves_without_jsonlite_and_predict_says_what_it_needs(base_r, tmp_path):
    # The command line script, outside the clone, so it finds no .rlib/ of its own.
    script = tmp_path / "r" / "exec" / "scratchnet.R"
    script.parent.mkdir(parents=True)
    script.write_text((REPO / "r" / "exec" / "scratchnet.R").read_text(encoding="utf-8"))

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["Rscript", "--vanilla", str(script), *args],
            capture_output=True, text=True, env=base_r, cwd=tmp_path, timeout=300,
        )  # fmt: skip

    trained = cli("train", "--json", "run.json", "--save", "model.json")
    assert trained.returncode == 0, trained.stderr
    assert "epoch   1000  loss" in trained.stdout
    run = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert (run["language"], run["dataset"], len(run["loss"])) == ("r", "toy", 5000)
    model = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    assert (model["scratchnet_model"], model["inputs"]) == (1, run["features"])
    predicted = cli("predict", "--model", "model.json", "--dataset", "toy")
    assert (predicted.returncode, predicted.stdout) == (2, "")
    assert predicted.stderr == f"scratchnet: error: {NEEDS_JSONLITE}\n"
