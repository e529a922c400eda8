"""The course page in a real browser: both runtimes, every lesson, offline.

The tests run in file order on one chromium (see conftest.py): the runtimes
load once, every lesson's cells run in both languages and print the numbers
of the committed notebooks, and the last test closes chromium and reads its
net log, so it sees every request the page and its workers made.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import time
from pathlib import Path

import build
import pytest
from conftest import (
    LANGUAGES,
    LESSONS,
    MEASURED,
    REPO,
    code_of,
    lesson_page,
    megabytes,
    open_page,
    output_lines,
    set_code,
    twin,
    wait_for_cells,
)

from tests.tools import course

TOLERANCE = json.loads((REPO / "shared_data" / "experiments.json").read_text())["tolerance"]
GOLDEN = json.loads((REPO / "shared_data" / "golden" / "toy.json").read_text())
# Tutorial 003's toy network, trained in the page; each parameter printed as
# "<when> <name> <values row by row>", exact to the last bit (%.17g / repr).
TOY = {
    "python": """import scratchnet as sn
toy = sn.load_dataset("toy")
start = sn.init_params(4, 3, 1, seed=42)
final = sn.train(toy["X"], toy["y"], start, lr=0.1, epochs=5000)["params"]
for when, params in (("initial", start), ("final", final)):
    for name, value in params.items():
        print(when, name, *(repr(float(v)) for v in value.ravel()))
""",
    "r": """toy <- load_dataset("toy")
start <- init_params(4, 3, 1, seed = 42)
final <- train(toy$X, toy$y, start, lr = 0.1, epochs = 5000)$params
for (when in c("initial", "final")) {
  params <- if (when == "initial") start else final
  for (name in names(params)) {
    cat(when, name, sprintf("%.17g", c(t(params[[name]]))), "\\n")
  }
}
""",
}


@pytest.fixture(scope="module")
def page(browser):
    """The page with both languages, opened once; how long its runtimes took to start."""
    page = open_page(browser)
    page.runtimes_megabytes = megabytes(browser.seen)
    r_only = [r for r in browser.seen if r[0].startswith(("/webr/", "/packages/scratchnet."))]
    page.r_megabytes = megabytes(r_only)
    yield page
    page.close()


def test_both_runtimes_load_and_say_they_are_ready(page):
    timings = page.evaluate("window.scratchnetPage.timings")
    MEASURED["runtimes ready after opening the page (s)"] = f"{page.ready_after:.1f}"
    stages = {label: ms for label, ms in timings.items() if label not in LANGUAGES}
    MEASURED["stages began at (s)"] = ", ".join(f"{k} {v / 1000:.1f}" for k, v in stages.items())
    for language in LANGUAGES:
        MEASURED[f"{language} ready (page's own clock, s)"] = f"{timings[language] / 1000:.1f}"
        assert (
            page.inner_text(f"#status-{language}")
            .strip()
            .startswith(f"{'Python' if language == 'python' else 'R'}: ready")
        )
    MEASURED["fetched for both runtimes (MB)"] = (
        f"{page.runtimes_megabytes:.1f} (R's part {page.r_megabytes:.1f})"
    )
    assert page.errors == [], f"the page raised: {page.errors}"


def test_toy_trained_in_each_language_agrees_with_the_golden_results(page):
    lesson_page(page, LESSONS[0]["name"])
    for language in LANGUAGES:
        set_code(page, twin("own", language), TOY[language])
        page.click(f"{twin('own', language)} .run")
    wait_for_cells(page, ".cell.own .twin", timeout=120_000)
    MEASURED["page opened to both runtimes ready and toy trained in each (s)"] = (
        f"{time.perf_counter() - page.opened_at:.1f}"
    )
    for language in LANGUAGES:
        own = page.query_selector(twin("own", language))
        MEASURED[f"toy, 5000 epochs, in {language} (s)"] = (
            f"{int(own.get_attribute('data-ms')) / 1000:.2f}"
        )
        lines = output_lines(own, language)
        printed = {tuple(line.split()[:2]): [float(v) for v in line.split()[2:]] for line in lines}
        for when in ("initial", "final"):
            for name, golden in GOLDEN[when].items():
                mine = printed.get((when, name))
                flat = [v for row in golden for v in row]
                assert mine is not None, f"{language} printed no {when} {name}: {lines}"
                if when == "initial":  # start weights are bit-identical by design
                    assert mine == flat, f"{language} {when} {name}: page {mine}, golden {flat}"
                else:
                    for page_value, golden_value in zip(mine, flat, strict=True):
                        allowed = TOLERANCE["atol"] + TOLERANCE["rtol"] * abs(golden_value)
                        assert abs(page_value - golden_value) <= allowed, (
                            f"{language} final {name}: page {page_value}, golden {golden_value}"
                        )
    for language in LANGUAGES:
        set_code(page, twin("own", language), "")


def committed_lines(name: str, language: str) -> list[str]:
    """What the committed notebook of a lesson printed, in one language."""
    if language == "python":
        import nbformat

        notebook = nbformat.read(REPO / "course" / "python" / f"{name}.ipynb", as_version=4)
        # the site's cells keep their #| options apart from their code
        code = [cell.source for cell in notebook.cells if cell.cell_type == "code"]
        shown = [build.cell_options(source)[0] for source in code]
        lesson = next(each for each in LESSONS if each["name"] == name)
        assert shown == [cell["python"] for cell in lesson["cells"] if "python" in cell], (
            f"course/python/{name}.ipynb holds other code than the site's lesson: "
            "run make notebooks, then make web"
        )
        return course.python_printed(notebook)
    return course.r_printed((REPO / "course" / "r" / f"{name}.md").read_text(encoding="utf-8"))


def differences(page_lines: list[str], notebook_lines: list[str]) -> str | None:
    """Where the page's numbers first differ from the notebook's, at printed precision."""
    mine, theirs = course.numbers(page_lines), course.numbers(notebook_lines)
    for index, ((a, a_line), (b, b_line)) in enumerate(zip(mine, theirs, strict=False)):
        if not course.same_at_printed_precision(a, b):
            return f"number {index + 1}: page {a} in {a_line!r}, notebook {b} in {b_line!r}"
    if len(mine) != len(theirs):
        return f"the page printed {len(mine)} numbers, the notebook {len(theirs)}"
    return None


@pytest.mark.parametrize("lesson", [lesson["name"] for lesson in LESSONS])
def test_every_cell_of_the_lesson_prints_the_numbers_of_its_notebook(browser, page, lesson):
    lesson_page(page, lesson)
    started = time.perf_counter()
    page.click("#run-all")
    wait_for_cells(page, ".cell:not(.own) .twin")
    MEASURED[f"{lesson}: every cell run, both languages (s)"] = (
        f"{time.perf_counter() - started:.1f}"
    )
    for language in LANGUAGES:
        twins = page.query_selector_all(f'.cell:not(.own) .twin[data-lang="{language}"]')
        seconds = sum(int(each.get_attribute("data-ms")) for each in twins) / 1000
        MEASURED[f"{lesson}: {language} cells' own run time (s)"] = f"{seconds:.2f}"
        lines = [line for each in twins for line in output_lines(each, language)]
        differs = differences(lines, committed_lines(lesson, language))
        assert differs is None, f"{lesson} in {language}: {differs}"
    pictures = page.query_selector_all(".cell:not(.own) .pictures img")
    MEASURED[f"{lesson}: pictures shown"] = str(len(pictures))
    MEASURED["fetched so far, with any pictures' libraries (MB)"] = f"{megabytes(browser.seen):.1f}"


def test_webr_against_native_r_on_lesson_7_and_the_slowest_r_lesson(page):
    timed = {
        key.split(":")[0]: float(value)
        for key, value in MEASURED.items()
        if key.endswith(": r cells' own run time (s)")
    }
    assert timed, "no lesson was timed in R"
    slowest = max(timed, key=timed.get)
    # lesson 7, the notebook walkthrough, is the budget's (3x): timed again with
    # R alone, as native R runs, for Run every cell runs both languages at once
    # on the same cores; the slowest lesson is shown beside it
    notebook = next(each["name"] for each in LESSONS if each["name"].startswith("07"))
    lesson_page(page, notebook)
    r_twins = '.cell:not(.own) .twin[data-lang="r"]'
    page.evaluate(f"document.querySelectorAll('{r_twins} .run').forEach(b => b.click())")
    wait_for_cells(page, r_twins)
    alone = page.evaluate(
        f"[...document.querySelectorAll('{r_twins}')].reduce((s, t) => s + Number(t.dataset.ms), 0)"
    )
    for name, what, webr in (
        (notebook, "lesson 7, R alone", alone / 1000),
        (notebook, "lesson 7, beside Python", timed[notebook]),
        (slowest, "slowest R lesson, beside Python", timed[slowest]),
    ):
        lesson = next(each for each in LESSONS if each["name"] == name)
        native = native_r_seconds([cell["r"] for cell in lesson["cells"] if "r" in cell])
        MEASURED[f"{what}, {name}: webR / native R (s)"] = (
            f"{webr:.2f} / {native:.2f} ({webr / native:.1f}x)"
        )


def native_r_seconds(cells: list[str]) -> float:
    """Seconds Rscript takes to run these cells, as the page runs them (errors kept going)."""
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for index, code in enumerate(cells):
            path = Path(folder) / f"cell{index}.R"
            path.write_text(code)
            files.append(str(path))
        script = Path(folder) / "time.R"
        script.write_text(
            "suppressPackageStartupMessages(library(scratchnet))\n"
            f"files <- c({', '.join(json.dumps(name) for name in files)})\n"
            'sink("/dev/null"); seconds <- 0\n'
            "for (f in files) seconds <- seconds + system.time(\n"
            "  try(source(f, print.eval = TRUE), silent = TRUE))[['elapsed']]\n"
            "sink(); cat(seconds)\n"
        )
        environment = dict(os.environ, R_LIBS=str(REPO / ".rlib"))  # make setup's R package
        result = subprocess.run(
            ["Rscript", str(script)], cwd=folder, capture_output=True, text=True,
            env=environment, check=False,
        )  # fmt: skip
    assert result.returncode == 0, f"native R failed: {result.stderr.strip()}"
    return float(result.stdout.split()[-1])


def test_an_exercise_blank_gives_its_verdict_and_the_solution_passes(page):
    lesson = next(each for each in LESSONS if any("solution" in cell for cell in each["cells"]))
    index = next(i for i, cell in enumerate(lesson["cells"]) if "solution" in cell)
    lesson_page(page, lesson["name"])
    for language in LANGUAGES:
        cell = twin(index, language)
        page.click(f"{cell} .reset")
        page.click(f"{cell} .run")
        wait_for_cells(page, cell)
        blank = output_lines(page.query_selector(cell), language)
        verdicts = [line for line in blank if "your code here" in line]
        assert verdicts, f"{language}: the blank printed no verdict: {blank}"
        notebook = committed_lines(lesson["name"], language)
        assert verdicts[0] in notebook, f"{language}: {verdicts[0]!r} is not the notebook's"
        page.click(f"{cell} .solution")
        page.click(f"{cell} .run")
        wait_for_cells(page, cell)
        solved = "\n".join(output_lines(page.query_selector(cell), language))
        # passed: the checker's verdict says so in its fields, which style the cell
        assert page.get_attribute(cell, "data-verdict") == "passed", (
            f"{language}: the solution did not pass: {solved}"
        )
        page.click(f"{cell} .reset")


def test_edits_survive_a_reload_and_one_language_loads_only_its_runtime(browser, page):
    lesson = LESSONS[0]["name"]
    lesson_page(page, lesson)
    first_cell = '.cell:not(.own) .twin[data-lang="python"]'
    original = code_of(page, first_cell)
    set_code(page, first_cell, "print('my own edit')")
    first = len(browser.seen)
    python_only = browser.context.new_page()
    python_only.goto(f"{browser.url}index.html?lang=python#{lesson}")
    python_only.wait_for_selector('#status-python[data-state="ready"]', timeout=120_000)
    assert code_of(python_only, first_cell) == "print('my own edit')"
    assert python_only.query_selector("#status-r") is None
    fetched = [path for path, _, _ in browser.seen[first:]]
    assert not [path for path in fetched if path.startswith("/webr/")], fetched
    python_only.click(f"{first_cell} .reset")
    assert code_of(python_only, first_cell) == original
    python_only.close()


def started_requests(net_log: str) -> list[dict]:
    """Every request chromium started (page, workers, its own), from its net log."""
    log = json.loads(net_log)
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    events = [event for event in log["events"] if event["type"] == start]
    return [event["params"] for event in events if "url" in event.get("params", {})]


def test_no_request_leaves_the_machine(browser):
    requests = started_requests(browser.close())  # chromium completes its net log on closing
    local = re.compile(r"(https?|wss?)://127\.0\.0\.1[:/]")
    by_page = [
        r for r in requests
        if "127.0.0.1" in r.get("initiator", "") + r.get("network_isolation_key", "")
    ]  # fmt: skip
    leaving = sorted({r["url"][:80] for r in by_page if r["url"].startswith(("http", "ws"))
                      and not local.match(r["url"])})  # fmt: skip
    assert leaving == [], f"the page or its workers asked for: {leaving}"
    missing = [
        (path, status)
        for path, status, _ in browser.seen + browser.plain_seen
        if status not in (200, 304)
    ]
    assert missing == [], f"the page asked for files the site does not have: {missing}"
    # chromium's own calls home (updates, time, accounts) have no page as initiator;
    # the resolver rules leave them nowhere to go
    own = sorted(
        {r["url"].split("/")[2] for r in requests if r not in by_page and not local.match(r["url"])}
    )
    MEASURED["requests the page made, all answered by the local server"] = str(
        len(browser.seen) + len(browser.plain_seen)
    )
    MEASURED["chromium's own calls home, unresolvable"] = ", ".join(own) or "none"
