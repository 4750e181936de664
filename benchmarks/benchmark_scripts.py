"""What the benchmark scripts share: loading another script as a module, scoring a set with another set's scorer,
writing a set's gold (long stories, non-event stories) and its snippets, and which items are a set's held part.

Most sets' ``score.py`` reuse an earlier set's scorer on their own gold (news-dev3 is news-dev2's scorer, which is
news-long's; merge-news4 is merge-news's). Each such script is a docstring and one call of ``score_with``.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from eventwire.records import EVENT_TYPE_OF

# The held part of a set written from session 18 on: every third item in file (id) order, 1-based positions 3, 6, 9,
# ...; scored at a round's first run and end only, never read item by item. The rest is the dev part.
HELD_EVERY = 3
PARTS = ("dev", "held", "all")


def in_part(position: int, part: str) -> bool:
    """Whether the item at 1-based ``position`` belongs to ``part`` ("dev", "held" or "all")."""
    return part == "all" or (part == "held") == (position % HELD_EVERY == 0)


def load_script(path: Path, name: str | None = None) -> ModuleType:
    """The script at ``path`` imported as a module (named ``<set>_score`` after its folder unless ``name`` is given)."""
    name = name or path.parent.name.replace("-", "_") + "_" + path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def news_dev3_coding() -> ModuleType:
    """news-dev3's ``make_gold.py``: the ``ev`` event helper and type constants later story sets code their gold with."""
    return load_script(Path(__file__).resolve().parent / "news-dev3" / "make_gold.py", "news_dev3_make_gold")


def score_with(scorer: Path, gold: Path) -> None:
    """Run ``scorer``'s ``main`` on ``gold``, unless the command line names a ``--gold`` of its own; every other
    option is the scorer's."""
    if "--gold" not in sys.argv[1:]:
        sys.argv[1:1] = ["--gold", str(gold)]
    load_script(scorer).main()


def write_split_gold(here: Path, rows: list[dict]) -> None:
    """Write a split set's ``gold.jsonl`` and its ``gold-dev.jsonl`` / ``gold-held.jsonl`` parts (``in_part``)."""
    def write_rows(name: str, part_rows: list[dict]) -> None:
        lines = (json.dumps(row, ensure_ascii=False) for row in part_rows)
        (here / name).write_text("\n".join(lines) + "\n", encoding="utf-8")

    write_rows("gold.jsonl", rows)
    write_rows("gold-dev.jsonl", [row for i, row in enumerate(rows, 1) if in_part(i, "dev")])
    write_rows("gold-held.jsonl", [row for i, row in enumerate(rows, 1) if in_part(i, "held")])


def non_event_gold_rows(stories: list[tuple[str, str, str]], twins: dict[str, tuple[str, str, dict]]) -> list[dict]:
    """A non-event set's gold: each story ``(id, published, kind)`` with no event, then each twin ``id: (published,
    kind, event)`` with its one event; articles are ``articles/<id>.txt``."""
    rows = [{"article_id": article_id, "path": f"articles/{article_id}.txt", "published_at": published,
             "events": [], "kind": kind} for article_id, published, kind in stories]
    rows += [{"article_id": article_id, "path": f"articles/{article_id}.txt", "published_at": published,
              "events": [event], "kind": kind} for article_id, (published, kind, event) in twins.items()]
    return rows


def write_story_gold(folder: Path, gold: dict[str, tuple[str, list[dict]]]) -> None:
    """``folder``/gold.jsonl from a long-story set's coding: ``article id: (published, events)``, articles at
    ``articles/<id>.txt``, in the coding's order."""
    lines = [json.dumps({"article_id": article_id, "path": f"articles/{article_id}.txt", "published_at": published,
                         "events": events}, ensure_ascii=False) for article_id, (published, events) in gold.items()]
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def score_split_story_set(folder: Path) -> None:
    """Score the long-news set in ``folder`` (news-dev7 on) with news-dev6's scorer, on the part ``--part dev|held|all``
    names: every third story in id order is the held part, scored for its totals only (never a story's errors)."""
    part = pop_part(sys.argv, default="all")
    with tempfile.TemporaryDirectory() as workdir:
        gold = Path(workdir) / f"gold-{part}.jsonl"
        gold.write_text("\n".join(_gold_lines(folder, part)) + "\n", encoding="utf-8")
        (Path(workdir) / "articles").symlink_to(folder / "articles")
        if part == "held":
            _score_held_totals(gold, f"{folder.name} held part")
        else:
            score_with(folder.parent / "news-dev6" / "score.py", gold)


def _gold_lines(folder: Path, part: str) -> list[str]:
    lines = [line for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    lines.sort(key=lambda line: json.loads(line)["article_id"])
    return [line for i, line in enumerate(lines, start=1) if in_part(i, part)]


def pop_part(argv: list[str], default: str) -> str:
    """Remove ``--part X`` (or ``--part=X``) from ``argv`` (the rest is the scorer's) and return X."""
    for i, arg in enumerate(argv):
        if arg == "--part":
            part = argv[i + 1] if i + 1 < len(argv) else ""
            del argv[i:i + 2]
            return _checked_part(part)
        if arg.startswith("--part="):
            del argv[i]
            return _checked_part(arg.split("=", 1)[1])
    return default


def _checked_part(part: str) -> str:
    if part not in PARTS:
        sys.exit(f"--part must be one of {', '.join(PARTS)}, not {part!r}")
    return part


def score_non_event_part(folder: Path) -> None:
    """Score the non-event set in ``folder`` (news-nonevent5 on) with news-nonevent2's scorer on the part
    ``--part dev|held|all`` names (``dev`` when absent), from its ``gold-dev``, ``gold-held`` or ``gold`` file."""
    part = pop_part(sys.argv, default="dev")
    gold = folder / ("gold.jsonl" if part == "all" else f"gold-{part}.jsonl")
    score_with(folder.parent / "news-nonevent2" / "score.py", gold)


def _score_held_totals(gold: Path, label: str) -> None:
    scorer = load_script(Path(__file__).resolve().parent / "news-long" / "score.py")
    args = scorer.score_arguments(label, gold).parse_args(sys.argv[1:])
    stories = scorer.load_gold(gold)
    scorer.print_totals(scorer.summary(stories, scorer.event_records(args, stories))["report"], "held part: ")


# The merge sets written from session 20 on split by incident group (the gold's ``group``: an incident with its
# look-alike), every third group held; they score with the first merge set's scorer.
MERGE_SCORER = Path(__file__).resolve().parent / "merge-news" / "score.py"


def merge_group_lines(folder: Path, part: str) -> list[str]:
    """The gold lines of ``folder``'s merge set whose incident group belongs to ``part``."""
    lines = [line for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return [line for line in lines if in_part(json.loads(line)["group"], part)]


def score_merge_set_part(folder: Path) -> None:
    """Score ``folder``'s merge set on the part ``--part dev|held|all`` names (``dev`` when absent); the held part
    prints its totals only (precision, recall, wrong merges), never its missed pairs."""
    part = pop_part(sys.argv, default="dev")
    with tempfile.TemporaryDirectory() as workdir:
        gold = Path(workdir) / f"gold-{part}.jsonl"
        gold.write_text("\n".join(merge_group_lines(folder, part)) + "\n", encoding="utf-8")
        (Path(workdir) / "articles").symlink_to(folder / "articles")
        if part == "held":
            _print_merge_totals(gold)
        else:
            score_with(MERGE_SCORER, gold)


def _print_merge_totals(gold: Path) -> None:
    scorer = load_script(MERGE_SCORER)
    reports_gold = scorer.load_gold(gold)
    reports = scorer.extract_reports(sorted({gold.parent / "articles" / g.file for g in reports_gold}))
    clusters, _ = scorer.cluster_events(reports)
    result = scorer.score(reports_gold, reports, clusters)
    print(json.dumps({"part": "held",
                      "pairwise precision": result["pairwise precision"],
                      "pairwise recall": result["pairwise recall"],
                      "gold pairs": result["gold pairs"],
                      "wrong merges": len(result["wrong merges"]),
                      "wrong merges, by article": len(result["wrong merges, by article"])}, indent=2))


# The held-out snippet checks (news-check-snippets on): hand-written rows in six files beside each set's scripts,
# scored by the news-types scorer in extractor mode.
SNIPPET_ROW_FILES = ("rows_battles.py", "rows_protests_riots.py", "rows_explosions.py", "rows_civilians.py",
                     "rows_strategic.py", "rows_nonevents.py")
SNIPPET_SCORER = Path(__file__).resolve().parent / "news-types" / "score_news_types.py"


def snippet_check_text(folder: Path, id_prefix: str, seed: int) -> str:
    """The content of ``folder``'s ``snippets.jsonl``: the rows of its ``rows_*`` files (sub-type, country, style,
    reason, text), shuffled with ``seed`` and numbered ``<id_prefix>-0001`` on. Each rows file is loaded by its path,
    so its module name carries the folder's name and cannot collide with another set's file of the same name."""
    rows: list[tuple[str | None, str, str, str, str]] = []
    for name in SNIPPET_ROW_FILES:
        rows += load_script(folder / name).ROWS
    ordered = [(sub, country, style, text, reason) for sub, country, style, reason, text in rows]
    return jsonl_text(numbered_snippets(ordered, id_prefix, seed))


def write_snippet_check(folder: Path, id_prefix: str, seed: int) -> None:
    text = snippet_check_text(folder, id_prefix, seed)
    (folder / "snippets.jsonl").write_text(text, encoding="utf-8")
    print(f"wrote {len(text.splitlines())} snippets to {folder / 'snippets.jsonl'}")


def snippet_check_arguments(snippets: Path, argv: list[str]) -> list[str]:
    """The scorer's command line: the set in extractor mode, then the caller's options (which win on a clash: the
    scorer keeps an option's last value, so a ``--devset`` of the caller's own is the one scored)."""
    return ["--devset", str(snippets), "--extractor", *argv]


def score_snippet_check(folder: Path) -> int:
    return load_script(SNIPPET_SCORER).main(snippet_check_arguments(folder / "snippets.jsonl", sys.argv[1:]))


def numbered_snippets(rows: list[tuple[str | None, str, str, str, str]], prefix: str, seed: int) -> list[dict]:
    """Hand-written snippet rows ``(sub-type, country, style, text, reason)``, shuffled with ``seed`` so that any
    slice (the held part: every third id) mixes sub-types and styles, numbered ``<prefix>-0001`` on, as the
    news-types scorer reads them (non-events with a null type)."""
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    return [{"id": f"{prefix}-{number:04d}", "text": text,
             "event_type": EVENT_TYPE_OF[sub] if sub else None, "sub_event_type": sub,
             "country": country, "style": style, "reason": reason}
            for number, (sub, country, style, text, reason) in enumerate(shuffled, start=1)]


def jsonl_text(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
