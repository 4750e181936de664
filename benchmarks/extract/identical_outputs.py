"""Dump every extracted event (all fields and evidence) so a speed change can be diffed before and after.

    cd /work/h-perf && PYTHONPATH=src /work/main/.venv/bin/python benchmarks/extract/identical_outputs.py dump OUT.jsonl
    cd /work/h-perf && PYTHONPATH=src /work/main/.venv/bin/python benchmarks/extract/identical_outputs.py diff A.jsonl B.jsonl

``dump`` runs ``extract_events`` on the golden test articles, the news-long stories, the news-types dev snippets,
the benchmark's dense mix, the seed and the ``../shared/eval`` articles (when ``../shared`` is there) plus 3,000
ACLED training notes read as one-paragraph articles, and writes one line per article: its id and the ``repr`` of
every draft (a frozen dataclass: every field, the evidence spans, the notes), then the classifier's full
prediction (probabilities unrounded) for every news-types snippet. Write dumps under /tmp: they hold
text from ``../shared``, which never goes into the repo. ``diff`` lists the articles whose drafts differ.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks" / "extract"))

from bench_extract import make_articles  # noqa: E402

from eventwire.extract import ExtractionKit, extract_events  # noqa: E402
from eventwire.ingest import iter_articles  # noqa: E402
from eventwire.records import Article  # noqa: E402

SHARED = REPO / ".." / "shared"
TRAIN = SHARED / "train" / "acled-notes.csv.gz"
NOTES = 3_000
NOTES_SEED = 11
DENSE_MIX = 40
SNIPPET_DATE = datetime(2020, 6, 15, tzinfo=timezone.utc)


def _files(*folders: Path) -> Iterator[Article]:
    for folder in folders:
        if folder.exists():
            yield from (a for a in iter_articles([folder]) if isinstance(a, Article))


def _snippets() -> Iterator[Article]:
    for line in (REPO / "benchmarks" / "news-types" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            yield Article(id=row["id"], title="", text=row["text"], published_at=SNIPPET_DATE)


def _notes() -> Iterator[Article]:
    if not TRAIN.exists():
        return
    import pandas as pd

    rows = pd.read_csv(TRAIN, usecols=["notes", "event_date"]).dropna().sample(NOTES, random_state=NOTES_SEED)
    for index, row in enumerate(rows.itertuples()):
        published = datetime.fromisoformat(row.event_date).replace(tzinfo=timezone.utc)
        yield Article(id=f"note-{index}", title="", text=row.notes, published_at=published)


def articles() -> Iterator[Article]:
    yield from _files(REPO / "tests" / "extract" / "golden" / "articles", REPO / "benchmarks" / "news-long" / "articles")
    yield from _snippets()
    yield from make_articles(DENSE_MIX)
    yield from _files(SHARED / "seed", SHARED / "eval" / "acled-2020-dev" / "articles",
                      SHARED / "eval" / "acled-sahel-dev" / "articles")
    yield from _notes()


def dump(out: Path) -> None:
    kit = ExtractionKit.load()
    count = 0
    with out.open("w", encoding="utf-8") as sink:
        for article in articles():
            drafts = [repr(draft) for draft in extract_events(article, kit)]
            sink.write(json.dumps({"article": f"{count}:{article.id}", "drafts": drafts}) + "\n")
            count += 1
        for snippet in _snippets():  # the classifier alone, to the last bit of every probability
            sink.write(json.dumps({"article": f"predict:{snippet.id}",
                                   "drafts": [repr(kit.classifier.predict(snippet.text))]}) + "\n")
    print(f"{count} articles dumped to {out}, with the classifier's reading of every news-types snippet")


def _read(path: Path) -> dict[str, list[str]]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {row["article"]: row["drafts"] for row in rows}


def diff(before: Path, after: Path) -> int:
    old, new = _read(before), _read(after)
    changed = [key for key in old if old[key] != new.get(key)]
    for key in changed[:20]:
        print(f"{key}: {len(old[key])} drafts before, {len(new.get(key, []))} after")
        for a, b in zip(old[key], new.get(key, [])):
            if a != b:
                print("  -", a[:400], "\n  +", b[:400])
                break
    print(f"{len(old)} articles, {len(changed)} differ")
    return 1 if changed else 0


def main() -> None:
    if sys.argv[1:2] == ["dump"]:
        dump(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["diff"]:
        sys.exit(diff(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
