"""Rich renderings for the terminal: tables, progress, and articles with their evidence marked."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator, Sequence

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from eventwire.records import Article, Event

# One colour per evidence field, so a reader sees which words gave which value.
FIELD_STYLES = {
    "event_date": "bold cyan",
    "event_type": "bold magenta",
    "sub_event_type": "bold magenta",
    "actor1": "bold red",
    "actor2": "bold yellow",
    "fatalities": "bold white on red",
    "location": "bold green",
    "country": "green",
}
DEFAULT_STYLE = "underline"


@contextmanager
def progress_bar(console: Console) -> Iterator[Callable[[str], None]]:
    """A progress bar; the yielded callback advances it by one article."""
    columns = (TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.description}"))
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("", total=None)

        def advance(label: str) -> None:
            progress.update(task, advance=1, description=label[-50:])

        yield advance


def ingest_summary(console: Console, summary) -> None:
    table = Table(title="Ingest summary", show_header=False)
    for label, value in summary.rows():
        table.add_row(label, str(value))
    console.print(table)


def events_table(console: Console, events: Sequence[Event], total: int | None = None) -> None:
    table = Table(title=f"{total if total is not None else len(events)} events")
    for column in ("date", "type", "actor1", "actor2", "location", "country", "deaths", "src"):
        table.add_column(column, overflow="fold")
    for event in events:
        table.add_row(
            event.event_date.isoformat() if event.event_date else "?",
            event.sub_event_type or event.event_type or "?",
            event.actor1 or "",
            event.actor2 or "",
            event.location or event.admin1 or "",
            event.country or "",
            str(event.fatalities),
            str(len(event.sources)),
        )
    console.print(table)


def evidence_marks(article: Article, events: Sequence[Event]) -> list[tuple[int, int, str]]:
    """(start, end, field) for every evidence span of these events that lies in this article's text."""
    marks = []
    for event in events:
        for field, spans in event.evidence.items():
            for span in spans:
                if span.article_id == article.id and 0 <= span.start < span.end <= len(article.text):
                    marks.append((span.start, span.end, field))
    return sorted(set(marks))


def bracket_evidence(text: str, marks: Sequence[tuple[int, int, str]]) -> str:
    """The text with each evidence span written as ``[span]{field,field}``, for output without colour.

    Spans that overlap an earlier one are left unbracketed (colour shows them; brackets cannot nest cleanly).
    """
    labels: dict[tuple[int, int], list[str]] = {}
    for start, end, field in marks:
        labels.setdefault((start, end), []).append(field)
    pieces, cursor = [], 0
    for (start, end), fields in sorted(labels.items()):
        if start < cursor:
            continue
        pieces += [text[cursor:start], "[", text[start:end], "]{", ",".join(sorted(set(fields))), "}"]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def marked_article(console: Console, article: Article, events: Sequence[Event]) -> None:
    console.rule(article.title or article.id)
    meta = [article.publisher, article.published_at.isoformat() if article.published_at else None, article.url]
    console.print(" · ".join(m for m in meta if m), style="dim")
    marks = evidence_marks(article, events)
    if console.is_terminal:
        text = Text(article.text)
        for start, end, field in marks:
            text.stylize(FIELD_STYLES.get(field, DEFAULT_STYLE), start, end)
        console.print(text)
        console.rule()
        console.print(Text("  ".join(FIELD_STYLES), style="dim"))
    else:
        console.print(bracket_evidence(article.text, marks), markup=False, highlight=False)
        console.rule()
    events_table(console, events)


def merge_reasons(console: Console, event_id: str, decisions) -> None:
    table = Table(title=f"Why {event_id} looks the way it does")
    for column in ("report", "decision", "score", "reasons"):
        table.add_column(column, overflow="fold")
    for decision in decisions:
        table.add_row(str(decision.new_event_id), decision.action, f"{decision.score:.2f}",
                      "; ".join(decision.reasons))
    console.print(table)


def revisions(console: Console, event_id: str, history) -> None:
    table = Table(title=f"History of {event_id}")
    for column in ("rev", "when", "by", "article", "what changed"):
        table.add_column(column, overflow="fold")
    for revision in history:
        table.add_row(str(revision.number), str(revision.changed_at), revision.changed_by,
                      revision.article_id or "", revision.reason)
    console.print(table)
