"""Geocoding in stories of several events: a city's current name beats a town it was once the name of, the unit
written nearest an event's place is its unit, "X East" county lies around X, and where attackers came from is not
where they struck.

Every sentence here was written for these tests; villages called "Kel..." and the towns of ``OLD_NAME_ROWS`` are
invented, so no gazetteer knows them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.geo import Gazetteer, Geocoder, geocode_draft
from eventwire.geo.names import display_admin_name, name_parts
from eventwire.geo.resolve.mention_forms import _as_origin
from eventwire.records import Article, EventDraft, PlaceMention, Span
from geonames_dump_rows import gazetteer_with_rows


def locate(geocoder, text: str, names, sub_event_type: str = "Attack", event_type: str = "Violence against civilians"):
    """The place geo gives a draft whose mentions are ``names`` [(name, cue)], each found at its last occurrence
    in ``text`` (the event's own sentence comes after the background)."""
    mentions = tuple(_mention(text, name, cue) for name, cue in names)
    draft = EventDraft(article_id="a1", event_date=date(2023, 3, 2), time_precision=1, event_type=event_type,
                       sub_event_type=sub_event_type, place_mentions=mentions)
    article = Article(id="a1", title="", text=text, published_at=None)
    return geocode_draft(draft, article, geocoder).place


def _mention(text: str, name: str, cue: str) -> PlaceMention:
    start = text.rindex(name)
    return PlaceMention(name, Span(start, start + len(name), name), cue)


# ------------------------------------------------------------------------ a city's name, not a town's old name


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at marchers in Abuja on Monday. In Suleja, in neighbouring Niger State, protesters "
        "blocked the highway.",
        "Gunmen kidnapped traders near Minna, the Niger State capital, last week. On Friday hundreds of students "
        "rallied in Abuja.",
        "Niger State officials said the road was reopened. Separately, a bomb went off at a bus park in Abuja.",
    ],
)
def test_a_capital_beats_the_town_that_once_bore_its_name(geocoder, text):
    # Suleja carried the name Abuja until 1976; a Niger State the story writes for another event does not revive it
    place = locate(geocoder, text, [("Abuja", "in")])
    assert place is not None and place.admin1 == "Federal Capital Territory"


# GeoNames rows: geonameid, name, asciiname, alternates, lat, lon, class, code, country, admin1, admin2, population.
# Admin1 codes: 05 Centre-Nord, 12 Sahel.
OLD_NAME_ROWS = [
    # a regional city, and a market town elsewhere that once bore the city's name
    (99300001, "Kambelou", "Kambelou", "", 14.10, -0.20, "P", "PPLA", "BF", "12", "", 600000),
    (99300002, "Tessoumba", "Tessoumba", "Kambelou", 13.20, -1.10, "P", "PPL", "BF", "05", "", 30000),
    # a hamlet, and a market town whose other name is the hamlet's
    (99300003, "Dassouri", "Dassouri", "", 14.30, -0.60, "P", "PPL", "BF", "12", "", 0),
    (99300004, "Yelbouga", "Yelbouga", "Dassouri", 13.40, -1.30, "P", "PPL", "BF", "05", "", 20000),
]


@pytest.fixture(scope="module")
def old_names(embedded_path, tmp_path_factory) -> Geocoder:
    return Geocoder(Gazetteer.open(gazetteer_with_rows(embedded_path, tmp_path_factory.mktemp("old"), OLD_NAME_ROWS)))


@pytest.mark.parametrize(
    "text, name, geonameid",
    [
        # the region of the old name's town written for another event: still the city
        ("In the Centre-Nord region, gunmen burned a market on Sunday. Soldiers were deployed in Kambelou, Burkina "
         "Faso, on Monday.", "Kambelou", 99300001),
        # the unit written with the mention itself decides: the town (the location keeps the story's spelling)
        ("Gunmen attacked a convoy in Kambelou, Centre-Nord region, Burkina Faso, on Monday.", "Kambelou", 99300002),
        # a hamlet called so does not take a larger town's other name
        ("Residents of Dassouri, Burkina Faso, said the gunmen left on motorbikes.", "Dassouri", 99300004),
    ],
)
def test_an_alternate_name_loses_only_to_a_place_no_smaller(old_names, text, name, geonameid):
    place = locate(old_names, text, [(name, "in")])
    assert place is not None and place.geonameid == geonameid


# --------------------------------------------------------------------------- the unit nearest the event's place


@pytest.mark.parametrize(
    "text, name, admin1",
    [
        ("Four police officers died when a bomb hit their truck in Mandera County on Sunday.\n"
         "Hours earlier, gunmen raided a village in Lamu County. Troops later chased them into the Kelbouni forest.",
         "Kelbouni", "Lamu"),
        ("Bandits killed five farmers in Zamfara State on Monday.\n"
         "On Tuesday, soldiers fought insurgents in Borno State. The fighting spread to Kelbouwa on Wednesday.",
         "Kelbouwa", "Borno"),
        # a unit a later paragraph writes for another event does not pull the place away
        ("Clan fighters pushed deeper into the Hiraan region on Saturday. On Sunday the militants pulled out of "
         "Kelbourar without a fight.\nSeparately, an air strike hit a camp in the Middle Juba region.",
         "Kelbourar", "Hiraan"),
        # the unit written in the event's own sentence comes first, even after it
        ("Protesters marched in Soum province on Monday.\nGunmen raided Kelbougou, in Seno province, on Tuesday.",
         "Kelbougou", "Sahel"),
    ],
)
def test_an_unknown_place_takes_the_unit_written_nearest_it(geocoder, text, name, admin1):
    place = locate(geocoder, text, [(name, "in")])
    assert place is not None and place.admin1 == admin1


# -------------------------------------------------------------------------------------- "X East" county is near X


@pytest.mark.parametrize(
    "name, town",
    [("Tonj East", "Tonj"), ("Kisumu West", "Kisumu"), ("Tonj South county", "Tonj"), ("Wajir North-East", "Wajir")],
)
def test_a_unit_named_after_its_town_and_a_direction_is_near_the_town(name, town):
    assert (town, "near") in name_parts(name)


@pytest.mark.parametrize("name", ["North West", "Upper East", "South", "Central"])
def test_directions_alone_are_no_town(name):
    assert name_parts(name) == []


@given(st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True), st.sampled_from(["North", "South", "East", "West", "Central"]))
def test_any_town_with_a_direction_after_it_is_near_the_town(town, direction):
    assert (town, "near") in name_parts(f"{town} {direction}")


def test_a_county_the_gazetteer_lacks_is_placed_at_its_town(geocoder):
    text = "Gunmen killed nine herders at a cattle camp in Tonj East county of Warrap State on Sunday."
    place = locate(geocoder, text, [("Tonj East", "in")])
    assert place is not None and place.admin1 == "Warrap" and place.geo_precision == 2


# ---------------------------------------------------------------------------- where the attackers came from


def _origin_cue(text: str, name: str, sub_event_type: str = "Attack") -> str:
    return _as_origin(_mention(text, name, "in"), Article(id="a", title="", text=text, published_at=None),
                      sub_event_type).cue


@pytest.mark.parametrize(
    "text, name",
    [
        ("Armed youths from neighbouring Unity State raided cattle camps overnight.", "Unity"),
        ("Youths from Tonj North pursued the raiders across the river.", "Tonj North"),
        ("Gunmen from Kelbouli stormed the market at dawn.", "Kelbouli"),
        ("Attackers from the Bahgere clan from Wajir South burned eleven houses.", "Wajir South"),
        ("Fighting broke out near Kelbouli between villagers and gunmen coming from Kelbouna.", "Kelbouna"),
    ],
)
def test_where_attackers_came_from_is_the_weakest_cue(text, name):
    assert _origin_cue(text, name) == "destination"


@pytest.mark.parametrize(
    "text, name, sub_event_type",
    [
        ("The militants withdrew from Kelbouli without a fight.", "Kelbouli", "Non-violent transfer of territory"),
        ("Youths from Onne community took to the streets against the plant.", "Onne", "Peaceful protest"),
        ("Gunmen attacked the village of Kelbouli on Sunday.", "Kelbouli", "Attack"),
        ("A youth leader from Kelbouli was kidnapped by unidentified men.", "Kelbouli", "Abduction/forced disappearance"),
    ],
)
def test_other_places_written_with_from_keep_their_cue(text, name, sub_event_type):
    assert _origin_cue(text, name, sub_event_type) == "in"


def test_an_attack_is_placed_where_it_happened_not_where_the_raiders_came_from(geocoder):
    text = "Armed youths from Rumbek raided cattle camps near Tonj on Saturday, killing 14 herders."
    place = locate(geocoder, text, [("Rumbek", "in"), ("Tonj", "near")], sub_event_type="Mob violence",
                   event_type="Riots")
    assert place is not None and place.location == "Tonj"


# ------------------------------------------------------------------------------- GeoNames' ASCII unit names


@pytest.mark.parametrize(
    "name, shown",
    [
        ("Province de lOudalan", "Oudalan"),
        ("Province de l'Oudalan", "Oudalan"),
        ("Province dIoba", "Ioba"),
        ("Province du Loroum", "Loroum"),
        ("Province de Loroum", "Loroum"),
    ],
)
def test_a_french_unit_name_loses_its_article_even_without_the_apostrophe(name, shown):
    assert display_admin_name(name) == shown


# ------------------------------------------------------------------- "the town" the event's sentence points back at


def locate_event(geocoder, text: str, names, trigger: str):
    """As ``locate``, with the event's type read at the last occurrence of ``trigger`` (its sentence)."""
    mentions = tuple(_mention(text, name, "in") for name in names)
    start = text.rindex(trigger)
    draft = EventDraft(article_id="a1", event_date=date(2023, 3, 2), time_precision=1, event_type="Battles",
                       sub_event_type="Armed clash", place_mentions=mentions,
                       evidence={"event_type": (Span(start, start + len(trigger), trigger),)})
    article = Article(id="a1", title="", text=text, published_at=None)
    return geocode_draft(draft, article, geocoder).place


@pytest.mark.parametrize(
    "text, names, trigger, expected",
    [
        # the event names only a hotel the gazetteer cannot know
        ("Insurgents held much of the town of Palma in northern Mozambique on Monday.\nOn Friday a convoy trying to "
         "leave the Amarula hotel was ambushed as it left the town.", ["Amarula"], "ambushed", ("Palma", None)),
        # the town is unknown too: the unit the text writes with it
        ("In the Centre region, police dispersed a march on Friday.\nGunmen killed dozens of people in the town of "
         "Kelbassa, Burkina Faso, on Saturday. Kelbassa lies in the Seno province. Two days earlier gunmen had "
         "attacked the town's gendarmerie post.", [], "attacked",
         (None, "Sahel")),
        # the event's own town resolves: it stays
        ("Insurgents held much of the town of Palma in northern Mozambique on Monday.\nOn Friday they attacked "
         "Mocimboa da Praia, shelling the town's port.", ["Mocimboa da Praia"], "attacked", ("Mocimboa da Praia", None)),
    ],
)
def test_the_town_the_event_sentence_points_back_at(geocoder, text, names, trigger, expected):
    place = locate_event(geocoder, text, names, trigger)
    location, admin1 = expected
    assert place is not None
    assert place.location == location if location else place.admin1 == admin1


def test_no_town_is_borrowed_without_a_back_reference(geocoder):
    text = ("Insurgents held much of the town of Palma in northern Mozambique on Monday.\nOn Friday a convoy leaving "
            "the Amarula hotel was ambushed, Mozambique's army said.")
    place = locate_event(geocoder, text, ["Amarula"], "ambushed")
    assert place is None or place.location != "Palma"


_UNIT_NAMES = st.lists(st.sampled_from(["Lamu", "Mandera", "Borno", "Zamfara", "Seno", "Soum", "Idleb"]), unique=True,
                       min_size=1, max_size=5)


@given(_UNIT_NAMES, st.integers(min_value=0, max_value=4))
def test_nearest_first_reorders_the_units_and_puts_the_event_sentence_first(units, own):
    from eventwire.geo.resolve.article_context import _nearest_first

    own_unit = units[own % len(units)]
    others = [u for u in units if u != own_unit]
    text = "".join(f"Troops were sent to {u} County. " for u in others) + f"Gunmen raided Kelbouni in {own_unit} County."
    start = text.index("Kelbouni")
    draft = EventDraft(article_id="a1", event_date=date(2023, 3, 2), time_precision=1, event_type="Battles",
                       sub_event_type="Armed clash",
                       place_mentions=(PlaceMention("Kelbouni", Span(start, start + 8, "Kelbouni"), "in"),))
    ordered = _nearest_first(tuple(units), draft, Article(id="a1", title="", text=text, published_at=None))
    assert sorted(ordered) == sorted(units) and ordered[0] == own_unit
    assert list(ordered[1:]) == list(reversed(others))  # then the paragraphs before it, nearest first


# ------------------------------------------------------------ a dateline town named like its region; hint order


@pytest.mark.parametrize("city, iso3", [("Tillaberi", "NER"), ("Bamenda", "CMR"), ("Maiduguri", "NGA")])
def test_a_dateline_town_named_like_its_region_names_its_country(geocoder, city, iso3):
    from eventwire.geo.resolve import GeoContext, with_dateline_city_country
    from eventwire.records import Dateline

    head = f"{city}, Dec 11 –"
    article = Article(id="a1", title="", text=f"{head} Soldiers were attacked.", published_at=None,
                      dateline=Dateline(city, None, None, Span(0, len(head), head)))
    assert with_dateline_city_country(GeoContext(), article, geocoder).dateline_country == iso3


def test_a_dateline_city_of_two_countries_names_none(geocoder):
    from eventwire.geo.resolve import GeoContext, with_dateline_city_country
    from eventwire.records import Dateline

    head = "Tripoli, Dec 11 –"
    article = Article(id="a1", title="", text=f"{head} Clashes resumed.", published_at=None,
                      dateline=Dateline("Tripoli", None, None, Span(0, len(head), head)))
    assert with_dateline_city_country(GeoContext(), article, geocoder).dateline_country is None


def test_a_spelling_is_looked_up_in_the_next_hinted_country(geocoder):
    from eventwire.geo.resolve.candidates import _candidates_in_hinted_countries

    # "Inates" is a spelling of Niger's In-Ates; a demonym hinted Mali first ("from the Malian side")
    country, found = _candidates_in_hinted_countries("Inates", ("MLI", "NER"), geocoder)
    assert country == "NER" and any(c.entry.iso3 == "NER" for c in found)
    country, found = _candidates_in_hinted_countries("Kidal", ("MLI", "NER"), geocoder)
    assert country == "MLI" and found[0].entry.iso3 == "MLI"
