"""Running and spread totals in long news: counts that are no one event's dead, and where a placeless
paragraph happened.

Every passage was written for these tests, modelled on what long stories carry beside their event: a monitor's
count "since fighting began", a national protest toll "across the country", deaths "in several attacks", the
total of a two-day raid told in the lead, a "since October" tally of attacks; and organisations that follow a
place cue ("according to Amnesty International").
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.mentions import is_government_metonym, is_organisation, is_running_total, is_spread_total
from eventwire.extract.sentences import Sentence
from eventwire.records import Article, EventDraft, PlaceMention, Span

PUBLISHED = datetime(2023, 9, 13, 9, tzinfo=timezone.utc)  # a Wednesday


def _events(text: str, kit: ExtractionKit) -> list[EventDraft]:
    article = Article(id="totals-test", title="", text=text, published_at=PUBLISHED)
    return extract_events(article, kit)


def _counts(text: str, kit: ExtractionKit) -> list[tuple[int, bool, bool]]:
    """(count, running total?, spread total?) for every death count the sentence holds (a count the fatality
    reader already files as a total counts as a running one)."""
    sentence = Sentence(0, len(text), text, 0)
    return [(c.low, c.kind == "total" or is_running_total(c, sentence), is_spread_total(c, sentence))
            for c in kit.find_casualties(text, 0, len(text)) if c.kind in ("killed", "attackers_killed", "total")]


# --------------------------------------------------------------------------- totals (either kind)

RUNNING_TOTALS = [
    "The UN said it had recorded at least 210 people killed in the state since fighting began in March.",
    "The fighting has killed more than 600 people in the south, most of them fighters, officials say.",
    "Rights groups say 95 civilians have been killed in the province so far this year.",
    "A local monitor counted 340 people killed in the district since the start of the offensive.",
    "At least 75 people have died in the region since January, according to a hospital network.",
]
SPREAD_TOTALS = [
    "Police fired live rounds in several cities, leaving at least 17 people dead across the country.",
    "Dozens of herders were killed in several attacks blamed on the group during the dry season.",
    "The commission confirmed 21 deaths in Kaduna, Kano, Katsina and Sokoto states during the protests.",
    "Troops pulled out of the camp after a three-day operation in which 14 militants were killed.",
    "At least 30 people were killed nationwide during the week of demonstrations, the union said.",
]


@pytest.mark.parametrize("text", RUNNING_TOTALS)
def test_a_count_over_a_span_of_time_is_a_running_total(kit, text) -> None:
    counts = _counts(text, kit)
    assert counts and all(running for _, running, _ in counts)


@pytest.mark.parametrize("text", SPREAD_TOTALS)
def test_a_count_over_many_incidents_places_or_days_is_a_spread_total(kit, text) -> None:
    counts = _counts(text, kit)
    assert counts and all(spread for _, _, spread in counts)


# --------------------------------------------------------------------------- one event's dead stay

ONE_EVENTS_DEAD = [
    # a superlative compares the event with the past
    ("Gunmen killed 23 villagers on Sunday in the deadliest attack in the district since 2019.", 23),
    # the total comes after the event's own count, in a clause of its own
    ("Gunmen killed 12 people in Kauran Namoda on Sunday, bringing the number killed in the state since "
     "January to 310.", 12),
    # "since" about something else than the count
    ("A roadside bomb killed four soldiers near Gao on Monday, the first such attack since the rains began.", 4),
    # a day-span attack with its own toll, no span word
    ("Militants stormed the army post at Tessit on Saturday and killed 17 soldiers, the army said.", 17),
]


@pytest.mark.parametrize("text, toll", ONE_EVENTS_DEAD)
def test_one_events_dead_is_not_a_total(kit, text, toll) -> None:
    counts = _counts(text, kit)
    assert (toll, False, False) in counts


# --------------------------------------------------------------------------- whole stories

STORIES_WITH_A_TOTAL = [
    # a monitor's running count after the event
    ("Jinja, Uganda, September 13 – Rebels attacked a school in Mpondwe on Friday night, killing 37 students, "
     "police said.\nThe UN human rights office said it had received reports of at least 180 people killed in the "
     "border region since fighting began in June, a figure covering many separate incidents.", 37),
    # a national protest toll in the lead, then the events town by town
    ("Nairobi, Kenya, September 13 – Police fired tear gas and live rounds at protesters in several cities on "
     "Tuesday, leaving at least 19 people dead across the country, a rights group said.\nIn Kisumu, police shot "
     "dead three protesters who had blocked a highway on Tuesday.", 3),
    # "Since August" opens a tally of attacks: no event of its own
    ("Erbil, Iraq, September 13 – A drone struck a base hosting coalition troops near Erbil on Monday, "
     "wounding two contractors, officials said.\nSince August, armed groups have attacked coalition forces more "
     "than 40 times, according to the Pentagon.", 0),
]


@pytest.mark.parametrize("text, toll", STORIES_WITH_A_TOTAL)
def test_a_total_makes_no_event_and_no_toll(kit, text, toll) -> None:
    events = _events(text, kit)
    assert len(events) == 1
    assert events[0].fatalities.fatalities == toll


# --------------------------------------------------------------------------- organisations after a place cue

ORGANISATION_PLACES = [
    "Amnesty International", "Jenin Brigades", "Palestinian Red Crescent", "Syrian Observatory",
    "Wad Madani Resistance Committee",
]


@pytest.mark.parametrize("name", ORGANISATION_PLACES)
def test_a_body_named_after_a_place_cue_is_no_place(name) -> None:
    place = PlaceMention(name, Span(10, 10 + len(name), name), "in")
    assert is_organisation(place, ())


@pytest.mark.parametrize("name", ["Jenin", "Wad Madani", "Al Mayadin", "Red Sea", "Kidal"])
def test_a_town_is_a_place(name) -> None:
    assert not is_organisation(PlaceMention(name, Span(10, 10 + len(name), name), "in"), ())


def test_a_place_holding_a_whole_actor_is_no_place() -> None:
    text = "in the Iran-backed Asaib Ahl al-Haq"
    place = PlaceMention("Iran-backed Asaib Ahl al-Haq", Span(7, len(text), text[7:]), "in")
    assert is_organisation(place, (Span(19, len(text), "Asaib Ahl al-Haq"),))
    assert not is_organisation(place, (Span(0, 2, "in"),))


# --------------------------------------------------------------------------- a paragraph naming no place

def test_a_placeless_paragraph_happens_in_the_leads_town_not_the_datelines(kit) -> None:
    text = ("Jerusalem, September 13 – Israeli troops withdrew from the camp in Tulkarm early on Wednesday after "
            "a two-day raid in which 9 Palestinians were killed, health officials said.\n"
            "The raid began before dawn on Monday with drone strikes, and gunmen fought the troops in the "
            "alleys. By Monday night, five Palestinians had been killed.")
    events = _events(text, kit)
    assert events and all(e.place_mentions[0].name == "Tulkarm" for e in events)


@settings(max_examples=30, deadline=None)
@given(toll=st.integers(min_value=2, max_value=999),
       where=st.sampled_from(["across the country", "nationwide", "in several attacks", "across the region"]))
def test_any_count_told_across_many_places_is_a_spread_total(kit, toll, where) -> None:
    text = f"Officials said at least {toll} people were killed {where} during the unrest."
    counts = _counts(text, kit)
    assert counts and all(spread for _, _, spread in counts)


# --------------------------------------------------------------------------- a capital named for its government

@pytest.mark.parametrize("text, name", [
    ("the deadliest raid of Washington's month-long campaign against the group", "Washington"),
    ("a response to Kigali's troops massing on the border", "Kigali"),
    ("after Moscow's decision to pull out", "Moscow"),
])
def test_a_capitals_possessive_before_policy_or_force_is_no_place(text, name) -> None:
    start = text.index(name)
    assert is_government_metonym(PlaceMention(name, Span(start, start + len(name), name), "in"), text)


@pytest.mark.parametrize("text, name", [
    ("an air strike hit a building in Beirut's southern suburbs", "Beirut"),
    ("shelling hit Kharkiv's northern districts overnight", "Kharkiv"),
    ("in Gao on Monday", "Gao"),
])
def test_a_towns_possessive_before_its_parts_is_a_place(text, name) -> None:
    start = text.index(name)
    assert not is_government_metonym(PlaceMention(name, Span(start, start + len(name), name), "in"), text)


def test_an_event_is_not_placed_in_the_capital_whose_campaign_it_belongs_to(kit) -> None:
    text = ("Sanaa, Yemen, September 13 – Air strikes on the port of Salif late on Tuesday killed 20 people, the "
            "deadliest raid of Washington's month-long campaign against the group, health officials said.")
    events = _events(text, kit)
    assert events and all(p.name != "Washington" for p in events[0].place_mentions)
