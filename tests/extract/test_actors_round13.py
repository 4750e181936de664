"""Round thirteen of actor quality: kinds of actor error counted on news-actors5's dev part, the other passage sets
and the training notes, each fixed through a general reading with a table of sentences written for these tests
(modelled on real events; no sentence is taken from any data set) and near-twins that must keep their reading."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.roles import Roles, assign_roles
from eventwire.extract.roles.victims import GOVERNMENT, victim_groups_in_country, victims_office


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def roles_of(actors: ActorDictionary, text: str, sub_event_type: str, country: str | None) -> Roles:
    mentions = actors.find_actors(text, country=country)
    return assign_roles(text, 0, len(text), mentions, sub_event_type, country, actors)


def associates(value: str | None) -> list[str]:
    return value.split("; ") if value else []


# ---------------------------------------------------------------- the victims' group when the text never names
# the country: extraction names the civilians bare ("Civilians"), so their trade was dropped; it is now named bare
# too ("Farmers") and the assembly gives it the geo stage's country ("Farmers (Nigeria)").
# sentence, sub-event type, the bare label expected, the country the geo stage would find
COUNTRYLESS_VICTIMS = [
    ("Gunmen shot dead seven farmers tending their fields near Agatu on Tuesday.", "Attack", "Farmers", "Nigeria"),
    ("Nine women gathering firewood outside Oicha were hacked to death by rebels overnight.", "Attack", "Women",
     "Democratic Republic of Congo"),
    ("A reporter for a local radio station was shot dead outside his home in Tijuana.", "Attack", "Journalists",
     "Mexico"),
    ("Attackers on a motorbike killed a polio vaccinator as she went door to door in Bannu.", "Attack",
     "Health Workers", "Pakistan"),
    ("Bandits stormed a secondary school in Kagara and abducted 27 students and three teachers.",
     "Abduction/forced disappearance", "Students", "Nigeria"),
    ("The bodies of twelve fishermen were found on an island of the lake after insurgents raided their camp.",
     "Attack", "Fishermen", "Nigeria"),
    ("Kidnappers seized two nurses from the staff quarters of the general hospital in Kafanchan.",
     "Abduction/forced disappearance", "Health Workers", "Nigeria"),
    ("Three aid workers of a relief agency were killed when gunmen opened fire on their vehicle near Pibor.",
     "Attack", "Aid Workers", "South Sudan"),
]
# Before round thirteen 0 of these 8 carried the group when the text never named the country (7 of 8 when it
# did: the singular "vaccinator" was no civilian word); after it 8.


@pytest.mark.parametrize("sentence, sub_event_type, label, country", COUNTRYLESS_VICTIMS)
def test_victims_group_waits_for_the_country(actors, sentence, sub_event_type, label, country):
    roles = roles_of(actors, sentence, sub_event_type, None)
    assert roles.actor2 == "Civilians"
    assert label in associates(roles.assoc_actor_2)
    qualified = associates(victim_groups_in_country(roles.assoc_actor_2, country))
    assert f"{label} ({country})" in qualified


# Near-twins: a group already named in a country keeps its name; other associates are never touched.
@pytest.mark.parametrize("associates_in, country, expected", [
    ("Farmers (Nigeria)", "Nigeria", "Farmers (Nigeria)"),
    ("APC: All Progressives Congress", "Nigeria", "APC: All Progressives Congress"),
    ("Women; Christian Group", "Burkina Faso", "Women (Burkina Faso); Christian Group (Burkina Faso)"),
    ("Government", "Philippines", "Government of the Philippines"),
    (None, "Mali", None),
])
def test_only_bare_victim_groups_take_the_country(associates_in, country, expected):
    assert victim_groups_in_country(associates_in, country) == expected


# ---------------------------------------------------------------- victims who hold a public office
# ACLED gives the country's government as the civilians' associate (train: the office reading touches 448
# civilian-victim notes, 366 of them carry a government associate).
# country, sentence, sub-event type
OFFICE_VICTIMS = [
    ("Philippines", "A barangay captain was gunned down by two men on a motorcycle in Tanauan on Friday.", "Attack"),
    ("Mexico", "Unknown attackers murdered the mayor of a small town in Michoacan as he left the town hall.",
     "Attack"),
    ("Somalia", "Al Shabaab gunmen shot dead a district commissioner outside a mosque in Wanlaweyn.", "Attack"),
    ("Nigeria", "Gunmen abducted a local government chairman and his aide on the road to Kaura on Sunday.",
     "Abduction/forced disappearance"),
    ("Afghanistan", "A sticky bomb attached to his car killed a deputy governor in Jalalabad.",
     "Remote explosive/landmine/IED"),
    ("Philippines", "Suspected rebels killed a councilor in an ambush in Northern Samar on Tuesday.", "Attack"),
    ("Somalia", "The killing of two government employees in Baidoa was blamed on Al Shabaab.", "Attack"),
    ("Democratic Republic of Congo", "Militiamen kidnapped a village administrator and four civil servants near "
     "Djugu.", "Abduction/forced disappearance"),
]
# Before round thirteen 0 of these 8 carried the government; after it 8.


@pytest.mark.parametrize("country, sentence, sub_event_type", OFFICE_VICTIMS)
def test_an_office_holder_victim_brings_the_government(actors, country, sentence, sub_event_type):
    roles = roles_of(actors, sentence, sub_event_type, country)
    assert roles.actor2 and roles.actor2.startswith("Civilians")
    assert any(name.startswith("Government of") for name in associates(roles.assoc_actor_2))


# Near-twins: an official who is only the source, or no office at all, brings no government.
@pytest.mark.parametrize("passage", [
    "Gunmen killed five villagers near Bankass on Saturday, a local official said.",
    "Attackers shot dead three farmers, two local officials and a medic told Reuters.",
    "According to the district commissioner, militants killed four herders overnight.",
    "Gunmen killed a trader and his son near the market, the mayor confirmed.",
    "Bandits abducted eleven passengers on the highway on Sunday.",
])
def test_an_official_quoted_as_source_is_not_a_victim(passage):
    assert victims_office(passage) is None


def test_an_office_holder_among_victims_is_read():
    assert victims_office("Gunmen killed a councilor and two residents, police said.") == GOVERNMENT


# ---------------------------------------------------------------- the crowd's group when the text never names
# the country: protesters and rioters keep their trade ("Students"), qualified after geocoding.
# sentence, sub-event type, the bare label expected
COUNTRYLESS_CROWDS = [
    ("Police broke up a rally by university students outside the governor's office in Jayapura.",
     "Protest with intervention", "Students"),
    ("Students protesting a fuel price rise threw stones at police in Kathmandu on Tuesday.",
     "Violent demonstration", "Students"),
    ("Police fired tear gas at farmers who blocked the highway near Ludhiana with tractors.",
     "Protest with intervention", "Farmers"),
    ("Angry workers of a textile factory torched two buses and pelted the police with stones in Gazipur.",
     "Violent demonstration", "Labour Group"),
]
# Before round thirteen 0 of these 4 carried the group when the text never named the country; after it 4. Two more
# rows written for the table fail even when the country is given, so they are another kind, left: "teachers ...
# were dispersed with tear gas" and "striking nurses marched" name no crowd group.


@pytest.mark.parametrize("sentence, sub_event_type, label", COUNTRYLESS_CROWDS)
def test_crowd_group_waits_for_the_country(actors, sentence, sub_event_type, label):
    roles = roles_of(actors, sentence, sub_event_type, None)
    assert label in associates(roles.assoc_actor_1)
    assert f"{label} (Kenya)" in associates(victim_groups_in_country(roles.assoc_actor_1, "Kenya"))


# ---------------------------------------------------------------- communities called tribes or ethnic groups
# are ACLED's ethnic militias (tribal militias in Iraq), not communal ones (train: 14 battle notes read so, all
# coded with the kind predicted).
# country, sentence, side 1, side 2
TRIBES_CLASH = [
    ("Sudan", "Fighting between members of the Hausa and Funj tribes over farmland near Roseires killed 13 people.",
     "Hausa Ethnic Militia (Sudan)", "Funj Ethnic Militia (Sudan)"),
    ("Sudan", "Clashes between the Misseriya and Nuba tribes in South Kordofan left nine dead on Sunday.",
     "Misseriya Ethnic Militia (Sudan)", "Nuba Ethnic Militia (Sudan)"),
    ("Iraq", "Gunfire broke out between the Albu Mohammed and Albu Kadhim tribes in Maysan over a land dispute.",
     "Albu Mohammed Tribal Militia (Iraq)", "Albu Kadhim Tribal Militia (Iraq)"),
    ("Kenya", "Fighting broke out between the Garre and Degodia ethnic groups in Mandera on Tuesday.",
     "Garre Ethnic Militia (Kenya)", "Degodia Ethnic Militia (Kenya)"),
    # one side already named: the pair, not the state a lone militia is taken to fight, is its rival
    ("Chad", "Armed men from the Zaghawa and Ouaddaian ethnic groups fought over a well east of Abeche.",
     "Zaghawa Ethnic Militia (Chad)", "Ouaddaian Ethnic Militia (Chad)"),
    ("South Sudan", "The Dinka Bor and Murle tribesmen clashed near Pibor after a cattle raid.",
     "Dinka Bor Ethnic Militia (South Sudan)", "Murle Ethnic Militia (South Sudan)"),
]
# Before round thirteen 1 of these 6 named both sides so; after it 6. The last two needed a second change: beside
# a named side, the state a convention supplies as a lone militia's rival gives way to the pair the text names
# (train held-out share actor1 0.8451 -> 0.8458, actor2 0.8345 -> 0.8348).


@pytest.mark.parametrize("country, sentence, first, second", TRIBES_CLASH)
def test_communities_called_tribes_are_ethnic_militias(actors, country, sentence, first, second):
    roles = roles_of(actors, sentence, "Armed clash", country)
    assert {roles.actor1, roles.actor2} == {first, second}


# Near-twins: communities and villages stay communal; Somali clans stay clans; unnamed gunmen a named force
# fought keep their side.
@pytest.mark.parametrize("country, sentence, expected", [
    ("Nigeria", "Youths from the Ezza and Effium communities clashed over farmland on Monday.",
     "Communal Militia (Nigeria)"),
    ("Somalia", "Fighting between the Abgaal and Habar Gidir clans near Adale killed five.", "Clan Militia"),
    ("Nigeria", "Militias from Ugep and Idomi villages clashed over a boundary dispute.",
     "Communal Militia (Nigeria)"),
    ("Nigeria", "Soldiers clashed with gunmen near Kauru after fighting between the Atyap and Hausa communities.",
     "Unidentified Armed Group (Nigeria)"),
])
def test_communities_and_clans_keep_their_kind(actors, country, sentence, expected):
    roles = roles_of(actors, sentence, "Armed clash", country)
    assert any(name and expected in name for name in (roles.actor1, roles.actor2))
