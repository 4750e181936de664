"""Typing round five: community militias are no mobs, tank fire is shelling, civilians named as the ones shot are
attacked, surrenders are Agreements. Every sentence is written for these tests (modelled on common wire and
local-press phrasings); none is taken or paraphrased from the news-types sets or the evaluation articles."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import extract_events
from eventwire.extract.typing_rules import type_from_tactics
from eventwire.records import EVENT_TYPE_OF, Article, TypePrediction

ATTACK = "Attack"
MOB = "Mob violence"
CLASH = "Armed clash"
SHELLING = "Shelling/artillery/missile attack"
AGREEMENT = "Agreement"
GROUP_CHANGE = "Change to group/activity"
CIVILIANS, STATE_FORCES = 7, 1


def _reads(sub_event_type: str, probability: float = 0.6) -> TypePrediction:
    return TypePrediction(EVENT_TYPE_OF[sub_event_type], sub_event_type, probability, {sub_event_type: probability})


def _sub(tactics, text, victims=None, deaths=0, prediction=None) -> str | None:
    return type_from_tactics(tactics, text, victims, deaths, prediction).sub_event_type


# --------------------------------------------------------------------------- community militias and vigilantes

@pytest.mark.parametrize("tactics, text, victims, deaths, expected", [
    (["killing"], "Koglweogo vigilantes killed nine cattle herders near Kaya on Sunday, a local official said",
     CIVILIANS, 9, ATTACK),
    (["attack"], "Yan Sakai vigilantes opened fire on a weekly market in Tsafe, killing 12 traders", CIVILIANS, 12,
     ATTACK),
    (["attack", "killing"], "Armed vigilantes raided a Fulani settlement near Birnin Gwari and killed seven men",
     CIVILIANS, 7, ATTACK),
    (["killing"], "Dozo hunters killed 16 villagers in a hamlet of Mopti region, survivors said", CIVILIANS, 16, ATTACK),
    (["attack"], "Vigilantes of the Civilian Joint Task Force shot dead three fishermen on Lake Chad", CIVILIANS, 3,
     ATTACK),
    # near misses: crowd justice stays a mob, whoever the crowd says it is
    (["attack", "killing"], "A mob of vigilantes beat a suspected motorcycle thief to death in Onitsha", CIVILIANS,
     1, MOB),
    (["killing"], "Vigilantes lynched two men accused of witchcraft in a village of Kakamega", CIVILIANS, 2, MOB),
    (["attack"], "Koglweogo members stoned a suspected cattle rustler at the market in Fada", CIVILIANS, 0, MOB),
    # armed youths and cattle raiders are communal militias
    (["attack", "killing", "clash"], "Armed youths from Pibor raided cattle camps near Bor, killing 12 herders, and "
     "local youths fought back", CIVILIANS, 12, CLASH),
    (["killing"], "Cattle raiders shot dead five herders and drove off 200 cows near Moroto", CIVILIANS, 5, ATTACK),
    (["clash"], "Rival youths fought with sticks and machetes after a football match in Kisumu", CIVILIANS, 0, MOB),
])
def test_organised_militias_attack_civilians_and_crowds_stay_mobs(tactics, text, victims, deaths, expected) -> None:
    assert _sub(tactics, text, victims, deaths) == expected


def test_vigilantes_fighting_bandits_stay_a_battle() -> None:
    text = "Yan Sakai vigilantes repelled bandits in a gunfight on the outskirts of Bakura, leaving four bandits dead"
    assert _sub(["clash", "killing"], text, 2, 4) == CLASH


# --------------------------------------------------------------------------- tank fire

@pytest.mark.parametrize("tactics, text, victims, expected", [
    (["attack"], "An Israeli tank fired two rounds at a Lebanese army watchtower near the Blue Line on Friday",
     STATE_FORCES, SHELLING),
    (["killing"], "Tank fire hit a school used as a shelter in Jabalia, killing six people", CIVILIANS, SHELLING),
    (["attack"], "A Russian tank opened fire on Ukrainian positions near Avdiivka overnight", STATE_FORCES, SHELLING),
    (["killing", "classified"], "Two farmers were killed by a shell fired by a tank near the border fence", CIVILIANS,
     SHELLING),
    # near misses: both sides firing, tanks that only accompany troops, tanks that hold fuel
    (["clash"], "Troops backed by tanks exchanged fire with the rebels on the outskirts of Mueda", 2, CLASH),
    (["attack"], "Soldiers with tanks stormed the rebel camp and overran it after a firefight", 2, CLASH),
    (["attack"], "Gunmen attacked guards at a depot where a fuel tank fired up after the raid", STATE_FORCES, CLASH),
])
def test_tank_fire_is_shelling_unless_both_sides_fire(tactics, text, victims, expected) -> None:
    assert _sub(tactics, text, victims) == expected


# --------------------------------------------------------------------------- civilians named as the ones shot

@pytest.mark.parametrize("tactics, text, expected", [
    (["attack"], "Members of the gang shot dead four minibus drivers at a taxi rank on Monday, police said", ATTACK),
    (["killing"], "Soldiers and foreign mercenaries executed dozens of villagers at a river bed, witnesses told the "
     "army's own inquiry", ATTACK),
    (["attack"], "Gunmen shot two street vendors outside a police station in Guayaquil", ATTACK),
    # near misses: armed victims named, or a fight told
    (["attack", "killing"], "Gunmen killed two police officers and three traders at a checkpoint", CLASH),
    (["attack", "killing"], "Gunmen traded fire with soldiers escorting a convoy, killing five traders", CLASH),
])
def test_civilians_named_as_shot_outweigh_an_armed_victims_reading(tactics, text, expected) -> None:
    assert _sub(tactics, text, STATE_FORCES, 5) == expected


def test_civilians_shot_leaves_unknown_victims_to_the_other_rules() -> None:
    text = "Members of the gang shot dead four minibus drivers at a taxi rank on Monday, police said"
    decision = type_from_tactics(["attack"], text, None, 4, _reads(CLASH, 0.9))
    assert decision.sub_event_type == CLASH  # the classifier decides when the victims were never read


# --------------------------------------------------------------------------- surrenders

@pytest.mark.parametrize("tactics, text, expected", [
    (["group_change"], "Thirty-two ADF combatants surrendered to the Ugandan army in Ntoroko with their rifles",
     AGREEMENT),
    (["group_change"], "A commander of the Ansaru faction handed himself over to troops in Kaduna with six of his men",
     AGREEMENT),
    (["group_change", "classified"], "Some 70 members of the Abu Sayyaf laid down their arms at a ceremony in Sulu",
     AGREEMENT),
    # near misses: a suspect giving himself up, a surrender inside a fight or a takeover, a merger
    (["group_change"], "A murder suspect surrendered to police in Nakuru on Tuesday", GROUP_CHANGE),
    (["clash", "group_change"], "The besieged garrison surrendered after two days of clashes with the rebels", CLASH),
    (["group_change"], "The two factions announced they had merged under a single command", GROUP_CHANGE),
])
def test_surrenders_are_agreements(tactics, text, expected) -> None:
    assert _sub(tactics, text, None, 0, _reads(GROUP_CHANGE)) == expected


def test_a_surrender_keeps_its_agreement_against_a_confident_classifier() -> None:
    text = "Forty Mai-Mai fighters surrendered to the army in Walikale and handed in their guns"
    decision = type_from_tactics(["group_change"], text, None, 0, _reads(GROUP_CHANGE, 0.99))
    assert (decision.sub_event_type, decision.firm) == (AGREEMENT, True)


# --------------------------------------------------------------------------- bare "strikes"

AIR = "Air/drone strike"


@pytest.mark.parametrize("tactics, text, expected", [
    (["attack", "killing"], "Two Turkish strikes hit a fuel station near Qamishli on Monday, killing five people", AIR),
    (["killing"], "Nine people were killed in the strikes on the outskirts of Marib, a local official said", AIR),
    (["attack", "killing"], "A further strike on a bakery in Saraqeb killed four customers, rescuers said", AIR),
    # near misses: work stoppages, and armed strikes enforced on the ground
    (["attack", "killing"], "Striking dock workers attacked a foreman during the general strike, killing him", ATTACK),
    (["attack"], "Bus drivers on strike in Karachi attacked a depot guard who was killed by a stone", ATTACK),
])
def test_bare_strikes_that_hit_or_kill_are_air_strikes(tactics, text, expected) -> None:
    assert _sub(tactics, text, CIVILIANS, 4) == expected


@settings(max_examples=40, deadline=None)
@given(count=st.integers(min_value=2, max_value=400), victims=st.sampled_from(["herders", "traders", "villagers"]))
def test_a_named_militia_shooting_civilians_is_never_a_mob(count, victims) -> None:
    text = f"Koglweogo vigilantes shot dead {count} {victims} near Djibo, officials said"
    assert _sub(["attack"], text, CIVILIANS, count) == ATTACK


# --------------------------------------------------------------------------- through the whole extractor

@pytest.mark.parametrize("text, expected", [
    ("Yan Sakai vigilantes shot dead 11 Fulani herders at a watering point in Zamfara state on Tuesday.", ATTACK),
    ("An Israeli tank fired at a UNIFIL observation post near Naqoura on Thursday, wounding two peacekeepers.",
     SHELLING),
    ("More than 200 Boko Haram fighters surrendered to troops in Gwoza on Saturday, the army said.", AGREEMENT),
    ("Health officials said 12 people were killed in the strikes on a displacement camp near Rafah on Sunday.", AIR),
])
def test_the_extractor_types_round_five_kinds(kit, text, expected) -> None:
    article = Article(id="r5", title="", text=text, published_at=datetime(2021, 3, 1))
    drafts = extract_events(article, kit)
    assert drafts and max(drafts, key=lambda d: d.confidence).sub_event_type == expected
