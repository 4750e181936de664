"""Typing round seven: the side that takes a place *back*, the taker told after a clause opener ("were killed as
troops recaptured"), forces loyal to a government, captures by Russian forces, captures only the classifier read,
and crowds setting things ablaze. Each table pairs a sentence with a near twin that must keep the other reading.
Every sentence is written for these tests (modelled on common wire, live-blog and local-press phrasings); none is
taken or paraphrased from the news-types sets or the evaluation articles."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import extract_events
from eventwire.extract.typing_rules import TypeDecision, type_from_tactics
from eventwire.records import EVENT_TYPE_OF, Article, TypePrediction

REGAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"
RIOT = "Violent demonstration"
PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"


def _reads(sub_event_type: str, probability: float = 0.9) -> TypePrediction:
    return TypePrediction(EVENT_TYPE_OF[sub_event_type], sub_event_type, probability, {sub_event_type: probability})


def _decide(tactics, text, prediction=None, deaths=0) -> TypeDecision:
    return type_from_tactics(tactics, text, None, deaths, prediction)


# --------------------------------------------------------------------------- places taken back

@pytest.mark.parametrize("text, expected", [
    ("Government troops retook the market town of Kalehe on Thursday after two days of fighting.", REGAINS),
    ("Soldiers seized back the river port of Malakal from the armed opposition late on Sunday.", REGAINS),
    ("Forces loyal to the unity government won back the coastal town of Sabratha on Monday.", REGAINS),
    # near twins: the same verbs with a non-state taker
    ("Rebel fighters retook the market town of Kalehe on Thursday after two days of fighting.", OVERTAKES),
    ("Militants seized back the river port of Mocimboa from the soldiers late on Sunday.", OVERTAKES),
])
def test_a_place_taken_back_belongs_to_the_side_that_took_it(text, expected) -> None:
    # the classifier reads every one of them as a rebel capture: a told state taker must win
    decision = _decide(["territory"], text, _reads(OVERTAKES))
    assert decision.sub_event_type == expected


def test_a_state_recapture_is_firm_only_against_a_rebel_reading() -> None:
    text = "Government troops retook the market town of Kalehe on Thursday."
    assert _decide(["territory"], text, _reads(OVERTAKES)).firm
    assert not _decide(["territory"], text, _reads(REGAINS)).firm  # nothing to overrule


@pytest.mark.parametrize("text, expected", [
    ("Fifteen insurgents were killed as Nigerian troops recaptured the town of Marte on Friday.", REGAINS),
    ("Several civilians died when the army retook the hill villages above Bentiu, aid workers said.", REGAINS),
    # near twins: the dead are soldiers, the taker a rebel group
    ("Fifteen soldiers were killed as insurgents captured the town of Marte on Friday.", OVERTAKES),
    ("Several soldiers died when rebels overran the hill villages above Bentiu, aid workers said.", OVERTAKES),
])
def test_the_taker_is_named_after_the_clause_opener(text, expected) -> None:
    assert _decide(["territory", "killing"], text).sub_event_type == expected


# --------------------------------------------------------------------------- foreign (Russian) captures

@pytest.mark.parametrize("text, expected", [
    ("Russian troops captured the village of Pishchane east of Kupiansk, the defence ministry in Moscow said.",
     OVERTAKES),
    ("Russia's defence ministry said its forces had taken control of the hamlet of Umanske.", OVERTAKES),
    ("17:20 - Russian units seize a railway station west of Pokrovsk, Moscow claims.", OVERTAKES),
    # near twins: Ukraine's forces taking ground, Russian forces taking ground *back*
    ("Russia's defence ministry said Ukrainian troops had captured two villages near Sudzha.", REGAINS),
    ("Russian troops recaptured the town of Sudzha in the Kursk region, the governor said.", REGAINS),
    ("Ukrainian troops liberated the village of Klishchiivka from Russian forces.", REGAINS),
])
def test_a_capture_by_russian_forces_is_a_non_state_capture(text, expected) -> None:
    assert _decide(["territory"], text, _reads(REGAINS)).sub_event_type == expected


# --------------------------------------------------------------------------- captures only the classifier read

@pytest.mark.parametrize("text, reading, expected", [
    ("The national army has taken back the control of the locality of Ber after combats.", OVERTAKES, REGAINS),
    ("The Russian army has assumed control of the settlement of Vodiane, the ministry says.", REGAINS, OVERTAKES),
    # near twins: nothing tells the taker, so the classifier's reading stands
    ("Control of the locality of Ber has changed hands after combats.", OVERTAKES, OVERTAKES),
    ("The settlement of Vodiane is under new control, the ministry says.", REGAINS, REGAINS),
])
def test_the_taker_decides_a_capture_only_the_classifier_read(text, reading, expected) -> None:
    decision = _decide([], text, _reads(reading))
    assert decision.sub_event_type == expected


@given(side=st.sampled_from(["troops", "the army", "soldiers", "security forces", "government forces"]),
       verb=st.sampled_from(["retook", "recaptured", "regained", "took back", "seized back", "won back"]),
       place=st.sampled_from(["Kalehe", "Mora", "the town of Anka", "the border post"]))
@settings(max_examples=60, deadline=None)
def test_a_state_taking_a_place_back_is_never_a_rebel_capture(side, verb, place) -> None:
    text = f"On Tuesday {side} {verb} {place}, officials said."
    for reading in (OVERTAKES, REGAINS):
        assert _decide(["territory"], text, _reads(reading)).sub_event_type == REGAINS


# --------------------------------------------------------------------------- crowds setting things ablaze

@pytest.mark.parametrize("text, expected", [
    ("Live: farmers protesting a new toll are setting fire to a police van on the Multan highway.", RIOT),
    ("The district office was set ablaze by demonstrators demanding water in Sikasso.", RIOT),
    ("Students marching against fee rises sets fire to bins, a campus guard says.", RIOT),
    # near twins: the same crowds, nothing burned
    ("Live: farmers protesting a new toll are marching along the Multan highway.", PEACEFUL),
    ("Demonstrators demanding water marched to the district office in Sikasso.", PEACEFUL),
    ("Police fired tear gas at students marching against fee rises, a campus guard says.", INTERVENTION),
])
def test_a_crowd_setting_things_ablaze_is_a_violent_demonstration(text, expected) -> None:
    assert _decide(["protest"], text).sub_event_type == expected


# --------------------------------------------------------------------------- the whole extractor

@pytest.mark.parametrize("text, expected", [
    ("Ethiopian government forces have retaken the town of Woldiya, the communication service said on Sunday.",
     REGAINS),
    ("Twelve militants were killed as Somali and Kenyan troops recaptured the town of Bula Hawo on Friday.", REGAINS),
    ("Russian forces have captured the village of Novomykhailivka, the defence ministry in Moscow said on Friday.",
     OVERTAKES),
])
def test_the_extractor_types_round_seven_kinds(kit, text, expected) -> None:
    article = Article(id="r7", title="", text=text, published_at=datetime(2024, 6, 15))
    drafts = extract_events(article, kit)
    assert drafts, text
    assert max(drafts, key=lambda d: d.confidence).sub_event_type == expected


# --------------------------------------------------------------------------- the fresh4 yardstick itself

REPO = Path(__file__).resolve().parents[2]
SET_DIR = REPO / "benchmarks" / "news-types"
FRESH4 = SET_DIR / "fresh4.jsonl"
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
from benchmark_sets import (  # noqa: E402
    check_fresh_split, check_sub_types_and_non_events, jsonl_rows, jsonl_shingles, leaked, load_script,
)


def test_fresh4_parts_split_every_third_row_out() -> None:
    check_fresh_split(load_script(SET_DIR / "score_news_types.py", "score_news_types_r7"), "--fresh4", "f4")


def test_fresh4_covers_every_sub_type_and_its_non_events() -> None:
    check_sub_types_and_non_events(jsonl_rows(FRESH4))


def test_fresh4_is_rebuilt_exactly_by_its_script() -> None:
    writer = load_script(SET_DIR / "write_fresh4.py", "write_fresh4_r7")
    assert writer.rows_as_json() == jsonl_rows(FRESH4)


def test_fresh4_shares_no_text_with_training_examples_or_the_other_sets() -> None:
    others = sorted((REPO / "src" / "eventwire" / "data" / "training").glob("*.jsonl"))
    others += [SET_DIR / name for name in ("dev.jsonl", "fresh.jsonl", "fresh2.jsonl", "fresh3.jsonl")]
    assert leaked(jsonl_rows(FRESH4), jsonl_shingles(others)) == []
