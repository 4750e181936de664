"""Readings found on the lead's probe stories of session 27, each with its table of wordings and near-twins:

- "BAGHDAD, Jan 21 - Two suicide bombers blew themselves up": the bombers are two, not the dateline's day;
- "No group immediately claimed ... The group claimed the attack late on Thursday": the group the sentence before
  named is the claimant;
- "the army said it had killed about 40 militants in the area in the days that followed": neither the toll of the
  attack told before it nor, with no day of its own, an event;
- ", as fighting between the army and the Fano militia spread": the war's sides named in a background clause are no
  side of the act;
- an interception's actor1 is the force that stopped the weapon, actor2 the one that fired it;
- "say they have repelled more than 170 RSF assaults since the siege began": a tally, no event;
- a drone strike whose words name no striker is the armed group a later sentence blames;
- "during a Sunday service" is that week's Sunday;
- captives rescued after a gunfight: the fight is the event, the force that rescued them actor1;
- "A week earlier", "two days earlier": counted back from the day the story gave last.

Every passage was written for these tests, modelled on the kinds of report seen in 2019–2025 coverage.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.dates import find_dates
from eventwire.extract.fatalities.bombers import _bombers_before
from eventwire.records import Article, EventDraft

PUBLISHED = datetime(2022, 7, 20, 8, tzinfo=timezone.utc)  # a Wednesday


def _events(text: str, kit: ExtractionKit) -> list[EventDraft]:
    return extract_events(Article(id="lead-probes-27", title="", text=text, published_at=PUBLISHED), kit)


def _only(text: str, kit: ExtractionKit) -> EventDraft:
    events = _events(text, kit)
    assert len(events) == 1, [(e.event_date, e.sub_event_type) for e in events]
    return events[0]


# --------------------------------------------------------------------------- how many bombers

BOMBER_COUNTS = [
    ("BAGHDAD, Jan 21 - Two suicide bombers blew", 2),
    ("MAIDUGURI, June 17 - Three suicide bombers", 3),
    ("KABUL, Aug 26 - A suicide bomber", 1),
    ("two female suicide bombers", 2),
    ("three young female bombers", 3),
    ("killed 21 people. Two suicide bombers", 2),
    ("two of the bombers", 2),
    ("a lone bomber", 1),
]


@pytest.mark.parametrize("text,count", BOMBER_COUNTS)
def test_the_bombers_are_counted_by_their_own_number(text, count):
    assert _bombers_before(text, 0, len(text)) == count


def test_a_dateline_day_is_not_the_bombers_count(kit):
    text = ("BAGHDAD, Jan 21 - Two suicide bombers blew themselves up in a crowded market in central Baghdad on "
            "Monday, killing at least 32 people, officials said.")
    assert _only(text, kit).fatalities.fatalities == 34  # the 32 and the two bombers (ACLED counts them)


# --------------------------------------------------------------------------- "The group claimed the attack"

THE_GROUP_CLAIMED = [
    ("Two suicide bombers blew themselves up at a market in the Iraqi capital on Monday, killing 32 people. No group "
     "immediately claimed the bombing, but officials said it bore the hallmarks of Islamic State. The group claimed "
     "the attack late on Monday.", "Islamic State"),
    ("Gunmen killed 12 soldiers at a post near Djibo on Monday. Residents said fighters of JNIM had been seen in the "
     "area. The group later claimed responsibility in a statement.", "JNIM"),
    ("A car bomb killed nine people at a checkpoint near Mogadishu on Monday. Police said al Shabaab was active in "
     "the area. The militant group claimed responsibility on its radio.", "Al Shabaab"),
]
NO_GROUP_EVER_CLAIMED = [
    "Gunmen killed 12 villagers near Djibo on Monday. No group has claimed the attack. JNIM and Islamic State are "
    "both active in the area.",
]


@pytest.mark.parametrize("text,group", THE_GROUP_CLAIMED)
def test_the_group_that_claimed_is_the_one_named_before(kit, text, group):
    assert _only(text, kit).actor1.startswith(group)


@pytest.mark.parametrize("text", NO_GROUP_EVER_CLAIMED)
def test_an_unclaimed_act_keeps_its_unidentified_attackers(kit, text):
    assert _only(text, kit).actor1.startswith("Unidentified Armed Group")


# --------------------------------------------------------------------------- what followed over the next days

IN_THE_DAYS_THAT_FOLLOWED = [
    ("Eleven gendarmes were killed in an attack on their post in Seytenga on Monday. The army said it had killed "
     "about 40 militants in the area in the days that followed.", 11),
    ("Gunmen killed 14 soldiers at a base near Mopti on Monday. Troops killed 25 of the attackers over the following "
     "days, the army said.", 14),
]
ACTS_DATED_BY_ANOTHER = [
    "Dozens of opposition activists were rounded up by intelligence agents in Caracas in the days after the vote, "
    "rights groups said.",
]
THE_SAME_ACT_TOLD_ON = [
    ("Gunmen killed 14 soldiers at a base near Mopti on Monday. Troops killed 25 of the attackers in the fighting, "
     "the army said.", 39),
]


@pytest.mark.parametrize("text,dead", IN_THE_DAYS_THAT_FOLLOWED)
def test_what_followed_in_the_next_days_is_neither_the_acts_toll_nor_an_event(kit, text, dead):
    assert _only(text, kit).fatalities.fatalities == dead


@pytest.mark.parametrize("text", ACTS_DATED_BY_ANOTHER)
def test_an_act_in_the_days_after_another_named_one_is_news(kit, text):
    assert _only(text, kit).sub_event_type == "Arrests"


@pytest.mark.parametrize("text,dead", THE_SAME_ACT_TOLD_ON)
def test_the_fighting_told_on_stays_the_acts_toll(kit, text, dead):
    assert _only(text, kit).fatalities.fatalities == dead


# --------------------------------------------------------------------------- the war's sides in a background clause

BACKGROUND_WAR = [
    "A drone strike on a town square in Amhara killed at least 26 people on Monday, the rights commission said, as "
    "fighting between the army and the Fano militia spread across the region.",
    "A drone strike on a market near Kadugli killed 12 people on Monday, residents said, amid clashes between the "
    "army and the SPLM-N.",
]
SIDES_OF_THE_ACT = [
    ("Fighting between the army and the Fano militia killed 12 people in Bahir Dar on Monday, residents said.",
     "Fano"),
]


@pytest.mark.parametrize("text", BACKGROUND_WAR)
def test_the_wars_sides_in_a_background_clause_are_not_the_victims(kit, text):
    assert _only(text, kit).actor2.startswith("Civilians")


@pytest.mark.parametrize("text,side", SIDES_OF_THE_ACT)
def test_the_sides_of_the_fighting_itself_are_kept(kit, text, side):
    event = _only(text, kit)
    assert side in f"{event.actor1} {event.actor2}"


# --------------------------------------------------------------------------- who intercepted

INTERCEPTIONS = [
    ("The Saudi-led coalition intercepted a ballistic missile fired by the Houthis at Jazan on Monday.",
     "Operation Restoring Hope", "Military Forces of Yemen Supreme Political Council"),
    ("Saudi air defences intercepted two explosive-laden drones launched by the Houthis toward Khamis Mushait on "
     "Monday.", "Military Forces of Saudi Arabia", "Military Forces of Yemen Supreme Political Council"),
    ("A drone launched by the Houthis was shot down by Saudi air defences over Jazan on Monday.",
     "Military Forces of Saudi Arabia", "Military Forces of Yemen Supreme Political Council"),
    ("Ukrainian air defences shot down 12 Russian drones over Kyiv region on Monday night, the air force said.",
     "Military Forces of Ukraine", "Military Forces of Russia"),
]


@pytest.mark.parametrize("text,actor1,actor2", INTERCEPTIONS)
def test_the_interceptor_is_actor1(kit, text, actor1, actor2):
    event = _only(text, kit)
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1 == actor1
    assert event.actor2.startswith(actor2)


# --------------------------------------------------------------------------- a tally of acts repelled

TALLIES_OF_ACTS = [
    "The army and allied armed groups say they have repelled more than 170 RSF assaults on El Fasher since the siege "
    "began.",
    "The military said it had foiled dozens of attacks on the capital this year.",
]
ONE_DAYS_ACTS = [
    "The army said it had repelled an RSF assault on El Fasher on Monday, killing 20 of the attackers.",
    "Russian forces carried out 13 air strikes on Idlib province on Monday, the monitor said.",
    "Russian jets carried out dozens of air strikes on rebel-held villages in Idlib province, a monitor said.",
]


@pytest.mark.parametrize("text", TALLIES_OF_ACTS)
def test_a_tally_of_acts_repelled_is_no_event(kit, text):
    assert _events(text, kit) == []


@pytest.mark.parametrize("text", ONE_DAYS_ACTS)
def test_one_days_acts_stay_an_event(kit, text):
    assert len(_events(text, kit)) == 1


# --------------------------------------------------------------------------- a strike blamed on an armed group

STRIKES_BLAMED_ON_A_GROUP = [
    ("An attack on the only functioning hospital in El Fasher killed 70 patients on Monday. A local official said "
     "a drone struck the emergency building. The governor's office blamed the Rapid Support Forces, which have "
     "besieged the city since May.", "RSF: Rapid Support Forces"),
]
STRIKES_A_FORCE_IS_NAMED_FOR = [
    ("Sudanese army warplanes struck a market in Nyala on Monday, killing 12 people. The army blamed the Rapid Support Forces "
     "for using the market as a base.", "Military Forces of Sudan"),
]


@pytest.mark.parametrize("text,striker", STRIKES_BLAMED_ON_A_GROUP + STRIKES_A_FORCE_IS_NAMED_FOR)
def test_a_strike_is_the_blamed_groups_unless_its_words_name_the_striker(kit, text, striker):
    event = _only(text, kit)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 == striker


# --------------------------------------------------------------------------- the week's own service

WEEKDAYS_OF_A_SERVICE = [
    ("A bomb exploded during a Sunday service at a church in Kasindi, killing 14 people.", date(2023, 1, 15)),
    ("Gunmen attacked worshippers at a Friday prayer in the mosque, killing five.", date(2023, 1, 13)),
    ("Gunmen attacked the church during Sunday mass.", date(2023, 1, 15)),
]
ANY_WEEKS_DAY = [
    "The siege began on a Tuesday afternoon, survivors recalled.",
    "It happened on a Sunday, he said.",
]


@pytest.mark.parametrize("text,day", WEEKDAYS_OF_A_SERVICE)
def test_a_weekdays_service_is_that_weeks(text, day):
    assert [d.day for d in find_dates(text, date(2023, 1, 16))] == [day]


@pytest.mark.parametrize("text", ANY_WEEKS_DAY)
def test_a_weekday_with_an_article_is_any_weeks(text):
    assert find_dates(text, date(2023, 1, 16)) == []


# --------------------------------------------------------------------------- a rescue won in a fight

RESCUES_IN_A_FIGHT = [
    ("Police said on Monday they had rescued 18 of the kidnapped villagers after a gunfight with the bandits in the "
     "Bungudu forest.", "Police Forces"),
    ("Troops freed 12 abducted travellers after a shootout with kidnappers near Kaduna on Monday.", "Military Forces"),
]
KIDNAPPINGS_AFTER_A_FIGHT = [
    "Bandits abducted 18 villagers in Bungudu on Monday after a gunfight with vigilantes.",
]


@pytest.mark.parametrize("text,force", RESCUES_IN_A_FIGHT)
def test_a_rescue_won_in_a_fight_is_the_forces_clash(kit, text, force):
    event = _only(text, kit)
    assert (event.sub_event_type, event.actor1) == ("Armed clash", force)


@pytest.mark.parametrize("text", KIDNAPPINGS_AFTER_A_FIGHT)
def test_a_kidnapping_after_a_fight_stays_an_abduction(kit, text):
    assert _only(text, kit).sub_event_type == "Abduction/forced disappearance"


# --------------------------------------------------------------------------- counted back from the act told before

COUNTED_BACK = [
    ("Gunmen killed 60 villagers in Karma on Thursday, the prosecutor said. A week earlier, jihadists killed 34 "
     "soldiers in an ambush near Aorema, the army said.", "2022-07-07", 2),
    ("A missile struck a petrol station in Marib on Saturday, killing 12 people. A day earlier, the coalition said it "
     "had intercepted two drones launched toward Khamis Mushait.", "2022-07-15", 1),
    ("Police fired tear gas at protesters in Nairobi on Thursday. Two days earlier, police had shot dead protesters "
     "who stormed parliament.", "2022-07-12", 1),
]


@pytest.mark.parametrize("text,day,precision", COUNTED_BACK)
def test_an_act_told_days_earlier_is_counted_back_from_the_last_day(kit, text, day, precision):
    second = sorted(_events(text, kit), key=lambda e: e.event_date)[0]
    assert (str(second.event_date), second.time_precision) == (day, precision)


# --------------------------------------------------------------------------- "last week's massacre" is no span

OWN_TIME_NOT_A_SPAN = [
    ("The government on Friday put the final toll of last week's massacre at Solhan at 132 dead. Officials said the "
     "army had killed several of the assailants near Sebba since the attack.", 132),
]


@pytest.mark.parametrize("text,dead", OWN_TIME_NOT_A_SPAN)
def test_a_toll_of_last_weeks_act_is_that_acts(kit, text, dead):
    assert max(e.fatalities.fatalities for e in _events(text, kit)) == dead
