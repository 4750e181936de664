"""Toponym resolution: pick the gazetteer entry a story's place mention means, or say none fits.

Each candidate gets a score from named, additive features (country agreement, feature class,
population, nearness to the story's other places, admin names the story also mentions); the best
one wins. Weights were set by hand; benchmarks/geo/tune_geo.py checks them on training places
(never on the dev sets), see docs/decisions/geo.md.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from typing import Sequence

from rapidfuzz import fuzz

from eventwire.countries import country_by_iso, country_by_name, find_countries
from eventwire.geo.acled_admins import SPELLING_MIN_RATIO, AcledAdmins
from eventwire.geo.context import (
    OVERRIDE_SCORE, PLACE_CUES, CountryVote, admin_name_country, group_countries, is_major, mention_country,
    place_mentions, text_admin_names, text_place_names, text_place_units,
)
from eventwire.geo.density import ALL, actor_family
from eventwire.geo.gazetteer import GazetteerEntry, documentation_rank
from eventwire.geo.geocoder import EXACT, FUZZY, VARIANT, ADMIN_NAME, Candidate, Geocoder
from eventwire.geo.names import (
    admin_skeleton, display_admin1_name, display_admin_name, name_key, name_parts, written_ascii,
)
from eventwire.records import Article, EventDraft, Place, PlaceMention, Span

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

PRECISION_OF_CUE = {"in": 1, "dateline": 1, "near": 2, "destination": 2, "region": 3, "border": 3, "country": 3}


@dataclass(frozen=True)
class GeoContext:
    """What the story says around a place mention."""

    country_hints: tuple[str, ...] = ()  # ISO3 codes or country names the story names
    dateline_place: str | None = None
    # The body points back at the dateline city ("fighting in the city", "the capital", or its name
    # again): only then may an event without another place be placed there.
    dateline_in_body: bool = False
    other_places: tuple[str, ...] = ()
    actor_countries: tuple[str, ...] = ()
    # Hints a coder would not second-guess: the dateline's country, a country written right after a
    # place ("Kidal, Mali"). Other hints (a demonym, an actor's nationality, a country named in
    # passing) yield to a place mention that clearly lies elsewhere (see ``with_event_country``).
    firm_hints: tuple[str, ...] = ()
    dateline_country: str | None = None  # the one firm hint that may yield (a bureau covers its neighbours)
    text_admins: tuple[str, ...] = ()  # admin names the article writes ("(Fada Ngourma, Gourma)")
    text_places: tuple[str, ...] = ()  # places it writes with their unit ("in Sinop, Mato Grosso")
    place_units: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (place key, the units the text puts it in)
    named_countries: tuple[str, ...] | None = None  # countries the text names by name (None: unknown)
    actor_country: str | None = None  # the country a single-country actor belongs to (last resort)
    actor_regions: tuple[str, ...] = ()  # countries where the regional groups among the actors act
    armed_group_countries: tuple[str, ...] = ()  # countries of the national and regional groups among them
    actor_family: str = ALL  # the family of armed groups among the actors (``density.FAMILIES``), else "all"
    # Keys of the draft's places the text writes as a settlement ("the town of X", "X, a village"): when the
    # gazetteer lacks one, the event is in that village, so the dateline city is a wrong place, not a vague one.
    written_settlements: frozenset[str] = frozenset()
    # Of those, the ones the text places by a direction or a border ("the southern village of X")
    settlements_placed_away: frozenset[str] = frozenset()
    # Admin names the text writes in a sentence with such a village ("X lies in the Seno province")
    settlement_units: tuple[str, ...] = ()


def _iso3_codes(names: Sequence[str]) -> tuple[str, ...]:
    codes = []
    for name in names:
        country = country_by_name(name) if name else None
        if country and country.iso3 not in codes:
            codes.append(country.iso3)
    return tuple(codes)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


@dataclass(frozen=True)
class _Story:
    """The context, resolved once: country codes, admin-name keys, points of the other places."""

    countries: tuple[str, ...]
    actor_countries: tuple[str, ...]
    admin_keys: frozenset[str]  # every other place name, as an admin key (cheap, may hold villages)
    named_admins: frozenset[str]  # the other names that are admin units of the story's country
    points: tuple[tuple[float, float], ...]
    # Admin units (skeletons) the text puts this very mention in ("Pati (Barwani, Madhya Pradesh)"):
    # a candidate outside all of them is a namesake elsewhere. Empty when the text says nothing.
    required_units: frozenset[str] = frozenset()
    family: str = ALL  # whose events' density breaks ties between namesakes (``density.actor_family``)


def _story(context: GeoContext, geocoder: Geocoder, exclude: str = "") -> _Story:
    countries = _iso3_codes(context.country_hints)
    country = countries[0] if countries else None
    others = [p for p in context.other_places if name_key(p) != name_key(exclude)]
    points = []
    for other in others:
        found = geocoder.candidates(other, country, limit=1)
        if found and (not countries or found[0].entry.iso3 in countries):
            points.append((found[0].entry.latitude, found[0].entry.longitude))
    named_admins = frozenset(
        admin_skeleton(c.entry.name) for p in others for c in geocoder.admin_candidates(p, country)[:1]
    ) if country else frozenset()
    keys = frozenset(admin_skeleton(p) for p in others) | named_admins
    required = _units_written_with(exclude, context, country, geocoder) if country else frozenset()
    return _Story(countries, _iso3_codes(context.actor_countries), keys, named_admins, tuple(points), required,
                  context.actor_family)


def _units_written_with(name: str, context: GeoContext, country: str, geocoder: Geocoder) -> frozenset[str]:
    """The admin1 units (skeletons) of ``country`` the text writes this place in, directly ("Pati
    (Barwani, Madhya Pradesh)") or through a second-level unit ("Shahpur (Poonch district)" → Jammu and
    Kashmir). Only admin1 is required: GeoNames' second-level codes are less reliable (many Burkinabe
    villages carry the next province's code), and every unit a written name may mean counts."""
    written = [unit for key, units in context.place_units if key == name_key(name) for unit in units]
    if _written_as_unit(name, context):
        written.append(name)  # "in Benito Juarez, Nuevo Leon": Nuevo Leon lies in (is) the unit Nuevo Leon
    found = [c.entry for unit in written for c in geocoder.admin_candidates(unit, country) if c.match != FUZZY]
    return frozenset(admin_skeleton(e.admin1) for e in found if e.iso3 == country and e.feature_code in _UNIT_LEVELS and e.admin1)


def _written_as_unit(name: str, context: GeoContext) -> bool:
    """Whether the text writes this name as the unit of another place ("X, Nuevo Leon", "X (Y, Borno)")."""
    return any(name_key(unit) == name_key(name) for _place, units in context.place_units for unit in units)


_UNIT_LEVELS = frozenset({"ADM1", "ADM2", "ACLED"})  # ACLED entries of class A are admin1/admin2 units


def _in_required_units(candidate: Candidate, story: _Story) -> bool:
    """Whether the candidate lies in (or is) an admin1 unit the text puts the mention in, when it names any."""
    if not story.required_units:
        return True
    return admin_skeleton(candidate.entry.admin1) in story.required_units


def countryless_story(context: GeoContext, geocoder: Geocoder, exclude: str = "") -> _Story:
    """The story's context with no country assumed (to let the places themselves say where they are)."""
    return _story(dataclasses.replace(context, country_hints=()), geocoder, exclude)


def _fits_named_admins(candidate: Candidate, story: _Story) -> bool:
    """A fuzzy match must lie in the region the story names, when it names one
    ("Koutougou, Sahel region" is not Koudougou in Centre-Ouest)."""
    if candidate.match != FUZZY or not story.named_admins:
        return True
    return bool(story.named_admins & {admin_skeleton(candidate.entry.admin1), admin_skeleton(candidate.entry.admin2)})


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


def _best(mention: PlaceMention, geocoder: Geocoder, story: _Story) -> tuple[Candidate, float] | None:
    hint = _iso3_codes([mention.country_hint]) if mention.country_hint else ()
    country = (hint or story.countries or (None,))[0]
    found = [
        c for c in geocoder.candidates(mention.name, country, CANDIDATE_LIMIT)
        if _fits_named_admins(c, story) and _in_required_units(c, story)
    ]
    scored = [(c, score(c, mention.cue, story)) for c in found]
    if country is not None and country not in story.countries:
        scored = [(c, s + (SAME_COUNTRY if c.entry.iso3 == country else 0.0)) for c, s in scored]
    scored = [(c, s) for c, s in scored if s >= MIN_SCORE]
    if not scored or _ambiguous_guess(scored):
        return None
    best = max(scored, key=lambda pair: pair[1])
    chosen = _densest_of_ties(scored, story, geocoder)
    return chosen if chosen is not best else _best_documented_of_equals(scored, best, mention.name)


def _ambiguous_guess(scored: list[tuple[Candidate, float]]) -> bool:
    """Whether the best candidate is a spelling-tolerant guess that another guess, as close in spelling and
    in score, contradicts in another admin1 ("Boulgouma" → "Boulgoumo" or "Boulgoumi"): a missing place beats a wrong one."""
    best, best_score = max(scored, key=lambda pair: pair[1])
    if best.match != FUZZY:
        return False
    return any(
        c.match == FUZZY and c.similarity == best.similarity and s >= best_score - TIE_MARGIN
        and c.entry.iso3 == best.entry.iso3 and admin_skeleton(c.entry.admin1) != admin_skeleton(best.entry.admin1)
        for c, s in scored
    )


# Candidates of one name in the best one's country scoring within this of it are a tie the story does not
# break: the main name (+1) or a populated-place code (+1.5 over a Sahel "campement", S.CMP) say little
# about which of two villages a report means. Tuned on held-out training places (tune_density.py).
TIE_MARGIN = 1.5
# The densest tied candidate must have at least this kernel-weighted number of training events around it.
MIN_TIE_DENSITY = 1.0
_SPELLED_AS_WRITTEN = frozenset({EXACT, VARIANT, ADMIN_NAME})


def _densest_of_ties(scored: list[tuple[Candidate, float]], story: _Story, geocoder: Geocoder
                     ) -> tuple[Candidate, float]:
    """The best candidate; among same-country namesakes it ties with in different admin1 units, and when
    the story favours none of them (no unit or nearby place of theirs), the one where events of the
    actors' family of armed groups are densest (``density.EventDensity``: a village name of two regions in a JNIM report).
    Only for such families: where events in general happen (cities, capitals) picked the wrong namesake
    more often than the scores alone on held-out training places (benchmarks/geo/RESULTS.md)."""
    best = max(scored, key=lambda pair: pair[1])
    tied = [
        (c, s) for c, s in scored
        if c.entry.iso3 == best[0].entry.iso3 and s >= best[1] - TIE_MARGIN and c.match in _SPELLED_AS_WRITTEN
    ]
    if best not in tied or len({admin_skeleton(c.entry.admin1) for c, _ in tied}) < 2:
        return best
    supported = any(_admin_in_story(c.entry, story) or _near_story_place(c.entry, story) for c, _ in tied)
    if story.family == ALL or supported:
        return best
    prior = geocoder.event_density
    for kernel_km in prior.kernel_steps:
        density = [prior.density(c.entry.latitude, c.entry.longitude, story.family, kernel_km) for c, _ in tied]
        if max(density) >= MIN_TIE_DENSITY:
            return tied[density.index(max(density))]
    return best


# Same-country candidates scoring within this of the best are equal on every piece of story evidence
# (each evidence feature is worth ≥ 0.5; population differences below this are a few dozen people).
# Checked on held-out training places (benchmarks/geo/tune_documented.py), not on a dev set.
EQUAL_SCORE_MARGIN = 0.1


def _best_documented_of_equals(scored: list[tuple[Candidate, float]], best: tuple[Candidate, float],
                               written: str) -> tuple[Candidate, float]:
    """Among same-country namesakes the story cannot tell apart, the better-documented gazetteer entry
    (``gazetteer.documentation_rank``: full admin codes, surveyed coordinates), then the one spelled
    exactly as written ("Koena" before "Koéna"); otherwise the best as scored."""
    equals = [
        (c, s) for c, s in scored
        if c.entry.iso3 == best[0].entry.iso3 and _kind(c.entry) == _kind(best[0].entry)
        and s >= best[1] - EQUAL_SCORE_MARGIN and c.match in _SPELLED_AS_WRITTEN
    ]
    if best not in equals or len(equals) < 2:
        return best

    def preference(pair: tuple[Candidate, float]) -> tuple[int, bool]:
        return documentation_rank(pair[0].entry), pair[0].entry.name == written

    preferred = max(equals, key=preference)
    return preferred if preference(preferred) > preference(best) else best


def _kind(entry: GazetteerEntry) -> str:
    """The feature class, a campement counting as a populated place: only namesakes of one kind are equals
    (a city and the region named after it tie on score but are not interchangeable)."""
    return "P" if entry.feature_code in POPULATED_SITE_CODES else entry.feature_class


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


@dataclass(frozen=True)
class _Resolved:
    """A mention and its best candidate, with what decides between mentions."""

    mention: PlaceMention
    candidate: Candidate
    score: float
    rank: int  # 0 for the mention extraction ranked first
    in_country: bool  # in a country the story is known to be about
    # in the admin unit the text writes this mention in ("X municipality, Pasco"), or a unit the text
    # writes for another place ("X, Nuevo Leon" for Nuevo Leon itself)
    in_written_unit: bool
    container: bool = False  # named like the admin unit another mention lies in ("in Oaxaca")
    stray: bool = False  # a fuzzy guess at the name, far from every place of the story spelled as written


def resolve(mentions: Sequence[PlaceMention], context: GeoContext, geocoder: Geocoder) -> Place | None:
    """The place the mentions (ranked, best first) most plausibly mean, or None when nothing fits.

    A mention in a hinted country beats an earlier one abroad; one the text writes inside an admin unit it
    lies in beats an earlier one without ("in X municipality, Pasco"); where the wounded were taken comes
    after every other place of the event ("evacuated to Niamey"); a mention named like the unit another
    one lies in comes last ("municipalities in Oaxaca"). With no country known and mentions in several
    countries, the best-fitting candidate wins rather than the first mention ("the Ilya crossroads in
    Sidon"). When no named place resolves, fall back to an admin unit the story names (geo_precision 2/3),
    then to the hinted country.
    """
    context = with_event_country(mentions, context, geocoder)
    found = [_resolve_one(mention, rank, context, geocoder) for rank, mention in enumerate(mentions)]
    resolved = _with_strays(_with_containers([item for item in found if item is not None]))
    resolved = _without_unnamed_countries(resolved, context)
    if resolved:
        by_score = not context.country_hints and len({r.candidate.entry.iso3 for r in resolved}) > 1
        chosen = max(resolved, key=lambda r: (r.in_country, r.mention.cue != "destination", r.in_written_unit,
                                              not r.container, not r.stray, r.score if by_score else -r.rank))
        place = place_from_entry(chosen.candidate, chosen.mention.cue, chosen.mention.name, geocoder.acled_admins)
    else:
        place = _fallback(mentions, context, geocoder)
    return with_admin1_as_written(place, [m.name for m in mentions] + list(context.other_places), geocoder)


def _without_unnamed_countries(resolved: list[_Resolved], context: GeoContext) -> list[_Resolved]:
    """With the story's country set by its dateline alone ("Bamenda, Cameroon") and no mention resolving
    there, a namesake in a country the story never names nor any actor belongs to ("Ndu" → Rundu, Namibia;
    "Donga" of "Donga-Mantung" → Benin) is a village the gazetteer lacks, not an event abroad: it is dropped,
    and the admin units or the country the story supports decide. A country written after a place is no
    such evidence ("Rafi, Niger" is Niger State, Nigeria)."""
    dateline_only = bool(context.dateline_country) and set(_iso3_codes(context.firm_hints)) == set(
        _iso3_codes([context.dateline_country]))
    if not dateline_only or context.named_countries is None or any(r.in_country for r in resolved):
        return resolved
    supported = set(_iso3_codes([*context.named_countries, *context.actor_countries]))
    # a capital or large city is a place abroad as written ("Mogadishu, the Somali capital"), not a namesake
    return [r for r in resolved if r.candidate.entry.iso3 in supported or is_major(r.candidate.entry)]


def _resolve_one(mention: PlaceMention, rank: int, context: GeoContext, geocoder: Geocoder) -> _Resolved | None:
    """One mention's best candidate (or that of the places its name is built from), if any fits."""
    if mention.cue == "country" or _names_a_country(mention):
        return None
    if mention.cue == "dateline" and not context.dateline_in_body:
        return None  # the dateline is where the reporter filed from: alone, it only lends its country
    story = _story(context, geocoder, exclude=mention.name)
    best = _best(mention, geocoder, story)
    if best is None:
        mention, best = _best_of_parts(mention, geocoder, context)
    if best is None:
        return None
    candidate, value = best
    in_written_unit = bool(story.required_units) and _in_required_units(candidate, story)
    in_country = candidate.entry.iso3 in _story_countries(context, mention)
    return _Resolved(mention, candidate, value, rank, in_country, in_written_unit)


def _with_containers(resolved: list[_Resolved]) -> list[_Resolved]:
    """Marks the mentions named like the admin1 or admin2 unit another resolved mention lies in
    ("municipalities in Oaxaca", "Tarmiyah, north of Baghdad" with Baghdad first, "Kaya, Sanmatenga
    province"): that unit is less precise than the place in it."""
    marked = []
    for item in resolved:
        others = {admin_skeleton(unit) for r in resolved if r is not item
                  for unit in (r.candidate.entry.admin1, r.candidate.entry.admin2) if unit}
        marked.append(dataclasses.replace(item, container=admin_skeleton(item.mention.name) in others))
    return marked


# "the village of X, near Y": X is near Y. A spelling-tolerant guess at X further than this from every
# place the story names as written contradicts the text and yields to them. Not tuned: the ~25 km of
# geo_precision 2 ("near a town", UCDP where_prec 2) in the coding rules.
FUZZY_ANCHOR_KM = 25.0


def _with_strays(resolved: list[_Resolved]) -> list[_Resolved]:
    """Marks fuzzy matches lying in another admin1 and further than ``FUZZY_ANCHOR_KM`` from every exact (or
    variant) match of the story's other mentions in the same country ("Tangassogo, near Kalbouli" is not a
    "Tangassoko" in the next region): the guess at a name loses to the places the text names for certain.
    In the anchor's own admin1 it stays ("a farm outside Tel Hamees in Hasakah province")."""
    anchors = [r.candidate.entry for r in resolved if r.candidate.match != FUZZY]
    return [dataclasses.replace(item, stray=_is_stray(item.candidate, anchors)) for item in resolved]


def _is_stray(candidate: Candidate, anchors: Sequence[GazetteerEntry]) -> bool:
    entry = candidate.entry
    same_country = [a for a in anchors if a.iso3 == entry.iso3]
    if candidate.match != FUZZY or not same_country:
        return False
    return all(
        admin_skeleton(a.admin1) != admin_skeleton(entry.admin1)
        and distance_km((entry.latitude, entry.longitude), (a.latitude, a.longitude)) > FUZZY_ANCHOR_KM
        for a in same_country
    )


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


def with_event_country(mentions: Sequence[PlaceMention], context: GeoContext, geocoder: Geocoder) -> GeoContext:
    """The context with the event's country settled, in order of trust: firm hints; the country the
    place mentions clearly lie in (over weaker hints when no mention has a candidate in those);
    with no hint and no resolvable mention, the country whose admin units the text names, then the actors'."""
    if context.firm_hints:
        return _beyond_the_dateline(mentions, context, geocoder) or context
    hinted = _iso3_codes(context.country_hints)
    inferred = mention_country(mentions, context, geocoder)
    admin_country = admin_name_country(context.text_admins, geocoder)
    if inferred is not None and admin_country not in (None, inferred.iso3):
        inferred = None  # "Sona (Gorom-Gorom, Oudalan)": a namesake abroad; the units named are Burkinabe
    if inferred is not None:
        if not hinted or (inferred.iso3 not in hinted and _overrules(inferred, hinted, context) and not _any_in(mentions, hinted, geocoder)):
            return dataclasses.replace(context, country_hints=(inferred.iso3,))
        return context
    if admin_country and admin_country not in hinted and not _any_in(mentions, hinted, geocoder):
        return dataclasses.replace(context, country_hints=(admin_country,))  # "near Tonga (Gorgadji, Seno)"
    if hinted or any(geocoder.candidates(m.name, None, limit=1) for m in mentions if m.cue in PLACE_CUES):
        return context  # places with namesakes in several countries: scoring decides, as before
    fallback = _regional_spelling_country(mentions, context, geocoder) or next(iter(_iso3_codes([context.actor_country or ""])), None)
    return dataclasses.replace(context, country_hints=(fallback,)) if fallback else context


def _beyond_the_dateline(mentions: Sequence[PlaceMention], context: GeoContext, geocoder: Geocoder) -> GeoContext | None:
    """A Jerusalem bureau's story of a raid "in Jenin", a Nairobi one's of fighting "in Mogadishu": when the
    dateline's country is the only firm hint and no place mention has a candidate there, a place that is, as
    written, a capital, admin seat or unit, or large city of one other country the text names by name puts the
    event in that country."""
    if not context.dateline_country or set(context.firm_hints) != {context.dateline_country}:
        return None
    dateline = _iso3_codes([context.dateline_country])
    if not dateline or _any_in(mentions, dateline, geocoder):
        return None
    named = [iso3 for iso3 in _iso3_codes(context.named_countries or ()) if iso3 not in dateline]
    seats = [iso3 for iso3 in named if _names_a_seat(mentions, iso3, geocoder)]
    if len(seats) != 1:
        return None
    return dataclasses.replace(context, country_hints=(seats[0],), firm_hints=(seats[0],))


_SEAT_CODES = frozenset({"PPLA2", "ADM1", "ADM2"})  # besides is_major's capitals, seats and large cities


def _names_a_seat(mentions: Sequence[PlaceMention], iso3: str, geocoder: Geocoder) -> bool:
    """Whether the event's first place and every other place found anywhere are, exactly as written, a
    capital, an admin seat or unit, or a large city of ``iso3`` ("Jenin" is a governorate and its seat; a
    village could be a namesake, and a story led by another place may name the seat only in passing)."""
    places = place_mentions(mentions)
    found = [m for m in places if geocoder.candidates(m.name, None, limit=1)]
    first_is_found = bool(found) and found[0] is places[0]
    return first_is_found and all(_is_seat_of(m.name, iso3, geocoder) for m in found)


def _is_seat_of(name: str, iso3: str, geocoder: Geocoder) -> bool:
    return any(
        c.entry.iso3 == iso3 and c.match == EXACT and (is_major(c.entry) or c.entry.feature_code in _SEAT_CODES)
        for c in geocoder.candidates(name, iso3, limit=5)
    )


def _overrules(vote: CountryVote, hinted: Sequence[str], context: GeoContext) -> bool:
    """Whether the places' country beats the hinted ones: a hint the text only gives as a demonym or an
    army's nationality yields to a well-scored exact name ("Turkish forces … in Idleb"); a country the
    text names, or where an armed group of the story acts (VDP, JNIM), yields only to a capital, seat or
    large city called so (a village missing at home often has a namesake abroad)."""
    supported = set(_iso3_codes([*(context.named_countries or ()), *context.armed_group_countries]))
    if context.named_countries is None or set(hinted) & supported:
        return vote.major and vote.own_name_score >= OVERRIDE_SCORE
    return vote.exact_score >= OVERRIDE_SCORE


def _regional_spelling_country(mentions: Sequence[PlaceMention], context: GeoContext, geocoder: Geocoder) -> str | None:
    """For a name found nowhere as written, the country of the actors' region where a spelling
    variant or close spelling of it exists ("Kompienbiga" by JNIM → Burkina Faso's Kompiembiga)."""
    places = place_mentions(mentions)
    found = [
        (c.similarity, iso3) for iso3 in _iso3_codes(context.actor_regions) for m in places
        for c in geocoder.candidates(m.name, iso3, limit=1) if c.entry.iso3 == iso3
    ]
    return max(found)[1] if found else None


def _any_in(mentions: Sequence[PlaceMention], countries: Sequence[str], geocoder: Geocoder) -> bool:
    """Whether some place mention has a candidate in one of ``countries``."""
    places = place_mentions(mentions)
    return any(c.entry.iso3 == iso3 for m in places for iso3 in countries for c in geocoder.candidates(m.name, iso3, limit=3))


def _names_a_country(mention: PlaceMention) -> bool:
    """"near the border with Niger": the country named is the neighbour, not the event's place."""
    return mention.cue in ("border", "near") and country_by_name(mention.name) is not None


def _best_of_parts(mention: PlaceMention, geocoder: Geocoder, context: GeoContext):
    """For a name the gazetteer lacks, the best of the places it is built from (see ``name_parts``)."""
    for part, cue in name_parts(mention.name):
        cue = cue if mention.cue == "in" else mention.cue
        derived = dataclasses.replace(mention, name=part, cue=cue)
        best = _best(derived, geocoder, _story(context, geocoder, exclude=mention.name))
        if best:
            return derived, best
    return mention, None


def _story_countries(context: GeoContext, mention: PlaceMention) -> tuple[str, ...]:
    return _iso3_codes([*context.country_hints, mention.country_hint or ""])


def _fallback(mentions: Sequence[PlaceMention], context: GeoContext, geocoder: Geocoder) -> Place | None:
    """Nearest admin unit the story supports, else the country; never coordinates we do not know."""
    countries = _iso3_codes([*context.country_hints, *(m.name for m in mentions if m.cue == "country")])
    unresolved = {name_key(m.name) for m in mentions}
    admin_names = [p for p in context.other_places if name_key(p) not in unresolved and not country_by_name(p)]
    town = _town_in_named_units(context, countries[0] if countries else None, geocoder)
    if town is not None:
        return town
    unit = _unit_the_story_names(admin_names, countries, geocoder)
    dateline_city = _dateline_city(context, countries, geocoder)
    if dateline_city is not None and any(name_key(m.name) in context.written_settlements for m in mentions):
        village_unit = _unit_the_story_names(context.settlement_units, countries, geocoder)
        dateline_city = _unless_placed_elsewhere(dateline_city, village_unit, mentions, context)
        unit = village_unit or unit
    if dateline_city is not None:
        return dateline_city
    return unit or (country_place(countries[0], geocoder) if countries else None)


def _unit_the_story_names(admin_names: Sequence[str], countries: Sequence[str], geocoder: Geocoder) -> Place | None:
    """The first admin unit the story writes that lies in its country (precision 2 for a district, 3 for a region)."""
    for other in admin_names:
        for candidate in geocoder.admin_candidates(other, countries[0] if countries else None):
            if not countries or candidate.entry.iso3 in countries:
                return place_from_entry(candidate, "in", admins=geocoder.acled_admins)
    return None


def _unless_placed_elsewhere(dateline_city: Place, unit: Place | None, mentions: Sequence[PlaceMention],
                             context: GeoContext) -> Place | None:
    """The dateline city for a village the gazetteer lacks, unless the story puts the village elsewhere: in
    an admin unit other than the city's, written in a sentence with the village ("Seytenga lies in the Seno
    province"; a unit written for another event of the story is no evidence), or by a direction or a
    border ("the southern village of X", "X, a town near the Algerian border"). The reporter's city is
    then a wrong place, not a vague one."""
    if unit is not None and admin_skeleton(unit.admin1 or "") != admin_skeleton(dateline_city.admin1 or ""):
        return None
    if any(name_key(m.name) in context.settlements_placed_away for m in mentions):
        return None
    return dateline_city


def _dateline_city(context: GeoContext, countries: Sequence[str], geocoder: Geocoder) -> Place | None:
    """When none of the draft's own places resolves ("the Elite Hotel", "Lido beach") and the body points
    back at the dateline city ("a seafront hotel in the capital"), the event is in that city."""
    if not context.dateline_in_body or not context.dateline_place:
        return None
    mention = PlaceMention(name=context.dateline_place, cue="dateline", span=Span(0, 0, ""))
    best = _best(mention, geocoder, _story(context, geocoder, exclude=context.dateline_place))
    if best is None or (countries and best[0].entry.iso3 not in countries):
        return None
    return place_from_entry(best[0], "dateline", context.dateline_place, geocoder.acled_admins)


def _town_in_named_units(context: GeoContext, iso3: str | None, geocoder: Geocoder) -> Place | None:
    """A town the article writes next to an admin unit it lies in: "in Sinop, Mato Grosso" (precision 1);
    "Kouilpagre (Arbinda, Soum)" with Kouilpagre unknown → Arbinda, in Soum, at precision 2 (around it),
    which is closer to the event than Soum's capital. Only a town inside a unit the story also names
    counts, so a namesake elsewhere cannot be picked."""
    units = {
        admin_skeleton(c.entry.name)
        for n in context.text_admins for c in geocoder.admin_candidates(n, iso3)[:1 if iso3 else 20]
    }
    named = [(name, "in") for name in context.text_places] + [(name, "near") for name in context.text_admins]
    for name, cue in named:
        for candidate in geocoder.candidates(name, iso3, limit=10):
            entry = candidate.entry
            in_named_unit = units & {admin_skeleton(entry.admin1), admin_skeleton(entry.admin2)} - {""}
            if (iso3 is None or entry.iso3 == iso3) and entry.feature_class == "P" and candidate.match in (EXACT, VARIANT) and in_named_unit:
                return place_from_entry(candidate, cue, name, geocoder.acled_admins)
    return None


def context_for(draft: EventDraft, article: Article | None) -> GeoContext:
    """The geo context of a draft: its country hints, the dateline, its other place mentions, the admin
    names the article writes, the actors' countries.

    A country named as a border or a neighbour ("near the border with Niger") is no hint: the event is
    on this side of it.
    """
    dateline = article.dateline if article else None
    places = [m for m in draft.place_mentions if not _names_a_country(m)]
    written = [m.country_hint or "" for m in place_mentions(places)]
    datelined = [dateline.country] if dateline and dateline.country else []
    firm = written + datelined
    # "Kidal, Mali" first; the dateline's country last, as the reporter may file from a neighbour
    hints = [*written, draft.country_hint or "", *datelined, *(m.name for m in places if m.cue == "country")]
    text_admins = text_admin_names(article.text) if article else ()
    settlements = _written_settlements(draft.place_mentions, article)
    return GeoContext(
        country_hints=tuple(h for h in hints if h and not _is_border_country(h, draft)),
        dateline_place=dateline.place if dateline else None,
        dateline_in_body=_body_refers_to_dateline(article),
        other_places=tuple(dict.fromkeys([*(m.name for m in draft.place_mentions if m.cue != "dateline"), *text_admins])),
        actor_countries=_actor_countries(draft),
        actor_country=next(iter(_actor_countries(draft, regional=False)), None),
        actor_regions=group_countries(_actors(draft), regional=True),
        armed_group_countries=(*group_countries(_actors(draft)), *group_countries(_actors(draft), regional=True)),
        actor_family=actor_family(_actors(draft)),
        firm_hints=tuple(h for h in firm if h),
        dateline_country=dateline.country if dateline and dateline.country else None,
        text_admins=text_admins,
        text_places=text_place_names(article.text) if article else (),
        place_units=text_place_units(article.text) if article else (),
        named_countries=_named_countries(article.text) if article else None,
        written_settlements=settlements,
        settlements_placed_away=_settlements_placed_away(draft.place_mentions, article),
        settlement_units=_units_beside_settlements(draft.place_mentions, article, text_admins, settlements),
    )


_SETTLEMENT_WORD = r"(?:village|town|hamlet|locality|settlement|commune|community)"
# "the (southern) town of X", "X village"/"X town" and "X, a (small) village": the writer calls X a settlement
_SETTLEMENT_BEFORE = re.compile(rf"\b{_SETTLEMENT_WORD} of (?:the )?$", re.IGNORECASE)
_SETTLEMENT_AFTER = re.compile(rf"^(?:,? an? (?:[a-z-]+ ){{0,2}}|\s){_SETTLEMENT_WORD}\b", re.IGNORECASE)


def _written_settlements(mentions: Sequence[PlaceMention], article: Article | None) -> frozenset[str]:
    """Keys of the draft's "in"/"near" places that the article, anywhere, writes as a settlement."""
    if article is None:
        return frozenset()
    names = {m.name for m in mentions if m.cue in ("in", "near")}
    return frozenset(name_key(name) for name in names if _written_as_settlement(name, article.text))


def _written(name: str) -> re.Pattern[str]:
    """The place name as a whole word."""
    return re.compile(rf"\b{re.escape(name)}\b")


def _written_as_settlement(name: str, text: str) -> bool:
    """Whether the text calls the place a village or town, and never places it by the dateline city
    ("X, a village 30 km from the capital": then the dateline city stays the best point we know)."""
    found = list(_written(name).finditer(text))
    if any(_BY_THE_CITY.match(text, m.end(), m.end() + BY_THE_CITY_REACH) for m in found):
        return False
    return any(_SETTLEMENT_BEFORE.search(text[max(0, m.start() - 30):m.start()])
               or _SETTLEMENT_AFTER.match(text[m.end():m.end() + 40]) for m in found)


def _units_beside_settlements(mentions: Sequence[PlaceMention], article: Article | None,
                              text_admins: Sequence[str], settlements: frozenset[str]) -> tuple[str, ...]:
    """The admin names written in the same sentence as a village of the draft (``settlements``: "Seytenga lies
    in the Seno province"): the units the text ties to it, unlike those it writes for another event of the story."""
    if article is None:
        return ()
    names = [m.name for m in mentions if name_key(m.name) in settlements]
    sentences = [sentence for name in names for sentence in _sentences_naming(name, article.text)]
    return tuple(unit for unit in text_admins if any(unit in sentence for sentence in sentences))


def _sentences_naming(name: str, text: str) -> list[str]:
    written = _written(name)
    return [sentence for sentence in _SENTENCE_BREAK.split(text) if written.search(sentence)]


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n")


def _settlements_placed_away(mentions: Sequence[PlaceMention], article: Article | None) -> frozenset[str]:
    """Keys of the draft's places the article places by a direction or a border, in any sentence."""
    if article is None:
        return frozenset()
    names = {m.name for m in mentions if m.cue in ("in", "near")}
    return frozenset(name_key(name) for name in names if _placed_away(name, article.text))


def _placed_away(name: str, text: str) -> bool:
    for found in _written(name).finditer(text):
        before = text[max(0, found.start() - 40):found.start()]
        if _DIRECTION_BEFORE.search(before) or _AWAY_AFTER.match(text, found.end(), found.end() + BY_THE_CITY_REACH):
            return True
    return False


_COMPASS_ADJECTIVE = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern|remote|border"
# "the southern village of X", "the remote town of X"
_DIRECTION_BEFORE = re.compile(
    rf"\b(?:{_COMPASS_ADJECTIVE}) (?:[a-z]+ )?{_SETTLEMENT_WORD} of (?:the )?$", re.IGNORECASE)
# "X, a town near the Algerian border", "X in northern Burkina Faso"
_AWAY_AFTER = re.compile(rf"[^.;]*?\b(?:border|frontier|(?:{_COMPASS_ADJECTIVE}) [A-Z])")


# "X, a town on the outskirts of the capital", "X, some 20 km north of the city": placed by the dateline city
_BY_THE_CITY = re.compile(
    r"[^.;]*?\b(?:near|outside|from|of|around|to)\s+the\s+(?:[A-Z][a-z]+\s+)?(?:capital|city)\b(?!\s+of)"
)
BY_THE_CITY_REACH = 80  # characters after the name; one clause of a news sentence (not tuned)


_CITY_BACK_REFERENCE = re.compile(r"\bthe (?:[A-Z][a-z]+ )?(?:capital|city)\b(?! of)")


def _body_refers_to_dateline(article: Article | None) -> bool:
    """Whether the text after the dateline names its city again or says "the city"/"the (Libyan) capital"."""
    if article is None or article.dateline is None or not article.dateline.place:
        return False
    body = article.text[article.dateline.span.end:]
    city = re.compile(rf"\b{re.escape(article.dateline.place)}\b", re.IGNORECASE)
    return bool(city.search(body) or _CITY_BACK_REFERENCE.search(body))


def _named_countries(text: str) -> tuple[str, ...]:
    """Countries the text names by name or alias, not only by demonym ("Malian soldiers")."""
    found = []
    for country, start, end in find_countries(text):
        if text[start:end].lower() not in {d.lower() for d in country.demonyms} and country.name not in found:
            found.append(country.name)
    return tuple(found)


def _is_border_country(hint: str, draft: EventDraft) -> bool:
    """A hint that only comes from a border/neighbour mention of that country."""
    named = [m for m in draft.place_mentions if name_key(m.name) == name_key(hint) or name_key(m.country_hint or "") == name_key(hint)]
    return bool(named) and all(_names_a_country(m) for m in named) and name_key(draft.country_hint or "") != name_key(hint)


def _actors(draft: EventDraft) -> list[str]:
    return [a for a in (draft.actor1, draft.actor2, draft.assoc_actor_1, draft.assoc_actor_2) if a]


def _actor_countries(draft: EventDraft, regional: bool = True) -> tuple[str, ...]:
    """Countries of the actors, national armed groups first, armies last (they also fight abroad),
    then (with ``regional``) the countries where the regional groups named act."""
    actors = _actors(draft)
    civil = " ; ".join(a for a in actors if not a.startswith("Military Forces of"))
    armies = " ; ".join(a for a in actors if a.startswith("Military Forces of"))
    named = [c.name for text in (civil, armies) for c, _s, _e in find_countries(text)]
    regions = group_countries(actors, regional=True) if regional else ()
    return tuple(dict.fromkeys([*group_countries(actors), *named, *regions]))


def geocode_draft(draft: EventDraft, article: Article | None, geocoder: Geocoder) -> EventDraft:
    """The draft with ``place`` filled from its place mentions (or None when nothing resolves).

    The dateline only contributes its country: it says where the reporter filed from ("Bamako"),
    not where a roadside bomb went off, so a draft without place mentions gets its country (precision 3),
    unless the body points back at that city ("clashes across the city", "the Libyan capital").
    """
    mentions = tuple(_with_compass_word(_with_name_tail(_without_owner_country(m), article, geocoder), article,
                                        geocoder) for m in draft.place_mentions)
    context = with_dateline_city_country(context_for(draft, article), article, geocoder)
    place = resolve(_coder_note_first(mentions, article), context, geocoder)
    return dataclasses.replace(draft, place=place)


def with_dateline_city_country(context: GeoContext, article: Article | None, geocoder: Geocoder) -> GeoContext:
    """"Bamenda, Feb 16 –": a dateline without its country still names it when the city is a capital, a
    first-level seat or a large city of one country only (not "Tripoli": Libya's and Lebanon's). The story
    is then read as if it were datelined "Bamenda, Cameroon" (a firm hint that may yield, as any dateline's)."""
    dateline = article.dateline if article else None
    if dateline is None or dateline.country or not dateline.place:
        return context
    iso3 = _country_of_major_city(dateline.place, geocoder)
    if iso3 is None:
        return context
    return dataclasses.replace(context, country_hints=(*context.country_hints, iso3),
                               firm_hints=(*context.firm_hints, iso3), dateline_country=iso3)


def _country_of_major_city(name: str, geocoder: Geocoder) -> str | None:
    candidates = geocoder.candidates(name, None, limit=10)
    countries = {c.entry.iso3 for c in candidates if c.match == EXACT and is_major(c.entry)}
    return countries.pop() if len(countries) == 1 else None


# ACLED's coders say which place they filed an event under: "(coded as Gorom-Gorom at geoprecision 2)",
# "coded to Arbinda". ``extract.places`` finds the name; the words before it and the precision after it are here.
_CODER_NOTE_BEFORE = re.compile(r"(?i)\b(?:geo-?)?coded (?:as|to|at|under) (?:the )?(?:\w+ of )?$")
_CODER_NOTE_PRECISION = re.compile(r"(?i)^[^.;]{0,60}?\bgeo-?precision (?:code )?([123])\b")
_CUE_OF_PRECISION = {"1": "in", "2": "near", "3": "region"}


def _coder_note_first(mentions: Sequence[PlaceMention], article: Article | None) -> tuple[PlaceMention, ...]:
    """The place a coder's note names ("the village of Wendoloba … (coded as Kalbouli at geoprecision 2)")
    comes first, with the precision the note gives: it is the place the event is filed under, whatever
    other villages the report names."""
    if article is None:
        return tuple(mentions)
    noted = [_as_coder_note(m, article.text) for m in mentions]
    notes = [note for note in noted if note is not None]
    return tuple(notes + [m for m, note in zip(mentions, noted) if note is None])


def _as_coder_note(mention: PlaceMention, text: str) -> PlaceMention | None:
    """The mention with the note's precision as its cue, when a coder's note names it; else None."""
    if text[mention.span.start:mention.span.end] != mention.name:
        return None
    if not _CODER_NOTE_BEFORE.search(text[max(0, mention.span.start - 40):mention.span.start]):
        return None
    precision = _CODER_NOTE_PRECISION.match(text[mention.span.end:mention.span.end + 80])
    return dataclasses.replace(mention, cue=_CUE_OF_PRECISION[precision.group(1)]) if precision else mention


_COMPASS_BEFORE = re.compile(r"\b(North|South|East|West|Central|Upper|Lower)(?:ern)?[ -]$")


def _with_compass_word(mention: PlaceMention, article: Article | None, geocoder: Geocoder) -> PlaceMention:
    """"in North Sinai": extraction reads "Sinai" (a direction is usually not part of the name), but
    when the gazetteer knows the name with its direction word ("North Sinai", "South Kivu"), that is it."""
    if article is None or article.text[mention.span.start:mention.span.end] != mention.name:
        return mention
    before = _COMPASS_BEFORE.search(article.text[max(0, mention.span.start - 12):mention.span.start])
    if before is None:
        return mention
    whole = f"{before.group(0).strip().rstrip('-')} {mention.name}"
    if not any(c.match == EXACT for c in geocoder.candidates(whole, None, limit=3)):
        return mention
    start = mention.span.start - len(before.group(0))
    return dataclasses.replace(mention, name=whole, span=Span(start, mention.span.end, article.text[start:mention.span.end]))


_OWNER_COUNTRY = re.compile(r"^(?P<owner>[^\s'’]+)['’]s\s+(?=\S)")


def _without_owner_country(mention: PlaceMention) -> PlaceMention:
    """"Yemen's Hodeidah" (province), "Mali's Mopti": the place without the country that owns it. The owner
    is no stronger a country hint than before: the story's other evidence decides the country."""
    owner = _OWNER_COUNTRY.match(mention.name)
    if owner is None or country_by_name(owner.group("owner")) is None:
        return mention
    start = mention.span.start + owner.end()
    name = mention.name[owner.end():]
    return dataclasses.replace(mention, name=name, span=Span(start, mention.span.end, name))


# A lowercase connector and one or two capitalised words after a name: "Gaucha| do Norte",
# "Sao Goncalo| do Amarante", "Cerro| de Pasco" (extraction often stops at the connector).
_NAME_TAIL = re.compile(r"^ (?:do|da|dos|das|de|del|de la|de los|du|des|di) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")


def _with_name_tail(mention: PlaceMention, article: Article | None, geocoder: Geocoder) -> PlaceMention:
    """"in Gaucha do Norte, Mato Grosso": extraction reads "Gaucha"; when the gazetteer knows the name with
    its connector and following words as written, that is the place (not a "Gaucha" elsewhere)."""
    if article is None or article.text[mention.span.start:mention.span.end] != mention.name:
        return mention
    tail = _NAME_TAIL.match(article.text[mention.span.end:mention.span.end + 40])
    if tail is None:
        return mention
    for whole in _longest_first(mention.name, tail.group(0)):
        if any(c.match == EXACT for c in geocoder.candidates(whole, None, limit=3)):
            end = mention.span.start + len(whole)
            return dataclasses.replace(mention, name=whole, span=Span(mention.span.start, end, article.text[mention.span.start:end]))
    return mention


def _longest_first(name: str, tail: str) -> list[str]:
    """``("Sao", " do Amarante Sul")`` → "Sao do Amarante Sul", "Sao do Amarante" (never the bare connector)."""
    words = tail.split()
    return [f"{name} {' '.join(words[:cut])}" for cut in range(len(words), 1, -1)]
