"""False events on the non-event news set: how many events the pipeline invents per story, and from which sentence.

    cd /work/h-nonevent && PYTHONPATH=src /work/main/.venv/bin/python benchmarks/news-nonevent/score.py
    ... score.py --pred predictions.jsonl     # score saved event records instead of running the pipeline
    ... score.py --save-pred out.jsonl        # keep this run's records
    ... score.py --json summary.json          # the counts per story, machine-readable

Every story of the set has gold `[]`, so every predicted event is false. The pipeline run, the grouping of
records by file and the false-event count are those of `benchmarks/news-long/score.py` (imported, not copied);
this script adds the sentence that carried each false event's type (its `event_type` evidence span).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Mapping, Sequence

from eventwire.evaluate import load_gold
from eventwire.extract.sentences import split_sentences
from eventwire.ingest import read_article

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import load_script  # noqa: E402
GOLD = HERE / "gold.jsonl"
LONG_NEWS_SCORER = HERE.parent / "news-long" / "score.py"
# Evidence fields tried in order to find the sentence an event came from (the act first, then its date).
TRIGGER_FIELDS = ("event_type", "sub_event_type", "fatalities", "event_date")


def load_long_news_scorer():
    """benchmarks/news-long/score.py as a module (it is a script, not a package module)."""
    return load_script(LONG_NEWS_SCORER, "news_long_score")


def trigger_sentence(record: Mapping[str, Any], text: str) -> str:
    """The sentence of ``text`` holding the first evidence span of the record's act (or '?' when none)."""
    evidence = record.get("evidence") or {}
    spans = next((evidence[name] for name in TRIGGER_FIELDS if evidence.get(name)), None)
    if not spans:
        return "?"
    start = spans[0]["start"]
    sentence = next((s for s in split_sentences(text) if s.start <= start < s.end), None)
    return sentence.text if sentence else spans[0]["text"]


def false_event_rows(gold, by_file) -> list[dict[str, Any]]:
    """One row per false event: story, kind of story, the event's type and date, and its sentence."""
    rows = []
    for article in gold:
        records = by_file.get(article.file_name, ())
        text = read_article(article.path)[0].text if records else ""
        for record in records:
            rows.append({
                "article_id": article.article_id,
                "sub_event_type": record.get("sub_event_type"),
                "event_date": record.get("event_date"),
                "fatalities": record.get("fatalities"),
                "sentence": trigger_sentence(record, text),
            })
    return rows


def summary(gold, records, scorer) -> dict[str, Any]:
    by_file = scorer.records_by_file(records)
    per_story = scorer.false_events_on_non_event_articles(gold, by_file)
    return {
        "stories": len(per_story),
        "false_events": sum(per_story.values()),
        "false_events_per_story": round(sum(per_story.values()) / max(len(per_story), 1), 3),
        "stories_with_false_events": sum(1 for n in per_story.values() if n),
        "by_story": per_story,
        "false_event_sentences": false_event_rows(gold, by_file),
    }


def print_summary(result: Mapping[str, Any]) -> None:
    print(f"stories {result['stories']}  false events {result['false_events']}  "
          f"per story {result['false_events_per_story']:.3f}  "
          f"stories affected {result['stories_with_false_events']}")
    for row in result["false_event_sentences"]:
        print(f"  {row['article_id']}  {row['sub_event_type']}  {row['event_date']}  fat={row['fatalities']}")
        print(f"      {row['sentence'][:220]}")


def main(argv: Sequence[str] | None = None) -> None:
    scorer = load_long_news_scorer()
    args = scorer.score_arguments(__doc__.splitlines()[0], GOLD).parse_args(argv)
    gold = load_gold(args.gold)
    records = scorer.event_records(args, gold)
    result = summary(gold, records, scorer)
    print_summary(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
