"""CPU microseconds per article spent in each module-level regex of the extractor, with its calls and hit rate.

    cd /work/h-perf && PYTHONPATH=src:benchmarks/extract /work/main/.venv/bin/python \
        benchmarks/extract/regex_costs.py [--news-long]

Finds which patterns cost most and how often they find nothing (the candidates for a word gate). Every compiled
pattern bound to a module-level name of ``eventwire.extract`` is wrapped in a timing stand-in for this process
only, then the dense golden mix (or the news-long stories) is extracted. Pure Python only: run it without the
compiled modules (``build_native.py --pure benchmarks/extract/regex_costs.py``), whose code does not look the
names up again. The stand-in's own call costs ~0.5 µs, so patterns called very often look a little dearer than
they are; use callgrind (``instructions.py``) to decide.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import time
from collections import Counter
from typing import Any, Callable

from bench_extract import make_articles, news_long_articles

import eventwire.extract
from eventwire.extract import ExtractionKit, extract_events

TIMED_METHODS = frozenset({"search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"})
TOP = 40


class _TimedPattern:
    """Answers like the pattern it wraps; its searching methods add their CPU time to shared counters."""

    def __init__(self, pattern: re.Pattern, name: str, seconds: Counter, calls: Counter, hits: Counter):
        self._pattern, self._name = pattern, name
        self._seconds, self._calls, self._hits = seconds, calls, hits

    def __getattr__(self, attribute: str) -> Any:
        method = getattr(self._pattern, attribute)
        if attribute not in TIMED_METHODS:
            return method
        return self._timed(method, f"{self._name}.{attribute}", attribute == "finditer")

    def _timed(self, method: Callable, key: str, lazy: bool) -> Callable:
        def timed(*args, **kwargs):
            started = time.process_time()
            result = method(*args, **kwargs)
            if lazy:
                result = list(result)  # the scan happens here, not when the caller iterates
            self._seconds[key] += time.process_time() - started
            self._calls[key] += 1
            self._hits[key] += bool(result)
            return iter(result) if lazy else result

        return timed


def wrap_patterns(seconds: Counter, calls: Counter, hits: Counter) -> None:
    for info in pkgutil.walk_packages(eventwire.extract.__path__, "eventwire.extract."):
        module = importlib.import_module(info.name)
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                short = f"{info.name.rsplit('.', 1)[-1]}.{name}"
                setattr(module, name, _TimedPattern(value, short, seconds, calls, hits))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news-long", action="store_true")
    articles = news_long_articles(1) if parser.parse_args().news_long else make_articles(61)
    seconds, calls, hits = Counter(), Counter(), Counter()
    wrap_patterns(seconds, calls, hits)
    kit = ExtractionKit.load()
    extract_events(articles[0], kit)  # warm caches
    for counter in (seconds, calls, hits):
        counter.clear()
    for article in articles[1:]:
        extract_events(article, kit)
    n = len(articles) - 1
    print(f"{n} articles: {sum(seconds.values()) / n * 1e3:.2f} ms of regex an article, "
          f"{sum(calls.values()) / n:.0f} calls")
    for key, spent in seconds.most_common(TOP):
        found = 100 * hits[key] / calls[key]
        print(f"{spent / n * 1e6:8.1f} µs {calls[key] / n:7.1f} calls {found:5.1f} % found  {key}")


if __name__ == "__main__":
    main()
