"""event_from_draft: a single-source event with a stable id, the place, the evidence and its source."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from eventwire.records import Article, EventDraft, Fatalities, Place, Span
from eventwire.resolve import event_from_draft

TEXT = "Gunmen attacked the army post at Tabankort on Sunday, killing four soldiers, officials said."


@pytest.fixture
def article():
    return Article(id="a1b2c3", title="Four soldiers killed in Tabankort raid", text=TEXT,
                   published_at=datetime(2020, 2, 18, 7, 0, tzinfo=timezone.utc), publisher="Sahel Wire",
                   url="https://example.org/tabankort", path="examples/tabankort.txt")


@pytest.fixture
def draft():
    return EventDraft(
        article_id="a1b2c3", event_date=date(2020, 2, 16), time_precision=1, event_type="Battles",
        sub_event_type="Armed clash", actor1="Unidentified Armed Group (Mali)", inter1=3,
        actor2="Military Forces of Mali", inter2=1, fatalities=Fatalities(4, 4, 4, 4),
        place=Place(country="Mali", iso3="MLI", admin1="Gao", admin2="Ansongo", location="Tabankort",
                    latitude=15.95, longitude=0.95, geonameid=2449999, geo_precision=1),
        confidence=0.7, evidence={"location": (Span(33, 42, "Tabankort"),), "fatalities": (Span(62, 75, "four soldiers"),)},
    )


def test_same_draft_same_id(draft, article):
    assert event_from_draft(draft, article).event_id == event_from_draft(draft, article).event_id


@pytest.mark.parametrize("change", [
    {"event_date": date(2020, 2, 15)},
    {"sub_event_type": "Non-state actor overtakes territory"},
    {"article_id": "other"},
    {"actor1": "Islamic State (Greater Sahara)"},
])
def test_distinguishing_fields_change_the_id(draft, article, change):
    assert event_from_draft(replace(draft, **change), article).event_id != event_from_draft(draft, article).event_id


def test_id_shape(draft, article):
    event_id = event_from_draft(draft, article).event_id
    assert event_id.startswith("ew-") and len(event_id) == 15 and int(event_id[3:], 16) >= 0


def test_place_and_fatalities_are_copied(draft, article):
    event = event_from_draft(draft, article)
    assert (event.location, event.admin2, event.iso3, event.latitude, event.geo_precision) == ("Tabankort", "Ansongo", "MLI", 15.95, 1)
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (4, 4, 4)


def test_evidence_points_into_the_article(draft, article):
    event = event_from_draft(draft, article)
    for spans in event.evidence.values():
        for span in spans:
            assert span.article_id == article.id and TEXT[span.start:span.end] == span.text


def test_source_describes_the_article(draft, article):
    (source,) = event_from_draft(draft, article).sources
    assert (source.article_id, source.path, source.publisher) == ("a1b2c3", "examples/tabankort.txt", "Sahel Wire")
    assert datetime.fromisoformat(source.published_at) == article.published_at


def test_unresolved_place_keeps_the_country_hint(draft, article):
    event = event_from_draft(replace(draft, place=None, country_hint="Mali"), article)
    assert (event.country, event.iso3, event.location, event.latitude) == ("Mali", "MLI", None, None)
