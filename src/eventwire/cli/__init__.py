"""The `eventwire` command line: each command a few lines over a library function.

Errors raised inside the library (``EventwireError``) become one line on stderr and exit code 1;
per-file input problems are reported one line each while the batch goes on (exit code 2 at the end).
"""

from __future__ import annotations

from typing import Optional

import typer

from eventwire import __version__
from eventwire.cli import commands
from eventwire.cli.evaluate import eval_command
from eventwire.cli.gazetteer import app as gazetteer_app

app = typer.Typer(
    name="eventwire",
    help=(
        "Turn news reports of political violence into an ACLED-compatible event dataset.\n\n"
        "Start with `eventwire extract ARTICLE.txt` to see the events of one story, "
        "`eventwire ingest FOLDER` to store a batch, then `eventwire events` and `eventwire export`."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Optional[bool] = typer.Option(
        None, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """eventwire: machine-speed conflict event coding, every figure traced to its sentence."""


commands.register(app)
app.command("eval", help="Score events against a gold file (precision/recall/F1 and accuracy per field).")(
    eval_command
)
app.add_typer(gazetteer_app, name="gazetteer", help="Build, import, download and inspect the gazetteer.")


def main() -> None:
    app()
