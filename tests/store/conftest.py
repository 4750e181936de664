"""Report factories for resolve tests: single-source events as one outlet would report them."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.records import Event, Evidence, Source
from eventwire.resolve.ids import stable_hash

# Indelimane army base attack, Mali, 1 November 2019 (facts as widely reported; wording ours).
INDELIMANE = dict(
    event_type="Battles", sub_event_type="Armed clash",
    actor1="Islamic State (Greater Sahara)", inter1=2, actor2="Military Forces of Mali", inter2=1,
    country="Mali", iso3="MLI", admin1="Gao", admin2="Ansongo", location="Indelimane",
    latitude=15.63, longitude=1.18, geo_precision=1,
)


def make_report(article_id: str, *, day: str = "2019-11-01", precision: int = 1, fatalities: int = 0,
                low: int | None = None, best: int | None = None, high: int | None = None,
                published: str = "2019-11-02T09:00:00+00:00", publisher: str = "Wire", notes: str = "",
                confidence: float = 0.6, **fields) -> Event:
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


@pytest.fixture
def report():
    return make_report


from datetime import datetime, timedelta, timezone  # noqa: E402

from eventwire.records import Article  # noqa: E402
from eventwire.store import open_store  # noqa: E402


class FakeClock:
    """A clock the test moves by hand, so revision times are known."""

    def __init__(self, start: datetime = datetime(2019, 11, 2, 12, 0, tzinfo=timezone.utc)):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, days: float) -> None:
        self.now += timedelta(days=days)


def make_article(article_id: str, text: str | None = None, published: str = "2019-11-02T09:00:00+00:00",
                 path: str | None = None) -> Article:
    body = text or f"Report {article_id}: soldiers were killed when militants attacked a base (story {article_id})."
    return Article(id=article_id, title=f"Report {article_id}", text=body,
                   published_at=datetime.fromisoformat(published), publisher="Wire", path=path or f"in/{article_id}.txt")


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def store(clock):
    opened = open_store("sqlite://", clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def article():
    return make_article
