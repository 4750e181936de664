"""Derive the act verbs the trigger lexicon lacks from the training notes (``../shared/train/``).

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/recall/derive_act_verbs.py [--show]

Writes ``src/eventwire/data/recall/act_verbs.json``: ``{verb: [sub-event types]}``. A verb form (a word ending in
"-ed" or "-en") qualifies when, in the classifier's *training* split of the coder notes (never its held-out split,
on which the detection threshold is refit), it occurs where no lexicon pattern matches in at least
``MIN_UNMATCHED_NOTES`` notes, and at most ``MAX_SUB_TYPES`` sub-event types of violence (not protests or strategic
developments) hold ``MIN_SHARE`` of the notes it occurs in, and it carries at least ``MIN_ALONE_SHARE`` of its notes with no lexicon verb beside it. The sub-types are what ACLED coded those notes as; the
detector uses a verb only when the classifier's most likely sub-type is one of them (``detect.classified_trigger``).
Verbs that the team's own non-event news-style rows use at least as often as its event rows are dropped (words of
saying and procedure: "reacted", "noted").
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

from eventwire.extract.lexicon import PATTERN_TABLE, REPORT  # noqa: E402
from eventwire.extract.models import train_classifier as tc  # noqa: E402

OUT = REPO / "src" / "eventwire" / "data" / "recall" / "act_verbs.json"
# Regular past forms only ("-en" words were mostly nouns: "herdsmen", "kindergarten"); "un-" forms name states
# ("unscathed", "unmanned"), not acts.
VERB_FORM = re.compile(r"\b(?!un)[a-z]{3,}ed\b")
# Set by reading the candidate table (--show): 5 keeps verbs of real coder usage ("decapitated" 11, "strafed" 11)
# and drops one-off typos; 0.8 and 2 keep "neutralised" (clash + air strike, 83 %) and drop "engaged" (65 %).
MIN_UNMATCHED_NOTES = 8
MIN_SHARE = 0.8
MAX_SUB_TYPES = 2
# A verb that tells the act carries some notes alone (no lexicon verb beside it: "caned" 88 %, "decapitated" 32 %);
# words of the circumstances always stand beside one ("positioned" 2 %, "pursued" 0 %). 0.2 read off that table.
MIN_ALONE_SHARE = 0.2
VIOLENT_SUB_TYPES = frozenset({
    "Attack", "Abduction/forced disappearance", "Sexual violence", "Armed clash", "Government regains territory",
    "Non-state actor overtakes territory", "Air/drone strike", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Violent demonstration", "Mob violence",
    "Looting/property destruction", "Disrupted weapons use", "Arrests",
})


def lexicon_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for _, _, pattern in PATTERN_TABLE for m in pattern.finditer(text)]


def unmatched_verbs(text: str) -> set[str]:
    """The verb forms of ``text`` that no lexicon pattern (verb or noun) covers."""
    spans = lexicon_spans(text)
    return {m.group() for m in VERB_FORM.finditer(text) if not any(s <= m.start() < e for s, e in spans)}


def verb_table(notes: list[tuple[str, str]]) -> tuple[Counter, Counter, dict[str, Counter]]:
    """Per verb form: the notes where no lexicon pattern covers it, the notes where no lexicon verb matches at all
    (the verb carries the report alone), and the sub-types of the notes it occurs in."""
    unmatched, alone, coded_as = Counter(), Counter(), defaultdict(Counter)
    verb_patterns = [pattern for kind, _, pattern in PATTERN_TABLE if kind == REPORT]
    for text, sub_type in notes:
        unmatched.update(unmatched_verbs(text))
        verbs = set(VERB_FORM.findall(text))
        if not any(pattern.search(text) for pattern in verb_patterns):
            alone.update(verbs)
        for verb in verbs:
            coded_as[verb][sub_type] += 1
    return unmatched, alone, coded_as


def covering_sub_types(coded: Counter) -> list[str] | None:
    """The fewest sub-types (at most MAX_SUB_TYPES, all violent) that hold MIN_SHARE of the notes."""
    total, chosen, held = sum(coded.values()), [], 0
    for sub_type, count in coded.most_common(MAX_SUB_TYPES):
        if sub_type not in VIOLENT_SUB_TYPES:
            return None
        chosen.append(sub_type)
        held += count
        if held >= MIN_SHARE * total:
            return sorted(chosen)
    return None


def said_of_non_events(news_rows: list[dict]) -> set[str]:
    """Verb forms the news-style rows use at least as often in non-events as in events."""
    events, non_events = Counter(), Counter()
    for row in news_rows:
        (events if row["sub_event_type"] else non_events).update(set(VERB_FORM.findall(row["text"].lower())))
    return {verb for verb, count in non_events.items() if count >= events[verb]}


def derive(notes: list[tuple[str, str]], news_rows: list[dict]) -> dict[str, list[str]]:
    unmatched, alone, coded_as = verb_table(notes)
    neutral = said_of_non_events(news_rows)
    verbs = {}
    for verb, count in unmatched.items():
        if count < MIN_UNMATCHED_NOTES or alone[verb] < MIN_ALONE_SHARE * sum(coded_as[verb].values()):
            continue
        sub_types = covering_sub_types(coded_as[verb])
        if sub_types and verb not in neutral:
            verbs[verb] = sub_types
    return dict(sorted(verbs.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the verbs with their counts")
    args = parser.parse_args()
    train_notes, _, _ = tc.split_notes(tc.load_notes(), random.Random(tc.SEED))
    news_rows = [r for r in tc.load_news_style() if r["split"] == "train"]
    verbs = derive(train_notes, news_rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(verbs, indent=1) + "\n", encoding="utf-8")
    if args.show:
        for verb, sub_types in verbs.items():
            print(verb, sub_types, sep="\t")
    print(f"{len(verbs)} verbs -> {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
