"""Place mentions with their cues; people, organisations, months and demonyms are not places."""

from __future__ import annotations

import pytest

from eventwire.countries import country_by_name
from eventwire.extract.places import find_places, rank_places
from eventwire.records import PlaceMention, Span


def _places(text: str, exclude=()) -> list[tuple[str, str]]:
    return [(p.name, p.cue) for p in find_places(text, 0, len(text), exclude, country_by_name)]


PLACES = [
        ("Gunmen attacked a police post in Seytenga on Sunday.", ("Seytenga", "in")),
        ("The convoy was ambushed near Boni.", ("Boni", "near")),
        ("Fighting was reported outside Goma.", ("Goma", "near")),
        ("Troops clashed with rebels at Kidal airport.", ("Kidal", "in")),
        ("Violence spread across the Mopti region.", ("Mopti", "region")),
        ("Militants attacked two villages in the Tillaberi region.", ("Tillaberi", "region")),
        ("The attack happened near the border with Niger.", ("Niger", "border")),
        ("Six gendarmes died in an ambush close to the Burkina Faso border.", ("Burkina Faso", "border")),
        ("Gunmen killed 12 people 30 km north of Maiduguri.", ("Maiduguri", "near")),
        ("Protesters gathered in the town of Kindia.", ("Kindia", "in")),
        ("Rebels seized the village of Kitshanga.", ("Kitshanga", "in")),
        ("Residents of Ouadi Kheer staged a sit-in.", ("Ouadi Kheer", "in")),
        ("Clashes broke out in Plateau State overnight.", ("Plateau", "region")),
        ("The strike hit a market in Mekele, Ethiopia.", ("Mekele", "in")),
        ("Shelling was reported in Idlib province.", ("Idlib", "region")),
        ("Unrest spread in Kenya after the vote.", ("Kenya", "country")),
        ("The Indelimane attack killed 49 soldiers.", ("Indelimane", "in")),
        ("Police dispersed protesters in Port-au-Prince.", ("Port-au-Prince", "in")),
        ("Militants stormed a church in Saint-Louis du Nord.", ("Saint-Louis du Nord", "in")),
        ("Troops were deployed in northern Mozambique.", ("Mozambique", "country")),
        ("A blast hit a mosque in Al Hudaydah.", ("Al Hudaydah", "in")),
        ("Two men were killed between Tafogo and Bouroum.", ("Tafogo", "near")),
        ("Rebels stormed Bunagana at dawn.", ("Bunagana", "in")),
        ("Gunmen returned to attack Kalsaka on Friday night.", ("Kalsaka", "in")),
        ("Militants keep attacking Djibo from the surrounding hills.", ("Djibo", "in")),
        ("Fighting was reported in the 'Gao Region', coded as Ansongo (Ansongo, Gao).", ("Ansongo", "in")),
        ("A blast was heard in the bush (coded as Kaya at geoprecision 2).", ("Kaya", "in")),
        ("Militants set up checkpoints on the axis Kantchari-Diapaga.", ("Kantchari-Diapaga", "near")),
        ("Bandits robbed travellers on the road between Gusau and Tsafe.", ("Gusau", "near")),
        ("Protesters marched in Lagos, Abuja and Kano.", ("Kano", "in")),
]


@pytest.mark.parametrize("text, expected", PLACES)
def test_place_and_cue(text: str, expected: tuple[str, str]) -> None:
    assert expected in _places(text)


NOT_PLACES = [
        ("President Ibrahim Keita spoke in Bamako on Monday.", "Monday"),
        ("The attack took place in November.", "November"),
        ("Troops of the Malian Army arrived in Gao.", "Malian"),
        ("The statement was issued by the Ministry of Defence in Kabul.", "Ministry of Defence"),
        ("A spokesman for the United Nations in Juba said so.", "United Nations"),
        ("He met Minister Florence Parly at the base.", "Florence Parly"),
        ("Police in Lagos arrested 12 people on Friday.", "Friday"),
        ("According to Malian army sources, 20 died.", "Malian"),
        ("French troops were deployed in Gao.", "French"),
        # organisations named by their work ("Development", "Programme", "Observatory")
        ("Troops of the Southern African Development Community arrived in Pemba.", "African Development Community"),
        ("Food from the World Food Programme was looted in Goma.", "World Food Programme"),
        ("The toll was given by the Syrian Observatory for Human Rights in Idlib.", "Syrian Observatory"),
        ("Staff of the Palestinian Monetary Authority in Ramallah were detained.", "Palestinian Monetary Authority"),
        ("A deputy of the National Assembly of Burkina Faso was kidnapped.", "National Assembly"),
]


@pytest.mark.parametrize("text, not_a_place", NOT_PLACES)
def test_not_places(text: str, not_a_place: str) -> None:
    assert not_a_place not in [name for name, _ in _places(text)]


def test_tables_are_large_enough() -> None:
    assert len(PLACES) + len(NOT_PLACES) >= 30


def test_actor_spans_are_excluded() -> None:
    text = "Fighters of Ansar Dine attacked Aguelhok."
    start = text.index("Ansar Dine")
    actor = Span(start, start + len("Ansar Dine"), "Ansar Dine")
    assert "Ansar Dine" not in [name for name, _ in _places(text, exclude=[actor])]


def test_trailing_country_becomes_the_hint() -> None:
    text = "A bomb went off in Maiduguri, Nigeria, on Sunday."
    hints = {p.name: p.country_hint for p in find_places(text, 0, len(text), (), country_by_name)}
    assert hints["Maiduguri"] == "Nigeria"


def test_spans_index_the_text() -> None:
    text = "Gunmen attacked Djibo and then fled near the border with Mali."
    for place in find_places(text, 0, len(text), (), country_by_name):
        assert text[place.span.start:place.span.end] == place.span.text == place.name


def test_rank_places_prefers_town_cues_and_drops_repeats() -> None:
    mentions = [
        PlaceMention("Niger", Span(50, 55, "Niger"), "border"),
        PlaceMention("Indelimane", Span(10, 20, "Indelimane"), "in"),
        PlaceMention("Indelimane", Span(80, 90, "Indelimane"), "in"),
        PlaceMention("Bamako", Span(0, 6, "Bamako"), "dateline"),
    ]
    assert [m.name for m in rank_places(mentions)] == ["Indelimane", "Niger", "Bamako"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Gunmen attacked Yelewata in Guma LGA on Friday night.", "Guma LGA"),
        ("Bandits raided a village in Guma local government area.", "Guma"),
        ("Herders attacked farmers in Bokkos LGA of Plateau.", "Bokkos LGA"),
        ("Fighting spread across the Gwoza local government area.", "Gwoza"),
    ],
)
def test_a_unit_word_only_nigeria_uses_names_the_country(text: str, name: str) -> None:
    hints = {p.name: p.country_hint for p in find_places(text, 0, len(text), (), country_by_name)}
    assert hints[name] == "Nigeria"


def test_other_unit_words_name_no_country() -> None:
    text = "Gunmen attacked a village in Guma district on Friday."
    assert {p.name: p.country_hint for p in find_places(text, 0, len(text), (), country_by_name)}["Guma"] is None
