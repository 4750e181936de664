"""ACLED actor names as strings: regime years and spelling variants stripped for comparison, state-force and
generic names built from a country, and a country-named actor read back into its kind and country."""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.countries import all_countries


REGIME_YEARS = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")
# ACLED wrote JAS's name two ways across exports; both mean the same actor.
SPELLING_VARIANTS = {
    "Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad": "Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    "Islamic State (Sahel)": "Islamic State (Greater Sahara)",
}
# ACLED writes "Military Forces of the Philippines" but "Military Forces of Nigeria".
COUNTRIES_WITH_ARTICLE = frozenset({
    "Democratic Republic of Congo", "Republic of Congo", "Philippines", "United States", "United Kingdom",
    "Central African Republic", "Netherlands", "United Arab Emirates",
})


def strip_regime_years(name: str) -> str:
    """``Military Forces of Iraq (2018-2020) Popular Mobilization Forces`` → without the ``(2018-2020)``."""
    return " ".join(REGIME_YEARS.sub("", name).split())


# Actor names repeat within and across articles, and the reading is pure: memoised per process (speed only).
CANONICAL_NAMES_CACHED = 4096


@lru_cache(maxsize=CANONICAL_NAMES_CACHED)
def canonical_name(name: str) -> str:
    """The comparable form of an ACLED actor name: no regime years, one spelling per actor."""
    cleaned = strip_regime_years(name)
    for variant, canonical in SPELLING_VARIANTS.items():
        cleaned = cleaned.replace(variant, canonical)
    return cleaned


def same_actor(a: str | None, b: str | None) -> bool:
    """Whether two ACLED actor names mean the same actor (regime years and known spelling variants ignored)."""
    if not a or not b:
        return a == b
    return canonical_name(a).casefold() == canonical_name(b).casefold()


def state_force_name(country: str | None, base: str = "Military Forces") -> str:
    """``Military Forces of Mali``; ``Military Forces`` alone when the country is unknown."""
    if not country:
        return base
    article = "the " if country in COUNTRIES_WITH_ARTICLE else ""
    return f"{base} of {article}{country}"


def generic_name(template: str, country: str | None) -> str:
    """``Civilians (Mali)`` from ``Civilians ({country})``; ``Civilians`` when the country is unknown."""
    return template.format(country=country) if country else template.replace(" ({country})", "")


STATE_KINDS = ("Military Forces", "Police Forces")
_STATE_FORCE_PATTERN = re.compile(r"^(?P<kind>Military Forces|Police Forces)(?: of (?:the )?(?P<country>.+))?$")
_GENERIC_KINDS = ("Civilians", "Protesters", "Rioters", "Unidentified Armed Group", "Unidentified Gang",
                  "Unidentified Communal Militia", "Unidentified Tribal Militia", "Unidentified Clan Militia")


def _generic_parts(name: str) -> tuple[str | None, str | None]:
    """(kind, country) of a country-named actor: ("Military Forces", "Mali") for ``Military Forces of Mali``,
    ("Civilians", None) for a bare ``Civilians``; (None, None) for a named group or a state force's sub-unit."""
    match = _STATE_FORCE_PATTERN.match(name)
    if match:
        country = match["country"]
        return (match["kind"], country) if country is None or _is_country(country) else (None, None)
    if name in _GENERIC_KINDS:
        return name, None
    match = GENERIC_PATTERN.match(name)
    if match and match["kind"] in _GENERIC_KINDS:
        return match["kind"], match["country"]
    return None, None


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(c.name for c in all_countries())


def _is_country(name: str) -> bool:
    return name in _country_names()


_STATE_FORCE_OF = re.compile(r"^(?:Military|Police) Forces of (?:the )?(?P<rest>.+)$")


# A state force's home is asked of the same few names again and again (roles, sides, the air power: ~56 asks a dense
# article, 46 of them repeats) and the reading is pure: memoised per process like ``canonical_name`` (speed only).
@lru_cache(maxsize=CANONICAL_NAMES_CACHED)
def force_home(name: str) -> str | None:
    """The country of a state force's name, sub-units included: "Mali" for ``Military Forces of Mali`` and for
    ``Police Forces of Burkina Faso Gendarmerie``; None for any other name."""
    match = _STATE_FORCE_OF.match(canonical_name(name))
    if not match:
        return None
    words = match["rest"].split()
    return next((" ".join(words[:n]) for n in range(len(words), 0, -1) if _is_country(" ".join(words[:n]))), None)


GENERIC_PATTERN = re.compile(r"^(?P<kind>[A-Za-z ]+?) \((?P<country>[^()]+)\)$")
