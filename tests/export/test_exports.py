"""Each export read back with the library an analyst would use."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

import pandas as pd
import pyarrow.parquet as pq
import pytest

from eventwire.errors import ExportFormatError
from eventwire.export import EventFilter, parse_bbox, read_jsonl, write_events
from eventwire.export.acled_csv import ACLED_COLUMNS, COLUMNS
from eventwire.records import EVENT_FIELDS


@pytest.fixture
def events(report):
    attack = report("afp", fatalities=49, low=40, best=49, high=53, publisher="AFP",
                    notes="On 1 November 2019, militants attacked the army base at Indelimane, killing 49 soldiers.")
    protest = report("kenya", day="2020-06-09", event_type="Protests", sub_event_type="Peaceful protest",
                     actor1="Protesters (Kenya)", inter1=6, actor2=None, inter2=None, country="Kenya", iso3="KEN",
                     admin1="Nairobi", admin2="Nairobi", location="Nairobi", latitude=-1.2864, longitude=36.8172,
                     publisher="Daily Nation", notes="On 9 June 2020, people marched in Nairobi against police killings.")
    unplaced = replace(report("vague", day="2020-03-15", precision=3, event_type="Violence against civilians",
                              sub_event_type="Attack", actor2="Civilians (Mali)", inter2=7),
                       latitude=None, longitude=None, location=None, geo_precision=3, admin2=None)
    return [attack, protest, unplaced]


def test_jsonl_round_trips(events):
    out = io.StringIO()
    assert write_events(events, "jsonl", out) == 3
    assert list(read_jsonl(out.getvalue().splitlines())) == events
    assert list(json.loads(out.getvalue().splitlines()[0])) == list(EVENT_FIELDS)


def test_acled_csv_has_acled_columns_in_order(events, tmp_path):
    path = tmp_path / "events.csv"
    write_events(events, "csv", path)
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == COLUMNS and COLUMNS[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    attack = rows[0]
    assert attack["event_id_cnty"].startswith("MLI") and attack["event_id_cnty"][3:].isdigit()
    assert (attack["event_date"], attack["year"], attack["iso"], attack["region"]) == ("2019-11-01", "2019", "466", "Western Africa")
    assert (attack["disorder_type"], attack["interaction"], attack["fatalities"]) == ("Political violence", "12", "49")
    assert attack["source"] == "AFP" and attack["source_scale"] == "International"


def test_acled_csv_loads_in_pandas(events):
    out = io.StringIO()
    write_events(events, "csv", out)
    frame = pd.read_csv(io.StringIO(out.getvalue()))
    assert list(frame.columns) == list(COLUMNS)
    assert frame["fatalities"].dtype.kind == "i"
    assert frame.loc[2, "civilian_targeting"] == "Civilian targeting"
    assert frame.loc[1, "disorder_type"] == "Demonstrations"


def test_event_id_cnty_is_stable(events):
    first, second = io.StringIO(), io.StringIO()
    write_events(events, "csv", first)
    write_events(list(reversed(events)), "csv", second)
    ids = lambda text: sorted(r["event_id_cnty"] for r in csv.DictReader(io.StringIO(text)))  # noqa: E731
    assert ids(first.getvalue()) == ids(second.getvalue())


def test_ucdp_keeps_organised_violence_with_precision_codes(events):
    out = io.StringIO()
    assert write_events(events, "ucdp", out) == 2  # the protest is outside GED's scope
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    attack, vague = rows
    assert (attack["type_of_violence"], attack["where_prec"], attack["date_prec"]) == ("1", "1", "1")
    assert (attack["best"], attack["low"], attack["high"]) == ("49", "40", "53")
    assert (vague["type_of_violence"], vague["where_prec"], vague["date_prec"]) == ("3", "4", "4")
    assert (vague["date_start"], vague["date_end"]) == ("2020-03-01", "2020-03-31")


def test_geojson_is_a_feature_collection(events):
    out = io.StringIO()
    write_events(events, "geojson", out)
    data = json.loads(out.getvalue())
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 3
    point = data["features"][1]
    assert point["geometry"] == {"type": "Point", "coordinates": [36.8172, -1.2864]}
    assert point["properties"]["event_id"] == events[1].event_id
    assert set(point["properties"]) == set(EVENT_FIELDS)
    assert data["features"][2]["geometry"] is None
    for feature in data["features"]:
        lon_lat = (feature["geometry"] or {}).get("coordinates", [0, 0])
        assert -180 <= lon_lat[0] <= 180 and -90 <= lon_lat[1] <= 90


def test_parquet_is_typed(events, tmp_path):
    path = tmp_path / "events.parquet"
    write_events(events, "parquet", path)
    table = pq.read_table(path)
    assert table.num_rows == 3
    assert str(table.schema.field("event_date").type) == "date32[day]"
    assert str(table.schema.field("fatalities").type) == "int32"
    assert table.column("event_date").to_pylist()[0] == date(2019, 11, 1)
    sources = json.loads(table.column("sources").to_pylist()[0])
    assert sources[0]["article_id"] == "afp"
    assert pd.read_parquet(path)["latitude"].isna().sum() == 1


def test_parquet_to_a_binary_stream(events):
    out = io.BytesIO()
    write_events(events, "parquet", out)
    assert pq.read_table(io.BytesIO(out.getvalue())).num_rows == 3


def test_text_format_to_a_binary_stream(events):
    out = io.BytesIO()
    write_events(events, "jsonl", out)
    assert len(out.getvalue().decode("utf-8").splitlines()) == 3


@pytest.mark.parametrize("filters, expected", [
    (EventFilter(country="Kenya"), 1),
    (EventFilter(country="mli"), 2),
    (EventFilter(event_type="Protests"), 1),
    (EventFilter(start=date(2020, 1, 1), end=date(2020, 12, 31)), 2),
    (EventFilter(bbox=parse_bbox("30,-5,40,5")), 1),
])
def test_filters(events, filters, expected):
    assert write_events(events, "jsonl", io.StringIO(), filters) == expected


@pytest.mark.parametrize("text", ["1,2,3", "10,0,0,5", "a,b,c,d"])
def test_bad_bbox_is_rejected(text):
    with pytest.raises(ValueError):
        parse_bbox(text)


def test_unknown_format_is_a_typed_error(events):
    with pytest.raises(ExportFormatError):
        write_events(events, "xlsx", io.StringIO())


def test_empty_exports_still_load(tmp_path):
    write_events([], "parquet", tmp_path / "empty.parquet")
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0
    out = io.StringIO()
    write_events([], "geojson", out)
    assert json.loads(out.getvalue())["features"] == []


def test_filter_parsed_from_command_line_text():
    parsed = EventFilter.parse(since="2020-01-01", until="2020-12-31", country="Mali", bbox="-5,10,5,20", as_of="2020-06-30")
    assert (parsed.start, parsed.end, parsed.as_of) == (date(2020, 1, 1), date(2020, 12, 31), date(2020, 6, 30))
    assert parsed.bbox == (-5.0, 10.0, 5.0, 20.0) and parsed.country == "Mali"
    assert EventFilter.parse() == EventFilter()


@pytest.mark.parametrize("option", [{"since": "yesterday"}, {"bbox": "1,2"}, {"as_of": "June"}])
def test_bad_filter_text_is_a_typed_error(option):
    from eventwire.errors import FilterError

    with pytest.raises(FilterError):
        EventFilter.parse(**option)
