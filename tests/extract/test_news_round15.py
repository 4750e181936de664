"""Kinds of error found on the long-news sets in round fifteen (news-dev11's dev part), each held by a variation
table written for these tests (the kind in wordings as different as we could make them), with near twins that must
keep their reading:

- "Troops later repelled an attack on a base in Hombori" after a landmine near Boni: "later" (or "subsequently",
  "afterwards") between the subject and its verb tells an act that followed the one told before, in its own town;
  it is not a detail of the landmine event (as the sentence-opening "Later, ..." already was not), unless the
  subject is the event's own participants ("the attackers later opened fire on the escort");
- "Overnight, army drones struck positions of the attackers" in a Tuesday story about Saturday's attack: a sentence
  that opens on "Overnight" and tells a kind of act the event has not told is the night before the story's day, its
  own event, not part of an event whose days all ended before that night;
- "The commission said that on January 29, fighters attacked ...": a day after "said that" opens the clause said
  and dates its act (it is not the statement's day); "claimed the attack in a message on Sunday", "said in a
  communiqué on Sunday": the day of a message or communiqué is the statement's, not a new act's;
- "On Tuesday, the day after the attack, several hundred residents of Djibo marched to the prefecture": a crowd's
  act told with a day counted from an act keeps the day it names (the date stage counts it back to the act's day,
  right for the aftermath, "Rescuers searched on Monday, three days after the attack"), and a named day is not an
  event's whose named days are all other days, even when a vaguer date it opened with ("earlier in the week") would
  hold both;
- "The final toll of last week's massacre in Kukawa has risen to 81, officials said on Tuesday": an act noun dated
  by "last week's" (the date stage stops before the possessive) is an act told by its particulars, as "Monday's
  bombing" was, and "Officials on Tuesday put the final toll of ..." dates the statement, not the act (as "put the
  toll" did): the event is last week's, at week precision;
- "Bandits kill 18 in Zamfara village raid. GUSAU – Armed bandits on Sunday night stormed ...": a headline written
  on the lead's line, before a dateline in capitals, is the headline of the act the lead tells (one event), even
  when it ends with a full stop. (Not yet read: a dated dateline there, "GUSAU, Nigeria, May 14 –", whose day is
  taken for the act's, since only a dateline that opens the body is parsed as one.)
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import ExtractionKit
from wire_stories import story_events

PUBLISHED = "2024-05-14T12:00:00+00:00"  # a Tuesday
SATURDAY, SUNDAY, MONDAY = date(2024, 5, 11), date(2024, 5, 12), date(2024, 5, 13)


def _events(body: str, kit: ExtractionKit) -> list[tuple[str, date | None]]:
    """Each event's place (first named) and day, in the order extraction gives them."""
    return [(e.place_mentions[0].name if e.place_mentions else "", e.event_date)
            for e in story_events(body, kit, PUBLISHED)]


# ------------------------------------------------------------- "Troops later repelled an attack in X"

LANDMINE = ("BAMAKO – On Monday, an army vehicle struck a landmine near Boni, in the Douentza circle, killing three "
            "soldiers and wounding two, the armed forces said in a bulletin. ")

LATER_ACTS = [
    "Troops later repelled an attack on a base in Hombori, the bulletin said, adding that several assailants were "
    "neutralised.",
    "Soldiers later fought off an assault on their camp in Hombori, according to the bulletin.",
    "A second group of gunmen later attacked a checkpoint in Hombori, a local official said.",
    "Militants subsequently ambushed a patrol near Hombori, security sources said.",
]


@pytest.mark.parametrize("sentence", LATER_ACTS)
def test_an_act_told_as_later_in_another_town_is_its_own_event(sentence, kit):
    events = _events(LANDMINE + sentence, kit)
    assert sorted(place for place, _ in events) == ["Boni", "Hombori"]
    assert all(day == MONDAY for _, day in events)


# twins: no "later" before a verb of the act (a detail of the landmine event, or no act at all)
DETAILS = [
    "The vehicle had stopped near Hombori after a tyre burst, and the attackers later opened fire on the escort.",
    "The two wounded soldiers were later taken to the hospital in Mopti, the bulletin said.",
    "A later statement said the vehicle had been escorting a convoy to Hombori.",
]


@pytest.mark.parametrize("sentence", DETAILS)
def test_without_later_before_a_verb_of_an_act_the_event_stays_one(sentence, kit):
    assert [place for place, _ in _events(LANDMINE + sentence, kit)] == ["Boni"]


# ------------------------------------------------------------- "Overnight, ..." after an event of days before

SATURDAY_ATTACK = ("OUAGADOUGOU – Gunmen attacked the town of Barsalogho on Saturday morning, killing at least 40 "
                   "residents who were digging a trench, witnesses said.\n\n")

LATER_NIGHTS = [
    "Overnight, army drones struck positions of the attackers north of Barsalogho, security sources said.",
    "Overnight, warplanes bombed the hideouts of the assailants near Barsalogho, the army said.",
    "Overnight, the army shelled positions of the gunmen outside Barsalogho, residents said.",
]


@pytest.mark.parametrize("sentence", LATER_NIGHTS)
def test_an_overnight_act_of_another_kind_is_the_last_nights_event(sentence, kit):
    events = _events(SATURDAY_ATTACK + sentence, kit)
    assert sorted(day for _, day in events) == [SATURDAY, MONDAY]


MONDAY_ATTACK = ("OUAGADOUGOU – Gunmen attacked the village of Barsalogho on Monday evening, killing at least 40 "
                 "residents, witnesses said.\n\n")
SAME_NIGHT = [
    # the night of the event told (Monday evening in a Tuesday story): still that event
    (MONDAY_ATTACK, "Overnight, the gunmen set fire to houses and shops in Barsalogho, residents said.", [MONDAY]),
    (MONDAY_ATTACK, "Overnight, drones struck the attackers as they fled Barsalogho, residents said.", [MONDAY]),
]


@pytest.mark.parametrize("lead, sentence, days", SAME_NIGHT)
def test_overnight_within_the_events_night_or_not_opening_stays_with_it(lead, sentence, days, kit):
    assert sorted(day for _, day in _events(lead + sentence, kit)) == days


# ------------------------------------------------------------- "said that on January 29, ..."

KILLED_LAST_WEEK = "ADDIS ABABA – Six people were killed in Merawi last week, a rights commission said on Monday. "
SAID_THAT_ON = [
    KILLED_LAST_WEEK + "The commission said that on Saturday, fighters attacked army positions in Merawi, killing six.",
    KILLED_LAST_WEEK + "Police told reporters that on Saturday gunmen had attacked Merawi and killed six farmers.",
    KILLED_LAST_WEEK + "A local official said that on Saturday night armed men shot dead six people in Merawi.",
]


@pytest.mark.parametrize("body", SAID_THAT_ON)
def test_a_day_after_said_that_dates_the_act_said(body, kit):
    assert [day for _, day in _events(body, kit)] == [SATURDAY]


SAID_ON = [
    # the statement's day: the act is undated, so it takes the statement's day (as before)
    ("ADDIS ABABA – The rights commission said on Monday that fighters had attacked army positions in Merawi, "
     "killing six soldiers.", [MONDAY]),
    ("ADDIS ABABA – The army said on Monday that gunmen had killed six farmers near Merawi on Saturday.", [SATURDAY]),
]


@pytest.mark.parametrize("body, days", SAID_ON)
def test_a_day_right_after_said_is_still_the_statements(body, days, kit):
    assert [day for _, day in _events(body, kit)] == days


CLAIMED_IN_A_MESSAGE = [
    "The al Qaeda-linked JNIM claimed the attack in a message on Sunday, saying it had targeted militiamen.",
    "The government spokesman said in a communiqué on Sunday that terrorists had attacked the town.",
    "The group claimed the killings in an online message on Sunday and said its fighters had attacked the militia.",
]


@pytest.mark.parametrize("sentence", CLAIMED_IN_A_MESSAGE)
def test_a_message_or_communique_day_is_no_new_act(sentence, kit):
    assert [day for _, day in _events(SATURDAY_ATTACK + sentence, kit)] == [SATURDAY]


# ------------------------------------------------------------- a crowd's day told from the act

AMBUSH = ("OUAGADOUGOU – The number of soldiers killed in an ambush on a convoy earlier in the week has risen to 27, "
          "the army said. The convoy was attacked on Sunday near Gaskinde.\n\n")
TUESDAY = date(2024, 5, 14)

CROWD_DAY_AFTER = [
    "On Monday, the day after the attack, several hundred residents of Djibo marched to the prefecture to demand "
    "that the road be secured.",
    "On Monday, a day after the ambush, hundreds of women protested in Djibo against the blockade.",
    "Youths in Djibo blocked the main road and burned tyres on Monday, a day after the attack, witnesses said.",
]


@pytest.mark.parametrize("sentence", CROWD_DAY_AFTER)
def test_a_crowds_act_keeps_the_day_it_names(sentence, kit):
    events = story_events(AMBUSH + sentence, kit, PUBLISHED)
    crowd = [e.event_date for e in events if e.event_type in ("Protests", "Riots")]
    assert crowd == [MONDAY]
    assert SUNDAY in [e.event_date for e in events if e.event_type not in ("Protests", "Riots")]


# twin: the aftermath of the act (no crowd) is still dated to the act, and stays one event with it
def test_an_aftermath_told_from_the_act_keeps_the_acts_day(kit):
    body = ("OUAGADOUGOU – Jihadists killed 27 soldiers in an ambush on a convoy near Gaskinde on Sunday, the army "
            "said.\n\nOn Monday, the day after the attack, soldiers searched the bush around Gaskinde for survivors.")
    assert [day for _, day in _events(body, kit)] == [SUNDAY]


# ------------------------------------------------------------- "the final toll of last week's massacre"

LAST_WEEK = date(2024, 5, 9)  # the middle of the week before a Tuesday story (precision 2)
LAST_WEEKS_TOLL = [
    "MAIDUGURI – The final toll of last week's massacre in Kukawa has risen to 81, officials said on Tuesday.",
    "MAIDUGURI – Officials on Tuesday put the final toll of last week's massacre in Kukawa at 81.",
    "MAIDUGURI – The governor on Tuesday put the official death toll of last week's attack on Kukawa at 81.",
    "MAIDUGURI – The number of people killed in last week's attack on Kukawa has risen to 81, officials said.",
]


@pytest.mark.parametrize("body", LAST_WEEKS_TOLL)
def test_the_toll_of_last_weeks_act_dates_it_to_last_week(body, kit):
    events = story_events(body, kit, PUBLISHED)
    assert [(e.event_date, e.time_precision, e.fatalities.fatalities) for e in events] == [(LAST_WEEK, 2, 81)]


# twins: a possessive day keeps its day; a week named with no possessive before no act noun makes no event
def test_a_possessive_weekday_keeps_its_day(kit):
    body = "MAIDUGURI – The toll of Saturday's attack on Kukawa has risen to 81, officials said on Tuesday."
    assert [e.event_date for e in story_events(body, kit, PUBLISHED)] == [SATURDAY]


def test_a_week_told_without_an_act_noun_makes_no_event(kit):
    body = "MAIDUGURI – Last week's rains cut the road to Kukawa, and 81 families lost their homes, officials said."
    assert story_events(body, kit, PUBLISHED) == []


# ------------------------------------------------------------- a headline on the lead's line

HEADLINED_LEADS = [
    "Bandits kill 18 in Zamfara village raid, abduct dozens. GUSAU – Armed bandits on Sunday night stormed "
    "Dansadau in Zamfara State, killing at least 18 people, residents said.",
    "Gunmen kill 18 in Zamfara village. GUSAU, Nigeria – Armed men on Sunday night stormed Dansadau in "
    "Zamfara State, killing at least 18 people, police said.",
    "Eighteen killed as bandits raid Zamfara village. GUSAU — Bandits on Sunday night attacked Dansadau in Zamfara "
    "State and killed at least 18 villagers, residents said.",
]


@pytest.mark.parametrize("body", HEADLINED_LEADS)
def test_a_headline_before_a_dateline_on_the_leads_line_is_one_event(body, kit):
    assert [day for _, day in _events(body, kit)] == [SUNDAY]


# twin: two acts in a lead paragraph with no dateline between them stay two events
def test_two_acts_in_a_lead_paragraph_without_a_dateline_stay_two(kit):
    body = ("GUSAU – Bandits killed 18 people in Dansadau on Sunday night, residents said. Gunmen also abducted "
            "12 travellers near Tsafe on Monday, police said.")
    assert sorted(day for _, day in _events(body, kit)) == [SUNDAY, MONDAY]
