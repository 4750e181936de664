"""Parquet with typed columns (pyarrow): loads in pandas, polars and DuckDB.

``sources`` and ``evidence`` are JSON strings; everything else has its natural type.
"""

from __future__ import annotations

from typing import Any, BinaryIO, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.export.common import event_id_cnty, json_text
from eventwire.records import EVENT_FIELDS, Event

_TYPES: dict[str, pa.DataType] = {
    "event_date": pa.date32(),
    "time_precision": pa.int8(),
    "inter1": pa.int8(),
    "inter2": pa.int8(),
    "latitude": pa.float64(),
    "longitude": pa.float64(),
    "geo_precision": pa.int8(),
    "geonameid": pa.int64(),
    "fatalities": pa.int32(),
    "fatalities_low": pa.int32(),
    "fatalities_best": pa.int32(),
    "fatalities_high": pa.int32(),
    "confidence": pa.float32(),
}
SCHEMA = pa.schema(
    [pa.field(name, _TYPES.get(name, pa.string())) for name in EVENT_FIELDS] + [pa.field("event_id_cnty", pa.string())]
)
BATCH_ROWS = 10_000  # rows per row group: bounded memory for large exports


def _row(event: Event) -> dict[str, Any]:
    row = {name: getattr(event, name) for name in EVENT_FIELDS}
    row["sources"] = json_text([vars(s) for s in event.sources])
    row["evidence"] = json_text({k: [vars(e) for e in v] for k, v in event.evidence.items()})
    row["event_id_cnty"] = event_id_cnty(event)
    return row


def write_parquet(events: Iterable[Event], out: BinaryIO | str) -> int:
    count, batch = 0, []
    with pq.ParquetWriter(out, SCHEMA) as writer:
        for event in events:
            batch.append(_row(event))
            if len(batch) >= BATCH_ROWS:
                writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
                count, batch = count + len(batch), []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
            count += len(batch)
    return count
