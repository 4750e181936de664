"""Dates and tolls, round twenty-three: a toll raised over several days of one operation ("four more were killed on
Tuesday, bringing the toll to 12") is no single day's figure when another event of the story holds the rest of it.
Every story is written for these tests; the table holds the case read and near-twins that must keep their reading."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.records import Article

PUBLISHED = datetime(2024, 5, 9, 9, tzinfo=timezone.utc)  # a Thursday


def figures_by_day(text: str, kit: ExtractionKit) -> dict[date, int]:
    drafts = extract_events(Article(id="round23-test", title="", text=text, published_at=PUBLISHED), kit)
    return {draft.event_date: draft.fatalities.fatalities for draft in drafts if draft.event_date is not None}


MONDAY, TUESDAY = date(2024, 5, 6), date(2024, 5, 7)

# The later day's event keeps its own added dead; the raised toll sums the day before's.
RUNNING_TOLLS = [
    ("Soldiers raided the Kalgo camp on Monday and fought gunmen in its alleys. By Monday night eight residents had "
     "been killed, the health ministry said.\n\nFighting continued on Tuesday. Four more residents were killed during "
     "the day, bringing the toll to 12. A soldier was killed by gunfire late on Tuesday, the army said.",
     {MONDAY: 8, TUESDAY: 5}),
    ("Police raided the Tinga district on Monday and clashed with gunmen in its alleys, killing six of them.\n\n"
     "On Tuesday, police said four more gunmen were killed in clashes in the district, raising the toll of the two "
     "days to ten.",
     {MONDAY: 6, TUESDAY: 4}),
    ("Soldiers raided the Kalgo camp on Monday and fought gunmen in its alleys. By Monday night eight residents had "
     "been killed, the health ministry said.\n\nThe fighting went on in the camp on Tuesday. Three more fighters were "
     "killed in the clashes, raising the toll of the two days to 11, the ministry said.",
     {MONDAY: 8, TUESDAY: 3}),
    # twins: the added dead are the act's own (the wounded who died), the count they follow in their sentence, a
    # raised toll that sums nothing another event holds
    ("A bomb exploded at the bus station in Kalgo on Monday, killing ten people, police said. Two more of the wounded "
     "died in hospital on Tuesday, bringing the toll to 12.",
     {MONDAY: 12}),
    ("Gunmen attacked a police post in Kalgo on Monday. Five officers died at the scene and three more died later in "
     "hospital, police said.\n\nOn Tuesday, militants ambushed a patrol near Tinga, killing two officers.",
     {MONDAY: 8, TUESDAY: 2}),
    ("Troops fought militants in the town of Kalgo on Monday, and five soldiers were killed, the army said.\n\n"
     "On Tuesday, militants attacked an army camp in Tinga, killing three soldiers, the army said.",
     {MONDAY: 5, TUESDAY: 3}),
]


@pytest.mark.parametrize("text, expected", RUNNING_TOLLS)
def test_a_toll_raised_over_days_is_no_single_days_figure(text, expected, kit):
    found = figures_by_day(text, kit)
    assert {day: found.get(day) for day in expected} == expected
