"""Check that a speed change leaves the leaf extractors' outputs byte-identical.

    cd /work/main && PYTHONPATH=src .venv/bin/python benchmarks/dates_fatalities/identical_outputs.py record [FILE]
    cd /work/main && PYTHONPATH=src .venv/bin/python benchmarks/dates_fatalities/identical_outputs.py check [FILE]

``record`` collects the calls ``extract_events`` makes to ``find_dates``, ``find_casualties``, ``find_actors`` and
``assign_roles`` on the benchmark articles (plus the seed story when ``../shared`` is there), adds one call of each
on 10,000 ACLED training notes, runs them all and pickles the calls with the ``repr`` of every output to FILE
(default under /tmp: it holds note text, which never goes into the repo). ``check`` replays the stored calls
against the current code and lists every call whose output differs.
"""

from __future__ import annotations

import pickle
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks" / "dates_fatalities"))

from call_costs import record_calls  # noqa: E402  (also puts benchmarks/extract on the path)
from bench_extract import make_articles  # noqa: E402

from eventwire.extract import ExtractionKit  # noqa: E402

SHARED = REPO / ".." / "shared"
TRAIN = SHARED / "train" / "acled-notes.csv.gz"
DEFAULT_FILE = Path("/tmp/eventwire-leaf-outputs.pickle")
ARTICLES = 100
NOTES = 10_000
SEED = 7


def _seed_articles() -> list:
    from eventwire.ingest import read_article  # the benchmark's own reader
    return [read_article(path)[0] for path in sorted((SHARED / "seed").glob("*.txt"))]


def _note_calls() -> dict[str, list]:
    import pandas as pd
    columns = ["notes", "event_date", "country", "sub_event_type"]
    notes = pd.read_csv(TRAIN, usecols=columns).dropna(subset=["notes"]).sample(NOTES, random_state=SEED)
    calls: dict[str, list] = {"find_dates": [], "find_casualties": [], "find_actors": [], "notes_roles": []}
    for row in notes.itertuples():
        text, published = row.notes, date.fromisoformat(row.event_date)
        calls["find_dates"].append(((text, published), {}))
        calls["find_casualties"].append(((text,), {}))
        calls["find_actors"].append(((text,), {"country": row.country}))
        calls["notes_roles"].append((text, row.sub_event_type, row.country))
    return calls


def _functions(kit: ExtractionKit) -> dict:
    return {"find_dates": kit.find_dates, "find_casualties": kit.find_casualties,
            "find_actors": kit.actors.find_actors, "assign_roles": kit.assign_roles}


def _role_calls(kit: ExtractionKit, notes: list) -> list:
    """assign_roles on a whole note, with the actors find_actors finds in it."""
    calls = []
    for text, sub_event_type, country in notes:
        mentions = kit.actors.find_actors(text, country=country)
        calls.append(((text, 0, len(text), mentions, sub_event_type, country), {}))
    return calls


def collect_calls(kit: ExtractionKit) -> dict[str, list]:
    articles = make_articles(ARTICLES)
    if SHARED.exists():
        articles += _seed_articles()
    calls = record_calls(kit, articles)
    if TRAIN.exists():
        notes = _note_calls()
        for name in ("find_dates", "find_casualties", "find_actors"):
            calls[name] += notes[name]
        calls["assign_roles"] += _role_calls(kit, notes["notes_roles"])
    return calls


def outputs(kit: ExtractionKit, calls: dict[str, list]) -> dict[str, list[str]]:
    functions = _functions(kit)
    return {name: [repr(functions[name](*args, **kwargs)) for args, kwargs in calls[name]] for name in calls}


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "check"
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_FILE
    kit = ExtractionKit.load()
    if mode == "record":
        calls = collect_calls(kit)
        path.write_bytes(pickle.dumps({"calls": calls, "outputs": outputs(kit, calls)}))
        print(f"recorded {', '.join(f'{len(c)} {n}' for n, c in calls.items())} to {path}")
        return
    stored = pickle.loads(path.read_bytes())
    now = outputs(kit, stored["calls"])
    differences = 0
    for name, expected in stored["outputs"].items():
        bad = [i for i, (a, b) in enumerate(zip(expected, now[name])) if a != b]
        differences += len(bad)
        print(f"{name:16} {len(expected)} calls, {len(bad)} differ" + (f" (first: call {bad[0]})" if bad else ""))
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
