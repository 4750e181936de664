"""Wire-story datelines: ``Bamako, Mali, Nov 5 –``, ``MOGADISHU (Reuters) -``, ``Maiduguri, Nigeria | AFP |``,
``LONDON/DUBAI, July 10 (Reuters) -``, and the local papers' date-first form ``June 9, 2024 (KHARTOUM) –``."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.countries import country_by_capital, country_by_name
from eventwire.records import Dateline, Span

# A dateline is the story's opening words; it never runs longer than this.
MAX_DATELINE_CHARS = 90
# A dateline day may follow the publication stamp by this much (time zones, late filing)
# before we decide it belongs to the previous year (a 31 Dec dateline published 2 Jan).
DATELINE_AHEAD_TOLERANCE = timedelta(days=2)

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*"  # a capitalised word: Bamako, N'Djamena, Port-au-Prince
_PARTICLE = r"(?:es|el|al|de|du|des|la|le|da|do|dos|of|the|upon)"  # Dar es Salaam, Bandar Seri Begawan
_NAME = rf"(?!{_MONTH}\b){_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,3}}"
_DATE = (
    rf"(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH}))"
    rf"(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?"
)
# "(Reuters)", "| AFP |", and a desk's one-word note in lower case: "(translated)", "(dpa)" (not "(a Sunday)")
_AGENCY = r"(?:\(\s*(?:[A-Z][\w.&'’ /-]{0,30}|[a-z]+)\s*\)|\|\s*[A-Z][\w.&'’ /-]{0,30}\|)"
_SEPARATOR = r"(?:\s+(?:--|[-–—])|\s*[–—]|\s*\|)(?=\s|$)"

_DATELINE = re.compile(
    rf"""^(?P<lead>\s*)
    (?P<body>
      (?P<place>{_NAME}(?:\s*/\s*{_NAME}){{0,3}})
      (?:\s*,\s*(?P<region>{_NAME}))?
      (?:\s*,?\s*{_DATE})?
      (?:\s*{_AGENCY})?
      (?:{_SEPARATOR}|(?<=\|))
    )""",
    re.VERBOSE,
)

# Local papers (Sudanese, Somali, Nigerian dailies) write the date first and the place in brackets.
_DATE_FIRST_DATELINE = re.compile(
    rf"""^(?P<lead>\s*)
    (?P<body>
      {_DATE}\s*
      \(\s*(?P<place>{_NAME})(?:\s*,\s*(?P<region>{_NAME}))?\s*\)
      {_SEPARATOR}
    )""",
    re.VERBOSE,
)

# AP and Reuters datelines write "Congo" for the DR Congo and "Republic of Congo" for Brazzaville.
_DATELINE_COUNTRY_ALIASES = {"congo": "Democratic Republic of Congo"}


def parse_dateline(text: str, published: date | None = None) -> Dateline | None:
    """The dateline that opens ``text``, or None when the text does not open with one.

    A dateline day without a year takes the year of ``published`` (the year before
    when that would put it after publication); with no ``published`` its date is None.
    The span covers the dateline up to and including its dash or pipe.
    """
    opening = text[: MAX_DATELINE_CHARS + 40]
    match = _DATELINE.match(opening)
    if match is None or _bare_mixed_case_name(match):
        match = _DATE_FIRST_DATELINE.match(opening)
    if match is None or len(match.group("body")) > MAX_DATELINE_CHARS:
        return None
    place, region = match.group("place"), match.group("region")
    if "/" in place:  # filed from several bureaus ("LONDON/DUBAI"): no one city is the story's place
        place, region = None, None
    country = country_name(region) if region else _capital_country(place) if place else None
    start, end = match.start("body"), match.end("body")
    return Dateline(
        place=_title_case(place) if place else None,
        country=country,
        published=_dateline_date(match, published),
        span=Span(start, end, text[start:end]),
    )


def _bare_mixed_case_name(match: re.Match[str]) -> bool:
    """'Boko Haram – the group…' is a sentence; a bare dateline place is in capitals ('KYIV —')."""
    body = match.group("body")
    has_context = any(match.group(g) for g in ("region", "month", "month2")) or "(" in body or "|" in body
    return not has_context and not match.group("place").isupper()


def country_name(name: str) -> str | None:
    """The ACLED-style country name written in a dateline, or None when it is not a country (a state, a region)."""
    key = name.strip().rstrip(".")
    country = country_by_name(_DATELINE_COUNTRY_ALIASES.get(key.lower(), key))
    return country.name if country else None


def _capital_country(place: str) -> str | None:
    """'BAMAKO —' names no country, but a capital says which one it is."""
    country = country_by_capital(place)
    return country.name if country else None


def _title_case(place: str) -> str:
    """MOGADISHU → Mogadishu, DAR ES SALAAM → Dar es Salaam; mixed-case names are kept as written."""
    if not place.isupper():
        return place
    words = place.title().split()
    return " ".join(w.lower() if i and re.fullmatch(_PARTICLE, w.lower()) else w for i, w in enumerate(words))


def _dateline_date(match: re.Match[str], published: date | None) -> date | None:
    month_word = match.group("month") or match.group("month2")
    if not month_word:
        return None
    month = _MONTHS[month_word[:3].lower()]
    day = int(match.group("day") or match.group("day2"))
    if match.group("year"):
        return _safe_date(int(match.group("year")), month, day)
    if published is None:
        return None
    candidate = _safe_date(published.year, month, day)
    if candidate and candidate > published + DATELINE_AHEAD_TOLERANCE:
        candidate = _safe_date(published.year - 1, month, day)
    return candidate


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
