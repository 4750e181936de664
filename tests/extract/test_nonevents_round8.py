"""Non-event news, round eight: deaths with no one who dealt them. A story whose title or lead tells an accident or
a disaster (a fire tearing through a building, a crowd's crush, a lorry that lost its brakes, a pit that caved in, a
boat that sank) reports no political violence, and neither does its aftermath below ("relatives buried their dead",
"police questioned the organisers"). Force of its own stays an event: a violence word, a crowd or an arsonist, an
armed actor who kills, whether in the lead or in the body of an accident story.

Every passage was written for these tests, modelled on real coverage; none comes from a benchmark story. The set
behind the kinds is benchmarks/news-nonevent8 (24 stories with gold `[]` and 8 twins, half with the event in the
lead and half only in the body, split into a dev and a held part); its shape is checked at the end of this file.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nonevent_sets import check_copies_nothing, check_stories_twins_and_held_third, gold_rows

from eventwire.extract import ExtractionKit, extract_events
from eventwire.ingest import read_article
from eventwire.ingest.dateline import parse_dateline
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
SET = REPO / "benchmarks" / "news-nonevent8"
PUBLISHED = datetime(2024, 3, 13, 9, tzinfo=timezone.utc)  # a Wednesday
SUNDAY = date(2024, 3, 10)


# An accident story's aftermath: the dead counted, buried and identified, officials questioning, an inquiry.
AFTERMATH = [
    "Relatives gathered at the mortuary on Tuesday to identify the dead.",
    "Police were questioning the owner of the building and two managers, a spokesman said.",
    "The governor declared three days of mourning and promised an inquiry.",
    "Families buried 14 of the victims on Tuesday afternoon.",
    "Rescue workers said 23 people had been pulled out alive.",
    "Safety campaigners said the authorities had ignored warnings for years.",
]
FRESH_ACT = "Separately, on Sunday gunmen killed three farmers near the village of Kamba, police said."


def _story(kit: ExtractionKit, title: str, lead: str, body: list[str]):
    text = "Kamba, March 13 – " + lead + "\n" + " ".join(body[:3]) + "\n" + " ".join(body[3:])
    article = Article("nonevent8-story", title, text, PUBLISHED, dateline=parse_dateline(text, PUBLISHED.date()))
    return extract_events(article, kit)


def _brief(kit: ExtractionKit, text: str):
    return extract_events(Article("nonevent8-brief", "", text, PUBLISHED), kit)


# --------------------------------------------------------------------------- the variation table of accident leads

# (title, lead): accidents and disasters in wordings as different as we could make them: the cause as the subject
# of a motion verb, a passive death with its cause after "as" or "when", a noun of the crush, a translated-press
# "claimed the lives", a vehicle out of control, ground and buildings giving way, vessels sinking, breath and current.
ACCIDENT_LEADS = [
    ("Hostel blaze kills 73",
     "Fire engulfed a five-storey hostel in the city centre early on Tuesday, killing at least 73 residents, "
     "emergency services said."),
    ("Dozens crushed at church gate",
     "At least 31 worshippers were crushed to death on Tuesday when a crowd surged towards the gates of a church "
     "handing out food."),
    ("Tanker disaster on mountain road",
     "A tanker lorry lost its brakes on a steep road outside the town on Tuesday and smashed into a row of "
     "minibuses, leaving 14 people dead."),
    ("Miners die as pit caves in",
     "Twenty-two gold miners died on Tuesday when the walls of an unlicensed pit caved in after heavy rain."),
    ("Canoe sinks on river",
     "An overcrowded canoe carrying traders to market sank on the river on Tuesday, and 40 passengers are feared "
     "dead."),
    ("School building gives way",
     "Eleven pupils were killed on Tuesday when the roof of a school building gave way during a storm."),
    ("Bus falls into gorge",
     "A minibus veered off a mountain road and fell into a gorge on Tuesday, killing 39 passengers, officials "
     "said."),
    ("Hospital fire",
     "Flames ripped through two wards of a hospital late on Tuesday after an oxygen cylinder burst, claiming the "
     "lives of 82 patients."),
    ("Crush at stadium gate",
     "The crush at a stadium gate on Tuesday left eight football fans dead and dozens injured, the health "
     "ministry said."),
    ("Workers suffocate in tank",
     "Six workers suffocated on Tuesday while cleaning a septic tank at a hotel, police said."),
    ("Stampede at festival",
     "Twelve pilgrims died on Tuesday in a stampede at a river festival, as thousands pushed towards the bathing "
     "steps."),
    ("Warehouse inferno",
     "An inferno swept through a warehouse storing fireworks on Tuesday night, killing nine workers."),
]

# Acts of force in the same settings: each must stay at least one event.
FORCE_LEADS = [
    ("Gunmen torch bus",
     "Gunmen set fire to a bus on the highway on Tuesday, killing 12 passengers, police said."),
    ("Fans crushed as police fire tear gas",
     "At least 12 football fans were crushed to death on Tuesday when police fired tear gas at supporters inside "
     "the stadium."),
    ("Soldiers fire on minibus",
     "Soldiers opened fire on a crowded minibus at a checkpoint on Tuesday, killing four passengers."),
    ("Truck bomb at junction",
     "A truck bomb exploded at a busy junction on Tuesday, killing 20 people."),
    ("Boat capsizes under fire",
     "A boat carrying fleeing villagers capsized on Tuesday after militants fired on it, and eight people drowned."),
    ("Soldiers fire on canoe",
     "Soldiers fired on a canoe on the lake on Tuesday, killing three fishermen, residents said."),
    ("Air strike brings roof down",
     "A school's roof caved in when an air strike hit the building on Tuesday, killing eight pupils."),
    ("Pirates board vessel",
     "Pirates boarded a cargo vessel off the coast on Tuesday and shot dead two crew members."),
    ("Van torched",
     "Unknown assailants set a delivery van ablaze on the highway on Tuesday, killing its driver."),
    ("Ferry operator killed",
     "A ferry operator was killed on Tuesday while travelling along a creek near the town; the attackers are not "
     "known."),
    ("Protest after crash deaths",
     "Fishermen blocked the coastal road on Tuesday, demanding justice for two colleagues who died after a "
     "collision with a patrol boat."),
    ("Mob kills driver after crash",
     "An angry mob beat a lorry driver to death on Tuesday after his vehicle killed two children, police said."),
]


# Written after the first fix, before the derived class of causes (``event_filter._THING_CAUSES``): wordings the
# accident phrases do not hold. Passing 3 / 8 before that class, 5 / 8 after it: a train, a lorry and a ferry are
# killings' causes in ACLED's notes (2, 3 and 2 notes), so they are not in the class.
_CAUSE_IN_THE_NOTES = pytest.mark.xfail(strict=True, reason="the training notes use it as a killing's cause")
UNSEEN_ACCIDENT_BRIEFS = [
    pytest.param("A passenger train jumped the tracks in a remote district on Tuesday, killing 17 people.",
                 marks=_CAUSE_IN_THE_NOTES),
    pytest.param("Nine people died on Tuesday after a lorry loaded with cement toppled onto a minibus at a junction.",
                 marks=_CAUSE_IN_THE_NOTES),
    pytest.param("Thirty-one people lost their lives on Tuesday when an overloaded ferry went under in rough water.",
                 marks=_CAUSE_IN_THE_NOTES),
    "A landslip buried 12 houses on a hillside on Tuesday, and rescuers have recovered 19 bodies.",
    "Lightning struck a school during a storm on Tuesday, killing four pupils.",
    "Seven people burned to death on Tuesday when a fuel tanker overturned and caught fire on the highway.",
    "Toxic fumes leaking from a chemical plant killed 11 people in the industrial zone on Tuesday.",
    "A footbridge packed with festival-goers buckled on Tuesday, sending dozens into the river, and 135 died.",
]


@pytest.mark.parametrize("text", UNSEEN_ACCIDENT_BRIEFS)
def test_an_accident_in_other_words_reports_no_event(kit, text) -> None:
    assert _brief(kit, text) == []


@pytest.mark.parametrize("title, lead", ACCIDENT_LEADS)
def test_an_accident_lead_reports_no_event(kit, title, lead) -> None:
    assert _story(kit, title, lead, AFTERMATH) == []


@pytest.mark.parametrize("title, lead", ACCIDENT_LEADS)
def test_an_accident_brief_reports_no_event(kit, title, lead) -> None:
    assert _brief(kit, lead) == []


@pytest.mark.parametrize("title, lead", ACCIDENT_LEADS)
def test_a_fresh_act_below_an_accident_lead_stays_an_event(kit, title, lead) -> None:
    events = _story(kit, title, lead, AFTERMATH[:2] + [FRESH_ACT] + AFTERMATH[2:])
    assert [d.event_date for d in events] == [SUNDAY]


@pytest.mark.parametrize("title, lead", FORCE_LEADS)
def test_force_in_the_same_settings_stays_an_event(kit, title, lead) -> None:
    assert _story(kit, title, lead, AFTERMATH)


@settings(max_examples=12, deadline=None)
@given(lead=st.sampled_from(ACCIDENT_LEADS), body=st.permutations(AFTERMATH))
def test_no_order_of_the_aftermath_makes_an_event(kit, lead, body) -> None:
    assert _story(kit, lead[0], lead[1], list(body)) == []


# --------------------------------------------------------------------------- the set itself

NON_EVENT_STORIES, TWINS = 24, 8
SHORT_ITEMS_MAX_WORDS, STORY_MAX_WORDS = 150, 600


def test_the_set_has_non_event_stories_twins_and_a_held_third() -> None:
    check_stories_twins_and_held_third(SET, NON_EVENT_STORIES, TWINS)


def test_the_set_holds_long_stories_and_short_items_each_read_with_its_day() -> None:
    words = {}
    for row in gold_rows(SET):
        article = read_article(SET / row["path"])[0]
        assert article.published_at.date().isoformat() == row["published_at"], row["article_id"]
        words[row["article_id"]] = len(article.text.split())
    assert max(words.values()) <= STORY_MAX_WORDS
    assert sum(count <= SHORT_ITEMS_MAX_WORDS for count in words.values()) >= 6  # short items of several kinds
    assert sum(count >= 250 for count in words.values()) >= 20


def test_the_set_copies_nothing_from_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    check_copies_nothing(SET, SHARED)
