"""Precision round twenty-four (session 31): false events on news that reports none.

A robbery told by its verb or its doers ("a gang robbed a cash-in-transit van", "the robbers forced the van off the
road") is an ordinary crime like one told by its noun (``event_filter._ORDINARY_CRIME``), and in a story a robbery's
shot that wounds a guard is part of the crime (``_crime_tactics``). Armed groups who rob (gunmen, rebels, militias)
loot as ACLED codes it, and a one-line report of an ambush and a robbery stays.

Every passage was written for these tests; none comes from a benchmark story.
"""

from __future__ import annotations

import pytest

from eventwire.extract import extract_events
from eventwire.records import Article
from wire_stories import PADDED_PUBLISHED, padded_story

BODY = (
    "Police did not say how much money was taken. "
    "The street is lined with banks, phone shops and small restaurants. "
    "Business owners in the area said they had asked for more patrols for months. "
    "Traders said the street had been quiet since the morning. "
    "Many of them close early during the holidays. "
    "The city's chamber of commerce said insurance costs had doubled in two years."
)


def _story(kit, lead: str, *more: str) -> list:
    return padded_story(kit, lead, *more, dateline="Nairobi, May 16 – ", background=BODY)


def _brief(kit, text: str) -> list:
    return extract_events(Article("p24-brief", "", text, PADDED_PUBLISHED), kit)


ROBBERY_STORIES = [
    # the robbery told by its verb, no one hurt
    ("Police have launched a manhunt after a gang robbed an armoured cash van on the Thika highway on Tuesday "
     "morning, escaping with several million shillings.",
     "No one was injured, police said. The robbers blocked the van with two cars and forced the guards out."),
    # the robbers shot a guard in the arm: part of the crime, nobody died
    ("Police are hunting three men who robbed a mobile money shop in Eastleigh on Tuesday afternoon, shooting a "
     "guard in the arm before fleeing on a motorbike.",
     "The guard was treated in hospital and was in stable condition."),
    # an arrest told below a lead of a robbery by its verb
    ("Thieves robbed a jewellery shop in the Westlands district on Monday night, taking watches and gold chains.",
     "Police arrested two men on Tuesday who are suspected of having driven the getaway car."),
]


@pytest.mark.parametrize(("lead", "more"), ROBBERY_STORIES)
def test_a_robbery_told_by_its_verb_is_an_ordinary_crime(kit, lead: str, more: str) -> None:
    assert _story(kit, lead, more) == []


def test_a_robbery_in_a_brief_is_an_ordinary_crime(kit) -> None:
    assert _brief(kit, "Police said two tourists were robbed at gunpoint in a Cape Town suburb on Sunday night.") == []


ARMED_GROUPS_WHO_ROB = [
    "Gunmen robbed travellers on the Kaduna-Abuja highway on Monday, police said.",
    "On Monday, ISWAP fighters robbed traders of their goods near Monguno in Borno state.",
    "An aid convoy was ambushed and robbed on the road between Masisi and Nyabiondo on Monday.",
]


@pytest.mark.parametrize("report", ARMED_GROUPS_WHO_ROB)
def test_armed_groups_who_rob_and_an_ambush_stay_events(kit, report: str) -> None:
    assert _brief(kit, report)


def test_a_robbery_that_kills_stays_an_event(kit) -> None:
    events = _story(kit, "Gunmen who robbed a bank in Garissa on Tuesday shot dead two police officers guarding it, "
                    "officials said.", "The attackers escaped towards the border with Somalia.")
    assert any(e.fatalities.fatalities == 2 for e in events)
