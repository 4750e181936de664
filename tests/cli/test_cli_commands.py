"""The commands end to end on articles we wrote: outputs carry the contract, bad inputs get one line each."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.records import EVENT_FIELDS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
STORY = EXAMPLES / "01_mali_ogossagou.txt"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def stored_db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'events.db'}"
    result = run("ingest", EXAMPLES, "--db", url)
    assert result.exit_code == 0, result.output
    return url


def test_extract_prints_every_field_of_the_contract():
    result = run("extract", STORY)
    assert result.exit_code == 0, result.output
    events = records(result.stdout)
    assert events
    for event in events:
        assert list(event) == list(EVENT_FIELDS)
        assert event["sources"][0]["path"].endswith(STORY.name)


def test_extract_evidence_indexes_the_cleaned_text():
    from eventwire.ingest import read_article

    text = read_article(STORY)[0].text
    for event in records(run("extract", STORY).stdout):
        for spans in event["evidence"].values():
            for span in spans:
                assert text[span["start"]:span["end"]] == span["text"]


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x00\x01\x02\xff" * 50, "binary"),
        ("latin1.txt", "Attaque à Ségou, Mali\n\nDes hommes armés ont tué.".encode("latin-1"), "UTF-8"),
        ("broken.jsonl", b'{"title": "x", "text": "y"\n', "JSON"),
    ],
)
def test_a_bad_file_gets_one_line_and_the_batch_goes_on(tmp_path, name, content, problem):
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run("extract", bad, STORY)
    assert result.exit_code == 2
    assert records(result.stdout), "the good article still yields its events"
    error_lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(error_lines) == 1 and name in error_lines[0] and problem.lower() in error_lines[0].lower()
    assert "Traceback" not in result.output


def test_a_missing_path_is_reported_not_raised(tmp_path):
    result = run("extract", tmp_path / "nowhere.txt")
    assert result.exit_code == 2
    assert "nowhere.txt" in result.stderr and "Traceback" not in result.output


def test_ingesting_twice_changes_nothing(stored_db):
    before = run("export", "--db", stored_db, "--format", "jsonl").stdout
    again = run("ingest", EXAMPLES, "--db", stored_db)
    assert again.exit_code == 0
    assert run("export", "--db", stored_db, "--format", "jsonl").stdout == before


def test_export_csv_has_acled_columns(stored_db):
    result = run("export", "--db", stored_db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {"event_id_cnty", "event_date", "sub_event_type", "actor1", "fatalities", "notes"} <= set(rows[0])


def test_export_geojson_and_parquet_read_back(stored_db, tmp_path):
    geojson = json.loads(run("export", "--db", stored_db, "--format", "geojson").stdout)
    assert geojson["type"] == "FeatureCollection" and geojson["features"]
    out = tmp_path / "events.parquet"
    assert run("export", "--db", stored_db, "--format", "parquet", "--out", out).exit_code == 0
    assert pq.read_table(out).num_rows == len(records(run("export", "--db", stored_db).stdout))


def test_export_filters_by_country(stored_db):
    kenya = records(run("export", "--db", stored_db, "--country", "Kenya").stdout)
    assert kenya and {event["country"] for event in kenya} == {"Kenya"}


def test_show_marks_the_evidence_of_a_file():
    result = run("show", STORY)
    assert result.exit_code == 0
    assert "]{event_date}" in result.stdout and "]{fatalities}" in result.stdout


@pytest.mark.parametrize("command", ["why", "history"])
def test_an_unknown_event_is_one_line(stored_db, command):
    result = run(command, "ew-000000000000", "--db", stored_db)
    assert result.exit_code == 1
    assert "ew-000000000000" in result.stderr and "Traceback" not in result.output


def test_why_explains_a_stored_event(stored_db):
    event_id = records(run("export", "--db", stored_db).stdout)[0]["event_id"]
    result = run("why", event_id, "--db", stored_db)
    assert result.exit_code == 0 and event_id in result.stdout


def test_show_reports_an_unreadable_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("show", empty)
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "empty" in result.stderr and "Traceback" not in result.output
