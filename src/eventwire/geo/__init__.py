"""geo stage: gazetteer build/import/download, candidate lookup, toponym resolution."""

from eventwire.geo.gazetteer import (
    Gazetteer,
    GazetteerStats,
    GazetteerStatus,
    build_embedded,
    default_gazetteer_path,
    gazetteer_status,
)
from eventwire.geo.geocoder import Candidate, Geocoder
from eventwire.geo.resolve import GeoContext, geocode_draft, resolve

__all__ = [
    "Candidate", "Gazetteer", "GazetteerStats", "GazetteerStatus", "GeoContext", "Geocoder",
    "build_embedded", "default_gazetteer_path", "gazetteer_status", "geocode_draft", "resolve",
]

from eventwire.geo.geonames_import import import_geonames  # noqa: E402

__all__ += ["import_geonames"]

from eventwire.geo.download import download_geonames  # noqa: E402

__all__ += ["download_geonames"]
