"""Typing round twenty-one: kinds of error counted over 150 snippets written this session in voices no benchmark set
uses (headlines alone, ticker crawls, photo captions, incident-log lines, police blotters, translated press,
eyewitness quotes), kept only where the same kind occurs in the snippet dev pool or the read new-voice checks, each
fixed by a general reading, each with the cases it fixes and near twins it must leave alone:
- a place taken again told by "re-" or "back" ("FACA regained Bocaranga", "reoccupied the locality", "wrests Damboa
  back from insurgents"), by the holders driven out ("after driving out Russian units", "cleared the village of
  Russian troops") or by the state's return ("reinstalled the State in the commune"): the lexicon's territory verbs,
  typed by the side that did it (``typing_rules._REGAINS`` with ``lexicon.HOLDERS_DRIVEN_OUT``); an election's
  "regained Parliament", families back in their town and a square cleared of protesters are not read;
- a strategic act in headline-speak's present ("Militia burns 200 homes", "Army defuses bomb", "Army opens outpost",
  "sets fire to"): the lexicon's arson, disrupted and base verbs; a minister who defuses tension and a bank that
  opens a headquarters are not; a drone attack that "set fire to" a depot stays the drone's strike;
- an abduction told by a plain verb of taking: by armed takers named ("Insurgents take 12 children from ..."), in the
  passive by them ("was taken by armed men"), or with the person gone since ("took my husband ... nobody has seen
  him since"); rescuers who took children from a flooded school and a hiker not seen since are not.
Every sentence is written for these tests; none is taken or paraphrased from the news-types sets, the snippet checks or
the evaluation articles."""

from __future__ import annotations

from datetime import datetime

import pytest

import typing_tables

PUBLISHED = datetime(2024, 6, 15)
GR, AB, AS = "Government regains territory", "Abduction/forced disappearance", "Air/drone strike"
LO, DW, HQ = "Looting/property destruction", "Disrupted weapons use", "Headquarters or base established"
# (text, main draft's sub-type; None: no event); each row fails before the round
TYPED: list[tuple[str, str | None]] = [
    # a place taken again, or its holders driven out
    ("Photo caption: Soldiers of the 72nd brigade raise the flag over the village hall in Kliskiv after driving out "
     "Russian units, 9 September.", GR),
    ("Army wrests Damboa back from insurgents after two-day battle", GR),
    ("Log entry 22/06, Ouham-Pende: FACA regained Bocaranga after heavy combat with 3R elements; 3R withdrew to the "
     "east.", GR),
    ("Gendarmes reoccupied Sebba on Friday after two days of operations against the terrorist elements, the general "
     "staff said.", GR),
    ("Ukrainian marines cleared the hamlet east of Kherson of Russian troops on Friday, the navy said.", GR),
    # a strategic act in headline-speak's present
    ("Militia burns 200 homes in Djugu", LO),
    ("Army defuses bomb near Mogadishu stadium", DW),
    ("Army opens outpost in Kalehe highlands", HQ),
    # an abduction told by a plain verb of taking
    ("\"They took my husband from the market and nobody has seen him since,\" said a woman in Mandera.", AB),
    ("Gunmen took two nurses from the health centre in Tillia on Monday, a local official said.", AB),
]
# Near twins: each keeps its reading before and after the round.
TWINS: list[tuple[str, str | None]] = [
    ("The opposition regained Parliament in the election on Monday.", None),
    ("Displaced families re-entered Bucha on Monday after the floods receded.", None),
    ("Police cleared the square of protesters on Monday.", "Protest with intervention"),
    ("Minister defuses tension in parliament", None),
    ("Bank opens new headquarters in Nairobi", None),
    ("A drone strike set fire to a fuel depot in Bryansk on Monday.", AS),
    ("Rescuers took the children from the flooded school on Monday.", None),
    ("The hiker left the lodge on Monday and has not been seen since, police said.", None),
    ("Soldiers took the wounded from the village to the hospital in Goma on Monday.", None),
]


@pytest.mark.parametrize("text, expected", TYPED)
def test_round_twenty_one_readings_type_the_snippet(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", TWINS)
def test_near_twins_keep_their_reading(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


def test_the_round_twenty_one_tables_do_not_leak_into_the_sets() -> None:
    assert typing_tables.leaked_into_read_sets(text for text, _ in TYPED + TWINS) == []
