"""Speed round six: readings asked once per event are read once per article; each answers as the code it replaced."""

from __future__ import annotations

import copy
import re
from dataclasses import replace

import pytest

from eventwire.countries import country_by_name
from eventwire.extract import ExtractionKit, event_actors
from eventwire.extract.context import article_context
from eventwire.extract.kit import NoClassifier
from eventwire.records import Article, Span


@pytest.fixture(scope="module")
def kit() -> ExtractionKit:
    return replace(ExtractionKit.load(), classifier=NoClassifier())


def _context(text: str, kit: ExtractionKit):
    return article_context(Article(id="perf6", title="", text=text, published_at=None), kit)


def test_read_once_reads_each_key_once_per_article(kit) -> None:
    context, other = _context("Gunmen attacked a convoy.", kit), _context("Gunmen attacked a convoy.", kit)
    reads: list[str] = []
    for _ in range(3):
        assert context.read_once("k", lambda: reads.append("k") or len(reads)) == 1
    assert other.read_once("k", lambda: reads.append("other") or 7) == 7  # another article reads its own
    assert context.read_once("j", lambda: reads.append("j") or 9) == 9
    assert reads == ["k", "other", "j"]


# ----------------------------------------------------------------- the states a story blames for a strike

def _states_blamed_as_before(text: str) -> dict[str, tuple[int, int]]:
    """The scan ``_state_blamed_for_the_strike`` ran for every remote strike before round six."""
    blamed: dict[str, tuple[int, int]] = {}
    for match in event_actors._STATE_BLAMED.finditer(text):
        word = next(g for g in match.group("state", "state2", "state3", "state4", "state5") if g)
        found = country_by_name(word.removeprefix("the "))
        if found is not None:
            blamed.setdefault(found.name, match.span())
    return blamed


BLAME_STORIES = [
    "Iran blamed Israel for an air strike on its consulate in Damascus on Monday.",
    "The Taliban administration accused Pakistan of carrying out air strikes in Khost. Pakistan denied it.",
    "Syrian state media said the shelling was blamed on Turkey. Officials spoke of an Israeli aggression.",
    "Officials condemned a violation of its airspace by Iran, and blamed the strikes on Israel.",
    "Iran blamed the weather for the delay of the talks.",  # no strike: nothing blamed
    "Villagers blamed the army for failing to protect them after the raid.",  # a force, not a state
    "The drone strike killed four fighters near Idlib, monitors said.",  # no blame at all
    "",
]


@pytest.mark.parametrize("text", BLAME_STORIES)
def test_states_blamed_read_once_equal_the_scan_per_strike(text: str) -> None:
    read = event_actors._states_blamed(text)
    assert {state: match.span() for state, match in read.items()} == _states_blamed_as_before(text)


def test_states_blamed_finds_the_blamed_state() -> None:
    assert list(event_actors._states_blamed(BLAME_STORIES[0])) == ["Israel"]
    assert len(event_actors._states_blamed(BLAME_STORIES[3])) == 2  # two states: no single striker


def _strike(actor1: str | None, inter1: int | None, span: Span | None) -> dict:
    return {"actor1": actor1, "inter1": inter1, "actor2": "Civilians (Syria)", "inter2": 7,
            "evidence": {"actor1": (span,) if span else ()}}


@pytest.mark.parametrize("text", BLAME_STORIES[:4])
def test_every_strike_of_an_article_reads_the_blame_as_its_own_context_would(text: str, kit) -> None:
    """Three events of one article ask in turn; each gets what a fresh context (the old scan per event) gives."""
    shared = _context(text, kit)
    events = [_strike(None, None, None), _strike("Unidentified Armed Group (Syria)", 3, None),
              _strike("Military Forces of Syria (2000-2024)", 1, Span(0, 4, text[:4]))]
    for merged in events:
        alone = copy.deepcopy(merged)
        event_actors._state_blamed_for_the_strike(merged, "Syria", shared)
        event_actors._state_blamed_for_the_strike(alone, "Syria", _context(text, kit))
        assert merged == alone


# ----------------------------------------------------------------- a sentence's actors, read once per range

ACTOR_STORY = ("Suspected Boko Haram fighters attacked Gwoza on Sunday, killing 12 villagers. The army said troops "
               "repelled the militants. Police blamed ISWAP for a separate raid near Bama on Monday.")


def test_actors_between_equal_the_dictionary_read_for_each_range(kit) -> None:
    context = _context(ACTOR_STORY, kit)
    ranges = [(s.start, s.end) for s in context.sentences] + [(0, len(ACTOR_STORY)), (10, 60)]
    for start, end in ranges * 2:  # the second pass is answered from what the first read
        expected = kit.actors.find_actors(ACTOR_STORY, start, end, country=context.country)
        assert list(context.actors_between(start, end)) == expected
    assert any(context.actors_between(s.start, s.end) for s in context.sentences)


def test_actors_between_keeps_each_article_apart(kit) -> None:
    first, second = _context(ACTOR_STORY, kit), _context("Protesters marched in Kano on Friday.", kit)
    assert first.actors_between(0, 30) != second.actors_between(0, 30)


# ----------------------------------------------------------------- the dictionary's actors looked up by name

def _actor_as_before(dictionary, name: str):
    from eventwire.extract.actors.names import canonical_name

    wanted = canonical_name(name)
    return next((a for a in dictionary.actors if a.name == wanted), None)


def test_actor_by_name_finds_what_the_scan_found(kit) -> None:
    dictionary = kit.actors
    names = [a.name for a in dictionary.actors[::7]] + [
        "Military Forces of Nigeria (2015-2023)", "Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", "Islamic State (Sahel)",
        "Fulani Ethnic Militia (Nigeria)", "Nobody At All", "", "military forces of nigeria"]
    for name in names:
        assert dictionary.actor(name) is _actor_as_before(dictionary, name)
    assert dictionary.actor(dictionary.actors[0].name) is dictionary.actors[0]


def test_actor_by_name_keeps_the_first_of_two_alike_and_follows_a_replaced_table(kit) -> None:
    dictionary = kit.actors
    first, second = dictionary.actors[0], replace(dictionary.actors[0], inter=99)
    doubled = replace(dictionary, actors=(first, second) + dictionary.actors[1:])
    assert doubled.actor(first.name) is first
    emptied = replace(dictionary, actors=())
    assert emptied.actor(first.name) is None and dictionary.actor(first.name) is first


# ----------------------------------------------------------------- a date's readings, once per date of the article

from datetime import datetime, timezone  # noqa: E402

from eventwire.extract import context as context_module  # noqa: E402

DATE_STORY = ("MAIDUGURI, Nigeria, March 10 (Reuters) - Gunmen killed 12 villagers in Borno on Sunday, officials said on "
              "Monday. Since January 5, attacks have risen. The army said on Tuesday it had killed 20 militants on "
              "Friday. Ahead of the March 25 elections, police arrested 30 people. In 2009 the group began its revolt.")


def _dated_context(text: str, kit: ExtractionKit):
    article = Article(id="perf6-dates", title="", text=text, published_at=datetime(2024, 3, 12, tzinfo=timezone.utc))
    return article_context(article, kit)


def test_event_date_read_once_answers_as_the_reading_it_keeps(kit) -> None:
    context = _dated_context(DATE_STORY, kit)
    dates = kit.find_dates(context.text, context.published, 0, len(context.text))
    sentence_dates = [d for s in context.sentences
                      for d in kit.find_dates(context.text, context.published, s.start, s.end)]
    assert len(dates) >= 5
    answers = [context_module._can_date_an_event(d, context) for d in dates + sentence_dates]
    assert True in answers and False in answers  # both kinds of date are in the story
    for _ in range(2):
        assert [context_module.is_event_date(d, context) for d in dates + sentence_dates] == answers
    other = _dated_context(DATE_STORY.replace("March 10", "March 30"), kit)  # another article: its own readings
    assert [context_module.is_event_date(d, other) for d in dates] == [
        context_module._can_date_an_event(d, other) for d in dates]


def test_speech_date_read_once_answers_as_is_speech_date(kit) -> None:
    from eventwire.extract import mentions

    context = _dated_context(DATE_STORY, kit)
    dates = [d for s in context.sentences for d in kit.find_dates(context.text, context.published, s.start, s.end)]
    dates += kit.find_dates(context.text, context.published, 0, len(context.text))
    answers = [mentions.is_speech_date(d, context.text) for d in dates]
    assert True in answers and False in answers  # "said on Monday" and "on Sunday"
    for _ in range(2):
        assert [mentions.is_speech_date_in(d, context) for d in dates] == answers


# ----------------------------------------------------------------- a sentence's places, once per sentence and actors

def test_event_places_read_once_per_sentence_and_actors(kit) -> None:
    from eventwire.extract import mentions

    context = _dated_context(DATE_STORY + " Fighters of Boko Haram raided Bama and Konduga.", kit)
    readings = []
    for sentence in context.sentences:
        actors = context.actors_between(sentence.start, sentence.end)
        for spans in (tuple(a.span for a in actors if a.span is not None), ()):
            readings.append((sentence, spans, mentions._places_of_an_act(sentence, context, spans)))
    assert any(places for _, _, places in readings)
    for _ in range(2):
        for sentence, spans, places in readings:
            assert mentions._event_places(sentence, context, spans) == places
    assert mentions.lead_town(context) == tuple(
        p for p in mentions._places_of_an_act(context.sentences[0], context, tuple(
            a.span for a in context.actors_between(context.sentences[0].start, context.sentences[0].end)
            if a.span is not None)) if p.cue in ("in", "near"))[:1]


# ----------------------------------------------------------------- actor names' comparable form, memoised

@pytest.mark.parametrize("name", [
    "Military Forces of Iraq (2018-2020) Popular Mobilization Forces", "Military Forces of Nigeria (2015-)",
    "Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", "Islamic State (Sahel)", "Civilians (Mali)", "  Police  Forces ", ""])
def test_canonical_name_memoised_answers_as_the_plain_reading(name: str) -> None:
    from eventwire.extract.actors import names

    plain = " ".join(names.REGIME_YEARS.sub("", name).split())
    for variant, canonical in names.SPELLING_VARIANTS.items():
        plain = plain.replace(variant, canonical)
    assert names.canonical_name(name) == names.canonical_name(name) == plain
