"""The event's country when the text itself is silent: a prior from the outlet, weaker than the text.

ACLED pairs events by country, so an event with no country, or with a foreign namesake's country
("a village called like a place in Panama"), is both a miss and a false event. Short local reports
often name only the village. Their outlet then says more than the village's namesakes abroad do:

* ``source_prior.SourceCountries``: outlets dominated by one country in the training export;
* ``batch_outlet_countries``: in a batch (a feed, a folder), the country the outlet's other stories
  confidently name.

``settle_country`` applies such a prior to one geocoded draft, only where the text gives no country the
place lies in: an unknown village becomes its country at geo_precision 3, never a foreign namesake.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from typing import Iterable, Mapping, Sequence

from eventwire.countries import country_by_iso, country_by_name, find_countries
from eventwire.geo.context import admin_name_country, group_countries, mention_country, text_admin_names
from eventwire.geo.geocoder import Geocoder
from eventwire.geo.resolve import context_for, country_place, geocode_draft
from eventwire.records import Article, EventDraft, Place

# Places a story means by their name even with no country written: a capital, a province seat, a region.
MAJOR_FEATURES = frozenset({"PPLC", "PPLA", "ADM1"})
# An outlet's batch prior needs this many of its articles with a confident country, and this share of
# them agreeing. Set by hand (no training data has batches): two agreeing stories are the least evidence
# that is not one story's accident; 0.75 lets one off-topic story in four not cancel the outlet's home.
MIN_BATCH_ARTICLES = 2
MIN_BATCH_SHARE = 0.75
# The whole batch votes too, under this key: the weakest prior, for stories whose outlets give none
# (one-story outlets, platforms). A world-wide feed has no country with MIN_BATCH_SHARE of its stories.
WHOLE_BATCH = ""


def text_countries(draft: EventDraft, article: Article | None) -> frozenset[str]:
    """Countries (ISO3) the text gives for this event: named or as a demonym, the dateline's, the country
    of the national armed groups and armies among its actors. Regional groups (JNIM acts in three
    countries) say too little: see ``regional_countries``."""
    codes = {_iso3(m.country_hint) for m in draft.place_mentions} | {_iso3(draft.country_hint)}
    actors = _actors(draft)
    codes |= {_iso3(name) for name in group_countries(actors)}
    codes |= {country.iso3 for actor in actors for country, _s, _e in find_countries(actor)}
    if article is not None:
        codes |= {country.iso3 for country, _s, _e in find_countries(article.text)}
        codes.add(_iso3(article.dateline.country if article.dateline else None))
    return frozenset(codes - {None})


def regional_countries(draft: EventDraft) -> frozenset[str]:
    """Countries where the regional armed groups among the actors act ("JNIM" → Mali, Burkina Faso, Niger)."""
    return frozenset(c for c in (_iso3(name) for name in group_countries(_actors(draft), regional=True)) if c)


def _actors(draft: EventDraft) -> list[str]:
    return [a for a in (draft.actor1, draft.actor2, draft.assoc_actor_1, draft.assoc_actor_2) if a]


def named_countries(article: Article | None) -> frozenset[str]:
    """Countries (ISO3) the article writes by name or alias ("Mali", "DRC"), not only as a demonym."""
    if article is None:
        return frozenset()
    found = find_countries(article.text)
    return frozenset(c.iso3 for c, start, end in found if article.text[start:end].lower() not in {d.lower() for d in c.demonyms})


def _iso3(name: str | None) -> str | None:
    country = country_by_name(name) if name else None
    return country.iso3 if country else None


def admin_country(article: Article | None, geocoder: Geocoder) -> str | None:
    """The country whose admin units the article writes ("(Fada Ngourma, Gourma)" → Burkina Faso)."""
    return admin_name_country(text_admin_names(article.text), geocoder) if article else None


def needs_prior(place: Place | None, firm: frozenset[str], prior: str, regional: frozenset[str] = frozenset(),
                named: frozenset[str] = frozenset()) -> bool:
    """Whether the outlet's country may replace what geo found, given the countries the text gives
    (``firm``; ``named``: those it writes by name, not only as a demonym) and those where its regional
    armed groups act. It may when the text gives no other country or gives the prior's too, and geo found
    nothing, or a place in none of the text's countries (maybe a namesake abroad); and when geo found only
    a country that the text names only as a demonym ("French forces flew in", "a Chinese company's staff")
    or names besides the prior's."""
    allowed = not firm or prior in firm
    if place is None or place.iso3 is None:
        return allowed
    if place.iso3 == prior or place.feature_code in MAJOR_FEATURES:
        return False
    if place.feature_code == "PCLI":
        return prior in firm or place.iso3 not in named
    if place.iso3 in regional and prior not in regional:
        return False  # a Boko Haram attack placed in Nigeria stays there, whatever a Burkinabe outlet says
    return allowed and place.iso3 not in firm


def _names_major_place(draft: EventDraft, article: Article | None, geocoder: Geocoder) -> bool:
    """Whether the draft's place mentions point to the country geo chose through a capital, a seat or a
    large city called so ("Diyarbakir", "Ufa"): what a story means by the name, whatever the outlet."""
    place = draft.place
    vote = mention_country(draft.place_mentions, context_for(draft, article), geocoder)
    return vote is not None and place is not None and vote.iso3 == place.iso3 and vote.major


def settle_country(located: EventDraft, raw: EventDraft, article: Article | None, prior: str | None,
                   geocoder: Geocoder) -> EventDraft:
    """``located`` (``raw`` after the geo stage), with its place moved into the ``prior`` country when the
    text does not say where it is: geocoded again with the prior as a country hint, else the country's
    representative point (geo_precision 3)."""
    if prior is None:
        return located
    firm = text_countries(raw, article) | {admin_country(article, geocoder)} - {None}
    if not needs_prior(located.place, firm, prior, regional_countries(raw), named_countries(article)):
        return located
    if located.place is not None and located.place.feature_code != "PCLI" and _names_major_place(located, article, geocoder):
        return located
    country = country_by_iso(prior)
    if country is None:
        return located
    relocated = geocode_draft(dataclasses.replace(raw, country_hint=country.name), article, geocoder)
    if relocated.place is not None and relocated.place.iso3 == prior:
        return relocated
    return dataclasses.replace(located, place=country_place(prior, geocoder))


def settle_dateline(located: EventDraft, raw: EventDraft, article: Article | None, geocoder: Geocoder) -> EventDraft:
    """``located`` moved out of the dateline's city when that city only stood in for the event's own places
    (named, but none resolved) and the admin units the article writes lie in another country it names:
    a Beirut bureau's story of villages "in the Aleppo countryside", "in Hama province" is about Syria."""
    if not _dateline_stood_in(located, raw, article):
        return located
    admin = admin_country(article, geocoder)
    if admin is None or admin == located.place.iso3 or admin not in text_countries(raw, article):
        return located
    country = country_by_iso(admin)
    undated = dataclasses.replace(article, dateline=None)
    relocated = geocode_draft(dataclasses.replace(raw, country_hint=country.name), undated, geocoder)
    if relocated.place is not None and relocated.place.iso3 == admin:
        return dataclasses.replace(located, place=relocated.place)
    return dataclasses.replace(located, place=country_place(admin, geocoder))


def _dateline_stood_in(located: EventDraft, raw: EventDraft, article: Article | None) -> bool:
    """Whether geo placed the draft in the dateline's city although the draft names places of its own."""
    dateline = article.dateline if article else None
    if dateline is None or not dateline.place or located.place is None or not located.place.location:
        return False
    own_places = [m for m in raw.place_mentions if m.cue not in ("dateline", "country")]
    if any(m.name.casefold() == dateline.place.casefold() for m in own_places):
        return False  # "fired missiles at the northern Iraqi city of Erbil" in an Erbil story: the event's own city
    return bool(own_places) and located.place.location.casefold() == dateline.place.casefold()


def confident_countries(located: Sequence[EventDraft], article: Article | None, geocoder: Geocoder) -> frozenset[str]:
    """The countries of an article's events that its text supports (what it may vote for its outlet)."""
    admin = admin_country(article, geocoder)
    found = set()
    for draft in located:
        iso3 = draft.place.iso3 if draft.place else None
        if iso3 and (iso3 in text_countries(draft, article) or iso3 == admin):
            found.add(iso3)
    return frozenset(found)


def batch_outlet_countries(articles: Iterable[tuple[Sequence[str], frozenset[str]]]) -> dict[str, str]:
    """Outlet → country, from (outlets, confident countries) per article of a batch: the country most of
    the outlet's articles confidently report on (``WHOLE_BATCH`` → the batch's own). Counts only, so the
    order of the articles does not matter."""
    votes: dict[str, Counter] = defaultdict(Counter)
    voters: Counter = Counter()
    for outlets, countries in articles:
        for outlet in {*outlets, WHOLE_BATCH}:
            voters[outlet] += bool(countries)
            votes[outlet].update(countries)
    priors = {}
    for outlet, counts in votes.items():
        top = max(counts.values(), default=0)
        leaders = [iso3 for iso3, n in counts.items() if n == top]
        if len(leaders) == 1 and top >= MIN_BATCH_ARTICLES and top / voters[outlet] >= MIN_BATCH_SHARE:
            priors[outlet] = leaders[0]
    return priors


def outlets_prior(outlets: Sequence[str], priors: Mapping[str, str]) -> str | None:
    """The one country the article's outlets have a prior for, or None (see ``WHOLE_BATCH``)."""
    countries = {priors[o] for o in outlets if o in priors and o != WHOLE_BATCH}
    return countries.pop() if len(countries) == 1 else None
