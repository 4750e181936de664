"""Merge round nine: three readings of multi-outlet coverage that kept reports of one incident apart or joined a
look-alike to it (benchmarks/merge-news8).

- People met for an occasion ("people gathered at a private celebration", "a crowd of wedding guests") are no crowd
  of protesters: gunmen shooting at them is an attack on civilians, not force against protesters.
- Recruits, cadets or battalions who "marched past" are on parade, not on a march with a demand.
- "The blast came hours before a missile struck a parade at al-Jalaa camp": the act told after the joint is another
  event, with its own kind and place; its place is not the story's own event's.

Every sentence was written for these tests.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.detect import REPORT, find_triggers
from eventwire.records import Article

PUBLISHED = datetime(2023, 10, 1, 9, tzinfo=timezone.utc)  # a Sunday


def _events(text: str, kit: ExtractionKit):
    article = Article(id="merge9", title="", text=text, published_at=PUBLISHED)
    return extract_events(article, kit)


def _protest_reports(text: str) -> list[str]:
    return [t.span.text for t in find_triggers(text, 0, len(text)) if t.live and t.kind == REPORT
            and t.tactic == "protest"]


# ------------------------------------------------------------------ people met for an occasion

AT_AN_OCCASION = [
    "Armed men attacked people gathered at a private celebration in Minatitlan last night, leaving 13 people dead.",
    "Gunmen opened fire on a crowd of wedding guests in the village of Kuchlak on Saturday, killing seven.",
    "Gunmen fired into a crowd at a birthday party in Celaya on Sunday, killing five people.",
    "Gunmen opened fire on people gathered at a bar in Salamanca on Saturday night, killing six.",
]

A_CROWD_WITH_A_CAUSE = [
    "Police fired on people gathered to demand the release of detainees in Kassala on Monday, killing three.",
    "Security forces opened fire on a crowd of protesters in Omdurman on Thursday, killing two.",
    "Troops fired into the crowd after Friday prayers in Kabul, killing four people.",
    "Police attacked people gathered outside the court in Lahore on Tuesday, injuring 20 and killing one.",
]


@pytest.mark.parametrize("text", AT_AN_OCCASION)
def test_shooting_at_people_met_for_an_occasion_is_an_attack(text: str, kit: ExtractionKit) -> None:
    events = _events(text, kit)
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor2 and events[0].actor2.startswith("Civilians")


@pytest.mark.parametrize("text", A_CROWD_WITH_A_CAUSE)
def test_force_on_a_crowd_with_a_cause_stays_force_against_protesters(text: str, kit: ExtractionKit) -> None:
    assert [e.sub_event_type for e in _events(text, kit)] == ["Excessive force against protesters"]


# ------------------------------------------------------------------ recruits on parade

ON_PARADE = [
    "The missile landed beside the stand as the recruits marched past, survivors said.",
    "Two battalions marched through the square for the independence day ceremony.",
    "The drone struck as cadets proudly marched towards the reviewing stand.",
]

A_MARCH_WITH_A_DEMAND = [
    "Recruits marched to the governor's office on Monday to demand their unpaid allowances.",
    "Policemen marched to the ministry on Monday to demand unpaid wages.",
    "Hundreds of students marched past the parliament demanding lower fees.",
]


@pytest.mark.parametrize("text", ON_PARADE)
def test_recruits_marching_past_are_on_parade(text: str) -> None:
    assert _protest_reports(text) == []


@pytest.mark.parametrize("text", A_MARCH_WITH_A_DEMAND)
def test_a_march_with_a_demand_is_a_protest(text: str) -> None:
    assert _protest_reports(text)


# ------------------------------------------------------------------ "the blast came hours before <another act>"

CAME_HOURS_BEFORE_ANOTHER_ACT = [
    ("A suicide car bomb struck the police station of Sheikh Othman district early on Thursday, killing 11 "
     "policemen. The blast came hours before a Houthi missile struck a parade at al-Jalaa camp on the other side "
     "of the city.", ["Suicide bomb", "Shelling/artillery/missile attack"], "Sheikh Othman"),
    ("Gunmen shot dead four traders at the market in Dori on Monday. The shooting happened hours after a roadside "
     "bomb killed two soldiers near Seytenga.", ["Attack", "Remote explosive/landmine/IED"], "Dori"),
    ("Two bombers attacked a mosque in Hangu on Friday, killing five. The attack came hours after a suicide "
     "bombing at a religious procession in Mastung, in Balochistan, killed more than 50 people.",
     ["Attack", "Suicide bomb"], "Hangu"),
]

NO_OTHER_ACT = [
    # what came after is no act of violence
    "Gunmen shot dead four traders at the market in Dori on Monday. The attack came hours after the governor "
    "visited the town.",
    # the same kind of act: left to grouping, as before
    "A car bomb killed six people in Mogadishu on Sunday. The blast came hours after another car bomb exploded "
    "near the airport.",
]


@pytest.mark.parametrize("text, sub_types, own_place", CAME_HOURS_BEFORE_ANOTHER_ACT)
def test_the_act_it_came_hours_before_is_another_event(text: str, sub_types: list[str], own_place: str,
                                                       kit: ExtractionKit) -> None:
    events = _events(text, kit)
    assert [e.sub_event_type for e in events] == sub_types
    assert [p.name for p in events[0].place_mentions] == [own_place]


@pytest.mark.parametrize("text", NO_OTHER_ACT)
def test_no_other_act_no_other_event(text: str, kit: ExtractionKit) -> None:
    assert len(_events(text, kit)) == 1
