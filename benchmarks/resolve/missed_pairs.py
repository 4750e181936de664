"""Why the resolver keeps apart the reports of a gold pair: the judgement of every missed pair of a merge set.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/resolve/missed_pairs.py benchmarks/merge-news4 [...]

A set split into parts (merge-news5 on: gold rows carry a ``group``) is read through its own ``score.py``'s
``part_gold_lines("dev")``: the held part's pairs are never printed.

For each required gold pair (two articles, one incident) whose reports sit in different events, prints the
reports and the direct judgement between them (hard conflict or score against its bar). A pair kept apart
by a hard conflict on the date, the place or the type is extraction's or geo's business when the field is
wrong; a pair that scores under its bar, or that was refused a join, is resolve's.
"""

from __future__ import annotations

import sys
import tempfile
from itertools import product
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent / "merge-news" / "score.py"
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import load_script  # noqa: E402


def load_scorer():
    return load_script(SCORER)


def dev_gold(set_dir: Path) -> Path:
    """The set's gold file, or for a split set a copy holding its dev part only."""
    if not (set_dir / "score.py").read_text(encoding="utf-8").count("def part_gold_lines"):
        return set_dir / "gold.jsonl"
    lines = load_script(set_dir / "score.py").part_gold_lines("dev")
    dev = Path(tempfile.mkdtemp()) / "gold-dev.jsonl"
    dev.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return dev


def report_missed(set_dir: Path, scorer) -> None:
    from eventwire.resolve import cluster_events
    from eventwire.resolve.matching import judge

    gold = scorer.load_gold(dev_gold(set_dir))
    reports = scorer.extract_reports(sorted({set_dir / "articles" / g.file for g in gold}))
    clusters, _ = cluster_events(reports)
    result = scorer.score(gold, reports, clusters)
    by_file: dict = {}
    for g in gold:
        by_file.setdefault(g.file, []).append(g)
    mapped = {e.event_id: scorer.map_report(e, by_file.get(scorer.file_of(e), [])) for e in reports}
    print(f"== {set_dir.name}: recall {result['pairwise recall']}, precision {result['pairwise precision']}")
    for missed in result["missed pairs"]:
        incident, files = missed.split(": ")
        left, right = files.split("/")
        print(f"-- {missed}")
        side = {f: [e for e in reports if scorer.file_of(e) == f and mapped[e.event_id]
                    and mapped[e.event_id].incident == incident] for f in (left, right)}
        for f in (left, right):
            if not side[f]:
                print(f"   {f}: no report mapped to {incident}")
        for a, b in product(side[left], side[right]):
            j = judge(a, b)
            print("   ", scorer.describe(a))
            print("   ", scorer.describe(b))
            print("      ->", j.conflict or j.reasons[-1], "|", "; ".join(j.reasons[:-1]) if not j.conflict else "")


if __name__ == "__main__":
    scorer = load_scorer()
    for arg in sys.argv[1:]:
        report_missed(Path(arg), scorer)
