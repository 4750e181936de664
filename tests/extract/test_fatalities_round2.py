"""Fatalities, round two: kinds of error from long news (tolls that rise, conflicting reports, breakdowns, bodies
found later). Every sentence is written for these tests; each table is a kind, never one passage."""

from __future__ import annotations

import pytest

from eventwire.extract.fatalities import combine_fatalities, find_casualties


def figure(text: str) -> int:
    return combine_fatalities(find_casualties(text)).fatalities


# Two reports of one victim group's dead, one naming the victims, one counting "people": ACLED keeps the lower.
CONFLICTING_REPORTS = [
    ("Gunmen killed 9 herders near Kauru on Monday, police said. Community leaders put the number of dead at 25.", 9),
    ("Shelling killed three civilians in Avdiivka on Friday, the governor said. Local volunteers said six people"
     " had died.", 3),
    ("Rebels said 40 soldiers were killed in the ambush near Rutshuru. The army reported eleven deaths.", 11),
    ("A drone strike on a market killed 14 people, a health official said; the rebels said 26 shoppers died.", 14),
]
# What still stands beside one named group: a floor, a single person, a count below the group's floor, and
# anyone when the group is told as coming on top ("also died").
TOTALS_BESIDE_ONE_GROUP = [
    ("Gunmen killed at least 30 people in raids on Tuesday. Eleven villagers were killed in Dogon Dawa alone.", 30),
    ("Two soldiers were killed in the ambush, and one person died later in hospital.", 2),
    ("Police fired on the crowd, killing three. A police officer also died in the clashes.", 4),
    ("The rebels killed at least 9 soldiers in the ambush; a video shows 4 bodies in uniform.", 9),
    ("Five soldiers died on Friday and an air strike killed two civilians, bringing the toll to 12.", 12),
]


@pytest.mark.parametrize(("text", "fatalities"), CONFLICTING_REPORTS + TOTALS_BESIDE_ONE_GROUP)
def test_reports_of_one_groups_dead_compete(text, fatalities):
    assert figure(text) == fatalities


# A later toll of the same event replaces the counts told before it, whatever verb raises it.
TOLL_UPDATES = [
    ("Militants killed six traders at the market on Monday. Two more bodies were found on Tuesday, raising the toll"
     " to eight.", 8),
    ("Four people died in the blast. Rescuers pulled another victim from the rubble, raising the number of dead to"
     " five.", 5),
    ("Troops shot dead three protesters on Friday; by Sunday the number of protesters killed had risen to seven.", 7),
    ("Soldiers found 9 more bodies in the forest, bringing the number of villagers killed by the militia in the raid"
     " to 23.", 23),
    ("Ten people were killed on Saturday and the toll has since climbed to 14, a hospital director said.", 14),
]
# A toll whose subject names a period is a running total, not the event's figure; so is "bringing the toll to"
# after a new day's dead (the assembly's convention: a count over days).
RUNNING_TOLLS = [
    ("Fighting went on on Tuesday. Three more soldiers were killed, bringing the toll to 12.", 3),
    ("Police shot dead a man in Jenin on Monday, bringing the number of people killed in the city this year to 61.", 1),
    ("Two demonstrators were killed on Sunday, taking the number of protesters killed since the coup to 95.", 2),
    ("A gendarme died in the ambush, bringing the toll since January to 30, the ministry said.", 1),
]


@pytest.mark.parametrize(("text", "fatalities"), TOLL_UPDATES + RUNNING_TOLLS)
def test_a_raised_toll_replaces_earlier_counts_but_a_running_toll_counts_nothing(text, fatalities):
    assert figure(text) == fatalities


# A breakdown told inside the count ("one of them a child", "- among them ... -", "12 of them soldiers") is part of
# the figure, never more dead.
BREAKDOWNS = [
    ("Nine worshippers - among them an imam and two boys - were killed when the mosque was shelled.", 9),
    ("Three gendarmes and two herders, one of them a teenager, died in the crossfire on Thursday.", 5),
    ("Eleven miners, two of whom were foreigners, were killed when gunmen raided the site.", 11),
    ("The raid killed 28 people, 9 of them children, according to the local council.", 28),
    ("Gunmen killed twenty villagers, six of them women and the rest farmers, in the night attack.", 20),
    ("Fifteen soldiers — including the base commander and his deputy — were killed in the assault.", 15),
]


@pytest.mark.parametrize(("text", "fatalities"), BREAKDOWNS)
def test_a_breakdown_inside_the_count_is_part_of_it(text, fatalities):
    assert figure(text) == fatalities


# Deaths told as coming on top of a first count ("four more soldiers", "succumbed to gunshot wounds") add to it.
LATER_DEATHS = [
    ("Two guards died on Monday and three more guards died in hospital.", 5),
    ("Fourteen people were killed in the raid and 3 succumbed to their wounds on Sunday.", 17),
    ("Five soldiers died at the scene and four more soldiers succumbed to gunshot wounds overnight.", 9),
    ("A police commander succumbed to his injuries on Tuesday, two days after the ambush.", 1),
]
# A suicide car or truck bomber dies by the charge: ACLED counts the bomber among the dead.
VEHICLE_BOMBERS = [
    ("A suicide car bomber killed six soldiers at the gate of the base.", 7),
    ("A suicide truck bomber killed at least 20 people outside the ministry.", 21),
    ("The suicide car bomber was shot before reaching the checkpoint; nobody else died.", 0),
]


@pytest.mark.parametrize(("text", "fatalities"), LATER_DEATHS + VEHICLE_BOMBERS)
def test_later_deaths_and_vehicle_bombers_add_up(text, fatalities):
    assert figure(text) == fatalities


# Bodies found later: verb first ("found the body of ..."), after a relative clause, and "more/other" dead on top.
BODIES_FOUND = [
    ("Residents found the body of a local councillor on Monday, two days after gunmen seized him.", 1),
    ("Soldiers recovered the bodies of 11 fishermen from the lake on Thursday.", 11),
    ("The bodies of four traders who had been abducted on the highway were found in a ditch.", 4),
    ("Three farmers were hacked to death on Friday. The bodies of two other men who fled the raid were recovered on"
     " Sunday.", 5),
    ("Gunmen killed seven villagers on Monday; on Wednesday residents found the bodies of three more villagers.", 10),
]


@pytest.mark.parametrize(("text", "fatalities"), BODIES_FOUND)
def test_bodies_found_later_count(text, fatalities):
    assert figure(text) == fatalities


# Attackers killed beside their victims: "shot N ... dead", "both", "members of <a force>" are the force's dead.
ATTACKERS_AND_VICTIMS = [
    ("The gunmen killed 14 guests before commandos shot both attackers dead.", 16),
    ("Police shot three robbers dead after the gang killed a shopkeeper.", 4),
    ("Militants killed four members of the National Guard; troops killed two of the attackers.", 6),
    ("Jihadists killed the fishermen on the shore; four of them were killed, a survivor said.", 4),
    ("Both soldiers were killed when their jeep hit a mine.", 2),
    ("Both sides blamed each other and nobody was killed.", 0),
    ("The gunmen killed two guards. Police shot dead one of the attackers and a third blew himself up.", 4),
    ("Three assailants were killed by soldiers; another attacker blew himself up at the gate, killing a guard.", 5),
]


@pytest.mark.parametrize(("text", "fatalities"), ATTACKERS_AND_VICTIMS)
def test_attackers_killed_add_to_their_victims(text, fatalities):
    assert figure(text) == fatalities


# Victims listed with possessives and "as well as": "a pastor, his wife and their three children, as well as ...".
LISTED_VICTIMS = [
    ("Gunmen killed a village chief and his two sons, as well as four other residents, on Saturday.", 7),
    ("A farmer, his wife and their three kids were shot dead in their compound.", 5),
    ("Two policemen died as well as three assailants when the station was stormed.", 5),
    ("The soldiers killed a trader and her two daughters at the checkpoint.", 3),
]


@pytest.mark.parametrize(("text", "fatalities"), LISTED_VICTIMS)
def test_listed_victims_add_up(text, fatalities):
    assert figure(text) == fatalities


# Ranges with "to" and the present tense of headlines and notes.
RANGES_AND_PRESENT = [
    ("The air strike killed between 6 to 9 fighters at the camp.", 6),
    ("Between 4 to 7 villagers were killed when the militia struck at dawn.", 4),
    ("Villagers stab two herders to death at the market.", 2),
    ("A mob stone a pastor to death in the town square.", 1),
]


@pytest.mark.parametrize(("text", "fatalities"), RANGES_AND_PRESENT)
def test_ranges_with_to_and_present_tense_deaths(text, fatalities):
    assert figure(text) == fatalities


# What was done to the victims before the killing: "abducted and later killed", "attacked and burnt to death".
DONE_FIRST = [
    ("A local councillor was abducted and later killed by gunmen near Kagara.", 1),
    ("Two aid workers were ambushed and beheaded on the road to Ladejo.", 2),
    ("Four herders were attacked and burnt to death in their camp.", 4),
    ("Five villagers were abducted and released the next day.", 0),
]


@pytest.mark.parametrize(("text", "fatalities"), DONE_FIRST)
def test_deaths_after_another_act(text, fatalities):
    assert figure(text) == fatalities
