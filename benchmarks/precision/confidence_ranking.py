"""Does an event's confidence rank the events we invent below the true ones? Every prediction on the dev material,
paired with the gold the scorer's way, with the parts its confidence is made of.

    PYTHONPATH=src .venv/bin/python benchmarks/precision/confidence_ranking.py            # tables per set
    ... confidence_ranking.py --list            # also every extra event with its parts and its sentence
    ... confidence_ranking.py --tsv out.tsv     # one row per prediction (set, paired, parts) for other cuts

Dev material only (session 30's precision round): news-long, news-dev2..6 and news-check14 whole, the dev parts of
news-dev7..16 (``gold_lines(..., "dev")``, every third story held out), news-nonevent..4 whole and the gold-dev parts
of news-nonevent5..14. Held parts are never read here. The parts are recorded by wrapping ``assemble._confidence``
(the draft's detector score, the classifier's event probability, its date, place, actors and toll) and read off the
group of mentions it is given (sentences, own day, noun-only act, lead paragraph, a quote, the day's age); wrapping
``assemble.is_real_event`` also records the groups the filter vetoes (``--tsv`` rows with ``true`` None), the events
the pipeline would invent without its readings.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE))
from benchmark_scripts import _gold_lines  # noqa: E402
from pooled_parts import numbered_sets, with_absolute_path  # noqa: E402

from eventwire.evaluate import load_gold  # noqa: E402
from eventwire.evaluate.run import as_record, default_pipeline  # noqa: E402
from eventwire.evaluate.score import pair_article  # noqa: E402
from eventwire.extract import assemble  # noqa: E402
from eventwire.extract.event_filter import _named_by_a_noun_only  # noqa: E402

THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
QUOTES = ('"', "“", "”")


def dev_sets() -> list[tuple[str, list[str]]]:
    """(set name, gold lines with absolute paths) for every set of the dev material."""
    sets = []
    for name in ("news-long", "news-dev2", "news-dev3", "news-dev4", "news-dev5", "news-dev6", "news-check14"):
        folder = HERE / name
        sets.append((name, [with_absolute_path(line, folder) for line in _gold_lines(folder, "all")]))
    sets += [(f.name, [with_absolute_path(line, f) for line in _gold_lines(f, "dev")])
             for f in numbered_sets("news-dev", 7)]
    for folder in [HERE / "news-nonevent", *(HERE / f"news-nonevent{n}" for n in (2, 3, 4))]:
        sets.append((folder.name, [with_absolute_path(line, folder) for line in _gold_lines(folder, "all")]))
    for folder in numbered_sets("news-nonevent", 5):
        text = (folder / "gold-dev.jsonl").read_text(encoding="utf-8")
        sets.append((folder.name, [with_absolute_path(line, folder) for line in text.splitlines() if line.strip()]))
    return sets


PARTS: dict[tuple[str, int], dict] = {}
VETOED: list[dict] = []
PUBLISHED: dict[str, object] = {}  # article id → its publication day, read off the context the filter is given


def group_parts(mentions, event_probability, published) -> dict:
    """What a group of mentions shows, whatever is decided about it: its sentences, own day and its age."""
    first = mentions[0]
    days = [d.day for m in mentions for d in m.dates]
    return {
        "detector": max(m.detection.score for m in mentions), "probability": event_probability,
        "own_day": bool(days), "age": (published - max(days)).days if days and published else None,
        "town": any(p.cue in ("in", "near") for m in mentions for p in m.places),
        "deaths": any(m.deaths for m in mentions),
        "sentences": len({m.sentence.start for m in mentions}), "lead": first.sentence.paragraph == 0,
        "noun_only": _named_by_a_noun_only(mentions),
        "quoted": any(q in m.sentence.text for m in mentions for q in QUOTES),
        "sentence": first.sentence.text.strip()[:300],
    }


def _recording_filter(original):
    def is_real_event(mentions, prediction, context):
        real = original(mentions, prediction, context)
        PUBLISHED[context.article.id] = context.published
        if not real:
            VETOED.append({"story": context.article.id, "true": None,
                           **group_parts(mentions, prediction.event_probability, context.published)})
        return real
    return is_real_event


def _recording_confidence(original):
    def confidence(mentions, draft, inferred_date, event_probability):
        value = original(mentions, draft, inferred_date, event_probability)
        trigger = draft.evidence.get("event_type") or draft.evidence.get("sub_event_type") or ()
        key = (draft.article_id, trigger[0].start if trigger else -1)
        PARTS[key] = {
            **group_parts(mentions, event_probability, PUBLISHED.get(draft.article_id)),
            "confidence": value, "inferred_date": inferred_date, "place": bool(draft.place_mentions),
            "actor1": bool(draft.actor1), "toll": bool(draft.fatalities.fatalities),
        }
        return value
    return confidence


def predictions_with_parts(lines: list[str], pipeline, workdir: Path) -> list[dict]:
    gold_path = workdir / "gold.jsonl"
    gold_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold = load_gold(gold_path)
    records = [as_record(e) for e in pipeline([a.path for a in gold])]
    by_file = defaultdict(list)
    for record in records:
        by_file[Path(record["sources"][0]["path"]).name].append(record)
    rows = []
    for article in gold:
        predicted = by_file.get(article.file_name, [])
        paired = {id(p.predicted) for p in pair_article(article, predicted)} if article.events else set()
        for record in predicted:
            trigger = (record.get("evidence") or {}).get("event_type") or \
                (record.get("evidence") or {}).get("sub_event_type") or []
            article_id = record["sources"][0]["article_id"]
            parts = PARTS.get((article_id, trigger[0]["start"] if trigger else -1), {})
            rows.append({"story": article.article_id, "true": id(record) in paired,
                         "type": record.get("sub_event_type"), "date": record.get("event_date"),
                         "precision": record.get("time_precision"),
                         "day_said": " | ".join(e["text"] for e in (record.get("evidence") or {}).get("event_date", [])),
                         "geo_precision": record.get("geo_precision"), **parts,
                         "confidence": record.get("confidence")})
    return rows


def threshold_table(rows_by_set: dict[str, list[dict]], gold_counts: dict[str, int], key: str) -> None:
    print(f"\nkept true / kept extra at each threshold of {key} (gold events in brackets)")
    print("set".ljust(16) + "".join(f"{t:>9}" for t in THRESHOLDS))
    for name, rows in [*rows_by_set.items(), ("ALL", [r for rs in rows_by_set.values() for r in rs])]:
        cells = []
        for t in THRESHOLDS:
            kept = [r for r in rows if (r.get(key) if r.get(key) is not None else 1.0) >= t]
            cells.append(f"{sum(r['true'] for r in kept)}/{sum(not r['true'] for r in kept)}")
        gold = gold_counts.get(name, sum(gold_counts.values()))
        print(f"{name} ({gold})".ljust(16) + "".join(f"{c:>9}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every extra event with its parts")
    parser.add_argument("--tsv", type=Path, help="write one row per prediction")
    args = parser.parse_args()
    assemble._confidence = _recording_confidence(assemble._confidence)
    assemble.is_real_event = _recording_filter(assemble.is_real_event)
    pipeline = default_pipeline()
    rows_by_set, gold_counts = {}, {}
    with tempfile.TemporaryDirectory() as workdir:
        for name, lines in dev_sets():
            vetoed_before = len(VETOED)
            rows = predictions_with_parts(lines, pipeline, Path(workdir))
            rows_by_set[name] = [{"set": name, **r} for r in rows]
            for row in VETOED[vetoed_before:]:
                row["set"] = name
            gold_counts[name] = sum(len(json.loads(line)["events"]) for line in lines)
    threshold_table(rows_by_set, gold_counts, "confidence")
    threshold_table(rows_by_set, gold_counts, "probability")
    if args.list:
        for row in (r for rs in rows_by_set.values() for r in rs if not r["true"]):
            print(json.dumps(row, ensure_ascii=False))
    if args.tsv:
        rows = [r for rs in rows_by_set.values() for r in rs] + VETOED
        columns = sorted({k for r in rows for k in r})
        lines = ["\t".join(columns)] + ["\t".join(str(r.get(c, "")) for c in columns) for r in rows]
        args.tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
