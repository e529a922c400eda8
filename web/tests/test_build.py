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
