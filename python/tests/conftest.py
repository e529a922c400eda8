"""Shared fixtures for the Python unit tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import scratchnet as sn


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The repository's ``shared_data`` folder."""
    return sn.shared_data_dir(Path(__file__).parent)
