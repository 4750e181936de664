"""The evaluation report: numbers as JSON and as a Rich table."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping

from rich.table import Table


@dataclass(frozen=True)
class FieldScore:
    correct: int
    total: int

    @property
    def accuracy(self) -> float | None:
        return round(self.correct / self.total, 4) if self.total else None


@dataclass(frozen=True)
class EvalReport:
    articles: int
    gold_events: int  # gold events that count (optional ones excluded)
    predicted_events: int
    true_positives: int
    false_positives: int
    false_negatives: int
    fields: Mapping[str, FieldScore] = field(default_factory=dict)
    missed: tuple[Mapping[str, Any], ...] = ()
    spurious: tuple[Mapping[str, Any], ...] = ()

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return round(self.true_positives / found, 4) if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return round(self.true_positives / wanted, 4) if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return round(2 * p * r / (p + r), 4) if p + r else 0.0

    def accuracy(self, name: str) -> float | None:
        score = self.fields.get(name)
        return score.accuracy if score else None

    def to_dict(self, details: bool = True) -> dict[str, Any]:
        result: dict[str, Any] = {
            "articles": self.articles,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "true_positives": self.true_positives,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "fields": {k: {"accuracy": v.accuracy, "correct": v.correct, "total": v.total}
                       for k, v in self.fields.items()},
        }
        if details:
            result["missed"] = [dict(m) for m in self.missed]
            result["spurious"] = [dict(s) for s in self.spurious]
        return result

    def to_json(self, details: bool = True) -> str:
        return json.dumps(self.to_dict(details), indent=2, ensure_ascii=False, default=str)

    def to_table(self, title: str = "eventwire eval") -> Table:
        table = Table(title=title)
        table.add_column("measure")
        table.add_column("value", justify="right")
        table.add_column("of", justify="right")
        table.add_row("events: precision", f"{self.precision:.3f}", str(self.true_positives + self.false_positives))
        table.add_row("events: recall", f"{self.recall:.3f}", str(self.true_positives + self.false_negatives))
        table.add_row("events: F1", f"{self.f1:.3f}", "")
        for name, score in self.fields.items():
            value = "–" if score.accuracy is None else f"{score.accuracy:.3f}"
            table.add_row(f"field: {name}", value, str(score.total))
        return table
