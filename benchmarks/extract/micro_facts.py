"""CPU microseconds per call of the fact extractors, on the calls the dense golden mix makes.

    cd /work/h-perf5 && PYTHONPATH=src:benchmarks/extract /work/main/.venv/bin/python benchmarks/extract/micro_facts.py

Records the arguments of every ``find_actors``, ``find_casualties``, ``find_dates`` and ``assign_roles`` call and
of every trigger blocker check (``cues.blocker_in``) made while extracting 60 dense-mix articles, then replays
each list of calls ``REPEATS`` times and prints the fastest replay per call: a steadier measure on a shared
machine than timing the whole extractor (the stage shares are ``stage_profile.py``'s).
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any, Callable

from bench_extract import make_articles

import eventwire.extract.detect as detect
from eventwire.extract import ExtractionKit, extract_events

REPEATS = 7


class _RecordingActors:
    def __init__(self, actors: Any, calls: list):
        self._actors, self._calls = actors, calls

    def find_actors(self, *args: Any, **kwargs: Any) -> Any:
        self._calls.append((args, kwargs))
        return self._actors.find_actors(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._actors, name)


def _recording(function: Callable, calls: list) -> Callable:
    def recorded(*args: Any, **kwargs: Any) -> Any:
        calls.append((args, kwargs))
        return function(*args, **kwargs)
    return recorded


def _fastest_replay(function: Callable, calls: list) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        start = time.process_time()
        for args, kwargs in calls:
            function(*args, **kwargs)
        best = min(best, time.process_time() - start)
    return best / len(calls) * 1e6


def main() -> None:
    kit = ExtractionKit.load()
    calls: dict[str, list] = {"find_actors": [], "find_casualties": [], "find_dates": [], "assign_roles": [],
                              "blocker_in": []}
    recording = replace(kit, find_casualties=_recording(kit.find_casualties, calls["find_casualties"]),
                        find_dates=_recording(kit.find_dates, calls["find_dates"]),
                        assign_roles=_recording(kit.assign_roles, calls["assign_roles"]),
                        actors=_RecordingActors(kit.actors, calls["find_actors"]))
    blocker_in = detect.blocker_in
    detect.blocker_in = _recording(blocker_in, calls["blocker_in"])
    try:
        for article in make_articles(60):
            extract_events(article, recording)
    finally:
        detect.blocker_in = blocker_in
    functions = {"find_actors": kit.actors.find_actors, "find_casualties": kit.find_casualties,
                 "find_dates": kit.find_dates, "assign_roles": kit.assign_roles, "blocker_in": blocker_in}
    for name, function in functions.items():
        print(f"{name:16} {len(calls[name]):5} calls  {_fastest_replay(function, calls[name]):7.1f} µs a call")


if __name__ == "__main__":
    main()
