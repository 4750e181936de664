"""A short report the lexicon finds no act in is read by the classifier at a lower bar (``mentions.SHORT_REPORT_*``):
the same sentence inside a longer story keeps the classifier's stricter bar, and a short non-event stays one."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.records import Article

PUBLISHED = datetime(2024, 3, 5, tzinfo=timezone.utc)
# Four sentences that tell no act: with them the report is a story, no longer a short report.
STORY_AROUND = (" The region has seen many such incidents. Officials have promised to act. Aid groups have called for"
                " calm. Schools remain open.")

# Translated-press wordings no lexicon verb reads; the classifier reads an act, though not near certainly.
UNUSUAL_WORDINGS = [
    "Hooded men took the journalist with them in an unmarked car on Friday, his colleagues said.",
    "Men of the armed group made the village chief of Gorom disappear on Thursday, relatives said.",
]

SHORT_NON_EVENTS = [
    "The minister will visit the flood-hit areas of Maiduguri next week, his office said.",
    "The football team celebrated its victory over Senegal with fans in Bamako on Sunday.",
    "Officials met in Addis Ababa on Monday to discuss the peace process in Tigray.",
]


def _events(text: str, kit: ExtractionKit) -> list:
    return extract_events(Article(id="short", title="", text=text, published_at=PUBLISHED), kit)


@pytest.mark.parametrize("text", UNUSUAL_WORDINGS)
def test_a_short_report_the_classifier_reads_as_an_act_is_an_event(kit, text) -> None:
    assert len(_events(text, kit)) == 1


@pytest.mark.parametrize("text", UNUSUAL_WORDINGS)
def test_the_same_sentence_inside_a_story_keeps_the_stricter_bar(kit, text) -> None:
    assert _events(text + STORY_AROUND, kit) == []


@pytest.mark.parametrize("text", SHORT_NON_EVENTS)
def test_a_short_non_event_stays_one(kit, text) -> None:
    assert _events(text, kit) == []
