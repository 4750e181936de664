"""The event-density prior: its rebuild script on rows written here, the kernel, and the namesake tie-break."""

from __future__ import annotations

import csv
import dataclasses
import gzip
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from eventwire.geo import Gazetteer, GeoContext, Geocoder
from eventwire.geo.build_event_density import build, cell_centre, count_cells
from eventwire.geo.density import ALL, CELL_DEGREES, EventDensity, actor_family
from eventwire.records import PlaceMention, Span

TRAIN_COLUMNS = ("event_id_cnty", "country", "admin1", "location", "latitude", "longitude", "actor1", "actor2",
                 "assoc_actor_1", "assoc_actor_2", "notes")
# Rows as the training export has them (invented events; the note text is never read).
TRAIN_ROWS = [
    ("NIG1", "Niger", "Tillaberi", "Petelkole", "14.02", "0.41", "Islamic State (Greater Sahara)",
     "Military Forces of Niger (2011-)", "", "", "An ambush on a patrol."),
    ("NIG2", "Niger", "Tillaberi", "Petelkole", "14.03", "0.42", "JNIM: Group for Support of Islam and Muslims",
     "Civilians (Niger)", "", "", "Herders were killed."),
    ("NIG3", "Niger", "Niamey", "Niamey", "13.51", "2.11", "Protesters (Niger)", "", "", "", "Students marched."),
    ("NIG4", "Niger", "Diffa", "Bosso", "13.70", "13.31", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
     "Civilians (Niger)", "", "", "A raid on a village."),
    ("NIG5", "Niger", "Diffa", "Bosso", "", "", "Protesters (Niger)", "", "", "", "No coordinates."),
]


def write_training_file(path: Path) -> Path:
    with gzip.open(path, "wt", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(TRAIN_COLUMNS)
        writer.writerows(TRAIN_ROWS)
    return path


def rows_as_dicts() -> list[dict]:
    return [dict(zip(TRAIN_COLUMNS, row)) for row in TRAIN_ROWS]


@pytest.mark.parametrize(
    "actors, family",
    [
        (("JNIM: Group for Support of Islam and Muslims", "Civilians (Burkina Faso)"), "sahel-jihadist"),
        (("Military Forces of Niger (2011-)", "Islamic State (Greater Sahara)"), "sahel-jihadist"),
        (("Ansaroul Islam", ""), "sahel-jihadist"),
        (("Islamic State (West Africa)", "Military Forces of Nigeria (2015-)"), "lake-chad-jihadist"),
        (("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",), "lake-chad-jihadist"),
        (("Protesters (Niger)", ""), ALL),
        (("Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"), ALL),
        ((), ALL),
    ],
)
def test_actor_family(actors, family):
    assert actor_family(actors) == family


def test_count_cells_counts_every_row_for_all_and_armed_groups_for_their_family():
    counts = count_cells(rows_as_dicts())
    petelkole = cell_centre(14.02, 0.41)
    assert counts[(ALL, *petelkole)] == 2  # two events in one cell (the third row is Niamey, the fifth has no point)
    assert counts[("sahel-jihadist", *petelkole)] == 2
    assert counts[("lake-chad-jihadist", *cell_centre(13.70, 13.31))] == 1
    assert sum(n for (family, *_), n in counts.items() if family == ALL) == 4


@given(st.floats(-89.9, 89.9), st.floats(-179.9, 179.9))
@settings(max_examples=200, deadline=None)
def test_a_point_lies_in_its_cell(latitude, longitude):
    centre = cell_centre(latitude, longitude)
    assert abs(centre[0] - latitude) <= CELL_DEGREES / 2 + 1e-6
    assert abs(centre[1] - longitude) <= CELL_DEGREES / 2 + 1e-6


def test_rebuild_is_byte_identical_and_loads(tmp_path):
    train = write_training_file(tmp_path / "train.csv.gz")
    first, second = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    assert build(train, first) == build(train, second) == 5  # 3 cells of all events, 1 of each family
    assert first.read_bytes() == second.read_bytes()
    density = EventDensity.load(first)
    near = density.density(14.0, 0.4, "sahel-jihadist")
    assert near > 1.0
    assert density.density(14.0, 0.4, "lake-chad-jihadist") == 0.0
    assert density.density(13.7, 13.3, "lake-chad-jihadist") > 0.5


def test_table_holds_no_place_names_or_notes(tmp_path):
    table = tmp_path / "density.tsv.gz"
    build(write_training_file(tmp_path / "train.csv.gz"), table)
    text = gzip.decompress(table.read_bytes()).decode()
    assert "Petelkole" not in text and "ambush" not in text and "NIG1" not in text


def test_density_falls_with_distance():
    density = EventDensity({"sahel-jihadist": np.array([[14.0, 0.5, 10.0]])})
    values = [density.density(14.0, 0.5 - step, "sahel-jihadist", 50.0) for step in (0.0, 0.2, 0.5, 1.0, 3.0)]
    assert values == sorted(values, reverse=True)
    assert values[0] == pytest.approx(10.0) and values[-1] == 0.0


def test_missing_table_gives_no_prior(tmp_path):
    assert EventDensity.load(tmp_path / "absent.tsv.gz").density(14.0, 0.5, "sahel-jihadist") == 0.0


@pytest.fixture(scope="module")
def namesake_geocoder(village_gazetteer) -> Geocoder:
    """The invented villages of conftest, with events of the Sahel family just across the border in Niger
    (none in the south-west) and many events of all kinds in the south-west."""
    geocoder = Geocoder(Gazetteer.open(village_gazetteer))
    geocoder.event_density = EventDensity({"sahel-jihadist": np.array([[14.1, 0.6, 30.0]]),
                                           ALL: np.array([[10.5, -3.0, 500.0]])})
    return geocoder


def in_burkina(name: str, family: str, **context) -> GeoContext:
    return GeoContext(country_hints=("Burkina Faso",), actor_family=family, **context)


def mention(name: str, cue: str = "in") -> PlaceMention:
    return PlaceMention(name, Span(0, len(name), name), cue)


@pytest.mark.parametrize(
    "family, admin1",
    [
        ("sahel-jihadist", "Sahel"),  # "militants attacked Tinkourga": where that family's events are
        (ALL, "Sud-Ouest"),  # "students protested in Tinkourga": no family, the scores decide (a village)
        ("lake-chad-jihadist", "Sud-Ouest"),  # no events of that family nearby: no prior
    ],
)
def test_density_breaks_a_tie_between_namesakes_only_for_armed_group_families(namesake_geocoder, family, admin1):
    place = namesake_geocoder.resolve([mention("Tinkourga")], in_burkina("Tinkourga", family))
    assert place is not None and place.admin1 == admin1


def test_a_unit_the_story_names_beats_the_density(namesake_geocoder):
    # "JNIM fighters attacked Tinkourga, in Poni province": the story says which namesake
    context = in_burkina("Tinkourga", "sahel-jihadist", other_places=("Tinkourga", "Sud-Ouest"))
    place = namesake_geocoder.resolve([mention("Tinkourga")], context)
    assert place.admin1 == "Sud-Ouest"


def test_a_place_without_namesakes_is_untouched(namesake_geocoder):
    place = namesake_geocoder.resolve([mention("Wendoloba")], in_burkina("Wendoloba", "sahel-jihadist"))
    assert place is not None and place.admin1 == "Centre-Nord"


def test_density_never_picks_a_namesake_abroad(namesake_geocoder):
    # the density is near Niger's side; the hinted country keeps the place in Burkina Faso
    place = namesake_geocoder.resolve([mention("Tinkourga")], in_burkina("Tinkourga", "sahel-jihadist"))
    assert place.iso3 == "BFA"


def test_geocoder_loads_the_shipped_table(geocoder):
    fresh = dataclasses.replace(EventDensity.load())
    assert fresh.cells, "data/geo/event_density.tsv.gz is missing"
    assert geocoder.event_density.cells.keys() == fresh.cells.keys()
