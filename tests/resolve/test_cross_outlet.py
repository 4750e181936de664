"""Cross-outlet merging: what differs between outlets' reports of one incident, and what tells two apart.

Modelled on reports of real incidents (the wording is ours): the Solhan massacre in Burkina Faso
(June 2021), an attack on a Nigerien army post, a Mogadishu bombing and a mortar attack two days later.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import permutations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.export.filters import EventFilter
from eventwire.records import Evidence
from eventwire.resolve import cluster_events, judge, reconcile_fatalities
from eventwire.resolve.blocking import BlockingIndex, reach_box
from eventwire.store import ingest_events, open_store
from eventwire.resolve.matching import (
    CONFUSABLE_SUB_TYPE_SCORE,
    COUNTRY_LEVEL_MERGE_THRESHOLD,
    MERGE_THRESHOLD,
    conflict,
    is_country_level,
)

SOLHAN = dict(
    event_type="Violence against civilians", sub_event_type="Attack",
    actor1="Unidentified Armed Group (Burkina Faso)", inter1=3, actor2="Civilians (Burkina Faso)", inter2=7,
    country="Burkina Faso", iso3="BFA", admin1="Sahel", admin2="Yagha", location="Sebba",
    latitude=13.44, longitude=0.53, geo_precision=2, day="2021-06-05", published="2021-06-06T09:00:00+00:00",
)
# What the geo stage gives a wire story whose village is not in the gazetteer: the country's centre.
COUNTRY_ONLY = dict(admin1=None, admin2=None, location="Burkina Faso", latitude=12.28, longitude=-1.58, geo_precision=3)


def with_place_evidence(event, *names):
    spans = tuple(Evidence(event.sources[0].article_id, 0, len(n), n) for n in names)
    return replace(event, evidence={**event.evidence, "location": spans})


# --------------------------------------------------------------------------- country-level reports


def test_a_country_level_report_is_recognised(report):
    assert is_country_level(report("wire", **{**SOLHAN, **COUNTRY_ONLY}))
    assert not is_country_level(report("local", **SOLHAN))
    assert not is_country_level(report("region", **{**SOLHAN, "geo_precision": 3, "location": "Sahel"}))


def test_a_country_level_wire_story_joins_the_local_report_hundreds_of_km_from_the_centre(report):
    wire = report("wire", fatalities=160, notes="Gunmen killed 160 people in Solhan overnight.", **{**SOLHAN, **COUNTRY_ONLY})
    local = report("local", fatalities=138, notes="Gunmen killed 138 people in Solhan, near Sebba.", **SOLHAN)
    verdict = judge(wire, local)
    assert verdict.conflict is None
    assert verdict.threshold == COUNTRY_LEVEL_MERGE_THRESHOLD
    assert verdict.merge


def test_a_country_level_report_with_nothing_specific_needs_more_than_the_usual_bar(report):
    # A stray report ("on Tuesday ... attacked civilians in Burkina Faso", no toll, generic actors) and a
    # different attack the next day: everything it says is generic, so it must not join.
    stray = report("wire", **{**SOLHAN, **COUNTRY_ONLY, "day": "2021-06-08", "published": "2021-06-09T09:00:00+00:00"})
    other = report("other", fatalities=5, **{**SOLHAN, "day": "2021-06-09", "published": "2021-06-10T09:00:00+00:00"})
    verdict = judge(stray, other)
    assert verdict.conflict is None and MERGE_THRESHOLD <= verdict.score < COUNTRY_LEVEL_MERGE_THRESHOLD
    assert not verdict.merge


def test_blocking_finds_a_country_level_report_from_anywhere_in_the_country(report):
    wire = report("wire", **{**SOLHAN, **COUNTRY_ONLY})
    far_village = report("local", **{**SOLHAN, "latitude": 14.9, "longitude": 0.2})  # ~330 km from the centre
    assert reach_box(wire) is None
    assert wire in BlockingIndex([wire]).candidates(far_village)
    assert far_village in BlockingIndex([far_village]).candidates(wire)


# --------------------------------------------------------------------------- sub-types outlets disagree on


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the army's "clash with separatists" against the wire's massacre of villagers
        (("Battles", "Armed clash"), ("Violence against civilians", "Attack"), CONFUSABLE_SUB_TYPE_SCORE),
        # a suicide car bomb that a local paper calls a car bomb
        (("Explosions/Remote violence", "Suicide bomb"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"), CONFUSABLE_SUB_TYPE_SCORE),
        # a market bombing told as an attack on shoppers
        (("Explosions/Remote violence", "Suicide bomb"), ("Violence against civilians", "Attack"), CONFUSABLE_SUB_TYPE_SCORE),
        # an air strike and shelling of one village
        (("Explosions/Remote violence", "Air/drone strike"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"), CONFUSABLE_SUB_TYPE_SCORE),
        (("Protests", "Peaceful protest"), ("Protests", "Protest with intervention"), CONFUSABLE_SUB_TYPE_SCORE),
        # unrelated within a type and across types keep their lower scores
        (("Explosions/Remote violence", "Grenade"), ("Explosions/Remote violence", "Air/drone strike"), 0.5),
        (("Explosions/Remote violence", "Grenade"), ("Violence against civilians", "Sexual violence"), 0.25),
        # a missile strike that a statement calls an attack on civilians (test_strike_told_as_attack.py)
        (("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Violence against civilians", "Attack"), CONFUSABLE_SUB_TYPE_SCORE),
    ],
)
def test_sub_type_agreement_of_two_outlets(report, first, second, expected):
    a = report("a", **{**SOLHAN, "event_type": first[0], "sub_event_type": first[1]})
    b = report("b", **{**SOLHAN, "event_type": second[0], "sub_event_type": second[1]})
    line = next(r for r in judge(a, b).reasons if r.startswith("sub-types"))
    assert line.endswith(f": {expected:.2f}")


# --------------------------------------------------------------------------- publication dates


@pytest.mark.parametrize(
    ("published", "other_day", "other_precision", "apart"),
    [
        ("2022-10-29T21:30:00+00:00", "2022-10-31", 1, True),   # the mortar attack came after this story was out
        ("2022-10-29T21:30:00+00:00", "2022-10-30", 1, False),  # a day of slack: time zones, late editions
        ("2022-10-29T21:30:00+00:00", "2022-10-29", 1, False),
        ("2022-10-29T21:30:00+00:00", "2022-10-31", 2, False),  # a week-level date says nothing this exact
        ("2022-11-02T08:00:00+00:00", "2022-10-31", 1, False),  # published after both days
    ],
)
def test_no_report_describes_an_event_after_its_own_publication(report, published, other_day, other_precision, apart):
    mogadishu = dict(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                     actor1="Al Shabaab", country="Somalia", iso3="SOM", admin1="Banadir", admin2="Mogadishu",
                     location="Mogadishu", latitude=2.04, longitude=45.34)
    claim = report("claim", day="2022-10-29", precision=2, published=published, **mogadishu)
    later = report("later", day=other_day, precision=other_precision, published="2022-11-02T08:00:00+00:00", **mogadishu)
    reason = conflict(claim, later)
    assert (reason is not None) == apart
    if apart:
        assert "after a report published" in reason


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(st.integers(1, 9), st.integers(1, 9), st.integers(1, 9), st.integers(1, 9))
def test_the_date_constraint_does_not_depend_on_which_report_comes_first(report, day_a, day_b, out_a, out_b):
    a = report("a", **{**SOLHAN, "day": f"2021-06-0{day_a}", "published": f"2021-06-0{out_a}T09:00:00+00:00"})
    b = report("b", **{**SOLHAN, "day": f"2021-06-0{day_b}", "published": f"2021-06-0{out_b}T09:00:00+00:00"})
    assert conflict(a, b) == conflict(b, a) or (conflict(a, b) is None) == (conflict(b, a) is None)


# --------------------------------------------------------------------------- the place as the article wrote it


def test_one_village_named_in_both_articles_counts_as_one_place(report):
    # The gazetteer lacks the village: one report fell back to its district, the other to the region.
    district = with_place_evidence(report("local", **{**SOLHAN, "geo_precision": 3, "location": "Yagha"}), "Solhan")
    region = with_place_evidence(report("gov", **{**SOLHAN, "geo_precision": 3, "location": "Sahel",
                                                   "latitude": 14.0, "longitude": 0.1}), "Solhan")
    elsewhere = with_place_evidence(report("other", **{**SOLHAN, "geo_precision": 3, "location": "Sahel",
                                                        "latitude": 14.0, "longitude": 0.1}), "Tadaryat")
    place = lambda a, b: next(r for r in judge(a, b).reasons if r.startswith("places"))
    assert place(district, region).endswith(": 1.00")
    assert not place(district, elsewhere).endswith(": 1.00")


def test_three_outlets_of_one_massacre_become_one_event_and_a_neighbouring_raid_stays_apart(report):
    wire = with_place_evidence(report("wire", fatalities=160, **{**SOLHAN, **COUNTRY_ONLY}), "Solhan")
    local = with_place_evidence(report("local", fatalities=138, **SOLHAN), "Solhan")
    gov = with_place_evidence(report("gov", fatalities=100, precision=2, **{**SOLHAN, "published": "2021-06-05T12:00:00+00:00"}), "Solhan")
    # Same night, a raid in the next province, 90 km away, with its own toll.
    raid = with_place_evidence(report("raid", fatalities=14, **{**SOLHAN, "day": "2021-06-04", "admin2": "Oudalan",
                                                                "location": "Markoye", "latitude": 14.65, "longitude": 0.04}), "Tadaryat")
    clusters, _ = cluster_events([wire, local, gov, raid])
    assert sorted(map(len, clusters)) == [1, 3]
    assert (raid.event_id,) in clusters


# --------------------------------------------------------------------------- toll updates


def _toll(report, article, n, published, floor=False):
    return report(article, fatalities=n, low=n, best=n, high=None if floor else n,
                  published=f"{published}T12:00:00+00:00", **{k: v for k, v in SOLHAN.items() if k != "published"})


@pytest.mark.parametrize(
    ("tolls", "expected"),
    [
        # police statement the same afternoon, final toll two days later
        ([(28, "2021-06-05", False), (100, "2021-06-07", False)], 100),
        # with a wire's floor in between: the floor still holds and stays the conservative figure
        ([(28, "2021-06-05", False), (59, "2021-06-06", True), (100, "2021-06-07", False)], 59),
        # a government's provisional toll raised by local sources the next day
        ([(132, "2021-06-05", False), (160, "2021-06-06", True)], 160),
        # outlets that disagree on one day: still the lowest
        ([(40, "2021-06-06", False), (49, "2021-06-06", False)], 40),
        # a later, lower figure is a disagreement, not an update: the lowest
        ([(160, "2021-06-05", False), (138, "2021-06-07", False)], 138),
        # a later report without a toll changes nothing
        ([(71, "2021-06-05", False), (0, "2021-06-07", False)], 71),
    ],
)
def test_a_toll_raised_on_a_later_day_replaces_the_provisional_one(report, tolls, expected):
    events = [_toll(report, f"a{i}", n, day, floor) for i, (n, day, floor) in enumerate(tolls)]
    result = reconcile_fatalities(events)
    assert result.fatalities == expected
    assert result.low <= result.fatalities <= result.high  # the range still spans the provisional figures


# --------------------------------------------------------------------------- tolls that tell incidents apart

PESHAWAR = dict(event_type="Explosions/Remote violence", sub_event_type="Suicide bomb", actor1="Police Forces of Pakistan",
                country="Pakistan", iso3="PAK", admin1="Khyber Pakhtunkhwa", admin2="Peshawar", location="Peshawar",
                latitude=34.01, longitude=71.58, day="2023-01-30")


@pytest.mark.parametrize(
    ("lower", "lower_out", "higher", "higher_out", "floor", "apart"),
    [
        (2, "2023-01-31", 28, "2023-01-30", False, True),    # a later story's two dead: another incident
        (2, "2023-01-31", 100, "2023-01-31", False, True),   # same day, 2 vs 100
        (2, "2023-01-30", 100, "2023-02-01", False, False),  # the first count of a toll that rose
        (2, "2023-01-31", 28, "2023-01-30", True, False),    # "at least two" holds for 28
        (3, "2023-01-31", 12, "2023-01-30", False, False),   # "several" / "dozens": not far enough apart
        (20, "2023-01-31", 100, "2023-01-30", False, False), # a fifth: a plausible disagreement
    ],
)
def test_tolls_an_order_of_magnitude_apart_are_two_incidents(report, lower, lower_out, higher, higher_out, floor, apart):
    a = report("a", fatalities=lower, low=lower, best=lower, high=None if floor else lower,
               published=f"{lower_out}T09:00:00+00:00", **PESHAWAR)
    b = report("b", fatalities=higher, low=higher, best=higher, high=higher, published=f"{higher_out}T09:00:00+00:00", **PESHAWAR)
    reason = conflict(a, b)
    assert (reason is not None) == apart
    assert (conflict(b, a) is not None) == apart


# --------------------------------------------------------------------------- the store agrees with the batch


@pytest.mark.parametrize("order", list(permutations(range(4))))
def test_the_store_finds_a_country_level_report_in_every_arrival_order(report, article, order):
    """Blocking in the store (bounding box, date windows) must see what the batch sees."""
    wire = with_place_evidence(report("wire", fatalities=160, **{**SOLHAN, **COUNTRY_ONLY}), "Solhan")
    local = with_place_evidence(report("local", fatalities=138, **SOLHAN), "Solhan")
    gov = with_place_evidence(report("gov", fatalities=100, precision=2, **{**SOLHAN, "geo_precision": 3, "location": "Sahel",
                                                                             "latitude": 14.0, "longitude": 0.1}), "Solhan")
    raid = report("raid", fatalities=14, **{**SOLHAN, "day": "2021-06-04", "admin2": "Oudalan",
                                             "location": "Markoye", "latitude": 14.65, "longitude": 0.04})
    reports = [wire, local, gov, raid]
    store = open_store("sqlite://")
    for i in order:
        event = reports[i]
        ingest_events(store, article(event.sources[0].article_id, published=event.sources[0].published_at), [event])
    stored = sorted(tuple(sorted(s.article_id for s in e.sources)) for e in store.events(EventFilter()))
    batch, _ = cluster_events(reports)
    by_id = {e.event_id: e.sources[0].article_id for e in reports}
    assert stored == sorted(tuple(sorted(by_id[m] for m in cluster)) for cluster in batch)
    assert ("gov", "local", "wire") in stored and ("raid",) in stored


# --------------------------------------------------------------------------- a region-level report's fallback

GUANAJUATO = dict(event_type="Violence against civilians", sub_event_type="Attack", actor1="Unidentified Gang (Mexico)",
                  actor2="Civilians (Mexico)", country="Mexico", iso3="MEX", admin1="Guanajuato", admin2=None,
                  day="2020-07-01", published="2020-07-02T09:00:00+00:00")


def test_a_region_level_report_does_not_fall_back_on_a_distinct_event(report):
    """Its best fit (the Irapuato shooting) already holds its own article's other report; the Celaya bar
    shooting 57 km away is another incident, not the next best answer."""
    irapuato = dict(GUANAJUATO, location="Irapuato", admin2="Irapuato", latitude=20.67, longitude=-101.35, geo_precision=1)
    wire = report("wire", fatalities=24, **irapuato)
    statement = report("prosecutor", fatalities=27, **irapuato)
    region = report("prosecutor", fatalities=26, **dict(GUANAJUATO, location="Guanajuato", geo_precision=3,
                                                         latitude=20.70, longitude=-101.30))
    celaya = report("celaya", fatalities=5, **dict(GUANAJUATO, location="Celaya", admin2="Celaya",
                                                   latitude=20.52, longitude=-100.81, geo_precision=1))
    assert judge(region, wire).score - judge(region, celaya).score >= 0.08 and judge(region, celaya).merge
    clusters, judged = cluster_events([wire, statement, region, celaya])
    assert tuple(sorted((wire.event_id, statement.event_id))) in clusters
    assert (region.event_id,) in clusters and (celaya.event_id,) in clusters
    reasons = judged[tuple(sorted((region.event_id, celaya.event_id)))].reasons
    assert "fits another, distinct event better" in reasons[-1]
