"""The outlet's country as a weak prior for events whose text names none (geo/event_country.py, source_prior.py)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from eventwire.geo import geocode_draft
from eventwire.geo.context import admin_name_country, text_admin_names
from eventwire.geo.event_country import (
    MIN_BATCH_ARTICLES, WHOLE_BATCH, batch_outlet_countries, needs_prior, outlets_prior, regional_countries,
    named_countries, settle_country, settle_dateline, text_countries,
)
from eventwire.geo.source_prior import SourceCountries, article_outlets, named_outlet_country, split_outlets
from eventwire.records import Article, Dateline, EventDraft, Place, PlaceMention, Span


def article(text: str, author: str | None = None) -> Article:
    return Article(id="a1", title="", text=text, published_at=None, author=author)


def draft(text: str, names: list[str], actor1: str | None = None) -> EventDraft:
    mentions = tuple(PlaceMention(n, Span(text.index(n), text.index(n) + len(n), n), "in") for n in names)
    return EventDraft(article_id="a1", event_date=date(2020, 2, 3), time_precision=1, event_type="Violence against civilians",
                      sub_event_type="Attack", actor1=actor1, place_mentions=mentions)


def settled(geocoder, text: str, names: list[str], prior: str | None, actor1: str | None = None) -> Place | None:
    raw = draft(text, names, actor1)
    story = article(text)
    return settle_country(geocode_draft(raw, story, geocoder), raw, story, prior, geocoder).place


@pytest.mark.parametrize(
    "source, outlets",
    [
        ("Infowakat", ["Infowakat"]),
        ("AIB (Burkina Faso); Le Faso", ["AIB (Burkina Faso)", "Le Faso"]),
        ("  Radio Okapi ;; Twitter ", ["Radio Okapi", "Twitter"]),
        ("", []),
        (None, []),
    ],
)
def test_acled_source_lists_split_into_outlets(source, outlets):
    assert split_outlets(source) == outlets


@pytest.mark.parametrize(
    "outlet, iso3",
    [
        ("aib (burkina faso)", "BFA"),
        ("News International (Pakistan)", "PAK"),
        ("Daily Trust (Nigeria)", "NGA"),
        ("Radio France Internationale", None),
        ("RFI (Afrique)", None),
    ],
)
def test_a_country_in_parentheses_names_the_outlet_country(outlet, iso3):
    assert named_outlet_country(outlet) == iso3


def test_the_shipped_outlet_table_knows_national_outlets_but_no_platform():
    table = SourceCountries.load()
    assert table.country_of("Radio Okapi") == "COD"
    assert all(table.country_of(p) is None for p in ("Whatsapp", "Twitter", "Facebook", "Telegram"))


@pytest.mark.parametrize(
    "author, prior",
    [
        ("Radio Okapi", "COD"),
        ("Radio Okapi; AIB (Burkina Faso)", None),  # outlets that disagree give no prior
        ("Twitter", None),
        (None, None),
    ],
)
def test_an_article_prior_needs_its_outlets_to_agree(author, prior):
    assert SourceCountries.load().prior(article("Gunmen attacked a market.", author)) == prior


def place(iso3: str | None, feature_code: str = "PPL") -> Place:
    return Place(country=None, iso3=iso3, feature_code=feature_code)


@pytest.mark.parametrize(
    "found, firm, prior, expected",
    [
        (None, frozenset(), "BFA", True),  # nothing found: the outlet's country
        (place("PAN"), frozenset(), "BFA", True),  # a namesake abroad, no country in the text
        (place("PAN"), frozenset({"BFA"}), "BFA", True),  # the text names the prior's country elsewhere
        (place("BFA"), frozenset(), "BFA", False),
        (place("MLI"), frozenset({"MLI"}), "BFA", False),  # the text gives the place's country
        (place("NER"), frozenset({"MLI"}), "BFA", False),  # the text names another country: not ours to say
        (place("TUR", "PPLA"), frozenset(), "IRQ", False),  # a province seat is what the story means
        (None, frozenset({"MLI"}), "BFA", False),  # the text's country is for the geo stage to weigh
        (place("CHN", "PCLI"), frozenset({"CHN", "BFA"}), "BFA", True),  # "a Chinese company" in a Burkinabe story
    ],
)
def test_when_the_outlet_prior_may_replace_the_place(found, firm, prior, expected):
    assert needs_prior(found, firm, prior, named=firm) is expected


@pytest.mark.parametrize(
    "found, firm, named, expected",
    [
        (place("MLI", "PCLI"), frozenset({"MLI"}), frozenset({"MLI"}), False),  # "in Mali": Mali stays
        (place("FRA", "PCLI"), frozenset({"FRA"}), frozenset(), True),  # "French forces flew in": no place
        (place("FRA"), frozenset({"FRA"}), frozenset(), False),  # a French town the text points to stays
    ],
)
def test_a_country_written_only_as_a_demonym_yields_to_the_prior(found, firm, named, expected):
    assert needs_prior(found, firm, "BFA", named=named) is expected


@pytest.mark.parametrize(
    "text, named",
    [
        ("French troops flew in from Gao to secure the area.", set()),
        ("French troops flew in from Mali to secure the area.", {"MLI"}),
        ("Residents of the DRC border town fled.", {"COD"}),
    ],
)
def test_named_countries_leave_out_demonyms(text, named):
    assert named_countries(article(text)) == named


@pytest.mark.parametrize(
    "found, regional, prior, expected",
    [
        (place("NER"), frozenset({"MLI", "BFA", "NER"}), "BFA", True),  # JNIM acts in both: the outlet decides
        (place("NGA"), frozenset({"NGA", "NER", "CMR", "TCD"}), "BFA", False),  # Boko Haram: not Burkina Faso's
    ],
)
def test_regional_groups_let_the_outlet_decide_between_their_countries(found, regional, prior, expected):
    assert needs_prior(found, frozenset(), prior, regional) is expected


@pytest.mark.parametrize(
    "text, actor1, iso3",
    [
        ("Burkinabe soldiers came under fire near a dam.", None, "BFA"),
        ("Gunmen raided a cattle market in the north of Mali.", None, "MLI"),
        ("Militiamen set fire to granaries.", "VDP: Volunteers for the Defense of the Homeland", "BFA"),
        ("On 2 May, Koglweogo members beat a suspected thief.", "Koglweogo Militia", "BFA"),
        ("Soldiers clashed with herders at a well.", "Military Forces of Niger (2011-2021)", "NER"),
    ],
)
def test_text_countries_come_from_names_demonyms_and_actors(text, actor1, iso3):
    assert iso3 in text_countries(draft(text, [], actor1), article(text))


def test_text_countries_are_empty_when_only_a_village_is_named():
    text = "On 3 February, unidentified gunmen killed two herders in Kelbouli."
    assert text_countries(draft(text, ["Kelbouli"]), article(text)) == frozenset()


def test_a_regional_group_gives_no_firm_country_only_its_region():
    text = "Suspected JNIM militants torched a school in Kelbouli."
    raw = draft(text, ["Kelbouli"], "JNIM: Group for Support of Islam and Muslims")
    assert text_countries(raw, article(text)) == frozenset()
    assert regional_countries(raw) == {"MLI", "BFA", "NER"}


def test_an_unknown_village_gets_the_prior_country_at_country_precision(geocoder):
    text = "On 3 February, unidentified gunmen killed two herders in Zqxwobougou."
    found = settled(geocoder, text, ["Zqxwobougou"], "BFA")
    assert (found.country, found.geo_precision) == ("Burkina Faso", 3)


def test_without_a_prior_nothing_changes(geocoder):
    text = "On 3 February, unidentified gunmen killed two herders in Zqxwobougou."
    raw = draft(text, ["Zqxwobougou"])
    located = geocode_draft(raw, article(text), geocoder)
    assert settle_country(located, raw, article(text), None, geocoder) == located


@pytest.mark.parametrize(
    "text, name, prior, iso3",
    [
        ("Police detained dozens of protesters in Diyarbakir on Monday.", "Diyarbakir", "IRQ", "TUR"),
        ("A parcel bomb exploded outside a court in Ufa.", "Ufa", "UKR", "RUS"),
        ("Students marched through Ouagadougou against the new law.", "Ouagadougou", "NER", "BFA"),
    ],
)
def test_a_large_city_keeps_its_country_against_the_outlet_prior(geocoder, text, name, prior, iso3):
    assert settled(geocoder, text, [name], prior).iso3 == iso3


def test_the_text_country_wins_over_the_prior(geocoder):
    text = "Malian soldiers killed three suspected militants in Zqxwobougou."
    found = settled(geocoder, text, ["Zqxwobougou"], "BFA")
    assert found is None or found.iso3 != "BFA"


@pytest.mark.parametrize(
    "articles, expected",
    [
        ([(["infowakat"], frozenset({"BFA"}))] * MIN_BATCH_ARTICLES, {"infowakat": "BFA", WHOLE_BATCH: "BFA"}),
        ([(["infowakat"], frozenset({"BFA"}))], {}),  # one story is no evidence for an outlet
        ([(["a"], frozenset({"BFA"})), (["a"], frozenset({"BFA"})), (["a"], frozenset({"MLI"})),
          (["a"], frozenset({"NER"}))], {}),  # 2 of 4: not the outlet's home
        ([(["a"], frozenset({"BFA"}))] * 3 + [(["a"], frozenset())] * 5, {"a": "BFA", WHOLE_BATCH: "BFA"}),  # silent stories do not vote
        ([(["a", "b"], frozenset({"NGA"}))] * 2, {"a": "NGA", "b": "NGA", WHOLE_BATCH: "NGA"}),
        ([(["a"], frozenset({"NGA"})), (["b"], frozenset({"NGA"})), (["c"], frozenset({"IRQ"}))], {}),  # 2 of 3: no batch country
        ([([], frozenset({"KEN"}))] * 3 + [(["c"], frozenset({"KEN"}))], {WHOLE_BATCH: "KEN"}),  # one story per outlet
    ],
)
def test_batch_outlet_countries(articles, expected):
    assert batch_outlet_countries(articles) == expected


_ARTICLE = st.tuples(
    st.lists(st.sampled_from(["infowakat", "le faso", "twitter"]), max_size=2),
    st.frozensets(st.sampled_from(["BFA", "MLI", "NER"]), max_size=2),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_ARTICLE, max_size=12), st.randoms())
def test_batch_priors_do_not_depend_on_article_order(articles, rng):
    shuffled = list(articles)
    rng.shuffle(shuffled)
    assert batch_outlet_countries(articles) == batch_outlet_countries(shuffled)


@settings(max_examples=60, deadline=None)
@given(st.lists(_ARTICLE, max_size=12))
def test_a_batch_prior_is_the_majority_of_the_outlet_confident_stories(articles):
    for outlet, iso3 in batch_outlet_countries(articles).items():
        voters = [countries for outlets, countries in articles if (outlet in outlets or outlet == WHOLE_BATCH) and countries]
        assert sum(iso3 in c for c in voters) >= max(MIN_BATCH_ARTICLES, len(voters) / 2)


def test_outlets_prior_needs_one_country():
    assert outlets_prior(["a", "b"], {"a": "BFA"}) == "BFA"
    assert outlets_prior(["a", "b"], {"a": "BFA", "b": "MLI"}) is None
    assert outlets_prior(["c"], {"a": "BFA", WHOLE_BATCH: "BFA"}) is None  # the batch's country is the caller's last resort


def test_article_outlets_folds_author_and_publisher():
    story = Article(id="x", title="", text="", published_at=None, author="Le  Faso; AIB", publisher="le faso")
    assert article_outlets(story) == ["le faso", "aib"]


NAIROBI = Place(country="Kenya", iso3="KEN", location="Nairobi", latitude=-1.28, longitude=36.82, geo_precision=1)


def datelined(text: str, place: str = "Nairobi", country: str = "Kenya") -> Article:
    return Article(id="d1", title="", text=text, published_at=None,
                   dateline=Dateline(place=place, country=country, published=None, span=Span(0, len(place), place)))


@pytest.mark.parametrize(
    "text, names, iso3",
    [
        ("Nairobi - Al Shabaab fighters overran an army base in Qwzxley in the Lower Shabelle region of "
         "Somalia on Monday, residents told reporters in the city.", ["Qwzxley"], "SOM"),
        ("Nairobi - Gunmen killed two traders in Qwzxley, Kiambu county, police in the city said.", ["Qwzxley"], "KEN"),
        ("Nairobi - Officials in the city said talks with Somalia would resume in the Lower Shabelle region.", [], "KEN"),
    ],
)
def test_a_dateline_city_standing_in_yields_to_the_units_the_body_writes(geocoder, text, names, iso3):
    story = datelined(text)
    raw = draft(text, names, "Al Shabaab")
    located = dataclasses.replace(raw, place=NAIROBI)
    assert settle_dateline(located, raw, story, geocoder).place.iso3 == iso3


@pytest.mark.parametrize(
    "text, iso3",
    [
        ("Herders lost forty head of cattle at Tiboulga (Pobe-Mengao, Soum) on Sunday.", "BFA"),  # "Pobe" is Beninese
        ("A school was torched near Kelbo (Arbinda, Soum).", "BFA"),
    ],
)
def test_a_part_of_a_hyphenated_unit_weighs_less_than_a_written_unit(geocoder, text, iso3):
    assert admin_name_country(text_admin_names(text), geocoder) == iso3
