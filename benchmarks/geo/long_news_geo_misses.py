"""List the geo misses (admin1 or 25 km) of paired events on a long-news gold set, with the predicted place.

    PYTHONPATH=src .venv/bin/python benchmarks/geo/long_news_geo_misses.py benchmarks/news-dev2/gold.jsonl \
        [--pred saved.jsonl] [--part dev|held|all]

Uses the scorer's own pairing (`eventwire.evaluate.score.pair_article`), so a miss listed here is one the
headline counts. For finding *kinds* of errors only; never write a rule for one listed item. ``--part dev`` keeps a split set's dev
part (news-dev7 on: every third story is held and never listed); the held part is refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news-long"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmark_scripts import in_part  # noqa: E402

from score import records_by_file, run_pipeline  # noqa: E402

from eventwire.evaluate import load_gold, read_predictions  # noqa: E402
from eventwire.evaluate.score import pair_article  # noqa: E402


def describe_misses(gold_path: Path, pred_path: Path | None, part: str = "all") -> None:
    gold = [a for position, a in enumerate(load_gold(gold_path), start=1) if in_part(position, part)]
    records = read_predictions(pred_path) if pred_path else run_pipeline(gold)
    by_file = records_by_file(records)
    for article in gold:
        for pair in pair_article(article, by_file.get(article.file_name, [])):
            agreement = pair.agreement
            if agreement.get("admin1") is False or agreement.get("within_25km") is False:
                print(_line(article.article_id, pair))


def _line(article_id: str, pair) -> str:
    gold, predicted = pair.gold, pair.predicted
    flags = [k for k in ("admin1", "within_25km") if pair.agreement.get(k) is False]
    return (f"{article_id} {','.join(flags)}: gold {gold.get('location')!r} "
            f"[{gold.get('admin1')}] vs pred {predicted.get('location')!r} "
            f"[{predicted.get('admin1')}] prec {predicted.get('geo_precision')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--pred", type=Path)
    parser.add_argument("--part", choices=("dev", "all"), default="all", help="a split set's dev part only")
    args = parser.parse_args()
    describe_misses(args.gold, args.pred, args.part)


if __name__ == "__main__":
    main()
