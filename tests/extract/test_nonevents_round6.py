"""Non-event news, round six: an act told as a trial's or an inquiry's account (what prosecutors argue, what an
indictment alleges, what a commission found, what survivors tell the court); words of force in a match report (a
rout read as destruction, a siege of a goal, players likened to soldiers, cricket's own words).
Each table has near twins that are real events and must stay events.

Every passage was written for these tests, modelled on real coverage (terrorism trials, universal-jurisdiction
cases, commissions of inquiry, football and cricket reports); none comes from a benchmark story. The set behind
these kinds is benchmarks/news-nonevent6 (24 long stories with gold `[]` and 6 twins with one event each, split
into a dev and a held part); its shape and originality are checked at the end of this file.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from nonevent_sets import check_copies_nothing, check_lengths_and_days, check_stories_twins_and_held_third
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.detect import find_triggers
from eventwire.extract.lexicon import REPORT
from eventwire.ingest.dateline import parse_dateline
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
SET = REPO / "benchmarks" / "news-nonevent6"
PUBLISHED = datetime(2024, 3, 13, 9, tzinfo=timezone.utc)  # a Wednesday


def _events(kit: ExtractionKit, text: str):
    return extract_events(Article("nonevent6-test", "", text, PUBLISHED), kit)


def _story(kit: ExtractionKit, dateline: str, paragraphs: list[str]):
    text = f"{dateline}, March 13 – " + "\n".join(paragraphs)
    article = Article("nonevent6-story", "", text, PUBLISHED, dateline=parse_dateline(text, PUBLISHED.date()))
    assert article.dateline is not None
    return extract_events(article, kit)


def _trigger(text: str, word: str):
    triggers = [t for t in find_triggers(text, 0, len(text), PUBLISHED.date()) if t.span.text.lower() == word]
    assert triggers, f"no trigger {word!r} in {text!r}"
    return triggers[0]


def _reported_live(text: str, word: str) -> bool:
    trigger = _trigger(text, word)
    return trigger.blocked_by is None and trigger.kind == REPORT


# --------------------------------------------------------------------------- a trial's or an inquiry's account

TOLD_IN_A_COURT_ACCOUNT = [
    # a prosecutor's argument, in the past and the present tense
    ("Prosecutors argued that the bombers had been sent by the same cell that struck the capital a year earlier.",
     "struck"),
    ("The prosecution says the defendant drove the van and fired at the crowd from its window.", "fired at"),
    # the attribution after the act
    ("Several detainees were whipped with cables and one was beaten unconscious, according to prosecutors.", "beaten"),
    ("Two prisoners were executed behind the barracks that night, according to the indictment.", "executed"),
    # the attribution first, translated-press style
    ("According to the indictment, the accused commanded the militiamen who burned the village to the ground.",
     "burned"),
    ("In the prosecution's account, the raiders shot the guards first and then set the barracks alight.", "shot"),
    # an indictment or a charge sheet as the subject
    ("The charge sheet alleges that the two men attacked worshippers as they left the mosque.", "attacked"),
    # a commission's finding, even with the act's own date
    ("An inquiry commission found that police officers had shot the students at close range on 12 March.", "shot"),
    ("The commission of inquiry concluded that the army had shelled the market deliberately.", "shelled"),
    # testimony in other verb forms
    ("Survivors spent the morning telling the judges what happened when soldiers opened fire on the crowd.",
     "opened fire"),
    ("A former guard tells the court that he saw officers beat prisoners with batons every night.", "beat"),
    # a testimony is of the past even when the sentence names the day it was given
    ("On Tuesday a survivor told the tribunal how militiamen had shot her brothers in front of her.", "shot"),
]

SAID_OF_FRESH_ACTS = [
    # a prosecutor's word with a day of the act's own
    ("Prosecutors said a gunman shot dead two worshippers outside a mosque in Bayonne on Monday.", "shot dead"),
    ("According to the prosecutor's office, a man attacked three people with a knife at a railway station in Hamburg on "
     "Friday.", "attacked"),
    # police and the army report fresh acts, with or without a day
    ("Gunmen attacked a courthouse in Bamenda on Tuesday, killing two guards, according to police.", "attacked"),
    ("Police said gunmen stormed the prison in Kuje and freed dozens of inmates overnight.", "stormed"),
    # an inquiry opened after a dated act
    ("The inquiry was opened after soldiers shot dead four protesters in Kasese on Saturday.", "shot dead"),
    ("Investigators said militants attacked an army post near Mondoro on Monday, killing four soldiers.", "attacked"),
    # a testimony named after the act
    ("Gunmen shot dead a witness in Arusha on Tuesday as he travelled to testify at the tribunal.", "shot dead"),
]


@pytest.mark.parametrize(("text", "word"), TOLD_IN_A_COURT_ACCOUNT)
def test_an_act_told_in_a_court_or_inquiry_account_is_not_reported(text, word) -> None:
    assert not _reported_live(text, word)


@pytest.mark.parametrize(("text", "word"), SAID_OF_FRESH_ACTS)
def test_fresh_acts_said_by_prosecutors_police_or_investigators_stay_live(text, word) -> None:
    assert _reported_live(text, word)


@pytest.mark.parametrize("text", [text for text, _ in SAID_OF_FRESH_ACTS if "overnight" not in text])
def test_the_fresh_acts_stay_events(kit, text) -> None:
    assert _events(kit, text), text


@pytest.mark.parametrize(("text", "word"), [
    ("A jury on Tuesday found six men guilty of terrorist murder, closing the trial over the metro bombing.",
     "murder"),
    ("A former minister went on trial on Monday over the torture and killing of opponents.", "killing"),
])
def test_a_charge_may_carry_one_qualifying_word(text, word) -> None:
    assert _trigger(text, word).blocked_by is not None


TRIAL_STORIES = [
    ("Bellinzona", [
        "A former interior minister went on trial in Switzerland on Wednesday over the torture and killing of "
        "opponents during his years in office.",
        "Several detainees were beaten with batons and given electric shocks, and at least one died under torture, "
        "according to prosecutors.",
    ]),
    ("Brussels", [
        "A jury on Wednesday found six men guilty of terrorist murder over the bombing of a metro station in 2016.",
        "Prosecutors argued that the attacks were carried out by the cell that had struck Paris months earlier.",
    ]),
]
TRIAL_STORIES_WITH_NEWS = [
    ("Conakry", [
        "The trial of a former junta leader over a stadium massacre entered its second week on Wednesday.",
        "Outside the court, gendarmes fired tear gas at relatives of victims who had marched to the building on "
        "Monday, injuring two women, witnesses said.",
    ]),
    ("Paris", [
        "The trial of a man accused of helping a knife attacker opened in Paris on Wednesday.",
        "Prosecutors said a second man stabbed a police officer outside the courthouse on Tuesday and was arrested.",
    ]),
]


@pytest.mark.parametrize(("dateline", "paragraphs"), TRIAL_STORIES)
def test_a_trial_story_retelling_its_act_reports_no_event(kit, dateline, paragraphs) -> None:
    assert _story(kit, dateline, paragraphs) == []


@pytest.mark.parametrize(("dateline", "paragraphs"), TRIAL_STORIES_WITH_NEWS)
def test_a_dated_act_beside_a_trial_stays_an_event(kit, dateline, paragraphs) -> None:
    assert _story(kit, dateline, paragraphs)


@settings(max_examples=25, deadline=None)
@given(source=st.sampled_from(["prosecutors", "the prosecution", "the indictment", "the charge sheet"]),
       act=st.sampled_from([("were beaten with rifle butts", "beaten"), ("were shot in a ditch", "shot"),
                            ("were executed at dawn", "executed")]))
def test_any_legal_source_after_an_undated_act_makes_it_an_account(source, act) -> None:
    phrase, word = act
    text = f"Twelve prisoners {phrase}, according to {source}."
    assert not _reported_live(text, word)


# --------------------------------------------------------------------------- words of force in a match report

MATCH_FRAME = [
    "The visitors had won the last three meetings between the sides, and their coach had promised a full-blooded "
    "match in front of a full stadium.",
    "The referee booked four players before half-time, and the second half brought two more goals.",
    "The win lifts the hosts to second in the league, a point behind the champions, with the semi-finals of the "
    "cup next month.",
]
CRICKET_FRAME = [
    "The visitors had won the toss and chosen to bat on a slow pitch in front of a full stadium.",
    "Their innings never recovered: eight wickets fell for 40 runs, and the last batsmen were out before tea.",
    "The hosts' openers hit six sixes between them, and the match was over with ten overs to spare.",
]

WORDS_OF_FORCE_IN_A_MATCH = [
    (CRICKET_FRAME, "Australia demolished England by nine wickets at the MCG on Sunday."),
    (CRICKET_FRAME, "Their bowlers destroyed the top order before lunch on Sunday, and the tail was blown away."),
    (MATCH_FRAME, "City laid siege to the visitors' goal for the whole second half on Sunday."),
    (MATCH_FRAME, "On Sunday the home side attacked relentlessly and fired shot after shot at the keeper."),
    (MATCH_FRAME, "His players fought like soldiers in the trenches on Sunday, the coach said."),
    (MATCH_FRAME, "The Pumas ambushed the All Blacks with two late tries on Sunday."),
]
REAL_ACTS_AROUND_A_MATCH = [
    (MATCH_FRAME, "After the match on Sunday, fans looted shops near the stadium and clashed with police."),
    (MATCH_FRAME, "Gunmen opened fire on supporters leaving the stadium on Sunday, killing three."),
    (CRICKET_FRAME, "Soldiers fired tear gas at fans who threw bottles outside the ground on Sunday."),
]


@pytest.mark.parametrize(("frame", "sentence"), WORDS_OF_FORCE_IN_A_MATCH)
def test_words_of_force_in_a_match_report_report_no_event(kit, frame, sentence) -> None:
    assert _story(kit, "Melbourne", [sentence, *frame]) == []


@pytest.mark.parametrize(("frame", "sentence"), REAL_ACTS_AROUND_A_MATCH)
def test_real_acts_around_a_match_stay_events(kit, frame, sentence) -> None:
    assert _story(kit, "Melbourne", [sentence, *frame])


# --------------------------------------------------------------------------- the set itself

NON_EVENT_STORIES, TWINS = 24, 6
# The stories run 300 to 600 words of body; three twins were written a little short (280–300) and were not
# lengthened after the first run, so as not to change a set already scored.
MIN_WORDS, MAX_WORDS = 280, 600


def test_the_set_has_long_non_event_stories_twins_and_a_held_third() -> None:
    check_stories_twins_and_held_third(SET, NON_EVENT_STORIES, TWINS)


def test_every_story_is_long_and_read_with_the_day_of_its_gold() -> None:
    check_lengths_and_days(SET, MIN_WORDS, MAX_WORDS)


def test_the_set_copies_nothing_from_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    check_copies_nothing(SET, SHARED)
