"""Score cross-outlet merging on the sixth merge set (benchmarks/merge-news6) with the first set's scorer.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/merge-news6/score.py [--part dev|held|all] [-v]

Same mapping of reports to gold, same pairwise precision / recall / wrong merges as
``benchmarks/merge-news/score.py`` (imported, not copied). The set is split by incident group (the gold's
``group``, 1–8, an incident with its look-alike): every third group (3, 6) is the **held part**, scored for its
totals only (never its missed pairs or events); ``dev`` (the default) is the rest.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import load_script, pop_part, score_with  # noqa: E402

FIRST_SET_SCORER = HERE.parent / "merge-news" / "score.py"
HELD_EVERY = 3  # every third incident group is held out


def load_scorer():
    return load_script(FIRST_SET_SCORER)


def in_part(group: int, part: str) -> bool:
    held = group % HELD_EVERY == 0
    return part == "all" or (part == "held") == held


def part_gold_lines(part: str) -> list[str]:
    lines = [line for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return [line for line in lines if in_part(json.loads(line)["group"], part)]


def score_held_totals(gold: Path) -> None:
    """Precision, recall and the number of wrong merges only: the held part's errors are never shown."""
    scorer = load_scorer()
    reports_gold = scorer.load_gold(gold)
    paths = sorted({gold.parent / "articles" / g.file for g in reports_gold})
    reports = scorer.extract_reports(paths)
    clusters, _ = scorer.cluster_events(reports)
    result = scorer.score(reports_gold, reports, clusters)
    print(json.dumps({"part": "held",
                      "pairwise precision": result["pairwise precision"],
                      "pairwise recall": result["pairwise recall"],
                      "gold pairs": result["gold pairs"],
                      "wrong merges": len(result["wrong merges"]),
                      "wrong merges, by article": len(result["wrong merges, by article"])}, indent=2))


def main() -> None:
    part = pop_part(sys.argv, default="dev")
    with tempfile.TemporaryDirectory() as workdir:
        gold = Path(workdir) / f"gold-{part}.jsonl"
        gold.write_text("\n".join(part_gold_lines(part)) + "\n", encoding="utf-8")
        (Path(workdir) / "articles").symlink_to(HERE / "articles")
        if part == "held":
            score_held_totals(gold)
        else:
            score_with(FIRST_SET_SCORER, gold)


if __name__ == "__main__":
    main()
