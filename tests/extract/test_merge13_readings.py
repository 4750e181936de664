"""Merge round thirteen: readings that let a report of one incident meet the other outlets' reports of it.

Each table holds sentences written for these tests: the case a reading fixes, and twins it must leave alone.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.countries import country_by_name
from eventwire.extract import ExtractionKit
from eventwire.extract.context import article_context
from eventwire.extract.kit import NoClassifier
from eventwire.ingest.dateline import parse_dateline
from eventwire.records import Article

PUBLISHED = datetime(2021, 3, 16, 9, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def bare_kit() -> ExtractionKit:
    return ExtractionKit(
        classifier=NoClassifier(), actors=None, find_dates=None, find_casualties=None, combine_fatalities=None,
        assign_roles=None, find_claims=None, country_by_name=country_by_name,
    )


def _article_country(text: str, kit: ExtractionKit) -> str | None:
    article = Article(id="t", title="t", text=text, published_at=PUBLISHED,
                      dateline=parse_dateline(text, PUBLISHED.date()))
    return article_context(article, kit).country


# --------------------------------------------------------------------------- a border named by its country's demonym


@pytest.mark.parametrize(("text", "expected"), [
    # the country whose border it is lies on the other side ("the Malian border" seen from Niger)
    ("Armed men who came from across the Malian border killed 14 traders near the village of Tiloa on Monday.", None),
    ("Jihadists killed seven soldiers at a post near the Burkinabe border, the army said. Niger's defence ministry "
     "gave the toll.", "Niger"),
    ("A rocket fired from beyond the Lebanese frontier hit a house in Kiryat Shmona, Israeli officials said.", "Israel"),
])
def test_a_country_named_only_by_its_border_is_the_neighbour(bare_kit, text, expected) -> None:
    assert _article_country(text, bare_kit) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a border town, a country's own border guards, a possessive: the country's own side
    ("Fighting broke out in the Chadian border town of Adre on Sunday, witnesses said.", "Chad"),
    ("Gunmen attacked Malian border guards at Gogui on Sunday, killing two, officials said.", "Mali"),
    ("Kenya's border with Somalia was closed after the attack on a bus in Mandera.", "Kenya"),
    # a demonym elsewhere in the sentence still names the country
    ("Malian villagers said gunmen burned the market of Boni on Sunday.", "Mali"),
])
def test_a_border_town_or_a_possessive_keeps_its_country(bare_kit, text, expected) -> None:
    assert _article_country(text, bare_kit) == expected


# --------------------------------------------------------------------------- a beach named before its town


def _places(sentence: str) -> list[tuple[str, str]]:
    from eventwire.extract.places import find_places

    return [(m.name, m.cue) for m in find_places(sentence, country_by_name=country_by_name)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "at Lido beach, Mogadishu": the town written after a beach is the beach's, as after a market or a meadow
    ("Gunmen stormed a restaurant on Lido beach, Mogadishu, late on Friday.", [("Lido", "in"), ("Mogadishu", "in")]),
    ("A suicide bomber struck at Jazeera beach, Mogadishu, on Sunday evening.",
     [("Jazeera", "in"), ("Mogadishu", "in")]),
    # the beach with no town after it, and the market form of before, unchanged
    ("Gunmen stormed a restaurant on Lido beach, witnesses said.", [("Lido", "in")]),
    ("A bomb went off at Kasindi market, Beni, on Sunday.", [("Kasindi", "in"), ("Beni", "in")]),
])
def test_a_town_written_after_a_beach_is_listed(sentence, expected) -> None:
    assert _places(sentence) == expected


# --------------------------------------------------------------------------- a prison's formal name after its town


@pytest.mark.parametrize(("sentence", "expected"), [
    # the town before a prison's formal name: "Custodial Centre", a security grade, a capital "Prison"
    ("Boko Haram fighters stormed the Kuje Medium Security Custodial Centre late on Tuesday.", [("Kuje", "near")]),
    ("Gunmen attacked the Owerri Custodial Centre before dawn and freed 1,800 inmates.", [("Owerri", "near")]),
    ("Armed men attacked the Kotonkarfe Maximum Security Prison overnight.", [("Kotonkarfe", "near")]),
    # the lower-case forms of before, unchanged
    ("Militants raided the Kuje prison, near Abuja, on Tuesday.", [("Kuje", "near"), ("Abuja", "near")]),
])
def test_a_town_before_a_prisons_formal_name(sentence, expected) -> None:
    assert _places(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a descriptor alone is no town
    "Gunmen stormed the Medium Security Custodial Centre on Sunday, officials said.",
    "Soldiers surrounded the Federal Correctional Centre after the riot.",
    "Troops guarded the Central Prison overnight.",
])
def test_a_prisons_descriptor_is_no_town(sentence) -> None:
    assert _places(sentence) == []


# --------------------------------------------------------------------------- a city's possessive before a part named like an office


@pytest.mark.parametrize(("sentence", "expected"), [
    # the part's name holds an office's or a force's word: the city that holds it
    ("A suicide bomber struck the mosque in Peshawar's Police Lines area during prayers.", [("Peshawar", "in")]),
    ("A sticky bomb exploded in Kabul's Police District 13 on Monday.", [("Kabul", "in")]),
    # a part named like a place keeps its whole name, as before; a country's possessive names no city
    ("Clashes erupted in Tripoli's Bab al-Tabbaneh on Friday.", [("Tripoli's Bab al-Tabbaneh", "in")]),
    ("Gunmen attacked a post in Yemen's Army Camp district.", []),
])
def test_a_citys_possessive_before_a_part_named_like_an_office(sentence, expected) -> None:
    assert _places(sentence) == expected
