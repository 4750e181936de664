"""geo stage: gazetteer build/import/download, candidate lookup, toponym resolution.

    geocoder = Geocoder.open()                      # the user's gazetteer (built from package data on first use)
    draft = geocode_draft(draft, article, geocoder) # fills draft.place (or None when nothing fits)

Only this package reads gazetteer files. `eventwire gazetteer build|download|import|status` wraps
`build_embedded`, `download_geonames`, `import_geonames` and `gazetteer_status`.
"""

from eventwire.geo.download import download_geonames
from eventwire.geo.gazetteer import (
    Gazetteer,
    GazetteerStats,
    GazetteerStatus,
    build_embedded,
    default_gazetteer_path,
    gazetteer_status,
)
from eventwire.geo.geocoder import Candidate, Geocoder
from eventwire.geo.geonames_import import import_geonames
from eventwire.geo.resolve import GeoContext, geocode_draft, resolve

__all__ = [
    "Candidate", "Gazetteer", "GazetteerStats", "GazetteerStatus", "GeoContext", "Geocoder",
    "build_embedded", "default_gazetteer_path", "download_geonames", "gazetteer_status", "geocode_draft",
    "import_geonames", "resolve",
]
