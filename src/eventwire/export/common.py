"""Small helpers every export format shares."""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from typing import Any

import pycountry

from eventwire.records import Event


def json_text(value: Any) -> str:
    """Compact JSON, UTF-8 kept readable (names like Indélimane stay as written)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=512)
def iso_numeric(iso3: str | None) -> int | None:
    """ISO 3166-1 numeric code (ACLED's ``iso`` column) for an alpha-3 code."""
    if not iso3:
        return None
    country = pycountry.countries.get(alpha_3=iso3)
    return int(country.numeric) if country else None


def event_number(event: Event) -> int:
    """A stable number from the event id (the hex digest read as an integer)."""
    digest = event.event_id.split("-", 1)[-1]
    try:
        return int(digest, 16)
    except ValueError:
        return int.from_bytes(digest.encode("utf-8")[:6], "big")


def event_id_cnty(event: Event) -> str:
    """ACLED-style ``MLI123…``: the ISO3 code and a stable number derived from the event id."""
    return f"{event.iso3 or 'XXX'}{event_number(event)}"


def publishers(event: Event) -> list[str]:
    names: list[str] = []
    for source in event.sources:
        name = source.publisher or source.title or source.article_id
        if name not in names:
            names.append(name)
    return names


def last_report_timestamp(event: Event) -> int | None:
    """Unix time of the newest report (ACLED's ``timestamp`` is when the row last changed)."""
    moments = []
    for source in event.sources:
        if source.published_at:
            try:
                moments.append(datetime.fromisoformat(source.published_at).timestamp())
            except ValueError:
                continue
    return int(max(moments)) if moments else None


def blank(value: Any) -> Any:
    """CSV cells: None becomes an empty cell."""
    return "" if value is None else value
