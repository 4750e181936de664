"""Kinds of error found on benchmarks/news-dev2 (first count superseded, a claimant's full name), each held by
passages written for these tests (never the set's own sentences).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.assemble import without_first_counts
from eventwire.records import Article, CasualtyMention, EventDraft, Span

PUBLISHED = datetime(2024, 5, 15, 9, tzinfo=timezone.utc)  # a Wednesday


def _events(text: str, kit: ExtractionKit) -> list[EventDraft]:
    return extract_events(Article(id="dev2-kinds", title="", text=text, published_at=PUBLISHED), kit)


# --------------------------------------------------------------------------- a first count is superseded

FIRST_COUNT_STORIES = [
    ("Kabul, May 15 – A bomb tore through a mosque in Pul-e-Khumri on Monday, killing at least 33 worshippers, "
     "officials said.\nPolice initially said nine people had died.", 33),
    ("Hodeidah, Yemen, May 15 – Air strikes hit the port of Salif on Tuesday, killing 41 people, health "
     "officials said.\nThey had first said 17 people had been killed.", 41),
    ("Goma, May 15 – Shells struck a displacement camp near Mugunga on Sunday, killing at least 18 people.\n"
     "An initial toll from the army put the dead at six.", 18),
]


@pytest.mark.parametrize("text, toll", FIRST_COUNT_STORIES)
def test_a_first_count_gives_way_to_the_larger_one(kit, text, toll) -> None:
    events = _events(text, kit)
    assert len(events) == 1
    assert events[0].fatalities.fatalities == toll


def _count(text: str, number: int) -> CasualtyMention:
    start = text.index(str(number))
    return CasualtyMention(number, number, "killed", "exact", None, Span(start, start + len(str(number)), str(number)))


def test_a_first_count_alone_stands() -> None:
    text = "Officials initially said 12 people were killed."
    assert [c.low for c in without_first_counts([_count(text, 12)], text)] == [12]


def test_a_first_count_larger_than_the_later_one_stands() -> None:
    text = "Officials initially said 40 were killed. Medics said 30 were killed."
    counts = [_count(text, 40), _count(text, 30)]
    assert [c.low for c in without_first_counts(counts, text)] == [40, 30]


def test_a_count_not_told_as_first_is_kept() -> None:
    text = "Police said 9 were killed. Hospital staff said 33 were killed."
    counts = [_count(text, 9), _count(text, 33)]
    assert [c.low for c in without_first_counts(counts, text)] == [9, 33]


# --------------------------------------------------------------------------- the claimant's full name

CLAIMS_BY_FULL_NAME = [
    ("Bamako, Mali, May 15 – Gunmen attacked an army post in Boni on Tuesday, killing 11 soldiers.\n"
     "The al Qaeda-linked Group for Support of Islam and Muslims, known as JNIM, said in a statement that its "
     "fighters had carried out the attack.", "JNIM: Group for Support of Islam and Muslims"),
]


@pytest.mark.parametrize("text, claimant", CLAIMS_BY_FULL_NAME)
def test_the_people_in_a_groups_name_are_not_the_claimant(kit, text, claimant) -> None:
    events = _events(text, kit)
    assert events and events[0].actor1 == claimant


# --------------------------------------------------------------------------- an account of the participants

SIDE_EVENT_THEN_ACCOUNT = [
    # main clash, a side killing told with its own day, then the minister's account of the main clash
    ("Pemba, Mozambique, May 15 – Insurgents attacked the town of Mocimboa da Praia on Monday and fought troops "
     "for several hours, residents said.\nOn Saturday, two days before the raid, insurgents beheaded three "
     "fishermen near Mbau, local sources said.\nThe defence minister said the army had \"repelled\" the attackers "
     "and that calm had returned.", "Mbau", "Attack"),
    ("Niamey, Niger, May 15 – Militants stormed an army post at Tamou on Tuesday and exchanged fire with soldiers "
     "until dawn, the army said.\nA day earlier, gunmen shot dead a village chief near Say, residents said.\n"
     "A military spokesman said troops had pushed back the assailants.", "Say", "Attack"),
]


@pytest.mark.parametrize("text, side_town, side_type", SIDE_EVENT_THEN_ACCOUNT)
def test_an_account_of_the_fight_goes_to_the_fight_not_the_side_event(kit, text, side_town, side_type) -> None:
    events = _events(text, kit)
    side = [e for e in events if any(p.name == side_town for p in e.place_mentions)]
    assert side and side[0].sub_event_type == side_type


# --------------------------------------------------------------------------- a town naming another event

TOWN_NAMING_ANOTHER_EVENT = [
    ("Pemba, Mozambique, May 15 – On Sunday, a day after the Mocimboa raid, insurgents killed two farmers in "
     "Mbau, local sources said.", "Mbau"),
    ("Jenin, May 15 – Two days after the Nablus operation, troops shot dead a gunman in Tubas on Tuesday, the "
     "army said.", "Tubas"),
]


@pytest.mark.parametrize("text, town", TOWN_NAMING_ANOTHER_EVENT)
def test_the_event_happens_where_it_is_told_not_at_the_event_it_is_dated_from(kit, text, town) -> None:
    events = _events(text, kit)
    assert events and events[0].place_mentions[0].name == town


# --------------------------------------------------------------------------- a dated toll update

DATED_TOLL_UPDATES = [
    ("Beirut, Lebanon, May 15 – An air strike hit a flat in Tyre on Monday evening, killing at least three people, "
     "the health ministry said.\nRescuers searched the rubble through the night.\nOn Tuesday the ministry said "
     "the toll had risen to seven.", 7),
    ("Mogadishu, Somalia, May 15 – A suicide bomber struck a tea shop in Baidoa on Sunday, killing 11 people, "
     "police said.\nBy Tuesday the death toll had climbed to 19, a hospital official said.", 19),
]


@pytest.mark.parametrize("text, toll", DATED_TOLL_UPDATES)
def test_a_dated_toll_update_updates_the_event_told_before(kit, text, toll) -> None:
    events = _events(text, kit)
    assert len(events) == 1
    assert events[0].fatalities.fatalities == toll


# --------------------------------------------------------------------------- an undated event keeps the story's day

NEXT_DAY_IN_THE_SAME_TOWN = [
    ("Accra, Ghana, May 15 – Protests against the cost of living spread on Tuesday.\nIn Kumasi, police fired tear "
     "gas at marchers and arrested a dozen of them.\nIn Tamale, several hundred people gathered at the main market "
     "under police watch, chanting and carrying placards, and dispersed peacefully in the evening.\nOn Wednesday "
     "smaller crowds gathered in Tamale and Kumasi.", "Tamale", date(2024, 5, 14)),
    ("Dakar, Senegal, May 15 – Opposition supporters marched in Dakar on Monday against the delay of the vote.\n"
     "In Ziguinchor, youths blocked roads with burning tyres and police fired tear gas.\nOn Tuesday, a smaller "
     "march took place in Ziguinchor without incident.", "Ziguinchor", date(2024, 5, 13)),
]


@pytest.mark.parametrize("text, town, story_day", NEXT_DAY_IN_THE_SAME_TOWN)
def test_an_undated_event_keeps_the_storys_day_when_a_later_day_names_its_town(kit, text, town, story_day) -> None:
    events = _events(text, kit)
    assert story_day in {e.event_date for e in events if any(p.name == town for p in e.place_mentions)}


# --------------------------------------------------------------------------- a placeless event is at the lead's town

SAME_DAY_ELSEWHERE = [
    ("Jerusalem, May 15 – Israeli troops pulled out of Tulkarm early on Wednesday after a two-day raid in which "
     "five Palestinians were killed.\nThe raid began on Tuesday with drone strikes, and gunmen fought the troops in "
     "the alleys.\nOn Tuesday, a man stabbed two passers-by at a bus stop in Beersheba before he was shot dead by "
     "police.", "Tulkarm", "Beersheba"),
    ("Jerusalem, May 15 – Israeli troops pulled out of Tulkarm early on Wednesday after a two-day raid in which "
     "five Palestinians were killed.\nThe raid began on Monday with drone strikes, and gunmen fought the troops in "
     "the alleys.\nFighting continued on Tuesday. Two more Palestinians were killed during the day.\nOn Tuesday, a "
     "man stabbed two passers-by at a bus stop in Beersheba before he was shot dead by police.", "Tulkarm",
     "Beersheba"),
]


@pytest.mark.parametrize("text, lead_town, other_town", SAME_DAY_ELSEWHERE)
def test_a_same_day_act_in_another_town_is_not_merged_into_a_placeless_paragraph(kit, text, lead_town,
                                                                                  other_town) -> None:
    events = _events(text, kit)
    towns = [{p.name for p in e.place_mentions} for e in events]
    tuesday = [t for e, t in zip(events, towns) if e.event_date == date(2024, 5, 14)]
    assert any(lead_town in t for t in tuesday) and any(other_town in t for t in tuesday)
