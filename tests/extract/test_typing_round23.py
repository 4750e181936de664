"""Typing round twenty-three: kinds of error counted over 150 snippets written this session in voices no benchmark set
uses (WhatsApp forwards, a mayor's Facebook posts, a drone monitor's log, court-martial summaries, a shopkeepers'
association's notices, heritage alerts, school closure notices, press translated from Igbo, Wolof, Afrikaans, Urdu,
Persian and Tagalog), kept only where the same kind occurs in the snippet dev pool or the read new-voice checks, each
fixed by a general reading, each with the cases it fixes and near twins it must leave alone:
- a siege or blockade in other words or told as a state that lasts ("have put a blockade on Djibo", "the militia has
  besieged the road ... for the fifth week", "have blockaded Kaya for three weeks", "has been besieged by JNIM since
  March"): Other (``lexicon`` "other", ``detect._SIEGE_WORDS``); a siege in a film's title, analysts' summary of
  years and a siege laid on a named day stay as they were;
- a place back in the state's hands told as a state or by its holders made to leave ("Army back in control of the
  town", "flushed Al-Shabaab out of", "drove Abu Sayyaf out of"; ``lexicon.BACK_IN_STATE_HANDS``,
  ``lexicon.HOLDERS_DRIVEN_OUT_OF``), typed by the side that did it; an army driven out, a striker back in control
  of his career and a town "in government hands since 2015" are not a state's recapture;
- a heritage site or a post destroyed with explosives, nobody hurt ("blew up the 14th-century mausoleum"): property
  destruction (``typing_rules._STRUCTURES``); a device that blew up near a police station, or a station blown up with
  officers wounded, stays a bomb.
Every sentence is written for these tests; none is taken or paraphrased from the news-types sets, the snippet checks or
the evaluation articles."""

from __future__ import annotations

from datetime import datetime

import pytest

import typing_tables

PUBLISHED = datetime(2024, 6, 15)
OT, GR, NS = "Other", "Government regains territory", "Non-state actor overtakes territory"
LP, IED = "Looting/property destruction", "Remote explosive/landmine/IED"
# (text, main draft's sub-type; None: no event); each row fails before the round
TYPED: list[tuple[str, str | None]] = [
    # a siege or blockade in other words, or told as a state that lasts
    ("Fwd: the jihadists have put a blockade on Djibo, no food trucks allowed in since last week.", OT),
    ("All schools in the county remain closed because the militia has besieged the road from town for the fifth week; "
     "no supplies are reaching us.", OT),
    ("Town council notice: Arbinda has been besieged by JNIM since March and the last convoy was turned back on "
     "Monday.", OT),
    ("Residents said the militants have blockaded Kaya for three weeks, letting no trucks through.", OT),
    # a place back in the state's hands, or its holders made to leave
    ("0540 FAMa column entered Lere, jihadist flag removed from the prefecture. Army back in control of the town after "
     "eight months.", GR),
    ("Forwarded many times: the army has flushed Al-Shabaab out of Bulo Marer this morning, the town is in government "
     "hands again. Share!!", GR),
    ("Log: the marines drove Abu Sayyaf out of Patikul on Tuesday after a day of fighting.", GR),
    ("The Taliban are back in control of Kabul after twenty years, the group said.", NS),
    # a heritage site destroyed with explosives, nobody hurt
    ("Heritage alert: militants blew up the 14th-century mausoleum at the edge of Timbuktu on Thursday.", LP),
]
# Near twins: each keeps its reading before and after the round.
TWINS: list[tuple[str, str | None]] = [
    ("The rebels placed a siege around Sake on Monday, cutting the road to Goma, residents said.", OT),
    ("Analysts say armed groups have besieged towns across the Sahel for years.", None),
    ("A documentary about the siege of Sarajevo opened the festival on Monday.", None),
    ("Our soldiers pushed the insurgents hiding in the school out of Damasak on Sunday, the district head said.", GR),
    ("The army was driven out of Bulo Marer by Al-Shabaab fighters on Tuesday, residents said.", NS),
    ("The striker is back in control of his career after a long injury.", None),
    ("The town has been in government hands since 2015.", None),
    ("A device hidden in a cart blew up outside a police station in Tumaco on Monday.", IED),
    ("Militants blew up the police station in Khyber overnight; two officers were wounded.", IED),
]


@pytest.mark.parametrize("text, expected", TYPED)
def test_round_twenty_three_readings_type_the_snippet(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", TWINS)
def test_near_twins_keep_their_reading(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


def test_the_round_twenty_three_tables_do_not_leak_into_the_sets() -> None:
    assert typing_tables.leaked_into_read_sets(text for text, _ in TYPED + TWINS) == []
