"""Kinds of error found across the pool of long-news dev parts in round twenty-one (news-dev7..16 dev parts, news-long,
news-dev2..6), each held by a variation table written for these tests, with near twins that must keep their reading:

- "Fighting broke out in Amhara in early August between the army and Fano, a militia that fought alongside federal
  troops": the month a war or an offensive opened is the war's, no event of its own; the relative clause about a
  side says who the side is; and the month dates no act told beside it ("the offensive, launched in August");
- "..., without giving a date for the arrests", "without saying where or when": the story says it does not know the
  act's day, so the day of the statement does not date it;
- "called on Thursday for a general strike", "proposed a ceasefire to take effect on Monday": a call or a proposal
  is no act, whatever day it was made on;
- "attacked the villages of A and B, killing seven civilians between them", "gunfights at A, B and C": an act of
  violence told once for villages named as such is one event per village.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import ExtractionKit
from eventwire.extract.detect import find_triggers
from wire_stories import story_events

PUBLISHED = "2024-05-16T12:00:00+00:00"  # a Thursday
PUBLISHED_DAY = date(2024, 5, 16)
SATURDAY, SUNDAY, MONDAY, TUESDAY = date(2024, 5, 11), date(2024, 5, 12), date(2024, 5, 13), date(2024, 5, 14)


def _days(body: str, kit: ExtractionKit) -> list[date | None]:
    return sorted(e.event_date for e in story_events(body, kit, PUBLISHED))


def _blocked(sentence: str, word: str) -> str | None:
    triggers = [t for t in find_triggers(sentence, 0, len(sentence), PUBLISHED_DAY) if t.span.text == word]
    assert triggers, f"no trigger {word!r} in {sentence!r}"
    return triggers[0].blocked_by


# ------------------------------------------------------------- a war opened in a month

WARS_OPENED = [
    ("Fighting broke out in Lower Shabelle in early March between the army and the militants.", "Fighting", True),
    ("Fighting between the federal army and the Fano, a loose alliance of local militias, broke out in August last "
     "year.", "Fighting", True),
    ("Fighting erupted in late April between the two factions of the former rebel movement.", "Fighting", True),
    ("Heavy fighting broke out in April last year between the army and the paramilitary RSF.", "fighting", True),
    ("Fighting flared up in Ituri in January between the militia and the army.", "Fighting", True),
    # twins: a day, a town without a month, another noun, a toll told with the month
    ("Fighting broke out in Debre Markos on Monday between the army and Fano, residents said.", "Fighting", False),
    ("Fighting erupted in the town of Bama late on Saturday, killing four soldiers.", "Fighting", False),
    ("Fighting broke out in the camp after the arrest of a commander, residents said.", "Fighting", False),
    ("In March, militants fought soldiers near Bama for several hours, the army said.", "fought", False),
]


@pytest.mark.parametrize(("sentence", "word", "background"), WARS_OPENED)
def test_the_month_a_war_opened_is_no_act(sentence, word, background):
    assert (_blocked(sentence, word) == "background") is background


SIDES_OF_A_WAR_OPENED = [
    ("Fighting broke out in late July between the federal army and Fano, a loosely organised militia that fought "
     "alongside government troops during the war in Tigray.", "fought", True),
    ("Fighting broke out in Amhara in early August between the national army and Fano, a militia that fought "
     "alongside federal troops in the last war.", "fought", True),
    # twins: a war opened on a day; a relative clause with no war opened before it
    ("Fighting broke out on Monday between the army and Fano, a militia that fought alongside federal troops in the "
     "last war.", "fought", False),
    ("Residents named the commander, a man who fought alongside federal troops in the last war.", "fought", False),
]


@pytest.mark.parametrize(("sentence", "word", "background"), SIDES_OF_A_WAR_OPENED)
def test_a_side_described_in_a_wars_opening_tells_no_act(sentence, word, background):
    assert (_blocked(sentence, word) == "background") is background


def test_a_war_opened_in_a_month_makes_no_event_beside_the_days_act(kit):
    body = ("NAIROBI, Kenya – A drone strike on a market in the town of Finote Selam killed at least 19 people on "
            "Sunday, residents said.\n\nFighting broke out in Amhara in early March between the national army and "
            "Fano, a militia that fought alongside federal troops during the war in Tigray.")
    events = story_events(body, kit, PUBLISHED)
    assert [(e.event_date, e.sub_event_type) for e in events] == [(SUNDAY, "Air/drone strike")]


def test_a_war_opened_on_a_day_is_still_an_act(kit):
    body = ("NAIROBI, Kenya – Fighting broke out in Debre Markos on Monday between the army and Fano militiamen, and "
            "at least six people were killed, residents said.")
    assert _days(body, kit) == [MONDAY]


def test_the_month_an_offensive_was_launched_dates_no_act_beside_it(kit):
    body = ("MOGADISHU – Government troops entered the town of Adan Yabaal on Monday after al Shabaab fighters "
            "withdrew, officials said.\n\nThe capture of the town is the largest gain of the government's offensive, "
            "launched in March in Hiraan with the support of clan militias.")
    assert all(e.event_date is not None and e.event_date.month == 5 for e in story_events(body, kit, PUBLISHED))


# ------------------------------------------------------------- a day the story says it does not give

LEAD = "BAGHDAD – A roadside bomb killed two soldiers on a patrol near Tarmiyah on Tuesday, police said.\n\n"

NO_DAY_GIVEN = [
    (LEAD + "In Anbar province, the army said on Wednesday that it had arrested four men suspected of planning "
     "attacks for the Islamic State group near Ramadi, without giving a date for the arrests.", [TUESDAY]),
    (LEAD + "Last week, the army said it had killed 30 militants in air and ground operations in the Hamrin "
     "mountains, without saying where or when.", [TUESDAY]),
    (LEAD + "The counter-terrorism service said on Wednesday that an air strike had killed an Islamic State "
     "commander and three of his aides near Hawija, without specifying when.", [TUESDAY]),
    # twins: the act's own day beside "without giving details"; "without giving a date" for a future act
    (LEAD + "In Anbar province, troops killed four Islamic State fighters in a raid on Monday, the army said, "
     "without giving details.", [MONDAY, TUESDAY]),
    (LEAD + "On Monday, gunmen shot dead a village chief in Diyala province, without giving any warning, residents "
     "said.", [MONDAY, TUESDAY]),
]


@pytest.mark.parametrize(("body", "days"), NO_DAY_GIVEN)
def test_an_act_whose_day_the_story_does_not_give_is_no_event(body, days, kit):
    assert _days(body, kit) == days


# ------------------------------------------------------------- a call or a proposal made on a day

CALLS_AND_PROPOSALS = [
    ("The cleric called on Thursday for a general strike, raising the prospect of larger crowds.", "general strike",
     True),
    ("The union called late on Monday for a nationwide strike in the ports.", "strike", True),
    ("Standing beside the field marshal, the president proposed a ceasefire to take effect on Monday.", "ceasefire",
     True),
    ("Mediators proposed a truce on Sunday, but neither side answered.", "truce", True),
    # twins: the act itself, made or held on the day
    ("The two sides signed a ceasefire on Monday in the capital.", "signed a ceasefire", False),
    ("Thousands of workers joined a general strike on Thursday in the capital.", "general strike", False),
]


@pytest.mark.parametrize(("sentence", "word", "blocked"), CALLS_AND_PROPOSALS)
def test_a_call_or_a_proposal_made_on_a_day_is_no_act(sentence, word, blocked):
    assert (_blocked(sentence, word) == "modality") is blocked


# ------------------------------------------------------------- villages named in one act

VILLAGES = [
    # (story, [(place, toll)] in the order extraction gives them)
    ("KANO, Nigeria – Gunmen attacked the villages of Kadisau and Kurfi in Katsina state on Tuesday, killing nine "
     "villagers between them, a local official said.", [("Kadisau", 5), ("Kurfi", 4)]),
    ("KANO, Nigeria – Troops engaged bandits in gunfights at Dansadau, Magami and Gusau in Zamfara state on Tuesday, "
     "the army said.", [("Dansadau", 0), ("Magami", 0), ("Gusau", 0)]),
    ("ALEPPO, Syria – Warplanes struck the rebel-held towns of Atareb and Sarmada on Tuesday night, killing four "
     "civilians in Atareb, rescuers said.", [("Atareb", 4), ("Sarmada", 0)]),
    # twins: a road between two towns, farmland around villages, ground taken, a single village
    ("KANO, Nigeria – A roadside bomb struck an army truck on the road between Maiduguri and Damboa on Tuesday, "
     "killing three soldiers, officials said.", [("Maiduguri", 3)]),
    ("ERBIL, Iraq – Turkish artillery shelled farmland around the villages of Sargele and Bershe on Tuesday, setting "
     "orchards on fire, the mayor said.", [("Sargele", 0)]),
    ("BAMAKO, Mali – A land dispute between the villages of Sitakili and Dioura turned deadly on Tuesday, when "
     "clashes between the two camps killed six people, officials said.", [("Sitakili", 6)]),
    ("MOGADISHU – Government troops recaptured the villages of Ceel Dheere and Cowsweyne from al Shabaab on Tuesday "
     "after a day of fighting, the ministry said.", [("Ceel Dheere", 0)]),
]


@pytest.mark.parametrize(("body", "events"), VILLAGES)
def test_villages_named_in_one_act_are_one_event_each(body, events, kit):
    drafts = story_events(body, kit, PUBLISHED)
    assert [(d.place_mentions[0].name, d.fatalities.fatalities) for d in drafts] == events
    assert {d.event_date for d in drafts} == {TUESDAY}
