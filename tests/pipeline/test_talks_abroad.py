"""A town abroad where talks were held is no place of the event when the event's own words name its country: the
event stays in that country ("across the Gaza Strip as talks in Cairo stalled" is not an event in Egypt)."""

from __future__ import annotations

import pytest
from pipeline_stories import records_by_file


# (file, body, the event's country, the talks' country)
STORIES = [
    ("gaza.txt", "GAZA - Israeli strikes killed at least 38 Palestinians across the Gaza Strip on Saturday, the civil "
     "defence agency said, as ceasefire talks in Cairo stalled.", "Palestine", "Egypt"),
    ("sudan.txt", "PORT SUDAN - Shelling killed 14 civilians across Sudan's North Darfur state on Monday, as peace talks "
     "in Jeddah were postponed again.", "Sudan", "Saudi Arabia"),
    ("yemen.txt", "ADEN - Fighting across Yemen's Marib governorate killed 22 fighters on Sunday as negotiations in "
     "Muscat stalled, military sources said.", "Yemen", "Oman"),
]


@pytest.fixture(scope="module")
def countries(tmp_path_factory) -> dict[str, set[str]]:
    stories = {name: body for name, body, _, _ in STORIES}
    found = records_by_file(tmp_path_factory.mktemp("talks"), stories, "2024-07-15")
    return {name: {record["country"] for record in events} for name, events in found.items()}


@pytest.mark.parametrize("name, body, country, talks_country", STORIES)
def test_the_event_stays_in_the_country_its_words_name(countries, name, body, country, talks_country) -> None:
    assert countries[name] == {country}
