"""GeoJSON FeatureCollection (RFC 7946): one Point feature per event, the event record as properties.

- Coordinates are WGS84 ``[longitude, latitude]``; no ``crs`` member (RFC 7946 drops it).
- Events without usable coordinates (missing, NaN/infinite, or outside ±180/±90) keep a ``null``
  geometry, which RFC 7946 §3.2 allows for unlocated features: geopandas reads them as rows with a
  ``None`` shape and QGIS keeps them in the attribute table, so a count in GIS matches the CSV export.
  ``located_only=True`` leaves them out instead (for tools that refuse null geometries).
- Properties are strict JSON: a non-finite number becomes ``null`` (``NaN`` is not JSON); nested
  ``sources`` and ``evidence`` stay JSON arrays/objects (GDAL reads them as JSON strings).
"""

from __future__ import annotations

import math
from typing import Any, Iterable, TextIO

from eventwire.export.common import json_text
from eventwire.records import Event


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value)


def point(event: Event) -> dict[str, Any] | None:
    """The event's Point geometry, or None when it has no valid WGS84 coordinates."""
    lon, lat = event.longitude, event.latitude
    if not (_finite(lon) and _finite(lat)) or abs(lon) > 180 or abs(lat) > 90:
        return None
    return {"type": "Point", "coordinates": [lon, lat]}


def _json_safe(record: dict[str, Any]) -> dict[str, Any]:
    return {k: None if isinstance(v, float) and not math.isfinite(v) else v for k, v in record.items()}


def feature(event: Event) -> dict[str, Any]:
    return {"type": "Feature", "id": event.event_id, "geometry": point(event),
            "properties": _json_safe(event.to_record())}


def write_geojson(events: Iterable[Event], out: TextIO, located_only: bool = False) -> int:
    """Streams the collection feature by feature, so large exports need little memory."""
    out.write('{"type":"FeatureCollection","features":[\n')
    count = 0
    for event in events:
        if located_only and point(event) is None:
            continue
        out.write((",\n" if count else "") + json_text(feature(event)))
        count += 1
    out.write("\n]}\n")
    return count
