"""ACLED-compatible CSV: ACLED's column names in ACLED's order, eventwire's extras at the end."""

from __future__ import annotations

import csv
from typing import Iterable, TextIO

from eventwire.export.common import (
    blank, event_id_cnty, iso_numeric, last_report_timestamp, publishers,
)
from eventwire.export.regions import region_of
from eventwire.records import Event

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
EXTRA_COLUMNS: tuple[str, ...] = ("fatalities_low", "fatalities_best", "fatalities_high", "confidence", "event_id")
COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS

# Publishers whose reach ACLED would call International (the rest are left blank: eventwire
# cannot tell a national paper from a local one by its name alone).
INTERNATIONAL_PUBLISHERS = frozenset(
    name.casefold()
    for name in ("AFP", "Agence France Presse", "Reuters", "Associated Press", "AP", "BBC", "BBC News",
                 "Al Jazeera", "RFI", "Radio France Internationale", "VOA", "Voice of America",
                 "The Guardian", "The New York Times", "Deutsche Welle", "DW", "France 24", "Anadolu Agency")
)


def disorder_type(event: Event) -> str:
    if event.sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event.event_type == "Protests" or event.sub_event_type == "Violent demonstration":
        return "Demonstrations"
    if event.event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence" if event.event_type else ""


def interaction(event: Event) -> int | None:
    """ACLED's two-digit code: the two inter codes, smaller first (10 × inter when one actor)."""
    codes = sorted(code for code in (event.inter1, event.inter2) if code)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def civilian_targeting(event: Event) -> str:
    targeted = event.inter2 == 7 or (event.actor2 or "").startswith("Civilians")
    return "Civilian targeting" if targeted else ""


def source_scale(event: Event) -> str:
    scales = {"International" if name.casefold() in INTERNATIONAL_PUBLISHERS else "Other" for name in publishers(event)}
    if scales == {"Other"}:
        return ""
    return "International" if scales == {"International"} else "Other-International"


def acled_row(event: Event) -> dict[str, object]:
    """One event as an ACLED CSV row (values as they appear in ACLED's own exports)."""
    row = {
        "event_id_cnty": event_id_cnty(event),
        "event_date": event.event_date.isoformat() if event.event_date else "",
        "year": event.event_date.year if event.event_date else "",
        "disorder_type": disorder_type(event),
        "interaction": interaction(event),
        "civilian_targeting": civilian_targeting(event),
        "iso": iso_numeric(event.iso3),
        "region": region_of(event.iso3),
        "source": "; ".join(publishers(event)),
        "source_scale": source_scale(event),
        "tags": "",
        "timestamp": last_report_timestamp(event),
    }
    for name in COLUMNS:
        if name not in row:
            row[name] = getattr(event, name)
    return {name: blank(row[name]) for name in COLUMNS}


def write_acled_csv(events: Iterable[Event], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(acled_row(event))
        count += 1
    return count
