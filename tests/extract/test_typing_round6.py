"""Typing round six: former and off-duty members of armed forces are civilians, crowds storming a post riot, the
arrest of a crowd is its dispersal, serious injury at a protest is excessive force, a place taken from a named side
changes hands. Each table pairs a sentence with a near twin that must keep the other reading. Every sentence is
written for these tests (modelled on common wire and local-press phrasings); none is taken or paraphrased from the
news-types sets or the evaluation articles."""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import extract_events
from eventwire.extract.typing_rules import TypeDecision, type_from_tactics
from eventwire.records import EVENT_TYPE_OF, Article, TypePrediction

ATTACK = "Attack"
CLASH = "Armed clash"
MOB = "Mob violence"
RIOT = "Violent demonstration"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
PEACEFUL = "Peaceful protest"
REGAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"
STATE_FORCES, REBELS, CIVILIANS = 1, 2, 7


def _reads(sub_event_type: str, probability: float = 0.9) -> TypePrediction:
    return TypePrediction(EVENT_TYPE_OF[sub_event_type], sub_event_type, probability, {sub_event_type: probability})


def _decide(tactics, text, victims=None, deaths=0, prediction=None) -> TypeDecision:
    return type_from_tactics(tactics, text, victims, deaths, prediction)


# --------------------------------------------------------------------------- former and off-duty forces

@pytest.mark.parametrize("tactics, text, deaths, expected", [
    (["attack"], "Gunmen on a motorbike shot dead a retired police inspector outside a mosque in Kano", 1, ATTACK),
    (["killing"], "Militants killed an off-duty soldier who was visiting relatives in Baidoa, residents said", 1,
     ATTACK),
    (["attack"], "Unknown assailants stabbed a former army sergeant at his farm near Nakuru, police said", 0, ATTACK),
    (["attack"], "Fighters flogged an ex-policeman in the square of a village near Ghazni", 0, ATTACK),
    # near twins: serving forces are armed, so the same act is a battle
    (["attack"], "Gunmen on a motorbike shot dead a police inspector at a checkpoint in Kano", 1, CLASH),
    (["killing"], "Militants killed a soldier guarding a bridge near Baidoa, residents said", 1, CLASH),
    (["attack"], "Gunmen killed a former police officer and two soldiers at a checkpoint near Diffa", 3, CLASH),
    (["attack", "clash"], "A retired colonel and his guards exchanged fire with bandits who attacked his farm", 0,
     CLASH),
])
def test_former_and_off_duty_forces_are_civilians(tactics, text, deaths, expected) -> None:
    assert _decide(tactics, text, STATE_FORCES, deaths).sub_event_type == expected


def test_former_forces_leave_unknown_victims_to_the_other_rules() -> None:
    # the rule only corrects an armed reading of the victims; it never decides for unknown ones
    decision = _decide(["attack"], "Gunmen shot dead a retired police inspector in Kano", None, 1, _reads(CLASH, 0.5))
    assert decision.sub_event_type == CLASH


@settings(max_examples=40, deadline=None)
@given(qualifier=st.sampled_from(["former", "retired", "off-duty", "ex-"]),
       rank=st.sampled_from(["soldier", "police officer", "army captain", "gendarme"]))
def test_a_former_member_of_the_forces_shot_alone_is_never_a_battle(qualifier, rank) -> None:
    text = f"Two gunmen shot dead a {qualifier}{'' if qualifier.endswith('-') else ' '}{rank} at his shop in Gao"
    assert _decide(["attack"], text, STATE_FORCES, 1).sub_event_type == ATTACK


# --------------------------------------------------------------------------- crowds storming a post

@pytest.mark.parametrize("tactics, text, expected", [
    (["attack"], "A crowd stormed the police post in Kisii and beat a suspect held over a stolen cow", MOB),
    (["attack", "arson"], "An angry mob attacked the gendarmerie in Dori and set fire to two vehicles", MOB),
    (["attack"], "A crowd of traders stormed the municipal office in Kumasi over the demolition of their stalls",
     RIOT),
    # near twins: armed men storming the same post are in a battle with its garrison
    (["attack"], "Gunmen stormed the police post in Kisii and exchanged fire with officers for an hour", CLASH),
    (["attack"], "Militants attacked the gendarmerie in Dori, wounding two gendarmes", CLASH),
])
def test_crowds_storming_a_post_riot(tactics, text, expected) -> None:
    assert _decide(tactics, text, STATE_FORCES, 0).sub_event_type == expected


# --------------------------------------------------------------------------- arrests of the crowd, serious injury

@pytest.mark.parametrize("tactics, text, expected, firm", [
    (["arrest", "protest"], "Police arrested 30 farmers who blocked the highway near Patiala with their tractors",
     INTERVENTION, True),
    (["arrest", "protest"], "Riot police detained dozens of protesters outside the electoral commission in Harare",
     INTERVENTION, True),
    # near twins: the arrests are the charge or the grievance, or the crowd was hurt or violent (then the arrests
    # are no firm dispersal: the classifier may read it)
    (["arrest", "protest"], "Police arrested 30 activists ahead of a planned protest in Patiala", None, None),
    (["protest"], "Thousands marched in Colombo demanding the release of detained protesters", PEACEFUL, False),
    (["arrest", "protest"], "Police beat and detained dozens of protesters outside the electoral commission",
     None, None),
    (["arrest", "protest"], "Students stoned buses and police detained dozens of protesters on the campus", None,
     None),
])
def test_arresting_the_crowd_is_its_dispersal(tactics, text, expected, firm) -> None:
    decision = _decide(tactics, text, None, 0, _reads("Arrests"))
    if expected is None:
        assert decision.sub_event_type != INTERVENTION or not decision.firm
        return
    assert decision.sub_event_type == expected
    assert decision.firm is firm


@pytest.mark.parametrize("text, expected", [
    ("Police fired rubber bullets at students marching in Santiago, blinding a 19-year-old", EXCESSIVE),
    ("Riot police charged marchers in Lima; one man lost an eye to a tear gas canister", EXCESSIVE),
    ("Police dispersed the march in Quito with batons, leaving a student in critical condition", EXCESSIVE),
    # near twins: a dispersal with light or no injuries stays an intervention
    ("Police fired rubber bullets to disperse students marching in Santiago; two had minor bruises", INTERVENTION),
    ("Riot police charged marchers in Lima with batons and tear gas", INTERVENTION),
])
def test_serious_injury_at_a_protest_is_excessive_force(text, expected) -> None:
    assert _decide(["protest"], text, CIVILIANS, 0).sub_event_type == expected


# --------------------------------------------------------------------------- places taken from a named side

@pytest.mark.parametrize("text, expected", [
    ("Government troops and allied militiamen took Bambari from the rebels on Tuesday, the army said", REGAINS),
    ("The army wrested Kalehe from M23 fighters after a week of fighting", REGAINS),
    ("Russian forces seized Vuhledar from Ukrainian troops, Moscow said", OVERTAKES),
    ("Rebel fighters took Mongbwalu from the army at dawn, residents said", OVERTAKES),
])
def test_a_place_taken_from_a_named_side(text, expected) -> None:
    decision = _decide(["classified"], text, None, 0, _reads("Change to group/activity"))
    assert decision.sub_event_type == expected
    assert decision.firm


@pytest.mark.parametrize("tactics, text", [
    # near twins: people or goods taken from someone, or no side named as the holder
    (["abduction"], "Gunmen took Ahmed Bello from his home in Zaria on Sunday night"),
    (["classified"], "Fighters took Kidal Road from the north without meeting anyone"),
    (["looting"], "Bandits seized Toyota pickups from the army depot in Gusau"),
])
def test_nothing_taken_from_a_side_is_no_capture(tactics, text) -> None:
    assert _decide(tactics, text, None, 0, None).sub_event_type not in (REGAINS, OVERTAKES)


# --------------------------------------------------------------------------- the extractor end to end

@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab militants shot dead a retired army colonel outside his home in Beledweyne on Friday.", ATTACK),
    ("Police arrested 25 nurses who staged a sit-in outside the health ministry in Nairobi on Monday.", INTERVENTION),
    ("Police fired pellets at marchers in Srinagar on Friday, blinding a teenager, witnesses said.", EXCESSIVE),
    ("Malian troops backed by Russian fighters took Anefis from the rebel coalition on Saturday, the army said.",
     REGAINS),
    ("M23 rebels took Rubaya from government troops and allied militias on Tuesday.", OVERTAKES),
])
def test_the_extractor_types_round_six_kinds(kit, text, expected) -> None:
    article = Article(id="r6", title="", text=text, published_at=datetime(2024, 6, 15))
    drafts = extract_events(article, kit)
    assert drafts, text
    assert max(drafts, key=lambda d: d.confidence).sub_event_type == expected


# --------------------------------------------------------------------------- the fresh3 yardstick itself

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH3 = SET_DIR / "fresh3.jsonl"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import jsonl_rows, jsonl_shingles, leaked, load_script  # noqa: E402


def test_fresh3_loads_through_the_scorer_option() -> None:
    scorer = load_script(SET_DIR / "score_news_types.py", "score_news_types_r6")
    snippets = scorer.load_devset(scorer.chosen_set(scorer.parse_args(["--fresh3"])))
    assert len(snippets) == 200 and all(re.fullmatch(r"f3-\d{4}", s.id) for s in snippets)


def test_fresh3_labels_are_spelled_as_in_records_and_weighted_to_the_hard_pairs() -> None:
    rows = jsonl_rows(FRESH3)
    for row in rows:
        assert row["sub_event_type"] is None if row["event_type"] is None else \
            EVENT_TYPE_OF[row["sub_event_type"]] == row["event_type"], row["id"]
    counts = Counter(row["sub_event_type"] for row in rows)
    assert counts[None] >= 30 and counts[ATTACK] >= 10 and counts[CLASH] >= 10 and counts[OVERTAKES] >= 8
    assert set(EVENT_TYPE_OF) <= set(counts)


def test_fresh3_shares_no_text_with_training_examples_or_the_other_sets() -> None:
    others = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
    others += [SET_DIR / name for name in ("dev.jsonl", "fresh.jsonl", "fresh2.jsonl")]
    assert leaked(jsonl_rows(FRESH3), jsonl_shingles(others)) == []
