"""Kinds of error other engineers found on their own fresh long-news sets (long news round nine), each held by
passages written for these tests, with near twins that must keep their reading: deaths that followed an act (the
wounded who died, more bodies found) told on a later day, and a count reported before an update.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import ExtractionKit
from eventwire.records import EventDraft
from wire_stories import dated_tolls, story_events

PUBLISHED = "2024-05-15T12:00:00+00:00"  # a Wednesday
MONDAY, SUNDAY, SATURDAY, FRIDAY = date(2024, 5, 13), date(2024, 5, 12), date(2024, 5, 11), date(2024, 5, 10)
TUESDAY = date(2024, 5, 14)


def _events(body: str, kit: ExtractionKit) -> list[EventDraft]:
    return story_events(body, kit, PUBLISHED)


def _dated_tolls(body: str, kit: ExtractionKit) -> list[tuple[date | None, int]]:
    return dated_tolls(body, kit, PUBLISHED)


# ------------------------------------------------------------- deaths that followed the act join the act

DEATHS_AFTER_THE_ACT = [
    ("Bunia, May 15 – Militiamen attacked a displacement camp near Bunia on Friday, killing four people and injuring "
     "12, local officials said. One of the injured died in hospital on Sunday.", FRIDAY, 5),
    ("Kaduna, May 15 – Gunmen killed nine villagers in Kauru on Monday, police said. On Wednesday residents found "
     "the bodies of six more villagers in the bush near Kauru, raising the toll to 15.", MONDAY, 15),
    ("Kaduna, May 15 – Gunmen killed nine villagers in Kauru on Monday, police said. Six more bodies were found in "
     "the bush near the village on Wednesday, bringing the death toll to 15.", MONDAY, 15),
    ("Goma, May 15 – M23 rebels shelled a market in Sake on Saturday, killing seven civilians, the army said. Two of "
     "the wounded died of their injuries on Monday.", SATURDAY, 9),
]


@pytest.mark.parametrize("text, day, toll", DEATHS_AFTER_THE_ACT)
def test_deaths_after_the_act_join_it_on_its_day(kit, text, day, toll) -> None:
    assert _dated_tolls(text, kit) == [(day, toll)]


NEW_KILLINGS_ON_A_LATER_DAY = [
    # twins: new deaths by a new act on a later day stay their own event (a raid over two days is two events)
    ("Jenin, May 15 – Israeli forces killed eight Palestinians in a raid on Jenin on Monday, the health ministry "
     "said. On Tuesday four more were killed in the camp, bringing the toll to 12.", 2),
    ("Bunia, May 15 – Militiamen attacked a displacement camp near Bunia on Friday, killing four people. On Sunday "
     "gunmen killed three farmers near Djugu.", 2),
]


@pytest.mark.parametrize("text, count", NEW_KILLINGS_ON_A_LATER_DAY)
def test_new_killings_on_a_later_day_stay_apart(kit, text, count) -> None:
    assert len(_events(text, kit)) == count


def test_a_running_toll_after_new_killings_is_not_the_first_days(kit) -> None:
    text = NEW_KILLINGS_ON_A_LATER_DAY[0][0]
    assert _dated_tolls(text, kit)[0] == (MONDAY, 8)


# ------------------------------------------------------------- a count reported before an update

REPORTED_BEFORE_THE_UPDATE = [
    ("Maiduguri, May 15 – Insurgents attacked a military base in Gubio on Sunday. The toll rose to 14 soldiers on "
     "Monday, the army said. Ten had been reported killed on Sunday night.", 14),
    ("Maiduguri, May 15 – Insurgents attacked a military base in Gubio on Sunday. The death toll has risen to 23, "
     "officials said. Eleven soldiers had earlier been reported dead.", 23),
]


@pytest.mark.parametrize("text, toll", REPORTED_BEFORE_THE_UPDATE)
def test_a_count_reported_before_the_update_gives_way(kit, text, toll) -> None:
    assert [t for _, t in _dated_tolls(text, kit)] == [toll]


def test_deaths_told_in_the_past_perfect_keep_their_count(kit) -> None:
    # twin: "had been killed" tells the deaths themselves, not an earlier report of them
    text = ("Maiduguri, May 15 – Insurgents attacked a military base in Gubio on Sunday, the army said on Monday. "
            "Ten soldiers had been killed in the fighting.")
    assert [t for _, t in _dated_tolls(text, kit)] == [10]


# ------------------------------------------------------------- another source's figure in a sentence of its own

def test_another_sources_figure_in_its_own_sentence_joins_the_event(kit) -> None:
    text = ("Mogadishu, May 15 – A car bomb exploded at a checkpoint in Mogadishu on Monday, killing seven people, "
            "police said.\nState media reported nine deaths.")
    events = _events(text, kit)
    assert [(e.event_date, e.fatalities.fatalities, e.fatalities.high) for e in events] == [(MONDAY, 7, 9)]


SOURCES_FIGURE_TWINS = [
    # twins: a figure with a cause of its own, or a sentence that tells more, is no figure for the bombing
    "Health officials reported 12 cholera deaths in the camps.",
    "State media reported nine deaths and said the market would reopen on Friday.",
]


@pytest.mark.parametrize("figure", SOURCES_FIGURE_TWINS)
def test_a_figure_with_more_to_it_is_not_the_events(kit, figure) -> None:
    text = ("Mogadishu, May 15 – A car bomb exploded at a checkpoint in Mogadishu on Monday, killing seven people, "
            f"police said.\n{figure}")
    assert [(e.fatalities.fatalities, e.fatalities.high) for e in _events(text, kit)][:1] == [(7, 7)]


# ------------------------------------------------------------- a ship that was hit

SHIPS = [
    ("Aden, May 15 – A Liberian-flagged bulk carrier was hit on May 12 in the Red Sea off Hodeidah, the ship's "
     "operator said.", 1),
    ("Aden, May 15 – A Greek-owned tanker was hit on Sunday off the port of Mokha, a maritime security firm said.", 1),
    # twins: weather and markets hit ships without an attack
    ("Aden, May 15 – A cargo ship was hit by a storm on Sunday off the port of Mokha, its operator said.", 0),
    ("Aden, May 15 – The shipping company said on Sunday its profits were hit by the diversions.", 0),
]


@pytest.mark.parametrize("text, count", SHIPS)
def test_a_ship_that_was_hit_was_attacked(kit, text, count) -> None:
    assert len(_events(text, kit)) == count


# ------------------------------------------------------------- a second count in the same sentence

SECOND_COUNTS = [
    ("Port-au-Prince, May 15 – Gang members attacked a police station in Mirebalais on Monday. Five officers were "
     "killed at the scene, and three others died later in hospital in Port-au-Prince.", 8),
    ("Port-au-Prince, May 15 – Gang members attacked a police station in Mirebalais on Monday. Five officers were "
     "killed at the scene, and two others died in hospital in the capital.", 7),
]


@pytest.mark.parametrize("text, toll", SECOND_COUNTS)
def test_deaths_told_later_in_the_sentence_join_its_act(kit, text, toll) -> None:
    assert _dated_tolls(text, kit) == [(MONDAY, toll)]


def test_a_new_killing_in_the_sentences_second_clause_stays_apart(kit) -> None:
    # twin: a clause with its own day, place and killers is another act
    text = ("Port-au-Prince, May 15 – Gang members attacked a police station in Mirebalais on Monday, killing five "
            "officers. On Tuesday gunmen killed three traders in Cabaret, and two more died later in hospital.")
    assert [d for d, _ in _dated_tolls(text, kit)] == [MONDAY, TUESDAY]
