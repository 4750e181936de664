"""`eventwire eval GOLD.jsonl [--pred FILE] [--json OUT]`: event P/R/F1 and per-field accuracy."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from eventwire.errors import EventwireError

EXIT_ERROR = 1


def eval_command(
    gold: Path = typer.Argument(..., help="Gold JSONL file (format: one article per line with its events)."),
    pred: Optional[Path] = typer.Option(
        None, "--pred", help="Score these event records (JSONL) instead of running the pipeline on the gold's articles."
    ),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the full report (with misses) as JSON."),
) -> None:
    """Score events against a gold file: precision/recall/F1 of events and accuracy per field."""
    from eventwire.evaluate import evaluate_set, load_gold, read_predictions, score

    try:
        if pred is not None:
            report = score(load_gold(gold), read_predictions(pred))
        else:
            report = evaluate_set(gold)
    except EventwireError as error:
        Console(stderr=True).print(f"[red]error[/red] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_ERROR)
    Console().print(report.to_table(title=f"eventwire eval: {gold}"))
    if json_out is not None:
        json_out.write_text(report.to_json() + "\n", encoding="utf-8")
