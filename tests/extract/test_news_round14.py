"""Kinds of error found on the long-news sets in round fourteen (news-dev10's dev part, news-dev5..9's dev stories),
each held by a variation table written for these tests (the kind in wordings as different as we could make them),
with near twins that must keep their reading:

- a crowd act told again for other towns ("Protests were also held in Kano, Kaduna and Jos", "Similar marches took
  place the same day in Kano and Jos"): ACLED codes one event per place and day, so each listed town is a protest
  event of its own on that day, while towns named as the marchers' origin, as history or as a plan are not.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import ExtractionKit
from wire_stories import story_events

PUBLISHED = "2024-05-14T12:00:00+00:00"  # a Tuesday
MONDAY = date(2024, 5, 13)


@pytest.fixture(scope="module")
def kit() -> ExtractionKit:
    return ExtractionKit.load()


def _crowd_towns(body: str, kit: ExtractionKit) -> list[tuple[str, date | None]]:
    """Each protest or riot event's place and day, sorted."""
    events = story_events(body, kit, PUBLISHED)
    return sorted((e.place_mentions[0].name if e.place_mentions else "", e.event_date) for e in events
                  if e.event_type in ("Protests", "Riots"))


# ------------------------------------------------------------- a crowd act told again for other towns

MARCH = ("ABUJA – Thousands of people marched in Abuja on Monday against the rise in fuel prices, chanting slogans "
         "against the government, organisers said.\n")

OTHER_TOWNS_TOO = [
    "Protests were also held in Kano, Kaduna and Jos, witnesses said.",
    "Similar rallies took place the same day in Kano, Kaduna and Jos, according to local radio.",
    "In Kano, Kaduna and Jos, hundreds of people also marched against the price rise.",
    "Smaller crowds gathered in Kano, Kaduna and Jos as well, police said.",
    "Demonstrations were reported on Monday from Kano, Kaduna and Jos, the labour union said.",
    "There were also sit-ins in Kano, Kaduna and Jos, where students blocked the main roads.",
    "The protests spread to Kano, Kaduna and Jos during the afternoon, residents said.",
    "Marches against the price rise also took place in Kano, Kaduna and Jos, with no incidents reported.",
]
EACH_TOWN = sorted([("Abuja", MONDAY), ("Jos", MONDAY), ("Kaduna", MONDAY), ("Kano", MONDAY)])
# Not read yet: no mention is found in this sentence (the lexicon names no crowd act in "crowds gathered", and the
# classifier does not take it up), so there is nothing to split.
OTHER_TOWNS_NOT_YET = [OTHER_TOWNS_TOO[3]]


@pytest.mark.parametrize("sentence", [s for s in OTHER_TOWNS_TOO if s not in OTHER_TOWNS_NOT_YET])
def test_each_town_of_a_crowd_act_told_again_is_its_own_event(kit, sentence) -> None:
    assert _crowd_towns(MARCH + sentence, kit) == EACH_TOWN


TOWNS_THAT_HOLD_NO_CROWD = [
    # twins: the towns are the marchers' origin, history, a plan or a comparison, not another crowd that day
    "Police said many of the marchers had travelled from Kano, Kaduna and Jos.",
    "It was the largest protest in the capital since demonstrations in Kano and Jos in 2020.",
    "Organisers said they planned further marches in Kano, Kaduna and Jos next week.",
    "Fuel prices have doubled in Kano, Kaduna and Jos since January, traders say.",
    "Rallies were also planned in Kano, Kaduna and Jos for next week, the union said.",
    "Protests have also been banned in Kano, Kaduna and Jos since 2020.",
]


@pytest.mark.parametrize("sentence", TOWNS_THAT_HOLD_NO_CROWD)
def test_towns_that_hold_no_crowd_make_no_event(kit, sentence) -> None:
    assert _crowd_towns(MARCH + sentence, kit) == [("Abuja", MONDAY)]


SAME_SENTENCE_TOO = [
    # the crowd told again inside its own first sentence, after its first town
    ("ABUJA – Thousands of people marched in Abuja on Monday against the price rise, and smaller marches were held "
     "in Kano and Jos, witnesses said.", sorted([("Abuja", MONDAY), ("Jos", MONDAY), ("Kano", MONDAY)])),
    ("ABUJA – Police fired tear gas at protesters in Abuja on Monday, while peaceful rallies took place in Kano and "
     "Jos.", sorted([("Abuja", MONDAY), ("Jos", MONDAY), ("Kano", MONDAY)])),
]


@pytest.mark.parametrize("body, towns", SAME_SENTENCE_TOO)
def test_towns_listed_after_the_first_crowds_town_are_events(kit, body, towns) -> None:
    assert _crowd_towns(body, kit) == towns


def test_a_list_in_the_first_crowd_sentence_stays_one_event(kit) -> None:
    # ACLED's short reports list towns in their one sentence and keep one row: only a crowd told again is split
    body = "ABUJA – On Monday, protesters marched in Kano, Kaduna and Jos against the rise in fuel prices."
    assert len(_crowd_towns(body, kit)) == 1
