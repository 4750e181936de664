"""Non-event news, round sixteen: structural readings of a long story's body, no phrase lists.

1. An act told in one sentence of the body, named again nowhere, that the classifier reads as very unlikely an event
   (below 0.2) is an aside: a figure officials cite, a video's content, a sit-in that "had started" months before,
   mourners at an old blast's site.
2. An act the body names by a noun only ("the accord, signed last week", "the fighting this year", "demanded the
   withdrawal of foreign troops") in one sentence needs the classifier's reading that it is more likely an event than
   not (0.6); a crowd's noun ("Rallies were also held the same day in ...") is exempt.
3. An act with no day of its own (no date, no dateline) and no place below the country in a long story is a category
   or a count ("killing and maiming ... by armed forces" in an explainer of a UN report), not an event.

Each table has near twins that must stay as they were: the same kind of act with a verb and a day, a crowd's other
towns, an act in the lead, a short brief. Every passage was written for these tests, modelled on real coverage; none
comes from a benchmark story.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.ingest.dateline import parse_dateline
from eventwire.records import Article

PUBLISHED = datetime(2024, 3, 13, 9, tzinfo=timezone.utc)  # a Wednesday
LEAD = ("Nairobi, March 13 – Gunmen killed 12 people in an attack on the market town of Kamba in Kenya's Marsabit "
        "county on Monday night, police said.")
BODY = [
    "The attackers arrived on motorcycles shortly after dark and fired on traders packing up their stalls, a police "
    "commander said.",
    "Officials said the next steps would be announced in the coming weeks.",
    "Diplomats in the capital urged restraint.",
    "Aid agencies said their appeal for the region was less than a third funded.",
    "Local leaders called for calm and for dialogue between the communities.",
    "A spokesman declined to give further details to reporters.",
    "Newspapers across the region gave the story wide coverage on their front pages.",
]


def _events(kit: ExtractionKit, lead: str, body: list[str], dateline: bool = True, title: str = "Kenya news"):
    text = lead + "\n" + " ".join(body[:3]) + "\n" + " ".join(body[3:])
    article = Article("nonevent16-story", title, text, PUBLISHED,
                      dateline=parse_dateline(text, PUBLISHED.date()) if dateline else None)
    return extract_events(article, kit)


def _with(aside: str) -> list[str]:
    return BODY[:3] + [aside] + BODY[3:]


# --------------------------------------------------------------------------- asides the body tells once

ASIDES = [
    # what officials cite, what a picture shows, a protest begun long before, mourners at an old blast's site
    "Officials say more than 30 people were killed before the raiders were pushed back, and several suspects have "
    "been detained, among them two policemen.",
    "A video shared online last month appeared to show prisoners being whipped.",
    "The hunger strike had started on January 4, weeks before the minister resigned after months of pressure.",
    "Worshippers gathered at the site of the explosion on Sunday to pray for the dead, many of whom were buried the "
    "same day.",
    # an act named by a noun only
    "The accord, signed in Addis Ababa last week under African Union mediation, commits the two governments to halt "
    "hostilities.",
    "The rebels took Bunia in January and Komanda in February, and the fighting this year has displaced more than "
    "half a million people.",
    "A communique issued on Monday night called for an immediate truce, the withdrawal of foreign forces and the "
    "reopening of the border.",
]


@pytest.mark.parametrize("aside", ASIDES)
def test_an_aside_told_once_in_the_body_adds_no_event(kit, aside) -> None:
    assert [e.sub_event_type for e in _events(kit, LEAD, _with(aside))] == ["Attack"]


# Near twins: a second act told with a verb and its day, a past act told once with its toll (ACLED codes it).
SECOND_ACTS = [
    ("At least 30 soldiers were killed three weeks ago in an ambush near the Somali border.", "Armed clash"),
    ("On Tuesday, gunmen shot dead two herders near Kargi, about 60 km from Kamba, residents said.", "Attack"),
    ("In Moyale, a grenade thrown at a bar on Sunday night wounded five people, police said.", "Grenade"),
]


@pytest.mark.parametrize(("act", "sub_type"), SECOND_ACTS)
def test_a_second_act_with_a_verb_and_a_day_stays(kit, act, sub_type) -> None:
    assert sub_type in [e.sub_event_type for e in _events(kit, LEAD, _with(act))]


def test_a_protest_told_in_other_towns_keeps_them(kit) -> None:
    lead = ("Nairobi, March 13 – Thousands of people marched through central Nairobi on Tuesday to demand an end to "
            "rising fuel prices, organisers said.")
    aside = "Rallies were also held the same day in Kisumu, Nakuru and Eldoret, according to organisers."
    events = _events(kit, lead, BODY[1:3] + [aside] + BODY[3:])
    assert {p.name for e in events for p in e.place_mentions} >= {"Kisumu", "Nakuru", "Eldoret"}


def test_the_leads_own_act_told_by_a_noun_stays(kit) -> None:
    lead = "Nairobi, March 13 – Fighting between herders and farmers near Kamba on Monday left nine people dead."
    assert len(_events(kit, lead, BODY)) == 1


# --------------------------------------------------------------------------- no day and no place of its own

EXPLAINER = [
    "The report, sent to the Security Council this week, describes the worst year for children in war on record.",
    "It counts six grave violations: killing and maiming, recruitment and use of children by armed forces and "
    "groups, sexual violence, abduction, attacks on schools and hospitals, and denial of humanitarian access.",
    "Only cases the monitors verify are counted.",
    "The monitors verified more than 30,000 violations last year.",
    "Advocacy groups want the council to attach consequences to the list.",
    "Divisions among the permanent members make that unlikely.",
    "The council will debate the report later this month.",
    "A longer analysis will follow next week.",
]


def test_an_explainers_list_of_violations_is_no_event(kit) -> None:
    assert _events(kit, "What the UN report on children in war says.", EXPLAINER, dateline=False,
                   title="Explainer: the UN report on children in war") == []


def test_the_same_act_with_a_place_and_a_day_stays(kit) -> None:
    body = EXPLAINER[:4] + ["On Monday, soldiers killed four children in the village of Kamba, the report's authors "
                            "said in a separate statement."] + EXPLAINER[4:]
    events = _events(kit, "What the UN report on children in war says.", body, dateline=False,
                     title="Explainer: the UN report on children in war")
    assert len(events) == 1


# --------------------------------------------------------------------------- deaths dealt by the heat

HEAT_DEATHS = [
    "Heatwave toll in Sindh climbs past 500. Temperatures above 47C killed hundreds of people in Karachi over four "
    "days, hospital officials said.",
    "Extreme heat killed at least 60 people in Bamako this week, most of them elderly, doctors said.",
    "Heatstroke killed 14 pilgrims on the road to the shrine at Karbala on Tuesday, the health ministry said.",
]
HEAT_TWINS = [  # an act in the heat, or a killer named: events
    "Gunmen killed 12 farmers in their fields near Gao on Tuesday as temperatures passed 45C, residents said.",
    "Soldiers shot dead three protesters in Bamako on Monday during a heatwave, doctors said.",
]


def _brief(kit: ExtractionKit, text: str):
    article = Article("nonevent16-brief", text.split(". ")[0], text, PUBLISHED)
    return extract_events(article, kit)


@pytest.mark.parametrize("text", HEAT_DEATHS)
def test_deaths_dealt_by_the_heat_are_no_event(kit, text) -> None:
    assert _brief(kit, text) == []


@pytest.mark.parametrize("text", HEAT_TWINS)
def test_an_act_told_in_the_heat_stays(kit, text) -> None:
    assert len(_brief(kit, text)) == 1
