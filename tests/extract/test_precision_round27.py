"""Precision round twenty-seven (session 34): false events in voices the sets lack (a hearing, a question, a ceremony).

- An act that is the topic of a question, a hearing or an assessment is the act the questions are about, told
  before; the day in the sentence is the hearing's ("appeared before a Senate committee on Wednesday to answer
  questions about the drone strike that killed dozens of villagers last month"). A clause with a day of its own stays
  news (``cues._asked_about``).
- A clause "in/during which" hangs on its phrase's time, and that time may hold a part of the year or a month before
  its year ("in late 2019, in which", "the massacre of March 2022, in which"): the act is as old as the phrase, so a
  ceremony's or a prayer's day does not date it (``cues._OLD_PHRASE_TIME``).
- The wounded as the object of care are the people of an act told before, counted in words too ("treated eleven
  wounded people on Monday") and moved ("evacuated four wounded children"): no second act on the day of their care
  (``detect._CARED_FOR_BEFORE``).

Every passage was written for these tests; none comes from a benchmark story.
"""

from __future__ import annotations

from datetime import date

import pytest

from wire_stories import padded_story, typed_days


# each row made an event on the hearing's or the question's day before this round
ASKED_ABOUT = [
    "The army chief appeared before a parliamentary committee on Wednesday to answer questions about the air strike "
    "that killed dozens of herders near Gidan Bature last month.",
    "Lawmakers pressed the interior minister on Thursday in a hearing on the ambush that killed nine soldiers near "
    "Diffa.",
    "Senators asked the minister on Tuesday what assessment he had made of the massacre that left 40 villagers dead "
    "in Kwall.",
]
# twins: an act told with a day of its own, or before the questions, stays; questions about something else change
# nothing
ASKED_ABOUT_A_NEW_ACT = [
    ("Asked about the raid that killed 11 fishermen near Baga on Sunday, the minister said an inquiry was under way.",
     [("Attack", date(2024, 5, 12))]),
    ("Gunmen killed 11 fishermen near Baga on Sunday. Lawmakers asked questions about the raid on Tuesday.",
     [("Attack", date(2024, 5, 12))]),
    ("Soldiers fired on protesters in Kano on Monday, killing three, a day after lawmakers asked questions about the "
     "budget.", [("Excessive force against protesters", date(2024, 5, 13))]),
]


@pytest.mark.parametrize("text", ASKED_ABOUT)
def test_an_act_asked_about_at_a_hearing_is_background(kit, text: str) -> None:
    assert padded_story(kit, text) == []


@pytest.mark.parametrize(("text", "expected"), ASKED_ABOUT_A_NEW_ACT)
def test_an_act_with_a_day_of_its_own_stays(kit, text: str, expected: list) -> None:
    assert typed_days(kit, text) == expected


# each row made an event on the ceremony's or the prayers' day before this round
OLD_PHRASE_CLAUSES = [
    "The army held a ceremony on Friday in Ouallam for the soldiers who fell at Inates in late 2019, in which more "
    "than 70 soldiers were killed.",
    "Villagers held prayers on Tuesday for the victims of the massacre of March 2022, in which hundreds of people "
    "were killed.",
    "Relatives gathered on Tuesday at the site of the bombing in mid-2021, in which 30 people died.",
]
# twins: a phrase of this year or of last week keeps its clause's act (one event before and after)
RECENT_PHRASE_CLAUSES = [
    "Mourners prayed on Tuesday for the victims of the raid of last Sunday, in which 12 people were killed.",
    "Mourners gathered on Tuesday for the victims of the attack in early May, in which 12 people were killed.",
    "Mourners gathered on Tuesday for the victims of the attack of May 2024, in which 12 people were killed.",
]


@pytest.mark.parametrize("text", OLD_PHRASE_CLAUSES)
def test_a_clause_on_a_phrase_of_an_old_year_is_background(kit, text: str) -> None:
    assert padded_story(kit, text) == []


@pytest.mark.parametrize("text", RECENT_PHRASE_CLAUSES)
def test_a_clause_on_a_recent_phrase_stays(kit, text: str) -> None:
    assert [t for t, _ in typed_days(kit, text)] == ["Attack"]


ATTACK = "Gunmen attacked the village of Kwall on Sunday night, killing nine people."
# each row made a second event on the day of the care before this round
CARE_OF_THE_WOUNDED = [
    "Doctors at the district hospital treated eleven wounded people on Monday morning.",
    "Our team evacuated four wounded children to Jos on Tuesday.",
    "Medics treated twelve wounded soldiers at the base on Monday.",
    "The Red Cross evacuated 14 wounded civilians to Jos on Monday.",
    "Nurses were treating about 20 wounded people at the clinic on Monday.",
]
# twins: people wounded by an act's doers are an act (one event before and after)
WOUNDED_BY_THEIR_ATTACKERS = [
    ("Gunmen wounded four soldiers at a checkpoint near Kwall on Tuesday.", [("Armed clash", date(2024, 5, 14))]),
    ("Soldiers evacuated residents of Kwall on Tuesday after gunmen wounded four people.",
     [("Attack", date(2024, 5, 14))]),
]


@pytest.mark.parametrize("text", CARE_OF_THE_WOUNDED)
def test_the_wounded_cared_for_after_an_act_are_no_act_of_their_own(kit, text: str) -> None:
    assert typed_days(kit, f"{ATTACK} {text}") == [("Attack", date(2024, 5, 12))]  # one paragraph


@pytest.mark.parametrize(("text", "expected"), WOUNDED_BY_THEIR_ATTACKERS)
def test_people_wounded_by_their_attackers_stay_an_act(kit, text: str, expected: list) -> None:
    assert typed_days(kit, text) == expected
