"""Which of an event's place mentions is the event's place: each mention's best candidate, then an order
between mentions (in the story's country, not a destination, in a unit the text writes, not a container
of another, not a stray guess), else the fallbacks."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Sequence

from eventwire.geo.context import is_major
from eventwire.geo.gazetteer import GazetteerEntry
from eventwire.geo.geocoder import FUZZY, Candidate, Geocoder
from eventwire.geo.names import admin_skeleton, name_key
from eventwire.geo.resolve.candidates import _best, _best_of_parts, _in_required_units
from eventwire.geo.resolve.country import with_event_country
from eventwire.geo.resolve.fallback import _dateline_city, _fallback
from eventwire.geo.resolve.place_record import place_from_entry, with_admin1_as_written
from eventwire.geo.resolve.story import (
    GeoContext, _iso3_codes, _names_a_country, _story, _story_countries, distance_km,
)
from eventwire.records import Place, PlaceMention


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
    part: bool = False  # found through a part of a name the gazetteer lacks ("Mayo" of "Mayo-Sava"): our guess
    # found through one town of a hyphenated pair the gazetteer lacks ("the Maiduguri-Damboa road", "the
    # Kabul-Kandahar highway"): a road or axis named by its ends, somewhere along it
    pair_end: bool = False


def resolve(mentions: Sequence[PlaceMention], context: GeoContext, geocoder: Geocoder) -> Place | None:
    """The place the mentions (ranked, best first) most plausibly mean, or None when nothing fits.

    A mention in a hinted country beats an earlier one abroad; one the text writes inside an admin unit it
    lies in beats an earlier one without ("in X municipality, Pasco"); where the wounded were taken comes
    after every other place of the event ("evacuated to Niamey"); a mention named like the unit another
    one lies in comes last ("municipalities in Oaxaca"). With no country known and mentions in several
    countries, the best-fitting candidate wins rather than the first mention ("the Ilya crossroads in
    Sidon"), a name found whole before one found through a part of a name the gazetteer lacks ("the Mora
    market, in the Mayo-Sava department": "Mayo" is our guess, and its namesake in Yukon no place the text
    writes). When no named place resolves, the town the event's sentence calls "the town" is tried
    (``GeoContext.referenced_settlement``), then the fallbacks: an admin unit the story names (geo_precision
    2/3), then the hinted country.
    """
    settled = with_event_country(mentions, context, geocoder)
    found = [_within_written_distance(_resolve_one(mention, rank, settled, geocoder), mention, rank, settled, geocoder)
             or _resolve_anchor(mention, rank, settled, geocoder) for rank, mention in enumerate(mentions)]
    resolved = _with_strays(_with_containers([item for item in found if item is not None], settled))
    resolved = _without_unnamed_countries(resolved, settled)
    resolved = _in_the_country_written(resolved, mentions)
    if not resolved and context.referenced_settlement is not None:
        # "a convoy leaving the besieged Amarula hotel was ambushed as it left the town": the town named before
        return resolve([*mentions, context.referenced_settlement],
                       dataclasses.replace(context, referenced_settlement=None), geocoder)
    home = _dateline_over_destinations(resolved, mentions, settled, geocoder)
    if home is not None:
        place = home
    elif resolved:
        by_score = not settled.country_hints and len({r.candidate.entry.iso3 for r in resolved}) > 1
        chosen = max(resolved, key=lambda r: (r.in_country, r.mention.cue != "destination", r.in_written_unit,
                                              not r.container, not r.stray, not r.pair_end,
                                              (not r.part, r.score) if by_score else (True, -r.rank)))
        chosen = _district_at_its_town(chosen, geocoder)
        place = _village_unit_over_region(chosen, found, mentions, settled, geocoder) or place_from_entry(
            chosen.candidate, chosen.mention.cue, chosen.mention.name, geocoder.acled_admins)
    else:
        place = _fallback(mentions, settled, geocoder)
    return with_admin1_as_written(place, [m.name for m in mentions] + list(settled.other_places), geocoder)


def _dateline_over_destinations(resolved: Sequence[_Resolved], mentions: Sequence[PlaceMention], context: GeoContext,
                                geocoder: Geocoder) -> Place | None:
    """"LNA warplanes bombed Mitiga airport, forcing flights to be diverted to Misrata", filed from Tripoli: when the
    only places that resolve are where people or planes were sent, the dateline city the body names again is the
    better guess, as it is when nothing resolves; only in the destinations' country (a Libya story filed from Tunis,
    its flights diverted to Misrata, is not in Tunis)."""
    if not resolved or any(r.mention.cue != "destination" for r in resolved):
        return None
    countries = _iso3_codes([*context.country_hints, *(m.name for m in mentions if m.cue == "country")])
    place = _dateline_city(context, countries, geocoder)
    if place is None or place.iso3 not in {r.candidate.entry.iso3 for r in resolved}:
        return None
    return place


def _village_unit_over_region(chosen: _Resolved, found: Sequence[_Resolved | None], mentions: Sequence[PlaceMention],
                              context: GeoContext, geocoder: Geocoder) -> Place | None:
    """"around the town of Barsalogho, in Burkina Faso's Centre-Nord region" with Barsalogho unknown, and "the
    Sahel" of "active across the Sahel" read as Burkina Faso's Sahel region: the unit written with the village
    the text names is where the event is, not another region the draft picked up (precision 2/3)."""
    if chosen.candidate.entry.feature_class != "A":
        return None
    villages = [m for m, f in zip(mentions, found) if _lacked(m, f) and name_key(m.name) in context.written_settlements]
    countries = _iso3_codes(context.country_hints)
    if not villages or not countries:
        return None
    unit = _unit_written_as_is(context.settlement_units, countries[0], geocoder)
    if unit is None or admin_skeleton(unit.entry.admin1) == admin_skeleton(chosen.candidate.entry.admin1):
        return None
    return place_from_entry(unit, "in", admins=geocoder.acled_admins)


def _lacked(mention: PlaceMention, item: _Resolved | None) -> bool:
    """Whether the gazetteer lacks the mention as written: nothing found, or only the unit the text sets off beside
    it ("the village of X, in Arunachal Pradesh state"), which stands for it."""
    return item is None or (item.mention.cue == "region" and item.mention.span != mention.span)


# A district's town lies this close to the district's point at most: second-level units are a few tens of km
# across (Ituri's territories up to ~150 km); not tuned, checked on training notes (docs/decisions/geo.md).
DISTRICT_TOWN_KM = 80.0


def _district_at_its_town(chosen: _Resolved, geocoder: Geocoder) -> _Resolved:
    """"a displacement site in Djugu territory", "a village in Chiure district": ACLED codes a second-level unit
    named like its town at that town (geo_precision 2), not at the unit's centre; its own point first."""
    entry = chosen.candidate.entry
    if chosen.mention.cue != "region":
        return chosen
    if entry.source == "acled" and name_key(entry.name) == name_key(entry.admin2) != name_key(entry.admin1):
        return dataclasses.replace(chosen, mention=dataclasses.replace(chosen.mention, cue="near"))  # its town's point
    if entry.feature_code == "ADM1":
        return _region_at_its_town(chosen, geocoder)
    if entry.feature_code != "ADM2":
        return chosen
    town = _town_named_as_unit(entry, geocoder, DISTRICT_TOWN_KM)
    if town is None:
        return chosen
    return dataclasses.replace(chosen, candidate=town, mention=dataclasses.replace(chosen.mention, cue="near"))


def _region_at_its_town(chosen: _Resolved, geocoder: Geocoder) -> _Resolved:
    """"jihadists killed 42 soldiers in the Menaka region": a region told alone is coded at its capital
    (geo_precision 3; ACLED's training rows code Zamfara at Gusau, Borno at Maiduguri, Diyala at Baquba), and
    a region named like a town of its own is mostly named after that town (Menaka, Segou, Tillaberi). The
    gazetteer's point for the unit is often its capital but may be its centre (Menaka's lies 86 km from the
    town). Only a GeoNames town counts: an ACLED place named like the unit ("Ituri", "Tanganyika", "Ondo") is
    where ACLED coded something else, not the capital; and a town much smaller than the place the unit's point
    stands for (its population) is a namesake, not the capital (Ondo, Nasarawa and Manica are not their states'
    capitals; Menaka and Tillaberi are). Checked on ACLED's training rows at geo_precision 3 (`docs/decisions/geo.md`,
    round fifteen)."""
    entry = chosen.candidate.entry
    town = _town_named_as_unit(entry, geocoder, max_km=None, acled_places=False)
    if town is None or town.entry.population < entry.population * REGION_TOWN_SHARE:
        return chosen
    return dataclasses.replace(chosen, candidate=town)


# A region's namesake town is its capital when it holds at least this share of the population the gazetteer gives
# the region's point (Menaka, Tillaberi ~0.75; Segou, Kassala 1.0); Ondo (0.51), Nasarawa (0.24) and Manica (0.10)
# are not their units' capitals. Judged on those six training cases, not swept.
REGION_TOWN_SHARE = 2 / 3


def _town_named_as_unit(entry: GazetteerEntry, geocoder: Geocoder, max_km: float | None,
                        acled_places: bool = True) -> Candidate | None:
    """The town of the unit's own name inside it (ACLED's point first, then the most populous), if any."""
    towns = [c for c in geocoder.candidates(entry.name, entry.iso3, limit=20)
             if c.match != FUZZY and c.entry.iso3 == entry.iso3
             and (c.entry.feature_class == "P" or (acled_places and c.entry.source == "acled"))
             and admin_skeleton(c.entry.admin1) == admin_skeleton(entry.admin1)
             and (max_km is None or distance_km((c.entry.latitude, c.entry.longitude),
                                                (entry.latitude, entry.longitude)) <= max_km)]
    return max(towns, key=lambda c: (c.entry.source == "acled", c.entry.population)) if towns else None


def _unit_written_as_is(names: Sequence[str], iso3: str, geocoder: Geocoder) -> Candidate | None:
    """The first of ``names`` that is an admin unit of the country as written (no spelling guess: "Mungya area"
    is not Myanmar's Myaungmya)."""
    for name in names:
        for candidate in geocoder.admin_candidates(name, iso3):
            if candidate.match != FUZZY and candidate.entry.iso3 == iso3:
                return candidate
    return None


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


def _in_the_country_written(resolved: list[_Resolved], mentions: Sequence[PlaceMention]) -> list[_Resolved]:
    """"Israeli strikes killed 38 people across the Gaza Strip as talks in Cairo stalled": when the event's own
    words name the country it happened in, a town abroad that the text wrote as no place of the event (talks
    held there, where the wounded were flown) is dropped, so the country decides."""
    written = {hint for m in mentions if m.cue == "country" for hint in _iso3_codes([m.country_hint or m.name])}
    if not written:
        return resolved
    return [r for r in resolved if r.mention.cue != "destination" or r.candidate.entry.iso3 in written]


def _resolve_one(mention: PlaceMention, rank: int, context: GeoContext, geocoder: Geocoder) -> _Resolved | None:
    """One mention's best candidate (or that of the places its name is built from), if any fits."""
    if mention.cue == "country" or _names_a_country(mention):
        return None
    if mention.cue == "dateline" and not context.dateline_in_body:
        return None  # the dateline is where the reporter filed from: alone, it only lends its country
    story = _story(context, geocoder, exclude=mention.name)
    best = _best(mention, geocoder, story)
    written = mention
    if best is None:
        mention, best = _best_of_parts(mention, geocoder, context)
    if best is None:
        return None
    candidate, value = best
    in_written_unit = bool(story.required_units) and _in_required_units(candidate, story)
    in_country = candidate.entry.iso3 in _story_countries(context, mention)
    part = mention is not written
    return _Resolved(mention, candidate, value, rank, in_country, in_written_unit, part=part,
                     pair_end=part and _HYPHENATED_PAIR.match(written.name) is not None)


# "Maiduguri-Damboa", "Kabul-Kandahar", "Pama-Madjoari": two capitalised names joined by a hyphen (no particle:
# "Tin-Hama", "Al-Qaim" are one name, and name_parts does not split them)
_HYPHENATED_PAIR = re.compile(r"^[A-Z][\w'’]{2,}(?:-[A-Z][\w'’]{2,})+$")


def _resolve_anchor(mention: PlaceMention, rank: int, context: GeoContext, geocoder: Geocoder) -> _Resolved | None:
    """A site the gazetteer lacks, placed by the text near a town it knows ("Zamzam, the camp south of El
    Fasher"): that town, at the site's rank, as "near" (geo_precision 2)."""
    anchor = dict(context.site_anchors).get(name_key(mention.name))
    return _resolve_one(anchor, rank, context, geocoder) if anchor is not None else None


# A place written "N km from Y" lies within N times this plus ``DISTANCE_MARGIN_KM`` of Y's point: writers round
# distances and measure them by road; a namesake farther away is another place (not tuned: "40 km west of El-Arish"
# and a namesake 200 km away are far apart on any reasonable setting).
DISTANCE_SLACK = 1.5
DISTANCE_MARGIN_KM = 25.0


def _within_written_distance(item: _Resolved | None, mention: PlaceMention, rank: int, context: GeoContext,
                             geocoder: Geocoder) -> _Resolved | None:
    """"al-Rawda, about 40 km west of El-Arish": the mention's place when it lies about that far from the town
    measured from; when the gazetteer lacks it (None) or has only a namesake farther away, that town, as "near"
    (geo_precision 2), in the mention's rank."""
    written = next(((a, km) for key, a, km in context.distance_anchors if key == name_key(mention.name)), None)
    if written is None:
        return item
    anchor, km = written
    town = _resolve_one(anchor, rank, context, geocoder)
    if town is None:
        return item
    if item is not None and _km_between(item.candidate, town.candidate) <= km * DISTANCE_SLACK + DISTANCE_MARGIN_KM:
        return item
    return town


def _km_between(a: Candidate, b: Candidate) -> float:
    return distance_km((a.entry.latitude, a.entry.longitude), (b.entry.latitude, b.entry.longitude))


def _with_containers(resolved: list[_Resolved], context: GeoContext) -> list[_Resolved]:
    """Marks the mentions named like the admin1 or admin2 unit another resolved mention lies in
    ("municipalities in Oaxaca", "Tarmiyah, north of Baghdad" with Baghdad first, "Kaya, Sanmatenga
    province"): that unit is less precise than the place in it."""
    marked = []
    for item in resolved:
        # a town that stands for a missing village ("at X, in Rutshuru territory") is no container of its own words
        rest = [r for r in resolved if r is not item and r.mention.span != item.mention.span]
        others = {admin_skeleton(unit) for r in rest for unit in (r.candidate.entry.admin1, r.candidate.entry.admin2) if unit}
        contains = any(_unit_holds(item.candidate.entry, r.candidate.entry) for r in rest)
        named_like_unit = admin_skeleton(item.mention.name) in others
        if named_like_unit and _written_as_city(item, context):
            # the city lies in the unit of its name, as surely as the towns the text writes in that unit
            in_unit = item.in_written_unit or any(
                r.in_written_unit and admin_skeleton(r.candidate.entry.admin1) == admin_skeleton(item.candidate.entry.admin1)
                for r in resolved if r is not item)
            marked.append(dataclasses.replace(item, container=contains, in_written_unit=in_unit))
        else:
            marked.append(dataclasses.replace(item, container=contains or named_like_unit))
    return [_with_units_of_container(item, marked, context) for item in marked]


def _written_as_city(item: _Resolved, context: GeoContext) -> bool:
    """"a mosque inside a military camp in the city of Marib ... clashes around Sirwah, in the west of Marib
    province", "the Sheikh Maqsoud neighbourhood of Aleppo ... fighting around Tal Rifaat": a town the text calls a
    city is that city, not the governorate of its name that holds the story's other places."""
    return item.candidate.entry.feature_class == "P" and name_key(item.mention.name) in context.written_cities


def _with_units_of_container(item: _Resolved, marked: list[_Resolved], context: GeoContext) -> _Resolved:
    """"the village of Lekuangole in Pibor county, Jonglei state", "protested in Jalawla in Khanaqin district,
    Diyala province": the units written for the county are the village's too (it lies in the county). A unit
    written as one beside the town ("around Barsalogho, in Burkina Faso's Centre-Nord region") holds it as
    surely, so the town is in a written unit even when the story names no other unit (a region "the Sahel" read
    elsewhere in the story then no longer wins by coming first). Such a unit holds every town of the event in it, not
    only the one it is written beside: "the town of Debre Markos in Ethiopia's Amhara region ... a drone strike outside
    Bichena, 70 km from Debre Markos" is at Bichena, the act's own town, also in Amhara."""
    if item.in_written_unit or item.container:
        return item
    entry = item.candidate.entry
    held_by_written = any(
        r.container and (r.in_written_unit or _beside_a_town(r, marked, context)) and r.candidate.entry.iso3 == entry.iso3
        and admin_skeleton(r.candidate.entry.admin1) == admin_skeleton(entry.admin1)
        and (admin_skeleton(r.mention.name) in {admin_skeleton(entry.admin1), admin_skeleton(entry.admin2)}
             or _unit_holds(r.candidate.entry, entry))
        for r in marked if r is not item)
    return dataclasses.replace(item, in_written_unit=True) if held_by_written else item


def _beside_a_town(unit: _Resolved, marked: list[_Resolved], context: GeoContext) -> bool:
    """Whether the text writes ``unit`` beside one of the event's towns as that settlement's unit."""
    return any(_written_beside(town, unit, context) for town in marked if town is not unit)


def _written_beside(town: _Resolved, unit: _Resolved, context: GeoContext) -> bool:
    """Whether the text writes ``unit`` beside ``town`` as a settlement's unit ("the town of Barsalogho, in the
    Centre-Nord region"; ``GeoContext.settlement_units``), not only elsewhere in the story ("Makhmour ... strikes
    in the Erbil region" holds no Sulaymaniyah)."""
    if name_key(town.mention.name) not in context.written_settlements:
        return False
    units = {admin_skeleton(name) for name in context.settlement_units}
    return admin_skeleton(unit.candidate.entry.name) in units or admin_skeleton(unit.mention.name) in units


def _unit_holds(unit: GazetteerEntry, place: GazetteerEntry) -> bool:
    """Whether ``unit`` is a first- or second-level unit that ``place`` lies in, by GeoNames codes (the story's
    "North Darfur" is the gazetteer's "Northern Darfur", where El Fasher lies)."""
    if unit.id == place.id or unit.iso3 != place.iso3 or place.feature_code == unit.feature_code:
        return False
    if unit.feature_code == "ADM1":
        by_code = bool(unit.admin1_code) and unit.admin1_code == place.admin1_code and unit.iso2 == place.iso2
        return by_code or admin_skeleton(unit.name) == admin_skeleton(place.admin1)
    return unit.feature_code == "ADM2" and bool(unit.admin2_code) and (unit.admin1_code, unit.admin2_code) == (
        place.admin1_code, place.admin2_code)


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
