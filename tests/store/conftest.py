"""Store fixtures: an in-memory SQLite store with a clock the test moves by hand.

``report`` and ``article`` come from tests/conftest.py (builders in tests/eventfactory.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from eventwire.store import open_store


class FakeClock:
    """A clock the test moves by hand, so revision times are known."""

    def __init__(self, start: datetime = datetime(2019, 11, 2, 12, 0, tzinfo=timezone.utc)):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, days: float) -> None:
        self.now += timedelta(days=days)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def store(clock):
    opened = open_store("sqlite://", clock=clock)
    yield opened
    opened.close()
