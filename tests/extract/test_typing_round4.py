"""Typing round four: the sub-type pairs ACLED coders argue about, told in news wording the lexicon reads only in
part. Every sentence is written for these tests (modelled on common wire and local-press phrasings); none is taken
or paraphrased from the news-types sets."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.extract.assemble import _overrule
from eventwire.extract.typing_rules import type_from_tactics
from eventwire.records import EVENT_TYPE_OF, TypePrediction

GOV = "Government regains territory"
NONSTATE = "Non-state actor overtakes territory"
CLASH = "Armed clash"
TRANSFER = "Non-violent transfer of territory"
MOB = "Mob violence"
ATTACK = "Attack"
INTERVENTION = "Protest with intervention"
ARRESTS = "Arrests"
DISRUPTED = "Disrupted weapons use"
IED = "Remote explosive/landmine/IED"
SHELLING = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"
LOOTING = "Looting/property destruction"
ABDUCTION = "Abduction/forced disappearance"


def _reads(sub_event_type: str, probability: float = 0.99) -> TypePrediction:
    return TypePrediction(EVENT_TYPE_OF[sub_event_type], sub_event_type, probability, {sub_event_type: probability})


def _sub(tactics, text, victims=None, deaths=0, prediction=None) -> str | None:
    return type_from_tactics(tactics, text, victims, deaths, prediction).sub_event_type


# --------------------------------------------------------------------------- a place won in the fighting

@pytest.mark.parametrize("tactics, text, expected", [
    (["clash"], "Soldiers drove the jihadists out of Mondoro after a gun battle lasting several hours", GOV),
    (["clash", "killing"], "The army restored state authority over the district of Kalaat after days of fighting "
     "with the insurgents", GOV),
    (["clash"], "Marines captured the last neighbourhood held by the militants after a firefight", GOV),
    (["clash"], "Government forces won back the oasis town of Jalu after clashes with the militia", GOV),
    (["clash"], "Rebels pushed government troops out of Kitshanga after heavy fighting on Sunday", NONSTATE),
    # near misses: fighting with no place changing hands
    (["clash"], "Troops pushed the militants back after a firefight near the border", CLASH),
    (["attack", "clash"], "Commandos stormed a house occupied by the cell's leader and a shoot-out followed", CLASH),
    (["clash"], "Police restored calm after clashes between rival supporters in the stadium", CLASH),
])
def test_a_place_won_in_a_fight_is_a_territory_change(tactics, text, expected) -> None:
    assert _sub(tactics, text) == expected


def test_the_classifier_still_picks_the_side_within_the_territory_family() -> None:
    decision = type_from_tactics(["clash"], "Troops cleared the fighters out of Bulo Marer after a firefight", None, 0,
                                 None)
    assert decision.sub_event_type == GOV
    assert _overrule(decision, _reads(NONSTATE)).sub_event_type == NONSTATE


STATE_SUBJECTS = ["Soldiers", "The army", "Government troops", "Security forces", "Police commandos"]
NONSTATE_SUBJECTS = ["Rebels", "The militants", "Insurgents", "Jihadist fighters", "Separatist rebels"]


@given(st.sampled_from(STATE_SUBJECTS + NONSTATE_SUBJECTS), st.sampled_from(["Mabanga", "Kere", "Tal Hamra"]),
       st.sampled_from(["drove", "chased", "cleared"]), st.sampled_from(["the enemy", "their opponents"]))
def test_the_winner_of_the_fight_decides_the_sub_type(subject, place, verb, loser) -> None:
    text = f"{subject} {verb} {loser} out of {place} after a gun battle on Sunday"
    expected = GOV if subject in STATE_SUBJECTS else NONSTATE
    assert _sub(["clash"], text) == expected


# --------------------------------------------------------------------------- explosives: who threw, who fired, what was left

@pytest.mark.parametrize("tactics, text, victims, deaths, expected", [
    (["killing"], "A kamikaze blew himself up at the entrance of the mosque, killing four worshippers", 7, 4, SUICIDE),
    (["attack", "killing"], "An assailant detonated his explosive vest among soldiers queuing for food", 1, 6, SUICIDE),
    (["bombing", "killing"], "A teenage girl made herself explode at the bus station, the governor said", 7, 3, SUICIDE),
    (["air_strike"], "Kamikaze drones struck the fuel depot overnight", None, 0, "Air/drone strike"),
    (["shelling", "bombing", "killing"], "A farmer was killed when an unexploded mortar round went off as he ploughed "
     "his field", 7, 1, IED),
    (["shelling", "killing"], "Two boys died when a rusty rocket they were playing with exploded", 7, 2, IED),
    (["shelling"], "Mortar rounds hit the old market on Tuesday, wounding five traders", 7, 0, SHELLING),
    (["shelling"], "Armenian and Azerbaijani troops exchanged mortar fire across the border overnight", None, 0, CLASH),
    (["air_strike", "attack"], "Rebels and the army traded gunfire for hours as helicopters struck rebel positions",
     None, 0, CLASH),
    (["shelling"], "Artillery fire hit the village and residents fled into the hills", 7, 0, SHELLING),
])
def test_explosive_tactics_read_in_news_wording(tactics, text, victims, deaths, expected) -> None:
    assert _sub(tactics, text, victims, deaths) == expected


def test_two_way_fire_is_a_battle_the_classifier_cannot_overrule() -> None:
    decision = type_from_tactics(["shelling"], "The two armies exchanged artillery fire along the front", None, 0, None)
    assert decision.firm and _overrule(decision, _reads(SHELLING)).sub_event_type == CLASH


# --------------------------------------------------------------------------- crowds: mob, battle, protest

@pytest.mark.parametrize("tactics, text, victims, deaths, expected", [
    (["attack", "arson"], "Villagers attacked and burned the homes of two families accused of witchcraft", None, 0, MOB),
    (["arson"], "Residents of Mbare torched the car of a man they accused of stealing a child", None, 0, MOB),
    (["attack", "killing"], "Villagers said bandits attacked the market, killing nine", 7, 9, ATTACK),
    (["attack"], "Villagers were attacked by gunmen on the road to their farms", 7, 0, ATTACK),
    (["clash", "killing"], "Vigilantes fought off cattle rustlers in a shoot-out at the river crossing, killing three "
     "of the bandits", None, 3, CLASH),
    (["attack", "killing"], "A vigilante mob lynched a suspected thief at the market", None, 1, MOB),
])
def test_crowds_and_armed_men(tactics, text, victims, deaths, expected) -> None:
    assert _sub(tactics, text, victims, deaths) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police detained 25 teachers rallying outside the ministry over unpaid wages", INTERVENTION),
    ("Officers arrested nine students who were marching to the governor's office", INTERVENTION),
    ("Riot police broke up the sit-in and arrested its leaders at the protest in the square", INTERVENTION),
    ("Police arrested three activists accused of organising an unauthorised march", ARRESTS),
    ("Police arrested the union leader at his home on Monday", ARRESTS),
])
def test_arrests_at_a_gathering_are_a_dispersed_protest(text: str, expected: str) -> None:
    decision = type_from_tactics(["arrest"], text, None, 0, None)
    assert decision.sub_event_type == expected
    assert _overrule(decision, _reads(ARRESTS)).sub_event_type == expected or not decision.firm


# --------------------------------------------------------------------------- strategic developments in news wording

@pytest.mark.parametrize("tactics, text, deaths, expected", [
    (["transfer"], "The peacekeepers handed over their camp in Kidal to the national army on Monday", 0, TRANSFER),
    (["transfer"], "Troops moved into the town after the rebels withdrew under a truce", 0, TRANSFER),
    (["transfer", "base"], "The militia set up a base in the school after the soldiers left", 0,
     "Headquarters or base established"),
    (["transfer", "clash"], "Troops entered the town after the rebels withdrew following heavy fighting", 0, CLASH),
    (["ied"], "Soldiers found a stockpile of explosives and detonators in a cave near the border", 0, DISRUPTED),
    (["classified"], "Police uncovered a bomb-making workshop in a rented flat in the old town", 0, DISRUPTED),
    (["ied", "killing"], "A cache of explosives found by children in a ruined house exploded, killing two", 2, IED),
    (["attack"], "Armed men raided the health centre and made off with medicines and two motorbikes", 0, LOOTING),
    (["attack"], "Armed men raided the health centre and beat a nurse before stealing medicines", 0, ATTACK),
])
def test_strategic_developments_told_in_news_wording(tactics, text, deaths, expected) -> None:
    assert _sub(tactics, text, None, deaths) == expected


def test_a_handover_is_not_swapped_for_a_sibling_by_the_classifier() -> None:
    decision = type_from_tactics(["transfer"], "French troops handed over the airbase to the Nigerien army as part of "
                                 "their withdrawal", None, 0, None)
    assert decision.firm and _overrule(decision, _reads("Change to group/activity")).sub_event_type == TRANSFER


@pytest.mark.parametrize("text, reading, expected", [
    ("Gunmen took away the headmaster and two teachers from the school compound at night", ATTACK, ABDUCTION),
    ("Unknown men whisked away a journalist outside his office in the capital", ATTACK, ABDUCTION),
    ("Bandits carried off 200 head of cattle from the herders' camp", LOOTING, LOOTING),
    ("Police took away the suspects for questioning", ARRESTS, ARRESTS),
])
def test_people_led_away_by_armed_men_are_abducted(text: str, reading: str, expected: str) -> None:
    assert _sub(["classified"], text, prediction=_reads(reading)) == expected


# --------------------------------------------------------------------------- what happened to captives, leaders, crowds

CHANGE = "Change to group/activity"
AGREEMENT = "Agreement"
OTHER = "Other"
AIR = "Air/drone strike"
CHEMICAL = "Chemical weapon"
PEACEFUL = "Peaceful protest"


@pytest.mark.parametrize("tactics, text, victims, deaths, expected", [
    # captives set free: by a deal, on the captors' terms, or rescued in a fight
    (["abduction"], "The gang freed 12 kidnapped passengers on Monday after negotiations led by church elders", 7, 0,
     AGREEMENT),
    (["abduction"], "Militants released the abducted nurses near the border, saying no ransom was demanded", 7, 0, OTHER),
    (["abduction"], "Six kidnapped engineers were freed on Friday after their company paid a ransom", 7, 0, AGREEMENT),
    (["abduction"], "Gunmen kidnapped 14 passengers from a bus on the Abuja road", 7, 0, ABDUCTION),
    # the kidnapping told with a day of its own: a release story codes the abduction on that day
    (["abduction"], "The 30 traders kidnapped on 3 March near the border were freed on Monday after talks", 7, 0,
     ABDUCTION),
    (["abduction"], "The pupils abducted last Friday were released unharmed on Tuesday", 7, 0, ABDUCTION),
    # abducted, then found dead: Attack
    (["abduction", "attack"], "The bodies of three aid workers abducted by gunmen last week were found in a ditch", 1, 0,
     ATTACK),
    (["abduction"], "Gunmen abducted two teachers from the school and their whereabouts are unknown", 1, 0, ABDUCTION),
    # a new leader named after the old one was killed: the group's change, not a killing
    (["killing"], "The militia named a new commander on Sunday after its founder was killed in an ambush", None, 1, CHANGE),
    (["killing"], "The group announced its new emir, replacing the leader who had been killed in a raid", None, 1, CHANGE),
    (["killing"], "Gunmen killed the newly appointed village chief outside his house", 7, 1, ATTACK),
])
def test_captives_leaders_and_victims(tactics, text, victims, deaths, expected) -> None:
    assert _sub(tactics, text, victims, deaths) == expected


def test_a_rescue_is_no_release_deal() -> None:
    text = "Police rescued 20 kidnapped farmers in a raid on the kidnappers' forest camp"
    assert _sub(["abduction"], text, 7, 0) not in (AGREEMENT, OTHER)


@pytest.mark.parametrize("tactics, text, victims, deaths, expected", [
    (["killing", "classified"], "The army said it killed eleven militants in strikes by drones near the river", None, 11,
     AIR),
    (["attack"], "Raids by fighter jets hit the rebel-held market town at dawn", 7, 0, AIR),
    (["killing"], "Gunmen killed four farmers in a raid by night on the hamlet", 7, 4, ATTACK),
    (["shelling"], "Shells released a yellowish cloud with a garlic smell and residents were taken to hospital", 7, 0,
     CHEMICAL),
    (["air_strike", "killing"], "Doctors said the victims of the air raid were foaming at the mouth", 7, 9, CHEMICAL),
    (["air_strike"], "The government denied any chemical attack after jets bombed the town", 7, 0, AIR),
    (["attack", "killing", "bombing", "ied"], "Gunmen stormed the church during Mass, opened fire on worshippers and set "
     "off explosives at the door", 7, 20, ATTACK),
    (["bombing", "ied", "killing"], "A bomb hidden in a rubbish bin exploded at the bus stop, killing six", 7, 6, IED),
    (["grenade", "killing"], "Militants hurled grenades and exchanged fire with the police for an hour", None, 2, CLASH),
    # the exchange is a background line, the blast is told in its own sentence
    (["bombing", "killing"], "Hundreds of pagers exploded across the country on Tuesday, killing 12. The two sides have "
     "traded fire across the border almost daily since October.", 7, 12, IED),
])
def test_how_the_weapon_was_used(tactics, text, victims, deaths, expected) -> None:
    assert _sub(tactics, text, victims, deaths) == expected


@pytest.mark.parametrize("tactics, text, expected", [
    (["protest"], "Gunmen surrounded the boarding school at night and marched off with dozens of pupils", ABDUCTION),
    (["protest"], "Thousands marched off towards the palace after the speech, chanting slogans", PEACEFUL),
    (["protest", "riot"], "Supporters rallied to demand the release of those jailed after last year's riots; the rally "
     "ended peacefully", PEACEFUL),
    (["protest", "riot"], "Protesters demanding his release threw stones and torched a police car", "Violent demonstration"),
])
def test_what_the_crowd_did(tactics, text, expected) -> None:
    assert _sub(tactics, text) == expected


@pytest.mark.parametrize("text, classifier, expected", [
    # a non-state taker told: the classifier may not make it the government's recapture
    ("The Arakan Army said it had captured the town after the last junta battalion fled", GOV, NONSTATE),
    ("Rebels said they had captured the garrison town on Sunday", GOV, NONSTATE),
    # ... nor a handover when the place was captured with nothing told of a withdrawal or "without a fight" (typing
    # round ten: training notes 167 of 181 by force), which it still reads when the holders left
    ("Rebels said they had captured the garrison town on Sunday", TRANSFER, NONSTATE),
    ("Rebels said they had captured the garrison town on Sunday after the soldiers withdrew", TRANSFER, TRANSFER),
    # ... and it still decides when no side is told
    ("The town was captured on Sunday, residents said", GOV, GOV),
])
def test_a_told_non_state_taker_is_kept_against_a_government_reading(text, classifier, expected) -> None:
    decision = type_from_tactics(["territory", "clash"], text, None, 0, _reads(classifier))
    assert _overrule(decision, _reads(classifier)).sub_event_type == expected


# --------------------------------------------------------------------------- coder-note wording: parties, empty posts, planters

VIOLENT_DEMO = "Violent demonstration"


@pytest.mark.parametrize("tactics, text, victims, deaths, expected", [
    (["clash", "killing"], "Young members of the ruling party clashed with members of the opposition party in the "
     "market town; one man was killed", None, 1, MOB),
    (["clash"], "Supporters of the two candidates clashed outside the polling station", None, 0, MOB),
    (["clash", "killing"], "Members of the armed group clashed with soldiers near the river, leaving four dead", 1, 4,
     CLASH),
    (["attack"], "Militants attacked the gendarmerie post while it was unmanned and burned two motorbikes", 1, 0, LOOTING),
    (["attack", "killing"], "Militants attacked an empty police post and killed a passer-by", 7, 1, ATTACK),
    (["attack", "looting", "arson"], "Gunmen attacked the village, fired shots in the air, burned a shop and seized "
     "goats", 7, 0, LOOTING),
    (["attack", "looting"], "Gunmen attacked the village, fired on the men at the well and seized goats", 7, 0, ATTACK),
    (["abduction"], "Militants flogged two men found smoking and abducted a shopkeeper", 7, 0, ATTACK),
    (["ied", "killing"], "Two militants were killed while planting an IED on the road to the market", None, 2, DISRUPTED),
    (["ied", "killing"], "An IED planted on the road killed two traders on their way to the market", 7, 2, IED),
])
def test_coder_note_wording(tactics, text, victims, deaths, expected) -> None:
    assert _sub(tactics, text, victims, deaths) == expected


@pytest.mark.parametrize("text, expected", [
    ("Protesters demanded the recovery of looted public funds and chanted outside the court", PEACEFUL),
    ("Residents marched to demand the release of two men arrested after a lorry was looted", PEACEFUL),
    ("Protesters looted shops along the avenue and set up barricades", VIOLENT_DEMO),
    ("Hundreds of protesters attacked the embassy, looting offices at the mission", VIOLENT_DEMO),
])
def test_what_the_crowd_protests_about_is_not_what_it_did(text: str, expected: str) -> None:
    assert _sub(["protest"], text) == expected


# --------------------------------------------------------------------------- the whole extractor

@pytest.fixture(scope="module")
def extraction_kit():
    from eventwire.extract import ExtractionKit

    return ExtractionKit.load()


@pytest.mark.parametrize("text, expected", [
    ("A kamikaze blew himself up near a checkpoint in Kolofata on Saturday, killing three vigilantes, a local "
     "official said.", SUICIDE),
    ("Peacekeepers handed over the Aguelhok camp to the national army on Wednesday as part of the mission's "
     "withdrawal, the mission said.", TRANSFER),
    ("Local vigilantes repelled bandits who raided Gidan Kare on Friday, killing four of them in a gunfight that lasted "
     "two hours, residents said.", CLASH),
    ("Troops cleared the insurgents out of Damasak on Tuesday after a fierce firefight, the army said.", GOV),
    ("A boy was killed on Sunday when an unexploded rocket he found near his school in Marea exploded, medics said.",
     IED),
])
def test_round_four_whole_extractor(extraction_kit, text: str, expected: str) -> None:
    from eventwire.extract import extract_events
    from eventwire.records import Article

    drafts = extract_events(Article(id="t", title="", text=text, published_at=datetime(2022, 5, 17)), extraction_kit)
    assert drafts and max(drafts, key=lambda d: d.confidence).sub_event_type == expected
