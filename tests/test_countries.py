"""Country names, aliases, demonyms, capitals: the reference every stage shares."""

from __future__ import annotations

import pytest

from eventwire.countries import country_by_capital, country_by_iso, country_by_name, find_countries


@pytest.mark.parametrize(
    "written, country",
    [
        ("Malian", "Mali"),
        ("Nigerien", "Niger"),
        ("Nigerian", "Nigeria"),
        ("DRC", "Democratic Republic of Congo"),
        ("Congolese", "Democratic Republic of Congo"),
        ("Côte d'Ivoire", "Ivory Coast"),
        ("the Philippines", "Philippines"),
        ("Burkinabe", "Burkina Faso"),
        ("Türkiye", "Turkey"),
        ("NER", "Niger"),
        ("Somali", "Somalia"),
    ],
)
def test_country_by_name(written, country):
    assert country_by_name(written).name == country


@pytest.mark.parametrize("written", ["", "Gao", "niger delta", "Islamic State"])
def test_names_that_are_not_countries(written):
    assert country_by_name(written) is None


def test_iso_codes_and_capitals():
    assert country_by_iso("ml").iso3 == "MLI" and country_by_iso("MLI").iso2 == "ML"
    assert country_by_capital("Bamako").name == "Mali"
    assert country_by_capital("N'Djamena").name == "Chad"
    assert country_by_capital("Gao") is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Malian troops crossed into Niger.", ["Mali", "Niger"]),
        ("Guinea-Bissau and Guinea closed the border.", ["Guinea-Bissau", "Guinea"]),
        ("Mali's army said Nigeria's help was welcome.", ["Mali", "Nigeria"]),
        ("Fighting in the Democratic Republic of the Congo spread.", ["Democratic Republic of Congo"]),
        ("Herders and farmers met on the chad plains near a niger bush.", []),
        ("An anti-Malian slogan was painted on a Nigeria-based van.", []),
        ("Troops from Burkina Faso.", ["Burkina Faso"]),
    ],
)
def test_find_countries(sentence, expected):
    assert [country.name for country, _s, _e in find_countries(sentence)] == expected


def test_find_countries_offsets_cover_the_name():
    text = "Police in Kenya's capital fired tear gas."
    [(country, start, end)] = find_countries(text)
    assert text[start:end] == "Kenya" and country.iso3 == "KEN"
