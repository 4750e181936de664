"""Helpers the tests of our benchmark sets share: loading a benchmark script, reading a set, the copy check, and the
shape checks of the news-types fresh sets."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from eventwire.records import EVENT_TYPE_OF

# Benchmark scripts are loaded as the benchmarks load each other (``load_script``, re-exported for the tests).
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from benchmark_scripts import load_script  # noqa: E402,F401

# A 10-word run shared with ../shared means copied text: ten words in the same order do not recur by chance
# in independently written news, while shorter runs ("according to the United Nations") do.
COPY_RUN_WORDS = 10
_SHARED_SUFFIXES = {".txt", ".md", ".jsonl", ".json", ".csv"}


def jsonl_rows(path: Path) -> list[dict]:
    """The rows of a JSONL file (blank lines skipped)."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_rows(set_dir: Path) -> list[dict]:
    """The rows of a set's ``gold.jsonl``."""
    return jsonl_rows(set_dir / "gold.jsonl")


def body_words(path: Path) -> int:
    """The words of a story's body: the scraper format's title, date, author and link lines left out."""
    lines = path.read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if line and not line.startswith(("#", "Published at", "Author", "Original"))]
    return len(re.findall(r"\S+", " ".join(body)))


def word_runs(text: str) -> set[int]:
    """Hashes of every run of ``COPY_RUN_WORDS`` words (lower case, punctuation dropped)."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {hash(tuple(words[i:i + COPY_RUN_WORDS])) for i in range(len(words) - COPY_RUN_WORDS + 1)}


def copied_from(shared: Path, texts: dict[str, str]) -> list[str]:
    """The keys of ``texts`` that share a word run with a text file under ``shared``."""
    runs = {key: word_runs(text) for key, text in texts.items()}
    every_run = set().union(*runs.values())
    copied: set[int] = set()
    for path in (p for p in shared.rglob("*") if p.is_file() and p.suffix in _SHARED_SUFFIXES):
        copied |= every_run & word_runs(path.read_text(encoding="utf-8", errors="ignore"))
    return sorted(key for key, key_runs in runs.items() if key_runs & copied)


# The news-types snippet sets' leak bar: a snippet half made of another text's 8-word runs is that text again.
SHINGLE_WORDS = 8
MAX_SHARED_SHINGLES = 0.5


def shingles(text: str) -> set[tuple[str, ...]]:
    """Every run of ``SHINGLE_WORDS`` words of ``text`` (lower case)."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def jsonl_shingles(paths) -> set[tuple[str, ...]]:
    """The shingles of the ``text`` of every row of these JSONL files."""
    found: set[tuple[str, ...]] = set()
    for path in paths:
        for row in jsonl_rows(path):
            found |= shingles(row.get("text", ""))
    return found


def leaked(rows: list[dict], other: set[tuple[str, ...]]) -> list[str]:
    """The ids of the rows more than ``MAX_SHARED_SHINGLES`` of whose shingles are in ``other``."""
    return [row["id"] for row in rows
            if (own := shingles(row["text"])) and len(own & other) / len(own) > MAX_SHARED_SHINGLES]


def read_snippet_sets(repo: Path) -> list[Path]:
    """The snippet sets the typing rounds read (news-types dev and fresh sets, news-check-snippets to 10): a round's
    own test rows must not leak into them."""
    types = repo / "benchmarks" / "news-types"
    sets = [types / f"{name}.jsonl" for name in ("dev", "fresh", "fresh2", "fresh3")]
    sets += [types / f"fresh{n}.jsonl" for n in range(4, 14)]
    return sets + [repo / "benchmarks" / ("news-check-snippets" + (str(n) if n > 1 else "")) / "snippets.jsonl"
                   for n in range(1, 11)]


# The fresh snippet sets written from round seven on: 240 rows, every third one (by the number in its id) held.
FRESH_SET_ROWS, HELD_EVERY = 240, 3
# Each of ACLED's 25 sub-types at least this often, and this share of non-events.
MIN_PER_SUB_TYPE, NON_EVENT_SHARE = 5, (0.12, 0.18)


def check_fresh_split(scorer, flag: str, id_prefix: str) -> None:
    """The scorer's ``--part held`` is every third row and ``--part dev`` the rest; ids are ``<prefix>-NNNN``."""
    snippets = scorer.load_devset(scorer.chosen_set(scorer.parse_args([flag])))
    held, dev = scorer.select_part(snippets, "held"), scorer.select_part(snippets, "dev")
    held_rows = FRESH_SET_ROWS // HELD_EVERY
    assert len(snippets) == FRESH_SET_ROWS and len(held) == held_rows and len(dev) == FRESH_SET_ROWS - held_rows
    assert all(int(s.id[-4:]) % HELD_EVERY == 0 for s in held) and all(int(s.id[-4:]) % HELD_EVERY for s in dev)
    assert all(re.fullmatch(rf"{id_prefix}-\d{{4}}", s.id) for s in snippets)


def check_sub_types_and_non_events(rows: list[dict]) -> None:
    """Every label is one of ACLED's pairs, every sub-type is there often enough, and so are the non-events."""
    for row in rows:
        assert row["sub_event_type"] is None if row["event_type"] is None else \
            EVENT_TYPE_OF[row["sub_event_type"]] == row["event_type"], row["id"]
    counts = Counter(row["sub_event_type"] for row in rows)
    assert set(EVENT_TYPE_OF) <= set(counts) and min(counts[sub] for sub in EVENT_TYPE_OF) >= MIN_PER_SUB_TYPE
    assert NON_EVENT_SHARE[0] <= counts[None] / len(rows) <= NON_EVENT_SHARE[1]
