"""Typing round twenty-two: kinds of error counted over 150 snippets written this session in voices no benchmark set
uses (Telegram channel posts, a reporter's diary, police scanner lines, trial summaries, open letters, FAQ explainers,
audit findings, press translated from Kinyarwanda, Malagasy, Shona, Zulu, Tamil and Nepali), kept only where the same
kind occurs in the snippet dev pool or the read new-voice checks, each fixed by a general reading, each with the cases
it fixes and near twins it must leave alone:
- a seizure of power told by what the soldiers did ("soldiers announced ... they have dissolved the government",
  "detained the president", "are holding the interim president"): soldiers, officers or a guard named first and the
  act after them (``lexicon.SEIZURE_OF_POWER``, ``typing_rules._seizure_of_power``): Other, not the arrest or the
  group change its verb names; a president arrested by police, a president dissolving parliament, a junta "which
  seized power in 2020" and a threat to seize power are not;
- a chemical agent told by its look or its effect ("released a thick yellow gas", "releasing a greenish choking
  smoke") or gas munitions dropped on people ("dropped K-51 gas grenades on our positions"); tear gas fired at
  protesters, black smoke from a fire and a gas cylinder that exploded in a restaurant are not;
- a suicide bomber told without "suicide" ("detonated the vest", "a woman wearing explosives ... set them off", "a
  device ..., killing himself"); a soldier who shot colleagues before killing himself is not.
Every sentence is written for these tests; none is taken or paraphrased from the news-types sets, the snippet checks or
the evaluation articles."""

from __future__ import annotations

from datetime import datetime

import pytest

import typing_tables

PUBLISHED = datetime(2024, 6, 15)
OT, CW, SB = "Other", "Chemical weapon", "Suicide bomb"
# (text, main draft's sub-type; None: no event); each row fails before the round
TYPED: list[tuple[str, str | None]] = [
    # a seizure of power
    ("Coup underway: soldiers announced on state TV that they have dissolved the government and closed the borders.",
     OT),
    ("Soldiers surrounded the presidential palace in Niamey on 26 July and detained the president; we call on them to "
     "release him.", OT),
    ("06:40 - Officers of the presidential guard say on national radio that they have seized power and suspended the "
     "constitution.", OT),
    ("Members of the guard are holding the interim president at his residence in Ouagadougou, a diplomat said on "
     "Monday.", OT),
    # a chemical agent told by its look or its effect, gas munitions dropped on people
    ("The Russians dropped K-51 gas grenades on our positions near Robotyne again today. Three soldiers evacuated with "
     "chemical poisoning.", CW),
    ("Survivors told our correspondent that army shells which fell on Puthukkudiyiruppu on 12 April released a thick "
     "yellow gas that burned their skin and eyes.", CW),
    ("Day 4. In the ward at Kalay, farmers told me the bombs dropped on their village on Tuesday were releasing a "
     "greenish choking smoke.", CW),
    # a suicide bomber told without "suicide"
    ("Friday. The boy walked into the mosque in Konduga during dawn prayers and detonated the vest. I saw the roof "
     "lying in the road.", SB),
    ("A woman wearing explosives walked into the cattle market in Mora on Sunday and set them off, killing six, the "
     "governor said.", SB),
    ("Dispatch, 13:05: explosion at the gate of the Bannu cantonment, the driver detonated a device in the car, "
     "killing himself and two guards.", SB),
]
# Near twins: each keeps its reading before and after the round.
TWINS: list[tuple[str, str | None]] = [
    ("Police arrested President Yoon Suk Yeol in Seoul on Wednesday.", "Arrests"),
    ("The president dissolved parliament on Monday and called early elections.", "Change to group/activity"),
    ("Mali's junta, which seized power in 2020, expelled the French ambassador on Monday.", None),
    ("Soldiers said on Monday that they would seize power if the president did not resign.", None),
    ("Soldiers arrested the president of the traders' association in Bamako on Monday.", "Arrests"),
    ("Police fired tear gas canisters at protesters in Nairobi on Monday.", "Protest with intervention"),
    ("The shelling set a warehouse on fire and released thick black smoke over Kherson on Monday.",
     "Shelling/artillery/missile attack"),
    ("A gas cylinder exploded in a restaurant in Nairobi on Monday, killing two.", None),
    ("The soldier shot dead two colleagues before killing himself at the camp in Kati on Monday.", "Armed clash"),
    ("A man was killed by a landmine near Tessit on Monday.", "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize("text, expected", TYPED)
def test_round_twenty_two_readings_type_the_snippet(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", TWINS)
def test_near_twins_keep_their_reading(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


def test_the_round_twenty_two_tables_do_not_leak_into_the_sets() -> None:
    assert typing_tables.leaked_into_read_sets(text for text, _ in TYPED + TWINS) == []
