"""UCDP GED-style CSV: organised lethal violence with GED's precision codes and best/low/high deaths.

Protests, riots and strategic developments are outside GED's scope and are left out.
"""

from __future__ import annotations

import calendar
import csv
from datetime import date, timedelta
from typing import Iterable, TextIO

from eventwire.export.common import blank, event_number, publishers
from eventwire.records import Event

GED_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
STATE_INTER = 1  # ACLED inter code of state forces
CIVILIAN_INTER = 7

COLUMNS: tuple[str, ...] = (
    "id", "relid", "year", "type_of_violence", "side_a", "side_b", "source_article", "source_headline",
    "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "country",
    "iso3", "date_start", "date_end", "date_prec", "best", "high", "low", "event_id",
)
# GED date_prec by eventwire time_precision: 1 day → 1, week → 3, month → 4.
DATE_PREC = {1: 1, 2: 3, 3: 4}
WEEK_HALF_SPAN_DAYS = 3  # a precision-2 date is the middle of its week


def type_of_violence(event: Event) -> int | None:
    """1 state-based, 2 non-state, 3 one-sided (against civilians); None outside GED's scope."""
    if event.event_type not in GED_TYPES:
        return None
    if event.event_type == "Violence against civilians" or event.inter2 == CIVILIAN_INTER:
        return 3
    return 1 if STATE_INTER in (event.inter1, event.inter2) else 2


def where_prec(event: Event) -> int:
    """GED's 1-7 place precision from geo_precision and what the gazetteer filled in."""
    if event.geo_precision in (1, 2):
        return event.geo_precision
    if event.admin2:
        return 3
    return 4 if event.admin1 else 6


def date_span(event: Event) -> tuple[date | None, date | None]:
    day = event.event_date
    if day is None or event.time_precision in (None, 1):
        return day, day
    if event.time_precision == 2:
        half = timedelta(days=WEEK_HALF_SPAN_DAYS)
        return day - half, day + half
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def ged_row(event: Event) -> dict[str, object]:
    start, end = date_span(event)
    point = event.latitude is not None and event.longitude is not None
    where = ", ".join(p for p in (event.location, event.admin2, event.admin1, event.country) if p)
    return {name: blank(value) for name, value in {
        "id": event_number(event),
        "relid": event.event_id,
        "year": event.event_date.year if event.event_date else None,
        "type_of_violence": type_of_violence(event),
        "side_a": event.actor1,
        "side_b": event.actor2,
        "source_article": "; ".join(publishers(event)),
        "source_headline": "; ".join(s.title for s in event.sources if s.title),
        "where_prec": where_prec(event),
        "where_coordinates": where,
        "adm_1": event.admin1,
        "adm_2": event.admin2,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geom_wkt": f"POINT ({event.longitude} {event.latitude})" if point else None,
        "country": event.country,
        "iso3": event.iso3,
        "date_start": start.isoformat() if start else None,
        "date_end": end.isoformat() if end else None,
        "date_prec": DATE_PREC.get(event.time_precision or 0, 5),
        "best": event.fatalities_best if event.fatalities_best is not None else event.fatalities,
        "high": event.fatalities_high if event.fatalities_high is not None else event.fatalities,
        "low": event.fatalities_low if event.fatalities_low is not None else event.fatalities,
        "event_id": event.event_id,
    }.items()}


def write_ucdp_csv(events: Iterable[Event], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    count = 0
    for event in events:
        if type_of_violence(event) is None:
            continue
        writer.writerow(ged_row(event))
        count += 1
    return count
