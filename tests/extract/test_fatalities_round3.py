"""Fatalities, round three: kinds of error from long news (the wounded who die later, ranges, attackers killed by
the defenders beside a count of victims, "N of them"). Every sentence is written for these tests; each table is a
kind seen at least three times across our passage sets and ACLED's notes, never one passage."""

from __future__ import annotations

import pytest

from eventwire.extract.fatalities import combine_fatalities, find_casualties


def figure(text: str) -> int:
    return combine_fatalities(find_casualties(text)).fatalities


# "N of the wounded (later/since) died": a part of the wounded, so deaths on top of the toll told before.
WOUNDED_WHO_DIED_LATER = [
    ("A bomb hidden in a cart killed 19 people at the cattle market in Gamboru. Six of the wounded died overnight.", 25),
    ("Police shot dead three protesters in Bahir Dar on Sunday. Two of the injured later died in hospital.", 5),
    ("Gunmen killed eight worshippers in the church. The bishop said on Friday that one of the wounded had since "
     "died.", 9),
    ("The blast killed 11 people and wounded 40, officials said. Four of the wounded have since died.", 15),
]
# Not an addition: the wounded who died are already inside a raised toll, or nobody died.
WOUNDED_INSIDE_A_TOLL = [
    ("A car bomb killed 30 people in Kirkuk. Two of the wounded died on Monday, bringing the death toll from the "
     "bombing to 32.", 32),
    ("The shelling killed nine civilians and wounded 25; none of the wounded were in a critical condition.", 9),
]


@pytest.mark.parametrize(("text", "fatalities"), WOUNDED_WHO_DIED_LATER + WOUNDED_INSIDE_A_TOLL)
def test_the_wounded_who_die_later_add_to_the_toll(text, fatalities):
    assert figure(text) == fatalities


# "15 to 20 people", "some 40 to 50 of them": a range without "between" is the lower figure, the spread kept.
RANGES = [
    ("Herders killed 15 to 20 villagers in raids on farms near Agatu on Saturday.", 15, 20),
    ("Local officials said 30 to 45 people were killed when the militia burned the market in Djugu.", 30, 45),
    ("Troops repelled the raid and killed some 40 to 50 of the insurgents, an officer said.", 40, 50),
    ("Between eight and ten gang members died in the shootout in Gressier.", 8, 10),
]
# "rose from 15 to 20" is an update, not a range.
NOT_RANGES = [
    ("The toll from the attack on the market rose from 15 to 20 people, the mayor said.", 20),
    ("Gunmen killed five people on the road from Gao to Ansongo on Tuesday.", 5),
]


@pytest.mark.parametrize(("text", "low", "high"), RANGES)
def test_a_range_keeps_its_lower_figure(text, low, high):
    fatalities = combine_fatalities(find_casualties(text))
    assert (fatalities.fatalities, fatalities.high) == (low, high)


@pytest.mark.parametrize(("text", "fatalities"), NOT_RANGES)
def test_a_rise_from_one_figure_to_another_is_no_range(text, fatalities):
    assert figure(text) == fatalities


# Attackers killed by the defenders come on top of a count of the people they killed.
ATTACKERS_BESIDE_A_COUNT_OF_PEOPLE = [
    ("Gunmen stormed the campus and killed 39 people. The four gunmen were killed when commandos stormed the hostel.",
     43),
    ("The attackers shot dead seven people at the checkpoint; soldiers killed two of the assailants.", 9),
    ("Armed men killed 12 people at a wedding in Zurmi before vigilantes shot dead the three attackers.", 15),
    ("Robbers killed one person at the market before police opened fire, killing two of the robbers.", 3),
]
# A toll counts every dead of the event, attackers too; the coder's figure is the coder's own.
ATTACKERS_INSIDE_A_TOLL = [
    ("Gunmen attacked the hotel, killing at least 10 people. Five attackers were killed. The toll later rose to 21.",
     21),
    ("Five militants were killed in the air strike. Unknown fatalities coded as 3 people.", 5),
]


@pytest.mark.parametrize(("text", "fatalities"), ATTACKERS_BESIDE_A_COUNT_OF_PEOPLE + ATTACKERS_INSIDE_A_TOLL)
def test_attackers_killed_beside_a_count_of_people(text, fatalities):
    assert figure(text) == fatalities


# "killed N of them": "them" are the people last named before it in the sentence.
OF_THEM = [
    ("Insurgents attacked the base at Marte; three soldiers were killed. Troops chased the insurgents and killed 14 "
     "of them.", 17),
    ("ISWAP fighters raided the camp, killing two soldiers, before the troops repelled the fighters, killing nine of "
     "them.", 11),
    ("Militiamen abducted six farmers near Bunia and killed four of them.", 4),
]


@pytest.mark.parametrize(("text", "fatalities"), OF_THEM)
def test_them_are_the_people_named_before(text, fatalities):
    assert figure(text) == fatalities


# "the three attackers", "the 12 soldiers": a count after "the" is a count.
THE_COUNT = [
    ("Police shot dead the two gunmen after they killed a guard at the bank.", 3),
    ("Rebels ambushed the convoy near Beni and killed the 12 soldiers escorting it.", 12),
    ("The three men were found dead in a ditch outside Kaduna on Thursday.", 3),
]


@pytest.mark.parametrize(("text", "fatalities"), THE_COUNT)
def test_a_count_after_the_is_a_count(text, fatalities):
    assert figure(text) == fatalities


# A count of people many times one named group's is no other report of those dead: it stands as a total (the group
# is often another event's dead, told as background). Two reports of the same dead still compete.
FAR_LARGER_COUNT_OF_PEOPLE = [
    ("Gunmen killed 100 people in two villages near Ouallam on Saturday. Last week seven soldiers had been killed "
     "by a mine near Tillia.", 100),
    ("Fighters killed 62 people in the camp at Plaine Savo. Two peacekeepers were killed there in November.", 62),
    ("Jihadists killed 45 people in the market at Tin-Akoff; three gendarmes were killed in an ambush a week before.",
     45),
]
STILL_COMPETING_REPORTS = [
    ("Rebels said 40 soldiers were killed in the ambush near Rutshuru. The army reported eleven deaths.", 11),
    ("Gunmen killed 9 herders near Kauru on Monday, police said. Community leaders put the number of dead at 25.", 9),
]


@pytest.mark.parametrize(("text", "fatalities"), FAR_LARGER_COUNT_OF_PEOPLE + STILL_COMPETING_REPORTS)
def test_a_far_larger_count_of_people_is_a_total_of_its_own(text, fatalities):
    assert figure(text) == fatalities
