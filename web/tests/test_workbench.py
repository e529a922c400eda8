"""The page as a learner's workbench, in a real browser: editors, Stop, pictures, verdicts.

Each test is a thing a learner does: types in a code editor and runs it from
the keyboard, stops a loop that never ends (on a cross-origin-isolated page,
where the runtime keeps its variables, and on a plain one, where it
restarts), reads a figure, a verdict or an error, reloads the page, narrows
the window, changes the language, and the page stays usable by keyboard and
screen reader (axe-core). Times are measured and printed, never asserted.
"""

from __future__ import annotations

import base64
import io
import json
import re
import time

import pytest
from conftest import (
    LANGUAGES,
    LESSONS,
    MEASURED,
    NAMES,
    REPO,
    WEB,
    code_of,
    lesson_page,
    open_page,
    run,
    set_code,
    twin,
    wait_for_cells,
)

# A variable, a loop that never ends, and a cell that needs the variable.
SET = {"python": "x = 41", "r": "x <- 41"}
LOOP = {"python": "while True:\n    pass", "r": "repeat {}"}
USE = {"python": "print(x + 1)", "r": "print(x + 1)"}
# A learner's mistakes: a line that does not parse, and a call that fails
# inside the learner's own function.
SYNTAX = {"python": "a = 1\nb = a a", "r": "a <- 1\nb <- a a"}
RUNTIME = {
    "python": "def double(v):\n    return v * 2 + undefined_thing\n\ndouble(3)",
    "r": "double <- function(v) v * 2 + undefined_thing\ndouble(3)",
}
# A package warning: inputs far outside [0, 1]
WARNS = {
    "python": 'import scratchnet as sn\ntoy = sn.load_dataset("toy")\n'
    "sn.train(toy['X'] * 100, toy['y'], sn.init_params(4, 3, 1, seed=1), lr=0.1, epochs=1)\n"
    "None",
    "r": 'toy <- load_dataset("toy")\n'
    "invisible(train(toy$X * 100, toy$y, init_params(4, 3, 1, seed = 1), lr = 0.1, epochs = 1))",
}
# A line that reads like a verdict, printed by hand: not a verdict.
FAKE_VERDICT = {"python": 'print("PASS check_forward")', "r": 'cat("PASS check_forward\\n")'}
# What an error or a warning must never show: the page's or the runtime's files.
INTERNALS = re.compile(r"/lib/|site-packages|python3\d*\.zip|\.py\b|/tmp/|cell\.R|parse\(|/home/")
EXERCISES = next(each for each in LESSONS if any("solution" in cell for cell in each["cells"]))
EXERCISE = next(i for i, cell in enumerate(EXERCISES["cells"]) if "solution" in cell)


def cell_index(lesson: dict, language: str, text: str) -> int:
    """The index of the first code cell of ``lesson`` whose code has ``text``."""
    return next(
        i for i, cell in enumerate(lesson["cells"]) if language in cell and text in cell[language]
    )


def lesson(name_start: str) -> dict:
    """The lesson whose name starts so ("01", "08_derivation")."""
    return next(each for each in LESSONS if each["name"].startswith(name_start))


@pytest.fixture(scope="module")
def page(browser):
    """The page with both languages, cross-origin isolated as make web-serve serves it."""
    page = open_page(browser)
    page.bring_to_front()  # a page in the background draws nothing (editors, screenshots)
    yield page
    page.close()


def test_loading_shows_the_bytes_received_of_the_total_and_each_stages_own_time(browser):
    page = browser.context.new_page()
    page.goto(f"{browser.url}index.html?lang=both")
    seen: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    bars: dict[str, list[tuple[float, float]]] = {language: [] for language in LANGUAGES}
    started = time.perf_counter()
    while time.perf_counter() - started < 120:
        states = page.evaluate(
            """() => [...document.querySelectorAll('.runtime')].map(line => [line.id.slice(7),
               line.dataset.state, line.querySelector('.text').textContent,
               line.querySelector('progress').value, line.querySelector('progress').max])"""
        )
        for language, state, text, value, of in states:
            if state == "loading":
                seen[language].append(text)
                bars[language].append((value, of))
        if len(states) == 2 and all(state == "ready" for _, state, *_ in states):
            break
        time.sleep(0.05)
    counted = page.evaluate("window.scratchnetPage.bytes")
    page.close()
    shown = re.compile(r"^(Python|R): (.+?)… (\d+\.\d) of (\d+\.\d) MB \((\d+\.\d) s\)$")
    for language in LANGUAGES:
        parsed = [shown.match(text) for text in seen[language]]
        parsed = [match.groups() for match in parsed if match]
        assert parsed, f"{language}: no line said bytes of a total: {seen[language][:5]}"
        # the bar moves: bytes received grow to the total
        received = [float(got) for _, _, got, _, _ in parsed]
        assert max(received) > min(received), f"{language}: the bytes never grew: {parsed[:3]}"
        moving = [0 < value < of for value, of in bars[language]]
        assert any(moving), f"{language}: the bar never moved"
        # the time beside a stage is the stage's own, and it runs
        by_stage: dict[str, list[float]] = {}
        for _, stage, _, _, elapsed in parsed:
            by_stage.setdefault(stage, []).append(float(elapsed))
        longest = max(by_stage.values(), key=len)
        assert longest[0] < 1.0 and longest[-1] > longest[0], f"{language}: {by_stage}"
        totals = counted[language]
        MEASURED[f"{language}: bytes its worker received while loading / the bar's total (MB)"] = (
            f"{totals['received'] / 1e6:.1f} / {totals['total'] / 1e6:.1f}"
        )
        MEASURED[f"{language}: the stages shown"] = ", ".join(by_stage)


def test_editors_colour_python_and_r_and_show_every_line_of_lessons_4_7_and_8(page):
    lesson_page(page, LESSONS[0]["name"])
    for language in LANGUAGES:
        colours = page.evaluate(
            """(s) => new Set([...document.querySelectorAll(s + ' .cm-content span')]
                .map(span => getComputedStyle(span).color)).size""",
            twin(cell_index(LESSONS[0], language, ""), language),
        )
        # plain text, keywords, numbers, strings and comments: several colours
        assert colours >= 3, f"{language}: the first cell's code has {colours} colours"
    measure = """async () => {
      const frame = () => new Promise(done =>
        requestAnimationFrame(() => requestAnimationFrame(done)));
      const found = [];
      for (const twin of document.querySelectorAll('.cell:not(.own) .twin')) {
        twin.scrollIntoView({block: 'start'});
        await frame();
        const view = twin.editor.view;
        const box = view.dom.getBoundingClientRect();
        const lines = view.state.doc.lines;
        const tallest = Math.max(...[...view.contentDOM.querySelectorAll('.cm-line')]
          .map(line => line.getBoundingClientRect().height));
        found.push({cell: twin.dataset.cell, lang: twin.dataset.lang, lines,
          lineHeight: view.defaultLineHeight, height: box.height, tallest,
          hidden: view.scrollDOM.scrollHeight - view.scrollDOM.clientHeight,
          whiteSpace: getComputedStyle(view.contentDOM).whiteSpace,
          options: view.state.doc.toString().split('\\n').some(line => line.startsWith('#|'))});
      }
      return found;
    }"""
    for start in ("04", "07", "08"):
        name = lesson(start)["name"]
        lesson_page(page, name)
        editors = page.evaluate(measure)
        problems = [
            f"{e['lang']} cell {e['cell']}: {e}"
            for e in editors
            if e["hidden"] > 1  # lines scrolled out of the box
            or e["height"] < e["lines"] * e["lineHeight"]  # a box shorter than its lines
            or e["tallest"] > 1.5 * e["lineHeight"]  # a line wrapped onto two
            or e["whiteSpace"] != "pre"
            or e["options"]  # #| lines belong to the cell, not its code
        ]
        assert problems == [], f"{name} at 1366 px: {problems[:3]}"
        MEASURED[f"{name}: editors checked at 1366 px, every line shown"] = str(len(editors))


def test_the_keyboard_runs_a_cell_and_escape_then_tab_leaves_the_editor(page):
    lesson_page(page, LESSONS[0]["name"])
    in_editor = "(s) => document.querySelector(s).contains(document.activeElement)"
    for language, key in (("python", "Shift+Enter"), ("r", "Control+Enter")):
        cell = twin("own", language)
        set_code(page, cell, "")
        page.click(f"{cell} .cm-content")
        page.keyboard.type("6 * 7")
        page.keyboard.press(key)
        wait_for_cells(page, cell)
        assert "42" in page.inner_text(f"{cell} .output"), f"{language}: {key} did not run the cell"
        assert code_of(page, cell) == "6 * 7", f"{language}: {key} changed the code"
        page.keyboard.press("Home")
        page.keyboard.press("Tab")  # indents, as a code editor does
        assert page.evaluate(in_editor, cell) and code_of(page, cell).startswith(" ")
        page.keyboard.press("Escape")
        page.keyboard.press("Tab")  # then moves on
        assert not page.evaluate(in_editor, cell), f"{language}: Escape then Tab stayed"
        set_code(page, cell, "")


def test_solution_and_reset_show_the_cell_from_its_first_line(page):
    lesson_page(page, EXERCISES["name"])
    solution = EXERCISES["cells"][EXERCISE]["solution"]
    for language in LANGUAGES:
        cell = twin(EXERCISE, language)
        for button, expected in (("solution", solution[language]), ("reset", None)):
            page.evaluate("(s) => document.querySelector(s).scrollIntoView({block: 'end'})", cell)
            page.click(f"{cell} .{button}")
            shown = page.evaluate(
                """(s) => { const view = document.querySelector(s).editor.view;
                  const first = view.contentDOM.querySelector('.cm-line').getBoundingClientRect();
                  return {top: first.top, bottom: innerHeight,
                          scroll: view.scrollDOM.scrollTop, left: view.scrollDOM.scrollLeft,
                          head: view.state.selection.main.head}; }""",
                cell,
            )
            if expected is not None:
                assert code_of(page, cell) == expected
            assert shown["scroll"] == 0 and shown["left"] == 0 and shown["head"] == 0, shown
            assert 0 <= shown["top"] < shown["bottom"], f"{language} {button}: {shown}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_stop_interrupts_a_loop_and_keeps_the_variables_on_an_isolated_page(page, language):
    assert page.evaluate("crossOriginIsolated"), "make web-serve's headers did not isolate the page"
    lesson_page(page, LESSONS[0]["name"])
    cell = twin("own", language)
    run(page, cell, SET[language])
    set_code(page, cell, LOOP[language])
    page.click(f"{cell} .run")
    page.wait_for_selector(f'{cell}[data-state="running"]')
    time.sleep(1)  # let it spin
    assert page.is_visible(f"#status-{language} .stop"), "its language shows no Stop"
    started = time.perf_counter()
    page.click(f"{cell} .stop")
    wait_for_cells(page, cell, timeout=30_000)
    took = time.perf_counter() - started
    assert page.get_attribute(cell, "data-state") == "stopped"
    assert "kept the variables" in page.inner_text(f"{cell} .note")
    stop = page.evaluate("window.scratchnetPage.stops").pop()
    MEASURED[f"Stop, isolated, {NAMES[language]}: loop ended after (s)"] = (
        f"{took:.2f} (the page's own clock {stop['stoppedMs'] / 1000:.2f})"
    )
    assert "42" in run(page, cell, USE[language]), f"{language}: x was not kept"
    assert not page.is_visible(f"#status-{language} .stop")


def test_verdicts_show_passed_and_failed_from_their_fields_in_both_languages(page):
    lesson_page(page, EXERCISES["name"])
    colours = {}
    for language in LANGUAGES:
        cell = twin(EXERCISE, language)
        page.click(f"{cell} .reset")
        page.click(f"{cell} .above")  # the lesson's first cells: the package, loaded
        for button, state, start in (("reset", "failed", "FAIL"), ("solution", "passed", "PASS")):
            page.click(f"{cell} .{button}")
            run(page, cell)
            assert page.get_attribute(cell, "data-verdict") == state, f"{language} {button}"
            box = page.query_selector(f"{cell} .verdict.{state}")
            assert box is not None, f"{language}: no {state} verdict after {button}"
            assert start in box.inner_text(), box.inner_text()
            colours[(language, state)] = box.evaluate("b => getComputedStyle(b).borderLeftColor")
        # text that reads like a verdict, printed by hand, is not one
        own = twin("own", language)
        run(page, own, FAKE_VERDICT[language])
        assert page.query_selector(f"{own} .verdict") is None
        assert page.get_attribute(own, "data-verdict") is None
        set_code(page, own, "")
    for state in ("passed", "failed"):
        assert colours[("python", state)] == colours[("r", state)], colours
    assert colours[("python", "passed")] != colours[("python", "failed")]


def test_errors_and_warnings_look_alike_in_both_languages_and_show_the_learners_code(page):
    lesson_page(page, LESSONS[0]["name"])
    shown = {}
    for language in LANGUAGES:
        cell = twin("own", language)
        for kind, code, line in (("syntax", SYNTAX, "a a"), ("runtime", RUNTIME, "double(3)")):
            text = run(page, cell, code[language])
            assert page.get_attribute(cell, "data-state") == "error"
            box = page.query_selector(f"{cell} .error-box")
            assert box is not None, f"{language} {kind}: no error box in {text!r}"
            assert not INTERNALS.search(text), f"{language} {kind} names the page's files: {text!r}"
            assert line in box.inner_text(), f"{language} {kind}: the learner's line is not shown"
            shown[(language, kind)] = box.evaluate(
                "b => [getComputedStyle(b).backgroundColor,"
                " getComputedStyle(b.querySelector('pre')).color,"
                " b.querySelectorAll('.where').length > 0]"
            )
        warned = run(page, cell, WARNS[language])
        assert "far outside" in warned, f"{language}: no warning in {warned!r}"
        assert not INTERNALS.search(warned), f"{language}: the warning names a file: {warned!r}"
        set_code(page, cell, "")
    for kind in ("syntax", "runtime"):
        assert shown[("python", kind)] == shown[("r", kind)], shown


def test_figures_keep_their_labels_and_size_and_fit_the_column(page):
    from PIL import Image

    first = LESSONS[0]
    lesson_page(page, first["name"])
    page.click("#run-all")
    wait_for_cells(page, ".cell:not(.own) .twin")
    figure = twin(cell_index(first, "python", "plt.figure(figsize=(5, 3.5))"), "python")
    data = page.get_attribute(f"{figure} .pictures img", "src").split(",", 1)[1]
    picture = Image.open(io.BytesIO(base64.b64decode(data))).convert("L")
    width, height = picture.size
    dark = [[picture.getpixel((x, y)) < 100 for x in range(width)] for y in range(height)]
    spine = max(y for y in range(height) if sum(dark[y]) > width / 2)  # the x axis
    below = [any(row) for row in dark[spine + 1 :]]
    bands = sum(1 for i, ink in enumerate(below) if ink and (i == 0 or not below[i - 1]))
    # tick marks, their labels, then the axis label, then a margin: nothing cut
    assert bands >= 3, f"under the x axis only {bands} band(s) of ink: the label is cut"
    assert not any(any(row) for row in dark[-3:]), "ink at the picture's bottom edge"
    MEASURED["lesson 1's Python figure (px)"] = f"{width} x {height}"
    derivation = lesson("08")
    lesson_page(page, derivation["name"])
    index = next(i for i, cell in enumerate(derivation["cells"]) if "options" in cell)
    options = derivation["cells"][index]["options"]["r"]
    chart = twin(index, "r")
    page.click(f"{chart} .above")
    run(page, chart)
    size = page.evaluate(
        """(s) => { const image = document.querySelector(s + ' .pictures img');
          const box = image.getBoundingClientRect();
          return {naturalWidth: image.naturalWidth, naturalHeight: image.naturalHeight,
                  width: Number(image.getAttribute('width')), shownWidth: box.width,
                  shownHeight: box.height, column: image.parentElement.clientWidth}; }""",
        chart,
    )
    expected = options["fig.width"] / options["fig.height"]
    assert abs(size["naturalWidth"] / size["naturalHeight"] - expected) < 0.02, size
    assert size["width"] == round(72 * options["fig.width"]), size  # knitr's 72 dpi
    assert size["shownWidth"] <= size["column"] + 0.5, size
    assert abs(size["shownWidth"] / size["shownHeight"] - expected) < 0.03, size
    MEASURED["lesson 8's R chain, fig.width 8 x fig.height 2.5 (px drawn / shown)"] = (
        f"{size['naturalWidth']} x {size['naturalHeight']} / "
        f"{size['shownWidth']:.0f} x {size['shownHeight']:.0f}"
    )


def test_axe_core_finds_nothing_serious_on_lessons_1_and_9(page):
    axe = WEB / "node_modules" / "axe-core" / "axe.min.js"
    assert axe.is_file(), "web/node_modules/axe-core is missing: run make web"
    for name in (LESSONS[0]["name"], EXERCISES["name"]):
        lesson_page(page, name)
        if not page.evaluate("Boolean(window.axe)"):
            page.add_script_tag(path=str(axe))
        found = page.evaluate(
            """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
               .filter(v => ['serious', 'critical'].includes(v.impact))
               .map(v => v.id + ' (' + v.impact + '): '
                         + v.nodes.slice(0, 3).map(n => n.target).join(' | '))"""
        )
        assert found == [], f"{name}: {found}"
        version = page.evaluate("axe.version")
        MEASURED[f"axe-core {version} on {name}: serious or critical findings"] = str(len(found))


def test_after_a_reload_the_marks_stay_and_a_missing_name_offers_the_cells_above(page):
    page.reload()
    for language in LANGUAGES:
        page.wait_for_selector(f'#status-{language}[data-state="ready"]', timeout=120_000)
    first = LESSONS[0]["name"]
    marks = page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('#lesson-list li')]
           .map(item => [item.dataset.lesson, [item.dataset.ran, item.dataset.passed,
                                               item.querySelector('.marks').textContent]]))"""
    )
    assert marks[first][0] == "true", f"lesson 1 ran, but its mark is {marks[first]}"
    assert int(marks[EXERCISES["name"]][1]) >= 1, f"an exercise passed: {marks[EXERCISES['name']]}"
    MEASURED["the lesson list's marks after a reload"] = "; ".join(
        f"{name[:2]} {text}" for name, (_, _, text) in marks.items() if text
    )
    lesson_page(page, first)
    for language in LANGUAGES:
        cell = twin(cell_index(LESSONS[0], language, "neuron_output"), language)
        text = run(page, cell)
        assert page.get_attribute(cell, "data-state") == "error", text
        offer = page.query_selector(f"{cell} .offer")
        assert offer is not None, f"{language}: no offer to run the cells above in {text!r}"
        offer.query_selector("button").click()  # the cell waits at once, behind those above
        wait_for_cells(page, cell)
        assert page.get_attribute(cell, "data-state") == "done", page.inner_text(f"{cell} .result")


def test_below_1000_px_the_lesson_list_folds_and_python_stacks_above_r(page):
    lesson_page(page, LESSONS[0]["name"])
    page.set_viewport_size({"width": 800, "height": 900})
    try:
        assert page.is_hidden("nav"), "the lesson list keeps its width at 800 px"
        boxes = page.evaluate(
            """() => ['python', 'r'].map(lang => document.querySelector(
                 '.cell .twin[data-lang=' + lang + ']').getBoundingClientRect().toJSON())"""
        )
        python, r = boxes
        main = page.evaluate("document.querySelector('main').getBoundingClientRect().width")
        assert python["bottom"] <= r["top"], "Python does not sit above R"
        assert python["width"] > 0.9 * main and r["width"] > 0.9 * main
        header = page.evaluate("document.querySelector('header').getBoundingClientRect().height")
        MEASURED["header at 800 px, runtimes ready (px)"] = f"{header:.0f}"
        page.click("#lessons-toggle")
        assert page.is_visible("nav")
        assert page.get_attribute("#lessons-toggle", "aria-expanded") == "true"
        page.click(f"#lesson-list a[href='#{EXERCISES['name']}']")
        page.wait_for_selector(f'main[data-lesson="{EXERCISES["name"]}"]')
        assert page.is_hidden("nav"), "the lesson list stays open over the lesson"
    finally:
        page.set_viewport_size({"width": 1366, "height": 768})


def test_the_language_menu_applies_at_once_on_a_lesson_address(browser):
    name = EXERCISES["name"]  # a lesson with prose for each language
    page = browser.context.new_page()
    page.goto(f"{browser.url}index.html?lang=python#{name}")
    page.wait_for_selector('#status-python[data-state="ready"]', timeout=120_000)
    page.evaluate("window.stayed = true")  # gone if the page loaded again
    columns = """() => Object.fromEntries(['python', 'r'].map(lang => [lang, [
        document.querySelector('.cell .twin[data-lang=' + lang + ']').checkVisibility(),
        [...document.querySelectorAll('.prose .lang-' + lang)].some(e => e.checkVisibility())]]))"""
    assert page.evaluate(columns) == {"python": [True, True], "r": [False, False]}
    try:
        page.select_option("#languages", "r")
        assert page.evaluate(columns) == {"python": [False, False], "r": [True, True]}
        page.wait_for_selector('#status-r[data-state="ready"]', timeout=120_000)  # R loads now
        assert page.is_hidden("#status-python")
        page.select_option("#languages", "both")
        assert page.evaluate(columns) == {"python": [True, True], "r": [True, True]}
        assert page.evaluate("window.stayed === true && location.hash") == f"#{name}"
        for language in LANGUAGES:  # both runtimes run, the one loaded first kept
            assert "42" in run(page, twin("own", language), "6 * 7")
    finally:
        page.select_option("#languages", "both")
        page.close()


@pytest.fixture(scope="module")
def plain_page(browser):
    """The page served without the isolation headers, as a plain file server would."""
    page = open_page(browser, plain=True)
    page.bring_to_front()
    yield page
    page.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_stop_restarts_the_runtime_where_the_page_is_not_isolated(plain_page, language):
    page = plain_page
    assert page.evaluate("crossOriginIsolated") is False
    lesson_page(page, LESSONS[0]["name"])
    cell = twin("own", language)
    run(page, cell, SET[language])
    set_code(page, cell, LOOP[language])
    page.click(f"{cell} .run")
    page.wait_for_selector(f'{cell}[data-state="running"]')
    time.sleep(1)
    started = time.perf_counter()
    page.click(f"{cell} .stop")
    wait_for_cells(page, cell, timeout=30_000)
    stopped = time.perf_counter() - started
    note = page.inner_text(f"{cell} .note")
    assert "restarted" in note and "gone" in note, note
    page.wait_for_selector(f'#status-{language}[data-state="ready"]', timeout=120_000)
    ready = time.perf_counter() - started
    MEASURED[f"Stop, not isolated, {NAMES[language]}: loop ended / runtime ready again (s)"] = (
        f"{stopped:.2f} / {ready:.2f}"
    )
    assert "2" in run(page, cell, "1 + 1"), f"{language}: the next cell did not run"
    gone = run(page, cell, USE[language])
    assert page.get_attribute(cell, "data-state") == "error", f"{language}: x survived: {gone}"


SCROLL_TO_CELL = """([s, above]) => {
  document.querySelector(s).closest('.cell').scrollIntoView(); scrollBy(0, -above); }"""


def test_screenshots_of_lessons_7_and_9_for_the_docs(page):
    from PIL import Image

    def keep(name: str) -> None:
        shot = REPO / "web" / "site" / f"{name}.png"
        page.screenshot(path=str(shot))
        picture = Image.open(shot).convert("RGB")
        picture.thumbnail((1100, 1100))
        # a page of text in few colours: 128 keep the marks' greens and reds, near 100 KB
        picture.quantize(128).save(REPO / "docs" / f"{name}.png", optimize=True)
        kept = REPO / "docs" / f"{name}.png"
        MEASURED[f"docs/{name}.png (KB)"] = f"{kept.stat().st_size / 1000:.0f}"

    page.bring_to_front()  # a page in the background draws nothing to take
    notebook = lesson("07")
    lesson_page(page, notebook["name"])
    page.click("#run-all")
    wait_for_cells(page, ".cell:not(.own) .twin")
    # the first picture of the lesson, with the code that drew it
    drawn = twin(cell_index(notebook, "python", "plt.show()"), "python")
    page.evaluate(SCROLL_TO_CELL, [drawn, 130])
    page.wait_for_timeout(300)  # the editors draw the lines now in view
    keep("web")
    lesson_page(page, EXERCISES["name"])
    # a solution that passes in Python beside R's blank, not yet done
    page.click(f"{twin(EXERCISE, 'python')} .solution")
    page.click(f"{twin(EXERCISE, 'r')} .reset")
    for language in LANGUAGES:
        run(page, twin(EXERCISE, language))
    page.evaluate(SCROLL_TO_CELL, [twin(EXERCISE, "python"), 260])
    page.wait_for_timeout(300)
    keep("web-exercises")
    page.click(f"{twin(EXERCISE, 'python')} .reset")
    json.dumps(MEASURED)  # all measured values are plain text
