"""Grouping round twenty-three: when do two mentions name the same act?

A table of pairs of passages: a first act, then a sentence that tells either a second act (another side acting next,
or another side with dead of its own in another town: two events) or the first act told on (its own participants,
a live blog's entry, a toll said elsewhere: one event). Every passage was written for these tests, modelled on the
kinds of report the dev material holds (an ambush and the soldiers' reprisal the next day, a massacre and the army's
strike on the attackers the day after, a strike and the other side's answer shortly afterwards, a raid in one town
and air strikes with their own toll in another).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.records import Article, EventDraft

PUBLISHED = datetime(2024, 10, 17, 9, tzinfo=timezone.utc)  # a Thursday


def _events(text: str, kit: ExtractionKit) -> list[EventDraft]:
    return extract_events(Article(id="grouping-split23", title="", text=text, published_at=PUBLISHED), kit)


# ------------------------------------------------------- a sentence opening on what came next, by another side

ANOTHER_SIDE_NEXT = [
    ("Separatist fighters killed six soldiers in an ambush on an army patrol near Kumbo on Monday, the military said.",
     "The next day, soldiers hunting the attackers went through the village of Meluf, near Kumbo, and shot dead three "
     "farmers, residents said."),
    ("Islamist gunmen on motorbikes killed at least 40 villagers in an attack on Seytenga on Sunday, officials said.",
     "The day after the massacre, the army said its helicopters had destroyed a column of the attackers' motorbikes "
     "and killed about 15 of them in the bush east of the village."),
    ("Hezbollah fighters fired a salvo of rockets at an Israeli army post near the border on Tuesday, the group said.",
     "Shortly afterwards, Israeli artillery shelled the outskirts of the village, the Lebanese army said."),
]


@pytest.mark.parametrize(("first", "second"), ANOTHER_SIDE_NEXT)
def test_another_side_acting_next_is_a_second_event(first: str, second: str, kit: ExtractionKit) -> None:
    assert len(_events(f"{first}\n\n{second}", kit)) == 2


# twins: the same opening on what came next, told of the act's own participants, with a side not named, or as a live
# blog's time-stamped entry, is the first act told on
THE_FIRST_ACT_TOLD_ON = [
    ("Islamist gunmen on motorbikes killed at least 40 villagers in an attack on Seytenga on Sunday, officials said.",
     "Shortly afterwards, the attackers set fire to the market and the health centre, residents said."),
    ("Islamist gunmen on motorbikes killed at least 40 villagers in an attack on Seytenga on Sunday, officials said.",
     "The next day, they burned the granaries before leaving towards the border, residents said."),
    ("Islamist gunmen on motorbikes killed at least 40 villagers in an attack on Seytenga on Sunday, officials said.",
     "Shortly afterwards, gunmen opened fire on villagers fleeing towards the river, a survivor said."),
    ("Islamic State fighters attacked the town of Macomia on Friday and fought soldiers for most of the day.",
     "10:15 – A police officer tells us that the army has now driven the fighters out of the town."),
]


@pytest.mark.parametrize(("first", "second"), THE_FIRST_ACT_TOLD_ON)
def test_the_first_act_told_on_stays_one_event(first: str, second: str, kit: ExtractionKit) -> None:
    assert len(_events(f"{first}\n\n{second}", kit)) == 1


# ------------------------------------------------- another town, another side, dead of its own: another act

ANOTHER_SIDE_ELSEWHERE = [
    ("Masked gunmen stormed a radio station in Kismayo on Saturday evening, shooting dead a guard, staff said.",
     "The army said its aircraft had struck al Shabaab positions in Jilib, killing more than 30 of the militants."),
    ("Bandits abducted 25 passengers from a bus in Kachia on Wednesday night, police said.",
     "The air force said its jets had bombed a hideout of the bandits in Birnin Gwari, killing 18 of them."),
]


@pytest.mark.parametrize(("first", "second"), ANOTHER_SIDE_ELSEWHERE)
def test_another_side_with_its_own_dead_in_another_town_is_a_second_event(first: str, second: str,
                                                                          kit: ExtractionKit) -> None:
    assert len(_events(f"{first} {second}", kit)) == 2


# twins: in another town, a source's count of the act's dead, or the act's own side told there, stays the act
THE_ACT_TOLD_ELSEWHERE = [
    ("Jihadist fighters killed 12 soldiers in an attack on an army post in Tessit on Friday, officials said.",
     "The army said in a statement from Gao that 12 soldiers had been killed."),
    ("Jihadist fighters killed 12 soldiers in an attack on an army post in Tessit on Friday, officials said.",
     "The fighters also burned vehicles in Tessit before withdrawing, a local official said."),
]


@pytest.mark.parametrize(("first", "second"), THE_ACT_TOLD_ELSEWHERE)
def test_the_act_told_elsewhere_stays_one_event(first: str, second: str, kit: ExtractionKit) -> None:
    assert len(_events(f"{first} {second}", kit)) == 1
