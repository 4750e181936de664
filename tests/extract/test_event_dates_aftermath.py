"""A day told for the aftermath dates the act it follows, and a later count is no new event.

Cross-outlet reports of one incident must agree on its day. Local papers and statements tell the day they
write about ("survivors searched on Monday, three days after the attack"), the day a toll was raised or a
count given ("as of today, 27 people have lost their lives"). Those days date the aftermath or the count; the
event keeps the day of the act. Every sentence was written for these tests, modelled on real incidents.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.dates import SMALL_NUMBERS, find_dates
from eventwire.records import Article

PUBLISHED = date(2023, 3, 8)  # a Wednesday: Monday is the 6th, Saturday the 4th
MONDAY, SUNDAY, SATURDAY, FRIDAY = date(2023, 3, 6), date(2023, 3, 5), date(2023, 3, 4), date(2023, 3, 3)


def _first_day(text: str) -> date:
    return find_dates(text, PUBLISHED)[0].day


# --------------------------------------------------------------------------- dates.find_dates

COUNTED_BACK = [
    ("Survivors in Solhan were still searching for relatives on Monday, three days after the attack.", FRIDAY),
    ("Rescuers pulled two more bodies from the rubble on Monday, two days after a missile struck the block.",
     SATURDAY),
    ("On Sunday, the day after the massacre, the village buried its dead in a mass grave.", SATURDAY),
    ("Mourners gathered in the square on Monday, a day after gunmen stormed the church.", SUNDAY),
    ("Two days after the car bombing, on Monday, traders swept glass from the market.", SATURDAY),
    ("The town was still without power on 6 March, five days after the air strikes on its substation.",
     date(2023, 3, 1)),
    ("On Monday, a week after the massacre in the market, the first traders came back.", date(2023, 2, 27)),
    ("Relatives still had no news on 6 March, two weeks after the abduction of the pupils.", date(2023, 2, 20)),
]


@pytest.mark.parametrize("text, expected", COUNTED_BACK)
def test_a_day_told_after_the_act_is_counted_back_to_it(text: str, expected: date) -> None:
    assert _first_day(text) == expected


LEFT_AS_TOLD = [
    # the anchor names no act of violence
    ("Talks resumed in Doha on Monday, two days after the ceasefire was signed.", MONDAY),
    # hours after: the same day
    ("Police arrested three suspects on Monday, hours after the attack on the bus station.", MONDAY),
    # no count of days
    ("Residents returned to the village on Monday, days after the raid.", MONDAY),
    # a plain date with no anchor
    ("Gunmen killed five farmers near Djibo on Monday, a local official said.", MONDAY),
]


@pytest.mark.parametrize("text, expected", LEFT_AS_TOLD)
def test_a_day_without_an_anchor_to_an_act_is_left_as_told(text: str, expected: date) -> None:
    assert _first_day(text) == expected


AFTER_AN_EARLIER_DAY = [
    ("Families waited outside the camp hospital on Monday for news of relatives after Saturday's missile strike.",
     SATURDAY),
    ("Residents of the camp returned to their tents on Monday after the raid on Saturday night.", SATURDAY),
    ("Traders reopened the market on Sunday after Friday's car bombing near the gate.", FRIDAY),
]


@pytest.mark.parametrize("text, expected", AFTER_AN_EARLIER_DAY)
def test_an_aftermath_day_followed_by_an_earlier_act_takes_its_day(text: str, expected: date) -> None:
    assert _first_day(text) == expected


OWN_ACT_BEFORE_AFTER = [
    ("Protesters marched through Kano on Monday after Saturday's killing of a student.", MONDAY),
    ("Troops killed ten militants near Mora on Monday after Saturday's attack on a checkpoint.", MONDAY),
    ("Police arrested four suspects on Monday after Saturday's bombing of the bus station.", MONDAY),
    ("Talks resumed in Doha on Monday after Saturday's vote in parliament.", MONDAY),  # no act after "after"
]


@pytest.mark.parametrize("text, expected", OWN_ACT_BEFORE_AFTER)
def test_a_day_of_its_own_act_or_without_an_earlier_act_keeps_its_day(text: str, expected: date) -> None:
    assert _first_day(text) == expected


def test_the_counted_back_span_shows_the_anchor() -> None:
    text = "Families waited at the morgue on Monday, two days after the blast in the port."
    found = find_dates(text, PUBLISHED)[0]
    assert found.span.text == "on Monday, two days after"
    assert text[found.span.start:found.span.end] == found.span.text
    assert found.window == (SATURDAY, SATURDAY)


_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_COUNT_WORDS = sorted(w for w, n in SMALL_NUMBERS.items() if 2 <= n <= 9 and " " not in w)


@given(st.sampled_from(_WEEKDAY_NAMES), st.sampled_from(_COUNT_WORDS),
       st.sampled_from(["attack", "bombing", "raid", "massacre", "shelling"]))
def test_property_counted_back_by_the_stated_days(weekday: str, count: str, act: str) -> None:
    plain = find_dates(f"Residents gathered on {weekday}.", PUBLISHED)[0].day
    anchored = _first_day(f"Residents gathered on {weekday}, {count} days after the {act}.")
    assert plain - anchored == timedelta(days=SMALL_NUMBERS[count])


# --------------------------------------------------------------------------- whole stories

def _events(text: str, kit: ExtractionKit):
    published = datetime(PUBLISHED.year, PUBLISHED.month, PUBLISHED.day, 9, tzinfo=timezone.utc)
    return extract_events(Article(id="aftermath-test", title="", text=text, published_at=published), kit)


ONE_EVENT_ON_THE_DAY_OF_THE_ACT = [
    # the aftermath day with an anchor counted back to the act
    ("Rescuers in Kharkiv were still pulling bodies from the rubble on Monday, two days after a Russian missile "
     "struck an apartment block, killing 14 people.", SATURDAY),
    # an aftermath day with the act's own day after "after"
    ("Families waited at the gates of the morgue in Kharkiv on Monday after Saturday's missile strike on an "
     "apartment block that killed 14 people.", SATURDAY),
    # a count "as of" the day it was given
    ("A Russian missile struck an apartment block in Kharkiv on Saturday, killing 14 people, officials said.\n"
     "As of today, 19 people have lost their lives, the regional governor said.", SATURDAY),
    # a toll raised on a later day
    ("Gunmen on motorbikes attacked the village of Ogossagou in Mopti region on Saturday, killing 134 people.\n"
     "On Tuesday the government raised the toll to 157 dead after rescue teams searched the burned huts.",
     SATURDAY),
    ("A suicide bomber blew himself up in a mosque in Peshawar on Monday, killing at least 60 people.\n"
     "On Wednesday police revised the death toll to 100 after more bodies were pulled from the debris.", MONDAY),
    # a later figure in the pluperfect, its day told before the verb of saying
    ("Gunmen killed 12 farmers near Maiduguri on Saturday, a militia leader said.\n"
     "Late on Monday the state governor said at least 20 farmers had been killed in the attack.", SATURDAY),
    ("Gunmen killed 12 farmers near Maiduguri on Saturday, a militia leader said.\n"
     'Late on Monday the UN envoy, Ann Cole, said at least 20 farmers had been "brutally killed" in the attack.',
     SATURDAY),
    ("Militants stormed an army post near Inates on Friday, killing 30 soldiers.\n"
     "On Sunday the defence ministry said 71 soldiers had died in the fighting.", FRIDAY),
]


@pytest.mark.parametrize("text, expected", ONE_EVENT_ON_THE_DAY_OF_THE_ACT)
def test_aftermath_and_later_counts_make_one_event_on_the_day_of_the_act(text: str, expected: date, kit) -> None:
    events = _events(text, kit)
    assert [e.event_date for e in events] == [expected]


STILL_TWO_EVENTS = [
    # a new act on the later day, told in the same sentence as the raised toll
    ("Gunmen attacked the village of Yoro on Saturday, killing 20 people.\n"
     "On Tuesday gunmen attacked the nearby village of Gangafani, killing 10 more, and the government said the "
     "toll had risen to 30.", {SATURDAY, date(2023, 3, 7)}),
    # a new act told in the pluperfect after a verb of saying, with another act reported before the verb
    ("Gunmen killed 12 farmers near Maiduguri on Saturday, a militia leader said.\n"
     "On Monday soldiers ambushed the gunmen near Auno and police said four of them had been killed.",
     {SATURDAY, MONDAY}),
]


@pytest.mark.parametrize("text, expected", STILL_TWO_EVENTS)
def test_a_new_act_on_the_later_day_stays_its_own_event(text: str, expected: set[date], kit) -> None:
    assert {e.event_date for e in _events(text, kit)} == expected


AFTERMATH_LEAD_THEN_THE_ACTS_DAY = [
    # the lead tells the aftermath's day, the next sentence the act's
    ("Chad declared three days of mourning on Monday after gunmen killed 30 herders near the lake.\n"
     "The attackers arrived on motorbikes on Saturday evening and opened fire on the camp, officials said.",
     SATURDAY),
    ("Schools in Kumba stayed closed on Monday after gunmen stormed a college in the town and shot nine pupils.\n"
     "About ten attackers arrived at the college on Saturday morning, the government said.", SATURDAY),
]


@pytest.mark.parametrize("text, expected", AFTERMATH_LEAD_THEN_THE_ACTS_DAY)
def test_an_aftermath_lead_takes_the_acts_day_told_next(text: str, expected: date, kit) -> None:
    assert min(e.event_date for e in _events(text, kit)) == expected
    assert all(e.event_date != MONDAY for e in _events(text, kit))


AFTERMATH_LEAD_KEPT = [
    # the next sentence names no earlier day
    ("Chad declared three days of mourning on Monday after gunmen killed 30 herders near the lake.\n"
     "The attackers arrived on motorbikes and opened fire on the camp, officials said.", MONDAY),
    # the lead's clause tells an act of its own
    ("Soldiers killed ten militants near the lake on Monday after gunmen attacked a camp of herders.\n"
     "The attackers arrived on motorbikes on Saturday evening, officials said.", MONDAY),
]


@pytest.mark.parametrize("text, expected", AFTERMATH_LEAD_KEPT)
def test_an_aftermath_lead_without_an_earlier_day_next_keeps_its_day(text: str, expected: date, kit) -> None:
    assert _events(text, kit)[0].event_date == expected
