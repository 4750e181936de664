"""Kinds of error found on the long-news sets in round seventeen (news-dev13's dev part), each held by a variation
table written for these tests (the kind in wordings as different as we could make them), with near twins that must
keep their reading:

- a paragraph of background that opens on history ("The insurgency began in 2009, when ...") goes on telling
  history: an undated act told later in it ("Militias killed thousands in reprisals on both sides") is no act of
  today's story, nor is a paragraph that opens "Since then," with no date of its own;
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import ExtractionKit
from wire_stories import dated_tolls, story_events

PUBLISHED = "2024-05-14T12:00:00+00:00"  # a Tuesday
SATURDAY, SUNDAY, MONDAY = date(2024, 5, 11), date(2024, 5, 12), date(2024, 5, 13)


@pytest.fixture(scope="module")
def kit() -> ExtractionKit:
    return ExtractionKit.load()


# ------------------------------------------------------------- a background paragraph between today's paragraphs

TODAYS_RAID = ("MAIDUGURI, Nigeria – Gunmen killed 12 farmers in the village of Kawuri on Sunday, police said.\n\n"
               "The attackers arrived on motorcycles and opened fire in the market, residents said.\n\n")
HISTORY_PARAGRAPHS = [
    # an undated act later in a paragraph that opened on a past year
    "The insurgency began in 2009, when its founder died in custody. A regional force has fought the militants for "
    "a decade, and the army says it killed 300 of them.",
    "The conflict in the region started in 2013, when rebels seized the capital. Christian militias took up arms "
    "against them, and thousands of people were killed in reprisal attacks on both sides.",
    "The group swept across the north in 2014, seizing several towns. The battle for the provincial capital "
    "killed more than 300 people and left much of the city in ruins.",
]


@pytest.mark.parametrize("paragraph", HISTORY_PARAGRAPHS)
def test_an_undated_act_in_a_paragraph_of_history_is_background(paragraph, kit):
    body = TODAYS_RAID + paragraph + "\n\nThe governor condemned the killings on Monday."
    assert dated_tolls(body, kit, PUBLISHED) == [(SUNDAY, 12)]


# twins: an act of this year dated in the same paragraph, or an undated act in a paragraph that opened on today's
# news, keeps its reading
def test_a_dated_act_in_a_paragraph_of_history_stays_an_event(kit):
    body = TODAYS_RAID + ("The insurgency began in 2009, when the group's founder died in police custody. On "
                          "Saturday, gunmen killed four loggers near Konduga, officials said.")
    assert sorted(dated_tolls(body, kit, PUBLISHED)) == [(SATURDAY, 4), (SUNDAY, 12)]


def test_an_undated_act_after_todays_news_in_its_paragraph_stays_with_it(kit):
    body = ("MAIDUGURI, Nigeria – Gunmen attacked the village of Kawuri on Sunday, police said. They killed 12 "
            "farmers in the market and burned dozens of homes, residents said.")
    assert dated_tolls(body, kit, PUBLISHED) == [(SUNDAY, 12)]


# "Since then," opening a paragraph with no date of its own tells the years after the history, not a takeover today
PURSUIT = ("BANGUI – Soldiers pursued the rebels and caught up with them near the village of Ndim on Sunday, the army "
           "said. Twelve rebels were killed in the fighting there.\n\n")


def test_a_paragraph_opening_since_then_tells_no_act(kit):
    body = PURSUIT + ("Since then, the army has pushed the rebels out of most large towns, but the groups remain "
                      "active in the countryside.")
    assert [(e.event_date, e.sub_event_type) for e in story_events(body, kit, PUBLISHED)] == [(SUNDAY, "Armed clash")]
