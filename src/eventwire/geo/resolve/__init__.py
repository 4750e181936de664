"""Toponym resolution: pick the gazetteer entry a story's place mention means, or say none fits.

    draft = geocode_draft(draft, article, geocoder)   # fills draft.place (or None when nothing fits)

Each candidate gets a score from named, additive features (country agreement, feature class,
population, nearness to the story's other places, admin names the story also mentions); the best
one wins. Weights were set by hand; benchmarks/geo/tune_geo.py checks them on training places
(never on the dev sets), see docs/decisions/geo.md.

The package, in the order a draft goes through it:

- ``mention_forms``: each mention as the text writes it (a coder's note first, "North Sinai", "Gaucha do
  Norte", "Yemen's Hodeidah");
- ``article_context`` and ``settlements``: the ``GeoContext`` read from the draft and its article;
- ``country``: the event's country, before its place;
- ``story``: the context resolved once per mention (``_Story``);
- ``candidates``, ``scoring`` and ``ties``: one mention's best candidate;
- ``choose``: which mention is the event's place (``resolve``); ``fallback`` when none resolves;
- ``place_record``: the ``Place`` record, in the story's spellings where they are ours spelt another way.
"""

from __future__ import annotations

import dataclasses

from eventwire.geo.geocoder import Geocoder
from eventwire.geo.resolve.article_context import context_for
from eventwire.geo.resolve.candidates import _best, _best_of_parts
from eventwire.geo.resolve.choose import FUZZY_ANCHOR_KM, resolve
from eventwire.geo.resolve.country import with_dateline_city_country, with_event_country
from eventwire.geo.resolve.mention_forms import (
    _as_arrival_place, _as_origin, _as_speaker_place, _coder_note_first, _own_sentence_first, _with_compass_word,
    _with_name_tail, _with_verb_object, _without_owner_country, _without_water,
)
from eventwire.geo.resolve.place_record import (
    PRECISION_OF_CUE, _is_admin1_spelling_of, country_place, place_from_entry, with_admin1_as_written,
)
from eventwire.geo.resolve.scoring import (
    ACLED_SOURCE_BONUS, ACTOR_COUNTRY, ADMIN_IN_STORY, CANDIDATE_LIMIT, CLASS_BONUS, MAIN_NAME_BONUS, MATCH_BONUS,
    MIN_SCORE, NEAR_BONUS, NEAR_STORY_KM, OTHER_COUNTRY, POPULATED_SITE_CODES, POPULATION_WEIGHT,
    REGION_CUE_ADMIN_BONUS, SAME_COUNTRY, SEAT_BONUS, score,
)
from eventwire.geo.resolve.settlements import BY_THE_CITY_REACH
from eventwire.geo.resolve.story import GeoContext, _story, countryless_story, distance_km
from eventwire.geo.resolve.ties import (
    _SPELLED_AS_WRITTEN, EQUAL_SCORE_MARGIN, MIN_TIE_DENSITY, TIE_MARGIN, _best_documented_of_equals,
    _densest_of_ties,
)
from eventwire.records import Article, EventDraft, PlaceMention

__all__ = [
    "ACLED_SOURCE_BONUS", "ACTOR_COUNTRY", "ADMIN_IN_STORY", "BY_THE_CITY_REACH", "CANDIDATE_LIMIT", "CLASS_BONUS",
    "EQUAL_SCORE_MARGIN", "FUZZY_ANCHOR_KM", "MAIN_NAME_BONUS", "MATCH_BONUS", "MIN_SCORE", "MIN_TIE_DENSITY",
    "NEAR_BONUS", "NEAR_STORY_KM", "OTHER_COUNTRY", "POPULATED_SITE_CODES", "POPULATION_WEIGHT", "PRECISION_OF_CUE",
    "REGION_CUE_ADMIN_BONUS", "SAME_COUNTRY", "SEAT_BONUS", "TIE_MARGIN", "GeoContext", "context_for",
    "country_place", "countryless_story", "distance_km", "geocode_draft", "place_from_entry", "resolve", "score",
    "with_admin1_as_written", "with_dateline_city_country", "with_event_country",
    # used by tests and tuning scripts
    "_SPELLED_AS_WRITTEN", "_best", "_best_documented_of_equals", "_best_of_parts", "_densest_of_ties",
    "_is_admin1_spelling_of", "_story",
]


def geocode_draft(draft: EventDraft, article: Article | None, geocoder: Geocoder) -> EventDraft:
    """The draft with ``place`` filled from its place mentions (or None when nothing resolves).

    The dateline only contributes its country: it says where the reporter filed from ("Bamako"),
    not where a roadside bomb went off, so a draft without place mentions gets its country (precision 3),
    unless the body points back at that city ("clashes across the city", "the Libyan capital").
    """
    mentions = tuple(_as_written(mention, draft, article, geocoder)
                     for mention in _without_water(draft.place_mentions, article))
    context = with_dateline_city_country(context_for(draft, article), article, geocoder)
    mentions = _own_sentence_first(_with_verb_object(mentions, draft, article), draft, article)
    place = resolve(_coder_note_first(mentions, article), context, geocoder)
    return dataclasses.replace(draft, place=place)


def _as_written(mention: PlaceMention, draft: EventDraft, article: Article | None, geocoder: Geocoder) -> PlaceMention:
    """The mention with the words the text writes around it read (see ``mention_forms``)."""
    mention = _with_name_tail(_without_owner_country(mention), article, geocoder)
    mention = _as_origin(_with_compass_word(mention, article, geocoder), article, draft.sub_event_type)
    return _as_arrival_place(_as_speaker_place(mention, article, draft), article)
