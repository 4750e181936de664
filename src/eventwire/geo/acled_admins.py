"""ACLED's own spelling of admin1 units, from the ACLED place table shipped in ``data/geo``.

GeoNames writes "Idlib", "Ta'izz", "Kuetahya", "North-West"; ACLED writes "Idleb", "Taizz", "Kutahya",
"Nord-Ouest". An event record is compared with ACLED data, so the admin1 we output is ACLED's name of
the same unit: the ACLED admin1 of the country whose name is a spelling variant of ours, else the admin1
of the ACLED place nearest the point when it is close enough to be in the same unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz, process

from eventwire.geo.embedded import read_acled_places, read_admin1_spellings
from eventwire.geo.names import admin_skeleton

# Spelling variants of one admin1 name score at least this rapidfuzz ratio on admin skeletons
# ("alhasaka"/"alhasaki", "fuzuli"/"fizuli"); different units of one country rarely do (checked by
# hand on Syria, Yemen, Turkey, Serbia).
SPELLING_MIN_RATIO = 80
# The nearest ACLED place lends its admin1 only within this distance: ACLED's places are dense where
# events happen, and 15 km rarely crosses an admin1 boundary.
NEAREST_MAX_KM = 15.0


@dataclass(frozen=True)
class _CountryAdmins:
    names: dict[str, str]  # admin skeleton -> ACLED admin1 name
    points: np.ndarray  # (n, 2) radians
    admin1: tuple[str, ...]


class AcledAdmins:
    """ACLED admin1 names per country, by spelling and by place. Load once with ``AcledAdmins.load()``."""

    def __init__(self, rows: list[dict[str, str]], spellings: Sequence[dict[str, str]] = ()):
        by_country: dict[str, list[dict[str, str]]] = {}
        for row in rows:
            if row["admin1"]:
                by_country.setdefault(row["iso3"], []).append(row)
        self._countries = {iso3: _country(places) for iso3, places in by_country.items()}
        self._renamed = {(row["iso3"], admin_skeleton(row["gazetteer"])): row["acled"] for row in spellings
                         if row["iso3"] not in self._countries}
        self._renamed_countries = {iso3 for iso3, _name in self._renamed}

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "AcledAdmins":
        return cls(read_acled_places(), read_admin1_spellings())

    def knows(self, iso3: str | None) -> bool:
        """Whether ACLED's admin1 names of this country are known."""
        return (iso3 or "") in self._countries or (iso3 or "") in self._renamed_countries

    def admin1(self, iso3: str | None, admin1: str | None, latitude: float | None, longitude: float | None) -> str | None:
        """ACLED's name for the admin1 ``admin1`` (at the given point), or ``admin1`` unchanged."""
        country = self._countries.get(iso3 or "")
        if country is None:
            return self._renamed.get((iso3 or "", admin_skeleton(admin1 or "")), admin1)
        if admin1 and admin_skeleton(admin1) in country.names:
            return country.names[admin_skeleton(admin1)]
        nearest = _nearest(country, latitude, longitude) if latitude is not None and longitude is not None else None
        if nearest or not admin1:
            return nearest or admin1
        found = process.extractOne(admin_skeleton(admin1), list(country.names), scorer=fuzz.ratio,
                                   score_cutoff=SPELLING_MIN_RATIO)
        return country.names[found[0]] if found else admin1


def _country(places: list[dict[str, str]]) -> _CountryAdmins:
    names = {admin_skeleton(p["admin1"]): p["admin1"] for p in places}
    points = np.radians(np.array([[float(p["latitude"]), float(p["longitude"])] for p in places]))
    return _CountryAdmins(names, points, tuple(p["admin1"] for p in places))


def _nearest(country: _CountryAdmins, latitude: float, longitude: float) -> str | None:
    lat, lon = np.radians(latitude), np.radians(longitude)
    d_lat, d_lon = country.points[:, 0] - lat, country.points[:, 1] - lon
    h = np.sin(d_lat / 2) ** 2 + np.cos(lat) * np.cos(country.points[:, 0]) * np.sin(d_lon / 2) ** 2
    distances = 12742.0 * np.arcsin(np.sqrt(np.minimum(1.0, h)))
    index = int(np.argmin(distances))
    return country.admin1[index] if distances[index] <= NEAREST_MAX_KM else None
