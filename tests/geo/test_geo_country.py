"""The event's country when the text does not name it, admin names around places, dateline and border cues."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from eventwire.geo import geocode_draft
from eventwire.geo.context import group_countries, text_admin_names
from eventwire.records import Article, Dateline, EventDraft, PlaceMention, Span


def article(text: str, dateline: Dateline | None = None) -> Article:
    return Article(id="a1", title="", text=text, published_at=None, dateline=dateline)


def mention_in(text: str, name: str, cue: str = "in", country: str | None = None) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(name, Span(start, start + len(name), name), cue, country)


def draft(mentions=(), country_hint=None, actor1=None, actor2=None) -> EventDraft:
    return EventDraft(article_id="a1", event_date=date(2020, 5, 1), time_precision=1, event_type="Battles",
                      sub_event_type="Armed clash", actor1=actor1, actor2=actor2, place_mentions=tuple(mentions),
                      country_hint=country_hint)


def locate(geocoder, text, names, country_hint=None, actors=(None, None), dateline=None):
    mentions = [mention_in(text, name, cue) for name, cue in names]
    result = geocode_draft(draft(mentions, country_hint, *actors), article(text, dateline), geocoder)
    return result.place


@pytest.mark.parametrize(
    "text, names, iso3",
    [
        ("Relatives of stranded workers staged a sit-in in Nouakchott on Thursday.", [("Nouakchott", "in")], "MRT"),
        ("Shops closed in Kasserine after a night of clashes with the police.", [("Kasserine", "in")], "TUN"),
        ("Gunmen attacked a checkpoint near Maiduguri and fled towards the bush.", [("Maiduguri", "near")], "NGA"),
    ],
)
def test_country_comes_from_the_place_when_the_text_names_none(geocoder, text, names, iso3):
    place = locate(geocoder, text, names)
    assert place is not None and place.iso3 == iso3 and place.geo_precision <= 2


def test_a_passing_country_yields_to_an_unambiguous_place(geocoder):
    text = "Families protested in Nouakchott for relatives stranded in Morocco since March."
    place = locate(geocoder, text, [("Nouakchott", "in"), ("Morocco", "country")], country_hint="Morocco")
    assert place.iso3 == "MRT" and place.location == "Nouakchott"


def test_a_firm_hint_is_kept_even_when_the_place_is_unknown_there(geocoder):
    text = "Militants raided Zzyqoro, Mali, at dawn."
    mentions = [mention_in(text, "Zzyqoro", "in", "Mali")]
    place = geocode_draft(draft(mentions, "Mali"), article(text), geocoder).place
    assert place.iso3 == "MLI" and place.geo_precision == 3


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Five bodies were found near Tanwalbougou (Fada Ngourma, Gourma) on Saturday.", {"Fada Ngourma", "Gourma"}),
        ("A farmer was shot near the village of Bani (Pobe-Mengao-Soum).", {"Pobe-Mengao-Soum", "Soum"}),
        ("Fighting spread across the Sahel region and into Soum province.", {"Sahel", "Soum"}),
        ("Troops were deployed to the province of Oudalan (AFP).", {"Oudalan"}),
    ],
)
def test_admin_names_written_around_places_are_found(text, expected):
    assert expected <= set(text_admin_names(text))
    assert "AFP" not in text_admin_names(text)


def test_admin_names_in_parentheses_give_country_and_admin_unit(geocoder):
    text = "Unidentified gunmen killed two herders near Zzyqoro (Fada Ngourma, Gourma) on Sunday."
    place = locate(geocoder, text, [("Zzyqoro", "near")])
    assert place.iso3 == "BFA" and place.admin1 == "Est"
    assert place.geo_precision in (2, 3) and place.location != "Zzyqoro"


def test_a_country_named_place_with_admin_names_is_the_village(geocoder):
    # a village sharing its name with a country: the admin names in brackets say which one is meant
    text = "Militants stopped a bus near Tonga (Gorgadji, Seno) and killed seven traders."
    place = locate(geocoder, text, [("Tonga", "country")], country_hint="Tonga")
    assert place.iso3 == "BFA" and place.admin1 == "Sahel"


def test_the_admin_names_disambiguate_a_common_village_name(geocoder):
    text = "Suspected militants shot a farmer near the village of Sona (Gorom-Gorom, Oudalan)."
    place = locate(geocoder, text, [("Sona", "near")])
    assert place.iso3 == "BFA"


@pytest.mark.parametrize(
    "actor, iso3",
    [("VDP: Volunteers for the Defense of the Homeland", "BFA"), ("Dan Na Ambassagou", "MLI"),
     ("Al Shabaab", "SOM"), ("Civilians (Burkina Faso)", "BFA")],
)
def test_actor_country_is_the_last_resort(geocoder, actor, iso3):
    text = "The group ambushed a patrol outside Zzyqoro late on Friday."
    place = locate(geocoder, text, [("Zzyqoro", "near")], actors=(actor, None))
    assert place is not None and place.iso3 == iso3 and place.geo_precision == 3


def test_regional_groups_do_not_decide_a_country_alone():
    assert group_countries(["JNIM: Group for Support of Islam and Muslims"]) == ()
    assert "Burkina Faso" in group_countries(["JNIM: Group for Support of Islam and Muslims"], regional=True)


def test_dateline_city_gives_only_its_country(geocoder):
    text = "BAMAKO, Mali - Gunmen killed four soldiers on Tuesday, the army said."
    line = Dateline("Bamako", "Mali", None, Span(0, 13, text[:13]))
    place = locate(geocoder, text, [("BAMAKO", "dateline")], dateline=line)
    assert place.iso3 == "MLI" and place.geo_precision == 3 and place.location != "Bamako"


def test_border_country_is_the_neighbour(geocoder):
    text = "Insurgents overran a base in Damasak near the border with Niger, residents said."
    place = locate(geocoder, text, [("Damasak", "in"), ("Niger", "border")])
    assert place.iso3 == "NGA" and place.admin1 == "Borno"


def test_border_only_story_never_lands_in_the_neighbour(geocoder):
    text = "Soldiers clashed with smugglers in Zzyqoro near the border with Niger."
    mentions = [mention_in(text, "Zzyqoro"), mention_in(text, "Niger", "border", "Niger")]
    place = geocode_draft(draft(mentions, "Nigeria"), article(text), geocoder).place
    assert place.iso3 == "NGA"


@pytest.mark.parametrize("written, location", [("Tombouctou", "Tombouctou"), ("Ménaka", "Menaka"), ("Timbuktu", "Timbuktu")])
def test_location_keeps_the_story_spelling_when_it_is_a_recorded_name(geocoder, written, location):
    text = f"A convoy hit a mine in {written} on Monday."
    place = locate(geocoder, text, [(written, "in")], country_hint="Mali")
    assert place.iso3 == "MLI" and place.location == location


def test_a_regional_group_lets_a_misspelt_village_find_its_country(geocoder):
    # "Ouagadougo" is written nowhere as such; JNIM acts in Mali, Burkina Faso and Niger, and only
    # Burkina Faso has a close spelling
    text = "Suspected JNIM militants torched a clinic in Ouagadougo overnight."
    place = locate(geocoder, text, [("Ouagadougo", "in")], actors=("JNIM: Group for Support of Islam and Muslims", "Civilians"))
    assert place is not None and place.iso3 == "BFA" and place.location == "Ouagadougou"


def test_without_any_actor_region_a_misspelt_village_stays_unplaced(geocoder):
    text = "Unknown gunmen torched a clinic in Ouagadougo overnight."
    assert locate(geocoder, text, [("Ouagadougo", "in")], actors=("Unidentified Armed Group", "Civilians")) is None


def test_an_unknown_village_falls_back_to_the_town_named_with_its_province(geocoder):
    text = "Militants seized four carts from women in Zzyqoro (Arbinda, Soum) on Monday."
    place = locate(geocoder, text, [("Zzyqoro", "in")])
    assert place.iso3 == "BFA" and place.location == "Arbinda" and place.geo_precision == 2
    assert place.admin1 == "Sahel"


@pytest.mark.parametrize(
    "body",
    ["Rival brigades fought across the city overnight, residents said.",
     "Calm returned to the Libyan capital after two days of clashes.",
     "Fighting in southern Tripoli killed twelve people."],
)
def test_dateline_city_counts_when_the_body_points_back_to_it(geocoder, body):
    text = "TRIPOLI, Libya - " + body
    line = Dateline("Tripoli", "Libya", None, Span(0, 15, text[:15]))
    place = locate(geocoder, text, [("TRIPOLI", "dateline")], dateline=line)
    assert place.iso3 == "LBY" and place.location == "Tripoli" and place.geonameid is not None


def test_dateline_city_is_not_the_event_when_the_body_speaks_of_another_city(geocoder):
    text = "BAMAKO, Mali - Gunmen attacked the city of Gao's outskirts, the army said."
    line = Dateline("Bamako", "Mali", None, Span(0, 13, text[:13]))
    place = locate(geocoder, text, [("BAMAKO", "dateline")], dateline=line)
    assert place.iso3 == "MLI" and place.location != "Bamako"


@pytest.mark.parametrize("name, town", [("Nairobi's City Hall", "Nairobi"), ("Kabul’s Karte Sakhi", "Kabul")])
def test_possessive_place_names_resolve_to_the_town(geocoder, name, town):
    text = f"Protesters set fire to part of {name} on Tuesday."
    place = locate(geocoder, text, [(name, "in")])
    assert place is not None and place.location == town


@pytest.mark.parametrize(
    "text, town, admin1",
    [("On Monday, in Sinop, Mato Grosso, police seized a truck of cocaine.", "Sinop", "Mato Grosso"),
     ("Last week, in Kumbo, North-West, soldiers burned houses.", "Kumbo", None)],
)
def test_a_draft_without_places_takes_the_town_written_with_its_unit(geocoder, text, town, admin1):
    place = locate(geocoder, text, [])
    assert place is not None and place.location == town and place.geo_precision == 1
    assert admin1 is None or place.admin1 == admin1


def test_a_town_outside_the_unit_written_with_it_is_not_taken(geocoder):
    # Sinop exists in Brazil's Mato Grosso and in Turkey, but neither lies in Bavaria
    text = "On Monday, in Sinop, Bavaria, police seized a truck of cocaine."
    place = locate(geocoder, text, [])
    assert place is None or place.location != "Sinop"


def test_a_country_the_text_names_keeps_a_village_with_a_foreign_namesake(geocoder):
    # Bani is a Dominican city too; when the text names Burkina Faso, a missing Burkinabe village must not
    # move the event to the Caribbean
    text = "Gunmen shot a farmer near Bani in northern Burkina Faso on Sunday."
    place = locate(geocoder, text, [("Bani", "near")], country_hint="Burkina Faso")
    assert place.iso3 == "BFA"


def test_a_demonym_hint_yields_to_a_capital_elsewhere(geocoder):
    text = "Moroccan nationals held a sit-in in Nouakchott on Thursday."
    place = locate(geocoder, text, [("Nouakchott", "in")], country_hint="Morocco")
    assert place.iso3 == "MRT"


@pytest.mark.parametrize(
    "text, name, iso3, admin1",
    [("Soldiers raided a farm in North Sinai on Friday.", "Sinai", "EGY", {"North Sinai"}),
     ("Rebels attacked a camp in South Kivu overnight.", "Kivu", "COD", {"South Kivu", "Sud-Kivu"})],
)
def test_a_direction_word_before_a_region_is_part_of_its_name(geocoder, text, name, iso3, admin1):
    place = locate(geocoder, text, [(name, "in")], country_hint=None)
    assert place is not None and place.iso3 == iso3 and place.admin1 in admin1


@pytest.mark.parametrize(
    "text, expected",
    [("Rebels looted crops in Zzyqoro in rural Ras al Ain on Friday.", "Ras al Ain"),
     ("Shelling hit the southern countryside of Idlib overnight.", "Idlib"),
     ("A drone struck a car in the Daraa countryside.", "Daraa")],
)
def test_rural_areas_are_admin_names(text, expected):
    assert expected in text_admin_names(text)

_PIECES = st.sampled_from(list("abcXYZ ,()-.'é") + ["in ", "rural ", " province", "Soum", ", ", "Fada Ngourma"])
_TEXT = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_admin_names_are_always_spans_of_the_text(text):
    for name in text_admin_names(text):
        assert name and name in text


def test_an_armys_nationality_yields_to_the_place_it_acts_in(geocoder):
    text = "Turkish forces sent dozens of armoured vehicles to their outposts in Idleb on Friday."
    place = locate(geocoder, text, [("Idleb", "in")], country_hint="Turkey", actors=("Military Forces of Turkey", None))
    assert place.iso3 == "SYR"


def test_a_country_where_the_armed_group_acts_is_kept_against_a_foreign_alternate_name(geocoder):
    # "Basse" is also the short name of a Gambian town; the VDP only fight in Burkina Faso
    text = "Militants clashed with volunteer fighters in the village of Basse, wounding one."
    place = locate(geocoder, text, [("Basse", "in")], country_hint="Burkina Faso",
                   actors=("Islamic State (Greater Sahara)", "VDP: Volunteers for the Defense of the Homeland"))
    assert place.iso3 == "BFA"


def test_longer_admin_names_outweigh_short_hyphen_parts(geocoder):
    # "Sava", a part of "Mayo-Sava", is also a region of Madagascar
    text = "Gunmen kidnapped a trader in Zzyqoro town (Mayo-Sava, Extreme-Nord) on Tuesday."
    place = locate(geocoder, text, [("Zzyqoro", "in")])
    assert place.iso3 == "CMR"


@pytest.mark.parametrize(
    "text, bureau, country, names, iso3",
    [
        # a bureau covers its neighbours: a seat of another country the story names is where the event is
        ("Jerusalem, July 4 - Troops raided the camp in Jenin, in the occupied West Bank, on Tuesday.",
         "Jerusalem", "Israel", [("Jenin", "in")], "PSE"),
        ("Nairobi, March 2 - Al Shabaab fighters stormed a hotel in Mogadishu, the Somali capital, overnight.",
         "Nairobi", "Kenya", [("Mogadishu", "in")], "SOM"),
        # a place the dateline's country has stays there
        ("Jerusalem, May 3 - A rocket hit a house in Sderot, near Gaza, on Sunday.",
         "Jerusalem", "Israel", [("Sderot", "in")], "ISR"),
        # a village beside the seat: the seat may be named in passing, so the dateline's country holds
        ("Jerusalem, May 3 - Settlers burned cars in Zzyqoro village before talks in Aqaba, Jordan, on Sunday.",
         "Jerusalem", "Israel", [("Zzyqoro", "in"), ("Aqaba", "in")], "ISR"),
        # a village no gazetteer has, then its region: the region's country (a Bangkok bureau covers Myanmar)
        ("Bangkok, Jan 16 - A Myanmar air strike on the village of Zzyqoro in Sagaing killed 11 people at a school.",
         "Bangkok", "Thailand", [("Zzyqoro", "in"), ("Sagaing", "in")], "MMR"),
        ("Nairobi, March 2 - Gunmen attacked the village of Zzyqoro in Lower Shabelle, Somalia, killing four.",
         "Nairobi", "Kenya", [("Zzyqoro", "in"), ("Lower Shabelle", "in")], "SOM"),
    ],
)
def test_a_bureau_dateline_yields_to_a_seat_of_another_named_country(geocoder, text, bureau, country, names, iso3):
    line = Dateline(bureau, country, None, Span(0, len(bureau), bureau))
    place = locate(geocoder, text, names, dateline=line)
    assert place is not None and place.iso3 == iso3
