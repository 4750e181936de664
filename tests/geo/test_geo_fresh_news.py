"""Kinds of place errors first read on fresh news (round eight): a direction word that belongs to a country's
name ("South Sudan" is not "Sudan"), a town named only as the object of the event's verb ("militants struck Kiunga").

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.countries import country_by_name
from eventwire.extract.places import demonym_countries, find_places
from eventwire.geo import geocode_draft
from eventwire.records import Article, Dateline, EventDraft, PlaceMention, Span


def places(sentence: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.cue, p.country_hint) for p in find_places(sentence, country_by_name=country_by_name)}


@pytest.mark.parametrize(
    "sentence, country_name, country",
    [
        ("The UN Mission in South Sudan said a peacekeeper was shot near Pibor.", "South Sudan", "South Sudan"),
        ("Miners went on strike across South Africa on Monday.", "South Africa", "South Africa"),
        ("Rebels took two towns in the Central African Republic last week.", "Central African Republic",
         "Central African Republic"),
        ("Settlers set fire to olive groves in the West Bank overnight.", "West Bank", "Palestine"),
        ("Polisario fighters shelled a berm in Western Sahara, the group said.", "Western Sahara", "Western Sahara"),
        ("Riot police detained students at a rally in North Macedonia.", "North Macedonia", "North Macedonia"),
    ],
)
def test_a_direction_word_that_is_part_of_a_countrys_name_stays(sentence, country_name, country):
    found = places(sentence)
    assert found[country_name] == ("country", country)
    bare = country_name.split(" ", 1)[1]
    assert bare not in found


@pytest.mark.parametrize(
    "sentence, name",
    [
        # A direction before a region or a town is not a country's name: extraction still reads the bare name
        # (geo puts the direction back when the gazetteer knows "North Darfur", "South Kivu").
        ("Gunmen burned a market in North Darfur on Friday.", "Darfur"),
        ("Fighting was reported in South Kivu, near the lake.", "Kivu"),
        ("Troops patrolled the streets of northern Mali after the attack.", "Mali"),
    ],
)
def test_a_direction_before_a_region_is_still_dropped(sentence, name):
    assert name in places(sentence)


# ----------------------------------------------------------------------------- a place named only as a verb's object

def draft_read_at(text: str, verb: str, mentions=(), actors: dict[str, str] | None = None) -> EventDraft:
    """A draft whose type was read at ``verb`` in ``text``, with the given mentions and actors (name → field)."""
    evidence = {"event_type": (Span(text.index(verb), text.index(verb) + len(verb), verb),)}
    for name, field in (actors or {}).items():
        evidence[field] = (Span(text.index(name), text.index(name) + len(name), name),)
    return EventDraft(article_id="a1", event_date=date(2023, 4, 17), time_precision=1, event_type="Battles",
                      sub_event_type="Armed clash", place_mentions=tuple(mentions), evidence=evidence)


def dateline_mention(text: str, city: str) -> PlaceMention:
    return PlaceMention(city, Span(0, len(city), city), "dateline")


def article_with_dateline(text: str, city: str | None, country: str | None = None) -> Article:
    """The article, its dateline read as the wire story's opening ("MOMBASA, Kenya –")."""
    if city is None:
        return Article(id="a1", title="", text=text, published_at=None)
    opening = text[:text.index("–") + 1]
    dateline = Dateline(place=city, country=country, published=None, span=Span(0, len(opening), opening))
    return Article(id="a1", title="", text=text, published_at=None, dateline=dateline)


@pytest.mark.parametrize(
    "text, verb, dateline, town, admin1",  # dateline: (city, country as written or None)
    [
        ("MOMBASA, Kenya – Suspected militants struck Kiunga overnight, killing two police reservists.",
         "struck", ("Mombasa", "Kenya"), "Kiunga", "Lamu"),
        ("OUAGADOUGOU – Jihadists stormed Djibo before dawn and fought the army for hours.", "stormed",
         ("Ouagadougou", None), "Djibo", "Sahel"),
        ("Insurgents on motorbikes raided Damboa at night and burned the market.", "raided", None, "Damboa", "Borno"),
        ("MOGADISHU – A suicide bomber targeted Baidoa on Friday, killing nine people at a hotel.", "targeted",
         ("Mogadishu", None), "Baidoa", "Bay"),
    ],
)
def test_a_town_named_only_as_the_attacks_object_is_the_place(geocoder, text, verb, dateline, town, admin1):
    city, country = dateline or (None, None)
    draft = draft_read_at(text, verb, [dateline_mention(text, city)] if city else [])
    place = geocode_draft(draft, article_with_dateline(text, city, country), geocoder).place
    assert place is not None and place.location == town and place.admin1 == admin1


@pytest.mark.parametrize(
    "text, verb, actors, not_place",
    [
        # the object is the other side of the fight, not a place
        ("NAIROBI – Soldiers attacked Al Shabaab fighters in a forest, the army said.", "attacked",
         {"Al Shabaab": "actor2"}, "Al Shabaab"),
        # a weekday or a month after the verb is no place
        ("Gunmen struck Monday night in a border area, residents said.", "struck", {}, "Monday"),
    ],
)
def test_an_actor_or_a_date_after_the_verb_is_no_place(geocoder, text, verb, actors, not_place):
    draft = draft_read_at(text, verb, (), actors)
    place = geocode_draft(draft, Article(id="a1", title="", text=text, published_at=None), geocoder).place
    assert place is None or place.location != not_place


def test_a_draft_with_its_own_place_keeps_it(geocoder):
    text = "Militants struck Kiunga on Monday; two days later they attacked a police post in Lamu town."
    own = PlaceMention("Lamu", Span(text.index("Lamu"), text.index("Lamu") + 4, "Lamu"), "in")
    draft = draft_read_at(text, "attacked", [own])
    place = geocode_draft(draft, Article(id="a1", title="", text=text, published_at=None), geocoder).place
    assert place is not None and place.location == "Lamu"


# ----------------------------------------------------------------------------- an Arabic article written joined

@pytest.mark.parametrize(
    "written, gazetteer_name, iso3",
    [
        ("Elwak", "El Wak", "KEN"),
        ("Elfasher", "El Fasher", "SDN"),
        ("Alfashir", "El Fasher", "SDN"),
        ("Elobeid", "El Obeid", "SDN"),
    ],
)
def test_an_article_written_joined_finds_the_place_that_writes_it_apart(geocoder, written, gazetteer_name, iso3):
    found = geocoder.candidates(written, None, limit=5)
    assert found and found[0].entry.name == gazetteer_name and found[0].entry.iso3 == iso3


@pytest.mark.parametrize("written", ["Eldoret", "Elmina"])
def test_a_name_that_opens_with_el_is_not_split_when_it_exists(geocoder, written):
    assert geocoder.candidates(written, None, limit=1)[0].entry.name == written


# ----------------------------------------------------------------------------- a list closed by a plural unit word

@pytest.mark.parametrize(
    "sentence, units",
    [
        ("Al Shabaab has staged raids in Wajir, Garissa and Lamu counties since March.", ("Wajir", "Garissa", "Lamu")),
        ("The group remains active across Borno, Yobe and Adamawa states.", ("Borno", "Yobe", "Adamawa")),
        ("Curfews were imposed in Tillaberi and Tahoua regions.", ("Tillaberi", "Tahoua")),
    ],
)
def test_a_list_closed_by_a_plural_unit_word_names_units(sentence, units):
    found = places(sentence)
    assert all(found[unit][0] == "region" for unit in units)


def test_a_list_of_towns_stays_towns():
    found = places("Protesters marched in Lagos, Abuja and Kano on Monday.")
    assert [found[town][0] for town in ("Lagos", "Abuja", "Kano")] == ["in", "in", "in"]


# ----------------------------------------------------------------------------- the unit a village is written in

@pytest.mark.parametrize(
    "text, admin1",
    [
        ("Gunmen killed 40 people in Zorkaouli, a town in Burkina Faso's Centre-Nord region, on Saturday. "
         "A jihadist group that roams the Sahel region said its men had overrun Zorkaouli. "
         "The army said it struck a column near Bennakouma, 30 km north of Zorkaouli, on Sunday.", "Centre-Nord"),
        ("Fighters burned Kelgarou, a village in the Sahel region, on Monday. Families from Kelgarou fled to camps "
         "in the Centre-Nord region. Drones struck a convoy near Tamboulé, east of Kelgarou, a day later.", "Sahel"),
    ],
)
def test_the_unit_written_as_the_villages_own_beats_a_nearer_one(geocoder, text, admin1):
    names = [name for name in ("Bennakouma", "Tamboulé", "Zorkaouli", "Kelgarou") if name in text]
    last_sentence = text.rindex(". ") + 2
    mentions = tuple(PlaceMention(name, Span(text.index(name, last_sentence), text.index(name, last_sentence) + len(name), name),
                                  "near") for name in names)
    draft = EventDraft(article_id="a1", event_date=date(2024, 8, 25), time_precision=1, event_type="Explosions/Remote violence",
                       sub_event_type="Air/drone strike", place_mentions=mentions, country_hint="Burkina Faso")
    place = geocode_draft(draft, Article(id="a1", title="", text=text, published_at=None), geocoder).place
    assert place is not None and place.admin1 == admin1


# ----------------------------------------------------------------------------- a people's name is not its namesake country

@pytest.mark.parametrize(
    "text",
    [
        "Turkmen demonstrators blocked the road into Tal Afar and burned tyres.",
        "Gunmen killed four Uzbek farmers near Mazar-i-Sharif on Sunday.",
        "Tajik elders in Badakhshan said the Taliban had seized their land.",
    ],
)
def test_a_minority_people_is_not_its_namesake_country(text):
    assert demonym_countries(text, 0, len(text), country_by_name) == []


@pytest.mark.parametrize(
    "text, country",
    [
        ("Turkmen police detained dozens in Turkmenistan's capital after bread queues turned violent.", "Turkmenistan"),
        ("Tajik border guards and Kyrgyz troops exchanged fire; Tajikistan blamed Bishkek.", "Tajikistan"),
        ("Malian protesters marched in Bamako on Friday.", "Mali"),
    ],
)
def test_a_demonym_names_its_country_when_the_text_names_it_too(text, country):
    assert country in [name for name, _span in demonym_countries(text, 0, len(text), country_by_name)]


@pytest.mark.parametrize(
    "text, attacker",
    [
        ("An Israeli strike on a school in Nuseirat killed at least 30 people.", "Israel"),
        ("Turkish air strikes hit PKK positions near Amadiya.", "Turkey"),
        ("Russian shelling of a market in Kherson killed six.", "Russia"),
        ("A Saudi air raid struck a wedding party in Hajjah.", "Saudi Arabia"),
        ("Ethiopian drone strikes killed 30 people in Amhara.", "Ethiopia"),
        ("Iranian missiles landed near Erbil overnight.", "Iran"),
    ],
)
def test_the_nationality_of_a_strike_is_not_a_place(text, attacker):
    assert attacker not in [name for name, _span in demonym_countries(text, 0, len(text), country_by_name)]


@pytest.mark.parametrize(
    "text, country",
    [
        ("Nigerian villagers fled after the strike.", "Nigeria"),
        ("Somali officials said the strike killed three people.", "Somalia"),
    ],
)
def test_people_named_beside_a_strike_still_name_their_country(text, country):
    assert country in [name for name, _span in demonym_countries(text, 0, len(text), country_by_name)]
