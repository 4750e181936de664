"""Merge round fourteen: a low toll that already joined an incident no longer parts it from that incident's other
reports.

Two tolls an order of magnitude apart tell two incidents apart (``matching.toll_conflict``), unless the lower one
came out first. A press-freedom group's "two journalists killed in the hotel attack" (published the day after) meets
a local paper's 28 dead (published two days after) as a first count; the wires' 30 and 26 dead, published the same
evening, then met the group's 2 as a later, lower count and kept the whole incident in two events. Once the low
figure sits in a cluster with a toll that agrees with the higher one, it is a partial count of that incident.
Modelled on the Kismayo hotel siege of July 2019 (the wording and the figures of the tests are ours).
"""

from __future__ import annotations

from itertools import permutations

import pytest

from eventwire.resolve import cluster_events

KISMAYO = dict(
    event_type="Violence against civilians", sub_event_type="Attack",
    actor1="Al Shabaab", inter1=2, actor2="Civilians (Somalia)", inter2=7,
    country="Somalia", iso3="SOM", admin1="Lower Juba", admin2="Kismayo", location="Kismayo",
    latitude=-0.36, longitude=42.55, geo_precision=1,
)
BOMBS = ("Remote explosive/landmine/IED", "Suicide bomb")


def wires(report, tolls=(30, 26)):
    """Two wires the evening of the siege, each telling it by its bombs."""
    return [report(f"wire{n}", day="2019-07-12", published="2019-07-12T21:00:00+00:00", fatalities=toll,
                   **{**KISMAYO, "sub_event_type": sub_type})
            for n, (toll, sub_type) in enumerate(zip(tolls, BOMBS))]


def press_group(report, toll=2):
    return report("press", day="2019-07-12", published="2019-07-13T15:00:00+00:00", fatalities=toll, **KISMAYO)


def local_paper(report, toll=28):
    return report("local", day="2019-07-12", published="2019-07-14T08:00:00+00:00", fatalities=toll, **KISMAYO)


@pytest.mark.parametrize("order", list(permutations(range(4))))
def test_a_partial_count_joined_to_its_incident_joins_the_other_outlets(report, order):
    reports = [*wires(report), press_group(report), local_paper(report)]
    clusters, _ = cluster_events([reports[i] for i in order])
    assert len(clusters) == 1


@pytest.mark.parametrize(
    ("local_toll", "together"),
    [
        (28, True),  # the local paper's 28 agrees with the wires' 30: the group's 2 is a partial count
        (0, False),  # the local paper gives no toll: nothing says the 2 dead are the wires' incident
        (1, False),  # the local paper's 1 agrees with the 2, not with the 30: two incidents, as before
    ],
)
def test_only_an_agreeing_toll_in_its_own_cluster_lifts_the_low_count(report, local_toll, together):
    clusters, _ = cluster_events([*wires(report), press_group(report), local_paper(report, local_toll)])
    wire_cluster = next(c for c in clusters if wires(report)[0].event_id in c)
    assert (press_group(report).event_id in wire_cluster) is together


def test_a_low_count_told_alone_after_the_wires_stays_apart(report):
    # without a report that joined it to the incident, a later, lower toll is another incident (round two's rule)
    clusters, _ = cluster_events([*wires(report), press_group(report)])
    assert len(clusters) == 2
