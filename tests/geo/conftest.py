"""Shared fixtures: one embedded gazetteer per test session (the default cached file when it exists)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from eventwire.geo import Gazetteer, Geocoder, build_embedded, default_gazetteer_path
from eventwire.geo.gazetteer import is_current

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="session")
def embedded_path(tmp_path_factory) -> Path:
    """The embedded gazetteer: the one `make setup` built, else built once for this session."""
    default = default_gazetteer_path()
    if default.exists() and is_current(default):
        from eventwire.geo import gazetteer_status

        if "embedded" in (gazetteer_status(default).sources or {}) and len(gazetteer_status(default).sources) == 1:
            return default
    path = tmp_path_factory.mktemp("gazetteer") / "embedded.sqlite"
    build_embedded(path)
    return path


@pytest.fixture(scope="session")
def geocoder(embedded_path) -> Geocoder:
    return Geocoder(Gazetteer.open(embedded_path))


@pytest.fixture()
def gazetteer_copy(embedded_path, tmp_path) -> Path:
    """A private copy of the embedded gazetteer that a test may import into."""
    copy = tmp_path / "gazetteer.sqlite"
    shutil.copy(embedded_path, copy)
    return copy


@pytest.fixture(scope="session")
def shared_geonames() -> Path:
    folder = SHARED / "geonames"
    if not (folder / "BF.txt").exists():
        pytest.skip("../shared/geonames is not available")
    return folder
