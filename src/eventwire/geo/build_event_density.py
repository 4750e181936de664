"""Rebuild ``data/geo/event_density.tsv.gz``: training events counted per grid cell and actor family.

Reads the training export (``../shared/train/acled-notes.csv.gz``) and keeps, per cell of
``density.CELL_DEGREES`` (its centre) and family (``all`` and the armed-group families of
``density.FAMILIES``), the number of events. Only those counts ship: no note, place name or event.

    python -m eventwire.geo.build_event_density [TRAIN_CSV] [--output PATH]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import math
from collections import Counter
from pathlib import Path
from typing import Iterable, Mapping

from eventwire.geo.density import ALL, CELL_DEGREES, TABLE, actor_family

COLUMNS = ("family", "latitude", "longitude", "events")
ACTOR_COLUMNS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")


def cell_centre(latitude: float, longitude: float) -> tuple[float, float]:
    """The centre of the grid cell a point lies in."""
    return tuple(  # type: ignore[return-value]
        round((math.floor(value / CELL_DEGREES) + 0.5) * CELL_DEGREES, 4) for value in (latitude, longitude)
    )


def count_cells(rows: Iterable[Mapping[str, str]]) -> Counter[tuple[str, float, float]]:
    """Events per (family, cell centre): every row counts for ``all``, and for its actors' family if any."""
    counts: Counter[tuple[str, float, float]] = Counter()
    for row in rows:
        try:
            centre = cell_centre(float(row["latitude"]), float(row["longitude"]))
        except (KeyError, TypeError, ValueError):
            continue
        counts[(ALL, *centre)] += 1
        family = actor_family([row.get(column) or "" for column in ACTOR_COLUMNS])
        if family != ALL:
            counts[(family, *centre)] += 1
    return counts


def write_table(counts: Counter[tuple[str, float, float]], output: Path = TABLE) -> int:
    """Write the counts sorted, gzip without a timestamp: the same input gives a byte-identical file."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with open(output, "wb") as file, gzip.GzipFile(filename="", mode="wb", fileobj=file, mtime=0) as raw:
        raw.write(("\t".join(COLUMNS) + "\n").encode())
        for (family, latitude, longitude), events in sorted(counts.items()):
            raw.write(f"{family}\t{latitude:.4f}\t{longitude:.4f}\t{events}\n".encode())
    return len(counts)


def build(train_csv: Path, output: Path = TABLE) -> int:
    with gzip.open(train_csv, "rt", encoding="utf-8", newline="") as handle:
        return write_table(count_cells(csv.DictReader(handle)), output)


def main() -> None:
    default = Path(__file__).resolve().parents[3] / ".." / "shared" / "train" / "acled-notes.csv.gz"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train_csv", nargs="?", type=Path, default=default)
    parser.add_argument("--output", type=Path, default=TABLE)
    args = parser.parse_args()
    print(f"{build(args.train_csv, args.output)} cells written to {args.output}")


if __name__ == "__main__":
    main()
