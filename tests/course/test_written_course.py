"""The course a learner writes from the installed R package works as written.

Two lessons that both draw, knitted one after the other in the one folder
``write_course()`` makes, each keep their own pictures: each knitted text shows
figures named after its own lesson, and every one it shows is there. (They once
shared chunk names and no figure folder, so lesson 2 showed lesson 4's curve.)
"""

from __future__ import annotations

import os
import re
import subprocess

from tools.course import REPO

KNITTED = ("02_perceptron", "04_gender_sgd")


def test_two_lessons_knitted_in_one_written_folder_keep_their_own_pictures(tmp_path):
    code = (
        f'scratchnet::write_course("{tmp_path}"); setwd(file.path("{tmp_path}", "r")); '
        + "; ".join(f'knitr::knit("{name}.Rmd", quiet = TRUE)' for name in KNITTED)
    )
    environment = dict(os.environ, R_LIBS=str(REPO / ".rlib"))
    result = subprocess.run(
        ["Rscript", "-e", code], capture_output=True, text=True, env=environment, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    shown = {}
    for name in KNITTED:
        text = (tmp_path / "r" / f"{name}.md").read_text(encoding="utf-8")
        shown[name] = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
        assert shown[name], f"{name} shows no picture"
        for picture in shown[name]:
            assert picture.startswith(f"figures/{name}-"), picture
            assert (tmp_path / "r" / picture).is_file(), picture
    assert not set(shown[KNITTED[0]]) & set(shown[KNITTED[1]])
