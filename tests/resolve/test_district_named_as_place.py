"""A report placed "near" its own district names the district, not a second town.

The wire says a bomber struck a rally in Khar; the claim says "in Bajaur", and geo places it near the Bajaur
district's point (precision 2) 15 km from Khar. Two named towns 15 km apart would be two events; a town and
the district that holds it are one place. Modelled on the Bajaur rally bombing of July 2023 (wording ours).
"""

from __future__ import annotations

import pytest

from eventwire.resolve import judge
from eventwire.resolve.matching import conflict

KHAR = dict(
    event_type="Explosions/Remote violence", sub_event_type="Suicide bomb",
    actor1="Unidentified Armed Group (Pakistan)", inter1=3, actor2="Civilians (Pakistan)", inter2=7,
    country="Pakistan", iso3="PAK", admin1="Khyber Pakhtunkhwa", admin2="Bajaur", location="Khar",
    latitude=34.73, longitude=71.52, geo_precision=1,
)
NEAR_BAJAUR = dict(latitude=34.80, longitude=71.67, geo_precision=2)  # ~15 km from Khar


@pytest.mark.parametrize(
    ("location", "admin2", "precision", "apart"),
    [
        ("Bajaur", "Bajaur", 2, False),  # the district itself, placed near its point
        ("Bajaur Agency", "Bajaur Agency", 2, False),  # the gazetteer's own spelling of the district
        ("Inayat Kalay", "Bajaur", 2, True),  # near another town 15 km off: a look-alike
        ("Bajaur", "Bajaur", 1, True),  # precision 1: a town that shares its district's name
        ("Salarzai", "Bajaur", 1, True),
    ],
)
def test_a_district_near_a_town_of_its_own(report, location, admin2, precision, apart):
    wire = report("wire", day="2023-07-30", fatalities=44, **KHAR)
    claim = report("claim", day="2023-07-30", fatalities=54,
                   **{**KHAR, **NEAR_BAJAUR, "location": location, "admin2": admin2, "geo_precision": precision})
    assert (conflict(wire, claim) is not None) is apart


def test_the_district_report_merges_with_the_town_report(report):
    wire = report("wire", day="2023-07-30", fatalities=44, **KHAR)
    claim = report("claim", day="2023-07-30", fatalities=54,
                   **{**KHAR, **NEAR_BAJAUR, "location": "Bajaur", "admin2": "Bajaur"})
    assert judge(wire, claim).merge
