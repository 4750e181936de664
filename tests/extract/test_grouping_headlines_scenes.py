"""Three grouping readings, each with its table of wordings and near-twins that must keep today's reading:

- a headline line above its lead (news feeds give "title / description") is one event, not two;
- an act a speaker told on a day before the event's day is another event ("said on Tuesday it had captured", after
  Wednesday's strike);
- a report opening on a place of its own ("In neighbouring Chin state, ...") that tells another kind of act is
  another event, while force on a crowd stays the crowd's event.

Every passage was written for these tests, modelled on the kinds of report seen in 2023–2025 coverage.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.records import Article, EventDraft

PUBLISHED = datetime(2025, 1, 9, 8, tzinfo=timezone.utc)  # a Thursday


def _events(text: str, kit: ExtractionKit) -> list[EventDraft]:
    return extract_events(Article(id="grouping-scenes", title="", text=text, published_at=PUBLISHED), kit)


# --------------------------------------------------------------------------- a headline above its lead

HEADLINE_AND_LEAD = [
    ("Gunmen kill 14 worshippers in attack on Burkina Faso mosque\nArmed men opened fire on worshippers at a mosque "
     "in Natiaboani in eastern Burkina Faso on Sunday, killing 14, security sources said.", "Attack"),
    ("Police fire tear gas at opposition supporters in Nairobi\nKenyan police fired tear gas on Wednesday to scatter "
     "hundreds of opposition supporters marching on parliament over tax rises.", "Protest with intervention"),
    ("Israeli strike kills five in Gaza's Nuseirat camp, medics say\nAn Israeli air strike on a house in the Nuseirat "
     "refugee camp in central Gaza killed five people overnight, Palestinian medics said.", "Air/drone strike"),
    ("Roadside bomb wounds three soldiers in Pakistan's North Waziristan\nA roadside bomb exploded near an army "
     "vehicle in Mir Ali on Monday, wounding three soldiers, the military said.", "Remote explosive/landmine/IED"),
    ("Militants abduct 20 students in Nigeria's Kaduna State\nGunmen stormed a school in Kuriga in Kaduna State on "
     "Tuesday and kidnapped at least 20 pupils, residents said.", "Abduction/forced disappearance"),
    ("Mob lynches man accused of blasphemy in Pakistan's Swat\nAn angry crowd beat to death a man accused of "
     "desecrating the Koran and set his body on fire in Swat on Wednesday, police said.", "Mob violence"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), HEADLINE_AND_LEAD)
def test_a_headline_line_and_its_lead_are_one_event(text: str, sub_event_type: str, kit: ExtractionKit) -> None:
    events = _events(text, kit)
    assert [e.sub_event_type for e in events] == [sub_event_type]


# near-twins: a first line that is a lead paragraph (it ends on a full stop), or a headline whose next line tells a
# second act of another day, keeps its events apart
LEAD_PARAGRAPH_THEN_ACT = [
    "Gunmen killed 14 worshippers at a mosque in Natiaboani in eastern Burkina Faso, security sources said.\n"
    "On Tuesday, soldiers clashed with militants near Djibo, killing 20 of them, the army said.",
    "Police fired tear gas at opposition supporters in Nairobi, witnesses said.\n"
    "On Monday, gunmen shot dead a county official in Mandera, police said.",
]


@pytest.mark.parametrize("text", LEAD_PARAGRAPH_THEN_ACT)
def test_a_lead_paragraph_is_no_headline(text: str, kit: ExtractionKit) -> None:
    assert len(_events(text, kit)) == 2


# --------------------------------------------------------------------------- said the day before the event

SAID_BEFORE_THE_EVENT = [
    "Military jets bombed a village in Sagaing region on Wednesday, killing at least 28 people, residents said.\n"
    "The Arakan Army said on Tuesday it had captured the town of Paletwa in Chin state after weeks of fighting.",
    "An air strike hit a market in Kutum in North Darfur on Wednesday, killing 12 people, a monitoring group said.\n"
    "The Rapid Support Forces said on Monday they had seized the town of Um Kadada from the army.",
    "Suspected jihadists killed nine soldiers in an ambush near Tessit in Mali on Wednesday, the army said.\n"
    "JNIM said on Tuesday its fighters had attacked a military post at Boni.",
    "A car bomb exploded outside a police station in Mogadishu on Wednesday, killing four people, police said.\n"
    "Al Shabaab announced on Monday that it had overran an army base at Adan Yabaal.",
]


@pytest.mark.parametrize("text", SAID_BEFORE_THE_EVENT)
def test_an_act_said_before_the_events_day_is_another_event(text: str, kit: ExtractionKit) -> None:
    events = _events(text, kit)
    assert len(events) == 2
    assert events[1].event_date is not None and events[1].event_date < events[0].event_date


# near-twins: a claim made on the event's own day, or a reference to the event's day ("condemned Wednesday's
# attack"), stays with the event
CLAIMED_THE_SAME_DAY = [
    "Militants attacked an army base at Boni in central Mali on Wednesday, killing nine soldiers, the army said.\n"
    "JNIM said on Wednesday its fighters had carried out the attack.",
    "Gunmen killed 11 villagers in an attack on Dogon Daji in Zamfara on Wednesday, police said.\n"
    "The governor on Tuesday night condemned Wednesday's attack and promised help for the displaced.",
]


@pytest.mark.parametrize("text", CLAIMED_THE_SAME_DAY)
def test_a_claim_of_the_events_own_day_stays_with_it(text: str, kit: ExtractionKit) -> None:
    assert len(_events(text, kit)) == 1


# --------------------------------------------------------------------------- a scene of its own

ANOTHER_ACT_IN_ITS_OWN_SCENE = [
    "At least 28 people were killed when military jets bombed a village in Sagaing region on Wednesday, residents "
    "said.\nIn neighbouring Chin state, the Arakan Army captured the town of Paletwa after weeks of fighting.",
    "Israeli strikes killed 15 people across the Gaza Strip on Wednesday, medics said.\nIn the West Bank town of "
    "Tubas, soldiers arrested 12 men in raids on their homes, the Palestinian prisoners' society said.",
    "An air strike killed eight civilians in a market in Kutum in North Darfur on Wednesday, activists said.\n"
    "In the city of El Obeid, hundreds of people marched to demand an end to the war.",
]


@pytest.mark.parametrize("text", ANOTHER_ACT_IN_ITS_OWN_SCENE)
def test_another_kind_of_act_in_a_scene_of_its_own_is_another_event(text: str, kit: ExtractionKit) -> None:
    events = _events(text, kit)
    assert len(events) == 2
    assert events[0].sub_event_type != events[1].sub_event_type


# near-twins: force on a crowd told in a town of its own, and the same kind of act in a finer place, stay one event
SAME_EVENT_IN_A_SCENE_OF_ITS_OWN = [
    "Thousands of protesters marched against the government on Wednesday, defying a curfew.\nIn Nasiriyah, police "
    "fired tear gas and live rounds to disperse them, killing two protesters, medics said.",
    "Gunmen attacked the village of Kuriga in Kaduna State on Wednesday, killing seven people.\nIn the village of "
    "Kuriga, the attackers also set fire to houses and shops, residents said.",
]


@pytest.mark.parametrize("text", SAME_EVENT_IN_A_SCENE_OF_ITS_OWN)
def test_the_same_event_told_in_a_scene_of_its_own_stays_one(text: str, kit: ExtractionKit) -> None:
    assert len(_events(text, kit)) == 1


# the speaker of "said ... it had captured" took the ground itself (``roles.sides.SPEAKS_OF_ITS_OWN``)
CAPTOR_SPEAKS = [
    (SAID_BEFORE_THE_EVENT[0], "ULA/AA: United League of Arakan/Arakan Army"),
    (SAID_BEFORE_THE_EVENT[1], "RSF: Rapid Support Forces"),
    (SAID_BEFORE_THE_EVENT[3], "Al Shabaab"),
]


@pytest.mark.parametrize(("text", "actor1"), CAPTOR_SPEAKS)
def test_a_group_that_says_it_captured_a_town_took_it(text: str, actor1: str, kit: ExtractionKit) -> None:
    assert _events(text, kit)[1].actor1 == actor1


# --------------------------------------------------------------------------- "by the <describing word> <agent>"

AGENT_AFTER_A_DESCRIBING_WORD = [
    ("Shelling by the paramilitary Rapid Support Forces killed at least eight people at the Zamzam camp near El "
     "Fasher on Monday, aid workers said.", "RSF: Rapid Support Forces"),
    ("An ambush by the jihadist Al Shabaab killed six soldiers near Jowhar on Monday, officials said.", "Al Shabaab"),
    ("Two villagers were shot dead by the Islamist Boko Haram near Gwoza on Monday, residents said.",
     "Islamic State (West Africa) and/or Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ("A drone strike by the rebel Arakan Army hit a police post in Maungdaw on Monday, killing three officers.",
     "ULA/AA: United League of Arakan/Arakan Army"),
    ("Rocket fire by the militant Hezbollah wounded two soldiers near Metula on Monday, the Israeli army said.",
     "Hezbollah"),
    # near-twin without the describing word
    ("Shelling by the Rapid Support Forces killed eight people at the Zamzam camp near El Fasher on Monday.",
     "RSF: Rapid Support Forces"),
]


@pytest.mark.parametrize(("text", "actor1"), AGENT_AFTER_A_DESCRIBING_WORD)
def test_the_agent_after_by_and_a_describing_word_acted(text: str, actor1: str, kit: ExtractionKit) -> None:
    assert _events(text, kit)[0].actor1 == actor1


# --------------------------------------------------------------------------- "came days after" an earlier act

CAME_LOOSELY_AFTER = [
    ("An Israeli air strike on a building in Beirut's southern suburbs killed 15 people on Wednesday, officials said. "
     "The strike came days after thousands of pagers exploded across Lebanon, killing 37 people.", 15, 37, 2),
    ("Gunmen killed nine villagers in an attack on Kwall in Plateau State on Wednesday, police said. The attack came "
     "days after bandits ambushed a patrol near Bokkos, killing six soldiers.", 9, 6, 2),
    ("A bomb hidden in a market stall killed 12 people in Konduga on Wednesday, officials said. The bombing came weeks "
     "after militants stormed a camp near Gwoza, killing 20 displaced people.", 12, 20, 3),
]


@pytest.mark.parametrize(("text", "own_dead", "earlier_dead", "precision"), CAME_LOOSELY_AFTER)
def test_the_act_a_story_came_loosely_after_is_its_own(text: str, own_dead: int, earlier_dead: int, precision: int,
                                                       kit: ExtractionKit) -> None:
    events = {e.fatalities.fatalities: e for e in _events(text, kit)}
    assert set(events) == {own_dead, earlier_dead}
    told, earlier = events[own_dead], events[earlier_dead]
    assert earlier.time_precision == precision
    assert earlier.event_date is not None and told.event_date is not None and earlier.event_date < told.event_date


# --------------------------------------------------------------------------- a quoted act's own day

MONDAY = datetime(2025, 1, 6).date()
QUOTED_ACT_WITH_ITS_DAY = [
    ('"We are outraged by the killing of more than 40 civilians on Monday in the village of Djiguibombo," a rights '
     "group said in a statement on Wednesday.", 40),
    ('"Gunmen attacked our village on Monday night and shot dead six of our men," a farmer from Kwall told reporters '
     "on Wednesday.", 6),
    ('"Soldiers opened fire on the crowd on Monday and killed three young men," a relative said by phone on '
     "Wednesday.", 3),
]


@pytest.mark.parametrize(("text", "dead"), QUOTED_ACT_WITH_ITS_DAY)
def test_a_day_after_the_act_inside_a_quote_is_the_acts(text: str, dead: int, kit: ExtractionKit) -> None:
    assert [(e.event_date, e.fatalities.fatalities) for e in _events(text, kit)] == [(MONDAY, dead)]


def test_a_quote_with_no_act_before_its_day_stays_the_speakers(kit: ExtractionKit) -> None:
    text = '"On Monday we felt for the first time that someone had heard us," a woman said after the visit.'
    assert _events(text, kit) == []


# --------------------------------------------------------------------------- "a lightning advance" is no storm

LIGHTNING_FIGURES = [
    "Insurgents swept into Aleppo on Wednesday after a lightning advance from Idlib, and at least 20 soldiers were "
    "killed as government forces pulled back, a war monitor said.",
    "Rebels seized the town of Bunagana on Wednesday in a lightning offensive, killing six soldiers, the army said.",
    "Militants killed 11 soldiers at an army post near Menaka on Wednesday in a lightning raid, officials said.",
]


@pytest.mark.parametrize("text", LIGHTNING_FIGURES)
def test_a_lightning_advance_is_an_act_of_war(text: str, kit: ExtractionKit) -> None:
    assert len(_events(text, kit)) == 1


def test_lightning_that_strikes_a_market_is_an_accident(kit: ExtractionKit) -> None:
    text = "Lightning struck a crowded market in Gulu on Wednesday, killing five people, police said."
    assert _events(text, kit) == []


# "to crush the insurgency" tells force; "a crush at the shrine" is an accident (round eight's reading)
CRUSH_AS_FORCE = [
    "Soldiers killed 12 insurgents in Borno on Wednesday in an operation to crush the insurgency, the army said.",
    "Troops shot dead nine rebels near Beni on Wednesday as the army moved to crush the uprising, officials said.",
]


@pytest.mark.parametrize("text", CRUSH_AS_FORCE)
def test_to_crush_an_uprising_is_force(text: str, kit: ExtractionKit) -> None:
    assert len(_events(text, kit)) == 1


def test_a_crush_at_a_shrine_is_an_accident(kit: ExtractionKit) -> None:
    assert _events("At least 12 pilgrims died in a crush at a shrine in Hathras on Wednesday, officials said.", kit) == []


# --------------------------------------------------------------------------- "were found shot dead"

FOUND_KILLED = [
    ("Five men were found shot dead beside a highway near Culiacan on Wednesday, prosecutors said.", 5),
    ("Three farmers were found beheaded near Gwoza on Wednesday, residents said.", 3),
    ("Two aid workers were found killed in their car outside Kutum on Wednesday, the UN said.", 2),
]


@pytest.mark.parametrize(("text", "dead"), FOUND_KILLED)
def test_people_found_killed_are_the_dead(text: str, dead: int, kit: ExtractionKit) -> None:
    assert [e.fatalities.fatalities for e in _events(text, kit)] == [dead]
