"""Score actor1/assoc_actor_1/actor2/assoc_actor_2/inter1/inter2 on our hand-written news passages.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/actors/score_news_actors.py
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/actors/score_news_actors.py --errors
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/actors/score_news_actors.py --json out.json
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/actors/score_news_actors.py \
        --gold benchmarks/actors/news-actors3.jsonl --part dev|held|all   (--errors only with --part dev)

`news-actors.jsonl` holds 80 news passages (2–5 sentences, wire-style datelines, 2019–2025, Africa, the Middle
East, South Asia and Latin America), each reporting one event with its actors coded by ACLED's conventions. It was
written before any run on it, weighted to the kinds of actor error we know are weak (`kind`): clash order,
state forces named by their nationality in a story filed from another country, Sahel and Nigerian militias,
UN missions, gangs and cartels, police vs military units, unnamed attackers where one group dominates,
protesters' associated actors, rebels split into factions.

Each passage goes through the whole pipeline (ingest's article builder, so the dateline is read; extraction;
geo; actor qualification) as a one-passage article. The scored event is the predicted event of the gold's
sub-event type, else of its event type, else the most confident one; a passage with no event scores every field
wrong. Actors are compared with `same_actor` (regime years and spelling variants ignored). An associated actor is
right when both are empty or the prediction is one of the gold's `;`-separated names. The set measures; rules
are never written for one passage of it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Sequence

from eventwire.extract.actors.names import same_actor

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import in_part  # noqa: E402

PASSAGES = Path(__file__).resolve().parent / "news-actors.jsonl"
FIELDS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2")
# Publication stamps carry no hour in the set; noon keeps "on Monday" inside the publication day's week.
PUBLICATION_HOUR = 12


@dataclass(frozen=True)
class Passage:
    """One gold row of news-actors.jsonl."""

    id: str
    kind: str
    text: str
    published_at: str
    gold: dict


@dataclass(frozen=True)
class Predicted:
    """The scored event's fields for one passage (all None when no event was found)."""

    passage_id: str
    fields: dict
    events: int


def load_passages(path: Path = PASSAGES) -> list[Passage]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Passage(r["id"], r["kind"], r["text"], r["published_at"], r) for r in rows]


# Sets written with a held part (round eleven on): their per-passage errors are read on the dev part only.
SPLIT_SETS = frozenset({"news-actors3.jsonl", "news-actors4.jsonl", "news-actors5.jsonl", "news-actors6.jsonl",
                        "news-actors7.jsonl", "news-actors8.jsonl", "news-actors9.jsonl",
                        "news-actors10.jsonl", "news-actors11.jsonl", "news-actors12.jsonl"})


def select_part(passages: Sequence[Passage], part: str) -> list[Passage]:
    """The dev part, the held part or all passages (the split is by position in the file)."""
    return [p for i, p in enumerate(passages, 1) if in_part(i, part)]


# --------------------------------------------------------------------------- matching (pure)


def _assoc_right(gold: str | None, predicted: str | None) -> bool:
    if not gold:
        return not predicted
    return bool(predicted) and any(same_actor(name.strip(), predicted) for name in gold.split(";"))


def field_right(field: str, gold: object, predicted: object) -> bool:
    """Whether one predicted field agrees with the gold one."""
    if field.startswith("assoc"):
        return _assoc_right(gold, predicted)  # type: ignore[arg-type]
    if field.startswith("inter"):
        return (gold or 0) == (predicted or 0)  # ACLED writes 0 for "no actor"; records leave it empty
    if not gold:
        return not predicted
    return same_actor(gold, predicted)  # type: ignore[arg-type]


def pick_event(gold: dict, events: Sequence[dict]) -> dict | None:
    """The predicted event scored against the passage's one gold event."""
    for key in ("sub_event_type", "event_type"):
        same = [e for e in events if e.get(key) == gold.get(key)]
        if same:
            return max(same, key=lambda e: e.get("confidence") or 0.0)
    return max(events, key=lambda e: e.get("confidence") or 0.0, default=None)


def accuracy(passages: Sequence[Passage], predictions: Sequence[Predicted]) -> dict[str, float]:
    """Share of passages whose field is right, per field, plus the share with any event found."""
    by_id = {p.passage_id: p for p in predictions}
    scores = {}
    for field in FIELDS:
        right = sum(field_right(field, p.gold.get(field), by_id[p.id].fields.get(field)) for p in passages)
        scores[field] = right / len(passages) if passages else 0.0
    scores["found"] = sum(by_id[p.id].events > 0 for p in passages) / len(passages) if passages else 0.0
    return scores


def by_kind(passages: Sequence[Passage], predictions: Sequence[Predicted]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[Passage]] = defaultdict(list)
    for passage in passages:
        groups[passage.kind].append(passage)
    return {kind: accuracy(group, predictions) | {"n": len(group)} for kind, group in sorted(groups.items())}


# --------------------------------------------------------------------------- running the pipeline


def inter_after_geo() -> None:
    """Measurement only: wrap the pipeline's ``qualify_actors`` (in this process) so that inter1/inter2 follow the
    geo country through ``ActorDictionary.inter_in_country``, as the assembly would if it called it."""
    from dataclasses import replace

    import eventwire.pipeline as pipeline

    shipped = pipeline.qualify_actors

    def qualify(draft, country, kit=None):
        draft = shipped(draft, country, kit)
        if kit is None:
            return draft
        inters = {f"inter{side}": kit.actors.inter_in_country(getattr(draft, f"actor{side}"),
                                                               getattr(draft, f"inter{side}"), country)
                  for side in ("1", "2")}
        return replace(draft, **inters)

    pipeline.qualify_actors = qualify


def pipeline_predictor() -> Callable[[Passage], Predicted]:
    from eventwire.evaluate.run import as_record
    from eventwire.ingest.build import RawArticle, build_article
    from eventwire.pipeline import Toolkit, process_article

    toolkit = Toolkit.load()

    def predict(passage: Passage) -> Predicted:
        published = datetime.fromisoformat(passage.published_at).replace(hour=PUBLICATION_HOUR)
        article = build_article(RawArticle(body=passage.text, published_at=published, path=f"{passage.id}.txt"))
        events = [dict(as_record(e)) for e in process_article(article, toolkit).events]
        chosen = pick_event(passage.gold, events) or {}
        fields = {f: chosen.get(f) for f in FIELDS + ("sub_event_type", "country")}
        return Predicted(passage.id, fields, len(events))

    return predict


# --------------------------------------------------------------------------- reporting


def print_table(overall: dict, kinds: dict) -> None:
    print("| kind | n | found | " + " | ".join(FIELDS) + " |")
    print("|---" * (3 + len(FIELDS)) + "|")
    for name, scores in list(kinds.items()) + [("all", overall | {"n": "all"})]:
        cells = [f"{scores[f]:.3f}" for f in ("found",) + FIELDS]
        print(f"| {name} | {scores['n']} | " + " | ".join(cells) + " |")


def print_errors(passages: Sequence[Passage], predictions: Sequence[Predicted]) -> None:
    by_id = {p.passage_id: p for p in predictions}
    for passage in passages:
        got = by_id[passage.id].fields
        for field in FIELDS:
            if not field_right(field, passage.gold.get(field), got.get(field)):
                print(f"{passage.id}\t{passage.kind}\t{field}\tgold={passage.gold.get(field)!r}\t"
                      f"pred={got.get(field)!r}\t(sub {got.get('sub_event_type')}, {got.get('country')})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="print every wrong actor field")
    parser.add_argument("--json", help="write the scores to this file")
    parser.add_argument("--gold", type=Path, default=PASSAGES,
                        help="passage file to score (default news-actors.jsonl; news-actors2.jsonl is round ten's)")
    parser.add_argument("--inter-after-geo", action="store_true",
                        help="measure inter codes as if the assembly re-read them in the geo country")
    parser.add_argument("--part", choices=("dev", "held", "all"), default="all",
                        help="score the dev part, the held part (every third passage) or all of them")
    args = parser.parse_args()
    if args.errors and (args.part == "held" or args.part == "all" and args.gold.name in SPLIT_SETS):
        parser.error("--errors reads per-passage errors: never on a held part (use --part dev)")
    if args.inter_after_geo:
        inter_after_geo()
    passages = select_part(load_passages(args.gold), args.part)
    predict = pipeline_predictor()
    predictions = [predict(p) for p in passages]
    overall, kinds = accuracy(passages, predictions), by_kind(passages, predictions)
    print_table(overall, kinds)
    if args.errors:
        print_errors(passages, predictions)
    if args.json:
        Path(args.json).write_text(json.dumps({"all": overall, "kinds": kinds}, indent=2))


if __name__ == "__main__":
    main()
