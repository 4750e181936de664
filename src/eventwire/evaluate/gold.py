"""Gold files for `eventwire eval`: one JSON object per article (format: ../shared/eval/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Mapping

from eventwire.errors import GoldFormatError


@dataclass(frozen=True)
class GoldEvent:
    """One hand-coded event; a field left out (None) is not scored."""

    fields: Mapping[str, Any]
    event_date: date | None
    date_window: tuple[date, date] | None
    fatalities_ok: tuple[int, int] | None
    optional: bool = False

    def get(self, name: str) -> Any:
        return self.fields.get(name)

    @property
    def window(self) -> tuple[date, date] | None:
        """The defendable date range: ``date_window``, else the single ``event_date``."""
        if self.date_window:
            return self.date_window
        return (self.event_date, self.event_date) if self.event_date else None


@dataclass(frozen=True)
class GoldArticle:
    article_id: str
    path: Path  # resolved against the gold file's folder
    published_at: date | None
    events: tuple[GoldEvent, ...]

    @property
    def file_name(self) -> str:
        return self.path.name


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Every article of a gold JSONL file; raises ``GoldFormatError`` naming the first bad line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise GoldFormatError(f"{path}: cannot read gold file ({err.strerror or err})") from err
    return [_article(json.loads(line) if line.strip() else None, path, number)
            for number, line in enumerate(lines, 1) if line.strip() and _valid_json(line, path, number)]


def _valid_json(line: str, path: Path, number: int) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError as err:
        raise GoldFormatError(f"{path}:{number}: not JSON ({err.msg})") from err
    return True


def _article(obj: Any, path: Path, number: int) -> GoldArticle:
    where = f"{path}:{number}"
    if not isinstance(obj, dict) or "path" not in obj or not isinstance(obj.get("events", []), list):
        raise GoldFormatError(f"{where}: expected an object with 'path' and an 'events' list")
    events = tuple(_event(e, where) for e in obj.get("events", []))
    return GoldArticle(
        article_id=str(obj.get("article_id") or Path(obj["path"]).stem),
        path=(path.parent / obj["path"]).resolve(),
        published_at=_date(obj.get("published_at"), where),
        events=events,
    )


def _event(obj: Any, where: str) -> GoldEvent:
    if not isinstance(obj, dict):
        raise GoldFormatError(f"{where}: every event must be an object")
    window = obj.get("date_window")
    ok = obj.get("fatalities_ok")
    return GoldEvent(
        fields=obj,
        event_date=_date(obj.get("event_date"), where),
        date_window=(_date(window[0], where), _date(window[1], where)) if window else None,
        fatalities_ok=(int(ok[0]), int(ok[1])) if ok else None,
        optional=bool(obj.get("optional", False)),
    )


def _date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as err:
        raise GoldFormatError(f"{where}: bad date {value!r} (expected YYYY-MM-DD)") from err
