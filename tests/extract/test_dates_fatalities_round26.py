"""Dates and tolls, round twenty-six (session 33): a revised toll told in words no rule read ("By Saturday night he
gave the toll as 52", "the Red Cross said the number had risen to 21"), a first count told after the revised one
("Officials had initially reported 61 dead", "after the government had announced some thirty deaths"), militiamen
and soldiers counted as one side, and an armed group's own word on the dead it killed set against another
source's count. Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.assemble import without_claimed_tolls
from eventwire.extract.fatalities import find_casualties
from eventwire.extract.fatalities.combine import combine_fatalities
from eventwire.records import Article

PUBLISHED = datetime(2024, 5, 9, 9, tzinfo=timezone.utc)  # a Thursday


def _dead(text: str) -> int:
    return combine_fatalities(find_casualties(text, 0, len(text))).fatalities


def _figures_by_day(text: str, kit: ExtractionKit) -> dict[date, int]:
    drafts = extract_events(Article(id="round26-test", title="", text=text, published_at=PUBLISHED), kit)
    return {draft.event_date: draft.fatalities.fatalities for draft in drafts if draft.event_date is not None}


# Each of these read the first figure (or none) before the round.
TOLLS_GIVEN_AGAIN = [
    ("Gunmen attacked a market in the town on Friday, killing 40 people, officials said. By Saturday night the "
     "governor gave the toll as 52.", 52),
    ("A car bomb exploded near the port on Monday, killing 20 people. Police later gave the toll as 17.", 17),
    ("The health ministry gave the death toll from the shelling as 31, including four children.", 31),
    ("The death toll stood at 14 on Wednesday, but a day later the Red Cross said the number had risen to 21 after "
     "more bodies were found.", 21),
    ("Police put the death toll at eight on Monday; by the evening the tally had climbed to 11.", 11),
]

# Read the same before and after: "gave" and "the number" that set no toll.
TOLL_TWINS = [
    ("A car bomb killed 9 people near the market. The governor gave the toll as his reason for closing the border.",
     9),
    ("Twelve people were killed in the clashes. The number of displaced has risen to 4,000.", 12),
    ("Six people were killed on Monday, and the number of arrests has risen to 40.", 6),
    ("The toll rose to 15 after two of the wounded died, the governor said.", 15),
]


@pytest.mark.parametrize("text, dead", TOLLS_GIVEN_AGAIN + TOLL_TWINS)
def test_a_toll_given_again_is_the_toll(text: str, dead: int) -> None:
    assert _dead(text) == dead


# A count told as the first one given gives way to a larger one told beside it (the leaf read the lower before).
FIRST_COUNTS = [
    ("The number of people killed in Saturday's bombing climbed to 81 on Sunday, the government said. Officials had "
     "initially reported 61 dead.", 81),
    ("Seventy soldiers died in the attack on the base, according to a new toll given by the army on Sunday, after "
     "the government had announced some thirty deaths.", 70),
    ("Police first said four people were killed in the blast. Doctors at the hospital said nine people died.", 9),
]

# Read the same before and after: a first count alone, a first count above the later one (the lower stands), a
# count reported without being called first.
FIRST_COUNT_TWINS = [
    ("Police initially said two people were killed in the blast.", 2),
    ("Officials had initially reported 61 dead, but the ministry lowered the toll to 40.", 40),
    ("Police said 12 people were killed. Doctors said 15 people died.", 12),
]


@pytest.mark.parametrize("text, dead", FIRST_COUNTS + FIRST_COUNT_TWINS)
def test_a_first_count_gives_way_to_a_larger_one(text: str, dead: int) -> None:
    assert _dead(text) == dead


# Militiamen, vigilantes and volunteers are not the army's men: their dead add to the soldiers' (one figure before).
TWO_ARMED_SIDES = [
    ("The fighters attacked the base, killing six militiamen. One soldier was killed.", 7),
    ("Six soldiers were killed in the ambush near the river. Three vigilantes were also killed.", 9),
    ("Troops clashed with the communal militia, killing 21 militiamen. The army said three soldiers died.", 24),
]

# Read the same before and after: one side told twice, a list of both sides, the militia's own two reports.
ARMED_SIDES_TWINS = [
    ("Eleven soldiers were killed. The army said 12 soldiers died.", 11),
    ("Three soldiers and two VDPs were killed in the ambush.", 5),
    ("Jihadists killed five vigilantes in the village. Police said three members of the vigilante group were "
     "killed.", 3),
    ("Three civilians were killed in the raid, with three militiamen and a police inspector also killed.", 7),
]


@pytest.mark.parametrize("text, dead", TWO_ARMED_SIDES + ARMED_SIDES_TWINS)
def test_militias_and_soldiers_are_two_sides(text: str, dead: int) -> None:
    assert _dead(text) == dead


# An armed group's own saying of the dead it killed gives way to another source's count (it stood before).
CLAIMS = [
    ("A security source said at least 90 people had been killed. The militant group said it had killed 150 soldiers.",
     [90]),
    ("Officials said 12 people died in the raid. The rebels said they had killed 40 soldiers.", [12]),
]

# Kept before and after: the army's word on the rebels it killed (their dead, not a claim of a toll), a claim alone,
# a group's spokesman giving a toll.
CLAIM_TWINS = [
    ("Officials said 12 people died in the raid. The army said it had killed 40 rebels.", [12, 40]),
    ("The militant group said it had killed 150 soldiers in the raid.", [150]),
    ("The group's spokesman said 20 people were killed. Police said 15 people died.", [20, 15]),
]


@pytest.mark.parametrize("text, kept", CLAIMS + CLAIM_TWINS)
def test_an_armed_groups_own_count_gives_way(text: str, kept: list[int]) -> None:
    counts = [c for c in without_claimed_tolls(find_casualties(text), text) if c.kind in ("killed", "attackers_killed")]
    assert [c.low for c in counts] == kept


# In a story: the toll given anew on a later day is the act's (it stayed apart before, its first count on the event).
STORIES = [
    ("Some fifty people were killed on Monday when a missile struck the railway station in Kalgo, the governor said. "
     "By Tuesday night he gave the toll as 52, including five children.", {date(2024, 5, 6): 52}),
]


@pytest.mark.parametrize("text, figures", STORIES)
def test_a_toll_given_anew_joins_its_act(kit: ExtractionKit, text: str, figures: dict[date, int]) -> None:
    assert _figures_by_day(text, kit) == figures


# An act dated only by the day it was said gives way to the earlier day the next sentence tells of its doers (the
# statement's day before the round).
MONDAY, SATURDAY = date(2024, 5, 6), date(2024, 5, 4)
SCENES_TOLD_NEXT = [
    ("Gunmen killed 12 villagers in an attack on a hamlet near Kalgo, local officials said on Monday. The gunmen "
     "arrived on motorbikes late on Saturday and went from house to house.", {SATURDAY: 12}),
    ("Bandits killed seven traders on the road to Kalgo, police said on Monday. Survivors said the bandits came out of "
     "the forest shortly before midnight on Saturday.", {SATURDAY: 7}),
]

# Kept: the next sentence tells another act, or a day of no doer of the act.
SCENE_TWINS = [
    ("Gunmen killed 12 villagers in an attack on a hamlet near Kalgo, local officials said on Monday. On Saturday, "
     "soldiers killed five militants near Tinga.", {MONDAY: 12, SATURDAY: 5}),
    ("Gunmen killed 12 villagers in an attack on a hamlet near Kalgo, police said on Monday. On Saturday, the "
     "president had visited the region.", {MONDAY: 12}),
    ("Gunmen killed 12 villagers in an attack on a hamlet near Kalgo, police said on Monday. Officials met on Sunday "
     "to discuss security.", {MONDAY: 12}),
]


@pytest.mark.parametrize("text, figures", SCENES_TOLD_NEXT + SCENE_TWINS)
def test_an_acts_day_told_next_of_its_doers(kit: ExtractionKit, text: str, figures: dict[date, int]) -> None:
    assert _figures_by_day(text, kit) == figures
