"""Kinds of error other engineers found on their fresh sets (long news, round seven), each held by passages written
for these tests, with near twins that must keep their reading: a claim's day taken as the act's, a release story
that coded nothing, an act "hours after" another taking a statement's day or merging into it, a rampage that was no
act, aircraft bombers read as an attack on the ground.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from eventwire.extract import ExtractionKit
from eventwire.records import EventDraft
from wire_stories import story_events

PUBLISHED = "2024-05-15T12:00:00+00:00"  # a Wednesday
TUESDAY, MONDAY, SUNDAY, LAST_THURSDAY = date(2024, 5, 14), date(2024, 5, 13), date(2024, 5, 12), date(2024, 5, 9)


def _events(body: str, kit: ExtractionKit) -> list[EventDraft]:
    return story_events(body, kit, PUBLISHED)


def _day_and_kind(events: list[EventDraft]) -> list[tuple[date | None, str | None]]:
    return [(e.event_date, e.sub_event_type) for e in events]


# --------------------------------------------------------------------------- a release story codes the abduction

RELEASE_STORIES = [
    ("Kaduna, May 15 – The 120 pupils kidnapped on 9 May from the girls' secondary school in Kajuru arrived in "
     "Kaduna early on Wednesday, a day after their release, tired but unharmed.", LAST_THURSDAY),
    ("Jos, May 15 – The 40 worshippers abducted last Thursday from a church in Bokkos were reunited with their "
     "families on Tuesday, the police said.", LAST_THURSDAY),
    ("Gusau, May 15 – Twenty farmers kidnapped on 12 May near Tsafe were freed on Tuesday after their families "
     "paid a ransom, a community leader said.", SUNDAY),
]


@pytest.mark.parametrize("text, day", RELEASE_STORIES)
def test_a_release_story_codes_the_abduction_on_its_own_day(kit, text, day) -> None:
    assert _day_and_kind(_events(text, kit)) == [(day, "Abduction/forced disappearance")]


NO_DAY_OF_THEIR_OWN = [
    # the day is the gathering's, not the abduction's
    "Kaduna, May 15 – The 120 pupils abducted from the girls' secondary school in Kajuru gathered in Kaduna on "
    "Wednesday for a thanksgiving service.",
    # history: held for years
    "Nairobi, May 15 – The two aid workers kidnapped in 2019 from a camp in Dadaab arrived in Nairobi on Wednesday "
    "after their release.",
]


@pytest.mark.parametrize("text", NO_DAY_OF_THEIR_OWN)
def test_a_release_without_the_abductions_own_day_codes_nothing(kit, text) -> None:
    assert _events(text, kit) == []


# --------------------------------------------------------------------------- a claim's day is the statement's

CLAIMS_OF_AN_EARLIER_ACT = [
    ("Maiduguri, May 15 – The group's leader said in an audio message on Tuesday that his fighters had abducted the "
     "pupils of the girls' school in Kajuru. Security analysts said bandits had carried out the raid of Thursday "
     "night.", [LAST_THURSDAY]),
    ("Kano, May 15 – The faction's commander said in a video message on Tuesday that his men had kidnapped the "
     "traders on the Funtua road. Police said the kidnapping took place on Sunday evening.", [SUNDAY]),
]


@pytest.mark.parametrize("text, days", CLAIMS_OF_AN_EARLIER_ACT)
def test_a_claim_in_a_recorded_message_dates_the_claim_not_the_act(kit, text, days) -> None:
    assert [e.event_date for e in _events(text, kit)] == days


ACTS_OF_THE_SAID_DAY = [
    "Maiduguri, May 15 – Fighters abducted 30 pupils from a school in Kajuru on Tuesday, the group's leader said "
    "in an audio message.",
    "Maiduguri, May 15 – Fighters killed 30 soldiers in an ambush near Damboa on Tuesday, the group said in a "
    "video.",
]


@pytest.mark.parametrize("text", ACTS_OF_THE_SAID_DAY)
def test_an_act_dated_in_its_own_clause_keeps_its_day(kit, text) -> None:
    assert [e.event_date for e in _events(text, kit)] == [TUESDAY]


# --------------------------------------------------------------------------- an act counted from the act before

HOURS_AFTER_ANOTHER_ACT = [
    "Mogadishu, May 15 – A car bomb exploded at a market in Mogadishu on Monday, killing 12 people, police said. "
    "The president condemned the attack on Tuesday. Hours after the bombing, looters ransacked shops near the "
    "market.",
    "Ramallah, May 15 – A Palestinian gunman shot dead two settlers at a junction near Huwara on Sunday afternoon, "
    "the army said. Hours later, hundreds of settlers went on a rampage through the town, torching cars and houses, "
    "and a Palestinian man was shot dead, health officials said.",
]


@pytest.mark.parametrize("text", HOURS_AFTER_ANOTHER_ACT)
def test_another_kind_of_act_hours_later_is_its_own_event_on_the_same_day(kit, text) -> None:
    events = _events(text, kit)
    assert len(events) == 2
    assert events[0].event_date == events[1].event_date
    assert events[0].sub_event_type != events[1].sub_event_type


HOURS_LATER_THE_SAME_ACT = [
    "Militants attacked an army base in Diffa on Monday, killing six soldiers. Hours later, the attackers set fire "
    "to the base's fuel depot.",
    "Gunmen attacked a village near Bokkos on Monday, killing nine people. Hours after the attack, they killed two "
    "more villagers who had fled into the bush.",
]


@pytest.mark.parametrize("text", HOURS_LATER_THE_SAME_ACT)
def test_the_same_act_told_hours_later_stays_one_event(kit, text) -> None:
    assert [e.event_date for e in _events(text, kit)] == [MONDAY]


# --------------------------------------------------------------------------- a rampage is a mob's act

RAMPAGES = [
    "Ramallah, May 15 – Hundreds of settlers rampaged through Huwara on Sunday night, torching cars and houses. "
    "Earlier on Sunday, a Palestinian gunman shot dead two settlers at a junction near Huwara.",
    "Ramallah, May 15 – Settlers went on a rampage in the village of Turmus Ayya on Sunday, burning cars and homes.",
]


@pytest.mark.parametrize("text", RAMPAGES)
def test_a_rampage_is_mob_violence_of_its_own(kit, text) -> None:
    kinds = _day_and_kind(_events(text, kit))
    assert (SUNDAY, "Mob violence") in kinds
    assert len(kinds) == text.count(". ") + 1  # each sentence tells its own act


def test_a_rampage_named_as_history_is_no_event(kit) -> None:
    text = "Ramallah, May 15 – The minister said the rampage by settlers in Huwara in February had shamed the country."
    assert _events(text, kit) == []


# --------------------------------------------------------------------------- bombers in the air, bombers on foot

@pytest.mark.parametrize("text, from_the_air", [
    ("Russian long-range bombers struck rebel positions near Idlib on Monday, killing 11 fighters, monitors said.",
     True),
    ("American strategic bombers struck Islamic State tunnels near Mosul on Monday, the coalition said.", True),
    # bombers on foot: whatever else they are, not an air strike
    ("Two bombers struck a mosque in Konduga on Monday, killing nine worshippers, residents said.", False),
    ("Two suicide bombers struck a market in Konduga on Monday, killing nine people, police said.", False),
])
def test_aircraft_bombers_strike_from_the_air(kit, text, from_the_air) -> None:
    events = _events(text, kit)
    assert [e.event_date for e in events] == [MONDAY]
    assert (events[0].sub_event_type == "Air/drone strike") is from_the_air


HOURS_LATER_OF_ITS_EVENT = [
    # force on a crowd is the crowd's event (ACLED's intervention or excessive force), however much later
    ("Nairobi, May 15 – Thousands of protesters marched through Nairobi on Tuesday against the finance bill. Hours "
     "later, police opened fire on the crowd, killing two people.", "Excessive force against protesters"),
    ("Nairobi, May 15 – Thousands of protesters marched through Nairobi on Tuesday against the finance bill. Hours "
     "later, police fired tear gas at them.", "Protest with intervention"),
]


@pytest.mark.parametrize("text, sub_event_type", HOURS_LATER_OF_ITS_EVENT)
def test_force_on_a_crowd_hours_later_stays_the_crowds_event(kit, text, sub_event_type) -> None:
    assert _day_and_kind(_events(text, kit)) == [(TUESDAY, sub_event_type)]


def test_the_same_fighters_hours_later_stay_one_event(kit) -> None:
    text = ("Gao, May 15 – Jihadists attacked an army post in Gao on Tuesday, killing four soldiers. Hours later, they "
            "looted shops in the town.")
    assert [e.event_date for e in _events(text, kit)] == [TUESDAY]


def test_other_forces_striking_hours_later_are_another_event(kit) -> None:
    text = ("Khartoum, May 15 – Paramilitary fighters attacked the army headquarters in Khartoum on Tuesday. Hours "
            "later, jets bombed their positions in the city.")
    kinds = _day_and_kind(_events(text, kit))
    assert len(kinds) == 2 and (TUESDAY, "Air/drone strike") in kinds


@pytest.mark.parametrize("text, sub_event_type", [
    ("Nairobi, May 15 – Police fired tear gas at protesters in Nairobi on Tuesday, hours after thousands marched on "
     "parliament.", "Protest with intervention"),
    ("Nairobi, May 15 – Police shot dead two protesters in Nairobi on Tuesday, hours after thousands of "
     "demonstrators marched on parliament.", "Excessive force against protesters"),
])
def test_a_lead_of_force_hours_after_a_march_is_one_event(kit, text, sub_event_type) -> None:
    assert _day_and_kind(_events(text, kit)) == [(TUESDAY, sub_event_type)]


def test_a_lead_of_two_kinds_of_act_hours_apart_is_two_events(kit) -> None:
    text = ("Ramallah, May 15 – Hundreds of settlers rampaged through the town of Sinjil on Sunday night, setting homes "
            "and cars on fire, hours after a Palestinian gunman shot dead two settlers near the town.")
    assert sorted(_day_and_kind(_events(text, kit))) == [(SUNDAY, "Attack"), (SUNDAY, "Mob violence")]


@pytest.mark.parametrize("text", [
    "Gusau, May 15 – Bandits went on a rampage in the village of Kadisau on Tuesday, killing 12 villagers and burning "
    "houses, residents said.",
    "Gusau, May 15 – Gunmen rampaged through three villages near Maru on Tuesday, killing 20 people, police said.",
])
def test_armed_men_on_a_rampage_make_an_attack_not_a_mob(kit, text) -> None:
    assert _day_and_kind(_events(text, kit)) == [(TUESDAY, "Attack")]
