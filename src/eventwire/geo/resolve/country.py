"""The event's country before its place is chosen: firm hints, the country the place mentions lie in,
the admin units the text writes, the actors; and the country a dateline city without one names."""

from __future__ import annotations

import dataclasses
from typing import Sequence

from eventwire.geo.context import (
    OVERRIDE_SCORE, PLACE_CUES, CountryVote, admin_name_country, is_major, mention_country, place_mentions,
)
from eventwire.geo.embedded import ACLED_PLACE
from eventwire.geo.gazetteer import GazetteerEntry
from eventwire.geo.geocoder import EXACT, FUZZY, Geocoder
from eventwire.geo.names import name_key
from eventwire.geo.resolve.scoring import CANDIDATE_LIMIT
from eventwire.geo.resolve.story import GeoContext, _iso3_codes
from eventwire.records import Article, PlaceMention


def with_event_country(mentions: Sequence[PlaceMention], context: GeoContext, geocoder: Geocoder) -> GeoContext:
    """The context with the event's country settled, in order of trust: firm hints; the country the
    place mentions clearly lie in (over weaker hints when no mention has a candidate in those);
    with no hint and no resolvable mention, the country whose admin units the text names, then the actors'."""
    coast = _coast_country(mentions, context, geocoder)
    if coast is not None:
        return dataclasses.replace(context, country_hints=(coast,), firm_hints=(coast,))
    if context.firm_hints:
        return _beyond_the_dateline(mentions, context, geocoder) or context
    hinted = _iso3_codes(context.country_hints)
    inferred = mention_country(mentions, context, geocoder)
    admin_country = admin_name_country(context.text_admins, geocoder)
    coded = None if hinted else _coded_conflict_country(mentions, geocoder)
    if coded is not None and admin_country in (None, coded) and _each_found_at_home(mentions, coded, geocoder):
        return dataclasses.replace(context, country_hints=(coded,))  # "insurgents attacked Palma", no country
    if inferred is not None and admin_country not in (None, inferred.iso3):
        inferred = None  # "Sona (Gorom-Gorom, Oudalan)": a namesake abroad; the units named are Burkinabe
    if inferred is not None:
        if not hinted or (inferred.iso3 not in hinted
                          and (_overrules(inferred, hinted, context) or _at_the_actors_home(inferred, context)
                               or _an_army_abroad(mentions, hinted, inferred, context, geocoder))
                          and not _held_at_home(mentions, hinted, inferred.iso3, context, geocoder)):
            return dataclasses.replace(context, country_hints=(inferred.iso3,))
        return context
    if admin_country and admin_country not in hinted and not _any_in(mentions, hinted, geocoder):
        return dataclasses.replace(context, country_hints=(admin_country,))  # "near Tonga (Gorgadji, Seno)"
    if hinted or any(geocoder.candidates(m.name, None, limit=1) for m in mentions if m.cue in PLACE_CUES):
        return context  # places with namesakes in several countries: scoring decides, as before
    fallback = _regional_spelling_country(mentions, context, geocoder) or next(iter(_iso3_codes([context.actor_country or ""])), None)
    return dataclasses.replace(context, country_hints=(fallback,)) if fallback else context


def _coast_country(mentions: Sequence[PlaceMention], context: GeoContext, geocoder: Geocoder) -> str | None:
    """"Somali pirates hijacked a Bangladeshi bulk carrier ... it anchored off Eyl", "coast guards fired on a boat
    off Zuwara ... bound for the Italian island of Lampedusa", "pirates fired on a fishing vessel off the coast of
    Bosaso ... naval forces patrolling from Djibouti": a ship attacked off a port is in that port's country's
    waters; the ship's flag, owner, destination and the navies sent name other countries. The port's country
    when its name, as written, lies in one country only (as a place's own name when it is one: Somalia's Eyl, not
    Mali's Yelimane, of which "Eyl" is an alternate name)."""
    for mention in mentions:
        if name_key(mention.name) not in context.coast_places:
            continue
        found = [c for c in geocoder.candidates(mention.name, None, limit=10) if c.match != FUZZY]
        countries = {c.entry.iso3 for c in found if c.match == EXACT and c.main_name} or {c.entry.iso3 for c in found}
        if len(countries) == 1:
            return countries.pop()
    return None


def _beyond_the_dateline(mentions: Sequence[PlaceMention], context: GeoContext, geocoder: Geocoder) -> GeoContext | None:
    """A Jerusalem bureau's story of a raid "in Jenin", a Nairobi one's of fighting "in Mogadishu": when the
    dateline's country is the only firm hint and no place mention has a candidate there, a place that is, as
    written, a capital, admin seat or unit, or large city of one other country the text names by name puts the
    event in that country."""
    if not context.dateline_country or set(context.firm_hints) != {context.dateline_country}:
        return None
    dateline = _iso3_codes([context.dateline_country])
    named_home = bool(set(dateline) & set(_iso3_codes(context.named_countries or ())))
    at_home = [m for m in mentions if named_home or not _capital_abroad(m, dateline, geocoder)]
    if not dateline or _any_in(at_home, dateline, geocoder, spelled_as_written=True):
        return None
    named = [iso3 for iso3 in _iso3_codes(context.named_countries or ()) if iso3 not in dateline]
    seats = [iso3 for iso3 in named if _names_a_seat(mentions, iso3, geocoder)]
    if named and not seats:
        # "ISLAMABAD – Iran's Revolutionary Guards fired missiles at Erbil": the attacker's country is named, the
        # place's is not
        seats = _voted_abroad(mentions, context, dateline, geocoder)
    if not named:
        # "militias burned homes in Nyala" from N'Djamena, "rebels entered Goma" from Kigali: the story names no
        # other country, and its first place is a seat in one country only, as every other place it names (a
        # village missing at home has namesakes abroad that are no seats: Beirut's "Shaqra")
        seats = [iso3 for iso3 in _seat_countries_of_first_place(mentions, geocoder, context.written_settlements)
                 if iso3 not in dateline]
        seats = [iso3 for iso3 in seats if _names_a_seat(mentions, iso3, geocoder)] or _voted_abroad(
            mentions, context, dateline, geocoder)
        if len(seats) > 1:
            return _without_dateline_hint(context, dateline)  # "GENEVA – clashes in Tripoli": Libya's or Lebanon's
    if len(seats) != 1:
        return None
    return dataclasses.replace(context, country_hints=(seats[0],), firm_hints=(seats[0],))


def _without_dateline_hint(context: GeoContext, dateline: Sequence[str]) -> GeoContext:
    """The story read as if it had no dateline: its places are seats abroad in several countries, none at home, so
    the scores decide between them (as for an undated story), not the bureau's country."""
    kept = tuple(h for h in context.country_hints if not set(_iso3_codes([h])) & set(dateline))
    return dataclasses.replace(context, country_hints=kept, firm_hints=())


def _capital_abroad(mention: PlaceMention, dateline: Sequence[str], geocoder: Geocoder) -> bool:
    """"WASHINGTON – a bomber struck near the hotel in Kabul": the name, exactly as written, is another country's
    capital, seat or large city and only a small namesake at home (Cabool, Missouri, also spelt Kabul), so it
    does not keep the story at home (asked only when the story never names the dateline's country: "Maputo –
    ... the town of Palma in northern Mozambique" is no Palma de Mallorca)."""
    found = [c.entry for c in geocoder.candidates(mention.name, None, limit=10) if c.match == EXACT]
    major_abroad = any(is_major(e) and e.iso3 not in dateline for e in found)
    if not major_abroad or any(is_major(e) for e in found if e.iso3 in dateline):
        return False
    return not any(_coded_conflict_place(c.entry) for iso3 in dateline
                   for c in geocoder.candidates(mention.name, iso3, limit=3) if c.match == EXACT)


def _coded_conflict_place(entry: GazetteerEntry) -> bool:
    """A place ACLED's coders placed events at (the embedded gazetteer's places from the training notes): "MAPUTO -
    insurgents attacked the town of Palma" keeps Mozambique's Palma, a conflict town, though the body never names
    Mozambique and Palma de Mallorca is a seat abroad."""
    return entry.feature_code == ACLED_PLACE


# A place ACLED's coders placed at least this many training events at is a conflict town, not a coder's one-off
# (Somalia's "Basra", coded 5 times, is no reason to move Iraq's Basra; Mozambique's Palma is coded 26 times).
# Set by hand from the coded names that are also a capital, seat or large city abroad (docs/decisions/geo.md).
MIN_CODED_EVENTS = 10
# Coded in several countries, the place with the most events decides when it has this many times the next one's.
CODED_LEAD = 3


def _coded_conflict_country(mentions: Sequence[PlaceMention], geocoder: Geocoder) -> str | None:
    """"Insurgents launched an attack on the district headquarters of Palma yesterday": a story that gives no
    country at all (no name, demonym, dateline or actor's home) about a town that is, spelt as written, a place
    ACLED's coders placed events at (``_coded_conflict_place``) in one country is about that country's town, not
    its larger namesake abroad where no conflict is coded (Palma de Mallorca). Reports of political violence happen
    where political violence happens; the same prior as an outlet's country, taken only when the text says nothing.
    The event's first place found as written decides, and only when every other place the story writes is found in
    that country too ("protesters in Valencia, 300 km from Caracas" is Venezuela's Valencia, not the Philippine
    town coded 13 times)."""
    for mention in place_mentions(mentions):
        found = [c.entry for c in geocoder.candidates(mention.name, None, CANDIDATE_LIMIT) if c.match == EXACT]
        if not found:
            continue
        events: dict[str, int] = {}
        for entry in found:
            if _coded_conflict_place(entry):
                events[entry.iso3] = max(events.get(entry.iso3, 0), entry.population)
        ranked = sorted(events.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < MIN_CODED_EVENTS:
            return None
        if len(ranked) > 1 and ranked[0][1] < CODED_LEAD * ranked[1][1]:
            return None
        return ranked[0][0]
    return None


def _each_found_at_home(mentions: Sequence[PlaceMention], iso3: str, geocoder: Geocoder) -> bool:
    """Whether every place mention found as written somewhere is found so in ``iso3`` too."""
    for mention in place_mentions(mentions):
        if any(c.entry.iso3 == iso3 and c.match != FUZZY for c in geocoder.candidates(mention.name, iso3, limit=3)):
            continue
        if any(c.match != FUZZY for c in geocoder.candidates(mention.name, None, limit=3)):
            return False
    return True


def _voted_abroad(mentions: Sequence[PlaceMention], context: GeoContext, dateline: Sequence[str],
                  geocoder: Geocoder) -> list[str]:
    """"GENEVA – an air strike hit the Tajoura detention centre east of Tripoli": the story's places, read with no
    country assumed, clearly lie in one other country, where one of them is a capital, a seat or a large city
    spelt as written (the same bar as a place that overrules a demonym's hint, ``_overrules``)."""
    vote = mention_country(mentions, context, geocoder)
    if vote is None or vote.iso3 in dateline or not (vote.major and vote.own_name_score >= OVERRIDE_SCORE):
        return []
    return [vote.iso3]


# Besides is_major's capitals, seats and large cities; a named base or crossing ("MILB", ``embedded.WRITTEN_KINDS``)
# lies in one country as surely: "BAGHDAD – drones struck the al-Tanf garrison" is in Syria
_SEAT_CODES = frozenset({"PPLA2", "ADM1", "ADM2", "MILB"})


def _names_a_seat(mentions: Sequence[PlaceMention], iso3: str, geocoder: Geocoder) -> bool:
    """Whether the event's first place and every other place found anywhere are, exactly as written, a
    capital, an admin seat or unit, or a large city of ``iso3`` ("Jenin" is a governorate and its seat; a
    village could be a namesake, and a story led by another place may name the seat only in passing)."""
    places = place_mentions(mentions)
    # a spelling variant abroad vetoes nothing: "doctors at al-Shifa" is no Algerian Chiffa
    found = [m for m in places if any(c.match == EXACT for c in geocoder.candidates(m.name, None, limit=3))]
    if not found:
        return False
    if found[0] is not places[0]:
        # "an air strike on the village of Let Yet Kone in Sagaing": a village no gazetteer has, then its region
        return _unit_written_after(places[0], found[0]) and all(_is_unit_of(m.name, iso3, geocoder) for m in found)
    return all(_is_seat_of(m.name, iso3, geocoder) for m in found)


UNIT_AFTER_VILLAGE_CHARS = 12  # ", in the " or " in ": a unit written right after the village it holds


def _unit_written_after(village: PlaceMention, unit: PlaceMention) -> bool:
    return 0 <= unit.span.start - village.span.end <= UNIT_AFTER_VILLAGE_CHARS


def _is_unit_of(name: str, iso3: str, geocoder: Geocoder) -> bool:
    """``name`` as written is an admin unit of ``iso3`` (a region or district, not a town that may be a namesake)."""
    return any(c.entry.iso3 == iso3 and c.match == EXACT and c.entry.feature_class == "A"
               for c in geocoder.candidates(name, iso3, limit=5))


def _is_seat_of(name: str, iso3: str, geocoder: Geocoder) -> bool:
    return any(
        c.entry.iso3 == iso3 and c.match == EXACT and (is_major(c.entry) or c.entry.feature_code in _SEAT_CODES)
        for c in geocoder.candidates(name, iso3, limit=5)
    )


def _overrules(vote: CountryVote, hinted: Sequence[str], context: GeoContext) -> bool:
    """Whether the places' country beats the hinted ones: a hint the text only gives as a demonym or an
    army's nationality yields to a well-scored exact name ("Turkish forces … in Idleb"); a country the
    text names, or where an armed group of the story acts (VDP, JNIM), yields only to a capital, seat or
    large city called so (a village missing at home often has a namesake abroad); a demonym yields to no hamlet
    abroad either ("the Central African army" and Bang, a town the gazetteer lacks, is no Indian hamlet)."""
    supported = set(_iso3_codes([*(context.named_countries or ()), *context.armed_group_countries]))
    if context.named_countries is None or set(hinted) & supported:
        return vote.major and vote.own_name_score >= OVERRIDE_SCORE
    return vote.exact_score >= OVERRIDE_SCORE and vote.town


def _at_the_actors_home(vote: CountryVote, context: GeoContext) -> bool:
    """"Houthi forces struck a tanker off Hodeidah ... in answer to the war in Gaza": the places vote for the one
    country every actor of the event belongs to, and no hint is firm (written after a place, or the dateline's): a
    country the story names elsewhere is the cause or the background of the act, not its place."""
    return not context.firm_hints and set(_iso3_codes(context.actor_countries)) == {vote.iso3}


# An army fights mostly at home: its country, with no candidate for the event's places, yields to a place abroad
# only when that place scores one unit (about an order of magnitude of population) above a bare override
# (``OVERRIDE_SCORE``). Set by hand on training notes: two notes of an army at home (Iraq's, Myanmar's) whose village
# is found only abroad, in China and Indonesia, score 4.4 and 4.5; the towns of armies abroad (Bakhmut, Sinjar, Jisr
# ash-Shugur) score 5.3 and more.
ARMY_ABROAD_SCORE = 5.0


def _an_army_abroad(mentions: Sequence[PlaceMention], hinted: Sequence[str], vote: CountryVote, context: GeoContext,
                    geocoder: Geocoder) -> bool:
    """"Russian forces said they had taken the last blocks of Bakhmut, which Russia calls Artemovsk", "Russian jets
    struck the outskirts of Jisr ash-Shugur", "Turkish jets struck PKK positions in the Sinjar district ... in Iran's
    direction": the hinted country is only the home of an actor of the event (its army fights abroad; not a national
    armed group, which acts at home), no hint is firm, and no place the event names has a candidate there, not even
    a close spelling, so the event cannot be placed there; the places' clear vote for another country, where one is
    found as written or in a spelling variant (not a close spelling) scoring ``ARMY_ABROAD_SCORE``, places it. When the
    text also names the hinted country, only if the event's first place is found so in the voted country: "the
    Lebanese army said suicide bombers struck the village of al-Qaa near Lebanon's border ... fighting around Qusayr"
    is a village missing at home, not Syria's Qusayr. Nor when the places abroad are hamlets only (``CountryVote.town``):
    "Central African soldiers clashed with rebels in Bang" is a town the gazetteer lacks, not an Indian hamlet."""
    if not (vote.written_score >= ARMY_ABROAD_SCORE and vote.town and _only_an_actors_home(hinted, context)
            and not _any_in(mentions, hinted, geocoder)):
        return False
    return _only_a_nationality(hinted, context) or _first_place_written_in(mentions, vote.iso3, geocoder)


def _first_place_written_in(mentions: Sequence[PlaceMention], iso3: str, geocoder: Geocoder) -> bool:
    """Whether the first place mention is found in ``iso3`` as written or in a spelling variant."""
    places = place_mentions(mentions)
    return bool(places) and any(c.entry.iso3 == iso3 and c.match != FUZZY
                                for c in geocoder.candidates(places[0].name, iso3, limit=3))


def _only_an_actors_home(hinted: Sequence[str], context: GeoContext) -> bool:
    """No hint is firm, and every hinted country is the home of an actor of the event but of no national armed group."""
    actors = set(_iso3_codes(context.actor_countries))
    return (not context.firm_hints and set(hinted) <= actors
            and not set(hinted) & set(_iso3_codes(context.armed_group_countries)))


def _held_at_home(mentions: Sequence[PlaceMention], hinted: Sequence[str], voted: str, context: GeoContext,
                  geocoder: Geocoder) -> bool:
    """Whether a place mention keeps the hinted country although the places vote for another (``voted``). A country
    the text names, or an armed group's, is kept by any mention with a candidate there (a village missing at home
    often has a namesake abroad), but not by a close spelling at home of a name the voted country has exactly as
    written ("six French aid workers were shot near Koure, 60 km from Niamey ... France said": Niger's Koure, not
    Brittany's Coray). A hint written only as a nationality ("Israeli jets struck Aitaroun and Kfar Kila",
    "fighting near the Chinese border in Shan state") is the attacker's or a neighbour's, not a place: the
    places' own clear vote (``mention_country``, which already weighs every namesake at home) decides."""
    if _only_a_nationality(hinted, context):
        return False
    return _any_in([m for m in mentions if not _exact_in(m, voted, geocoder)], hinted, geocoder) or _any_in(
        mentions, hinted, geocoder, spelled_as_written=True)


def _exact_in(mention: PlaceMention, iso3: str, geocoder: Geocoder) -> bool:
    """Whether the gazetteer has the mention's name, exactly as written, in the country ``iso3``."""
    return any(c.entry.iso3 == iso3 and c.match == EXACT for c in geocoder.candidates(mention.name, iso3, limit=3))


def _only_a_nationality(hinted: Sequence[str], context: GeoContext) -> bool:
    """The hinted countries are written only as demonyms: never named by name, no armed group's home, no firm hint."""
    if context.named_countries is None or context.firm_hints:
        return False
    supported = set(_iso3_codes([*context.named_countries, *context.armed_group_countries]))
    return not set(hinted) & supported


def _regional_spelling_country(mentions: Sequence[PlaceMention], context: GeoContext, geocoder: Geocoder) -> str | None:
    """For a name found nowhere as written, the country of the actors' region where a spelling
    variant or close spelling of it exists ("Kompienbiga" by JNIM → Burkina Faso's Kompiembiga)."""
    places = place_mentions(mentions)
    found = [
        (c.similarity, iso3) for iso3 in _iso3_codes(context.actor_regions) for m in places
        for c in geocoder.candidates(m.name, iso3, limit=1) if c.entry.iso3 == iso3
    ]
    return max(found)[1] if found else None


def _any_in(mentions: Sequence[PlaceMention], countries: Sequence[str], geocoder: Geocoder,
            spelled_as_written: bool = False) -> bool:
    """Whether some place mention has a candidate in one of ``countries`` (only a name spelt so, not a close
    spelling, when ``spelled_as_written``: "El Fasher" is no "El Asher" in the bureau's Egypt)."""
    places = [m for m in place_mentions(mentions) if not _major_abroad_variant_at_home(m, countries, geocoder)]
    return any(c.entry.iso3 == iso3 and not (spelled_as_written and c.match == FUZZY)
               for m in places for iso3 in countries for c in geocoder.candidates(m.name, iso3, limit=3))


def _major_abroad_variant_at_home(mention: PlaceMention, countries: Sequence[str], geocoder: Geocoder) -> bool:
    """"a suicide bomber struck a police station in Bannu" (a city of a million in Pakistan; a hamlet spelt "Banu" in
    the hinted Afghanistan), "a drone struck a car in Tyre" from a Jerusalem bureau (Lebanon's city; Israel's
    "Tira"s spelt close): the name is, exactly as written, a capital, seat or large city of another country and only
    a spelling variant at home, so it keeps nothing at home."""
    found = geocoder.candidates(mention.name, None, limit=10)
    if not any(c.match == EXACT and is_major(c.entry) and c.entry.iso3 not in countries for c in found):
        return False
    return not any(c.match == EXACT and c.entry.iso3 == iso3
                   for iso3 in countries for c in geocoder.candidates(mention.name, iso3, limit=3))


def _seat_countries_of_first_place(mentions: Sequence[PlaceMention], geocoder: Geocoder,
                                   settlements: frozenset[str] = frozenset()) -> list[str]:
    """The countries where the first place mention found as written is a capital, a seat or unit, or a large city;
    when it is found in several countries, or the text calls it a village or town (``settlements``: "near the
    village of Pakur", a district seat in India, in a story from Juba), only a capital, a first-level seat or a large
    city counts ("Goma", not the Yemeni district named like Syria's town of As Sukhnah)."""
    for mention in place_mentions(mentions):
        found = [c.entry for c in geocoder.candidates(mention.name, None, limit=10) if c.match != FUZZY]
        if len({e.iso3 for e in found}) > 1 or name_key(mention.name) in settlements:
            return list(dict.fromkeys(e.iso3 for e in found if is_major(e)))
        if found:
            return list(dict.fromkeys(e.iso3 for e in found if is_major(e) or e.feature_code in _SEAT_CODES))
    return []


def _all_found_in(mentions: Sequence[PlaceMention], iso3: str, geocoder: Geocoder) -> bool:
    """Whether every place mention found as written somewhere has a candidate so written in ``iso3``."""
    for mention in place_mentions(mentions):
        found = [c for c in geocoder.candidates(mention.name, None, limit=10) if c.match != FUZZY]
        if found and not any(c.entry.iso3 == iso3 for c in found):
            return False
    return True


def _countries_of_first_place(mentions: Sequence[PlaceMention], geocoder: Geocoder) -> list[str]:
    """The countries where the first place mention found as written lies."""
    for mention in place_mentions(mentions):
        found = [c.entry.iso3 for c in geocoder.candidates(mention.name, None, limit=10) if c.match != FUZZY]
        if found:
            return list(dict.fromkeys(found))
    return []


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
    """The one country where ``name`` is, exactly, a capital, a first-level seat or a large city, or a town named
    like a first-level unit of its country (the gazetteer records "Tillaberi", the region's seat, as a plain town)."""
    candidates = [c for c in geocoder.candidates(name, None, limit=10) if c.match == EXACT]
    unit_countries = {c.entry.iso3 for c in candidates if c.entry.feature_code == "ADM1"}
    countries = {c.entry.iso3 for c in candidates
                 if is_major(c.entry) or (c.entry.feature_class == "P" and c.entry.iso3 in unit_countries)}
    return countries.pop() if len(countries) == 1 else None
