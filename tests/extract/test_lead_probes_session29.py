"""Readings found on the lead's probes of session 29, in the word order of wires translated from French or Arabic:

- "has raised to 141 the number of people killed", "put at 30 the number of soldiers killed": the figure comes
  before the toll it sets, and counts the dead as "raised the number of people killed to 141" does;
- "raised the number of dead to 8", "brought the number of soldiers killed to 12": the finite verbs set a toll as
  the gerunds ("raising", "bringing") already did;
- a toll raised is the act's latest toll, as a toll that "rose" is;
- a figure told first whose toll runs over a period ("brings to 57 the number of people killed in the area this
  month") is a running total, counted by no act;
- "on the 14th" (a day of the month with no month, as local and translated press write it) is the latest 14th up to
  publication, and "48 hours ago" is two days back;
- a dateline may carry a desk's one-word note ("PORT SUDAN, 16 June (translated) –");
- Sudan's army and state media call the RSF "the Dagalo militia" or "the Rapid Support militia";
- "resistance fighters" are Myanmar's PDF only in Myanmar (in Nablus or Kherson they are the local fighters);
- translated Palestinian and Lebanese media: "three citizens ascended as martyrs", "rose to martyrdom", "fell a
  martyr" count the dead, and "the occupation forces", "the Israeli enemy" are Israel's army there (not in Kherson);
- the region's armies by their acronyms: "the FACA" (Central African Republic), "the RDF" (Rwanda), "the TPDF".

Every sentence was written for these tests, modelled on the kinds of report seen in 2019–2025 coverage.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.dates import find_dates
from eventwire.extract.fatalities import find_casualties
from eventwire.extract.fatalities.combine import combine_fatalities
from eventwire.ingest.dateline import parse_dateline
from eventwire.records import Article, EventDraft


def _toll(text: str) -> int:
    return combine_fatalities(find_casualties(text, 0, len(text))).fatalities


FIGURE_FIRST = [
    ("Niamey has raised to 141 the number of people killed in the raids on the Tillia villages.", 141),
    ("The army put at 30 the number of soldiers killed in the ambush near Boni.", 30),
    ("A fresh count by the health office brings to 58 the number of dead.", 58),
    ("The blast at the market raised to 12 the death toll, the governor's office said.", 12),
    ("The interior ministry brought to 35 the toll of the assault on the convoy.", 35),
    ("Police later found two more bodies, bringing to 26 the number killed at the clinic.", 26),
    ("The regional council put at eighty the number of civilians killed in the two villages.", 80),
    ("Prosecutors have since raised to nine the number of worshippers killed in the church attack.", 9),
]

FINITE_SETTERS = [
    ("Officials raised the number of people killed in the raid to 141.", 141),
    ("The army brought the number of soldiers killed in the attack to 12.", 12),
    ("The governor took the number of dead from the bombing to 19 on Friday.", 19),
    ("Medics on Thursday raised the death toll to 23.", 23),
]

MARTYRS = [
    ("Three citizens ascended as martyrs this morning in the camp.", 3),
    ("Two young men rose to martyrdom in the strike on the house.", 2),
    ("Four soldiers ascended to heaven as martyrs in the ambush.", 4),
    ("A young man fell a martyr to the bullets of the occupation.", 1),
    ("The price of bread rose to 20 pounds after the blockade.", 0),
    ("Mourners rose as the names of the martyrs were read.", 0),
]

RAISED_IS_AN_UPDATE = [
    ("Gunmen killed 137 people in the villages on Sunday. On Monday the government raised to 141 the number of "
     "people killed.", 141),
    ("Gunmen killed 137 people in the villages on Sunday. On Monday the government raised the number of people "
     "killed to 141.", 141),
    ("Gunmen killed 137 people in the villages on Sunday. On Monday the government raised the death toll to 141.",
     141),
    # a revision down is an update too (unchanged)
    ("Gunmen killed 137 people on Sunday. Officials later revised the toll down to 130.", 130),
]

RUNNING_TOTALS_TOLD_FIGURE_FIRST = [
    ("The raid brings to 57 the number of people killed in the area this month.", 0),
    ("The shooting brought to nine the number of aid workers killed in the country this year.", 0),
    ("Police shot dead two protesters at a roadblock, bringing to 42 the number of people killed nationwide since "
     "the strike began.", 2),
]

# Twins the readings must leave alone: the same verbs and prepositions with no toll after the figure.
LEFT_ALONE = [
    ("Fighting between rival brigades killed at least 55 people in the worst violence in the capital this year.", 55),
    ("The agency put at two million the number of people displaced by the fighting.", 0),
    ("Ambulances took 30 wounded people to hospital in Gao.", 0),
    ("The court brought to trial 12 men accused of the 2019 massacre.", 0),
    ("Rescuers raised the alarm at dawn and took the survivors to the clinic.", 0),
    ("The ministry raised to 40 the number of displaced camps in the region.", 0),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_FIRST + FINITE_SETTERS)
def test_a_toll_set_at_a_figure_counts_the_dead(text: str, expected: int) -> None:
    assert _toll(text) == expected


@pytest.mark.parametrize(("text", "expected"), MARTYRS)
def test_martyrdom_told_as_state_media_tell_it(text: str, expected: int) -> None:
    assert _toll(text) == expected


@pytest.mark.parametrize(("text", "expected"), RAISED_IS_AN_UPDATE)
def test_a_raised_toll_is_the_latest(text: str, expected: int) -> None:
    assert _toll(text) == expected


@pytest.mark.parametrize(("text", "expected"), RUNNING_TOTALS_TOLD_FIGURE_FIRST)
def test_a_figure_told_first_over_a_period_is_a_running_total(text: str, expected: int) -> None:
    assert _toll(text) == expected


@pytest.mark.parametrize(("text", "expected"), LEFT_ALONE)
def test_the_same_verbs_without_a_toll_count_nobody_new(text: str, expected: int) -> None:
    assert _toll(text) == expected


DAYS_OF_THE_MONTH_AND_HOURS_AGO = [
    # (published, sentence, the first date read, its precision); 8 May 2024 is a Wednesday
    (date(2024, 5, 8), "Gunmen ambushed the convoy on the 5th near Gao.", "2024-05-05", 1),
    (date(2024, 5, 8), "The post was overrun on the 14th, when the garrison ran out of ammunition.", "2024-04-14", 1),
    (date(2024, 5, 8), "Rebels shelled the town on the 2nd of this month, killing four.", "2024-05-02", 1),
    (date(2024, 5, 8), "The attack took place on the 8th.", "2024-05-08", 1),
    (date(2024, 3, 2), "Militiamen burned the market on the 28th.", "2024-02-28", 1),  # across a month's end
    (date(2025, 1, 2), "Bandits raided the village on the 30th.", "2024-12-30", 1),  # across a year's end
    (date(2024, 5, 8), "Militants attacked the checkpoint 48 hours ago.", "2024-05-06", 1),
    (date(2024, 5, 8), "A drone struck the car some 36 hours ago.", "2024-05-07", 1),
    (date(2025, 1, 1), "The base came under fire 48 hours ago.", "2024-12-30", 1),
    (date(2024, 5, 8), "Witnesses said the shelling began a few hours ago.", None, None),
]

ORDINALS_THAT_ARE_NO_DAY = [
    (date(2024, 5, 8), "The trial opened on the 13th anniversary of the massacre."),
    (date(2024, 5, 8), "Fire broke out on the 5th floor of the ministry."),
    (date(2024, 5, 8), "Soldiers of the 3rd battalion patrolled the road."),
    (date(2024, 3, 2), "The attack took place on the 30th."),  # no 30 February: no date rather than a wrong one
]


@pytest.mark.parametrize(("published", "text", "expected", "precision"), DAYS_OF_THE_MONTH_AND_HOURS_AGO)
def test_a_day_of_the_month_and_hours_ago(published: date, text: str, expected: str | None,
                                          precision: int | None) -> None:
    found = find_dates(text, published)
    first = (str(found[0].day), found[0].time_precision) if found else (None, None)
    assert first == (expected, precision)


@pytest.mark.parametrize(("published", "text"), ORDINALS_THAT_ARE_NO_DAY)
def test_an_ordinal_of_something_else_is_no_date(published: date, text: str) -> None:
    assert find_dates(text, published) == []


DATELINES_WITH_A_NOTE = [
    ("PORT SUDAN, 16 June (translated) – The General Command said ...", "Port Sudan", date(2024, 6, 16)),
    ("GAO, Mali, 3 May (dpa) - Gunmen ...", "Gao", date(2024, 5, 3)),
    ("MOGADISHU (Reuters) - A car bomb ...", "Mogadishu", None),
]


@pytest.mark.parametrize(("text", "place", "day"), DATELINES_WITH_A_NOTE)
def test_a_dateline_may_carry_a_desks_note(text: str, place: str, day: date | None) -> None:
    dateline = parse_dateline(text, date(2024, 6, 20))
    assert dateline is not None and (dateline.place, dateline.published) == (place, day)


@pytest.mark.parametrize("text", [
    "On June 9, 2024 (a Sunday) – gunmen attacked the market.",
    "In Gao (northern Mali) at dawn – nothing else.",
])
def test_an_opening_with_words_in_brackets_is_no_dateline(text: str) -> None:
    assert parse_dateline(text, date(2024, 6, 20)) is None


def _events(text: str, kit: ExtractionKit,
            published: datetime = datetime(2022, 7, 20, 8, tzinfo=timezone.utc)) -> list[EventDraft]:
    return extract_events(Article(id="lead-probes-29", title="", text=text, published_at=published), kit)


@pytest.mark.parametrize("text", [
    "EL FASHER, Sudan – The army said it repelled an attack by the terrorist Dagalo militia on the city on Saturday.",
    "KADUGLI, Sudan – Troops clashed with the Rapid Support militia east of the town on Saturday, the army said.",
])
def test_the_armys_names_for_the_rsf(text: str, kit: ExtractionKit) -> None:
    events = _events(text, kit, datetime(2024, 6, 16, 8, tzinfo=timezone.utc))
    assert events and "RSF: Rapid Support Forces" in {events[0].actor1, events[0].actor2}


RESISTANCE_FIGHTERS = [
    ("NABLUS, West Bank – Resistance fighters exchanged fire with Israeli troops who raided the old city on Tuesday, "
     "killing two of the fighters, the health ministry said.", False),
    ("YANGON, Myanmar – Resistance fighters attacked a junta outpost in Sagaing region on Tuesday, killing two "
     "soldiers.", True),
]


@pytest.mark.parametrize(("text", "is_the_pdf"), RESISTANCE_FIGHTERS)
def test_resistance_fighters_are_the_pdf_only_in_myanmar(text: str, is_the_pdf: bool, kit: ExtractionKit) -> None:
    events = _events(text, kit)
    assert events and (events[0].actor1 == "PDF: People's Defense Force") is is_the_pdf


OCCUPATION_FORCES = [
    ("RAMALLAH, West Bank – The occupation forces killed three civilians in Qabatiya on Tuesday.",
     "Military Forces of Israel"),
    ("BEIRUT, Lebanon – The Israeli enemy carried out an air raid on the town of Aitaroun on Tuesday, killing two.",
     "Military Forces of Israel"),
    ("KHERSON, Ukraine – Occupation forces shelled the city centre on Tuesday, killing two civilians.",
     "Military Forces of Russia"),
]


@pytest.mark.parametrize(("text", "actor1"), OCCUPATION_FORCES)
def test_the_occupation_forces_are_israels_army_in_palestine_and_lebanon(text: str, actor1: str,
                                                                          kit: ExtractionKit) -> None:
    events = _events(text, kit)
    assert events and events[0].actor1 == actor1


ARMIES_BY_ACRONYM = [
    ("BANGUI, Central African Republic – The FACA attacked a rebel base near Bossangoa on Tuesday, killing six "
     "fighters, a local official said.", "Military Forces of the Central African Republic"),
    ("GOMA, Democratic Republic of Congo – Congolese troops clashed with the RDF near the border on Tuesday, a "
     "local official said.", "Military Forces of Rwanda"),
    ("MTWARA, Tanzania – The TPDF clashed with insurgents who crossed the Ruvuma river on Tuesday, killing four of "
     "them.", "Military Forces of Tanzania"),
    # not Uganda's army: Bangladesh's United People's Democratic Front
    ("DHAKA, Bangladesh – Members of the UPDF blocked roads and burned tyres in Khagrachhari on Tuesday.",
     "Military Forces of Uganda"),
]


@pytest.mark.parametrize(("text", "army"), ARMIES_BY_ACRONYM)
def test_armies_named_by_their_acronyms(text: str, army: str, kit: ExtractionKit) -> None:
    # the army named by its acronym, with the acronym as its evidence (not a bare "soldiers" taking the country)
    named = {(getattr(event, field), span.text) for event in _events(text, kit)
             for field in ("actor1", "actor2") for span in event.evidence.get(field, ())}
    acronym = next(word for word in ("FACA", "RDF", "TPDF", "UPDF") if word in text)
    assert ((army, acronym) in named) is ("Uganda" not in army)
