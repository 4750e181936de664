"""Near-duplicate threshold: MinHash Jaccard of republished copies vs independent reports of one event.

Stories are generated from sentence parts (no real article text). A copy is the same story with a new
headline line, boilerplate lines added, the last paragraph cut, or a few words edited; an independent
report tells the same facts with other sentences.

    PYTHONPATH=src .venv/bin/python benchmarks/resolve/neardup.py
"""

from __future__ import annotations

import random
import statistics

from eventwire.resolve.neardup import DUPLICATE_THRESHOLD, SHINGLE_WORDS, band_keys, signature

PLACES = ("Boni", "Tessit", "Diapaga", "Kidal", "Mora", "Beni", "Baidoa", "Tillaberi", "Djibo", "Gao")
OPENERS = (
    "Gunmen on motorbikes attacked {p} on {d}, killing {n} people, officials said.",
    "At least {n} people died when armed men stormed {p} early on {d}, according to local sources.",
    "{n} civilians were killed in a raid on {p} on {d}, a regional governor told reporters.",
)
MIDDLES = (
    "The assailants burned shops and stole cattle before fleeing towards the border.",
    "Witnesses described dozens of fighters arriving at dawn and firing at residents.",
    "The army said reinforcements had been sent and an operation was under way.",
    "Aid groups warned that thousands had fled the area in recent weeks.",
    "No group has claimed responsibility, but jihadists are active in the region.",
    "A health worker said the wounded were taken to the district hospital.",
)
# How another outlet words the same facts.
PARAPHRASES = (
    "Shops were set on fire and livestock taken, and the attackers then left in the direction of the frontier.",
    "Residents said many armed men came at first light and opened fire on villagers.",
    "Troops were dispatched to the area, the military added in a statement.",
    "Humanitarian organisations say the violence has displaced thousands this month.",
    "There was no immediate claim, though Islamist militants operate nearby.",
    "Those injured were evacuated to a hospital in the district capital, a nurse said.",
)
BOILERPLATE = ("ADVERTISEMENT", "Share this article on social media", "Read more: related stories", "Subscribe to our newsletter")


def story(rng: random.Random) -> str:
    facts = {"p": rng.choice(PLACES), "d": rng.choice(("Sunday", "Monday", "Friday")), "n": rng.randint(3, 60)}
    lines = [rng.choice(OPENERS).format(**facts)] + rng.sample(MIDDLES, 4)
    return " ".join(lines), facts


def independent(facts: dict, rng: random.Random) -> str:
    return " ".join([rng.choice(OPENERS).format(**facts)] + rng.sample(PARAPHRASES, 4))


def copy_of(text: str, rng: random.Random) -> str:
    kind = rng.choice(("headline", "boilerplate", "trim", "edit"))
    if kind == "headline":
        return "Deadly raid reported. " + text
    if kind == "boilerplate":
        return "\n".join([rng.choice(BOILERPLATE), text, rng.choice(BOILERPLATE)])
    if kind == "trim":
        return text.rsplit(". ", 2)[0] + "."
    words = text.split()
    for _ in range(3):
        words[rng.randrange(len(words))] = "said"
    return " ".join(words)


def main() -> None:
    rng = random.Random(5)
    copies, others, banded = [], [], 0
    for _ in range(300):
        text, facts = story(rng)
        original, copy = signature(text), signature(copy_of(text, rng))
        copies.append(original.jaccard(copy))
        others.append(original.jaccard(signature(independent(facts, rng))))
        if copies[-1] >= DUPLICATE_THRESHOLD:  # would the store's band index find this copy?
            banded += bool(set(band_keys(original.hashvalues)) & set(band_keys(copy.hashvalues)))
    print(f"shingle {SHINGLE_WORDS} words, threshold {DUPLICATE_THRESHOLD}")
    for name, values in (("copies", copies), ("independent reports", others)):
        q = statistics.quantiles(values, n=20)
        print(f"{name:<20} min {min(values):.2f}  p5 {q[0]:.2f}  median {statistics.median(values):.2f}  p95 {q[-1]:.2f}  max {max(values):.2f}")
    recall = sum(v >= DUPLICATE_THRESHOLD for v in copies) / len(copies)
    false_links = sum(v >= DUPLICATE_THRESHOLD for v in others) / len(others)
    print(f"copies linked {recall:.1%}; independent reports linked {false_links:.1%}")
    linked = sum(v >= DUPLICATE_THRESHOLD for v in copies)
    print(f"linked copies the store's LSH band index finds: {banded}/{linked}")


if __name__ == "__main__":
    main()
