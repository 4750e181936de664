"""Writing GeoNames dump lines for invented places (shared by the import tests and the village fixture)."""

from __future__ import annotations


def dump_line(row) -> str:
    """One GeoNames dump line from (geonameid, name, asciiname, alternates, lat, lon, class, code, country,
    admin1 code, admin2 code, population)."""
    gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, admin1, admin2, population = row
    cells = [gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, "", admin1, admin2, "", "", population,
             "", "300", "Africa/Ouagadougou", "2024-01-01"]
    return "\t".join(str(c) for c in cells) + "\n"
