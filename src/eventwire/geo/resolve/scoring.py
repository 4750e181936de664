"""How well one gazetteer candidate fits a mention and its story: additive, named weights.

Weights were set by hand; benchmarks/geo/tune_geo.py checks them on training places (never on the dev sets),
see docs/decisions/geo.md.
"""

from __future__ import annotations

from eventwire.geo.gazetteer import GazetteerEntry
from eventwire.geo.geocoder import ADMIN_NAME, EXACT, FUZZY, VARIANT, Candidate
from eventwire.geo.names import admin_skeleton
from eventwire.geo.resolve.story import _Story, distance_km


# Score weights (log-population is ~0–7, so these are in "orders of magnitude of population").
SAME_COUNTRY = 6.0  # a candidate in a country the story names
ACTOR_COUNTRY = 2.0  # a candidate in the country of an actor ("Malian soldiers")
OTHER_COUNTRY = -6.0  # a candidate outside every hinted country
MATCH_BONUS = {EXACT: 2.0, ADMIN_NAME: 2.0, VARIANT: 1.0, FUZZY: 0.0}
MAIN_NAME_BONUS = 1.0  # "Koena" is the village named Koena before the one that lists it as a variant
CLASS_BONUS = {"P": 1.5, "A": 0.5, "H": 0.8, "T": 0.3, "L": 0.3}  # populated places first; Sahel wells (H) count
# West African pastoral settlements ("campements") are coded S.CMP in GeoNames: populated places, not sites.
POPULATED_SITE_CODES = frozenset({"CMP"})
SEAT_BONUS = {"PPLC": 1.5, "PPLA": 1.0, "PPLA2": 0.7, "PPLA3": 0.5}  # an admin seat before its namesakes
REGION_CUE_ADMIN_BONUS = 4.0  # "the X region" means the admin unit, not a village called X
ACLED_SOURCE_BONUS = 1.0  # ACLED's own spelling and coordinates for a place ACLED coded before
POPULATION_WEIGHT = 0.4
ADMIN_IN_STORY = 2.5  # the story also names the candidate's admin1 or admin2
NEAR_STORY_KM = 60.0  # candidates this close to another resolved place of the story get NEAR_BONUS
NEAR_BONUS = 2.0
# Candidates scored per mention: common village names ("Bani") have 20+ namesakes in the region.
CANDIDATE_LIMIT = 30
# A best score under this means no candidate fits (e.g. only a fuzzy match abroad).
MIN_SCORE = 1.0


def score(candidate: Candidate, cue: str, story: _Story) -> float:
    """How well a candidate fits the mention and the story (higher is better)."""
    entry = candidate.entry
    total = MATCH_BONUS[candidate.match] + _class_bonus(entry)
    total += MAIN_NAME_BONUS if candidate.main_name else 0.0
    total += SEAT_BONUS.get(entry.feature_code, 0.0)
    total += POPULATION_WEIGHT * candidate.population_weight
    total += ACLED_SOURCE_BONUS if entry.source == "acled" else 0.0
    if story.countries:
        total += SAME_COUNTRY if entry.iso3 in story.countries else OTHER_COUNTRY
    if entry.iso3 in story.actor_countries:
        total += ACTOR_COUNTRY
    if cue == "region" and entry.feature_class == "A":
        total += REGION_CUE_ADMIN_BONUS
    if _admin_in_story(entry, story):
        total += ADMIN_IN_STORY
    if _near_story_place(entry, story):
        total += NEAR_BONUS
    return total


def _class_bonus(entry: GazetteerEntry) -> float:
    if entry.feature_code in POPULATED_SITE_CODES:
        return CLASS_BONUS["P"]
    return CLASS_BONUS.get(entry.feature_class, 0.0)


def _admin_in_story(entry: GazetteerEntry, story: _Story) -> bool:
    """The story also names the entry's admin1 or admin2 unit."""
    return bool(story.admin_keys & {admin_skeleton(entry.admin1), admin_skeleton(entry.admin2)} - {""})


def _near_story_place(entry: GazetteerEntry, story: _Story) -> bool:
    """Another resolved place of the story lies within ``NEAR_STORY_KM``."""
    return any(distance_km((entry.latitude, entry.longitude), p) < NEAR_STORY_KM for p in story.points)
