"""Typing round fourteen: short news whose act sits in a subordinate clause of a long lead, or is named by a noun only
("the capture of ... was confirmed", "the pillaging of ..."), and protests named by their cause. Readings, each with the
case it fixes and near twins it must leave alone:
- an act noun that opens the sentence as the subject of a verb saying the act happened or was attested ("was
  confirmed / announced / completed / documented", "took place", "came into force", "brought home", "left ... dead")
  reports the act (``cues.subject_noun_told``); a noun inside another head ("the anniversary of the massacre"), a bare
  definite noun pointing back ("The ceasefire took effect on ...") and verbs of doubt are not read;
- the opening, creation or establishment of a base or post, a curfew "was declared", "pillaging" (the lexicon);
- captives "freed after ... negotiated their release" are an agreement (the lexicon);
- an act "set ... ablaze" with its object between, by a crowd named by its demand ("traders demanding ...") is a
  violent demonstration (the lexicon, ``typing_rules._PROTEST_CROWD_AGENT``);
- a riot named as the act is the demonstrators' (``typing_rules._DEMONSTRATORS``);
- someone dragged or beaten "by a crowd" is a lynch mob's victim (``typing_rules._LYNCH_MOB``);
- police storming a place to make an arrest, with nobody hurt, is the arrest (``typing_rules._stormed_to_arrest``);
- captives "seized" named as missionaries, nuns, tourists, crews ... (not the drivers' trucks), and a crowd
  "dispersed with tear gas" in translated order (the lexicon);
- a place's aside in the past perfect (", where violence had killed dozens,") is history, and a relative clause closed
  only by its source (", which killed him with sticks, police said") is no aside (``cues._inside_appositive``).
The fresh11 yardstick's own checks (split, coverage, rebuilt by its script, no text shared). Every sentence is written
for these tests; none is taken or paraphrased from the news-types sets or the evaluation articles."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

import typing_tables

PUBLISHED = datetime(2020, 6, 15)
AT, AC = "Attack", "Armed clash"
# (text, main draft's sub-type; None: no event); each row fails before the round
TYPED = [
    # an act noun as the subject of a verb that says it happened or was attested
    ("The capture of Kalehe by M23 fighters after a week of heavy fighting was confirmed by the provincial governor.",
     "Non-state actor overtakes territory"),
    ("The handover of Camp Tessalit to the Malian army by UN peacekeepers was completed without a ceremony.",
     "Non-violent transfer of territory"),
    ("The pillaging of the district warehouse in Kutum by militiamen, who loaded sacks onto trucks, was documented by "
     "aid workers.", "Looting/property destruction"),
    ("The establishment of a new army camp at Kidira was announced by the defence ministry on Monday.",
     "Headquarters or base established"),
    ("A night-time curfew across the border districts was declared by the governor on Friday.",
     "Change to group/activity"),
    # a negotiated release
    ("Three Filipino sailors, whom pirates had held off Somalia, were freed after their employer negotiated their "
     "release, the ministry said.", "Agreement"),
    # a crowd named by its demand sets fire
    ("Traders demanding the return of their stalls set the municipal office ablaze in Kano, police said.",
     "Violent demonstration"),
    # a riot named as the act
    ("A riot in Leicester against the closure of the mosque left shops looted and two buses burned.",
     "Violent demonstration"),
    # a passive lynching
    ("A herder accused of theft was dragged off a bus by a crowd near Gaya, which killed him with sticks, police said.",
     "Mob violence"),
    # a place's aside in the past perfect is history
    ("Police in Kafanchan, where gunmen had killed ten villagers, arrested three opposition activists on Monday.",
     "Arrests"),
    # the state storming a place to arrest
    ("The former minister was arrested at dawn when police stormed his villa in Conakry, his lawyer said.", "Arrests"),
]
# Twins: the same words in a reading the round must leave as it was (each passes before and after).
TWINS = [
    # a noun inside another head, a definite noun pointing back, a verb of doubt
    ("The anniversary of the Kalehe massacre was marked by a march of survivors.", None),
    ("The ceasefire took effect on November 27.", None),
    ("The capture of Kalehe by M23 fighters was denied by the army on Tuesday.", None),
    ("Similar attacks on villages near Beni have been reported since January, the UN said.", None),
    # released without a negotiation: still the captors' act
    ("A truce between the herders and the farmers of Yola came into force on Sunday, the emir said.", "Agreement"),
    ("A prisoner exchange between the army and the rebels at Kismayo brought home 40 soldiers, officials said.",
     "Agreement"),
    # an aside with "where" that is the act itself stays the act
    ("Gunmen stormed the village of Tanda, where they killed 20 people, officials said.", AT),
    # armed men burning, not a crowd with a demand
    ("Gunmen demanding ransom torched the village chief's house in Zamfara, police said.",
     "Looting/property destruction"),
    # an aside closed by another clause stays an aside; one about a thing is no act of its own
    ("Soldiers opened fire on a minibus near Tibati, which carried traders to the market, officials said.", AT),
    # riot police are no riot
    ("Riot police fired tear gas at marchers in Nairobi, witnesses said.", "Protest with intervention"),
    # the state storming with gunfire is no plain arrest
    ("Police stormed a hideout in Karachi and arrested two militants after a gun battle, officials said.", AC),
]

TYPED += [
    # captives the lexicon lacked, and a dispersal told in translated order
    ("Gunmen seized two Italian nuns from their convent near Kidal, church officials said.",
     "Abduction/forced disappearance"),
    ("Gendarmes dispersed with tear gas the marchers gathered outside the prefecture in Conakry.",
     "Protest with intervention"),
]
TWINS += [
    ("Police seized the drivers' trucks at the border crossing near Malaba, officials said.", None),
]

@pytest.mark.parametrize("text, expected", TYPED)
def test_round_fourteen_readings_type_the_snippet(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", TWINS)
def test_near_twins_keep_their_reading(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


# --------------------------------------------------------------------------- the fresh11 yardstick itself

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH11 = SET_DIR / "fresh11.jsonl"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import (  # noqa: E402
    check_fresh_split, check_sub_types_and_non_events, jsonl_rows, jsonl_shingles, leaked, load_script,
)

EARLIER_SETS = ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
                "fresh10")
FORMS = ("subclause", "noun", "cause")


def test_fresh11_parts_split_every_third_row_out() -> None:
    check_fresh_split(load_script(SET_DIR / "score_news_types.py", "score_news_types_r14"), "--fresh11", "f11")


def test_fresh11_covers_every_sub_type_and_its_non_events() -> None:
    check_sub_types_and_non_events(jsonl_rows(FRESH11))


def test_fresh11_is_rebuilt_exactly_by_its_script() -> None:
    writer = load_script(SET_DIR / "write_fresh11.py", "write_fresh11_r14")
    assert writer.rows_as_json() == jsonl_rows(FRESH11)


def test_fresh11_uses_all_three_forms() -> None:
    forms = [row["style"] for row in jsonl_rows(FRESH11)]
    assert set(forms) == set(FORMS) and all(forms.count(form) >= 15 for form in FORMS)


def test_fresh11_shares_no_text_with_training_examples_or_the_other_sets() -> None:
    others = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
    others += [SET_DIR / f"{name}.jsonl" for name in EARLIER_SETS]
    assert leaked(jsonl_rows(FRESH11), jsonl_shingles(others)) == []


def test_the_round_fourteen_tables_do_not_leak_into_the_sets() -> None:
    table_rows = [{"id": text[:30], "text": text} for text, _ in TYPED + TWINS]
    sets = [SET_DIR / f"{name}.jsonl" for name in (*EARLIER_SETS, "fresh11")]
    assert leaked(table_rows, jsonl_shingles(sets)) == []
