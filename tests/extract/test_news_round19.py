"""Kinds of error found on the long-news sets in round nineteen (news-dev15's dev part: one act told again by a
witness, a statement, a recap or a claim, each in its own words), each held by a variation table written for these
tests, with near twins that must keep their reading:

- "In a statement on Monday evening, the army said ...": a sentence opening on the statement that retells the act
  opens on no scene of its own;
- a source's account of the act with no day of its own, in the pluperfect or naming its target by a bare definite
  noun ("the army said soldiers had driven off CODECO fighters who had massacred 45 displaced people near Bule",
  "25 people lost their lives when fighters overran the village, in the Konduga district"), told with the event's own
  armed group or its toll again, is that act even when it names a nearby place or the district;
- "the spokesman said on Saturday that 54 soldiers had died in the attack on the position": the noun the dead died in
  names the act told before, so the sentence is its toll, not a new act of the statement's day;
- "first said 27 people had died, then raised the toll on Wednesday to 55": the update's day told between the toll
  and its count dates the count;
- "residents are planning a march next Sunday": a new act planned is no act;
- "The fighting escalated sharply in late September with a wave of strikes": a war's course told by a month is
  background, not a strategic development of its own;
- "Shops in Owo stayed shut on Monday, and soldiers set up checkpoints", "reinforcements were sent": the security
  response after the story's act, told with no act of its own, is that act's aftermath;
- "withdrew from the camp early on Wednesday, ending one of their largest operations", "the fighting ended on
  Tuesday evening": the end of an operation or a fight is no act of its own;
- "Hours before the shooting in Irapuato, gunmen killed a police officer in ... Salamanca": a report timed from the
  told act names its town only to count from it; its dead in a town of its own are another act.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import ExtractionKit
from eventwire.extract.event_filter import is_background_development
from eventwire.records import EventDraft, Fatalities
from wire_stories import dated_tolls, story_events

PUBLISHED = "2024-05-16T12:00:00+00:00"  # a Thursday
SUNDAY, MONDAY, TUESDAY, WEDNESDAY = date(2024, 5, 12), date(2024, 5, 13), date(2024, 5, 14), date(2024, 5, 15)


def _days(body: str, kit: ExtractionKit) -> list[date | None]:
    return sorted(e.event_date for e in story_events(body, kit, PUBLISHED))


# ------------------------------------------------------------- a source retells the act at a nearby place

CAMP = ("BUNIA, Congo – Fighters of the CODECO militia attacked a camp for displaced families at Lala late on Sunday, "
        "killing at least 46 people, local officials said.\n\n")
RETELLINGS = [
    "In a statement on Monday evening, the army spokesman said soldiers from the Bule post had driven off \"CODECO "
    "terrorists\" who had massacred 45 displaced people near Bule.",
    "In an interview on Tuesday, a provincial official said CODECO fighters had slaughtered 44 people near Bule.",
    "The army said on Monday that CODECO militiamen had killed displaced families in the Bule area.",
    # the act's target named by a bare definite noun, the toll told again
    "Security sources said 45 people lost their lives when militiamen overran the camp, east of Bule.",
]


@pytest.mark.parametrize("retelling", RETELLINGS)
def test_a_source_retelling_the_act_at_a_nearby_place_is_the_act(retelling, kit):
    assert _days(CAMP + retelling, kit) == [SUNDAY]


# twins: an act with its own day, or another group's act told by a source with a toll of its own, stays apart
OTHER_ACTS = [
    ("On Monday evening, CODECO fighters killed 12 people near Bule, a local chief said.", [SUNDAY, MONDAY]),
    ("In a statement on Tuesday, the army said bandits had killed three traders near Bule on Monday.",
     [SUNDAY, MONDAY]),
    # a source's account of a target of its own ("a church near Bule"), its own toll: another act
    ("Security sources said five people lost their lives when gunmen attacked a church near Bule.", [SUNDAY, SUNDAY]),
]


@pytest.mark.parametrize(("sentence", "days"), OTHER_ACTS)
def test_another_act_told_by_a_source_stays_its_own(sentence, days, kit):
    assert _days(CAMP + sentence, kit) == days


# ------------------------------------------------------------- the dead "in the attack" told again

POST = ("COTONOU, Benin – Islamist militants overran an army position in the W national park on Monday, killing "
        "soldiers, security sources said.\n\n")
TOLLS_OF_THE_ACT = [
    "The army had first spoken of eight soldiers killed and then of 28; the government spokesman said on Wednesday "
    "that 54 soldiers had died in the attack on the position.",
    "The defence ministry said on Tuesday that 31 troops had been killed in the assault on the base.",
]


@pytest.mark.parametrize("toll", TOLLS_OF_THE_ACT)
def test_the_dead_of_the_act_told_again_are_its_toll(toll, kit):
    assert [day for day, _ in dated_tolls(POST + toll, kit, PUBLISHED)] == [MONDAY]


# twin: an attack of its own day, with its own dead, stays its own event
def test_an_attack_with_its_own_day_stays_apart(kit):
    body = POST + "On Wednesday, five soldiers died in an attack on a patrol near Banikoara, the army said."
    assert _days(body, kit) == [MONDAY, WEDNESDAY]


# ------------------------------------------------------------- the day of a toll update told before its count

FIGHTING = ("TRIPOLI, Libya – Fighting between two armed groups in the capital killed at least 55 people on Monday "
            "night, the emergency medicine centre said.\n\n")
UPDATES = [
    "The emergency medicine centre first said 27 people had died, then raised the toll on Wednesday to 55.",
    "The health ministry had said 30 people had died, before it revised the toll on Tuesday evening to 55.",
]


@pytest.mark.parametrize("update", UPDATES)
def test_a_toll_update_with_its_day_before_the_count_dates_the_count(update, kit):
    assert _days(FIGHTING + update, kit) == [MONDAY]


def test_the_count_a_first_report_gave_is_replaced(kit):
    assert dated_tolls(FIGHTING + UPDATES[0], kit, PUBLISHED) == [(MONDAY, 55)]


# twin: a killing told with its day stays an event of that day
def test_a_killing_of_another_day_stays_apart(kit):
    body = FIGHTING + "On Wednesday, gunmen killed 27 people at a checkpoint in Zawiya, a hospital said."
    assert _days(body, kit) == [MONDAY, WEDNESDAY]


# ------------------------------------------------------------- a new act planned

PLANS = [
    "TYRE, Lebanon – A group of residents is planning a march on Saturday towards the village of Kfar Kila, "
    "organisers said on Tuesday.",
    "DAPAONG, Togo – Market traders are planning a sit-in outside the prefecture on Friday to protest against a new "
    "tax, a union leader said.",
]


@pytest.mark.parametrize("plan", PLANS)
def test_a_planned_act_is_no_event(plan, kit):
    assert _days(plan, kit) == []


# twin: a march held is an event (and "planned the attack" names an act done, read as before)
def test_a_march_held_stays_an_event(kit):
    body = ("TYRE, Lebanon – A group of residents held a march on Saturday towards the village of Kfar Kila, "
            "organisers said on Tuesday.")
    assert _days(body, kit) == [date(2024, 5, 11)]


# ------------------------------------------------------------- a war's course told by a month

def _course(day: date, precision: int, deaths: int = 0) -> EventDraft:
    return EventDraft("a", day, precision, "Strategic developments", "Other", fatalities=Fatalities(deaths))


@pytest.mark.parametrize(("draft", "latest", "background"), [
    (_course(date(2024, 9, 30), precision=3), date(2024, 10, 16), True),  # "escalated sharply in late September"
    (_course(date(2024, 9, 15), precision=1), date(2024, 10, 16), True),  # weeks before the story's strike
    (_course(date(2024, 10, 15), precision=1), date(2024, 10, 16), False),  # the story's own development
    (_course(date(2024, 9, 30), precision=3, deaths=3), date(2024, 10, 16), False),
])
def test_a_wars_course_told_by_a_month_is_background(draft, latest, background):
    assert is_background_development(draft, latest) is background


# ------------------------------------------------------------- the security response after the act

CHURCH = "OWO, Nigeria – Gunmen attacked a church in Owo on Sunday, killing 40 worshippers, police said.\n\n"
RESPONSES = [
    "Schools and markets in Owo stayed shut on Monday and Tuesday, and soldiers set up checkpoints on the roads into "
    "the town.",
    "Helicopters and reinforcements were sent to Owo on Tuesday.",
]


@pytest.mark.parametrize("response", RESPONSES)
def test_the_security_response_after_the_act_is_no_event(response, kit):
    assert _days(CHURCH + response, kit) == [SUNDAY]


def test_a_town_shut_after_a_bombing_is_no_development(kit):
    body = ("FAIZABAD, Afghanistan – A suicide bomber killed 12 mourners at a mosque in Faizabad on Wednesday, police "
            "said.\n\nShops in Faizabad stayed closed on Thursday, and the Taliban deployed more fighters at "
            "checkpoints around the city.")
    assert _days(body, kit) == [WEDNESDAY]


# twins: an act at a checkpoint, and a crowd's barricades, stay events of their own
RESPONSES_WITH_AN_ACT = [
    "On Tuesday, soldiers at a checkpoint outside Owo shot dead two men who failed to stop, residents said.",
    "On Tuesday, youths set up barricades and burned tyres in Owo to protest against the killings.",
]


@pytest.mark.parametrize("sentence", RESPONSES_WITH_AN_ACT)
def test_an_act_beside_the_response_stays_an_event(sentence, kit):
    assert _days(CHURCH + sentence, kit) == [SUNDAY, TUESDAY]


# ------------------------------------------------------------- the end of an operation told before

ENDINGS = [
    ("JENIN, West Bank – Israeli forces withdrew from the Jenin refugee camp early on Wednesday, ending one of their "
     "largest operations in two decades, which left 13 people dead.\n\nOn Monday, drone strikes hit houses in the "
     "camp, killing eight Palestinians, the health ministry said."),
    ("GOMA, Congo – Rebels pulled out of the town of Kitchanga on Thursday, ending a week-long siege, residents said."
     "\n\nOn Monday, rebels shelled the town, killing four civilians, a local official said."),
]


@pytest.mark.parametrize("body", ENDINGS)
def test_the_end_of_an_operation_is_no_act(body, kit):
    assert _days(body, kit) == [MONDAY]


# twins: a withdrawal told alone, and a fight that resumed with its own dead, stay events
def test_a_withdrawal_alone_stays_an_event(kit):
    body = "JENIN, West Bank – Israeli forces withdrew from the Jenin refugee camp on Wednesday, residents said."
    assert _days(body, kit) == [WEDNESDAY]


def test_a_fight_resumed_on_another_day_stays_its_own(kit):
    body = FIGHTING + "The fighting resumed on Tuesday evening, killing three more people near the airport."
    assert _days(body, kit) == [MONDAY, TUESDAY]


# ------------------------------------------------------------- an act timed from the told one, in a town of its own

PARTY = ("MEXICO CITY, Mexico – Gunmen opened fire on a street party in Irapuato late on Tuesday, killing 12 people, "
         "officials said.\n\n")
TIMED_ELSEWHERE = [
    "Hours before the shooting in Irapuato, gunmen killed a municipal police officer in the neighbouring city of "
    "Salamanca, the city's security department said.",
    "Hours after the attack in Irapuato, police found the body of a man killed by gunmen in Celaya, a prosecutor said.",
]


@pytest.mark.parametrize("sentence", TIMED_ELSEWHERE)
def test_an_act_timed_from_the_told_one_in_another_town_is_its_own(sentence, kit):
    assert [toll for _, toll in dated_tolls(PARTY + sentence, kit, PUBLISHED)] == [12, 1]


# twins: the told act's own aftermath, timed from it, stays its own
AFTERMATHS_TIMED_FROM_IT = [
    "Hours after the shooting in Irapuato, relatives of the dead gathered outside the morgue in Irapuato.",
    "Hours after the shooting in Irapuato, a wounded man died in hospital in Salamanca, officials said.",
]


@pytest.mark.parametrize("sentence", AFTERMATHS_TIMED_FROM_IT)
def test_the_told_acts_aftermath_timed_from_it_stays_its_own(sentence, kit):
    assert [toll for _, toll in dated_tolls(PARTY + sentence, kit, PUBLISHED)] == [12]
