"""Merge round ten: a follow-up that claims or condemns an earlier day's act, or tells the aftermath of
"yesterday's" act, dates the act, not its own day.

"The rebels on Monday claimed last Thursday's car bombing" is Thursday's bombing; "families were searching this
morning for relatives missing since yesterday afternoon's explosions" is yesterday's. Each sentence has a twin
that keeps its own day: the day's clause tells its own act, the earlier day names no act, or the link is another
verb. Every sentence was written for these tests, modelled on real incidents.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract.dates import find_dates

PUBLISHED = date(2019, 1, 21)  # a Monday: Thursday is the 17th, Sunday the 20th
MONDAY, SUNDAY, THURSDAY = date(2019, 1, 21), date(2019, 1, 20), date(2019, 1, 17)


def _first_day(text: str) -> date:
    return find_dates(text, PUBLISHED)[0].day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a claim or a condemnation of an earlier day's act
        ("The rebels on Monday claimed last Thursday's car bombing of the police cadet school.", THURSDAY),
        ("Islamic State on Monday claimed Thursday's raid on the army base in the west of the country.", THURSDAY),
        ("The president on Monday condemned yesterday's attack on the market, calling it cowardly.", SUNDAY),
        ("The African Union on Monday condemned Thursday's massacre of villagers in the north.", THURSDAY),
        # the aftermath of "yesterday's" act ("yesterday" read with its possessive)
        ("Families were still searching hospitals this morning for relatives missing since yesterday afternoon's "
         "twin explosions.", SUNDAY),
        ("Mourners gathered this morning for the funeral of victims of yesterday's bombing.", SUNDAY),
        # twins that keep their own day
        ("Gunmen on Monday claimed the lives of three farmers in an attack near the river.", MONDAY),
        ("The blast on Monday claimed Thursday's record toll for the city.", MONDAY),  # the clause tells its act
        ("The minister on Monday claimed last Thursday's talks had failed.", MONDAY),  # Thursday names no act
        ("The ministry on Monday announced Thursday's bombing had killed 21.", MONDAY),  # another verb
        ("Police on Monday condemned the protest, which blocked the road.", MONDAY),  # no earlier day
        ("Yesterday's heavy rain flooded the market, traders said this morning.", SUNDAY),  # the first day stays
    ],
)
def test_a_claim_or_condemnation_dates_the_act(text, day):
    assert _first_day(text) == day


@pytest.mark.parametrize("text", ["yesterday's attack", "yesterday’s attack", "last night's raid",
                                  "this morning's blast"])
def test_a_relative_day_keeps_its_possessive_in_its_span(text):
    mention = find_dates(text, PUBLISHED)[0]
    assert mention.span.text.endswith(("'s", "’s"))


# --------------------------------------------------------------------------- places.find_places

from eventwire.extract.places import find_places  # noqa: E402


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen stormed a hotel and office complex in the Kenyan capital Nairobi on Tuesday.", "Nairobi"),
        ("Two car bombs went off near the education ministry in the Somali capital Mogadishu.", "Mogadishu"),
        ("Hundreds of protesters marched through the Tigray capital Mekelle on Sunday.", "Mekelle"),
        ("Insurgents attacked the northern town Mubi before dawn.", "Mubi"),
        ("A suicide bomber struck a market in the city Kabul, officials said.", "Kabul"),
    ],
)
def test_a_town_in_apposition_to_its_kind_is_a_place(text, town):
    assert town in [m.name for m in find_places(text)]


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("A bomb exploded in the Kenyan capital on Tuesday, police said.", "On"),  # no name after the kind
        ("Soldiers were killed in the Malian town of Boni on Sunday.", None),  # "of" was read before, unchanged
        ("The city Police said three men were arrested.", "Police"),  # a capitalised office, not a town
        ("The town Mayor said the market would reopen.", "Mayor"),
    ],
)
def test_the_twins_name_no_new_town(text, not_a_place):
    names = [m.name for m in find_places(text)]
    assert not_a_place not in names
    if not_a_place is None:
        assert names.count("Boni") == 1
