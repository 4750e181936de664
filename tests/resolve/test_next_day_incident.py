"""The next day's incident in the same town stays apart from a day that several outlets agree on.

A drone hits a town's hospital on a Friday (three outlets say Friday); the next evening a local outlet tells of
shells falling on a camp in the same town. One day of tolerance is there for outlets that misdate, but a
misdating outlet still tells the same incident. Modelled on the siege of El Fasher, Sudan, January 2025 (the
wording is ours).
"""

from __future__ import annotations

from datetime import date
from itertools import permutations

import pytest

from eventwire.resolve import cluster_events
from eventwire.resolve.plan import off_day_reports

FASHER = dict(
    event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
    actor1="RSF: Rapid Support Forces", inter1=2, actor2="Civilians (Sudan)", inter2=7,
    country="Sudan", iso3="SDN", admin1="North Darfur", admin2="El Fasher", location="El Fasher",
    latitude=13.63, longitude=25.35, geo_precision=1,
)


def hospital_reports(report):
    return [report(outlet, day="2025-01-24", published=f"2025-01-2{4 + n % 2}T20:00:00+00:00", fatalities=toll,
                   **FASHER)
            for n, (outlet, toll) in enumerate((("wire", 70), ("daily", 12), ("agency", 67)))]


@pytest.mark.parametrize(
    ("sub_type", "toll", "published", "together"),
    [
        ("Shelling/artillery/missile attack", 7, "2025-01-25T19:00:00+00:00", False),  # another weapon, toll, told that day
        ("Air/drone strike", 7, "2025-01-25T19:00:00+00:00", True),  # the same weapon: maybe a misdated report
        ("Shelling/artillery/missile attack", 70, "2025-01-25T19:00:00+00:00", True),  # the same toll
        ("Shelling/artillery/missile attack", 7, "2025-01-27T09:00:00+00:00", True),  # told days later: may be a slip
        ("Attack", 0, "2025-01-25T19:00:00+00:00", False),
    ],
)
def test_a_same_day_account_of_the_next_day(report, sub_type, toll, published, together):
    camp = report("local", day="2025-01-25", published=published, fatalities=toll,
                  **{**FASHER, "sub_event_type": sub_type})
    clusters, _ = cluster_events(hospital_reports(report) + [camp])
    assert (len(clusters) == 1) is together


def test_without_a_firm_day_one_day_of_tolerance_holds(report):
    # two outlets on Friday are too few to call Friday the day: the Saturday report may be a slip
    camp = report("local", day="2025-01-25", published="2025-01-25T19:00:00+00:00", fatalities=7,
                  **{**FASHER, "sub_event_type": "Shelling/artillery/missile attack"})
    clusters, _ = cluster_events(hospital_reports(report)[:2] + [camp])
    assert len(clusters) == 1


def test_the_split_does_not_depend_on_order(report):
    camp = report("local", day="2025-01-25", published="2025-01-25T19:00:00+00:00", fatalities=7,
                  **{**FASHER, "sub_event_type": "Shelling/artillery/missile attack"})
    reports = hospital_reports(report) + [camp]
    results = {tuple(cluster_events(list(order))[0]) for order in permutations(reports)}
    assert len(results) == 1


@pytest.mark.parametrize(
    ("day", "sub_type", "toll", "off"),
    [
        ("2025-01-25", "Shelling/artillery/missile attack", 7, True),
        ("2025-01-24", "Shelling/artillery/missile attack", 7, False),  # the firm day itself
        ("2025-01-25", None, 7, False),  # no tactic told: nothing to disagree with
        ("2025-01-25", "Air/drone strike", 7, False),
        ("2025-01-25", "Shelling/artillery/missile attack", 12, False),
    ],
)
def test_off_day_reports(report, day, sub_type, toll, off):
    other = report("local", day=day, published=f"{day}T19:00:00+00:00", fatalities=toll,
                   **{**FASHER, "sub_event_type": sub_type})
    assert bool(off_day_reports(date(2025, 1, 24), hospital_reports(report) + [other])) is off
