"""The long-news dev set (benchmarks/news-long): actor names, counts, the scorer's extras.

The set is a yardstick for extraction on real-looking wire stories. The gold schema, parsing and originality
checks it shares with news-check are in test_long_news_gold.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from benchmark_sets import load_script
from eventwire.countries import country_by_name
from eventwire.evaluate import load_gold

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-long"
GOLD = SET_DIR / "gold.jsonl"
ACTOR_DIR = REPO / "src" / "eventwire" / "data" / "actors"

MIN_ARTICLES = 40
MIN_NON_EVENT_ARTICLES = 8
MIN_GOLD_EVENTS, MAX_GOLD_EVENTS = 90, 120
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


# --------------------------------------------------------------------------- actors


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


# --------------------------------------------------------------------------- scorer helpers


def _load_scorer():
    return load_script(SET_DIR / "score.py", "score_news_long")


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
