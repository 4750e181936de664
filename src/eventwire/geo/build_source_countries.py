"""Rebuild ``data/geo/source_countries.tsv``: news outlets whose coverage is dominated by one country.

Reads the training export (``../shared/train/acled-notes.csv.gz``), splits each row's ``source`` on "; "
(ACLED lists every outlet it used) and counts, per outlet, the events of each country. An outlet is kept when
it reported at least ``MIN_EVENTS`` events and at least ``MIN_SHARE`` of them were in one country. Only
outlet names, their country and two counts ship; notes and every other column are dropped.

    python -m eventwire.geo.build_source_countries ../shared/train/acled-notes.csv.gz

``--evaluate`` builds the table on one hashed half of the rows and reports, on the other half, how often an
outlet's prior names the row's country (how MIN_EVENTS and MIN_SHARE were chosen, see docs/decisions/geo.md).
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

from eventwire.countries import country_by_name
from eventwire.geo.source_prior import outlet_key, split_outlets

OUTPUT = Path(__file__).resolve().parents[1] / "data" / "geo" / "source_countries.tsv"
COLUMNS = ("outlet", "iso3", "events", "share")
# Tuned with --evaluate on a hashed half of the training rows: below 5 events an outlet's share is noise;
# 0.95 keeps the held-out agreement of the prior near 0.99 while covering most national outlets.
MIN_EVENTS = 5
MIN_SHARE = 0.95
# Platforms and anonymous sources, not outlets: their share in the training export only mirrors which
# countries it covers ("Whatsapp" is mostly Niger there, mostly Burkina Faso elsewhere), never a home country.
NOT_OUTLETS = frozenset({
    "whatsapp", "twitter", "facebook", "telegram", "youtube", "instagram", "tiktok", "signal", "viber",
    "local source", "local sources", "other", "media", "news", "social media", "unknown",
})


def outlet_countries(rows: Iterable[dict]) -> dict[str, Counter]:
    """Per outlet key, how many events of each country (ISO3) it reported, and its most common spelling."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        country = country_by_name(row["country"].strip())
        if country is None:
            continue
        for outlet in split_outlets(row["source"]):
            counts[outlet][country.iso3] += 1
    return counts


def dominated(counts: dict[str, Counter], min_events: int = MIN_EVENTS, min_share: float = MIN_SHARE) -> dict[str, tuple[str, int, float]]:
    """Outlets with enough events, nearly all in one country: outlet → (iso3, events, share)."""
    table = {}
    for outlet, per_country in counts.items():
        total = sum(per_country.values())
        iso3, top = per_country.most_common(1)[0]
        if total >= min_events and top / total >= min_share and outlet_key(outlet) not in NOT_OUTLETS | {""}:
            table[outlet] = (iso3, total, top / total)
    return table


def build(train_csv: Path, output: Path = OUTPUT) -> int:
    table = dominated(outlet_countries(_rows(train_csv)))
    lines = ["\t".join(COLUMNS)]
    lines += [f"{outlet}\t{iso3}\t{events}\t{share:.3f}" for outlet, (iso3, events, share) in sorted(table.items())]
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(table)


def _rows(train_csv: Path) -> list[dict]:
    with gzip.open(train_csv, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _in_first_half(row: dict) -> bool:
    return hashlib.sha1(row["event_id_cnty"].encode()).digest()[0] < 128


def evaluate(train_csv: Path) -> None:
    """Agreement and coverage of the prior on the held-out half, for a grid of thresholds."""
    rows = _rows(train_csv)
    counts = outlet_countries(r for r in rows if _in_first_half(r))
    held_out = [r for r in rows if not _in_first_half(r)]
    for min_events in (2, 3, 5, 10, 20):
        for min_share in (0.8, 0.9, 0.95, 0.98):
            table = dominated(counts, min_events, min_share)
            right = wrong = 0
            for row in held_out:
                priors = {table[o][0] for o in split_outlets(row["source"]) if o in table}
                country = country_by_name(row["country"].strip())
                if len(priors) == 1 and country:
                    right += priors == {country.iso3}
                    wrong += priors != {country.iso3}
            covered = right + wrong
            print(f"min_events={min_events:3d} min_share={min_share:.2f} outlets={len(table):5d} "
                  f"coverage={covered / len(held_out):.3f} agreement={right / max(1, covered):.4f}")


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[3] / ".." / "shared" / "train" / "acled-notes.csv.gz"
    args = [a for a in sys.argv[1:] if a != "--evaluate"]
    source = Path(args[0]) if args else default
    if "--evaluate" in sys.argv:
        evaluate(source)
    else:
        print(f"{build(source)} outlets written to {OUTPUT}")
