"""Shared helpers for the ingest tests."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT / ".." / "shared"


@pytest.fixture
def wire_story_path() -> Path:
    return FIXTURES / "arbinda_wire_story.txt"


@pytest.fixture
def wire_story_raw(wire_story_path: Path) -> str:
    return wire_story_path.read_text(encoding="utf-8")


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (a user's clone)")
    return SHARED
