"""Import official GeoNames dump files into a gazetteer file (merged with what it already holds).

Understood files (plain or zipped): per-country ``XX.txt``, ``allCountries``, ``citiesNNN``,
``admin1CodesASCII.txt``, ``admin2Codes.txt``, ``alternateNamesV2``/``alternateNames``.
An imported entry replaces the entry with the same geonameid.
"""

from __future__ import annotations

import io
import re
import sqlite3
import time
import zipfile
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from eventwire.countries import all_countries
from eventwire.errors import GazetteerImportError
from eventwire.geo import store
from eventwire.geo.gazetteer import GazetteerStats, _stats, build_embedded, default_gazetteer_path
from eventwire.geo.names import is_latin_name, name_key, skeleton_key
from eventwire.geo.store import PlaceRow

DUMP_COLUMNS = 19
# Above this many bytes of input, name indexes are dropped during the import and rebuilt after
# (an allCountries import goes from hours to minutes; a country file is faster with them kept).
LARGE_IMPORT_BYTES = 50_000_000
BATCH = 50_000
# Hydrographic entries kept: wells, oases and ponds name Sahel settlements; rivers and wadis
# (STM, WAD) would put events on long lines far from where they happened.
KEPT_WATER_CODES = {"WLL", "WLLS", "WLLQ", "OAS", "PND", "PNDS", "PNDI", "LK", "LKI", "RSV", "SPNG"}
SKIPPED_ALT_LANGUAGES = {"link", "wkdt", "post", "iata", "icao", "faac", "unlc", "phon", "piny", "tcid", "abbr"}
_ADMIN1_FILE = re.compile(r"admin1codes", re.I)
_ADMIN2_FILE = re.compile(r"admin2codes", re.I)
_ALTERNATE_FILE = re.compile(r"alternatenames", re.I)
_COUNTRY_INFO = re.compile(r"countryinfo", re.I)


def file_kind(path: Path) -> str:
    name = path.name
    for kind, pattern in (("admin1", _ADMIN1_FILE), ("admin2", _ADMIN2_FILE), ("alternates", _ALTERNATE_FILE), ("countryinfo", _COUNTRY_INFO)):
        if pattern.search(name):
            return kind
    return "dump"


@contextmanager
def open_lines(path: Path) -> Iterator[Iterator[str]]:
    """The text lines of a GeoNames file, or of the one matching ``.txt`` inside its zip."""
    if not path.exists():
        raise GazetteerImportError(f"{path}: no such file")
    if path.suffix.lower() != ".zip":
        with open(path, encoding="utf-8") as handle:
            yield iter(handle)
        return
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        raise GazetteerImportError(f"{path}: not a zip file ({error})") from error
    with archive:
        members = [m for m in archive.namelist() if m.endswith(".txt") and not m.lower().startswith("readme")]
        members.sort(key=lambda m: Path(m).stem != path.stem)  # alternateNamesV2.zip also holds iso-languagecodes.txt
        if not members:
            raise GazetteerImportError(f"{path}: no .txt file inside")
        with archive.open(members[0]) as raw:
            yield iter(io.TextIOWrapper(raw, encoding="utf-8"))


def _iso3_of() -> dict[str, str]:
    return {c.iso2: c.iso3 for c in all_countries()}


def import_admin_codes(connection: sqlite3.Connection, path: Path, level: int) -> int:
    """Admin names by code; names already known (ACLED spellings) are kept."""
    rows = []
    with open_lines(path) as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or line.startswith("#"):
                continue
            iso2, _, code = parts[0].partition(".")
            rows.append((iso2, code, level, parts[1]))
    connection.executemany("INSERT OR IGNORE INTO admin_names VALUES (?,?,?,?)", rows)
    return len(rows)


def dump_row(parts: list[str], admin_names: dict[tuple[str, str], str], iso3_of: dict[str, str]) -> PlaceRow | None:
    """A dump line as a place, or None for entries we do not keep."""
    (geonameid, name, asciiname, alternates, lat, lon, fclass, fcode, iso2, _cc2,
     admin1_code, admin2_code, _admin3_code, _admin4_code, population, *_rest) = parts
    if not fclass or fclass not in "PAHSTLV" or (fclass == "H" and fcode not in KEPT_WATER_CODES):
        return None
    admin2_full = f"{admin1_code}.{admin2_code}" if admin2_code else ""
    return PlaceRow(
        geonameid=int(geonameid), name=name, asciiname=asciiname, feature_class=fclass, feature_code=fcode,
        population=int(population or 0), iso2=iso2, iso3=iso3_of.get(iso2, ""),
        admin1_code=admin1_code, admin1=admin_names.get((iso2, admin1_code), ""),
        admin2_code=admin2_full, admin2=admin_names.get((iso2, admin2_full), ""), admin3="",
        latitude=float(lat), longitude=float(lon), source="geonames",
        alternate_names=tuple(a for a in alternates.split(",") if a),
    )


def import_dump(connection: sqlite3.Connection, path: Path) -> int:
    admin_names = {(iso2, code): name for iso2, code, name in connection.execute("SELECT iso2, code, name FROM admin_names")}
    iso3_of = _iso3_of()
    written, batch = 0, []
    with open_lines(path) as lines:
        for number, line in enumerate(lines, start=1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != DUMP_COLUMNS:
                raise GazetteerImportError(f"{path}:{number}: expected {DUMP_COLUMNS} tab-separated columns, found {len(parts)}")
            row = dump_row(parts, admin_names, iso3_of)
            if row:
                batch.append(row)
            if len(batch) >= BATCH:
                written += _replace_places(connection, batch)
                batch = []
    return written + _replace_places(connection, batch)


def _replace_places(connection: sqlite3.Connection, rows: list[PlaceRow]) -> int:
    """Write rows, first removing older entries with the same geonameid (their names then match nothing).

    Admin units keep the point they already had (their capital, in the embedded data) rather than
    the dump's polygon centroid, which can fall in an empty area.
    """
    rows = _keep_admin_points(connection, rows)
    connection.executemany("DELETE FROM places WHERE geonameid = ?", [(r.geonameid,) for r in rows])
    return store.write_places(connection, rows)


def _keep_admin_points(connection: sqlite3.Connection, rows: list[PlaceRow]) -> list[PlaceRow]:
    admin_ids = [r.geonameid for r in rows if r.feature_class == "A"]
    points: dict[int, tuple[float, float]] = {}
    for start in range(0, len(admin_ids), 500):
        chunk = admin_ids[start:start + 500]
        sql = f"SELECT geonameid, latitude, longitude FROM places WHERE geonameid IN ({','.join('?' * len(chunk))})"
        points.update((gid, (lat, lon)) for gid, lat, lon in connection.execute(sql, chunk))
    return [
        replace(r, latitude=points[r.geonameid][0], longitude=points[r.geonameid][1]) if r.geonameid in points else r
        for r in rows
    ]


def import_alternates(connection: sqlite3.Connection, path: Path) -> int:
    """Add Latin-script alternate names to places already in the index."""
    place_ids = dict(connection.execute("SELECT geonameid, id FROM places WHERE geonameid IS NOT NULL"))
    written, batch = 0, []
    with open_lines(path) as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4 or parts[2] in SKIPPED_ALT_LANGUAGES or not parts[1].isdigit():
                continue
            place_id = place_ids.get(int(parts[1]))
            key = name_key(parts[3]) if place_id and is_latin_name(parts[3]) else ""
            if key:
                batch.append((key, skeleton_key(key), place_id, 0))
            if len(batch) >= BATCH:
                written += _insert_names(connection, batch)
                batch = []
    return written + _insert_names(connection, batch)


def _insert_names(connection: sqlite3.Connection, rows: list[tuple[str, str, int, int]]) -> int:
    connection.executemany("INSERT INTO names VALUES (?,?,?,?)", rows)
    return len(rows)


def import_geonames(files: Sequence[Path | str], into: Path | str | None = None) -> GazetteerStats:
    """Merge GeoNames files into the gazetteer at ``into`` (built from the embedded data first if missing)."""
    started = time.perf_counter()
    target = Path(into) if into else default_gazetteer_path()
    paths = sorted((Path(f) for f in files), key=lambda p: ("admin1", "admin2", "countryinfo", "dump", "alternates").index(file_kind(p)))
    for path in paths:
        if not path.exists():
            raise GazetteerImportError(f"{path}: no such file")
    if not target.exists():
        build_embedded(target)
    connection = store.connect(target)
    try:
        large = sum(p.stat().st_size for p in paths) > LARGE_IMPORT_BYTES
        if large:
            connection.executescript(store.DROP_INDEXES)  # rebuilt once at the end: faster for big dumps
        for path in paths:
            store.record_source(connection, path.name, _import_one(connection, path))
        fill_missing_admins(connection)
        store.finish(connection, analyze=large)
    finally:
        connection.close()
    return _stats(target, time.perf_counter() - started)


def _import_one(connection: sqlite3.Connection, path: Path) -> int:
    kind = file_kind(path)
    if kind == "admin1":
        return import_admin_codes(connection, path, 1)
    if kind == "admin2":
        return import_admin_codes(connection, path, 2)
    if kind == "alternates":
        return import_alternates(connection, path)
    if kind == "countryinfo":
        return 0  # country names and codes come from eventwire.countries
    return import_dump(connection, path)


# Missing-admin rows are matched to the nearest place that has admin names, this many at a time,
# against at most NEAREST_MAX_REFERENCE evenly spread reference places: bounds the distance matrix
# to 256 × 20,000 (~80 MB) even for the USA after an allCountries import.
NEAREST_CHUNK = 256
NEAREST_MAX_REFERENCE = 20_000


def fill_missing_admins(connection: sqlite3.Connection) -> int:
    """Give imported entries with an unknown admin1 code (GeoNames writes "00" or "x27") the admin1/admin2
    of the nearest place of the same country that has them; then entries with no admin2 the admin2 of
    the nearest place of the same admin1 that has one."""
    filled = _fill_from_nearest(
        connection, "admin1 = ''", "admin1 != ''", ("iso2",), ("admin1_code", "admin1", "admin2_code", "admin2")
    )
    return filled + _fill_from_nearest(
        connection, "admin2 = '' AND admin1 != ''", "admin2 != ''", ("iso2", "admin1"), ("admin2_code", "admin2")
    )


def _fill_from_nearest(connection, missing_where: str, known_where: str, group: tuple[str, ...], columns: tuple[str, ...]) -> int:
    group_sql, columns_sql = ", ".join(group), ", ".join(columns)
    missing = connection.execute(
        f"SELECT id, latitude, longitude, {group_sql} FROM places WHERE source = 'geonames' AND {missing_where}"
    ).fetchall()
    by_group: dict[tuple, list] = {}
    for row in missing:
        by_group.setdefault(tuple(row[3:]), []).append(row)
    updates = []
    for key, rows in by_group.items():
        reference = connection.execute(
            f"SELECT latitude, longitude, {columns_sql} FROM places WHERE feature_class = 'P' AND {known_where} AND "
            + " AND ".join(f"{g} = ?" for g in group), key,
        ).fetchall()
        if reference:
            updates += _nearest_values(rows, reference)
    setters = ", ".join(f"{c} = ?" for c in columns)
    connection.executemany(f"UPDATE places SET {setters} WHERE id = ?", updates)
    return len(updates)


def _nearest_values(rows: list, reference: list) -> list[tuple]:
    """(reference values..., row id) for each row, from the reference point nearest to it."""
    reference = reference[:: -(-len(reference) // NEAREST_MAX_REFERENCE)]
    points = np.array([(r[0], r[1]) for r in reference])
    updates = []
    for start in range(0, len(rows), NEAREST_CHUNK):
        chunk = rows[start:start + NEAREST_CHUNK]
        targets = np.array([(r[1], r[2]) for r in chunk])
        nearest = ((targets[:, None, :] - points[None, :, :]) ** 2).sum(axis=2).argmin(axis=1)
        updates.extend((*reference[i][2:], row[0]) for row, i in zip(chunk, nearest))
    return updates
