"""Merge round thirteen: a report placed at its district's point meets a report placed at a town of that district
whose article writes no other village, past the 25 km a district-level report may reach.

"Gunmen opened fire on tourists at Baisaran meadow", with the meadow missing from the gazetteer, is placed at
Anantnag district's point; "the Pahalgam attack", placed near Pahalgam from its headline while its body writes only
"Kashmir", lies 35 km off in the same district. The district's point says only which district the act was in. A
report placed at a fallback point for another village its article writes stays apart (test_merge8_district_points).
Points are as a gazetteer gives them; the wording is ours.
"""

from __future__ import annotations

import pytest

from eventfactory import naming
from eventwire.resolve import judge
from eventwire.resolve.matching import DISTRICT_WIDE_KM, PLACE_RADIUS_KM, haversine_km, in_the_district_of

KASHMIR = dict(event_type="Violence against civilians", sub_event_type="Attack",
               actor1="Unidentified Armed Group (India)", inter1=3, actor2="Civilians (India)", inter2=7,
               country="India", iso3="IND", admin1="Jammu and Kashmir", admin2="Anantnag")
ANANTNAG = dict(KASHMIR, location="Anantnag", latitude=33.7307, longitude=75.1542, geo_precision=2)
PAHALGAM = dict(KASHMIR, location="Pahalgam", latitude=34.0159, longitude=75.319, geo_precision=2)


def pair(report, district_names, town_fields, town_names):
    district = naming(report("wire", day="2025-04-22", published="2025-04-22T18:00:00+00:00", fatalities=26,
                             **ANANTNAG), *district_names)
    town = naming(report("local", day="2025-04-22", published="2025-04-23T08:00:00+00:00", fatalities=24,
                         **town_fields), *town_names)
    return district, town


@pytest.mark.parametrize(("district_names", "town_fields", "town_names"), [
    # the town placed from the headline, its body writing only its region (a part of its admin1's name)
    (("Baisaran",), PAHALGAM, ("Kashmir",)),
    # the town its article writes, as before
    (("Baisaran",), PAHALGAM, ("Pahalgam",)),
    # no place written at all in the body
    (("Baisaran",), PAHALGAM, ()),
])
def test_a_town_of_the_district_meets_the_districts_point(report, district_names, town_fields, town_names) -> None:
    district, town = pair(report, district_names, town_fields, town_names)
    assert PLACE_RADIUS_KM[2] < haversine_km(district.latitude, district.longitude, town.latitude,
                                             town.longitude) <= DISTRICT_WIDE_KM
    assert in_the_district_of(district, town) and in_the_district_of(town, district)
    assert judge(district, town).merge


@pytest.mark.parametrize(("district_names", "town_fields", "town_names"), [
    # the town's point a fallback for another village its article writes: two villages
    (("Baisaran",), PAHALGAM, ("Aru",)),
    # a town of another district of the admin1
    (("Baisaran",), dict(PAHALGAM, admin2="Kulgam"), ("Kashmir",)),
    # a region-level report is no town
    (("Baisaran",), dict(PAHALGAM, geo_precision=3), ("Kashmir",)),
])
def test_another_village_or_district_stays_apart(report, district_names, town_fields, town_names) -> None:
    district, town = pair(report, district_names, town_fields, town_names)
    assert not in_the_district_of(district, town) and not in_the_district_of(town, district)
