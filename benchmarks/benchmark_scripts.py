"""What the benchmark scripts share: loading another script as a module, scoring a set with another set's scorer,
writing a set's gold (long stories, non-event stories), and which items are a set's held part.

Most sets' ``score.py`` reuse an earlier set's scorer on their own gold (news-dev3 is news-dev2's scorer, which is
news-long's; merge-news4 is merge-news's). Each such script is a docstring and one call of ``score_with``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

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


def score_with(scorer: Path, gold: Path) -> None:
    """Run ``scorer``'s ``main`` on ``gold``, unless the command line names a ``--gold`` of its own; every other
    option is the scorer's."""
    if "--gold" not in sys.argv[1:]:
        sys.argv[1:1] = ["--gold", str(gold)]
    load_script(scorer).main()


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
