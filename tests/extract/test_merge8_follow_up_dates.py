"""Merge round eight: a follow-up's day tied to an earlier day's act by "for", "of", "into", "over" or
"following" dates the act, as "after" already did.

Outlets that report an incident a day or two late tell the day of their own news ("funerals were held on Saturday
for victims of Thursday's drone strike"); dated by that day, the follow-up stayed apart from the other reports of
the incident. A clause that tells an act of its own keeps its day. Every sentence was written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract.dates import find_dates

PUBLISHED = date(2023, 10, 8)  # a Sunday: Saturday is the 7th, Thursday the 5th
SATURDAY, THURSDAY = date(2023, 10, 7), date(2023, 10, 5)


def _first_day(text: str) -> date:
    return find_dates(text, PUBLISHED)[0].day


THE_ACTS_DAY = [
    ("Funerals were held in Homs on Saturday for victims of Thursday's drone strike on the academy.", THURSDAY),
    ("Relatives on Saturday buried the last of the victims of Thursday's attack on the church.", THURSDAY),
    ("Investigators on Saturday opened an inquiry into Thursday's bombing of the railway station.", THURSDAY),
    ("Schools in the district stayed shut on Saturday following Thursday's raid on the camp.", THURSDAY),
    ("Mourners gathered outside the hospital on Saturday for those killed in Thursday's blast.", THURSDAY),
    # "after" as before
    ("Traders reopened the market on Saturday after Thursday's car bombing near the gate.", THURSDAY),
]

ITS_OWN_DAY = [
    # an act of its own before the link
    ("Gunmen on Saturday shot dead two of the survivors of Thursday's massacre.", SATURDAY),
    ("Troops killed ten militants on Saturday in revenge for Thursday's attack on a checkpoint.", SATURDAY),
    # an act of its own in the clause before the day
    ("Police arrested four men on Saturday over Thursday's bombing of the bus station.", SATURDAY),
    ("Protesters marched through the city on Saturday over Thursday's killing of a student.", SATURDAY),
    # no act after the link
    ("The minister on Saturday spoke of Thursday's vote in parliament.", SATURDAY),
    # the act told with its own day after the link, not by the day's possessive: the charge's day stands
    ("Police on Saturday accused the militia of killing 12 villagers in Kajuru on Thursday.", SATURDAY),
    # the earlier day's act told in another clause
    ("Funerals were held on Saturday, and Thursday's attack was condemned.", SATURDAY),
]


@pytest.mark.parametrize("text, expected", THE_ACTS_DAY)
def test_a_follow_up_day_tied_to_an_earlier_act_takes_its_day(text: str, expected: date) -> None:
    assert _first_day(text) == expected


@pytest.mark.parametrize("text, expected", ITS_OWN_DAY)
def test_a_day_of_its_own_act_or_without_an_earlier_act_keeps_its_day(text: str, expected: date) -> None:
    assert _first_day(text) == expected
