"""Dates and tolls, round twenty-seven (session 34): a toll update whose figure carries a word of the dead after it
("has risen to 17 dead", "later rose to 14 killed", "now stands at nine soldiers killed"), the cause of such a rise
told after it ("risen to 19 victims after five more bodies were found"), and a toll named by its act ("the toll of
the jihadist attack"), which counts no one. Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.fatalities import find_casualties
from eventwire.extract.fatalities.combine import combine_fatalities
from eventwire.records import Article

PUBLISHED = datetime(2024, 5, 14, 9, tzinfo=timezone.utc)  # a Tuesday


def _dead(text: str) -> int:
    return combine_fatalities(find_casualties(text, 0, len(text))).fatalities


def _figures_by_day(text: str, kit: ExtractionKit) -> dict[date, int]:
    drafts = extract_events(Article(id="round27-test", title="", text=text, published_at=PUBLISHED), kit)
    return {draft.event_date: draft.fatalities.fatalities for draft in drafts if draft.event_date is not None}


# Each of these read the first figure, a part of the toll or nothing before the round.
TOLLS_WITH_A_WORD_OF_THE_DEAD = [
    ("Armed men attacked the weekly market in the town on Saturday, killing at least nine traders. By Monday the toll "
     "had risen to 17 dead, the mayor told reporters.", 17),
    ("The number of people killed in the raid on the village rose to 26 dead on Thursday after more bodies were "
     "pulled from burnt houses.", 26),
    ("Gunmen killed at least 11 people in an attack on a church on Sunday. The toll later rose to 14 killed, the "
     "diocese said.", 14),
    ("Local officials said the toll of Sunday's attack had risen to 35 deaths.", 35),
    ("A suicide bomber blew himself up at a wedding hall on Saturday. The toll of the blast has climbed to 63 dead "
     "and more than 180 wounded, the interior ministry said.", 63),
    ("The toll of the massacre has risen to 19 victims after five more bodies were found in the fields, he said.", 19),
    ("The toll of the ambush now stands at nine soldiers killed after two of the wounded died on Monday.", 9),
]

# Read the same before and after: a figure of something else after a rise, a rise with no word after its figure, the
# wounded who died told apart from a toll, a toll that names its dead.
TOLL_TWINS = [
    ("Police said four people were killed, and the number of arrests has risen to 40 suspects.", 4),
    ("The toll from Friday's clashes over grazing land reached 31 dead, the police said, up from 19.", 31),
    ("Gunmen killed nine people on Friday. The toll rose to 12 after three of the wounded died.", 12),
    ("Gunmen killed 5 people in the market. The toll of the attack rose to 17.", 17),
    ("The death toll has climbed to 23 people killed, police said.", 23),
    ("The toll of the attack on the army post has risen to 71 soldiers killed, the ministry said.", 71),
    ("Bandits killed 12 cattle herders and stole 40 cows.", 12),
]


@pytest.mark.parametrize("text, dead", TOLLS_WITH_A_WORD_OF_THE_DEAD + TOLL_TWINS)
def test_a_tolls_figure_with_a_word_of_the_dead_is_the_toll(text: str, dead: int) -> None:
    assert _dead(text) == dead


# "The toll of the jihadist attack": the act, not one jihadist killed (before: one attacker dead).
TOLLS_OF_AN_ACT = [
    ("The toll of the jihadist attack on the village has risen to 17 dead, a local official said.", 17),
    ("The toll of the jihadist attack on the village rose sharply overnight, a local official said.", 0),
    ("The toll of the militant assault on the base is still unknown, the army said.", 0),
]

# Read the same before and after: a toll of a figure.
TOLL_OF_TWINS = [
    ("A death toll of 16 was given by the army.", 16),
    ("The toll of nine includes the bomber.", 9),
    ("The toll of the 12 dead includes three children.", 12),
]


@pytest.mark.parametrize("text, dead", TOLLS_OF_AN_ACT + TOLL_OF_TWINS)
def test_the_toll_of_an_act_counts_no_one(text: str, dead: int) -> None:
    assert _dead(text) == dead


# In the pipeline too: the act's toll on the act's day (before: one attacker, or the first figure).
TOLL_STORIES = [
    ("The toll of the jihadist attack on the village of Tawori has risen to 17 dead, a local official said on Tuesday. "
     "Gunmen stormed the village on Sunday evening and opened fire on worshippers leaving the mosque.",
     {date(2024, 5, 12): 17}),
]

# Read the same before and after: the act named by its day, a toll update after the act's own count.
TOLL_STORY_TWINS = [
    ("The toll of Sunday's raid on the village has risen to 17 dead, a local official said on Tuesday. Gunmen stormed "
     "the village on Sunday evening and opened fire on worshippers leaving the mosque.", {date(2024, 5, 12): 17}),
    ("Armed men on motorcycles attacked the weekly market in the town on Saturday, killing at least nine traders. By "
     "Monday the toll had risen to 17 dead, the mayor told reporters.", {date(2024, 5, 11): 17}),
]


@pytest.mark.parametrize("text, figures", TOLL_STORIES + TOLL_STORY_TWINS)
def test_a_toll_named_by_its_act_is_the_acts(kit: ExtractionKit, text: str, figures: dict[date, int]) -> None:
    assert _figures_by_day(text, kit) == figures


# The wounded who died, told after a risen toll larger than them, are what raised it; "up from the 13 deaths" is the
# count the rise started from; "the toll from a bomb at a checkpoint ... has risen to 21" is no toll "at" a place.
# (Before: the wounded added on top, the first count competed, the place ended the toll's reading.)
WOUNDED_INSIDE_A_RISEN_TOLL = [
    ("The death toll from a truck bomb at a checkpoint on Saturday has risen to 21, a health official said on Monday, "
     "up from the 13 deaths reported the day of the blast. \"Seven of the wounded died in hospital overnight,\" a "
     "doctor said.", 21),
    ("The toll from Friday's bombing of the bus station has risen to 30, police said. Four of the wounded died in "
     "hospital on Saturday night, a nurse said.", 30),
    ("The death toll from the shelling at a market in the town has risen to 12, the governor said.", 12),
]

# Read the same before and after: the wounded told as dying later or as more, a toll that did not rise, a rise with
# no wounded.
WOUNDED_TWINS = [
    ("The toll rose to 21 on Monday. Seven of the wounded later died.", 28),
    ("A bomb killed 13 people on Saturday. Seven of the wounded died in hospital overnight.", 20),
    ("The toll rose to 16 on Monday, down from 20 given on Sunday.", 16),
    ("Police put the toll at 9. Two of the wounded died on Sunday.", 11),
]


@pytest.mark.parametrize("text, dead", WOUNDED_INSIDE_A_RISEN_TOLL + WOUNDED_TWINS)
def test_the_wounded_who_died_are_inside_a_risen_toll(text: str, dead: int) -> None:
    assert _dead(text) == dead


WOUNDED_STORIES = [
    ("A truck bomb exploded at a checkpoint on the edge of the town on Saturday. The death toll from the blast has "
     "risen to 21, a regional health official said on Tuesday, up from the 13 deaths reported the day of the attack. "
     "\"Seven of the wounded died in hospital overnight and one more this morning,\" a doctor said by telephone.",
     {date(2024, 5, 11): 21}),
]

WOUNDED_STORY_TWINS = [
    ("A truck bomb exploded at a checkpoint on the edge of the town on Saturday, killing 13 people, police said. "
     "\"Seven of the wounded died in hospital overnight,\" a doctor said by telephone.", {date(2024, 5, 11): 20}),
]


@pytest.mark.parametrize("text, figures", WOUNDED_STORIES + WOUNDED_STORY_TWINS)
def test_the_wounded_inside_a_risen_toll_in_the_pipeline(kit: ExtractionKit, text: str,
                                                           figures: dict[date, int]) -> None:
    assert _figures_by_day(text, kit) == figures


# The wounded who died told after a risen toll, then the total they raised it to: the total is the toll. (Before the
# lead's "total number" reading: the total was not read and the wounded were taken as inside the risen toll.)
RAISED_TOTALS = [
    ("By Sunday the toll had climbed to 61. Doctors later said five of the wounded had died in hospital, raising the "
     "total number of dead to 66.", 66),
    ("The toll had risen to 24 by Tuesday. Three of the wounded died on Wednesday, raising the overall "
     "number of dead to 27, the governor said.", 27),
]

# The same figures without the total, and a raised number with no wounded before it.
RAISED_TOTAL_TWINS = [
    ("By Sunday the toll had climbed to 61. Doctors said five of the wounded had died in hospital.", 61),
    ("Police raised the number of dead to 12 on Monday.", 12),
]


@pytest.mark.parametrize("text, dead", RAISED_TOTALS + RAISED_TOTAL_TWINS)
def test_a_total_raised_by_the_wounded_who_died_is_the_toll(text: str, dead: int) -> None:
    assert _dead(text) == dead
