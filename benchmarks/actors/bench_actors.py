"""Actor dictionary benchmark: coverage of gold actor names, mention recall, and find_actors speed.

    cd <repo> && PYTHONPATH=src .venv/bin/python benchmarks/actors/bench_actors.py

* coverage: the share of gold actor names (regime years stripped) that eventwire can produce at all — a
  dictionary actor, a name of the training file, or a per-country pattern (state forces, Civilians (X), ...);
* mention recall: the share of gold actor1/actor2 values that ``find_actors`` finds in the article itself
  (with the gold country as the event country);
* speed: ``find_actors`` over ~600-word texts built from sentences written for this benchmark.

Sets under ../shared/eval that are absent are skipped.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import time
from pathlib import Path

from eventwire.countries import all_countries
from eventwire.extract.actors import ActorDictionary, canonical_name, same_actor
from eventwire.extract.roles import assign_roles

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO / ".." / "shared" / "eval"
SETS = ("acled-2020-dev", "acled-sahel-dev", "seed")
GENERIC_PATTERN = re.compile(r"^(Civilians|Protesters|Rioters|Unidentified Armed Group|Unidentified Gang|"
                             r"Vigilante Group) \((?P<country>.+)\)$")
STATE_PATTERN = re.compile(r"^(Military|Police) Forces of (the )?(?P<country>.+)$")

SENTENCES = [
    "Islamic State-allied militants attacked Malian soldiers near the border on Friday, killing dozens.",
    "A French soldier was killed by a roadside bomb while on patrol, the army said in a statement.",
    "Gunmen on motorbikes stormed the village and killed twelve residents before fleeing into the bush.",
    "Local officials said the attackers burned granaries and stole cattle from herders.",
    "The government announced three days of national mourning after the assault on the camp.",
    "Protesters marched to the governor's office demanding better security and were dispersed by police.",
    "Analysts say the jihadist insurgency has spread from the north to the centre of the country since 2015.",
    "Nigerien troops and gendarmes repelled an attack by suspected jihadists on a checkpoint overnight.",
    "The United Nations mission condemned the killing of civilians and called for an investigation.",
    "Witnesses described hearing gunfire for several hours before reinforcements arrived by helicopter.",
    "Boko Haram fighters raided a market town and abducted several women, residents told reporters.",
    "The army said it had killed forty militants in air strikes on their hideouts in the forest.",
]
TARGET_WORDS = 600
TEXTS = 300


def gold_names(path: Path) -> list[tuple[str, str, Path]]:
    """(actor name, country, article path) of every gold actor1/actor2."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        article = path.parent / record["path"]
        for event in record["events"]:
            for key in ("actor1", "actor2"):
                if event.get(key):
                    rows.append((event[key], event.get("country"), article))
    return rows


def producible(name: str, dictionary: ActorDictionary, countries: set[str]) -> bool:
    clean = canonical_name(name)
    if dictionary.actor(clean) or clean in dictionary.known_names:
        return True
    for pattern in (GENERIC_PATTERN, STATE_PATTERN):
        match = pattern.match(clean)
        if match and match["country"] in countries:
            return True
    return False


def found_in_article(name: str, country: str | None, article: Path, dictionary: ActorDictionary) -> bool:
    if not article.exists():
        return False
    text = article.read_text(encoding="utf-8")
    return any(same_actor(name, m.name) for m in dictionary.find_actors(text, country=country))


def measure_set(name: str, dictionary: ActorDictionary, countries: set[str]) -> dict | None:
    gold = EVAL / name / "gold.jsonl"
    if not gold.exists():
        return None
    rows = gold_names(gold)
    known = sum(producible(actor, dictionary, countries) for actor, _, _ in rows)
    found = sum(found_in_article(actor, country, article, dictionary) for actor, country, article in rows)
    return {"set": name, "gold_actors": len(rows), "coverage": known / len(rows), "mention_recall": found / len(rows)}


def measure_roles(name: str, dictionary: ActorDictionary) -> dict | None:
    """actor1/actor2 accuracy of assign_roles over whole articles, given the gold sub-event type and country."""
    gold = EVAL / name / "gold.jsonl"
    if not gold.exists():
        return None
    right = {"actor1": 0, "actor2": 0}
    total = {"actor1": 0, "actor2": 0}
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = article_body((gold.parent / record["path"]).read_text(encoding="utf-8"))
        for event in record["events"]:
            country = event.get("country")
            mentions = dictionary.find_actors(text, country=country)
            roles = assign_roles(text, 0, len(text), mentions, event.get("sub_event_type"), country, dictionary)
            for key in right:
                total[key] += 1
                right[key] += same_actor(event.get(key), getattr(roles, key))
    return {"set": name, "events": total["actor1"], **{f"{k}_accuracy": right[k] / total[k] for k in right}}


def article_body(text: str) -> str:
    """The report without the scraper's header lines (title, date, author, source link)."""
    return "\n".join(line for line in text.splitlines()
                     if not line.startswith(("#", "Published at:", "Author:", "Original:")))


def synthetic_texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words, parts = 0, []
        while words < TARGET_WORDS:
            sentence = rng.choice(SENTENCES)
            parts.append(sentence)
            words += len(sentence.split())
        texts.append(" ".join(parts))
    return texts


def measure_speed(dictionary: ActorDictionary) -> dict:
    texts = synthetic_texts(TEXTS)
    timings = []
    for text in texts:
        began = time.perf_counter()
        dictionary.find_actors(text, country="Mali")
        timings.append(time.perf_counter() - began)
    return {"texts": len(texts), "words_per_text": TARGET_WORDS, "median_ms": statistics.median(timings) * 1000,
            "texts_per_second": len(texts) / sum(timings)}


def measure_load() -> float:
    began = time.perf_counter()
    ActorDictionary.load()
    return time.perf_counter() - began


def main() -> None:
    load_seconds = measure_load()
    dictionary = ActorDictionary.load()
    countries = {c.name for c in all_countries()}
    results = [r for r in (measure_set(s, dictionary, countries) for s in SETS) if r]
    roles = [r for r in (measure_roles(s, dictionary) for s in SETS) if r]
    print(json.dumps({"load_seconds": round(load_seconds, 3), "sets": results, "roles": roles,
                      "speed": measure_speed(dictionary)},
                     indent=2, default=lambda v: round(v, 3)))


if __name__ == "__main__":
    main()
