"""One mention's best candidate: the gazetteer's candidates, filtered by the units the story writes,
scored, with ties broken (or the mention left unresolved); else the places its name is built from."""

from __future__ import annotations

import dataclasses
import re

from eventwire.geo.geocoder import FUZZY, Candidate, Geocoder
from eventwire.geo.names import admin_skeleton, french_compass_name, name_parts
from eventwire.geo.resolve.scoring import CANDIDATE_LIMIT, MIN_SCORE, SAME_COUNTRY, score
from eventwire.geo.resolve.story import GeoContext, _iso3_codes, _story, _Story, distance_km
from eventwire.geo.resolve.ties import (
    _ambiguous_guess, _best_documented_of_equals, _densest_of_ties, _own_name_over_alternate,
)
from eventwire.records import PlaceMention


def _in_required_units(candidate: Candidate, story: _Story) -> bool:
    """Whether the candidate lies in (or is) an admin1 unit the text puts the mention in, when it names any."""
    if not story.required_units:
        return True
    return admin_skeleton(candidate.entry.admin1) in story.required_units


def _fits_named_admins(candidate: Candidate, story: _Story) -> bool:
    """A fuzzy match must lie in the region the story names, when it names one
    ("Koutougou, Sahel region" is not Koudougou in Centre-Ouest)."""
    if candidate.match != FUZZY or not story.named_admins:
        return True
    return bool(story.named_admins & {admin_skeleton(candidate.entry.admin1), admin_skeleton(candidate.entry.admin2)})


def _best(mention: PlaceMention, geocoder: Geocoder, story: _Story) -> tuple[Candidate, float] | None:
    hint = _iso3_codes([mention.country_hint]) if mention.country_hint else ()
    country, found = _candidates_in_hinted_countries(mention.name, hint or story.countries, geocoder)
    if not found and mention.cue == "region":
        found = geocoder.unlisted_unit_candidates(mention.name, hint or story.countries)
    found = [c for c in found if _fits_named_admins(c, story) and _in_required_units(c, story)]
    scored = [(c, score(c, mention.cue, story)) for c in found]
    if country is not None and country not in story.countries:
        scored = [(c, s + (SAME_COUNTRY if c.entry.iso3 == country else 0.0)) for c, s in scored]
    scored = [(c, s) for c, s in scored if s >= MIN_SCORE]
    if not scored or _ambiguous_guess(scored):
        return None
    best = max(scored, key=lambda pair: pair[1])
    chosen = _densest_of_ties(scored, story, geocoder)
    chosen = chosen if chosen is not best else _best_documented_of_equals(scored, best, mention.name)
    return _own_name_over_alternate(scored, chosen)


def _candidates_in_hinted_countries(name: str, countries: tuple[str, ...], geocoder: Geocoder
                                    ) -> tuple[str | None, list[Candidate]]:
    """The candidates looked up in the first hinted country that has one of them ("Inates", a spelling of Niger's
    In-Ates, in a story hinted "Mali" by a demonym and "Niger" by its dateline); else those of the first country."""
    first = countries[0] if countries else None
    found = geocoder.candidates(name, first, CANDIDATE_LIMIT)
    if any(c.entry.iso3 == first for c in found):
        return first, found
    for country in countries:
        elsewhere = _in_country(name, country, geocoder) if country != first else _french_named_unit(name, country, geocoder)
        if elsewhere:
            return country, elsewhere
    return first, found


def _in_country(name: str, country: str, geocoder: Geocoder) -> list[Candidate]:
    """The candidates of ``name`` when one lies in ``country`` (else none), the unit's French name tried next."""
    found = geocoder.candidates(name, country, CANDIDATE_LIMIT)
    return found if any(c.entry.iso3 == country for c in found) else _french_named_unit(name, country, geocoder)


def _french_named_unit(name: str, country: str | None, geocoder: Geocoder) -> list[Candidate]:
    """"Burkina Faso's East region", "Cameroon's North-West": English news translates the compass words of units a
    French-speaking country names in French (Est, Nord-Ouest, Centre-Nord); the unit of that country so named."""
    french = french_compass_name(name)
    if country is None or french == name:
        return []
    return [c for c in geocoder.admin_candidates(french, country) if c.match != FUZZY and c.entry.iso3 == country]


def _best_of_parts(mention: PlaceMention, geocoder: Geocoder, context: GeoContext):
    """For a name the gazetteer lacks, the best of the places it is built from (see ``name_parts``)."""
    for part, cue in name_parts(mention.name):
        cue = cue if mention.cue == "in" else mention.cue
        derived = dataclasses.replace(mention, name=part, cue=cue)
        best = _best(derived, geocoder, _story(context, geocoder, exclude=mention.name))
        if best:
            return _owned_place(mention, derived, best, geocoder, context) or (derived, best)
    return mention, None


# "Kirkuk's Hawija district", "Hodeidah's Hays", "Aden's Sheikh Othman": a province or city, then a place it holds
_OWNED = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<owned>\S.*)$")
# The owned place lies within this distance of its owner's point (a province seat to its farthest district in the
# story sets we wrote: Hodeidah to Hays ~100 km; not tuned further).
OWNED_REACH_KM = 150.0


def _owned_place(mention: PlaceMention, owner: PlaceMention, owner_best: tuple[Candidate, float], geocoder: Geocoder,
                 context: GeoContext) -> tuple[PlaceMention, tuple[Candidate, float]] | None:
    """The place a possessive names inside its owner ("Kirkuk's Hawija" → Hawija, in Kirkuk), when the gazetteer has
    it, spelt as written, in the owner's admin1 and near it; else None (the owner stands: "Nairobi's City Hall")."""
    written = _OWNED.match(mention.name)
    if written is None or written.group("owner") != owner.name:
        return None
    home = owner_best[0].entry
    owned = dataclasses.replace(mention, name=written.group("owned"), cue="in" if mention.cue == "in" else "near")
    story = _story(dataclasses.replace(context, country_hints=(home.iso3,)), geocoder, exclude=mention.name)
    held = [(c, score(c, owned.cue, story)) for c in geocoder.candidates(owned.name, home.iso3, CANDIDATE_LIMIT)
            if c.match != FUZZY and c.entry.iso3 == home.iso3 and _held_by(c, home)]
    return (owned, max(held, key=lambda pair: pair[1])) if held else None


def _held_by(candidate: Candidate, owner) -> bool:
    """In the owner's admin1 and near its point; an owner that is itself a province holds every place in it
    ("Balochistan's Turbat district": Turbat lies ~500 km from Balochistan's point, in Balochistan)."""
    entry = candidate.entry
    same_unit = admin_skeleton(entry.admin1) == admin_skeleton(owner.admin1)
    if owner.feature_code == "ADM1":
        return same_unit
    return same_unit and distance_km((entry.latitude, entry.longitude), (owner.latitude, owner.longitude)) <= OWNED_REACH_KM
