"""The build's own checks, without a browser."""

from __future__ import annotations

import build
import pytest
from conftest import WEB


def test_a_wheel_that_is_not_pyodides_build_stops_the_build_with_one_line(tmp_path, monkeypatch):
    if not (WEB / "node_modules" / "pyodide").is_dir():
        pytest.fail("web/node_modules is missing: run make web")
    packages = build.lock_packages()
    packages["numpy"]["sha256"] = "0" * 64  # as if upstream had changed the wheel
    monkeypatch.setattr(build, "lock_packages", lambda: packages)
    with pytest.raises(build.BuildError) as stopped:
        build.pyodide_wheels(tmp_path)
    message = str(stopped.value)
    assert "\n" not in message
    assert packages["numpy"]["file_name"] in message and "not Pyodide's build" in message


def test_the_wheels_shipped_are_numpy_and_matplotlib_with_what_they_need():
    names = build.closure(build.lock_packages(), build.WANTED)
    assert {"numpy", "matplotlib", "pillow", "six"} <= set(names)
    assert "scipy" not in names


def test_a_cells_option_lines_leave_its_code_and_become_its_options():
    cell = "#| fig.width = 8, fig.height = 2.5\n#| echo: false\nplot(1)"
    code, options = build.cell_options(cell)
    assert code == "plot(1)"
    assert options == {"fig.width": 8, "fig.height": 2.5, "echo": False}
    later = "x <- 1\n#| fig.width = 3"  # knitr reads options only at a cell's top
    assert build.cell_options(later) == (later, {})


def test_prose_for_each_language_is_marked_for_the_page_to_show_or_hide():
    from tests.tools import course

    text = "Sum {{python: `x.sum()` | r: `sum(x)`}}.\n\n::: r\nAn R *block*.\n:::\n"
    html = build.rendered(course.localized(text, "both"))
    assert '<span class="lang-python"><code>x.sum()</code></span>' in html
    assert '<span class="lang-r"><code>sum(x)</code></span>' in html
    assert '<div class="lang-r">' in html and "<em>block</em>" in html
