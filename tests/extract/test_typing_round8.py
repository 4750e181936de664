"""Typing round eight: state forces killing or "neutralising" counted militants (a battle, also when weapons were
recovered afterwards), force used on a crowd that was itself violent (the riot, as ACLED codes it), thrown fire and
stones, and curfews or lockdowns (Change to group/activity, as the training notes code them). Each table mixes
wordings (active, passive, nouns, attribution first, translated-press style) with near twins that must keep their
reading. Every sentence is written for these tests (modelled on common communique, police, wire and local-press
phrasings); none is taken or paraphrased from the news-types sets or the evaluation articles."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import extract_events
from eventwire.extract.typing_rules import TypeDecision, type_from_tactics
from eventwire.records import EVENT_TYPE_OF, Article, TypePrediction

CLASH = "Armed clash"
ATTACK = "Violence against civilians"
RIOT = "Violent demonstration"
FORCE = "Excessive force against protesters"
CHANGE = "Change to group/activity"
OTHER = "Other"
DISRUPTED = "Disrupted weapons use"


def _reads(sub_event_type: str, probability: float = 0.99) -> TypePrediction:
    return TypePrediction(EVENT_TYPE_OF[sub_event_type], sub_event_type, probability, {sub_event_type: probability})


def _decide(tactics, text, prediction=None, deaths=0, victims=None) -> TypeDecision:
    return type_from_tactics(tactics, text, victims, deaths, prediction)


# --------------------------------------------------------------------------- state forces killing militants

@pytest.mark.parametrize("text", [
    "The FAMa have killed nine terrorists during a sweep in the zone of Niono, said a communique of the army.",
    "Fourteen jihadists were killed by the soldiers of Operation Dougou near Hombori, the General Staff said.",
    "According to the ministry, the armed forces neutralised about twenty terrorists near Markoye on Sunday.",
    "Police said officers killed six bandits who had blocked the highway near Funtua on Friday.",
    "Some thirty insurgents have been eliminated by the troops in the forest of Sambisa, indicated the army.",
    "Government forces killed at least eight rebels in the hills above Bunagana, a military spokesman said.",
])
def test_state_forces_killing_counted_militants_is_a_battle(text) -> None:
    # the roles reader may take the dead for civilians (victims inter 7) and the classifier may read Attack
    decision = _decide(["killing"], text, _reads("Attack"), deaths=9, victims=7)
    assert (decision.sub_event_type, decision.firm) == (CLASH, True)


@pytest.mark.parametrize("text, tactics", [
    ("Soldiers killed nine villagers they accused of sheltering terrorists near Niono, residents said.", ["killing"]),
    ("Terrorists killed nine herders near Hombori on Tuesday, the army said.", ["killing"]),
    ("The air force killed twenty terrorists in air strikes near Markoye, the army said.", ["killing"]),
    ("Troops killed five militants and took over the village of Tiltiga, the army said.", ["killing"]),
    ("Gunmen killed nine passengers on the highway near Funtua on Friday, police said.", ["killing"]),
])
def test_near_twins_of_militants_killed_keep_their_reading(text, tactics) -> None:
    decision = _decide(tactics, text, _reads("Attack"), deaths=9, victims=7)
    assert not (decision.sub_event_type == CLASH and decision.firm)


@pytest.mark.parametrize("text, expected", [
    ("Soldiers neutralised eleven terrorists near Dori and recovered weapons and motorbikes, the army said.", CLASH),
    ("The army killed seven bandits in Katsina on Monday and seized their rifles and ammunition.", CLASH),
    # near twins: a cache seized or devices neutralised, with nobody killed
    ("Troops recovered a cache of rifles and ammunition in a forest near Gwoza on Tuesday.", DISRUPTED),
    ("Soldiers neutralised 3 IEDs planted on the road to Boni, the army said.", DISRUPTED),
])
def test_weapons_recovered_after_a_fight_are_its_spoils(text, expected) -> None:
    assert _decide(["disrupted"], text, _reads(DISRUPTED, 0.6)).sub_event_type == expected


# --------------------------------------------------------------------------- force used on a violent crowd

@pytest.mark.parametrize("text", [
    "Police shot dead two protesters who were hurling petrol bombs at a police post in Kitui on Tuesday.",
    "Security forces opened fire on stone-throwing demonstrators in Baramulla, killing a teenager.",
    "Three rioters were killed when troops fired into a crowd that had set fire to the district office.",
    "Protesters torched a bank in Conakry on Monday; gendarmes shot at the crowd, killing one protester.",
    "Demonstrators threw Molotov cocktails at officers, who fired live rounds at the protesters, killing two.",
    "The crowd ransacked the governor's office before soldiers opened fire on the protesters, killing four.",
    # fire the crowd itself set, told actively with the crowd named first
    "Demonstrators set part of the assembly building on fire; police shot at the protesters, killing five.",
])
def test_force_used_on_a_violent_crowd_stays_the_riot(text) -> None:
    decision = _decide(["protest", "killing"], text, _reads(FORCE), deaths=2)
    assert (decision.sub_event_type, decision.firm) == (RIOT, True)


@pytest.mark.parametrize("text", [
    "Police opened fire on peaceful protesters in Kisii on Tuesday, killing two of them.",
    "Soldiers shot dead three people taking part in a peaceful sit-in outside the governor's office.",
    "Security forces fired live rounds at students marching against fee rises, killing one.",
    # who put up the barricades or set the tents alight does not make the crowd violent
    "Paramilitaries fired on protesters at the sit-in, killing 30; tents were set on fire and the square cleared.",
    "Troops opened fire on demonstrators who had put up barricades across the avenue, killing two of them.",
    "Police shot at the crowd of marchers, killing one, and the stalls along the route were set ablaze.",
])
def test_force_used_on_a_peaceful_crowd_is_excessive_force(text) -> None:
    assert _decide(["protest", "killing"], text, _reads(FORCE), deaths=2).sub_event_type == FORCE


def test_a_violent_crowd_with_no_force_told_is_not_made_firm() -> None:
    # nothing for the classifier to be overruled on: a crowd burning tyres, nobody shot
    decision = _decide(["protest"], "Protesters burned tyres and blocked the main road in Kisumu on Monday.")
    assert decision.sub_event_type == RIOT and not decision.firm


# --------------------------------------------------------------------------- curfews and lockdowns

@pytest.mark.parametrize("text, tactics, reading", [
    ("Al-Shabaab imposed a curfew on residents of Bulo Burte, banning movement after dusk.", ["other"], OTHER),
    ("The authorities imposed an indefinite curfew in the Imphal valley on Tuesday.", ["other"], OTHER),
    ("A dusk-to-dawn curfew was declared in Jos by the state government after the clashes.", ["other"], CHANGE),
    ("JNIM militants ordered a curfew in the villages around Djibo, forbidding motorbikes after dark.",
     ["classified"], OTHER),
    ("Separatist fighters imposed a ten-day lockdown on the Anglophone regions, ordering shops shut.",
     ["other"], OTHER),
    ("Following the unrest, police declared a curfew from 6 pm to 6 am in the town of Nyeri.", ["classified"], OTHER),
])
def test_a_curfew_or_lockdown_is_a_change_to_group_activity(text, tactics, reading) -> None:
    decision = _decide(tactics, text, _reads(reading, 0.8))
    assert (decision.sub_event_type, decision.firm) == (CHANGE, True)


@pytest.mark.parametrize("text, tactics, deaths", [
    ("Al-Shabaab fighters imposed a blockade on the town of Hudur, stopping food trucks.", ["other"], 0),
    ("The militia laid siege to the town and imposed a curfew on those who stayed.", ["other"], 0),
])
def test_sieges_and_blockades_stay_other(text, tactics, deaths) -> None:
    assert _decide(tactics, text, _reads(OTHER, 0.8), deaths=deaths).sub_event_type == OTHER


def test_a_curfew_told_with_a_killing_is_typed_by_the_killing() -> None:
    text = "Gunmen enforcing a curfew shot dead two traders in Bamenda on Monday, residents said."
    assert _decide(["killing", "other"], text, _reads("Attack"), deaths=2).sub_event_type != CHANGE


# --------------------------------------------------------------------------- the classifier's margin over a rule

def _confident(sub: str, top: float, rules_sub: str, rules_p: float, event_p: float = 0.99) -> TypePrediction:
    return TypePrediction(EVENT_TYPE_OF[sub], sub, event_p, {sub: top, rules_sub: rules_p})


_VILLAGE_ATTACK = "Men armed with sticks attacked two suspected thieves in the market of Kisii on Monday."


def test_a_confident_classifier_outweighs_a_rule_it_gives_no_chance() -> None:
    reading = _confident("Mob violence", 0.97, "Attack", 0.001)
    assert _decide(["attack"], _VILLAGE_ATTACK, reading).sub_event_type == "Mob violence"


@pytest.mark.parametrize("top, rules_p, event_p", [
    (0.80, 0.001, 0.99),  # the classifier is not sure enough of its own reading
    (0.97, 0.050, 0.99),  # it gives the rules' reading a real chance
    (0.97, 0.001, 0.60),  # it doubts there is an event at all
])
def test_the_rule_stands_inside_the_margin(top, rules_p, event_p) -> None:
    reading = _confident("Mob violence", top, "Attack", rules_p, event_p)
    assert _decide(["attack"], _VILLAGE_ATTACK, reading).sub_event_type == "Attack"


def test_named_weapons_and_firm_rules_are_never_arbitrated() -> None:
    grenade = "A man threw a grenade into a bar in Bujumbura on Saturday, wounding four people."
    assert _decide(["grenade"], grenade, _confident("Attack", 0.99, "Grenade", 0.001)).sub_event_type == "Grenade"
    curfew = "The rebels imposed a curfew on the town of Walikale on Monday."
    assert _decide(["other"], curfew, _confident(OTHER, 0.99, CHANGE, 0.001)).sub_event_type == CHANGE


# --------------------------------------------------------------------------- a property: the rules stay total

_WORDS = ["troops", "killed", "neutralised", "terrorists", "curfew", "protesters", "petrol", "bombs", "police",
          "fired", "crowd", "seized", "weapons", "twelve", "9", "the", "village", "and", "were", "by", "lockdown"]


@settings(max_examples=80, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14),
       tactics=st.lists(st.sampled_from(["killing", "attack", "protest", "other", "disrupted", "classified"]),
                        min_size=1, max_size=3),
       deaths=st.integers(min_value=0, max_value=40))
def test_round_eight_rules_always_give_a_coherent_type(words, tactics, deaths) -> None:
    decision = _decide(tactics, " ".join(words) + ".", _reads("Attack", 0.5), deaths=deaths)
    if decision.sub_event_type is not None:
        assert EVENT_TYPE_OF[decision.sub_event_type] == decision.event_type


# --------------------------------------------------------------------------- the whole extractor

@pytest.mark.parametrize("text, expected", [
    ("The FAMa have killed nine terrorists during a sweep in the zone of Niono, said a communique of the army.",
     CLASH),
    ("Security forces opened fire on stone-throwing demonstrators in Baramulla on Friday, killing a teenager.", RIOT),
    ("The rebels imposed a curfew on the town of Walikale on Monday, residents said.", CHANGE),
])
def test_the_extractor_types_round_eight_kinds(kit, text, expected) -> None:
    article = Article(id="r8", title="", text=text, published_at=datetime(2024, 6, 15))
    drafts = extract_events(article, kit)
    assert drafts, text
    assert max(drafts, key=lambda d: d.confidence).sub_event_type == expected


# --------------------------------------------------------------------------- the fresh5 yardstick itself

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH5 = SET_DIR / "fresh5.jsonl"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import (  # noqa: E402
    check_fresh_split, check_sub_types_and_non_events, jsonl_rows, jsonl_shingles, leaked, load_script,
)


def test_fresh5_parts_split_every_third_row_out() -> None:
    check_fresh_split(load_script(SET_DIR / "score_news_types.py", "score_news_types_r8"), "--fresh5", "f5")


def test_fresh5_covers_every_sub_type_and_its_non_events() -> None:
    check_sub_types_and_non_events(jsonl_rows(FRESH5))


def test_fresh5_is_rebuilt_exactly_by_its_script() -> None:
    writer = load_script(SET_DIR / "write_fresh5.py", "write_fresh5_r8")
    assert writer.rows_as_json() == jsonl_rows(FRESH5)


def test_fresh5_shares_no_text_with_training_examples_or_the_other_sets() -> None:
    others = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
    others += [SET_DIR / name for name in ("dev.jsonl", "fresh.jsonl", "fresh2.jsonl", "fresh3.jsonl", "fresh4.jsonl")]
    assert leaked(jsonl_rows(FRESH5), jsonl_shingles(others)) == []
