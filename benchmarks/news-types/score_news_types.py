"""Score event typing on the hand-written news-style development set (issue 10).

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --extractor
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --markdown out.md --json out.json
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --stats
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --fresh --extractor   # fresh.jsonl
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --fresh2 --extractor  # fresh2.jsonl
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --fresh3 --extractor  # fresh3.jsonl
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --fresh4 --part dev --extractor
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --fresh6 --part dev --extractor
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --fresh7 --part dev --extractor
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --fresh8 --part dev --extractor
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --fresh9 --part dev --extractor
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --fresh10 --part dev --extractor
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --fresh11 --part dev --extractor
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --fresh12 --part dev --extractor
    PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py --fresh13 --part dev --extractor

Default mode scores ``EventClassifier.predict`` on each snippet. ``--extractor`` runs the full
``extract_events`` on each snippet as a one-paragraph article: the snippet's predicted type is that
of the most confident draft (none when no draft), and the number of drafts per snippet is reported.

The metric functions are pure (gold rows + predictions in, numbers out) so the tests can check them
on a tiny hand-made list. The set is for measurement only: never train or tune weights on it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import in_part  # noqa: E402

DEVSET = Path(__file__).resolve().parent / "dev.jsonl"
FRESH_SET = Path(__file__).resolve().parent / "fresh.jsonl"  # round-two set, written before any run on it
FRESH2_SET = Path(__file__).resolve().parent / "fresh2.jsonl"  # round-four set, weighted to ACLED's hard pairs
FRESH3_SET = Path(__file__).resolve().parent / "fresh3.jsonl"  # round-six set, written before any run on it
FRESH4_SET = Path(__file__).resolve().parent / "fresh4.jsonl"  # round-seven set, split into dev and held parts
FRESH5_SET = Path(__file__).resolve().parent / "fresh5.jsonl"  # round-eight set, split into dev and held parts
FRESH6_SET = Path(__file__).resolve().parent / "fresh6.jsonl"  # round-nine set (news-API leads), dev and held parts
FRESH7_SET = Path(__file__).resolve().parent / "fresh7.jsonl"  # round-ten set (headline-speak), dev and held parts
FRESH8_SET = Path(__file__).resolve().parent / "fresh8.jsonl"  # round-eleven set (headline + lead), dev and held parts
FRESH9_SET = Path(__file__).resolve().parent / "fresh9.jsonl"  # round-twelve set (three forms), dev and held parts
FRESH10_SET = Path(__file__).resolve().parent / "fresh10.jsonl"  # round-thirteen set (five forms), dev and held parts
FRESH11_SET = Path(__file__).resolve().parent / "fresh11.jsonl"  # round-fourteen set (clauses, nouns), dev and held
FRESH12_SET = Path(__file__).resolve().parent / "fresh12.jsonl"  # round-fifteen set (neighbour sub-types), dev and held
FRESH13_SET = Path(__file__).resolve().parent / "fresh13.jsonl"  # round-sixteen set (one telling detail), dev and held
NONE_LABEL = "(none)"  # the "no event" class in confusion tables

# Issue 10's bar; printed beside each measured figure.
TARGET_EVENT_TYPE_ACCURACY = 0.92
TARGET_SUB_EVENT_ACCURACY = 0.85
TARGET_NON_EVENT_REJECTION = 0.90
TARGET_MAX_EVENTS_PER_SNIPPET = 1.5
TOP_CONFUSIONS = 20
EXAMPLES_PER_CONFUSION = 3
EXAMPLE_CHARS = 100


@dataclass(frozen=True)
class Snippet:
    """One gold row of dev.jsonl."""

    id: str
    text: str
    event_type: str | None
    sub_event_type: str | None
    country: str
    style: str
    reason: str
    n_events: int = 1

    @property
    def is_event(self) -> bool:
        return self.event_type is not None


@dataclass(frozen=True)
class Prediction:
    """What a system said about one snippet. ``n_events`` is only known in extractor mode."""

    snippet_id: str
    event_type: str | None
    sub_event_type: str | None
    n_events: int | None = None


class ComponentMissing(RuntimeError):
    """The classifier or extractor cannot be imported or loaded yet."""


# --------------------------------------------------------------------------- loading


def load_devset(path: Path = DEVSET) -> list[Snippet]:
    """Read dev.jsonl into ``Snippet`` rows, in file order."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(_snippet_from_json(json.loads(line)))
    return rows


def _snippet_from_json(raw: dict) -> Snippet:
    return Snippet(
        id=raw["id"],
        text=raw["text"],
        event_type=raw["event_type"],
        sub_event_type=raw["sub_event_type"],
        country=raw["country"],
        style=raw["style"],
        reason=raw["reason"],
        n_events=int(raw.get("n_events", 1)),
    )


# --------------------------------------------------------------------------- metrics (pure)


def _by_id(predictions: Iterable[Prediction]) -> dict[str, Prediction]:
    return {p.snippet_id: p for p in predictions}


def _label(sub_event_type: str | None) -> str:
    return sub_event_type or NONE_LABEL


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def event_type_accuracy(gold: Sequence[Snippet], predictions: Iterable[Prediction]) -> float | None:
    """Share of event snippets whose event_type is right (a non-event prediction is wrong)."""
    preds = _by_id(predictions)
    events = [s for s in gold if s.is_event]
    right = sum(1 for s in events if s.id in preds and preds[s.id].event_type == s.event_type)
    return _ratio(right, len(events))


def sub_event_accuracy(gold: Sequence[Snippet], predictions: Iterable[Prediction]) -> float | None:
    """Share of event snippets whose sub_event_type is right."""
    preds = _by_id(predictions)
    events = [s for s in gold if s.is_event]
    right = sum(1 for s in events if s.id in preds and preds[s.id].sub_event_type == s.sub_event_type)
    return _ratio(right, len(events))


def non_event_rejection(gold: Sequence[Snippet], predictions: Iterable[Prediction]) -> float | None:
    """Share of non-event snippets for which no event was predicted."""
    preds = _by_id(predictions)
    non_events = [s for s in gold if not s.is_event]
    rejected = sum(1 for s in non_events if s.id in preds and preds[s.id].event_type is None)
    return _ratio(rejected, len(non_events))


def false_event_rate(gold: Sequence[Snippet], predictions: Iterable[Prediction]) -> float | None:
    """Of the snippets predicted to hold an event, the share that hold none (1 - detection precision)."""
    events_by_id = {s.id: s.is_event for s in gold}
    flagged = [p for p in predictions if p.event_type is not None and p.snippet_id in events_by_id]
    false = sum(1 for p in flagged if not events_by_id[p.snippet_id])
    return _ratio(false, len(flagged))


def events_per_snippet(predictions: Iterable[Prediction]) -> dict[str, float] | None:
    """Mean and max number of drafts per snippet (extractor mode only)."""
    counts = [p.n_events for p in predictions if p.n_events is not None]
    if not counts:
        return None
    return {"mean": sum(counts) / len(counts), "max": float(max(counts))}


def per_class_f1(gold: Sequence[Snippet], predictions: Iterable[Prediction]) -> dict[str, float]:
    """F1 of each gold sub-event type (and of the no-event class), over all snippets."""
    preds = _by_id(predictions)
    pairs = [(_label(s.sub_event_type), _label(preds[s.id].sub_event_type if s.id in preds else None))
             for s in gold]
    return {label: _f1_of(label, pairs) for label in sorted({g for g, _ in pairs})}


def _f1_of(label: str, pairs: Sequence[tuple[str, str]]) -> float:
    true_pos = sum(1 for g, p in pairs if g == label and p == label)
    predicted = sum(1 for _, p in pairs if p == label)
    actual = sum(1 for g, _ in pairs if g == label)
    if true_pos == 0:
        return 0.0
    precision, recall = true_pos / predicted, true_pos / actual
    return 2 * precision * recall / (precision + recall)


def macro_f1(f1_by_class: dict[str, float]) -> float | None:
    """Unweighted mean F1 over the sub-event types (the no-event class is reported apart)."""
    scores = [f1 for label, f1 in f1_by_class.items() if label != NONE_LABEL]
    return sum(scores) / len(scores) if scores else None


def confusion_counts(gold: Sequence[Snippet], predictions: Iterable[Prediction]) -> Counter:
    """Counter of (gold label, predicted label) over all snippets, diagonal included."""
    preds = _by_id(predictions)
    return Counter(
        (_label(s.sub_event_type), _label(preds[s.id].sub_event_type if s.id in preds else None))
        for s in gold
    )


def top_confusions(gold: Sequence[Snippet], predictions: Iterable[Prediction],
                   limit: int = TOP_CONFUSIONS) -> list[dict]:
    """The commonest off-diagonal (gold, predicted) pairs, with example ids and text openings."""
    preds = _by_id(predictions)
    examples: dict[tuple[str, str], list[Snippet]] = defaultdict(list)
    for s in gold:
        predicted = _label(preds[s.id].sub_event_type if s.id in preds else None)
        if predicted != _label(s.sub_event_type):
            examples[(_label(s.sub_event_type), predicted)].append(s)
    ranked = sorted(examples.items(), key=lambda item: (-len(item[1]), item[0]))
    return [_confusion_row(pair, snippets) for pair, snippets in ranked[:limit]]


def _confusion_row(pair: tuple[str, str], snippets: list[Snippet]) -> dict:
    return {
        "gold": pair[0],
        "predicted": pair[1],
        "count": len(snippets),
        "examples": [{"id": s.id, "text": s.text[:EXAMPLE_CHARS]} for s in snippets[:EXAMPLES_PER_CONFUSION]],
    }


def score(gold: Sequence[Snippet], predictions: Sequence[Prediction], seconds: float) -> dict:
    """Every figure of the report, as a JSON-ready dict."""
    f1s = per_class_f1(gold, predictions)
    return {
        "snippets": len(gold),
        "event_snippets": sum(1 for s in gold if s.is_event),
        "non_event_snippets": sum(1 for s in gold if not s.is_event),
        "event_type_accuracy": event_type_accuracy(gold, predictions),
        "sub_event_type_accuracy": sub_event_accuracy(gold, predictions),
        "non_event_rejection": non_event_rejection(gold, predictions),
        "false_event_rate": false_event_rate(gold, predictions),
        "events_per_snippet": events_per_snippet(predictions),
        "macro_f1": macro_f1(f1s),
        "f1_by_sub_event_type": f1s,
        "top_confusions": top_confusions(gold, predictions),
        "confusion": [[g, p, n] for (g, p), n in sorted(confusion_counts(gold, predictions).items())],
        "seconds": seconds,
        "snippets_per_second": len(gold) / seconds if seconds > 0 else None,
    }


# --------------------------------------------------------------------------- running systems


def classifier_predictor() -> Callable[[Snippet], Prediction]:
    """Load ``EventClassifier`` once; raise ``ComponentMissing`` with a clear reason if it cannot be."""
    try:
        from eventwire.extract.classify import EventClassifier

        classifier = EventClassifier.load()
    except Exception as err:  # noqa: BLE001 - any failure means "not ready yet"; say which
        raise ComponentMissing(f"classifier not available ({type(err).__name__}: {err})") from err

    def predict(snippet: Snippet) -> Prediction:
        guess = classifier.predict(snippet.text)
        return Prediction(snippet.id, guess.event_type, guess.sub_event_type)

    return predict


def extractor_predictor() -> Callable[[Snippet], Prediction]:
    """Load ``ExtractionKit`` once; each snippet becomes a one-paragraph ``Article``."""
    try:
        from eventwire.extract import ExtractionKit, extract_events
        from eventwire.records import Article

        kit = ExtractionKit.load()
    except Exception as err:  # noqa: BLE001
        raise ComponentMissing(f"extractor not available ({type(err).__name__}: {err})") from err

    def predict(snippet: Snippet) -> Prediction:
        article = Article(id=snippet.id, title="", text=snippet.text, published_at=datetime(2020, 6, 15))
        drafts = extract_events(article, kit)
        main = max(drafts, key=lambda d: d.confidence, default=None)
        if main is None:
            return Prediction(snippet.id, None, None, 0)
        return Prediction(snippet.id, main.event_type, main.sub_event_type, len(drafts))

    return predict


def run(predict: Callable[[Snippet], Prediction],
        snippets: Sequence[Snippet]) -> tuple[list[Prediction], float, dict[str, str]]:
    """Predict every snippet; return the predictions, the wall time and the snippets that crashed.

    A crash on one snippet counts as "no event" for it (so it costs accuracy) and is reported by id,
    instead of stopping a benchmark run over a bug in one stage.
    """
    predictions, errors = [], {}
    started = time.perf_counter()
    for snippet in snippets:
        try:
            predictions.append(predict(snippet))
        except Exception as err:  # noqa: BLE001 - reported below, never swallowed silently
            errors[snippet.id] = f"{type(err).__name__}: {err}"
            predictions.append(Prediction(snippet.id, None, None, 0))
    return predictions, time.perf_counter() - started, errors


# --------------------------------------------------------------------------- reporting


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _headline_rows(report: dict) -> list[tuple[str, str, str]]:
    per_snippet = report["events_per_snippet"]
    rows = [
        ("event_type accuracy", _fmt(report["event_type_accuracy"]), f">= {TARGET_EVENT_TYPE_ACCURACY}"),
        ("sub_event_type accuracy", _fmt(report["sub_event_type_accuracy"]), f">= {TARGET_SUB_EVENT_ACCURACY}"),
        ("non-events rejected", _fmt(report["non_event_rejection"]), f">= {TARGET_NON_EVENT_REJECTION}"),
        ("false-event rate", _fmt(report["false_event_rate"]), "-"),
        ("macro-F1 (25 sub-types)", _fmt(report["macro_f1"]), "-"),
        ("snippets/s", _fmt(report["snippets_per_second"]), "-"),
    ]
    if per_snippet:
        label = f"{per_snippet['mean']:.2f} (max {per_snippet['max']:.0f})"
        rows.append(("events per snippet", label, f"<= {TARGET_MAX_EVENTS_PER_SNIPPET}"))
    return rows


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def confusion_markdown(report: dict) -> str:
    """Gold rows x predicted columns; labels abbreviated to numbers with a legend below."""
    counts = {(g, p): n for g, p, n in report["confusion"]}
    labels = sorted({g for g, _ in counts} | {p for _, p in counts})
    header = ["gold \\ pred"] + [str(i) for i in range(len(labels))]
    rows = [[f"{i} {g}"] + [counts.get((g, p), "") or "" for p in labels] for i, g in enumerate(labels)]
    return markdown_table(header, rows)


def confusions_markdown(report: dict) -> str:
    rows = []
    for c in report["top_confusions"]:
        examples = "<br>".join(f"`{e['id']}` {e['text']}…" for e in c["examples"])
        rows.append([c["gold"], c["predicted"], c["count"], examples.replace("|", "/")])
    return markdown_table(["gold", "predicted", "n", "examples"], rows)


def to_markdown(report: dict, mode: str, command: str) -> str:
    """The report section for BENCHMARKS.md."""
    f1_rows = [[label, _fmt(f1)] for label, f1 in report["f1_by_sub_event_type"].items()]
    return "\n\n".join([
        f"### News-style dev set: event typing ({mode})",
        f"`{command}` on {report['snippets']} snippets "
        f"({report['event_snippets']} events, {report['non_event_snippets']} non-events).",
        markdown_table(["measure", "value", "target"], _headline_rows(report)),
        "#### F1 per sub-event type\n\n" + markdown_table(["sub_event_type", "F1"], f1_rows),
        "#### Confusion matrix\n\n" + confusion_markdown(report),
        f"#### {TOP_CONFUSIONS} commonest confusions\n\n" + confusions_markdown(report),
    ]) + "\n"


def print_summary(report: dict, mode: str, show_errors: bool = True) -> None:
    print(f"news-types set, {mode}: {report['snippets']} snippets")
    for name, value, target in _headline_rows(report):
        print(f"  {name:<26} {value:>12}   target {target}")
    if not show_errors:
        return
    print("  commonest confusions:")
    for c in report["top_confusions"][:10]:
        print(f"    {c['count']:>3}  {c['gold']} -> {c['predicted']}  e.g. {c['examples'][0]['id']}")


# --------------------------------------------------------------------------- set statistics


def devset_stats(snippets: Sequence[Snippet]) -> dict[str, Counter]:
    """Counts per sub-event type, style and country."""
    return {
        "sub_event_type": Counter(_label(s.sub_event_type) for s in snippets),
        "event_type": Counter(s.event_type or NONE_LABEL for s in snippets),
        "style": Counter(s.style for s in snippets),
        "country": Counter(s.country for s in snippets),
    }


def stats_markdown(snippets: Sequence[Snippet]) -> str:
    stats = devset_stats(snippets)
    multi = sum(1 for s in snippets if s.n_events > 1)
    parts = [f"{len(snippets)} snippets, {len(stats['country'])} countries, "
             f"{multi} reporting more than one event (main one coded)."]
    for key in ("event_type", "sub_event_type", "style", "country"):
        rows = sorted(stats[key].items(), key=lambda kv: (-kv[1], kv[0]))
        parts.append(f"#### per {key}\n\n" + markdown_table([key, "snippets"], rows))
    return "\n\n".join(parts) + "\n"


# --------------------------------------------------------------------------- command line


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devset", type=Path, default=DEVSET)
    sets = parser.add_mutually_exclusive_group()
    sets.add_argument("--fresh", action="store_true", help=f"score {FRESH_SET.name} instead of the dev set")
    sets.add_argument("--fresh2", action="store_true", help=f"score {FRESH2_SET.name} instead of the dev set")
    sets.add_argument("--fresh3", action="store_true", help=f"score {FRESH3_SET.name} instead of the dev set")
    sets.add_argument("--fresh4", action="store_true", help=f"score {FRESH4_SET.name} instead of the dev set")
    sets.add_argument("--fresh5", action="store_true", help=f"score {FRESH5_SET.name} instead of the dev set")
    sets.add_argument("--fresh6", action="store_true", help=f"score {FRESH6_SET.name} instead of the dev set")
    sets.add_argument("--fresh7", action="store_true", help=f"score {FRESH7_SET.name} instead of the dev set")
    sets.add_argument("--fresh8", action="store_true", help=f"score {FRESH8_SET.name} instead of the dev set")
    sets.add_argument("--fresh9", action="store_true", help=f"score {FRESH9_SET.name} instead of the dev set")
    sets.add_argument("--fresh10", action="store_true", help=f"score {FRESH10_SET.name} instead of the dev set")
    sets.add_argument("--fresh11", action="store_true", help=f"score {FRESH11_SET.name} instead of the dev set")
    sets.add_argument("--fresh12", action="store_true", help=f"score {FRESH12_SET.name} instead of the dev set")
    sets.add_argument("--fresh13", action="store_true", help=f"score {FRESH13_SET.name} instead of the dev set")
    parser.add_argument("--part", choices=("dev", "held", "all"), default="all",
                        help="dev: all but every third row; held: every third row (score only, never read)")
    parser.add_argument("--extractor", action="store_true", help="score the full extract_events pipeline")
    parser.add_argument("--json", type=Path, help="write the full report as JSON here")
    parser.add_argument("--markdown", type=Path, help="write a BENCHMARKS.md section here")
    parser.add_argument("--stats", action="store_true", help="print the set's counts (markdown) and exit")
    parser.add_argument("--limit", type=int, help="score only the first N snippets (smoke runs)")
    return parser.parse_args(argv)


def chosen_set(args: argparse.Namespace) -> Path:
    """The set the options name: --fresh ... --fresh13, or --devset (dev.jsonl by default)."""
    if args.fresh:
        return FRESH_SET
    if args.fresh2:
        return FRESH2_SET
    if args.fresh3:
        return FRESH3_SET
    if args.fresh4:
        return FRESH4_SET
    if args.fresh5:
        return FRESH5_SET
    if args.fresh6:
        return FRESH6_SET
    if args.fresh7:
        return FRESH7_SET
    if args.fresh8:
        return FRESH8_SET
    if args.fresh9:
        return FRESH9_SET
    if args.fresh10:
        return FRESH10_SET
    if args.fresh11:
        return FRESH11_SET
    if args.fresh12:
        return FRESH12_SET
    if args.fresh13:
        return FRESH13_SET
    return args.devset


def select_part(snippets: Sequence[Snippet], part: str) -> list[Snippet]:
    return [snippet for position, snippet in enumerate(snippets, start=1) if in_part(position, part)]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    snippets = select_part(load_devset(chosen_set(args)), args.part)[: args.limit]
    if args.stats:
        print(stats_markdown(snippets), end="")
        return 0
    mode = "extractor" if args.extractor else "classifier"
    try:
        predict = extractor_predictor() if args.extractor else classifier_predictor()
    except ComponentMissing as err:
        print(f"score_news_types: {err}; nothing scored.", file=sys.stderr)
        return 2
    predictions, seconds, errors = run(predict, snippets)
    report = {**score(snippets, predictions, seconds), "errors": errors}
    held = args.part == "held"  # the held part is scored only: its per-item errors are never shown
    print_summary(report, mode, show_errors=not held)
    if held:
        return 0
    if errors:
        first_id, first_error = next(iter(errors.items()))
        print(f"  {len(errors)} snippets crashed (counted as no event); first: {first_id} {first_error}")
    command = "PYTHONPATH=src .venv/bin/python benchmarks/news-types/score_news_types.py" + (
        " --fresh" if args.fresh else "") + (" --fresh2" if args.fresh2 else "") + (
        " --fresh3" if args.fresh3 else "") + (" --fresh4" if args.fresh4 else "") + (
        " --fresh5" if args.fresh5 else "") + (" --fresh6" if args.fresh6 else "") + (
        " --fresh7" if args.fresh7 else "") + (" --fresh8" if args.fresh8 else "") + (
        " --fresh9" if args.fresh9 else "") + (" --fresh10" if args.fresh10 else "") + (
        " --fresh11" if args.fresh11 else "") + (" --fresh12" if args.fresh12 else "") + (
        " --fresh13" if args.fresh13 else "") + (
        f" --part {args.part}" if args.part != "all" else "") + (" --extractor" if args.extractor else "")
    if args.json:
        args.json.write_text(json.dumps({"mode": mode, **report}, indent=2, ensure_ascii=False) + "\n")
    if args.markdown:
        args.markdown.write_text(to_markdown(report, mode, command), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
