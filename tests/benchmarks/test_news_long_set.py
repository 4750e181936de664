"""The long-news dev set (benchmarks/news-long): gold schema, counts, parsing, originality.

The set is a yardstick for extraction on real-looking wire stories; these checks keep it loadable by
`eventwire eval`, coded with the project's vocabulary, and free of text copied from ../shared.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from eventwire.countries import country_by_name
from eventwire.evaluate import load_gold
from eventwire.ingest import read_article
from eventwire.records import EVENT_TYPE_OF, SUB_EVENT_TYPES

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-long"
GOLD = SET_DIR / "gold.jsonl"
SHARED = REPO / ".." / "shared"
ACTOR_DIR = REPO / "src" / "eventwire" / "data" / "actors"

MIN_ARTICLES = 40
MIN_NON_EVENT_ARTICLES = 8
MIN_GOLD_EVENTS, MAX_GOLD_EVENTS = 90, 120
MIN_WORDS, MAX_WORDS = 250, 700
# A 10-word run shared with ../shared means copied text: ten words in the same order do not recur by chance
# in independently written news, while shorter runs ("according to the United Nations") do.
COPY_RUN_WORDS = 10
ARTICLE_FIELDS = {"article_id", "path", "published_at", "events"}
REQUIRED_EVENT_FIELDS = {"event_date", "time_precision", "event_type", "sub_event_type", "country", "reason"}
KNOWN_EVENT_FIELDS = REQUIRED_EVENT_FIELDS | {
    "date_window", "actor1", "actor2", "admin1", "location", "latitude", "longitude", "fatalities",
    "fatalities_ok", "optional",
}
# Generic actors are named after the country of the event; state forces may carry an ACLED sub-unit.
GENERIC_ACTOR = re.compile(
    r"^(Civilians|Protesters|Rioters|Unidentified Armed Group|[A-Z][a-z]+ Ethnic Militia) \((?P<country>[^)]+)\)$"
)
STATE_FORCES = re.compile(r"^(Military|Police) Forces of (the )?(?P<rest>[A-Z].*)$")
# ACLED names used in the gold that neither actor file lists yet.
EXTRA_ACTORS = {"PDF: People's Defense Force"}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def events(rows) -> list[tuple[dict, dict]]:
    return [(row, event) for row in rows for event in row["events"]]


@pytest.fixture(scope="module")
def known_actor_names() -> set[str]:
    named = yaml.safe_load((ACTOR_DIR / "named_actors.yaml").read_text(encoding="utf-8"))
    names = {entry["name"] for entry in named}
    table = (ACTOR_DIR / "acled_actor_names.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return names | {line.split("\t")[0] for line in table if line} | EXTRA_ACTORS


# --------------------------------------------------------------------------- gold schema


def test_gold_loads_with_the_scorer(rows):
    assert len(load_gold(GOLD)) == len(rows)


def test_article_rows_have_the_documented_fields(rows):
    for row in rows:
        assert set(row) == ARTICLE_FIELDS, row["article_id"]
        assert Path(row["path"]).stem == row["article_id"]
        date.fromisoformat(row["published_at"])


def test_article_ids_are_unique(rows):
    ids = [row["article_id"] for row in rows]
    assert len(ids) == len(set(ids))


def test_event_fields_are_known_and_complete(events):
    for row, event in events:
        assert REQUIRED_EVENT_FIELDS <= set(event), (row["article_id"], event)
        assert set(event) <= KNOWN_EVENT_FIELDS, (row["article_id"], set(event) - KNOWN_EVENT_FIELDS)
        assert event["reason"].strip()


def test_types_and_sub_types_are_spelled_as_in_records(events):
    for row, event in events:
        assert event["event_type"] in SUB_EVENT_TYPES, row["article_id"]
        assert EVENT_TYPE_OF[event["sub_event_type"]] == event["event_type"], row["article_id"]


def test_event_dates_fall_in_their_window_and_not_after_publication(events):
    for row, event in events:
        day = date.fromisoformat(event["event_date"])
        assert day <= date.fromisoformat(row["published_at"]), row["article_id"]
        if "date_window" in event:
            first, last = (date.fromisoformat(d) for d in event["date_window"])
            assert first <= day <= last, (row["article_id"], event["event_date"])


def test_time_precision_is_a_coding_rules_value(events):
    for row, event in events:
        assert event["time_precision"] in (1, 2, 3), row["article_id"]
        if event["time_precision"] > 1:
            assert "date_window" in event, (row["article_id"], "a vague date needs its window")


def test_fatalities_are_conservative_within_their_range(events):
    for row, event in events:
        fatalities = event.get("fatalities")
        assert fatalities is None or (isinstance(fatalities, int) and fatalities >= 0), row["article_id"]
        if "fatalities_ok" in event and fatalities is not None:
            low, high = event["fatalities_ok"]
            assert low <= fatalities <= high, (row["article_id"], event["fatalities_ok"])


def test_countries_are_known_by_name(events):
    for row, event in events:
        country = country_by_name(event["country"])
        assert country is not None and country.name == event["country"], (row["article_id"], event["country"])


def test_coordinates_are_paired_and_in_range(events):
    for row, event in events:
        assert ("latitude" in event) == ("longitude" in event), row["article_id"]
        if "latitude" in event:
            assert -90 <= event["latitude"] <= 90 and -180 <= event["longitude"] <= 180


def test_actor_names_follow_the_dictionary(events, known_actor_names):
    for row, event in events:
        for role in ("actor1", "actor2"):
            name = event.get(role)
            if name is None or name in known_actor_names:
                continue
            assert _actor_country(name) is not None, (row["article_id"], name)


def _actor_country(name: str):
    """The country a generic or state-forces actor name is built on (None when the name fits neither)."""
    generic = GENERIC_ACTOR.match(name)
    if generic:
        return country_by_name(generic["country"])
    forces = STATE_FORCES.match(name)
    if not forces:
        return None
    words = forces["rest"].split()  # "Yemen Supreme Political Council": the longest leading country name
    found = (country_by_name(" ".join(words[:size])) for size in range(len(words), 0, -1))
    return next((country for country in found if country is not None), None)


def test_actor_country_helper_rejects_made_up_names():
    assert _actor_country("Military Forces of the Democratic Republic of Congo").name == "Democratic Republic of Congo"
    assert _actor_country("Police Forces of Kenya General Service Unit").name == "Kenya"
    assert _actor_country("Military Forces of Atlantis") is None
    assert _actor_country("Some Fighters") is None


def test_violence_against_civilians_has_civilian_victims_when_named(events):
    for row, event in events:
        victims = event.get("actor2")
        if event["event_type"] == "Violence against civilians" and victims:
            assert victims.startswith("Civilians ("), (row["article_id"], victims)


# --------------------------------------------------------------------------- counts


def test_enough_articles_and_non_event_articles(rows):
    assert len(rows) >= MIN_ARTICLES
    assert sum(1 for row in rows if not row["events"]) >= MIN_NON_EVENT_ARTICLES


def test_gold_event_count_is_in_the_planned_range(events):
    assert MIN_GOLD_EVENTS <= len(events) <= MAX_GOLD_EVENTS


def test_most_event_articles_report_more_than_one_event(rows):
    with_events = [row for row in rows if row["events"]]
    several = [row for row in with_events if len(row["events"]) > 1]
    assert len(several) >= 0.75 * len(with_events)


# --------------------------------------------------------------------------- articles


@pytest.fixture(scope="module")
def articles(rows) -> dict[str, object]:
    return {row["article_id"]: read_article(SET_DIR / row["path"]) for row in rows}


def test_every_article_parses_to_one_article_with_title_and_date(rows, articles):
    for row in rows:
        parsed = articles[row["article_id"]]
        assert len(parsed) == 1, row["article_id"]
        article = parsed[0]
        assert article.title.strip(), row["article_id"]
        assert article.published_at is not None, row["article_id"]
        assert article.published_at.date().isoformat() == row["published_at"], row["article_id"]


def test_article_bodies_have_news_length(rows, articles):
    for row in rows:
        words = len(articles[row["article_id"]][0].text.split())
        assert MIN_WORDS <= words <= MAX_WORDS, (row["article_id"], words)


def test_no_orphan_article_files(rows):
    listed = {Path(row["path"]).name for row in rows}
    assert {p.name for p in (SET_DIR / "articles").glob("*.txt")} == listed


# --------------------------------------------------------------------------- originality


def _word_runs(text: str) -> set[int]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {hash(tuple(words[i:i + COPY_RUN_WORDS])) for i in range(len(words) - COPY_RUN_WORDS + 1)}


def _shared_files() -> list[Path]:
    return [p for p in SHARED.rglob("*") if p.is_file() and p.suffix in {".txt", ".md", ".jsonl", ".csv"}]


def test_no_article_sentence_is_copied_from_shared(rows):
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    article_runs = {row["article_id"]: _word_runs((SET_DIR / row["path"]).read_text(encoding="utf-8"))
                    for row in rows}
    every_run = set().union(*article_runs.values())
    copied = set()
    for path in _shared_files():
        copied |= every_run & _word_runs(path.read_text(encoding="utf-8", errors="ignore"))
    offenders = sorted(a for a, runs in article_runs.items() if runs & copied)
    assert not offenders, f"10-word runs shared with ../shared in {offenders}"


def test_the_copy_check_would_catch_a_copied_sentence():
    sentence = "Gunmen on motorbikes attacked the village market at dawn on Friday, residents said."
    story = f"A long story begins here. {sentence} It goes on."
    assert _word_runs(sentence) <= _word_runs(story)
    assert not _word_runs(sentence) & _word_runs("An unrelated paragraph about rain, crops and the harvest season.")


# --------------------------------------------------------------------------- scorer helpers


def _load_scorer():
    spec = importlib.util.spec_from_file_location("score_news_long", SET_DIR / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_scorer_counts_false_events_only_on_non_event_articles():
    scorer = _load_scorer()
    gold = load_gold(GOLD)
    empty = [a for a in gold if not a.events][:2]
    busy = next(a for a in gold if a.events)
    records = [{"sources": [{"path": str(empty[0].path)}], "country": "Egypt"}] * 2
    records += [{"sources": [{"path": str(busy.path)}], "country": "Nigeria"}]
    by_file = scorer.records_by_file(records)
    false_events = scorer.false_events_on_non_event_articles(gold, by_file)
    assert false_events[empty[0].article_id] == 2
    assert false_events[empty[1].article_id] == 0
    assert busy.article_id not in false_events


def test_scorer_lists_missed_and_extra_events_per_article():
    scorer = _load_scorer()
    gold = load_gold(GOLD)
    busy = next(a for a in gold if len([e for e in a.events if not e.optional]) >= 2)
    stray = {"sources": [{"path": str(busy.path)}], "country": "Atlantis", "event_date": "1900-01-01"}
    errors = scorer.error_kinds(gold, scorer.records_by_file([stray]))
    assert errors["extra event"] == [busy.article_id]
    assert errors["missed event"].count(busy.article_id) == len([e for e in busy.events if not e.optional])
