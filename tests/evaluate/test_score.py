"""The scorer on tiny hand-made gold and prediction files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import GoldFormatError
from eventwire.evaluate import haversine_km, load_gold, score

BASE_EVENT = {
    "event_date": "2019-11-01", "time_precision": 1, "event_type": "Battles", "sub_event_type": "Armed clash",
    "actor1": "Islamic State (Greater Sahara)", "actor2": "Military Forces of Mali (2016-)", "country": "Mali",
    "admin1": "Gao", "location": "Indelimane", "latitude": 15.87, "longitude": 1.52, "geo_precision": 1,
    "fatalities": 49,
}


def _write_gold(tmp_path: Path, articles: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
    return path


def _article(name: str, events: list[dict]) -> dict:
    return {"article_id": name, "path": f"articles/{name}.txt", "published_at": "2019-11-05", "events": events}


def _prediction(name: str, **fields) -> dict:
    record = {k: v for k, v in BASE_EVENT.items()}
    record["actor2"] = "Military Forces of Mali"
    record.update(fields)
    record["sources"] = [{"article_id": "x", "path": f"/data/in/{name}.txt"}]
    return record


def test_a_perfect_prediction_scores_one(tmp_path: Path) -> None:
    gold = load_gold(_write_gold(tmp_path, [_article("a", [BASE_EVENT])]))
    report = score(gold, [_prediction("a")])
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    assert all(s.accuracy == 1.0 for name, s in report.fields.items() if s.total), report.to_dict()


def test_regime_years_are_ignored_for_actors(tmp_path: Path) -> None:
    gold = load_gold(_write_gold(tmp_path, [_article("a", [BASE_EVENT])]))
    assert score(gold, [_prediction("a")]).accuracy("actor2") == 1.0


def test_a_wrong_country_does_not_pair(tmp_path: Path) -> None:
    gold = load_gold(_write_gold(tmp_path, [_article("a", [BASE_EVENT])]))
    report = score(gold, [_prediction("a", country="Niger")])
    assert (report.true_positives, report.false_positives, report.false_negatives) == (0, 1, 1)
    assert score(gold, [_prediction("a", country="Niger")], match_country=False).true_positives == 1


@pytest.mark.parametrize("day, pairs", [("2019-11-04", True), ("2019-11-05", False), ("2019-10-29", True)])
def test_dates_pair_within_three_days_of_the_window(tmp_path: Path, day: str, pairs: bool) -> None:
    gold = load_gold(_write_gold(tmp_path, [_article("a", [BASE_EVENT])]))
    report = score(gold, [_prediction("a", event_date=day)])
    assert report.true_positives == int(pairs)
    if pairs:
        assert report.accuracy("event_date") == 0.0


def test_a_date_inside_the_window_is_correct(tmp_path: Path) -> None:
    event = dict(BASE_EVENT, event_date="2019-11-02", date_window=["2019-11-02", "2019-11-03"], time_precision=2)
    gold = load_gold(_write_gold(tmp_path, [_article("a", [event])]))
    assert score(gold, [_prediction("a", event_date="2019-11-03")]).accuracy("event_date") == 1.0


def test_fatalities_within_the_accepted_range_are_correct(tmp_path: Path) -> None:
    event = {k: v for k, v in BASE_EVENT.items() if k != "fatalities"} | {"fatalities_ok": [20, 40]}
    gold = load_gold(_write_gold(tmp_path, [_article("a", [event])]))
    assert score(gold, [_prediction("a", fatalities=40)]).accuracy("fatalities") == 1.0
    assert score(gold, [_prediction("a", fatalities=49)]).accuracy("fatalities") == 0.0


def test_optional_gold_events_are_not_missed_nor_counted(tmp_path: Path) -> None:
    optional = dict(BASE_EVENT, event_date="2019-10-05", optional=True)
    gold = load_gold(_write_gold(tmp_path, [_article("a", [BASE_EVENT, optional])]))
    alone = score(gold, [_prediction("a")])
    assert (alone.true_positives, alone.false_negatives, alone.false_positives) == (1, 0, 0)
    both = score(gold, [_prediction("a"), _prediction("a", event_date="2019-10-05")])
    assert (both.true_positives, both.false_positives, both.precision) == (1, 0, 1.0)


def test_greedy_pairing_prefers_the_better_agreement(tmp_path: Path) -> None:
    second = dict(BASE_EVENT, event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                  fatalities=2, location=None, latitude=None, longitude=None)
    second = {k: v for k, v in second.items() if v is not None}
    gold = load_gold(_write_gold(tmp_path, [_article("a", [BASE_EVENT, second])]))
    predictions = [
        _prediction("a", event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                    fatalities=2, location=None),
        _prediction("a"),
    ]
    report = score(gold, predictions)
    assert report.true_positives == 2
    assert report.accuracy("event_type") == 1.0 and report.accuracy("fatalities") == 1.0


def test_predictions_for_unknown_files_are_ignored(tmp_path: Path) -> None:
    gold = load_gold(_write_gold(tmp_path, [_article("a", [BASE_EVENT])]))
    report = score(gold, [_prediction("a"), _prediction("zzz")])
    assert report.predicted_events == 1


def test_a_jsonl_row_pairs_with_the_gold_article_of_its_file(tmp_path: Path) -> None:
    article = {**_article("feed", [BASE_EVENT]), "path": "articles/feed.jsonl"}
    gold = load_gold(_write_gold(tmp_path, [article]))
    prediction = {**_prediction("feed"), "sources": [{"article_id": "x", "path": "/data/in/feed.jsonl:1"}]}
    assert score(gold, [prediction]).true_positives == 1


def test_within_25_km(tmp_path: Path) -> None:
    gold = load_gold(_write_gold(tmp_path, [_article("a", [BASE_EVENT])]))
    assert score(gold, [_prediction("a", latitude=15.95, longitude=1.60)]).accuracy("within_25km") == 1.0
    assert score(gold, [_prediction("a", latitude=16.5, longitude=1.52)]).accuracy("within_25km") == 0.0


def test_haversine_known_distance() -> None:
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.19, abs=0.1)


def test_report_json_and_table(tmp_path: Path) -> None:
    gold = load_gold(_write_gold(tmp_path, [_article("a", [BASE_EVENT]), _article("b", [BASE_EVENT])]))
    report = score(gold, [_prediction("a")])
    data = json.loads(report.to_json())
    assert data["recall"] == 0.5 and data["missed"][0]["file"] == "b.txt"
    assert report.to_table().row_count > 3


@pytest.mark.parametrize(
    "line, message",
    [
        ("not json", "not JSON"),
        ('{"events": []}', "expected an object with 'path'"),
        ('{"path": "a.txt", "events": [{"event_date": "5 Nov"}]}', "bad date"),
    ],
)
def test_bad_gold_lines_raise_a_one_line_error(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message):
        load_gold(path)


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="cannot read"):
        load_gold(tmp_path / "nope.jsonl")
