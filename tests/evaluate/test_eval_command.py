"""`eventwire eval`: the command over the scorer, and a whole run over our golden articles."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from eventwire.cli.evaluate import eval_command
from eventwire.evaluate import evaluate_set
from eventwire.evaluate.run import extract_only

GOLDEN = Path(__file__).resolve().parents[1] / "extract" / "golden"


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(eval_command)
    return app


def _gold_from_goldens(tmp_path: Path) -> Path:
    """A gold file in the eval format built from the golden article tests."""
    lines = []
    for case in sorted(GOLDEN.glob("*.json")):
        golden = json.loads(case.read_text(encoding="utf-8"))
        article = (GOLDEN / golden["article"]).resolve()
        lines.append(json.dumps({"article_id": case.stem, "path": str(article), "events": golden["events"]}))
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_eval_with_pred_prints_a_table_and_writes_json(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"path": "a.txt", "events": [
        {"event_date": "2020-05-01", "event_type": "Protests", "country": "Kenya"}]}) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"event_date": "2020-05-01", "event_type": "Riots", "country": "Kenya",
                                "sources": [{"path": "a.txt"}]}) + "\n", encoding="utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(_app(), [str(gold), "--pred", str(pred), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "F1" in result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["f1"] == 1.0 and report["fields"]["event_type"]["accuracy"] == 0.0


def test_eval_with_a_broken_gold_file_exits_with_one_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{broken\n", encoding="utf-8")
    result = CliRunner().invoke(_app(), [str(gold), "--pred", str(gold)])
    assert result.exit_code == 1
    assert "not JSON" in result.output


def test_evaluate_set_over_our_golden_articles(tmp_path: Path) -> None:
    report = evaluate_set(_gold_from_goldens(tmp_path), extract_only)
    assert report.gold_events >= 8
    assert report.f1 >= 0.9, report.to_json()
    assert report.accuracy("event_date") >= 0.9 and report.accuracy("event_type") >= 0.9
