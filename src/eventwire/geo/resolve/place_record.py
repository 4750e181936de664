"""The ``Place`` record for a chosen entry (or a country alone), with the story's own spellings of the
location and of the admin1 unit where they are ours spelt another way."""

from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from rapidfuzz import fuzz

from eventwire.countries import country_by_iso
from eventwire.geo.acled_admins import SPELLING_MIN_RATIO, AcledAdmins
from eventwire.geo.geocoder import EXACT, VARIANT, Candidate, Geocoder
from eventwire.geo.names import admin_skeleton, display_admin1_name, display_admin_name, name_key, written_ascii
from eventwire.records import Place


PRECISION_OF_CUE = {"in": 1, "dateline": 1, "near": 2, "destination": 2, "region": 3, "border": 3, "country": 3}


def place_from_entry(candidate: Candidate, cue: str, written: str | None = None, admins: AcledAdmins | None = None) -> Place:
    """The record for a chosen entry. ``written`` is the mention as the story spells it: when it is one
    of the entry's recorded alternate names ("Indelimane" for GeoNames' "I-n-Déliman"), that news
    spelling, in ASCII, is the location (it is what ACLED's coders write)."""
    entry = candidate.entry
    precision = PRECISION_OF_CUE.get(cue, 1)
    if entry.feature_class == "A":
        precision = max(precision, 3 if entry.feature_code in ("ADM1", "PCLI") else 2)
    country = country_by_iso(entry.iso3)
    location = entry.asciiname or entry.name
    if written and _is_recorded_spelling(candidate, written) and entry.feature_class != "A":
        location = written_ascii(written)
    admin1 = display_admin1_name(entry.admin1) or None
    if admins is not None:
        admin1 = admins.admin1(entry.iso3, admin1, entry.latitude, entry.longitude)
    return Place(
        country=country.name if country else None, iso3=entry.iso3 or None,
        admin1=admin1, admin2=display_admin_name(entry.admin2) or None,
        admin3=entry.admin3 or None,
        location=display_admin_name(location) if entry.feature_class == "A" else location,
        latitude=round(entry.latitude, 4), longitude=round(entry.longitude, 4),
        geonameid=entry.geonameid, geo_precision=precision, feature_code=entry.feature_code or None,
    )


def _is_recorded_spelling(candidate: Candidate, written: str) -> bool:
    """The story's spelling is one of the entry's own names (main or alternate) or a transliteration
    variant of one ("Ar-Raqqa" for "Ar Raqqah", "Belet Weyne" for "Beledweyne"), written normally
    (not in capitals), so it can stand as the location: ACLED, like the story, writes anglicised names.
    A fuzzy match is not: the story may have misspelt another place."""
    return candidate.match in (EXACT, VARIANT) and not written.isupper() and name_key(written) != ""


def country_place(iso3: str, geocoder: Geocoder) -> Place | None:
    """A country-only mention: the country's representative point, geo_precision 3."""
    country = country_by_iso(iso3)
    point = geocoder.gazetteer.country_point(iso3)
    if country is None:
        return None
    latitude, longitude = point if point else (None, None)
    return Place(country=country.name, iso3=iso3, location=country.name, latitude=latitude,
                 longitude=longitude, geonameid=None, geo_precision=3, feature_code="PCLI")


def with_admin1_as_written(place: Place | None, names: Sequence[str], geocoder: Geocoder) -> Place | None:
    """The place with its admin1 in the story's own spelling of that unit, when it is a spelling variant
    of ours ("Idleb countryside" → "Idleb", not GeoNames' "Idlib"; "Misrata" for "Misratah").

    Not a translation ("North-West" stays "Nord-Ouest", the form ACLED uses in Cameroon), not a
    difference of case, hyphens or accents only (our naming rules decide those), and only for countries
    whose ACLED spellings we do not know (``AcledAdmins``): there ACLED's own name wins."""
    if place is None or not place.admin1 or geocoder.acled_admins.knows(place.iso3):
        return place
    for name in names:
        written = display_admin1_name(written_ascii(name))
        if _is_admin1_spelling_of(written, place.admin1) and _names_unit(name, place, geocoder):
            return dataclasses.replace(place, admin1=written)
    return place


_PLAIN_NAME = re.compile(r"^[A-Z][A-Za-z'\- ]+$")
# ACLED names French-speaking countries' units in French ("Nord-Ouest", "Est"); a story in English
# writes "North-West", "East": a translation, not a spelling, so our French name stays.
_FRENCH_POSITION = re.compile(r"\b(?:Nord|Sud|Est|Ouest|Centre|Haut|Haute|Bas|Basse|Extreme)\b")


def _is_admin1_spelling_of(written: str, ours: str) -> bool:
    """Another spelling of the same words, written as a name ("Idleb" of "Idlib", "Odessa" of "Odesa"):
    as many words, close letters, not only a difference of case or hyphens."""
    if not _PLAIN_NAME.match(written) or _FRENCH_POSITION.search(ours) or _folded(written) == _folded(ours):
        return False
    same_words = len(re.split(r"[\s-]+", written)) == len(re.split(r"[\s-]+", ours))
    return same_words and fuzz.ratio(_folded(written), _folded(ours)) >= SPELLING_MIN_RATIO


def _folded(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def _names_unit(name: str, place: Place, geocoder: Geocoder) -> bool:
    """Whether ``name`` is (a spelling of) the admin1 unit the place lies in."""
    units = geocoder.admin_candidates(name, place.iso3)[:1]
    return bool(units) and units[0].entry.feature_code == "ADM1" and (
        admin_skeleton(display_admin1_name(units[0].entry.name)) == admin_skeleton(place.admin1))
