"""Fatalities, round ten: kinds of error from news-fatalities9's dev part (the same act's dead told spot by spot, a
toll "of nine" with no "death", "the dead numbered nine", bodies "brought in", "none of the 14 on board survived").
Every sentence is written for these tests; each table holds the case read and near-twins that must keep their
reading."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.fatalities import combine_fatalities, find_casualties
from eventwire.records import Article

SET = Path(__file__).resolve().parents[2] / "benchmarks" / "dates_fatalities" / "news-fatalities9.jsonl"


PUBLISHED = datetime(2022, 10, 12, 9, tzinfo=timezone.utc)  # a Wednesday


def figure(text: str) -> int:
    return combine_fatalities(find_casualties(text)).fatalities


def event_figures(text: str, kit: ExtractionKit) -> list[tuple[date | None, int]]:
    drafts = extract_events(Article(id="round10-test", title="", text=text, published_at=PUBLISHED), kit)
    return [(draft.event_date, draft.fatalities.fatalities) for draft in drafts]


# One act's dead told spot by spot: spots named by a common noun add up; a spot named by a proper noun is another
# place (another event: the statement keeps its own figure).
SPOT_BY_SPOT = [
    ("Two bombs went off in Maiduguri, killing four people at the fish market and three at a bus station nearby.", 7),
    ("Eleven people were killed at the mosque and four at the market, the emergency agency said.", 15),
    ("The blasts killed six worshippers inside the church and two outside the gate, police said.", 6 + 2),
    ("Five soldiers were killed at the base and two at a checkpoint, and 12 attackers died.", 19),
    # twins: a named second place; the wounded at the second spot; a count of something else
    ("Two car bombs exploded on Saturday, killing eight people in the capital and three in Baidoa, police said.", 8),
    ("Gunmen killed five people at a checkpoint and wounded three at the market.", 5),
    ("Gunmen killed five people at a checkpoint and burned three at the market stalls down.", 5),
    ("The strike killed nine people in the town and three in Kouki, a local official said.", 9),
]


@pytest.mark.parametrize("text, fatalities", SPOT_BY_SPOT)
def test_the_same_acts_dead_told_spot_by_spot_add_up(text, fatalities):
    assert figure(text) == fatalities


# A toll with no "death", the dead "numbered": a toll, which holds the bomber.
TOLL_WORDINGS = [
    ("A suicide bomber blew himself up at a restaurant in Aden. The toll of nine includes the bomber, an official said.",
     9),
    ("Officials gave a toll of 14 after the market bombing.", 14),
    ("A bomber struck a market in Mubi. The dead numbered nine, said a nurse at the hospital.", 9),
    ("Fatalities numbered 23, according to the local council.", 23),
    # twins: a toll of no count; a bomber on top of a count of people; "numbered" of the living
    ("The war has taken a heavy toll of the region's farmers.", 0),
    ("A suicide bomber blew himself up at a market, killing nine people.", 10),
    ("The protesters numbered 3,000, and police shot two of them dead.", 2),
]


@pytest.mark.parametrize("text, fatalities", TOLL_WORDINGS)
def test_a_toll_told_without_death_or_as_numbered(text, fatalities):
    assert figure(text) == fatalities


# Bodies a hospital or a morgue took in; everyone aboard dead told as "none survived".
BROUGHT_IN_AND_NONE_SURVIVED = [
    ("A medic told reporters that 13 bodies had been brought in by the evening.", 13),
    ("Eight bodies were brought in to the district hospital overnight.", 8),
    ("Gunmen fired on a boat on Lake Chad, and none of the 14 people on board survived, a fisherman said.", 14),
    ("Jihadists shot down the helicopter; none of its five crew members survived.", 5),
    # twins: the wounded brought in; survivors; nobody told dead
    ("Twenty wounded were brought in to the hospital after the blast.", 0),
    ("The boat capsized but all 14 people on board survived.", 0),
    ("None of the soldiers was hurt in the ambush.", 0),
]


@pytest.mark.parametrize("text, fatalities", BROUGHT_IN_AND_NONE_SURVIVED)
def test_bodies_brought_in_and_none_survived(text, fatalities):
    assert figure(text) == fatalities


# A list with forces before a noun no list knows counts the forces' side (added to the attackers killed); a list
# with civilians before it stays a total. "We lost three comrades": a side's fighters, added to the enemies killed.
SIDES_NAMED = [
    ("US officials said one US soldier and two American contractors were killed. Kenyan officers said five attackers "
     "were shot dead.", 8),
    ("Fifteen militants, one soldier and a local militia member were killed in the clash.", 17),
    ('"We lost three comrades, and we killed three of the attackers," a commander said.', 6),
    ("The militia lost three comrades in the ambush.", 3),
    ("The rebels said they killed 40 soldiers. The army said six of its men died and that 22 rebels were killed.", 28),
    # twins: civilians before an unknown noun; no count of comrades; forces alone
    ("A strike killed three young girls and their grandmother. Officials said one civilian was killed.", 4),
    ("He said he had lost his comrades years ago.", 0),
    ("Gunmen killed a farmer and three of his men.", 4),
    ("Two soldiers and a police officer were killed. Four attackers were shot dead.", 7),
]


@pytest.mark.parametrize("text, fatalities", SIDES_NAMED)
def test_a_sides_dead_named_by_a_list_or_as_comrades(text, fatalities):
    assert figure(text) == fatalities


# More bodies pulled out after the act are more of its dead; a toll put "later" or "by Monday" is the latest.
LATER_DEAD_AND_TOLLS = [
    ("Militiamen attacked the village on Saturday, killing eight people. Seven more bodies were pulled from burned "
     "houses the next day.", 15),
    ("Four people died when cattle keepers clashed on Saturday. By Monday the commissioner put the toll at nine.", 9),
    ("Police said 9 passengers were killed in the ambush. Officials later put the toll at 11.", 11),
    ("Police said 12 passengers were killed. By evening, officials put the death toll at 10.", 10),
    # twins: bodies pulled from a river (no "more") beside a toll; another source's toll with no later time
    ("Gunmen killed 61 people, the ministry said, adding that 40 bodies had been pulled from the Nile.", 61),
    ("Police said 9 passengers were killed in the ambush. A county official put the toll at 11.", 9),
]


@pytest.mark.parametrize("text, fatalities", LATER_DEAD_AND_TOLLS)
def test_more_bodies_pulled_and_a_toll_put_later(text, fatalities):
    assert figure(text) == fatalities


# A toll told in a sentence of its own with no act: "gave a toll of 20", and the toll lowered by its pronoun ("lowered
# it to 16") is an update of the act's toll, not a new event.
MONDAY = date(2022, 10, 10)
TOLL_SENTENCES = [
    ("MOGADISHU - A car bomb exploded near a military base on Monday. The police gave a toll of 20.", [(MONDAY, 20)]),
    ("MOGADISHU - A car bomb exploded near a military base on Monday. Police gave a toll of 20 on Monday, but the "
     "ministry lowered it to 16 a day later.", [(MONDAY, 16)]),
    ("MOGADISHU - A car bomb exploded near a military base on Monday. Police gave a death toll of 20, but the ministry "
     "on Tuesday revised it up to 23.", [(MONDAY, 23)]),
    # twins: a toll road; a count of people told beside the act's own
    ("MOGADISHU - A car bomb exploded near a military base on Monday, killing nine people. The toll road was closed "
     "and on Tuesday officials lowered it to one lane.", [(MONDAY, 9)]),
    ("MOGADISHU - A car bomb exploded near a military base on Monday, killing nine people. Witnesses reported 14 "
     "deaths.", [(MONDAY, 9)]),
]


@pytest.mark.parametrize("text, expected", TOLL_SENTENCES)
def test_a_toll_sentence_updates_the_acts_toll(text, expected, kit):
    assert event_figures(text, kit) == expected


def test_the_sets_passages_are_in_id_order_with_their_weekdays():
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 60
    assert [row["id"] for row in rows] == sorted(row["id"] for row in rows)
    for row in rows:
        assert row["low"] <= row["fatalities"] and (row["high"] is None or row["fatalities"] <= row["high"])
        assert date.fromisoformat(row["event_date"]) <= date.fromisoformat(row["published"])
