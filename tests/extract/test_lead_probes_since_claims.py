"""Readings found on the lead's probe stories of session 22, each with its table of wordings and near-twins:

- a past period in the possessive ("last year's demonstrations") dates the noun it stands before, not the sentence;
- a date closing a "since" clause ("the deadliest attack since Washington began its campaign last month") dates
  no act of the sentence, and a count of many acts ("dozens of attacks") is no one event whatever its date;
- the victims a ranking compares with ("the deadliest attack on security forces since ...") are no party of the act;
- a clause that only names an act and the dated act it followed ("The marches were called after a blogger died in
  custody earlier this month") are two acts;
- an undated mention that only names its act ("The bombing was the first suicide attack in Damascus since ...")
  belongs to the event of that kind, not to a later one it shares a town with;
- the toll its authors claim gives way to another source's ("JNIM claimed the attack, saying it had killed 200
  soldiers" beside "one source put the toll at more than 100");
- a vague count in scare quotes ('killing "dozens" of fighters') is the count;
- the force that held someone who died in its custody acted ("A blogger died in police custody");
- "in March last year" is March of the year before the story;
- whom an actor's aside says it fights ("the army, which has been fighting Fano militiamen") is no party of the act.

Every passage was written for these tests, modelled on the kinds of report seen in 2023–2025 coverage.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.cues import SentenceCues
from eventwire.records import Article, EventDraft, Span

PUBLISHED = datetime(2025, 6, 26, 8, tzinfo=timezone.utc)  # a Thursday


def _events(text: str, kit: ExtractionKit) -> list[EventDraft]:
    return extract_events(Article(id="lead-probes-22", title="", text=text, published_at=PUBLISHED), kit)


# --------------------------------------------------------------------------- a past period in the possessive

POSSESSIVE_PAST = [
    ("Thousands of young protesters marched in central Nairobi, carrying placards bearing the names of people "
     "killed in last year's demonstrations.", "marched"),
    ("Hundreds of students rallied outside the university in Dhaka, holding portraits of classmates who died in "
     "last year's uprising.", "rallied"),
    ("Crowds gathered in the main square of Tbilisi, waving the flags they had carried at last year's marches.",
     "gathered"),
]


@pytest.mark.parametrize(("sentence", "verb"), POSSESSIVE_PAST)
def test_a_possessive_past_period_leaves_the_act_before_it_news(sentence: str, verb: str) -> None:
    cues = SentenceCues.of(sentence, 0, len(sentence), date(2025, 6, 26))
    start = sentence.index(verb)
    assert not cues.blocks_as_background(Span(start, start + len(verb), verb))


# near-twins: the possessive's own act stays history, and a sentence dated long ago by other words stays history
POSSESSIVE_HISTORY = [
    ("Last year's attack on the army base in Tahoua killed more than 40 soldiers.", "killed"),
    ("Protesters marched in Nairobi last year, carrying the names of those killed in last year's demonstrations.",
     "marched"),
    ("Thousands marched in Dhaka in 2019, remembering last year's victims.", "marched"),
]


@pytest.mark.parametrize(("sentence", "verb"), POSSESSIVE_HISTORY)
def test_history_told_in_the_possessive_or_otherwise_stays_history(sentence: str, verb: str) -> None:
    cues = SentenceCues.of(sentence, 0, len(sentence), date(2025, 6, 26))
    start = sentence.index(verb)
    assert cues.blocks_as_background(Span(start, start + len(verb), verb))


def test_protesters_marching_with_last_years_dead_make_an_event(kit: ExtractionKit) -> None:
    events = _events("Thousands of young protesters marched in central Nairobi on Wednesday, some carrying placards "
                     "bearing the names of people killed in last year's demonstrations.", kit)
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Peaceful protest", date(2025, 6, 25))]


# --------------------------------------------------------------------------- a date closing a "since" clause

SINCE_CLAUSE = [
    ("U.S. air strikes on a fuel port in western Yemen killed 74 people, the health ministry said on Friday, in the "
     "deadliest attack since Washington began its campaign against the group last month. The strikes hit the port in "
     "Hodeidah province late on Thursday.", [date(2025, 6, 26)]),
    ("Gunmen killed 12 worshippers at a church in Ituri, officials said on Wednesday, the worst attack in the province "
     "since the army launched its operation there in May.", [date(2025, 6, 25)]),
    ("Militants ambushed a convoy near Bakhmut, the army said on Wednesday, the deadliest raid in the area since the "
     "offensive resumed in early May.", [date(2025, 6, 25)]),
]


@pytest.mark.parametrize(("text", "days"), SINCE_CLAUSE)
def test_a_date_closing_a_since_clause_does_not_date_the_act(text: str, days: list[date], kit: ExtractionKit) -> None:
    assert [e.event_date for e in _events(text, kit)] == days


def test_the_victims_a_ranking_compares_with_are_no_party(kit: ExtractionKit) -> None:
    events = _events("Seven police officers were killed on Monday when their patrol was attacked with explosives in "
                     "Huila, the deadliest attack on security forces since the president took office a month ago.", kit)
    assert [(e.actor2, e.fatalities.fatalities) for e in events] == [("Police Forces", 7)]  # no country named


# near-twin: a short "since" still opens a running total, and a count of many acts is no one event whatever its date
MANY_ACTS = [
    "Washington has faced dozens of attacks on its troops in Iraq and Syria since the war in Gaza began in October.",
    "Militias have carried out more than 150 attacks on bases hosting US forces since October.",
]


@pytest.mark.parametrize("text", MANY_ACTS)
def test_many_acts_counted_since_a_day_are_no_event(text: str, kit: ExtractionKit) -> None:
    assert _events(text, kit) == []


# --------------------------------------------------------------------------- a named act and the act it followed

def test_the_act_a_named_act_followed_does_not_date_it(kit: ExtractionKit) -> None:
    text = ("Thousands of protesters marched in central Nairobi on Wednesday, and police fired tear gas at them. The "
            "anniversary marches were called after a blogger died in police custody earlier this month, an event that "
            "sparked a first wave of demonstrations on June 12.")
    protests = [e.event_date for e in _events(text, kit) if e.event_type == "Protests"]
    assert protests == [date(2025, 6, 25)]


# near-twin: a clause that reports its own act after "after" is one act with what it followed
def test_a_clause_with_its_own_act_is_not_split_at_after(kit: ExtractionKit) -> None:
    text = "Protesters set fire to a police station in Ol Kalou on Wednesday after police shot dead a young man."
    assert len(_events(text, kit)) == 1


# --------------------------------------------------------------------------- a claimed toll beside another source's

CLAIMED_AND_REPORTED = [
    ("Fighters of JNIM attacked an army camp in Djibo on Sunday, killing dozens of soldiers. One security source put "
     "the death toll at more than 100. JNIM claimed the attack in a statement, saying it had killed 200 soldiers.",
     100),
    ("Al Shabaab fighters stormed a military base in Middle Shabelle on Tuesday, killing at least 17 soldiers, "
     "officials said. The group claimed responsibility, saying it had killed 57 soldiers.", 17),
]


@pytest.mark.parametrize(("text", "fatalities"), CLAIMED_AND_REPORTED)
def test_a_claimed_toll_gives_way_to_another_sources(text: str, fatalities: int, kit: ExtractionKit) -> None:
    events = _events(text, kit)
    assert [e.fatalities.fatalities for e in events] == [fatalities]


def test_a_claimed_toll_alone_stands(kit: ExtractionKit) -> None:
    events = _events("Al Shabaab claimed an attack on a military base in Middle Shabelle on Tuesday, saying it had "
                     "killed 57 soldiers.", kit)
    assert [e.fatalities.fatalities for e in events] == [57]


# --------------------------------------------------------------------------- a vague count in scare quotes

QUOTED_COUNTS = [
    ('The army said its aircraft struck supply convoys in North Kordofan on Saturday, killing "dozens" of fighters.',
     12),
    ("The air force said its jets struck a camp near Shinkafi on Thursday, killing “scores” of bandits.", 20),
]


@pytest.mark.parametrize(("text", "fatalities"), QUOTED_COUNTS)
def test_a_vague_count_in_scare_quotes_is_the_count(text: str, fatalities: int, kit: ExtractionKit) -> None:
    events = _events(text, kit)
    assert [e.fatalities.fatalities for e in events] == [fatalities]


def test_a_quoted_word_that_is_no_count_counts_nothing(kit: ExtractionKit) -> None:
    events = _events('The army said it had "neutralised" fighters in North Kordofan on Saturday.', kit)
    assert all(e.fatalities.fatalities == 0 for e in events)


# --------------------------------------------------------------------------- a death in custody

CUSTODY_DEATHS = [
    "A blogger died in police custody in Nairobi on Sunday.",
    "A journalist died in police custody in Nairobi on Sunday.",
    "Two detainees died in army custody in Maiduguri on Sunday, a rights group said.",
]


@pytest.mark.parametrize("text", CUSTODY_DEATHS)
def test_the_force_that_held_the_dead_acted(text: str, kit: ExtractionKit) -> None:
    events = _events(text, kit)
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians")]
    assert events[0].actor1 in ("Police Forces", "Military Forces")


# near-twin: police who hold suspects after another's act take no part in that act
def test_suspects_in_custody_leave_the_attackers_the_act(kit: ExtractionKit) -> None:
    events = _events("Gunmen killed five villagers in Zamfara on Sunday. Two suspects are in police custody.", kit)
    assert [(e.sub_event_type, e.actor1) for e in events][:1] == [("Attack", "Unidentified Armed Group")]


# --------------------------------------------------------------------------- a month of last year

MONTH_OF_A_NAMED_YEAR = [
    ("In March last year, six people were killed in an assault on a hotel there.", date(2023, 3, 15)),
    ("in March of last year", date(2023, 3, 15)),
    ("late March last year", date(2023, 3, 31)),
    ("in May this year", date(2024, 5, 15)),
    ("in December last year", date(2023, 12, 15)),
    # near-twins: a month without its year is the last one before the story
    ("last March", date(2024, 3, 15)),
    ("in December", date(2023, 12, 15)),
]


@pytest.mark.parametrize(("text", "day"), MONTH_OF_A_NAMED_YEAR)
def test_a_month_of_last_year_is_that_years(text: str, day: date, kit: ExtractionKit) -> None:
    found = kit.find_dates(text, date(2024, 8, 3), 0, len(text))
    assert [d.day for d in found] == [day]


# --------------------------------------------------------------------------- whom an actor's aside says it fights

FOUGHT_IN_AN_ASIDE = [
    ("A drone strike on a minibus in Ethiopia's Amhara region killed about 30 civilians on Sunday, witnesses said, "
     "blaming the federal army, which has been fighting Fano militiamen in the region.", "Civilians (Ethiopia)"),
    ("Soldiers shot dead four farmers near Djibo in Burkina Faso on Tuesday, residents said, blaming the army, which is "
     "battling jihadists of JNIM across the north.", "Civilians (Burkina Faso)"),
]


@pytest.mark.parametrize(("text", "actor2"), FOUGHT_IN_AN_ASIDE)
def test_whom_an_asides_actor_fights_is_no_victim(text: str, actor2: str, kit: ExtractionKit) -> None:
    assert [e.actor2 for e in _events(text, kit)] == [actor2]


# near-twin: the group fought in the act's own clause stays its party
def test_the_group_fought_in_the_acts_own_clause_stays(kit: ExtractionKit) -> None:
    events = _events("Ethiopian troops fought Fano militiamen in Debre Tabor in Ethiopia's Amhara region on Monday, "
                     "residents said.", kit)
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Armed clash", "Fano Militia")]
