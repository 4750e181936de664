"""Dates and tolls, round twenty-four (session 31): a count before a noun no victim list knows. The lists of victim
nouns are closed, so "killing one constable", "shot dead two traffic wardens" or "five rebels and a head constable
were killed" counted no one (or only the rebels). The noun that heads a counted phrase is now read as people as the
last resort, unless it names things, animals, time, a share or a body of people, or is a word of the statement
itself; after a determiner it counts only as a killing verb's object or further down a list of people ("As a result,
two women ..." counts no result). Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventwire.extract.fatalities import find_casualties
from eventwire.extract.fatalities.combine import combine_fatalities


def _dead(text: str) -> int:
    return combine_fatalities(find_casualties(text, 0, len(text))).fatalities


# Each of these counted no one, or fewer, before the reading.
UNLISTED_NOUNS = [
    ("Insurgents fired on the outpost near Sukma, killing one constable.", 1),
    ("Gunmen shot dead two traffic wardens at the roundabout on Tuesday.", 2),
    ("Four bandits and a head constable were killed in the exchange of fire.", 5),  # a constable is police
    ("A drone strike on the hamlet killed a shepherd and his two sons.", 3),
    ("Unknown attackers shot dead the head of the district land registry on Sunday.", 1),
    ("The raiders killed three stonemasons on the road.", 3),
    ("Two farmers and a shepherd were killed when the patrol opened fire.", 3),
    ("Separatists attacked the checkpoint, killing one eco-guard.", 1),
    ("Three deckhands were killed when the ferry was shelled.", 3),
    ("Militants killed a tax collector known as Abdi Farah in the market.", 1),
]

# Read the same before and after: things, animals, time, bodies of people, and determiners before a noun that is
# no killing verb's object.
TWINS = [
    ("Raiders killed 40 cattle and burned two huts near the river.", 0),
    ("The storm killed two sheep and a donkey.", 0),
    ("The strike killed two on Monday, officials said.", 2),
    ("After a heavy exchange, two soldiers and three rebels were killed.", 5),
    ("As a result, two women and a child were killed.", 3),
    ("The airstrike killed and wounded an unknown number of fighters.", 0),
    ("Soldiers from both sides were killed in the clash.", 0),
    ("A group of five traders were killed on the road.", 5),
    ("The senate killed the bill on Tuesday.", 0),
    ("Gunmen killed an off-duty policeman at the gate.", 1),
    ("Five may have died in custody, a rights group said.", 0),
    # "over" as a preposition: the deaths a protest is about (the unknown noun now reaches the relative clause)
    ("Villagers protested over three stonemasons who were shot dead by the police.", 0),
    ("The militia killed over 20 stonemasons near the quarry.", 20),
    # pronouns and number words are no noun; a whose-clause's dead are a person's own, told to say who speaks
    ("The attacker stabbed shoppers, wounding six before he was shot dead by a guard.", 0),
    ("Five pupils aged between eight and 11 died in the blaze.", 8),
    ('"They took everything," said a herder whose uncle and two cousins were killed.', 0),
    ("Troops shot dead a smuggler and two porters whose mules carried the fuel.", 3),
]


@pytest.mark.parametrize("text, dead", UNLISTED_NOUNS + TWINS)
def test_a_count_takes_the_noun_that_heads_it(text: str, dead: int) -> None:
    assert _dead(text) == dead


# A list that opens on groups counting no one (a thing, an open noun after a determiner) starts its statement at
# the first group of people: the span decides which event the count joins ("a roadside bomb and a French soldier was
# also killed" took the Malian soldiers' event while its span opened on the bomb).
OPENING_ON_NO_ONE = [
    ("Two more soldiers were killed by a landmine and a medic was also killed near the well.", "a medic"),
    ("As a result, two women and three men were killed.", "two women"),
]


@pytest.mark.parametrize("text, opening", OPENING_ON_NO_ONE)
def test_a_statement_starts_at_its_first_group_of_people(text: str, opening: str) -> None:
    assert find_casualties(text, 0, len(text))[-1].span.text.startswith(opening)
