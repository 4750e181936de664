"""Typing round nine: the act told first types the snippet (a later act told after "later", "the next day",
"afterwards" does not), crowds of protesters or party supporters burning and vandalising (a violent demonstration, not
property destruction), force used on people told as marching or rallying (an intervention on a protest, not an
attack or plain arrests), and weapons shot down, intercepted or defused (Disrupted weapons use, not the weapon's
strike). Each table mixes wordings (headline plus first sentence, attribution first, counts first, passive voice,
nouns, translated-press style) with near twins that must keep their reading. Every sentence is written for these
tests (modelled on common wire and local-press phrasings); none is taken or paraphrased from the news-types sets or
the evaluation articles."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import typing_tables
from eventwire.extract import ExtractionKit
from eventwire.extract.typing_rules import type_from_tactics
from eventwire.records import EVENT_TYPE_OF

SHELLING, AIR, IED, CLASH = ("Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED",
                             "Armed clash")
PEACEFUL, INTERVENTION, FORCE, RIOT, MOB = ("Peaceful protest", "Protest with intervention",
                                            "Excessive force against protesters", "Violent demonstration",
                                            "Mob violence")
ARRESTS, LOOTING, DISRUPTED = "Arrests", "Looting/property destruction", "Disrupted weapons use"

# --------------------------------------------------------------------------- the variation tables
# (text, expected sub-type). Rows that still fail after the round are listed in STILL_MISSED (strict xfail).

LEAD_ACT = [
    ("Russian artillery shelled the centre of Kherson on Monday, and Ukrainian drones later struck a Russian command "
     "post across the river, officials said.", SHELLING),
    ("Demonstrators marched peacefully through Lagos on Friday; the next day police arrested three of the organisers "
     "at their homes.", PEACEFUL),
    ("A roadside bomb struck a police truck near Bannu on Tuesday, and hours later a drone hit a compound in the same "
     "district, police said.", IED),
    ("Al-Shabaab fired mortars at the airport zone in Mogadishu on Tuesday; the following day AU helicopters struck "
     "the group's hideouts in Lower Shabelle.", SHELLING),
    ("Teachers held a sit-in outside the education ministry in Nairobi, and police afterwards detained two union "
     "officials at their office.", PEACEFUL),
    ("Houthi forces launched a missile toward Eilat on Sunday, and Israeli warplanes subsequently bombed the port of "
     "Hodeidah, the army said.", SHELLING),
    ("The terrorists fired shells on the town of Kaya, and later the air vector of the army struck their positions, "
     "reported the governor.", SHELLING),
    ("Rocket fire from Gaza hit Ashkelon in the morning; Israeli air strikes on Khan Younis followed later in the day, "
     "the army said.", SHELLING),
]
LEAD_ACT_TWINS = [
    ("Israeli jets struck targets in south Lebanon on Tuesday, and Hezbollah later fired rockets into the Galilee, "
     "the army said.", AIR),
    ("Police fired tear gas at marchers in Nairobi and later arrested a dozen of them, witnesses said.", INTERVENTION),
    ("Gang members fought a gun battle with police in Martissant, and later that night they set fire to several "
     "houses.", CLASH),
    ("An explosive device hit an army patrol near Gao on Monday, and a wounded soldier later died in hospital, the "
     "army said.", IED),
    ("Gunmen abducted a cattle trader near Birnin Gwari, and he was later found dead by the roadside, police said.",
     "Attack"),
    ("Protesters blocked the main road in Isiolo and later set a police car on fire, witnesses said.", RIOT),
    ("Protesters marched to the governor's office in Isiolo, and later torched two police cars, witnesses said.",
     RIOT),
]

CROWD_ARSON = [
    ("Protesting garment workers hurled bricks at factory gates and torched a police kiosk in Ashulia, police said.",
     RIOT),
    ("Supporters of the jailed opposition leader set fire to the ruling party's office in Conakry, witnesses said.",
     RIOT),
    ("A ruling party office was torched by opposition supporters in Kisumu after the results were announced, police "
     "said.", RIOT),
    ("Angry demonstrators vandalised the governor's residence and burned two vehicles in Kano, police said.", RIOT),
    ("Students protesting a fee increase smashed windows and set a university bus alight in Johannesburg, campus "
     "security said.", RIOT),
    ("Banks and a police post burned in Santiago as demonstrators fought police on Friday night, the government "
     "said.", RIOT),
    ("Partisans of the opposition have burned the headquarters of the mayoralty of Ziguinchor, reported local media.",
     RIOT),
]
CROWD_ARSON_TWINS = [
    ("Gunmen set fire to a police post in Cauca overnight, with nobody inside, the army said.", LOOTING),
    ("Unknown persons torched the office of the electoral commission in Enugu overnight, police said.", LOOTING),
    ("A mob burned the house of a man accused of blasphemy in Sargodha, police said.", MOB),
]

MARCHERS_MET_WITH_FORCE = [
    ("Police fired tear gas at hundreds of nurses marching on the health ministry in Harare, witnesses said.",
     INTERVENTION),
    ("Police said they detained 40 teachers who tried to march to parliament in Freetown despite a ban.", INTERVENTION),
    ("More than 150 people were detained at rallies against the war in Moscow and St Petersburg, a monitoring group "
     "said.", INTERVENTION),
    ("Riot police used water cannon on students rallying outside the presidency in Bishkek, local media said.",
     INTERVENTION),
    ("Dozens of women marching in white were grabbed by masked officers and pushed into vans in Minsk, witnesses "
     "said.", INTERVENTION),
    ("Gendarmes broke up a gathering of opposition supporters in Conakry with tear gas, their party said.",
     INTERVENTION),
    ("Officers arrested 25 farmers who had blocked the motorway near Lille, prefecture officials said.", INTERVENTION),
]
MARCHERS_TWINS = [
    ("Police arrested 12 suspects over last week's protests in Nairobi, the police chief said.", ARRESTS),
    ("Police fired live bullets at peaceful marchers in Mandalay, killing three, witnesses said.", FORCE),
    ("Police arrested the organiser of last month's march at his home in Harare, his lawyer said.", ARRESTS),
]

WEAPONS_STOPPED = [
    ("Air defences shot down most of the 70 drones launched toward Kyiv overnight, the air force said.", DISRUPTED),
    ("Ukraine downs 45 Russian drones over the Odesa region, the air force says.", DISRUPTED),
    ("A patrol discovered and destroyed an improvised explosive device on the road to Boni, the army said.",
     DISRUPTED),
    ("Sappers defused a landmine planted on the Kandahar highway, police said.", DISRUPTED),
    ("Two rockets fired at the Green Zone were intercepted by the C-RAM system, Iraqi security sources said.",
     DISRUPTED),
    ("A Houthi drone aimed at a tanker in the Red Sea was downed by a French frigate, the ministry said.", DISRUPTED),
    ("The Army destroyed in a controlled way a minefield laid by guerrillas near a school in Arauca, the division "
     "said.", DISRUPTED),
]
WEAPONS_TWINS = [
    ("A Russian drone struck an apartment block in Odesa, killing two people, the governor said.", AIR),
    ("An improvised explosive device hit an army patrol on the road to Boni, killing three soldiers.", IED),
    ("Russian forces launched 40 drones at Kharkiv, hitting a power plant, the mayor said.", AIR),
]

TABLES = {
    "lead act": (LEAD_ACT, LEAD_ACT_TWINS),
    "crowd arson": (CROWD_ARSON, CROWD_ARSON_TWINS),
    "marchers met with force": (MARCHERS_MET_WITH_FORCE, MARCHERS_TWINS),
    "weapons stopped": (WEAPONS_STOPPED, WEAPONS_TWINS),
}
# Rows the round's mechanisms do not reach (reported in docs/decisions/classifier.md); strict, so a fix shows.
STILL_MISSED = {
    LEAD_ACT[7][0],  # "followed later in the day": the marker stands far from its clause opener
    WEAPONS_STOPPED[5][0],  # "was downed by a French frigate": no event is detected (a lexicon matter)
    # party supporters or partisans who burn, with no protest word: the training notes split (Mob violence 13,
    # Violent demonstration 8 of 28), so no rule reads them; the table keeps them to show the gap
    CROWD_ARSON[1][0], CROWD_ARSON[2][0], CROWD_ARSON[6][0],
}


PUBLISHED = datetime(2021, 3, 1)


def main_sub_type(kit: ExtractionKit, text: str) -> str | None:
    return typing_tables.main_sub_type(kit, text, PUBLISHED)


def _rows(kind: int) -> list:
    return typing_tables.table_rows(TABLES, STILL_MISSED, kind)


@pytest.mark.parametrize("text, expected", _rows(0))
def test_variation_rows_are_typed_as_coded(kit, text, expected) -> None:
    assert main_sub_type(kit, text) == expected


@pytest.mark.parametrize("text, expected", _rows(1))
def test_near_twins_keep_their_reading(kit, text, expected) -> None:
    assert main_sub_type(kit, text) == expected


# --------------------------------------------------------------------------- a property: a later act never types the lead

_LEADS = [
    ("Troops clashed with rebels near Beni on Monday", ["clash"]),
    ("Protesters marched through the centre of Accra", ["protest"]),
    ("Militants fired rockets at the airport zone", ["shelling"]),
    ("A roadside bomb hit an army patrol near Gao", ["ied"]),
    ("Gunmen kidnapped two aid workers near Kidal", ["abduction"]),
]
_LATER_ACTS = [
    (", and jets later bombed the hills", ["air_strike"]),
    ("; the next day police arrested five organisers", ["arrest"]),
    (", and the army afterwards shelled the area", ["shelling"]),
    ("; hours later a drone struck a compound nearby", ["air_strike"]),
    (", and police subsequently detained a dozen students", ["arrest"]),
]


@settings(max_examples=60, deadline=None)
@given(lead=st.sampled_from(_LEADS), later=st.sampled_from(_LATER_ACTS),
       source=st.sampled_from([", officials said.", ", witnesses said.", "."]))
def test_a_later_act_does_not_change_the_lead_acts_type(lead, later, source) -> None:
    (lead_text, lead_tactics), (later_text, later_tactics) = lead, later
    alone = type_from_tactics(lead_tactics, lead_text + source, None, 0, None)
    with_later = type_from_tactics(lead_tactics + later_tactics, lead_text + later_text + source, None, 0, None)
    assert with_later.sub_event_type == alone.sub_event_type
    if with_later.sub_event_type is not None:
        assert EVENT_TYPE_OF[with_later.sub_event_type] == with_later.event_type


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(["later", "the", "next", "day", "and", ",", ";", "police", "arrested",
                                       "protesters", "torched", "supporters", "drones", "shot", "down", "marching",
                                       "tear", "gas", "afterwards", "jets", "struck", "."]), min_size=1, max_size=16),
       tactics=st.lists(st.sampled_from(["protest", "arrest", "arson", "air_strike", "attack", "classified"]),
                        min_size=1, max_size=3))
def test_round_nine_rules_always_give_a_coherent_type(words, tactics) -> None:
    decision = type_from_tactics(tactics, " ".join(words), None, 0, None)
    if decision.sub_event_type is not None:
        assert EVENT_TYPE_OF[decision.sub_event_type] == decision.event_type


# --------------------------------------------------------------------------- the fresh6 yardstick itself

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH6 = SET_DIR / "fresh6.jsonl"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import (  # noqa: E402
    check_fresh_split, check_sub_types_and_non_events, jsonl_rows, jsonl_shingles, leaked, load_script,
)


def test_fresh6_parts_split_every_third_row_out() -> None:
    check_fresh_split(load_script(SET_DIR / "score_news_types.py", "score_news_types_r9"), "--fresh6", "f6")


def test_fresh6_covers_every_sub_type_and_its_non_events() -> None:
    check_sub_types_and_non_events(jsonl_rows(FRESH6))


def test_fresh6_is_rebuilt_exactly_by_its_script() -> None:
    writer = load_script(SET_DIR / "write_fresh6.py", "write_fresh6_r9")
    assert writer.rows_as_json() == jsonl_rows(FRESH6)


def test_fresh6_shares_no_text_with_training_examples_or_the_other_sets() -> None:
    others = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
    others += [SET_DIR / f"{name}.jsonl" for name in ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5")]
    assert leaked(jsonl_rows(FRESH6), jsonl_shingles(others)) == []


def test_the_round_nine_tables_do_not_leak_into_the_sets() -> None:
    table_rows = [{"id": text[:30], "text": text} for rows, twins in TABLES.values() for text, _ in rows + twins]
    sets = [SET_DIR / f"{name}.jsonl" for name in ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")]
    assert leaked(table_rows, jsonl_shingles(sets)) == []
