"""Every shipped example reads; every article of the shared eval sets and the seed parses."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingest import iter_articles, read_article
from eventwire.records import Article, ReadFailure

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
# At least the articles examples/README.md lists; more may be added.
MIN_EXAMPLE_ARTICLES = 24


def test_every_example_reads_without_failure() -> None:
    entries = list(iter_articles([EXAMPLES]))
    failures = [str(e) for e in entries if isinstance(e, ReadFailure)]
    assert failures == []
    assert len(entries) >= MIN_EXAMPLE_ARTICLES


def test_examples_have_dates_titles_and_clean_text() -> None:
    for article in iter_articles([EXAMPLES]):
        assert isinstance(article, Article)
        assert article.title and article.published_at is not None, article.path
        assert 120 <= len(article.text.split()) <= 500, article.path
        assert article.dateline is not None, article.path


def test_near_duplicate_examples_have_different_ids_but_share_most_text() -> None:
    first = read_article(EXAMPLES / "11a_drc_kasindi_church.txt")[0]
    second = read_article(EXAMPLES / "11b_drc_kasindi_church_republished.txt")[0]
    assert first.id != second.id
    shared_lines = set(first.text.split("\n")) & set(second.text.split("\n"))
    assert len(shared_lines) >= 4


def _shared_articles(shared: Path) -> list[Path]:
    paths = sorted(shared.glob("eval/*/articles/*.txt")) + sorted(shared.glob("seed/*.txt"))
    if not paths:
        pytest.skip("no eval articles under ../shared")
    return paths


def test_every_shared_eval_article_parses_with_title_and_date(shared_dir: Path) -> None:
    paths = _shared_articles(shared_dir)
    problems = []
    for entry in iter_articles(paths):
        if isinstance(entry, ReadFailure):
            problems.append(str(entry))
        elif not entry.title or entry.published_at is None or entry.source_format != "scraper":
            problems.append(f"{entry.path}: missing title or date")
    assert problems == []


def test_seed_dateline_and_boilerplate(shared_dir: Path) -> None:
    seeds = sorted((shared_dir / "seed").glob("*.txt"))
    if not seeds:
        pytest.skip("no seed story under ../shared")
    (article,) = read_article(seeds[0])
    assert article.dateline is not None and article.dateline.country == "Mali"
    assert article.dateline.published == article.published_date
    assert len(article.removed) >= 4
    assert not any(line in article.text for line in article.removed)
