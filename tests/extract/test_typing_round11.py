"""Typing round eleven: snippets a feed gives as a headline and its lead on one line, in headline-speak. Readings, each
with the case it fixes and near twins it must leave alone:
- a short report's first sentence that made no mention is the lead's headline: its words type the lead's event
  (``assemble._event_sentences``);
- a bare singular weapon noun subject of a present-tense act verb reports that act ("Landmine hits minibus",
  ``detect._headline_subject``), and so does the act word in a first sentence's verb slot ("Army shells villages",
  "Rival gangs clash in ...", ``detect._headline_verb``) or a crowd opening it ("Rioters attack mosque",
  ``cues._crowd_headline``);
- present forms of strategic verbs ("intercept", "downs", "signs", "agree", "enter ... unopposed", the lexicon), a
  transfer told unopposed held against the classifier's sibling sub-type (``assemble._told_unopposed``);
- riot agents dropped from the air on fighters are a chemical weapon, explosives strapped to a body a suicide bomb,
  one captive told in the singular is a civilian taken (``typing_rules``); captives "marched into the bush" are no
  march, a person "seized" is abducted, a "new political leader" named is a change to the group (the lexicon);
- a sentence only the classifier reads that tells a time to come ("next week") is a plan (``detect``).
Every sentence is written for these tests; none is taken or paraphrased from the news-types sets or the evaluation
articles. Also the fresh8 yardstick's own checks (split, coverage, rebuilt by its script, no text shared)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

import typing_tables
from eventwire.extract.detect import find_triggers
from eventwire.extract.lexicon import REPORT

AIR, CHEM, IED, SUI = ("Air/drone strike", "Chemical weapon", "Remote explosive/landmine/IED", "Suicide bomb")

# --------------------------------------------------------------------------- trigger readings: (line, tactic)
HEADLINE_ACTS = [
    ("Landmine hits minibus near Jowhar.", "ied"),
    ("Suicide blast kills provincial governor in Mazar.", "suicide"),
    ("Car bomb rocks checkpoint in Mogadishu.", "ied"),  # session 26: a vehicle bomb is a remote explosive
    ("Grenade attack on Anantnag bus stand wounds nine.", "grenade"),
    ("Shelling kills four at Horlivka bus stop.", "shelling"),
    ("Houthi missile strikes cargo ship off Aden", "shelling"),
    ("Gunman attacks bus in Nakuru.", "attack"),
    ("Army shells villages near Kadugli.", "shelling"),
    ("Rival gangs clash in Port-au-Prince.", "clash"),
    ("Police arrest 40 activists in Kampala.", "arrest"),
    ("Thousands rally in Tbilisi.", "protest"),
    ("Israel strikes Hezbollah depot in Nabatieh.", "attack"),
    ("Rioters attack mosque in Hartlepool.", "riot"),
    ("Mob torches police station in Kano.", "riot"),
    ("Protesters storm tax office in Quito.", "protest"),
    ("Air defences intercept two drones over Belgorod.", "disrupted"),
    ("Ukraine downs 40 drones overnight.", "disrupted"),
    ("Government signs truce with Kachin rebels.", "agreement_signed"),
    ("Rival clans agree ceasefire in Galkayo.", "agreement_signed"),
    ("Rebels enter Bunagana unopposed.", "transfer"),
    ("Al-Shabaab names new military commander for Lower Shabelle.", "group_change"),
    ("Gunmen seized a farmer near Niamey, police said.", "abduction"),
]
# The same words naming a kind of act, a tally, a threat or a plan: no live trigger of the tactic.
HEADLINE_ACT_TWINS = [
    ("Landmines kill or maim thousands of children every year.", "ied"),
    ("Shelling kills civilians every week in Donetsk, a report says.", "shelling"),
    ("Roadside bombs kill dozens each month in Balochistan.", "ied"),
    ("Army raids in Zamfara kill 12.", "attack"),
    ("Clashes in Tripoli kill 27.", "clash"),
    ("Bandit attacks are rising in Zamfara.", "attack"),
    ("Militants threaten attacks during Pakistan polls.", "attack"),
    ("Police arrests of activists draw criticism.", "arrest"),
    ("Protests in Belgrade enter third week.", "protest"),
    ("Protesters are a common sight in Quito.", "protest"),
    ("Kyiv vows to intercept every drone fired at the capital.", "disrupted"),
    ("The government said it would sign a ceasefire next week.", "agreement_signed"),
    ("Troops enter Kidal after heavy fighting.", "transfer"),
    ("Police seized a journalist's phone at the airport.", "abduction"),
    ("Security agents seized an opposition activist outside his home in Harare, his lawyer said.", "abduction"),
    ("Gunmen marched the children into the bush, teachers said.", "protest"),
]


def _reported(line: str, tactic: str) -> bool:
    return any(t.tactic == tactic and t.live and t.kind == REPORT for t in find_triggers(line, 0, len(line)))


@pytest.mark.parametrize("line, tactic", HEADLINE_ACTS)
def test_headline_speak_reports_the_act(line, tactic) -> None:
    assert _reported(line, tactic)


@pytest.mark.parametrize("line, tactic", HEADLINE_ACT_TWINS)
def test_kinds_tallies_threats_and_plans_stay_unreported(line, tactic) -> None:
    assert not _reported(line, tactic)


# --------------------------------------------------------------------------- whole snippets: (text, main sub-type)
TYPED = [
    # the headline's words type the lead's event
    ("Villagers foaming at the mouth after Jebel Marra raid. Government aircraft dropped bombs on three villages on "
     "Sunday, killing 12, survivors said.", CHEM),
    ("Kamikaze at the gate of Halane camp. A man drove a car packed with explosives into the entrance on Tuesday, "
     "killing four guards, police said.", SUI),
    # a headline-speak subject
    ("Landmine hits minibus near Jowhar. Seven passengers died when the vehicle struck a buried device on Monday, "
     "elders said.", IED),
    # present forms, with or without the headline's full stop
    ("Air defences intercept Houthi drone over Najran The drone was destroyed above the city, the coalition said.",
     "Disrupted weapons use"),
    ("Government signs ceasefire with rebels in Juba The truce was sealed after two weeks of talks, both sides said.",
     "Agreement"),
    ("Rebels enter Bunagana unopposed. Fighters moved into the border town after soldiers crossed into Uganda, "
     "residents said.", "Non-violent transfer of territory"),
    # riot agents from the air, explosives strapped to a body
    ("Drones dropped CS gas canisters on Ukrainian dugouts near Toretsk, and two soldiers were evacuated with "
     "breathing problems, the brigade said.", CHEM),
    ("Tear gas dropped on trenches near Siversk by drones, soldiers say. Several fighters were treated for choking "
     "after the drops.", CHEM),
    ("A teenage girl with a bomb strapped to her body set it off at a checkpoint in Konduga, killing four, police "
     "said.", SUI),
    # one captive, told in the singular; captives marched off by their captors
    ("Gunmen seized an Italian aid worker outside her office in Gao on Monday, police said.",
     "Abduction/forced disappearance"),
    ("Bandits abduct 40 pupils in Zamfara school raid. The gunmen marched the children into the forest, a teacher "
     "said.", "Abduction/forced disappearance"),
    # a time still to come: a plan the classifier alone would read as the act
    ("Opposition calls mass rally in Kisumu next week. Leaders said supporters would march to the county offices.",
     None),
    ("Unions plan general strike and rally in Lagos next month, the labour congress said.", None),
]
TYPED_TWINS = [
    ("Government aircraft dropped bombs on three villages on Sunday, killing 12, survivors said.", AIR),
    ("A man drove a car packed with explosives into the entrance of Halane camp on Tuesday, killing four guards, "
     "police said.", IED),
    ("Police fired tear gas at protesters marching on parliament in Nairobi on Tuesday, witnesses said.",
     "Protest with intervention"),
    ("A police helicopter hovered as officers fired tear gas to disperse the march in Kampala on Monday.",
     "Protest with intervention"),
    ("Police arrested a man with explosives strapped to his body before he reached the mosque in Quetta, officials "
     "said.", "Arrests"),
    ("Landmines kill or maim thousands of children every year, a UN agency said in its annual report.", None),
    ("Kyiv vows to intercept every drone fired at the capital this winter, the mayor said.", None),
    ("The government said it would sign a ceasefire with the rebels next week, a minister said.", None),
    ("Opposition supporters marched through Mombasa on Saturday, organisers said.", "Peaceful protest"),
]
PUBLISHED = datetime(2024, 3, 1)


@pytest.mark.parametrize("text, expected", TYPED)
def test_headline_and_lead_rows_are_typed_as_coded(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", TYPED_TWINS)
def test_near_twins_keep_their_reading(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


# --------------------------------------------------------------------------- the fresh8 yardstick itself

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH8 = SET_DIR / "fresh8.jsonl"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import (  # noqa: E402
    check_fresh_split, check_sub_types_and_non_events, jsonl_rows, jsonl_shingles, leaked, load_script,
)

EARLIER_SETS = ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7")


def test_fresh8_parts_split_every_third_row_out() -> None:
    check_fresh_split(load_script(SET_DIR / "score_news_types.py", "score_news_types_r11"), "--fresh8", "f8")


def test_fresh8_covers_every_sub_type_and_its_non_events() -> None:
    check_sub_types_and_non_events(jsonl_rows(FRESH8))


def test_fresh8_is_rebuilt_exactly_by_its_script() -> None:
    writer = load_script(SET_DIR / "write_fresh8.py", "write_fresh8_r11")
    assert writer.rows_as_json() == jsonl_rows(FRESH8)


def test_fresh8_shares_no_text_with_training_examples_or_the_other_sets() -> None:
    others = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
    others += [SET_DIR / f"{name}.jsonl" for name in EARLIER_SETS]
    assert leaked(jsonl_rows(FRESH8), jsonl_shingles(others)) == []


def test_the_round_eleven_tables_do_not_leak_into_the_sets() -> None:
    table_rows = [{"id": text[:30], "text": text} for text, _ in HEADLINE_ACTS + HEADLINE_ACT_TWINS + TYPED + TYPED_TWINS]
    sets = [SET_DIR / f"{name}.jsonl" for name in (*EARLIER_SETS, "fresh8")]
    assert leaked(table_rows, jsonl_shingles(sets)) == []
