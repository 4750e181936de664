"""Kinds of error found on a fresh long-news set (news-dev5, long news round eight), each held by passages written for
these tests, with near twins that must keep their reading: a claim's or a revised count's day taken as the act's,
successive counts of one event's dead told with the days they were given.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import ExtractionKit
from eventwire.extract.dates import find_dates
from eventwire.extract.mentions import is_speech_date
from eventwire.records import EventDraft
from wire_stories import story_events

PUBLISHED = "2024-05-15T12:00:00+00:00"  # a Wednesday
TUESDAY, MONDAY, SUNDAY, LAST_FRIDAY = date(2024, 5, 14), date(2024, 5, 13), date(2024, 5, 12), date(2024, 5, 10)


def _events(body: str, kit: ExtractionKit) -> list[EventDraft]:
    return story_events(body, kit, PUBLISHED)


def _speech_reading(sentence: str, day_text: str) -> bool:
    """Whether the date written as ``day_text`` in ``sentence`` is read as the day of a statement."""
    found = [d for d in find_dates(sentence, date(2024, 5, 15)) if d.span.text == day_text]
    assert found, f"{day_text!r} not read as a date in {sentence!r}"
    return is_speech_date(found[0], sentence)


# ------------------------------------------------------------- a day right before a claim or a revised count

STATEMENT_DAYS = [
    ("The Islamic State group on Tuesday claimed responsibility for the raid on Macomia.", "on Tuesday"),
    ("Al Shabaab on Monday claimed credit for the bombing of the checkpoint.", "on Monday"),
    ("The civil defence on Thursday revised down to 19 the number of people killed in the strike.", "on Thursday"),
    ("On Monday the health ministry put the number of dead civilians at 37.", "On Monday"),
    ("On Sunday the county commissioner put the death toll at 12.", "On Sunday"),
    ("The army on Sunday said it had repelled the attack.", "on Sunday"),
    ("In a statement carried by its Amaq news agency on Tuesday, the group said its fighters had killed 20 soldiers.",
     "on Tuesday"),
]


@pytest.mark.parametrize("sentence, day_text", STATEMENT_DAYS)
def test_a_day_right_before_a_claim_or_a_count_dates_the_statement(sentence, day_text) -> None:
    assert _speech_reading(sentence, day_text)


ACT_DAYS = [
    # twins: the same days before the act itself, or after the verb but as the claimed act's own day
    ("The Islamic State group on Tuesday attacked the army base in Macomia.", "on Tuesday"),
    ("The group claimed responsibility for last Friday's raid on Macomia.", "last Friday's"),
    ("Al Shabaab claimed responsibility for the attack on Monday on a checkpoint in Afgooye.", "on Monday"),
    ("On Monday gunmen killed 12 villagers in Kware.", "On Monday"),
    ("On Sunday, soldiers and militiamen clashed near Lodjo, the army said.", "On Sunday"),
]


@pytest.mark.parametrize("sentence, day_text", ACT_DAYS)
def test_a_day_of_the_act_stays_the_acts(sentence, day_text) -> None:
    assert not _speech_reading(sentence, day_text)


def test_a_claim_days_later_joins_the_act_it_claims(kit) -> None:
    events = _events(
        "Pemba, May 15 – The Islamic State group on Tuesday claimed responsibility for last Friday's raid on the "
        "town of Macomia, in which its fighters fought government troops for most of the day.\n"
        "More than 100 insurgents entered Macomia early on Friday and attacked an army position. At least eight "
        "soldiers were killed in the fighting, a military source said.\n"
        "In a statement carried by its Amaq news agency on Tuesday, the group said its fighters had killed 20 "
        "soldiers.", kit)
    assert [(e.event_date, e.sub_event_type) for e in events] == [(LAST_FRIDAY, "Armed clash")]


# ------------------------------------------------------------- successive counts told with the days they were given

def _fatalities(body: str, kit: ExtractionKit) -> list[int]:
    return [e.fatalities.fatalities for e in _events(body, kit)]


COUNTS_OVER_DAYS = [
    ("Kadugli, May 15 – A drone struck the main market in Kadugli on Sunday, killing traders and shoppers. A first "
     "count given by a nurse on Sunday evening put the toll at 12. By Monday the state health ministry said 25 "
     "bodies had been recovered, and on Tuesday a UN official said 31 people had been killed.", 31),
    # a count revised down: the latest stands though it is lower
    ("Rafah, May 15 – An air strike hit a tent camp west of Rafah early on Sunday. On Sunday the civil defence said "
     "40 people had been killed. On Tuesday a spokesman said 22 people had been killed, after some of the missing "
     "were found alive.", 22),
    # the lead's update told with its day after it, an earlier count told later in the text
    ("Bunia, May 15 – The number of people killed when militiamen attacked a camp for displaced people in Djugu on "
     "Sunday has risen to 41, a civil society leader said on Tuesday. A first count on Monday put the toll at 35.",
     41),
]


@pytest.mark.parametrize("text, latest", COUNTS_OVER_DAYS)
def test_the_count_given_last_stands(kit, text, latest) -> None:
    assert _fatalities(text, kit) == [latest]


def test_counts_of_other_victims_on_other_days_add_up(kit) -> None:
    # twin: the soldiers counted on Monday and the attackers counted on Tuesday are other dead, not a later count
    text = ("Maiduguri, May 15 – Insurgents attacked an army base in Marte on Sunday. On Monday the army said five "
            "soldiers had been killed. On Tuesday it said 14 insurgents had been killed in the fighting.")
    assert _fatalities(text, kit) == [19]


def test_a_bomber_counted_in_a_later_toll_is_not_added_again(kit) -> None:
    text = ("Maroua, May 15 – A suicide bomber blew himself up at a market in Mora on Sunday, killing at least 11 "
            "people. On Tuesday a regional official said 12 people had died, including the attacker.")
    assert _fatalities(text, kit) == [12]


# ------------------------------------------------------------- a lead's toll of an act it did not date, dated next

LEAD_TOLLS_DATED_NEXT = [
    ("Bunia, May 15 – The number of people killed in a militia attack on a camp for displaced people in Djugu "
     "has risen to 41, a civil society leader said on Tuesday.\nMilitiamen armed with machetes attacked the camp on "
     "Sunday night, killing residents in their shelters before soldiers arrived.", SUNDAY),
    ("Gusau, May 15 – The death toll from a bandit raid on a village in Maru has risen to 23, residents said on "
     "Tuesday.\nGunmen on motorcycles stormed the village on Monday and shot residents as they fled into the "
     "fields.", MONDAY),
]


@pytest.mark.parametrize("text, day", LEAD_TOLLS_DATED_NEXT)
def test_the_act_told_after_a_lead_of_its_toll_is_the_leads_event(kit, text, day) -> None:
    assert [e.event_date for e in _events(text, kit)] == [day]


OTHER_ACTS_AFTER_A_LEAD = [
    # the lead dates its own act: the next dated act is news
    ("Bunia, May 15 – The number of people killed in a militia attack on a camp in Djugu on Sunday has risen to 41, "
     "a civil society leader said on Tuesday.\nOn Monday, soldiers clashed with militiamen near Lodjo, killing six "
     "of them, the army said.", 2),
    # the lead's act is an air strike, the next a clash: another kind of act
    ("Kadugli, May 15 – The number of people killed when a drone struck the market in Kadugli has risen to 31, a UN "
     "official said on Tuesday.\nOn Monday, fighters of the SPLM-North clashed with the army near Dilling, killing "
     "eight soldiers.", 2),
]


@pytest.mark.parametrize("text, count", OTHER_ACTS_AFTER_A_LEAD)
def test_another_act_after_a_lead_of_a_toll_stays_its_own_event(kit, text, count) -> None:
    assert len(_events(text, kit)) == count


# ------------------------------------------------------------- "that November": the year the text told last

THAT_MONTH = [
    ("In 2012, former officers mutinied in the east. That November, rebels seized Goma and held it for ten days.",
     "November", date(2012, 11, 15)),
    ("The group was founded in 2009 and split in 2016. In the same March, its fighters attacked Beni.", "March",
     date(2016, 3, 15)),
]


@pytest.mark.parametrize("text, month_text, day", THAT_MONTH)
def test_that_month_is_in_the_year_told_before_it(text, month_text, day) -> None:
    found = [d for d in find_dates(text, date(2024, 5, 15)) if d.span.text == month_text]
    assert [d.day for d in found] == [day]


NOT_THAT_MONTH = [
    # no "that": a bare month stays in the publication's year (or the one before)
    ("In 2012, former officers mutinied in the east. In November, rebels seized Goma.", "In November",
     date(2023, 11, 15)),
    # "that" with no year told before: nothing to anchor it, the month is read as usual
    ("Officers mutinied in the east. That March, rebels attacked Beni.", "March", date(2024, 3, 15)),
]


@pytest.mark.parametrize("text, month_text, day", NOT_THAT_MONTH)
def test_a_month_without_that_or_without_a_year_before_keeps_its_reading(text, month_text, day) -> None:
    found = [d for d in find_dates(text, date(2024, 5, 15)) if d.span.text == month_text]
    assert [d.day for d in found] == [day]


def test_a_history_told_in_that_month_is_no_event(kit) -> None:
    text = ("Goma, May 15 – Shells fell on a camp west of Goma on Tuesday, killing nine people, officials said.\n"
            "The M23 first rose up in 2012. That November, its fighters seized Goma and held the city for ten days.")
    assert [e.event_date for e in _events(text, kit)] == [TUESDAY]


# ------------------------------------------------------------- "since then": a running count, not an event's dead

def test_a_count_since_then_is_a_running_total(kit) -> None:
    text = ("Beni, May 15 – Gunmen killed four farmers near Kisunga on Tuesday, officials said.\n"
            "The militia first attacked the area in 2014. Since then more than 170 people have been killed in "
            "raids on villages, according to a local tally.")
    assert [(e.event_date, e.fatalities.fatalities) for e in _events(text, kit)] == [(TUESDAY, 4)]


def test_a_count_told_after_since_then_in_another_clause_stays(kit) -> None:
    # twin: "since then" closes its own sentence; the next sentence's act and count are the event's
    text = ("Gusau, May 15 – The village had been quiet since then. On Tuesday gunmen stormed Kware and killed 12 "
            "people, residents said.")
    assert [(e.event_date, e.fatalities.fatalities) for e in _events(text, kit)] == [(TUESDAY, 12)]


# ------------------------------------------------------------- "..., four days after <another act>"

def test_an_act_days_before_the_lead_is_its_own_event_with_its_dead(kit) -> None:
    text = ("Bunia, May 15 – Soldiers and militiamen clashed near Lodjo on Sunday, officials said, two days after an "
            "air strike on the village of Djaiba that killed nine people.\n"
            "The army said two soldiers died in the clash near Lodjo.")
    events = sorted(_events(text, kit), key=lambda e: e.event_date)
    assert [(e.event_date, e.sub_event_type, e.fatalities.fatalities) for e in events] == [
        (LAST_FRIDAY, "Air/drone strike", 9), (SUNDAY, "Armed clash", 2)]


def test_a_non_act_days_before_the_lead_splits_nothing(kit) -> None:
    # twin: what came two days before is no act of violence
    text = ("Gusau, May 15 – Gunmen stormed Kware on Sunday and killed 12 people, residents said, two days after the "
            "governor visited the village.")
    assert [(e.event_date, e.fatalities.fatalities) for e in _events(text, kit)] == [(SUNDAY, 12)]


# ------------------------------------------------------------- a round-up's count over a week is no one event's toll

ROUND_UP_LEADS = [
    "Gusau, May 15 – Bandits killed at least 37 people and abducted dozens in a week of raids across Zamfara, "
    "Katsina and Sokoto states, officials said.\nThe worst attack came on Sunday, when gunmen stormed Kware and "
    "shot dead nine villagers.",
    "Gusau, May 15 – Gunmen killed at least 37 people in a week of attacks on villages, officials said.\nThe worst "
    "attack came on Sunday, when gunmen stormed Kware and shot dead nine villagers.",
]


@pytest.mark.parametrize("text", ROUND_UP_LEADS)
def test_a_round_ups_count_is_not_the_worst_attacks(kit, text) -> None:
    assert [e.fatalities.fatalities for e in _events(text, kit) if e.event_date == SUNDAY] == [9]


def test_a_count_a_week_after_stays_the_events(kit) -> None:
    # twin: "a week after" dates the act against another; its count is the act's own
    text = ("Gusau, May 15 – Gunmen stormed Kware on Sunday and killed 12 villagers, a week after raids on nearby "
            "villages, officials said.")
    assert [(e.event_date, e.fatalities.fatalities) for e in _events(text, kit)] == [(SUNDAY, 12)]


# ------------------------------------------------------------- "in the 1990s": history, never an event's day

DECADES = [
    ("It began for many of them in the 1990s, when armies fought over the mines.", "in the 1990s", 1990),
    ("The group has raided these hills since the late 1980s.", "since the late 1980s", 1980),
    ("In the 2010s, kidnappings for ransom spread across the north-west.", "In the 2010s", 2010),
]


@pytest.mark.parametrize("text, decade_text, first_year", DECADES)
def test_a_decade_is_background(text, decade_text, first_year) -> None:
    found = [d for d in find_dates(text, date(2024, 5, 15)) if d.span.text == decade_text]
    assert [(d.expression, d.window[0].year) for d in found] == [("year", first_year)]


def test_a_count_of_years_is_no_decade() -> None:
    # twin: "1990 soldiers" or "the 1990 accord" name no decade
    text = "In the 1990 accord, 1990 soldiers were demobilised."
    assert not [d for d in find_dates(text, date(2024, 5, 15)) if "1990" in d.span.text and d.expression == "year"
                and d.window[1].year > 1990]


def test_a_war_told_in_the_1990s_is_no_event(kit) -> None:
    text = ("Goma, May 15 – Shells fell on a camp west of Goma on Tuesday, killing nine people, officials said.\n"
            "The war began for many of them in the 1990s, when the armies of half a dozen countries fought over "
            "the mines of the east.")
    assert [e.event_date for e in _events(text, kit)] == [TUESDAY]


# ------------------------------------------------------------- deaths among the wounded inside the toll they bring up

def test_deaths_among_the_wounded_are_inside_the_toll_they_bring_up(kit) -> None:
    text = ("Bunia, May 15 – Militiamen attacked a camp for displaced people in Djugu on Sunday night, killing "
            "residents in their shelters. On Tuesday a civil society leader said three of the wounded had died in "
            "hospital, bringing the toll to 41.")
    assert _fatalities(text, kit) == [41]


def test_deaths_among_the_wounded_told_alone_stay(kit) -> None:
    # twin: no toll beside them; the three are the deaths the story gives
    text = ("Bunia, May 15 – Militiamen attacked a camp for displaced people in Djugu on Sunday night. On Tuesday a "
            "civil society leader said three of the wounded had died in hospital.")
    assert _fatalities(text, kit) == [3]
