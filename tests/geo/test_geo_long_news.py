"""Geocoding in long news stories: the dateline city, where the wounded were taken, the towns a journey or a road
joins, and a unit written with its country's name in front are not where an event happened.

Every sentence here was written for these tests; villages called "Kel..." / "...ouli" are invented, so no
gazetteer knows them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from eventwire.countries import country_by_name
from eventwire.extract.places import find_places
from eventwire.geo import geocode_draft
from eventwire.records import Article, Dateline, EventDraft, PlaceMention, Span


def cues(sentence: str) -> dict[str, str]:
    return {p.name: p.cue for p in find_places(sentence, country_by_name=country_by_name)}


def locate(geocoder, text: str, names, dateline: tuple[str, str] | None = None, country_hint: str | None = None):
    """The place geo gives a draft whose mentions are ``names`` [(name, cue)], found in ``text``."""
    mentions = tuple(_mention(text, name, cue) for name, cue in names)
    line = None
    if dateline:
        head = f"{dateline[0]}, {dateline[1]}, March 3 –"
        text = f"{head} {text}"
        mentions = tuple(_shifted(m, len(head) + 1) for m in mentions)
        line = Dateline(dateline[0], dateline[1], None, Span(0, len(head), head))
    draft = EventDraft(article_id="a1", event_date=date(2023, 3, 2), time_precision=1, event_type="Violence against civilians",
                       sub_event_type="Attack", place_mentions=mentions, country_hint=country_hint)
    article = Article(id="a1", title="", text=text, published_at=None, dateline=line)
    return geocode_draft(draft, article, geocoder).place


def _mention(text: str, name: str, cue: str) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(name, Span(start, start + len(name), name), cue)


def _shifted(mention: PlaceMention, offset: int) -> PlaceMention:
    span = Span(mention.span.start + offset, mention.span.end + offset, mention.span.text)
    return PlaceMention(mention.name, span, mention.cue, mention.country_hint)


# ------------------------------------------------------------------- where people went is not where it happened


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Nine wounded soldiers were evacuated to Gao by helicopter.", "Gao"),
        ("The injured were rushed to Maiduguri for treatment.", "Maiduguri"),
        ("Survivors were taken to the town of Dori on Sunday.", "Dori"),
        ("Hundreds of families fled to Kaya after the raid.", "Kaya"),
        ("Two of the hostages were later flown to Niamey.", "Niamey"),
        ("The bodies were transported back to Mopti, officials said.", "Mopti"),
    ],
)
def test_a_destination_is_the_weakest_cue(sentence, name):
    assert cues(sentence)[name] == "destination"


@pytest.mark.parametrize(
    "sentence, ends",
    [
        ("Gunmen stopped a bus travelling from Kano to Zaria late on Friday.", ("Kano", "Zaria")),
        ("A convoy heading from Gao to Kidal struck a mine.", ("Gao", "Kidal")),
        ("The lorry was driving from Mogadishu to Baidoa when it was ambushed.", ("Mogadishu", "Baidoa")),
    ],
)
def test_both_ends_of_a_journey_are_weak_cues(sentence, ends):
    found = cues(sentence)
    assert all(found[end] == "destination" for end in ends)


@pytest.mark.parametrize(
    "sentence, name, cue",
    [
        ("Fighting spread to Kidal on Sunday.", "Kidal", "in"),  # the event reached the town
        ("Militants moved from Gao on Monday.", "Gao", "in"),  # no journey's other end
        ("Soldiers were killed in Diffa on Tuesday.", "Diffa", "in"),
    ],
)
def test_towns_that_are_not_destinations_keep_their_cue(sentence, name, cue):
    assert cues(sentence)[name] == cue


def test_a_country_people_fled_to_is_no_hint(geocoder):
    assert "Niger" not in cues("Thousands of refugees fled to Niger after the massacre.")


@pytest.mark.parametrize(
    "text, event_town, hospital_town, admin1",
    [
        # the event's own town is known: the destination never outranks it, even written first
        ("The wounded were evacuated to Niamey after gunmen attacked Tera on Tuesday.", "Tera", "Niamey", "Tillaberi"),
        ("After the ambush near Djibo the injured were flown to Ouagadougou.", "Djibo", "Ouagadougou", "Sahel"),
    ],
)
def test_a_destination_never_outranks_the_event_town(geocoder, text, event_town, hospital_town, admin1):
    found = cues(text)
    names = sorted(found.items(), key=lambda item: text.index(item[0]))
    place = locate(geocoder, text, names)
    assert place.location == event_town and place.admin1 == admin1


def test_a_destination_is_a_nearby_town_when_nothing_else_resolves(geocoder):
    text = "Herders and farmers of Kelbouli clashed over a field; three wounded were evacuated to Dori."
    place = locate(geocoder, text, [("Kelbouli", "in"), ("Dori", "destination")], country_hint="Burkina Faso")
    assert place.location == "Dori" and place.geo_precision == 2


# ------------------------------------------------------------------------------------------- roads and highways


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Militants ambushed an army convoy on the Srinagar-Jammu highway on Monday.", "Srinagar-Jammu"),
        ("A bomb hit a minibus on the Maiduguri road.", "Maiduguri"),
        ("Checkpoints were set up on the Kaya-Dori axis.", "Kaya-Dori"),
    ],
)
def test_a_road_named_for_towns_is_near_them(sentence, name):
    assert cues(sentence)[name] == "near"


def test_a_highway_between_two_towns_is_coded_at_precision_two(geocoder):
    text = "Gunmen fired on a bus on the Srinagar-Jammu highway."
    place = locate(geocoder, text, list(cues(text).items()), country_hint="India")
    assert place is not None and place.admin1 == "Jammu and Kashmir" and place.geo_precision == 2


# ---------------------------------------------------------------------------------- "Yemen's Hodeidah province"


@pytest.mark.parametrize(
    "text, written, admin1",
    [
        ("Air strikes hit a fuel terminal in Yemen's Hodeidah province on Thursday.", "Yemen's Hodeidah", "Al Hudaydah"),
        ("Jihadists attacked a checkpoint in Mali's Mopti region.", "Mali's Mopti", "Mopti"),
        ("Shelling struck villages in Syria's Idlib province overnight.", "Syria's Idlib", "Idleb"),
    ],
)
def test_a_unit_written_after_its_country_is_the_unit(geocoder, text, written, admin1):
    place = locate(geocoder, text, [(written, "region")])
    assert place is not None and place.admin1 == admin1 and place.location != written


def test_a_possessive_that_is_no_country_stays_in_the_name(geocoder):
    text = "Clashes broke out in Saint Mary's Island, residents said."
    place = locate(geocoder, text, [("Saint Mary's Island", "in")], country_hint="Gambia")
    assert place is None or "Saint" in (place.location or "") or place.geo_precision == 3


# ------------------------------------------------------------------ an unknown village is not the dateline city


@pytest.mark.parametrize(
    "body, village, dateline, expected_admin1",
    [
        # the village lies in a unit the story names: that unit, never the capital
        ("Gunmen killed 20 people in the village of Kelsango. Kelsango lies in Soum province. Aid workers in "
         "Ouagadougou said help was slow.", "Kelsango", ("Ouagadougou", "Burkina Faso"), "Sahel"),
        ("Militants stormed Talbouli, a town in the Menaka region. Officials in Bamako condemned the raid.",
         "Talbouli", ("Bamako", "Mali"), "Menaka"),
    ],
)
def test_an_unknown_village_takes_the_unit_the_story_names(geocoder, body, village, dateline, expected_admin1):
    place = locate(geocoder, body, [(village, "in")], dateline=dateline)
    assert place is not None and place.admin1 == expected_admin1 and place.location != dateline[0]


@pytest.mark.parametrize(
    "body, village, dateline",
    [
        ("A drone hit a car in the southern village of Kelnabat, killing two. Officials in Beirut condemned it.", "Kelnabat",
         ("Beirut", "Lebanon")),
        ("Drone strikes killed 15 in Kelzaouat, a town near the Algerian border. Bamako did not comment.", "Kelzaouat",
         ("Bamako", "Mali")),
    ],
)
def test_an_unknown_village_with_no_unit_is_coded_to_the_country(geocoder, body, village, dateline):
    place = locate(geocoder, body, [(village, "in")], dateline=dateline)
    assert place is not None and place.geo_precision == 3 and place.location == dateline[1]


def test_a_unit_written_for_another_event_does_not_move_the_village(geocoder):
    body = ("Gunmen killed six people in the village of Kelgada on Sunday. In a separate attack, troops clashed "
            "with militants in Yobe State. Residents of Maiduguri said roads were closed.")
    place = locate(geocoder, body, [("Kelgada", "in")], dateline=("Maiduguri", "Nigeria"))
    assert place is not None and place.location == "Maiduguri" and place.admin1 == "Borno"


def test_a_village_placed_by_the_capital_keeps_the_dateline_city(geocoder):
    body = "Gunmen raided Kelgobi, a village on the outskirts of the capital, killing four."
    place = locate(geocoder, body, [("Kelgobi", "in")], dateline=("Mogadishu", "Somalia"))
    assert place is not None and place.location == "Mogadishu"


def test_a_landmark_the_gazetteer_lacks_still_falls_back_to_the_city(geocoder):
    body = "Attackers stormed the Palmview Hotel on Friday night. Gunfire echoed across the city until dawn."
    place = locate(geocoder, body, [("Palmview Hotel", "in")], dateline=("Mogadishu", "Somalia"))
    assert place is not None and place.location == "Mogadishu"


# ------------------------------------------------------------------------------------------------ properties


_PIECES = st.sampled_from(["Kano", "Gao", "Yemen's", "Mali’s", "Saint Mary's", " to ", " from ", " highway", " road",
                           " evacuated", " travelling", " fled", " in ", " near ", "the ", "town of ", ", ", ". ", "-"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_places_found_in_any_text_keep_a_known_cue_and_a_true_span(text):
    for place in find_places(text, country_by_name=country_by_name):
        assert place.cue in {"in", "near", "region", "border", "destination", "country", "dateline"}
        assert text[place.span.start:place.span.end] == place.span.text
        assert place.name.strip() and not place.name.endswith(("'s", "’s"))


# --------------------------------------------------------------- a namesake abroad when the story's country is firm


def _datelined_without_country(city: str, body: str) -> tuple[str, Dateline]:
    head = f"{city}, Feb 16 –"
    return f"{head} {body}", Dateline(city, None, None, Span(0, len(head), head))


@pytest.mark.parametrize(
    "city, body, village, country",
    [
        # "Ndu" is also an alternate name of Rundu (Namibia); the stories never name Namibia
        ("Bamenda", "Soldiers and separatist fighters clashed in Ndu on Friday, residents said.", "Ndu", "Cameroon"),
        ("Maiduguri", "Insurgents burned houses in Kelmari, residents said.", "Kelmari", "Nigeria"),
    ],
)
def test_a_dateline_city_without_its_country_still_names_the_country(geocoder, city, body, village, country):
    text, line = _datelined_without_country(city, body)
    start = text.index(village)
    draft = EventDraft(article_id="a1", event_date=date(2020, 2, 14), time_precision=1, event_type="Battles",
                       sub_event_type="Armed clash",
                       place_mentions=(PlaceMention(village, Span(start, start + len(village), village), "in"),))
    place = geocode_draft(draft, Article(id="a1", title="", text=text, published_at=None, dateline=line), geocoder).place
    assert place is not None and place.country == country


def test_an_ambiguous_dateline_city_names_no_country(geocoder):
    from eventwire.geo.resolve import GeoContext, with_dateline_city_country

    text, line = _datelined_without_country("Tripoli", "Clashes broke out overnight.")
    article = Article(id="a1", title="", text=text, published_at=None, dateline=line)
    assert with_dateline_city_country(GeoContext(), article, geocoder).country_hints == ()


@pytest.mark.parametrize(
    "text, country",
    [
        # "Donga" is a Beninese department and "Ndu" an alternate name of Rundu (Namibia); neither country is named
        ("Troops raided Kelbaw, a hamlet of Mbiame in Ndu subdivision, Donga-Mantung division, on Friday.", "Cameroon"),
        ("Gunmen attacked a checkpoint in Donga-Mantung division overnight.", "Cameroon"),
    ],
)
def test_a_namesake_in_a_country_the_story_never_names_is_not_chosen(geocoder, text, country):
    names = sorted(cues(text).items(), key=lambda item: text.index(item[0]))
    place = locate(geocoder, text, names, dateline=("Yaounde", country))
    assert place is not None and place.country == country


def test_an_event_abroad_in_a_country_the_story_names_is_kept(geocoder):
    text = "Jihadists attacked an army post in Diffa, across the border in Niger, officials said."
    place = locate(geocoder, text, [("Diffa", "in")], dateline=("Maiduguri", "Nigeria"))
    assert place is not None and place.country == "Niger"
