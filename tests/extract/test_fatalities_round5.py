"""Fatalities, round five: kinds of error from long news (a rounded figure beside the exact count it rounds; a
claimed floor beside the official figure; a wider total beside the act's own count; a bomber told dead by noun;
"adults" as victims).
Every sentence is written for these tests; each table is a kind seen at least three times across our passage sets
and ACLED's notes. Each table holds wordings as different as we could make them and near-twins that must keep
their reading."""

from __future__ import annotations

import pytest

from eventwire.extract.fatalities import combine_fatalities, find_casualties
from eventwire.extract.numbers import parse_number


def figure(text: str) -> int:
    return combine_fatalities(find_casualties(text)).fatalities


# A rounded figure and the exact count that makes it precise are one report: the exact count is the figure, even
# above the rounded one ("roughly a dozen ... 13").
ROUNDED_BESIDE_EXACT = [
    ("About forty miners were killed when gunmen raided the site. Rescuers later recovered 43 bodies from the pit.", 43),
    ("Roughly a dozen fishermen were shot dead on the lake; the district officer later said 13 had died.", 13),
    ("Officials said some sixty people lost their lives. The hospital said 62 people had died.", 62),
    ("According to the governor, approximately fifty villagers perished in the night raid. On Tuesday he said that "
     "54 people had been killed.", 54),
    ("Nearly a hundred and sixty herders were slaughtered at dawn. The government later confirmed 157 dead.", 157),
    ("Close to twenty worshippers were killed in the mosque, and the police later put the toll at 21.", 21),
    ("Around thirty combatants of the armed group were killed. The army later announced that 34 fighters had died.",
     34),
]
# Near-twins: a range competes by its low end; a far figure is another report; a rounded figure alone stands.
ROUNDED_TWINS = [
    ("Between 20 and 30 civilians were killed in the ambush; 24 victims were buried on Monday.", 20),
    ("About 20 people were killed in the raid, police said. Hospital staff said eight people had died.", 8),
    ("Some seventy people were killed in the attack on the market.", 70),
    ("Some seventy people were feared dead. Officials said 65 people had been killed.", 65),
]


@pytest.mark.parametrize(("text", "fatalities"), ROUNDED_BESIDE_EXACT + ROUNDED_TWINS)
def test_an_exact_count_makes_a_rounded_figure_precise(text, fatalities):
    assert figure(text) == fatalities


@pytest.mark.parametrize(("words", "number"), [
    ("a hundred and sixty", 160), ("a thousand and one", 1001), ("an hundred and five", 105), ("a dozen", 12)])
def test_a_run_of_number_words_may_start_with_an_article(words, number):
    assert parse_number(words) == number


# "Killed more than 60 soldiers" is a floor from another source (often the attackers' own claim), not deaths "N
# more" on top of those told before: it competes with the figure already given.
A_CLAIMED_FLOOR_BESIDE_A_FIGURE = [
    ("Twelve soldiers were killed, the army said. The jihadists said they had killed more than 30 soldiers.", 12),
    ("The ministry said eight police officers died. The Taliban claimed to have killed more than 20 policemen.", 8),
    ("Five civilians were shot dead in the raid. Residents said the gunmen killed more than ten civilians.", 5),
    ("Two soldiers were killed in the ambush. The group later said in a statement that it killed more than a dozen "
     "troops.", 2),
    ("According to the governor, 17 villagers were killed. Survivors told reporters the militia had murdered more "
     "than 40 villagers.", 17),
    ("Nine gendarmes lost their lives at the post, and the insurgents boasted of having slain more than 30 "
     "gendarmes.", 9),
]
# Near-twins: deaths told as more on top of the first ones still add up.
CLAIMED_FLOOR_TWINS = [
    ("Four soldiers were killed in the morning; two more soldiers died in the afternoon.", 6),
    ("Three policemen were killed. Later, gunmen killed three more policemen at a checkpoint.", 6),
    ("More than 30 soldiers were killed, the jihadists said.", 30),
]


@pytest.mark.parametrize(("text", "fatalities"), A_CLAIMED_FLOOR_BESIDE_A_FIGURE + CLAIMED_FLOOR_TWINS)
def test_a_floor_after_a_killing_verb_competes_with_the_figure_told_before(text, fatalities):
    assert figure(text) == fatalities


# A count whose own clause widens it past one act (a span of days, an area, a set of acts) told beside an act's
# smaller count is a total over many acts: the act's count is the figure.
A_WIDER_TOTAL_BESIDE_THE_ACTS_COUNT = [
    ("Troops shot dead five students in Mandalay on Sunday as the security forces killed at least 80 people in towns "
     "across the country.", 5),
    ("Since Thursday, clashes in the capital have killed 45 people. On Saturday a mortar round hit a school, killing "
     "six children.", 6),
    ("Two fishermen were killed by the blast, police said. Thirty-one people have died along the coast this month.",
     2),
    ("The toll of a week of fighting in the city stands at 54. In the latest clash, on Thursday, militiamen shot dead "
     "three farmers.", 3),
    ("Nationwide, police have killed 19 demonstrators in a week of unrest. In Mombasa on Tuesday officers shot dead "
     "two men.", 2),
    ("Nine civilians perished in the bombardment of the market, while across the region 40 people have died since "
     "the beginning of the week.", 9),
    ("According to the UN, at least 120 people have been killed across Gezira state since Tuesday. In the village of "
     "Um Adara, fighters killed 35 people on Wednesday.", 35),
    ("The strike on the clinic killed 11 people; it was part of a wave of air raids that killed 60 people in the "
     "province.", 11),
]
# Near-twins: a wide count alone, a larger report of the same wide count, "since" as an adverb, "part of" a group.
WIDER_TOTAL_TWINS = [
    ("Security forces killed 90 people across the country on Saturday. Rights groups later said 114 had died.", 90),
    ("Clashes since Monday have killed 30 people in the town, officials said.", 30),
    ("Three soldiers were killed on Monday. Two more soldiers have since died in hospital.", 5),
    ("A robber who was part of a gang of six was killed, and a policeman also died in the shootout.", 2),
]


@pytest.mark.parametrize(("text", "fatalities"), A_WIDER_TOTAL_BESIDE_THE_ACTS_COUNT + WIDER_TOTAL_TWINS)
def test_a_wider_total_beside_the_acts_own_count_is_left_out(text, fatalities):
    assert figure(text) == fatalities


# A bomber told dead by noun ("the bomber also died") is the bomber who blew himself up: counted once, on top of the
# people killed.
THE_BOMBER_TOLD_DEAD_BY_NOUN = [
    ("A suicide bomber blew himself up at the checkpoint, killing five soldiers. The bomber, a teenager from the "
     "town, also died.", 6),
    ("Seven worshippers were killed when a man detonated explosives in the mosque; police said the bomber was "
     "killed as well.", 8),
    ("A female suicide bomber killed 11 people at the market in Konduga; the bomber also died.", 12),
    ("Two suicide bombers attacked the camp, killing nine displaced people. Both bombers were killed.", 11),
    ("The blast at the bus station killed 14 passengers, the interior ministry said. The suicide bomber also lost "
     "his life.", 15),
    ("The bomber blew himself up in the crowd, and 23 mourners were killed; the bomber died instantly.", 24),
]
BOMBER_NOUN_TWINS = [
    ("Twelve people, including the bomber, were killed at the rally.", 12),
    ("A suicide bomber killed 14 people at the mosque.", 15),
    ("Soldiers shot the would-be bomber dead at the gate before he could reach the crowd.", 1),
]


@pytest.mark.parametrize(("text", "fatalities"), THE_BOMBER_TOLD_DEAD_BY_NOUN + BOMBER_NOUN_TWINS)
def test_a_bomber_told_dead_by_noun_counts_once_on_top_of_the_victims(text, fatalities):
    assert figure(text) == fatalities


# "Adults" and "minors" count people like "children" and "women" (train notes left at 0: "killed two adults and
# their three children").
ADULTS_AND_MINORS_COUNTED = [
    ("Militants killed three adults and a child at the well.", 4),
    ("Two adults died when the shell hit their car.", 2),
    ("Four minors were shot dead by the police during the march.", 4),
    ("The drone strike killed six adults, the hospital said.", 6),
    ("An adult and two children were killed in the fire set by the attackers.", 3),
    ("The raid left seven adults dead, residents said.", 7),
]
ADULTS_TWINS = [
    ("Three adults were wounded and a child was killed.", 1),
    ("The militia abducted two adults and released them a day later.", 0),
]


@pytest.mark.parametrize(("text", "fatalities"), ADULTS_AND_MINORS_COUNTED + ADULTS_TWINS)
def test_adults_and_minors_are_counted_victims(text, fatalities):
    assert figure(text) == fatalities
