"""Merge round fourteen: "last Saturday" in a story of Sunday is the Saturday of the week before.

The day before publication is "yesterday" or "on Saturday"; a writer who puts "last" before it means the one a week
earlier, as "last Sunday" in a Sunday story always did. A follow-up of Sunday 1 September that called the massacre
"last Saturday's attack" was dated 31 August, a week after the wires' 24 August, and never met them; so was a Monday
story of funerals "for soldiers killed in last Sunday's attack". Twins keep "last Saturday" two days back, "on
Saturday" and "this past Saturday" the day before, and "last night". Every sentence was written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract.dates import find_dates, is_event_date
from wire_stories import dated_tolls

SUN_1_SEP_2024 = date(2024, 9, 1)
MON_2_SEP_2024 = date(2024, 9, 2)


@pytest.mark.parametrize(
    ("sentence", "published", "day"),
    [
        # the weekday before publication, with "last": a week further back
        ("Gunmen killed 40 traders at the cattle market in Kaya last Saturday.", SUN_1_SEP_2024, date(2024, 8, 24)),
        ("Relatives are still searching for those missing since last Saturday's raid.", SUN_1_SEP_2024,
         date(2024, 8, 24)),
        ("The army said last Sunday's ambush near Tessit cost it 42 men.", MON_2_SEP_2024, date(2024, 8, 25)),
        # twins: two days back, no "last", "this past", the same weekday (a week back, as before)
        ("Gunmen killed 40 traders at the cattle market in Kaya last Saturday.", MON_2_SEP_2024, date(2024, 8, 31)),
        ("Gunmen killed 40 traders at the cattle market in Kaya on Saturday.", SUN_1_SEP_2024, date(2024, 8, 31)),
        ("Gunmen killed 40 traders at the cattle market in Kaya this past Saturday.", SUN_1_SEP_2024,
         date(2024, 8, 31)),
        ("Gunmen killed 40 traders at the cattle market in Kaya last Sunday.", SUN_1_SEP_2024, date(2024, 8, 25)),
        ("Gunmen killed 40 traders at the cattle market in Kaya last night.", SUN_1_SEP_2024, date(2024, 8, 31)),
    ],
)
def test_last_and_the_weekday_before_publication(sentence, published, day):
    (mention,) = [m for m in find_dates(sentence, published) if is_event_date(m)]
    assert mention.day == day


@pytest.mark.parametrize(
    ("story", "published", "expected"),
    [
        # a funeral's own day and the act's "last Sunday's" (the funeral is the aftermath: the act's day stands)
        ("Funerals were held in Gao on Sunday for 42 soldiers killed in last Sunday's attack on their camp at Tessit.",
         "2022-08-15T09:45:00+00:00", [(date(2022, 8, 7), 42)]),
        ("Funerals were held in Gao on Sunday for 42 soldiers killed in Saturday's attack on their camp at Tessit.",
         "2022-08-15T09:45:00+00:00", [(date(2022, 8, 13), 42)]),
    ],
)
def test_a_funeral_for_the_dead_of_last_weeks_attack(kit, story, published, expected):
    assert dated_tolls(story, kit, published) == expected


# A toll update's "now" between the auxiliary and the verb of death: "Fifty-seven people have now died from Friday's
# missile attack" read no count (the wounded "several" who "died in hospital" became the toll), so the later report
# of the station strike gave 3 dead against the wires' 30 and 50 and stayed apart from them on tolls.
FRIDAY_8_APRIL = date(2022, 4, 8)
TUESDAY_12_APRIL = "2022-04-12T15:40:00+00:00"


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Fifty-seven people have now died from Friday's missile attack on the railway station in Kramatorsk, regional "
         "officials said on Tuesday.", [(FRIDAY_8_APRIL, 57)]),
        ("At least 57 people have now been killed in Friday's missile strike on the station in Kramatorsk, officials "
         "said.", [(FRIDAY_8_APRIL, 57)]),
        ("Fifty-seven people have now died as a result of Friday's missile attack on the station in Kramatorsk, "
         "officials said.", [(FRIDAY_8_APRIL, 57)]),
        # twins: the forms without "now", read as before
        ("Fifty-seven people have died in Friday's missile attack on the railway station in Kramatorsk, officials "
         "said.", [(FRIDAY_8_APRIL, 57)]),
        ("Fifty-seven people have been killed in Friday's missile attack on the railway station in Kramatorsk, "
         "officials said.", [(FRIDAY_8_APRIL, 57)]),
        # twins: a running count since a campaign began, or a war's thousands, stay no event's toll
        ("Seven peacekeepers have now been killed since the rebels launched their offensive on 19 December, the "
         "mission said.", []),
        ("Thousands of people have now died in the war, the agency said.", []),
    ],
)
def test_a_toll_update_with_now(kit, story, expected):
    assert dated_tolls(story, kit, TUESDAY_12_APRIL) == expected
