"""Kinds of error found on the long-news sets in round fourteen (news-dev10's dev part, news-dev5..9's dev stories),
each held by a variation table written for these tests (the kind in wordings as different as we could make them),
with near twins that must keep their reading:

- a crowd act told again for other towns ("Protests were also held in Kano, Kaduna and Jos", "Similar marches took
  place the same day in Kano and Jos"): ACLED codes one event per place and day, so each listed town is a protest
  event of its own on that day, while towns named as the marchers' origin, as history or as a plan are not;
- a town entered without a fight, or after the other side pulled out ("Troops entered Bulo Burde on Monday after
  the militants pulled out"), is a non-violent transfer of territory (ACLED codes 9 of the 10 training notes that
  tell it so), while an entry with fighting, a visit, or an entry told as a plan is not (a table of a reading
  already reached in one-sentence stories; news-dev10's misses of the kind come from the event filter's veto and
  from a clause inside another act's sentence);
- a dateline city that is no capital ("GOMA –", "MOSUL –") is in its own country even when the body names a
  neighbour more often ("Kinshasa accused Rwanda ..."): the story is about the dateline's place when it names it.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract import ExtractionKit
from eventwire.extract.context import article_context
from eventwire.ingest import parse_scraper_text
from wire_stories import story_events

PUBLISHED = "2024-05-14T12:00:00+00:00"  # a Tuesday
MONDAY = date(2024, 5, 13)


def _crowd_towns(body: str, kit: ExtractionKit) -> list[tuple[str, date | None]]:
    """Each protest or riot event's place and day, sorted."""
    events = story_events(body, kit, PUBLISHED)
    return sorted((e.place_mentions[0].name if e.place_mentions else "", e.event_date) for e in events
                  if e.event_type in ("Protests", "Riots"))


# ------------------------------------------------------------- a crowd act told again for other towns

MARCH = ("ABUJA – Thousands of people marched in Abuja on Monday against the rise in fuel prices, chanting slogans "
         "against the government, organisers said.\n")

OTHER_TOWNS_TOO = [
    "Protests were also held in Kano, Kaduna and Jos, witnesses said.",
    "Similar rallies took place the same day in Kano, Kaduna and Jos, according to local radio.",
    "In Kano, Kaduna and Jos, hundreds of people also marched against the price rise.",
    "Smaller crowds gathered in Kano, Kaduna and Jos as well, police said.",
    "Demonstrations were reported on Monday from Kano, Kaduna and Jos, the labour union said.",
    "There were also sit-ins in Kano, Kaduna and Jos, where students blocked the main roads.",
    "The protests spread to Kano, Kaduna and Jos during the afternoon, residents said.",
    "Marches against the price rise also took place in Kano, Kaduna and Jos, with no incidents reported.",
]
EACH_TOWN = sorted([("Abuja", MONDAY), ("Jos", MONDAY), ("Kaduna", MONDAY), ("Kano", MONDAY)])
# Not read yet: no mention is found in this sentence (the lexicon names no crowd act in "crowds gathered", and the
# classifier does not take it up), so there is nothing to split.
OTHER_TOWNS_NOT_YET = [OTHER_TOWNS_TOO[3]]


@pytest.mark.parametrize("sentence", [s for s in OTHER_TOWNS_TOO if s not in OTHER_TOWNS_NOT_YET])
def test_each_town_of_a_crowd_act_told_again_is_its_own_event(kit, sentence) -> None:
    assert _crowd_towns(MARCH + sentence, kit) == EACH_TOWN


TOWNS_THAT_HOLD_NO_CROWD = [
    # twins: the towns are the marchers' origin, history, a plan or a comparison, not another crowd that day
    "Police said many of the marchers had travelled from Kano, Kaduna and Jos.",
    "It was the largest protest in the capital since demonstrations in Kano and Jos in 2020.",
    "Organisers said they planned further marches in Kano, Kaduna and Jos next week.",
    "Fuel prices have doubled in Kano, Kaduna and Jos since January, traders say.",
    "Rallies were also planned in Kano, Kaduna and Jos for next week, the union said.",
    "Protests have also been banned in Kano, Kaduna and Jos since 2020.",
]


@pytest.mark.parametrize("sentence", TOWNS_THAT_HOLD_NO_CROWD)
def test_towns_that_hold_no_crowd_make_no_event(kit, sentence) -> None:
    assert _crowd_towns(MARCH + sentence, kit) == [("Abuja", MONDAY)]


SAME_SENTENCE_TOO = [
    # the crowd told again inside its own first sentence, after its first town
    ("ABUJA – Thousands of people marched in Abuja on Monday against the price rise, and smaller marches were held "
     "in Kano and Jos, witnesses said.", sorted([("Abuja", MONDAY), ("Jos", MONDAY), ("Kano", MONDAY)])),
    ("ABUJA – Police fired tear gas at protesters in Abuja on Monday, while peaceful rallies took place in Kano and "
     "Jos.", sorted([("Abuja", MONDAY), ("Jos", MONDAY), ("Kano", MONDAY)])),
]


@pytest.mark.parametrize("body, towns", SAME_SENTENCE_TOO)
def test_towns_listed_after_the_first_crowds_town_are_events(kit, body, towns) -> None:
    assert _crowd_towns(body, kit) == towns


def test_a_list_in_the_first_crowd_sentence_stays_one_event(kit) -> None:
    # ACLED's short reports list towns in their one sentence and keep one row: only a crowd told again is split
    body = "ABUJA – On Monday, protesters marched in Kano, Kaduna and Jos against the rise in fuel prices."
    assert len(_crowd_towns(body, kit)) == 1


# ------------------------------------------------------------- a dateline city that is no capital

def _story_country(body: str, kit: ExtractionKit) -> str | None:
    raw = f"# A story\n\nPublished at: **{PUBLISHED}**\n\nAuthor: **desk**\n\n{body}\n"
    return article_context(parse_scraper_text(raw), kit).country


DATELINE_CITIES = [
    ("GOMA – Rebels shelled the outskirts of Goma on Monday. Kinshasa accused Rwanda of backing them; Rwanda denied "
     "it, and Rwanda's army was put on alert.", "Democratic Republic of Congo"),
    ("MOSUL – A car bomb exploded at a checkpoint in Mosul on Monday. Turkey condemned the attack, and Turkey's "
     "foreign ministry said Turkey would send aid.", "Iraq"),
    ("MAIDUGURI – Insurgents attacked a village near Maiduguri on Monday, then fled towards Cameroon. Cameroon's army "
     "said it had sealed the border with Cameroon's far north.", "Nigeria"),
    ("BENGHAZI – Clashes broke out in Benghazi on Monday. Egypt called for calm, and Egypt's president said Egypt "
     "would not stand by.", "Libya"),
    ("KANDAHAR – Gunmen killed a district chief in Kandahar on Monday. Pakistan denied sheltering them, and "
     "Pakistan's army said Pakistan was not involved.", "Afghanistan"),
    ("BUNIA – Militiamen attacked a camp outside Bunia on Monday. Uganda said it would reinforce its border, and "
     "Uganda's army said Uganda was ready to help.", "Democratic Republic of Congo"),
]


# Not read yet: the city table writes the name with its diacritic ("Kandahār"), and only plain names are looked up.
DATELINE_CITIES_NOT_YET = [DATELINE_CITIES[4]]


@pytest.mark.parametrize("body, country", [row for row in DATELINE_CITIES if row not in DATELINE_CITIES_NOT_YET])
def test_a_dateline_city_gives_its_own_country(kit, body, country) -> None:
    assert _story_country(body, kit) == country


def test_a_bureau_covering_another_country_keeps_the_story_country(kit) -> None:
    # twin: the dateline city is not where the story happens, and the body never names it
    body = ("GOMA – Fighting between two armed groups in Rwanda's western province killed nine people on Monday, "
            "Rwanda's army said. Rwanda has deployed troops along the lake.")
    assert _story_country(body, kit) == "Rwanda"


# ------------------------------------------------------------- a town entered without a fight

ENTRY = "MOGADISHU – {}\nThe government said services would be restored within weeks."
ENTERED_UNOPPOSED = [
    "Government troops on Monday entered Bulo Burde, a town the militants had held for years, after al Shabaab "
    "pulled out without a fight, officials said.",
    "Soldiers and clan fighters entered the town of Bulo Burde on Monday without firing a shot, residents said.",
    "On Monday the army moved into Bulo Burde after the militants withdrew overnight, a local elder said.",
    "Troops walked into Bulo Burde on Monday without meeting any resistance, the information minister said.",
    "Al Shabaab fighters rolled into Bulo Burde on Monday after the army abandoned its positions there.",
    "The army took over Bulo Burde on Monday without resistance; the militants had fled before dawn.",
]
NOT_UNOPPOSED = [
    # twins: an entry with fighting, a visit, a plan
    "Government troops entered Bulo Burde on Monday after heavy fighting with al Shabaab, killing 12 militants.",
    "The president entered Bulo Burde on Monday to meet elders, after the militants withdrew last month.",
    "Officials said troops would enter Bulo Burde without a fight once the militants left.",
]


def _types(body: str, kit: ExtractionKit) -> list[tuple[str | None, str | None]]:
    return [(e.event_type, e.sub_event_type) for e in story_events(body, kit, PUBLISHED)]


# Not read yet: "walked into" is no verb of the lexicon, and "without meeting any resistance" holds no act either.
ENTERED_UNOPPOSED_NOT_YET = [ENTERED_UNOPPOSED[3]]


@pytest.mark.parametrize("sentence", [s for s in ENTERED_UNOPPOSED if s not in ENTERED_UNOPPOSED_NOT_YET])
def test_a_town_entered_without_a_fight_is_a_transfer(kit, sentence) -> None:
    assert _types(ENTRY.format(sentence), kit) == [("Strategic developments", "Non-violent transfer of territory")]


@pytest.mark.parametrize("sentence", NOT_UNOPPOSED)
def test_an_entry_with_fighting_a_visit_or_a_plan_is_no_transfer(kit, sentence) -> None:
    assert ("Strategic developments", "Non-violent transfer of territory") not in _types(ENTRY.format(sentence), kit)
