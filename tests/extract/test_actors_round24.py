"""Round twenty-four of actor quality: actor2 on ACLED-style reports, kinds counted on train's look share
(benchmarks/actors/train_error_kinds.py). A force or group that fought itself is on both sides of the clash.
Sentences written for these tests (modelled on real events; none taken from a data set), with near-twins that
must keep their reading."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.roles import Roles, assign_roles
from eventwire.extract.roles.special_cases import INFIGHTING


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def roles_of(actors: ActorDictionary, text: str, sub_event_type: str, country: str | None) -> Roles:
    mentions = actors.find_actors(text, country=country)
    return assign_roles(text, 0, len(text), mentions, sub_event_type, country, actors)


# ------------------------------------------------------------- infighting: the one named side on both sides
# (sentence, country, the actor on both sides)
INFIGHTING_CLASHES = [
    ("On 4 May 2021, two groups of Somali army soldiers exchanged fire over a checkpoint in Afgooye; one soldier "
     "was killed.", "Somalia", "Military Forces of Somalia"),
    ("On 9 June 2020, a police officer shot dead two of his colleagues after an argument at a station in Eldoret.",
     "Kenya", "Police Forces of Kenya"),
    ("Around 2 March 2021, Al Shabaab militants clashed among themselves over the sharing of zakat near Jilib, "
     "leaving two dead.", "Somalia", "Al Shabaab"),
    ("On 11 July 2019, a soldier opened fire on fellow soldiers at a barracks in Mosul, killing three.", "Iraq",
     "Military Forces of Iraq"),
    ("On 5 April 2020, infighting broke out among ADF combatants near Eringeti, leaving four dead.",
     "Democratic Republic of Congo", "ADF: Allied Democratic Forces"),
]


@pytest.mark.parametrize(("text", "country", "actor"), INFIGHTING_CLASHES)
def test_a_side_that_fought_itself_is_on_both_sides(actors, text, country, actor):
    roles = roles_of(actors, text, "Armed clash", country)
    assert (roles.actor1, roles.actor2) == (actor, actor)


# near twins: a second armed side the text names stays, unnamed gunmen included (in the text's order: since round
# twenty-seven Somalia has no habit for open clashes); no infighting word, no change. (sentence, country, actor1,
# actor2)
OTHER_SIDES_KEPT = [
    ("On 4 May 2021, Somali army soldiers and Al Shabaab militants exchanged fire with each other near Afgooye.",
     "Somalia", "Military Forces of Somalia", "Al Shabaab"),
    ("On 9 June 2020, gunmen shot at police officers in Mandera; the officers and their colleagues returned fire.",
     "Kenya", "Unidentified Armed Group (Kenya)", "Police Forces of Kenya"),
    ("On 11 July 2019, soldiers clashed with unidentified gunmen near Tikrit and fired at each other for an hour.",
     "Iraq", "Military Forces of Iraq", "Unidentified Armed Group (Iraq)"),
    ("On 5 April 2020, Somali army soldiers clashed with unknown attackers at a checkpoint in Afgooye.", "Somalia",
     "Military Forces of Somalia", "Unidentified Armed Group (Somalia)"),
]


@pytest.mark.parametrize(("text", "country", "actor1", "actor2"), OTHER_SIDES_KEPT)
def test_a_named_other_side_is_kept(actors, text, country, actor1, actor2):
    roles = roles_of(actors, text, "Armed clash", country)
    assert (roles.actor1, roles.actor2) == (actor1, actor2)


@pytest.mark.parametrize(("text", "tells_infighting"), [
    ("two rival groups of the Somali military clashed", True),
    ("a soldier killed another soldier", True),
    ("a policeman shot his colleague", True),
    ("ISWAP fighters killed one of their own commanders", True),
    ("a Mayi Mayi combatant killed another Delphin combatant", True),
    ("two soldiers were killed and another was wounded", False),
    ("rival gangs fought over territory", False),
    ("the two armed groups signed a truce", False),
])
def test_infighting_words(text, tells_infighting):
    assert bool(INFIGHTING.search(text)) is tells_infighting


# ------------------------------------------------ victims of one foreign nationality: that country's civilians
# (sentence, country of the event, sub-event type, actor2)
FOREIGN_VICTIMS = [
    ("On 2 May 2021, gunmen abducted three Chinese nationals at a quarry near Kaiama.", "Nigeria",
     "Abduction/forced disappearance", "Civilians (China)"),
    ("On 14 August 2019, unknown gunmen shot dead an Indian citizen in his shop in Kabwe.", "Zambia", "Attack",
     "Civilians (India)"),
    ("On 3 June 2020, pirates kidnapped six Ukrainian sailors from a tanker off Bayelsa.", "Nigeria",
     "Abduction/forced disappearance", "Civilians (Ukraine)"),
    ("On 9 March 2021, a businessman of Lebanese origin was stabbed to death by robbers in Kinshasa.",
     "Democratic Republic of Congo", "Attack", "Civilians (Lebanon)"),
    # near twins: the event country's own people, a foreigner among other victims, foreign attackers, two
    # nationalities
    ("On 2 May 2021, gunmen abducted three Nigerian nationals at a quarry near Kaiama.", "Nigeria",
     "Abduction/forced disappearance", "Civilians (Nigeria)"),
    ("On 14 August 2019, gunmen killed four people, including an Indian citizen, in Kabwe.", "Zambia", "Attack",
     "Civilians (Zambia)"),
    ("On 5 May 2020, a farmer was killed by Burkinabe herders near Kerou.", "Benin", "Attack", "Civilians (Benin)"),
    ("On 3 June 2020, pirates kidnapped six Ukrainian and Russian sailors from a tanker off Bayelsa.", "Nigeria",
     "Abduction/forced disappearance", "Civilians (Nigeria)"),
]


@pytest.mark.parametrize(("text", "country", "sub_event_type", "actor2"), FOREIGN_VICTIMS)
def test_victims_of_one_foreign_nationality(actors, text, country, sub_event_type, actor2):
    assert roles_of(actors, text, sub_event_type, country).actor2 == actor2
