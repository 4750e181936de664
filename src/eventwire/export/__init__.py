"""export stage: one module per format, one dispatcher.

    write_events(events, "csv", "events.csv", EventFilter(country="Mali"))
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, TextIO

from eventwire.export.acled_csv import write_acled_csv
from eventwire.export.filters import EventFilter, parse_bbox
from eventwire.export.geojson import write_geojson
from eventwire.export.jsonl import read_jsonl, write_jsonl
from eventwire.export.parquet import write_parquet
from eventwire.export.ucdp import write_ucdp_csv
from eventwire.errors import ExportFormatError
from eventwire.records import Event

TEXT_WRITERS: dict[str, Callable[[Iterable[Event], TextIO], int]] = {
    "jsonl": write_jsonl,
    "csv": write_acled_csv,
    "ucdp": write_ucdp_csv,
    "geojson": write_geojson,
}
BINARY_WRITERS: dict[str, Callable[[Iterable[Event], BinaryIO], int]] = {"parquet": write_parquet}
FORMATS: tuple[str, ...] = tuple(TEXT_WRITERS) + tuple(BINARY_WRITERS)
SUFFIXES = {"jsonl": ".jsonl", "csv": ".csv", "ucdp": ".csv", "geojson": ".geojson", "parquet": ".parquet"}


def unknown_format(fmt: str) -> ExportFormatError:
    return ExportFormatError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")


def write_events(
    events: Iterable[Event],
    fmt: str,
    out: TextIO | BinaryIO | str | Path,
    filters: EventFilter | None = None,
) -> int:
    """Write ``events`` (those ``filters`` keep) as ``fmt`` to a path or an open stream; returns the count."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise unknown_format(fmt)
    kept = filters.apply(events) if filters else events
    if isinstance(out, (str, Path)):
        return _write_path(kept, fmt, Path(out))
    if fmt in BINARY_WRITERS:
        return BINARY_WRITERS[fmt](kept, out)
    return _write_text_stream(kept, fmt, out)


def _write_path(events: Iterable[Event], fmt: str, path: Path) -> int:
    if fmt in BINARY_WRITERS:
        with path.open("wb") as handle:
            return BINARY_WRITERS[fmt](events, handle)
    with path.open("w", encoding="utf-8", newline="") as handle:
        return TEXT_WRITERS[fmt](events, handle)


def _write_text_stream(events: Iterable[Event], fmt: str, out: TextIO | BinaryIO) -> int:
    if isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        return TEXT_WRITERS[fmt](events, out)
    wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        return TEXT_WRITERS[fmt](events, wrapper)
    finally:
        wrapper.detach()


__all__ = ["EventFilter", "FORMATS", "SUFFIXES", "parse_bbox", "read_jsonl", "write_events"]
