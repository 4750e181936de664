"""Scoring predicted event records against gold: greedy pairing, event P/R/F1, field accuracy on pairs."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from eventwire.evaluate.gold import GoldArticle, GoldEvent
from eventwire.evaluate.report import EvalReport, FieldScore

# A prediction may pair with a gold event only when its date lies within this many days of the gold window.
DATE_SLACK_DAYS = 3
# A predicted point this close to the gold point counts as "within 25 km".
NEAR_KM = 25.0
# ACLED appends regime years to state forces ("Police Forces of Venezuela (1999-)"); compared without them.
_REGIME_YEARS = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")
SCORED_FIELDS = (
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "fatalities", "country",
    "admin1", "location", "within_25km", "time_precision", "geo_precision",
)
# Weights of the agreement that orders candidate pairs (date, type and place matter most; a tie goes to
# the closer date).
_PAIR_WEIGHTS = {"event_date": 1.0, "event_type": 1.0, "sub_event_type": 0.5, "location": 1.0,
                 "within_25km": 0.5, "fatalities": 1.0, "actor1": 0.25, "actor2": 0.25}


@dataclass(frozen=True)
class Pair:
    article: str
    gold: GoldEvent
    predicted: Mapping[str, Any]
    agreement: Mapping[str, bool]  # field → correct, only the fields gold fills


def score(
    gold_articles: Sequence[GoldArticle], predicted_events: Iterable[Mapping[str, Any]], match_country: bool = True
) -> EvalReport:
    """Pair the predicted event records with the gold events of their article and score them.

    ``match_country=False`` lets events pair across countries: for scoring extraction without the geo stage.
    """
    by_file = _predictions_by_file(gold_articles, predicted_events)
    pairs: list[Pair] = []
    unmatched_gold: list[tuple[str, GoldEvent]] = []
    spurious: list[tuple[str, Mapping[str, Any]]] = []
    for article in gold_articles:
        predicted = by_file.get(article.file_name, [])
        matched = pair_article(article, predicted, match_country)
        pairs.extend(matched)
        used_gold = {id(p.gold) for p in matched}
        used_pred = {id(p.predicted) for p in matched}
        unmatched_gold += [(article.file_name, g) for g in article.events if id(g) not in used_gold]
        spurious += [(article.file_name, p) for p in predicted if id(p) not in used_pred]
    return _report(gold_articles, pairs, unmatched_gold, spurious)


def _predictions_by_file(gold_articles, predicted_events) -> dict[str, list[Mapping[str, Any]]]:
    known = {a.file_name for a in gold_articles}
    by_file: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for record in predicted_events:
        for name in _source_files(record):
            if name in known:
                by_file[name].append(record)
                break
    return by_file


def _source_files(record: Mapping[str, Any]) -> list[str]:
    """File names of the record's sources; a JSONL row ("feed.jsonl:3") also answers to its file's name."""
    names = []
    for source in record.get("sources") or ():
        if source.get("path"):
            name = Path(str(source["path"])).name
            names += [name, _ROW_SUFFIX.sub("", name)]
    return names


_ROW_SUFFIX = re.compile(r":\d+$")


def pair_article(
    article: GoldArticle, predicted: Sequence[Mapping[str, Any]], match_country: bool = True
) -> list[Pair]:
    """Greedy pairing: allowed pairs (same country, date near the window) by best agreement first."""
    candidates = []
    for gold in article.events:
        for record in predicted:
            if _may_pair(gold, record, match_country):
                agreement = field_agreement(gold, record)
                weight = sum(_PAIR_WEIGHTS.get(k, 0.0) for k, ok in agreement.items() if ok)
                candidates.append((-weight, _date_distance(gold, record), gold, record, agreement))
    candidates.sort(key=lambda c: (c[0], c[1]))
    pairs, used_gold, used_pred = [], set(), set()
    for _, _, gold, record, agreement in candidates:
        if id(gold) not in used_gold and id(record) not in used_pred:
            used_gold.add(id(gold))
            used_pred.add(id(record))
            pairs.append(Pair(article.file_name, gold, record, agreement))
    return pairs


def _may_pair(gold: GoldEvent, record: Mapping[str, Any], match_country: bool = True) -> bool:
    country = gold.get("country")
    if match_country and country and _fold(record.get("country")) != _fold(country):
        return False
    return _date_distance(gold, record) <= DATE_SLACK_DAYS


def _date_distance(gold: GoldEvent, record: Mapping[str, Any]) -> int:
    window = gold.window
    day = _as_date(record.get("event_date"))
    if window is None:
        return 0
    if day is None:
        return 10**6
    if window[0] <= day <= window[1]:
        return 0
    return min(abs((day - window[0]).days), abs((day - window[1]).days))


# --------------------------------------------------------------------------- field agreement


def field_agreement(gold: GoldEvent, record: Mapping[str, Any]) -> dict[str, bool]:
    """Each scored field gold fills → whether the prediction agrees."""
    result: dict[str, bool] = {}
    for name, check in _CHECKS.items():
        if _gold_has(gold, name):
            result[name] = check(gold, record)
    return result


def _gold_has(gold: GoldEvent, name: str) -> bool:
    if name == "event_date":
        return gold.event_date is not None
    if name == "fatalities":
        return gold.get("fatalities") is not None or gold.fatalities_ok is not None
    if name == "within_25km":
        return gold.get("latitude") is not None and gold.get("longitude") is not None
    return gold.get(name) not in (None, "")


def _date_ok(gold: GoldEvent, record) -> bool:
    day = _as_date(record.get("event_date"))
    return day is not None and (day == gold.event_date or _date_distance(gold, record) == 0)


def _fatalities_ok(gold: GoldEvent, record) -> bool:
    value = record.get("fatalities")
    if not isinstance(value, int):
        return False
    if gold.get("fatalities") is not None and value == gold.get("fatalities"):
        return True
    return gold.fatalities_ok is not None and gold.fatalities_ok[0] <= value <= gold.fatalities_ok[1]


def _same(name: str) -> Callable[[GoldEvent, Any], bool]:
    return lambda gold, record: _fold(record.get(name)) == _fold(gold.get(name))


def _same_actor(name: str) -> Callable[[GoldEvent, Any], bool]:
    return lambda gold, record: _actor_key(record.get(name)) == _actor_key(gold.get(name))


def _near(gold: GoldEvent, record) -> bool:
    lat, lon = record.get("latitude"), record.get("longitude")
    if lat is None or lon is None:
        return False
    return haversine_km(gold.get("latitude"), gold.get("longitude"), lat, lon) <= NEAR_KM


_CHECKS: dict[str, Callable[[GoldEvent, Any], bool]] = {
    "event_date": _date_ok,
    "event_type": _same("event_type"),
    "sub_event_type": _same("sub_event_type"),
    "actor1": _same_actor("actor1"),
    "actor2": _same_actor("actor2"),
    "fatalities": _fatalities_ok,
    "country": _same("country"),
    "admin1": _same("admin1"),
    "location": _same("location"),
    "within_25km": _near,
    "time_precision": lambda g, r: r.get("time_precision") == g.get("time_precision"),
    "geo_precision": lambda g, r: r.get("geo_precision") == g.get("geo_precision"),
}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def _fold(value: Any) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFKD", str(value))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def _actor_key(value: Any) -> str:
    return _fold(_REGIME_YEARS.sub("", str(value))) if value else ""


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


# --------------------------------------------------------------------------- the report


def _report(gold_articles, pairs, unmatched_gold, spurious) -> EvalReport:
    required = sum(1 for a in gold_articles for g in a.events if not g.optional)
    true_pos = sum(1 for p in pairs if not p.gold.optional)
    neutral = len(pairs) - true_pos  # paired with an optional gold event: neither right nor wrong
    false_pos = len(spurious)
    missed = [(name, g) for name, g in unmatched_gold if not g.optional]
    fields = {}
    for name in SCORED_FIELDS:
        scored = [p.agreement[name] for p in pairs if name in p.agreement]
        fields[name] = FieldScore(sum(scored), len(scored))
    return EvalReport(
        articles=len(gold_articles),
        gold_events=required,
        predicted_events=true_pos + neutral + false_pos,
        true_positives=true_pos,
        false_positives=false_pos,
        false_negatives=len(missed),
        fields=fields,
        missed=tuple(_describe_gold(name, g) for name, g in missed),
        spurious=tuple(_describe_record(name, r) for name, r in spurious),
    )


def _describe_gold(name: str, gold: GoldEvent) -> dict[str, Any]:
    keep = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "fatalities")
    return {"file": name, **{k: gold.get(k) for k in keep if gold.get(k) is not None}}


def _describe_record(name: str, record: Mapping[str, Any]) -> dict[str, Any]:
    keep = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "fatalities", "confidence")
    return {"file": name, **{k: record.get(k) for k in keep if record.get(k) is not None}}
