"""`eventwire gazetteer ...`: build, download, import and inspect the place index the geocoder uses."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from eventwire.errors import EventwireError

app = typer.Typer(
    help=(
        "Manage the gazetteer (the offline place index). `build` makes the embedded one from package data; "
        "`download ML NE BF` and `import FILE...` add full GeoNames country dumps for village-level coverage; "
        "`lookup NAME` shows what a name could mean."
    ),
    no_args_is_help=True,
)
console = Console()
errors = Console(stderr=True)

PATH_OPTION = typer.Option(None, "--path", help="Gazetteer file (default: $EVENTWIRE_GAZETTEER or ~/.cache/eventwire/gazetteer.sqlite).")


def _fail(error: EventwireError) -> None:
    errors.print(f"[red]error:[/red] {error}", highlight=False)
    raise typer.Exit(1)


def _print_stats(stats, verb: str) -> None:
    console.print(f"{verb} {stats.path}: {stats.places:,} places, {stats.names:,} names, "
                  f"{stats.countries} countries in {stats.seconds:.1f} s")


@app.command()
def build(path: Optional[Path] = PATH_OPTION, quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing on success.")) -> None:
    """Build the embedded gazetteer from data shipped with the installed packages (no network, ~30 s)."""
    from eventwire.geo import build_embedded

    try:
        stats = build_embedded(path)
    except EventwireError as error:
        _fail(error)
    if not quiet:
        _print_stats(stats, "built")


@app.command()
def download(
    codes: Optional[List[str]] = typer.Argument(None, help="ISO country codes, e.g. ML NE BF."),
    all_countries: bool = typer.Option(False, "--all", help="Fetch allCountries.zip (about 400 MB) instead."),
    dest: Path = typer.Option(Path("geonames"), "--dest", help="Folder for the downloaded files."),
    import_files: bool = typer.Option(False, "--import", help="Import the files into the gazetteer once downloaded."),
    base_url: str = typer.Option("https://download.geonames.org/export/dump/", "--base-url", help="GeoNames dump mirror."),
    path: Optional[Path] = PATH_OPTION,
) -> None:
    """Download official GeoNames dumps (per country or --all), optionally importing them."""
    from eventwire.geo import download_geonames, import_geonames

    if not codes and not all_countries:
        _fail(EventwireError("name country codes (e.g. ML NE BF) or pass --all"))
    try:
        files = download_geonames("all" if all_countries else codes, dest, base_url=base_url)
        console.print(f"downloaded {len(files)} files to {dest}")
        if import_files:
            _print_stats(import_geonames(files, into=path), "imported into")
    except EventwireError as error:
        _fail(error)


@app.command("import")
def import_command(
    files: List[Path] = typer.Argument(..., help="GeoNames files: XX.txt/XX.zip, allCountries.zip, admin1CodesASCII.txt, ..."),
    path: Optional[Path] = PATH_OPTION,
) -> None:
    """Merge GeoNames dump files already on disk into the gazetteer."""
    from eventwire.geo import import_geonames

    try:
        _print_stats(import_geonames(files, into=path), "imported into")
    except EventwireError as error:
        _fail(error)


@app.command()
def status(path: Optional[Path] = PATH_OPTION) -> None:
    """Which gazetteer is in use, how many places and countries it holds, and what went into it."""
    from eventwire.geo import gazetteer_status

    info = gazetteer_status(path)
    if not info.exists:
        console.print(f"no gazetteer at {info.path} yet: run `eventwire gazetteer build`")
        return
    table = Table(show_header=False, box=None)
    for label, value in (
        ("file", str(info.path)), ("size", f"{info.size_bytes / 1e6:.1f} MB"), ("places", f"{info.places:,}"),
        ("countries", str(info.countries)), ("built", info.built_at or "?"),
        ("sources", ", ".join(f"{name} ({count:,})" for name, count in (info.sources or {}).items())),
    ):
        table.add_row(label, value)
    console.print(table)


@app.command()
def lookup(
    name: str = typer.Argument(..., help="A place name as a story writes it, e.g. Indelimane."),
    country: Optional[str] = typer.Option(None, "--country", "-c", help="Country name or ISO code to look in."),
    limit: int = typer.Option(10, "--limit", help="How many candidates to show."),
    path: Optional[Path] = PATH_OPTION,
) -> None:
    """Show the gazetteer entries a name could mean, best first, and how each matched."""
    from eventwire.geo import Geocoder

    try:
        found = Geocoder.open(path).candidates(name, country, limit=limit)
    except EventwireError as error:
        _fail(error)
    if not found:
        console.print(f"no place called {name!r}" + (f" in {country}" if country else ""))
        return
    table = Table("name", "country", "admin1", "admin2", "code", "population", "lat", "lon", "geonameid", "match")
    for c in found:
        e = c.entry
        table.add_row(e.name, e.iso3, e.admin1, e.admin2, e.feature_code, f"{e.population:,}", f"{e.latitude:.4f}",
                      f"{e.longitude:.4f}", str(e.geonameid or ""), c.match)
    console.print(table)
