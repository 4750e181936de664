"""Non-event news, round fourteen: kinds of force ranked as a standing threat, anniversaries counted "to the day",
an air force's members, sales records, a share of a group in the perfect, robbers' explosives, markets routed, a
lead's count of an earlier month, and statements of capacity. "shelling ... remained the main threats to civilians"
ranks kinds of force; "ten years to the day after a gunman killed 38 tourists" dates the act by its anniversary;
"air force cadets killed by the militants" names the victims' service; "stormed the box office" is a sales record;
"and that some had been tortured" is a claim about many people; "used explosives to blow open the vault" is a
robbery's tool; "the naira was slaughtered" is a market's fall; "Fifty-two civilians were killed or wounded in Yemen
in June, a monitor said" (in July) is a month's count, and "the army has the means to crush" tells what a force could
do. Each table has near twins that must stay as they were.

Every passage was written for these tests, modelled on real coverage; none comes from a benchmark story. The set
behind the kinds is benchmarks/news-nonevent14 (22 stories with gold `[]` and 8 twins, half with the event in the lead
and half only in the body, split into a dev and a held part); its shape is checked at the end of this file.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from nonevent_sets import check_copies_nothing, check_lengths_and_days, check_stories_twins_and_held_third
from test_nonevents_round7 import FRESH_ACT, STALE_ACT, _story, _with

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.detect import find_triggers
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
SET = REPO / "benchmarks" / "news-nonevent14"
PUBLISHED = datetime(2025, 1, 9, 9, tzinfo=timezone.utc)  # a Thursday


def _events(kit: ExtractionKit, text: str):
    return extract_events(Article("nonevent14", "", text, PUBLISHED), kit)


def _live_acts(text: str) -> list[str]:
    return [t.span.text for t in find_triggers(text, 0, len(text), PUBLISHED.date()) if t.live]


# --------------------------------------------------------------------------- words of force that name no act

NO_ACTS = [
    # kinds of force ranked as a standing danger
    "In Taiz, shelling along the front lines and artillery fire remained the main threats to civilians in June.",
    "In Hodeidah, landmines and roadside bombs have been the biggest killers of children in December.",
    # an anniversary counted to the day
    "Relatives laid flowers on the beach on Thursday, ten years to the day after a gunman killed 38 tourists there.",
    "Survivors gathered at the school in Kamba on Tuesday, five years to the day after militants abducted 300 pupils.",
    # a sales record
    "A Nollywood film stormed the box office in Lagos in its opening weekend.",
    "Her debut album stormed the charts in Lagos and Accra last week.",
    # a share of a group, in the perfect, with no date
    "Rights groups said thousands remained in detention and that some had been tortured.",
    "Aid workers say women are often stopped on the roads, and that many of them have been abducted.",
    # robbers' explosives, a market routed
    "The robbers forced the van off the road and used explosives to blow open the vault before escaping.",
    "The gang used explosives to break into the cash machine at the petrol station on Monday.",
    "Traders said the naira was slaughtered on Monday as the central bank ended its support.",
    "The cedi was massacred on Monday as investors fled.",
]
STILL_ACTS = [
    "Shelling killed four children in Taiz on Monday, a monitor said.",
    "Relatives laid flowers on Thursday, a day after a gunman killed 38 tourists on the beach.",
    "Gunmen stormed the box office of the stadium in Kano on Sunday.",
    "Witnesses said that several had been shot dead by soldiers at the checkpoint in Kamba on Sunday.",
    "Militants used explosives to blow open the gate of the prison in Kuje on Tuesday.",
    "Twelve traders were slaughtered in the market in Kamba on Monday by gunmen.",
]


@pytest.mark.parametrize("text", NO_ACTS)
def test_a_rank_an_anniversary_a_sale_a_claim_a_robbery_or_a_market_names_no_act(text) -> None:
    assert _live_acts(text) == []


@pytest.mark.parametrize("text", STILL_ACTS)
def test_a_days_shelling_strike_storming_shooting_or_killing_stays_live(text) -> None:
    assert _live_acts(text) != []


# --------------------------------------------------------------------------- states, canvassing, roads, comparisons

NO_EVENTS = [
    # a state that goes on
    "Motorists queue all night as a blockade imposed by the militants on fuel imports tightens its grip on Mali.",
    # a campaign's rally, the campaign told after it
    "Thousands of supporters cheered their candidate at a rally in Kano on Tuesday as the campaign drew to a close.",
    # a road closed by a war or the weather
    "The violence has cut off the road to Kadugli, and food prices have doubled, the food agency said on Tuesday.",
    # tolls compared in the perfect
    "The writer argues that the army's drone strikes have killed more civilians than militants.",
    # a market's fall, a price that soars
    "The fund manager said investors were slaughtered in the sell-off on Tuesday.",
    "Oil prices exploded on Tuesday after the strike on the refinery was announced.",
    # a count of months, and the share of it its acts took
    "The report found that at least 1,200 civilians were killed between January and June, most of them in air "
    "strikes.",
]
STILL_EVENTS = [
    ("Militants imposed a blockade on the town of Djibo on Tuesday, residents said.", "Other"),
    ("Thousands of opposition supporters held a rally in Kano on Tuesday to protest against the election results.",
     "Peaceful protest"),
    ("Protesters cut off the road to Kadugli on Tuesday to demand the release of their leader.", "Peaceful protest"),
    ("Soldiers killed more than 30 militants near Kamba on Tuesday, the army said.", "Armed clash"),
    ("Drone strikes killed more civilians than fighters in Kamba on Tuesday, residents said.", "Air/drone strike"),
    ("Traders were killed in the market in Kamba on Tuesday.", "Attack"),
    ("A fuel depot exploded in Conakry on Tuesday after a rocket hit it.", "Shelling/artillery/missile attack"),
    ("Fighting between January 3 and January 5 killed 40 people in Kamba, officials said on Tuesday.", "Armed clash"),
    ("Twelve people were killed on Tuesday, most of them in an air strike on the market in Kamba.",
     "Air/drone strike"),
]


@pytest.mark.parametrize("text", NO_EVENTS)
def test_a_state_a_campaign_a_closed_road_a_comparison_or_a_sell_off_is_no_event(kit, text) -> None:
    assert _events(kit, text) == []


@pytest.mark.parametrize(("text", "sub_event_type"), STILL_EVENTS)
def test_a_days_blockade_protest_killing_or_strike_stays_an_event(kit, text, sub_event_type) -> None:
    assert [e.sub_event_type for e in _events(kit, text)] == [sub_event_type]


# --------------------------------------------------------------------------- the air force's members

AIR_FORCE_MEMBERS = [
    "Parents of air force cadets killed by the militants gathered at the memorial on Thursday.",
    "Families of air force recruits killed in the war were honoured at a ceremony in the capital on Tuesday.",
]
AIR_FORCE_STRIKES = [
    "The air force bombed rebel positions near Kamba on Tuesday.",
    "Villagers said the air force killed 30 people at a market near Kamba on Tuesday.",
]


@pytest.mark.parametrize("text", AIR_FORCE_MEMBERS)
def test_the_air_force_naming_its_members_is_no_strike(text) -> None:
    assert "air force" not in [act.lower() for act in _live_acts(text)]


@pytest.mark.parametrize("text", AIR_FORCE_STRIKES)
def test_the_air_force_that_strikes_stays_a_strike(text) -> None:
    assert "air force" in [act.lower() for act in _live_acts(text)]


# --------------------------------------------------------------------------- round fourteen's frames

FRAME_LEADS = [
    # a monitor's count of an earlier month (the story is published in March)
    ("Monitor records civilian casualties in February",
     "Fifty civilians were killed or wounded in Kamba province in February, a monitoring project said on "
     "Wednesday, a slight fall from January."),
    ("UN counts monthly toll in the east",
     "Seventy civilians were killed in the eastern provinces in January 2024, the UN said in its monthly figures."),
    # statements of capacity
    ("Junta says army has the means to crush any intervention",
     "The military rulers said on Wednesday that the army had all the means necessary to crush any foreign force."),
    ("Rebel spokesman says forces can reach any target",
     "The rebels' spokesman said on Wednesday that their drones were capable of reaching any target in the region."),
]
NOT_FRAME_LEADS = [
    # this month's count is still open: the lead's own act stays
    ("Monitor records civilian casualties",
     "Fifty civilians were killed in Kamba in March, a monitoring project said on Wednesday."),
]


@pytest.mark.parametrize(("title", "lead"), FRAME_LEADS)
def test_a_stale_act_below_round_fourteens_frames_reports_no_event(kit, title, lead) -> None:
    assert _story(kit, title, lead, _with(STALE_ACT)) == []


@pytest.mark.parametrize(("title", "lead"), FRAME_LEADS)
def test_a_fresh_act_below_round_fourteens_frames_stays_an_event(kit, title, lead) -> None:
    assert [e.sub_event_type for e in _story(kit, title, lead, _with(FRESH_ACT))] == ["Attack"]


@pytest.mark.parametrize(("title", "lead"), NOT_FRAME_LEADS)
def test_a_count_of_the_month_of_publication_stays_an_event(kit, title, lead) -> None:
    assert _story(kit, title, lead, _with(STALE_ACT)) != []


def test_a_killing_in_a_market_on_a_day_stays_an_event(kit) -> None:
    events = _events(kit, "Twelve traders were slaughtered in the market in Kamba on Monday by gunmen.")
    assert [e.sub_event_type for e in events] == ["Attack"]


# --------------------------------------------------------------------------- the set itself

NON_EVENT_STORIES, TWINS = 22, 8
MIN_WORDS, MAX_WORDS = 200, 500


def test_the_set_has_non_event_stories_twins_and_a_held_third() -> None:
    check_stories_twins_and_held_third(SET, NON_EVENT_STORIES, TWINS)


def test_the_set_holds_stories_of_its_length_each_read_with_its_day() -> None:
    check_lengths_and_days(SET, MIN_WORDS, MAX_WORDS)


def test_the_set_copies_nothing_from_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    check_copies_nothing(SET, SHARED)
