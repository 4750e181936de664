"""Two villages written, one report placed at its village and the other at a region's point: two places.

When the gazetteer lacks a village, geo places the report at its commune's, province's or region's point
(precision 3), and the region radius (150 km) then lets it meet any report of the region. A look-alike the same
night, "gunmen killed 14 in Tadaryat" placed at Markoye commune's point, merged with the raid on Solhan (Burkina
Faso, 4-5 June 2021), placed at Solhan, 144 km off: nothing but the fallback point put them together, and the
places the two articles write differ. Rows are modelled on widely reported incidents; the wording is ours.
"""

from __future__ import annotations

import pytest

from eventfactory import naming
from eventwire.resolve import cluster_events, judge
from eventwire.resolve.matching import PLACE_RADIUS_KM, haversine_km, two_written_villages

RAID = dict(event_type="Violence against civilians", sub_event_type="Attack", inter1=3, inter2=7)


def place(country, iso3, admin1, admin2, location, lat, lon, precision):
    return dict(RAID, country=country, iso3=iso3, admin1=admin1, admin2=admin2, location=location, latitude=lat,
                longitude=lon, geo_precision=precision, actor1=f"Unidentified Armed Group ({country})",
                actor2=f"Civilians ({country})")


BF = ("Burkina Faso", "BFA", "Sahel")
SOLHAN = place(*BF, "Yagha", "Solhan", 13.42, 1.00, 1)
AT_MARKOYE = place(*BF, "Oudalan", "Markoye", 14.45, 0.20, 3)
AT_YAGHA = place(*BF, "Yagha", "Yagha", 13.20, 0.60, 3)
DORI = place(*BF, "Seno", "Dori", 14.035, -0.034, 1)
AT_SENO = place(*BF, "Seno", "Seno", 14.03, 0.30, 3)
ML = ("Mali", "MLI", "Mopti")
SOBANE = place(*ML, "Bandiagara", "Sobane Da", 14.20, -3.20, 1)
AT_BANKASS = place(*ML, "Bankass", "Bankass", 14.08, -3.52, 3)
NE = ("Niger", "NER", "Tillaberi")
DAREY_DAYE = place(*NE, "Banibangou", "Darey-Daye", 15.04, 2.70, 1)
AT_OUALLAM = place(*NE, "Ouallam", "Ouallam", 14.60, 2.00, 3)
CM = ("Cameroon", "CMR", "Nord-Ouest")
NKAMBE = place(*CM, "Donga-Mantung", "Nkambe", 6.63, 10.67, 1)
AT_DONGA = place(*CM, "Donga-Mantung", "Donga-Mantung", 6.40, 10.95, 3)
CD = ("Democratic Republic of Congo", "COD", "Ituri")
DRODRO = place(*CD, "Djugu", "Drodro", 1.77, 30.53, 1)
AT_DJUGU = place(*CD, "Djugu", "Djugu", 1.92, 30.50 - 0.45, 3)
NG = ("Nigeria", "NGA", "Zamfara")
ANKA = place(*NG, "Anka", "Anka", 12.11, 5.93, 1)
AT_BUKKUYUM = place(*NG, "Bukkuyum", "Bukkuyum", 12.13, 5.47, 3)

# (the precise report, what its article writes, the region-level report, what its article writes)
TWO_PLACES = [
    (SOLHAN, ("Solhan",), AT_MARKOYE, ("Tadaryat",)),
    (SOBANE, ("Sobane Da",), AT_BANKASS, ("Ogossagou",)),
    (DAREY_DAYE, ("Darey-Daye",), AT_OUALLAM, ("Tchoma Bangou",)),
    (NKAMBE, ("Nkambe",), AT_DONGA, ("Ngarbuh",)),
    (DRODRO, ("Drodro",), AT_DJUGU, ("Lalo camp",)),
    (DORI, ("Dori",), AT_SENO, ("Seytenga",)),
    (ANKA, ("Anka town",), AT_BUKKUYUM, ("Kurfar Danya",)),
]

ONE_PLACE = [
    # both articles write the village, spelt two ways: the region point is its fallback
    (SOLHAN, ("Solhan",), AT_MARKOYE, ("Solhane",)),
    # the region-level report placed at the province its article writes: the province holds the village
    (SOLHAN, ("Solhan",), AT_YAGHA, ("Yagha province",)),
    # the region-level report names only its admin1 ("in the Sahel region"): anywhere in it
    (SOLHAN, ("Solhan",), {**AT_YAGHA, "location": "Sahel", "admin2": None}, ("Sahel",)),
    # the region-level report writes no place at all: nothing says two villages
    (SOLHAN, ("Solhan",), AT_YAGHA, ()),
    # the precise report is itself a fallback (placed elsewhere than it writes): two fallbacks say nothing
    ({**SOLHAN, "location": "Sebba"}, ("Solhan",), AT_YAGHA, ("Tadaryat",)),
]


def pair(report, precise, precise_names, vague, vague_names):
    wire = naming(report("wire", day="2021-06-04", published="2021-06-05T14:20:00+00:00", fatalities=100,
                         **precise), *precise_names)
    local = naming(report("local", day="2021-06-04", published="2021-06-05T18:30:00+00:00", fatalities=14,
                          **vague), *vague_names)
    return wire, local


@pytest.mark.parametrize(("precise", "precise_names", "vague", "vague_names"), TWO_PLACES)
def test_a_village_and_another_villages_fallback_are_two_places(report, precise, precise_names, vague, vague_names):
    wire, local = pair(report, precise, precise_names, vague, vague_names)
    assert PLACE_RADIUS_KM[2] < haversine_km(wire.latitude, wire.longitude, local.latitude, local.longitude) \
        <= PLACE_RADIUS_KM[3]
    assert two_written_villages(wire, local) and two_written_villages(local, wire)
    assert judge(wire, local).conflict is not None and judge(local, wire).conflict is not None


@pytest.mark.parametrize(("precise", "precise_names", "vague", "vague_names"), ONE_PLACE)
def test_near_twins_keep_the_region_radius(report, precise, precise_names, vague, vague_names):
    wire, local = pair(report, precise, precise_names, vague, vague_names)
    assert not two_written_villages(wire, local)
    assert judge(wire, local).conflict is None


def test_the_look_alike_stays_out_of_the_raid(report):
    wire, local = pair(report, SOLHAN, ("Solhan",), AT_MARKOYE, ("Tadaryat",))
    ngo = naming(report("ngo", day="2021-06-05", published="2021-06-06T10:00:00+00:00", fatalities=100,
                        **AT_YAGHA), "Solhan")
    clusters, _ = cluster_events([wire, local, ngo])
    assert sorted(map(sorted, clusters)) == sorted([sorted([wire.event_id, ngo.event_id]), [local.event_id]])
