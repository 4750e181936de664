"""Fatalities, round seven: kinds of error from news-fatalities6's dev part and ACLED's notes (one person told any way
and a count of others killed with them; a raised toll that holds the act's own later dead; the members of a side;
a toll revised down; the wounded who die later; the dead told under a count of casualties).
Every sentence is written for these tests; each table holds wordings as different as we could make them and
near-twins that must keep their reading."""

from __future__ import annotations

import pytest

from eventwire.extract.fatalities import combine_fatalities, find_casualties


def figure(text: str) -> int:
    return combine_fatalities(find_casualties(text)).fatalities


# One person (a title, a name, an of-phrase, an aside between commas) and a count of others killed with them: the
# person is one more dead ("killing the deputy minister and five others": 6).
ONE_AND_OTHERS = [
    ("A car bomb exploded outside the hotel, killing the region's deputy health minister Abdullahi Nur Ali and five "
     "others.", 6),
    ("Bandits killed the village head of Kadawa and three other people in the overnight raid.", 4),
    ("The bomb struck his convoy, killing Sheikh Khalaf al-Dulaimi, who led a tribal force against the jihadists, and "
     "four members of his family.", 5),
    ("Gunmen shot dead the mayor of the rural commune of Boni and two of his councillors on the Douentza road.", 3),
    ("The drone strike killed a senior commander of the group and three of his companions near the border.", 4),
    ("The village head and three other people were killed when the gunmen returned at dawn.", 4),
    ("A soldier on leave and two of his children died when the jet struck their house.", 3),
    ("Two policemen and a passer-by were killed when the bomb in the bin went off.", 3),
]
# Near-twins: a count or a plural noun in the first part is a list; the others as subject of their own verb are not
# dead; nothing that opens on a preposition or a pronoun is a person.
ONE_AND_OTHERS_TWINS = [
    ("The ambush killed two soldiers and three others on the road to Djibo.", 5),
    ("Rebels killed three villagers in the attack and three others were kidnapped.", 3),
    ("The militia killed a herder near the well, and two others were arrested by the gendarmes.", 1),
    ("Four suicide bombers attacked the village, killing themselves and three others.", 7),
    ("A police officer, a militiaman and two others were killed in the clash.", 4),
    ("An official of the rebel group and two other rebels were shot dead in the raid.", 3),
    ("The strike killed the soldiers and two others at the checkpoint.", 2),
]


@pytest.mark.parametrize(("text", "fatalities"), ONE_AND_OTHERS + ONE_AND_OTHERS_TWINS)
def test_one_person_and_others_killed_with_them(text, fatalities):
    assert figure(text) == fatalities


# A raised figure that holds the act's own later dead (bodies found, the wounded who died) is the act's toll: the
# count told before it is an earlier toll, not a second report to keep the lower of.
RAISE_HOLDS_THE_ACTS_DEAD = [
    ("Rebels attacked the village on Tuesday, killing four civilians. Search teams found two more bodies in the river "
     "on Wednesday, bringing the number of dead to six.", 6),
    ("Gunmen killed eight people at the market. Three more bodies were found in a well on Sunday, bringing the toll "
     "to 11.", 11),
    ("The blast killed five soldiers. Two more soldiers succumbed to their wounds overnight, bringing the death toll "
     "to seven.", 7),
]
RAISE_TWINS = [
    ("Ten soldiers were killed in the ambush. Fighting resumed on Thursday. Four more soldiers died, bringing the toll "
     "to 20.", 14),
    ("At least 12 villagers were killed on Monday. Rescuers found three more bodies, bringing the toll to 15.", 15),
    ("Gunmen killed eight people at the market. Three more bodies were found on Sunday.", 11),
]


@pytest.mark.parametrize(("text", "fatalities"), RAISE_HOLDS_THE_ACTS_DEAD + RAISE_TWINS)
def test_a_raise_holding_the_acts_own_dead_is_its_toll(text, fatalities):
    assert figure(text) == fatalities


# "Three members of the vigilante group died": members of a side named by their of-phrase are that side's dead, on
# top of the attackers they killed.
MEMBERS_OF_A_SIDE = [
    ("Vigilantes fought off the bandits on Tuesday, killing seven of them. Three members of the vigilante group died "
     "in the fighting.", 10),
    ("The bandits killed four villagers. Two members of the vigilante patrol that chased them were killed.", 6),
]
MEMBERS_TWINS = [
    ("Three members of his family were killed in the strike on the house.", 3),
]


@pytest.mark.parametrize(("text", "fatalities"), MEMBERS_OF_A_SIDE + MEMBERS_TWINS)
def test_members_of_a_side_are_that_sides_dead(text, fatalities):
    assert figure(text) == fatalities


# A toll revised (down, up, or simply "revised", "lowered", "corrected") is the latest toll.
REVISED_TOLL = [
    ("Officials first said 134 people had been killed. The toll rose to 160 on Sunday. The government later revised "
     "the toll down to 157 after a count by forensic teams.", 157),
    ("The ministry said 40 people were killed. On Monday it lowered the death toll to 36, saying some bodies had been "
     "counted twice.", 36),
    ("The army said 20 soldiers died in the attack. The defence ministry later revised down the toll to 18.", 18),
    ("Police said nine people were killed; on Friday they corrected the toll to 11.", 11),
]
REVISED_TWINS = [
    ("The ministry said 40 people were killed. The opposition said 52 had died.", 40),
    ("The ministry revised its travel advice on Monday after 12 people were killed in the bombing.", 12),
]


@pytest.mark.parametrize(("text", "fatalities"), REVISED_TOLL + REVISED_TWINS)
def test_a_revised_toll_is_the_latest(text, fatalities):
    assert figure(text) == fatalities


# The wounded who die later ("a wounded officer succumbed", "one of the two injured persons died") are more dead of
# the act, on top of the count told before.
WOUNDED_WHO_DIED = [
    ("Fighters attacked the post on Tuesday, killing four policemen. A wounded officer succumbed to his injuries on "
     "Wednesday at the regional hospital.", 5),
    ("Gunmen shot dead three villagers. Two injured women died later in the district hospital.", 5),
    ("Two fishermen were injured by the shelling. On the following day, one of the two injured persons died.", 1),
    ("An injured member of the movement died in hospital two days later.", 1),
    ("Fourteen members of the sect were killed in the clash. Two of those injured later died in hospital.", 16),
]
WOUNDED_TWINS = [
    ("Gunmen killed three villagers and wounded five. Two wounded soldiers were evacuated by helicopter.", 3),
    ("Three injured villagers and 20 deaths were reported after the shelling.", 20),
]


@pytest.mark.parametrize(("text", "fatalities"), WOUNDED_WHO_DIED + WOUNDED_TWINS)
def test_the_wounded_who_die_later_add(text, fatalities):
    assert figure(text) == fatalities


# Under a count of casualties ("killed or injured", "casualties") the dead told with "including" are the only count of
# the dead, not a part of one.
DEAD_AMONG_CASUALTIES = [
    ("At least fifteen worshippers were killed or injured, including six dead, a spokesman said.", 6),
    ("Thirty people were killed or wounded in the attack, among them four dead.", 4),
    ("The blast caused 20 casualties, including three dead, the hospital said.", 3),
]
DEAD_AMONG_TWINS = [
    ("Thirty people were killed in the attack, including four children.", 30),
    ("Thirty people were killed or wounded, including four children.", 0),
]


@pytest.mark.parametrize(("text", "fatalities"), DEAD_AMONG_CASUALTIES + DEAD_AMONG_TWINS)
def test_the_dead_under_a_count_of_casualties(text, fatalities):
    assert figure(text) == fatalities


# "The village head", "a district head": the head of a place is a person (train: 21 notes better, 2 worse, both a
# death that was no fatality of the event).
HEADS_OF_PLACES = [
    ("Gunmen stormed the hamlet at night and killed the village head.", 1),
    ("The attackers killed eleven villagers, four members of a vigilante group and the village head.", 16),
    ("Bandits shot dead the district head of Kucheri in front of his house.", 1),
    ("Militiamen killed the ward head and his brother on their farm.", 2),
]
HEADS_TWINS = [
    ("A soldier was shot in the head during the clash and survived.", 0),
    ("Residents protested against the village head over the sale of land.", 0),
]


@pytest.mark.parametrize(("text", "fatalities"), HEADS_OF_PLACES + HEADS_TWINS)
def test_the_head_of_a_place_is_a_person(text, fatalities):
    assert figure(text) == fatalities


# "Among the dead were <list> after a gun battle": a phrase of when or where after the list still ends it.
AMONG_THE_DEAD_THEN_WHEN = [
    ("Among the dead were four civilians, three soldiers and ten jihadists after a gun battle near Sofara.", 17),
    ("The dead were two teachers and a pupil in the school attack, police said.", 3),
]
AMONG_THE_DEAD_TWINS = [
    ("Twelve people were killed. Among the dead were three children in the market, police said.", 12),
]


@pytest.mark.parametrize(("text", "fatalities"), AMONG_THE_DEAD_THEN_WHEN + AMONG_THE_DEAD_TWINS)
def test_among_the_dead_before_a_phrase_of_when_or_where(text, fatalities):
    assert figure(text) == fatalities
