"""Which events a query or an export keeps: date range, country, event type, bounding box, as-of day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable, Iterator

from eventwire.errors import FilterError
from eventwire.records import Event

BBox = tuple[float, float, float, float]  # min_lon, min_lat, max_lon, max_lat (GeoJSON order)


def parse_bbox(text: str) -> BBox:
    """``"min_lon,min_lat,max_lon,max_lat"`` → a checked tuple (the order GeoJSON and most tools use)."""
    parts = [float(p) for p in text.replace(" ", "").split(",")]
    if len(parts) != 4:
        raise ValueError(f"bbox needs 4 numbers (min_lon,min_lat,max_lon,max_lat), got {len(parts)}")
    min_lon, min_lat, max_lon, max_lat = parts
    if min_lon > max_lon or min_lat > max_lat:
        raise ValueError("bbox minimum is above its maximum")
    return min_lon, min_lat, max_lon, max_lat


@dataclass(frozen=True)
class EventFilter:
    """Every field optional; an empty filter keeps everything. ``country`` matches the name or ISO3 code."""

    start: date | None = None
    end: date | None = None
    country: str | None = None
    event_type: str | None = None
    bbox: BBox | None = None
    as_of: date | datetime | None = None  # only the store can answer this one (from revisions)

    def _date_ok(self, event: Event) -> bool:
        if self.start is None and self.end is None:
            return True
        if event.event_date is None:
            return False
        return (self.start is None or event.event_date >= self.start) and (self.end is None or event.event_date <= self.end)

    def _country_ok(self, event: Event) -> bool:
        if not self.country:
            return True
        wanted = self.country.casefold()
        return wanted in {(event.country or "").casefold(), (event.iso3 or "").casefold()}

    def _type_ok(self, event: Event) -> bool:
        if not self.event_type:
            return True
        return self.event_type.casefold() in {(event.event_type or "").casefold(), (event.sub_event_type or "").casefold()}

    def _bbox_ok(self, event: Event) -> bool:
        if self.bbox is None:
            return True
        if event.latitude is None or event.longitude is None:
            return False
        min_lon, min_lat, max_lon, max_lat = self.bbox
        return min_lon <= event.longitude <= max_lon and min_lat <= event.latitude <= max_lat

    @classmethod
    def parse(
        cls,
        since: str | None = None,
        until: str | None = None,
        country: str | None = None,
        event_type: str | None = None,
        bbox: str | None = None,
        as_of: str | None = None,
    ) -> "EventFilter":
        """A filter from command-line or query-string text; bad values raise ``FilterError`` (one line)."""
        return cls(
            start=_parse_day(since, "since"),
            end=_parse_day(until, "until"),
            country=country or None,
            event_type=event_type or None,
            bbox=_parse_bbox_option(bbox),
            as_of=_parse_moment(as_of),
        )

    def matches(self, event: Event) -> bool:
        return self._date_ok(event) and self._country_ok(event) and self._type_ok(event) and self._bbox_ok(event)

    def apply(self, events: Iterable[Event]) -> Iterator[Event]:
        return (event for event in events if self.matches(event))


def _parse_day(text: str | None, name: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise FilterError(f"{name}: {text!r} is not a date (YYYY-MM-DD)") from None


def _parse_moment(text: str | None) -> date | datetime | None:
    """``YYYY-MM-DD`` (the end of that day) or a full ISO 8601 time."""
    if not text:
        return None
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        raise FilterError(f"as-of: {text!r} is not a date (YYYY-MM-DD) or an ISO 8601 time") from None


def _parse_bbox_option(text: str | None) -> BBox | None:
    if not text:
        return None
    try:
        return parse_bbox(text)
    except ValueError as err:
        raise FilterError(f"bbox: {err}") from None
