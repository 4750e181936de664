"""Builders shared by the store, resolve and export tests: single-source reports and articles.

The facts are those widely reported of the Indelimane army base attack (Mali, 1 November 2019) and of the Owo
church attack (Nigeria, 5 June 2022); the wording is ours.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from eventwire.records import Article, Event, Evidence, Source
from eventwire.resolve.ids import stable_hash

INDELIMANE = dict(
    event_type="Battles", sub_event_type="Armed clash",
    actor1="Islamic State (Greater Sahara)", inter1=2, actor2="Military Forces of Mali", inter2=1,
    country="Mali", iso3="MLI", admin1="Gao", admin2="Ansongo", location="Indelimane",
    latitude=15.63, longitude=1.18, geo_precision=1,
)

# The Owo church attack as placed by geo, and the same report when geo could not tell its country (a diocese's
# statement naming the town but no state or country).
OWO = dict(
    event_type="Violence against civilians", sub_event_type="Attack",
    actor1="Unidentified Armed Group (Nigeria)", inter1=3, actor2="Civilians (Nigeria)", inter2=7,
    country="Nigeria", iso3="NGA", admin1="Ondo", admin2="Owo", location="Owo",
    latitude=7.20, longitude=5.59, geo_precision=1,
)
NOWHERE = dict(country=None, iso3=None, admin1=None, admin2=None, location=None, latitude=None, longitude=None,
               geo_precision=None, actor1="Unidentified Armed Group", actor2="Civilians")


def naming(event: Event, *places: str) -> Event:
    """The report with ``places`` as the evidence of its location (the names the article gives)."""
    spans = tuple(Evidence(event.sources[0].article_id, 0, len(p), p) for p in places)
    return replace(event, evidence={**event.evidence, "location": spans})


def make_report(article_id: str, *, day: str = "2019-11-01", precision: int = 1, fatalities: int = 0,
                low: int | None = None, best: int | None = None, high: int | None = None,
                published: str = "2019-11-02T09:00:00+00:00", publisher: str = "Wire", notes: str = "",
                confidence: float = 0.6, **fields) -> Event:
    """One outlet's report of the attack; keyword arguments override any field."""
    values = {**INDELIMANE, **fields}
    event_id = "ew-" + stable_hash(article_id, values.get("location"), day, values.get("sub_event_type"))
    span = Evidence(article_id, 0, 12, "attack on base")
    return Event(
        event_id=event_id, event_date=date.fromisoformat(day), time_precision=precision,
        fatalities=fatalities, fatalities_low=low, fatalities_best=best, fatalities_high=high,
        notes=notes, confidence=confidence,
        sources=(Source(article_id, f"{article_id}.txt", None, f"Report {article_id}", publisher, published),),
        evidence={"event_type": (span,)},
        **values,
    )


def make_article(article_id: str, text: str | None = None, published: str = "2019-11-02T09:00:00+00:00",
                 path: str | None = None) -> Article:
    body = text or f"Report {article_id}: soldiers were killed when militants attacked a base (story {article_id})."
    return Article(id=article_id, title=f"Report {article_id}", text=body,
                   published_at=datetime.fromisoformat(published), publisher="Wire", path=path or f"in/{article_id}.txt")
