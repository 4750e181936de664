"""Merge round fifteen: a station named for its town, a faith that is no place, and the headline's country.

- "a missile hit the Kharkiv railway station": a station named for its town, as "the Hasakah prison" is
  (``places._SITE``); with no cue before it the round-up's item took the next item's town, and merged with it.
- "Support of Islam and Muslims": a faith's name after "of" is no place ("in Islam"), as "Muslims" already was not.
- A body that names no country takes the one country its headline names ("... convoy in Burkina"): the report had no
  country and met none of the same attack's reports. Two countries in the headline, a headline that is only the
  body's first line and a body that names a country of its own stay as they were.
Every sentence was written for these tests.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.countries import country_by_name
from eventwire.extract import ExtractionKit
from eventwire.extract.context import article_context
from eventwire.extract.kit import NoClassifier
from eventwire.extract.places import find_places
from eventwire.records import Article

PUBLISHED = datetime(2023, 3, 6, 9, tzinfo=timezone.utc)


def _places(sentence: str) -> list[tuple[str, str]]:
    return [(m.name, m.cue) for m in find_places(sentence, country_by_name=country_by_name)]


# --------------------------------------------------------------------------- a station named for its town


@pytest.mark.parametrize(("sentence", "expected"), [
    # no cue before the station's town: only the site word reads it
    ("Sunday, 5 March: a ballistic missile hit the Kharkiv railway station as evacuees queued, killing 31 people.",
     [("Kharkiv", "near")]),
    ("A suicide blast tore through the Quetta train station, killing 26 soldiers.", [("Quetta", "near")]),
    ("Gunmen sprayed the Mararaba bus station with bullets late on Friday.", [("Mararaba", "near")]),
    # twins: a cue before it (read as before), a descriptor, an office's station
    ("A bomb exploded at the Peshawar railway station on Monday.", [("Peshawar", "in")]),
    ("Police cordoned off the Central railway station after the blast.", []),
    ("Gunmen torched the police station overnight.", []),
])
def test_a_station_named_for_its_town(sentence, expected) -> None:
    assert _places(sentence) == expected


# --------------------------------------------------------------------------- a faith is no place


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Group for the Support of Islam and Muslims claimed the raid on Tin-Akoff.", [("Tin-Akoff", "in")]),
    ("JNIM (Group for the Support of Islam and Muslims) claimed an ambush at Tanwalbougou.",
     [("Tanwalbougou", "in")]),
    # twin: a town whose name begins like the faith's, as before
    ("Gunmen attacked a checkpoint on the outskirts of Islamabad.", [("Islamabad", "near")]),
])
def test_a_faith_is_no_place(sentence, expected) -> None:
    assert _places(sentence) == expected


# --------------------------------------------------------------------------- the headline's country


@pytest.fixture(scope="module")
def bare_kit() -> ExtractionKit:
    return ExtractionKit(
        classifier=NoClassifier(), actors=None, find_dates=None, find_casualties=None, combine_fatalities=None,
        assign_roles=None, find_claims=None, country_by_name=country_by_name,
    )


def _country(title: str, text: str, kit: ExtractionKit) -> str | None:
    article = Article(id="t", title=title, text=text, published_at=PUBLISHED)
    return article_context(article, kit).country


VILLAGE_ONLY = ("The militants claimed Saturday's ambush on a supply convoy at Tanwalbougou, saying they killed "
                "more than 20 soldiers and seized two armoured vehicles.")


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a body that names no country: the headline's one country
    ("Militants claim deadly convoy ambush in Burkina", VILLAGE_ONLY, "Burkina Faso"),
    ("Dozens of soldiers killed in Burkina Faso convoy ambush, militants say", VILLAGE_ONLY, "Burkina Faso"),
    # twins: a force's nationality (no place), two countries in the headline, none, the headline as the body's first
    # line, the body's own country
    ("Malian troops killed in convoy ambush, militants say", VILLAGE_ONLY, None),
    ("Mali and Niger militants claim convoy ambush", VILLAGE_ONLY, None),
    ("Militants claim deadly convoy ambush", VILLAGE_ONLY, None),
    ("Militants claim deadly convoy ambush in Burkina",
     "Militants claim deadly convoy ambush in Burkina. " + VILLAGE_ONLY, "Burkina Faso"),
    ("Militants claim deadly convoy ambush in Burkina", VILLAGE_ONLY + " Niger's army did not comment.", "Niger"),
])
def test_a_body_with_no_country_takes_the_headlines(bare_kit, title, text, expected) -> None:
    assert _country(title, text, bare_kit) == expected
