"""Grouping precision on long news: what joins the event told before it, and what stays an event of its own.

Every passage here was written for these tests (modelled on the kinds of report long news carries: a detail
sentence naming a more precise place, a later count of the dead, a rival's figure, a separate attack,
background told weeks before the story).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.event_filter import BACKGROUND_AFTER_DAYS, is_background_development
from eventwire.extract.mentions import is_where_said
from eventwire.records import Article, EventDraft, Fatalities, PlaceMention, Span

PUBLISHED = datetime(2022, 10, 12, 9, tzinfo=timezone.utc)  # a Wednesday


def _events(text: str, kit: ExtractionKit) -> list[EventDraft]:
    article = Article(id="grouping-test", title="", text=text, published_at=PUBLISHED)
    return extract_events(article, kit)


# --------------------------------------------------------------------------- detail of the event told before

DETAIL_IN_ANOTHER_PLACE = [
    # a more precise place for the same act, told in the next paragraph
    "Gunmen ambushed a convoy of traders on the road between Gao and Ansongo on Monday, killing seven people, "
    "officials said.\nThe lorries were forced to halt near Tassiga after a tyre burst, and the gunmen then "
    "opened fire on the drivers.",
    # the wounded taken to a hospital in another town
    "Three soldiers were killed on Sunday when their patrol hit a landmine in Kidal region, the army said.\n"
    "Four other soldiers were wounded and flown to Bamako for treatment.",
    # the participants referred back to, with a place of their own
    "Militants killed 14 soldiers in an assault on a military post in Tillaberi region on Saturday, the defence "
    "ministry said.\nThe attackers had crossed the river near Ayorou before dawn, residents said.",
    # where the fighting centred
    "Fighting between the army and rebels west of Goma killed dozens of combatants on Tuesday, military sources "
    "said.\nThe clashes centred on the Kibumba front, where the rebels attacked army positions with mortars.",
]


@pytest.mark.parametrize("text", DETAIL_IN_ANOTHER_PLACE)
def test_a_detail_naming_another_place_joins_the_event(kit, text) -> None:
    assert len(_events(text, kit)) == 1


# --------------------------------------------------------------------------- later counts and rival figures

TOLL_STATEMENTS = [
    # a later count given by doctors somewhere else, on another day
    "Gunmen stormed a wedding party in Gwoza on Saturday night, killing 11 guests, police said.\n"
    "Hospital officials in Maiduguri said on Monday that a twelfth victim had died of his wounds.",
    # the rebels' own, smaller figure
    "Government troops shelled the village of Kawa on Sunday, killing 23 civilians, local officials said.\n"
    "The rebels said only eight civilians died and accused the army of inflating the figure.",
    # a rights group's count for the capital
    "Police fired live rounds at protesters in the city centre on Tuesday, killing at least nine people, "
    "witnesses said.\nA rights group said 15 people had been killed in Mombasa by police gunfire.",
]


ATTACKERS_KILLED_IN_THE_SAME_ACT = [
    "Raiders attacked cattle camps near Pibor at dawn on Saturday, the commissioner said.\n"
    "He said 31 herders had been killed and 12 wounded, and that 19 of the raiders were also killed when "
    "local youths fought back.",
    "Militants stormed a police station in Mandera on Sunday night. The governor said four officers had been "
    "killed, and that six of the assailants were also killed in the exchange of fire.",
]


@pytest.mark.parametrize("text", ATTACKERS_KILLED_IN_THE_SAME_ACT)
def test_attackers_killed_in_the_same_act_are_not_another_event(kit, text) -> None:
    events = _events(text, kit)
    assert len(events) == 1


@pytest.mark.parametrize("text", TOLL_STATEMENTS)
def test_a_later_or_rival_count_joins_the_event_it_counts(kit, text) -> None:
    events = _events(text, kit)
    assert len(events) == 1
    assert events[0].fatalities.fatalities > 0


def test_a_count_given_where_it_was_said_does_not_place_the_event(kit) -> None:
    text = ("Gunmen killed 18 villagers in an attack on Damasak on Thursday, residents said.\n"
            "Medical sources in Maiduguri said on Friday that 20 bodies had been buried.")
    events = _events(text, kit)
    assert len(events) == 1
    named = {p.name for p in events[0].place_mentions}
    assert "Maiduguri" not in named


# --------------------------------------------------------------------------- separate events stay separate

SEPARATE_EVENTS = [
    "Gunmen killed 12 villagers in Solenzo on Friday, the governor said.\n"
    "In a separate attack, militants ambushed a police patrol near Dori, killing four officers.",
    "Jihadists killed nine soldiers in an ambush near Djibo on Monday, the army said.\n"
    "Hours later, gunmen attacked a market in Arbinda, killing five traders.",
    "Protesters clashed with police in Nairobi on Tuesday, and two people were shot dead.\n"
    "In Kisumu, demonstrators burned tyres and blocked the main highway.",
    "Militants killed 14 soldiers in an assault on an army post near Ayorou on Saturday, the ministry said.\n"
    "The militants also killed three herders in Inates on Saturday, residents said.",
]


@pytest.mark.parametrize("text", SEPARATE_EVENTS)
def test_what_the_text_tells_as_separate_stays_separate(kit, text) -> None:
    assert len(_events(text, kit)) == 2


# --------------------------------------------------------------------------- where a figure was said

def _place(text: str, name: str) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(name, Span(start, start + len(name), name), "in")


@pytest.mark.parametrize(("text", "name", "said_there"), [
    ("Medical sources in Aden said at least 30 fighters were buried.", "Aden", True),
    ("Officials in Kabul later said the toll had reached 60.", "Kabul", True),
    ("Speaking in Makurdi on Saturday, the governor said 45 bodies had been found.", "Makurdi", True),
    ("Police in Kano said the suspects were arrested at dawn.", "Kano", True),
    ("Gunmen in Zamfara killed 12 farmers on Sunday.", "Zamfara", False),
    ("Police in Kano arrested five protesters.", "Kano", False),
    ("The attack in Bunia killed eight people, officials said.", "Bunia", False),
])
def test_where_said(text, name, said_there) -> None:
    assert is_where_said(_place(text, name), text) is said_there


@given(st.text(alphabet=st.characters(whitelist_categories=("Ll", "Zs")), max_size=60))
def test_a_place_without_a_speaker_before_it_is_never_where_said(prefix) -> None:
    text = f"{prefix} Gunmen attacked Tahoua yesterday."
    assert not is_where_said(_place(text, "Tahoua"), text)


# --------------------------------------------------------------------------- background developments

def _development(day: date, precision: int = 1, deaths: int = 0,
                 sub_event_type: str = "Change to group/activity") -> EventDraft:
    return EventDraft("a", day, precision, "Strategic developments", sub_event_type,
                      fatalities=Fatalities(deaths))


@pytest.mark.parametrize(("draft", "latest", "background"), [
    (_development(date(2022, 5, 15), precision=3), date(2022, 9, 10), True),  # "in May"
    (_development(date(2022, 5, 15), precision=3), None, True),
    (_development(date(2022, 2, 24)), date(2022, 4, 9), True),  # weeks before the story's events
    (_development(date(2022, 9, 1)), date(2022, 9, 10), False),  # "earlier this month"
    (_development(date(2022, 3, 15)), date(2022, 3, 15), False),  # the story's own development
    (_development(date(2022, 3, 15)), None, False),
    (_development(date(2022, 5, 15), precision=3, deaths=2), date(2022, 9, 10), False),
    (_development(date(2022, 5, 15), precision=3, sub_event_type="Armed clash"), date(2022, 9, 10), False),
])
def test_background_development(draft, latest, background) -> None:
    assert is_background_development(draft, latest) is background


@given(st.integers(min_value=0, max_value=400))
def test_background_begins_past_the_named_gap(days_before) -> None:
    latest = date(2023, 6, 30)
    draft = _development(date.fromordinal(latest.toordinal() - days_before))
    assert is_background_development(draft, latest) is (days_before > BACKGROUND_AFTER_DAYS)


# --------------------------------------------------------------------------- background that is no event

NO_EVENT_BACKGROUND = [
    # a trial story: the acts lie years back, told as a span of years
    "Judges at the court in The Hague convicted the former commander on Thursday.\nThey said he had ordered "
    "attacks on three villages between 2003 and 2006, in which hundreds of civilians were killed.",
    # a running count of a war's dead
    "The war has killed more than 350,000 people and displaced millions over the course of the conflict, "
    "according to the United Nations.",
]


@pytest.mark.parametrize("text", NO_EVENT_BACKGROUND)
def test_background_told_in_a_news_story_is_no_event(kit, text) -> None:
    assert _events(text, kit) == []


def test_a_day_named_inside_a_quotation_does_not_date_an_event(kit) -> None:
    text = ("Gunmen killed six farmers near Bokkos last week, residents said.\n"
            "\"Today we are burying our brothers and nobody has come,\" said a village elder who lost two sons "
            "in the attack.")
    events = _events(text, kit)
    assert len(events) == 1
    assert all(span.text != "Today" for span in events[0].evidence.get("event_date", ()))


@pytest.mark.parametrize("text", [
    "A car bomb killed 14 people at a checkpoint in Mogadishu on Sunday, police said.\nThe Islamist group, which "
    "seized the port of Kismayo on 18 September, condemned the bombing and said the attack took place in an area "
    "held by government troops.",
    "Gunmen killed nine worshippers at a mosque in Tillaberi on Friday, officials said.\nThe junta, which seized "
    "power on 26 September, condemned the attack and said soldiers had been deployed to the area.",
])
def test_a_date_in_an_aside_about_who_someone_is_does_not_make_an_event(kit, text) -> None:
    assert len(_events(text, kit)) == 1


def test_a_clause_without_commas_still_dates_the_act(kit) -> None:
    text = "Gunmen who blew up a bridge near Kachia on Monday night killed four travellers, police said."
    events = _events(text, kit)
    assert len(events) == 1
    assert events[0].event_date == date(2022, 10, 10)
