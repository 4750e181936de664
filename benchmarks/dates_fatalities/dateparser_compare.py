"""Our date resolver against dateparser on the sentence table of tests/extract/test_dates.py.

For each sentence: does the first date found equal the expected event day? dateparser gets its best
settings for news (publication date as RELATIVE_BASE, PREFER_DATES_FROM past, day-first order).

    cd /work/main && PYTHONPATH=src .venv/bin/python benchmarks/dates_fatalities/dateparser_compare.py
"""

from __future__ import annotations

import importlib.util
import time
from datetime import datetime
from pathlib import Path

from dateparser.search import search_dates

from eventwire.extract.dates import find_dates, is_event_date

TABLE = Path(__file__).resolve().parents[2] / "tests" / "extract" / "test_dates.py"


def load_cases() -> list[tuple]:
    spec = importlib.util.spec_from_file_location("date_table", TABLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.CASES


def ours(sentence: str, published) -> object:
    mentions = [m for m in find_dates(sentence, published) if is_event_date(m)]
    return mentions[0].day if mentions else None


def theirs(sentence: str, published) -> object:
    settings = {"RELATIVE_BASE": datetime.combine(published, datetime.min.time()),
                "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
    found = search_dates(sentence, languages=["en"], settings=settings)
    return found[0][1].date() if found else None


def score(resolver, cases) -> tuple[int, float, list[str]]:
    started, right, misses = time.perf_counter(), 0, []
    for sentence, published, day, *_ in cases:
        got = resolver(sentence, published)
        right += got == day
        if got != day:
            misses.append(f"    {sentence!r}: {got} (want {day})")
    return right, (time.perf_counter() - started) / len(cases), misses


def main() -> None:
    cases = load_cases()
    for name, resolver in (("eventwire.extract.dates", ours), ("dateparser.search_dates", theirs)):
        right, seconds, misses = score(resolver, cases)
        print(f"{name}: {right}/{len(cases)} first event dates right, {seconds * 1e6:.0f} us per sentence")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
