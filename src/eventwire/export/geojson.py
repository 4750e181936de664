"""GeoJSON FeatureCollection: one Point feature per event, the event record as properties.

Events without coordinates keep a ``null`` geometry (valid GeoJSON; geopandas and QGIS load them
as rows without a shape). Coordinates are WGS84 longitude, latitude (RFC 7946).
"""

from __future__ import annotations

from typing import Any, Iterable, TextIO

from eventwire.export.common import json_text
from eventwire.records import Event


def feature(event: Event) -> dict[str, Any]:
    record = event.to_record()
    geometry = None
    if event.latitude is not None and event.longitude is not None:
        geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
    return {"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": record}


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    """Streams the collection feature by feature, so large exports need little memory."""
    out.write('{"type":"FeatureCollection","features":[\n')
    count = 0
    for event in events:
        out.write((",\n" if count else "") + json_text(feature(event)))
        count += 1
    out.write("\n]}\n")
    return count
