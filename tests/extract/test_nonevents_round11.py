"""Non-event news, round eleven: a drill's make-believe and the clause of an old act. An act aimed at a pretend target
("staged a raid on a mock position"), fired with pretend rounds ("a demonstration assault ... with blank rounds") or
told as part of an exercise ("fired missiles at a decommissioned ship ... during the exercises") is no act; a clause
"in which" or "during which" tells the act of the phrase it hangs on and is as old as that phrase's time ("the 2019
attack on the hotel complex, in which 21 people were killed", "a restaurant on the Lido last summer in which several
people died"); a withdrawal "planned", "proposed" or "scheduled" is what may come. Each table has near twins that
must stay events.

Every passage was written for these tests, modelled on real coverage; none comes from a benchmark story. The set
behind the kinds is benchmarks/news-nonevent11 (22 stories with gold `[]` and 8 twins, half with the event in the lead
and half only in the body, split into a dev and a held part); its shape is checked at the end of this file.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from nonevent_sets import check_copies_nothing, check_lengths_and_days, check_stories_twins_and_held_third
from test_nonevents_round7 import FRESH_ACT, STALE_ACT, _story, _with

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.detect import find_triggers
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
SET = REPO / "benchmarks" / "news-nonevent11"
PUBLISHED = datetime(2024, 7, 17, 9, tzinfo=timezone.utc)  # a Wednesday


def _events(kit: ExtractionKit, text: str):
    return extract_events(Article("nonevent11", "", text, PUBLISHED), kit)


def _live_acts(text: str) -> list[str]:
    return [t.span.text for t in find_triggers(text, 0, len(text), PUBLISHED.date()) if t.live and t.kind == "report"]


# --------------------------------------------------------------------------- a drill's make-believe

MAKE_BELIEVE = [
    "Last month its fighters staged a raid on a mock enemy position near the border in front of invited journalists.",
    "Commandos staged a demonstration assault on a walled compound with blank rounds and smoke grenades on Tuesday.",
    "Navy ships fired missiles at a decommissioned frigate off the coast on Monday and sank it, the high point of the "
    "annual exercises.",
    "Marines stormed a beach on Monday as part of joint amphibious drills with the visiting fleet.",
    "Troops practised raids on dummy militant camps on Tuesday during the two-week exercise near the coast.",
    "Warships and bombers simulated a blockade of the island on Tuesday in large-scale exercises, the ministry said.",
]
ACTS_IN_EARNEST = [
    ("Gunmen attacked soldiers taking part in a joint exercise near Téra on Tuesday, killing five of them.",
     "Armed clash"),
    ("Hezbollah fighters fired rockets at an Israeli army position near the border on Tuesday, the group said.",
     "Shelling/artillery/missile attack"),
    ("Hundreds of students staged a demonstration outside parliament in Nairobi on Tuesday against the new tax.",
     "Peaceful protest"),
    ("About 70 surfers held a standstill demonstration on a Cape Town beach on Tuesday during the exercise window, "
     "demanding to be allowed back in the water.", "Peaceful protest"),
]


@pytest.mark.parametrize("text", MAKE_BELIEVE)
def test_a_drills_make_believe_names_no_live_act(text) -> None:
    assert _live_acts(text) == []


@pytest.mark.parametrize("text", MAKE_BELIEVE)
def test_a_drills_make_believe_reports_no_event(kit, text) -> None:
    assert _events(kit, text) == []


@pytest.mark.parametrize(("text", "sub_event_type"), ACTS_IN_EARNEST)
def test_an_act_in_earnest_stays_an_event(kit, text, sub_event_type) -> None:
    assert [e.sub_event_type for e in _events(kit, text)] == [sub_event_type]


# --------------------------------------------------------------------------- the clause of an old act

OLD_ACTS_CLAUSES = [
    "Prosecutors on Tuesday asked the court to convict two men over the 2019 attack on the hotel complex, in which 21 "
    "people were killed.",
    "The group has often struck restaurants in the capital, including one on the seafront last summer in which "
    "several diners died.",
    "The verdict on Tuesday closed the case of the 2015 siege of the hotel, during which 20 guests were killed.",
    "Relatives gathered on Tuesday to remember the ambush years ago in which 14 soldiers were killed.",
]
NEW_ACTS_CLAUSES = [
    ("Gunmen attacked the village of Kamba in Plateau state on Sunday, the worst attack since 2019, in which 12 "
     "people were killed.", 12),
    ("Police said on Tuesday that the 2024 attack on the market, in which nine traders were killed on Monday, had been "
     "planned for weeks.", 9),
    ("Gunmen raided a hotel in Mogadishu on Monday, in which six guests were killed, police said.", 6),
]


@pytest.mark.parametrize("text", OLD_ACTS_CLAUSES)
def test_the_clause_of_an_old_act_names_no_live_act(text) -> None:
    assert _live_acts(text) == []


@pytest.mark.parametrize("text", OLD_ACTS_CLAUSES)
def test_the_clause_of_an_old_act_reports_no_event(kit, text) -> None:
    assert _events(kit, text) == []


@pytest.mark.parametrize(("text", "dead"), NEW_ACTS_CLAUSES)
def test_the_clause_of_a_new_act_keeps_its_dead(kit, text, dead) -> None:
    assert [e.fatalities.fatalities for e in _events(kit, text)] == [dead]


# --------------------------------------------------------------------------- a withdrawal planned

PLANNED_MOVES = [
    "Defence chiefs met in Nairobi on Tuesday to discuss the planned withdrawal of African Union troops from Somalia.",
    "Officials said on Tuesday the proposed handover of the last bases to the army would take place in September.",
]
MOVES_MADE = [
    "Soldiers withdrew from the town of Kamba in Ituri on Tuesday after rebels advanced, handing control to the "
    "militia.",
]


@pytest.mark.parametrize("text", PLANNED_MOVES)
def test_a_planned_withdrawal_names_no_live_act(text) -> None:
    assert _live_acts(text) == []


@pytest.mark.parametrize("text", MOVES_MADE)
def test_a_withdrawal_made_stays_live(text) -> None:
    assert _live_acts(text) == ["withdrew from"]


# --------------------------------------------------------------------------- round eleven's frames

# (title, lead): a drill, a bounty, a threat, crime figures, aid, a match, a festival: the stale act below is their
# background (round seven's story and body, with round eleven's leads).
FRAME_LEADS = [
    ("Army holds drill on northern front",
     "The army said on Wednesday it had completed a two-week exercise that simulated a war on two fronts at once."),
    ("Rewards offered for rebel chiefs",
     "The State Department on Wednesday offered rewards of up to $5 million for information on two rebel chiefs."),
    ("Militia threatens voters",
     "The militia threatened on Wednesday to punish anyone who registers to vote, in an audio message."),
    ("Murders down slightly, crime statistics show",
     "Murders fell slightly in the last quarter, according to figures presented to parliament on Wednesday."),
    ("Aid convoy reaches famine camp",
     "The first aid convoy in months reached the famine-hit camp this week, the food agency said on Wednesday."),
    ("National side wins abroad",
     "The national football team won 2-0 in a neutral stadium on Wednesday, another result far from home."),
]
# Not a deployment, a withdrawal or a supply convoy: news in themselves ("army deploys in Khiam after Israeli
# withdrawal"), so their leads are no frame and the stale act is read as before (round seven's reading, no frame).
NOT_FRAME_LEADS = [
    ("Army deploys in border town after withdrawal",
     "Soldiers deployed in the border town on Wednesday after the other side's troops completed their withdrawal."),
]


@pytest.mark.parametrize(("title", "lead"), FRAME_LEADS)
def test_a_stale_act_below_round_elevens_frames_reports_no_event(kit, title, lead) -> None:
    assert _story(kit, title, lead, _with(STALE_ACT)) == []


@pytest.mark.parametrize(("title", "lead"), FRAME_LEADS)
def test_a_fresh_act_below_round_elevens_frames_stays_an_event(kit, title, lead) -> None:
    assert [e.sub_event_type for e in _story(kit, title, lead, _with(FRESH_ACT))] == ["Attack"]


@pytest.mark.parametrize(("title", "lead"), NOT_FRAME_LEADS)
def test_a_stale_act_below_a_deployment_stays_as_before(kit, title, lead) -> None:
    assert "Attack" in [e.sub_event_type for e in _story(kit, title, lead, _with(STALE_ACT))]


# --------------------------------------------------------------------------- the set itself

NON_EVENT_STORIES, TWINS = 22, 8
MIN_WORDS, MAX_WORDS = 200, 500


def test_the_set_has_non_event_stories_twins_and_a_held_third() -> None:
    check_stories_twins_and_held_third(SET, NON_EVENT_STORIES, TWINS)


def test_the_set_holds_stories_of_its_length_each_read_with_its_day() -> None:
    check_lengths_and_days(SET, MIN_WORDS, MAX_WORDS)


def test_the_set_copies_nothing_from_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    check_copies_nothing(SET, SHARED)
