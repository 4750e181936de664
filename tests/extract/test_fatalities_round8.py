"""Fatalities, round eight: kinds of error from news-fatalities7's dev part (a toll that "had reached" a figure, one
person named by a title and a name, "eliminated", "a score of", a part of the wounded who died, "N more", a comma
that joins clauses rather than groups, a list of the dead beside deaths told "also", bodies recovered day by day).
Every sentence is written for these tests; each table holds the case read and near-twins that must keep their
reading."""

from __future__ import annotations

import pytest

from eventwire.extract.fatalities import combine_fatalities, find_casualties


def figure(text: str) -> int:
    return combine_fatalities(find_casualties(text)).fatalities


# A toll that has grown, told in the past perfect without "to" ("had reached 11") or with "grown"; the noun the
# toll counts ("the number of soldiers killed") puts it beside that group's other reports, not above them.
TOLL_REACHED = [
    ("The army first said four soldiers died. By Sunday the number of soldiers killed had reached 11.", 11),
    ("Officials said six villagers died. The number of villagers killed had since grown to 18 as searchers combed "
     "the fields.", 18),
    ("The death toll has grown to 30, the health ministry said.", 30),
    ("Four soldiers died, the army said. The number of soldiers killed had reached 11, a local official said, while "
     "the militants claimed they had killed more than 40 troops.", 11),
    ("Thirteen gendarmes were killed. By Monday the number of gendarmes confirmed dead had reached 17, after four of "
     "the wounded died in hospital.", 17),
    # twins: a figure reached that counts no dead; the first report alone
    ("The convoy had reached 11 kilometres from the town when gunmen opened fire, killing two drivers.", 2),
    ("Four soldiers died in the attack, the army said.", 4),
]


@pytest.mark.parametrize("text, fatalities", TOLL_REACHED)
def test_a_toll_reached_or_grown_is_the_latest(text, fatalities):
    assert figure(text) == fatalities


# One person named by a title and a name, with no determiner: one dead.
TITLED_PERSON = [
    ("A drone strike on a car near Binnish killed commander Abu Khalid al-Shami on Tuesday.", 1),
    ("A roadside bomb killed Lieutenant Colonel Ahmed Jabbar, the commander of an army battalion, near Tarmiyah.", 1),
    ("An air strike in southern Lebanon killed Hezbollah commander Taleb Abdallah, the group said.", 1),
    ("Unknown gunmen shot dead Sheikh Omar Hassan as he left the mosque.", 1),
    ("Troops neutralised commander Abu Musa near the border, the army said.", 1),
    ("Gunmen shot dead the police chief of Imam Sahib district as he walked home.", 1),
    # twins: a possessive names someone else; a list with others keeps its count; a named place is no person
    ("Rebels killed Colonel Gaddafi's son in the raid.", 0),
    ("They killed Commander Ali and three others at the checkpoint.", 4),
    ("The police chief said two people were killed in Kunduz.", 2),
]


@pytest.mark.parametrize("text, fatalities", TITLED_PERSON)
def test_one_person_named_by_a_title_and_a_name(text, fatalities):
    assert figure(text) == fatalities


# Counts told in other words: "eliminated" (an enemy's verb: attackers), "a score of", "two score".
OTHER_WORDINGS = [
    ("Troops of Operation Hadin Kai eliminated seven ISWAP fighters who attacked a base near Gajiram.", 7),
    ("Armed men killed a score of herders at a camp near Mopti.", 20),
    ("Two score people died when militiamen set fire to the houses.", 40),
    # twins: "eliminated" with no people; "score" as no number
    ("The operation eliminated the threat to the road, the army said, and two soldiers were killed.", 2),
    ("Police said the two men were killed to settle a score with a rival gang.", 2),
]


@pytest.mark.parametrize("text, fatalities", OTHER_WORDINGS)
def test_counts_in_other_words(text, fatalities):
    assert figure(text) == fatalities


# Deaths told after the first count: "one of the nine (wounded) died" is one more, "nine more were killed" nine more.
LATER_DEATHS = [
    ("Gunmen attacked a bar, killing two people and wounding nine. One of the nine died a day later.", 3),
    ("A bomb killed two people and wounded nine. Two of the 9 later died in hospital.", 4),
    ("Gunmen killed four people. Nine more were killed later in the day.", 13),
    ("Fighters fired into the crowd, killing four people, and nine more were trampled to death.", 13),
    # twins: a part of the dead is no more dead; the wounded alone are no dead
    ("Five of the 12 killed were soldiers.", 0),
    ("Two more were wounded when the roof collapsed.", 0),
]


@pytest.mark.parametrize("text, fatalities", LATER_DEATHS)
def test_deaths_told_after_the_first_count(text, fatalities):
    assert figure(text) == fatalities


# A comma before the "and" of two groups joins clauses: the second group belongs to its own statement.
CLAUSE_COMMA = [
    ("Doctors said the death toll had climbed to 14, and several of the roughly 30 wounded were in a critical "
     "condition.", 14),
    ("The explosion killed two civilians, and one was injured.", 2),
    ("The dead included the mayor and his driver, and four soldiers guarding the building were also killed.", 6),
    # twins: a list of three with a comma; a list with an aside; a plain list of two
    ("Gunmen killed two soldiers, a gendarme, and three civilians.", 6),
    ("Gunmen killed eight civilians, among them three women, and a soldier.", 9),
    ("Gunmen killed two soldiers and three civilians.", 5),
    # "lost" ends an adjective run: two sides' losses, not one group "the army lost five men"
    ("The militants lost 20 fighters and the army lost five men in a clash at a checkpoint on Sunday.", 25),
    ("The army lost five men in the ambush.", 5),
    ("Among the dead were two children, the hospital said. In all, nine people were killed.", 9),
]


@pytest.mark.parametrize("text, fatalities", CLAUSE_COMMA)
def test_a_comma_before_and_joins_clauses(text, fatalities):
    assert figure(text) == fatalities


# Bodies recovered day by day add up, each later count told with its own day.
BODIES_BY_DAY = [
    ("Divers recovered 14 bodies on Saturday and another nine on Sunday, the agency said.", 23),
    ("Volunteers recovered 26 bodies on Sunday, 12 on Monday and five on Tuesday, most with machete wounds.", 43),
    ("Eleven bodies were found on Monday and six more on Tuesday.", 17),
    # bodies "counted", and bodies someone "pulled" out, are the dead found
    ("Militiamen raided the camp on Saturday night. Eight bodies were counted by the morning, he said.", 8),
    ("Rescuers pulled 12 bodies out of the rubble.", 12),
    # twins: a later count of something else; one day only; "pulled over" is no find
    ("Police said eight bodies were pulled over the border by smugglers and two men were killed.", 2),
    ("Rescuers recovered 14 bodies and 20 rifles on Monday.", 14),
    ("Rescuers recovered 14 bodies on Monday, and 20 survivors were taken to hospital.", 14),
]


@pytest.mark.parametrize("text, fatalities", BODIES_BY_DAY)
def test_bodies_recovered_day_by_day_add_up(text, fatalities):
    assert figure(text) == fatalities


# One person "was buried" after the toll is a funeral, not a count; a count of the buried, or "buried alive", counts.
BURIALS = [
    ("A bomb killed 149 people. Raisani, a member of the Balochistan Awami Party, was buried in his home town.", 149),
    ("The soldier was buried on Monday in his village.", 0),
    ("A villager was buried alive by the militants.", 1),
    ("Residents said 43 rice farmers were buried on Sunday.", 43),
]


@pytest.mark.parametrize("text, fatalities", BURIALS)
def test_one_persons_burial_is_no_count(text, fatalities):
    assert figure(text) == fatalities
