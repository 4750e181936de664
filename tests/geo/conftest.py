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


# Invented Burkinabe villages (so nothing in the embedded data answers for them), written as GeoNames rows:
# geonameid, name, asciiname, alternates, lat, lon, class, code, country, admin1 code, admin2 code, population.
# Admin1 codes: 05 Centre-Nord, 12 Sahel, 13 Sud-Ouest.
VILLAGE_ROWS = [
    # one name in two regions: a herders' camp near the Niger border, a village in the south-west
    (99100001, "Tinkourga", "Tinkourga", "", 14.20, 0.10, "S", "CMP", "BF", "12", "", 0),
    (99100002, "Tinkourga", "Tinkourga", "", 10.40, -3.10, "P", "PPL", "BF", "13", "", 0),
    (99100003, "Wendoloba", "Wendoloba", "", 13.00, -1.00, "P", "PPL", "BF", "05", "", 0),
    # an anchor village in the Sahel region, a close spelling far away in Centre-Nord, one close by in Sahel
    (99100004, "Kalbouli", "Kalbouli", "", 14.00, -0.50, "P", "PPL", "BF", "12", "", 0),
    (99100005, "Tangassoko", "Tangassoko", "", 13.10, -1.40, "P", "PPL", "BF", "05", "", 0),
    (99100006, "Dembiringa", "Dembiringa", "", 14.05, -0.45, "P", "PPL", "BF", "12", "", 0),
    # two spellings one letter away from "Boulgouma", in two regions
    (99100007, "Boulgoumo", "Boulgoumo", "", 13.30, -1.20, "P", "PPL", "BF", "05", "", 0),
    (99100008, "Boulgoumi", "Boulgoumi", "", 10.60, -3.30, "P", "PPL", "BF", "13", "", 0),
]


@pytest.fixture(scope="session")
def village_gazetteer(embedded_path, tmp_path_factory) -> Path:
    """The embedded gazetteer with ``VILLAGE_ROWS`` imported (open a ``Geocoder`` on it per test module)."""
    from geonames_dump_rows import gazetteer_with_rows

    return gazetteer_with_rows(embedded_path, tmp_path_factory.mktemp("villages"), VILLAGE_ROWS)
