"""Typing round fifteen: short news whose sub-type turns on the detail that tells it from its neighbour. Readings, each
with the case it fixes and near twins it must leave alone:
- a place, a post or its control handed, given or returned to an armed or state side without "over", and a base taken
  over after its holders left, is a non-violent transfer (``lexicon.PLACE_HANDED_TO``, read by the lexicon and by
  ``typing_rules._HANDED_OVER``); a port leased to a company is not;
- someone "pulled out of" a car or a cell is no withdrawal (the lexicon's "transfer" verbs);
- a weapon noun past an aside ("shells, fired from the hills, crashed into"), with the verbs of a shell's fall, or the
  object its wearer set off ("set off their explosive belts"), reports the act (``detect._weapon_subject``);
- a drone that drops or releases a munition is an air strike (the lexicon; coding-rules.md: any air-to-ground attack);
- an agent named by its effect ("a choking gas", "an irritant agent") or a toxic substance told as the payload is a
  chemical weapon (``typing_rules._CHEMICAL_AGENT``).
- a cache of arms recovered, a disposal "under controlled conditions", and missiles "stopped" by air defences are a
  weapon disrupted (the lexicon's "disrupted" verbs); a haul of drugs is not;
- "clashes" with no crowd named before it or as its side ("clashes between protesters and police") is the reporter's
  word, not the crowd's own violence, so police firing on protesters stays excessive force
  (``typing_rules._AGENTLESS_CROWD_WORDS``);
- a victim "whom a crowd accused of ..." and beat is a lynch mob's (``typing_rules._LYNCH_MOB``).
- "held off / fought off / beat off" an attack or its attackers is a fight (the lexicon's "clash" verbs);
- a place "was hit / struck / targeted / bombed by" a drone, an aircraft or an air strike is the air strike (the lexicon;
  not a "drone boat");
- a crowd whose anger is told in a relative clause ("farmers, who were angry at ..., set fire to the depot") burning
  or ransacking is a violent demonstration (``typing_rules._PROTEST_CROWD_AGENT``); gunmen angry at a chief are not;
- armed groups that "merge as" one, a group "dissolving itself" or "ending its armed struggle" change the group (the lexicon; banks merging "to form" a lender and a party split "into two camps" do not).
The fresh12 yardstick's own checks (split, coverage, rebuilt by its script, no text shared). Every sentence is written
for these tests; none is taken or paraphrased from the news-types sets or the evaluation articles."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

import typing_tables
from eventwire.extract.detect import find_triggers

PUBLISHED = datetime(2020, 6, 15)
# (text, main draft's sub-type; None: no event); each row fails before the round
NVT, SH = "Non-violent transfer of territory", "Shelling/artillery/missile attack"
TYPED: list[tuple[str, str | None]] = [
    # a place handed to a side without "over"; a base taken over once its holders left
    ("The peacekeeping force gave its Bria camp to the national army on Thursday as part of its drawdown.", NVT),
    ("Rebels handed the airport at Kamina to the Congolese army on Monday, a local official said.", NVT),
    # a weapon noun past an aside; a vest or belt set off
    ("Rockets, launched from across the border, crashed into a school in Kiryat Shmona, wounding three pupils.", SH),
    ("Two women set off their explosive belts at a checkpoint in Konduga, killing five militiamen.", "Suicide bomb"),
    # a drone's munition
    ("Drone drops grenade on bread queue in Kherson. Two people were killed, officials said.", "Air/drone strike"),
    # an agent named by its effect
    ("Soldiers said junta aircraft dropped bombs releasing a choking gas over their trenches near Loikaw.",
     "Chemical weapon"),
]
TYPED += [
    ("Soldiers recovered a cache of 60 rifles, rocket rounds and explosives from a camp of the rebels near Beni on "
     "Tuesday.", "Disrupted weapons use"),
    ("Army engineers detonated under controlled conditions nine improvised bombs that insurgents had buried near Bama, "
     "the army said.", "Disrupted weapons use"),
    ("Air defences stopped all the missiles fired at Kharkiv overnight, the governor said.", "Disrupted weapons use"),
    ("Clashes in Conakry as police shoot protesters. Security forces fired on demonstrators demanding elections, killing "
     "two, the opposition said.", "Excessive force against protesters"),
    ("A trader, whom a crowd accused of selling dog meat, was beaten unconscious in a market in Kano.", "Mob violence"),
]
TYPED += [
    ("Villagers in Tongo said volunteer fighters, who had been warned of the raid, held off ISWAP militants overnight.",
     "Armed clash"),
    ("Three Tuareg armed movements merge as a single front, their leaders said on Sunday.", "Change to group/activity"),
    ("Farmers, who were angry at the price of fertiliser, set fire to the depot in Kaduna and looted bags of grain.",
     "Violent demonstration"),
]
# Twins: the same words in a reading the round must leave as it was (each passes before and after).
TWINS: list[tuple[str, str | None]] = [
    ("Nigerien soldiers took over the drone base in Agadez on Monday after the last American troops left.", NVT),
    ("Control of Raqqa was handed to the Syrian army by the Kurdish-led administration on Saturday.", NVT),
    ("The company handed control of the port of Berbera to a Dubai operator under a 30-year lease.", None),
    ("A crowd pulled the driver out of his car in Kano and beat him to death after he hit a child, police said.",
     "Mob violence"),
    ("The army pulled its troops out of the town of Menaka on Sunday, and the militants moved in without a fight.", NVT),
    ("Residents said mortar bombs, fired from positions held by the militia, slammed into a market in Bunia, killing "
     "six.", SH),
    ("A Russian drone released an explosive over a checkpoint near Bakhmut, wounding three soldiers.",
     "Air/drone strike"),
    ("The drone released by the company filmed the flooding over the city.", None),
    ("Fighters said a toxic substance dropped from enemy drones left them vomiting in their trenches near Bakhmut.",
     "Chemical weapon"),
    ("A tanker carrying toxic chemicals overturned near Lagos on Monday; no one was hurt.", None),
    ("Customs officers seized a haul of cocaine worth 2 million dollars at the port of Guayaquil.", None),
    ("Clashes between protesters and police in Nampula left three dead on Thursday, witnesses said.",
     "Violent demonstration"),
    ("Protesters clashed with police in Maputo on Thursday, and officers fired live rounds, killing three, witnesses "
     "said.", "Violent demonstration"),
    ("Gunmen accused the villagers of helping the army and beat three of them to death near Gao, residents said.",
     "Attack"),
    ("A line of fuel trucks near Tawila was hit by an army drone on Monday, killing the drivers, witnesses said.",
     "Air/drone strike"),
    ("Two of the country's largest banks merge to form a new lender, the central bank said.", None),
    ("The ruling party split into two camps over the choice of a presidential candidate.", None),
    ("The committee held off a decision on the budget until next week.", None),
    ("Gunmen, who were angry at the village chief, burned ten houses in Zamfara, police said.",
     "Looting/property destruction"),
]
# The passive air strike read by the lexicon itself (the classifier alone already typed the twin above); a drone boat
# is a vessel, not an aircraft.
PASSIVE_STRIKES = [
    ("A line of fuel trucks near Tawila was hit by an army drone on Monday.", True),
    ("The market in El Fasher was bombed by army warplanes on Sunday.", True),
    ("The freighter was struck by a Houthi drone boat off Hodeidah on Tuesday.", False),
]


@pytest.mark.parametrize("text, expected", TYPED)
def test_round_fifteen_readings_type_the_snippet(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", TWINS)
def test_near_twins_keep_their_reading(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", PASSIVE_STRIKES)
def test_a_place_hit_by_an_aircraft_is_an_air_strike_verb(text, expected) -> None:
    triggers = find_triggers(text, 0, len(text))
    assert any(t.tactic == "air_strike" and t.kind == "report" for t in triggers) is expected


# --------------------------------------------------------------------------- the fresh12 yardstick itself

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH12 = SET_DIR / "fresh12.jsonl"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import (  # noqa: E402
    check_fresh_split, check_sub_types_and_non_events, jsonl_rows, jsonl_shingles, leaked, load_script,
)

EARLIER_SETS = ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
                "fresh10", "fresh11")
FORMS = ("head", "passive", "clause", "long")


def test_fresh12_parts_split_every_third_row_out() -> None:
    check_fresh_split(load_script(SET_DIR / "score_news_types.py", "score_news_types_r15"), "--fresh12", "f12")


def test_fresh12_covers_every_sub_type_and_its_non_events() -> None:
    check_sub_types_and_non_events(jsonl_rows(FRESH12))


def test_fresh12_is_rebuilt_exactly_by_its_script() -> None:
    writer = load_script(SET_DIR / "write_fresh12.py", "write_fresh12_r15")
    assert writer.rows_as_json() == jsonl_rows(FRESH12)


def test_fresh12_uses_all_four_forms() -> None:
    forms = [row["style"] for row in jsonl_rows(FRESH12)]
    assert set(forms) == set(FORMS) and all(forms.count(form) >= 50 for form in FORMS)


def test_fresh12_shares_no_text_with_training_examples_or_the_other_sets() -> None:
    others = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
    others += [SET_DIR / f"{name}.jsonl" for name in EARLIER_SETS]
    assert leaked(jsonl_rows(FRESH12), jsonl_shingles(others)) == []


def test_the_round_fifteen_tables_do_not_leak_into_the_sets() -> None:
    table_rows = [{"id": text[:30], "text": text} for text, _ in TYPED + TWINS]
    sets = [SET_DIR / f"{name}.jsonl" for name in (*EARLIER_SETS, "fresh12")]
    assert leaked(table_rows, jsonl_shingles(sets)) == []
