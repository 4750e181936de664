"""Non-event news, round fifteen: an account whose telling has its own listener, place and day before "how", and a
weekday told as any week's ("on a busy Saturday", "during a Pentecost Sunday mass").

"A witness told a federal court in Abuja on Wednesday how gunmen stormed a church, killing 40 worshippers" dates the
telling, not the storming; "the court heard how soldiers shot dead 12 men" retells the act a trial is about. A weekday
with "a" and a word of description after "on", "during" or "of" names no week. Each table has near twins that must
stay as they were: a witness's act with its own day, a count asked with "how many", a weekday told plainly.

Every passage was written for these tests, modelled on real coverage; none comes from a benchmark story. No new set
was written this round: the kinds come from probes we wrote for the task's kinds (trials, memorials, reports).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from test_nonevents_round7 import BODY, _story

from eventwire.extract.dates import find_dates
from eventwire.extract.detect import find_triggers

PUBLISHED = datetime(2024, 10, 9, 9, tzinfo=timezone.utc)  # a Wednesday


def _live_acts(text: str) -> list[str]:
    return [t.span.text for t in find_triggers(text, 0, len(text), PUBLISHED.date()) if t.live]


# --------------------------------------------------------------------------- accounts told with their own day

ACCOUNTS = [
    "A witness told a federal court in Abuja on Wednesday how gunmen stormed a church in Owo, killing 40 worshippers.",
    "A survivor told the inquiry in Nairobi on Tuesday how the attackers threw grenades at shoppers.",
    "The court heard how soldiers shot dead 12 men at the checkpoint outside Kamba.",
    "The prosecutor explained to the judges how the militia killed 30 villagers with machetes.",
    "Former hostages recounted to reporters on Monday how their captors beat them in the forest.",
    "In his testimony, the officer detailed how his unit burned houses in the village of Tula.",
]


@pytest.mark.parametrize("text", ACCOUNTS)
def test_an_account_told_on_its_own_day_reports_no_act(text) -> None:
    assert _live_acts(text) == []


# The act told after "how" keeps its reading when it has a day of its own, when "how" asks a count, or when the
# telling's day stands before its subject (the old reading: "On Sunday, survivors described how ...").
WITNESSED_ACTS = [
    ("Survivors told AFP how the gunmen stormed the village on Tuesday night, killing 12 people.", "stormed"),
    ("Residents told reporters on Monday how many people had been killed in the attack on Kamba.", "killed"),
    ("Survivors described how gunmen opened fire on Sunday at the market in Kamba.", "opened fire"),
    ("Police told reporters on Tuesday that gunmen killed five people in Kamba.", "killed"),
    ("On Sunday, survivors described how gunmen had opened fire on the market.", "opened fire"),
]


@pytest.mark.parametrize(("text", "act"), WITNESSED_ACTS)
def test_an_act_with_its_own_day_or_a_count_asked_stays_live(text, act) -> None:
    assert act in _live_acts(text)


def test_a_trial_story_whose_witness_tells_the_old_attack_reports_no_event(kit) -> None:
    lead = ("A witness told a federal court in Abuja on Wednesday how gunmen stormed a Catholic church in Owo during "
            "a Pentecost Sunday mass, killing more than 40 worshippers.")
    assert _story(kit, "Court hears of church attack", lead, BODY) == []


def test_a_fresh_attack_told_by_its_witnesses_stays_an_event(kit) -> None:
    lead = "Gunmen stormed a church in Owo on Sunday, killing more than 40 worshippers, residents told reporters."
    assert [e.sub_event_type for e in _story(kit, "Gunmen attack church", lead, BODY)] == ["Attack"]


# --------------------------------------------------------------------------- a weekday of any week

ANY_WEEK = [
    "The attackers burst into the mall around midday on a busy Saturday, throwing grenades.",
    "Gunmen stormed the church during a Pentecost Sunday mass.",
    "Shells fell on the market in the early hours of a cold Sunday.",
    "The siege began on a Tuesday afternoon.",
]


@pytest.mark.parametrize("text", ANY_WEEK)
def test_a_weekday_told_as_any_weeks_dates_nothing(text) -> None:
    assert find_dates(text, PUBLISHED.date()) == []


# (text, the day the weekday names): a weekday told plainly, counted to, or of the week's own service keeps its day
THIS_WEEK = [
    ("A bomb exploded Tuesday near the market.", date(2024, 10, 8)),
    ("Gunmen killed one soldier Tuesday near the border.", date(2024, 10, 8)),
    ("Police said a day before Sunday's vote that the roads would close.", date(2024, 10, 6)),
    ("Gunmen attacked worshippers during a Sunday service in Owo.", date(2024, 10, 6)),
    ("Protesters marched on Sunday in Kamba.", date(2024, 10, 6)),
    ("Militants attacked the town on a Monday night raid that began on Monday.", date(2024, 10, 7)),
    ("Drones struck the academy during a graduation ceremony on Monday afternoon.", date(2024, 10, 7)),
]


@pytest.mark.parametrize(("text", "day"), THIS_WEEK)
def test_a_weekday_of_this_week_keeps_its_day(text, day) -> None:
    assert day in [d.day for d in find_dates(text, PUBLISHED.date())]


# --------------------------------------------------------------------------- a report's cases, an old time

# (published 9 October 2024) acts a report lists as its cases, or closed by an earlier year told with "throughout"
# or "of <month>", or by a season of the farming year
OLD_OR_LISTED = [
    "Among the cases it describes are the killing of several men near Mamfe and an attack on a bus near Bamenda.",
    "Incidents documented in the report include an attack on a bus near Bamenda in which passengers were shot.",
    "Of the abuses the commission investigated, the worst was the killing of 40 herders at a well.",
    "Soldiers and separatists killed civilians throughout 2023 in the two regions, the group said.",
    "Families reburied relatives who were killed in the massacre of June 2021 at the mine.",
    "Soldiers raided the village during an operation in the dry season, killing 12 men.",
    # a span counted in years or months
    "Police said the group had kidnapped oil workers in Bayelsa state over the past two years.",
    "Bandits have killed farmers in the district over the last 18 months, the governor said.",
]


@pytest.mark.parametrize("text", OLD_OR_LISTED)
def test_a_reports_case_or_an_old_time_reports_no_act(text) -> None:
    assert _live_acts(text) == []


FRESH_OR_COUNTED = [
    ("Gunmen killed 12 people in Kamba on Sunday, the report said.", "killed"),
    ("Soldiers killed 30 civilians throughout the day in Kamba on Monday.", "killed"),
    ("Gunmen killed 30 people in the attack of June 2024 on Kamba.", "killed"),
    ("Investigators described to reporters how soldiers killed 12 people in Kamba on Sunday.", "killed"),
    ("Soldiers raided the village on Sunday as the dry season began, killing 12 men.", "raided"),
    ("Gunmen kidnapped 12 oil workers in Bayelsa on Monday, the third such attack over the past two weeks.", "kidnapped"),
]


@pytest.mark.parametrize(("text", "act"), FRESH_OR_COUNTED)
def test_a_days_act_a_years_own_act_or_a_documented_count_stays_live(text, act) -> None:
    assert act in _live_acts(text)


# --------------------------------------------------------------------------- an arrest a reward asks for

SOUGHT_ARRESTS = [
    "Police declared him wanted on Tuesday, offering a reward for information leading to his arrest.",
    "The United States offered a bounty for the arrest of the militia's commander.",
    "Officials promised cash for tips that could lead to the arrest of the kidnappers.",
]


@pytest.mark.parametrize("text", SOUGHT_ARRESTS)
def test_an_arrest_a_reward_asks_for_is_no_arrest(text) -> None:
    assert "arrest" not in _live_acts(text)


MADE_ARRESTS = [
    ("Police arrested the gang leader on Tuesday after a tip from residents.", "arrested"),
    ("Clashes on Monday led to the arrest of 40 protesters in Kamba.", "arrest"),
    ("Information from residents led police to arrest three men in Kamba on Sunday.", "arrest"),
]


@pytest.mark.parametrize(("text", "act"), MADE_ARRESTS)
def test_an_arrest_made_stays_live(text, act) -> None:
    assert act in _live_acts(text)
