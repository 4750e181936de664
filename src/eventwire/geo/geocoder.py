"""Candidate lookup: every gazetteer entry a place name could mean, best matches first."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from rapidfuzz import fuzz, process

from eventwire.countries import country_by_name
from eventwire.geo.acled_admins import AcledAdmins
from eventwire.geo.density import EventDensity
from eventwire.geo.embedded import EPONYM_MIN_RATIO
from eventwire.geo.gazetteer import Gazetteer, GazetteerEntry
from eventwire.geo.names import admin_key, admin_skeleton, name_key, skeleton_key, unit_key
from eventwire.records import Place, PlaceMention

if TYPE_CHECKING:
    from eventwire.geo.resolve import GeoContext

# How a candidate's name matched the mention, strongest first.
EXACT, ADMIN_NAME, VARIANT, FUZZY = "exact", "admin", "variant", "fuzzy"
MATCH_ORDER = {EXACT: 0, ADMIN_NAME: 1, VARIANT: 2, FUZZY: 3}
# Fuzzy matches need this rapidfuzz ``ratio`` (0–100) against a name key of the same country.
# Tuned with benchmarks/geo/tune_geo.py on Niger's training places (NE.txt imported, our ACLED
# places removed): 100→88 adds 4.3 points resolved and 1.6 points within 25 km; going down to 80
# adds 14 more points resolved but only 1.7 more correct, i.e. mostly wrong villages.
FUZZY_MIN_RATIO = 88
# Names shorter than this are never fuzzy-matched: "Ali" is one edit away from too many places.
FUZZY_MIN_LENGTH = 5
# Admin unit names are few per country and mostly far apart in spelling, so a looser match is used
# there, on spelling skeletons: "Idleb"/"Idlib" and "Al-Hasakeh"/"Al-Hasakah" pass; only used for
# names the story gives besides the place (the "region named" benchmark rows).
ADMIN_MIN_RATIO = 80
CACHE_SIZE = 100_000
# "elwak": one word opened by the article "al"/"el" and at least 3 more letters; "el wak": the article apart
_JOINED_ARTICLE = re.compile(r"^(al|el)(\w{3,})$")
_ARTICLE_APART = re.compile(r"^(?:al|el) \w")


@dataclass(frozen=True)
class Candidate:
    """A gazetteer entry a mention may refer to, and how its name matched."""

    entry: GazetteerEntry
    match: str  # exact | admin | variant | fuzzy
    similarity: float  # 0–100, 100 for exact matches
    main_name: bool = True  # matched the entry's own name, not one of its alternate names

    @property
    def population_weight(self) -> float:
        return math.log10(self.entry.population + 1)


class Geocoder:
    """Looks names up in one gazetteer. Holds per-country name lists for fuzzy matching."""

    def __init__(self, gazetteer: Gazetteer, cache_size: int = CACHE_SIZE, fuzzy_min_ratio: float = FUZZY_MIN_RATIO):
        self.gazetteer = gazetteer
        self.fuzzy_min_ratio = fuzzy_min_ratio
        self._lookup = lru_cache(maxsize=cache_size)(self._lookup_uncached)
        self._country_keys = lru_cache(maxsize=300)(gazetteer.keys_in_country)
        self._admin_units = lru_cache(maxsize=300)(self._admin_units_uncached)
        self._units_by_key: dict[str, list[tuple[str, str]]] | None = None
        self.acled_admins = AcledAdmins.load()  # ACLED's spelling of admin1 names, for output
        self.event_density = EventDensity.load()  # where training events happen, to break namesake ties

    def __reduce__(self):
        """Pickled without its caches, so it can be shipped to worker processes."""
        return (Geocoder, (self.gazetteer, self._lookup.cache_parameters()["maxsize"], self.fuzzy_min_ratio))

    @classmethod
    def open(cls, path=None) -> "Geocoder":
        """A geocoder over the gazetteer at ``path`` (default: the user's, built on first use)."""
        return cls(Gazetteer.open(path))

    def candidates(self, name: str, country_iso3: str | None = None, limit: int = 10) -> list[Candidate]:
        """Candidates for ``name``, in the country when one is given (others only if it has none).

        ``country_iso3`` may also be a country name or ISO2 code ("Mali", "ML").
        """
        return list(self._lookup(name_key(name), _iso3(country_iso3))[:limit])

    def resolve(self, mentions: Sequence[PlaceMention], context: "GeoContext") -> Place | None:
        """The place the mentions mean in this context, or None (see ``eventwire.geo.resolve.resolve``)."""
        from eventwire.geo.resolve import resolve

        return resolve(mentions, context, self)

    def admin_candidates(self, name: str, country_iso3: str | None) -> list[Candidate]:
        """Admin units (ADM1/ADM2) this name may mean, spelling-tolerant ("Idleb" → Idlib), largest first."""
        country_iso3 = _iso3(country_iso3)
        exact = [c for c in self.candidates(name, country_iso3, limit=20) if c.entry.feature_class == "A"]
        exact = [c for c in exact if c.match != FUZZY and (country_iso3 is None or c.entry.iso3 == country_iso3)]
        if exact or country_iso3 is None:
            return exact
        units = self._admin_units(country_iso3)
        wanted = admin_skeleton(name)
        found = process.extract(wanted, list(units), scorer=fuzz.ratio, score_cutoff=ADMIN_MIN_RATIO, limit=3)
        return [Candidate(units[key], FUZZY, similarity) for key, similarity, _ in found]

    def unlisted_unit_candidates(self, name: str, countries: Sequence[str]) -> list[Candidate]:
        """The first-level units holding a second-level unit so named that the places table lacks ("Donga-Mantung"
        division, "Hodan" district, "West Gojjam" zone: no town of theirs carries their code, so no row places
        them), in the given countries when any is given. The unit is known only by its code's first-level unit."""
        if self._units_by_key is None:
            self._units_by_key = {}
            for iso2, admin1_code, unit in self.gazetteer.second_level_unit_names():
                self._units_by_key.setdefault(unit_key(unit), []).append((iso2, admin1_code))
        found = []
        for iso2, admin1_code in dict.fromkeys(self._units_by_key.get(unit_key(name), ())):
            entry = self.gazetteer.first_level_unit(iso2, admin1_code)
            if entry is not None and (not countries or entry.iso3 in countries):
                found.append(Candidate(entry, ADMIN_NAME, 100.0))
        return found

    def _admin_units_uncached(self, iso3: str) -> dict[str, GazetteerEntry]:
        units: dict[str, GazetteerEntry] = {}
        for entry in sorted(self.gazetteer.admin_units(iso3), key=lambda e: (e.feature_code, -e.population)):
            units.setdefault(admin_skeleton(entry.name), entry)
        return units

    def _lookup_uncached(self, key: str, iso3: str | None) -> tuple[Candidate, ...]:
        if not key:
            return ()
        tiers = (self._exact, self._admin_name, self._variants, self._fuzzy)
        for tier in tiers:
            found = [c for c in tier(key, iso3) if iso3 is None or c.entry.iso3 == iso3]
            if found:
                return tuple(_ordered(found))
        if iso3 is None:
            return ()
        return tuple(_ordered(self._exact(key, None)))  # nothing in the hinted country: say what exists elsewhere

    def _exact(self, key: str, iso3: str | None) -> list[Candidate]:
        found = self.gazetteer.by_key(key)
        return [Candidate(e, EXACT, 100.0, main or _seat_of_a_unit_so_named(e, found)) for e, main in found]

    def _admin_name(self, key: str, iso3: str | None) -> list[Candidate]:
        """"Sahel Region", "Region du Sahel" → the admin unit "Sahel"."""
        bare = admin_key(key)
        if bare == key:
            return []
        return [Candidate(e, ADMIN_NAME, 100.0, main) for e, main in self.gazetteer.by_key(bare)]

    def _variants(self, key: str, iso3: str | None) -> list[Candidate]:
        skeleton = skeleton_key(key)
        if len(skeleton) <= 2:
            return []
        found = [Candidate(e, VARIANT, 95.0, main) for e, main in self.gazetteer.by_skeleton(skeleton)]
        return found or self._article_joined(key)

    def _article_joined(self, key: str) -> list[Candidate]:
        """"Elwak" for "El Wak", "Alfashir" for "Al Fashir": an Arabic article written joined to the name finds a
        place whose own name writes it apart (only such a place: "Elmina" is no "Mina")."""
        joined = _JOINED_ARTICLE.match(key)
        if joined is None:
            return []
        apart = skeleton_key(f"{joined.group(1)} {joined.group(2)}")
        return [Candidate(e, VARIANT, 95.0, main) for e, main in self.gazetteer.by_skeleton(apart)
                if _ARTICLE_APART.match(name_key(e.name)) or _ARTICLE_APART.match(name_key(e.asciiname or ""))]

    def _fuzzy(self, key: str, iso3: str | None) -> list[Candidate]:
        if iso3 is None or len(key) < FUZZY_MIN_LENGTH:
            return []
        matches = process.extract(key, self._country_keys(iso3), scorer=fuzz.ratio, score_cutoff=self.fuzzy_min_ratio, limit=5)
        found = []
        for matched_key, similarity, _index in matches:
            found.extend(Candidate(e, FUZZY, similarity, main) for e, main in self.gazetteer.by_key(matched_key))
        return found


# A unit lies at its seat's point (``embedded.admin_rows``); GeoNames' points of one town differ by less than this
SEAT_POINT_DEGREES = 0.01


def _seat_of_a_unit_so_named(entry: GazetteerEntry, found: list[tuple[GazetteerEntry, bool]]) -> bool:
    """Whether the town is the seat of an admin unit whose own name is the one written, a respelling of the town's:
    "Jenin" is only an alternate name of GeoNames' town "Janīn", but the main name of the governorate seated there,
    so it is the town's common name as surely as the unit's (and no Polish hamlet whose main name it is outranks it
    for that). A unit named otherwise than its seat ("Andarab" seated at Banu) lends the town no name."""
    return entry.feature_class == "P" and any(
        main and unit.feature_class == "A" and unit.iso3 == entry.iso3
        and fuzz.ratio(admin_skeleton(unit.name), admin_skeleton(entry.name)) >= EPONYM_MIN_RATIO
        and abs(unit.latitude - entry.latitude) < SEAT_POINT_DEGREES
        and abs(unit.longitude - entry.longitude) < SEAT_POINT_DEGREES
        for unit, main in found)


def _iso3(country: str | None) -> str | None:
    if not country or (len(country) == 3 and country.isupper()):
        return country or None
    found = country_by_name(country)
    return found.iso3 if found else None


def _ordered(candidates: list[Candidate]) -> list[Candidate]:
    """Best match first, then populated places before the rest, then larger first; one per entry."""
    class_rank = {"P": 0, "A": 1, "H": 2}
    unique = {c.entry.id: c for c in sorted(candidates, key=lambda c: (c.similarity, c.main_name))}
    return sorted(
        unique.values(),
        key=lambda c: (MATCH_ORDER[c.match], -c.similarity, class_rank.get(c.entry.feature_class, 3), -c.entry.population),
    )
