"""Speed round thirteen: the same answers, cheaper; each reading is checked against the code it replaced."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timezone

import pytest

from eventwire.extract.actors.names import force_home
from eventwire.extract.context import article_context
from eventwire.extract.event_actors import _AIR_WORD_AFTER, _AIR_WORD_ENDS, _air_powers, _STATE_INTERS, _story_actors
from eventwire.extract.event_actors import _states_speaking_of_their_aircraft
from eventwire.records import Article

# ------------------------------------------------- the whole article's actors, read once an article per country

STORIES = [
    ("Russian warplanes struck a market in Idlib on Monday, killing nine people. The Syrian Observatory blamed "
     "Russian jets; Turkish-backed fighters shelled a village nearby.", "Syria"),
    ("Al Shabaab fighters attacked a military base in Lower Shabelle on Monday. Al Shabaab said it had killed 20 "
     "soldiers. Government troops and allied clan fighters later retook the village.", "Somalia"),
    ("Gunmen killed five farmers near Djibo. The army said its drones struck the attackers' hideout the next day, "
     "and JNIM later denied it had been there.", "Burkina Faso"),
    ("A drone struck a car near the border. Nobody named the attackers.", None),
]


class _CountingActors:
    """The kit's actor dictionary, counting the whole-text readings it is asked for."""

    def __init__(self, actors):
        self._actors = actors
        self.whole_text_reads = []

    def find_actors(self, text, start=0, end=None, country=None):
        if start == 0 and end == len(text):
            self.whole_text_reads.append(country)
        return self._actors.find_actors(text, start, end, country=country)

    def __getattr__(self, name):
        return getattr(self._actors, name)


def _context(kit, text):
    counting = _CountingActors(kit.actors)
    article = Article(id="perf13", title="", text=text, published_at=datetime(2024, 3, 4, tzinfo=timezone.utc))
    return article_context(article, dataclasses.replace(kit, actors=counting)), counting


@pytest.mark.parametrize(("text", "country"), STORIES)
def test_story_actors_are_the_whole_texts_reading(kit, text, country):
    context, _ = _context(kit, text)
    assert _story_actors(context, country) == tuple(kit.actors.find_actors(text, 0, len(text), country=country))


@pytest.mark.parametrize(("text", "country"), STORIES)
def test_story_actors_are_read_once_an_article_per_country(kit, text, country):
    context, counting = _context(kit, text)
    first = _story_actors(context, country)
    assert _story_actors(context, country) is first  # every later event's ask is the same reading
    _story_actors(context, "Nigeria")  # another country: a reading of its own
    _story_actors(context, "Nigeria")
    assert counting.whole_text_reads == [country, "Nigeria"]


def test_story_actors_start_afresh_with_each_article(kit):
    text, country = STORIES[0]
    first, counting = _context(kit, text)
    _story_actors(first, country)
    second = article_context(first.article, first.kit)
    _story_actors(second, country)
    assert counting.whole_text_reads == [country, country]


def _air_powers_before(dictionary, text, country):
    """``_air_powers`` as it was: the whole text read by the dictionary on every call."""
    return [m for m in dictionary.find_actors(text, 0, len(text), country=country)
            if m.inter in _STATE_INTERS and m.span is not None and force_home(m.name)
            and (_AIR_WORD_ENDS.search(m.span.text) or _AIR_WORD_AFTER.match(text, m.span.end, m.span.end + 30))] \
        + _states_speaking_of_their_aircraft(dictionary, text, country)


@pytest.mark.parametrize(("text", "country"), STORIES + [
    ("Israeli jets struck Gaza overnight, the army said. Israel said its aircraft hit a command post.", "Palestine"),
    ("U.S. and British warplanes struck radar sites near Hodeidah, the Houthis said.", "Yemen"),
])
def test_air_powers_given_the_story_actors_as_before(kit, text, country):
    context, _ = _context(kit, text)
    assert _air_powers(kit.actors, text, country, _story_actors(context, country)) == _air_powers_before(
        kit.actors, text, country)


# ------------------------------------------------------------------- a state force's home, memoised per process

FORCE_NAMES = [
    "Military Forces of Mali", "Police Forces of Burkina Faso Gendarmerie", "Military Forces of Pakistan Frontier Corps",
    "Military Forces of the Democratic Republic of Congo", "Military Forces of Iraq (2018-2020) Popular Mobilization "
    "Forces", "Military Forces of Russia Air Force", "Police Forces of Nigeria", "Military Forces of Atlantis",
    "Al Shabaab", "Unidentified Armed Group (Mali)", "Protesters (Kenya)", "", "Military Forces of ",
]


@pytest.mark.parametrize("name", FORCE_NAMES)
def test_force_home_memoised_answers_as_the_reading_itself(name):
    force_home.cache_clear()
    first = force_home(name)
    assert first == force_home.__wrapped__(name)
    assert force_home(name) == first
    assert force_home.cache_info().hits == 1  # the second ask read nothing


@pytest.mark.parametrize(("name", "home"), [
    ("Military Forces of Mali", "Mali"), ("Police Forces of Burkina Faso Gendarmerie", "Burkina Faso"),
    ("Military Forces of Pakistan Frontier Corps", "Pakistan"), ("Al Shabaab", None), ("Military Forces of Atlantis", None),
])
def test_force_home_still_reads_each_name(name, home):
    force_home.cache_clear()
    assert [force_home(name), force_home(name)] == [home, home]


def test_force_home_cache_is_bounded():
    assert force_home.cache_info().maxsize is not None
    assert re.fullmatch(r"\d+", str(force_home.cache_info().maxsize))
