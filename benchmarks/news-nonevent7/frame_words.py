"""How far the story-frame reading (``eventwire.extract.story_frame``) reaches, measured where it must not hurt.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/news-nonevent7/frame_words.py notes   # ../shared/train
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/news-nonevent7/frame_words.py ages    # long-news gold

``notes``: on the ACLED training notes (read as one-paragraph articles dated to their event), how many notes name a
frame word in their first sentence, which words and under which event types, and how many are long enough
(``STORY_MIN_SENTENCES``) for the frame reading to apply at all. Prints counts only, never a note's text.
``notes-ungated``: the same notes through the pipeline with the length gate lifted (what the frame logic alone would
do to them). ``ages``: on every long-news set with gold events (news-long, news-dev2 to news-dev8: our own dev sets), the stories
whose lead frames the story, and for each gold event there the days between the event and publication; gold events
older than ``FRESH_WITHIN_DAYS`` in such stories are what the rule would lose.
"""

from __future__ import annotations

import collections
import json
import sys
from datetime import date, datetime, timezone
from pathlib import Path

from eventwire.extract import ExtractionKit
from eventwire.extract.context import article_context
from eventwire.extract.event_filter import FRESH_WITHIN_DAYS
from eventwire.extract.sentences import split_sentences
from eventwire.extract.story_frame import _FRAME_WORDS, STORY_MIN_SENTENCES, frames_the_story
from eventwire.ingest import read_article
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
TRAIN = REPO / ".." / "shared" / "train" / "acled-notes.csv.gz"
LONG_SETS = ["news-long"] + [f"news-dev{n}" for n in range(2, 9)]


def notes() -> None:
    import pandas as pd

    rows = pd.read_csv(TRAIN, usecols=["notes", "event_type"]).dropna()
    words: collections.Counter[str] = collections.Counter()
    types: collections.Counter[str] = collections.Counter()
    long_enough = 0
    for text, event_type in zip(rows.notes, rows.event_type):
        sentences = split_sentences(text)
        long_enough += len(sentences) >= STORY_MIN_SENTENCES
        first = sentences[0].text if sentences else ""
        found = {m.group(0).lower() for m in _FRAME_WORDS.finditer(first)}
        words.update(found)
        types.update([event_type] if found else [])
    print(f"notes {len(rows)}  with {STORY_MIN_SENTENCES}+ sentences {long_enough}  "
          f"with a frame word in the first sentence {sum(types.values())}")
    print("  by event type: " + ", ".join(f"{t} {n}" for t, n in types.most_common()))
    print("  words: " + ", ".join(f"{w} {n}" for w, n in words.most_common()))


def notes_ungated() -> None:
    """The frame reading without its length gate, on every note whose first sentence names a frame word: the
    notes whose drafts it would change, and how many of those lose a draft of the note's coded event type."""
    import pandas as pd

    from eventwire.extract import extract_events, story_frame

    kit = ExtractionKit.load()
    rows = pd.read_csv(TRAIN, usecols=["notes", "event_type", "event_date"]).dropna()
    changed, lost = 0, 0
    for text, event_type, day in zip(rows.notes, rows.event_type, rows.event_date):
        sentences = split_sentences(text)
        if not sentences or not _FRAME_WORDS.search(sentences[0].text):
            continue
        article = Article(id="note", title="", text=text,
                          published_at=datetime.fromisoformat(day).replace(tzinfo=timezone.utc))
        gated = [d.event_type for d in extract_events(article, kit)]
        story_frame.STORY_MIN_SENTENCES = 0  # a benchmark's what-if, never done in the package or its tests
        ungated = [d.event_type for d in extract_events(article, kit)]
        story_frame.STORY_MIN_SENTENCES = STORY_MIN_SENTENCES
        changed += gated != ungated
        lost += event_type in gated and event_type not in ungated
    print(f"notes whose drafts change without the length gate: {changed}; of them losing the coded type: {lost}")


def ages() -> None:
    kit = ExtractionKit.load()
    for name in LONG_SETS:
        folder = REPO / "benchmarks" / name
        framed, old = 0, []
        for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            article = read_article(folder / row["path"])[0]
            if not frames_the_story(article_context(article, kit)):
                continue
            framed += 1
            published = date.fromisoformat(row["published_at"][:10])
            days = [(published - date.fromisoformat(e["event_date"])).days for e in row["events"]]
            old += [(row["article_id"], d) for d in days if d > FRESH_WITHIN_DAYS]
            print(f"  {name} {row['article_id']} framed: gold event ages {sorted(days)}")
        print(f"{name}: framed stories {framed}, gold events older than {FRESH_WITHIN_DAYS} days there: {old}")


if __name__ == "__main__":
    {"notes": notes, "notes-ungated": notes_ungated, "ages": ages}[sys.argv[1]]()
