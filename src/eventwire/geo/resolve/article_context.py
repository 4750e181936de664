"""The ``GeoContext`` of a draft, read from the draft and its article: country hints, the dateline, the
other places and admin names the text writes, the actors' countries, the villages the text calls so."""

from __future__ import annotations

import re
from typing import Any, Sequence

from eventwire.countries import country_by_name, find_countries, written_as_attackers_origin
from eventwire.geo.context import (
    group_countries, place_mentions, text_admin_names, text_place_names, text_place_unit_phrases, text_place_units,
    worded_admin_names,
)
from eventwire.geo.density import actor_family
from eventwire.geo.names import name_key
from eventwire.geo.resolve.settlements import (
    _distance_anchors, _referenced_settlement, _sentence_around, _settlements_placed_away, _site_anchors, _units_beside_settlements,
    _written, _written_cities, _written_settlements,
)
from eventwire.geo.resolve.story import GeoContext, _names_a_country
from eventwire.records import Article, EventDraft, PlaceMention, Span


def context_for(draft: EventDraft, article: Article | None) -> GeoContext:
    """The geo context of a draft: its country hints, the dateline, its other place mentions, the admin
    names the article writes, the actors' countries.

    A country named as a border or a neighbour ("near the border with Niger") is no hint: the event is
    on this side of it.
    """
    return GeoContext(**_country_fields(draft, article), **_actor_fields(draft), **_text_fields(draft, article))


def _country_fields(draft: EventDraft, article: Article | None) -> dict[str, Any]:
    """The countries written after places, the draft's own hint, the dateline's and the ones named as places."""
    dateline = article.dateline if article else None
    places = [m for m in draft.place_mentions if not _names_a_country(m)]
    written = [m.country_hint or _side_country(m, article) for m in place_mentions(places)]
    # "Kidal, Mali" first; the dateline's country last, as the reporter may file from a neighbour
    named = [m.name for m in places
             if m.cue == "country" and not _fled_to(m, article) and not _came_from(m, article)]
    own_hint = draft.country_hint if not _only_fled_to(draft.country_hint, article) else None
    named_countries = _named_countries(article.text) if article else None
    datelined = [dateline.country] if dateline and dateline.country and not _filed_from_abroad(
        dateline.country, own_hint, named_countries) else []
    hints = [*written, own_hint or "", *datelined, *named]
    return dict(
        country_hints=tuple(h for h in hints if h and not _is_border_country(h, draft)),
        firm_hints=tuple(h for h in written + datelined if h),
        dateline_country=dateline.country if dateline and dateline.country else None,
        dateline_place=dateline.place if dateline else None,
        dateline_in_body=_body_refers_to_dateline(article),
        named_countries=named_countries,
    )


# "fired on a minibus at Ekok, on the Cameroonian side of the border with Nigeria", "attacked Kitaya village on the
# Tanzanian side of the Rovuma river", "at Spin Boldak on Sunday, on the Afghan side of the crossing": the place's own
# sentence says which country it lies in, as "Kidal, Mali" does; the country across the border is only its neighbour.
_SIDE_AFTER = re.compile(
    # the same clause, no other place between: not where people went or came from, nor a town across from this one
    r"(?:(?!\b(?:to|into|from|across|towards|opposite|facing|near|of|and|beyond)\b)[^.;:!?]){0,50}?"
    r"\bon the (?P<side>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) side of the "
    r"(?:(?i:border|frontier|boundary|crossing|front(?:\s?line)?|line)\b"
    r"|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? (?i:river)\b)")
SIDE_REACH = 120  # characters after a place's name searched for "on the X side of the border"


def _side_country(mention: PlaceMention, article: Article | None) -> str:
    """The country a place is written on the side of ("at Ekok, on the Cameroonian side of the border"), or ""."""
    if article is None or article.text[mention.span.start:mention.span.end] != mention.name:
        return ""
    side = _SIDE_AFTER.match(article.text, mention.span.end, mention.span.end + SIDE_REACH)
    country = country_by_name(side.group("side")) if side else None
    return country.name if country else ""


def _actor_fields(draft: EventDraft) -> dict[str, Any]:
    actors = _actors(draft)
    return dict(
        actor_countries=_actor_countries(draft),
        actor_country=next(iter(_actor_countries(draft, regional=False)), None),
        actor_regions=group_countries(actors, regional=True),
        armed_group_countries=(*group_countries(actors), *group_countries(actors, regional=True)),
        actor_family=actor_family(actors),
    )


def _text_fields(draft: EventDraft, article: Article | None) -> dict[str, Any]:
    """The draft's other places, and what the article writes around places: units, settlements."""
    text_admins = _nearest_first(text_admin_names(article.text), draft, article) if article else ()
    referenced = _event_sentence_settlement(draft, article)
    mentions = (*draft.place_mentions, referenced) if referenced else draft.place_mentions
    settlements = _written_settlements(mentions, article)
    return dict(
        referenced_settlement=referenced,
        other_places=tuple(dict.fromkeys([*(m.name for m in draft.place_mentions if m.cue != "dateline"), *text_admins])),
        text_admins=text_admins,
        worded_admins=tuple(n for n in text_admins if n in worded_admin_names(article.text)) if article else (),
        text_places=_nearest_first(text_place_names(article.text), draft, article) if article else (),
        place_units=text_place_units(article.text) if article else (),
        place_unit_phrases=text_place_unit_phrases(article.text) if article else (),
        written_settlements=settlements,
        written_cities=_written_cities(draft.place_mentions, article),
        settlements_placed_away=_settlements_placed_away(mentions, article),
        settlement_units=_units_beside_settlements(mentions, article, text_admins, settlements),
        site_anchors=_site_anchors(mentions, article),
        distance_anchors=_distance_anchors(mentions, article),
        coast_places=_coast_places(draft.place_mentions, article),
    )


# "a tanker struck off Hodeidah", "pirates fired on a dhow off the coast of Bosaso", "a boat off Zuwara": at sea,
# near that port (extraction reads the cue and leaves out "sealed off Tahrir Square")
_OFF_BEFORE = re.compile(r"\b(?i:off) (?:(?i:the) (?:coast|port|shores?|island|town) of )?$")
OFF_LOOKBACK = 30


def _coast_places(mentions: tuple[PlaceMention, ...], article: Article | None) -> frozenset[str]:
    if article is None or " off " not in article.text.lower():  # speed only
        return frozenset()
    text = article.text
    return frozenset(name_key(m.name) for m in mentions if m.cue in ("in", "near")
                     and text[m.span.start:m.span.end] == m.name
                     and _OFF_BEFORE.search(text[max(0, m.span.start - OFF_LOOKBACK):m.span.start]))


_CITY_BACK_REFERENCE = re.compile(r"\bthe (?:[A-Z][a-z]+ )?(?:capital|city)\b(?! of)")


def _body_refers_to_dateline(article: Article | None) -> bool:
    """Whether the text after the dateline names its city again or says "the city"/"the (Libyan) capital"."""
    if article is None or article.dateline is None or not article.dateline.place:
        return False
    body = article.text[article.dateline.span.end:]
    city = re.compile(rf"\b{re.escape(article.dateline.place)}\b", re.IGNORECASE)
    return bool(city.search(body) or _CITY_BACK_REFERENCE.search(body))


def _filed_from_abroad(dateline_country: str, own_hint: str | None, named_countries: Sequence[str] | None) -> bool:
    """"TUNIS, May 17 - ... the worst fighting in Tripoli in years": a story the extractor placed in another country
    than its dateline's, whose body never names the dateline's, was filed from a bureau abroad; the bureau's country
    is no hint for its places (a body that names it, "BEIRUT - ... Iran's ... Lebanon's", keeps it)."""
    if not own_hint or own_hint == dateline_country or named_countries is None:
        return False
    return dateline_country not in named_countries


def _named_countries(text: str) -> tuple[str, ...]:
    """Countries the text names by name or alias, not only by demonym ("Malian soldiers")."""
    found = []
    for country, start, end in find_countries(text):
        if text[start:end].lower() not in {d.lower() for d in country.demonyms} and country.name not in found:
            found.append(country.name)
    return tuple(found)


# "residents fled across the river into Ethiopia", "crossed into Chad": where people fled to is no hint of where
# the event was (as a border country is not)
# "families fleeing towards the Naf river and Bangladesh": the destination may close a short list
_FLED_BEFORE = re.compile(
    r"\b(?:fled|flee|fleeing|crossed|crossing|escaped|sought refuge|seeking refuge)\b[^.;]{0,40}?"
    r"\b(?:into|to|towards?|in)\s+(?:[^.;,]{0,30}?\s(?:and|or)\s+)?(?:neighbou?ring\s+|the\s+)?$", re.IGNORECASE)
_FLEE_WORD = re.compile(r"\b(?:fled|flee|fleeing|crossed|crossing|escaped|sought refuge|seeking refuge)\b", re.IGNORECASE)
FLED_LOOKBACK = 60  # characters before the country: "fled across the border into neighbouring " and a verb


def _fled_to(mention: PlaceMention, article: Article | None) -> bool:
    if article is None or article.text[mention.span.start:mention.span.end] != mention.name:
        return False
    return bool(_FLED_BEFORE.search(article.text[max(0, mention.span.start - FLED_LOOKBACK):mention.span.start]))


def _came_from(mention: PlaceMention, article: Article | None) -> bool:
    """The country written as where attackers came from ("fighters who crossed from Niger attacked ...")."""
    if article is None or article.text[mention.span.start:mention.span.end] != mention.name:
        return False
    return written_as_attackers_origin(article.text[max(0, mention.span.start - FLED_LOOKBACK):mention.span.start])


def _only_fled_to(country: str | None, article: Article | None) -> bool:
    """Whether the text writes ``country`` only as where people fled to (the article's country then comes from
    that mention alone: "drones hit families fleeing towards Bangladesh")."""
    if not country or article is None or not _FLEE_WORD.search(article.text):
        return False
    found = [(start, end) for named, start, end in find_countries(article.text) if named.name == country]
    return bool(found) and all(_fled_to(PlaceMention(country, Span(start, end, article.text[start:end]), "country"), article)
                               for start, end in found)


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


def _nearest_first(names: tuple[str, ...], draft: EventDraft, article: Article) -> tuple[str, ...]:
    """The names in order of nearness to the draft's first place mention (text order when it has none): written in
    its sentence, then before it (nearest first), then after it. In a story of several events, the unit written
    beside this event's place ("raided Widhu village in Lamu County") or in the paragraphs leading to it is its
    unit, not one an earlier or a later event's paragraph wrote."""
    anchor = _draft_anchor(draft)
    if anchor is None:
        return names
    sentence = _sentence_around(article.text, anchor)
    order = {name: _nearness(name, anchor, sentence, article.text) for name in names}
    return tuple(sorted(names, key=lambda name: order[name]))


def _nearness(name: str, anchor: int, sentence: tuple[int, int], text: str) -> tuple[int, int]:
    """(0 in the anchor's sentence / 1 before it / 2 after it / 3 not written as is, characters away)."""
    starts = [m.start() for m in _written(name).finditer(text)]
    if not starts:
        return 3, 0  # a unit read from "Idleb countryside" keeps its text order, last
    if any(sentence[0] <= start < sentence[1] for start in starts):
        return 0, min(abs(start - anchor) for start in starts)
    before = [anchor - start for start in starts if start < anchor]
    return (1, min(before)) if before else (2, min(start - anchor for start in starts))


def _draft_anchor(draft: EventDraft) -> int | None:
    starts = [m.span.start for m in draft.place_mentions if m.cue != "dateline" and m.span.end > m.span.start]
    return min(starts) if starts else None


def _event_sentence_settlement(draft: EventDraft, article: Article | None) -> PlaceMention | None:
    """The town the event's sentence (where its type was read) points back at ("the town's gendarmerie post")."""
    spans = draft.evidence.get("event_type") or draft.evidence.get("sub_event_type") or ()
    if article is None or not spans:
        return None
    return _referenced_settlement(spans[0].start, article.text)
