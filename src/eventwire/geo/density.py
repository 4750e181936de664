"""Where conflict events happen: a prior that breaks ties between namesakes of one country.

A village name often exists in two to four regions of one country (a village in the south-west and a
herders' camp of the same name near the Niger border). When nothing in the story tells them apart (no other place, no written unit, no "near X"), the
namesake where events of this kind cluster is the likelier one. ``data/geo/event_density.tsv.gz``
counts the training export's events per grid cell (``CELL_DEGREES``), for all events and per family of
armed groups (Sahel jihadists, Lake Chad jihadists); ``density`` smooths them with a Gaussian kernel, so
the prior also reaches across borders (a group's theatre does not stop at one). Rebuilt by
``python -m eventwire.geo.build_event_density``; used only by ``resolve`` to break near-ties.
"""

from __future__ import annotations

import csv
import gzip
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

TABLE = Path(__file__).resolve().parents[1] / "data" / "geo" / "event_density.tsv.gz"
CELL_DEGREES = 0.25  # ~28 km: finer than a province, coarse enough to ship small (no single event's place)
ALL = "all"  # every event, whatever its actors
# Families of armed groups whose theatres differ from where events in general happen (ACLED actor names,
# lower case; a family is named by the first keyword found in the event's actors).
FAMILIES: Mapping[str, tuple[str, ...]] = {
    "sahel-jihadist": (
        "jnim", "group for support of islam and muslims", "islamic state (greater sahara)", "isgs",
        "islamic state (sahel)", "ansaroul islam", "katiba macina", "aqim", "al qaeda in the islamic maghreb",
        "al mourabitoune", "ansar dine",
    ),
    "lake-chad-jihadist": (
        "boko haram", "jamaatu ahli is-sunnah", "iswap", "islamic state (west africa)",
    ),
}
# Kernel widths (km), narrowest first: a tie is broken at the narrowest width at which some namesake has
# events around it. Tuned on held-out training places (benchmarks/geo/tune_density.py, RESULTS.md): 25 km
# alone picks ACLED's admin1 most often; widening where 25 km sees nothing (50/100/150 km) lost there, most
# of all when the place's own country has no training rows (as Burkina Faso has none), so it is not done.
KERNEL_STEPS_KM = (25.0,)
_KERNEL_REACH = 3.0  # cells further than this many kernel widths add nothing worth computing


def actor_family(actor_names: Sequence[str]) -> str:
    """The family of armed groups among the actors ("JNIM: …" → "sahel-jihadist"), else ``ALL``."""
    text = " ; ".join(a.lower() for a in actor_names if a)
    for family, keywords in FAMILIES.items():
        if any(keyword in text for keyword in keywords):
            return family
    return ALL


@dataclass(frozen=True)
class EventDensity:
    """Event counts per grid cell and family; ``density`` is their kernel-smoothed sum at a point."""

    cells: Mapping[str, np.ndarray] = field(default_factory=dict)  # family → rows of (lat, lon, events)
    kernel_steps: tuple[float, ...] = KERNEL_STEPS_KM

    @classmethod
    def load(cls, path: Path = TABLE) -> "EventDensity":
        return _load(Path(path))

    def density(self, latitude: float, longitude: float, family: str = ALL, kernel_km: float | None = None) -> float:
        """Kernel-weighted number of training events of ``family`` around the point (0 where none), with a
        Gaussian kernel of ``kernel_km`` (default: the narrowest step)."""
        cells = self.cells.get(family)
        if cells is None or not len(cells):
            return 0.0
        kernel_km = kernel_km or self.kernel_steps[0]
        distances = _distances_km(latitude, longitude, cells[:, 0], cells[:, 1])
        near = distances < _KERNEL_REACH * kernel_km
        weights = np.exp(-0.5 * (distances[near] / kernel_km) ** 2)
        return float(np.sum(weights * cells[near, 2]))


@lru_cache(maxsize=4)
def _load(path: Path) -> EventDensity:
    if not path.exists():
        return EventDensity()
    rows: dict[str, list[tuple[float, float, float]]] = {}
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            rows.setdefault(row["family"], []).append((float(row["latitude"]), float(row["longitude"]), float(row["events"])))
    return EventDensity({family: np.array(values) for family, values in rows.items()})


def _distances_km(latitude: float, longitude: float, latitudes: np.ndarray, longitudes: np.ndarray) -> np.ndarray:
    """Great-circle distances from one point to many (haversine)."""
    lat1, lon1 = math.radians(latitude), math.radians(longitude)
    lat2, lon2 = np.radians(latitudes), np.radians(longitudes)
    h = np.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * np.arcsin(np.sqrt(np.minimum(1.0, h)))
