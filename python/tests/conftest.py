"""Shared fixtures for the Python unit tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from small_problem import make_problem

import scratchnet as sn


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The repository's ``shared_data`` folder."""
    return sn.shared_data_dir(Path(__file__).parent)


@pytest.fixture
def problem():
    """X (5, 3), y (5, 2) and start weights for h = 4: see ``small_problem``."""
    return make_problem()
