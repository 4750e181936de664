"""What else the story says about which place it means: a coder's note naming the place the event was
filed under, a sure "near X" anchor against a spelling-tolerant guess, a site's bracketed name before its units."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract.places import find_places, rank_places
from eventwire.countries import country_by_name
from eventwire.geo import Gazetteer, Geocoder, geocode_draft
from eventwire.records import Article, EventDraft

JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.fixture(scope="module")
def villages(village_gazetteer) -> Geocoder:
    return Geocoder(Gazetteer.open(village_gazetteer))


def locate(geocoder: Geocoder, text: str, actor1: str = "Unidentified Armed Group (Burkina Faso)"):
    """The place of a one-event story, with place mentions found as extraction finds them."""
    mentions = tuple(rank_places(find_places(text, 0, len(text), (), country_by_name)))
    draft = EventDraft(article_id="a1", event_date=date(2020, 3, 2), time_precision=1,
                       event_type="Violence against civilians", sub_event_type="Attack", actor1=actor1,
                       place_mentions=mentions, country_hint="Burkina Faso")
    return geocode_draft(draft, Article(id="a1", title="", text=text, published_at=None), geocoder).place


@pytest.mark.parametrize(
    "text, location, precision",
    [
        ("Gunmen killed two herders in the village of Wendoloba (coded as Kalbouli at geoprecision 2).",
         "Kalbouli", 2),
        ("Gunmen killed two herders in the village of Wendoloba; the event is coded to Kalbouli.", "Kalbouli", 1),
        ("A blast shook Dembiringa during the night (coded as Wendoloba).", "Wendoloba", 1),
    ],
)
def test_the_place_a_coder_note_names_comes_first(villages, text, location, precision):
    place = locate(villages, text)
    assert place is not None and (place.location, place.geo_precision) == (location, precision)


def test_without_a_note_the_first_village_stays(villages):
    place = locate(villages, "Gunmen killed two herders in the village of Wendoloba, near Kalbouli.")
    assert place.location == "Wendoloba"


def test_a_far_fuzzy_guess_yields_to_the_anchor(villages):
    # "Tangassogo" is unknown; "Tangassoko" is 120 km away in another region; Kalbouli is written as is
    place = locate(villages, "Militants attacked the village of Tangassogo, near Kalbouli, and took cattle.", JNIM)
    assert (place.location, place.admin1, place.geo_precision) == ("Kalbouli", "Sahel", 2)


def test_a_fuzzy_guess_beside_the_anchor_stays(villages):
    # "Dembiringa" is written "Dembiringo": a close spelling 8 km from the anchor, in its region
    place = locate(villages, "Militants attacked the village of Dembiringo, near Kalbouli, and took cattle.", JNIM)
    assert (place.location, place.admin1, place.geo_precision) == ("Dembiringa", "Sahel", 1)


def test_a_fuzzy_guess_with_no_anchor_stays(villages):
    place = locate(villages, "Militants attacked the village of Tangassogo and took cattle.", JNIM)
    assert place.location == "Tangassoko"


def test_two_equal_guesses_in_two_regions_give_no_village(villages):
    # "Boulgouma" is unknown; "Boulgoumo" (Centre-Nord) and "Boulgoumi" (Sud-Ouest) are equally close
    place = locate(villages, "Gunmen attacked the village of Boulgouma at dawn.", JNIM)
    assert place is not None and place.iso3 == "BFA" and place.admin1 is None and place.geo_precision == 3


def test_an_equal_guess_beside_a_sure_place_still_yields_to_it(villages):
    place = locate(villages, "Gunmen attacked the village of Boulgouma, near Kalbouli.", JNIM)
    assert (place.location, place.geo_precision) == ("Kalbouli", 2)


def test_a_bracketed_site_name_does_not_hide_the_units(villages):
    # Wendoloba exists only in Centre-Nord: the units written after the bracket say this one is elsewhere,
    # so the event falls back on them rather than on a namesake in another region
    assert locate(villages, "Gunmen shot a trader near Wendoloba.").admin1 == "Centre-Nord"
    place = locate(villages, "Gunmen shot a trader near Wendoloba [Puits Nord] (Gorom-Gorom, Oudalan).")
    assert place is not None and place.admin1 == "Sahel"
