"""The country an article's outlet mostly reports on: a weak hint for events whose text names no country.

Two sources of such a prior, both weaker than anything the text says (see ``event_country``):

* the outlet's name itself, when it carries a country in parentheses, as ACLED writes them
  ("AIB (Burkina Faso)", "News International (Pakistan)");
* ``data/geo/source_countries.tsv``: outlets whose ACLED-coded coverage is nearly all in one country,
  derived from the training export by ``build_source_countries``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from eventwire.countries import country_by_name
from eventwire.records import Article

TABLE = Path(__file__).resolve().parents[1] / "data" / "geo" / "source_countries.tsv"
_PARENTHESES = re.compile(r"\(([^()]+)\)")


def split_outlets(source: str | None) -> list[str]:
    """ACLED's ``source`` field lists outlets separated by "; "; a byline may do the same."""
    return [part.strip() for part in re.split(r";", source or "") if part.strip()]


def outlet_key(name: str) -> str:
    """The outlet name folded for lookup: case and spacing do not matter ("Le Faso" = "le  faso")."""
    return " ".join(name.casefold().split())


def article_outlets(article: Article) -> list[str]:
    """The outlets an article names as its author or publisher, deduplicated, in order."""
    names = split_outlets(article.author) + split_outlets(article.publisher)
    return list(dict.fromkeys(outlet_key(n) for n in names if outlet_key(n)))


def named_outlet_country(outlet: str) -> str | None:
    """"aib (burkina faso)" → "BFA": the country ACLED writes after a national outlet's name."""
    for inside in _PARENTHESES.findall(outlet):
        country = country_by_name(inside.strip())
        if country is not None:
            return country.iso3
    return None


@dataclass(frozen=True)
class SourceCountries:
    """Outlet key → the ISO3 country its coverage is dominated by."""

    by_outlet: Mapping[str, str]

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls, path: Path = TABLE) -> "SourceCountries":
        if not path.exists():
            return cls({})
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        rows = (line.split("\t") for line in lines if line.strip())
        return cls({outlet_key(row[0]): row[1] for row in rows})

    def country_of(self, outlet: str) -> str | None:
        return named_outlet_country(outlet) or self.by_outlet.get(outlet_key(outlet))

    def prior(self, article: Article) -> str | None:
        """The one country the article's outlets point to, or None (no outlet known, or they disagree)."""
        countries = {c for c in (self.country_of(o) for o in article_outlets(article)) if c}
        return countries.pop() if len(countries) == 1 else None
