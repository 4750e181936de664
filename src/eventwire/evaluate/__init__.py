"""evaluate: score extracted events against gold files (`eventwire eval`)."""

from eventwire.evaluate.gold import GoldArticle, GoldEvent, load_gold
from eventwire.evaluate.report import EvalReport, FieldScore
from eventwire.evaluate.run import evaluate_set, read_predictions
from eventwire.evaluate.score import haversine_km, score

__all__ = [
    "EvalReport",
    "FieldScore",
    "GoldArticle",
    "GoldEvent",
    "evaluate_set",
    "haversine_km",
    "load_gold",
    "read_predictions",
    "score",
]
