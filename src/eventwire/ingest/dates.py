"""Publication dates as sources write them: ISO 8601, RFC 822 (feeds), GDELT stamps, prose."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

# GDELT's DATEADDED / seendate without separators: 20191105070000
_COMPACT_STAMP = re.compile(r"^\d{14}$")
# Unix seconds between 1990 and 2100; anything else that is all digits is not a timestamp.
_UNIX_SECONDS = range(631_152_000, 4_102_444_800)


def parse_published(value: Any) -> datetime | None:
    """A datetime from whatever a source put in its date field, or None.

    Timezone-aware strings stay aware, naive ones stay naive, and a date without a
    time becomes midnight. Relative phrases ("yesterday") are refused: they depend on
    when the file was read, and the same input must always give the same article.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_unix(value)
    text = str(value).strip()
    for parse in (_from_iso, _from_compact, _from_rfc822, _from_prose):
        parsed = parse(text)
        if parsed is not None:
            return parsed
    return None


def _from_unix(seconds: float) -> datetime | None:
    if int(seconds) not in _UNIX_SECONDS:
        return None
    return datetime.fromtimestamp(seconds, tz=timezone.utc)


def _from_iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _from_compact(text: str) -> datetime | None:
    if not _COMPACT_STAMP.match(text):
        return None
    try:
        return datetime.strptime(text, "%Y%m%d%H%M%S")
    except ValueError:
        return None


def _from_rfc822(text: str) -> datetime | None:
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _from_prose(text: str) -> datetime | None:
    """'5 November 2019', 'Nov. 5, 2019 07:00 GMT': dateparser, absolute dates only."""
    if len(text) > 64 or not re.search(r"\d{4}", text):
        return None
    return _dateparser().parse(text, settings=_DATEPARSER_SETTINGS)


_DATEPARSER_SETTINGS = {
    "PARSERS": ["absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
}


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    # dateparser takes ~0.3 s to import; most inputs never need it.
    import dateparser

    return dateparser
