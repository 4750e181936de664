"""Round six of actor quality: kinds of error found on the training notes' held-out share, each with a table of
sentences written for these tests (modelled on real events; no sentence is taken from any data set)."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.actors.community import COMMUNITY_MILITIA, community_militia_entries
from eventwire.extract.roles import Roles, assign_roles


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def roles_of(actors: ActorDictionary, text: str, sub_event_type: str, country: str) -> Roles:
    mentions = actors.find_actors(text, country=country)
    return assign_roles(text, 0, len(text), mentions, sub_event_type, country, actors)


# Community militias ACLED names after their people, area or clan (names from the training file's actor table).
# sentence, sub-event type, country, actor1, actor2
COMMUNITY_MILITIAS = [
    ("Tiv militiamen attacked a settlement near Makurdi, killing four herders.", "Attack", "Nigeria",
     "Tiv Ethnic Militia (Nigeria)", "Civilians (Nigeria)"),
    ("Jukun youths stormed the village overnight and burned twenty houses.", "Attack", "Nigeria",
     "Jukun Ethnic Militia (Nigeria)", "Civilians (Nigeria)"),
    ("Kaduna communal militias attacked farmers near Kajuru and abducted six.", "Attack", "Nigeria",
     "Kaduna Communal Militia (Nigeria)", "Civilians (Nigeria)"),
    ("Pokot pastoralists raided a village in Baringo and shot dead two residents.", "Attack", "Kenya",
     "Pokot Ethnic Militia (Kenya)", "Civilians (Kenya)"),
    ("Lendu militiamen killed three displaced people near Djugu.", "Attack", "Democratic Republic of Congo",
     "Lendu Ethnic Militia (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)"),
    ("Batwa militiamen clashed with Luba militiamen in Tanganyika province.", "Armed clash",
     "Democratic Republic of Congo", "Batwa Ethnic Militia (Democratic Republic of Congo)",
     "Luba Ethnic Militia (Democratic Republic of Congo)"),
    ("Soldiers repelled an attack by Turkana raiders near the border post.", "Armed clash", "Kenya",
     "Turkana Ethnic Militia (Kenya)", "Military Forces of Kenya"),
    ("Borana herders were attacked by gunmen while grazing cattle.", "Attack", "Kenya",
     "Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
    ("Hawadle clan militias fought Gaaljecel clan militias over farmland near Beledweyne.", "Armed clash",
     "Somalia", "Hawadle Clan Militia (Somalia)", "Gaaljecel Clan Militia (Somalia)"),
    ("Ebira gunmen ambushed travellers on the highway, killing five.", "Attack", "Nigeria",
     "Ebira Ethnic Militia (Nigeria)", "Civilians (Nigeria)"),
    ("Maasai youths burned homes in a dispute over grazing land.", "Looting/property destruction", "Kenya",
     "Maasai Ethnic Militia (Kenya)", "Civilians (Kenya)"),
]


@pytest.mark.parametrize(("text", "sub_event_type", "country", "actor1", "actor2"), COMMUNITY_MILITIAS)
def test_community_militias_named_after_their_community(actors, text, sub_event_type, country, actor1, actor2):
    roles = roles_of(actors, text, sub_event_type, country)
    assert (roles.actor1, roles.actor2) == (actor1, actor2)


# A community's name means its militia only in the militia's own country.
ELSEWHERE = [
    ("Tiv militiamen attacked a village.", "Kenya"),
    ("Pokot pastoralists raided a village.", "Nigeria"),
    ("Kaduna communal militias attacked farmers.", "Somalia"),
]


@pytest.mark.parametrize(("text", "country"), ELSEWHERE)
def test_community_militias_hold_only_at_home(actors, text, country):
    names = [m.name for m in actors.find_actors(text, country=country)]
    assert not any(name.endswith(f"Militia ({country})") and not name.startswith("Unidentified") for name in names)


def test_community_entries_skip_rare_unidentified_handwritten_and_second_names():
    rows = [("Tiv Ethnic Militia (Nigeria)", "4", "Nigeria", 48), ("Unidentified Ethnic Militia (Kenya)", "4", "Kenya", 24),
            ("Lonely Communal Militia (Ghana)", "4", "Ghana", 1), ("Fulani Ethnic Militia (Nigeria)", "4", "Nigeria", 963),
            ("Military Forces of Kenya", "1", "Kenya", 900), ("Borana Communal Militia (Kenya)", "4", "Kenya", 3),
            ("Borana Ethnic Militia (Kenya)", "4", "Kenya", 25)]
    entries = community_militia_entries(rows, known={"Fulani Ethnic Militia (Nigeria)"})
    assert [e["name"] for e in entries] == ["Tiv Ethnic Militia (Nigeria)", "Borana Ethnic Militia (Kenya)"]
    assert "Tiv militiamen" in entries[0]["context"] and entries[0]["countries"] == ["Nigeria"]


@pytest.mark.parametrize("name", ["Agar Clan Dinka Ethnic Militia (South Sudan)", "Al Aalkom Tribal Militia (Iraq)",
                                  "Jareer-Weyne Sub-Clan Militia (Somalia)", "Kaduna Communal Militia (Nigeria)"])
def test_community_militia_pattern_reads_acled_names(name):
    match = COMMUNITY_MILITIA.match(name)
    assert match is not None and name.startswith(match["who"]) and match["country"] in name
