"""Build the multi-report resolution test set from gold events of ../shared/eval/acled-2020-dev.

For a seeded sample of gold events, several outlets "report" each event as an eventwire Event record
(structure only: fields and generated one-line notes, no text from the gold articles), the way real
coverage varies: different and provisional tolls, floors ("more than 40"), spellings, a report filed a
day later, week-level dates, a region instead of the village, missing or differently written actors.
Added to make it hard: distinct events on the same day in a neighbouring village (sometimes in the same
article as the main event), and background events in the same country a few days apart.

Every report carries ``gold`` (the id of the incident it describes). Output: data/multireport.jsonl.gz

    PYTHONPATH=src .venv/bin/python benchmarks/resolve/generate_multireport.py [--sample 200] [--seed 7] [--no-details]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from eventwire.countries import country_by_name
from eventwire.records import SUB_EVENT_TYPES, Event, Source

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1] / ".." / "shared" / "eval" / "acled-2020-dev" / "gold.jsonl"
OUT = HERE / "data" / "multireport.jsonl.gz"

REPORTS_PER_EVENT = (1, 2, 3, 4, 5)
REPORT_WEIGHTS = (15, 25, 30, 20, 10)
NEIGHBOUR_SHARE = 0.35  # sampled events that get a same-day look-alike in a nearby village
NEIGHBOUR_KM = (4.0, 20.0)
BACKGROUND_KM = (30.0, 300.0)
PUBLISHERS = ("AFP", "Reuters", "AP", "BBC", "Al Jazeera", "local daily", "regional radio", "news site", "RFI", "VOA")
# What independent reports of one incident share and reports of different incidents mostly do not:
# the target, the victims or the occasion. Each incident gets one; each report mentions it or not.
DETAILS = (
    "at a checkpoint", "near the market", "on a convoy", "at a police station", "against farmers", "against traders",
    "against herders", "at a school", "on a bus", "at a mosque", "at a church", "on a patrol", "at a gold mine",
    "at a water point", "on the main road", "over unpaid salaries", "over fuel prices", "against a curfew",
    "after a disputed election", "over land", "during a funeral", "at a health centre", "at the town hall",
    "on a military base", "at a camp for displaced people",
)
DETAIL_SHARE = 0.7  # reports that mention their incident's detail
SYLLABLES = ("ka", "lo", "ba", "sou", "ma", "di", "ko", "ra", "ta", "ni", "gou", "bi", "sa", "do", "fa", "ye")


@dataclass
class Incident:
    gold: str
    event: Event  # the true coding
    detail: str = ""


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def misspell(name: str, rng: random.Random) -> str:
    """A spelling another outlet might use: accents dropped, a letter doubled, two letters swapped."""
    plain = fold(name)
    if len(plain) < 4:
        return plain
    i = rng.randrange(1, len(plain) - 2)
    variants = (plain, plain[: i + 1] + plain[i] + plain[i + 1 :], plain[:i] + plain[i + 1] + plain[i] + plain[i + 2 :])
    return rng.choice(variants)


def offset(lat: float, lon: float, km: float, rng: random.Random) -> tuple[float, float]:
    bearing = rng.uniform(0, 2 * math.pi)
    dlat = km * math.cos(bearing) / 111.0
    dlon = km * math.sin(bearing) / (111.0 * max(0.2, math.cos(math.radians(lat))))
    return round(lat + dlat, 4), round(lon + dlon, 4)


def village_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def true_event(gold_id: str, raw: dict) -> Event:
    country = country_by_name(raw["country"])
    return Event(
        event_id=gold_id, event_date=date.fromisoformat(raw["event_date"]), time_precision=raw.get("time_precision", 1),
        event_type=raw.get("event_type"), sub_event_type=raw.get("sub_event_type"),
        actor1=raw.get("actor1"), actor2=raw.get("actor2"), inter1=None, inter2=None,
        country=raw["country"], iso3=country.iso3 if country else None, admin1=raw.get("admin1"),
        location=raw.get("location"), latitude=raw.get("latitude"), longitude=raw.get("longitude"),
        geo_precision=raw.get("geo_precision", 1), fatalities=int(raw.get("fatalities") or 0),
    )


def load_gold(sample: int, rng: random.Random, details: bool) -> list[Incident]:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    events = [(f"g{i}-{j}", e) for i, row in enumerate(rows) for j, e in enumerate(row["events"]) if e.get("latitude") is not None]
    chosen = rng.sample(events, min(sample, len(events)))
    return [Incident(gold_id, true_event(gold_id, raw), pick_detail(rng, details)) for gold_id, raw in chosen]


def pick_detail(rng: random.Random, details: bool) -> str:
    return rng.choice(DETAILS) if details else ""


# --------------------------------------------------------------------------- how one outlet reports it


def reported_toll(true: int, rng: random.Random) -> tuple[int, int | None, int | None]:
    """(fatalities, low, high) as one report states them: exact, a floor, a provisional count, or none."""
    if true == 0:
        return 0, None, None
    kind = rng.choices(("exact", "floor", "early", "none"), (50, 20, 15, 15))[0]
    if kind == "exact":
        return true, true, true
    if kind == "floor":
        floor = max(1, true - true % 5 if true >= 10 else true - rng.randint(0, 1))
        return floor, floor, None
    if kind == "early":
        early = max(1, int(true * rng.uniform(0.5, 0.9)))
        return early, early, early
    return 0, None, None


def reported_date(event: Event, rng: random.Random) -> tuple[date, int]:
    day, precision = event.event_date, event.time_precision or 1
    if precision != 1:
        return day, precision
    kind = rng.choices(("same", "next", "week"), (70, 20, 10))[0]
    if kind == "next":
        # Most misdated reports carry the day after (the day the story was filed); a few the day before.
        return day + timedelta(days=1 if rng.random() < 0.8 else -1), 1
    if kind == "week":
        return day + timedelta(days=rng.randint(-3, 3)), 2
    return day, 1


def reported_place(event: Event, rng: random.Random) -> dict:
    kind = rng.choices(("same", "variant", "variant_jitter", "region"), (65, 15, 10, 10))[0]
    place = {"location": event.location, "latitude": event.latitude, "longitude": event.longitude, "geo_precision": event.geo_precision}
    if kind in ("variant", "variant_jitter") and event.location:
        place["location"] = misspell(event.location, rng)
    if kind == "variant_jitter":
        place["latitude"], place["longitude"] = offset(event.latitude, event.longitude, rng.uniform(0.2, 2.0), rng)
    if kind == "region":
        place["latitude"], place["longitude"] = offset(event.latitude, event.longitude, rng.uniform(20, 100), rng)
        place.update(location=event.admin1, geo_precision=3)
    return place


def reported_actors(event: Event, rng: random.Random) -> dict:
    kind = rng.choices(("same", "no_actor2", "no_actor1", "variant"), (60, 20, 10, 10))[0]
    actors = {"actor1": event.actor1, "actor2": event.actor2}
    if kind == "no_actor2":
        actors["actor2"] = None
    elif kind == "no_actor1":
        actors["actor1"] = None
    elif kind == "variant" and event.actor1:
        actors["actor1"] = event.actor1.split(" (")[0]
    return actors


def reported_sub_type(event: Event, rng: random.Random) -> str | None:
    siblings = SUB_EVENT_TYPES.get(event.event_type or "", ())
    if len(siblings) > 1 and rng.random() < 0.15:
        return rng.choice([s for s in siblings if s != event.sub_event_type])
    return event.sub_event_type


def notes_for(event: Event, detail: str, rng: random.Random) -> str:
    """A generated one-line summary in the style eventwire writes (no sentence from any article)."""
    toll = f"{event.fatalities} killed" if event.fatalities else "no fatalities reported"
    if detail and rng.random() < DETAIL_SHARE:
        toll = f"{detail}; {toll}"
    who = event.actor1 or "unidentified actors"
    where = event.location or event.admin1 or event.country
    templates = (
        f"On {event.event_date:%d %B %Y}, {who} - {event.sub_event_type} - in {where} ({event.admin1}); {toll}.",
        f"{event.sub_event_type} involving {who} reported in {where}, {event.country}, {event.event_date:%d %B %Y}: {toll}.",
        f"Around {event.event_date:%d %B %Y}: {event.event_type} in {where}; {who}; {toll}.",
    )
    return rng.choice(templates)


def one_report(event: Event, detail: str, article_id: str, rng: random.Random) -> Event:
    day, precision = reported_date(event, rng)
    fatalities, low, high = reported_toll(event.fatalities, rng)
    published = (event.event_date + timedelta(days=rng.randint(1, 4))).isoformat() + "T08:00:00+00:00"
    source = Source(article_id, f"{article_id}.txt", None, f"Report {article_id}", rng.choice(PUBLISHERS), published)
    report = replace(
        event, event_id=f"ew-{rng.getrandbits(48):012x}", event_date=day, time_precision=precision,
        sub_event_type=reported_sub_type(event, rng), fatalities=fatalities, fatalities_low=low,
        fatalities_best=fatalities if low is not None else None, fatalities_high=high,
        sources=(source,), confidence=round(rng.uniform(0.4, 0.9), 2),
        **reported_place(event, rng), **reported_actors(event, rng),
    )
    return replace(report, notes=notes_for(report, detail, rng))


# --------------------------------------------------------------------------- look-alikes and background


def neighbour_of(event: Event, rng: random.Random) -> Event:
    lat, lon = offset(event.latitude, event.longitude, rng.uniform(*NEIGHBOUR_KM), rng)
    toll = max(0, event.fatalities + rng.randint(-3, 6)) if event.fatalities else 0
    return replace(event, location=village_name(rng), latitude=lat, longitude=lon, fatalities=toll)


def background_for(event: Event, rng: random.Random) -> Event:
    lat, lon = offset(event.latitude, event.longitude, rng.uniform(*BACKGROUND_KM), rng)
    event_type = rng.choice(("Battles", "Protests", "Riots", "Violence against civilians", "Explosions/Remote violence"))
    sub = rng.choice(SUB_EVENT_TYPES[event_type])
    day = event.event_date + timedelta(days=rng.randint(-5, 5))
    return replace(event, event_type=event_type, sub_event_type=sub, event_date=day, time_precision=1,
                   location=village_name(rng), latitude=lat, longitude=lon, geo_precision=1,
                   fatalities=rng.choice((0, 0, 1, 2, 5)))


def reports_for(incident: Incident, rng: random.Random, first_article: str | None = None) -> list[dict]:
    count = rng.choices(REPORTS_PER_EVENT, REPORT_WEIGHTS)[0]
    articles = [f"{rng.getrandbits(40):010x}" for _ in range(count)]
    if first_article:
        articles[0] = first_article  # this outlet reports both look-alike events in one story
    return [{**one_report(incident.event, incident.detail, a, rng).to_record(), "gold": incident.gold} for a in articles]


def build(sample: int, seed: int, details: bool = True) -> list[dict]:
    rng = random.Random(seed)
    rows: list[dict] = []
    for incident in load_gold(sample, rng, details):
        main = reports_for(incident, rng)
        rows += main
        if rng.random() < NEIGHBOUR_SHARE:
            shared = main[0]["sources"][0]["article_id"] if rng.random() < 0.5 else None
            neighbour = Incident(incident.gold + "-n", neighbour_of(incident.event, rng), pick_detail(rng, details))
            rows += reports_for(neighbour, rng, shared)
        background = Incident(incident.gold + "-b", background_for(incident.event, rng), pick_detail(rng, details))
        rows += reports_for(background, rng)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-details", action="store_true", help="notes carry structure only (no target/occasion)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not GOLD.exists():
        raise SystemExit(f"gold file not found: {GOLD}")
    rows = build(args.sample, args.seed, details=not args.no_details)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    incidents = len({row["gold"] for row in rows})
    print(f"{len(rows)} reports of {incidents} incidents → {args.out}")


if __name__ == "__main__":
    main()
