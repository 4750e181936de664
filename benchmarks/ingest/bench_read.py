"""Read speed of eventwire.ingest per input format, on generated articles.

usage: PYTHONPATH=src python benchmarks/ingest/bench_read.py [--articles N]
Generates N articles per format in a temporary folder, reads them with iter_articles and
prints articles per second. The generated text is synthetic wire copy (no real reports).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from eventwire.ingest import iter_articles
from eventwire.records import ReadFailure

PLACES = ["Gao", "Menaka", "Djibo", "Kidal", "Mopti", "Tillaberi", "Diffa", "Dori"]
SENTENCES = [
    "Gunmen on motorbikes attacked an army post near {place} on {day}, security sources said.",
    "At least {n} soldiers were killed and several vehicles were burned.",
    "The army said it had killed {n} attackers in a counter-offensive backed by helicopters.",
    "Residents fled towards the regional capital after the attack, a local official said.",
    "No group has claimed responsibility, but jihadists are active in the area.",
    "The government declared three days of national mourning.",
]
JUNK = ["ADVERTISEMENT", "Post Views: 1,204", "Read more: Army chief replaced", "Follow us on Twitter"]
DAYS = ["Monday", "Tuesday", "Friday", "Saturday"]


def story(rng: random.Random) -> list[str]:
    lines = [s.format(place=rng.choice(PLACES), day=rng.choice(DAYS), n=rng.randint(2, 60)) for s in SENTENCES * 3]
    rng.shuffle(lines)
    lines.insert(rng.randrange(len(lines)), rng.choice(JUNK))
    return ["Bamako, Mali, Nov 5 – " + lines[0], *lines[1:]]


def write_scraper(folder: Path, rng: random.Random, count: int) -> None:
    for i in range(count):
        body = "\n".join(story(rng))
        header = f"\n# Attack number {i}\n\nPublished at: **2019-11-05T07:00:00+00:00**\n\nAuthor: **Wire**\n\nOriginal: [Daily](https://d.example/{i})\n\n\n"
        (folder / f"{i:05d}.txt").write_text(header + body, encoding="utf-8")


def write_html(folder: Path, rng: random.Random, count: int) -> None:
    for i in range(count):
        paragraphs = "".join(f"<p>{line}</p>" for line in story(rng))
        page = (
            f"<html><head><title>Attack {i}</title><meta property='article:published_time' content='2019-11-05T07:00:00Z'>"
            f"</head><body><nav><a href='/'>Home</a> <a href='/africa'>Africa</a></nav><article><h1>Attack {i}</h1>"
            f"{paragraphs}</article><footer>© 2019 Daily</footer></body></html>"
        )
        (folder / f"{i:05d}.html").write_text(page, encoding="utf-8")


def write_jsonl(folder: Path, rng: random.Random, count: int) -> None:
    rows = [json.dumps({"title": f"Attack {i}", "text": "\n".join(story(rng)), "published_at": "2019-11-05"}) for i in range(count)]
    (folder / "rows.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")


def measure(folder: Path) -> tuple[int, float]:
    start = time.perf_counter()
    entries = list(iter_articles([folder]))
    elapsed = time.perf_counter() - start
    assert not any(isinstance(e, ReadFailure) for e in entries)
    return len(entries), elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    count = parser.parse_args().articles
    rng = random.Random(7)
    for name, writer in (("scraper .txt", write_scraper), ("html", write_html), ("jsonl", write_jsonl)):
        with tempfile.TemporaryDirectory() as tmp:
            writer(Path(tmp), rng, count)
            read, seconds = measure(Path(tmp))
            print(f"{name:14s} {read:6d} articles  {seconds:6.2f} s  {read / seconds:8.0f} articles/s")


if __name__ == "__main__":
    main()
