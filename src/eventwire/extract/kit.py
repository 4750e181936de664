"""Everything extraction needs, loaded once per process and passed in (no global state).

``ExtractionKit`` holds the loaded classifier and actor dictionary plus the extractor functions of the
sibling modules (dates, fatalities, roles, countries). Holding the functions, not only the models, lets
tests build a kit from small fakes and lets a worker process swap in a faster implementation.
"""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Callable, Sequence

from eventwire.errors import EventwireError
from eventwire.records import CasualtyMention, DateMention, Fatalities, TypePrediction

log = logging.getLogger(__name__)

COUNTRY_CACHE_SIZE = 8192


@dataclass(frozen=True)
class ExtractionSettings:
    """Knobs a user may want to change; defaults are what the benchmarks were measured with."""

    # Drafts below this confidence are dropped. 0.0 keeps everything; raise it for precision-first feeds.
    min_confidence: float = 0.0
    # Write ACLED-style notes (cheap; off only for throughput experiments).
    write_notes: bool = True
    # "Protests in Lagos, Abuja and Kano" → one event per listed town, the toll split evenly. ACLED's rule is
    # one event per location, but its coders often keep a list of villages as one event at district level:
    # on acled-2020-dev splitting cost 1.5 points of precision and found no extra gold event, so it is off.
    split_listed_places: bool = False


@dataclass(frozen=True)
class ExtractionKit:
    """The loaded models and the functions ``extract_events`` calls."""

    classifier: Any = field(repr=False)  # .predict(text) -> TypePrediction
    actors: Any = field(repr=False)  # ActorDictionary: .find_actors(text, start, end, country) -> ActorMention list
    find_dates: Callable[..., list[DateMention]]
    find_casualties: Callable[..., list[CasualtyMention]]
    combine_fatalities: Callable[[Sequence[CasualtyMention]], Fatalities]
    assign_roles: Callable[..., Any]
    find_claims: Callable[..., Any]
    country_by_name: Callable[[str], Any]
    settings: ExtractionSettings = ExtractionSettings()

    @classmethod
    def load(cls, settings: ExtractionSettings | None = None) -> "ExtractionKit":
        """The default kit; models are read from package data once per process."""
        kit = _load_default()
        return kit if settings is None else _with_settings(kit, settings)


def _with_settings(kit: ExtractionKit, settings: ExtractionSettings) -> ExtractionKit:
    from dataclasses import replace

    return replace(kit, settings=settings)


@lru_cache(maxsize=1)
def _load_default() -> ExtractionKit:
    from eventwire.countries import country_by_name
    from eventwire.extract.dates import find_dates
    from eventwire.extract.fatalities import combine_fatalities, find_casualties

    assign_roles, find_claims = _roles_functions()
    kit = ExtractionKit(
        classifier=_load_classifier(),
        actors=_load_actors(),
        find_dates=find_dates,
        find_casualties=find_casualties,
        combine_fatalities=combine_fatalities,
        assign_roles=assign_roles,
        find_claims=find_claims,
        # Pure lookups repeated for every capitalised word: memoised per process (a bounded cache, no state).
        country_by_name=lru_cache(maxsize=COUNTRY_CACHE_SIZE)(country_by_name),
    )
    _keep_out_of_collections()
    return kit


def _keep_out_of_collections() -> None:
    """Move every object alive now (the kit's ~60,000 tables, tries and weights, the imported modules) out of the
    cyclic collector's sight (speed only). They live as long as the process, yet each full collection walked all of
    them again: ~0.3 ms an article compiled (one full collection per ~150 dense articles, ~45 ms each). Garbage
    is collected first, so no cycle is kept by mistake; reference counting still frees frozen objects."""
    gc.collect()
    gc.freeze()


def _load_classifier() -> Any:
    try:
        from eventwire.extract.classify import EventClassifier
    except ImportError:  # the classifier module is optional while the package is being assembled
        log.warning("eventwire.extract.classify is unavailable: event typing falls back to the trigger lexicon")
        return NoClassifier()
    try:
        return EventClassifier.load()
    except EventwireError as err:  # weights not built yet: say so once, keep extracting by the lexicon
        log.warning("event classifier not loaded (%s): event typing falls back to the trigger lexicon", err)
        return NoClassifier()


def _load_actors() -> Any:
    try:
        from eventwire.extract.actors import ActorDictionary
    except ImportError:
        log.warning("eventwire.extract.actors.ActorDictionary is unavailable: no actors will be named")
        return NoActors()
    return ActorDictionary.load()


def _roles_functions() -> tuple[Callable[..., Any], Callable[..., Any]]:
    try:
        from eventwire.extract.roles import assign_roles, find_claims
    except ImportError:
        log.warning("eventwire.extract.roles is unavailable: actor roles fall back to mention order")
        return no_roles, no_claims
    return assign_roles, find_claims


class NoClassifier:
    """Stand-in when no classifier is installed: no opinion on any text."""

    def predict(self, text: str) -> TypePrediction:
        return TypePrediction(None, None, 0.0, {})


class NoActors:
    def find_actors(self, text: str, start: int = 0, end: int | None = None, country: str | None = None) -> list:
        return []


def no_roles(text, start, end, mentions, sub_event_type, country) -> None:
    return None


def no_claims(text, start, end, dictionary=None, country=None) -> list:
    return []


def published_or_today(day: date | None) -> date:
    """Relative dates need an anchor; an article without a publication date is read as of today."""
    return day or date.today()
