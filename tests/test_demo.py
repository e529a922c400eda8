"""make demo's tool: the clone found from its own place, and an R failure said in one line.

The tool runs R's command line as a user would; when that fails, its message
must carry what Rscript printed, on stdout (where Rscript reports a missing
script) as well as on stderr, and ``main`` must say it in one line without a
traceback.
"""

from __future__ import annotations

import os

import pytest
from tools import demo

from harness import REPO


def test_the_demo_finds_the_clone_from_its_own_place_not_from_the_packages_data():
    assert demo.REPO == REPO
    assert (demo.REPO / "r" / "exec" / "scratchnet.R").is_file()


def test_an_r_refusal_is_passed_on_with_what_r_printed():
    with pytest.raises(demo.RCommandLineError) as raised:
        demo.run_r_cli(["train", "--dataset", "nope"])
    assert "exited with status 2: scratchnet: error: unknown dataset 'nope'" in str(raised.value)


def test_what_rscript_prints_on_stdout_reaches_the_one_line_the_demo_says(
    tmp_path, monkeypatch, capsys
):
    fake = tmp_path / "Rscript"
    fake.write_text("#!/bin/sh\necho \"Fatal error: cannot open file 'x.R'\"\nexit 2\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(demo, "DEMO_EXPERIMENTS", ("toy",))
    assert demo.main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("demo: the R command line failed: `Rscript ")
    assert err.rstrip().endswith("exited with status 2: Fatal error: cannot open file 'x.R'")
