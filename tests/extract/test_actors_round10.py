"""Round ten of actor quality: kinds of actor error read off our news-actors2 passages and train's held-out share
(benchmarks/actors/train_error_kinds.py), each with a table of sentences written for these tests (modelled on
real events; no sentence is taken from any data set)."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.actors.subunits import subunit_entries
from eventwire.extract.roles import Roles, assign_roles


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def names_in(actors: ActorDictionary, text: str, country: str | None) -> list[str]:
    return [m.name for m in actors.find_actors(text, country=country)]


def roles_of(actors: ActorDictionary, text: str, sub_event_type: str, country: str | None) -> Roles:
    mentions = actors.find_actors(text, country=country)
    return assign_roles(text, 0, len(text), mentions, sub_event_type, country, actors)


# A state sub-unit ACLED files under its own name is read by that name in its own country (before: the bare
# army or police, or no one at all).
# country, sentence, the sub-unit read
SUBUNITS_BY_NAME = [
    ("Niger", "Gunmen overran a National Guard post outside Tillia before dawn.",
     "Police Forces of Niger National Guard"),
    ("Mozambique", "Officers of the Rapid Intervention Unit fired tear gas at market vendors in Nampula.",
     "Police Forces of Mozambique Rapid Intervention Unit"),
    ("Mozambique", "UIR agents dispersed the crowd outside the district court.",
     "Police Forces of Mozambique Rapid Intervention Unit"),
    ("Afghanistan", "Insurgents stormed an Afghan Local Police outpost in Baghlan.",
     "Police Forces of Afghanistan Afghan Local Police"),
    ("India", "Two CRPF jawans were hurt when an IED went off in Bijapur.",
     "Police Forces of India Central Reserve Police Force"),
    ("Pakistan", "Militants fired on a Frontier Corps convoy near Turbat.",
     "Military Forces of Pakistan Frontier Corps"),
    ("Somalia", "NISA agents detained three suspects in Hodan district.",
     "Military Forces of Somalia National Intelligence and Security Agency"),
    ("Kenya", "GSU officers shot a herder near the Baringo border.", "Police Forces of Kenya General Service Unit"),
    ("Ukraine", "Territorial Defence Forces volunteers held the bridge at Irpin.",
     "Military Forces of Ukraine Territorial Defense Forces"),
]


@pytest.mark.parametrize(("country", "text", "subunit"), SUBUNITS_BY_NAME)
def test_a_subunit_is_read_by_its_own_name(actors, country, text, subunit):
    assert subunit in names_in(actors, text, country)


# The same words are another country's plain force, or a common noun in lower case.
# country, sentence, name that must NOT be read
NOT_THAT_SUBUNIT = [
    ("Mexico", "National Guard troops clashed with cartel gunmen near Aguililla.",
     "Police Forces of Niger National Guard"),
    ("Nigeria", "A National Guard post came under fire in Tillia.", "Police Forces of Niger National Guard"),
    ("Afghanistan", "Afghan special forces raided a compound in Helmand.",
     "Military Forces of Afghanistan Special Forces"),
    ("Democratic Republic of Congo", "Rangers patrolled Garamba National Park after the poachers fled.",
     "Police Forces of the Democratic Republic of Congo Garamba National Park"),
]


@pytest.mark.parametrize(("country", "text", "absent"), NOT_THAT_SUBUNIT)
def test_subunit_names_hold_only_as_written_and_at_home(actors, country, text, absent):
    assert absent not in names_in(actors, text, country)


# A sub-unit stands for its parent force on one side: "soldiers" after "Frontier Corps camp" are the same unit
# (before: the parent became an associated actor).
# country, sentence, sub-event type, the side's lead
SUBUNIT_AND_PARENT = [
    ("Pakistan", "TTP fighters attacked a Frontier Corps camp in Zhob, and four soldiers died in the gunfight.",
     "Armed clash", "Military Forces of Pakistan Frontier Corps"),
    ("Afghanistan", "Taliban insurgents stormed an Afghan Local Police checkpoint, killing seven policemen.",
     "Armed clash", "Police Forces of Afghanistan Afghan Local Police"),
    ("Niger", "Militants raided a National Guard post near Tahoua and killed two policemen.", "Armed clash",
     "Police Forces of Niger National Guard"),
]


@pytest.mark.parametrize(("country", "text", "sub_event_type", "lead"), SUBUNIT_AND_PARENT)
def test_a_subunit_stands_for_its_parent_force(actors, country, text, sub_event_type, lead):
    roles = roles_of(actors, text, sub_event_type, country)
    assert roles.actor2 == lead
    assert not roles.assoc_actor_2


def test_a_foreign_force_beside_a_subunit_stays_associated(actors):
    text = "ISWAP fighters attacked a Civilian JTF post, and Nigerian soldiers and Chadian troops repelled them."
    names = names_in(actors, text, "Nigeria")
    assert "Military Forces of Chad" in names


# "U.S. and British warplanes": the first country's force of the branch the second names (before: the first
# country word named no one).
# country, sentence, the two forces in order
PAIRED_COUNTRIES = [
    ("Yemen", "U.S. and British warplanes struck radar sites near Hodeidah.",
     ["Military Forces of the United States", "Military Forces of the United Kingdom"]),
    ("Mali", "Malian and French soldiers patrolled the road to Menaka.",
     ["Military Forces of Mali", "Military Forces of France"]),
    ("Somalia", "Somali and Kenyan troops retook the town of Bulo Hawo.",
     ["Military Forces of Somalia", "Military Forces of Kenya"]),
]


@pytest.mark.parametrize(("country", "text", "forces"), PAIRED_COUNTRIES)
def test_paired_country_words_name_both_forces(actors, country, text, forces):
    assert names_in(actors, text, country)[:2] == forces


def test_paired_countries_without_a_force_word_name_no_force(actors):
    assert names_in(actors, "Mali and Niger signed a security pact in Bamako.", "Mali") == []


def test_the_first_of_a_pair_leads_an_air_strike(actors):
    roles = roles_of(actors, "U.S. and British warplanes struck Houthi targets around Sanaa.", "Air/drone strike",
                     "Yemen")
    assert roles.actor1 == "Military Forces of the United States"
    assert roles.assoc_actor_1 == "Military Forces of the United Kingdom"


# Manipur's communal militias (public facts; ACLED codes them from May 2023).
KUKI_MEITEI = [
    ("Armed Kuki militants fired on farmers in Bishnupur district.", "Kuki Ethnic Militia (India)"),
    ("Meitei militants torched houses in Churachandpur.", "Meitei Ethnic Militia (India)"),
]


@pytest.mark.parametrize(("text", "militia"), KUKI_MEITEI)
def test_manipur_militias(actors, text, militia):
    assert names_in(actors, text, "India")[0] == militia


@given(st.sampled_from(["Military Forces", "Police Forces"]), st.sampled_from(["Niger", "Kenya", "Iraq"]),
       st.text(alphabet="ABCDEFGHIJ abcdefghij", min_size=1, max_size=20).map(str.strip).filter(bool),
       st.integers(min_value=0, max_value=50))
def test_subunit_entries_are_scoped_to_their_country(base, country, unit, rows):
    entries = subunit_entries([(f"{base} of {country} {unit}", "1", country, rows)], set(), set())
    for entry in entries:
        assert entry["countries"] == [country] and entry["home"] == country
        assert unit in entry["context"]
    assert bool(entries) == (rows >= 3 and not unit.endswith("National Park"))


# ", a vigilante leader said": an unarmed or communal speaker of a trailing attribution is the report's source,
# not an associated actor (before: Vigilante Group, Health Workers as associates).
# country, sentence, sub-event type, the speaker's name that must not be on either side
SPEAKERS = [
    ("Nigeria", "Soldiers fought ISWAP militants outside Gudumbali on Friday, a vigilante leader said.",
     "Armed clash", "Vigilante Group (Nigeria)"),
    ("Sudan", "Police fired tear gas at protesters marching in Omdurman on Sunday, a doctors' group said.",
     "Protest with intervention", "Health Workers (Sudan)"),
    ("Kenya", "Police dispersed traders protesting new levies in Eldoret, a journalists' union told reporters.",
     "Protest with intervention", "Journalists (Kenya)"),
]


@pytest.mark.parametrize(("country", "text", "sub_event_type", "speaker"), SPEAKERS)
def test_a_trailing_speaker_is_not_a_side(actors, country, text, sub_event_type, speaker):
    roles = roles_of(actors, text, sub_event_type, country)
    sides = [roles.actor1, roles.assoc_actor_1, roles.actor2, roles.assoc_actor_2]
    assert all(speaker not in (name or "") for name in sides)


def test_a_crowd_named_in_the_event_clause_is_still_read(actors):
    roles = roles_of(actors, "Police fired tear gas at striking doctors in Khartoum, the union said.",
                     "Protest with intervention", "Sudan")
    assert roles.assoc_actor_1 == "Health Workers (Sudan)"
