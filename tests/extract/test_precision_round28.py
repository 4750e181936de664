"""Precision round twenty-eight (session 35): false events in voices the sets lack (a travel diary, a bulletin).

- A month told with "that year" after it ("The army retook the town in December of that year", "in October the same
  year") is in the year the text named last before it, as "That November" already was: an act of a war's first year
  told in a 2024 story is history, not news of last December (``dates._in_a_year_told_before``).
- An act in a "where" clause bound to a common noun, with no day and no count of its own ("cannot return to stations
  where their colleagues were murdered"), names the place by what happened there before: a reference, not a report
  (``cues.names_a_place_by_its_act``). A clause with a day or a count, one after a comma and one bound to a town's
  name stay news.

Every passage was written for these tests; none comes from a benchmark story.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract.dates import find_dates
from wire_stories import padded_story, typed_days


# each row made an event in the last year's month before this round
MONTHS_OF_THAT_YEAR = [
    ("Insurgents overran the town of Damboa in August 2021 and held it for several months.",
     "The army retook the town in December of that year."),
    ("Fighters loyal to the warlord first took the district in 2022.",
     "They attacked the police post at Dikwa in November the same year, killing six officers."),
]
# twins: "that year" naming this year, a month with "last year", and a month with no year told keep their dates
MONTHS_OF_THIS_OR_LAST_YEAR = [
    (("The militia entered Gwoza in January 2024.", "Troops retook the town in March of that year."),
     [("Looting/property destruction", date(2024, 1, 15)), ("Government regains territory", date(2024, 3, 15))]),
    (("Gunmen killed 12 worshippers at a mosque in Mafa in December last year.",),
     [("Attack", date(2023, 12, 15))]),
    (("Residents said gunmen stormed the market in Konduga in April, that year's deadliest raid.",),
     [("Attack", date(2024, 4, 15))]),
]


@pytest.mark.parametrize("sentences", MONTHS_OF_THAT_YEAR)
def test_a_month_of_that_year_is_in_the_year_told_before(kit, sentences: tuple[str, ...]) -> None:
    assert padded_story(kit, *sentences) == []


@pytest.mark.parametrize(("sentences", "expected"), MONTHS_OF_THIS_OR_LAST_YEAR)
def test_a_month_of_this_or_last_year_keeps_its_date(kit, sentences: tuple[str, ...], expected: list) -> None:
    assert typed_days(kit, *sentences) == expected


# the month read alone, as the date reader gives it: (text, the month's day before this round → now)
MONTH_THEN_THAT_YEAR = [
    ("The truce signed in April 2022 formally ran out in October that year.", date(2022, 10, 15)),
    ("The town fell in August 2021 and was retaken in December of that year.", date(2021, 12, 15)),
    ("Talks opened in Jeddah in May 2022 and broke down in December of the same year.", date(2022, 12, 15)),
]
MONTH_WITHOUT_THAT_YEAR = [
    ("The truce signed in April 2022 was renewed in October, diplomats said.", date(2023, 10, 15)),
    ("The town fell in August 2021 and was retaken in December, officials said.", date(2023, 12, 15)),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_THEN_THAT_YEAR + MONTH_WITHOUT_THAT_YEAR)
def test_the_last_month_read_takes_the_year_that_year_names(text: str, expected: date) -> None:
    assert find_dates(text, date(2024, 5, 16))[-1].day == expected


# each row made an event on the publication day before this round
PLACES_NAMED_BY_THEIR_ACTS = [
    "Our members cannot be asked to return to stations where their colleagues were murdered.",
    "Candles were lit in the dormitory where many of the pupils were shot.",
    "Drivers refuse to take the road where their colleagues were ambushed.",
    "Many families have not gone back to the villages where their relatives were killed.",
]
# twins: a clause with a day or a count, after a comma or bound to a town's name, tells the act
WHERE_CLAUSES_THAT_TELL_AN_ACT = [
    ("Soldiers were sent to the market where five traders were shot dead on Tuesday.", [("Attack", date(2024, 5, 14))]),
    ("Rescuers reached the village where gunmen killed 40 people, officials said.", [("Attack", date(2024, 5, 16))]),
    ("Troops were deployed to Kuchi, where gunmen killed villagers.", [("Attack", date(2024, 5, 16))]),
    ("Troops were deployed in Kuchi where gunmen killed villagers.", [("Attack", date(2024, 5, 16))]),
]


@pytest.mark.parametrize("text", PLACES_NAMED_BY_THEIR_ACTS)
def test_a_place_named_by_what_happened_there_is_no_report(kit, text: str) -> None:
    assert padded_story(kit, text) == []


@pytest.mark.parametrize(("text", "expected"), WHERE_CLAUSES_THAT_TELL_AN_ACT)
def test_a_where_clause_with_a_day_a_count_or_a_comma_tells_the_act(kit, text: str, expected: list) -> None:
    assert typed_days(kit, text) == expected
