"""Typing round sixteen: short news whose sub-type turns on one telling detail. Readings, each with the case it fixes
and near twins it must leave alone:
- a named agent that is the attack's means ("targeted with chloropicrin", "gas attacks with chloropicrin", "a nerve
  agent attack", "grenades loaded with a toxic riot-control gas") is a chemical weapon, though an attack, killing or
  grenade verb tells the act (``typing_rules._AGENT_AS_THE_MEANS``); an agent named beside the attack but not as its
  means (a chlorine plant attacked, a toxic smell after tear gas) is not;
- a vessel or vehicle that "caught fire" or "burst into flames", and a blast at a store of chemicals or fuel, are
  accidents (``event_filter._ACCIDENT``); the same words beside gunmen, arsonists or a drone are not;
- protesters "killed in clashes" are the harmed, not a side: police firing on them stays excessive force
  (``typing_rules._HARMED_IN``); protesters who "clashed with police" or threw stones stay a violent demonstration;
- the lexicon's missing words: a place "reclaimed / retook / took back from" a side told before its verb ("Lalibela,
  which troops reclaimed from Tigrayan forces"); a truce "called off by" a group; a group "handing its role /
  mission to" another or announcing its exit; a drone "brought down" past an aside, a bomber stopped "before he could
  detonate", a car "packed with explosives" stopped at a checkpoint; one explosive or bomb thrown (not "threw bombs"
  beside gunfire, nor a petrol bomb);
- a count of a hundred or more, or a vague plural, killed "this year" in headline-speak is a year's tally, no event
  (``cues._LARGE_COUNT_JUST_BEFORE``); a day's attack ranked "the deadliest this year" is not;
- a "would-be" bomber or kidnapper is no modality (``cues._MODALITY``); bombers shot "before they could detonate" are
  a weapon disrupted (``typing_rules._STOPPED_IN_TIME``); a gunman stopped before he could reach a gate is not;
- a place "walked into unopposed" or "surrendered without a fight" changes hands peacefully (the lexicon's
  "transfer" verbs).
The fresh13 yardstick's own checks (split, coverage, rebuilt by its script, no text shared). Every sentence is written
for these tests; none is taken or paraphrased from the news-types sets or the evaluation articles."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

import typing_tables

PUBLISHED = datetime(2020, 6, 15)
CH, GR, DWU = "Chemical weapon", "Grenade", "Disrupted weapons use"
EF, VD = "Excessive force against protesters", "Violent demonstration"
# (text, main draft's sub-type; None: no event); each row fails before the round
TYPED: list[tuple[str, str | None]] = [
    # a named agent as the attack's means
    ("Eleven villagers died after a sarin attack on Al-Lataminah, doctors at a field clinic said.", CH),
    ("Russian units used grenades loaded with a toxic tear agent against Ukrainian dugouts near Robotyne, wounding two.",
     CH),
    # accidents told with fire and a chemical store
    ("A ferry carrying traders caught fire on Lake Kivu near Goma on Thursday, and 27 passengers died, officials said.",
     None),
    ("A blast at a fuel storage site in Conakry's Kaloum district killed 24 people overnight, the government said.",
     None),
    # protesters named as the harmed in "clashes"
    ("Six protesters killed in Dhaka clashes. Police fired live rounds at students marching on the ministry, killing "
     "six, a hospital said.", EF),
    # the lexicon's missing words
    ("Residents began returning to Mekelle's outskirts, which federal troops retook from TPLF fighters on Friday.",
     "Government regains territory"),
    ("A truce with the army was called off by the Arakan Army on Monday, the group said.", "Change to group/activity"),
    ("The Turkish brigade said on Sunday it was handing its mission to the Azerbaijani army and leaving the region.",
     "Change to group/activity"),
    ("Militants said a drone, which had been circling the camp for an hour, was brought down by their jammers on "
     "Tuesday.", DWU),
    ("Police overpowered a teenager at the gate of a church in Maiduguri before he could detonate his vest.", DWU),
    ("Soldiers stopped a truck packed with explosives at a checkpoint outside Kismayo on Monday, the army said.", DWU),
    ("A man on a motorbike threw a bomb at a police post in Imphal on Sunday night, injuring two constables.", GR),
    # a year's count in headline-speak; a "would-be" attacker; bombers stopped in time; places given up unopposed
    ("Hundreds of herders killed in Benue this year, a rights group says.", None),
    ("A would-be kidnapper was beaten to death by a crowd in Kano on Monday.", "Mob violence"),
    ("Three would-be suicide bombers were shot dead before they could detonate their belts outside a mosque in "
     "Maiduguri, police said.", DWU),
    ("Rebel fighters walked into the town of Bambari unopposed after the prefect fled, residents said.",
     "Non-violent transfer of territory"),
    ("Officials in Kunduz agreed on Sunday to surrender the city without resistance, and the Taliban took it over that "
     "evening, elders said.", "Non-violent transfer of territory"),
]
# Near twins: each keeps its reading before and after the round.
TWINS: list[tuple[str, str | None]] = [
    ("Gunmen attacked the village with machetes on Monday, killing 12 people, police said.", "Attack"),
    ("Police fired tear gas at protesters in Nairobi on Tuesday, and a toxic smell filled the streets.",
     "Protest with intervention"),
    ("Arsonists torched a minibus in Kisumu on Friday, which burst into flames, killing three passengers.", "Attack"),
    ("A drone struck an oil depot in Bryansk on Sunday, and the tanks caught fire, killing two workers.",
     "Air/drone strike"),
    ("Protesters clashed with police in Lima on Sunday, and officers opened fire, killing two.", VD),
    ("Attackers in the hills fired on homes in a village near Churachandpur and threw bombs into a compound on "
     "Saturday, killing two farmers and wounding four people, police said.", "Attack"),
    ("A man threw a petrol bomb at the door of a mosque in Leeds on Friday night, police said; no one was hurt.",
     "Looting/property destruction"),
    ("Gunmen killed 14 villagers in Benue on Sunday, the deadliest attack this year, police said.", "Attack"),
    ("Soldiers shot dead a gunman before he could reach the school gate in Kano on Monday, police said.", "Attack"),
]


@pytest.mark.parametrize("text, expected", TYPED)
def test_round_sixteen_readings_type_the_snippet(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", TWINS)
def test_near_twins_keep_their_reading(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


# --------------------------------------------------------------------------- the fresh13 yardstick itself

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH13 = SET_DIR / "fresh13.jsonl"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import (  # noqa: E402
    check_fresh_split, check_sub_types_and_non_events, jsonl_rows, jsonl_shingles, leaked, load_script,
)

EARLIER_SETS = ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
                "fresh10", "fresh11", "fresh12")
FORMS = ("head", "passive", "clause", "long")


def test_fresh13_parts_split_every_third_row_out() -> None:
    check_fresh_split(load_script(SET_DIR / "score_news_types.py", "score_news_types_r16"), "--fresh13", "f13")


def test_fresh13_covers_every_sub_type_and_its_non_events() -> None:
    check_sub_types_and_non_events(jsonl_rows(FRESH13))


def test_fresh13_is_rebuilt_exactly_by_its_script() -> None:
    writer = load_script(SET_DIR / "write_fresh13.py", "write_fresh13_r16")
    assert writer.rows_as_json() == jsonl_rows(FRESH13)


def test_fresh13_uses_all_four_forms() -> None:
    forms = [row["style"] for row in jsonl_rows(FRESH13)]
    assert set(forms) == set(FORMS) and all(forms.count(form) >= 50 for form in FORMS)


def test_fresh13_shares_no_text_with_training_examples_or_the_other_sets() -> None:
    others = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
    others += [SET_DIR / f"{name}.jsonl" for name in EARLIER_SETS]
    assert leaked(jsonl_rows(FRESH13), jsonl_shingles(others)) == []


def test_the_round_sixteen_tables_do_not_leak_into_the_sets() -> None:
    table_rows = [{"id": text[:30], "text": text} for text, _ in TYPED + TWINS]
    sets = [SET_DIR / f"{name}.jsonl" for name in (*EARLIER_SETS, "fresh13")]
    assert leaked(table_rows, jsonl_shingles(sets)) == []
