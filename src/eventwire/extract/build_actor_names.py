"""Derive ACLED's actor names (and the words notes use for them) from the training file.

Run from the repository root::

    PYTHONPATH=src python -m eventwire.extract.build_actor_names ../shared/train/acled-notes.csv.gz

Writes four files under ``src/eventwire/data/actors/`` — names and counts only, never a note:

* ``acled_actor_names.tsv``: canonical name without regime years, inter code, country, rows.
* ``acled_actor_cues.tsv``: for frequent actors, the short phrases (1–3 words) whose presence in a note
  most distinguishes the notes naming that actor: actor, phrase, notes with both, notes with the phrase.
  These counts are how the hand-written aliases in ``actors.yaml`` were checked and extended.
* ``battle_order.tsv``: per country, how often ACLED lists the state's forces first in an armed clash between
  them and a non-state armed group (country, clashes, state-first share), and the same among the clashes whose
  note leaves the order open (a symmetric verb such as "clashed with" and no other act: open clashes, share).
* ``front_line_sides.tsv``: for places of the Donbas front line before the 2022 invasion (ACLED's coding of
  the OSCE monitors' reports, which never name who fired), the side ACLED made actor1 of the shelling and of
  the clashes reported near each place: place, shelling actor1, clash actor1, rows.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from eventwire.extract.actors import strip_regime_years
from eventwire.extract.roles.special_cases import SYMMETRIC_VERB
from eventwire.extract.roles.verbs import VIOLENCE_VERB

OUTPUT_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
ACTOR_COLUMNS = (("actor1", "inter1"), ("actor2", "inter2"))
ASSOCIATE_COLUMNS = (("assoc_actor_1", "inter1"), ("assoc_actor_2", "inter2"))

# Cue mining: an actor needs this many notes before its cues mean anything (tuned by eye: below ~30 the
# top phrases are place names of a handful of events).
MIN_ACTOR_NOTES = 30
# A phrase must occur in this many of the actor's notes and in at least this share of all notes that
# contain it, so that "soldiers" (everywhere) is dropped and "Tatmadaw" (only the army) is kept.
MIN_CUE_NOTES = 5
MIN_CUE_PRECISION = 0.5
CUES_PER_ACTOR = 15
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
STOP = frozenset("a an the of in on at to and or by for with from was were is are as that this its their "
                 "his her he she they it be been has have had which who after into during near".split())


def read_rows(path: Path):
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def actors_of(row: dict[str, str]) -> list[tuple[str, str]]:
    """(name without years, inter) of every actor of one row, associated actors included."""
    found = []
    for name_column, inter_column in ACTOR_COLUMNS:
        if row.get(name_column):
            found.append((strip_regime_years(row[name_column]), row.get(inter_column) or ""))
    for name_column, inter_column in ASSOCIATE_COLUMNS:
        for name in filter(None, (row.get(name_column) or "").split("; ")):
            found.append((strip_regime_years(name), ""))
    return found


def note_phrases(note: str) -> set[str]:
    """Lower-cased 1–3 word phrases of a note that do not start or end with a stop word."""
    words = [w.lower() for w in WORD.findall(note)]
    phrases = set()
    for size in (1, 2, 3):
        for i in range(len(words) - size + 1):
            gram = words[i:i + size]
            if gram[0] not in STOP and gram[-1] not in STOP:
                phrases.add(" ".join(gram))
    return phrases


def count_names(rows: list[dict[str, str]]) -> dict[tuple[str, str], Counter]:
    """(name, country) → Counter of inter codes (associated actors count with no inter)."""
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row in rows:
        for name, inter in actors_of(row):
            counts[(name, row["country"])][inter] += 1
    return counts


def write_names(counts: dict[tuple[str, str], Counter], path: Path) -> None:
    lines = ["name\tinter\tcountry\tcount"]
    ordered = sorted(counts.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    for (name, country), inters in ordered:
        coded = [(n, i) for i, n in inters.items() if i]
        inter = max(coded)[1] if coded else ""
        lines.append(f"{name}\t{inter}\t{country}\t{sum(inters.values())}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def mine_cues(rows: list[dict[str, str]]) -> list[tuple[str, str, int, int]]:
    phrase_notes: Counter = Counter()
    actor_notes: Counter = Counter()
    together: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        phrases = note_phrases(row["notes"])
        phrase_notes.update(phrases)
        for name in {name for name, _ in actors_of(row)}:
            actor_notes[name] += 1
            together[name].update(phrases)
    cues = []
    for name, total in actor_notes.items():
        if total < MIN_ACTOR_NOTES:
            continue
        kept = [(p, n) for p, n in together[name].items()
                if n >= MIN_CUE_NOTES and n / phrase_notes[p] >= MIN_CUE_PRECISION]
        kept.sort(key=lambda item: (-item[1], item[0]))
        cues.extend((name, p, n, phrase_notes[p]) for p, n in kept[:CUES_PER_ACTOR])
    return cues


def write_cues(cues: list[tuple[str, str, int, int]], path: Path) -> None:
    lines = ["actor\tphrase\tnotes_with_actor\tnotes_with_phrase"]
    lines += [f"{a}\t{p}\t{n}\t{t}" for a, p, n, t in sorted(cues)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# The Donbas front line as ACLED coded it before the invasion: unnamed fire near a place is given to one side.
FRONT_LINE_COUNTRY = "Ukraine"
FRONT_LINE_UNTIL = "2022-02-24"
FRONT_LINE_KINDS = {"Shelling/artillery/missile attack": "shelling", "Air/drone strike": "shelling",
                    "Armed clash": "clash"}
# A place keeps a side only when that side leads this share of its rows of one kind (tuned on train: 93 % of
# shelling rows and 89 % of clash rows agree with their place's majority; below 0.6 the place is contested).
MIN_FRONT_SIDE_SHARE = 0.6


def front_line_sides(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    """Place → {"shelling"/"clash": the actor1 ACLED gives unnamed fire near it}, before the invasion."""
    counts: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for row in rows:
        kind = FRONT_LINE_KINDS.get(row["sub_event_type"])
        if kind and row["country"] == FRONT_LINE_COUNTRY and row["event_date"] < FRONT_LINE_UNTIL:
            counts[row["location"]][kind][strip_regime_years(row["actor1"])] += 1
    sides: dict[str, dict[str, str]] = {}
    for place, by_kind in counts.items():
        for kind, actors in by_kind.items():
            actor, n = actors.most_common(1)[0]
            if n / sum(actors.values()) >= MIN_FRONT_SIDE_SHARE:
                sides.setdefault(place, {})[kind] = actor
    return sides


def write_front_line(sides: dict[str, dict[str, str]], path: Path) -> None:
    lines = ["place\tshelling_actor1\tclash_actor1"]
    lines += [f"{p}\t{s.get('shelling', '')}\t{s.get('clash', '')}" for p, s in sorted(sides.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


STATE_INTER = "1"
NON_STATE_ARMED_INTERS = frozenset({"2", "3", "4"})


def leaves_order_open(note: str) -> bool:
    """Whether a note tells a clash only by a symmetric verb ("X clashed with Y"), the wording for which the
    pipeline falls back on a country's habit."""
    return bool(SYMMETRIC_VERB.search(note)) and not VIOLENCE_VERB.search(SYMMETRIC_VERB.sub("", note))


def battle_order(rows: list[dict[str, str]]) -> dict[str, tuple[int, float, int, float]]:
    """Country → (armed clashes between a state force and a non-state group, share with the state first, the same
    two figures for the clashes whose note leaves the order open)."""
    first: Counter = Counter()
    total: Counter = Counter()
    for row in rows:
        inters = (row.get("inter1") or "", row.get("inter2") or "")
        if row["sub_event_type"] != "Armed clash" or STATE_INTER not in inters:
            continue
        other = inters[1] if inters[0] == STATE_INTER else inters[0]
        if other in NON_STATE_ARMED_INTERS:
            for key in ((row["country"], "all"), (row["country"], "open")):
                if key[1] == "all" or leaves_order_open(row.get("notes") or ""):
                    total[key] += 1
                    first[key] += inters[0] == STATE_INTER
    return {country: (n, first[country, "all"] / n, total[country, "open"],
                      first[country, "open"] / max(1, total[country, "open"]))
            for (country, part), n in total.items() if part == "all"}


def write_battle_order(order: dict[str, tuple[int, float, int, float]], path: Path) -> None:
    lines = ["country\tclashes\tstate_first_share\topen_clashes\topen_state_first_share"]
    lines += [f"{c}\t{n}\t{share:.3f}\t{n_open}\t{open_share:.3f}"
              for c, (n, share, n_open, open_share) in sorted(order.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train_file", type=Path)
    parser.add_argument("--out", type=Path, default=OUTPUT_DIR)
    args = parser.parse_args(argv)
    rows = list(read_rows(args.train_file))
    args.out.mkdir(parents=True, exist_ok=True)
    write_names(count_names(rows), args.out / "acled_actor_names.tsv")
    write_cues(mine_cues(rows), args.out / "acled_actor_cues.tsv")
    write_front_line(front_line_sides(rows), args.out / "front_line_sides.tsv")
    write_battle_order(battle_order(rows), args.out / "battle_order.tsv")
    print(f"{len(rows)} rows read; wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
