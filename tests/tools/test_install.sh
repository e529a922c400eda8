#!/usr/bin/env bash
# `make test-install`: the README's one-language starts, run exactly as written.
#
# Each start is the shell block after a `<!-- start: NAME -->` line in the
# README. It runs from the top of the clone with a scratch home folder (so
# `~` and R's first library are throwaway folders, and nothing is installed
# on the machine), then this checks what a new user would: the shipped data
# was found from another folder, the numbers are the clone's own, and the
# clone is as clean as before.
set -euo pipefail
clone=$(cd "$(dirname "$0")/../.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/rlib"

block() {  # the shell lines of the README block marked <!-- start: $1 -->
  awk -v mark="<!-- start: $1 -->" '
    $0 == mark {found = 1; next}
    found && /^```sh/ {code = 1; next}
    code && /^```/ {exit}
    code {print}' "$clone/README.md"
}

start() {  # run one start as written; its output goes to $scratch/$1.out
  local code
  code=$(block "$1")
  [ -n "$code" ] || { echo "test-install: the README has no '<!-- start: $1 -->' block" >&2; exit 1; }
  echo "test-install: the $1 start, as the README writes it:"
  echo "$code" | sed 's/^/    /'
  (cd "$clone" && HOME="$scratch/home" R_LIBS="$scratch/rlib" bash -euo pipefail -c "$code") \
    >"$scratch/$1.out" 2>&1 || { cat "$scratch/$1.out" >&2; echo "test-install: the $1 start failed" >&2; exit 1; }
}

before=$(git -C "$clone" status --porcelain)
start python
start r

# The same numbers as the clone's own command lines give.
(cd "$clone" && .venv/bin/python -m scratchnet train --dataset moons --json "$scratch/clone-python.json" >/dev/null)
(cd "$clone" && Rscript r/exec/scratchnet.R train --dataset moons --json "$scratch/clone-r.json" >/dev/null)
"$clone/.venv/bin/python" - "$scratch" <<'PY'
import json, sys
from pathlib import Path

import numpy as np

from scratchnet.experiments import agreement_tolerance

scratch = Path(sys.argv[1])
for installed, clone in (("home/moons.json", "clone-python.json"), ("home/moons-r.json", "clone-r.json")):
    a = json.loads((scratch / installed).read_text())
    b = json.loads((scratch / clone).read_text())
    for key in ("initial", "final"):
        for name in a[key]:
            assert np.allclose(a[key][name], b[key][name], **agreement_tolerance()), (installed, key, name)
    assert np.allclose(a["loss"], b["loss"], **agreement_tolerance()), installed
    assert np.allclose(a["output"], b["output"], **agreement_tolerance()), installed
    print(f"test-install: ~/{Path(installed).name} has the clone's numbers")
PY
# The course, written from each installed package, and lesson 1 run from it:
# the notebook on the environment's own kernel (its exit status), the R
# Markdown knitted with the tutorial's number in its output.
for written in python/01_neuron.ipynb python/reference/glossary.md python/solutions/09_exercises.py \
               r/01_neuron.Rmd r/reference/glossary.md r/solutions/09_exercises.R; do
  [ -f "$scratch/home/scratchnet-course/$written" ] || { echo "test-install: the course has no $written" >&2; exit 1; }
done
grep -q "0.9990889" "$scratch/home/scratchnet-course/r/01_neuron.md" || { echo "test-install: lesson 1 did not knit with its numbers" >&2; exit 1; }
grep -q "0.9990889" "$scratch/home/scratchnet-course/python/01_neuron.ipynb" || { echo "test-install: lesson 1's notebook was not saved with its outputs" >&2; exit 1; }
# Jupyter started in the course folder, as the README says, serves the pages the lessons link to.
"$clone/.venv/bin/python" - "$scratch/home/scratchnet-course" <<'PY'
import json, re, sys
from pathlib import Path

root = Path(sys.argv[1])
for notebook in sorted((root / "python").glob("*.ipynb")):
    for cell in json.loads(notebook.read_text())["cells"]:
        for link in re.findall(r"\]\(([\w./-]+\.md)", "".join(cell["source"])):
            target = (notebook.parent / link).resolve()
            assert target.is_relative_to(root.resolve()) and target.is_file(), (notebook.name, link)
print("test-install: every link of the written notebooks opens inside the course folder")
PY
echo "test-install: the course was written from both packages; lesson 1 ran in Jupyter, saved its outputs, and knitted in R"
# The core needs numpy alone: a bare install brings no matplotlib.
python3 -m venv "$scratch/bare"
"$scratch/bare/bin/pip" install -q --disable-pip-version-check "$clone/python" >/dev/null 2>&1
"$scratch/bare/bin/python" -c 'import importlib.util as u, scratchnet; assert u.find_spec("matplotlib") is None, "matplotlib came along"' \
  || { echo "test-install: pip install ./python brought matplotlib" >&2; exit 1; }
echo "test-install: pip install ./python installs numpy and not matplotlib"
after=$(git -C "$clone" status --porcelain)
[ "$before" = "$after" ] || { echo "test-install: the starts left the clone changed:" >&2; echo "$after" >&2; exit 1; }
echo "test-install: both starts work as written; the clone is as clean as before"
