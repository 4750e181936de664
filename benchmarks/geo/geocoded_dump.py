"""Dump every geocoded event of the whole pipeline, so a geo change can be diffed before and after.

    PYTHONPATH=src python benchmarks/geo/geocoded_dump.py dump OUT.jsonl [--notes 2000]
    PYTHONPATH=src python benchmarks/geo/geocoded_dump.py diff BEFORE.jsonl AFTER.jsonl

``dump`` runs ``pipeline.extract_paths`` (geo, outlet and batch priors; no merging) on the seed, acled-2020-dev,
the Sahel set with the embedded gazetteer and with the GeoNames dumps of ``../shared/geonames`` imported into a
copy, news-long, news-dev2 and the merge-news articles (also merged, as ``eventwire extract`` does), then geocodes
the drafts of ``--notes`` training notes read as one-paragraph articles. One line per event: the set, the
article, and the full event record (every field, unrounded coordinates). Write dumps under /tmp: they hold
places from ``../shared``, which never go into the repo. ``diff`` prints the lines that differ.
"""

from __future__ import annotations

import argparse
import difflib
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Iterator

from eventwire.evaluate.gold import load_gold
from eventwire.geo import default_gazetteer_path, import_geonames
from eventwire.pipeline import Toolkit, extract_paths

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_notes_check import sampled_rows  # noqa: E402


def _gold_paths(gold: Path) -> list[Path]:
    return [article.path for article in load_gold(gold)] if gold.exists() else []


def _sets(workdir: Path) -> Iterator[tuple[str, list[Path], Path | None, bool]]:
    """(name, article paths, gazetteer or None for the default, merged?)."""
    eval_dir = SHARED / "eval"
    for name in ("seed", "acled-2020-dev", "acled-sahel-dev"):
        yield name, _gold_paths(eval_dir / name / "gold.jsonl"), None, False
    sahel = _gold_paths(eval_dir / "acled-sahel-dev" / "gold.jsonl")
    if sahel:
        yield "acled-sahel-dev+dumps", sahel, _imported_gazetteer(workdir), False
    for name in ("news-long", "news-dev2"):
        yield name, _gold_paths(REPO / "benchmarks" / name / "gold.jsonl"), None, False
    merge_news = sorted((REPO / "benchmarks" / "merge-news" / "articles").glob("*.txt"))
    yield "merge-news", merge_news, None, False
    yield "merge-news-merged", merge_news, None, True


def _imported_gazetteer(workdir: Path) -> Path:
    copy = workdir / "gazetteer-sahel.sqlite"
    shutil.copy(default_gazetteer_path(), copy)
    dumps = sorted((SHARED / "geonames").glob("*.txt"))
    import_geonames([d for d in dumps if d.name != "countryInfo.txt"], into=copy)
    return copy


def _event_lines(name: str, paths: list[Path], gazetteer: Path | None, merged: bool) -> Iterator[str]:
    events = extract_paths(paths, toolkit=Toolkit.load(gazetteer), merge=merged)
    for event in events:
        yield json.dumps({"set": name, "event": event.to_record()}, sort_keys=True, default=str)


def _note_lines(count: int) -> Iterator[str]:
    from datetime import datetime

    from eventwire.extract import ExtractionKit, extract_events
    from eventwire.geo import Gazetteer, Geocoder, geocode_draft
    from eventwire.records import Article

    if count <= 0 or not (SHARED / "train").exists():
        return
    kit, geocoder = ExtractionKit.load(), Geocoder(Gazetteer.open())
    for row in sampled_rows(0.2)[:count]:
        article = Article(id=row["event_id_cnty"], title="", text=row["notes"],
                          published_at=datetime.fromisoformat(row["event_date"]), author=row["source"])
        for draft in extract_events(article, kit):
            place = geocode_draft(draft, article, geocoder).place
            yield json.dumps({"set": "train-notes", "article": article.id, "place": repr(place)}, sort_keys=True)


def dump(out: Path, notes: int) -> None:
    with tempfile.TemporaryDirectory() as workdir, out.open("w", encoding="utf-8") as handle:
        for name, paths, gazetteer, merged in _sets(Path(workdir)):
            if paths:
                handle.writelines(line + "\n" for line in _event_lines(name, paths, gazetteer, merged))
        handle.writelines(line + "\n" for line in _note_lines(notes))
    print(f"{sum(1 for _ in out.open(encoding='utf-8'))} lines written to {out}")


def diff(before: Path, after: Path) -> None:
    """The events that changed, as aligned blocks of lines (an event added or lost shifts nothing else)."""
    old, new = before.read_text(encoding="utf-8").splitlines(), after.read_text(encoding="utf-8").splitlines()
    changed = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        changed += max(i2 - i1, j2 - j1)
        for line in old[i1:i2]:
            print(f"- {_summary(line)}")
        for line in new[j1:j2]:
            print(f"+ {_summary(line)}")
    print(f"{len(old)} / {len(new)} lines, {changed} differ")


def _summary(line: str) -> str:
    row = json.loads(line)
    event = row.get("event")
    if event is None:
        return f"{row['set']} {row['article']} {row['place']}"
    source = Path(event["sources"][0]["path"]).name if event.get("sources") else "?"
    return (f"{row['set']} {source} {event['event_date']} {event['sub_event_type']} | {event['location']} "
            f"[{event['admin1']}] {event['country']} prec {event['geo_precision']}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=("dump", "diff"))
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--notes", type=int, default=2000, help="training notes to geocode (0: none)")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.files[0], args.notes)
    else:
        diff(*args.files[:2])


if __name__ == "__main__":
    main()
