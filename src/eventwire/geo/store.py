"""The gazetteer file: one SQLite database, written once by a build or an import, then read-only.

Tables
    places       one row per place (GeoNames entry, admin unit or ACLED-derived location)
    names        normalised name keys → place ids (``key`` exact, ``skeleton`` for spelling variants)
    admin_names  GeoNames admin codes → names ("BF.03" → "Centre"), used by imports
    countries    a representative point per country (median of its places)
    meta         build facts: sources, built_at

A B-tree index on ``names.key`` and ``names.skeleton`` measured faster than FTS5 for whole-name
lookups (see docs/decisions/geo.md); fuzzy matching runs in Python with rapidfuzz per country.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import astuple, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from eventwire.geo.names import is_latin_name, name_key, skeleton_key, without_generic_prefix

SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY,
    geonameid INTEGER, name TEXT NOT NULL, asciiname TEXT, feature_class TEXT, feature_code TEXT,
    population INTEGER NOT NULL DEFAULT 0, iso2 TEXT, iso3 TEXT,
    admin1_code TEXT, admin1 TEXT, admin2_code TEXT, admin2 TEXT, admin3 TEXT,
    latitude REAL, longitude REAL, source TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, skeleton TEXT NOT NULL, place_id INTEGER NOT NULL, is_main INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS admin_names (iso2 TEXT, code TEXT, level INTEGER, name TEXT, PRIMARY KEY (iso2, code)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS countries (iso2 TEXT PRIMARY KEY, iso3 TEXT, latitude REAL, longitude REAL, places INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS names_by_key ON names(key, place_id);
CREATE INDEX IF NOT EXISTS names_by_skeleton ON names(skeleton, place_id);
CREATE INDEX IF NOT EXISTS places_by_geonameid ON places(geonameid);
CREATE INDEX IF NOT EXISTS places_by_admin ON places(iso2, admin1_code, admin2_code);
"""
DROP_INDEXES = "DROP INDEX IF EXISTS names_by_key; DROP INDEX IF EXISTS names_by_skeleton;"


@dataclass(frozen=True)
class PlaceFields:
    """The columns of the places table, but its id: what writers hand in and readers get back."""

    geonameid: int | None
    name: str
    asciiname: str
    feature_class: str
    feature_code: str
    population: int
    iso2: str
    iso3: str
    admin1_code: str
    admin1: str
    admin2_code: str
    admin2: str
    admin3: str
    latitude: float
    longitude: float
    source: str


@dataclass(frozen=True)
class PlaceRow(PlaceFields):
    """A place as builders and importers hand it to the writer."""

    alternate_names: tuple[str, ...] = ()


# Bump when the tables or the embedded build change meaning: an older default file is then rebuilt on open.
SCHEMA_VERSION = "9"


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path))
    connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
    return connection


def name_rows(place_id: int, row: PlaceRow) -> list[tuple[str, str, int, int]]:
    """The (key, skeleton, place_id, is_main) rows for a place's main, ASCII and Latin alternate names."""
    seen: dict[str, int] = {}
    for name in (row.name, row.asciiname):
        if name and name_key(name):
            seen[name_key(name)] = 1
    for name in row.alternate_names:
        key = name_key(name) if is_latin_name(name) else ""
        if key and key not in seen:
            seen[key] = 0
    for key in list(seen):
        bare = without_generic_prefix(key)
        if bare and bare not in seen:
            seen[bare] = 0
    return [(key, skeleton_key(key), place_id, main) for key, main in seen.items()]


def write_places(connection: sqlite3.Connection, rows: Iterable[PlaceRow]) -> int:
    """Append places and their name keys; returns how many places were written."""
    next_id = connection.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM places").fetchone()[0]
    place_batch, name_batch = [], []
    for place_id, row in enumerate(rows, start=next_id):
        place_batch.append((place_id, *astuple(row)[:-1]))
        name_batch.extend(name_rows(place_id, row))
    connection.executemany(f"INSERT INTO places VALUES ({','.join('?' * 17)})", place_batch)
    connection.executemany("INSERT INTO names VALUES (?,?,?,?)", name_batch)
    return len(place_batch)


def write_admin_names(connection: sqlite3.Connection, rows: Iterable[tuple[str, str, int, str]]) -> None:
    connection.executemany("INSERT OR REPLACE INTO admin_names VALUES (?,?,?,?)", rows)


def refresh_countries(connection: sqlite3.Connection) -> None:
    """Recompute each country's representative point: the median latitude and longitude of its places."""
    connection.execute("DELETE FROM countries")
    by_country: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for iso2, iso3, lat, lon in connection.execute(
        "SELECT iso2, iso3, latitude, longitude FROM places WHERE feature_class = 'P' AND latitude IS NOT NULL"
    ):
        by_country.setdefault((iso2, iso3), []).append((lat, lon))
    rows = [(iso2, iso3, _median([p[0] for p in pts]), _median([p[1] for p in pts]), len(pts)) for (iso2, iso3), pts in by_country.items()]
    connection.executemany("INSERT OR REPLACE INTO countries VALUES (?,?,?,?,?)", rows)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def read_meta(connection: sqlite3.Connection) -> dict[str, str]:
    return dict(connection.execute("SELECT key, value FROM meta"))


def record_source(connection: sqlite3.Connection, source: str, places: int) -> None:
    """Note in ``meta`` that a source went into this file, and when."""
    meta = read_meta(connection)
    sources = json.loads(meta.get("sources", "{}"))
    sources[source] = places
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    connection.executemany(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)",
        [("sources", json.dumps(sources, sort_keys=True)), ("built_at", now), ("schema", SCHEMA_VERSION)],
    )


def finish(connection: sqlite3.Connection, analyze: bool = True) -> None:
    """Index, recompute country points and (after big writes) refresh the query planner's statistics."""
    connection.executescript(INDEXES)
    refresh_countries(connection)
    connection.commit()
    if analyze:
        connection.execute("ANALYZE")
        connection.commit()
