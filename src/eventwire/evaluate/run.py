"""Run extraction over a gold set's articles and score it (`eventwire eval GOLD.jsonl`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from eventwire.errors import GoldFormatError
from eventwire.evaluate.gold import load_gold
from eventwire.evaluate.report import EvalReport
from eventwire.evaluate.score import score

PipelineFn = Callable[[Sequence[Path]], Iterable[Any]]


def evaluate_set(
    gold_path: str | Path, pipeline_fn: PipelineFn | None = None, match_country: bool = True
) -> EvalReport:
    """Extract events from every article of the gold file and score them.

    ``pipeline_fn(paths)`` yields events (objects with ``to_record()``) or event-record dicts; by default
    the full pipeline, or extraction alone when the pipeline cannot be loaded.
    """
    gold = load_gold(gold_path)
    paths = [article.path for article in gold]
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise GoldFormatError(f"{gold_path}: article file not found: {missing[0]}")
    records = [as_record(event) for event in (pipeline_fn or default_pipeline())(paths)]
    return score(gold, records, match_country=match_country)


def read_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Event records from a JSONL file (one per line, as `eventwire extract --format jsonl` writes)."""
    records = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise GoldFormatError(f"{path}:{number}: not JSON ({err.msg})") from err
    return records


def as_record(event: Any) -> Mapping[str, Any]:
    return event.to_record() if hasattr(event, "to_record") else event


def default_pipeline() -> PipelineFn:
    """The whole pipeline (extract + geo), one event per article report: gold pairs events by article."""
    from eventwire.pipeline import Toolkit, extract_paths

    toolkit = Toolkit.load()
    return lambda paths: extract_paths(list(paths), toolkit=toolkit, merge=False)


def extract_only(paths: Sequence[Path]) -> Iterator[dict[str, Any]]:
    """Extraction without the geo stage: country from the hint, location from the best place mention."""
    from eventwire.extract import ExtractionKit, extract_events
    from eventwire.ingest import iter_articles
    from eventwire.records import Article

    kit = ExtractionKit.load()
    for article in iter_articles(paths):
        if isinstance(article, Article):
            for draft in extract_events(article, kit):
                yield draft_record(draft, article)


def draft_record(draft: Any, article: Any) -> dict[str, Any]:
    """A minimal event record from an ungeocoded draft (enough for scoring)."""
    place = draft.place
    return {
        "event_date": draft.event_date.isoformat() if draft.event_date else None,
        "time_precision": draft.time_precision,
        "event_type": draft.event_type,
        "sub_event_type": draft.sub_event_type,
        "actor1": draft.actor1,
        "actor2": draft.actor2,
        "country": place.country if place else draft.country_hint,
        "admin1": place.admin1 if place else None,
        "location": place.location if place else _best_place_name(draft),
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": place.geo_precision if place else None,
        "fatalities": draft.fatalities.fatalities,
        "notes": draft.notes,
        "confidence": draft.confidence,
        "sources": [{"article_id": article.id, "path": article.path}],
    }


def _best_place_name(draft: Any) -> str | None:
    named = [m for m in draft.place_mentions if m.cue != "dateline"]
    return named[0].name if named else None
