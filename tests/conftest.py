"""Shared fixtures: the project's own sample corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

SAMPLES_DIR = Path(__file__).parents[1] / "corpus" / "samples"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES_DIR


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SAMPLES_DIR / "seed_2023_04_study_notice_chongqing.txt").read_text(encoding="utf-8")
