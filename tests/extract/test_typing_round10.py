"""Typing round ten: short news reads (headline plus one sentence, a lead alone, a headline told numbers first).
Two mechanisms, each with a variation table and near twins that must keep their reading: a short report in which no
sentence made a mention is read whole by the classifier (``mentions._short_report_read_whole``), and a place told
as captured, seized, overrun, liberated or retaken is taken by force even when no fighting is told
(``typing_rules._territory``). Every sentence is written for these tests (modelled on common wire, agency and
local-press phrasings); none is taken or paraphrased from the news-types sets or the evaluation articles."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

import typing_tables
from eventwire.extract import ExtractionKit

GOV, NONSTATE, HANDOVER = ("Government regains territory", "Non-state actor overtakes territory",
                           "Non-violent transfer of territory")

# --------------------------------------------------------------------------- the variation tables
# (text, expected sub-type; None: no event). Rows that still fail after the round are in STILL_MISSED (strict xfail).

TAKEN_BY_FORCE = [
    ("Houthi fighters captured the district centre of Harib on Thursday, tribal sources said.", NONSTATE),
    ("Kachin rebels seize Bhamo airport, residents say", NONSTATE),
    ("Government troops recaptured the town of Gao on Friday, the defence ministry said.", GOV),
    ("Al-Shabaab overran the village of Galcad at dawn on Monday, elders said.", NONSTATE),
    ("Colombian soldiers retook the hamlet of El Plateado from FARC dissidents on Sunday, the army said.", GOV),
    ("TNLA captures Kyaukme in northern Shan, ending junta rule in the town", NONSTATE),
    ("Sudanese army liberates Jebel Moya, state television says", GOV),
    ("The town of Kamanyola was seized by M23 rebels on Saturday, local officials said.", NONSTATE),
]
TAKEN_BY_FORCE_TWINS = [
    ("Rebels entered the town of Kalehe unopposed on Tuesday after government troops withdrew overnight.", HANDOVER),
    ("Taliban fighters captured the provincial capital without a fight after the governor fled, officials said.",
     HANDOVER),
    ("The militia seized the army base at Kalma after the soldiers withdrew overnight, residents said.", HANDOVER),
    ("Police seized 40 rifles and a truck of ammunition at a checkpoint near Kano on Monday.",
     "Disrupted weapons use"),
]

# Short reports whose act words the lexicon reads only as bare references or a summary ("combats", "a night of
# shooting", "after weeks of fighting") while the classifier, reading the whole report, reads one act.
READ_WHOLE = [
    ("Combats are opposing since dawn the FARDC to the CODECO militiamen on the hills around Djugu, local sources "
     "indicate.", "Armed clash"),
    ("Hodan has fallen: after a night of shooting with the police, al-Shabaab gunmen now hold the district station "
     "and officers fled, residents say.", NONSTATE),
    ("Residents posted on social media that Arakan Army fighters had seized the Buthidaung battalion base after weeks "
     "of fighting.", NONSTATE),
    ("Heavy gunfire between the army and RSF fighters around the Omdurman bridges, witnesses report.",
     "Armed clash"),
    ("Intense combats this morning between the FAMa and the terrorists near Boulkessi, with losses on both sides, "
     "according to local sources.", "Armed clash"),
    ("Gang members of Viv Ansanm now control Mirebalais after a night of shooting with police, residents say.",
     NONSTATE),
    ("Chlorine attack on Saraqeb. Dozens of people suffered breathing problems after a barrel fell on the town, "
     "rescuers said.", "Chemical weapon"),
    ("Arakan Army fighters had taken the Taung Bazar battalion headquarters after weeks of fighting, locals wrote on "
     "Facebook.", NONSTATE),
]
READ_WHOLE_TWINS = [
    ("Combats between the FARDC and CODECO have displaced 20,000 people around Djugu since January, OCHA said.",
     None),
    ("Survivors' families have written to the public prosecutor, accusing soldiers of killing their sons in the "
     "raid.", None),
    ("The fall of Hodan to al-Shabaab in 2009 still shapes how residents see the police, a researcher said.", None),
    ("Weeks of fighting around Buthidaung have left the town's hospital without doctors, aid workers said.", None),
    ("Heavy gunfire was heard in a film shot around the Omdurman bridges, its director said on Sunday.", None),
    ("The army denied that terrorists had seized the Boulkessi camp, calling the reports false.", None),
]

TABLES = {
    "taken by force": (TAKEN_BY_FORCE, TAKEN_BY_FORCE_TWINS),
    "short report read whole": (READ_WHOLE, READ_WHOLE_TWINS),
}
# Rows the round's mechanisms do not reach (reported in docs/decisions/classifier.md); strict, so a fix shows.
STILL_MISSED = {
    TAKEN_BY_FORCE[6][0],  # a headline alone in the present tense: no event is detected (a lexicon matter)
    READ_WHOLE[0][0],  # translated word order: the classifier reads the whole report below its bar (0.95)
    READ_WHOLE[7][0],  # "after weeks of fighting" is read as a summary: the veto the twins need ("a year of fighting")
    READ_WHOLE_TWINS[4][0],  # "gunfire ... in a film": the lexicon's figurative reading misses "film shot"
}


PUBLISHED = datetime(2024, 3, 1)


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


# --------------------------------------------------------------------------- the fresh7 yardstick itself

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH7 = SET_DIR / "fresh7.jsonl"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import (  # noqa: E402
    check_fresh_split, check_sub_types_and_non_events, jsonl_rows, jsonl_shingles, leaked, load_script,
)


def test_fresh7_parts_split_every_third_row_out() -> None:
    check_fresh_split(load_script(SET_DIR / "score_news_types.py", "score_news_types_r10"), "--fresh7", "f7")


def test_fresh7_covers_every_sub_type_and_its_non_events() -> None:
    check_sub_types_and_non_events(jsonl_rows(FRESH7))


def test_fresh7_is_rebuilt_exactly_by_its_script() -> None:
    writer = load_script(SET_DIR / "write_fresh7.py", "write_fresh7_r10")
    assert writer.rows_as_json() == jsonl_rows(FRESH7)


def test_fresh7_shares_no_text_with_training_examples_or_the_other_sets() -> None:
    others = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
    others += [SET_DIR / f"{name}.jsonl" for name in ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")]
    assert leaked(jsonl_rows(FRESH7), jsonl_shingles(others)) == []


def test_the_round_ten_tables_do_not_leak_into_the_sets() -> None:
    table_rows = [{"id": text[:30], "text": text} for rows, twins in TABLES.values() for text, _ in rows + twins]
    sets = [SET_DIR / f"{name}.jsonl" for name in ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6",
                                                   "fresh7")]
    assert leaked(table_rows, jsonl_shingles(sets)) == []
