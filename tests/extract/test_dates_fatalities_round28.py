"""Dates and tolls, round twenty-eight (session 35): another act's dead on one event. A count told in the perfect
and run from a start ("since Sunday", "since then", "since the army launched its operation", "the unrest, which
erupted in March, has killed") holds every day since, so it is a running total and no one act's figure. Every
sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.fatalities import find_casualties
from eventwire.extract.fatalities.combine import combine_fatalities
from eventwire.records import Article

PUBLISHED = datetime(2025, 3, 12, 9, tzinfo=timezone.utc)  # a Wednesday


def _dead(text: str) -> int:
    return combine_fatalities(find_casualties(text, 0, len(text))).fatalities


def _figures_by_day(text: str, kit: ExtractionKit) -> dict[date, int]:
    drafts = extract_events(Article(id="round28-test", title="", text=text, published_at=PUBLISHED), kit)
    return {draft.event_date: draft.fatalities.fatalities for draft in drafts if draft.event_date is not None}


# Each of these read the running total as an act's figure before the round.
RUNNING_TOTALS_FROM_A_START = [
    ("The unrest, which erupted in March, has killed more than 230 protesters, according to a rights group.", 0),
    ("More than 300 villagers have been killed since the army launched its operation in the hills, a church group "
     "said.", 0),
    ("Insurgents ambushed a supply convoy near the border on Monday. Forty-one soldiers have died since the "
     "insurgents stormed the district capital in June, the ministry said.", 0),
    ("Around 70 demonstrators have been killed since the coup, the doctors' union said.", 0),
]

# Read the same before and after: a count since a weekday (the act's own, test_fatalities), the act's own dead told
# later with "since" (more of them, the wounded who died),
# a toll update since the act, a period the rules already knew, a "since" with no perfect, a perfect with no start,
# a running total beside a larger count of the act's own.
RUNNING_TOTAL_TWINS = [
    ("Since Tuesday, at least 64 people have been killed in the clashes between the two clans, the Red Crescent "
     "said.", 64),
    ("Militiamen set fire to the market in the town on Saturday, killing 14 traders. At least nine people have been "
     "killed in reprisal attacks since then, residents said.", 14),
    ("Gunmen attacked the village on Sunday, killing ten people. Two more have died in hospital since Sunday, a nurse "
     "said.", 12),
    ("A car bomb killed 18 people at the market on Friday. Three of the wounded have died since then, raising the "
     "toll to 21.", 21),
    ("Since the attack on Sunday, the toll has risen to 25, the governor said.", 25),
    ("Since 2019, the group has killed more than 900 people in the province.", 0),
    ("Police said 15 people were killed on Sunday after the gunmen had blocked the only road out of the village "
     "since dawn.", 15),
    ("Fifteen people have been killed in the attack on the village, officials said on Monday.", 15),
]


@pytest.mark.parametrize("text, dead", RUNNING_TOTALS_FROM_A_START + RUNNING_TOTAL_TWINS)
def test_a_count_run_from_a_start_is_no_acts_figure(text: str, dead: int) -> None:
    assert _dead(text) == dead


# A running total told after an act with no toll of its own joined that act's event (before: 140 on it).
STORIES_WITH_A_RUNNING_TOTAL = [
    ("Envoys of the army and the rebels signed a ceasefire in the neighbouring capital on Saturday. The war, which "
     "broke out in January, has killed more than 140 civilians, according to a monitoring group.",
     {date(2025, 3, 8): 0}),
]

# Read the same before and after: the act's own count beside the running total, a running total after an arrest.
STORY_TWINS = [
    ("Police arrested the leader of the party's youth wing in the capital on Sunday. His supporters then blocked "
     "roads and burned tyres in several towns. Since then, more than 60 people have been killed in the region, a "
     "rights group said.", {date(2025, 3, 9): 0}),
    ("Gunmen killed seven farmers in the village of Dansa on Sunday, residents said. Since Sunday, more than 60 "
     "people have been killed in the region, a rights group said.", {date(2025, 3, 9): 7}),
]


@pytest.mark.parametrize("text, figures", STORIES_WITH_A_RUNNING_TOTAL + STORY_TWINS)
def test_a_running_total_is_not_put_on_an_act(text: str, figures: dict[date, int], kit: ExtractionKit) -> None:
    found = _figures_by_day(text, kit)
    assert {day: found.get(day) for day in figures} == figures


# Days joined by "and" or "to" are one act's span of days: the next day told apart in the sentence is another act's,
# and its dead are that act's (before: the joined days stopped the cut, and the earlier act's dead stood on the first).
DAYS_JOINED_BEFORE_ANOTHER_ACT = [
    ("Army helicopters bombed rebel positions in the hills on Tuesday and Wednesday, the army said, after the rebels "
     "ambushed a police convoy near the town late on Monday, killing nine officers.",
     {date(2025, 3, 10): 9, date(2025, 3, 11): 0}),
    ("Soldiers shelled the villages from Monday to Tuesday, residents said, following an attack on an army post on "
     "Sunday that killed five soldiers.", {date(2025, 3, 9): 5, date(2025, 3, 10): 0}),
]

# Read the same before and after: joined days with no other day, and two days told apart as before.
JOINED_DAYS_TWINS = [
    ("Rebels and soldiers fought in the hills on Tuesday and Wednesday, killing nine fighters, the army said.",
     {date(2025, 3, 11): 9}),
    ("Police fired tear gas at marchers in the capital on Tuesday, residents said, after gunmen killed four traders "
     "in the market on Sunday.", {date(2025, 3, 11): 0, date(2025, 3, 9): 4}),
]


@pytest.mark.parametrize("text, figures", DAYS_JOINED_BEFORE_ANOTHER_ACT + JOINED_DAYS_TWINS)
def test_joined_days_do_not_hide_another_acts_day(text: str, figures: dict[date, int], kit: ExtractionKit) -> None:
    found = _figures_by_day(text, kit)
    assert {day: found.get(day) for day in figures} == figures

