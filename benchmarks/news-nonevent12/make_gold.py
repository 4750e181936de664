"""Write gold for news-nonevent12: 22 stories with no codable event and 8 twins with exactly one.

    python benchmarks/news-nonevent12/make_gold.py

Writes `gold.jsonl` (all 30), `gold-dev.jsonl` and `gold-held.jsonl`. The held part is every third id in order
(ne12-001 ... ne12-022, then tw12-001 ... tw12-008: the 3rd, 6th, 9th, ...), fixed before the first run. The coding
is here, one `kind` per story and one `reason` per twin event, so a reviewer can argue with it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import non_event_gold_rows, write_split_gold  # noqa: E402

NON_EVENT_STORIES = [
    ("ne12-001", "2024-02-20", "rights group's yearly report: a year's killings by region, Christmas Eve retold (Nigeria)"),
    ("ne12-002", "2024-06-06", "reburial of massacre victims three years on: the 2021 night retold (Burkina Faso)"),
    ("ne12-003", "2024-08-27", "election campaign opens with warnings of violence, 2019 and 2023 retold (Mozambique)"),
    ("ne12-004", "2024-07-31", "ceasefire agreed between governments, truce 'violations' alleged, no act told (DR Congo)"),
    ("ne12-005", "2024-08-02", "hunger update: famine confirmed in a camp under a siege since May (Sudan, Darfur)"),
    ("ne12-006", "2023-05-19", "hostage release after seven years: the 2016 kidnapping retold (Burkina Faso, Australia)"),
    ("ne12-007", "2024-03-08", "obituary of a rebel commander who died of illness: 1990 and 2012 retold (Mali)"),
    ("ne12-008", "2024-01-24", "parliament hearing on last month's drone strike, a 2017 strike retold (Nigeria)"),
    ("ne12-009", "2024-12-12", "court hearing: ICC closing arguments on 2003-04 Darfur attacks (Sudan)"),
    ("ne12-010", "2024-07-09", "mining economy: rebels' coltan taxes, the April takeover retold (DR Congo)"),
    ("ne12-011", "2025-10-21", "farming economy after a war: olive groves shelled 2023-24 (Lebanon)"),
    ("ne12-012", "2024-09-18", "opinion column: a siege's habitual shelling and El Geneina retold (Sudan)"),
    ("ne12-013", "2024-04-10", "opinion column: 'every week' raids and last month's Kuriga kidnapping (Nigeria)"),
    ("ne12-014", "2025-01-16", "rights group's yearly report: a year's killings by both sides (Cameroon)"),
    ("ne12-015", "2025-04-02", "memorial: ten years since the Garissa university attack (Kenya)"),
    ("ne12-016", "2025-09-30", "election campaign: separatists' lockdown threat, 2018 retold (Cameroon)"),
    ("ne12-017", "2024-08-15", "peace talks open, each side accuses the other of violations, 'fighting continued' (Sudan)"),
    ("ne12-018", "2024-05-28", "hunger update under a blockade: a convoy ambushed last September retold (Burkina Faso)"),
    ("ne12-019", "2024-05-03", "hostage's return a decade after the 2014 abduction (Nigeria, Chibok)"),
    ("ne12-020", "2024-03-15", "commander's profile: M23's Makenga, 2012 and 2021 retold (DR Congo)"),
    ("ne12-021", "2025-02-19", "parliament hearing on last year's protest killings (Kenya)"),
    ("ne12-022", "2024-09-04", "shipping economy: canal revenue, ship attacks since November retold (Egypt, Yemen)"),
]

# Half the twins tell their event in the lead (001, 003, 005, 007), half only in the body (002, 004, 006, 008).
TWIN_EVENTS = {
    "tw12-001": ("2025-01-21", "twin of a rights group's yearly report, event in the lead: a village raided", {
        "event_date": "2025-01-19", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Nigeria)", "actor2": "Civilians (Nigeria)",
        "country": "Nigeria", "admin1": "Zamfara", "location": "Maru", "latitude": 12.3336, "longitude": 6.40372,
        "fatalities": 14, "reason": "Sunday's raid by gunmen on motorcycles on a farming community in Maru, 14 killed",
    }),
    "tw12-002": ("2024-06-18", "twin of a mass burial, event in the body: farmers shot in their fields", {
        "event_date": "2024-06-15", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Nigeria)", "actor2": "Civilians (Nigeria)",
        "country": "Nigeria", "admin1": "Plateau", "location": "Bokkos", "latitude": 9.29921, "longitude": 8.99467,
        "fatalities": 4, "reason": "Saturday's shooting of four farmers weeding their maize near Bokkos",
    }),
    "tw12-003": ("2024-10-20", "twin of an election story, event in the lead: an opposition lawyer shot dead", {
        "event_date": "2024-10-18", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Mozambique)",
        "actor2": "Civilians (Mozambique)", "country": "Mozambique", "admin1": "Maputo City", "location": "Maputo",
        "latitude": -25.96553, "longitude": 32.58322, "fatalities": 2,
        "reason": "Friday night's shooting of Elvino Dias and Paulo Guambe in their car in central Maputo",
    }),
    "tw12-004": ("2024-08-07", "twin of a ceasefire story, event in the body: rebels and soldiers fight", {
        "event_date": "2024-08-05", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "M23: March 23 Movement",
        "actor2": "Military Forces of the Democratic Republic of Congo", "country": "Democratic Republic of Congo",
        "admin1": "Nord-Kivu", "location": "Sake", "latitude": -1.57386, "longitude": 29.04339, "fatalities": 3,
        "reason": "Monday's hours-long fight between M23 and soldiers on the hills above Sake, three soldiers killed",
    }),
    "tw12-005": ("2024-05-04", "twin of a hunger update, event in the lead: a displacement camp shelled", {
        "event_date": "2024-05-03", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack", "actor1": "M23: March 23 Movement",
        "actor2": "Civilians (Democratic Republic of Congo)", "country": "Democratic Republic of Congo",
        "admin1": "Nord-Kivu", "location": "Mugunga", "latitude": -1.6218, "longitude": 29.156, "fatalities": 12,
        "reason": "Friday's shells on the Mugunga camp, at least 12 killed; the army blames M23, which denies it",
    }),
    "tw12-006": ("2024-11-12", "twin of a hostage release, event in the body: a mayor abducted", {
        "event_date": "2024-11-07", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Abduction/forced disappearance", "actor1": "JNIM: Group for Support of Islam and Muslims",
        "actor2": "Civilians (Mali)", "country": "Mali", "admin1": "Segou", "location": "Niono",
        "latitude": 14.25054, "longitude": -5.98679, "fatalities": 0,
        "reason": "Thursday's abduction by JNIM of a rural mayor and two councillors near Niono",
    }),
    "tw12-007": ("2024-03-14", "twin of a commander's profile, event in the lead: the commander killed by a strike", {
        "event_date": "2024-03-12", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike", "actor1": "Military Forces of the United States",
        "actor2": "Al Shabaab", "country": "Somalia", "admin1": "Middle Juba", "location": "Jilib",
        "latitude": 0.48829, "longitude": 42.78535, "fatalities": 1,
        "reason": "Tuesday's US air strike near Jilib that killed one al-Shabaab commander",
    }),
    "tw12-008": ("2024-02-14", "twin of a gold-economy story, event in the body: a mining site attacked", {
        "event_date": "2024-02-12", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Burkina Faso)",
        "actor2": "Civilians (Burkina Faso)", "country": "Burkina Faso", "admin1": "Sud-Ouest", "location": "Batie",
        "latitude": 9.88333, "longitude": -2.91667, "fatalities": 7,
        "reason": "Monday's attack on a gold-mining site near Batié, seven miners killed, equipment taken",
    }),
}


def gold_rows() -> list[dict]:
    return non_event_gold_rows(NON_EVENT_STORIES, TWIN_EVENTS)


def main() -> None:
    write_split_gold(HERE, gold_rows())


if __name__ == "__main__":
    main()
