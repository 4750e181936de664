"""Kinds of place errors in long stories (round twelve): the town someone spoke from taken for the event's, a base
or crossing a report names alone (often from a bureau in another country), and Sahel communes no packaged source
had.

Every sentence here was written for these tests; each table row is one kind, never one passage, and each kind has
near twins where the town written beside the speaker IS the event's and must stay. The whole extraction runs.
"""

from __future__ import annotations

import pytest

from eventwire.geo.resolve.mention_forms import _as_arrival_place, _as_speaker_place
from eventwire.ingest.jsonl import parse_jsonl_line
from eventwire.records import PlaceMention, Span
from first_places import first_place


# ----------------------------------------------------------------------------- where someone spoke from

@pytest.mark.parametrize(
    "text, location, admin1",
    [
        # the capital, where the government spoke, after the event's own place
        ("Gunmen raided three hamlets in the Tillia area of Tahoua region on Sunday, killing 60 villagers, the "
         "government said in Niamey.", "Tillia", "Tahoua"),
        # a regional seat the official phoned from
        ("A truck carrying traders hit a mine near Gossi on Thursday, killing five, a local official said by "
         "telephone from Gao.", "Gossi", "Tombouctou"),
        # the government's seat, written with "from"
        ("Drones struck a fuel depot near Mukalla in Hadramawt province on Saturday, the government said from "
         "Aden.", "Mukalla", "Hadramawt"),
        # officials in the capital, before their verb
        ("A suicide bomber blew himself up at a checkpoint in Pul-e-Alam on Monday, killing four policemen, "
         "officials in Kabul said.", "Pul-e-Alam", "Logar"),
        # twin: the speaker's town is the only place written: it stays the event's
        ("Unknown gunmen killed a trader overnight, police said in Kaduna.", "Kaduna", "Kaduna"),
    ],
)
def test_the_town_someone_spoke_from_yields_to_the_events_own_place(kit, geocoder, text, location, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and (place.location, place.admin1) == (location, admin1)


@pytest.mark.parametrize(
    "sentence, name, spoke_from",
    [
        ("The attack was claimed on Monday, the government said in Niamey.", "Niamey", True),
        ("The toll rose to nine, a spokesman told reporters in Maiduguri.", "Maiduguri", True),
        ("Four soldiers died, officials in Kabul said on Sunday.", "Kabul", True),
        ("The toll rose to nine, a local official said by telephone from Douentza.", "Douentza", True),
        # a passive verb writes where the event was; so do residents and witnesses
        ("Heavy clashes were reported in Beni on Friday.", "Beni", False),
        ("Two deaths were confirmed in Kalehe on Friday.", "Kalehe", False),
        ("Residents in Jenin said soldiers fired at them.", "Jenin", False),
        ("Soldiers in Kidal said they had come under fire.", "Kidal", False),
    ],
)
def test_a_town_is_the_speakers_only_after_an_active_verb_of_speech(sentence, name, spoke_from):
    article = parse_jsonl_line({"text": sentence, "published": "2024-05-02", "title": ""})
    start = article.text.index(name)
    mention = PlaceMention(name, Span(start, start + len(name), name), "in", None)
    assert (_as_speaker_place(mention, article).cue == "destination") is spoke_from


# ----------------------------------------------------------------------------- a base or crossing named alone

@pytest.mark.parametrize(
    "text, country, admin1",
    [
        # a far dateline, the base abroad, no town named
        ("BAGHDAD - Rockets and a drone struck the al-Tanf garrison near the Jordanian border on Monday, "
         "causing no casualties, a coalition spokesman said.", "Syria", "Homs"),
        ("BEIRUT - Israeli missiles hit the Tiyas airbase before dawn on Sunday, killing three soldiers, "
         "state media said.", "Syria", "Homs"),
        # a camp written without "the", after "inside"
        ("A guard was stabbed to death inside al-Hol camp on Wednesday, the camp's Kurdish administration "
         "said.", "Syria", "Al-Hasakeh"),
        # a crossing from the other side of the border
        ("GAZA - Mortar shells fired from the enclave landed at the Erez crossing on Tuesday, wounding a "
         "soldier, the army said.", "Israel", "HaDarom"),
        # twin: an army's own base in the dateline's country, in a town: the town
        ("KABUL - Taliban fighters attacked an army base in Ghazni on Sunday, killing 12 soldiers, "
         "officials said.", "Afghanistan", "Ghazni"),
    ],
)
def test_a_named_base_or_crossing_places_the_event_in_its_own_country(kit, geocoder, text, country, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and (place.country, place.admin1) == (country, admin1)


# ----------------------------------------------------------------------------- Sahel communes no source had

@pytest.mark.parametrize(
    "text, location, admin1, country",
    [
        ("Jihadists attacked the gendarmerie post in Markoye on Saturday, killing four gendarmes.", "Markoye",
         "Sahel", "Burkina Faso"),
        ("Armed men burned the market in Kantchari on Wednesday night, residents said.", "Kantchari", "Est",
         "Burkina Faso"),
        ("Soldiers repelled an attack on their camp in Djibasso on Monday, the army said.", "Djibasso",
         "Boucle du Mouhoun", "Burkina Faso"),
        ("Militants ambushed a convoy near Konna on Sunday, killing three soldiers, the army said.", "Konna",
         "Mopti", "Mali"),
        ("Gunmen on motorbikes killed two traders in Nampala on Friday, a local official said.", "Nampala",
         "Segou", "Mali"),
        ("An explosive device hit a bus near Ouattagouna on Tuesday, killing six passengers.", "Ouattagouna",
         "Gao", "Mali"),
    ],
)
def test_a_sahel_commune_no_packaged_source_had_is_found(kit, geocoder, text, location, admin1, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and (place.location, place.admin1, place.country) == (location, admin1, country)


@pytest.mark.parametrize(
    "sentence, name, arrived",
    [
        ("Survivors arriving in Kaya on Sunday described the attack.", "Kaya", True),
        ("The wounded arrived in Bunia overnight, a nurse said.", "Bunia", True),
        # soldiers or the displaced arriving is itself what ACLED codes there
        ("Soldiers arrived in Tshimbulu on Monday and clashed with militiamen.", "Tshimbulu", False),
        ("Hundreds of displaced families arrived in Pemba by boat.", "Pemba", False),
    ],
)
def test_a_town_the_survivors_arrived_in_is_where_they_went(sentence, name, arrived):
    article = parse_jsonl_line({"text": sentence, "published": "2024-05-02", "title": ""})
    start = article.text.index(name)
    mention = PlaceMention(name, Span(start, start + len(name), name), "in", None)
    assert (_as_arrival_place(mention, article).cue == "destination") is arrived
