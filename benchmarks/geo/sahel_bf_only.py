"""The Sahel set's whole-pipeline scores with only Burkina Faso's GeoNames dump imported (issue 4's set-up:
an analyst who downloads the one country file), next to headline.py's row with all four dumps.

    PYTHONPATH=src python benchmarks/geo/sahel_bf_only.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from headline import FIELDS, SHARED, pipeline, row  # noqa: E402

from eventwire.evaluate import evaluate_set  # noqa: E402
from eventwire.geo import default_gazetteer_path, import_geonames  # noqa: E402

GEONAMES = SHARED / "geonames"


def main() -> None:
    print("| set | P | R | F1 | " + " | ".join(FIELDS) + " |")
    print("|---" * (4 + len(FIELDS)) + "|")
    with tempfile.TemporaryDirectory() as workdir:
        copy = Path(workdir) / "gazetteer-bf.sqlite"
        shutil.copy(default_gazetteer_path(), copy)
        import_geonames([GEONAMES / "admin1CodesASCII.txt", GEONAMES / "admin2Codes.txt", GEONAMES / "BF.txt"], into=copy)
        report = evaluate_set(SHARED / "eval" / "acled-sahel-dev" / "gold.jsonl", pipeline(copy))
        print(row("acled-sahel-dev (+ GeoNames BF.txt only)", report), flush=True)


if __name__ == "__main__":
    main()
