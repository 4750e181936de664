"""Kinds of error found on the long-news sets in round sixteen (news-dev12's dev part), each held by a variation
table written for these tests (the kind in wordings as different as we could make them), with near twins that must
keep their reading:

- "Government troops shelled the village of al-Mazraa and later struck a position near Walgha with a drone": two acts
  of two kinds in one sentence, the second opened by "and later" before its verb, are two events (as "and hours
  later" / "and in the afternoon" already were); "later died", "later said" open no act; "struck X with a drone"
  reports an air strike (the weapon after its target);
- "PKK militants attacked an outpost in Hakkari on Friday ... In response, Turkish jets hit PKK targets in northern
  Iraq on Friday night": a dated violent act the story places in another country than the event's (a country named
  as where it happened, not where attackers came from) is an event of its own in that country, even on the same day
  and between the same sides;
- "Gunmen killed 27 people in Tse-Ikyo on Sunday night, local officials said, as Amnesty said that more than 10,000
  people had been killed across Nigeria": a running total said after the act's day does not make that day the day of
  a later count (the act keeps its day; "on Monday an official said 43 bodies had been buried" still dates the count);
- "The toll from Saturday's truck bomb in Beledweyne has risen to 21, up from the 13 deaths reported on Saturday":
  the count after "up from" is the one the update replaces, not the act's toll;
- "Bandits kill 18 in Zamfara village raid. GUSAU, Nigeria, May 14 – Armed bandits on Sunday night stormed ...": a
  dated dateline after a headline on the lead's line is the filing day, not the act's.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import ExtractionKit
from eventwire.extract.context import article_context
from eventwire.extract.mentions import find_mentions
from eventwire.ingest import parse_scraper_text
from wire_stories import dated_tolls, story_events

PUBLISHED = "2024-05-14T12:00:00+00:00"  # a Tuesday
SATURDAY, SUNDAY, MONDAY = date(2024, 5, 11), date(2024, 5, 12), date(2024, 5, 13)


def _places(body: str, kit: ExtractionKit) -> list[str]:
    return [e.place_mentions[0].name if e.place_mentions else "" for e in story_events(body, kit, PUBLISHED)]


# ------------------------------------------------------------- "shelled A and later struck B with a drone"

TWO_ACTS = [
    ("DAMASCUS – On Monday, government troops shelled the village of Mazraa, west of the city, and later struck a "
     "fighters' position near Walgha with a drone, killing four gunmen, a monitor said.", ["Mazraa", "Walgha"]),
    ("NAIROBI – Soldiers shelled militant positions in Hosingow on Monday and later hit a convoy near Dhobley with "
     "an armed drone, officials said.", ["Hosingow", "Dhobley"]),
    ("BAMAKO – Jihadists attacked a checkpoint in Boni on Monday, killing two soldiers, and later blew up a bridge "
     "near Hombori with explosives, the army said.", ["Boni", "Hombori"]),
]


@pytest.mark.parametrize("body, places", TWO_ACTS)
def test_two_acts_of_two_kinds_joined_by_and_later_are_two_events(body, places, kit):
    assert sorted(_places(body, kit)) == sorted(places)


# twins: "later" before a death, a statement or an act of the same kind is no second event
ONE_ACT = [
    "DAMASCUS – On Monday, government troops shelled the village of Mazraa, and a wounded farmer later died in "
    "hospital, a monitor said.",
    "DAMASCUS – On Monday, government troops shelled the village of Mazraa, and the army later said it had targeted "
    "fighters, a monitor said.",
    "DAMASCUS – On Monday, government troops shelled the village of Mazraa and later shelled it again at dusk, a "
    "monitor said.",
]


@pytest.mark.parametrize("body", ONE_ACT)
def test_later_before_a_death_a_statement_or_the_same_act_stays_one_event(body, kit):
    assert _places(body, kit) == ["Mazraa"]


DRONE_AFTER_TARGET = [
    "KYIV – On Monday, Russian forces struck a fuel depot in Kupiansk with a drone, the governor said.",
    "BAGHDAD – On Monday, militants hit a logistics base near Erbil with an explosive-laden drone, officials said.",
]


@pytest.mark.parametrize("body", DRONE_AFTER_TARGET)
def test_struck_a_target_with_a_drone_is_an_air_strike(body, kit):
    assert [e.sub_event_type for e in story_events(body, kit, PUBLISHED)] == ["Air/drone strike"]


# ------------------------------------------------------------- the other side's act across a border

ATTACK_AT_HOME = ("ANKARA, Turkey – Kurdish militants killed six Turkish soldiers in an attack on an outpost in "
                  "Cukurca, in Hakkari province, on Sunday, the defence ministry said.\n\n")
ACROSS_THE_BORDER = [
    "In response, Turkish jets struck militant targets in northern Iraq on Sunday night, the ministry said.",
    "Hours later, warplanes bombed caves used by the militants in Iraq on Sunday, the ministry said.",
]


@pytest.mark.parametrize("sentence", ACROSS_THE_BORDER)
def test_a_dated_act_in_another_country_is_its_own_event_there(sentence, kit):
    events = story_events(ATTACK_AT_HOME + sentence, kit, PUBLISHED)
    assert len(events) == 2
    assert {e.event_date for e in events} == {SUNDAY}
    assert "Iraq" in {e.country_hint for e in events}


# twins: attackers from abroad, or an undated account of the war across the border, stay with the event
FROM_ABROAD = [
    "The militants had crossed from Iraq on Sunday, the ministry said, and fled back after the attack.",
    "Turkey has struck militant camps in northern Iraq for decades.",
]


@pytest.mark.parametrize("sentence", FROM_ABROAD)
def test_attackers_from_abroad_or_undated_background_make_no_second_event(sentence, kit):
    assert len(story_events(ATTACK_AT_HOME + sentence, kit, PUBLISHED)) == 1


# ------------------------------------------------------------- a nationwide count beside the local act

NATIONWIDE_BESIDE = [
    "MAKURDI – Gunmen killed at least 27 people in the village of Yelwata on Sunday night, local officials said, as "
    "Amnesty International said that more than 10,000 people had been killed across Nigeria since 2023.",
    "JOS – Gunmen shot dead 27 villagers in Bokkos on Sunday night, police said, while a rights group said that "
    "over 2,000 people had been killed in the state since January.",
]


@pytest.mark.parametrize("body", NATIONWIDE_BESIDE)
def test_a_running_total_said_after_the_act_leaves_the_acts_day(body, kit):
    assert dated_tolls(body, kit, PUBLISHED) == [(SUNDAY, 27)]
    lead = _mentions(body, kit)[0]
    assert [d.day for d in lead.dates] == [SUNDAY] and not lead.speech_dates  # the act's day, not a count's


def _mentions(body: str, kit: ExtractionKit):
    raw = f"# A story\n\nPublished at: **{PUBLISHED}**\n\nAuthor: **desk**\n\n{body}\n"
    return find_mentions(article_context(parse_scraper_text(raw), kit))


def test_a_count_said_in_the_pluperfect_is_still_the_statements(kit):
    body = ("MAKURDI – Gunmen attacked the village of Yelwata, residents said. On Monday an official said 43 "
            "bodies had been buried in Yelwata.")
    assert [day for day, _ in dated_tolls(body, kit, PUBLISHED)] != [MONDAY]


# ------------------------------------------------------------- "risen to 21, up from 13"

UP_FROM = [
    "MOGADISHU – The death toll from a truck bomb that exploded at a checkpoint in Beledweyne on Saturday has risen "
    "to 21, a health official said, up from the 13 deaths reported on the day of the blast.",
    "MOGADISHU – The toll from Saturday's truck bomb in Beledweyne has risen to 21, up from an initial 13 killed, "
    "officials said.",
]


@pytest.mark.parametrize("body", UP_FROM)
def test_the_count_an_update_replaces_is_not_the_toll(body, kit):
    assert dated_tolls(body, kit, PUBLISHED) == [(SATURDAY, 21)]


# ------------------------------------------------------------- a dated dateline after a headline on the lead's line

HEADLINE_THEN_DATELINE = [
    "Bandits kill 18 in Zamfara village raid. GUSAU, Nigeria, May 14 – Armed bandits on Sunday night stormed the "
    "village of Dansadau, killing 18 residents and abducting dozens, police said.",
    "Gunmen kill 18 in night raid on Dansadau. GUSAU, May 14 – Gunmen stormed the village of Dansadau on Sunday "
    "night, killing 18 residents, police said.",
]


@pytest.mark.parametrize("body", HEADLINE_THEN_DATELINE)
def test_a_dated_dateline_after_a_headline_is_not_the_acts_day(body, kit):
    assert [day for day, _ in dated_tolls(body, kit, PUBLISHED)] == [SUNDAY]


# twin: an act the lead dates to the filing day keeps it; a sentence in capitals mid-story is no dateline
def test_an_act_told_on_the_filing_day_keeps_it(kit):
    body = ("Bandits kill 18 in Zamfara village raid. GUSAU, Nigeria, May 14 – Armed bandits stormed the village of "
            "Dansadau on Tuesday, May 14, killing 18 residents, police said.")
    assert [day for day, _ in dated_tolls(body, kit, PUBLISHED)] == [date(2024, 5, 14)]
