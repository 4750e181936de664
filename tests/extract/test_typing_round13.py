"""Typing round thirteen: short news in five forms (a rarer verb, a passive lead, a second-sentence wire brief, an act
told in a quote, a headline and its lead). Readings, each with the case it fixes and near twins it must leave alone:
- bombers who "set off" their charge and a vest worn and "detonated" are suicide bombings (the lexicon);
- a bomb "made safe" is a weapon stopped (``typing_rules._STOPPED``, the lexicon);
- "burned them alive" is a killing; a crowd that "dragged", "chased" or "set upon" someone, and a body "set alight"
  after a crowd's charge, make a lynch mob (``_LYNCH_MOB``, ``_CROWD_CHARGE``);
- goods "carried off" or "carted away" are looting; a town "was retaken", "took several villages" are captures; a new
  "detachment" or "garrison" opened is a base; fighters received "after laying down their arms" surrendered;
- marchers "dragged into vans" or "hauled onto buses" met an intervention (``typing_rules.INTERVENTION``);
- police who "picked up" someone, one "taken from his home by police" are arrests (the lexicon);
- a period told after a charge ("on charges linked to the killing of a student during the uprising") dates the
  charged deed, not the arrest (``cues._in_a_long_period``);
- a drill's pretend target or scenario ("a mock enemy ship", "simulated a blockade", "a training exercise") and a store
  of explosives going off are no events (``event_filter``);
- "engaged the hoodlums in a gun duel / gun battle / firefight" is a clash (the lexicon);
- the source a sentence closes on ("..., police say") is no party to the act: the victims read after the act's verb
  stop at the attribution (``event_actors._text_after_first_trigger``);
- a leader's supporters storming or burning are a crowd: at the state's door a riot, at a rival's a mob
  (``typing_rules._supporters_assail``).
Every sentence is written for these tests; none is taken or paraphrased from the news-types sets or the evaluation
articles. Also the fresh10 yardstick's own checks (split, coverage, rebuilt by its script, no text shared)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

import typing_tables

PUBLISHED = datetime(2020, 6, 15)
AT, AC, SUI, IED, DWU = ("Attack", "Armed clash", "Suicide bomb", "Remote explosive/landmine/IED",
                         "Disrupted weapons use")
MOB, VD, PI, AB, AR = ("Mob violence", "Violent demonstration", "Protest with intervention",
                       "Abduction/forced disappearance", "Arrests")
GRT, NSO, HQ, AGR, CHG, LOOT = ("Government regains territory", "Non-state actor overtakes territory",
                                "Headquarters or base established", "Agreement", "Change to group/activity",
                                "Looting/property destruction")

# (text, main draft's sub-type; None: no event)
TYPED = [
    ("Two teenage bombers set off their charges at the entrance of a camp for displaced people in Konduga, killing "
     "nine, officials said.", SUI),
    ("A witness said the attacker came to the checkpoint wearing a heavy vest and detonated it among the queue.", SUI),
    ("Army engineers made safe an explosive device buried under the bridge at Dikwa, a military spokesman said.", DWU),
    ("\"The crowd dragged him off the bus and beat him with sticks,\" a witness said after villagers accused a herder of "
     "stealing goats in Bihar.", MOB),
    ("Classmates beat a student unconscious and set him alight in Mardan after he was accused of blasphemy, police "
     "said.", MOB),
    ("Fighters carried off fuel, grain and medicines from the warehouse of an aid group in Kutum, the agency said.",
     LOOT),
    ("The key town of Buloburde was retaken by the army from al-Shabaab after weeks of fighting, officials said.", GRT),
    ("The army opened a new detachment of gendarmes in Titao this week, officials said.", HQ),
    ("Forty fighters were received at the barracks in Gwoza after laying down their arms, the army said.", AGR),
    ("Police detained a former governor in Khulna on charges linked to the killing of a protester during the uprising, "
     "officials said.", AR),
    ("The navy fired torpedoes at a decommissioned target ship off Busan during the exercise, the ministry said.", None),
    ("Dynamite stockpiled by quarry workers exploded in a shed in Kumasi, killing three, police said.", None),
    ("Nine dead after gunmen storm a billiards club in Machala, police say", AT),
    ("The Command wishes to inform the public that its men engaged armed robbers in a gun duel along the Owerri road, "
     "the spokesman said.", AC),
    ("Police dragged protesters into vans as they neared the parliament in Belgrade, witnesses said.", PI),
    ("The opposition had called a strike. Police picked up a union leader at his office in Bulawayo on Monday and "
     "charged him with subversion, colleagues said.", AR),
    ("Supporters of the detained opposition leader stormed the police headquarters in Kinshasa and set cars alight, "
     "police said.", VD),
    ("Supporters of the defeated councillor set fire to the house of the winning candidate in Comilla, residents said.",
     MOB),
]

# Twins: the same words in a reading the round must leave as it was.
TYPED_TWINS = [
    ("Strategic bombers struck fuel depots near Kharkiv overnight, the air force said.", "Air/drone strike"),
    ("A bomb hidden in a parked car detonated beside the governor's convoy in Mogadishu, wounding two, police said.",
     IED),
    ("Bandits attacked villagers in Zurmi and burned them alive, a local official said.", AT),
    ("Residents of Carrefour-Feuilles stopped two men they took for gang members and burned them alive, police said.",
     MOB),
    ("Protesters dragged a driver out of his car and set the vehicle on fire in Novi Sad, witnesses said.", VD),
    ("Protesters marched on the town hall in Nis and pushed a cart into the square, witnesses said.",
     "Peaceful protest"),
    ("Gunmen shot dead a trader in Nasarawa and set his body alight after accusing him of spying, police said.", AT),
    ("Gunmen carried off 20 women from a village near Kankara, residents said.", AB),
    ("Jihadists took several villagers hostage near Dori, residents said.", AB),
    ("A detachment of soldiers was ambushed near Boni by militants who fired rockets and rifles, the army said.", AC),
    ("A rebel commander announced in a video that his faction was laying down its arms and joining the peace process.",
     CHG),
    ("Police picked up the bodies of four men dumped beside the highway near Tulua, officials said.", None),
    ("The injured driver was taken to hospital by police after the crash near Nakuru, officials said.", None),
    ("Two students were killed by police during the uprising, a commission said in a report.", None),
    ("Gunmen ambushed a convoy of troops returning from a training exercise near Kidal, killing four, the army said.",
     AC),
    ("A drone hit a depot where ammunition was stored in Tikhoretsk, setting off huge blasts, the governor said.",
     "Air/drone strike"),
    ("Gunmen ambushed a police patrol near Gwadar, killing four officers, officials said.", AC),
    ("Unidentified gunmen shot dead two policemen guarding a polio team near Bannu, police said.", AC),
    ("The governor engaged the youths in a dialogue at Nnewi after the clashes, his aide said.", None),
    ("Supporters of the ruling party broke into a shop in Matale with swords and wounded a trader, police said.", AT),
    ("Supporters of the defeated councillor shot at the house of the winning candidate in Comilla, wounding two.", AT),
]


@pytest.mark.parametrize("text, expected", TYPED)
def test_round_thirteen_readings_type_the_snippet(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", TYPED_TWINS)
def test_near_twins_keep_their_reading(kit, text, expected) -> None:
    assert typing_tables.main_sub_type(kit, text, PUBLISHED) == expected


# --------------------------------------------------------------------------- the fresh10 yardstick itself

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH10 = SET_DIR / "fresh10.jsonl"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import (  # noqa: E402
    check_fresh_split, check_sub_types_and_non_events, jsonl_rows, jsonl_shingles, leaked, load_script,
)

EARLIER_SETS = ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9")
FORMS = ("lead", "passive", "wire2", "quote", "head")


def test_fresh10_parts_split_every_third_row_out() -> None:
    check_fresh_split(load_script(SET_DIR / "score_news_types.py", "score_news_types_r13"), "--fresh10", "f10")


def test_fresh10_covers_every_sub_type_and_its_non_events() -> None:
    check_sub_types_and_non_events(jsonl_rows(FRESH10))


def test_fresh10_is_rebuilt_exactly_by_its_script() -> None:
    writer = load_script(SET_DIR / "write_fresh10.py", "write_fresh10_r13")
    assert writer.rows_as_json() == jsonl_rows(FRESH10)


def test_fresh10_uses_all_five_forms() -> None:
    forms = [row["style"] for row in jsonl_rows(FRESH10)]
    assert set(forms) == set(FORMS) and all(30 <= forms.count(form) <= 60 for form in FORMS)


def test_fresh10_shares_no_text_with_training_examples_or_the_other_sets() -> None:
    others = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
    others += [SET_DIR / f"{name}.jsonl" for name in EARLIER_SETS]
    assert leaked(jsonl_rows(FRESH10), jsonl_shingles(others)) == []


def test_the_round_thirteen_tables_do_not_leak_into_the_sets() -> None:
    table_rows = [{"id": text[:30], "text": text} for text, _ in TYPED + TYPED_TWINS]
    sets = [SET_DIR / f"{name}.jsonl" for name in (*EARLIER_SETS, "fresh10")]
    assert leaked(table_rows, jsonl_shingles(sets)) == []
