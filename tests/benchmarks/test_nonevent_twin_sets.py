"""The non-event sets with twins (benchmarks/news-nonevent2 to news-nonevent4): 20 long stories that report no
codable event and 5 "twins" that report one amid the same kind of context. Their shape, originality and the
pipeline's floor on them are checked here; the kinds of passage behind each set are tested in
tests/extract/test_nonevent_news2.py, test_nonevent_news3.py and test_nonevents_round4.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmark_sets import body_words, copied_from, gold_rows, load_script
from eventwire.evaluate import load_gold
from eventwire.ingest import read_article

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
NON_EVENT_STORIES, TWINS = 20, 5
MIN_WORDS = 300


@dataclass(frozen=True)
class TwinSet:
    name: str
    max_words: int
    # The floor: every set ended its round with 0 false events on its 20 stories and every twin's one event found
    # (news-nonevent2: 4 of 5 pair, tw-004's place being a geo error); the slack is for other stages' changes.
    max_false_events: int
    min_twin_recall: float = 0.8

    @property
    def folder(self) -> Path:
        return REPO / "benchmarks" / self.name


SETS = [
    TwinSet("news-nonevent2", max_words=700, max_false_events=2),  # first run: 13 false events
    TwinSet("news-nonevent3", max_words=800, max_false_events=1),  # first run: 9 false events on 8 stories
    TwinSet("news-nonevent4", max_words=600, max_false_events=1),  # first run: 8 false events on 7 stories
]


@pytest.fixture(scope="module", params=SETS, ids=lambda s: s.name)
def twin_set(request) -> TwinSet:
    return request.param


def test_the_set_has_long_non_event_stories_and_twins_with_one_event(twin_set) -> None:
    rows = gold_rows(twin_set.folder)
    twins = [row for row in rows if row["events"]]
    assert len(rows) - len(twins) == NON_EVENT_STORIES and len(twins) == TWINS
    assert all(len(row["events"]) == 1 for row in twins)
    for row in rows:
        assert MIN_WORDS <= body_words(twin_set.folder / row["path"]) <= twin_set.max_words, row["article_id"]


def test_every_story_is_read_with_the_publication_day_of_its_gold(twin_set) -> None:
    for row in gold_rows(twin_set.folder):
        article = read_article(twin_set.folder / row["path"])[0]
        assert article.published_at.date().isoformat() == row["published_at"], row["article_id"]


def test_the_set_copies_nothing_from_shared(twin_set) -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    rows = gold_rows(twin_set.folder)
    texts = {row["article_id"]: (twin_set.folder / row["path"]).read_text(encoding="utf-8") for row in rows}
    assert copied_from(SHARED, texts) == []


def test_the_pipeline_holds_the_sets_floor(twin_set) -> None:
    # every set's score.py is (a wrapper of) news-nonevent2's scorer, whose functions this test calls
    scorer = load_script(REPO / "benchmarks" / "news-nonevent2" / "score.py", "news_nonevent2_score")
    non_event = scorer.load_non_event_scorer()
    long_news = non_event.load_long_news_scorer()
    gold = load_gold(twin_set.folder / "gold.jsonl")
    records = long_news.run_pipeline(gold)
    assert non_event.summary(gold, records, long_news)["false_events"] <= twin_set.max_false_events
    assert scorer.twin_summary(gold, records, long_news)["report"]["recall"] >= twin_set.min_twin_recall
