"""Typing round seventeen: kinds of error counted over the pooled dev parts of the fresh snippet sets (fresh4..13)
and the older unsplit sets, each fixed by a general reading, each with the case it fixes and near twins it must
leave alone:
- "since" in a relative clause or after a participle that describes a noun's state ("troops, who had been stationed
  there since 2016, moved out", "savings frozen since 2019") dates that clause, not the sentence's act; a clock time
  after "since" ("since 5am") is a moment of the day (``detect._spans_a_period``); a tally "killed since January" and a
  perfect "has been besieged since May" still sum up a period;
- a chemical agent delivered ("employed toxic chemical substances against", "chlorine barrel bombs dropped on") or
  given off by a munition ("a cylinder ... released a chlorine-like gas") reports a chemical attack (the lexicon's
  "chemical" verbs); a toxic cargo spilled, a factory's waste or a farmer's spray does not;
- a crowd that "mobilised", "packed" or "filled" a place with a demand ("to demand", "calling for") is a protest (the
  lexicon's "protest" verbs); fans who packed a stadium and troops mobilised to defend a border are not;
- an agreement told by its parts: headline-speak "seal" beside "sign", sides that "agreed to halt hostilities",
  prisoners "were exchanged", captives freed "handing them to" a go-between (the "agreement_signed" verbs); a call
  "to seal a deal" is not;
- a group's word on its own course ("the Houthis said they would extend their attacks to ...", "PKK declares it will
  disband", "announces exit from") is the change (the "group_change" verbs); an army's plan for next week is not;
- the scope of an order ("told its units to resume attacks across the region") sums up no acts done
  (``cues._is_cumulative``); "killed thousands across the region this year" still does.
Every sentence is written for these tests; none is taken or paraphrased from the news-types sets or the evaluation
articles."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

import typing_tables

PUBLISHED = datetime(2020, 6, 15)
CH, PP, AG, CG = "Chemical weapon", "Peaceful protest", "Agreement", "Change to group/activity"
# (text, main draft's sub-type; None: no event); each row fails before the round
TYPED: list[tuple[str, str | None]] = [
    # a period that dates an aside or a state, a clock time
    ("Government troops took over the Ouallam camp on Friday after French soldiers, who had been stationed there since "
     "2019, left for Niger's capital.", "Non-violent transfer of territory"),
    ("Heavy fighting between Fano fighters and federal troops in Gondar since 5am, residents say", "Armed clash"),
    # a chemical agent delivered or given off by a munition
    ("Ukrainian units employed toxic substances against our positions near Kupiansk, the Russian command said.", CH),
    ("A canister that fell on the camp gave off a chlorine-like gas, rescuers in Idlib said.", CH),
    # a crowd with a demand
    ("Parents packed the courtyard of the education office, calling for the return of the abducted pupils.", PP),
    ("Thousands of people packed the central square of Valencia on Sunday, calling for the regional president to "
     "resign.", PP),
    # an agreement told by its parts
    ("Kabul and the Taliban seal prisoner release deal in Doha, mediators say", AG),
    ("Officials said on Monday that the army and the KIA had agreed to halt hostilities around Laiza for a month.", AG),
    ("Fifty prisoners of war from each army have been exchanged, Qatari mediators announced.", AG),
    # a group's word on its own course; an order's scope
    ("The Shabaab said they would extend their attacks to aid convoys heading to Baidoa.", CG),
    ("ELN declares it will disband its urban fronts. The guerrilla group said its command had decided the move, a "
     "radio station reported.", CG),
    ("Wagner announces exit from the Central African Republic, its commander said.", CG),
    ("The rebel command announced an end to its truce with the government and told its units to resume attacks "
     "across the region.", CG),
]
# Near twins: each keeps its reading before and after the round.
TWINS: list[tuple[str, str | None]] = [
    ("More than 3,000 people have been killed in the region since January, the UN said on Monday.", None),
    ("Fans packed the stadium in Cairo on Sunday to watch the cup final.", None),
    ("Hundreds of nurses mobilised outside the health ministry in Rabat on Monday to denounce unpaid overtime.", PP),
    ("The bandits freed the schoolboys after three weeks, handing them to a team of clerics near Kankara.", AG),
    ("The army mobilised reservists to defend the border after the attack on the post.", None),
    ("A factory dropped toxic chemicals into the river near Kanpur, officials said.", None),
    ("Farmers sprayed toxic chemicals on their fields before the rains, the ministry said.", None),
    ("A tanker carrying chlorine overturned on the highway near Aqaba and released a toxic gas cloud, killing 13.",
     None),
    ("Police fired tear gas at protesters who threw stones in Nairobi on Tuesday.", "Violent demonstration"),
    ("The president urged the rebels to seal a deal before the rains.", None),
    ("The army said it would extend its operations to the northern districts next week.", None),
    ("Militants have killed thousands across the region this year.", None),
]


@pytest.mark.parametrize("text, expected", TYPED)
def test_round_seventeen_readings_type_the_snippet(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", TWINS)
def test_near_twins_keep_their_reading(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import jsonl_shingles, leaked  # noqa: E402

SETS = ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10",
        "fresh11", "fresh12", "fresh13")


def test_the_round_seventeen_tables_do_not_leak_into_the_sets() -> None:
    table_rows = [{"id": text[:30], "text": text} for text, _ in TYPED + TWINS]
    assert leaked(table_rows, jsonl_shingles([SET_DIR / f"{name}.jsonl" for name in SETS])) == []
