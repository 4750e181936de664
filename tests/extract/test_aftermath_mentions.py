"""Victims named as a group ("the wounded", "the dead") in aftermath and quotes make no event of their own.

Every passage was written for these tests, modelled on the aftermath paragraphs of long news: evacuations,
hospitals, burials and activists' quotes that name the victims of an act told elsewhere (or of no act at all).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.extract import extract_events
from eventwire.extract.detect import REPORT, find_triggers
from eventwire.records import Article

PUBLISHED = datetime(2023, 3, 8, 9, tzinfo=timezone.utc)  # a Wednesday


def _reports(text: str) -> list[str]:
    return [t.span.text.lower() for t in find_triggers(text, 0, len(text)) if t.live and t.kind == REPORT]


VICTIMS_AS_A_GROUP = [
    ("Kenya sent two planes to evacuate some of the badly wounded on Monday.", "wounded"),
    ("Nurses worked through the night to treat the injured at the district hospital.", "injured"),
    ('"Those who carry guns are heard; those who carry the dead are not," a mother said.', "dead"),
    ("Volunteers helped families identify the dead at the morgue in Maiduguri.", "dead"),
    ("The seriously wounded were flown to the capital on Tuesday.", "wounded"),
]


@pytest.mark.parametrize("text, word", VICTIMS_AS_A_GROUP)
def test_victims_named_as_a_group_report_no_act(text, word) -> None:
    assert word not in _reports(text)


ACTS_STILL_REPORTED = [
    ("Gunmen wounded three traders in an attack on the market in Gao on Monday.", "wounded"),
    ("Troops shot and wounded two protesters in Conakry on Thursday.", "wounded"),
    ("Five villagers were found dead near Djibo on Sunday, officials said.", "found dead"),
]


@pytest.mark.parametrize("text, word", ACTS_STILL_REPORTED)
def test_a_reported_wounding_or_death_stays_a_report(text, word) -> None:
    assert word in _reports(text)


AFTERMATH_STORIES = [
    # evacuation of the wounded, dated a day after the bombing
    ("Mogadishu, Somalia, March 8 – A car bomb exploded outside a hotel in Mogadishu on Sunday, killing 12 people, "
     "police said.\nTurkey sent a plane to evacuate some of the badly wounded on Monday."),
    # an activist's quote about the dead, in a story whose act is told once
    ("Khartoum, Sudan, March 8 – Security forces fired tear gas at protesters in Khartoum on Tuesday, medics said.\n"
     '"They want us to count the dead and stay silent," one organiser said on Wednesday.'),
]


@pytest.mark.parametrize("text", AFTERMATH_STORIES)
def test_the_aftermath_makes_no_second_event(kit, text) -> None:
    article = Article(id="aftermath-test", title="", text=text, published_at=PUBLISHED)
    assert len(extract_events(article, kit)) == 1
