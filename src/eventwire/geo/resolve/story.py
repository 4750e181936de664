"""What the story says around a place mention (``GeoContext``), and the same resolved once for scoring
(``_Story``: country codes, the admin names it writes, the points of its other places, the units it puts the
mention in)."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Sequence

from eventwire.countries import country_by_name
from eventwire.geo.density import ALL
from eventwire.geo.geocoder import FUZZY, Geocoder
from eventwire.geo.names import admin_skeleton, name_key
from eventwire.records import PlaceMention


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
    worded_admins: tuple[str, ...] = ()  # those of them written with a unit word ("Anbar province"), nearest first
    text_places: tuple[str, ...] = ()  # places it writes with their unit ("in Sinop, Mato Grosso")
    place_units: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (place key, the units the text puts it in)
    place_unit_phrases: tuple[tuple[str, tuple[str, ...]], ...] = ()  # the same, in a phrase: "X, in the state of Y"
    named_countries: tuple[str, ...] | None = None  # countries the text names by name (None: unknown)
    actor_country: str | None = None  # the country a single-country actor belongs to (last resort)
    actor_regions: tuple[str, ...] = ()  # countries where the regional groups among the actors act
    armed_group_countries: tuple[str, ...] = ()  # countries of the national and regional groups among them
    actor_family: str = ALL  # the family of armed groups among the actors (``density.FAMILIES``), else "all"
    # Keys of the draft's places the text writes as a settlement ("the town of X", "X, a village"): when the
    # gazetteer lacks one, the event is in that village, so the dateline city is a wrong place, not a vague one.
    written_settlements: frozenset[str] = frozenset()
    # Keys of the draft's places the text writes as a city ("the city of Marib", "Kirkuk city", "the Sheikh Maqsoud
    # neighbourhood of Aleppo"): the city, not the governorate of the same name that holds the story's other places
    written_cities: frozenset[str] = frozenset()
    # Of the settlements, the ones the text places by a direction or a border ("the southern village of X")
    settlements_placed_away: frozenset[str] = frozenset()
    # Admin names the text writes in a sentence with such a village ("X lies in the Seno province")
    settlement_units: tuple[str, ...] = ()
    # The town the event's sentence calls "the town" ("attacked the town's gendarmerie post"), named before it
    # ("the town of Seytenga"): the event's place when none of its own mentions resolves ("the Amarula hotel")
    referenced_settlement: PlaceMention | None = None
    # (key of a draft's place, the town the text places it by: "Zamzam, the camp south of El Fasher"): where
    # the event is when the gazetteer lacks the site itself
    site_anchors: tuple[tuple[str, PlaceMention], ...] = ()
    # (key of a draft's place, the town the text measures it from, the distance written in km): "al-Rawda, about
    # 40 km west of El-Arish"; a namesake of the place farther from that town is not the place meant
    distance_anchors: tuple[tuple[str, PlaceMention, float], ...] = ()
    # Keys of a draft's places written as where a ship was at sea: "struck off Hodeidah", "off the coast of Bosaso"
    coast_places: frozenset[str] = frozenset()


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
    written = [unit for key, units in (*context.place_units, *context.place_unit_phrases) if key == name_key(name)
               for unit in units]
    if _written_as_unit(name, context):
        written.append(name)  # "in Benito Juarez, Nuevo Leon": Nuevo Leon lies in (is) the unit Nuevo Leon
    found = [c.entry for unit in written for c in geocoder.admin_candidates(unit, country) if c.match != FUZZY]
    return frozenset(admin_skeleton(e.admin1) for e in found if e.iso3 == country and e.feature_code in _UNIT_LEVELS and e.admin1)


def _written_as_unit(name: str, context: GeoContext) -> bool:
    """Whether the text writes this name as the unit of another place ("X, Nuevo Leon", "X (Y, Borno)")."""
    return any(name_key(unit) == name_key(name) for _place, units in context.place_units for unit in units)


_UNIT_LEVELS = frozenset({"ADM1", "ADM2", "ACLED"})  # ACLED entries of class A are admin1/admin2 units


def countryless_story(context: GeoContext, geocoder: Geocoder, exclude: str = "") -> _Story:
    """The story's context with no country assumed (to let the places themselves say where they are)."""
    return _story(dataclasses.replace(context, country_hints=()), geocoder, exclude)


def _names_a_country(mention: PlaceMention) -> bool:
    """"near the border with Niger": the country named is the neighbour, not the event's place."""
    return mention.cue in ("border", "near") and country_by_name(mention.name) is not None


def _story_countries(context: GeoContext, mention: PlaceMention) -> tuple[str, ...]:
    return _iso3_codes([*context.country_hints, mention.country_hint or ""])
