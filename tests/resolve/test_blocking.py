"""The blocking index never hides a candidate the hard constraints would allow."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.records import Event
from eventwire.resolve import BlockingIndex, StreamingResolver
from eventwire.resolve.matching import conflict

PRECISIONS = st.sampled_from([1, 1, 2, 3, None])


@st.composite
def events(draw, index: int) -> Event:
    has_point = draw(st.integers(0, 9)) > 0  # one event in ten has no coordinates
    lat = draw(st.floats(min_value=13.0, max_value=16.0)) if has_point else None
    lon = draw(st.floats(min_value=-3.0, max_value=1.0)) if has_point else None
    return Event(
        event_id=f"ew-{index:012x}",
        event_date=date(2020, 1, 1) + timedelta(days=draw(st.integers(0, 40))),
        time_precision=draw(PRECISIONS),
        event_type=draw(st.sampled_from(["Battles", "Violence against civilians", "Protests"])),
        sub_event_type=None,
        country="Mali", iso3=draw(st.sampled_from(["MLI", "MLI", "BFA"])),
        location=draw(st.sampled_from(["Boni", "Hombori", "Douentza", None])),
        latitude=lat, longitude=lon,
        geo_precision=draw(PRECISIONS),
    )


@st.composite
def worlds(draw) -> list[Event]:
    size = draw(st.integers(2, 40))
    return [draw(events(i)) for i in range(size)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(world=worlds())
def test_candidates_include_every_compatible_event(world):
    query, known = world[0], world[1:]
    found = {e.event_id for e in BlockingIndex(known).candidates(query)}
    allowed = {e.event_id for e in known if conflict(query, e) is None}
    assert allowed <= found


def test_streaming_resolver_merges_a_second_report(report):
    resolver = StreamingResolver([report("first")])
    plan = resolver.resolve([report("second", fatalities=3)])
    assert plan.decisions[0].action == "merge"
    assert len(resolver) == 2


def test_streaming_resolver_keeps_far_events_apart(report):
    resolver = StreamingResolver([report("first")])
    far = report("far", location="Gao", latitude=16.27, longitude=-0.04)
    assert resolver.resolve([far]).decisions[0].action == "new"
