"""Non-event news, round seven: a story-level reading. A story whose lead is news of a frame (a sentence, a
report's findings, an anniversary, an obituary, analysis, a campaign, sanctions, talks, displacement, hostages
held, a profile) and tells no act of its own days retells the past below it: an act there needs fresh evidence of
its own (its day, close to publication). A story whose lead reports an act keeps today's reading, and so does a
fresh act told in the body of a frame story.

Every passage was written for these tests, modelled on real coverage; none comes from a benchmark story. The set
behind the kind is benchmarks/news-nonevent7 (24 long stories with gold `[]` and 8 twins, half with the event in the
lead and half only in the body, split into a dev and a held part); its shape is checked at the end of this file.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from nonevent_sets import check_copies_nothing, check_lengths_and_days, check_stories_twins_and_held_third
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import ExtractionKit, extract_events
from eventwire.ingest.dateline import parse_dateline
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
SET = REPO / "benchmarks" / "news-nonevent7"
PUBLISHED = datetime(2024, 3, 13, 9, tzinfo=timezone.utc)  # a Wednesday
MONDAY = date(2024, 3, 11)


# Sentences with no word of force, to give a lead a body (a story, not a snippet).
BODY = [
    "Officials said the next steps would be announced in the coming weeks.",
    "Diplomats in the capital welcomed the decision and urged restraint.",
    "Aid agencies said their appeal for the region was less than a third funded.",
    "Local leaders called for calm and for dialogue between the communities.",
    "Analysts said the coming months would test the government's promises.",
    "A spokesman declined to give further details to reporters.",
    "Newspapers across the region gave the story wide coverage on their front pages.",
]
STALE_ACT = "Last October, gunmen stormed the market town of Kamba and killed 30 people."
FRESH_ACT = "On Monday, gunmen stormed the market town of Kamba and killed 30 people, police said."


def _story(kit: ExtractionKit, title: str, lead: str, body: list[str]):
    text = "Nairobi, March 13 – " + lead + "\n" + " ".join(body[:3]) + "\n" + " ".join(body[3:])
    article = Article("nonevent7-story", title, text, PUBLISHED, dateline=parse_dateline(text, PUBLISHED.date()))
    assert article.dateline is not None
    return extract_events(article, kit)


def _with(act: str) -> list[str]:
    return BODY[:2] + [act] + BODY[2:]


# --------------------------------------------------------------------------- the variation table of leads

# (title, lead): frames told in wordings as different as we could make them: the frame as the verb, as a noun, as
# the attribution, as a title's label; active and passive; a toll as a record; a tally of a period.
FRAME_LEADS = [
    # a court: a sentence, an appeal ruling, an indictment
    ("Former militia commander jailed for 25 years",
     "A court in the capital on Wednesday sentenced a former militia commander to 25 years in prison for war "
     "crimes committed a decade ago."),
    ("Appeal rejected in officers' case",
     "Two former army officers lost their appeal on Wednesday, as appeals judges upheld their convictions in a case "
     "that lasted eight years."),
    ("Tribunal indicts rebel chiefs",
     "The special tribunal has indicted five rebel chiefs over a campaign of kidnappings, prosecutors announced."),
    # a report's findings and a tally of a period
    ("Report: abuses by all sides",
     "Soldiers and rebels alike abused civilians over the past year, a rights group said in a report published on "
     "Wednesday."),
    ("UN: civilian casualties at a decade high",
     "Civilian casualties across the country reached their highest level in a decade last year, the United "
     "Nations said on Wednesday."),
    # an anniversary, an obituary
    ("Survivors gather ten years on",
     "Hundreds of survivors and relatives gathered on Wednesday to mark ten years since the massacre at the "
     "village school."),
    ("Former rebel leader dies at 81",
     "A former rebel leader who fought the government for two decades has died at the age of 81, his family said "
     "on Wednesday."),
    # analysis, a profile
    ("Analysis: why the insurgency outlasts its enemies",
     "The insurgency in the north has outlasted three governments and two peace deals, and the reasons lie in the "
     "economy as much as in the army."),
    ("Profile: the militia that rules the river",
     "For more than a decade the militia has ruled the river towns, taxing fishermen and traders alike."),
    # a campaign, sanctions, talks, displacement, hostages held
    ("Candidate promises to crush the gangs",
     "The opposition candidate opened his election campaign on Wednesday with a promise to crush the gangs within "
     "a year."),
    ("EU targets six commanders",
     "The European Union imposed sanctions on Wednesday on six commanders it accuses of abuses against civilians."),
    ("Negotiators meet in Doha",
     "Government and rebel negotiators opened peace talks in Doha on Wednesday, the first in three years."),
    ("Two million displaced as aid runs short",
     "More than two million people are now displaced inside the country, the refugee agency said on Wednesday."),
    ("Hostages' families plead for talks",
     "Families of the hostages held by the group since last year pleaded on Wednesday for negotiations to resume."),
]

# (title, lead): leads that report an act of the story's own days, whatever frame they also name: the act stays.
ACT_LEADS = [
    ("Gunmen kill 12 as talks open",
     "Gunmen killed 12 villagers in an attack on Kamba on Tuesday as peace talks opened in Doha, officials said."),
    pytest.param("Tear gas at anniversary march",
                 "Police fired tear gas on Wednesday at hundreds of people marching to mark the anniversary of the "
                 "massacre.",
                 marks=pytest.mark.xfail(strict=True, reason="vetoed before this round (and with or without a body): "
                                         "the anniversary cue and the classifier agree on no event")),
    ("Clashes as sanctions take effect",
     "Soldiers clashed with rebels near the border on Tuesday, hours before sanctions on the rebel leaders took "
     "effect."),
    ("Bomb at campaign rally",
     "A bomb exploded at an election campaign rally in the capital on Tuesday, killing four people."),
    ("Passengers seized on highway",
     "Gunmen abducted 20 passengers from a bus on the northern highway, police said, as families of earlier "
     "hostages waited for talks to resume."),
    ("Refugees flee new fighting",
     "Rebels attacked the border town of Kamba on Monday, forcing thousands of refugees to flee again, the refugee "
     "agency said."),
]


@pytest.mark.parametrize(("title", "lead"), FRAME_LEADS)
def test_a_stale_act_below_a_frame_lead_reports_no_event(kit, title, lead) -> None:
    assert _story(kit, title, lead, _with(STALE_ACT)) == []


@pytest.mark.parametrize(("title", "lead"), FRAME_LEADS)
def test_a_fresh_act_in_the_body_of_a_frame_story_stays_an_event(kit, title, lead) -> None:
    events = _story(kit, title, lead, _with(FRESH_ACT))
    assert [d.event_date for d in events] == [MONDAY]


@pytest.mark.parametrize(("title", "lead"), ACT_LEADS)
def test_an_act_lead_keeps_its_event(kit, title, lead) -> None:
    events = _story(kit, title, lead, _with(STALE_ACT))
    assert any(d.event_date is not None and (PUBLISHED.date() - d.event_date).days <= 2 for d in events)


def test_a_short_brief_is_all_lead_and_keeps_its_act(kit) -> None:
    """A snippet names a frame and its act in one breath: the story-level reading needs a story."""
    text = "The refugee agency said on Wednesday that rebels had attacked a camp at Kamba, killing three people."
    assert extract_events(Article("nonevent7-brief", "", text, PUBLISHED), kit)


@settings(max_examples=15, deadline=None)
@given(lead=st.sampled_from(FRAME_LEADS), body=st.permutations(BODY))
def test_the_fresh_act_stays_wherever_the_body_puts_it(kit, lead, body) -> None:
    title, first = lead
    events = _story(kit, title, first, list(body[:4]) + [FRESH_ACT] + list(body[4:]))
    assert [d.event_date for d in events] == [MONDAY]


# --------------------------------------------------------------------------- the set itself

NON_EVENT_STORIES, TWINS = 24, 8
MIN_WORDS, MAX_WORDS = 300, 600


def test_the_set_has_long_non_event_stories_twins_and_a_held_third() -> None:
    check_stories_twins_and_held_third(SET, NON_EVENT_STORIES, TWINS)


def test_every_story_is_long_and_read_with_the_day_of_its_gold() -> None:
    check_lengths_and_days(SET, MIN_WORDS, MAX_WORDS)


def test_the_set_copies_nothing_from_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    check_copies_nothing(SET, SHARED)
