"""Writing GeoNames dump lines for invented places (shared by the import tests and the village fixture)."""

from __future__ import annotations

import shutil
from pathlib import Path


def dump_line(row) -> str:
    """One GeoNames dump line from (geonameid, name, asciiname, alternates, lat, lon, class, code, country,
    admin1 code, admin2 code, population)."""
    gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, admin1, admin2, population = row
    cells = [gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, "", admin1, admin2, "", "", population,
             "", "300", "Africa/Ouagadougou", "2024-01-01"]
    return "\t".join(str(c) for c in cells) + "\n"


def gazetteer_with_rows(embedded: Path, folder: Path, rows, dump_name: str = "BF.txt") -> Path:
    """A copy of the embedded gazetteer in ``folder`` with ``rows`` imported as one dump file."""
    from eventwire.geo import import_geonames

    copy = folder / "gazetteer.sqlite"
    shutil.copy(embedded, copy)
    dump = folder / dump_name
    dump.write_text("".join(dump_line(r) for r in rows), encoding="utf-8")
    import_geonames([dump], into=copy)
    return copy
