"""Shared fixtures for the Python unit tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from small_problem import make_problem

import scratchnet as sn


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The data the package carries (a copy of the repository's ``shared_data``)."""
    return sn.shared_data_dir()


@pytest.fixture(scope="session")
def repo() -> Path:
    """The repository these tests sit in (for its generators, R demos and README)."""
    return Path(__file__).resolve().parents[2]


@pytest.fixture
def problem():
    """X (5, 3), y (5, 2) and start weights for h = 4: see ``small_problem``."""
    return make_problem()
