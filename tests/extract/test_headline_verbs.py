"""Headlines and live-blog lines tell acts in the present tense ("Gunmen abduct 30 students"): each is read as the act
it reports, while the same verb after "to" (a threat, a vow, a plan) or a modal stays no event. Every line is written
for these tests, modelled on common wire and live-blog headline phrasings."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.records import Article


def sub_types(kit: ExtractionKit, line: str) -> list[str]:
    article = Article(id="headline", title=line, text=line + ".", published_at=datetime(2023, 5, 10, tzinfo=timezone.utc))
    return [event.sub_event_type for event in extract_events(article, kit)]


@pytest.mark.parametrize(
    ("line", "sub_type"),
    [
        ("Militants abduct 30 students from school in Kebbi", "Abduction/forced disappearance"),
        ("Unknown gunmen kidnap Catholic priest in Enugu", "Abduction/forced disappearance"),
        ("Bandits abduct dozens of worshippers from mosque in Zamfara", "Abduction/forced disappearance"),
        ("Security forces detain journalist in Addis Ababa", "Arrests"),
        ("Turkey detains 40 suspects over Istanbul bombing", "Arrests"),
        ("Armed men loot aid warehouse in El Fasher", "Looting/property destruction"),
        ("Houthis fire missiles at Marib city", "Shelling/artillery/missile attack"),
        ("Police fire tear gas at opposition supporters in Nairobi", "Protest with intervention"),
        ("Police use tear gas to disperse students in Dakar", "Protest with intervention"),
        ("Car bomb explodes near army checkpoint in Mogadishu, killing 5", "Remote explosive/landmine/IED"),
        ("Islamists behead 11 villagers in Cabo Delgado", "Attack"),
        ("Gunmen shoot dead village chief in Tillaberi", "Attack"),
        ("Troops storm hideout of kidnappers in Zamfara forest, free 12 hostages", "Attack"),
        ("Al-Shabaab fighters storm army base in Lower Shabelle", "Armed clash"),
        ("Taliban capture the city of Kunduz after heavy fighting", "Non-state actor overtakes territory"),
    ],
)
def test_a_present_tense_headline_reports_its_act(kit, line, sub_type):
    assert sub_types(kit, line)[:1] == [sub_type]


@pytest.mark.parametrize(
    "line",
    [
        "Hamas threatened on Monday to fire rockets at Tel Aviv if the raids continue",
        "The militia has vowed to abduct any official who enters the district",
        "Police will detain anyone who joins the march, the minister warned",
        "Residents fear the rebels could seize the town before the rains",
        "The army plans to retake Palma within weeks, a spokesman said",
        "Gangs threaten to loot shops in the capital unless the ransom is paid",
        "Officials say they will not use tear gas on peaceful marchers",
        "How to use tear gas safely: a guide for police trainers",
        "A kidnap gang was broken up by detectives in Lagos, no one was held",
        "Storms flood villages across the delta as the rains intensify",
        "A tropical storm hits villages along the coast",
        "Raids on villages near Kidal have become common, residents say",
    ],
)
def test_a_threat_plan_or_other_sense_is_no_event(kit, line):
    assert sub_types(kit, line) == []
