"""Merge round eight: "from across the country" tells where the victims came from, not that the toll is spread
over the country.

"Twenty-six people, 25 of them tourists from across the country, were killed when gunmen fired on visitors" was
read as a country-wide summary and gave no event, so one outlet's report of the incident was missing from it.
A toll or an act "across the country" (without "from") stays a summary. Every sentence was written for these
tests.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.records import Article

PUBLISHED = datetime(2025, 4, 23, 9, tzinfo=timezone.utc)


def _tolls(text: str, kit: ExtractionKit) -> list[int]:
    article = Article(id="from-across-test", title="", text=text, published_at=PUBLISHED)
    return [event.fatalities.fatalities for event in extract_events(article, kit)]


ONE_ACT = [
    ("Twenty-six people, 25 of them tourists from across the country, were killed when gunmen fired on visitors "
     "in Pahalgam yesterday afternoon.", [26]),
    ("Gunmen killed nine passengers from across the region when they opened fire on a bus near Reasi on Sunday.", [9]),
    ("A suicide bomber killed 14 students from throughout the country at a college in Quetta on Tuesday.", [15]),  # the bomber counts
]

A_SUMMARY = [
    ("At least 13 people were killed in attacks across the country on Sunday, officials said.", []),
    ("Gunmen have killed dozens of farmers throughout the region since January.", []),
]


@pytest.mark.parametrize("text, tolls", ONE_ACT)
def test_victims_from_across_the_country_are_one_acts_toll(text: str, tolls: list[int], kit) -> None:
    assert _tolls(text, kit) == tolls


@pytest.mark.parametrize("text, tolls", A_SUMMARY)
def test_a_toll_across_the_country_is_no_one_acts(text: str, tolls: list[int], kit) -> None:
    assert _tolls(text, kit) == tolls
