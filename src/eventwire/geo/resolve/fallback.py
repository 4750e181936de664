"""When no named place resolves: a town the text writes in a named unit, the unit itself, the dateline
city (unless the story puts its village elsewhere), else the country; never coordinates we do not know."""

from __future__ import annotations

from typing import Sequence

from eventwire.countries import country_by_name
from eventwire.geo.geocoder import EXACT, VARIANT, Geocoder
from eventwire.geo.names import admin_skeleton, name_key
from eventwire.geo.resolve.candidates import _best
from eventwire.geo.resolve.place_record import country_place, place_from_entry
from eventwire.geo.resolve.story import GeoContext, _iso3_codes, _story
from eventwire.records import Place, PlaceMention, Span


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
    if any(name_key(m.name) in context.written_settlements for m in mentions):
        # a village the gazetteer lacks lies in the unit written in its sentence, not in the story's first unit
        village_unit = _unit_the_story_names(context.settlement_units, countries, geocoder)
        if dateline_city is not None:
            dateline_city = _unless_placed_elsewhere(dateline_city, village_unit, mentions, context)
        unit = village_unit or unit
    if dateline_city is not None:
        return _unit_over_a_far_dateline(dateline_city, mentions, context, geocoder) or dateline_city
    return unit or (country_place(countries[0], geocoder) if countries else None)


# Cues of a place the event is near or spread over ("near Tabatol", "in the Wadi Horan valley"), not of a site
# inside a town ("at the Elite Hotel", "on Lido beach").
_AWAY_CUES = frozenset({"near", "region"})


def _unit_over_a_far_dateline(dateline_city: Place, mentions: Sequence[PlaceMention], context: GeoContext,
                              geocoder: Geocoder) -> Place | None:
    """"jets struck hideouts in the Wadi Horan valley" filed from Baghdad, in a story about Anbar; "fighters attacked a
    unit near Tabatol, close to the border with Mali" filed from Niamey, in a story that names the Tillaberi region:
    a valley or a village near which the event happened, missing from the gazetteer, is no site of the reporter's
    city; the admin unit the story names in the same country, in another admin1, is the honest coarser answer
    (geo_precision 2/3), the first the text writes as a unit ("Anbar province", "the Tillabéri region"). A site in the
    city ("at the Elite Hotel") keeps the city."""
    own = [m for m in mentions if m.cue not in ("country", "border", "dateline")]
    if not own or any(m.cue not in _AWAY_CUES for m in own):
        return None
    unit = _unit_the_story_names(context.worded_admins, [dateline_city.iso3], geocoder) if dateline_city.iso3 else None
    if unit is None:
        return None
    if admin_skeleton(unit.admin1 or "") == admin_skeleton(dateline_city.admin1 or ""):
        return None
    return unit


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
