"""An in-memory blocking index: the stored events a new report could possibly describe.

Events are bucketed by (country, day). A query looks at the days within the widest date
tolerance of the new report, then drops candidates that fail the cheap hard constraints.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from eventwire.records import Event
from eventwire.resolve.matching import DATE_TOLERANCE_DAYS, country_key, date_tolerance

MAX_TOLERANCE_DAYS = max(DATE_TOLERANCE_DAYS.values())


class BlockingIndex:
    """Buckets events by (country, day ordinal); events without a date share one bucket per country."""

    def __init__(self, events: Iterable[Event] = ()):
        self._buckets: dict[tuple[str | None, int | None], list[Event]] = defaultdict(list)
        self._size = 0
        for event in events:
            self.add(event)

    def __len__(self) -> int:
        return self._size

    def add(self, event: Event) -> None:
        day = event.event_date.toordinal() if event.event_date else None
        self._buckets[(country_key(event), day)].append(event)
        self._size += 1

    def candidates(self, event: Event) -> list[Event]:
        """Stored events in the same country whose date windows can overlap ``event``'s."""
        country = country_key(event)
        if event.event_date is None:
            return list(self._buckets.get((country, None), ()))
        day = event.event_date.toordinal()
        own = date_tolerance(event)
        found: list[Event] = []
        for offset in range(-MAX_TOLERANCE_DAYS, MAX_TOLERANCE_DAYS + 1):
            for other in self._buckets.get((country, day + offset), ()):
                if abs(offset) <= max(own, date_tolerance(other)):
                    found.append(other)
        return found
