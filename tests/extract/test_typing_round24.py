"""Typing round twenty-four: kinds of error counted over 150 snippets written this session in voices no benchmark set
uses (a radio station's SMS digest, a parish newsletter, a transport union's notices, a customs office's bulletins, a
refugee camp committee's minutes, a hospital's daily report, a satellite-imagery analyst's thread, press translated
from Kanuri, Fulfulde, Amharic, Sindhi, Azeri and Oromo), kept only where the same kind occurs in the snippet dev pool
or the read new-voice checks, each fixed by a general reading, each with the cases it fixes and near twins it must
leave alone:
- a place told as taken back or liberated while its holders are told to have withdrawn ("took back Gubio after the
  insurgents pulled out", "Army recaptures Dikwa"): a capture by the side that took it, not a handover
  (``typing_rules._told_taken_back``); "without a fight" keeps it a handover, and a place merely entered after its
  holders left stays one;
- weapons taken out of use by verbs the lexicon lacked ("lifted 46 landmines", "mines were dug up", "found and
  disarmed a suicide vest", "stopped a boat loaded with rifles", "seized a shipment of 3,400 pistols"): Disrupted
  weapons use (lexicon "disrupted"); a mine that went off during clearance, land "cleared of mines" in a tally and a
  truck of vegetables that hid a bomb stay as they were;
- a place or its roads kept closed by armed men, told as a state that lasts ("the jihadists have closed every road to
  Barsalogho since January", "has been cut off by armed gangs for two weeks", "bandits have blocked the highway ... for
  ten days"), and a coup told by the leader's removal ("announced that the president has been removed", "deposed the
  head of state"): Other (lexicon ``ARMED_CLOSURE``, read before the protest's "blocked the road"; the coup reading's
  acts); protesters who blocked a highway, a police cordon after a blast, a road cut off by floods, an impeachment and
  a junta's coup told as background or an "ousted president" stay as they were.
Every sentence is written for these tests; none is taken or paraphrased from the news-types sets, the snippet checks or
the evaluation articles."""

from __future__ import annotations

from datetime import datetime

import pytest

import typing_tables

PUBLISHED = datetime(2024, 6, 15)
GR, NS, NVT = "Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"
DW, IED = "Disrupted weapons use", "Remote explosive/landmine/IED"
OT, PP = "Other", "Peaceful protest"
# (text, main draft's sub-type; None: no event); each row fails before the round
TYPED: list[tuple[str, str | None]] = [
    # a place taken back or liberated while its holders withdrew
    ("Community radio: soldiers took back Gubio on Saturday after the insurgents pulled out during the night, the "
     "local chief said.", GR),
    ("Parish bulletin: the army retook Kitchanga after the rebels withdrew from the hills on Friday.", GR),
    ("Rebels said they had liberated the town of Nyunzu after government troops withdrew overnight.", NS),
    ("Troops recaptured Sinja after RSF fighters withdrew, the army said.", GR),  # round twelve's twin, now a capture
    # (a clearance still going on is not the event: "were being cleared")
    ("Soldiers retook Kalemie port on Sunday after the rebels fled; mines and booby traps were being cleared.", GR),
    ("Azerbaijani units liberated the village of Talish in a counter-offensive, the defence ministry said, adding that "
     "the enemy had abandoned its positions.", GR),
    # weapons taken out of use by other verbs
    ("Customs note: officers at the Apapa port seized a shipment of 3,400 pistols hidden among used tyres on Monday.",
     DW),
    ("Border guards stopped a boat loaded with rifles and ammunition on the lake near Kigoma, the police said.", DW),
    ("Engineers of the 7th Brigade lifted 46 landmines from the road to Damboa over the weekend.", DW),
    ("Four anti-personnel mines were dug up by villagers and soldiers near the school in Mabanda on Tuesday.", DW),
    ("Police found and disarmed a suicide vest left in a bag at the bus station in Maroua.", DW),
    # a place kept closed by armed men, or a coup told by the leader's removal
    ("Diocesan note: the jihadists have closed every road to Barsalogho since January and food comes in only by "
     "helicopter.", OT),
    ("The district hospital has been cut off by armed gangs for two weeks, the director said.", OT),
    ("Transport union: bandits have blocked the highway to Gusau for ten days, so our members cannot load.", OT),
    ("Radio digest: officers of the presidential guard said on state radio at dawn that they had ousted the elected "
     "president and closed the borders.", OT),
    ("Mutinous soldiers deposed the head of state on Wednesday night and read a statement on national television.", OT),
]
# Near twins: each keeps its reading before and after the round.
TWINS: list[tuple[str, str | None]] = [
    ("Army recaptures Dikwa as ISWAP fighters withdraw towards the lake.", GR),
    ("Government troops took back the town of Gubio without a fight after the insurgents pulled out, residents "
     "said.", NVT),
    ("The peacekeepers withdrew from Kidal and handed the camp over to the Malian army on Tuesday.", NVT),
    ("Rebels entered Lalibela on Tuesday after federal soldiers withdrew, residents said.", NVT),
    ("A landmine exploded as engineers were clearing mines near the village, killing two deminers.", IED),
    ("The UN said it had cleared 3 million square metres of land of mines since 2015.", None),
    ("A bomb hidden in a truck loaded with vegetables exploded at the market, killing five people.", IED),
    ("Government forces have encircled the town of Dembi Dolo and cut off all supply roads, residents said.", OT),
    ("Protesters have blocked the main highway to the port for a week to demand jobs.", PP),
    ("Police sealed off the area after the explosion at the market, which killed three people.", IED),
    ("Floods have cut off the village from the district capital for a week.", None),
    ("Parliament removed the president from office in an impeachment vote on Tuesday.", None),
    ("The army, which overthrew the president in 2021, promised elections next year.", None),
    ("The junta said its soldiers were ready to repel any force that tried to restore the ousted president.", None),
]


@pytest.mark.parametrize("text, expected", TYPED)
def test_round_twenty_four_readings_type_the_snippet(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", TWINS)
def test_near_twins_keep_their_reading(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


def test_the_round_twenty_four_tables_do_not_leak_into_the_sets() -> None:
    assert typing_tables.leaked_into_read_sets(text for text, _ in TYPED + TWINS) == []
