"""Cost of the extraction leaf functions as the assembly calls them (per call and per article).

    cd /work/main && PYTHONPATH=src .venv/bin/python benchmarks/dates_fatalities/call_costs.py [--articles 100]

Runs ``extract_events`` once over the ~600-word benchmark articles of ``benchmarks/extract/bench_extract.py``
(our golden stories), records every call it makes to ``find_dates``, ``find_casualties``, ``find_actors`` and
``assign_roles``, then replays each function's calls several times and keeps the best CPU time: the shared dev
box is noisy, the best of several runs is the stable figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks" / "extract"))

from bench_extract import make_articles  # noqa: E402

from eventwire.extract import ExtractionKit, extract_events  # noqa: E402

REPEATS = 7


class _RecordingActors:
    """Stands in for the actor dictionary and records ``find_actors`` calls."""

    def __init__(self, dictionary: Any, calls: list) -> None:
        self._dictionary, self._calls = dictionary, calls

    def __getattr__(self, name: str) -> Any:
        return getattr(self._dictionary, name)

    def find_actors(self, *args: Any, **kwargs: Any) -> Any:
        self._calls.append((args, kwargs))
        return self._dictionary.find_actors(*args, **kwargs)


def _recording(function: Callable, calls: list) -> Callable:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append((args, kwargs))
        return function(*args, **kwargs)
    return wrapper


def record_calls(kit: ExtractionKit, articles: list) -> dict[str, list]:
    calls: dict[str, list] = {"find_dates": [], "find_casualties": [], "find_actors": [], "assign_roles": []}
    recording = replace(
        kit,
        find_dates=_recording(kit.find_dates, calls["find_dates"]),
        find_casualties=_recording(kit.find_casualties, calls["find_casualties"]),
        assign_roles=_recording(kit.assign_roles, calls["assign_roles"]),
        actors=_RecordingActors(kit.actors, calls["find_actors"]),
    )
    for article in articles:
        extract_events(article, recording)
    return calls


def best_seconds(function: Callable, calls: list) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        started = time.process_time()
        for args, kwargs in calls:
            function(*args, **kwargs)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    options = parser.parse_args()
    kit = ExtractionKit.load()
    articles = make_articles(options.articles)
    calls = record_calls(kit, articles)
    functions = {"find_dates": kit.find_dates, "find_casualties": kit.find_casualties,
                 "find_actors": kit.actors.find_actors, "assign_roles": kit.assign_roles}
    total = 0.0
    for name, function in functions.items():
        seconds = best_seconds(function, calls[name])
        total += seconds
        print(f"{name:16} {seconds / len(calls[name]) * 1e6:6.1f} us/call  {len(calls[name]) / len(articles):5.1f} calls"
              f"/article  {seconds / len(articles) * 1e3:.2f} ms/article")
    print(f"all four: {total / len(articles) * 1e3:.2f} ms/article")


if __name__ == "__main__":
    main()
