"""Score eventwire on the news-dev8 set with news-dev6's scorer (news-dev5's, news-dev3's, news-dev2's, with all its
options) on this gold, or on one of its two parts.

    PYTHONPATH=src .venv/bin/python benchmarks/news-dev8/score.py [--part dev|held|all] [--pred ...] [--save-pred ...]

The set is split before its first run: every third story in id order (n8-003, n8-006, ...) is the **held part**,
the rest the **dev part**. The held part is scored for its totals only (no per-story errors are printed), at the
first run and for the final report; kinds of error are looked for on the dev part alone.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import PARTS, in_part, load_script, score_with  # noqa: E402

def gold_lines(part: str) -> list[str]:
    lines = [line for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    lines.sort(key=lambda line: json.loads(line)["article_id"])
    return [line for i, line in enumerate(lines, start=1) if in_part(i, part)]


def take_part_option() -> str:
    """Remove ``--part X`` from the command line (the rest is the scorer's) and return X."""
    argv = sys.argv[1:]
    if "--part" not in argv:
        return "all"
    at = argv.index("--part")
    part = argv[at + 1] if at + 1 < len(argv) else ""
    if part not in PARTS:
        sys.exit(f"--part must be one of {', '.join(PARTS)}")
    del sys.argv[at + 1:at + 3]
    return part


def score_held_totals(gold: Path) -> None:
    """The held part's totals only: precision, recall, F1 and field accuracies, never a story's errors."""
    scorer = load_script(HERE.parent / "news-long" / "score.py")
    args = scorer.score_arguments("news-dev8 held part", gold).parse_args(sys.argv[1:])
    stories = scorer.load_gold(gold)
    scorer.print_totals(scorer.summary(stories, scorer.event_records(args, stories))["report"], "held part: ")


def main() -> None:
    part = take_part_option()
    with tempfile.TemporaryDirectory() as workdir:
        gold = Path(workdir) / f"gold-{part}.jsonl"
        gold.write_text("\n".join(gold_lines(part)) + "\n", encoding="utf-8")
        articles = Path(workdir) / "articles"
        articles.symlink_to(HERE / "articles")
        if part == "held":
            score_held_totals(gold)
        else:
            score_with(HERE.parent / "news-dev6" / "score.py", gold)


if __name__ == "__main__":
    main()
