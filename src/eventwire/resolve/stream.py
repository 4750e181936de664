"""Incremental resolution in memory: new reports against everything seen so far, no database.

For batch jobs (``eventwire extract`` over a folder), distributed workers that own a partition of
countries, and the speed benchmark. The store does the same against the database.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from eventwire.records import Event
from eventwire.resolve.blocking import BlockingIndex
from eventwire.resolve.matching import conflict
from eventwire.resolve.plan import MergePlan, plan_merges


class StreamingResolver:
    """Keeps a blocking index of known events; ``resolve`` plans new reports against it."""

    def __init__(self, known: Iterable[Event] = ()):
        self.index = BlockingIndex(known)

    def __len__(self) -> int:
        return len(self.index)

    def candidates(self, event: Event) -> list[Event]:
        """Known events in the blocking window that no hard constraint rules out."""
        return [other for other in self.index.candidates(event) if conflict(event, other) is None]

    def resolve(self, new: Sequence[Event]) -> MergePlan:
        """Plan ``new`` (typically one article's events) and remember them for later reports."""
        found: dict[str, Event] = {}
        for event in new:
            for other in self.candidates(event):
                found.setdefault(other.event_id, other)
        plan = plan_merges(new, [found[k] for k in sorted(found)])
        for event in new:
            self.index.add(event)
        return plan
