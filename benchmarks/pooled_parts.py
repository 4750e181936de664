"""Every split set of one area scored as one pool: the dev parts together, or the held parts together (totals only).

    PYTHONPATH=src .venv/bin/python benchmarks/pooled_parts.py news|nonevent|snippets --part dev|held

A round that fixes kinds of error on one new set moves that set's dev part and little else (session 27: no round moved
its own held part). Pooling the held parts of every set written since session 18 gives a check ten times larger than
one set's, written by many hands, so a reading that generalises shows there and one tuned to a set does not. The
held pool is scored for its totals only; kinds of error are looked for in the per-set dev parts.

- news: the long-news sets split by story (news-dev7 on), every third story held.
- nonevent: the non-event sets split into gold-dev / gold-held (news-nonevent5 on); the totals' "predicted" count
  on no-event stories is the false events (their twins with one event each make the recall).
- snippets: the fresh snippet sets split by position (fresh4 on), scored in extractor mode.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from benchmark_scripts import SNIPPET_SCORER, _gold_lines, in_part, load_script, pop_part  # noqa: E402

AREAS = ("news", "nonevent", "snippets")


def numbered_sets(prefix: str, first: int) -> list[Path]:
    """The folders ``benchmarks/<prefix><n>`` from ``first`` on, in number order."""
    pattern = re.compile(re.escape(prefix) + r"(\d+)$")
    found = [(int(m.group(1)), path) for path in HERE.iterdir() if (m := pattern.match(path.name))]
    return [path for number, path in sorted(found) if number >= first]


def with_absolute_path(line: str, folder: Path) -> str:
    row = json.loads(line)
    row["path"] = str(folder / row["path"])
    return json.dumps(row, ensure_ascii=False)


def news_lines(part: str) -> list[str]:
    return [with_absolute_path(line, folder) for folder in numbered_sets("news-dev", 7)
            for line in _gold_lines(folder, part)]


def nonevent_lines(part: str) -> list[str]:
    lines = []
    for folder in numbered_sets("news-nonevent", 5):
        text = (folder / f"gold-{part}.jsonl").read_text(encoding="utf-8")
        lines += [with_absolute_path(line, folder) for line in text.splitlines() if line.strip()]
    return lines


def fresh_sets() -> list[Path]:
    found = [(int(m.group(1)), path) for path in (HERE / "news-types").glob("fresh*.jsonl")
             if (m := re.match(r"fresh(\d+)\.jsonl$", path.name))]
    return [path for number, path in sorted(found) if number >= 4]


def snippet_lines(part: str) -> list[str]:
    lines = []
    for path in fresh_sets():
        rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        lines += [line for position, line in enumerate(rows, start=1) if in_part(position, part)]
    return lines


def score_story_pool(lines: list[str], label: str) -> None:
    scorer = load_script(HERE / "news-long" / "score.py")
    with tempfile.TemporaryDirectory() as workdir:
        gold = Path(workdir) / "pool.jsonl"
        gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
        args = scorer.score_arguments(label, gold).parse_args(sys.argv[1:])
        stories = scorer.load_gold(gold)
        scorer.print_totals(scorer.summary(stories, scorer.event_records(args, stories))["report"], label)


def score_snippet_pool(lines: list[str], show_errors: bool) -> None:
    scorer = load_script(SNIPPET_SCORER)
    with tempfile.TemporaryDirectory() as workdir:
        pool = Path(workdir) / "pool.jsonl"
        pool.write_text("\n".join(lines) + "\n", encoding="utf-8")
        snippets = scorer.load_devset(pool)
    predictions, seconds, errors = scorer.run(scorer.extractor_predictor(), snippets)
    scorer.print_summary({**scorer.score(snippets, predictions, seconds), "errors": errors}, "extractor",
                         show_errors=show_errors)


def main() -> None:
    part = pop_part(sys.argv, default="dev")
    area = sys.argv[1] if len(sys.argv) > 1 else ""
    if area not in AREAS or part == "all":
        sys.exit(f"usage: pooled_parts.py {'|'.join(AREAS)} --part dev|held")
    del sys.argv[1]
    label = f"{area} pool, {part} parts: "
    if area == "news":
        score_story_pool(news_lines(part), label)
    elif area == "nonevent":
        score_story_pool(nonevent_lines(part), label)
    else:
        score_snippet_pool(snippet_lines(part), show_errors=part == "dev")


if __name__ == "__main__":
    main()
