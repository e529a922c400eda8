"""The cross-language harness: R embedded in this process through rpy2.

Without R or rpy2 every test here fails, with the command that installs them;
nothing is skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import RSession


@pytest.fixture(scope="session")
def r() -> RSession:
    """One R session for the whole run, with scratchnet loaded from ``r/``."""
    try:
        return RSession()
    except RuntimeError as problem:
        pytest.fail(str(problem), pytrace=False)
