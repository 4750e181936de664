"""Commands over articles and events: extract, ingest, show, events, export, why, history."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from eventwire.cli import render
from eventwire.errors import EventwireError
from eventwire.records import ReadFailure

# Tables stay readable when the output is piped (Rich would assume 80 columns).
PIPED_WIDTH = 160
out = Console() if Console().is_terminal else Console(width=PIPED_WIDTH)
err = Console(stderr=True)

EXIT_ERROR = 1  # the command could not run at all
EXIT_SOME_FAILED = 2  # the batch ran, but some inputs could not be read

DB_HELP = "Database URL (default: $EVENTWIRE_DB or sqlite:///eventwire.db in the working directory)."
FORMAT_HELP = "Output format: jsonl, csv (ACLED columns), ucdp, geojson or parquet."


def _report_failure(failure: ReadFailure) -> None:
    err.print(f"[red]error[/red] {failure}", highlight=False, soft_wrap=True)


def _fail(error: EventwireError) -> typer.Exit:
    err.print(f"[red]error[/red] {error}", highlight=False, soft_wrap=True)
    return typer.Exit(EXIT_ERROR)


def extract(
    paths: List[Path] = typer.Argument(..., help="Article files or folders (read recursively)."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help=FORMAT_HELP),
    out_file: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
    no_merge: bool = typer.Option(False, "--no-merge", help="Keep one event per article report."),
) -> None:
    """Print the events of articles, without touching a database."""
    from eventwire.export import write_events
    from eventwire.pipeline import extract_paths

    failures: list[ReadFailure] = []

    def note(failure: ReadFailure) -> None:
        failures.append(failure)
        _report_failure(failure)

    try:
        events = extract_paths(paths, on_failure=note, merge=not no_merge)
        write_events(events, fmt, out_file if out_file else sys.stdout)
    except EventwireError as error:
        raise _fail(error)
    if failures:
        raise typer.Exit(EXIT_SOME_FAILED)


def ingest(
    paths: List[Path] = typer.Argument(..., help="Article files or folders (read recursively)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Extract events from articles and store them, merging reports of the same event."""
    from eventwire.pipeline import ingest_paths
    from eventwire.store import open_store

    try:
        store = open_store(db)
        with render.progress_bar(out) as advance:
            summary = ingest_paths(paths, store, on_failure=_report_failure, on_article=advance)
    except EventwireError as error:
        raise _fail(error)
    render.ingest_summary(out, summary)
    if summary.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


def show(
    article: str = typer.Argument(..., help="An article id from the database, or a file path."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Print an article's cleaned text with the evidence of its events marked."""
    from eventwire.pipeline import article_with_events

    try:
        found = article_with_events(article, db)
    except EventwireError as error:
        raise _fail(error)
    render.marked_article(out, found.article, found.events)


def events(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    country: Optional[str] = typer.Option(None, help="Only this country."),
    limit: int = typer.Option(50, help="Show at most this many events."),
) -> None:
    """List stored events as a table."""
    from eventwire.store import EventFilter, open_store

    try:
        stored = list(open_store(db).events(EventFilter(country=country)))
    except EventwireError as error:
        raise _fail(error)
    render.events_table(out, stored[:limit], total=len(stored))


def export(
    fmt: str = typer.Option("jsonl", "--format", "-f", help=FORMAT_HELP),
    out_file: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of stdout."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    since: Optional[str] = typer.Option(None, help="First event date, YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="Last event date, YYYY-MM-DD."),
    country: Optional[str] = typer.Option(None, help="Only this country."),
    event_type: Optional[str] = typer.Option(None, "--type", help="Only this event type."),
    bbox: Optional[str] = typer.Option(None, help="min_lon,min_lat,max_lon,max_lat"),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="The dataset as it stood on this day."),
) -> None:
    """Export stored events (ACLED-compatible CSV, UCDP-style CSV, GeoJSON, Parquet or JSONL)."""
    from eventwire.export import write_events
    from eventwire.store import EventFilter, open_store

    if fmt == "parquet" and out_file is None:
        raise typer.BadParameter("parquet is binary: give --out FILE")
    try:
        filters = EventFilter.parse(
            since=since, until=until, country=country, event_type=event_type, bbox=bbox, as_of=as_of
        )
        stored = open_store(db).events(filters)
        write_events(stored, fmt, out_file if out_file else sys.stdout)
    except EventwireError as error:
        raise _fail(error)


def why(
    event_id: str = typer.Argument(..., help="A stored event id."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Explain how a stored event was assembled: every merge decision and its reasons."""
    from eventwire.store import open_store

    try:
        decisions = open_store(db).merge_reasons(event_id)
    except EventwireError as error:
        raise _fail(error)
    render.merge_reasons(out, event_id, decisions)


def history(
    event_id: str = typer.Argument(..., help="A stored event id."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Show every revision of a stored event: what changed, when, and from which article."""
    from eventwire.store import open_store

    try:
        revisions = open_store(db).event_history(event_id)
    except EventwireError as error:
        raise _fail(error)
    render.revisions(out, event_id, revisions)


def register(app: typer.Typer) -> None:
    for command in (extract, ingest, show, events, export, why, history):
        app.command()(command)
