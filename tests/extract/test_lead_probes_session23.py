"""Readings found on the lead's probe stories of session 23, each with its table of wordings and near-twins:

- the day of a blame told between the blamed and the act ("blamed the ELN rebels on Friday for a car bomb attack")
  dates the blame, not the act;
- the arrest of a suspect "in connection with the bombing" is the inquiry into an act the story tells, not an event;
- "killing 21 people, including the bomber": the bomber died in his own blast (a suicide bombing);
- fire from the air on a crowd gathered for a ceremony is an air strike, not force on protesters;
- a place captured ("captured a military outpost after a two-day battle") is one act, whatever the battle's days,
  and a base overrun "forcing troops to withdraw" is taken;
- a sentence opening on a town of its own ("In the city of Nobol, near Guayaquil, ...") with dead of its own, or with
  a crowd of its own ("In the southern city of Najaf, protesters rallied"), is another event;
- an offensive launched is a campaign, not an act;
- a crowd "gathered outside a visa centre", security forces firing "in the air to disperse" them: a protest;
- a date in the grievance a crowd acted over ("over the killing of six people taken hostage last week") is the
  grievance's;
- "before shooting the teachers": the gerund with the people shot reports the act;
- "the bodies of three women and three children from the Meitei community, who were abducted on Monday, were found",
  "five bodies had been taken to a hospital": counts of the dead;
- "said that its fighters had killed 'hundreds'" is the attackers' own claim, and gives way to another source's toll;
- a toll in the thousands of "fighting" is a campaign's dead, not the act's;
- whom the army "battles" in an aside after the act ("..., as the army battles Fano militiamen") is no victim;
- a count "in coordinated attacks across the province" is a running total, even with an "including ..." aside
  between.

Every passage was written for these tests, modelled on the kinds of report seen in 2019–2025 coverage.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.detect import REPORT, find_triggers
from eventwire.records import Article, EventDraft

PUBLISHED = datetime(2025, 6, 26, 8, tzinfo=timezone.utc)  # a Thursday


def _events(text: str, kit: ExtractionKit) -> list[EventDraft]:
    return extract_events(Article(id="lead-probes-23", title="", text=text, published_at=PUBLISHED), kit)


# --------------------------------------------------------------------------- the day of a blame

BLAMED_ON_A_DAY = [
    ("The interior ministry blamed the Baloch Liberation Army on Wednesday for a bombing at a market in Turbat that "
     "killed nine people. A bomb hidden on a motorcycle exploded near the fruit stalls in Turbat on Tuesday evening, "
     "police said.", date(2025, 6, 24)),
    ("Colombia's government blamed the National Liberation Army (ELN) rebels on Wednesday for a car bomb attack on a "
     "police academy in Bogota that killed 21 people. A man drove a truck packed with explosives into the academy "
     "in Bogota on Tuesday morning, officials said.", date(2025, 6, 24)),
    ("Kenyan police accused Al Shabaab militants on Wednesday of a roadside bombing near Mandera that killed four "
     "officers. The bomb hit their vehicle near Mandera on Monday afternoon.", date(2025, 6, 23)),
]


@pytest.mark.parametrize(("text", "day"), BLAMED_ON_A_DAY)
def test_the_day_of_a_blame_does_not_date_the_act(text: str, day: date, kit: ExtractionKit) -> None:
    [event] = _events(text, kit)
    assert event.event_date == day


# --------------------------------------------------------------------------- suspects arrested over a told act

def test_a_suspect_arrested_over_the_bombing_is_no_event(kit: ExtractionKit) -> None:
    text = ("A bomb exploded at a bus station in Quetta on Tuesday, killing seven people. Police arrested a second "
            "suspect on Wednesday in connection with the bombing.")
    assert [e.sub_event_type for e in _events(text, kit)] == ["Remote explosive/landmine/IED"]


ARRESTS_ACLED_CODES = [
    # a public figure, and a mass arrest, stay events of their own
    "Police arrested the opposition leader in Harare on Wednesday in connection with the protests.",
    "Security forces arrested 40 people in Bamenda on Wednesday in connection with the attack on the school.",
]


@pytest.mark.parametrize("text", ARRESTS_ACLED_CODES)
def test_arrests_of_note_stay_events(text: str, kit: ExtractionKit) -> None:
    assert [e.sub_event_type for e in _events(text, kit)] == ["Arrests"]


# --------------------------------------------------------------------------- the bomber among the dead

BOMBER_AMONG_THE_DEAD = [
    ("A car bomb exploded at the gate of a police academy in Bogota on Tuesday, killing 21 people, including the "
     "bomber.", "Suicide bomb"),
    ("A car bomb exploded at a market in Bogota on Tuesday, killing 21 people, including two children.",
     "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), BOMBER_AMONG_THE_DEAD)
def test_the_bomber_among_the_dead_makes_a_suicide_bombing(text: str, sub_event_type: str,
                                                          kit: ExtractionKit) -> None:
    [event] = _events(text, kit)
    assert event.sub_event_type == sub_event_type


# --------------------------------------------------------------------------- fire from the air on a crowd

FIRE_ON_A_CROWD = [
    ("The military dropped bombs from a fighter jet and then fired from a helicopter on a crowd gathered for the "
     "opening of a village office in Kanbalu on Tuesday, killing about 100 people.", "Air/drone strike"),
    ("Soldiers fired on a crowd gathered outside the governor's office in Mandalay on Tuesday to protest against "
     "conscription, killing five people.", "Excessive force against protesters"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), FIRE_ON_A_CROWD)
def test_fire_from_the_air_on_a_crowd_is_an_air_strike(text: str, sub_event_type: str, kit: ExtractionKit) -> None:
    [event] = _events(text, kit)
    assert event.sub_event_type == sub_event_type


# --------------------------------------------------------------------------- a place captured after days of battle

CAPTURES = [
    ("Fighters of the Kachin Independence Army said they had captured a military outpost in Kachin state on Monday "
     "after a two-day battle, and that several soldiers were killed.", "Non-state actor overtakes territory"),
    ("Insurgents overran a military base in Dikwa on Monday, killing 12 soldiers.", "Armed clash"),
    ("Insurgents overran a military base in Marte on Monday, forcing troops to withdraw to Dikwa.",
     "Non-state actor overtakes territory"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), CAPTURES)
def test_a_place_captured_after_a_long_battle_is_one_act(text: str, sub_event_type: str,
                                                         kit: ExtractionKit) -> None:
    [event] = _events(text, kit)
    assert event.sub_event_type == sub_event_type


# --------------------------------------------------------------------------- a scene of its own

SCENES = [
    # dead of its own in another named town
    ("Hooded gunmen burst into a television studio in Guayaquil on Tuesday and held staff at gunpoint. In the city "
     "of Nobol, near Guayaquil, two police officers were shot dead by armed men on Tuesday night.", 2),
    # a crowd of its own in another named town
    ("Hundreds of angry Iraqis gathered outside a Turkish visa centre in Baghdad on Thursday, burning Turkish flags. "
     "In the southern city of Najaf, protesters rallied peacefully outside the Turkish consulate.", 2),
    # the event named no town: the sentence places it
    ("Protests resumed across Iraq on Wednesday. In Baghdad, police again fired live ammunition to disperse crowds, "
     "killing two protesters.", 1),
    # force on the crowd already told, in its own town
    ("Thousands of students marched in Dhaka on Thursday. In Dhaka's university district, police fired tear gas "
     "to disperse them.", 1),
]


@pytest.mark.parametrize(("text", "count"), SCENES)
def test_a_sentence_opening_on_a_town_of_its_own_tells_another_event(text: str, count: int,
                                                                      kit: ExtractionKit) -> None:
    assert len(_events(text, kit)) == count


# --------------------------------------------------------------------------- campaigns and crowds

def test_an_offensive_launched_is_a_campaign(kit: ExtractionKit) -> None:
    text = ("Artillery shells hit a resort in Zakho on Wednesday, killing nine tourists. Turkey often strikes PKK "
            "militants in the area. In April it launched a new offensive, dubbed Claw-Lock, in the Duhok area.")
    assert [(e.place_mentions[0].name, e.fatalities.fatalities) for e in _events(text, kit)] == [("Zakho", 9)]


def test_an_offensive_with_its_dead_is_an_act(kit: ExtractionKit) -> None:
    [event] = _events("The army launched an offensive on the town of Kidal on Monday, killing 20 militants.", kit)
    assert event.event_type == "Battles"


CROWDS_OUTSIDE = [
    "Hundreds of angry Iraqis gathered outside a Turkish visa centre in Baghdad on Wednesday, burning flags.",
    "Several hundred women gathered outside the parliament in Kampala on Wednesday, holding placards.",
]


@pytest.mark.parametrize("text", CROWDS_OUTSIDE)
def test_a_crowd_gathered_outside_an_office_of_state_protests(text: str, kit: ExtractionKit) -> None:
    [event] = _events(text, kit)
    assert event.event_type in ("Protests", "Riots")


def test_relatives_gathered_outside_a_hospital_are_no_protest(kit: ExtractionKit) -> None:
    assert _events("Relatives gathered outside the hospital in Kampala on Wednesday, waiting for news.", kit) == []


# --------------------------------------------------------------------------- a grievance's date

def test_the_day_of_the_grievance_does_not_date_the_crowd(kit: ExtractionKit) -> None:
    text = "Crowds torched the homes of two ministers in Imphal over the killing of six hostages taken last week."
    assert [e.event_date for e in _events(text, kit) if e.event_type == "Riots"] == [date(2025, 6, 26)]


# --------------------------------------------------------------------------- the gerund "shooting" with its victims

SHOOTING = [
    ("The gunmen ordered pupils out before shooting the teachers.", True),
    ("Men stormed the farm, shooting two guards and a driver.", True),
    ("The crew spent the morning shooting a video in the market.", False),
]


@pytest.mark.parametrize(("sentence", "reports"), SHOOTING)
def test_shooting_people_reports_the_act(sentence: str, reports: bool) -> None:
    found = [t for t in find_triggers(sentence, 0, len(sentence)) if t.kind == REPORT and t.tactic == "attack"]
    assert bool(found) == reports


# --------------------------------------------------------------------------- counts of the dead

BODY_COUNTS = [
    ("Gunmen seized six villagers in Jiribam on Monday. The bodies of three women and three children from the Meitei "
     "community, who were abducted in Jiribam on Monday, were found in a river on Wednesday.", 6),
    ("A suicide bomber blew himself up inside the ministry compound in Kabul on Wednesday. A health official said "
     "five bodies had been taken to a hospital.", 6),  # the five and the bomber
    ("A suicide bomber blew himself up inside the ministry compound in Kabul on Wednesday. A health official said "
     "five wounded people had been taken to a hospital.", 1),  # the bomber alone
]


@pytest.mark.parametrize(("text", "fatalities"), BODY_COUNTS)
def test_bodies_found_or_brought_in_count_the_dead(text: str, fatalities: int, kit: ExtractionKit) -> None:
    assert max(e.fatalities.fatalities for e in _events(text, kit)) == fatalities


OWN_FIGHTERS_CLAIM = [
    ("Jihadists attacked a gendarmerie school in Bamako on Tuesday. JNIM said in a statement that its fighters had "
     "killed \"hundreds\" of soldiers. A security source said at least 70 people had been killed.", 70),
    # alone, the claim stands
    ("Jihadists attacked an army base in Boni on Tuesday. JNIM said in a statement that its fighters had killed 40 "
     "soldiers.", 40),
]


@pytest.mark.parametrize(("text", "fatalities"), OWN_FIGHTERS_CLAIM)
def test_the_attackers_own_count_gives_way(text: str, fatalities: int, kit: ExtractionKit) -> None:
    [event] = _events(text, kit)
    assert event.fatalities.fatalities == fatalities


RUNNING_TOTALS = [
    "In March, BLA fighters killed more than 50 people, including 23 passengers pulled off buses, in coordinated "
    "attacks across the province.",
]


@pytest.mark.parametrize("text", RUNNING_TOTALS)
def test_counts_over_days_or_places_are_no_event(text: str, kit: ExtractionKit) -> None:
    assert _events(text, kit) == []


def test_a_count_with_an_including_aside_in_one_place_stands(kit: ExtractionKit) -> None:
    text = "On Monday, BLA fighters killed 23 passengers, including two women, at a roadblock near Musakhel."
    [event] = _events(text, kit)
    assert event.fatalities.fatalities == 23


# --------------------------------------------------------------------------- whom the war around the act is fought with

WAR_AROUND_THE_ACT = [
    ("A drone strike on a town square in Finote Selam on Sunday killed at least 30 people, residents said, as the "
     "army battles Fano militiamen in the region.", "Civilians"),
    ("Soldiers battled Fano militiamen in Debre Markos on Saturday, killing 12 of them.", "Fano Militia"),
]


@pytest.mark.parametrize(("text", "victims"), WAR_AROUND_THE_ACT)
def test_whom_the_army_battles_around_the_act_is_no_victim(text: str, victims: str, kit: ExtractionKit) -> None:
    [event] = _events(text, kit)
    assert event.actor2 is not None and event.actor2.startswith(victims)


CAMPAIGN_TOLLS = [
    ("The rebels seized Goma on Monday after fighting that killed about 3,000 people, according to the UN.", 0),
    ("The rebels seized Goma on Monday after fighting that killed about 30 people, according to the UN.", 30),
]


@pytest.mark.parametrize(("text", "fatalities"), CAMPAIGN_TOLLS)
def test_a_toll_in_thousands_of_fighting_is_a_campaigns(text: str, fatalities: int, kit: ExtractionKit) -> None:
    assert [e.fatalities.fatalities for e in _events(text, kit)] == [fatalities]
