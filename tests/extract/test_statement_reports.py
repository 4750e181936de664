"""Follow-up reports that tell an act only through a statement, a toll or a memorial, and the reverse error.

Every passage was written for these tests, modelled on the follow-up stories of real incidents (toll updates,
official statements, homages). A report whose only words of violence are nouns ("Monday's suicide bombing",
"the attack on a convoy") still tells the act when the noun carries the act's own date and its toll or place;
the same nouns in a trial, a meeting, a memorial of an old massacre or a war's toll tell none.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.mentions import condemned_killing_in
from eventwire.extract.numbers import parse_number
from eventwire.extract.sentences import Sentence
from eventwire.records import Article

PUBLISHED = datetime(2024, 3, 13, 9, tzinfo=timezone.utc)  # a Wednesday
MONDAY, SATURDAY, MARCH_5 = date(2024, 3, 11), date(2024, 3, 9), date(2024, 3, 5)


def _events(kit: ExtractionKit, text: str, title: str = ""):
    return extract_events(Article("statement-test", title, text, PUBLISHED), kit)


TOLD_THROUGH_A_NOUN = [
    # toll-update leads: the act is dated by the possessive day, or by the day closing its phrase
    ("The death toll from Monday's suicide bombing in the mosque of a police compound in Quetta has risen to 61, "
     "the provincial police chief told a press conference on Wednesday.", MONDAY),
    ("The death toll from Saturday's attack on a wedding in Kunduz has climbed to 27, a hospital director told "
     "reporters.", SATURDAY),
    ("The toll from the bombing at a hotel in Mogadishu on Saturday rose to 14, police said on Wednesday.", SATURDAY),
    # a homage naming the act, its target, its place and its date
    ("The army pays homage to its 12 brave soldiers who made the supreme sacrifice in the cowardly ambush on a "
     "patrol at Damboa on 5 March.", MARCH_5),
]


@pytest.mark.parametrize("text, day", TOLD_THROUGH_A_NOUN)
def test_an_act_told_through_a_dated_noun_is_an_event(kit, text, day) -> None:
    events = _events(kit, text)
    assert [e.event_date for e in events] == [day]


NO_EVENT_TOLD = [
    # a condemnation of violence in general
    "The president on Tuesday condemned the attacks on farming communities and urged "
    "security agencies to do more to protect villagers.",
    # a memorial of a massacre years ago
    "Thousands gathered on Monday to remember the victims of the 1995 massacre in "
    "Srebrenica, in which more than 8,000 men and boys were killed.",
    # a trial over an old attack, dated by the hearing
    "A court in Paris on Monday convicted two men over the 2016 attack on a church in "
    "Normandy that killed a priest.",
    # a trial, whose day closes the phrase of the old attack
    "The trial of two men accused over the attack on a church in Normandy opened in Paris on Monday.",
    # a meeting about a series of attacks
    "The cabinet met on Tuesday to discuss the recent attacks on pilgrims in Kashmir and announced "
    "new measures against the group it blames.",
    # a war's running toll
    "The war between the army and the paramilitary forces has killed more than 15,000 "
    "people since April, a monitoring group said on Tuesday.",
]


@pytest.mark.parametrize("text", NO_EVENT_TOLD)
def test_statements_naming_no_dated_act_make_no_event(kit, text) -> None:
    assert _events(kit, text) == []


TOLL_OF_A_NAMED_ACT = [
    ("The death toll from Monday's suicide bombing at a market in Quetta has risen to 31, provincial officials "
     "said on Wednesday.", 31),
    ("The toll from the bombing at a hotel in Mogadishu on Saturday rose to 14, police said on Wednesday.", 14),
    ("The number of dead from Monday's mortar attack on a market in Gao rose to 11 overnight, a local official "
     "said.", 11),
]


@pytest.mark.parametrize("text, toll", TOLL_OF_A_NAMED_ACT)
def test_a_toll_update_naming_its_act_gives_the_act_its_toll(kit, text, toll) -> None:
    assert [e.fatalities.fatalities for e in _events(kit, text)] == [toll]


BURIALS_OF_A_RECENT_ACT = [
    ("Mourners on Monday buried 12 people killed in Saturday's bombing of a market in Maiduguri.", SATURDAY, 12),
    ("Families in Gao on Monday laid to rest 9 traders killed in Saturday's mortar attack on the livestock market.",
     SATURDAY, 9),
]


@pytest.mark.parametrize("text, day, toll", BURIALS_OF_A_RECENT_ACT)
def test_a_burial_naming_a_dated_act_tells_that_act_on_its_own_day(kit, text, day, toll) -> None:
    assert [(e.event_date, e.fatalities.fatalities) for e in _events(kit, text)] == [(day, toll)]


MEMORIALS_OF_AN_OLD_ACT = [
    "Mourners on Monday marked the anniversary of the bombing of a market in Gao on 5 March that killed 30 people.",
    "Hundreds of mourners gathered in Srebrenica on Monday for the funerals of 14 victims of the 1995 massacre, "
    "identified this year in mass graves.",
]


@pytest.mark.parametrize("text", MEMORIALS_OF_AN_OLD_ACT)
def test_a_memorial_of_an_old_act_makes_no_event(kit, text) -> None:
    assert _events(kit, text) == []


@pytest.mark.parametrize("text, day", [
    ("Residents on Sunday buried the 23 villagers killed by gunmen in Tunga on Saturday.", SATURDAY),
    ("The families on Monday mourned the two herders shot dead by soldiers near Gao on Saturday.", SATURDAY),
])
def test_a_day_before_a_verb_of_burial_dates_the_burial_not_the_act(kit, text, day) -> None:
    assert [e.event_date for e in _events(kit, text)] == [day]


CONDEMNED_ACTS = [
    ("President Tinubu condemned the killing of 23 villagers by bandits in Tunga, Zamfara state. He said the "
     "attackers would be hunted down.", 23),
    ("The governor has condemned the massacre of forty-three farm workers by insurgents at Koshobe, and promised "
     "their families support.", 43),
    ("The UN envoy deplored the killing of 9 aid workers by unidentified gunmen near Kidal.", 9),
]


@pytest.mark.parametrize("text, toll", CONDEMNED_ACTS)
def test_a_condemnation_naming_count_perpetrator_and_town_tells_the_act(kit, text, toll) -> None:
    assert [e.fatalities.fatalities for e in _events(kit, text)] == [toll]


CONDEMNATIONS_OF_VIOLENCE_IN_GENERAL = [
    "The president on Tuesday condemned the recent wave of killings in the north-west and urged calm.",
    "Rights groups condemned the killing of civilians by security forces in the region and called for an inquiry.",
    "The bishops condemned the killings of 2 million people by the regime between 1975 and 1979.",
    "The minister condemned the killing of three journalists and asked police to find those responsible.",
]


@pytest.mark.parametrize("text", CONDEMNATIONS_OF_VIOLENCE_IN_GENERAL)
def test_a_condemnation_of_violence_in_general_makes_no_event(kit, text) -> None:
    assert _events(kit, text) == []


_WORDS = st.sampled_from([
    "condemned", "the", "killing", "of", "43", "seven", "farmers", "by", "gunmen", "in", "Tunga", "recent", "wave",
    "killings", "civilians", "at", "Gao", "deplored", "massacre", "near", "police", ",", "on", "Monday",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=16))
def test_a_condemned_killing_always_carries_a_count_that_parses(words) -> None:
    text = " ".join(words)
    match = condemned_killing_in(Sentence(0, len(text), text, 0))
    assert match is None or parse_number(match.group("count").rstrip(",")) > 0


@pytest.mark.parametrize("text, toll", [
    ("Residents of Kaura on Sunday buried 11 people who were killed by gunmen in the village on Saturday.", 11),
    ("Relatives in Bunia on Monday buried forty-three displaced people who had been killed by militiamen in their "
     "camp on Saturday.", 43),
])
def test_a_count_whose_death_is_told_in_a_relative_clause_is_the_toll(kit, text, toll) -> None:
    assert [e.fatalities.fatalities for e in _events(kit, text)] == [toll]


def test_a_relative_clause_count_over_years_stays_a_running_total(kit) -> None:
    text = ("Gunmen attacked the village of Kaura on Saturday, police said, in a region where more than 3,000 people "
            "who were killed since 2019 are remembered in a monument.")
    assert [e.fatalities.fatalities for e in _events(kit, text)] == [0]
