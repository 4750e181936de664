"""The article's main country: a dateline says where the reporter files from, the body says what the story is about."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.countries import country_by_name
from eventwire.extract import ExtractionKit
from eventwire.extract.context import article_context
from eventwire.extract.kit import NoClassifier
from eventwire.ingest.dateline import parse_dateline
from eventwire.records import Article

PUBLISHED = datetime(2023, 8, 16, 9, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def kit() -> ExtractionKit:
    return ExtractionKit(
        classifier=NoClassifier(), actors=None, find_dates=None, find_casualties=None, combine_fatalities=None,
        assign_roles=None, find_claims=None, country_by_name=country_by_name,
    )


def _country(text: str, kit: ExtractionKit, title: str = "t") -> str | None:
    article = Article(id="t", title=title, text=text, published_at=PUBLISHED,
                      dateline=parse_dateline(text, PUBLISHED.date()))
    return article_context(article, kit).country


@pytest.mark.parametrize("text, expected", [
    # A bureau covering a neighbour: the body never names the bureau's country.
    ("Nairobi, Kenya, Aug 16 – Drone strikes on a market in Ethiopia's Amhara region killed 26 people, health workers "
     "said. Ethiopia's government did not comment.", "Ethiopia"),
    ("Beirut, Lebanon, March 3 – Air strikes on the Syrian town of Maarat al-Numan killed nine people, a monitor said. "
     "Syria's government denied hitting civilians.", "Syria"),
    ("Dakar, Senegal, Jan 9 – Gunmen killed 12 herders near the Malian town of Niono, local officials said. Mali's "
     "army sent reinforcements.", "Mali"),
    # A city-only dateline gives way to one mention; a written-out country does not.
    ("Beirut, March 3 – Air strikes on the Syrian town of Maarat al-Numan killed nine people, a monitor said.",
     "Syria"),
    ("Kabul, Afghanistan, May 8 – A bomb outside a girls' school killed 85 people. Pakistan condemned the attack.",
     "Afghanistan"),
    # The body names the dateline's country too: the dateline stands.
    ("Maiduguri, Nigeria, April 19 – Insurgents attacked a village near the Cameroon border, killing seven farmers, "
     "Nigeria's army said.", "Nigeria"),
    # The body names no country at all: the dateline stands.
    ("Bamako, Mali, Nov 5 – Gunmen killed 12 soldiers at a post in the centre of the country on Sunday.", "Mali"),
    # The story is about the dateline's own city, though the body names only foreign helpers.
    ("Mogadishu, Somalia, Oct 31 – A car bomb exploded at a busy junction in Mogadishu on Saturday, killing 30 "
     "people. Turkey said it would fly the badly wounded abroad.", "Somalia"),
    # The body writes the short name of the dateline's country.
    ("Goma, Democratic Republic of Congo, Dec 2 – Rebels killed eight civilians in a village north of Goma, Congo's "
     "army said, accusing Rwanda of backing them. Rwanda denies it; Rwanda's army said it had no troops there.",
     "Democratic Republic of Congo"),
])
def test_article_country(text, expected, kit):
    assert _country(text, kit) == expected


def test_without_a_dateline_the_most_named_country_wins(kit):
    text = "Troops in Burkina Faso repelled an attack near the border with Niger. Burkina Faso's army gave no toll."
    assert _country(text, kit) == "Burkina Faso"



def test_a_title_naming_the_dateline_country_keeps_it(kit):
    text = ("Kabul, Afghanistan, May 8 – A bomb outside a girls' school killed 85 people. Pakistan and Pakistan's "
            "allies condemned the attack.")
    assert _country(text, kit, title="Bomb kills 85 at Afghan school") == "Afghanistan"
