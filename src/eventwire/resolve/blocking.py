"""An in-memory blocking index: the known events a new report could possibly describe.

Events are bucketed by (country, time precision, day) and, inside a bucket, by 1° grid cell. A query
visits only the days within the date tolerance of each precision and the cells within reach of its
place, so it looks at a few dozen events even among millions. Events without coordinates or with
only a region-level place sit in one shared "vague" cell that every query visits. The result is a
superset of the events that pass the hard constraints of ``matching.conflict``.
"""

from __future__ import annotations

import math
from typing import Iterable

from eventwire.records import Event
from eventwire.resolve.matching import (
    DATE_TOLERANCE_DAYS,
    DISTRICT_WIDE_KM,
    FALLBACK_SAME_PLACE_KM,
    PLACE_RADIUS_KM,
    UNKNOWN_DATE_TOLERANCE_DAYS,
    country_key,
    date_tolerance,
    is_admin1_wide,
    is_country_level,
    is_district_wide,
    is_vague,
    placed_elsewhere_than_written,
)

MAX_TOLERANCE_DAYS = max(max(DATE_TOLERANCE_DAYS.values()), UNKNOWN_DATE_TOLERANCE_DAYS)
PRECISION_CLASSES: tuple[int | None, ...] = (*DATE_TOLERANCE_DAYS, None)
CELL_DEGREES = 1.0  # grid cell size; about 111 km north-south
KM_PER_DEGREE = 111.0
VAGUE = "vague"  # the cell of events without a precise place
MAX_PRECISE_REACH_KM = max(PLACE_RADIUS_KM[1], PLACE_RADIUS_KM[2])
VAGUE_REACH_KM = max(PLACE_RADIUS_KM.values())
FALLBACK_REACH_KM = max(MAX_PRECISE_REACH_KM, FALLBACK_SAME_PLACE_KM)

Cell = tuple[int, int] | str


def _precision_class(event: Event) -> int | None:
    return event.time_precision if event.time_precision in DATE_TOLERANCE_DAYS else None


def _has_point(event: Event) -> bool:
    return event.latitude is not None and event.longitude is not None


def cell_of(event: Event) -> Cell:
    if not _has_point(event) or is_vague(event) or is_district_wide(event):
        return VAGUE  # a district's point meets reports anywhere in the district (matching.in_the_district_of)
    return (math.floor(event.latitude / CELL_DEGREES), math.floor(event.longitude / CELL_DEGREES))


def _anywhere_in_its_region(event: Event) -> bool:
    """Only the country or the admin1 is known: the report may meet a report anywhere in it, past any radius
    (``matching.is_admin1_wide``)."""
    return is_country_level(event) or is_admin1_wide(event)


def reach_km(event: Event) -> float:
    if is_vague(event):
        return VAGUE_REACH_KM
    if is_district_wide(event):
        return DISTRICT_WIDE_KM
    if placed_elsewhere_than_written(event):
        return FALLBACK_REACH_KM  # it may be one place with another fallback that far (one_written_place_placed_apart)
    return MAX_PRECISE_REACH_KM


def reach_box(event: Event) -> tuple[float, float, float, float] | None:
    """(south, north, west, east) holding every precise point within reach; None when it would wrap or when
    only the country or the admin1 is known (such a report may describe an event anywhere in it)."""
    if not _has_point(event) or _anywhere_in_its_region(event):
        return None
    dlat = reach_km(event) / KM_PER_DEGREE
    if abs(event.latitude) + dlat >= 89.0:
        return None
    dlon = reach_km(event) / (KM_PER_DEGREE * math.cos(math.radians(abs(event.latitude) + dlat)))
    if abs(event.longitude) + dlon >= 180.0:
        return None
    return event.latitude - dlat, event.latitude + dlat, event.longitude - dlon, event.longitude + dlon


def cells_within(event: Event) -> list[Cell] | None:
    """The cells a stored event must sit in to be within reach of ``event``; None means every cell."""
    if not _has_point(event) or _anywhere_in_its_region(event):
        return None
    reach = reach_km(event)
    lat_span = math.ceil(reach / (KM_PER_DEGREE * CELL_DEGREES))
    shrink = max(math.cos(math.radians(min(abs(event.latitude) + lat_span, 89.0))), 0.01)
    lon_span = math.ceil(reach / (KM_PER_DEGREE * CELL_DEGREES * shrink))
    if lon_span * 2 + 1 >= 360 / CELL_DEGREES:
        return None
    row, col = math.floor(event.latitude / CELL_DEGREES), math.floor(event.longitude / CELL_DEGREES)
    cells: list[Cell] = [VAGUE]
    for r in range(row - lat_span, row + lat_span + 1):
        cells.extend((r, c) for c in range(col - lon_span, col + lon_span + 1))
    return cells


class BlockingIndex:
    """Add events once; ask for the candidates of a new one as often as needed."""

    def __init__(self, events: Iterable[Event] = ()):
        self._buckets: dict[tuple, dict[Cell, list[Event]]] = {}
        self._countries: set[str | None] = set()  # None: reports whose country geo could not tell
        self._precisions: set[int | None] = set()  # time precisions present: the others are not visited
        self._size = 0
        for event in events:
            self.add(event)

    def __len__(self) -> int:
        return self._size

    def add(self, event: Event) -> None:
        day = event.event_date.toordinal() if event.event_date else None
        precision = _precision_class(event)
        self._precisions.add(precision)
        country = country_key(event)
        self._countries.add(country)
        self._buckets.setdefault((country, precision, day), {}).setdefault(cell_of(event), []).append(event)
        self._size += 1

    def countries_to_visit(self, event: Event) -> list[str | None]:
        """The report's own country and the reports without one; every country for a report without one
        (``matching.countries_may_meet`` then asks for a place both articles name)."""
        country = country_key(event)
        if country is None:
            return sorted(self._countries, key=lambda key: key or "")
        return [country, None] if None in self._countries else [country]

    def candidates(self, event: Event) -> list[Event]:
        """Known events in the same country (or of no known country) whose date windows and places can meet
        ``event``'s."""
        countries = self.countries_to_visit(event)
        if event.event_date is None:
            buckets = [self._buckets.get((c, p, None)) for c in countries for p in PRECISION_CLASSES]
            return self._collect(buckets, None)
        day, own = event.event_date.toordinal(), date_tolerance(event)
        buckets = []
        for precision in PRECISION_CLASSES:
            if precision not in self._precisions:
                continue
            window = max(own, DATE_TOLERANCE_DAYS.get(precision, UNKNOWN_DATE_TOLERANCE_DAYS))
            buckets.extend(self._buckets.get((country, precision, d))
                           for country in countries for d in range(day - window, day + window + 1))
        return self._collect(buckets, cells_within(event))

    @staticmethod
    def _collect(buckets: list, cells: list[Cell] | None) -> list[Event]:
        found: list[Event] = []
        for bucket in buckets:
            if not bucket:
                continue
            if cells is None or len(bucket) <= 2:
                for events in bucket.values():
                    found.extend(events)
                continue
            for cell in cells:
                events = bucket.get(cell)
                if events:
                    found.extend(events)
        return found
