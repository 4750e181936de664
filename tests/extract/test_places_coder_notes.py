"""ACLED coders' geo notes: the place an event was filed under, in the wordings coders use."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings, strategies as st

from eventwire.countries import country_by_name
from eventwire.extract.places import _NOT_PLACES, _ORG_WORDS, find_places


def _names(text: str) -> list[str]:
    return [p.name for p in find_places(text, 0, len(text), (), country_by_name)]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Gunfire was heard around a gold site (coded as Gorom-Gorom at geoprecision 2).", "Gorom-Gorom"),
        ("Shots were fired at a herders' camp west of the dam (coded as Djibo).", "Djibo"),
        ("A roadside bomb hit a supply truck; the event was coded to Arbinda.", "Arbinda"),
        ("Herders clashed over a well, coded to Tongomayel, the nearest village.", "Tongomayel"),
        ("Unknown men burned a school (geocoded as the village of Dablo at geoprecision 2).", "Dablo"),
        ("Two soldiers died at an outpost (coded as Tin-Akoff with geoprecision 2).", "Tin-Akoff"),
        ("A mine exploded on the track to the river (coded under Kelbo).", "Kelbo"),
        ("Fighting flared in the bush, coded as Fada NGourma (Fada, Gourma).", "Fada NGourma"),
    ],
)
def test_coder_note_names_the_place(text: str, place: str) -> None:
    assert place in _names(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The incident was coded as Armed clash by the monitors.", "Armed"),
        ("Fatalities were coded as zero pending confirmation.", "zero"),
    ],
)
def test_coder_note_without_a_place(text: str, word: str) -> None:
    assert word not in _names(text)


@given(st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True))
@settings(max_examples=100, deadline=None)
def test_any_capitalised_name_closing_a_coder_note_is_found(name: str) -> None:
    assume(name.lower() not in _NOT_PLACES | _ORG_WORDS and country_by_name(name) is None)
    text = f"Shots were heard near a market (coded as {name} at geoprecision 2)."
    assert name in _names(text)
