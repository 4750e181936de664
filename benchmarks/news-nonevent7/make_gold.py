"""Write gold for news-nonevent7: 24 stories with no codable event and 8 twins with exactly one.

    python benchmarks/news-nonevent7/make_gold.py

Writes `gold.jsonl` (all 32), `gold-dev.jsonl` and `gold-held.jsonl`. The held part is every third id in order
(ne7-001 ... ne7-024, then tw7-001 ... tw7-008: the 3rd, 6th, 9th, ...), fixed before the first run. The coding is
here, one `kind` per story and one `reason` per twin event, so a reviewer can argue with it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import non_event_gold_rows, write_split_gold  # noqa: E402

NON_EVENT_STORIES = [
    ("ne7-001", "2019-11-07", "court: an ICC sentence retelling a militia's 2002-2003 massacres (DR Congo, The Hague)"),
    ("ne7-002", "2021-11-03", "UN report: a joint inquiry on a year of war crimes (Ethiopia, Tigray)"),
    ("ne7-003", "2024-03-15", "anniversary: five years since mosque shootings (New Zealand, Christchurch)"),
    ("ne7-004", "2023-02-21", "analysis: an armed group's finances, past bombings cited (Somalia)"),
    ("ne7-005", "2016-05-03", "election campaign: a candidate's threats to kill criminals (Philippines)"),
    ("ne7-006", "2023-01-26", "sanctions: a mercenary group designated, old massacres cited (USA, Mali, CAR)"),
    ("ne7-007", "2022-11-21", "peace talks: a guerrilla and a government reopen talks, a 2019 bombing retold (Colombia, Venezuela)"),
    ("ne7-008", "2023-05-17", "displacement report: two million displaced, a past convoy ambush (Burkina Faso)"),
    ("ne7-009", "2021-11-12", "hostage talks: missionaries held four weeks, a ransom threat (Haiti)"),
    ("ne7-010", "2019-12-30", "profile of an armed group: ISWAP's history and strategy (Nigeria)"),
    ("ne7-011", "2024-11-28", "obituary: a warlord turned senator dies of illness, a 1990 killing retold (Liberia)"),
    ("ne7-012", "2021-06-08", "court: an appeal upholds a genocide conviction, 1995 retold (Bosnia, The Hague)"),
    ("ne7-013", "2023-07-06", "NGO report: a year of army killings around a besieged town (Burkina Faso)"),
    ("ne7-014", "2024-09-03", "anniversary: twenty years since a school siege (Russia, Beslan)"),
    ("ne7-015", "2022-10-05", "analysis: an insurgency five years on, a 2021 raid retold (Mozambique)"),
    ("ne7-016", "2019-04-10", "election campaign: a leader campaigns on a February bombing and air strike (India)"),
    ("ne7-017", "2023-05-30", "sanctions: an arms embargo renewed, a panel's account of last year's clashes (South Sudan, UN)"),
    ("ne7-018", "2020-09-12", "peace talks: the first direct talks open, violence summarised (Afghanistan, Qatar)"),
    ("ne7-019", "2023-10-12", "displacement: an exodus after an offensive three weeks earlier (Armenia, Azerbaijan)"),
    ("ne7-020", "2025-01-15", "hostage talks: detained aid staff, detentions months old (Yemen)"),
    ("ne7-021", "2024-07-18", "profile of an armed group: a prison gang's spread, a murder months old (Venezuela, Chile)"),
    ("ne7-022", "2021-09-11", "obituary: a guerrilla founder dies in prison, the war retold (Peru)"),
    ("ne7-023", "2021-01-28", "court: a peace tribunal's indictment over decades of kidnappings (Colombia)"),
    ("ne7-024", "2022-03-15", "UN report: a year of abuses since a coup (Myanmar)"),
]

# Half the twins tell their event in the lead (001, 003, 005, 007), half only in the body (002, 004, 006, 008).
TWIN_EVENTS = {
    "tw7-001": ("2017-04-03", "twin of a peace-talks story, event in the lead: one clash with communist rebels", {
        "event_date": "2017-04-02", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "NPA: New People's Army",
        "actor2": "Military Forces of the Philippines (2016-)", "country": "Philippines",
        "admin1": "Eastern Visayas", "location": "Literon", "latitude": 11.63, "longitude": 125.02,
        "fatalities": 3, "reason": "Sunday's gun battle near Literon, Calbiga, one soldier and two rebels killed",
    }),
    "tw7-002": ("2022-12-08", "twin of a UN report story, event in the body: one roadside bomb", {
        "event_date": "2022-12-05", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED", "actor1": "Al Shabaab",
        "actor2": "Civilians (Somalia)", "country": "Somalia", "admin1": "Lower Shabelle",
        "location": "Afgooye", "latitude": 2.15, "longitude": 45.116, "fatalities": 4,
        "reason": "Monday's roadside bomb under a traders' minibus near Afgooye, four killed",
    }),
    "tw7-003": ("2021-10-20", "twin of an anniversary story, event in the lead: one march dispersed", {
        "event_date": "2021-10-20", "time_precision": 1, "event_type": "Protests",
        "sub_event_type": "Protest with intervention", "actor1": "Protesters (Nigeria)",
        "actor2": "Police Forces of Nigeria (2015-)", "country": "Nigeria", "admin1": "Lagos",
        "location": "Lekki", "latitude": 6.4148, "longitude": 4.0932, "fatalities": 0,
        "reason": "Wednesday's anniversary march at the Lekki toll gate, tear gas and arrests",
    }),
    "tw7-004": ("2023-12-05", "twin of an election-campaign story, event in the body: one convoy stoned", {
        "event_date": "2023-12-02", "time_precision": 1, "event_type": "Riots",
        "sub_event_type": "Mob violence", "actor1": "Rioters (Democratic Republic of Congo)", "actor2": "",
        "country": "Democratic Republic of Congo", "admin1": "Maniema", "location": "Kindu",
        "latitude": -2.9437, "longitude": 25.9224, "fatalities": 0,
        "reason": "Saturday's stoning of an opposition candidate's convoy in Kindu",
    }),
    "tw7-005": ("2024-06-24", "twin of a sanctions story, event in the lead: one glide-bomb strike", {
        "event_date": "2024-06-22", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Russia (2000-)",
        "actor2": "Civilians (Ukraine)", "country": "Ukraine", "admin1": "Kharkiv", "location": "Kharkiv",
        "latitude": 49.9808, "longitude": 36.2527, "fatalities": 3,
        "reason": "Saturday's guided bomb on a residential block in Kharkiv, three killed",
    }),
    "tw7-006": ("2022-06-16", "twin of a displacement story, event in the body: one beheading raid", {
        "event_date": "2022-06-15", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Islamist Militia (Mozambique)",
        "actor2": "Civilians (Mozambique)", "country": "Mozambique", "admin1": "Cabo Delgado",
        "location": "Nguida", "latitude": -12.05, "longitude": 40.35, "fatalities": 2,
        "reason": "Wednesday's raid on Nguida, Macomia, two returning farmers beheaded",
    }),
    "tw7-007": ("2022-08-30", "twin of a hostage-talks story, event in the lead: one highway abduction", {
        "event_date": "2022-08-29", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Abduction/forced disappearance", "actor1": "Unidentified Armed Group (Nigeria)",
        "actor2": "Civilians (Nigeria)", "country": "Nigeria", "admin1": "Kaduna", "location": "Katari",
        "latitude": 9.87, "longitude": 7.31, "fatalities": 0,
        "reason": "Monday's abduction of 26 bus passengers on the Kaduna-Abuja highway near Katari",
    }),
    "tw7-008": ("2022-02-01", "twin of an armed-group profile, event in the body: one convoy ambush", {
        "event_date": "2022-01-27", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "PDF: People's Defense Force",
        "actor2": "Military Forces of Myanmar (2021-)", "country": "Myanmar", "admin1": "Sagaing",
        "location": "Kani", "latitude": 22.43, "longitude": 94.85, "fatalities": 7,
        "reason": "Thursday's ambush of an army convoy near Kani, seven soldiers killed",
    }),
}


def gold_rows() -> list[dict]:
    return non_event_gold_rows(NON_EVENT_STORIES, TWIN_EVENTS)


def main() -> None:
    write_split_gold(HERE, gold_rows())


if __name__ == "__main__":
    main()
