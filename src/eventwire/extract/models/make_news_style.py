"""Generate eventwire's own news-style training snippets (``data/training/news_style.jsonl``).

Templated generation: each template in ``news_style_templates`` is filled with slot values from
``news_style_slots`` (countries, towns, actors, numbers, days, attributions), optionally wrapped in a
dateline and a neutral context sentence, so the classifier sees news prose and not only coder notes.

Hand-written sentences (``news_style_handwritten``) are added once each, untouched, with templates
named ``hand:<label>#<index>``.

Rows carry ``split``: a quarter of the templates of every class (index % 4 == 3) are ``heldout``, so the
held-out score measures transfer to unseen sentence shapes, not to unseen slot values.

Run: ``python -m eventwire.extract.models.make_news_style`` (deterministic; rewrites the jsonl).
"""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

from eventwire.extract.models import news_style_frames as frames
from eventwire.extract.models import news_style_handwritten as handwritten
from eventwire.extract.models import news_style_slots as slots
from eventwire.extract.models.news_style_templates import TEMPLATES
from eventwire.records import EVENT_TYPE_OF

OUTPUT = Path(__file__).resolve().parents[2] / "data" / "training" / "news_style.jsonl"
SEED = 20191101
VARIANTS_PER_EVENT_TEMPLATE = 12
VARIANTS_PER_NON_EVENT_TEMPLATE = 22
VARIANTS_PER_FRAME = 30
HELDOUT_EVERY = 4  # template index % 4 == 3 → held-out split
DATELINE_RATE = 0.25
CONTEXT_RATE = 0.35
DETAIL_RATE = 0.4


def _slot_values(rng: random.Random) -> dict[str, str]:
    place = rng.choice(slots.COUNTRIES)
    towns = rng.sample(place["towns"], 2)
    adj = place["adj"]
    return {
        "country": place["country"], "adj": adj, "capital": place["capital"],
        "region": rng.choice(place["region"]), "town": towns[0], "town2": towns[1],
        "group": rng.choice(place["groups"]),
        "army": rng.choice(slots.ARMY_FORMS).format(adj=adj),
        "police": rng.choice(slots.POLICE_FORMS).format(adj=adj),
        "armed": rng.choice(slots.GENERIC_ARMED), "civ": rng.choice(slots.CIVILIANS),
        "num": rng.choice(slots.SMALL_NUMBERS), "num2": rng.choice(["two", "three", "four", "5", "6", "seven"]),
        "day": rng.choice(slots.DAYS), "attrib": rng.choice(slots.ATTRIBUTIONS),
        "place": rng.choice(slots.PLACES_OF_WORSHIP),
    }


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fill(template: str, values: dict[str, str]) -> str:
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return _capitalise(template.format(**{n: values[n] for n in names}))


def render(template: str, rng: random.Random, event_type: str | None = None) -> str:
    """Fill one template and wrap it the way wire copy and local press do."""
    values = _slot_values(rng)
    text = _fill(template, values)
    if event_type and rng.random() < DETAIL_RATE:
        text += " " + _fill(rng.choice(slots.DETAILS_BY_TYPE[event_type]), values)
    if rng.random() < CONTEXT_RATE:
        context = rng.choice(slots.CONTEXT_SENTENCES)
        text = f"{text} {context}" if rng.random() < 0.7 else f"{context} {text}"
    if rng.random() < DATELINE_RATE:
        text = rng.choice(slots.DATELINES).format(**values) + text
    return text


def _frame_template(frame: str, rng: random.Random) -> str:
    """A framed non-event template: the frame's action slots replaced by one sampled action."""
    actor = rng.choice(frames.ACTORS)
    return frame.replace("{actor}", actor[:1].upper() + actor[1:] if frame.startswith("{actor}") else actor).format(
        future=rng.choice(frames.FUTURE_ACTIONS), past=rng.choice(frames.PAST_ACTIONS),
        noun=rng.choice(frames.EVENT_NOUNS), official=rng.choice(frames.OFFICIALS), year=rng.choice(frames.YEARS),
        **{slot: "{" + slot + "}" for slot in ("town", "town2", "region", "group", "capital", "num", "num2", "attrib")},
    )


def generate_framed(rng: random.Random) -> list[dict[str, object]]:
    """Non-events built from FRAMES × actions; every fourth frame is held out."""
    rows = []
    for index, frame in enumerate(frames.FRAMES):
        split = "heldout" if index % HELDOUT_EVERY == HELDOUT_EVERY - 1 else "train"
        for _ in range(VARIANTS_PER_FRAME):
            text = render(_frame_template(frame, rng), rng)
            rows.append({"text": text, "event_type": None, "sub_event_type": None,
                         "template": f"frame#{index}", "split": split})
    return rows


def generate_handwritten() -> list[dict[str, object]]:
    """One row per hand-written sentence (``news_style_handwritten``); every fourth of each label is held out."""
    rows, seen_per_label = [], {}
    for sub_type, text in handwritten.rows():
        index = seen_per_label[sub_type] = seen_per_label.get(sub_type, -1) + 1
        split = "heldout" if index % HELDOUT_EVERY == HELDOUT_EVERY - 1 else "train"
        rows.append({"text": text, "event_type": EVENT_TYPE_OF[sub_type] if sub_type else None,
                     "sub_event_type": sub_type, "template": f"hand:{sub_type or 'none'}#{index}", "split": split})
    return rows


def generate(seed: int = SEED) -> list[dict[str, object]]:
    """All rows, in a fixed order, from a fixed seed."""
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for sub_type, templates in TEMPLATES.items():
        n_variants = VARIANTS_PER_NON_EVENT_TEMPLATE if sub_type is None else VARIANTS_PER_EVENT_TEMPLATE
        for index, template in enumerate(templates):
            split = "heldout" if index % HELDOUT_EVERY == HELDOUT_EVERY - 1 else "train"
            seen: set[str] = set()
            for _ in range(n_variants):
                text = render(template, rng, EVENT_TYPE_OF[sub_type] if sub_type else None)
                if text in seen:
                    continue
                seen.add(text)
                rows.append({
                    "text": text,
                    "event_type": EVENT_TYPE_OF[sub_type] if sub_type else None,
                    "sub_event_type": sub_type,
                    "template": f"{sub_type or 'none'}#{index}",
                    "split": split,
                })
    return rows + generate_framed(rng) + generate_handwritten()


def main() -> None:
    rows = generate()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_events = sum(1 for r in rows if r["sub_event_type"])
    print(f"wrote {len(rows)} rows ({n_events} events, {len(rows) - n_events} non-events) to {OUTPUT}")


if __name__ == "__main__":
    main()
