# scratchnet: every job a maintainer or learner runs. `make help` lists them.
# Each target sets up what it needs (Python venv, R, the R package) first;
# setup is idempotent and quick once done.

SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      := .venv
PYTHON    := $(VENV)/bin/python
RLIB      := .rlib
STAMPS    := .stamps
R_DEBIAN  := r-base-core r-base-dev r-cran-testthat r-cran-jsonlite
R_SOURCES := r/DESCRIPTION r/NAMESPACE $(wildcard r/R/*.R) $(wildcard r/man/*.Rd) \
             $(wildcard r/exec/*.R) $(wildcard r/demo/*) $(shell find r/inst -type f)
export R_LIBS := $(CURDIR)/$(RLIB)

.PHONY: help setup data golden test-install notebooks demo lessons lesson budget test test-python test-r test-harness course consistency bench \
        side-by-side docs lint check-r r-docs plots clean web web-serve web-test

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | \
	  awk 'BEGIN {FS = ":.*## "} {printf "  make %-14s %s\n", $$1, $$2}'

setup: $(STAMPS)/r-system $(STAMPS)/venv $(STAMPS)/harness $(RLIB)/scratchnet/DESCRIPTION ## install R (Debian), the Python venv (with rpy2) and the R package (idempotent)

# R from Debian when it is missing and apt can be used as root; otherwise stop
# with the exact command to run.
$(STAMPS)/r-system:
	@mkdir -p $(STAMPS)
	@if command -v Rscript >/dev/null && Rscript -e 'quit(status = !all(sapply(c("testthat", "jsonlite", "pkgload"), requireNamespace, quietly = TRUE)))' >/dev/null 2>&1; then \
	  echo "setup: R $$(Rscript -e 'cat(format(getRversion()))') with testthat and jsonlite is here"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "setup: installing R from Debian: $(R_DEBIAN)"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(R_DEBIAN) >/dev/null; \
	else \
	  echo "setup: R is missing. Run: sudo apt-get update && sudo apt-get install -y --no-install-recommends $(R_DEBIAN)" >&2; exit 1; \
	fi
	@touch $@

# The venv: the package (editable) and its unit-test tools. No R needed.
$(STAMPS)/venv: python/requirements.txt python/pyproject.toml
	@mkdir -p $(STAMPS)
	@if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then apt-get install -y -q --no-install-recommends python3-venv python3-dev >/dev/null; \
	  else echo "setup: Python's venv is missing. Run: sudo apt-get install -y python3-venv python3-dev" >&2; exit 1; fi; \
	fi
	@echo "setup: Python venv in $(VENV) (pinned: python/requirements.txt)"
	@test -x $(PYTHON) || python3 -m venv $(VENV)
	@$(PYTHON) -m pip install -q --disable-pip-version-check -r python/requirements.txt 2>&1 | grep -v '^WARNING: Location' || true
	@$(PYTHON) -m pip install -q --disable-pip-version-check --no-deps -e python 2>&1 | grep -v '^WARNING: Location' || true
	@$(PYTHON) -c 'import numpy, matplotlib, pytest, scratchnet' || { echo "setup: the venv is incomplete" >&2; exit 1; }
	@touch $@

# rpy2 for the harness, in the same venv; it compiles against R, so R first.
$(STAMPS)/harness: python/requirements-harness.txt $(STAMPS)/venv $(STAMPS)/r-system
	@echo "setup: rpy2 for the harness (pinned: python/requirements-harness.txt)"
	@$(PYTHON) -m pip install -q --disable-pip-version-check -r python/requirements-harness.txt 2>&1 | grep -v '^WARNING: Location' || true
	@$(PYTHON) -c 'import rpy2.robjects' || { echo "setup: rpy2 did not install" >&2; exit 1; }
	@touch $@

# The R package, installed into the project-local library (re-installed when
# anything under r/ changes).
$(RLIB)/scratchnet/DESCRIPTION: $(R_SOURCES) $(STAMPS)/r-system
	@mkdir -p $(RLIB)
	@echo "setup: installing the R package into $(RLIB)/"
	@R CMD INSTALL --no-test-load --library=$(RLIB) r >$(STAMPS)/r-install.log 2>&1 || { cat $(STAMPS)/r-install.log >&2; exit 1; }
	@touch $@

# The data each package carries: every data file of shared_data/ (not its
# generators or README), copied byte for byte. Both packages' tests check
# that their copy is current. The JSON tables R reads at run time are also
# written as R source, r/R/tables.R, so the R package needs no JSON reader
# (a test fails while it is stale). The generator needs Python 3 alone.
DATA_COPIES := python/src/scratchnet/data r/inst/extdata

data: ## copy shared_data/ into both packages and write r/R/tables.R (R's run-time tables as R source)
	@for copy in $(DATA_COPIES); do \
	  rm -rf $$copy && mkdir -p $$copy && \
	  (cd shared_data && find . -type f \( -name '*.json' -o -name '*.csv' \) -print0 | \
	    xargs -0 -I{} cp --parents {} ../$$copy/) && \
	  echo "data: wrote $$copy"; \
	done
	@python3 tests/tools/r_tables.py

golden: setup ## rewrite shared_data/golden/ from both languages (only if they agree), then the packages' copies
	@$(PYTHON) tests/tools/golden.py
	@$(MAKE) --no-print-directory data

test-install: setup $(STAMPS)/course ## the README's one-language starts, run as written in a scratch home, outside the clone
	@bash tests/tools/test_install.sh

demo: setup ## train toy and moons in Python and R, side by side; plots in figures/
	@$(PYTHON) tests/tools/demo.py

plots: setup ## every experiment's pictures, drawn by each language, into figures/
	@$(PYTHON) -m scratchnet plots
	@Rscript r/exec/scratchnet.R plots
	@$(PYTHON) tests/tools/demo.py --plots-only

# The lessons, in order: the scripts made from course/lessons/NN_name.md.
LESSONS := $(shell ls course/lessons | sed -n 's/^[0-9][0-9]_\(.*\)\.md$$/\1/p')

lessons: setup ## run every lesson, in Python then in R
	@for name in $(LESSONS); do $(MAKE) --no-print-directory lesson NAME=$$name || exit 1; done

lesson: setup ## run one lesson in both languages: make lesson NAME=neuron
	@test -n "$(NAME)" || { echo "make lesson: say which, e.g. make lesson NAME=neuron ($(LESSONS))" >&2; exit 2; }
	@test -n "$(wildcard r/demo/lesson[0-9][0-9]_$(NAME).R)" || { echo "make lesson: no lesson '$(NAME)'; the lessons: $(LESSONS)" >&2; exit 2; }
	@echo "==== lesson $(NAME), Python: python -m scratchnet.lessons.$(NAME)"
	@$(PYTHON) -m scratchnet.lessons.$(NAME)
	@echo "==== lesson $(NAME), R: Rscript $(wildcard r/demo/lesson[0-9][0-9]_$(NAME).R)"
	@Rscript $(wildcard r/demo/lesson[0-9][0-9]_$(NAME).R)

# make test runs the R suite in the background while pytest runs the Python
# unit tests and the harness on two workers (a test file stays on one worker,
# so its once-per-file training runs are shared); then it prints R's report.
# The R suite tests the package setup installed from r/ into .rlib (byte-
# compiled, so R compiles none of it while the tests run); make test-r tests
# the sources in r/ themselves.
# Python keeps its compiled modules and pytest its rewritten tests in __pycache__
# (ignored by git) even where the shell sets PYTHONDONTWRITEBYTECODE: compiling
# every test module again cost each pytest process about a second.
PYTEST := env -u PYTHONDONTWRITEBYTECODE $(PYTHON) -m pytest -q -p no:cacheprovider -W error::scratchnet.errors.ScratchnetWarning

test: setup ## all tests: R testthat, Python unit tests and the cross-language harness
	@Rscript -e 'testthat::test_local("r", reporter = "summary", stop_on_failure = TRUE, load_package = "installed")' \
	  >$(STAMPS)/test-r.log 2>&1 & r_suite=$$!; \
	$(PYTEST) -n 2 --dist loadfile python/tests tests --ignore=tests/course; python_status=$$?; \
	wait $$r_suite; r_status=$$?; \
	echo "R (r/tests/testthat):"; tail -n 4 $(STAMPS)/test-r.log; \
	if [ $$r_status -ne 0 ]; then cat $(STAMPS)/test-r.log; fi; \
	exit $$(( python_status || r_status ))

test-python: $(STAMPS)/venv ## the Python unit tests (python/tests): no R needed
	@$(PYTEST) python/tests

test-r: $(STAMPS)/r-system ## the R unit tests (r/tests/testthat): no Python needed
	@Rscript -e 'testthat::test_local("r", reporter = "summary", stop_on_failure = TRUE)'

test-harness: setup ## the cross-language harness (tests/, R embedded with rpy2)
	@$(PYTEST) tests --ignore=tests/course

$(STAMPS)/course: python/requirements-course.txt $(STAMPS)/venv $(STAMPS)/r-system
	@$(PYTHON) -m pip install -q --disable-pip-version-check -r python/requirements-course.txt 2>&1 | grep -v '^WARNING: Location' || true
	@Rscript -e 'quit(status = !requireNamespace("knitr", quietly = TRUE))' 2>/dev/null || \
	  { [ "$$(id -u)" = 0 ] && apt-get install -y -q --no-install-recommends r-cran-knitr >/dev/null; } || \
	  { echo "course: run: sudo apt-get install -y --no-install-recommends r-cran-knitr" >&2; exit 1; }
	@$(PYTHON) -m ipykernel install --sys-prefix --name python3 >/dev/null
	@touch $@

course: setup $(STAMPS)/course ## run every lesson's notebook and script in both languages; check they are current and print the same numbers
	@$(PYTEST) tests/course tests/test_course_files.py

notebooks: setup $(STAMPS)/course ## make the course from course/lessons/*.md (notebooks, R Markdown, lesson scripts, the packages' copies), run it, keep its outputs
	@$(PYTHON) tests/tools/course.py

budget: setup ## time make test against training every experiment once through each command line (its budget: 4x)
	@$(PYTHON) tests/tools/budget.py

consistency: setup ## table: each experiment's largest Python-R difference per quantity
	@$(PYTHON) tests/tools/consistency.py

bench: setup ## time one epoch of every trainer, with spreads (installs pytest-benchmark, scikit-learn, torch, r-cran-bench)
	@$(PYTHON) -m pip install -q --disable-pip-version-check -r python/bench/requirements.txt \
	  >$(STAMPS)/bench-install.log 2>&1 || \
	  echo "bench: a Python reference could not be installed (see $(STAMPS)/bench-install.log); its column will say so"
	@Rscript -e 'quit(status = !requireNamespace("bench", quietly = TRUE))' 2>/dev/null || \
	  { [ "$$(id -u)" = 0 ] && apt-get install -y -q --no-install-recommends r-cran-bench >/dev/null; } || \
	  { echo "bench: run: sudo apt-get install -y --no-install-recommends r-cran-bench" >&2; exit 1; }
	@$(PYTHON) python/bench/bench.py

side-by-side: setup ## write docs/side-by-side.md and docs/side-by-side-fast.md: the twin files aligned step by step
	@$(PYTHON) tests/tools/side_by_side.py

# The tables in README.md and docs/ that repeat a machine-readable source
# (cli.json, checks.json, this file's ## comments), between marker lines;
# tests/test_docs.py fails while one is stale. Python 3 alone.
docs: ## rewrite the generated tables of README.md and docs/ (options, warnings, make targets)
	@python3 tests/tools/docs_tables.py

lint: setup ## ruff (lint and format check) on all Python code
	@$(VENV)/bin/ruff check --config python/pyproject.toml python tests shared_data course web
	@$(VENV)/bin/ruff format --check --config python/pyproject.toml python tests shared_data course web

check-r: $(STAMPS)/r-system ## R CMD check --no-manual on the built tarball, in a folder outside the clone; fails on any ERROR or WARNING
	@dir=$$(mktemp -d); trap 'rm -rf "$$dir"' EXIT; cd "$$dir" && \
	R CMD build --no-build-vignettes "$(CURDIR)/r" >/dev/null && \
	R_LIBS= _R_CHECK_FORCE_SUGGESTS_=false R CMD check --no-manual scratchnet_*.tar.gz && \
	if grep -q '^Status:.*\(ERROR\|WARNING\)' scratchnet.Rcheck/00check.log; then \
	  cat scratchnet.Rcheck/00check.log; exit 1; fi

r-docs: setup ## regenerate r/man/ and r/NAMESPACE from the roxygen comments
	@Rscript -e 'quit(status = !requireNamespace("roxygen2", quietly = TRUE))' 2>/dev/null || \
	  { [ "$$(id -u)" = 0 ] && apt-get install -y -q --no-install-recommends r-cran-roxygen2 >/dev/null; } || \
	  { echo "r-docs: run: sudo apt-get install -y --no-install-recommends r-cran-roxygen2" >&2; exit 1; }
	@Rscript -e 'roxygen2::roxygenise("r")'

# The course as one web page (web/, docs/web.md): Pyodide, webR, the CodeMirror
# editor and esbuild from npm (web/package-lock.json), numpy's and matplotlib's
# Pyodide wheels checked against pyodide-lock.json, the project's wheel and the
# R package's installed tree, all in web/site/, so the page needs no network.
# web-tools: what the build and its tests need in the venv (markdown,
# playwright, nbformat), so make web-test works in a fresh clone after make web.
$(STAMPS)/web-tools: web/requirements.txt $(STAMPS)/venv
	@$(PYTHON) -m pip install -q --disable-pip-version-check -r web/requirements.txt 2>&1 | grep -v '^WARNING: Location' || true
	@$(PYTHON) -c 'import markdown, nbformat, playwright' || { echo "web: the venv lacks web/requirements.txt's tools" >&2; exit 1; }
	@touch $@

web: $(STAMPS)/venv $(STAMPS)/r-system $(STAMPS)/web-tools ## build the course as one offline web page, Python and R side by side, in web/site/
	@command -v npm >/dev/null || { echo "web: npm is missing. Run: sudo apt-get install -y npm" >&2; exit 1; }
	@cd web && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null
	@$(PYTHON) web/build.py

web-serve: ## serve the built page (make web) at http://127.0.0.1:8000/ (PORT=... to change)
	@python3 web/serve.py --port $(or $(PORT),8000) $(if $(NO_ISOLATION),--no-isolation)

# The page in Debian's chromium (Playwright's own browser download is not
# used), cut off from every host but 127.0.0.1, served with and without
# cross-origin isolation; axe-core (npm, installed by make web) checks it.
web-test: setup $(STAMPS)/web-tools ## test the built page in a real browser, offline: both runtimes, every lesson, the exercises
	@test -f web/site/index.html && test -d web/node_modules/axe-core || { echo "web-test: run make web first" >&2; exit 1; }
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium >/dev/null; } || \
	  { echo "web-test: run: sudo apt-get install -y --no-install-recommends chromium" >&2; exit 1; }
	@$(PYTEST) web/tests

clean: ## remove generated files (venv, R library, figures, caches, the web page's build)
	rm -rf $(VENV) $(RLIB) $(STAMPS) figures .pytest_cache .ruff_cache .hypothesis \
	  web/site web/node_modules web/.cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
