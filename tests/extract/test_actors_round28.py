"""Round twenty-eight of actor quality: a riot or a protest met by force whose own sentences name no force is told
the force in the sentence after ("Police intervened."). Sentences written for these tests (modelled on real events;
none taken from a data set), with near-twins that must keep their reading."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.ingest.dateline import parse_dateline
from eventwire.records import Article


def article(text: str) -> Article:
    published = datetime(2025, 3, 4, 9, tzinfo=timezone.utc)
    return Article(id="r28", title="t", text=text, published_at=published,
                   dateline=parse_dateline(text, published.date()))


def first_event(text: str, kit: ExtractionKit) -> tuple[str | None, str | None, str | None]:
    found = extract_events(article(text), kit)
    assert found
    return found[0].sub_event_type, found[0].actor1, found[0].actor2


# ------------------------------------------------- the force a riot or a protest met, told in the next sentence
# (text, sub-event type, actor2)
FORCE_TOLD_NEXT = [
    ("NELLORE, India, March 4 - Residents demonstrated and pelted stones at municipal officials on Monday against "
     "the closure of a market. Police resorted to baton charge to disperse the crowd.",
     "Violent demonstration", "Police Forces of India"),
    ("JOHANNESBURG, South Africa, March 4 - About 300 people demonstrated outside the municipal offices in "
     "Soweto on Monday over power cuts, burning tyres and barricading roads with rocks. Police intervened.",
     "Violent demonstration", "Police Forces of South Africa"),
]
NO_FORCE_TOLD = [
    # near twins: the next sentence tells no force on the crowd, or a force that did nothing to it
    ("NELLORE, India, March 4 - Residents demonstrated and pelted stones at municipal officials on Monday against "
     "the closure of a market. The market had been closed for a week.", "Violent demonstration", None),
    ("JOHANNESBURG, South Africa, March 4 - About 300 people demonstrated outside the municipal offices in "
     "Soweto on Monday over power cuts, burning tyres and barricading roads with rocks. Police said the roads "
     "were reopened by evening.", "Violent demonstration", None),
]


@pytest.mark.parametrize("text,sub_event_type,actor2", FORCE_TOLD_NEXT + NO_FORCE_TOLD)
def test_the_force_a_crowd_met_is_read_from_the_next_sentence(text, sub_event_type, actor2, kit):
    found_type, _, found_actor2 = first_event(text, kit)
    assert (found_type, found_actor2) == (sub_event_type, actor2)
