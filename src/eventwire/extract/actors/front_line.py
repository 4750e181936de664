"""Front-line places where reports never name who fired, and the side ACLED made actor1 near each."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping


@dataclass(frozen=True)
class FrontLine:
    """Places of a front line where reports never name who fired (the OSCE monitors in Donbas), and the side
    ACLED made actor1 of the fire reported near each: ``sides[place] = {"shelling": ..., "clash": ...}``."""

    sides: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    places: re.Pattern[str] | None = None  # every place name, longest first

    @classmethod
    def from_tsv(cls, text: str) -> "FrontLine":
        sides: dict[str, dict[str, str]] = {}
        for line in text.splitlines()[1:]:
            place, shelling, clash = (line.split("\t") + ["", ""])[:3]
            sides[place] = {kind: actor for kind, actor in (("shelling", shelling), ("clash", clash)) if actor}
        names = sorted(sides, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None
        return cls(sides, pattern)

    def side_near(self, text: str, kind: str) -> str | None:
        """The actor1 of ``kind`` ("shelling" or "clash") near the first front-line place ``text`` names."""
        found = self.places.search(text) if self.places is not None else None
        return self.sides[found.group()].get(kind) if found else None
