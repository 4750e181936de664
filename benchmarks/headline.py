"""The headline quality table of BENCHMARKS.md: the whole pipeline scored on every development set.

    .venv/bin/python benchmarks/headline.py

Sets: ../shared/eval/{seed,acled-2020-dev,acled-sahel-dev} (skipped when ../shared is absent) and our own
benchmarks/news-long, benchmarks/news-dev2 (20 stories written when news-long had been tuned on for several
rounds), benchmarks/news-dev3 (20 more, Middle East and Africa, written when news-dev2 had been tuned on),
benchmarks/news-dev4 (15 more, from places the others cover least, written when news-dev3 had been tuned on),
benchmarks/news-dev5 (15 more, 400-500 words, the kinds of long-news errors still open, written when news-dev4 had
been tuned on), benchmarks/news-dev6 (15 more, local-press styles and live-blog summaries, written when news-dev5
had been tuned on), benchmarks/news-dev7 (18 more, 350-650 words, wire, local press, NGO releases and follow-ups
that refer back to earlier attacks, written when news-dev6 had been tuned on; its score.py scores a dev and a held
part apart), benchmarks/news-dev8 (18 more, 2016-2025, UN and NGO releases, a week's round-up and tolls that rise
over the story, written when news-dev7 had been tuned on; dev and held parts as news-dev7), and
benchmarks/news-check, news-check2 and news-check3 (only ever run to check that changes generalise). The Sahel set is scored
twice: with the embedded gazetteer, and with the GeoNames dumps of ../shared/geonames imported into a copy of it
(the import path a Sahel analyst would use).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from eventwire.evaluate import evaluate_set
from eventwire.geo import default_gazetteer_path, import_geonames
from eventwire.pipeline import Toolkit, extract_paths

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIELDS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "fatalities", "country", "admin1",
          "within_25km")


def pipeline(gazetteer: Path | None):
    toolkit = Toolkit.load(gazetteer)
    return lambda paths: extract_paths(list(paths), toolkit=toolkit, merge=False)


def imported_gazetteer(workdir: Path) -> Path:
    copy = workdir / "gazetteer-sahel.sqlite"
    shutil.copy(default_gazetteer_path(), copy)
    dumps = sorted((SHARED / "geonames").glob("*.txt"))
    import_geonames([d for d in dumps if d.name != "countryInfo.txt"], into=copy)
    return copy


def runs(workdir: Path) -> list[tuple[str, Path, Path | None]]:
    listed = [
        ("news-long (ours)", REPO / "benchmarks" / "news-long" / "gold.jsonl", None),
        ("news-dev2 (ours)", REPO / "benchmarks" / "news-dev2" / "gold.jsonl", None),
        ("news-dev3 (ours)", REPO / "benchmarks" / "news-dev3" / "gold.jsonl", None),
        ("news-dev4 (ours)", REPO / "benchmarks" / "news-dev4" / "gold.jsonl", None),
        ("news-dev5 (ours)", REPO / "benchmarks" / "news-dev5" / "gold.jsonl", None),
        ("news-dev6 (ours)", REPO / "benchmarks" / "news-dev6" / "gold.jsonl", None),
        ("news-dev7 (ours)", REPO / "benchmarks" / "news-dev7" / "gold.jsonl", None),
        ("news-dev8 (ours)", REPO / "benchmarks" / "news-dev8" / "gold.jsonl", None),
        ("news-dev9 (ours)", REPO / "benchmarks" / "news-dev9" / "gold.jsonl", None),
        ("news-dev10 (ours)", REPO / "benchmarks" / "news-dev10" / "gold.jsonl", None),
        ("news-dev11 (ours)", REPO / "benchmarks" / "news-dev11" / "gold.jsonl", None),
        ("news-dev12 (ours)", REPO / "benchmarks" / "news-dev12" / "gold.jsonl", None),
        ("news-dev13 (ours)", REPO / "benchmarks" / "news-dev13" / "gold.jsonl", None),
        ("news-dev14 (ours)", REPO / "benchmarks" / "news-dev14" / "gold.jsonl", None),
        ("news-dev15 (ours)", REPO / "benchmarks" / "news-dev15" / "gold.jsonl", None),
        ("news-dev16 (ours)", REPO / "benchmarks" / "news-dev16" / "gold.jsonl", None),
        ("news-check (ours, kept for final checks)", REPO / "benchmarks" / "news-check" / "gold.jsonl", None),
        ("news-check2 (ours, kept for final checks)", REPO / "benchmarks" / "news-check2" / "gold.jsonl", None),
        ("news-check3 (ours, kept for final checks)", REPO / "benchmarks" / "news-check3" / "gold.jsonl", None),
        ("news-check4 (ours, kept for final checks)", REPO / "benchmarks" / "news-check4" / "gold.jsonl", None),
        ("news-check5 (ours, kept for final checks)", REPO / "benchmarks" / "news-check5" / "gold.jsonl", None),
        ("news-check6 (ours, kept for final checks)", REPO / "benchmarks" / "news-check6" / "gold.jsonl", None),
        ("news-check7 (ours, kept for final checks)", REPO / "benchmarks" / "news-check7" / "gold.jsonl", None),
        ("news-check8 (ours, kept for final checks)", REPO / "benchmarks" / "news-check8" / "gold.jsonl", None),
        ("news-check9 (ours, kept for final checks)", REPO / "benchmarks" / "news-check9" / "gold.jsonl", None),
        ("news-check10 (ours, kept for final checks)", REPO / "benchmarks" / "news-check10" / "gold.jsonl", None),
        ("news-check11 (ours, kept for final checks)", REPO / "benchmarks" / "news-check11" / "gold.jsonl", None),
        ("news-check12 (ours, kept for final checks)", REPO / "benchmarks" / "news-check12" / "gold.jsonl", None),
        ("news-check13 (ours, kept for final checks)", REPO / "benchmarks" / "news-check13" / "gold.jsonl", None),
        ("news-check14 (ours, kept for final checks)", REPO / "benchmarks" / "news-check14" / "gold.jsonl", None),
        ("news-check15 (ours, kept for final checks)", REPO / "benchmarks" / "news-check15" / "gold.jsonl", None),
        ("news-check16 (ours, kept for final checks)", REPO / "benchmarks" / "news-check16" / "gold.jsonl", None),
        ("news-check17 (ours, kept for final checks)", REPO / "benchmarks" / "news-check17" / "gold.jsonl", None),
        ("news-check18 (ours, kept for final checks)", REPO / "benchmarks" / "news-check18" / "gold.jsonl", None),
        ("news-check19 (ours, kept for final checks)", REPO / "benchmarks" / "news-check19" / "gold.jsonl", None),
        ("news-check20 (ours, kept for final checks)", REPO / "benchmarks" / "news-check20" / "gold.jsonl", None),
        ("news-check21 (ours, kept for final checks)", REPO / "benchmarks" / "news-check21" / "gold.jsonl", None),
    ]
    if SHARED.exists():
        sahel = SHARED / "eval" / "acled-sahel-dev" / "gold.jsonl"
        listed = [
            ("seed", SHARED / "eval" / "seed" / "gold.jsonl", None),
            ("acled-2020-dev", SHARED / "eval" / "acled-2020-dev" / "gold.jsonl", None),
            ("acled-sahel-dev (embedded gazetteer)", sahel, None),
            ("acled-sahel-dev (+ GeoNames BF/ML/NE/MR)", sahel, imported_gazetteer(workdir)),
        ] + listed
    return listed


def row(name: str, report) -> str:
    cells = [f"{report.precision:.3f}", f"{report.recall:.3f}", f"{report.f1:.3f}"]
    for field in FIELDS:
        score = report.fields.get(field)
        cells.append("–" if score is None or score.accuracy is None else f"{score.accuracy:.3f}")
    return f"| {name} | " + " | ".join(cells) + " |"


def main() -> None:
    print("| set | P | R | F1 | " + " | ".join(FIELDS) + " |")
    print("|---" * (4 + len(FIELDS)) + "|")
    with tempfile.TemporaryDirectory() as workdir:
        for name, gold, gazetteer in runs(Path(workdir)):
            print(row(name, evaluate_set(gold, pipeline(gazetteer))), flush=True)


if __name__ == "__main__":
    main()
