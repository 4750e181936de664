"""Round eleven of actor quality: kinds of actor error ranked on a fixed 3,000-note training sample
(benchmarks/actors/train_error_kinds.py --share sample-dev) and our news-actors3 dev part, each with a table of
sentences written for these tests (modelled on real events; no sentence is taken from any data set)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.roles import Roles, assign_roles
from eventwire.extract.roles.communal_clash import community_fighters, community_pair
from eventwire.extract.roles.victims import victim_label
from eventwire.records import Span

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def roles_of(actors: ActorDictionary, text: str, sub_event_type: str, country: str | None) -> Roles:
    mentions = actors.find_actors(text, country=country)
    return assign_roles(text, 0, len(text), mentions, sub_event_type, country, actors)


def assoc_names(value: str | None) -> list[str]:
    return [name.strip() for name in (value or "").split(";") if name.strip()]


# The civilians' trade is actor2's associated actor (train: 73–100 % of notes naming the trade carry it).
# country, sub-event type, sentence, the associate expected
VICTIM_TRADES = [
    ("Nigeria", "Attack", "Gunmen on motorcycles shot dead nine farmers weeding their millet fields near Zurmi.",
     "Farmers (Nigeria)"),
    ("Cameroon", "Attack", "Separatist fighters killed a teacher outside a primary school in Bamenda on Monday.",
     "Teachers (Cameroon)"),
    ("Somalia", "Attack", "Al Shabaab militants shot dead three aid workers at a roadblock near Baidoa.",
     "Aid Workers (Somalia)"),
    ("Afghanistan", "Attack", "Gunmen killed four polio vaccination workers in Jalalabad on Tuesday.",
     "Health Workers (Afghanistan)"),
    ("Iraq", "Attack", "Unknown gunmen shot dead a television reporter in Basra.", "Journalists (Iraq)"),
    ("Democratic Republic of Congo", "Attack", "ADF rebels killed two nurses at a clinic near Oicha.",
     "Health Workers (Democratic Republic of Congo)"),
    ("Nigeria", "Abduction/forced disappearance", "Bandits abducted 30 students from a college dormitory in Kebbi.",
     "Students (Nigeria)"),
    ("Kenya", "Attack", "Militants killed six quarry workers in Mandera before dawn.", "Labour Group (Kenya)"),
    ("Niger", "Attack", "Gunmen killed five fishermen on the river near Ayorou.", "Fishermen (Niger)"),
]


@pytest.mark.parametrize("country, sub_event_type, sentence, expected", VICTIM_TRADES)
def test_victims_trade_is_actor2s_associate(actors, country, sub_event_type, sentence, expected):
    roles = roles_of(actors, sentence, sub_event_type, country)
    assert roles.actor2 == f"Civilians ({country})"
    assert expected in assoc_names(roles.assoc_actor_2)


# The victims' community, when the dictionary knows it as an ethnic militia of the country, is an ethnic group
# associate of the civilians.
VICTIM_COMMUNITIES = [
    ("Sudan", "Fighters shot dozens of Masalit civilians fleeing towards the border.", "Masalit Ethnic Group (Sudan)"),
    ("Democratic Republic of Congo", "Militiamen killed eleven Hema villagers in Djugu territory overnight.",
     "Hema Ethnic Group (Democratic Republic of Congo)"),
    ("Nigeria", "Gunmen killed seven Berom residents of a village near Riyom.", "Berom Ethnic Group (Nigeria)"),
]


@pytest.mark.parametrize("country, sentence, expected", VICTIM_COMMUNITIES)
def test_victims_community_is_an_ethnic_group_associate(actors, country, sentence, expected):
    roles = roles_of(actors, sentence, "Attack", country)
    assert roles.actor2 == f"Civilians ({country})"
    assert expected in assoc_names(roles.assoc_actor_2)


# Not a trade: armed victims keep their own side, and civilians named by no trade get no associate.
NO_TRADE = [
    ("Nigeria", "Gunmen killed twelve villagers in Bakura overnight."),
    ("Somalia", "Al Shabaab fighters killed two people at a checkpoint near Afgoye."),
]


@pytest.mark.parametrize("country, sentence", NO_TRADE)
def test_civilians_without_trade_have_no_associate(actors, country, sentence):
    assert roles_of(actors, sentence, "Attack", country).assoc_actor_2 is None


# Clashes between communities the dictionary does not name: each side is its community's militia.
COMMUNITY_PAIRS = [
    ("Nigeria", "Militias from Aguleri and Umuleri clashed over farmland near the Anambra river, killing four.",
     {"Aguleri Communal Militia (Nigeria)", "Umuleri Communal Militia (Nigeria)"}),
    ("Nigeria", "Ezza and Ezillo communities clashed again over a boundary, leaving three dead.",
     {"Ezza Communal Militia (Nigeria)", "Ezillo Communal Militia (Nigeria)"}),
    ("Somalia", "Fighting between the Habar Gidir and Dir clans killed six people near Galkayo.",
     {"Habar Gidir Clan Militia (Somalia)", "Dir Clan Militia (Somalia)"}),
    ("Nigeria", "Youths of the Tiv and Jukun communities clashed near Wukari, leaving five dead.",
     {"Tiv Ethnic Militia (Nigeria)", "Jukun Ethnic Militia (Nigeria)"}),
]


@pytest.mark.parametrize("country, sentence, expected", COMMUNITY_PAIRS)
def test_community_clash_sides(actors, country, sentence, expected):
    roles = roles_of(actors, sentence, "Armed clash", country)
    assert {roles.actor1, roles.actor2} == expected
    assert (roles.inter1, roles.inter2) == (4, 4)


# Named forces and month names are no communities.
NOT_COMMUNITY_PAIRS = [
    ("Nigeria", "Clashes between the Army and Police in Lagos left two officers wounded."),
    ("Somalia", "Fighting between Al Shabaab and the army resumed near Jilib."),
    ("Nigeria", "Residents of Jan and Feb settlements fled."),
]


@pytest.mark.parametrize("country, sentence", NOT_COMMUNITY_PAIRS)
def test_named_forces_are_no_community_pair(actors, country, sentence):
    assert community_pair(sentence, 0, len(sentence), country, actors) is None


# One community's fighters stand for its militia when the attackers are otherwise unnamed.
COMMUNITY_FIGHTERS = [
    ("Ethiopia", "Attack", "Armed men from the Gumuz community attacked a village in Metekel, killing 40 residents.",
     "Gumuz Ethnic Militia (Ethiopia)"),
    ("Nigeria", "Attack", "Militias from Kwall attacked a Fulani settlement nearby, burning huts.",
     "Kwall Communal Militia (Nigeria)"),
    ("Kenya", "Armed clash", "Gunmen from the Turkana community fought police reservists near Kapedo.",
     "Turkana Ethnic Militia (Kenya)"),
]


@pytest.mark.parametrize("country, sub_event_type, sentence, expected", COMMUNITY_FIGHTERS)
def test_community_fighters_lead_side_one(actors, country, sub_event_type, sentence, expected):
    assert roles_of(actors, sentence, sub_event_type, country).actor1 == expected


def test_gunmen_from_a_state_are_no_community(actors):
    sentence = "Gunmen from Zamfara state crossed the border and killed five traders."
    assert community_fighters(sentence, 0, len(sentence), "Nigeria", actors) is None


# Unnamed attackers identified by name in a later sentence lead side 1.
IDENTIFIED_ATTACKERS = [
    ("Democratic Republic of Congo", "Attack",
     "Attackers killed 30 displaced people at a camp near Bunia. An army spokesman said the killers were fighters of "
     "the CODECO militia.", "CODECO: Cooperative for Development of Congo"),
    ("Democratic Republic of Congo", "Attack",
     "Gunmen killed six villagers in Rutshuru. Local officials identified the attackers as FDLR fighters.",
     "FDLR: Democratic Forces for the Liberation of Rwanda"),
]


@pytest.mark.parametrize("country, sub_event_type, sentence, expected", IDENTIFIED_ATTACKERS)
def test_identified_attackers_lead(actors, country, sub_event_type, sentence, expected):
    assert roles_of(actors, sentence, sub_event_type, country).actor1 == expected


@given(st.text(max_size=80))
def test_victim_label_is_a_known_label_or_none(text):
    span = Span(0, len(text), text)
    assert victim_label(text, span) in {None, "Aid Workers", "Health Workers", "Journalists", "Teachers", "Students",
                                        "Farmers", "Fishermen", "Lawyers", "Labour Group", "Women"}


@given(st.lists(st.sampled_from(["Militias", "from", "Ugbo", "and", "the", "Army", "clashed", "communities", "Jan",
                                 "between", "Oku", "fighting", "clans", ",", "."]), max_size=12))
def test_community_pair_names_two_distinct_militias(words):
    actors = ActorDictionary.load()
    text = " ".join(words)
    pair = community_pair(text, 0, len(text), "Nigeria", actors)
    if pair is not None:
        assert pair[0].name != pair[1].name
        assert all(m.name.endswith("Militia (Nigeria)") and m.inter == 4 for m in pair)


def _load_benchmark(name: str):
    path = REPO / "benchmarks" / "actors" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the module is being run
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_news_actors_parts_split_every_third_passage():
    scorer = _load_benchmark("score_news_actors")
    passages = scorer.load_passages(REPO / "benchmarks" / "actors" / "news-actors3.jsonl")
    dev, held = scorer.select_part(passages, "dev"), scorer.select_part(passages, "held")
    assert len(dev) + len(held) == len(passages) and len(held) == len(passages) // 3
    assert {p.id for p in held} == {p.id for i, p in enumerate(passages, 1) if i % 3 == 0}
    assert not {p.id for p in dev} & {p.id for p in held}
