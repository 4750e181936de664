from hypothesis import given, strategies as st
import pytest

from eventwire.geo.names import admin_key, ascii_name, name_key, skeleton_key


@pytest.mark.parametrize(
    "one, other",
    [
        ("Ménaka", "Menaka"),
        ("Indelimane", "I-n-Déliman"),
        ("Djibo", "Jibo"),
        ("Boulkessi", "Bulkesi"),
        ("Inatès", "Inates"),
        ("In Tillit", "Intillit"),
        ("Tchad", "Chad"),
        ("Al-Qaim", "El Qaim"),
    ],
)
def test_spelling_variants_share_a_skeleton(one, other):
    assert skeleton_key(one) == skeleton_key(other)


@pytest.mark.parametrize("one, other", [("Mopti", "Gao"), ("Kidal", "Kita"), ("Diallo", "Dialo Bamba")])
def test_different_names_keep_different_skeletons(one, other):
    assert skeleton_key(one) != skeleton_key(other)


@pytest.mark.parametrize(
    "text, key", [("Ségou", "segou"), ("Ra’s al ‘Ayn", "ra s al ayn"), ("  Kaya--Nord ", "kaya nord"), ("Łódź", "lodz")]
)
def test_name_key(text, key):
    assert name_key(text) == key


@pytest.mark.parametrize(
    "text, key", [("Centre-Nord Region", "centre nord"), ("Borno State", "borno"), ("Region du Sahel", "sahel")]
)
def test_admin_key_drops_unit_words(text, key):
    assert admin_key(text) == key


def test_ascii_name_keeps_case():
    assert ascii_name("Ra’s al ‘Ayn") == "Ras al Ayn"


@given(st.text(max_size=40))
def test_name_key_is_idempotent_and_ascii(text):
    key = name_key(text)
    assert name_key(key) == key
    assert key == key.strip() and all(ch.isascii() for ch in key)


@pytest.mark.parametrize(
    "name, shown",
    [("Province du Soum", "Soum"), ("Borno State", "Borno"), ("Ad Dali'", "Ad Dali"), ("'Asir", "Asir"),
     ("Ta'izz", "Ta'izz"), ("Federal Capital Territory", "Federal Capital Territory")],
)
def test_display_admin_name_writes_units_as_acled_does(name, shown):
    from eventwire.geo.names import display_admin_name

    assert display_admin_name(name) == shown


@pytest.mark.parametrize(
    "name, first",
    [("Nairobi's City Hall", "Nairobi"), ("Gao’s main market", "Gao"), ("Beirut-Rmeil", "Beirut"),
     ("Gwoza LGA", "Gwoza"), ("Kajo-Keji County", "Kajo-Keji"), ("Khairpur tehsil", "Khairpur"),
     ("Jalingo Local Government Area", "Jalingo")],
)
def test_name_parts_of_compound_names(name, first):
    from eventwire.geo.names import name_parts

    assert name_parts(name)[0][0] == first


@pytest.mark.parametrize("name", ["\r-\r", " - ", "--", "-\t-", "a - "])
def test_name_parts_of_hyphens_between_blanks_is_empty_not_an_error(name):
    from eventwire.geo.names import name_parts

    assert name_parts(name) == []
