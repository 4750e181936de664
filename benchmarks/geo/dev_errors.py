"""Admin1 errors of the whole pipeline on a gold set, grouped by country (for finding *kinds* of errors).

Extraction runs once and its drafts are cached (pickle under --cache, outside the repo), so that geo changes
can be re-scored in seconds:

    EVENTWIRE_GAZETTEER=/path/gaz.sqlite PYTHONPATH=src python benchmarks/geo/dev_errors.py GOLD [--cache DIR] [-v]
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
from collections import defaultdict
from pathlib import Path

from eventwire.evaluate.gold import load_gold
from eventwire.evaluate.score import pair_article, score
from eventwire.extract import ExtractionKit, extract_events
from eventwire.geo import Gazetteer, Geocoder, geocode_draft
from eventwire.ingest import iter_articles
from eventwire.records import Article
from eventwire.resolve import event_from_draft


def cached_drafts(paths, cache: Path) -> list[tuple[Article, list]]:
    digest = hashlib.sha1("\n".join(map(str, paths)).encode()).hexdigest()[:12]
    file = cache / f"drafts-{digest}.pickle"
    if file.exists():
        return pickle.loads(file.read_bytes())
    kit = ExtractionKit.load()
    drafts = [(a, list(extract_events(a, kit))) for a in iter_articles(paths) if isinstance(a, Article)]
    cache.mkdir(parents=True, exist_ok=True)
    file.write_bytes(pickle.dumps(drafts))
    return drafts


def records(drafts, geocoder: Geocoder) -> list[dict]:
    """The geo stage and event records (actors stay unqualified: that does not move places)."""
    out = []
    for article, article_drafts in drafts:
        for draft in article_drafts:
            out.append(event_from_draft(geocode_draft(draft, article, geocoder), article).to_record())
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/eventwire-geo-cache"))
    parser.add_argument("-v", action="store_true", help="list every admin1 mismatch")
    parser.add_argument("--pairs", type=Path, help="write every matched pair's places to this file (to diff runs)")
    args = parser.parse_args()
    gold = load_gold(args.gold)
    drafts = cached_drafts([a.path for a in gold], args.cache)
    predicted = records(drafts, Geocoder(Gazetteer.open(None)))
    print_report(gold, predicted, args.v, args.pairs)


def print_report(gold, predicted, verbose: bool = False, pairs: Path | None = None) -> None:
    """Place fields and F1; with ``verbose`` every admin1 mismatch; with ``pairs`` every pair to that file."""
    report = score(gold, predicted)
    for name in ("country", "admin1", "location", "within_25km"):
        field = report.fields.get(name)
        print(f"{name:12s} {field.accuracy:.3f}" if field and field.accuracy is not None else name)
    print(f"F1 {report.f1:.3f}")
    if verbose:
        print_mismatches(gold, predicted)
    if pairs:
        pairs.write_text("\n".join(pair_lines(gold, predicted)) + "\n")


def matched_pairs(gold, predicted):
    by_file = defaultdict(list)
    for record in predicted:
        by_file[Path(record["sources"][0]["path"]).name].append(record)
    return [p for article in gold for p in pair_article(article, by_file[article.file_name])]


def pair_lines(gold, predicted) -> list[str]:
    lines = []
    for pair in matched_pairs(gold, predicted):
        g, p = pair.gold, pair.predicted
        near = "near" if pair.agreement.get("within_25km") else "FAR"
        lines.append(f"{pair.article} {near} gold {g.get('admin1')}/{g.get('location')} | ours {p.get('admin1')}/"
                     f"{p.get('location')} p{p.get('geo_precision')}")
    return lines


def print_mismatches(gold, predicted) -> None:
    by_country = defaultdict(list)
    for pair in matched_pairs(gold, predicted):
        if pair.agreement.get("admin1") is False:
            g, p = pair.gold, pair.predicted
            by_country[g.get("country")].append(
                f"  gold {g.get('admin1')!s:22s} {g.get('location')!s:22s} | ours {p.get('admin1')!s:22s} "
                f"{p.get('location')!s:22s} p{p.get('geo_precision')}  {pair.article}")
    for country, lines in sorted(by_country.items(), key=lambda kv: -len(kv[1])):
        print(f"{country} ({len(lines)})")
        print("\n".join(lines))


if __name__ == "__main__":
    main()
